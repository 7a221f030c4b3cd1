// SPDX-License-Identifier: MIT OR Apache-2.0

//! The walks behind [`PageTable::map`] and [`PageTable::unmap`]: mapping a range below a
//! table, finding where a walk starts, splitting blocks at the edges of an unmap, removing a
//! range and unhooking the tables it covers whole.

use core::marker::PhantomData;
use core::ops::ControlFlow;

use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::support::LevelInfo;
use super::table::{index, Desc, Slot, CORRUPT_DESC, CORRUPT_SHADOW, NO_TABLE};
use super::{Format, PageTable, Prot, Unmapped};

pub(super) const OVERLAP: Error = Error::Busy {
    what: "range overlaps an existing mapping",
};

/// How many entries of `span` bytes `[va, end)` holds (both aligned to `span`).
fn entries(va: u64, end: u64, span: u64) -> usize {
    // Spans are powers of two: a shift, not a division.
    usize::try_from((end - va) >> span.trailing_zeros()).unwrap_or(usize::MAX)
}

/// The page descriptors of a run of pages from an output address, one per step of a run over
/// a final-level table's words that stops at the first entry in use: the run of
/// [`PageTable::map_pages`] and of the lock-free [`LeafView::map`](super::LeafView::map).
/// Moved into the run's closure, its state stays in registers across the volatile stores.
pub(super) struct PageRun<F> {
    /// The next descriptor where the format keeps the address in place (as VMSAv8-64 does: two
    /// descriptors then differ by the difference of their output addresses); otherwise the
    /// next output address, whose descriptor is built in turn.
    next: u64,
    span: u64,
    prot: Prot,
    in_place: bool,
    _format: PhantomData<fn() -> F>,
}

impl<F: Format> PageRun<F> {
    /// The run of `count` pages of `span` bytes from `pa` (the whole run inside the output
    /// size, checked by the caller) with `prot`; the format's error if it refuses the first
    /// or the last page.
    #[inline(always)]
    pub(super) fn new(pa: u64, count: usize, span: u64, prot: Prot) -> Result<Self> {
        let first = F::page(pa, prot)?;
        let last_oa = pa + (count.saturating_sub(1) as u64) * span;
        let in_place = count <= 1 || F::page(last_oa, prot)? == first.wrapping_add(last_oa - pa);
        Ok(PageRun {
            next: if in_place { first } else { pa },
            span,
            prot,
            in_place,
            _format: PhantomData,
        })
    }

    /// The step at an entry holding `raw`: the next page if the entry is empty, a stop if not
    /// (or if the format refuses the page).
    #[inline(always)]
    pub(super) fn step(&mut self, raw: u64) -> ControlFlow<(), Option<u64>> {
        if raw != 0 {
            return ControlFlow::Break(());
        }
        let desc = if self.in_place {
            self.next
        } else {
            match F::page(self.next, self.prot) {
                Ok(d) => d,
                Err(_) => return ControlFlow::Break(()),
            }
        };
        self.next = self.next.wrapping_add(self.span);
        ControlFlow::Continue(Some(desc))
    }
}

/// The step of a run clearing the pages of a final-level table at an entry holding `raw`: a
/// page is cleared, an empty entry left, anything else stops the run. Stateless, so nothing
/// the run's loop does goes through memory.
#[inline(always)]
pub(super) fn clear_page<F: Format>(raw: u64) -> ControlFlow<(), Option<u64>> {
    if raw == 0 {
        ControlFlow::Continue(None)
    } else if F::page_oa(raw).is_some() {
        ControlFlow::Continue(Some(0))
    } else {
        ControlFlow::Break(())
    }
}

