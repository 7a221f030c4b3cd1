// SPDX-License-Identifier: MIT OR Apache-2.0

//! [`LeafView`]: the final-level tables a [`PageTable`] keeps at hand
//! (`PageTable::leaf_tables`), published for every CPU, so that a run of pages inside one
//! of them is mapped, unmapped or looked up with no lock, as Linux's io-pgtable maps and unmaps
//! every range. The owner of the tables takes its lock for everything else and, before letting
//! go of it, publishes the tables it keeps ([`PageTable::publish`]).
//!
//! Why no lock is needed there: under the DMA API's contract a caller maps, unmaps and looks
//! up only addresses it was given and not yet handed back, so no two CPUs write one entry at
//! once (several write the entries of one table at once, each its own), and a final-level
//! table only leaves its place when an unmap covers its whole span (or the tables are
//! destroyed), which no call on a page inside it can overlap. What changes a table descriptor
//! (a new table, a block, a split, an unhook) is left to the lock: a range the view does not
//! hold, one that covers a whole table, a page already mapped or a descriptor of no known
//! kind make it answer "not here" with nothing done, and the caller takes the lock, which
//! reports them as the general walk does.
//!
//! Each place holds a table's region (its input address over its span) and its buffer's
//! [`SharedDma`] handle, packed in one atomic word, so a reader sees both of one table. The
//! owner stores it with release order after the table was zeroed and hooked, and readers load
//! it with acquire order, so a reader's stores come after the zeroes. A handle never comes to
//! name freed memory ([`SharedDma`]): a caller breaking the contract (a map racing an unmap of
//! the same range) can corrupt translations, as in C, never other memory. The IOMMU sees these
//! writes as it sees the locked path's leaf writes (see the module documentation of
//! [`pgtable`](super)).
//!
//! Calls and bytes are counted in relaxed atomics; the owner adds them to the tables' own
//! counts ([`LeafView::stats`]).

#[cfg(not(iommugen_test))]
use core::marker::PhantomData;
#[cfg(not(iommugen_test))]
use core::ops::ControlFlow;
#[cfg(not(iommugen_test))]
use core::sync::atomic::{AtomicU64, Ordering::Acquire, Ordering::Relaxed, Ordering::Release};

#[cfg(not(iommugen_test))]
use super::super::error::Result;
#[cfg(not(iommugen_test))]
use super::super::hal::SharedDma;
#[cfg(not(iommugen_test))]
use super::super::store::TryVec;
#[cfg(not(iommugen_test))]
use super::shadow::{inside_part, LeafTable, LEAF_TABLES};
#[cfg(not(iommugen_test))]
use super::table::CORRUPT_DESC;
#[cfg(not(iommugen_test))]
use super::walk::{clear_page, PageRun};
use super::{Format, PageTable};
#[cfg(not(iommugen_test))]
use super::{Prot, TableStats, Unmapped};

#[cfg(not(iommugen_test))]
/// A place that holds no table: its handle half is no handle ([`pack`] refuses `u32::MAX`).
const EMPTY: u64 = u64::MAX;

#[cfg(not(iommugen_test))]
/// A table's region and handle in one word; [`EMPTY`] if either does not fit in 32 bits (such
/// a table is left to the lock).
fn pack(region: u64, handle: usize) -> u64 {
    match (u32::try_from(region), u32::try_from(handle)) {
        (Ok(r), Ok(h)) if h != u32::MAX => (u64::from(r) << 32) | u64::from(h),
        _ => EMPTY,
    }
}

#[cfg(not(iommugen_test))]
/// The final-level tables of a [`PageTable`], reachable with no lock; see the module
/// documentation. Made by [`PageTable::leaf_view`], kept current by [`PageTable::publish`].
#[derive(Debug)]
#[repr(C)]
pub(crate) struct LeafView<F: Format> {
    /// The packed region and handle of the table at each place of
    /// `PageTable::leaf_tables` ([`LEAF_TABLES`] of them, on the heap).
    places: TryVec<AtomicU64>,
    /// The tables' geometry, as the [`PageTable`]'s.
    granule: u64,
    leaf_shift: u32,
    leaf_index_lsb: u32,
    leaf_index_mask: u64,
    counts: Counts,
    /// `fn() -> F`: the view holds no `F`, so it is `Sync` whatever the format.
    _format: PhantomData<fn() -> F>,
}

