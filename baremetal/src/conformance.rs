//! The conformance suite (generated from the spec's semantics) on QEMU's SMMUv3: the same engine
//! as in userspace, with a harness that drives the runtime on the real model and observes with
//! the edu device. QEMU has no SubstreamIDs, so PASID operations and observations are reported
//! as not applicable. Each universe device is one edu device (the image's first, or the ones the
//! command line places for the stream table's geometry, at StreamIDs from 0xf8 to 0xff00). Domains are
//! allocated and freed as the semantics' domain operations say (SVA domains serve PASIDs only,
//! so their lifetimes are not applicable either); each allocation gets a pattern of its own, so
//! a DMA that reaches a freed domain's page is a stale translation.
//!
//! Observation: every paging domain maps the probe address to a page of its own pattern and
//! each device's output address to that device's output page; the probe address and the output
//! addresses are also the physical addresses of a bypass-pattern page and of the output pages.
//! An edu device reads the probe address into its buffer and writes it back to its output
//! address: its output page then holds the translating domain's pattern, the bypass pattern, or
//! (both DMAs faulted) the sentinel. An edu transfer takes 100 ms of QEMU's virtual time, so
//! the observations of several devices run concurrently (`observe_all`).

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use iommugen_conformance::harness::{Answer, Harness, NotApplicable};
use iommugen_conformance::model::{Domain, Op, Outcome};
use iommugen_conformance::runtime;
use iommugen_conformance::universe::Universe;
use iommugen_runtime::hal::{DmaBuf, Hal};
use iommugen_runtime::smmuv3::domain::{DomainId, RW};
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};

use crate::edu::Edu;
use crate::hal::{self, QemuHal};

/// Bytes each observation moves.
const LEN: u64 = 64;
/// The sentinel the output page holds before each observation.
const SENTINEL: u64 = 0x5e5e_5e5e_5e5e_5e5e;

/// The runtime on QEMU, observed through the edu device.
pub struct QemuHarness<'a> {
    /// The universe's devices.
    edus: Vec<&'a mut Edu>,
    smmu: Option<Smmu<QemuHal>>,
    /// How the runtime is brought up at each reset.
    config: Config,
    /// Universe domain, runtime domain, its pattern page, its pattern, and whether it was
    /// freed.
    domains: Vec<(Domain, DomainId, DmaBuf, u64, bool)>,
    /// Patterns handed out.
    patterns: u64,
    bypass_page: DmaBuf,
    /// Each device's output page.
    out_pages: Vec<DmaBuf>,
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
    /// A harness over edu devices, universe device `i` being `edus[i]`, the runtime brought up
    /// with `config` (its queue sizes and StreamID bits as QEMU's SMMU allows).
    pub fn new(edus: Vec<&'a mut Edu>, config: Config) -> Result<Self, String> {
        if edus.is_empty() {
            return Err("a harness needs an edu device".into());
        }
        let bypass_page = QemuHal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
        let mut out_pages = Vec::new();
        for _ in 0..edus.len() {
            out_pages.push(QemuHal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?);
        }
        fill(&bypass_page, tag(0xb));
        Ok(QemuHarness {
            edus,
            config,
            smmu: None,
            domains: Vec::new(),
            patterns: 0,
            bypass_page,
            out_pages,
            dmas: 0,
        })
    }

    /// The configuration the harness brings the runtime up with by default.
    pub fn config() -> Config {
        Config {
            sid_bits: 16,
            evtq_log2: 8,
            ..Config::default()
        }
    }

    /// Shuts the SMMU down and frees every page the harness allocated.
    pub fn finish(mut self) {
        self.teardown();
        QemuHal.dma_free(self.bypass_page);
        for p in self.out_pages.drain(..) {
            QemuHal.dma_free(p);
        }
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
        for out in &self.out_pages {
            s.map(id, out.addr, out.addr, 4096, RW)
                .map_err(|e| e.to_string())?;
        }
        self.domains.push((d, id, page, pattern, false));
        Ok(())
    }
}

impl Harness for QemuHarness<'_> {
    fn name(&self) -> String {
        let sids: Vec<String> = self.edus.iter().map(|e| format!("{:#x}", e.sid)).collect();
        format!(
            "runtime on QEMU's SMMUv3 (bare metal, edu devices at StreamIDs {})",
            sids.join(", ")
        )
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        self.teardown();
        let s = Smmu::new(QemuHal, self.config).map_err(|e| format!("Smmu::new: {e}"))?;
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
        let Some(sid) = self.edus.get(dev).map(|e| e.sid) else {
            return Answer::Failed(format!("no edu device for device {dev}"));
        };
        let domains = &self.domains;
        let Some(s) = self.smmu.as_mut() else {
            return Answer::Failed("not reset".into());
        };
        runtime::apply(s, sid, op, |d| {
            runtime::target(d, domains.iter().filter(|x| !x.4).map(|x| (x.0, x.1)))
        })
    }

    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String> {
        let mut v = self.observe_all(&[(dev, pasid)])?;
        v.pop().ok_or_else(|| "no outcome".into())
    }

    fn observe_all(&mut self, probes: &[(usize, Option<u32>)]) -> Result<Vec<Outcome>, String> {
        let mut devs: Vec<usize> = probes.iter().map(|p| p.0).collect();
        devs.sort_unstable();
        devs.dedup();
        if devs.len() != probes.len() {
            return Err("two probes of one device (the edu device issues no PASID)".into());
        }
        if let Some(d) = devs.iter().find(|d| **d >= self.edus.len()) {
            return Err(format!("no edu device for device {d}"));
        }
        for d in &devs {
            fill(&self.out_pages[*d], SENTINEL);
        }
        let probe = self.bypass_page.addr;
        // Every device reads the probe page at once, then writes it to its output page.
        for d in &devs {
            self.edus[*d].start_read_from(probe, 0, LEN)?;
        }
        for d in &devs {
            self.edus[*d].wait()?;
        }
        for d in &devs {
            let out = self.out_pages[*d].addr;
            self.edus[*d].start_write_to(0, out, LEN)?;
        }
        for d in &devs {
            self.edus[*d].wait()?;
        }
        self.dmas += 2 * devs.len() as u32;
        if let Some(s) = self.smmu.as_mut() {
            s.poll_events(|_| {});
            let _ = s.handle_gerror();
        }
        probes
            .iter()
            .map(|(d, _)| self.outcome(QemuHal.dma_read(&self.out_pages[*d], 0)))
            .collect()
    }
}

impl QemuHarness<'_> {
    /// What an output page holding `got` says of the DMA.
    fn outcome(&self, got: u64) -> Result<Outcome, String> {
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
