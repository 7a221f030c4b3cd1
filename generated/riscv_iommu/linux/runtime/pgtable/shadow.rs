// SPDX-License-Identifier: MIT OR Apache-2.0

//! The CPU-side shadow of the tables: finding a table's node and a table descriptor's child
//! (checked against the descriptor), allocating a zeroed table with its node, forgetting one,
//! and installing a new table under its parent; and the tables walks reached, remembered so
//! that the next call near them starts there (`last_table`) or writes its page there with no
//! walk (`leaf_tables`).

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::store::TryVec;
use super::table::{Node, Slot, CORRUPT_SHADOW, NO_TABLE};
use super::{Format, PageTable};

/// A table a walk reached, and where: a walk of a range inside its span may start there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LastTable {
    /// Its lookup level (an index into `levels`, at least 1).
    pub(super) depth: usize,
    /// The table spans `2^shift` bytes (its parent entry's span).
    pub(super) shift: u32,
    /// The input address divided by that span.
    pub(super) region: u64,
    pub(super) slot: Slot,
}

impl LastTable {
    /// Whether `[iova, end)` lies inside the table's span without covering all of it: a walk
    /// of that range passes through this table.
    #[inline(always)]
    pub(super) fn holds(&self, iova: u64, end: u64) -> bool {
        inside_part(self.shift, self.region, iova, end)
    }
}

/// Whether `[iova, end)` (not empty) lies inside region `region` of `2^shift`-byte regions
/// without covering all of it.
#[inline(always)]
pub(super) fn inside_part(shift: u32, region: u64, iova: u64, end: u64) -> bool {
    iova >> shift == region && (end - 1) >> shift == region && end - iova < 1u64 << shift
}

/// Final-level tables [`PageTable`] keeps at hand ([`PageTable::leaf_tables`]): a multiple of
/// 64 (a bit each in `leaf_changed`). 512 tables of 4K pages hold 1 GiB of consecutive input addresses.
/// The DMA layer's lazy mode hands addresses back only after a flush queue of 256 entries per
/// CPU (or 10 ms), and its allocator takes mappings of more than 32 pages from one tree, top
/// down: a single thread mapping 1 MiB at a time sweeps some 200 MiB between flushes, four
/// threads several times that. Every call in a region not kept at hand takes the lock
/// ([`LeafView`](super::LeafView)); with 64 tables, 40% of one thread's 1 MiB maps did.
/// The cost is 16 bytes a table here and 8 in the view, 12 KiB per page table.
pub(super) const LEAF_TABLES: usize = 512;

/// Words of [`PageTable::leaf_changed`], a bit for each place of `leaf_tables`.
pub(super) const LEAF_WORDS: usize = LEAF_TABLES / 64;

/// A final-level table a walk reached, by the region of input addresses it translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct LeafTable {
    /// The input address divided by the table's span; [`LeafTable::NONE`]'s matches none.
    pub(super) region: u64,
    pub(super) slot: Slot,
}

impl LeafTable {
    /// No table: no input address is this far up (a table spans at least one granule).
    pub(super) const NONE: LeafTable = LeafTable {
        region: u64::MAX,
        slot: NO_TABLE,
    };
}

impl<F: Format> PageTable<F> {
    /// The final-level table kept at hand at the place of `region` (of `2^leaf_shift` bytes),
    /// [`LeafTable::NONE`] if none is.
    #[inline(always)]
    pub(super) fn leaf_table(&self, region: u64) -> LeafTable {
        self.leaf_tables
            .get(region as usize % LEAF_TABLES)
            .copied()
            .unwrap_or(LeafTable::NONE)
    }

    #[inline(always)]
    pub(super) fn node(&self, slot: Slot) -> Result<&Node> {
        self.nodes
            .get(slot as usize)
            .and_then(Option::as_ref)
            .ok_or(CORRUPT_SHADOW)
    }

    #[inline(always)]
    pub(super) fn node_mut(&mut self, slot: Slot) -> Result<&mut Node> {
        self.nodes
            .get_mut(slot as usize)
            .and_then(Option::as_mut)
            .ok_or(CORRUPT_SHADOW)
    }

    /// The table that entry `idx` of `parent`, a table descriptor for `addr`, points at.
    #[inline(always)]
    pub(super) fn child(&self, parent: Slot, idx: usize, addr: u64) -> Result<Slot> {
        let slot = self
            .node(parent)?
            .children
            .get(idx)
            .copied()
            .ok_or(CORRUPT_SHADOW)?;
        if self.node(slot)?.buf.addr == addr {
            Ok(slot)
        } else {
            Err(CORRUPT_SHADOW)
        }
    }

