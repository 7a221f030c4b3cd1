// SPDX-License-Identifier: MIT OR Apache-2.0

//! Stage-2 domains: an IPA space with its own VMID, translated by a VMSAv8-64 stage-2 table.
//! They serve what the iommu_domain semantics leave to the driver (a hypervisor's view of a
//! device): a StreamID is given a stage-2 domain directly with [`Smmu::attach_s2`] (or with a
//! stage-1 domain nested inside, `Smmu::attach_nested`), outside the API state machine, and any
//! later API operation on the device replaces it. Unmaps invalidate by IPA (TLBI_S2_IPA) for
//! small ranges and by VMID (TLBI_S12_VMALL) otherwise, or when stage-1 domains are nested
//! inside (combined entries are not reached by an invalidation by IPA).

#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::cmdq::CommandQueue;
#[cfg(not(iommugen_test))]
use super::smmu::Smmu;

#[cfg(not(iommugen_test))]
/// A handle to a stage-2 domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct S2DomainId(pub(crate) u32);

#[cfg(not(iommugen_test))]
/// A stage-2 domain.
pub(crate) struct S2Domain {
    users: u32,
    /// Streams nesting a stage-1 domain inside this one: the TLB holds combined entries that
    /// an invalidation by IPA does not reach.
    nested: u32,
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    /// Forgets a stage-2 attachment the API state machine has replaced.
    pub(super) fn drop_s2(&mut self, sid: u32) {
        if let Some((old, nested)) = self.s2_attached.remove(&sid) {
            if let Some(d) = self.s2_domains.get_mut(&old.0) {
                d.users = d.users.saturating_sub(1);
                d.nested = d.nested.saturating_sub(u32::from(nested));
            }
        }
    }
}
