//! Paging domains: a stage-1 page table with an ASID, mapped and unmapped through the runtime's
//! page-table code, with the TLB invalidations an unmap needs (by range, or by VA for small
//! ranges and by ASID for large ones; leaf-only unless tables were unhooked) completed before
//! unhooked tables are reused.

use super::error::{Error, Result};
use super::hal::Hal;
use super::pgtable::format::{Stage1, S1_MAIR};
use super::pgtable::{Granule, PageTable, Prot};
use super::smmu::Smmu;
use super::spec::cmdq::{CmdTlbiNhAsid, CmdTlbiNhVa, CmdqCommand};
use super::spec::entries::Cd;
use super::spec::enums::{
    CfgShareability, PhysAddrSize, Tg0Granule, TlbiGranule, WalkCacheability,
};
use super::spec::semantics::{self as sem, DomainKind};
use super::spec::support::FieldError;

/// Input address bits of the driver's stage-1 domains.
pub const VA_BITS: u32 = 48;
/// Unmaps of more pages than this invalidate the whole ASID instead of page by page.
pub const TLBI_PAGES_MAX: u64 = 64;

/// One TLB invalidation of an unmap's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tlbi {
    /// Every entry of the context (ASID or VMID).
    Context,
    /// The leaf entries covering one address.
    Address(u64),
    /// The leaf entries covering `(num + 1) * 2^scale` 4K granules from `address` (range
    /// invalidation, IDR3.RIL): the command's NUM and SCALE fields, TG = 4K.
    Range {
        /// The first address.
        address: u64,
        /// NUM: granules / 2^scale - 1.
        num: u8,
        /// SCALE.
        scale: u8,
    },
}

/// How an unmap's TLB invalidation is issued: one command for the whole context; with range
/// invalidation (IDR3.RIL) the range in as few range commands as its page count has groups of
/// five set bits; without, one command per `step` bytes (the smallest leaf size the TLB may
/// hold for the range, or the granule when walk caches must go too) when that takes at most
/// [`TLBI_PAGES_MAX`] commands, else the context. Range and by-VA commands are leaf-only
/// (Leaf = 1) unless [`TlbiPlan::leaf`] says otherwise.
#[derive(Debug, Clone)]
pub(super) struct TlbiPlan {
    kind: PlanKind,
    /// Only leaf entries changed: commands may set Leaf = 1 (walk caches stay).
    leaf: bool,
    /// The next address to invalidate.
    next: u64,
    /// By address: bytes between two commands. By range: 4K granules left.
    step_or_left: u64,
    /// By address: commands left.
    count: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanKind {
    Context,
    Address,
    Range,
}

/// The granule of range invalidations (the driver's tables are 4K-granule).
const RANGE_GRANULE_BITS: u32 = 12;

impl TlbiPlan {
    /// One invalidation of the whole context.
    pub(super) const fn context() -> Self {
        TlbiPlan {
            kind: PlanKind::Context,
            leaf: false,
            next: 0,
            step_or_left: 0,
            count: 1,
        }
    }

    /// The plan for `size` bytes at `iova` (granule aligned) whose leaves had the sizes in
    /// `sizes` (a set of powers of two). `walks`: tables were unhooked, so walk caches must be
    /// invalidated for every address of the range (Leaf = 0, by-VA steps of one granule: a
    /// walk-cache entry is only removed by a command for an address it translates). `range`
    /// allows range commands.
    pub(super) fn new(iova: u64, size: u64, sizes: u64, walks: bool, range: bool) -> Self {
        let leaf = !walks;
        if range {
            let start = iova & !((1 << RANGE_GRANULE_BITS) - 1);
            let pages = (iova + size - start).div_ceil(1 << RANGE_GRANULE_BITS);
            return TlbiPlan {
                kind: PlanKind::Range,
                leaf,
                next: start,
                step_or_left: pages,
                count: 0,
            };
        }
        let step = if sizes == 0 || walks {
            1 << RANGE_GRANULE_BITS
        } else {
            1u64 << sizes.trailing_zeros()
        };
        let pages = size.div_ceil(step);
        if pages > TLBI_PAGES_MAX {
            return TlbiPlan::context();
        }
        TlbiPlan {
            kind: PlanKind::Address,
            leaf,
            next: iova & !(step - 1),
            step_or_left: step,
            count: pages,
        }
    }

    /// Whether the commands may be leaf-only (Leaf = 1).
    pub(super) const fn leaf(&self) -> bool {
        self.leaf
    }
}

impl Iterator for TlbiPlan {
    type Item = Tlbi;