#[cfg(not(iommugen_test))]
/// The calls a [`LeafView`] served, on a cache line of their own: every call writes them, and
/// the places and the geometry, which every call reads, stay where the writes do not reach.
#[derive(Debug, Default)]
#[repr(align(64))]
struct Counts {
    maps: AtomicU64,
    mapped: AtomicU64,
    unmaps: AtomicU64,
    unmapped: AtomicU64,
}

impl<F: Format> PageTable<F> {
    #[cfg(not(iommugen_test))]
    /// The view of the final-level tables this table keeps at hand, published as they are
    /// now: a table has one, kept current by [`PageTable::publish`]. Fails if its places cannot
    /// be allocated.
    pub(crate) fn leaf_view(&self) -> Result<LeafView<F>> {
        let mut places = TryVec::try_with_capacity(LEAF_TABLES)?;
        for t in self.leaf_tables.iter() {
            places.try_push(AtomicU64::new(self.packed(t)))?;
        }
        Ok(LeafView {
            places,
            granule: self.granule,
            leaf_shift: self.leaf_shift,
            leaf_index_lsb: self.leaf_index_lsb,
            leaf_index_mask: self.leaf_index_mask,
            counts: Counts::default(),
            _format: PhantomData,
        })
    }

    #[cfg(not(iommugen_test))]
    /// Publishes the final-level tables kept at hand to `view`, the one this table's
    /// [`PageTable::leaf_view`] made: call it under the lock that guards the tables, after
    /// every call that may have changed them (a walk that reached another table, an unmap that
    /// unhooked one), before letting go of the lock. Only the places changed since the last
    /// publication are looked at (the table keeps a bit for each place that changed).
    #[inline(always)]
    pub(crate) fn publish(&mut self, view: &LeafView<F>) {
        if self.leaf_changed.iter().any(|&w| w != 0) {
            self.publish_changed(view);
        }
    }

    #[cfg(not(iommugen_test))]
    #[inline(never)]
    fn publish_changed(&mut self, view: &LeafView<F>) {
        let mut changed = core::mem::take(&mut self.leaf_changed);
        for (w, bits) in changed.iter_mut().enumerate() {
            while *bits != 0 {
                let place = w * 64 + bits.trailing_zeros() as usize;
                *bits &= *bits - 1;
                let packed = self
                    .leaf_tables
                    .get(place)
                    .map_or(EMPTY, |t| self.packed(t));
                if let Some(p) = view.places.get(place) {
                    if p.load(Relaxed) != packed {
                        p.store(packed, Release);
                    }
                }
            }
        }
    }

    #[cfg(not(iommugen_test))]
    /// Table `t`'s region and buffer handle, packed for a place of the view.
    fn packed(&self, t: &LeafTable) -> u64 {
        match self.nodes.get(t.slot as usize).and_then(Option::as_ref) {
            Some(node) => pack(t.region, node.buf.handle),
            None => EMPTY,
        }
    }
}

#[cfg(not(iommugen_test))]
impl<F: Format> LeafView<F> {
    /// The published table's handle, and the index and number of the entries of
    /// `[iova, iova + size)`, when that range is a run of pages inside one published table,
    /// short of its whole span.
    #[inline(always)]
    fn run(&self, iova: u64, size: u64) -> Option<(usize, usize, usize)> {
        let granule = self.granule;
        if size == 0 || (iova | size) & (granule - 1) != 0 {
            return None;
        }
        let end = iova.checked_add(size)?;
        let region = iova >> self.leaf_shift;
        if !inside_part(self.leaf_shift, region, iova, end) {
            return None;
        }
        let packed = self
            .places
            .get(region as usize % LEAF_TABLES)?
            .load(Acquire);
        let handle = packed as u32;
        if packed >> 32 != region || handle == u32::MAX {
            return None;
        }
        let at = (iova >> self.leaf_index_lsb) & self.leaf_index_mask;
        let count = size >> granule.trailing_zeros();
        Some((handle as usize, at as usize, count as usize))
    }

