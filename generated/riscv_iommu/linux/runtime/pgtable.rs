// SPDX-License-Identifier: MIT OR Apache-2.0

//! Translation tables in DMA memory, written once for every format and granule: [`PageTable`]
//! maps, unmaps and walks VMSAv8-64 tables whose descriptors come from a [`Format`] (stage 1 or
//! stage 2, through the types generated from the spec) and whose shape comes from the format's
//! per-granule geometry (`GRANULE_4K`, `GRANULE_16K`, `GRANULE_64K`).
//!
//! The tables live in memory from [`Hal::dma_alloc`], one granule each, aligned to the granule.
//! A CPU-side shadow keeps, for every table, its buffer, its number of valid entries (so a map
//! can tell an empty table from one in use) and which shadow table each table descriptor points
//! at (so a walk never searches). The memory the SMMU reads stays the single
//! source of truth for what is mapped: every walk reads the descriptors back and checks that
//! table descriptors agree with the shadow
//! ([`Error::Corrupt`](super::error::Error::Corrupt) otherwise).
//!
//! Barriers: a new table is preceded by a [`Hal::wmb`] before the descriptor that publishes it
//! is written, so a walker never sees a table before its contents (its zeroes, or the entries
//! of a split block); the root is followed by one before [`PageTable::new`] returns, for the
//! caller to publish it. Leaf writes are followed by none, as in Linux's io-pgtable with a
//! coherent walk: the IOMMU only comes to use a new leaf once the caller starts DMA through it,
//! an MMIO write that a `wmb` precedes (Linux's `writel`; the runtime's doorbells), and only
//! drops a removed one from its TLB on an invalidation, whose commands are published after a
//! `wmb` (the command queue's). A map or unmap that changes leaves only costs no barrier.
//!
//! Pages in the final-level tables a walk reached (a few kept at hand) can also be mapped,
//! unmapped and looked up with no lock, by every CPU at once, through a [`LeafView`] the tables publish them to; the
//! tables' owner takes its lock only for the rest. A final-level table's count of entries is
//! therefore not kept (see `Node::live`).
//!
//! Tables live until an unmap covers their whole span (or [`PageTable::destroy`]): an unmap that
//! merely empties a table leaves it hooked, so a range mapped again (the DMA layer reuses IOVAs)
//! finds its tables in place and the unmap changed leaf entries only, which a leaf-only TLB
//! invalidation covers. This is io-pgtable-arm's policy in Linux. The tables an unmap does
//! unhook are not freed by [`PageTable::unmap`]: the SMMU's walk caches may still point at them
//! until the caller's non-leaf invalidation of the range completes, so they come back in
//! [`Unmapped::tables`] for [`PageTable::release`] afterwards (as Linux's io-pgtable defers them
//! to the gather's free list).

use core::ops::BitOr;

use super::hal::{DmaBuf, Hal};
use super::store::TryVec;

pub(crate) mod format;
mod page;
mod shadow;
mod table;
mod view;
mod walk;

pub(crate) use format::Format;
pub(crate) use table::PageTable;
#[cfg(not(iommugen_test))]
pub(crate) use view::LeafView;

/// What a [`PageTable`] has done: its map and unmap calls and the bytes they mapped and
/// unmapped. Counted under whatever holds the tables (a driver's domain lock), so a driver
/// reports them without counters of its own on the map and unmap paths; the calls a
/// [`LeafView`] served are counted by the view ([`LeafView::stats`]). Each figure wraps at
/// 2^64.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct TableStats {
    /// [`PageTable::map`] calls, failed ones included.
    pub(crate) maps: u64,
    /// Bytes the successful map calls mapped.
    pub(crate) mapped: u64,
    /// [`PageTable::unmap`] calls, failed ones included.
    pub(crate) unmaps: u64,
    /// Bytes the unmap calls unmapped ([`Unmapped::bytes`]).
    pub(crate) unmapped: u64,
}

impl TableStats {
    #[cfg(not(iommugen_test))]
    /// What happened between `earlier` (figures read before) and `self`.
    #[must_use]
    pub(crate) const fn since(self, earlier: TableStats) -> TableStats {
        TableStats {
            maps: self.maps.wrapping_sub(earlier.maps),
            mapped: self.mapped.wrapping_sub(earlier.mapped),
            unmaps: self.unmaps.wrapping_sub(earlier.unmaps),
            unmapped: self.unmapped.wrapping_sub(earlier.unmapped),
        }
    }

    #[cfg(not(iommugen_test))]
    /// The figures of both added (wrapping): the counts of a [`PageTable`] and of its
    /// [`LeafView`].
    #[must_use]
    pub(crate) const fn plus(self, other: TableStats) -> TableStats {
        TableStats {
            maps: self.maps.wrapping_add(other.maps),
            mapped: self.mapped.wrapping_add(other.mapped),
            unmaps: self.unmaps.wrapping_add(other.unmaps),
            unmapped: self.unmapped.wrapping_add(other.unmapped),
        }
    }

    #[cfg(not(iommugen_test))]
    /// Map and unmap calls together.
    pub(crate) const fn calls(&self) -> u64 {
        self.maps.wrapping_add(self.unmaps)
    }
}

/// Access permissions and memory type of a mapping: a set of flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct Prot(u8);

