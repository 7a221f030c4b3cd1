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

use super::super::error::{Error, Result};
use super::super::hal::{Clock, Hal};
use super::super::invalidate::{self, Plan, Reach, Scope, UnmapTables, UnmapUnlocked, Unmapping};
use super::super::pgtable::{Granule, PageTable, Prot, TableStats, Unmapped};
use super::super::shared::Guarded;
use super::cmdq::{self, CommandQueue};
use super::smmu::Smmu;
use super::spec::cmdq::{CMDQ_Command, CMD_TLBI_NH_ASID, CMD_TLBI_NH_VA};
use super::spec::entries::CD;
use super::spec::enums::{
    CfgShareability, PhysAddrSize, Tg0Granule, TlbiGranule, WalkCacheability,
};
use super::spec::semantics::{self as sem, DomainKind};
use super::spec::support::FieldError;
use super::vmsa::{Stage1, S1_MAIR};

/// Input address bits of the driver's stage-1 domains.
pub const VA_BITS: u32 = 48;
/// Unmaps of more pages than this invalidate the whole ASID instead of page by page.
pub const TLBI_PAGES_MAX: u64 = 64;

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

/// The error for a domain handle the runtime does not know.
const NO_DOMAIN: Error = Error::InvalidArgument {
    what: "no such domain",
};

/// The error for a domain whose tables the caller holds, asked of the [`Smmu`].
const DETACHED: Error = Error::InvalidArgument {
    what: "the domain's tables are held by the caller",
};

pub use super::super::attach::DomainId;

/// A stage-1 paging domain, as the SMMU's state records it.
pub struct PagingDomain {
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

impl PagingDomain {
    /// The CD that makes SubstreamIDs translate through this domain.
    pub(super) fn cd(&self, oas_bits: u32) -> core::result::Result<CD, FieldError> {
        stage1_cd(self.asid, self.root, oas_bits, self.sva)
    }
}

/// A paging domain's translation tables and ASID: what map, unmap and their TLB invalidation
/// need, apart from the SMMU's state. Its memory comes from, and goes back through, one HAL: the
/// one it was made with.
pub struct DomainTables {
    pub(super) pt: PageTable<Stage1>,
    asid: u16,
}

/// How [`unmap`] invalidates the TLB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalidation {
    /// The SMMU has range invalidation (IDR3.RIL).
    pub range: bool,
    /// Leave the leaves to a later [`flush`] (lazy invalidation): only tables the unmap freed
    /// are invalidated now (the whole ASID).
    pub deferred: bool,
    /// A mutant of the semantics skips the invalidation (tests only).
    #[cfg(feature = "planted")]
    pub(super) skip: bool,
}

impl Invalidation {
    /// The invalidation of an SMMU with range invalidation or not, strict or `deferred`.
    pub const fn new(range: bool, deferred: bool) -> Self {
        Invalidation {
            range,
            deferred,
            #[cfg(feature = "planted")]
            skip: false,
        }
    }
}

impl DomainTables {
    /// Empty tables for a domain with `asid`, allocated through `hal`.
    pub fn new<H: Hal>(hal: &H, asid: u16) -> Result<Self> {
        let pt = PageTable::<Stage1>::new(hal, Granule::Size4K, VA_BITS)?;
        Ok(DomainTables { pt, asid })
    }

    /// The domain's ASID.
    pub fn asid(&self) -> u16 {
        self.asid
    }

    /// The root table's address.
    pub fn root(&self) -> u64 {
        self.pt.root()
    }

