// SPDX-License-Identifier: MIT OR Apache-2.0

//! One page in the final-level table the last walk reached: what the DMA layer asks for most
//! (a single page mapped and unmapped again and again around the same addresses). Such a page
//! needs no walk, no table and no split (a final-level entry is never part of a block), so
//! [`PageTable::map`] and [`PageTable::unmap`] read and write its one entry directly; anything
//! else, or a page elsewhere, takes the general walk.

use super::super::error::Result;
use super::super::hal::Hal;
use super::table::{index, Desc, CORRUPT_DESC};
use super::walk::OVERLAP;
use super::{Format, PageTable, Prot, Unmapped};

impl<F: Format> PageTable<F> {
    /// The remembered final-level table's slot and entry for the page at `iova`, if that table
    /// holds it.
    #[inline(always)]
    fn remembered_page(&self, iova: u64, size: u64) -> Option<(super::table::Slot, usize)> {
        let t = self.last_table?;
        let lvl = self.levels.last()?;
        (size == lvl.entry_span && t.depth + 1 == self.levels.len() && iova >> t.shift == t.region)
            .then(|| (t.slot, index(lvl, iova)))
    }

    /// Maps the page at `iova` (checked by the caller) to `pa` if the remembered final-level
    /// table holds it; `None` if it does not (nothing was done).
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
        Some((|| {
            let node = self.node_mut(slot)?;
            let raw = hal.dma_read(&node.buf, idx);
            if raw != 0 {
                return Err(match self.levels.last().map(|l| Self::decode(l, raw)) {
                    Some(Desc::Leaf(_)) => OVERLAP,
                    _ => CORRUPT_DESC,
                });
            }
            hal.dma_write(&node.buf, idx, F::page(pa, prot)?);
            node.live += 1;
            hal.wmb();
            Ok(())
        })())
    }

    /// Unmaps the page at `iova` (checked by the caller) if the remembered final-level table
    /// holds it; `None` if it does not (nothing was done).
    #[inline(always)]
    pub(super) fn unmap_remembered<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
    ) -> Option<Result<Unmapped>> {
        let (slot, idx) = self.remembered_page(iova, size)?;
        let last = self.levels.last()?;
        Some((|| {
            let node = self.node_mut(slot)?;
            let raw = hal.dma_read(&node.buf, idx);
            let mut out = Unmapped::default();
            match Self::decode(last, raw) {
                Desc::Empty => return Ok(out),
                Desc::Leaf(_) => {}
                Desc::Table(_) | Desc::Invalid => return Err(CORRUPT_DESC),
            }
            hal.dma_write(&node.buf, idx, 0);
            node.live = node.live.saturating_sub(1);
            out.removed(size);
            hal.wmb();
            Ok(out)
        })())
    }
}
