//! The SMMUv3's deliberate defects, for proving that test suites find them (cargo feature
//! `planted`; production builds and the Linux module carry none of this). Two sets: the mutants
//! of the semantics ([`Mutation`], architecture-neutral, from the core's `planted` module: the
//! seed thread's answers (b) and (c), skipped invalidations), and the SMMUv3's planted bugs
//! ([`Planted`]): realistic single-point bugs of the kind that survives tests
//! which merge histories, never free a domain, or use two neighbouring StreamIDs: wrong
//! history, domain lifetime, or stream-table geometry. The sites are one
//! `#[cfg(feature = "planted")]` statement each, next to the code they break.

pub use super::super::planted::Mutation;

/// A planted defect (see the module doc). [`Planted::None`] is the correct driver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Planted {
    /// The correct driver.
    None,
    /// Lifetime: freeing a domain skips the invalidation of its ASID, so a domain that gets
    /// the ASID again hits the freed domain's TLB entries.
    FreeSkipsTlbi,
    /// Lifetime: a domain is freed while devices are still attached to it.
    FreeIgnoresUsers,
    /// Lifetime: removing a PASID leaves its domain counted as used, so freeing it later is
    /// refused.
    PasidRemoveKeepsUser,
    /// Lifetime: replacing the RID's domain by another paging domain leaves the old one counted
    /// as used.
    ReattachKeepsUser,
    /// Lifetime: a new ASID is the number of live domains plus one, which after a free can be
    /// an ASID a live domain holds.
    AsidFromCount,
    /// History: when the STE starts pointing at a CD table that already exists (the device
    /// used it before), the CD of the RID (SubstreamID 0) is assumed current and not rewritten.
    Cd0KeptAcrossDetach,
    /// History: when the STE starts pointing at a CD table that already exists, CDs of PASIDs
    /// removed meanwhile are not cleared.
    StaleCdsNotCleared,
    /// Geometry: the index into a level-2 stream table drops its top bit, so the upper half
    /// of each level-2 table aliases the lower half.
    L2IndexHalf,
    /// Geometry: the largest StreamID the stream table covers is refused.
    LastSidRefused,
    /// Geometry: the level-1 index is shifted one bit too far, so two level-1 ranges share a
    /// level-2 table (and the second range's descriptor is never written).
    L1IndexShift,
    /// Geometry: the level-1 descriptor of a new level-2 table gives a span one too small, so
    /// the upper half of the table is beyond it (C_BAD_STREAMID).
    L1SpanOffByOne,
}

use super::super::attach::{self as core_attach, Attachment, Target};
use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::shared::Guarded;
use super::super::store::TryVec;
use super::cmdq::CommandQueue;
use super::domain::DomainId;
use super::smmu::Smmu;
use super::spec::enums::StreamConfig;
use super::strtab::{StreamTable, SPLIT};

impl StreamTable {
    /// The level-1 and level-2 indexes of `sid` as the planted geometry defect computes them.
    pub(super) fn planted_index(&self, sid: u32, l1i: u32, low: usize) -> (u32, usize) {
        match self.planted {
            Planted::L1IndexShift => (sid >> (SPLIT + 1), low),
            Planted::L2IndexHalf => (l1i, low & ((1 << (SPLIT - 1)) - 1)),
            _ => (l1i, low),
        }
    }

    /// The span of a new level-1 descriptor as the planted geometry defect writes it.
    pub(super) fn planted_span(&self, span: u8) -> u8 {
        if self.planted == Planted::L1SpanOffByOne {
            span - 1
        } else {
            span
        }
    }

    /// Refuses the largest StreamID under the planted geometry defect.
    pub(super) fn planted_check_sid(&self, sid: u32) -> Result<()> {
        if self.planted == Planted::LastSidRefused && sid == (1 << self.sid_bits()) - 1 {
            return Err(Error::InvalidArgument {
                what: "StreamID beyond the stream table",
            });
        }
        Ok(())
    }
}

impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    /// Whether the STE of `sid` in memory does not point at a CD table yet (the device's CD
    /// table, if it has one, is being put back to use).
    fn planted_entering_cds(&self, sid: u32) -> bool {
        !matches!(
            self.ste(sid).Config(),
            Ok(StreamConfig::S1Trans | StreamConfig::Nested)
        )
    }

    /// Whether the planted history defect skips writing CD `ssid` of `sid`.
    pub(super) fn planted_skips_cd(&self, sid: u32, ssid: u32) -> bool {
        self.config.planted == Planted::Cd0KeptAcrossDetach
            && ssid == 0
            && self.devices.get(&sid).is_some_and(|a| a.entry_live(0))
            && self.planted_entering_cds(sid)
    }

    /// Whether the planted history defect skips clearing the CDs of removed PASIDs of `sid`.
    pub(super) fn planted_keeps_stale_cds(&self, sid: u32) -> bool {
        self.config.planted == Planted::StaleCdsNotCleared && self.planted_entering_cds(sid)
    }

    /// The domain whose use ends when `old` is replaced by `new`, as the planted lifetime
    /// defects count it (`pasid`: a PASID is removed).
    pub(super) fn planted_user_released(
        &self,
        new: Option<DomainId>,
        old: Option<DomainId>,
        pasid: bool,
    ) -> Option<DomainId> {
        match self.config.planted {
            Planted::PasidRemoveKeepsUser if pasid => None,
            Planted::ReattachKeepsUser if !pasid && new.is_some() => None,
            _ => old,
        }
    }

    /// The ASID the planted lifetime defect hands out, if it is active.
    pub(super) fn planted_asid(&self) -> Option<u16> {
        (self.config.planted == Planted::AsidFromCount).then(|| self.domains.len() as u16 + 1)
    }

    /// Whether freeing a domain skips its TLB invalidation (planted lifetime defect).
    pub(super) fn planted_free_skips_tlbi(&self) -> bool {
        self.config.planted == Planted::FreeSkipsTlbi
    }

    /// Frees domain `id` without invalidating its ASID (planted lifetime defect).
    pub(super) fn planted_free_without_tlbi(&mut self, id: super::domain::DomainId) -> Result<()> {
        if let Some(t) = self.domains.remove(&id.0).and_then(|d| d.tables) {
            t.destroy(&self.hal);
        }
        Ok(())
    }

    /// Whether freeing a domain ignores its users (planted lifetime defect).
    pub(super) fn planted_free_ignores_users(&self) -> bool {
        self.config.planted == Planted::FreeIgnoresUsers
    }

    /// Whether a mutant skips the CFGI_STE of an STE update.
    pub(super) fn mutant_skips_cfgi(&self) -> bool {
        self.config.mutation == Mutation::SkipSteInvalidation || self.skip_ste_invalidation
    }

    /// Detaches the RID of `sid` as a detach mutant does; `None` when the rest of the detach is
    /// the correct one.
    pub(super) fn mutant_detach(&mut self, sid: u32) -> Option<Result<()>> {
        let has_pasids = !self.devices.get(&sid)?.pasid_empty();
        match self.config.mutation {
            Mutation::DetachRefusedWithPasids if has_pasids => Some(Err(Error::Busy {
                what: "PASIDs attached",
            })),
            Mutation::DetachKillsPasids => self.remove_all_pasids(sid).err().map(Err),
            Mutation::SkipDetachInvalidation => {
                self.skip_ste_invalidation = true;
                let r = core_attach::detach_dev(self, sid);
                self.skip_ste_invalidation = false;
                Some(r)
            }
            _ => None,
        }
    }

    /// Removes every PASID of `sid` (the detach mutant that kills PASIDs).
    fn remove_all_pasids(&mut self, sid: u32) -> Result<()> {
        let mut pasids = TryVec::new();
        for (p, _, _) in self
            .devices
            .get(&sid)
            .into_iter()
            .flat_map(Attachment::pasids)
        {
            pasids.try_push(p)?;
        }
        for p in pasids {
            core_attach::remove_dev_pasid(self, sid, p)?;
        }
        Ok(())
    }

    /// Gives PASID `pasid` (with `target`) of `sid` to every other device with the same paging
    /// RID domain (the shared PASID table mutant).
    pub(super) fn mutant_share_pasid(
        &mut self,
        sid: u32,
        pasid: u32,
        target: Target,
    ) -> Result<()> {
        if self.config.mutation != Mutation::SharedPasidTable {
            return Ok(());
        }
        let Some(rid) = self.devices.get(&sid).map(Attachment::rid_target) else {
            return Ok(());
        };
        if rid.domain().is_none() {
            return Ok(());
        }
        let mut others = TryVec::new();
        for (o, a) in self.devices.iter() {
            if *o != sid && a.rid_target() == rid {
                others.try_push(*o)?;
            }
        }
        for o in others {
            core_attach::set_dev_pasid(self, o, pasid, target)?;
        }
        Ok(())
    }
}
