// SPDX-License-Identifier: MIT OR Apache-2.0

//! Paging domains: a stage-1 page table with an ASID, mapped and unmapped through the runtime's
//! page-table code, with the TLB invalidations an unmap needs (by range, or by VA for small
//! ranges and by ASID for large ones; leaf-only unless tables were unhooked) completed before
//! unhooked tables are reused.
//!
//! A domain's translation tables ([`DomainTables`]) are either kept by the [`Smmu`] (one owner of
//! everything: [`Smmu::alloc_paging_domain`], [`Smmu::map`], [`Smmu::unmap`]) or handed to the
//! caller ([`Smmu::alloc_detached_domain`]), which keeps each domain's tables behind a lock of
//! its own: [`unmap`] and [`flush`] then invalidate through the shared command queue, the tables
//! locked only to change them and the queue only to write commands and look for their
//! completion, as Linux's SMMUv3 driver takes its locks. The SMMU's own state (ASIDs, the
//! stream table, attachments) records each domain's ASID and root either way.

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{Clock, Hal};
#[cfg(not(iommugen_test))]
use super::super::invalidate::{self, Plan, Reach, Scope, UnmapTables, UnmapUnlocked, Unmapping};
#[cfg(not(iommugen_test))]
use super::super::pgtable::{Granule, PageTable, Prot, TableStats, Unmapped};
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::cmdq::{self, CommandQueue};
#[cfg(not(iommugen_test))]
use super::smmu::Smmu;
#[cfg(not(iommugen_test))]
use super::spec::cmdq::{CMDQ_Command, CMD_TLBI_NH_ASID, CMD_TLBI_NH_VA};
#[cfg(not(iommugen_test))]
use super::spec::entries::CD;
#[cfg(not(iommugen_test))]
use super::spec::enums::{
    CfgShareability, PhysAddrSize, Tg0Granule, TlbiGranule, WalkCacheability,
};
#[cfg(not(iommugen_test))]
use super::spec::semantics::{self as sem, DomainKind};
#[cfg(not(iommugen_test))]
use super::spec::support::FieldError;
#[cfg(not(iommugen_test))]
use super::vmsa::{Stage1, S1_MAIR};

#[cfg(not(iommugen_test))]
/// Input address bits of the driver's stage-1 domains.
pub(crate) const VA_BITS: u32 = 48;
#[cfg(not(iommugen_test))]
/// Unmaps of more pages than this invalidate the whole ASID instead of page by page.
pub(crate) const TLBI_PAGES_MAX: u64 = 64;

#[cfg(not(iommugen_test))]
/// What the SMMUv3's TLB invalidations reach: 4K granules, range commands with IDR3.RIL
/// (`range`), walk caches by address (Leaf = 0), at most [`TLBI_PAGES_MAX`] commands by VA.
pub(super) const fn reach(range: bool) -> Reach {
    Reach {
        granule_bits: 12,
        range,
        walks_by_address: true,
        max_by_address: TLBI_PAGES_MAX,
    }
}

#[cfg(not(iommugen_test))]
/// The error for a domain handle the runtime does not know.
const NO_DOMAIN: Error = Error::InvalidArgument {
    what: "no such domain",
};

#[cfg(not(iommugen_test))]
pub(crate) use super::super::attach::DomainId;

#[cfg(not(iommugen_test))]
/// A stage-1 paging domain, as the SMMU's state records it.
pub(crate) struct PagingDomain {
    /// Its tables, unless the caller holds them ([`Smmu::alloc_detached_domain`]).
    pub(super) tables: Option<DomainTables>,
    pub(super) asid: u16,
    /// The root table's address (TTB0), fixed for the domain's life.
    pub(super) root: u64,
    /// A process address space (SVA): its ASID is shared with the CPU.
    pub(super) sva: bool,
    /// Devices (StreamID, SubstreamID) it is attached to.
    pub(super) users: u32,
}

