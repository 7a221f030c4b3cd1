//! [`PageTable`]: its CPU-side shadow of the tables, construction, the public operations and
//! the helpers every walk uses. The walks themselves are in `walk.rs`, the single-leaf path in
//! `page.rs`, the shadow's node management and the remembered tables in `shadow.rs`.

use core::marker::PhantomData;

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::store::TryVec;
use super::super::support::LevelInfo;
use super::shadow::{LastTable, LeafTable, LEAF_TABLES, LEAF_WORDS};
use super::{Format, Granule, Leaf, Prot, TableStats, Unmapped};

/// A descriptor read from a table, classified by the format at its level.
#[derive(Debug, Clone, Copy)]
pub(super) enum Desc {
    Empty,
    Table(u64),
    Leaf(u64),
    Invalid,
}

/// Slot of a shadow table, and the "no table" marker in child arrays.
pub(super) type Slot = u32;
pub(super) const NO_TABLE: Slot = Slot::MAX;

/// The CPU-side shadow of one table.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) buf: DmaBuf,
    /// Non-zero descriptors in the table, for tables above the final level. A final-level
    /// table's are not counted (0): its pages are also written with no lock, through a
    /// [`LeafView`](super::LeafView), and the few walks that need to know whether it maps
    /// anything (a block over a table an unmap emptied, unhooking a table) read its words.
    pub(super) live: u32,
    /// For tables above the final level: the slot each table descriptor points at.
    pub(super) children: TryVec<Slot>,
}

pub(super) const CORRUPT_DESC: Error = Error::Corrupt {
    what: "page table descriptor of no known kind",
};
pub(super) const CORRUPT_SHADOW: Error = Error::Corrupt {
    what: "page table descriptor disagrees with the driver's table list",
};

/// The entry of the table at `lvl` that `va` falls in.
#[inline(always)]
pub(super) fn index(lvl: &LevelInfo, va: u64) -> usize {
    ((va >> lvl.index_lsb) & index_mask(lvl)) as usize
}

/// The mask of a level's index once shifted down by `index_lsb`: `index_msb - index_lsb + 1`
/// bits, without a branch for a 64-bit width.
#[inline(always)]
pub(super) fn index_mask(lvl: &LevelInfo) -> u64 {
    u64::MAX >> (63 - (lvl.index_msb - lvl.index_lsb))
}

/// Translation tables of format `F` in DMA memory.
///
/// The `PageTable` does not own the HAL: every call takes it, and [`PageTable::destroy`] must be
/// called to free the tables (dropping it leaks them).
#[derive(Debug)]
pub struct PageTable<F: Format> {
    /// The lookup levels in use, start level first.
    pub(super) levels: &'static [LevelInfo],
    pub(super) granule: u64,
    pub(super) va_bits: u32,
    pub(super) root: Slot,
    /// Block descriptors at each level in use: unmap looks for blocks to split only at edges
    /// inside the span of a level that has some.
    pub(super) blocks: TryVec<u64>,
    pub(super) nodes: TryVec<Option<Node>>,
    /// Unused slots of `nodes`. Its capacity is kept at least `nodes.len()`, so freeing a
    /// table never allocates.
    pub(super) free_slots: TryVec<Slot>,
    /// The deepest table below the root the last map or unmap walked to: the next walk of a
    /// range inside the same table starts there (the DMA layer maps and unmaps around the same
    /// addresses). Forgotten when that table is unhooked ([`PageTable::take_node`]), the only
    /// way a table leaves its place.
    pub(super) last_table: Option<LastTable>,
    /// Final-level tables walks reached, each at the place the low bits of its region give:
    /// a page in one of them is mapped, unmapped or looked up there with no walk. The DMA layer
    /// hands out addresses from per-CPU caches and a flush queue, so consecutive calls come
    /// back to a few tables rather than to one. Forgotten, as `last_table`, in
    /// [`PageTable::take_node`]. [`LEAF_TABLES`] of them, on the heap: a `PageTable` is moved
    /// by value (into its domain, its lock), and every copy of it is a stack frame's.
    pub(super) leaf_tables: TryVec<LeafTable>,
    /// The places of `leaf_tables` that changed since [`PageTable::publish`] last ran: a
    /// bit each, so that publishing after a call looks at the few it changed.
    pub(super) leaf_changed: [u64; LEAF_WORDS],
    /// A final-level table's span is `2^leaf_shift` bytes (its parent entry's span).
    pub(super) leaf_shift: u32,
    /// Where a page's index in its final-level table is in an input address: shifted right by
    /// `leaf_index_lsb`, masked with `leaf_index_mask`.
    pub(super) leaf_index_lsb: u32,
    pub(super) leaf_index_mask: u64,
    /// Blocks at every level, summed: with none, no unmap needs to look for blocks to split.
    pub(super) blocks_total: u64,
    /// [`PageTable::leaf_sizes`], kept: a range of any other size is no single leaf.
    pub(super) leaf_size_set: u64,
    /// An empty list whose capacity the next unmap's [`Unmapped::tables`] reuses (handed back
    /// by [`PageTable::release`]), so unmaps that may unhook tables do not allocate each time.
    pub(super) spare: TryVec<DmaBuf>,
    /// The map and unmap calls so far ([`PageTable::stats`]).
    pub(super) stats: TableStats,
    pub(super) _format: PhantomData<F>,
}

