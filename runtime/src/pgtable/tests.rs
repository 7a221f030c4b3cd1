//! Tests of [`PageTable`] over the host-memory [`TestHal`]: pages and blocks at every granule,
//! splitting, table freeing, refusals, failure atomicity, and a model-based property test.

extern crate std;

use alloc::collections::BTreeMap;
use alloc::vec::Vec;

use proptest::prelude::*;

use super::super::error::{Error, Result};
use super::super::hal::{Hal, HalError, Run};
use super::super::smmuv3::spec::enums::PtS2Ap;
use super::super::smmuv3::spec::pagetables::{vmsav8_64_stage1 as s1, vmsav8_64_stage2 as s2};
use super::super::smmuv3::vmsa::{self as format, Stage1, Stage2};
use super::table::{index, Desc, NO_TABLE};
use super::testhal::TestHal;
use super::*;

const K4: u64 = 0x1000;
const M2: u64 = 0x20_0000;
const G1: u64 = 0x4000_0000;
const RW: Prot = Prot::READ.union(Prot::WRITE).union(Prot::CACHE);

fn new_s1(hal: &TestHal) -> PageTable<Stage1> {
    PageTable::new(hal, Granule::Size4K, 48).unwrap()
}

/// Checks the shadow against the memory: every table's count equals its non-zero entries (0 for
/// final-level tables, whose count is not kept), every table descriptor points at the shadow
/// child, and every table is reachable exactly once.
fn check_invariants<F: Format>(pt: &PageTable<F>, hal: &TestHal) {
    let mut seen = 0;
    let mut blocks = alloc::vec![0u64; pt.levels.len()];
    let mut stack = alloc::vec![(pt.root, 0usize)];
    while let Some((slot, depth)) = stack.pop() {
        seen += 1;
        let node = pt.node(slot).unwrap();
        let lvl = &pt.levels[depth];
        let mut live = 0;
        for idx in 0..node.buf.words() {
            let raw = hal.dma_read(&node.buf, idx);
            if raw != 0 {
                live += 1;
            }
            let desc = PageTable::<F>::decode(lvl, raw);
            if matches!(desc, Desc::Leaf(_)) && !lvl.last {
                blocks[depth] += 1;
            }
            match desc {
                Desc::Table(addr) => {
                    let child = node.children[idx];
                    assert_eq!(pt.node(child).unwrap().buf.addr, addr);
                    stack.push((child, depth + 1));
                }
                Desc::Invalid => panic!("invalid descriptor {raw:#x} at level {}", lvl.level),
                _ => {
                    if !node.children.is_empty() {
                        assert_eq!(node.children[idx], NO_TABLE, "stale child at {idx}");
                    }
                }
            }
        }
        let counted = if lvl.last { 0 } else { live };
        assert_eq!(node.live, counted, "count of table at level {}", lvl.level);
    }
    assert_eq!(seen, pt.table_count(), "unreachable tables in the shadow");
    assert_eq!(blocks[..], pt.blocks[..], "block counts per level");
    assert_eq!(
        hal.live_allocations(),
        pt.table_count(),
        "HAL allocations vs tables"
    );
}