#[cfg(not(iommugen_test))]
impl PagingDomain {
    /// The CD that makes SubstreamIDs translate through this domain.
    pub(super) fn cd(&self, oas_bits: u32) -> core::result::Result<CD, FieldError> {
        stage1_cd(self.asid, self.root, oas_bits, self.sva)
    }
}

#[cfg(not(iommugen_test))]
/// A paging domain's translation tables and ASID: what map, unmap and their TLB invalidation
/// need, apart from the SMMU's state. Its memory comes from, and goes back through, one HAL: the
/// one it was made with.
pub(crate) struct DomainTables {
    pub(super) pt: PageTable<Stage1>,
    asid: u16,
}

#[cfg(not(iommugen_test))]
/// How [`unmap`] invalidates the TLB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Invalidation {
    /// The SMMU has range invalidation (IDR3.RIL).
    pub(crate) range: bool,
    /// Leave the leaves to a later [`flush`] (lazy invalidation): only tables the unmap freed
    /// are invalidated now (the whole ASID).
    pub(crate) deferred: bool,
}

#[cfg(not(iommugen_test))]
impl Invalidation {
    /// The invalidation of an SMMU with range invalidation or not, strict or `deferred`.
    pub(crate) const fn new(range: bool, deferred: bool) -> Self {
        Invalidation { range, deferred }
    }
}

#[cfg(not(iommugen_test))]
impl DomainTables {
    /// Empty tables for a domain with `asid`, allocated through `hal`.
    pub(crate) fn new<H: Hal>(hal: &H, asid: u16) -> Result<Self> {
        let pt = PageTable::<Stage1>::new(hal, Granule::Size4K, VA_BITS)?;
        Ok(DomainTables { pt, asid })
    }

    /// The domain's ASID.
    pub(crate) fn asid(&self) -> u16 {
        self.asid
    }

    /// The root table's address.
    pub(crate) fn root(&self) -> u64 {
        self.pt.root()
    }

    /// Maps `size` bytes at `iova` to `pa`; blocks are used where alignment allows. No TLB
    /// invalidation is needed (nothing valid was replaced).
    pub(crate) fn map<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Result<()> {
        self.pt.map(hal, iova, pa, size, prot)
    }

    /// The physical address `iova` translates to.
    pub(crate) fn iova_to_phys<H: Hal>(&self, hal: &H, iova: u64) -> Option<u64> {
        self.pt.iova_to_phys(hal, iova)
    }

    /// The map and unmap calls so far, and their bytes.
    pub(crate) fn stats(&self) -> TableStats {
        self.pt.stats()
    }

    /// Frees every table. Only once no CD points at the root and the ASID was invalidated
    /// ([`Smmu::free_domain`]).
    pub(crate) fn destroy<H: Hal>(self, hal: &H) {
        self.pt.destroy(hal);
    }
}

#[cfg(not(iommugen_test))]
/// Unmaps `size` bytes at `iova` from the tables `tables` guards and invalidates the TLB for them
/// through `queue`, by the core's [`unmap`](invalidate::unmap): strict, the leaves by range, VA
/// or ASID (the core's [`Plan`]); deferred, only the ASID and only when tables were unhooked.
/// Tables the range covered whole are freed after the invalidation (which then includes walk
/// caches) completed. The tables are locked to unmap and again to free, not while the commands
/// are written or waited for. [`Unmapping::commands`] counts TLBI commands.
pub(crate) fn unmap<C, D, Q>(
    clock: &C,
    tables: &mut D,
    queue: &mut Q,
    iova: u64,
    size: u64,
    how: Invalidation,
) -> Result<Unmapping>
where
    C: Clock,
    D: Guarded<C, DomainTables> + UnmapUnlocked<DomainTables>,
    Q: Guarded<C, CommandQueue>,
{
    invalidate::unmap(clock, tables, iova, size, |asid, gone| {
        if !how.deferred {
            invalidate_range(clock, queue, asid, iova, size, gone, how)
        } else if gone.tables_removed() {
            flush(clock, queue, asid).map(|()| 1)
        } else {
            Ok(0)
        }
    })
}

