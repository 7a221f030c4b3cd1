//! Translation tables in DMA memory, written once for every format and granule: [`PageTable`]
//! maps, unmaps and walks VMSAv8-64 tables whose descriptors come from a [`Format`] (stage 1 or
//! stage 2, through the types generated from the spec) and whose shape comes from the format's
//! per-granule geometry (`GRANULE_4K`, `GRANULE_16K`, `GRANULE_64K`).
//!
//! The tables live in memory from [`Hal::dma_alloc`], one granule each, aligned to the granule.
//! A CPU-side shadow keeps, for every table, its buffer, its number of valid entries (so a table
//! that becomes empty is freed on unmap) and which shadow table each table descriptor points at
//! (so a walk never searches). The memory the SMMU reads stays the single source of truth for
//! what is mapped: every walk reads the descriptors back and checks that table descriptors agree
//! with the shadow ([`Error::Corrupt`] otherwise).
//!
//! Barriers: every operation that wrote descriptors calls [`Hal::wmb`] before returning, after
//! which the caller issues its TLB invalidation. A table is also preceded by a `wmb` before the
//! descriptor that publishes it is written, so a walker never sees a table before its contents
//! (its zeroes, or the entries of a split block).

use alloc::vec;
use alloc::vec::Vec;
use core::marker::PhantomData;
use core::ops::BitOr;

use super::error::{Error, Result};
use super::hal::{DmaBuf, Hal};
use super::spec::support::{mask, LevelInfo};

pub mod format;
#[cfg(any(test, feature = "testhal"))]
pub mod testhal;
#[cfg(test)]
mod tests;

pub use format::{Format, Stage1, Stage2};

/// Access permissions and memory type of a mapping: a set of flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Prot(u8);

impl Prot {
    /// No access (refused by [`PageTable::map`]).
    pub const NONE: Prot = Prot(0);
    /// The device may read.
    pub const READ: Prot = Prot(1 << 0);
    /// The device may write (stage 1 cannot express write-only: it maps it read/write).
    pub const WRITE: Prot = Prot(1 << 1);
    /// Instruction fetches are allowed (otherwise execute-never).
    pub const EXEC: Prot = Prot(1 << 2);
    /// Normal write-back cacheable memory; without it the mapping is Device-nGnRE.
    pub const CACHE: Prot = Prot(1 << 3);
    /// Only privileged transactions may access (stage 1 only; stage 2 ignores it).
    pub const PRIV: Prot = Prot(1 << 4);

    /// The flags of both.
    #[must_use]
    pub const fn union(self, other: Prot) -> Prot {
        Prot(self.0 | other.0)
    }

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: Prot) -> bool {
        self.0 & other.0 == other.0
    }

    /// [`Prot::READ`] is set.
    pub const fn readable(self) -> bool {
        self.contains(Prot::READ)
    }

    /// [`Prot::WRITE`] is set.
    pub const fn writable(self) -> bool {
        self.contains(Prot::WRITE)
    }

    /// [`Prot::EXEC`] is set.
    pub const fn executable(self) -> bool {
        self.contains(Prot::EXEC)
    }

    /// [`Prot::CACHE`] is set.
    pub const fn cacheable(self) -> bool {
        self.contains(Prot::CACHE)
    }

    /// [`Prot::PRIV`] is set.
    pub const fn privileged(self) -> bool {
        self.contains(Prot::PRIV)
    }
}

impl BitOr for Prot {
    type Output = Prot;
    fn bitor(self, rhs: Prot) -> Prot {
        self.union(rhs)
    }
}

/// A translation granule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Granule {
    /// 4 KiB pages; 2 MiB and 1 GiB blocks.
    Size4K,
    /// 16 KiB pages; 32 MiB blocks.
    Size16K,
    /// 64 KiB pages; 512 MiB blocks.
    Size64K,
}