#[test]
fn map_page_and_translate() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    assert_eq!(pt.start_level(), 0);
    assert_eq!(pt.leaf_sizes(), K4 | M2 | G1);
    let before = hal.wmb_count();
    pt.map(&hal, 0x1234_5000, 0x8765_4000, K4, RW).unwrap();
    assert!(hal.wmb_count() > before);
    assert_eq!(pt.iova_to_phys(&hal, 0x1234_5678), Some(0x8765_4678));
    assert_eq!(pt.iova_to_phys(&hal, 0x1234_4fff), None);
    assert_eq!(pt.iova_to_phys(&hal, 0x1234_6000), None);
    assert_eq!(pt.iova_to_phys(&hal, 1 << 48), None);

    let leaf = pt.walk(&hal, 0x1234_5abc).unwrap().unwrap();
    assert_eq!(
        (leaf.level, leaf.iova, leaf.oa, leaf.size, leaf.prot),
        (3, 0x1234_5000, 0x8765_4000, K4, RW)
    );
    let p = s1::Page(leaf.raw);
    assert!(s1::Page::matches(leaf.raw));
    assert_eq!(p.AttrIndx(), format::S1_ATTR_NORMAL_WB);
    assert!(p.AF() && p.nG() && p.UXN() && p.PXN());
    // root + level 1, 2 and 3 tables.
    assert_eq!(hal.live_allocations(), 4);
    check_invariants(&pt, &hal);

    // A second page in the same last-level table: a leaf only, so no barrier (the caller's
    // DMA start orders it) and no allocation.
    let (w, a) = (hal.wmb_count(), hal.total_allocations());
    pt.map(&hal, 0x1234_6000, 0x10_0000, K4, Prot::READ)
        .unwrap();
    assert_eq!((hal.wmb_count(), hal.total_allocations()), (w, a));
    assert_eq!(
        pt.walk(&hal, 0x1234_6000).unwrap().unwrap().prot,
        Prot::READ
    );

    // The root descriptor as the SMMU sees it points at the level 1 table.
    let l0 = hal.read_phys(pt.root() + 8 * index(&pt.levels[0], 0x1234_5000) as u64);
    assert!(s1::Table::matches(l0));

    // Emptied but not covered: the tables stay, and the unmap allocates nothing.
    let a = hal.total_allocations();
    let mut u = pt.unmap(&hal, 0x1234_5000, 2 * K4).unwrap();
    assert_eq!(
        (u.bytes, u.leaves, u.leaf_sizes, u.blocks_split),
        (2 * K4, 2, K4, 0)
    );
    assert!(!u.tables_removed());
    // No room reserved for tables either (no heap allocation on this path).
    assert_eq!(pt.tables_within(0x1234_5000, 0x1234_7000), 0);
    assert_eq!(pt.tables_within(0x1220_0000, 0x1240_0000), 1);
    u.release(&hal);
    assert_eq!((hal.live_allocations(), hal.total_allocations()), (4, a));
    check_invariants(&pt, &hal);
    // Mapped again: nothing to allocate, no barrier.
    let w = hal.wmb_count();
    pt.map(&hal, 0x1234_5000, 0x8765_4000, K4, RW).unwrap();
    assert_eq!((hal.wmb_count(), hal.total_allocations()), (w, a));
    assert_eq!(pt.iova_to_phys(&hal, 0x1234_5678), Some(0x8765_4678));
    // An unmap covering the level 3 table's 2 MiB unhooks it, and only it.
    let u = pt.unmap(&hal, 0x1220_0000, M2).unwrap();
    assert_eq!((u.bytes, u.tables.len()), (K4, 1));
    assert!(u.tables_removed());
    // Released through the table, the list's room stays for the next such unmap.
    pt.release(&hal, u);
    assert!(pt.spare.capacity() >= 1);
    assert_eq!(hal.live_allocations(), 3);
    check_invariants(&pt, &hal);
    let room = pt.spare.capacity();
    let u = pt.unmap(&hal, 0x1220_0000, M2).unwrap();
    assert_eq!(
        (u.bytes, u.tables.capacity(), pt.spare.capacity()),
        (0, 0, room)
    );
    pt.release(&hal, u);
    assert_eq!(pt.spare.capacity(), room);
    // A range of more than one entry takes the list, and its release gives it back.
    let u = pt.unmap(&hal, 0x1220_0000, 2 * M2).unwrap();
    assert_eq!(
        (u.bytes, u.tables.capacity(), pt.spare.capacity()),
        (0, room, 0)
    );
    pt.release(&hal, u);
    assert_eq!(pt.spare.capacity(), room);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn blocks_are_used_when_aligned() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    // 1 GiB block.
    pt.map(&hal, G1, 2 * G1, G1, RW).unwrap();
    let leaf = pt.walk(&hal, G1 + 0x1234).unwrap().unwrap();
    assert_eq!((leaf.level, leaf.size), (1, G1));
    assert!(s1::Block::matches(leaf.raw));
    assert_eq!(hal.live_allocations(), 2);
    // Page, 2 MiB block, page: iova 2M-4K .. 4M+4K.
    let base = 4 * G1;
    pt.map(&hal, base + M2 - K4, 0x1000_0000 + M2 - K4, M2 + 2 * K4, RW)
        .unwrap();
    assert_eq!(pt.walk(&hal, base + M2 - K4).unwrap().unwrap().level, 3);
    assert_eq!(pt.walk(&hal, base + M2).unwrap().unwrap().level, 2);
    assert_eq!(pt.walk(&hal, base + 2 * M2 - 1).unwrap().unwrap().size, M2);
    assert_eq!(pt.walk(&hal, base + 2 * M2).unwrap().unwrap().level, 3);
    assert_eq!(
        pt.iova_to_phys(&hal, base + M2 + 0x5555),
        Some(0x1000_0000 + M2 + 0x5555)
    );
    // iova aligned to 2M but pa only to 4K: pages only.
    pt.map(&hal, 8 * G1, 0x4000_1000, M2, RW).unwrap();
    let leaf = pt.walk(&hal, 8 * G1 + M2 - 1).unwrap().unwrap();
    assert_eq!((leaf.level, leaf.oa), (3, 0x4000_1000 + M2 - K4));
    check_invariants(&pt, &hal);

    let mut u = pt.unmap(&hal, 0, 16 * G1).unwrap();
    assert_eq!(u.bytes, G1 + M2 + 2 * K4 + M2);
    assert_eq!(u.leaf_sizes, G1 | M2 | K4);
    assert_eq!((u.min_leaf_size(), u.max_leaf_size()), (Some(K4), Some(G1)));
    // The level 2 and 3 tables below the covered GiBs went (two level 3 tables under the
    // level 2 table of GiB 4, one under that of GiB 8); the level 1 table stays, empty
    // (16 GiB is not its 512 GiB span).
    assert_eq!(u.tables.len(), 5);
    u.release(&hal);
    check_invariants(&pt, &hal);
    assert_eq!(hal.live_allocations(), 2);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn partial_unmap_splits_blocks() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    let prot = Prot::READ | Prot::EXEC;
    pt.map(&hal, G1, 0x1_0000_0000, G1, prot).unwrap();
    let hole = G1 + 5 * M2 + 7 * K4;
    let mut u = pt.unmap(&hal, hole, K4).unwrap();
    assert_eq!((u.bytes, u.leaves, u.leaf_sizes), (K4, 1, K4));
    assert_eq!((u.blocks_split, u.split_sizes), (2, G1 | M2));
    assert_eq!(u.tlb_sizes(), G1 | M2 | K4);
    assert!(u.tables.is_empty());
    u.release(&hal);
    // root, level 1, split level 2, split level 3.
    assert_eq!(hal.live_allocations(), 4);
    assert_eq!(pt.iova_to_phys(&hal, hole), None);
    assert_eq!(
        pt.iova_to_phys(&hal, hole - 1),
        Some(0x1_0000_0000 + hole - G1 - 1)
    );
    assert_eq!(
        pt.iova_to_phys(&hal, hole + K4),
        Some(0x1_0000_0000 + hole - G1 + K4)
    );
    // Neighbours keep the block attributes and the largest size possible.
    let next = pt.walk(&hal, hole + K4).unwrap().unwrap();
    assert_eq!((next.level, next.prot), (3, prot));
    let far = pt.walk(&hal, G1 + 100 * M2).unwrap().unwrap();
    assert_eq!((far.level, far.size, far.prot), (2, M2, prot));
    check_invariants(&pt, &hal);

    // Mapping the hole again with the same pa restores the translation (as pages).
    pt.map(&hal, hole, 0x1_0000_0000 + hole - G1, K4, prot)
        .unwrap();
    for off in (0..G1).step_by(0x3_3000) {
        assert_eq!(pt.iova_to_phys(&hal, G1 + off), Some(0x1_0000_0000 + off));
    }
    // Unmapping a range ending inside a 2M block splits only that one.
    let mut u = pt.unmap(&hal, G1, 3 * M2 + K4).unwrap();
    assert_eq!(
        (u.bytes, u.blocks_split, u.split_sizes),
        (3 * M2 + K4, 1, M2)
    );
    assert_eq!(u.leaf_sizes, M2 | K4);
    u.release(&hal);
    assert_eq!(
        pt.iova_to_phys(&hal, G1 + 3 * M2 + K4),
        Some(0x1_0000_0000 + 3 * M2 + K4)
    );
    assert_eq!(pt.iova_to_phys(&hal, G1 + 3 * M2), None);
    check_invariants(&pt, &hal);
    let mut u = pt.unmap(&hal, 0, 1 << 48).unwrap();
    assert_eq!(u.bytes, G1 - 3 * M2 - K4);
    u.release(&hal);
    assert_eq!(hal.live_allocations(), 1);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn emptied_tables_kept_covered_tables_freed() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    for i in 0..2048u64 {
        pt.map(&hal, i * 0x3_7000, 0x2000_0000 + i * K4, K4, RW)
            .unwrap();
    }
    let peak = hal.live_allocations();
    assert!(peak > 4);
    check_invariants(&pt, &hal);
    // Unmap page by page in a different order: every table stays.
    for i in (0..2048u64).rev().step_by(2).chain((0..2048u64).step_by(2)) {
        let mut u = pt.unmap(&hal, i * 0x3_7000, K4).unwrap();
        assert_eq!(u.bytes, K4);
        assert!(u.tables.is_empty());
        u.release(&hal);
    }
    check_invariants(&pt, &hal);
    assert_eq!(hal.live_allocations(), peak);
    // Mapping them again allocates nothing.
    let a = hal.total_allocations();
    for i in 0..2048u64 {
        pt.map(&hal, i * 0x3_7000, 0x2000_0000 + i * K4, K4, RW)
            .unwrap();
    }
    assert_eq!(hal.total_allocations(), a);
    // A GiB whose pages are all unmapped again takes a 1 GiB map: its emptied tables are
    // filled in place (pages where a level 3 table stayed, 2M blocks elsewhere).
    let g = 2 * G1;
    pt.map(&hal, g + 5 * K4, 0x3000_0000, K4, RW).unwrap();
    let mut u = pt.unmap(&hal, g + 5 * K4, K4).unwrap();
    u.release(&hal);
    pt.map(&hal, g, 0x4000_0000, G1, RW).unwrap();
    assert_eq!(pt.walk(&hal, g + 5 * K4).unwrap().unwrap().size, K4);
    assert_eq!(pt.walk(&hal, g + M2).unwrap().unwrap().size, M2);
    assert_eq!(
        pt.iova_to_phys(&hal, g + G1 - 1),
        Some(0x4000_0000 + G1 - 1)
    );
    check_invariants(&pt, &hal);
    let mut u = pt.unmap(&hal, g, G1).unwrap();
    assert_eq!(u.bytes, G1);
    u.release(&hal);
    // A 1 GiB unmap of the first GiB covers its level 2 table and the level 3 tables below.
    let below = (0..2048u64)
        .map(|i| i * 0x3_7000 / M2)
        .filter(|t| *t < G1 / M2)
        .collect::<alloc::collections::BTreeSet<_>>()
        .len();
    let mut u = pt.unmap(&hal, 0, G1).unwrap();
    assert_eq!(u.tables.len(), 1 + below);
    u.release(&hal);
    check_invariants(&pt, &hal);
    assert_eq!(hal.live_allocations(), peak - 1 - below);
    let mut u = pt.unmap(&hal, 0, 1 << 48).unwrap();
    u.release(&hal);
    assert_eq!(hal.live_allocations(), 1);
    pt.destroy(&hal);
}