    /// Allocates a zeroed table for lookup level `depth` (an index into `levels`).
    pub(super) fn alloc_table<H: Hal>(&mut self, hal: &H, depth: usize) -> Result<Slot> {
        // A granule, or more where the level indexes more entries than a granule holds: the
        // concatenated root of a RISC-V x4 format (Sv39x4: 2048 entries, 16 KiB).
        let width = self
            .levels
            .get(depth)
            .map_or(0, |l| l.index_msb - l.index_lsb + 1);
        let bytes =
            usize::try_from(self.granule.max(8u64 << width)).map_err(|_| Error::Unsupported {
                what: "granule larger than the address space",
            })?;
        // The shadow first, so a failed allocation leaves nothing to undo.
        let has_children = self.levels.get(depth).is_some_and(|l| !l.last);
        let children = if has_children {
            TryVec::try_from_elem(NO_TABLE, bytes / 8)?
        } else {
            TryVec::new()
        };
        let reuse = self.free_slots.pop();
        let slot = match reuse {
            Some(slot) => slot,
            None => match Slot::try_from(self.nodes.len()) {
                Ok(slot) if slot != NO_TABLE => {
                    let room = (self.nodes.len() + 1).saturating_sub(self.free_slots.len());
                    self.nodes.try_reserve(1)?;
                    self.free_slots.try_reserve(room)?;
                    slot
                }
                _ => {
                    return Err(Error::Exhausted {
                        what: "page table slots",
                    })
                }
            },
        };
        let buf = match hal.dma_alloc(bytes, bytes) {
            Ok(buf) if buf.bytes < bytes || buf.addr & (self.granule - 1) != 0 => {
                hal.dma_free(buf);
                Err(Error::Corrupt {
                    what: "DMA allocation smaller or less aligned than requested",
                })
            }
            other => other.map_err(Error::from),
        };
        let buf = match buf {
            Ok(buf) => buf,
            Err(e) => {
                if reuse.is_some() {
                    // Back on the list it came from: the capacity is there.
                    self.free_slots.try_push(slot)?;
                }
                return Err(e);
            }
        };
        let node = Some(Node {
            buf,
            live: 0,
            children,
        });
        match self.nodes.get_mut(slot as usize) {
            Some(entry) => *entry = node,
            None => self.nodes.try_push(node)?,
        }
        Ok(slot)
    }

    /// Forgets table `slot` (its memory is freed or handed to the caller by the caller).
    pub(super) fn take_table(&mut self, slot: Slot) -> Option<DmaBuf> {
        self.take_node(slot).map(|n| n.buf)
    }

    pub(super) fn take_node(&mut self, slot: Slot) -> Option<Node> {
        if self.last_table.is_some_and(|t| t.slot == slot) {
            self.last_table = None;
        }
        for (place, t) in self.leaf_tables.iter_mut().enumerate() {
            if t.slot == slot {
                *t = LeafTable::NONE;
                mark_changed(&mut self.leaf_changed, place);
            }
        }
        let entry: &mut Option<Node> = self.nodes.get_mut(slot as usize)?;
        let node = entry.take()?;
        // Within capacity (see `free_slots`): cannot fail. Were it to, the slot would only be
        // left unused.
        let _ = self.free_slots.try_push(slot);
        Some(node)
    }

    /// Points entry `idx` of table `parent` at the new table `child` (whose contents are
    /// written): orders the table's contents before the descriptor that publishes it.
    pub(super) fn install<H: Hal>(
        &mut self,
        hal: &H,
        parent: Slot,
        idx: usize,
        child: Slot,
    ) -> Result<()> {
        let addr = self.node(child)?.buf.addr;
        let desc = F::table(addr)?;
        let node = self.node_mut(parent)?;
        let slot = node.children.get_mut(idx).ok_or(CORRUPT_SHADOW)?;
        *slot = child;
        hal.wmb();
        hal.dma_write(&node.buf, idx, desc);
        Ok(())
    }

    /// Remembers table `slot` at `depth`, which a walk of an address `iova` reached (the root
    /// needs no remembering), and keeps it in `leaf_tables` if it is a final-level table.
    #[inline(always)]
    pub(super) fn remember(&mut self, depth: usize, iova: u64, slot: Slot) {
        let parent = depth.checked_sub(1).and_then(|d| self.levels.get(d));
        if let (Some(p), Some(lvl)) = (parent, self.levels.get(depth)) {
            let shift = p.entry_span.trailing_zeros();
            let region = iova >> shift;
            self.last_table = Some(LastTable {
                depth,
                shift,
                region,
                slot,
            });
            if lvl.last {
                let place = region as usize % LEAF_TABLES;
                if let Some(t) = self.leaf_tables.get_mut(place) {
                    let now = LeafTable { region, slot };
                    if *t != now {
                        *t = now;
                        mark_changed(&mut self.leaf_changed, place);
                    }
                }
            }
        }
    }
}

/// Notes that place `place` of `leaf_tables` changed since the view was last published.
#[inline(always)]
fn mark_changed(changed: &mut [u64; LEAF_WORDS], place: usize) {
    if let Some(w) = changed.get_mut(place / 64) {
        *w |= 1 << (place % 64);
    }
}