impl Prot {
    /// No access (refused by [`PageTable::map`]).
    pub(crate) const NONE: Prot = Prot(0);
    /// The device may read.
    pub(crate) const READ: Prot = Prot(1 << 0);
    /// The device may write (stage 1 cannot express write-only: it maps it read/write).
    pub(crate) const WRITE: Prot = Prot(1 << 1);
    /// Instruction fetches are allowed (otherwise execute-never).
    pub(crate) const EXEC: Prot = Prot(1 << 2);
    /// Only privileged transactions may access (stage 1 only; stage 2 ignores it).
    pub(crate) const PRIV: Prot = Prot(1 << 4);

    /// The flags of both.
    #[must_use]
    pub(crate) const fn union(self, other: Prot) -> Prot {
        Prot(self.0 | other.0)
    }

    /// Whether every flag of `other` is set.
    pub(crate) const fn contains(self, other: Prot) -> bool {
        self.0 & other.0 == other.0
    }

    /// [`Prot::READ`] is set.
    pub(crate) const fn readable(self) -> bool {
        self.contains(Prot::READ)
    }

    /// [`Prot::WRITE`] is set.
    pub(crate) const fn writable(self) -> bool {
        self.contains(Prot::WRITE)
    }

    /// [`Prot::EXEC`] is set.
    pub(crate) const fn executable(self) -> bool {
        self.contains(Prot::EXEC)
    }

    /// [`Prot::PRIV`] is set.
    pub(crate) const fn privileged(self) -> bool {
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
pub(crate) enum Granule {
    /// 4 KiB pages; 2 MiB and 1 GiB blocks.
    Size4K,
}

impl Granule {
    /// The granule size in bytes.
    pub(crate) const fn bytes(self) -> u64 {
        match self {
            Granule::Size4K => 0x1000,
        }
    }
}

/// What [`PageTable::unmap`] removed, for the caller's TLB invalidation.
///
/// Tables whose whole span the unmap covered were unhooked but not freed: the SMMU's walk caches
/// may still hold them until the caller's invalidation completes. Hand them back with
/// [`PageTable::release`] (which also keeps the list's memory for the next unmap) or
/// [`Unmapped::release`] after that (or at once if the table was never live). Tables the unmap
/// only emptied stay in place and are not listed.
#[derive(Debug, Default, PartialEq, Eq)]
#[must_use = "detached tables must be released after TLB invalidation"]
pub(crate) struct Unmapped {
    /// Bytes of input address space whose leaves were removed.
    pub(crate) bytes: u64,
    /// Number of leaf descriptors removed.
    pub(crate) leaves: u64,
    /// The sizes of the removed leaves, OR-ed together (each size is a power of two, so bit `n`
    /// set means a leaf of `2^n` bytes was removed).
    pub(crate) leaf_sizes: u64,
    /// The sizes of the blocks split because the range ended inside them, OR-ed together. The
    /// TLB may still hold such a block for the unmapped part: invalidation by address catches
    /// it, but a level hint (TTL) must allow these sizes too; see [`Unmapped::tlb_sizes`].
    pub(crate) split_sizes: u64,
    /// Number of blocks split.
    pub(crate) blocks_split: u32,
    /// Tables unhooked because the range covered their whole span: walk caches must be
    /// invalidated for the range (a non-leaf invalidation) before they are released.
    pub(crate) tables: TryVec<DmaBuf>,
}

impl Unmapped {
    #[cfg(not(iommugen_test))]
    /// Whether nothing was removed.
    pub(crate) fn is_empty(&self) -> bool {
        self.leaves == 0 && self.tables.is_empty()
    }

    #[cfg(not(iommugen_test))]
    /// Every leaf size the TLB may hold for the range: removed leaves and split blocks.
    pub(crate) const fn tlb_sizes(&self) -> u64 {
        self.leaf_sizes | self.split_sizes
    }

    #[cfg(not(iommugen_test))]
    /// Whether table descriptors were removed (so walk caches need a non-leaf invalidation).
    pub(crate) fn tables_removed(&self) -> bool {
        !self.tables.is_empty()
    }

    /// Frees the detached tables. Call once the TLB invalidation for the range has completed.
    pub(crate) fn release<H: Hal>(&mut self, hal: &H) {
        while let Some(buf) = self.tables.pop() {
            hal.dma_free(buf);
        }
    }

    #[inline(always)]
    fn removed(&mut self, span: u64) {
        self.removed_many(span, 1);
    }

    /// Counts `n` leaves of `span` bytes removed.
    fn removed_many(&mut self, span: u64, n: u64) {
        if n != 0 {
            self.bytes += span * n;
            self.leaves += n;
            self.leaf_sizes |= span;
        }
    }
}

/// The leaf translating an address, as [`PageTable::walk`] finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Leaf {
    /// The lookup level of the descriptor (architectural numbering: 3 is the page level).
    pub(crate) level: u32,
    /// The raw descriptor.
    pub(crate) raw: u64,
    /// The first input address the leaf maps.
    pub(crate) iova: u64,
    /// The output address of that first byte.
    pub(crate) oa: u64,
    /// Bytes the leaf maps.
    pub(crate) size: u64,
    /// Its permissions and memory type, decoded.
    pub(crate) prot: Prot,
}
