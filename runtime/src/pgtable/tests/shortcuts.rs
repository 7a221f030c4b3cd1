//! The HAL's runs and the engine's shortcuts: runs of pages in one table, the remembered
//! final-level table, single pages mapped and unmapped in place, each against what the general
//! walk does; and the size of the table itself, which is moved by value.

use super::super::shadow::LEAF_TABLES;
use super::*;

#[test]
fn dma_update_visits_in_order_and_stops_where_told() {
    use core::ops::ControlFlow;
    let hal = TestHal::new();
    let buf = hal.dma_alloc(64, 64).unwrap();
    // Store index * 10 in words 2..6, leave word 6, stop at word 7.
    let n = hal.dma_update(&buf, 2, 100, |i, old| {
        assert_eq!(old, 0);
        match i {
            6 => ControlFlow::Continue(None),
            7 => ControlFlow::Break(()),
            _ => ControlFlow::Continue(Some(i as u64 * 10)),
        }
    });
    assert_eq!(
        n,
        Run {
            visited: 5,
            stored: 4
        },
        "words 2 to 6 visited, the stop at 7 not counted, word 6 left"
    );
    let words: Vec<u64> = (0..8).map(|i| hal.dma_read(&buf, i)).collect();
    assert_eq!(words, [0, 0, 20, 30, 40, 50, 0, 0]);
    // Never past the buffer's end.
    assert_eq!(
        hal.dma_update(&buf, 6, 10, |_, _| ControlFlow::Continue(None)),
        Run {
            visited: 2,
            stored: 0
        }
    );
}

#[test]
fn runs_of_pages_in_the_remembered_table_map_and_unmap_in_place() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    // Two pages build the tables; two more walk down to the final-level table of 2M region 5
    // and leave it remembered.
    pt.map(&hal, 5 * M2, 0x4000_0000, K4, RW).unwrap();
    pt.map(&hal, 5 * M2 + K4, 0x4000_1000, K4, RW).unwrap();
    let table = pt.last_table.filter(|t| t.depth == 3).unwrap().slot;
    let tables = pt.table_count();
    // A run of 16 pages in that table: mapped where the table is, no table added.
    pt.map(&hal, 5 * M2 + 16 * K4, 0x5000_0000, 16 * K4, RW)
        .unwrap();
    assert_eq!(pt.table_count(), tables);
    for k in 0..16 {
        assert_eq!(
            pt.iova_to_phys(&hal, 5 * M2 + (16 + k) * K4),
            Some(0x5000_0000 + k * K4)
        );
    }
    // A run ending on a mapped page fails and leaves nothing of itself behind.
    let busy = pt.map(&hal, 5 * M2 + 8 * K4, 0x6000_0000, 9 * K4, RW);
    assert!(matches!(busy, Err(Error::Busy { .. })), "{busy:?}");
    for k in 8..16 {
        assert_eq!(pt.iova_to_phys(&hal, 5 * M2 + k * K4), None);
    }
    assert_eq!(pt.iova_to_phys(&hal, 5 * M2 + 16 * K4), Some(0x5000_0000));
    check_invariants(&pt, &hal);
    // Unmapping runs (holes skipped) empties the table and keeps it, still remembered.
    let u = pt.unmap(&hal, 5 * M2, 32 * K4).unwrap();
    assert_eq!(
        (u.bytes, u.leaves, u.tables_removed()),
        (18 * K4, 18, false)
    );
    assert_eq!(pt.table_count(), tables);
    assert_eq!(pt.last_table.map(|t| t.slot), Some(table));
    assert_eq!(pt.node(table).unwrap().live, 0);
    check_invariants(&pt, &hal);
    // A run over the whole table's span is the general walk's: the table is unhooked.
    let mut u = pt.unmap(&hal, 5 * M2, M2).unwrap();
    assert!(u.tables_removed());
    u.release(&hal);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn the_last_table_shortcut_follows_unhooked_and_reused_tables() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    // A walk that reaches 2M region 5's final-level table remembers it, the map that built
    // it as the one that finds it.
    let leaf_table = |pt: &PageTable<Stage1>| pt.last_table.filter(|t| t.depth == 3);
    pt.map(&hal, 5 * M2 + 0x3000, 0x4000_0000, K4, RW).unwrap();
    let first = leaf_table(&pt).expect("remembered");
    assert_eq!((first.region, first.shift), (5, 21));
    pt.map(&hal, 5 * M2 + 0x4000, 0x4000_1000, K4, RW).unwrap();
    assert_eq!(leaf_table(&pt), Some(first));
    // The 2M unmap covers that table whole: it is unhooked and forgotten (the walk remembers
    // the table above it, which holds the range).
    let mut u = pt.unmap(&hal, 5 * M2, M2).unwrap();
    assert_eq!((u.tables.len(), u.bytes), (1, 2 * K4));
    assert_eq!(leaf_table(&pt), None);
    assert_eq!(pt.last_table.map(|t| (t.depth, t.region)), Some((2, 0)));
    u.release(&hal);
    // Another region's table takes the freed slot; region 5 gets a new table, and every
    // translation is the one just mapped.
    pt.map(&hal, 9 * M2, 0x5000_0000, K4, RW).unwrap();
    assert_eq!(pt.iova_to_phys(&hal, 5 * M2 + 0x4000), None);
    pt.map(&hal, 5 * M2 + 0x3000, 0x6000_0000, K4, RW).unwrap();
    assert_eq!(pt.iova_to_phys(&hal, 5 * M2 + 0x3010), Some(0x6000_0010));
    assert_eq!(pt.iova_to_phys(&hal, 9 * M2 + 0x10), Some(0x5000_0010));
    // A page in region 9's table, kept at hand since its map: written there with no walk, so
    // the last walk's table (region 5's) stays.
    pt.map(&hal, 9 * M2 + K4, 0x5000_1000, K4, RW).unwrap();
    assert_eq!(leaf_table(&pt).map(|t| t.region), Some(5));
    let mut u = pt.unmap(&hal, 9 * M2, 2 * K4).unwrap();
    assert_eq!(u.bytes, 2 * K4);
    u.release(&hal);
    assert_eq!(pt.iova_to_phys(&hal, 9 * M2), None);
    assert_eq!(pt.iova_to_phys(&hal, 5 * M2 + 0x3000), Some(0x6000_0000));
    // A 2M block where a table was: the region has no final-level table any more.
    let mut u = pt.unmap(&hal, 9 * M2, M2).unwrap();
    u.release(&hal);
    pt.map(&hal, 9 * M2, 0x8000_0000, M2, RW).unwrap();
    assert_eq!(pt.iova_to_phys(&hal, 9 * M2 + 0x1234), Some(0x8000_1234));
    check_invariants(&pt, &hal);
}

