//! The RISC-V driver (`iommugen_runtime::riscv`) on the mock's RISC-V IOMMU, as a conformance
//! harness: each universe device is a device_id, each allocation of a universe domain a new
//! driver domain (Sv39 paging, or an SVA domain) that maps the probe address to a page of its
//! own, so the page a DMA lands in tells which domain translated it (and a page of a freed
//! domain shows a stale translation). PASIDs are process IDs of the device's process
//! directory, which the mock walks.
//!
//! device_ids come from the device directory's layout ([`RiscvHarness::geometry`]): both ends
//! and the middle of the first leaf table of 64 extended contexts, the first entry of the
//! second, a second top-level range, and the largest device_id.
//!
//! The reference model is the one generated from `specs/smmuv3.iommu` ([`crate::model`]): both
//! specs import the same iommu_domain contract, and the generated models differ only in their
//! first comment line (a test checks it). The harness gives no fingerprint, so the suite merges
//! no histories: every sequence up to the depth is run.

use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use iommugen_mock::engine::dma::Outcome as DmaOutcome;
use iommugen_mock::riscv::RiscvMock;
use iommugen_mock::Transfer;
use iommugen_runtime::hal::Hal;
use iommugen_runtime::riscv::{Config, DomainId, Iommu};

use crate::harness::{Answer, Harness, NotApplicable};
use crate::model::{Domain, Op, Outcome};
use crate::runtime::{self, allocated, Driver};
use crate::universe::Universe;

/// The address every probe DMA uses (inside the mock's RAM, so bypass reaches memory).
pub const PROBE_IOVA: u64 = 0x8f00_0000;

/// One allocation of a universe domain.
struct Instance {
    domain: Domain,
    id: DomainId,
    page: u64,
    freed: bool,
}

/// The RISC-V driver on the mock.
pub struct RiscvHarness {
    config: Config,
    dids: Vec<u32>,
    /// Whether DMA with a PASID is observed (off: as on QEMU, whose edu issues none).
    pasid_dma: bool,
    iommu: Option<Iommu<RiscvMock>>,
    instances: Vec<Instance>,
}

impl Default for RiscvHarness {
    fn default() -> Self {
        Self::new()
    }
}

impl RiscvHarness {
    /// The correct driver, devices at the device_ids of [`RiscvHarness::geometry`].
    pub fn new() -> Self {
        Self::with_config(Config::default())
    }

    /// The driver with a mutant of the semantics (cargo feature `planted`, tests only).
    #[cfg(feature = "planted")]
    pub fn with_mutation(mutation: iommugen_runtime::planted::Mutation) -> Self {
        Self::with_config(Config {
            mutation,
            ..Config::default()
        })
    }

    /// The driver brought up with `config`.
    pub fn with_config(config: Config) -> Self {
        RiscvHarness {
            config,
            dids: Self::geometry(),
            pasid_dma: true,
            iommu: None,
            instances: Vec::new(),
        }
    }

    /// device_ids from the three-level directory of extended contexts: the last, first and
    /// middle entries of the first leaf table (64 contexts), the first of the second, the
    /// largest device_id (24 bits), and the first of the second top-level range.
    pub fn geometry() -> Vec<u32> {
        std::vec![0x3f, 0x40, 0, 0x1f, 0xff_ffff, 0x8000]
    }

    /// Devices at these device_ids.
    pub fn with_dids(mut self, dids: Vec<u32>) -> Self {
        self.dids = dids;
        self
    }

    /// Observes DMA without a PASID only, as on QEMU (its edu device issues no PASID): what
    /// the suite can show there, checked here first.
    pub fn rid_dma_only(mut self) -> Self {
        self.pasid_dma = false;
        self
    }

    /// The device_id of each device.
    pub fn dids(&self) -> &[u32] {
        &self.dids
    }

    fn did(&self, dev: usize) -> Result<u32, String> {
        self.dids
            .get(dev)
            .copied()
            .ok_or_else(|| format!("no device_id for device {dev}"))
    }

