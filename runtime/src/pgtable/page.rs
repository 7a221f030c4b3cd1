//! One leaf, mapped or unmapped by itself: what the DMA layer asks for most (a single page or
//! block mapped and unmapped again and again around the same addresses). Such a range is one
//! entry of one table, reached through table descriptors alone: [`PageTable::map`] and
//! [`PageTable::unmap`] walk down to it in a loop (from the table the last walk reached when
//! that table holds the address, else from the root), checking each table descriptor against
//! the shadow, and write its one entry directly. Anything else on the way (an empty entry above
//! it, a block, a table where the leaf would go, a descriptor the shadow does not know) leaves
//! the work to the general walk, which reports or handles it.
//!
//! A page in a final-level table a walk reached (the few kept in [`PageTable::leaf_tables`],
//! found by the address's region with no search) comes first of all, before the general checks
//! of the arguments: the conditions that let it through imply them (a granule aligned inside a
//! table a walk reached is inside the input range; an aligned output address below the output
//! size leaves room for a granule), and anything else goes on to them. After those checks, a
//! run of pages inside such a table (short of all of it) is written or cleared there in one
//! run, with no walk: no block and no table can be below a final-level table, and an unmap
//! that leaves it empty keeps it, as the general walk does. A lookup
//! ([`PageTable::iova_to_phys`]) of an address in such a table reads its entry there too.

use super::super::error::Result;
use super::super::hal::Hal;
use super::super::support::LevelInfo;
use super::shadow::inside_part;
use super::table::{index, Desc, Slot};
use super::{Format, PageTable, Prot, Unmapped};

impl<F: Format> PageTable<F> {
    /// The remembered final-level table's slot and the entry of the page at `iova`, when `size`
    /// is one granule at an aligned `iova` that a table in [`PageTable::leaf_tables`] holds:
    /// nothing else to check or walk.
    #[inline(always)]
    fn remembered_page(&self, iova: u64, size: u64) -> Option<(Slot, usize)> {
        if size != self.granule || iova & (size - 1) != 0 {
            return None;
        }
        let region = iova >> self.leaf_shift;
        let t = self.leaf_table(region);
        if t.region != region {
            return None;
        }
        let idx = (iova >> self.leaf_index_lsb) & self.leaf_index_mask;
        Some((t.slot, idx as usize))
    }

    /// Maps the page at `iova` to `pa` if the remembered final-level table holds it, `pa` is
    /// aligned and inside the output size, `prot` grants access and the entry is free; `None`
    /// if not (nothing was done, nothing checked: [`PageTable::map`] goes on).
    #[inline(always)]
    pub(super) fn map_remembered<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Option<Result<()>> {
        let (slot, idx) = self.remembered_page(iova, size)?;
        if pa & (size - 1) != 0
            || pa.checked_shr(F::OA_BITS).is_some_and(|hi| hi != 0)
            || !(prot.readable() || prot.writable())
        {
            return None;
        }
        let desc = match F::page(pa, prot) {
            Ok(d) => d,
            Err(e) => return Some(Err(e.into())),
        };
        let node = self.nodes.get_mut(slot as usize)?.as_mut()?;
        if hal.dma_read(&node.buf, idx) != 0 {
            return None;
        }
        hal.dma_write(&node.buf, idx, desc);
        Some(Ok(()))
    }

    /// Unmaps the page at `iova` into `out` if the remembered final-level table holds it and
    /// the entry is a page or empty; `None` if not (nothing was done: [`PageTable::unmap`] goes
    /// on).
    #[inline(always)]
    pub(super) fn unmap_remembered<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>> {
        let (slot, idx) = self.remembered_page(iova, size)?;
        let node = self.nodes.get_mut(slot as usize)?.as_mut()?;
        let raw = hal.dma_read(&node.buf, idx);
        if raw == 0 {
            return Some(Ok(()));
        }
        F::page_oa(raw)?;
        hal.dma_write(&node.buf, idx, 0);
        out.removed(size);
        self.stats.unmapped = self.stats.unmapped.wrapping_add(size);
        Some(Ok(()))
    }

    /// What the page at `iova` translates to if the remembered final-level table holds it:
    /// `Some(None)` for an empty entry, `Some(Some(pa))` for a page; `None` if that table does
    /// not hold `iova` or the entry is no page (the walk from the root reports it).
    #[inline(always)]
    pub(super) fn phys_remembered<H: Hal>(&self, hal: &H, iova: u64) -> Option<Option<u64>> {
        let (slot, idx) = self.remembered_page(iova & !(self.granule - 1), self.granule)?;
        let node = self.nodes.get(slot as usize)?.as_ref()?;
        match hal.dma_read(&node.buf, idx) {
            0 => Some(None),
            raw => F::page_oa(raw).map(|oa| Some(oa + (iova & (self.granule - 1)))),
        }
    }

    /// The remembered final-level table's slot, when `[iova, end)` (checked by the caller) is a
    /// run of pages inside it, short of its whole span.
    #[inline(always)]
    fn remembered_run(&self, iova: u64, end: u64) -> Option<Slot> {
        let region = iova >> self.leaf_shift;
        let t = self.leaf_table(region);
        (t.region == region && inside_part(self.leaf_shift, region, iova, end)).then_some(t.slot)
    }