    /// Maps `size` bytes at `iova` to `pa`; blocks are used where alignment allows. No TLB
    /// invalidation is needed (nothing valid was replaced).
    pub fn map<H: Hal>(
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
    pub fn iova_to_phys<H: Hal>(&self, hal: &H, iova: u64) -> Option<u64> {
        self.pt.iova_to_phys(hal, iova)
    }

    /// The map and unmap calls so far, and their bytes.
    pub fn stats(&self) -> TableStats {
        self.pt.stats()
    }

    /// Frees every table. Only once no CD points at the root and the ASID was invalidated
    /// ([`Smmu::free_domain`]).
    pub fn destroy<H: Hal>(self, hal: &H) {
        self.pt.destroy(hal);
    }
}

/// Unmaps `size` bytes at `iova` from the tables `tables` guards and invalidates the TLB for them
/// through `queue`, by the core's [`unmap`](invalidate::unmap): strict, the leaves by range, VA
/// or ASID (the core's [`Plan`]); deferred, only the ASID and only when tables were unhooked.
/// Tables the range covered whole are freed after the invalidation (which then includes walk
/// caches) completed. The tables are locked to unmap and again to free, not while the commands
/// are written or waited for. [`Unmapping::commands`] counts TLBI commands.
pub fn unmap<C, D, Q>(
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

/// Invalidates every TLB entry of `asid` through `queue` and waits for it.
pub fn flush<C: Clock, Q: Guarded<C, CommandQueue>>(
    clock: &C,
    queue: &mut Q,
    asid: u16,
) -> Result<()> {
    let cmd = CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(asid));
    cmdq::submit(clock, queue, [Ok(cmd)])
}

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
    #[cfg(feature = "planted")]
    if how.skip {
        return Ok(0);
    }
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

/// The encoding of the smallest address size of at least `bits` bits (CD.IPS, STE.S2PS).
pub fn addr_size(bits: u32) -> PhysAddrSize {
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

/// The CD of a stage-1 address space: `VA_BITS` of input address through the 4K-granule table
/// at `ttb0`, tagged `asid`, walks write-back cacheable and inner shareable, TTB1 disabled.
/// An SVA address space shares its ASID with the CPU (ASET = 0) and lets the SMMU update the
/// access and dirty flags; a DMA domain's ASID is private to the SMMU.
pub fn stage1_cd(
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

impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    fn alloc_asid(&self) -> Result<u16> {
        #[cfg(feature = "planted")]
        if let Some(a) = self.planted_asid() {
            return Ok(a);
        }
        let max: u32 = 1 << self.features.asid_bits;
        // ASID 0 is left unused, as Linux does.
        (1..max)
            .map(|a| a as u16)
            .find(|a| !self.domains.values().any(|d| d.asid == *a))
            .ok_or(Error::Exhausted { what: "ASIDs" })
    }

    /// A new domain's ASID, with room to record it: everything that can fail before its
    /// tables exist, so a failure leaks nothing.
    fn prepare_domain(&mut self) -> Result<u16> {
        let asid = self.alloc_asid()?;
        self.reserve_domain()?;
        Ok(asid)
    }

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

    fn new_domain(&mut self, sva: bool) -> Result<DomainId> {
        let asid = self.prepare_domain()?;
        let tables = DomainTables::new(&self.hal, asid)?;
        self.record_domain(asid, tables.root(), sva, Some(tables))
    }

    /// Allocates a stage-1 paging domain with its own ASID.
    pub fn alloc_paging_domain(&mut self) -> Result<DomainId> {
        self.new_domain(false)
    }

    /// Allocates an SVA-style domain: a process address space, attachable to PASIDs only.
    pub fn alloc_sva_domain(&mut self) -> Result<DomainId> {
        self.new_domain(true)
    }

    /// Allocates a stage-1 paging domain whose tables the caller keeps (made through `hal`, the
    /// HAL the caller maps, unmaps and frees them with): [`DomainTables::map`], [`unmap`] and
    /// [`flush`] serve it without the SMMU's state; attaching and freeing it go through the
    /// SMMU as for any domain, and once [`Smmu::free_domain`] succeeded the caller destroys the
    /// tables ([`DomainTables::destroy`]).
    pub fn alloc_detached_domain<H2: Hal>(&mut self, hal: &H2) -> Result<(DomainId, DomainTables)> {
        let asid = self.prepare_domain()?;
        self.detached_domain(hal, asid)
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
    pub fn alloc_detached_domain_with_asid<H2: Hal>(
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

    /// The domain's ASID.
    pub fn asid(&self, id: DomainId) -> Result<u16> {
        Ok(self.domain(id)?.asid)
    }

    /// How unmaps invalidate on this SMMU.
    fn invalidation(&self, deferred: bool) -> Invalidation {
        #[allow(unused_mut)] // changed below only by a test-only feature
        let mut how = Invalidation::new(self.features.range_inv, deferred);
        #[cfg(feature = "planted")]
        {
            how.skip = self.config.mutation == super::planted::Mutation::SkipUnmapInvalidation;
        }
        how
    }

    /// Maps `size` bytes at `iova` to `pa`; blocks are used where alignment allows.
    pub fn map(&mut self, id: DomainId, iova: u64, pa: u64, size: u64, prot: Prot) -> Result<()> {
        let d = self.domains.get_mut(&id.0).ok_or(NO_DOMAIN)?;
        let t = d.tables.as_mut().ok_or(DETACHED)?;
        t.map(&self.hal, iova, pa, size, prot)
    }

    /// [`unmap`] of a domain whose tables the SMMU keeps.
    fn unmap_held(&mut self, id: DomainId, iova: u64, size: u64, deferred: bool) -> Result<u64> {
        let how = self.invalidation(deferred);
        let Smmu {
            hal,
            cmdq,
            domains,
            stats,
            ..
        } = self;
        let d = domains.get_mut(&id.0).ok_or(NO_DOMAIN)?;
        let t = d.tables.as_mut().ok_or(DETACHED)?;
        let done = unmap(hal, t, cmdq, iova, size, how)?;
        stats.tlbi += done.commands;
        Ok(done.bytes)
    }

    /// Unmaps `size` bytes at `iova` and invalidates the TLB for them; returns the bytes
    /// unmapped. Tables the range covered whole are freed after the invalidation (which then
    /// includes walk caches) completed.
    pub fn unmap(&mut self, id: DomainId, iova: u64, size: u64) -> Result<u64> {
        self.unmap_held(id, iova, size, false)
    }

    /// Unmaps `size` bytes at `iova` leaving the TLB to a later [`Smmu::flush_domain`] (lazy
    /// invalidation: the caller must flush before the IOVAs are reused). Tables the range
    /// covered whole are freed only after an invalidation, so when there are any the ASID is
    /// invalidated now. Returns the bytes unmapped.
    pub fn unmap_deferred(&mut self, id: DomainId, iova: u64, size: u64) -> Result<u64> {
        self.unmap_held(id, iova, size, true)
    }

    /// Invalidates every TLB entry of the domain.
    pub fn flush_domain(&mut self, id: DomainId) -> Result<()> {
        let asid = self.domain(id)?.asid;
        self.stats.tlbi += 1;
        flush(&self.hal, &mut self.cmdq, asid)
    }

    /// The physical address `iova` translates to in the domain.
    pub fn iova_to_phys(&self, id: DomainId, iova: u64) -> Result<Option<u64>> {
        let t = self.domain(id)?.tables.as_ref().ok_or(DETACHED)?;
        Ok(t.iova_to_phys(&self.hal, iova))
    }

    /// Frees a domain no device uses (the spec's `domain_free`: refused with `EBUSY` while
    /// attached): its TLB entries are invalidated, its tables freed (a detached domain's by the
    /// caller, after this succeeded).
    pub fn free_domain(&mut self, id: DomainId) -> Result<()> {
        let d = self.domain(id)?;
        let (kind, attached) = if d.sva {
            (DomainKind::Sva, d.users != 0)
        } else {
            (DomainKind::Paging, d.users != 0)
        };
        #[cfg(feature = "planted")]
        let attached = attached && !self.planted_free_ignores_users();
        sem::check_domain_free(kind, attached).map_err(super::seam::refused)?;
        #[cfg(feature = "planted")]
        if self.planted_free_skips_tlbi() {
            return self.planted_free_without_tlbi(id);
        }
        self.flush_domain(id)?;
        if let Some(t) = self.domains.remove(&id.0).and_then(|d| d.tables) {
            t.destroy(&self.hal);
        }
        Ok(())
    }
}

/// Page protections for a DMA buffer: read/write, normal cacheable memory.
pub const RW: Prot = Prot::READ.union(Prot::WRITE).union(Prot::CACHE);