#[cfg(not(iommugen_test))]
/// The core's [`unmap`](invalidate::unmap) reaches a domain's stage-1 table and its ASID.
impl UnmapTables for DomainTables {
    type Tag = u16;

    #[inline(always)]
    fn unmap_into<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        self.pt.unmap_into(hal, iova, size, out)
    }

    fn release<H: Hal>(&mut self, hal: &H, gone: Unmapped) {
        self.pt.release(hal, gone);
    }

    #[inline]
    fn tag(&self) -> u16 {
        self.asid
    }
}

#[cfg(not(iommugen_test))]
/// Invalidates every TLB entry of `asid` through `queue` and waits for it.
pub(crate) fn flush<C: Clock, Q: Guarded<C, CommandQueue>>(
    clock: &C,
    queue: &mut Q,
    asid: u16,
) -> Result<()> {
    let cmd = CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(asid));
    cmdq::submit(clock, queue, [Ok(cmd)])
}

#[cfg(not(iommugen_test))]
/// Invalidates TLB entries of `asid` for an unmapped range as the core's [`Plan`] says: by range
/// (IDR3.RIL) or by VA, or the whole ASID; walk caches too when tables were unhooked. Returns
/// the number of commands.
fn invalidate_range<C: Clock, Q: Guarded<C, CommandQueue>>(
    clock: &C,
    queue: &mut Q,
    asid: u16,
    iova: u64,
    size: u64,
    gone: &Unmapped,
    how: Invalidation,
) -> Result<u64> {
    let plan = Plan::new(
        iova,
        size,
        gone.tlb_sizes(),
        gone.tables_removed(),
        reach(how.range),
    );
    let leaf = plan.leaf();
    let va = || CMD_TLBI_NH_VA::new().with_ASID(asid).with_Leaf(leaf);
    // Counted as they are built (the plan is not walked twice).
    let mut n = 0;
    let cmds = plan.map(|t| {
        n += 1;
        Ok(match t {
            Scope::Context => {
                CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(asid))
            }
            Scope::Address(a) => CMDQ_Command::CMD_TLBI_NH_VA(va().with_Address(a)?),
            Scope::Range {
                address,
                num,
                scale,
            } => CMDQ_Command::CMD_TLBI_NH_VA(
                va().with_Address(address)?
                    .with_TG(TlbiGranule::Granule4K)
                    .with_NUM(num)?
                    .with_SCALE(scale)?,
            ),
        })
    });
    let done = cmdq::submit(clock, queue, cmds);
    done.map(|()| n)
}

#[cfg(not(iommugen_test))]
/// The encoding of the smallest address size of at least `bits` bits (CD.IPS, STE.S2PS).
pub(crate) fn addr_size(bits: u32) -> PhysAddrSize {
    match bits {
        0..=32 => PhysAddrSize::Bits32,
        33..=36 => PhysAddrSize::Bits36,
        37..=40 => PhysAddrSize::Bits40,
        41..=42 => PhysAddrSize::Bits42,
        43..=44 => PhysAddrSize::Bits44,
        45..=48 => PhysAddrSize::Bits48,
        49..=52 => PhysAddrSize::Bits52,
        _ => PhysAddrSize::Bits56,
    }
}