    /// Maps `[iova, iova + size)` to `pa..` with `prot` if the range is a run of pages inside a
    /// published table (short of its whole span), every entry of it is empty, `pa` is aligned
    /// and the range inside the output size, and `prot` grants access. `false` if not: nothing
    /// is left done (entries written before one found in use are cleared again), and the
    /// caller maps under the lock ([`PageTable::map`]), which reports what was wrong.
    #[inline(always)]
    pub(crate) fn map<M: SharedDma>(
        &self,
        mem: &M,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> bool {
        let Some((handle, at, count)) = self.run(iova, size) else {
            return false;
        };
        if pa & (self.granule - 1) != 0
            || pa.checked_add(size).is_none_or(|e| e > 1u64 << F::OA_BITS)
            || !(prot.readable() || prot.writable())
        {
            return false;
        }
        let Ok(mut pages) = PageRun::<F>::new(pa, count, self.granule, prot) else {
            return false;
        };
        let Some(run) = mem.shared_update(handle, at, count, move |_, raw| pages.step(raw)) else {
            return false;
        };
        if run.stored != count {
            if run.stored != 0 {
                let _ = mem.shared_update(handle, at, run.stored, |_, _| {
                    ControlFlow::Continue(Some(0))
                });
            }
            return false;
        }
        self.counts.maps.fetch_add(1, Relaxed);
        self.counts.mapped.fetch_add(size, Relaxed);
        true
    }

    /// Unmaps `[iova, iova + size)` into `out` (an empty [`Unmapped`]) if the range is a run of
    /// pages inside a published table, short of its whole span: entries already empty are
    /// skipped. `None` if not (nothing was done: the caller unmaps under the lock);
    /// [`Error::Corrupt`](super::super::error::Error::Corrupt) for an entry that is neither a
    /// page nor empty, with the pages before it removed (and in `out`).
    #[inline(always)]
    pub(crate) fn unmap_into<M: SharedDma>(
        &self,
        mem: &M,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>> {
        let (handle, at, count) = self.run(iova, size)?;
        let run = mem.shared_update(handle, at, count, move |_, raw| clear_page::<F>(raw))?;
        let removed = run.stored as u64;
        out.removed_many(self.granule, removed);
        self.counts.unmaps.fetch_add(1, Relaxed);
        self.counts
            .unmapped
            .fetch_add(removed * self.granule, Relaxed);
        Some(if run.visited < count {
            Err(CORRUPT_DESC)
        } else {
            Ok(())
        })
    }

    /// What `iova` translates to if a published table holds its page: `Some(None)` for an
    /// empty entry, `Some(Some(pa))` for a page; `None` if no published table holds it or the
    /// entry is no page (the caller looks it up under the lock).
    #[inline(always)]
    pub(crate) fn iova_to_phys<M: SharedDma>(&self, mem: &M, iova: u64) -> Option<Option<u64>> {
        let offset = iova & (self.granule - 1);
        let (handle, at, _) = self.run(iova - offset, self.granule)?;
        match mem.shared_read(handle, at)? {
            0 => Some(None),
            raw => F::page_oa(raw).map(|oa| Some(oa + offset)),
        }
    }

    /// The map and unmap calls the view served, and their bytes: the owner adds them to
    /// [`PageTable::stats`] for the tables' whole count.
    pub(crate) fn stats(&self) -> TableStats {
        TableStats {
            maps: self.counts.maps.load(Relaxed),
            mapped: self.counts.mapped.load(Relaxed),
            unmaps: self.counts.unmaps.load(Relaxed),
            unmapped: self.counts.unmapped.load(Relaxed),
        }
    }
}