#[test]
fn single_pages_in_the_remembered_table_map_unmap_and_overlap_as_through_a_walk() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    pt.map(&hal, 7 * M2, 0x4000_0000, K4, RW).unwrap();
    pt.map(&hal, 7 * M2 + K4, 0x4000_1000, K4, RW).unwrap();
    assert!(pt.last_table.is_some_and(|t| t.depth == 3 && t.region == 7));
    // Taken by the remembered table: an overlap is refused, a free entry mapped.
    assert!(matches!(
        pt.map(&hal, 7 * M2 + K4, 0x5000_0000, K4, RW),
        Err(Error::Busy { .. })
    ));
    pt.map(&hal, 7 * M2 + 2 * K4, 0x4000_2000, K4, RW).unwrap();
    assert_eq!(
        pt.iova_to_phys(&hal, 7 * M2 + 2 * K4 + 8),
        Some(0x4000_2008)
    );
    check_invariants(&pt, &hal);
    let u = pt.unmap(&hal, 7 * M2 + K4, K4).unwrap();
    assert_eq!((u.bytes, u.leaves, u.leaf_sizes), (K4, 1, K4));
    assert!(u.tables.is_empty());
    // An empty entry unmaps nothing.
    let u = pt.unmap(&hal, 7 * M2 + K4, K4).unwrap();
    assert!(u.is_empty());
    assert_eq!(pt.iova_to_phys(&hal, 7 * M2 + K4), None);
    assert_eq!(pt.iova_to_phys(&hal, 7 * M2), Some(0x4000_0000));
    check_invariants(&pt, &hal);
}

#[test]
fn lookups_in_the_remembered_table_agree_with_the_walk() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    // A page at 0 builds the tables; two pages at 32K then walk down from the root through
    // them and remember their final-level table.
    pt.map(&hal, 0, 0x3000_0000, K4, RW).unwrap();
    pt.map(&hal, 8 * K4, 0x4000_0000, 2 * K4, RW).unwrap();
    let t = pt.last_table.filter(|t| t.depth == 3).unwrap();
    let through_walk = |pt: &PageTable<Stage1>, iova: u64| {
        pt.walk(&hal, iova)
            .ok()
            .flatten()
            .map(|l| l.oa + (iova - l.iova))
    };
    // Mapped pages (at any offset), empty entries, the table's first and last bytes.
    for iova in [
        8 * K4,
        9 * K4 + 0x123,
        10 * K4 - 1,
        0x10,
        K4,
        7 * K4,
        M2 - 1,
    ] {
        assert!(
            pt.phys_remembered(&hal, iova).is_some(),
            "{iova:#x} in the table"
        );
        assert_eq!(
            pt.iova_to_phys(&hal, iova),
            through_walk(&pt, iova),
            "{iova:#x}"
        );
    }
    assert_eq!(pt.iova_to_phys(&hal, 9 * K4 + 0x123), Some(0x4000_1123));
    assert_eq!(pt.iova_to_phys(&hal, 0x10), Some(0x3000_0010));
    assert_eq!(pt.iova_to_phys(&hal, K4), None);
    // Past the table's span: the walk answers.
    assert!(pt.phys_remembered(&hal, M2).is_none());
    assert_eq!(pt.iova_to_phys(&hal, M2), None);
    // A descriptor of no known kind in the table is left to the walk, which reports it.
    let leaves = pt.node(t.slot).unwrap().buf;
    hal.dma_write(&leaves, 3, 1);
    assert!(pt.phys_remembered(&hal, 3 * K4).is_none());
    assert!(matches!(pt.walk(&hal, 3 * K4), Err(Error::Corrupt { .. })));
    assert_eq!(pt.iova_to_phys(&hal, 3 * K4), None);
    hal.dma_write(&leaves, 3, 0);
    pt.unmap(&hal, 8 * K4, 2 * K4).unwrap().release(&hal);
    assert_eq!(pt.iova_to_phys(&hal, 8 * K4), None);
    pt.unmap(&hal, 0, K4).unwrap().release(&hal);
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