impl<F: Format> PageTable<F> {
    /// Empty tables for `va_bits`-bit input addresses with `granule`: the start level is the
    /// first that `va_bits` reaches (for 4K: level 0 above 39 bits, level 1 from 31 to 39 bits).
    ///
    /// Fails with [`Error::Unsupported`] if the format lacks the granule, with
    /// [`Error::InvalidArgument`] if `va_bits` is wider than the format or leaves no index bit,
    /// and with the HAL's error if the root table cannot be allocated.
    pub fn new<H: Hal>(hal: &H, granule: Granule, va_bits: u32) -> Result<Self> {
        let info = F::GRANULES
            .iter()
            .find(|g| g.size == granule.bytes())
            .ok_or(Error::Unsupported {
                what: "translation granule not supported by the format",
            })?;
        let last = info.levels.last().ok_or(Error::Unsupported {
            what: "granule without levels",
        })?;
        if va_bits > F::VA_BITS || va_bits <= last.index_lsb {
            return Err(Error::InvalidArgument {
                what: "input address size outside what the format and granule allow",
            });
        }
        let start = info
            .levels
            .iter()
            .position(|l| l.index_lsb < va_bits)
            .unwrap_or(info.levels.len() - 1);
        let mut pt = PageTable {
            levels: &info.levels[start..],
            granule: info.size,
            va_bits,
            root: NO_TABLE,
            blocks: TryVec::try_from_elem(0, info.levels.len() - start)?,
            nodes: TryVec::new(),
            free_slots: TryVec::new(),
            last_table: None,
            leaf_tables: TryVec::try_from_elem(LeafTable::NONE, LEAF_TABLES)?,
            leaf_changed: [0; LEAF_WORDS],
            leaf_shift: 63,
            leaf_index_lsb: 0,
            leaf_index_mask: 0,
            blocks_total: 0,
            leaf_size_set: 0,
            spare: TryVec::new(),
            stats: TableStats::default(),
            _format: PhantomData,
        };
        pt.leaf_size_set = pt
            .levels
            .iter()
            .filter_map(|lvl: &LevelInfo| lvl.leaf.then_some(lvl.entry_span))
            .fold(0, |acc, span| acc | span);
        // A single level has no final-level table below the root: no address finds one then
        // (every place of `leaf_tables` stays empty).
        if let [.., parent, leaf] = pt.levels {
            pt.leaf_shift = parent.entry_span.trailing_zeros();
            pt.leaf_index_lsb = leaf.index_lsb;
            pt.leaf_index_mask = index_mask(leaf);
        }
        pt.root = pt.alloc_table(hal, 0)?;
        // The caller publishes the root (in a CD or STE) after this; make its zeroes visible.
        hal.wmb();
        Ok(pt)
    }

    /// The root table's address, for the CD's TTB0 or the STE's S2TTB.
    pub fn root(&self) -> u64 {
        self.nodes
            .get(self.root as usize)
            .and_then(Option::as_ref)
            .map_or(0, |n| n.buf.addr)
    }

    /// The architectural number of the start level (for the STE's S2SL0).
    pub fn start_level(&self) -> u32 {
        self.levels.first().map_or(0, |l| l.level)
    }

    /// Input address size in bits (64 minus the CD's T0SZ or the STE's S2T0SZ).
    pub fn va_bits(&self) -> u32 {
        self.va_bits
    }

    /// The granule size in bytes.
    pub fn granule(&self) -> u64 {
        self.granule
    }

    /// The sizes `map` can use for one descriptor, OR-ed together (the granule and each block
    /// size of the levels in use), like Linux's `pgsize_bitmap`.
    pub fn leaf_sizes(&self) -> u64 {
        self.leaf_size_set
    }

