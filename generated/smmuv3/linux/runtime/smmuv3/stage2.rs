// SPDX-License-Identifier: MIT OR Apache-2.0

//! Stage-2 domains: an IPA space with its own VMID, translated by a VMSAv8-64 stage-2 table.
//! They serve what the iommu_domain semantics leave to the driver (a hypervisor's view of a
//! device): a StreamID is given a stage-2 domain directly with [`Smmu::attach_s2`] (or with a
//! stage-1 domain nested inside, `Smmu::attach_nested`), outside the API state machine, and any
//! later API operation on the device replaces it. Unmaps invalidate by IPA (TLBI_S2_IPA) for
//! small ranges and by VMID (TLBI_S12_VMALL) otherwise, or when stage-1 domains are nested
//! inside (combined entries are not reached by an invalidation by IPA).

use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::invalidate::{Plan, Scope};
use super::super::pgtable::{Granule, PageTable, Prot};
use super::super::shared::Guarded;
use super::cmdq::{self, CommandQueue};
use super::domain::reach;
use super::smmu::Smmu;
use super::spec::cmdq::{CMDQ_Command, CMD_TLBI_S12_VMALL, CMD_TLBI_S2_IPA};
use super::spec::entries::STE;
use super::spec::enums::{
    CfgShareability, StreamConfig, Tg0Granule, TlbiGranule, WalkCacheability,
};
use super::vmsa::Stage2;

/// IPA bits of the driver's stage-2 domains (a level-1 start with the 4K granule).
pub const IPA_BITS: u32 = 39;

/// The error for a stage-2 domain handle the runtime does not know.
const NO_S2_DOMAIN: Error = Error::InvalidArgument {
    what: "no such stage-2 domain",
};

/// A handle to a stage-2 domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct S2DomainId(pub u32);

/// A stage-2 domain.
pub struct S2Domain {
    pt: PageTable<Stage2>,
    vmid: u16,
    users: u32,
    /// Streams nesting a stage-1 domain inside this one: the TLB holds combined entries that
    /// an invalidation by IPA does not reach.
    nested: u32,
}