impl Granule {
    /// The granule size in bytes.
    pub const fn bytes(self) -> u64 {
        match self {
            Granule::Size4K => 0x1000,
            Granule::Size16K => 0x4000,
            Granule::Size64K => 0x1_0000,
        }
    }
}

/// What [`PageTable::unmap`] removed, for the caller's TLB invalidation.
///
/// Tables that became empty were unhooked but not freed: the SMMU's walk caches may still hold
/// them until the caller's invalidation completes. Hand them back with [`Unmapped::release`]
/// after that (or at once if the table was never live).
#[derive(Debug, Default, PartialEq, Eq)]
#[must_use = "detached tables must be released after TLB invalidation"]
pub struct Unmapped {
    /// Bytes of input address space whose leaves were removed.
    pub bytes: u64,
    /// Number of leaf descriptors removed.
    pub leaves: u64,
    /// The sizes of the removed leaves, OR-ed together (each size is a power of two, so bit `n`
    /// set means a leaf of `2^n` bytes was removed).
    pub leaf_sizes: u64,
    /// The sizes of the blocks split because the range ended inside them, OR-ed together. The
    /// TLB may still hold such a block for the unmapped part: invalidation by address catches
    /// it, but a level hint (TTL) must allow these sizes too; see [`Unmapped::tlb_sizes`].
    pub split_sizes: u64,
    /// Number of blocks split.
    pub blocks_split: u32,
    /// Tables unhooked because they became empty: walk caches must be invalidated (a non-leaf
    /// invalidation) before they are released.
    pub tables: Vec<DmaBuf>,
}

impl Unmapped {
    /// Whether nothing was removed.
    pub fn is_empty(&self) -> bool {
        self.leaves == 0 && self.tables.is_empty()
    }

    /// Every leaf size the TLB may hold for the range: removed leaves and split blocks.
    pub const fn tlb_sizes(&self) -> u64 {
        self.leaf_sizes | self.split_sizes
    }

    /// The smallest removed leaf, if any.
    pub const fn min_leaf_size(&self) -> Option<u64> {
        if self.leaf_sizes == 0 {
            None
        } else {
            Some(1 << self.leaf_sizes.trailing_zeros())
        }
    }

    /// The largest removed leaf, if any.
    pub const fn max_leaf_size(&self) -> Option<u64> {
        if self.leaf_sizes == 0 {
            None
        } else {
            Some(1 << (63 - self.leaf_sizes.leading_zeros()))
        }
    }

    /// Whether table descriptors were removed (so walk caches need a non-leaf invalidation).
    pub fn tables_removed(&self) -> bool {
        !self.tables.is_empty()
    }

    /// Frees the detached tables. Call once the TLB invalidation for the range has completed.
    pub fn release<H: Hal>(&mut self, hal: &H) {
        for buf in self.tables.drain(..) {
            hal.dma_free(buf);
        }
    }

    fn removed(&mut self, span: u64) {
        self.bytes += span;
        self.leaves += 1;
        self.leaf_sizes |= span;
    }
}

/// The leaf translating an address, as [`PageTable::walk`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leaf {
    /// The lookup level of the descriptor (architectural numbering: 3 is the page level).
    pub level: u32,
    /// The raw descriptor.
    pub raw: u64,
    /// The first input address the leaf maps.
    pub iova: u64,
    /// The output address of that first byte.
    pub oa: u64,
    /// Bytes the leaf maps.
    pub size: u64,
    /// Its permissions and memory type, decoded.
    pub prot: Prot,
}

/// A descriptor read from a table, classified by the format at its level.
#[derive(Debug, Clone, Copy)]
enum Desc {
    Empty,
    Table(u64),
    Leaf(u64),
    Invalid,
}

/// Slot of a shadow table, and the "no table" marker in child arrays.
type Slot = u32;
const NO_TABLE: Slot = Slot::MAX;

/// The CPU-side shadow of one table.
#[derive(Debug)]
struct Node {
    buf: DmaBuf,
    /// Non-zero descriptors in the table.
    live: u32,
    /// For tables above the final level: the slot each table descriptor points at.
    children: Vec<Slot>,
}

