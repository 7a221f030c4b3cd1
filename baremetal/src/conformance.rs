//! The conformance suite (generated from the spec's semantics) on QEMU's SMMUv3: the same engine
//! as in userspace, with a harness that drives the runtime on the real model and observes with
//! the edu device. QEMU has no SubstreamIDs, so PASID operations and observations are reported
//! as not applicable; there is one edu device, so the universe has one device.
//!
//! Observation: every paging domain maps `PROBE_IOVA` to a page of its own pattern and
//! `OUT_IOVA` to the common output page; `PROBE_IOVA` and `OUT_IOVA` are also the physical
//! addresses of a bypass-pattern page and of the output page. The edu device reads
//! `PROBE_IOVA` into its buffer and writes it back to `OUT_IOVA`: the output page then holds
//! the translating domain's pattern, the bypass pattern, or (both DMAs faulted) the sentinel.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use iommugen_conformance::harness::{Answer, Harness, NotApplicable};
use iommugen_conformance::model::{Domain, Op, Outcome};
use iommugen_conformance::runtime;
use iommugen_conformance::universe::Universe;
use iommugen_runtime::domain::{DomainId, RW};
use iommugen_runtime::hal::{DmaBuf, Hal};
use iommugen_runtime::smmu::{Config, Smmu};

use crate::edu::Edu;
use crate::hal::{self, QemuHal};

/// Bytes each observation moves.
const LEN: u64 = 64;
/// The sentinel the output page holds before each observation.
const SENTINEL: u64 = 0x5e5e_5e5e_5e5e_5e5e;

/// The runtime on QEMU, observed through the edu device.
pub struct QemuHarness<'a> {
    edu: &'a mut Edu,
    sid: u32,
    smmu: Option<Smmu<QemuHal>>,
    /// Universe domain, runtime domain, its pattern page.
    domains: Vec<(Domain, DomainId, DmaBuf)>,
    bypass_page: DmaBuf,
    out_page: DmaBuf,
    /// DMAs played.
    pub dmas: u32,
}

fn tag(i: u64) -> u64 {
    0xc0f0_0000_0000_0000 | i
}

fn fill(buf: &DmaBuf, v: u64) {
    for w in 0..buf.words() {
        QemuHal.dma_write(buf, w, v);
    }
    hal::dsb_st();
}

impl<'a> QemuHarness<'a> {
    /// A harness over the edu device (StreamID `sid`).
    pub fn new(edu: &'a mut Edu, sid: u32) -> Result<Self, String> {
        let bypass_page = QemuHal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
        let out_page = QemuHal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
        fill(&bypass_page, tag(0xb));
        Ok(QemuHarness {
            edu,
            sid,
            smmu: None,
            domains: Vec::new(),
            bypass_page,
            out_page,
            dmas: 0,
        })
    }

    /// Shuts the SMMU down and frees every page the harness allocated.
    pub fn finish(mut self) {
        self.teardown();
        QemuHal.dma_free(self.bypass_page);
        QemuHal.dma_free(self.out_page);
    }

    fn teardown(&mut self) {
        if let Some(s) = self.smmu.take() {
            let _ = s.shutdown();
        }
        for (_, _, p) in self.domains.drain(..) {
            QemuHal.dma_free(p);
        }
    }
}

impl Harness for QemuHarness<'_> {
    fn name(&self) -> String {
        "runtime on QEMU's SMMUv3 (bare metal, edu device)".into()
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        self.teardown();
        let config = Config {
            sid_bits: 16,
            evtq_log2: 8,
            ..Config::default()
        };
        let mut s = Smmu::new(QemuHal, config).map_err(|e| format!("Smmu::new: {e}"))?;
        for (i, d) in u
            .domains
            .iter()
            .filter(|d| d.id != 0 && !d.kind.pasid_only())
            .enumerate()
        {
            let id = s.alloc_paging_domain().map_err(|e| e.to_string())?;
            let page = QemuHal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
            fill(&page, tag(0x100 + i as u64));
            s.map(id, self.bypass_page.addr, page.addr, 4096, RW)
                .map_err(|e| e.to_string())?;
            s.map(id, self.out_page.addr, self.out_page.addr, 4096, RW)
                .map_err(|e| e.to_string())?;
            self.domains.push((*d, id, page));
        }
        self.smmu = Some(s);
        Ok(())
    }

    fn applicable(&self, op: &Op) -> Result<(), NotApplicable> {
        match op {
            Op::SetDevPasid { .. } | Op::RemoveDevPasid { .. } => Err(NotApplicable(
                "QEMU's SMMUv3 has no SubstreamIDs (IDR1.SSIDSIZE = 0)".into(),
            )),
            Op::AttachDev { d } if d.kind.pasid_only() => {
                Err(NotApplicable("SVA domains serve PASIDs only".into()))
            }
            _ => Ok(()),
        }
    }

    fn observable(&self, pasid: Option<u32>) -> Result<(), NotApplicable> {
        match pasid {
            None => Ok(()),
            Some(_) => Err(NotApplicable("the edu device issues no PASID".into())),
        }
    }

    fn apply(&mut self, dev: usize, op: &Op) -> Answer {
        if dev != 0 {
            return Answer::Failed("one edu device".into());
        }
        let (sid, domains) = (self.sid, &self.domains);
        let Some(s) = self.smmu.as_mut() else {
            return Answer::Failed("not reset".into());
        };
        runtime::apply(s, sid, op, |d| {
            runtime::target(d, domains.iter().map(|x| (x.0, x.1)))
        })
    }

    fn observe(&mut self, _dev: usize, _pasid: Option<u32>) -> Result<Outcome, String> {
        fill(&self.out_page, SENTINEL);
        let (probe, out) = (self.bypass_page.addr, self.out_page.addr);
        self.edu.read_from(probe, 0, LEN)?;
        self.edu.write_to(0, out, LEN)?;
        self.dmas += 2;
        if let Some(s) = self.smmu.as_mut() {
            s.poll_events(|_| {});
            let _ = s.handle_gerror();
        }
        let got = QemuHal.dma_read(&self.out_page, 0);
        if got == SENTINEL {
            return Ok(Outcome::Fault);
        }
        if got == tag(0xb) {
            return Ok(Outcome::Bypass);
        }
        self.domains
            .iter()
            .enumerate()
            .find(|(i, _)| got == tag(0x100 + *i as u64))
            .map(|(_, d)| Outcome::Translate(d.0))
            .ok_or_else(|| format!("the output page holds {got:#x}, which no domain wrote"))
    }
}