    fn alloc(&mut self, d: Domain) -> Result<(), String> {
        let iommu = self.iommu.as_mut().ok_or("not reset")?;
        let id = runtime::alloc(iommu, d).map_err(|e| e.to_string())?;
        let page = iommu
            .hal()
            .dma_alloc(4096, 4096)
            .map_err(|e| e.to_string())?
            .addr;
        iommu
            .map_rw(id, PROBE_IOVA, page, 4096)
            .map_err(|e| e.to_string())?;
        self.instances.push(Instance {
            domain: d,
            id,
            page,
            freed: false,
        });
        Ok(())
    }
}

impl Harness for RiscvHarness {
    fn name(&self) -> String {
        #[allow(unused_mut)] // extended below only by a test-only feature
        let mut name = String::from("RISC-V driver on the mock RISC-V IOMMU");
        #[cfg(feature = "planted")]
        if self.config.mutation != iommugen_runtime::planted::Mutation::None {
            name.push_str(&format!(", mutation {:?}", self.config.mutation));
        }
        #[cfg(feature = "planted")]
        if self.config.planted != iommugen_runtime::riscv::planted::Planted::None {
            name.push_str(&format!(", planted {:?}", self.config.planted));
        }
        name
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        if u.devices > self.dids.len() {
            return Err(format!(
                "{} devices but {} device_ids",
                u.devices,
                self.dids.len()
            ));
        }
        self.iommu = Some(Iommu::new(RiscvMock::new(), self.config).map_err(|e| e.to_string())?);
        self.instances.clear();
        for d in &u.live {
            self.alloc(*d)?;
        }
        Ok(())
    }

    fn applicable(&self, _op: &Op) -> Result<(), NotApplicable> {
        Ok(())
    }

    fn observable(&self, pasid: Option<u32>) -> Result<(), NotApplicable> {
        match pasid {
            Some(_) if !self.pasid_dma => Err(NotApplicable(
                "DMA with a PASID is not observed (as on QEMU: edu issues none)".into(),
            )),
            _ => Ok(()),
        }
    }

    fn apply(&mut self, dev: usize, op: &Op) -> Answer {
        match op {
            Op::DomainAlloc { d } => return allocated(self.alloc(*d)),
            Op::DomainFree { d } => {
                let n = self
                    .instances
                    .iter()
                    .position(|i| i.domain == *d && !i.freed);
                let r = runtime::free(self.iommu.as_mut(), *d, n.map(|n| self.instances[n].id));
                if let (Answer::Ok, Some(n)) = (&r, n) {
                    self.instances[n].freed = true;
                }
                return r;
            }
            _ => {}
        }
        let did = match self.did(dev) {
            Ok(d) => d,
            Err(e) => return Answer::Failed(e),
        };
        let live: Vec<(Domain, DomainId)> = self
            .instances
            .iter()
            .filter(|i| !i.freed)
            .map(|i| (i.domain, i.id))
            .collect();
        let Some(iommu) = self.iommu.as_mut() else {
            return Answer::Failed("not reset".into());
        };
        runtime::apply(iommu, did, op, |d| runtime::target(d, live.iter().copied()))
    }

    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String> {
        let did = self.did(dev)?;
        let iommu = self.iommu.as_mut().ok_or("not reset")?;
        let dma = iommu.hal().dma(did, pasid, PROBE_IOVA, Transfer::Read(8));
        // Keep the fault queue drained.
        iommu.drain_faults(|_| {});
        match dma.outcome {
            DmaOutcome::Bypassed => Ok(Outcome::Bypass),
            DmaOutcome::Terminated(_) => Ok(Outcome::Fault),
            DmaOutcome::Translated => {
                let pa = dma.pa().ok_or("translated without an address")?;
                match self.instances.iter().find(|x| x.page == pa) {
                    Some(i) if !i.freed => Ok(Outcome::Translate(i.domain)),
                    Some(i) => Err(format!(
                        "translated by a freed allocation of {} (a stale translation)",
                        crate::suite::show_domain(&i.domain)
                    )),
                    None => Err(format!("translated to {pa:#x}, which no domain maps")),
                }
            }
        }
    }
}