    /// The map and unmap calls so far, and their bytes.
    pub fn stats(&self) -> TableStats {
        self.stats
    }

    /// Number of tables, the root included.
    pub fn table_count(&self) -> usize {
        self.nodes.len() - self.free_slots.len()
    }

    /// Maps `[iova, iova + size)` to `[pa, pa + size)` with `prot`, using at each step the
    /// largest block the level geometry allows where `iova`, `pa` and the remaining size are
    /// aligned to it, and pages elsewhere.
    ///
    /// Fails with [`Error::InvalidArgument`] if an address or the size is not a multiple of the
    /// granule, the size is zero, the range passes the input or output address size, or `prot`
    /// grants neither read nor write; with [`Error::Busy`] if any part of the range is already
    /// mapped; with the HAL's error if a table cannot be allocated. On failure nothing is left
    /// mapped: descriptors written before the failure are cleared again (a caller whose device
    /// may access the range meanwhile should invalidate it). Tables allocated for them stay, empty,
    /// until an unmap covering them or [`PageTable::destroy`].
    ///
    /// A table that an earlier unmap left empty is filled in place, with the next level's
    /// entries, even where a block would fit: replacing a table descriptor by a block needs a
    /// walk-cache invalidation in between, which only an unmap of the table's span brings.
    ///
    /// Inlined into the caller, so that a page in the remembered table costs no call; everything
    /// else goes out of line.
    #[inline(always)]
    pub fn map<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Result<()> {
        self.stats.maps = self.stats.maps.wrapping_add(1);
        let res = match self.map_remembered(hal, iova, pa, size, prot) {
            Some(res) => res,
            None => self.map_checked(hal, iova, pa, size, prot),
        };
        if res.is_ok() {
            self.stats.mapped = self.stats.mapped.wrapping_add(size);
        }
        res
    }

    /// [`PageTable::map`] beyond a page in the remembered table: the arguments checked, a run
    /// of pages in the remembered table, one leaf through table descriptors, or the general
    /// walk. Kept out of line, so the page path saves no registers it does not use; the walk is
    /// inlined here, as a call more costs ranges more than it saves the single leaf.
    #[inline(never)]
    fn map_checked<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Result<()> {
        let end = self.check_range(iova, size)?;
        if pa & (self.granule - 1) != 0 {
            return Err(Error::InvalidArgument {
                what: "physical address not aligned to the granule",
            });
        }
        if pa.checked_add(size).is_none_or(|e| e > 1u64 << F::OA_BITS) {
            return Err(Error::InvalidArgument {
                what: "physical range passes the output address size",
            });
        }
        if !prot.readable() && !prot.writable() {
            return Err(Error::InvalidArgument {
                what: "protection grants no access",
            });
        }
        if let Some(res) = self.map_run(hal, iova, pa, end, prot) {
            return res;
        }
        if let Some(res) = self.map_one(hal, iova, pa, size, prot) {
            return res;
        }
        self.map_walk(hal, iova, pa, end, prot)
    }

