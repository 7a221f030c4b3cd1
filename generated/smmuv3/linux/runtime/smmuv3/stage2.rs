// SPDX-License-Identifier: MIT OR Apache-2.0

//! Stage-2 domains: an IPA space with its own VMID, translated by a VMSAv8-64 stage-2 table.
//! They serve what the iommu_domain semantics leave to the driver (a hypervisor's view of a
//! device): a StreamID is given a stage-2 domain directly with [`Smmu::attach_s2`] (or with a
//! stage-1 domain nested inside, `Smmu::attach_nested`), outside the API state machine, and any
//! later API operation on the device replaces it. Unmaps invalidate by IPA (TLBI_S2_IPA) for
//! small ranges and by VMID (TLBI_S12_VMALL) otherwise, or when stage-1 domains are nested
//! inside (combined entries are not reached by an invalidation by IPA).

#[cfg(iommugen_test)]
use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::pgtable::PageTable;
use super::super::shared::Guarded;
use super::cmdq::CommandQueue;
use super::smmu::Smmu;
#[cfg(iommugen_test)]
use super::spec::entries::STE;
#[cfg(iommugen_test)]
use super::spec::enums::{CfgShareability, StreamConfig, Tg0Granule, WalkCacheability};
use super::vmsa::Stage2;

#[cfg(iommugen_test)]
/// IPA bits of the driver's stage-2 domains (a level-1 start with the 4K granule).
pub(crate) const IPA_BITS: u32 = 39;

/// A handle to a stage-2 domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct S2DomainId(pub(crate) u32);

/// A stage-2 domain.
pub(crate) struct S2Domain {
    pt: PageTable<Stage2>,
    vmid: u16,
    users: u32,
    /// Streams nesting a stage-1 domain inside this one: the TLB holds combined entries that
    /// an invalidation by IPA does not reach.
    nested: u32,
}

impl S2Domain {
    #[cfg(iommugen_test)]
    /// The STE that translates a stream through this domain at stage 2 only.
    pub(super) fn ste(&self, oas_bits: u32) -> Result<STE> {
        let ste = super::ste::passthrough_attrs(
            STE::new().with_V(true).with_Config(StreamConfig::S2Trans),
        );
        with_stage2(
            ste,
            self.vmid,
            self.pt.root(),
            self.pt.start_level(),
            oas_bits,
        )
    }
}

#[cfg(iommugen_test)]
/// `ste` with the stage-2 fields of a 4K-granule table for [`IPA_BITS`]-bit IPAs whose root at
/// lookup level `start_level` is at `ttb`, tagged `vmid`: walks write-back cacheable and inner
/// shareable, AArch64 tables, faults recorded (S2R), S2PS from `oas_bits` (at most 52 bits).
/// Valid, Config and SHCFG are the caller's.
pub(crate) fn with_stage2(
    ste: STE,
    vmid: u16,
    ttb: u64,
    start_level: u32,
    oas_bits: u32,
) -> Result<STE> {
    // S2SL0 for the 4K granule: 0 starts at level 2, 1 at level 1, 2 at level 0.
    let sl0 = 2u32.checked_sub(start_level).ok_or(Error::Unsupported {
        what: "stage-2 start level",
    })?;
    Ok(ste
        .with_S2VMID(vmid)
        .with_S2T0SZ((64 - IPA_BITS) as u8)?
        .with_S2SL0(sl0 as u8)?
        .with_S2IR0(WalkCacheability::WriteBackRaWa)
        .with_S2OR0(WalkCacheability::WriteBackRaWa)
        .with_S2SH0(CfgShareability::InnerShareable)
        .with_S2TG(Tg0Granule::Granule4K)
        .with_S2PS(super::domain::addr_size(oas_bits.min(52)))
        .with_S2AA64(true)
        .with_S2R(true)
        .with_S2TTB(ttb)?)
}

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

    /// Destroys every stage-2 domain (shutdown).
    pub(super) fn destroy_s2_domains(&mut self) {
        for (_, d) in self.s2_domains.take() {
            d.pt.destroy(&self.hal);
        }
    }
}
