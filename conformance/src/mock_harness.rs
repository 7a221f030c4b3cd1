//! The driver runtime on the userspace mock, as a conformance harness: each universe device is a
//! StreamID, each translating domain a runtime domain that maps the probe address to a page of
//! its own, so the page a DMA lands in tells which domain translated it.

use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use iommugen_mock::{MockSmmu, Outcome as DmaOutcome, Transfer};
use iommugen_runtime::domain::{DomainId, RW};
use iommugen_runtime::hal::Hal;
use iommugen_runtime::smmu::{Config, Mutation, Smmu};

use crate::harness::{Answer, Harness, NotApplicable};
use crate::model::{Domain, Op, Outcome};
use crate::runtime;
use crate::universe::Universe;

/// The address every probe DMA uses (inside the mock's RAM, so bypass reaches memory).
pub const PROBE_IOVA: u64 = 0x5000_0000;
/// StreamID of universe device 0; device `i` is `FIRST_SID + i`.
pub const FIRST_SID: u32 = 0x10;

/// The runtime on the mock.
pub struct MockHarness {
    config: Config,
    smmu: Option<Smmu<MockSmmu>>,
    /// Universe domain, runtime domain, the page its probe address maps to.
    domains: Vec<(Domain, DomainId, u64)>,
}

impl MockHarness {
    /// The correct runtime.
    pub fn new() -> Self {
        Self::with_mutation(Mutation::None)
    }

    /// The runtime with a deliberate defect.
    pub fn with_mutation(mutation: Mutation) -> Self {
        MockHarness {
            config: Config {
                mutation,
                ..Config::default()
            },
            smmu: None,
            domains: Vec::new(),
        }
    }
}

impl Default for MockHarness {
    fn default() -> Self {
        Self::new()
    }
}

impl Harness for MockHarness {
    fn name(&self) -> String {
        match self.config.mutation {
            Mutation::None => "runtime on the mock SMMUv3".into(),
            m => format!("runtime on the mock SMMUv3, mutation {m:?}"),
        }
    }

    fn reset(&mut self, u: &Universe) -> Result<(), String> {
        let mut smmu = Smmu::new(MockSmmu::new(), self.config).map_err(|e| e.to_string())?;
        self.domains.clear();
        for d in u.domains.iter().filter(|d| d.id != 0) {
            let id = if d.kind.pasid_only() {
                smmu.alloc_sva_domain()
            } else {
                smmu.alloc_paging_domain()
            }
            .map_err(|e| e.to_string())?;
            let page = smmu
                .hal
                .dma_alloc(4096, 4096)
                .map_err(|e| e.to_string())?
                .addr;
            smmu.map(id, PROBE_IOVA, page, 4096, RW)
                .map_err(|e| e.to_string())?;
            self.domains.push((*d, id, page));
        }
        self.smmu = Some(smmu);
        Ok(())
    }

    fn applicable(&self, _op: &Op) -> Result<(), NotApplicable> {
        Ok(())
    }

    fn observable(&self, _pasid: Option<u32>) -> Result<(), NotApplicable> {
        Ok(())
    }

    fn apply(&mut self, dev: usize, op: &Op) -> Answer {
        let domains = &self.domains;
        let Some(smmu) = self.smmu.as_mut() else {
            return Answer::Failed("not reset".into());
        };
        runtime::apply(smmu, FIRST_SID + dev as u32, op, |d| {
            runtime::target(d, domains.iter().map(|x| (x.0, x.1)))
        })
    }

    fn observe(&mut self, dev: usize, pasid: Option<u32>) -> Result<Outcome, String> {
        let smmu = self.smmu.as_mut().ok_or("not reset")?;
        let dma = smmu
            .hal
            .dma(FIRST_SID + dev as u32, pasid, PROBE_IOVA, Transfer::Read(8));
        // Keep the event queue drained.
        smmu.poll_events(|_| {});
        match dma.outcome {
            DmaOutcome::Bypassed => Ok(Outcome::Bypass),
            DmaOutcome::Terminated(_) => Ok(Outcome::Fault),
            DmaOutcome::Translated => {
                let pa = dma.pa().ok_or("translated without an address")?;
                self.domains
                    .iter()
                    .find(|x| x.2 == pa)
                    .map(|x| Outcome::Translate(x.0))
                    .ok_or_else(|| format!("translated to {pa:#x}, which no domain maps"))
            }
        }
    }
}