#[cfg(not(iommugen_test))]
/// The CD of a stage-1 address space: `VA_BITS` of input address through the 4K-granule table
/// at `ttb0`, tagged `asid`, walks write-back cacheable and inner shareable, TTB1 disabled.
/// An SVA address space shares its ASID with the CPU (ASET = 0) and lets the SMMU update the
/// access and dirty flags; a DMA domain's ASID is private to the SMMU.
pub(crate) fn stage1_cd(
    asid: u16,
    ttb0: u64,
    oas_bits: u32,
    sva: bool,
) -> core::result::Result<CD, FieldError> {
    let ips = addr_size(oas_bits);
    Ok(CD::new()
        .with_T0SZ((64 - VA_BITS) as u8)?
        .with_TG0(Tg0Granule::Granule4K)
        .with_IR0(WalkCacheability::WriteBackRaWa)
        .with_OR0(WalkCacheability::WriteBackRaWa)
        .with_SH0(CfgShareability::InnerShareable)
        .with_EPD1(true)
        .with_V(true)
        .with_IPS(ips)
        .with_AA64(true)
        .with_R(true)
        .with_A(true)
        .with_ASET(!sva)
        .with_HA(sva)
        .with_HD(sva)
        .with_ASID(asid)
        .with_TTB0(ttb0)?
        .with_MAIR0(S1_MAIR as u32))
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    /// Room to record one more domain.
    fn reserve_domain(&mut self) -> Result<()> {
        self.next_domain
            .checked_add(1)
            .ok_or(Error::Exhausted { what: "domain ids" })?;
        self.domains.try_reserve(1)?;
        Ok(())
    }

    /// Records a domain whose tables were made for the ASID [`Smmu::prepare_domain`] gave.
    fn record_domain(
        &mut self,
        asid: u16,
        root: u64,
        sva: bool,
        tables: Option<DomainTables>,
    ) -> Result<DomainId> {
        let id = DomainId(self.next_domain);
        self.domains.try_insert(
            id.0,
            PagingDomain {
                tables,
                asid,
                root,
                sva,
                users: 0,
            },
        )?;
        self.next_domain += 1;
        Ok(id)
    }

    /// The tables of a detached domain with `asid` (free, with room to record it), recorded.
    fn detached_domain<H2: Hal>(
        &mut self,
        hal: &H2,
        asid: u16,
    ) -> Result<(DomainId, DomainTables)> {
        let tables = DomainTables::new(hal, asid)?;
        match self.record_domain(asid, tables.root(), false, None) {
            Ok(id) => Ok((id, tables)),
            Err(e) => {
                tables.destroy(hal);
                Err(e)
            }
        }
    }

    /// [`Smmu::alloc_detached_domain`] with the ASID an ID allocator of the caller chose (the
    /// Linux module's `IdPool`), instead of the runtime's own search. Refused when `asid` is 0
    /// (left unused, as Linux does) or beyond the SMMU's ASID bits (`InvalidArgument`), or when
    /// a domain has it already (`Busy`).
    pub(crate) fn alloc_detached_domain_with_asid<H2: Hal>(
        &mut self,
        hal: &H2,
        asid: u16,
    ) -> Result<(DomainId, DomainTables)> {
        if asid == 0 || u32::from(asid) >> self.features.asid_bits != 0 {
            return Err(Error::InvalidArgument {
                what: "ASID out of the SMMU's range",
            });
        }
        if self.domains.values().any(|d| d.asid == asid) {
            return Err(Error::Busy { what: "ASID" });
        }
        self.reserve_domain()?;
        self.detached_domain(hal, asid)
    }

    pub(super) fn domain(&self, id: DomainId) -> Result<&PagingDomain> {
        self.domains.get(&id.0).ok_or(NO_DOMAIN)
    }

    /// Invalidates every TLB entry of the domain.
    pub(crate) fn flush_domain(&mut self, id: DomainId) -> Result<()> {
        let asid = self.domain(id)?.asid;
        self.stats.tlbi += 1;
        flush(&self.hal, &mut self.cmdq, asid)
    }

    /// Frees a domain no device uses (the spec's `domain_free`: refused with `EBUSY` while
    /// attached): its TLB entries are invalidated, its tables freed (a detached domain's by the
    /// caller, after this succeeded).
    pub(crate) fn free_domain(&mut self, id: DomainId) -> Result<()> {
        let d = self.domain(id)?;
        let (kind, attached) = if d.sva {
            (DomainKind::Sva, d.users != 0)
        } else {
            (DomainKind::Paging, d.users != 0)
        };
        sem::check_domain_free(kind, attached).map_err(super::seam::refused)?;
        self.flush_domain(id)?;
        if let Some(t) = self.domains.remove(&id.0).and_then(|d| d.tables) {
            t.destroy(&self.hal);
        }
        Ok(())
    }
}