    /// [`PageTable::map`] of a checked range through the general walk.
    #[inline(always)]
    fn map_walk<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        end: u64,
        prot: Prot,
    ) -> Result<()> {
        let mut done = 0;
        let res = self.descend(hal, iova, end).and_then(|(slot, depth)| {
            self.map_in(hal, slot, depth, iova, pa, end, prot, &mut done)
        });
        if res.is_err() && done != 0 {
            // Take back what was written; keep the (now empty) tables, see above. Only a corrupt
            // table can make this fail, and then the first error is the one to report.
            let mut scratch = Unmapped::default();
            let _ = self.unmap_in(hal, self.root, 0, iova, iova + done, &mut scratch, false);
        }
        res
    }

    /// Removes every page and block in `[iova, iova + size)`; a block only partly inside is
    /// first split into next-level entries (recursively), so exactly the range is unmapped.
    /// Unmapped holes in the range are skipped.
    ///
    /// Tables are kept when the unmap merely empties them (an IOVA the caller maps again finds
    /// its tables in place, as Linux's io-pgtable does), so only leaf entries changed and a
    /// leaf-only TLB invalidation of the range suffices. A table whose whole span the range
    /// covers is unhooked with everything below it and returned in [`Unmapped::tables`]: the
    /// caller invalidates the range's walk caches too (a non-leaf invalidation) and then
    /// releases them.
    ///
    /// Fails with [`Error::InvalidArgument`] for a misaligned, empty or out-of-range range, and
    /// with the HAL's error if a table for a split cannot be allocated; then nothing was
    /// unmapped (splits already done translate exactly as the block did).
    ///
    /// Inlined into the caller, as [`PageTable::map`] is.
    #[inline(always)]
    pub fn unmap<H: Hal>(&mut self, hal: &H, iova: u64, size: u64) -> Result<Unmapped> {
        let mut out = Unmapped::default();
        self.unmap_into(hal, iova, size, &mut out)?;
        Ok(out)
    }

    /// [`PageTable::unmap`] into `out`, an empty [`Unmapped`] of the caller's: a page in the
    /// remembered table is recorded in place, so that what was removed is not moved from
    /// frame to frame (a locked caller's closure would otherwise copy it out through memory).
    #[inline(always)]
    pub fn unmap_into<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        // The bytes are counted where each path knows them, so the result is not moved again.
        self.stats.unmaps = self.stats.unmaps.wrapping_add(1);
        match self.unmap_remembered(hal, iova, size, out) {
            Some(res) => res,
            None => self.unmap_checked(hal, iova, size, out),
        }
    }

    /// [`PageTable::unmap`] beyond a page in the remembered table (out of line, as
    /// [`PageTable::map`]'s).
    #[inline(never)]
    fn unmap_checked<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        let end = self.check_range(iova, size)?;
        let res = if let Some(res) = self.unmap_run(hal, iova, end, out) {
            res
        } else if let Some(res) = self.unmap_one(hal, iova, size, out) {
            res
        } else {
            self.unmap_walk(hal, iova, end, out)
        };
        if res.is_ok() {
            self.stats.unmapped = self.stats.unmapped.wrapping_add(out.bytes);
        }
        res
    }

    /// [`PageTable::unmap`] of a checked range through the general walk.
    #[inline(always)]
    fn unmap_walk<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        end: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        // Room for every table the range covers, so unhooking one never needs memory (none for
        // a range smaller than the smallest table span; the spare list's room otherwise).
        let covered = self.tables_within(iova, end);
        if covered != 0 {
            let mut tables = core::mem::take(&mut self.spare);
            if let Err(e) = tables.try_reserve(covered) {
                self.spare = tables;
                return Err(e.into());
            }
            out.tables = tables;
        }
        // Split first, at both ends: the only step that can fail, and it changes no translation.
        let split = self.may_split(iova) || (end < self.limit() && self.may_split(end));
        let mut res = if split {
            self.split_edges(hal, iova, end, out)
        } else {
            Ok(())
        };
        if res.is_ok() {
            res = self
                .descend(hal, iova, end)
                .and_then(|(slot, depth)| self.unmap_in(hal, slot, depth, iova, end, out, true));
        }
        res
    }

    /// At most how many tables below the root have their whole span inside `[iova, end)` (at
    /// most all of them): the tables an unmap of the range can unhook.
    pub(super) fn tables_within(&self, iova: u64, end: u64) -> usize {
        // The smallest table spans one entry of the level above the final one: a shorter range
        // covers no table.
        let smallest = self
            .levels
            .len()
            .checked_sub(2)
            .and_then(|d| self.levels.get(d));
        if smallest.is_none_or(|l| end - iova < l.entry_span) {
            return 0;
        }
        let n: u64 = self
            .levels
            .iter()
            .take(self.levels.len().saturating_sub(1))
            .map(|parent| {
                // A table one level down spans one entry of its parent (`2^index_lsb` bytes).
                let shift = parent.index_lsb;
                let first = (iova >> shift) + u64::from(iova & (parent.entry_span - 1) != 0);
                (end >> shift).saturating_sub(first)
            })
            .fold(0, u64::saturating_add);
        usize::try_from(n)
            .unwrap_or(usize::MAX)
            .min(self.table_count())
    }

    /// The output address `iova` translates to, or `None` if it is unmapped (or outside the
    /// input address range, or the tables are corrupt).
    ///
    /// A page in the final-level table the last map or unmap reached is read there, with no
    /// walk: the DMA layer looks up the address it is about to unmap (Linux's
    /// `iommu_dma_unmap_page`), which is most often the one it mapped last. Inlined into the
    /// caller, as [`PageTable::map`] is.
    #[inline(always)]
    pub fn iova_to_phys<H: Hal>(&self, hal: &H, iova: u64) -> Option<u64> {
        if let Some(found) = self.phys_remembered(hal, iova) {
            return found;
        }
        self.iova_to_phys_walk(hal, iova)
    }

    /// [`PageTable::iova_to_phys`] through the walk from the root (out of line, as
    /// [`PageTable::map`]'s general path).
    #[inline(never)]
    fn iova_to_phys_walk<H: Hal>(&self, hal: &H, iova: u64) -> Option<u64> {
        let leaf = self.walk(hal, iova).ok().flatten()?;
        Some(leaf.oa + (iova - leaf.iova))
    }

    /// The leaf descriptor translating `iova` and its level; `Ok(None)` if unmapped or outside
    /// the input address range, [`Error::Corrupt`] for a descriptor of no known kind.
    pub fn walk<H: Hal>(&self, hal: &H, iova: u64) -> Result<Option<Leaf>> {
        if iova >= self.limit() {
            return Ok(None);
        }
        let mut slot = self.root;
        for lvl in self.levels {
            let buf = self.node(slot)?.buf;
            let idx = index(lvl, iova);
            let raw = hal.dma_read(&buf, idx);
            match Self::decode(lvl, raw) {
                Desc::Empty => return Ok(None),
                Desc::Table(addr) => slot = self.child(slot, idx, addr)?,
                Desc::Leaf(oa) => {
                    return Ok(Some(Leaf {
                        level: lvl.level,
                        raw,
                        iova: iova & !(lvl.entry_span - 1),
                        oa,
                        size: lvl.entry_span,
                        prot: F::leaf_prot(raw, lvl.last),
                    }))
                }
                Desc::Invalid => return Err(CORRUPT_DESC),
            }
        }
        Err(CORRUPT_DESC)
    }

    /// Frees the tables `unmapped` holds ([`Unmapped::release`]) and keeps its list's memory
    /// for a later unmap. Call once the TLB invalidation for the range has completed.
    pub fn release<H: Hal>(&mut self, hal: &H, mut unmapped: Unmapped) {
        unmapped.release(hal);
        if unmapped.tables.capacity() > self.spare.capacity() {
            self.spare = unmapped.tables;
        }
    }

    /// Frees every table, the root included. The tables must no longer be in use by the SMMU
    /// (the CD or STE pointing at the root is gone and its TLB entries invalidated).
    pub fn destroy<H: Hal>(self, hal: &H) {
        for node in self.nodes.into_iter().flatten() {
            hal.dma_free(node.buf);
        }
    }

    /// One past the highest input address.
    pub(super) fn limit(&self) -> u64 {
        1u64 << self.va_bits
    }

    /// Whether a block may contain `addr` other than at its start.
    pub(super) fn may_split(&self, addr: u64) -> bool {
        self.blocks_total != 0
            && self
                .levels
                .iter()
                .zip(&self.blocks)
                .any(|(l, &n)| n != 0 && addr & (l.entry_span - 1) != 0)
    }

    /// Adds `add` blocks to and removes `sub` from the count of level `depth`.
    #[inline(always)]
    pub(super) fn count_blocks(&mut self, depth: usize, add: u64, sub: u64) {
        if let Some(n) = self.blocks.get_mut(depth) {
            let before = *n;
            *n = n.saturating_sub(sub) + add;
            self.blocks_total = self.blocks_total - before + *n;
        }
    }

    /// Checks an input range and returns its end.
    pub(super) fn check_range(&self, iova: u64, size: u64) -> Result<u64> {
        if size == 0 {
            return Err(Error::InvalidArgument {
                what: "empty range",
            });
        }
        if (iova | size) & (self.granule - 1) != 0 {
            return Err(Error::InvalidArgument {
                what: "address or size not aligned to the granule",
            });
        }
        match iova.checked_add(size) {
            Some(end) if end <= self.limit() => Ok(end),
            _ => Err(Error::InvalidArgument {
                what: "range passes the input address size",
            }),
        }
    }

    #[inline(always)]
    pub(super) fn decode(lvl: &LevelInfo, raw: u64) -> Desc {
        let found = if raw == 0 {
            return Desc::Empty;
        } else if lvl.last {
            F::page_oa(raw).map(Desc::Leaf)
        } else if let Some(addr) = F::table_addr(raw) {
            Some(Desc::Table(addr))
        } else if lvl.leaf {
            F::block_oa(raw).map(Desc::Leaf)
        } else {
            None
        };
        found.unwrap_or(Desc::Invalid)
    }

    #[inline(always)]
    pub(super) fn leaf(lvl: &LevelInfo, oa: u64, prot: Prot) -> Result<u64> {
        Ok(if lvl.last {
            F::page(oa, prot)?
        } else {
            F::block(oa, prot)?
        })
    }
}
