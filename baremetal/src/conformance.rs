//! The conformance suite (generated from the spec's semantics) on QEMU's SMMUv3: the same engine
//! as in userspace, with a harness that drives the runtime on the real model and observes with
//! the edu device. QEMU has no SubstreamIDs, so PASID operations and observations are reported
//! as not applicable; there is one edu device, so the universe has one device. Domains are
//! allocated and freed as the semantics' domain operations say (SVA domains serve PASIDs only,
//! so their lifetimes are not applicable either); each allocation gets a pattern of its own, so
//! a DMA that reaches a freed domain's page is a stale translation.
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
    /// Universe domain, runtime domain, its pattern page, its pattern, and whether it was
    /// freed.
    domains: Vec<(Domain, DomainId, DmaBuf, u64, bool)>,
    /// Patterns handed out.
    patterns: u64,
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
            patterns: 0,
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
        for (_, _, p, _, _) in self.domains.drain(..) {
            QemuHal.dma_free(p);
        }
    }

    /// A new runtime domain for `d`: `PROBE_IOVA` to a page of a new pattern, `OUT_IOVA` to
    /// the output page.
    fn alloc(&mut self, d: Domain) -> Result<(), String> {
        let s = self.smmu.as_mut().ok_or("not reset")?;
        let id = runtime::alloc(s, d).map_err(|e| e.to_string())?;
        let page = QemuHal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
        self.patterns += 1;
        let pattern = tag(0x100 + self.patterns);
        fill(&page, pattern);
        s.map(id, self.bypass_page.addr, page.addr, 4096, RW)
            .map_err(|e| e.to_string())?;
        s.map(id, self.out_page.addr, self.out_page.addr, 4096, RW)
            .map_err(|e| e.to_string())?;
        self.domains.push((d, id, page, pattern, false));
        Ok(())
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
        let s = Smmu::new(QemuHal, config).map_err(|e| format!("Smmu::new: {e}"))?;
        self.smmu = Some(s);
        for d in u.live.iter().filter(|d| !d.kind.pasid_only()) {
            self.alloc(*d)?;
        }
        Ok(())
    }

    fn applicable(&self, op: &Op) -> Result<(), NotApplicable> {
        match op {
            Op::SetDevPasid { .. } | Op::RemoveDevPasid { .. } => Err(NotApplicable(
                "QEMU's SMMUv3 has no SubstreamIDs (IDR1.SSIDSIZE = 0)".into(),
            )),
            Op::AttachDev { d } | Op::DomainAlloc { d } | Op::DomainFree { d }
                if d.kind.pasid_only() =>
            {
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
        match op {
            Op::DomainAlloc { d } => return runtime::allocated(self.alloc(*d)),
            Op::DomainFree { d } => {
                let n = self.domains.iter().position(|x| x.0 == *d && !x.4);
                let id = n.map(|n| self.domains[n].1);
                let r = runtime::free(self.smmu.as_mut(), *d, id);
                if let (Answer::Ok, Some(n)) = (&r, n) {
                    self.domains[n].4 = true;
                }
                return r;
            }
            _ => {}
        }
        if dev != 0 {
            return Answer::Failed("one edu device".into());
        }
        let (sid, domains) = (self.sid, &self.domains);
        let Some(s) = self.smmu.as_mut() else {
            return Answer::Failed("not reset".into());
        };
        runtime::apply(s, sid, op, |d| {
            runtime::target(d, domains.iter().filter(|x| !x.4).map(|x| (x.0, x.1)))
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
        match self.domains.iter().find(|x| x.3 == got) {
            Some(x) if !x.4 => Ok(Outcome::Translate(x.0)),
            Some(x) => Err(format!(
                "translated by a freed allocation of {:?} (a stale translation)",
                x.0
            )),
            None => Err(format!(
                "the output page holds {got:#x}, which no domain wrote"
            )),
        }
    }
}