    fn next(&mut self) -> Option<Tlbi> {
        match self.kind {
            PlanKind::Context | PlanKind::Address if self.count == 0 => None,
            PlanKind::Context => {
                self.count = 0;
                Some(Tlbi::Context)
            }
            PlanKind::Address => {
                let a = self.next;
                self.next += self.step_or_left;
                self.count -= 1;
                Some(Tlbi::Address(a))
            }
            PlanKind::Range => {
                let left = self.step_or_left;
                if left == 0 {
                    return None;
                }
                // The lowest set bit of the page count gives SCALE; NUM takes the five bits
                // from there (at least 1, as that bit is set).
                let scale = left.trailing_zeros();
                let num = (left >> scale) & 0x1f;
                let pages = num << scale;
                let address = self.next;
                self.step_or_left -= pages;
                self.next += pages << RANGE_GRANULE_BITS;
                Some(Tlbi::Range {
                    address,
                    num: (num - 1) as u8,
                    scale: scale as u8,
                })
            }
        }
    }
}

/// The error for a domain handle the runtime does not know.
const NO_DOMAIN: Error = Error::InvalidArgument {
    what: "no such domain",
};

/// A handle to a paging domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DomainId(pub u32);

/// A stage-1 paging domain.
pub struct PagingDomain {
    pub(super) pt: PageTable<Stage1>,
    pub(super) asid: u16,
    /// A process address space (SVA): its ASID is shared with the CPU.
    pub(super) sva: bool,
    /// Devices (StreamID, SubstreamID) it is attached to.
    pub(super) users: u32,
}

impl PagingDomain {
    /// The CD that makes SubstreamIDs translate through this domain.
    pub(super) fn cd(&self, oas_bits: u32) -> core::result::Result<Cd, FieldError> {
        stage1_cd(self.asid, self.pt.root(), oas_bits, self.sva)
    }
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
) -> core::result::Result<Cd, FieldError> {
    let ips = addr_size(oas_bits);
    Ok(Cd::new()
        .with_t0sz((64 - VA_BITS) as u8)?
        .with_tg0(Tg0Granule::Granule4K)
        .with_ir0(WalkCacheability::WriteBackRaWa)
        .with_or0(WalkCacheability::WriteBackRaWa)
        .with_sh0(CfgShareability::InnerShareable)
        .with_epd1(true)
        .with_v(true)
        .with_ips(ips)
        .with_aa64(true)
        .with_r(true)
        .with_a(true)
        .with_aset(!sva)
        .with_ha(sva)
        .with_hd(sva)
        .with_asid(asid)
        .with_ttb0(ttb0)?
        .with_mair0(S1_MAIR as u32))
}

impl<H: Hal> Smmu<H> {
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

    fn new_domain(&mut self, sva: bool) -> Result<DomainId> {
        let asid = self.alloc_asid()?;
        // Everything that can fail before the page table exists, so a failure leaks nothing.
        let next = self
            .next_domain
            .checked_add(1)
            .ok_or(Error::Exhausted { what: "domain ids" })?;
        self.domains.try_reserve(1)?;
        let pt = PageTable::<Stage1>::new(&self.hal, Granule::Size4K, VA_BITS)?;
        let id = DomainId(self.next_domain);
        self.next_domain = next;
        self.domains.try_insert(
            id.0,
            PagingDomain {
                pt,
                asid,
                sva,
                users: 0,
            },
        )?;
        Ok(id)
    }

    /// Allocates a stage-1 paging domain with its own ASID.
    pub fn alloc_paging_domain(&mut self) -> Result<DomainId> {
        self.new_domain(false)
    }

    /// Allocates an SVA-style domain: a process address space, attachable to PASIDs only.
    pub fn alloc_sva_domain(&mut self) -> Result<DomainId> {
        self.new_domain(true)
    }

    pub(super) fn domain(&self, id: DomainId) -> Result<&PagingDomain> {
        self.domains.get(&id.0).ok_or(NO_DOMAIN)
    }

    /// The domain, mutably, with the HAL its page table is written through.
    fn domain_mut(&mut self, id: DomainId) -> Result<(&H, &mut PagingDomain)> {
        let d = self.domains.get_mut(&id.0).ok_or(NO_DOMAIN)?;
        Ok((&self.hal, d))
    }

    /// The domain's ASID.
    pub fn asid(&self, id: DomainId) -> Result<u16> {
        Ok(self.domain(id)?.asid)
    }

    /// Maps `size` bytes at `iova` to `pa`; blocks are used where alignment allows.
    pub fn map(&mut self, id: DomainId, iova: u64, pa: u64, size: u64, prot: Prot) -> Result<()> {
        let (hal, d) = self.domain_mut(id)?;
        d.pt.map(hal, iova, pa, size, prot)
    }

