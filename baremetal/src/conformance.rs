//! The conformance suite (generated from the spec's semantics) on QEMU's IOMMU models: the same
//! engine as in userspace, with a harness that drives a driver of the runtime on the real model
//! and observes with the edu device. It serves both bare-metal images: the SMMUv3 (`Smmu` on
//! QEMU's SMMUv3, which has no SubstreamIDs, so PASID operations are not applicable) and the
//! RISC-V IOMMU (`riscv::Iommu` on QEMU's riscv-iommu-pci, whose process directories take the
//! PASID operations); edu issues no PASID, so PASID observations are not applicable on either.
//! Each universe device is one edu device (at the requester IDs the command line places it:
//! StreamIDs or device_ids). Domains are allocated and freed as the semantics' domain
//! operations say; each allocation gets a pattern of its own, so a DMA that reaches a freed
//! domain's page is a stale translation.
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
use iommugen_conformance::runtime::{self, Driver};
use iommugen_conformance::universe::Universe;
use iommugen_runtime::attach::DomainId;
use iommugen_runtime::hal::{DmaBuf, Hal};

use crate::edu::Edu;

/// Bytes each observation moves.
const LEN: u64 = 64;
/// The sentinel the output page holds before each observation.
const SENTINEL: u64 = 0x5e5e_5e5e_5e5e_5e5e;

/// What a harness says of the IOMMU model it runs on.
#[derive(Debug, Clone, Copy)]
pub struct Model {
    /// The model, for the report ("QEMU's SMMUv3").
    pub name: &'static str,
    /// What its requester IDs are called ("StreamIDs").
    pub ids: &'static str,
    /// Why PASID operations cannot run on it, if they cannot.
    pub no_pasids: Option<&'static str>,
}

/// A driver of the runtime on QEMU, observed through edu devices.
pub struct QemuHarness<'a, D: Driver> {
    /// The universe's devices.
    edus: Vec<&'a mut Edu>,
    hal: D::Hal,
    model: Model,
    driver: Option<D>,
    /// How the driver is brought up at each reset.
    config: D::Config,
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

fn fill<H: Hal>(hal: &H, buf: &DmaBuf, v: u64) {
    for w in 0..buf.words() {
        hal.dma_write(buf, w, v);
    }
    hal.wmb();
}

impl<'a, D: Driver> QemuHarness<'a, D>
where
    D::Hal: Clone,
{
    /// A harness over edu devices, universe device `i` being `edus[i]`, the driver brought up
    /// on `hal` with `config` at each reset.
    pub fn new(
        edus: Vec<&'a mut Edu>,
        hal: D::Hal,
        model: Model,
        config: D::Config,
    ) -> Result<Self, String> {
        if edus.is_empty() {
            return Err("a harness needs an edu device".into());
        }
        let bypass_page = hal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
        let mut out_pages = Vec::new();
        for _ in 0..edus.len() {
            out_pages.push(hal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?);
        }
        fill(&hal, &bypass_page, tag(0xb));
        Ok(QemuHarness {
            edus,
            hal,
            model,
            config,
            driver: None,
            domains: Vec::new(),
            patterns: 0,
            bypass_page,
            out_pages,
            dmas: 0,
        })
    }

    /// Shuts the driver down and frees every page the harness allocated.
    pub fn finish(mut self) {
        self.teardown();
        self.hal.dma_free(self.bypass_page);
        for p in self.out_pages.drain(..) {
            self.hal.dma_free(p);
        }
    }

    fn teardown(&mut self) {
        if let Some(s) = self.driver.take() {
            let _ = s.shutdown();
        }
        for (_, _, p, _, _) in self.domains.drain(..) {
            self.hal.dma_free(p);
        }
    }

    /// A new runtime domain for `d`: `PROBE_IOVA` to a page of a new pattern, `OUT_IOVA` to
    /// the output page.
    fn alloc(&mut self, d: Domain) -> Result<(), String> {
        let s = self.driver.as_mut().ok_or("not reset")?;
        let id = runtime::alloc(s, d).map_err(|e| e.to_string())?;
        let page = self.hal.dma_alloc(4096, 4096).map_err(|e| e.to_string())?;
        self.patterns += 1;
        let pattern = tag(0x100 + self.patterns);
        fill(&self.hal, &page, pattern);
        s.map_rw(id, self.bypass_page.addr, page.addr, 4096)
            .map_err(|e| e.to_string())?;
        for out in &self.out_pages {
            s.map_rw(id, out.addr, out.addr, 4096)
                .map_err(|e| e.to_string())?;
        }
        self.domains.push((d, id, page, pattern, false));
        Ok(())
    }
}

impl<D: Driver> Harness for QemuHarness<'_, D>
where
    D::Hal: Clone,
{
    fn name(&self) -> String {
        let sids: Vec<String> = self.edus.iter().map(|e| format!("{:#x}", e.sid)).collect();
        format!(
            "runtime on {} (bare metal, edu devices at {} {})",
            self.model.name,
            self.model.ids,
            sids.join(", ")
        )
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        self.teardown();
        let s = D::bring_up(self.hal.clone(), self.config)
            .map_err(|e| format!("bringing the driver up: {e}"))?;
        self.driver = Some(s);
        let live: Vec<Domain> = u
            .live
            .iter()
            .copied()
            .filter(|d| self.allocatable(d))
            .collect();
        for d in live {
            self.alloc(d)?;
        }
        Ok(())
    }

    fn applicable(&self, op: &Op) -> Result<(), NotApplicable> {
        match op {
            Op::SetDevPasid { .. } | Op::RemoveDevPasid { .. } => match self.model.no_pasids {
                Some(why) => Err(NotApplicable(why.into())),
                None => Ok(()),
            },
            Op::AttachDev { d } | Op::DomainAlloc { d } | Op::DomainFree { d }
                if !self.allocatable(d) =>
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
                let r = runtime::free(self.driver.as_mut(), *d, id);
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
        let Some(s) = self.driver.as_mut() else {
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
            fill(&self.hal, &self.out_pages[*d], SENTINEL);
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
        if let Some(s) = self.driver.as_mut() {
            s.drain();
        }
        probes
            .iter()
            .map(|(d, _)| self.outcome(self.hal.dma_read(&self.out_pages[*d], 0)))
            .collect()
    }
}

impl<D: Driver> QemuHarness<'_, D>
where
    D::Hal: Clone,
{
    /// Whether the harness allocates `d`: SVA domains only where PASIDs can take them.
    fn allocatable(&self, d: &Domain) -> bool {
        !d.kind.pasid_only() || self.model.no_pasids.is_none()
    }

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