impl S2Domain {
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

/// `ste` with the stage-2 fields of a 4K-granule table for [`IPA_BITS`]-bit IPAs whose root at
/// lookup level `start_level` is at `ttb`, tagged `vmid`: walks write-back cacheable and inner
/// shareable, AArch64 tables, faults recorded (S2R), S2PS from `oas_bits` (at most 52 bits).
/// Valid, Config and SHCFG are the caller's.
pub fn with_stage2(ste: STE, vmid: u16, ttb: u64, start_level: u32, oas_bits: u32) -> Result<STE> {
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
    pub(super) fn s2(&self, id: S2DomainId) -> Result<&S2Domain> {
        self.s2_domains.get(&id.0).ok_or(NO_S2_DOMAIN)
    }

    /// The stage-2 domain, mutably, with the HAL its page table is written through.
    fn s2_mut(&mut self, id: S2DomainId) -> Result<(&H, &mut S2Domain)> {
        let d = self.s2_domains.get_mut(&id.0).ok_or(NO_S2_DOMAIN)?;
        Ok((&self.hal, d))
    }

    /// Allocates a stage-2 domain with its own VMID (needs IDR0.S2P).
    pub fn alloc_s2_domain(&mut self) -> Result<S2DomainId> {
        if !self.features.stage2 {
            return Err(Error::Unsupported {
                what: "stage 2 translation (IDR0.S2P = 0)",
            });
        }
        let max: u32 = 1 << self.features.vmid_bits;
        let vmid = (1..max)
            .map(|v| v as u16)
            .find(|v| !self.s2_domains.values().any(|d| d.vmid == *v))
            .ok_or(Error::Exhausted { what: "VMIDs" })?;
        // Everything that can fail before the page table exists, so a failure leaks nothing.
        let next = self
            .next_domain
            .checked_add(1)
            .ok_or(Error::Exhausted { what: "domain ids" })?;
        self.s2_domains.try_reserve(1)?;
        let pt = PageTable::<Stage2>::new(&self.hal, Granule::Size4K, IPA_BITS)?;
        let id = S2DomainId(self.next_domain);
        self.next_domain = next;
        self.s2_domains.try_insert(
            id.0,
            S2Domain {
                pt,
                vmid,
                users: 0,
                nested: 0,
            },
        )?;
        Ok(id)
    }

    /// The stage-2 domain's VMID.
    pub fn vmid(&self, id: S2DomainId) -> Result<u16> {
        Ok(self.s2(id)?.vmid)
    }

    /// Maps `size` bytes of IPA at `ipa` to `pa`.
    pub fn map_s2(
        &mut self,
        id: S2DomainId,
        ipa: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Result<()> {
        let (hal, d) = self.s2_mut(id)?;
        d.pt.map(hal, ipa, pa, size, prot)
    }

    /// Unmaps `size` bytes of IPA at `ipa`, invalidates the TLB for them, then frees the tables
    /// the range covered whole. Returns the bytes unmapped.
    pub fn unmap_s2(&mut self, id: S2DomainId, ipa: u64, size: u64) -> Result<u64> {
        let (hal, d) = self.s2_mut(id)?;
        let (vmid, nested) = (d.vmid, d.nested > 0);
        let gone = d.pt.unmap(hal, ipa, size)?;
        if gone.is_empty() {
            return Ok(0);
        }
        // Combined stage 1 and 2 entries of a nested domain are only removed by VMALL.
        let plan = if nested {
            Plan::context()
        } else {
            Plan::new(
                ipa,
                size,
                gone.tlb_sizes(),
                gone.tables_removed(),
                reach(self.features.range_inv),
            )
        };
        self.stats.tlbi += plan.clone().count() as u64;
        let leaf = plan.leaf();
        let ipa_cmd = || CMD_TLBI_S2_IPA::new().with_VMID(vmid).with_Leaf(leaf);
        let cmds = plan.map(|t| {
            Ok(match t {
                Scope::Context => {
                    CMDQ_Command::CMD_TLBI_S12_VMALL(CMD_TLBI_S12_VMALL::new().with_VMID(vmid))
                }
                Scope::Address(a) => CMDQ_Command::CMD_TLBI_S2_IPA(ipa_cmd().with_Address(a)?),
                Scope::Range {
                    address,
                    num,
                    scale,
                } => CMDQ_Command::CMD_TLBI_S2_IPA(
                    ipa_cmd()
                        .with_Address(address)?
                        .with_TG(TlbiGranule::Granule4K)
                        .with_NUM(num)?
                        .with_SCALE(scale)?,
                ),
            })
        });
        cmdq::submit(&self.hal, &mut self.cmdq, cmds)?;
        let bytes = gone.bytes;
        if gone.tables.capacity() != 0 {
            let (hal, d) = self.s2_mut(id)?;
            d.pt.release(hal, gone);
        }
        Ok(bytes)
    }

    /// The physical address `ipa` translates to in the stage-2 domain.
    pub fn ipa_to_phys(&self, id: S2DomainId, ipa: u64) -> Result<Option<u64>> {
        Ok(self.s2(id)?.pt.iova_to_phys(&self.hal, ipa))
    }

    /// Gives StreamID `sid` the stage-2 domain directly (stage 1 bypassed). The device must
    /// have no API attachment (its RID blocked, no PASIDs); an API operation on it later
    /// replaces this configuration.
    pub fn attach_s2(&mut self, sid: u32, id: S2DomainId) -> Result<()> {
        if self.has_api_attachment(sid) {
            return Err(Error::Busy {
                what: "the device has API attachments",
            });
        }
        let ste = self.s2(id)?.ste(self.features.oas_bits)?;
        // Room for the bookkeeping first, so nothing fails once the hardware is changed.
        self.s2_attached.try_reserve(1)?;
        self.write_ste(sid, &ste)?;
        self.note_s2(sid, id, false)
    }

    /// Records that `sid` uses stage-2 domain `id` (replacing any earlier one), directly or
    /// with a stage-1 domain nested inside.
    pub(super) fn note_s2(&mut self, sid: u32, id: S2DomainId, nested: bool) -> Result<()> {
        self.drop_s2(sid);
        self.s2_attached.try_insert(sid, (id, nested))?;
        if let Some(d) = self.s2_domains.get_mut(&id.0) {
            d.users += 1;
            d.nested += u32::from(nested);
        }
        Ok(())
    }

    /// Forgets a stage-2 attachment the API state machine has replaced.
    pub(super) fn drop_s2(&mut self, sid: u32) {
        if let Some((old, nested)) = self.s2_attached.remove(&sid) {
            if let Some(d) = self.s2_domains.get_mut(&old.0) {
                d.users = d.users.saturating_sub(1);
                d.nested = d.nested.saturating_sub(u32::from(nested));
            }
        }
    }

    /// Frees a stage-2 domain no stream uses.
    pub fn free_s2_domain(&mut self, id: S2DomainId) -> Result<()> {
        let d = self.s2(id)?;
        if d.users != 0 {
            return Err(Error::Busy {
                what: "stage-2 domain still attached",
            });
        }
        let vmid = d.vmid;
        self.stats.tlbi += 1;
        self.submit(&[CMDQ_Command::CMD_TLBI_S12_VMALL(
            CMD_TLBI_S12_VMALL::new().with_VMID(vmid),
        )])?;
        if let Some(d) = self.s2_domains.remove(&id.0) {
            d.pt.destroy(&self.hal);
        }
        Ok(())
    }

    /// Destroys every stage-2 domain (shutdown).
    pub(super) fn destroy_s2_domains(&mut self) {
        for (_, d) in self.s2_domains.take() {
            d.pt.destroy(&self.hal);
        }
    }
}
