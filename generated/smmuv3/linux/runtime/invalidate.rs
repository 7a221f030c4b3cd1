// SPDX-License-Identifier: MIT OR Apache-2.0

//! Invalidation planning, decided once for every architecture: after an unmap, which cached
//! translations must go and how many commands that takes. The architecture says what its
//! commands can reach ([`Reach`]) and encodes each step of the plan ([`Scope`]) as its own
//! command (SMMUv3: TLBI_NH_VA, TLBI_S2_IPA, TLBI_NH_ASID, TLBI_S12_VMALL; RISC-V:
//! IOTINVAL.VMA/GVMA with or without AV).
//!
//! The rules: a page table change that only removed leaves needs leaf-only invalidations
//! (walk caches stay); one that unhooked tables needs the walk caches of every address of the
//! range too, which commands by address reach only where the architecture's do (SMMUv3's
//! Leaf = 0; RISC-V's IOTINVAL with AV = 1 reaches leaves alone, as SFENCE.VMA), else the
//! whole context goes. With range commands (SMMUv3 IDR3.RIL) a range takes as few commands as
//! its granule count has groups of five set bits. By address, one command per smallest leaf
//! size the range held (a block is dropped by any address inside it), while that is at most
//! [`Reach::max_by_address`] commands; beyond, the whole context (ASID, VMID, PSCID, GSCID).
//!
//! [`unmap`] strings an unmap and its invalidation together for every architecture: the
//! tables locked to unmap, the commands written and waited for with no table lock held, the
//! detached tables freed after.

#[cfg(not(iommugen_test))]
use super::error::Result;
#[cfg(not(iommugen_test))]
use super::hal::{Clock, Hal};
#[cfg(not(iommugen_test))]
use super::pgtable::Unmapped;
#[cfg(not(iommugen_test))]
use super::shared::Guarded;

#[cfg(not(iommugen_test))]
/// What [`unmap`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Unmapping {
    /// Bytes unmapped.
    pub(crate) bytes: u64,
    /// Invalidation commands issued (SMMUv3's TLBIs, RISC-V's IOTINVALs).
    pub(crate) commands: u64,
}

#[cfg(not(iommugen_test))]
/// A domain's tables as [`unmap`] sees them: an architecture's page tables with the identifier
/// its invalidations name (SMMUv3: the ASID; RISC-V: the PSCID or GSCID).
pub(crate) trait UnmapTables {
    /// The identifier the invalidation commands carry.
    type Tag: Copy;
    /// [`PageTable::unmap_into`](super::pgtable::PageTable::unmap_into) on the domain's tables.
    fn unmap_into<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Result<()>;
    /// [`PageTable::release`](super::pgtable::PageTable::release) of what an unmap detached.
    fn release<H: Hal>(&mut self, hal: &H, gone: Unmapped);
    /// The identifier of the domain.
    fn tag(&self) -> Self::Tag;
}

#[cfg(not(iommugen_test))]
/// A guard of [`UnmapTables`] that may unmap some ranges with no lock (the Linux module's,
/// through the tables' [`ViewedTables::View`](super::shared::ViewedTables::View)). Every
/// owner of its tables is one that never does ([`UnmapUnlocked::unmap_unlocked`]'s default).
pub(crate) trait UnmapUnlocked<T: UnmapTables> {
    /// Unmaps `[iova, iova + size)` into `out` (empty) with no lock if the guard can: `Some`
    /// with the tables' tag, or the error; `None`, with nothing done, to take the lock.
    #[inline(always)]
    fn unmap_unlocked(
        &mut self,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<T::Tag>> {
        let _ = (iova, size, out);
        None
    }
}

#[cfg(not(iommugen_test))]
/// The tables held by their one owner: no lock to leave out.
impl<T: UnmapTables> UnmapUnlocked<T> for T {}

#[cfg(not(iommugen_test))]
/// Unmaps `[iova, iova + size)` from the tables `tables` guards, then has `invalidate` write
/// the invalidations the unmap needs and wait for them (it gets the domain's tag and what the
/// unmap removed, and returns how many commands it issued), then frees the tables the unmap
/// detached, only once the invalidation completed: until then a walk may still reach them.
/// The tables are locked to unmap and again to free, never while `invalidate` runs, so its
/// waits hold no table lock; a range the guard unmaps with no lock
/// ([`UnmapUnlocked::unmap_unlocked`]) takes no table lock at all (it only clears pages:
/// nothing to free). An unmap that removed nothing invalidates nothing.
pub(crate) fn unmap<C, T, D>(
    clock: &C,
    tables: &mut D,
    iova: u64,
    size: u64,
    invalidate: impl FnOnce(T::Tag, &Unmapped) -> Result<u64>,
) -> Result<Unmapping>
where
    C: Clock,
    T: UnmapTables,
    D: Guarded<C, T> + UnmapUnlocked<T>,
{
    // Filled in place, under the lock or not, not moved out of it.
    let mut gone = Unmapped::default();
    let tag = match tables.unmap_unlocked(iova, size, &mut gone) {
        Some(tag) => tag,
        None => tables.with(clock, |h, t: &mut T| {
            t.unmap_into(h, iova, size, &mut gone).map(|()| t.tag())
        }),
    }?;
    if gone.is_empty() {
        return Ok(Unmapping::default());
    }
    let bytes = gone.bytes;
    let r = invalidate(tag, &gone);
    if r.is_ok() && gone.tables.capacity() != 0 {
        tables.with(clock, |h, t: &mut T| t.release(h, gone));
    }
    r.map(|commands| Unmapping { bytes, commands })
}

#[cfg(not(iommugen_test))]
/// What an architecture's invalidation commands reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reach {
    /// log2 of the translation granule (the smallest page).
    pub(crate) granule_bits: u32,
    /// Range commands: `(num + 1) * 2^scale` granules from an address.
    pub(crate) range: bool,
    /// Whether a command by address (or range) can also drop the walk-cache entries of that
    /// address.
    pub(crate) walks_by_address: bool,
    /// Most commands by address before the whole context is invalidated instead.
    pub(crate) max_by_address: u64,
}

