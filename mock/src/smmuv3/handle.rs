//! The SMMUv3 methods of [`MockSmmu`] (the engine's [`Mock`] handle running the SMMUv3):
//! construction from a [`MockConfig`], fault injection, typed register reads, the SMMU's
//! interrupts and counters, and its caches.

use iommugen_runtime::smmuv3::spec::support::Register;

use super::config::MockConfig;
use super::faults::Faults;
use super::report::{Irqs, Stats};
use super::{model, MockSmmu};
use crate::engine::Mock;

impl Default for MockSmmu {
    fn default() -> Self {
        Self::new()
    }
}

impl MockSmmu {
    /// A device with the default configuration ([`MockConfig::default`]), just out of reset.
    pub fn new() -> Self {
        Self::with_config(MockConfig::default())
    }

    /// A device implementing `cfg`, just out of reset.
    pub fn with_config(cfg: MockConfig) -> Self {
        Mock::from_engine(model(cfg))
    }

    /// What the device implements.
    pub fn config(&self) -> MockConfig {
        self.model().arch.cfg.clone()
    }

    /// The fault-injection switches in effect.
    pub fn faults(&self) -> Faults {
        self.model().arch.faults.clone()
    }

    /// Changes the fault-injection switches.
    pub fn set_faults(&self, change: impl FnOnce(&mut Faults)) {
        let mut f = self.faults();
        change(&mut f);
        self.model().set_faults(f);
    }

    /// The value of register `R`, without side effects.
    pub fn reg<R: Register>(&self) -> R {
        self.model().reg::<R>()
    }

    /// Interrupts raised since the last `take_irqs`.
    pub fn take_irqs(&self) -> Irqs {
        std::mem::take(&mut self.model().arch.irqs)
    }

    /// Counters.
    pub fn stats(&self) -> Stats {
        let m = self.model();
        let c = m.counters;
        Stats {
            wmb: c.wmb,
            rmb: c.rmb,
            dmas: c.dmas,
            ..m.arch.stats
        }
    }

    /// Cached translations in the IOTLB.
    pub fn tlb_entries(&self) -> usize {
        self.model().arch.tlb.len()
    }

    /// Drops every cached STE, CD, table descriptor and translation, as if the caches had
    /// evicted them: hardware may refetch a structure at any moment, so a check of hitless
    /// updates calls this between stores.
    pub fn evict_caches(&self) {
        let mut m = self.model();
        m.arch.caches.invalidate_all();
        m.arch.tlb.clear();
    }

    /// Cached STEs.
    pub fn cached_stes(&self) -> usize {
        self.model().arch.caches.ste.len()
    }
}