const CORRUPT_DESC: Error = Error::Corrupt { what: "page table descriptor of no known kind" };
const CORRUPT_SHADOW: Error = Error::Corrupt { what: "page table descriptor disagrees with the driver's table list" };

/// The entry of the table at `lvl` that `va` falls in.
#[inline(always)]
fn index(lvl: &LevelInfo, va: u64) -> usize {
    ((va >> lvl.index_lsb) & mask(lvl.index_msb - lvl.index_lsb + 1)) as usize
}

/// Translation tables of format `F` in DMA memory.
///
/// The `PageTable` does not own the HAL: every call takes it, and [`PageTable::destroy`] must be
/// called to free the tables (dropping it leaks them).
#[derive(Debug)]
pub struct PageTable<F: Format> {
    /// The lookup levels in use, start level first.
    levels: &'static [LevelInfo],
    granule: u64,
    va_bits: u32,
    root: Slot,
    /// Block descriptors in the tables: while there are none, unmap has nothing to split.
    blocks: u64,
    nodes: Vec<Option<Node>>,
    free_slots: Vec<Slot>,
    _format: PhantomData<F>,
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
            .ok_or(Error::Unsupported { what: "translation granule not supported by the format" })?;
        let last = info.levels.last().ok_or(Error::Unsupported { what: "granule without levels" })?;
        if va_bits > F::VA_BITS || va_bits <= last.index_lsb {
            return Err(Error::InvalidArgument { what: "input address size outside what the format and granule allow" });
        }
        let start = info.levels.iter().position(|l| l.index_lsb < va_bits).unwrap_or(info.levels.len() - 1);
        let mut pt = PageTable {
            levels: &info.levels[start..],
            granule: info.size,
            va_bits,
            root: NO_TABLE,
            blocks: 0,
            nodes: Vec::new(),
            free_slots: Vec::new(),
            _format: PhantomData,
        };
        pt.root = pt.alloc_table(hal, 0)?;
        // The caller publishes the root (in a CD or STE) after this; make its zeroes visible.
        hal.wmb();
        Ok(pt)
    }

    /// The root table's address, for the CD's TTB0 or the STE's S2TTB.
    pub fn root(&self) -> u64 {
        self.nodes.get(self.root as usize).and_then(Option::as_ref).map_or(0, |n| n.buf.addr)
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
        self.levels.iter().filter(|l| l.leaf).fold(0, |acc, l| acc | l.entry_span)
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
    pub fn map<H: Hal>(&mut self, hal: &H, iova: u64, pa: u64, size: u64, prot: Prot) -> Result<()> {
        let end = self.check_range(iova, size)?;
        if pa & (self.granule - 1) != 0 {
            return Err(Error::InvalidArgument { what: "physical address not aligned to the granule" });
        }
        if pa.checked_add(size).is_none_or(|e| e > 1u64 << F::OA_BITS) {
            return Err(Error::InvalidArgument { what: "physical range passes the output address size" });
        }
        if !prot.readable() && !prot.writable() {
            return Err(Error::InvalidArgument { what: "protection grants no access" });
        }
        let mut done = 0;
        let res = self.map_in(hal, self.root, 0, iova, pa, end, prot, &mut done);
        if res.is_err() && done != 0 {
            // Take back what was written; keep the (now empty) tables, see above. Only a corrupt
            // table can make this fail, and then the first error is the one to report.
            let mut scratch = Unmapped::default();
            let _ = self.unmap_in(hal, self.root, 0, iova, iova + done, &mut scratch, false);
        }
        hal.wmb();
        res
    }

    /// Removes every page and block in `[iova, iova + size)`; a block only partly inside is
    /// first split into next-level entries (recursively), so exactly the range is unmapped.
    /// Tables left empty are unhooked and returned in [`Unmapped::tables`]: release them after
    /// the TLB invalidation. Unmapped holes in the range are skipped.
    ///
    /// Fails with [`Error::InvalidArgument`] for a misaligned, empty or out-of-range range, and
    /// with the HAL's error if a table for a split cannot be allocated; then nothing was
    /// unmapped (splits already done translate exactly as the block did).
    pub fn unmap<H: Hal>(&mut self, hal: &H, iova: u64, size: u64) -> Result<Unmapped> {
        let end = self.check_range(iova, size)?;
        let mut out = Unmapped::default();
        // Split first, at both ends: the only step that can fail, and it changes no translation.
        let mut res = if self.blocks != 0 { self.split_edges(hal, iova, end, &mut out) } else { Ok(()) };
        if res.is_ok() {
            res = self.unmap_in(hal, self.root, 0, iova, end, &mut out, true).map(|_| ());
        }
        hal.wmb();
        res.map(|()| out)
    }

    /// The output address `iova` translates to, or `None` if it is unmapped (or outside the
    /// input address range, or the tables are corrupt).
    pub fn iova_to_phys<H: Hal>(&self, hal: &H, iova: u64) -> Option<u64> {
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

    /// Frees every table, the root included. The tables must no longer be in use by the SMMU
    /// (the CD or STE pointing at the root is gone and its TLB entries invalidated).
    pub fn destroy<H: Hal>(self, hal: &H) {
        for node in self.nodes.into_iter().flatten() {
            hal.dma_free(node.buf);
        }
    }

    /// One past the highest input address.
    fn limit(&self) -> u64 {
        1u64 << self.va_bits
    }

    /// Checks an input range and returns its end.
    fn check_range(&self, iova: u64, size: u64) -> Result<u64> {
        if size == 0 {
            return Err(Error::InvalidArgument { what: "empty range" });
        }
        if (iova | size) & (self.granule - 1) != 0 {
            return Err(Error::InvalidArgument { what: "address or size not aligned to the granule" });
        }
        match iova.checked_add(size) {
            Some(end) if end <= self.limit() => Ok(end),
            _ => Err(Error::InvalidArgument { what: "range passes the input address size" }),
        }
    }

    #[inline(always)]
    fn decode(lvl: &LevelInfo, raw: u64) -> Desc {
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
    fn leaf(lvl: &LevelInfo, oa: u64, prot: Prot) -> Result<u64> {
        Ok(if lvl.last { F::page(oa, prot)? } else { F::block(oa, prot)? })
    }

    #[inline(always)]
    fn node(&self, slot: Slot) -> Result<&Node> {
        self.nodes.get(slot as usize).and_then(Option::as_ref).ok_or(CORRUPT_SHADOW)
    }

    #[inline(always)]
    fn node_mut(&mut self, slot: Slot) -> Result<&mut Node> {
        self.nodes.get_mut(slot as usize).and_then(Option::as_mut).ok_or(CORRUPT_SHADOW)
    }

    /// The table that entry `idx` of `parent`, a table descriptor for `addr`, points at.
    #[inline(always)]
    fn child(&self, parent: Slot, idx: usize, addr: u64) -> Result<Slot> {
        let slot = self.node(parent)?.children.get(idx).copied().ok_or(CORRUPT_SHADOW)?;
        if self.node(slot)?.buf.addr == addr {
            Ok(slot)
        } else {
            Err(CORRUPT_SHADOW)
        }
    }

    /// Allocates a zeroed table for lookup level `depth` (an index into `levels`).
    fn alloc_table<H: Hal>(&mut self, hal: &H, depth: usize) -> Result<Slot> {
        let bytes = usize::try_from(self.granule).map_err(|_| Error::Unsupported { what: "granule larger than the address space" })?;
        let buf = hal.dma_alloc(bytes, bytes)?;
        if buf.bytes < bytes || buf.addr & (self.granule - 1) != 0 {
            hal.dma_free(buf);
            return Err(Error::Corrupt { what: "DMA allocation smaller or less aligned than requested" });
        }
        let has_children = self.levels.get(depth).is_some_and(|l| !l.last);
        let children = if has_children { vec![NO_TABLE; bytes / 8] } else { Vec::new() };
        let node = Node { buf, live: 0, children };
        Ok(match self.free_slots.pop() {
            Some(slot) => {
                self.nodes[slot as usize] = Some(node);
                slot
            }
            None => {
                self.nodes.push(Some(node));
                (self.nodes.len() - 1) as Slot
            }
        })
    }

    /// Forgets table `slot` (its memory is freed or handed to the caller by the caller).
    fn take_table(&mut self, slot: Slot) -> Option<DmaBuf> {
        let node = self.nodes.get_mut(slot as usize)?.take()?;
        self.free_slots.push(slot);
        Some(node.buf)
    }

    /// Points entry `idx` of table `parent` at the new table `child` (whose contents are
    /// written): orders the table's contents before the descriptor that publishes it.
    fn install<H: Hal>(&mut self, hal: &H, parent: Slot, idx: usize, child: Slot) -> Result<()> {
        let addr = self.node(child)?.buf.addr;
        let desc = F::table(addr)?;
        let node = self.node_mut(parent)?;
        let slot = node.children.get_mut(idx).ok_or(CORRUPT_SHADOW)?;
        *slot = child;
        hal.wmb();
        hal.dma_write(&node.buf, idx, desc);
        Ok(())
    }

    /// Maps `[va, end)` of the table `slot` at `depth` to `pa..`; `done` counts the bytes whose
    /// leaves were written, which are always `[start, start + done)`.
    #[allow(clippy::too_many_arguments)]
    fn map_in<H: Hal>(&mut self, hal: &H, slot: Slot, depth: usize, mut va: u64, mut pa: u64, end: u64, prot: Prot, done: &mut u64) -> Result<()> {
        let levels = self.levels;
        let lvl = levels.get(depth).ok_or(CORRUPT_DESC)?;
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
                Desc::Empty if whole => Self::leaf(lvl, pa, prot).map(|d| {
                    hal.dma_write(&buf, idx, d);
                    added += 1;
                    *done += span;
                    self.blocks += u64::from(!lvl.last);
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
                    // A table with entries is in the way of a block; an empty one (left by a
                    // failed map) is filled instead.
                    Ok(child) if whole && self.node(child).is_ok_and(|n| n.live != 0) => Err(Error::Busy { what: "range overlaps an existing mapping" }),
                    Ok(child) => self.map_in(hal, child, depth + 1, va, pa, next, prot, done),
                    Err(e) => Err(e),
                },
                Desc::Leaf(_) => Err(Error::Busy { what: "range overlaps an existing mapping" }),
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

    /// Makes `start` and `end` boundaries between descriptors: splits every block that
    /// contains one of them other than at its start. Walks once while both fall in the same entry.
    fn split_edges<H: Hal>(&mut self, hal: &H, start: u64, end: u64, out: &mut Unmapped) -> Result<()> {
        let levels = self.levels;
        let mut slot = self.root;
        for (depth, lvl) in levels.iter().enumerate() {
            if end - (start & !(lvl.entry_span - 1)) >= lvl.entry_span {
                // The edges are in different entries (or `end` ends this one): one walk each.
                self.split_at(hal, slot, depth, start, out)?;
                return if end < self.limit() { self.split_at(hal, slot, depth, end, out) } else { Ok(()) };
            }
            match self.step_down(hal, slot, depth, start, out)? {
                Some(child) => slot = child,
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// Makes `addr` a boundary between descriptors below table `slot` at `depth`.
    fn split_at<H: Hal>(&mut self, hal: &H, mut slot: Slot, depth: usize, addr: u64, out: &mut Unmapped) -> Result<()> {
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
    fn step_down<H: Hal>(&mut self, hal: &H, slot: Slot, depth: usize, addr: u64, out: &mut Unmapped) -> Result<Option<Slot>> {
        let lvl = self.levels.get(depth).ok_or(CORRUPT_DESC)?;
        let idx = index(lvl, addr);
        let raw = hal.dma_read(&self.node(slot)?.buf, idx);
        match Self::decode(lvl, raw) {
            Desc::Empty => Ok(None),
            Desc::Table(a) => self.child(slot, idx, a).map(Some),
            Desc::Leaf(oa) => self.split_block(hal, slot, depth, idx, raw, oa, out).map(Some),
            Desc::Invalid => Err(CORRUPT_DESC),
        }
    }

    /// Replaces the block `raw` (entry `idx` of table `parent` at `depth`, mapping `oa`) by a
    /// table of next-level leaves translating the same way; returns the new table.
    #[allow(clippy::too_many_arguments)]
    fn split_block<H: Hal>(&mut self, hal: &H, parent: Slot, depth: usize, idx: usize, raw: u64, oa: u64, out: &mut Unmapped) -> Result<Slot> {
        let levels = self.levels;
        let lvl = levels.get(depth).ok_or(CORRUPT_DESC)?;
        let sub = levels.get(depth + 1).ok_or(CORRUPT_DESC)?;
        let prot = F::leaf_prot(raw, lvl.last);
        let child = self.alloc_table(hal, depth + 1)?;
        let res = (|| {
            let node = self.node_mut(child)?;
            let n = lvl.entry_span / sub.entry_span;
            for i in 0..n {
                hal.dma_write(&node.buf, i as usize, Self::leaf(sub, oa + i * sub.entry_span, prot)?);
            }
            node.live = n as u32;
            self.install(hal, parent, idx, child)
        })();
        if let Err(e) = res {
            if let Some(b) = self.take_table(child) {
                hal.dma_free(b);
            }
            return Err(e);
        }
        self.blocks = self.blocks.saturating_sub(1) + if sub.last { 0 } else { lvl.entry_span / sub.entry_span };
        out.blocks_split += 1;
        out.split_sizes |= lvl.entry_span;
        Ok(child)
    }

    /// Removes the leaves in `[va, end)` of table `slot` at `depth` (none straddles `va` or
    /// `end`: `split_at` saw to it), unhooking child tables that become empty if `detach`.
    /// Returns the table's remaining number of entries.
    #[allow(clippy::too_many_arguments)]
    fn unmap_in<H: Hal>(&mut self, hal: &H, slot: Slot, depth: usize, mut va: u64, end: u64, out: &mut Unmapped, detach: bool) -> Result<u32> {
        let levels = self.levels;
        let lvl = levels.get(depth).ok_or(CORRUPT_DESC)?;
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
                Desc::Leaf(_) if next - va == span => {
                    hal.dma_write(&buf, idx, 0);
                    removed += 1;
                    self.blocks = self.blocks.saturating_sub(u64::from(!lvl.last));
                    out.removed(span);
                    Ok(())
                }
                Desc::Leaf(_) => Err(Error::Corrupt { what: "block straddles an unmap boundary after splitting" }),
                Desc::Table(addr) => self.child(slot, idx, addr).and_then(|child| {
                    let left = self.unmap_in(hal, child, depth + 1, va, next, out, detach)?;
                    if detach && left == 0 {
                        hal.dma_write(&buf, idx, 0);
                        removed += 1;
                        if let Some(c) = self.node_mut(slot)?.children.get_mut(idx) {
                            *c = NO_TABLE;
                        }
                        out.tables.extend(self.take_table(child));
                    }
                    Ok(())
                }),
                Desc::Invalid => Err(CORRUPT_DESC),
            };
            if let Err(e) = step {
                res = Err(e);
                break;
            }
            va = next;
        }
        let node = self.node_mut(slot)?;
        if removed != 0 {
            node.live = node.live.saturating_sub(removed);
        }
        let left = node.live;
        res.map(|()| left)
    }
}