impl<F: Format> PageTable<F> {
    /// Maps `[va, end)` of the table `slot` at `depth` to `pa..`; `done` counts the bytes whose
    /// leaves were written, which are always `[start, start + done)`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn map_in<H: Hal>(
        &mut self,
        hal: &H,
        slot: Slot,
        depth: usize,
        mut va: u64,
        mut pa: u64,
        end: u64,
        prot: Prot,
        done: &mut u64,
    ) -> Result<()> {
        let levels = self.levels;
        let lvl: &LevelInfo = levels.get(depth).ok_or(CORRUPT_DESC)?;
        if lvl.last {
            // Kept at hand (and so published to a `LeafView`): the next pages of the range
            // the DMA layer hands out are most often in this table.
            self.remember(depth, va, slot);
            return self.map_pages(hal, slot, lvl, va, pa, end, prot, done);
        }
        let span = lvl.entry_span;
        let buf = self.node(slot)?.buf;
        let mut added = 0;
        let mut res = Ok(());
        while va < end {
            let next = ((va | (span - 1)) + 1).min(end);
            let idx = index(lvl, va);
            let raw = hal.dma_read(&buf, idx);
            let whole = lvl.leaf && next - va == span && pa & (span - 1) == 0;
            let step = match Self::decode(lvl, raw) {
                // A block (the final level is mapped by `map_pages`).
                Desc::Empty if whole => Self::leaf(lvl, pa, prot).map(|d| {
                    hal.dma_write(&buf, idx, d);
                    added += 1;
                    *done += span;
                    self.count_blocks(depth, 1, 0);
                }),
                Desc::Empty => match self.alloc_table(hal, depth + 1) {
                    Ok(child) => match self.install(hal, slot, idx, child) {
                        Ok(()) => {
                            added += 1;
                            self.map_in(hal, child, depth + 1, va, pa, next, prot, done)
                        }
                        Err(e) => {
                            if let Some(b) = self.take_table(child) {
                                hal.dma_free(b);
                            }
                            Err(e)
                        }
                    },
                    Err(e) => Err(e),
                },
                Desc::Table(addr) => match self.child(slot, idx, addr) {
                    // A table mapping something is in the way of a block; one that maps
                    // nothing (left by a failed map, or tables an unmap emptied) is filled
                    // instead.
                    Ok(child) if whole => match self.maps_anything(hal, child, depth + 1) {
                        Ok(true) => Err(OVERLAP),
                        Ok(false) => self.map_in(hal, child, depth + 1, va, pa, next, prot, done),
                        Err(e) => Err(e),
                    },
                    Ok(child) => self.map_in(hal, child, depth + 1, va, pa, next, prot, done),
                    Err(e) => Err(e),
                },
                Desc::Leaf(_) => Err(OVERLAP),
                Desc::Invalid => Err(CORRUPT_DESC),
            };
            if let Err(e) = step {
                res = Err(e);
                break;
            }
            pa += next - va;
            va = next;
        }
        if added != 0 {
            self.node_mut(slot)?.live += added;
        }
        res
    }

    /// Whether table `slot` at `depth` or a table below it holds a leaf. Tables an unmap
    /// emptied stay, so a table with entries may map nothing.
    fn maps_anything<H: Hal>(&self, hal: &H, slot: Slot, depth: usize) -> Result<bool> {
        let lvl = self.levels.get(depth).ok_or(CORRUPT_DESC)?;
        let node = self.node(slot)?;
        if lvl.last {
            // Its count is not kept (see `Node::live`): a look at its words.
            return Ok((0..node.buf.words()).any(|i| hal.dma_read(&node.buf, i) != 0));
        }
        if node.live == 0 {
            return Ok(false);
        }
        let mut left = node.live;
        for (idx, &child) in node.children.iter().enumerate() {
            if left == 0 {
                break;
            }
            if child != NO_TABLE {
                left -= 1;
                if self.maps_anything(hal, child, depth + 1)? {
                    return Ok(true);
                }
            } else if hal.dma_read(&node.buf, idx) != 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// [`PageTable::map_in`] at the final level, where every entry of `[va, end)` becomes a
    /// page: one run over the table's words, stopping at the first entry in use.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn map_pages<H: Hal>(
        &mut self,
        hal: &H,
        slot: Slot,
        lvl: &LevelInfo,
        va: u64,
        pa: u64,
        end: u64,
        prot: Prot,
        done: &mut u64,
    ) -> Result<()> {
        let span = lvl.entry_span;
        let buf = self.node(slot)?.buf;
        let count = entries(va, end, span);
        let mut pages = PageRun::<F>::new(pa, count, span, prot)?;
        let at = index(lvl, va);
        // A stop is explained afterwards from the word it stopped at.
        let run = hal.dma_update(&buf, at, count, move |_, raw| pages.step(raw));
        let written = run.stored;
        let res = if written == count {
            Ok(())
        } else {
            // A descriptor in the way, a page the format refused, or a run the HAL cut short
            // (a buffer it does not know, or the table's end): the shadow is wrong.
            let raw = hal.dma_read(&buf, at + written);
            Err(match Self::decode(lvl, raw) {
                Desc::Leaf(_) => OVERLAP,
                Desc::Table(_) | Desc::Invalid => CORRUPT_DESC,
                Desc::Empty => match F::page(pa + written as u64 * span, prot) {
                    Err(e) => e.into(),
                    Ok(_) => CORRUPT_SHADOW,
                },
            })
        };
        *done += written as u64 * span;
        res
    }

    /// [`PageTable::unmap_in`] at the final level: one run over the table's words clearing
    /// every page of `[va, end)`.
    pub(super) fn unmap_pages<H: Hal>(
        &mut self,
        hal: &H,
        slot: Slot,
        lvl: &LevelInfo,
        va: u64,
        end: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        let span = lvl.entry_span;
        let buf = self.node(slot)?.buf;
        let count = entries(va, end, span);
        let run = hal.dma_update(&buf, index(lvl, va), count, move |_, raw| {
            clear_page::<F>(raw)
        });
        out.removed_many(span, run.stored as u64);
        if run.visited < count {
            // A table or an unknown descriptor where pages are (or a run the HAL cut short).
            return Err(CORRUPT_DESC);
        }
        Ok(())
    }

    /// The table where a walk of `[iova, end)` starts doing work, and its level: the deepest
    /// table reached through table descriptors whose one entry holds the range without the
    /// range covering it. Spares `map_in` and `unmap_in` the levels where they would only pass
    /// through.
    pub(super) fn descend<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        end: u64,
    ) -> Result<(Slot, usize)> {
        // A range inside the table the last walk reached, not covering it whole, starts there
        // (see `last_table`): its walk from the root would pass through that table. A walk that
        // stops in the table it started from leaves `last_table` as it is (that table, or the
        // root, which is never remembered).
        let mut slot = self.root;
        let mut from = 0;
        if let Some(t) = self.last_table.filter(|t| t.holds(iova, end)) {
            slot = t.slot;
            from = t.depth;
        }
        let levels = self.levels;
        for (depth, lvl) in levels.iter().enumerate().skip(from) {
            let span = lvl.entry_span;
            let start = iova & !(span - 1);
            // Past this entry's end, or all of it: the work starts at this table.
            if end - start > span || (start == iova && end - start == span) {
                if depth != from {
                    self.remember(depth, iova, slot);
                }
                return Ok((slot, depth));
            }
            let idx = index(lvl, iova);
            let raw = hal.dma_read(&self.node(slot)?.buf, idx);
            let Desc::Table(addr) = Self::decode(lvl, raw) else {
                if depth != from {
                    self.remember(depth, iova, slot);
                }
                return Ok((slot, depth));
            };
            slot = self.child(slot, idx, addr)?;
        }
        // The final level always stops the loop (its entries span one granule).
        Err(CORRUPT_DESC)
    }

    /// Makes `start` and `end` boundaries between descriptors: splits every block that
    /// contains one of them other than at its start. Walks once while both fall in the same entry.
    pub(super) fn split_edges<H: Hal>(
        &mut self,
        hal: &H,
        start: u64,
        end: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        let levels = self.levels;
        let mut slot = self.root;
        for (depth, lvl) in levels.iter().enumerate() {
            if end - (start & !(lvl.entry_span - 1)) >= lvl.entry_span {
                // The edges are in different entries (or `end` ends this one): one walk each.
                self.split_at(hal, slot, depth, start, out)?;
                return if end < self.limit() {
                    self.split_at(hal, slot, depth, end, out)
                } else {
                    Ok(())
                };
            }
            match self.step_down(hal, slot, depth, start, out)? {
                Some(child) => slot = child,
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// Makes `addr` a boundary between descriptors below table `slot` at `depth`.
    pub(super) fn split_at<H: Hal>(
        &mut self,
        hal: &H,
        mut slot: Slot,
        depth: usize,
        addr: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        let levels = self.levels;
        for (d, lvl) in levels.iter().enumerate().skip(depth) {
            if addr & (lvl.entry_span - 1) == 0 {
                return Ok(());
            }
            match self.step_down(hal, slot, d, addr, out)? {
                Some(child) => slot = child,
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// The table below entry `addr` of table `slot` at `depth`, splitting a block there; `None`
    /// if the entry is empty.
    pub(super) fn step_down<H: Hal>(
        &mut self,
        hal: &H,
        slot: Slot,
        depth: usize,
        addr: u64,
        out: &mut Unmapped,
    ) -> Result<Option<Slot>> {
        let lvl = self.levels.get(depth).ok_or(CORRUPT_DESC)?;
        let idx = index(lvl, addr);
        let raw = hal.dma_read(&self.node(slot)?.buf, idx);
        match Self::decode(lvl, raw) {
            Desc::Empty => Ok(None),
            Desc::Table(a) => self.child(slot, idx, a).map(Some),
            Desc::Leaf(oa) => self
                .split_block(hal, slot, depth, idx, raw, oa, out)
                .map(Some),
            Desc::Invalid => Err(CORRUPT_DESC),
        }
    }

    /// Replaces the block `raw` (entry `idx` of table `parent` at `depth`, mapping `oa`) by a
    /// table of next-level leaves translating the same way; returns the new table.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn split_block<H: Hal>(
        &mut self,
        hal: &H,
        parent: Slot,
        depth: usize,
        idx: usize,
        raw: u64,
        oa: u64,
        out: &mut Unmapped,
    ) -> Result<Slot> {
        let levels = self.levels;
        let lvl = levels.get(depth).ok_or(CORRUPT_DESC)?;
        let sub = levels.get(depth + 1).ok_or(CORRUPT_DESC)?;
        let prot = F::leaf_prot(raw, lvl.last);
        let child = self.alloc_table(hal, depth + 1)?;
        let res = (|| {
            let node = self.node_mut(child)?;
            let n = lvl.entry_span / sub.entry_span;
            for i in 0..n {
                hal.dma_write(
                    &node.buf,
                    i as usize,
                    Self::leaf(sub, oa + i * sub.entry_span, prot)?,
                );
            }
            if !sub.last {
                node.live = n as u32;
            }
            self.install(hal, parent, idx, child)
        })();
        if let Err(e) = res {
            if let Some(b) = self.take_table(child) {
                hal.dma_free(b);
            }
            return Err(e);
        }
        self.count_blocks(depth, 0, 1);
        if !sub.last {
            self.count_blocks(depth + 1, lvl.entry_span / sub.entry_span, 0);
        }
        out.blocks_split += 1;
        out.split_sizes |= lvl.entry_span;
        Ok(child)
    }

    /// Removes the leaves in `[va, end)` of table `slot` at `depth` (none straddles `va` or
    /// `end`: `split_at` saw to it). If `detach`, a child table whose whole span the range
    /// covers is unhooked with its subtree (into `out.tables`); a child table the range only
    /// empties stays. Returns the table's remaining number of entries.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn unmap_in<H: Hal>(
        &mut self,
        hal: &H,
        slot: Slot,
        depth: usize,
        mut va: u64,
        end: u64,
        out: &mut Unmapped,
        detach: bool,
    ) -> Result<()> {
        let levels = self.levels;
        let lvl = levels.get(depth).ok_or(CORRUPT_DESC)?;
        if lvl.last {
            return self.unmap_pages(hal, slot, lvl, va, end, out);
        }
        let span = lvl.entry_span;
        let buf = self.node(slot)?.buf;
        let mut removed = 0;
        let mut res = Ok(());
        while va < end {
            let next = ((va | (span - 1)) + 1).min(end);
            let idx = index(lvl, va);
            let raw = hal.dma_read(&buf, idx);
            let step = match Self::decode(lvl, raw) {
                Desc::Empty => Ok(()),
                // A block (the final level is cleared by `unmap_pages`).
                Desc::Leaf(_) if next - va == span => {
                    hal.dma_write(&buf, idx, 0);
                    removed += 1;
                    self.count_blocks(depth, 0, 1);
                    out.removed(span);
                    Ok(())
                }
                Desc::Leaf(_) => Err(Error::Corrupt {
                    what: "block straddles an unmap boundary after splitting",
                }),
                // A table the range covers whole is unhooked as it is, without clearing its
                // entries: nothing reaches them once the caller has invalidated.
                Desc::Table(addr) if detach && next - va == span => {
                    self.child(slot, idx, addr).and_then(|child| {
                        hal.dma_write(&buf, idx, 0);
                        removed += 1;
                        if let Some(c) = self.node_mut(slot)?.children.get_mut(idx) {
                            *c = NO_TABLE;
                        }
                        self.detach_subtree(hal, child, depth + 1, out)
                    })
                }
                // A table the range only partly covers stays, even if this empties it.
                Desc::Table(addr) => self
                    .child(slot, idx, addr)
                    .and_then(|child| self.unmap_in(hal, child, depth + 1, va, next, out, detach)),
                Desc::Invalid => Err(CORRUPT_DESC),
            };
            if let Err(e) = step {
                res = Err(e);
                break;
            }
            va = next;
        }
        if removed != 0 {
            let node = self.node_mut(slot)?;
            node.live = node.live.saturating_sub(removed);
        }
        res
    }

    /// Moves table `slot` at `depth` and every table below it to `out.tables`, counting their
    /// leaves as removed. The tables' entries are left as they are.
    pub(super) fn detach_subtree<H: Hal>(
        &mut self,
        hal: &H,
        slot: Slot,
        depth: usize,
        out: &mut Unmapped,
    ) -> Result<()> {
        let levels = self.levels;
        let lvl = levels.get(depth).ok_or(CORRUPT_DESC)?;
        let node = self.take_node(slot).ok_or(CORRUPT_SHADOW)?;
        out.tables.try_push(node.buf)?;
        if lvl.last {
            // Only pages at the final level (their count is not kept: see `Node::live`).
            let pages = (0..node.buf.words())
                .filter(|&i| hal.dma_read(&node.buf, i) != 0)
                .count();
            out.removed_many(lvl.entry_span, pages as u64);
            return Ok(());
        }
        for (idx, &child) in node.children.iter().enumerate() {
            if child != NO_TABLE {
                self.detach_subtree(hal, child, depth + 1, out)?;
                continue;
            }
            match Self::decode(lvl, hal.dma_read(&node.buf, idx)) {
                Desc::Empty => {}
                Desc::Leaf(_) => {
                    out.removed(lvl.entry_span);
                    self.count_blocks(depth, 0, 1);
                }
                Desc::Table(_) | Desc::Invalid => return Err(CORRUPT_SHADOW),
            }
        }
        Ok(())
    }
}
