//! The RISC-V IOMMU's own planted defects (cargo feature `planted`; tests only), beside the
//! architecture-neutral mutants of the semantics (`crate::planted::Mutation`): realistic
//! single-point bugs a suite must find. The sites are one `#[cfg(feature = "planted")]`
//! statement each, next to the code they break.

use super::super::hal::Hal;
use super::super::shared::Guarded;
use super::cq::CommandQueue;
use super::iommu::Iommu;

/// A planted defect. [`Planted::None`] is the correct driver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planted {
    /// The correct driver.
    None,
    /// Lifetime: freeing a domain skips the IOTINVAL of its PSCID (or GSCID), so the next
    /// domain to get the identifier hits the freed domain's cached translations.
    FreeSkipsIotinval,
}

impl<H: Hal, Q: Guarded<H, CommandQueue>> Iommu<H, Q> {
    /// Whether freeing a domain skips its identifier's invalidation (planted lifetime defect).
    pub(super) fn planted_free_skips_iotinval(&self) -> bool {
        self.config.planted == Planted::FreeSkipsIotinval
    }
}