#[test]
fn pages_in_several_remembered_tables_take_the_shortcut_until_their_table_goes() {
    let hal = TestHal::new();
    let mut pt = new_s1(&hal);
    let through_walk = |pt: &PageTable<Stage1>, iova: u64| {
        pt.walk(&hal, iova)
            .ok()
            .flatten()
            .map(|l| l.oa + (iova - l.iova))
    };
    // The first page of each of four 2M regions builds its table; the second walks down to it,
    // so all four final-level tables are remembered at once.
    let regions = [1u64, 2, 3, 4];
    for r in regions {
        pt.map(&hal, r * M2, 0x4000_0000 + r * M2, K4, RW).unwrap();
        pt.map(&hal, r * M2 + K4, 0x4000_1000 + r * M2, K4, RW)
            .unwrap();
    }
    // Calls that go from region to region (as the DMA layer's cached addresses do) map, look
    // up and unmap in place, and agree with the walk.
    let tables = pt.table_count();
    for round in 0..3u64 {
        for r in regions {
            let iova = r * M2 + (8 + round) * K4;
            assert!(pt.phys_remembered(&hal, iova).is_some(), "{iova:#x}");
            pt.map(&hal, iova, 0x5000_0000 + iova, K4, RW).unwrap();
            assert_eq!(pt.iova_to_phys(&hal, iova + 8), Some(0x5000_0008 + iova));
            assert_eq!(through_walk(&pt, iova + 8), Some(0x5000_0008 + iova));
        }
        for r in regions {
            let iova = r * M2 + (8 + round) * K4;
            let u = pt.unmap(&hal, iova, K4).unwrap();
            assert_eq!((u.bytes, u.leaves), (K4, 1));
            assert_eq!(pt.iova_to_phys(&hal, iova), None);
        }
    }
    assert_eq!(pt.table_count(), tables);
    check_invariants(&pt, &hal);
    // A region LEAF_TABLES above takes region 1's place (the same low bits): region 1 goes
    // back to the walk.
    let far = 1 + LEAF_TABLES as u64;
    pt.map(&hal, far * M2, 0x6000_0000, K4, RW).unwrap();
    pt.map(&hal, far * M2 + K4, 0x6000_1000, K4, RW).unwrap();
    assert!(pt.phys_remembered(&hal, far * M2).is_some());
    assert!(pt.phys_remembered(&hal, M2).is_none());
    assert_eq!(pt.iova_to_phys(&hal, M2 + K4), Some(0x4000_1000 + M2));
    // Region 2's table unhooked: forgotten, so its slot, reused for region 5's new table, is
    // not taken for region 2's.
    let mut u = pt.unmap(&hal, 2 * M2, M2).unwrap();
    assert_eq!((u.tables.len(), u.bytes), (1, 2 * K4));
    u.release(&hal);
    assert!(pt.phys_remembered(&hal, 2 * M2).is_none());
    pt.map(&hal, 5 * M2, 0x7000_0000, K4, RW).unwrap();
    pt.map(&hal, 5 * M2 + K4, 0x7000_1000, K4, RW).unwrap();
    assert!(pt.phys_remembered(&hal, 2 * M2).is_none());
    assert_eq!(pt.iova_to_phys(&hal, 2 * M2 + K4), None);
    assert!(matches!(
        pt.unmap(&hal, 2 * M2 + K4, K4),
        Ok(u) if u.is_empty()
    ));
    assert_eq!(pt.iova_to_phys(&hal, 5 * M2 + K4), Some(0x7000_1000));
    check_invariants(&pt, &hal);
    for r in [1u64, 3, 4, 5, far] {
        pt.unmap(&hal, r * M2, M2).unwrap().release(&hal);
    }
    pt.destroy(&hal);
    assert_eq!(hal.live_allocations(), 0);
}

/// A `PageTable` is moved by value into its domain and its lock, a copy in every frame it
/// passes through on a 16 KiB kernel stack: what grows with the tables (their nodes, the
/// final-level tables at hand) stays on the heap. With the tables at hand inline it was over
/// 1 KiB, and a RISC-V domain's allocation overran the kernel stack.
#[test]
fn a_page_table_is_small_enough_to_move_by_value() {
    let size = core::mem::size_of::<PageTable<Stage1>>();
    assert!(size <= 512, "PageTable<Stage1> is {size} bytes");
}