#[test]
fn refusals() {
    let hal = TestHal::new();
    let mut pt: PageTable<Stage1> = PageTable::new(&hal, Granule::Size4K, 39).unwrap();
    assert_eq!(pt.start_level(), 1);
    let inval = |r: Result<()>| assert!(matches!(r, Err(Error::InvalidArgument { .. })), "{r:?}");
    inval(pt.map(&hal, 0x800, 0, K4, RW));
    inval(pt.map(&hal, 0, 0x800, K4, RW));
    inval(pt.map(&hal, 0, 0, 0x800, RW));
    inval(pt.map(&hal, 0, 0, 0, RW));
    inval(pt.map(&hal, 1 << 39, 0, K4, RW));
    inval(pt.map(&hal, (1 << 39) - K4, 0, 2 * K4, RW));
    inval(pt.map(&hal, u64::MAX - 0xfff, 0, K4, RW));
    inval(pt.map(&hal, 0, (1 << 48) - K4, 2 * K4, RW));
    inval(pt.map(&hal, 0, 0, K4, Prot::EXEC | Prot::CACHE));
    assert!(matches!(
        pt.unmap(&hal, 0x10, K4),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        pt.unmap(&hal, 0, 1 << 40),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        PageTable::<Stage1>::new(&hal, Granule::Size4K, 49),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        PageTable::<Stage1>::new(&hal, Granule::Size4K, 12),
        Err(Error::InvalidArgument { .. })
    ));
    assert_eq!(hal.live_allocations(), 1);

    // Overlaps: a page inside a block, a block over a page, a range whose tail overlaps.
    pt.map(&hal, G1, 0, M2, RW).unwrap();
    pt.map(&hal, 2 * G1 + M2, 0, K4, RW).unwrap();
    let busy = |r: Result<()>| assert!(matches!(r, Err(Error::Busy { .. })), "{r:?}");
    busy(pt.map(&hal, G1 + K4, 0, K4, RW));
    busy(pt.map(&hal, 2 * G1, 0, G1, RW));
    busy(pt.map(&hal, 2 * G1 + M2, 0, K4, RW));
    let allocs = hal.live_allocations();
    busy(pt.map(&hal, 2 * G1, 0x40_0000, M2 + K4, RW));
    // Nothing of the failed map is left: the 2 MiB before the clash is unmapped again.
    assert_eq!(pt.iova_to_phys(&hal, 2 * G1), None);
    assert_eq!(pt.walk(&hal, 2 * G1 + M2 - K4).unwrap(), None);
    assert_eq!(hal.live_allocations(), allocs);
    // The clash comes after a new table was allocated: the table stays, empty, and is reused.
    pt.map(&hal, 3 * G1 + G1 / 2, 0, K4, RW).unwrap();
    let allocs = hal.live_allocations();
    busy(pt.map(&hal, 3 * G1 - K4, 0x40_0000 - K4, G1 / 2 + 2 * K4, RW));
    assert_eq!(hal.live_allocations(), allocs + 1);
    assert_eq!(pt.iova_to_phys(&hal, 3 * G1 - K4), None);
    assert_eq!(pt.iova_to_phys(&hal, 3 * G1), None);
    check_invariants(&pt, &hal);
    pt.map(&hal, 3 * G1 - M2, 0x40_0000, M2, RW).unwrap();
    assert_eq!(pt.iova_to_phys(&hal, 3 * G1 - 1), Some(0x40_0000 + M2 - 1));
    pt.map(&hal, 3 * G1, 0x60_0000, M2, RW).unwrap();
    assert_eq!(pt.walk(&hal, 3 * G1).unwrap().unwrap().level, 2);
    check_invariants(&pt, &hal);
    let mut u = pt.unmap(&hal, 0, 1 << 39).unwrap();
    u.release(&hal);
    assert_eq!(hal.live_allocations(), 1);
    pt.destroy(&hal);
}