#[cfg(not(iommugen_test))]
/// One step of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Every entry of the context (ASID, VMID, PSCID or GSCID).
    Context,
    /// The entries covering one address.
    Address(u64),
    /// The entries covering `(num + 1) * 2^scale` granules from `address` (the command's NUM
    /// and SCALE fields).
    Range {
        /// The first address.
        address: u64,
        /// NUM: granules / 2^scale - 1.
        num: u8,
        /// SCALE.
        scale: u8,
    },
}

#[cfg(not(iommugen_test))]
/// An unmap's invalidation plan: an iterator over its [`Scope`]s, and whether the commands may
/// be leaf-only ([`Plan::leaf`]).
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    kind: Kind,
    /// Tables were unhooked: the walk caches must go too, so commands are not leaf-only
    /// (false: only leaf entries changed, walk caches stay).
    walk_caches: bool,
    /// log2 of the granule of range steps.
    granule_bits: u32,
    /// The next address to invalidate.
    next: u64,
    /// By address: bytes between two commands. By range: granules left.
    step_or_left: u64,
    /// By address or context: commands left.
    count: u64,
}

#[cfg(not(iommugen_test))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Context,
    Address,
    Range,
}

#[cfg(not(iommugen_test))]
impl Plan {
    /// One invalidation of the whole context.
    pub(crate) const fn context() -> Self {
        Plan {
            kind: Kind::Context,
            walk_caches: true,
            granule_bits: 0,
            next: 0,
            step_or_left: 0,
            count: 1,
        }
    }

    /// The plan for `size` bytes at `iova` (granule aligned) whose leaves had the sizes in
    /// `sizes` (a set of powers of two, as the page-table engine's `Unmapped::tlb_sizes` gives
    /// them). `walks`: tables were unhooked, so walk caches must go for every address of the
    /// range (by address: steps of one granule, as a walk-cache entry is only dropped by a
    /// command for an address it translates).
    pub(crate) fn new(iova: u64, size: u64, sizes: u64, walks: bool, reach: Reach) -> Self {
        if walks && !reach.walks_by_address {
            return Plan::context();
        }
        let granule = 1u64 << reach.granule_bits;
        if reach.range {
            let start = iova & !(granule - 1);
            let granules = (iova + size - start).div_ceil(granule);
            return Plan {
                kind: Kind::Range,
                walk_caches: walks,
                granule_bits: reach.granule_bits,
                next: start,
                step_or_left: granules,
                count: 0,
            };
        }
        let step = if sizes == 0 || walks {
            granule
        } else {
            1u64 << sizes.trailing_zeros()
        };
        let n = size.div_ceil(step);
        if n > reach.max_by_address {
            return Plan::context();
        }
        Plan {
            kind: Kind::Address,
            walk_caches: walks,
            granule_bits: reach.granule_bits,
            next: iova & !(step - 1),
            step_or_left: step,
            count: n,
        }
    }

    /// Whether the commands may be leaf-only (SMMUv3 Leaf = 1).
    pub(crate) const fn leaf(&self) -> bool {
        !self.walk_caches
    }
}

#[cfg(not(iommugen_test))]
impl Iterator for Plan {
    type Item = Scope;

    fn next(&mut self) -> Option<Scope> {
        match self.kind {
            Kind::Context | Kind::Address if self.count == 0 => None,
            Kind::Context => {
                self.count = 0;
                Some(Scope::Context)
            }
            Kind::Address => {
                let a = self.next;
                self.next += self.step_or_left;
                self.count -= 1;
                Some(Scope::Address(a))
            }
            Kind::Range => {
                let left = self.step_or_left;
                if left == 0 {
                    return None;
                }
                // The lowest set bit of the granule count gives SCALE; NUM takes the five bits
                // from there (at least 1, as that bit is set).
                let scale = left.trailing_zeros();
                let num = (left >> scale) & 0x1f;
                let granules = num << scale;
                let address = self.next;
                self.step_or_left -= granules;
                self.next += granules << self.granule_bits;
                Some(Scope::Range {
                    address,
                    num: (num - 1) as u8,
                    scale: scale as u8,
                })
            }
        }
    }
}