    /// Maps the run of pages `[iova, end)` (range and addresses checked by the caller) to `pa..`
    /// if the remembered final-level table holds it; `None` if not (nothing was done). On a
    /// failure the pages written before it are cleared again.
    #[inline(always)]
    pub(super) fn map_run<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        end: u64,
        prot: Prot,
    ) -> Option<Result<()>> {
        let slot = self.remembered_run(iova, end)?;
        let levels = self.levels;
        let lvl = levels.last()?;
        let mut done = 0;
        let res = self.map_pages(hal, slot, lvl, iova, pa, end, prot, &mut done);
        if res.is_err() && done != 0 {
            // Only a corrupt table can make this fail; the first error is the one to report.
            let _ = self.unmap_pages(hal, slot, lvl, iova, iova + done, &mut Unmapped::default());
        }
        Some(res)
    }

    /// Unmaps the run of pages `[iova, end)` (range checked by the caller) into `out` if the
    /// remembered final-level table holds it; `None` if not (nothing was done).
    #[inline(always)]
    pub(super) fn unmap_run<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        end: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>> {
        let slot = self.remembered_run(iova, end)?;
        let levels = self.levels;
        let lvl = levels.last()?;
        Some(self.unmap_pages(hal, slot, lvl, iova, end, out))
    }

    /// The table holding the one entry of `size` bytes at `iova` (both checked by the caller),
    /// that table's depth and the entry's index; `None` if `size` is no leaf size or the walk
    /// down meets anything but a table descriptor the shadow agrees with.
    #[inline(always)]
    fn leaf_entry<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
    ) -> Option<(Slot, usize, usize)> {
        let levels = self.levels;
        // A size that is no leaf size (a range of pages, most often) is refused at once.
        if !size.is_power_of_two() || size & self.leaf_size_set == 0 {
            return None;
        }
        // Pages first: the final level, without a search.
        let target = if size == self.granule {
            levels.len().checked_sub(1)?
        } else {
            levels.iter().rposition(|l| l.entry_span == size)?
        };
        let lvl: &LevelInfo = &levels[target];
        if !lvl.leaf || iova & (size - 1) != 0 {
            return None;
        }
        let (mut slot, mut depth) = match self.last_table {
            Some(t) if t.depth <= target && iova >> t.shift == t.region => (t.slot, t.depth),
            _ => (self.root, 0),
        };
        let start = depth;
        while depth < target {
            let l = &levels[depth];
            let idx = index(l, iova);
            let node = self.nodes.get(slot as usize)?.as_ref()?;
            let addr = F::table_addr(hal.dma_read(&node.buf, idx))?;
            let child = *node.children.get(idx)?;
            if self.nodes.get(child as usize)?.as_ref()?.buf.addr != addr {
                return None;
            }
            slot = child;
            depth += 1;
        }
        if depth != start {
            self.remember(depth, iova, slot);
        }
        Some((slot, depth, index(lvl, iova)))
    }

    /// Maps the one leaf at `iova` (range and addresses checked by the caller) to `pa` if it
    /// is one entry reached through table descriptors and that entry is empty; `None` if not
    /// (nothing was done).
    #[inline(always)]
    pub(super) fn map_one<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Option<Result<()>> {
        if pa & (size - 1) != 0 {
            return None;
        }
        let (slot, depth, idx) = self.leaf_entry(hal, iova, size)?;
        let lvl = &self.levels[depth];
        let desc = match Self::leaf(lvl, pa, prot) {
            Ok(d) => d,
            Err(e) => return Some(Err(e)),
        };
        let node = self.nodes.get_mut(slot as usize)?.as_mut()?;
        if hal.dma_read(&node.buf, idx) != 0 {
            return None;
        }
        hal.dma_write(&node.buf, idx, desc);
        if !lvl.last {
            node.live += 1;
            self.count_blocks(depth, 1, 0);
        }
        Some(Ok(()))
    }

    /// Unmaps the one leaf at `iova` (range checked by the caller) into `out` if it is one
    /// entry reached through table descriptors and that entry is a leaf or empty; `None` if not
    /// (nothing was done).
    #[inline(always)]
    pub(super) fn unmap_one<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Option<Result<()>> {
        let (slot, depth, idx) = self.leaf_entry(hal, iova, size)?;
        let lvl = &self.levels[depth];
        let node = self.nodes.get_mut(slot as usize)?.as_mut()?;
        match Self::decode(lvl, hal.dma_read(&node.buf, idx)) {
            Desc::Empty => return Some(Ok(())),
            Desc::Leaf(_) => {}
            Desc::Table(_) | Desc::Invalid => return None,
        }
        hal.dma_write(&node.buf, idx, 0);
        if !lvl.last {
            node.live = node.live.saturating_sub(1);
            self.count_blocks(depth, 0, 1);
        }
        out.removed(size);
        Some(Ok(()))
    }
}