#[test]
fn out_of_memory_is_atomic() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    pt.map(&hal, 0, 0, K4, RW).unwrap();
    // The second half of the range needs a level 2 table for the second GiB; fail it.
    hal.fail_allocations_after(Some(0));
    let r = pt.map(&hal, G1 - M2, 0, M2 + M2 + K4, RW);
    assert!(
        matches!(r, Err(Error::Hal(HalError::OutOfMemory { .. }))),
        "{r:?}"
    );
    assert_eq!(pt.iova_to_phys(&hal, G1 - M2), None);
    hal.fail_allocations_after(None);
    check_invariants(&pt, &hal);

    // A split that cannot allocate leaves every translation as it was.
    pt.map(&hal, 4 * G1, 0x1_0000_0000, G1, RW).unwrap();
    hal.fail_allocations_after(Some(1));
    let r = pt.unmap(&hal, 4 * G1 + K4, 3 * G1);
    assert!(
        matches!(r, Err(Error::Hal(HalError::OutOfMemory { .. }))),
        "{r:?}"
    );
    hal.fail_allocations_after(None);
    for off in (0..G1).step_by(0x1_1000) {
        assert_eq!(
            pt.iova_to_phys(&hal, 4 * G1 + off),
            Some(0x1_0000_0000 + off)
        );
    }
    check_invariants(&pt, &hal);
    let mut u = pt.unmap(&hal, 4 * G1 + K4, 3 * G1).unwrap();
    assert_eq!(u.bytes, G1 - K4);
    u.release(&hal);
    assert_eq!(pt.iova_to_phys(&hal, 4 * G1), Some(0x1_0000_0000));
    // Out of memory for the root.
    hal.fail_allocations_after(Some(0));
    assert!(PageTable::<Stage2>::new(&hal, Granule::Size4K, 40).is_err());
    hal.fail_allocations_after(None);
    let mut u = pt.unmap(&hal, 0, 1 << 48).unwrap();
    u.release(&hal);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn corrupt_descriptor_is_reported() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    pt.map(&hal, 0, 0, K4, RW).unwrap();
    // Clobber the level 0 descriptor with a block (not allowed at level 0).
    let root = pt.node(pt.root).unwrap().buf;
    let saved = hal.dma_read(&root, 0);
    hal.dma_write(&root, 0, Stage1::block(0, RW).unwrap());
    assert!(matches!(pt.walk(&hal, 0), Err(Error::Corrupt { .. })));
    // Outside the final-level table the map kept at hand (where a page is read and written
    // directly, as the shadow has it), calls walk and meet the block.
    assert_eq!(pt.iova_to_phys(&hal, 3 * M2), None);
    assert!(matches!(
        pt.map(&hal, 3 * M2, K4, K4, RW),
        Err(Error::Corrupt { .. })
    ));
    // A table descriptor pointing somewhere else than the shadow says.
    hal.dma_write(&root, 0, Stage1::table(0x4000_0000).unwrap());
    assert!(matches!(
        pt.unmap(&hal, 3 * M2, K4),
        Err(Error::Corrupt { .. })
    ));
    hal.dma_write(&root, 0, saved);
    // A reserved descriptor inside a run of pages (bit 0 set, bit 1 clear at level 3): a map
    // of the run stops there and takes back the pages before it; an unmap stops there too.
    // (A walk of two pages at 32K goes down from the root and remembers the final table.)
    pt.map(&hal, 8 * K4, 8 * K4, 2 * K4, RW).unwrap();
    let leaf_table = pt.last_table.filter(|t| t.depth == 3).unwrap().slot;
    let leaves = pt.node(leaf_table).unwrap().buf;
    hal.dma_write(&leaves, 3, 1);
    assert!(matches!(
        pt.map(&hal, K4, K4, 4 * K4, RW),
        Err(Error::Corrupt { .. })
    ));
    assert_eq!(pt.iova_to_phys(&hal, K4), None);
    assert_eq!(pt.iova_to_phys(&hal, 2 * K4), None);
    assert!(matches!(
        pt.unmap(&hal, 2 * K4, 2 * K4),
        Err(Error::Corrupt { .. })
    ));
    hal.dma_write(&leaves, 3, 0);
    pt.unmap(&hal, 8 * K4, 2 * K4).unwrap().release(&hal);
    let mut u = pt.unmap(&hal, 0, K4).unwrap();
    u.release(&hal);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn stage2_descriptors() {
    let hal = TestHal::new();
    let mut pt: PageTable<Stage2> = PageTable::new(&hal, Granule::Size4K, 40).unwrap();
    assert_eq!(pt.start_level(), 0);
    pt.map(&hal, M2, 0x8000_0000, M2, Prot::READ | Prot::CACHE)
        .unwrap();
    pt.map(&hal, 0, 0x9000_0000, K4, Prot::WRITE | Prot::EXEC)
        .unwrap();
    let b = pt.walk(&hal, M2).unwrap().unwrap();
    assert_eq!(b.level, 2);
    let b = s2::Block(b.raw);
    assert_eq!(b.MemAttr(), format::S2_MEMATTR_NORMAL_WB);
    assert_eq!(b.S2AP(), Ok(PtS2Ap::ReadOnly));
    let p = pt.walk(&hal, 0).unwrap().unwrap();
    assert_eq!(p.prot, Prot::WRITE | Prot::EXEC);
    assert_eq!(s2::Page(p.raw).MemAttr(), format::S2_MEMATTR_NORMAL_NC);
    // Split the block: pages inherit stage 2 attributes.
    let mut u = pt.unmap(&hal, M2 + K4, K4).unwrap();
    u.release(&hal);
    let n = pt.walk(&hal, M2).unwrap().unwrap();
    assert_eq!(
        (n.level, n.prot, n.oa),
        (3, Prot::READ | Prot::CACHE, 0x8000_0000)
    );
    check_invariants(&pt, &hal);
    let mut u = pt.unmap(&hal, 0, 1 << 40).unwrap();
    u.release(&hal);
    assert_eq!(hal.live_allocations(), 1);
    pt.destroy(&hal);
}