    /// Unmaps `size` bytes at `iova` and invalidates the TLB for them; returns the bytes
    /// unmapped. Tables the range covered whole are freed after the invalidation (which then
    /// includes walk caches) completed.
    pub fn unmap(&mut self, id: DomainId, iova: u64, size: u64) -> Result<u64> {
        let (hal, d) = self.domain_mut(id)?;
        let asid = d.asid;
        let gone = d.pt.unmap(hal, iova, size)?;
        if gone.is_empty() {
            return Ok(0);
        }
        let r = self.invalidate_range(asid, iova, size, gone.tlb_sizes(), gone.tables_removed());
        let bytes = gone.bytes;
        // Freed tables are only reused once no walk can reach them.
        if r.is_ok() && gone.tables.capacity() != 0 {
            let (hal, d) = self.domain_mut(id)?;
            d.pt.release(hal, gone);
        }
        r.map(|()| bytes)
    }

    /// Unmaps `size` bytes at `iova` leaving the TLB to a later [`Smmu::flush_domain`] (lazy
    /// invalidation: the caller must flush before the IOVAs are reused). Tables the range
    /// covered whole are freed only after an invalidation, so when there are any the ASID is
    /// invalidated now. Returns the bytes unmapped.
    pub fn unmap_deferred(&mut self, id: DomainId, iova: u64, size: u64) -> Result<u64> {
        let (hal, d) = self.domain_mut(id)?;
        let asid = d.asid;
        let gone = d.pt.unmap(hal, iova, size)?;
        let bytes = gone.bytes;
        if gone.tables_removed() {
            self.stats.tlbi += 1;
            self.cmdq.submit(
                &self.hal,
                &[CmdqCommand::TlbiNhAsid(
                    CmdTlbiNhAsid::new().with_asid(asid),
                )],
            )?;
        }
        if gone.tables.capacity() != 0 {
            let (hal, d) = self.domain_mut(id)?;
            d.pt.release(hal, gone);
        }
        Ok(bytes)
    }

    /// Invalidates TLB entries of `asid` for a range as [`TlbiPlan`] says: by range (IDR3.RIL)
    /// or by VA, or the whole ASID; walk caches too when `tables` were unhooked.
    fn invalidate_range(
        &mut self,
        asid: u16,
        iova: u64,
        size: u64,
        sizes: u64,
        tables: bool,
    ) -> Result<()> {
        #[cfg(feature = "planted")]
        if self.config.mutation == super::planted::Mutation::SkipUnmapInvalidation {
            return Ok(());
        }
        let plan = TlbiPlan::new(iova, size, sizes, tables, self.features.range_inv);
        self.stats.tlbi += plan.clone().count() as u64;
        let leaf = plan.leaf();
        let va = || CmdTlbiNhVa::new().with_asid(asid).with_leaf(leaf);
        let cmds = plan.map(|t| {
            Ok(match t {
                Tlbi::Context => CmdqCommand::TlbiNhAsid(CmdTlbiNhAsid::new().with_asid(asid)),
                Tlbi::Address(a) => CmdqCommand::TlbiNhVa(va().with_address(a)?),
                Tlbi::Range {
                    address,
                    num,
                    scale,
                } => CmdqCommand::TlbiNhVa(
                    va().with_address(address)?
                        .with_tg(TlbiGranule::Granule4K)
                        .with_num(num)?
                        .with_scale(scale)?,
                ),
            })
        });
        self.cmdq.submit_all(&self.hal, cmds)
    }

    /// Invalidates every TLB entry of the domain.
    pub fn flush_domain(&mut self, id: DomainId) -> Result<()> {
        let asid = self.domain(id)?.asid;
        self.stats.tlbi += 1;
        self.cmdq.submit(
            &self.hal,
            &[CmdqCommand::TlbiNhAsid(
                CmdTlbiNhAsid::new().with_asid(asid),
            )],
        )
    }

    /// The physical address `iova` translates to in the domain.
    pub fn iova_to_phys(&self, id: DomainId, iova: u64) -> Result<Option<u64>> {
        Ok(self.domain(id)?.pt.iova_to_phys(&self.hal, iova))
    }

    /// Frees a domain no device uses (the spec's `domain_free`: refused with `EBUSY` while
    /// attached): its TLB entries are invalidated, its tables freed.
    pub fn free_domain(&mut self, id: DomainId) -> Result<()> {
        let d = self.domain(id)?;
        let (kind, attached) = if d.sva {
            (DomainKind::Sva, d.users != 0)
        } else {
            (DomainKind::Paging, d.users != 0)
        };
        #[cfg(feature = "planted")]
        let attached = attached && !self.planted_free_ignores_users();
        sem::check_domain_free(kind, attached).map_err(Error::Refused)?;
        #[cfg(feature = "planted")]
        if self.planted_free_skips_tlbi() {
            return self.planted_free_without_tlbi(id);
        }
        self.flush_domain(id)?;
        if let Some(d) = self.domains.remove(&id.0) {
            d.pt.destroy(&self.hal);
        }
        Ok(())
    }
}

/// Page protections for a DMA buffer: read/write, normal cacheable memory.
pub const RW: Prot = Prot::READ.union(Prot::WRITE).union(Prot::CACHE);

#[cfg(test)]
mod tests;
