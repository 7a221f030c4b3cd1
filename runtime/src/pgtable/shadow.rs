//! The CPU-side shadow of the tables: finding a table's node and a table descriptor's child
//! (checked against the descriptor), allocating a zeroed table with its node, forgetting one,
//! and installing a new table under its parent.

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::store::TryVec;
use super::table::{LeafTable, Node, Slot, CORRUPT_SHADOW, NO_TABLE};
use super::{Format, PageTable};

impl<F: Format> PageTable<F> {
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
        for t in &mut self.leaf_tables {
            if t.slot == slot {
                *t = LeafTable::NONE;
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
}