/// 16K and 64K granules: page and block sizes and levels come from the generated geometry.
#[test]
fn other_granules() {
    for (granule, block, block_level, start) in [
        (Granule::Size16K, 0x200_0000u64, 2, 0),
        (Granule::Size64K, 0x2000_0000, 2, 1),
    ] {
        let hal = TestHal::with_capacity(64 << 20);
        let page = granule.bytes();
        let mut pt: PageTable<Stage1> = PageTable::new(&hal, granule, 48).unwrap();
        assert_eq!((pt.start_level(), pt.granule()), (start, page));
        assert_eq!(pt.leaf_sizes(), page | block);
        assert!(matches!(
            pt.map(&hal, K4, 0, page, RW),
            Err(Error::InvalidArgument { .. })
        ));
        // page + block + page
        let iova = 3 * block - page;
        pt.map(&hal, iova, 5 * block - page, block + 2 * page, RW)
            .unwrap();
        let l = pt.walk(&hal, iova).unwrap().unwrap();
        assert_eq!((l.level, l.size), (3, page));
        let l = pt.walk(&hal, 3 * block + 5).unwrap().unwrap();
        assert_eq!((l.level, l.size, l.oa), (block_level, block, 5 * block));
        assert_eq!(
            pt.iova_to_phys(&hal, 4 * block + page - 1),
            Some(6 * block + page - 1)
        );
        check_invariants(&pt, &hal);
        // Split the block in the middle.
        let mut u = pt.unmap(&hal, 3 * block + 7 * page, page).unwrap();
        assert_eq!((u.bytes, u.split_sizes), (page, block));
        u.release(&hal);
        assert_eq!(pt.iova_to_phys(&hal, 3 * block + 7 * page), None);
        assert_eq!(
            pt.iova_to_phys(&hal, 3 * block + 8 * page),
            Some(5 * block + 8 * page)
        );
        check_invariants(&pt, &hal);
        let mut u = pt.unmap(&hal, 0, 1 << 48).unwrap();
        assert_eq!(u.bytes, block + page);
        u.release(&hal);
        assert_eq!(hal.live_allocations(), 1);
        pt.destroy(&hal);
    }
}

#[test]
fn small_input_ranges() {
    let hal = TestHal::new();
    // 32 bits with 4K: start at level 1 with 4 entries; 1 GiB blocks at the root.
    let mut pt: PageTable<Stage2> = PageTable::new(&hal, Granule::Size4K, 32).unwrap();
    assert_eq!(pt.start_level(), 1);
    pt.map(&hal, 0, 0, 4 * G1, RW).unwrap();
    assert_eq!(hal.live_allocations(), 1);
    assert_eq!(pt.walk(&hal, 3 * G1).unwrap().unwrap().level, 1);
    let mut u = pt.unmap(&hal, 0, 4 * G1).unwrap();
    assert_eq!((u.bytes, u.leaves), (4 * G1, 4));
    u.release(&hal);
    pt.destroy(&hal);
    // 16K at 36 bits starts at level 2 (index 35:25).
    let pt: PageTable<Stage1> = PageTable::new(&hal, Granule::Size16K, 36).unwrap();
    assert_eq!(pt.start_level(), 2);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

/// One operation of the model test, in units of pages.
#[derive(Debug, Clone)]
enum Op {
    Map {
        iova: u64,
        pa: u64,
        pages: u64,
        cache: bool,
    },
    Unmap {
        iova: u64,
        pages: u64,
    },
    Probe {
        iova: u64,
    },
}

/// Page runs, block-aligned runs of `block` bytes (so blocks are used) and rarely 1G-aligned
/// runs, in a 4 GiB window.
fn op(page: u64, block: u64) -> impl Strategy<Value = Op> {
    let window = (4 * G1) / page;
    let blk = block / page;
    let gig = G1 / page;
    prop_oneof![
        4 => (0..window, 0..(1u64 << 24), 1..40u64, any::<bool>()).prop_map(|(iova, pa, pages, cache)| Op::Map { iova, pa, pages, cache }),
        // Block-aligned input; the output is block-aligned two times in three.
        2 => (0..window / blk, 0..(1u64 << 12), 1..4u64, 0..3u64, 0..3u64).prop_map(move |(i, p, n, extra, off)| Op::Map {
            iova: i * blk,
            pa: p * blk + off / 2,
            pages: n * blk + extra,
            cache: true,
        }),
        1 => (0..4u64, 0..8u64).prop_map(move |(i, p)| Op::Map { iova: i * gig, pa: p * gig, pages: gig, cache: false }),
        4 => (0..window, 1..600u64).prop_map(|(iova, pages)| Op::Unmap { iova, pages }),
        1 => (0..4u64, 0..gig, 1..gig).prop_map(move |(i, off, pages)| Op::Unmap { iova: i * gig + off, pages }),
        3 => (0..window * page).prop_map(|iova| Op::Probe { iova }),
    ]
}

/// Runs `ops` against a `PageTable<F>` and a map of page -> pa, checking every result.
fn run_model<F: Format>(granule: Granule, ops: &[Op]) {
    run_model_in::<F>(granule, ops, 4 * G1, false);
}

/// Publishes `pt` to its view `leaves` (only the places that changed), then checks that the
/// view holds what a view made afresh from the tables would: no change was left unpublished.
fn publish_and_compare<F: Format>(pt: &mut PageTable<F>, leaves: &LeafView<F>, n: usize) {
    pt.publish(leaves);
    let fresh = pt.leaf_view().unwrap();
    assert!(
        leaves.places_now().eq(fresh.places_now()),
        "op {n}: the view differs from the tables' after publishing"
    );
}

/// [`run_model`] in a window of `window` bytes from 0; with `view`, each map, unmap and probe
/// first tries the tables' [`LeafView`] (as the Linux module does with no lock held) and goes
/// to the tables only when the view leaves it to them, publishing after each such call.
fn run_model_in<F: Format>(granule: Granule, ops: &[Op], window: u64, view: bool) {
    let page = granule.bytes();
    let hal = TestHal::with_capacity(64 << 20);
    let mem = hal.shared();
    let mut pt: PageTable<F> = PageTable::new(&hal, granule, F::VA_BITS.min(48)).unwrap();
    let leaves = pt.leaf_view().unwrap();
    // Calls the view served.
    let mut served = 0;
    let mut model: BTreeMap<u64, (u64, bool)> = BTreeMap::new();
    // What the run exercised: refused maps, blocks split, blocks found by probes.
    let (mut busy, mut splits, mut blocks) = (0, 0, 0);
    for (n, op) in ops.iter().enumerate() {
        match *op {
            Op::Map {
                iova,
                pa,
                pages,
                cache,
            } => {
                let (iova, pa) = (iova * page, pa * page);
                let size = (pages * page).min(window - iova);
                let prot = if cache { RW } else { Prot::READ | Prot::WRITE };
                let clash = model.range(iova..iova + size).next().is_some();
                let r = if view && leaves.map(&*mem, iova, pa, size, prot) {
                    served += 1;
                    Ok(())
                } else {
                    let r = pt.map(&hal, iova, pa, size, prot);
                    publish_and_compare(&mut pt, &leaves, n);
                    r
                };
                if clash {
                    assert!(matches!(r, Err(Error::Busy { .. })), "op {n} {op:?}: {r:?}");
                    busy += 1;
                } else {
                    r.unwrap();
                    for i in 0..size / page {
                        model.insert(iova + i * page, (pa + i * page, cache));
                    }
                }
            }
            Op::Unmap { iova, pages } => {
                let iova = iova * page;
                let size = (pages * page).min(window - iova);
                let gone: Vec<u64> = model.range(iova..iova + size).map(|(k, _)| *k).collect();
                let mut u = Unmapped::default();
                match view
                    .then(|| leaves.unmap_into(&*mem, iova, size, &mut u))
                    .flatten()
                {
                    Some(r) => {
                        r.unwrap();
                        served += 1;
                    }
                    None => {
                        pt.unmap_into(&hal, iova, size, &mut u).unwrap();
                        publish_and_compare(&mut pt, &leaves, n);
                    }
                }
                assert_eq!(u.bytes, gone.len() as u64 * page, "op {n} {op:?}");
                splits += u.blocks_split;
                u.release(&hal);
                for k in gone {
                    model.remove(&k);
                }
            }
            Op::Probe { iova } => {
                let want = model
                    .get(&(iova & !(page - 1)))
                    .map(|(pa, _)| pa + (iova & (page - 1)));
                let found = match view.then(|| leaves.iova_to_phys(&*mem, iova)).flatten() {
                    Some(found) => {
                        served += 1;
                        found
                    }
                    None => pt.iova_to_phys(&hal, iova),
                };
                assert_eq!(found, want, "op {n} probe {iova:#x}");
                if let Some(leaf) = pt.walk(&hal, iova).unwrap() {
                    // As the format expresses it (RISC-V's tables carry no memory type).
                    let prot = if model[&(iova & !(page - 1))].1 {
                        RW
                    } else {
                        Prot::READ | Prot::WRITE
                    };
                    let cache = F::leaf_prot(F::page(0, prot).unwrap(), true).cacheable();
                    assert_eq!(leaf.prot.cacheable(), cache);
                    blocks += u32::from(leaf.size > page);
                    assert_eq!(
                        (leaf.iova | leaf.oa) & (leaf.size - 1),
                        0,
                        "op {n}: misaligned leaf {leaf:?}"
                    );
                }
            }
        }
        if n % 100 == 0 {
            check_invariants(&pt, &hal);
        }
    }
    check_invariants(&pt, &hal);
    std::eprintln!("model run: {busy} refused maps, {splits} splits, {blocks} probes in blocks, {served} calls served by the view, {} pages mapped at the end", model.len());
    let calls = ops
        .iter()
        .filter(|op| !matches!(op, Op::Probe { .. }))
        .count() as u64;
    let stats = pt.stats().plus(leaves.stats());
    assert_eq!(stats.calls(), calls, "every map and unmap counted once");
    assert_eq!(stats.mapped - stats.unmapped, model.len() as u64 * page);
    for (&iova, &(pa, _)) in &model {
        assert_eq!(pt.iova_to_phys(&hal, iova + page - 1), Some(pa + page - 1));
    }
    let mut u = pt.unmap(&hal, 0, 1 << F::VA_BITS.min(48)).unwrap();
    assert_eq!(u.bytes, model.len() as u64 * page);
    u.release(&hal);
    check_invariants(&pt, &hal);
    assert_eq!(hal.live_allocations(), 1);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// 1,000 random maps, unmaps and probes at a time against a page -> pa model (4K, stage 1).
    #[test]
    fn model_4k_stage1(ops in prop::collection::vec(op(K4, M2), 1000)) {
        run_model::<Stage1>(Granule::Size4K, &ops);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    /// The same with 16K pages at stage 2 (32 MiB blocks).
    #[test]
    fn model_16k_stage2(ops in prop::collection::vec(op(0x4000, 0x200_0000), 1000)) {
        run_model::<Stage2>(Granule::Size16K, &ops);
    }
}

mod shortcuts;
mod view;

#[test]
fn stats_count_calls_and_bytes() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    assert_eq!(pt.stats(), TableStats::default());
    pt.map(&hal, 0x10_0000, 0x8000_0000, 4 * K4, RW).unwrap();
    pt.map(&hal, M2, 0x4000_0000, M2, RW).unwrap();
    // Refused (already mapped): a call, no bytes.
    assert!(pt.map(&hal, 0x10_0000, 0x9000_0000, K4, RW).is_err());
    let after_maps = pt.stats();
    assert_eq!(
        after_maps,
        TableStats {
            maps: 3,
            mapped: 4 * K4 + M2,
            unmaps: 0,
            unmapped: 0
        }
    );
    // A range with a hole unmaps only what was mapped.
    let gone = pt.unmap(&hal, 0x10_0000, 8 * K4).unwrap();
    pt.release(&hal, gone);
    let gone = pt.unmap(&hal, M2, M2).unwrap();
    pt.release(&hal, gone);
    assert!(pt.unmap(&hal, 0x10_0001, K4).is_err());
    let delta = pt.stats().since(after_maps);
    assert_eq!(
        delta,
        TableStats {
            maps: 0,
            mapped: 0,
            unmaps: 3,
            unmapped: 4 * K4 + M2
        }
    );
    assert_eq!(pt.stats().calls(), 6);
}
