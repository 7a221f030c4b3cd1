//! The lock-free [`LeafView`]: what it maps, unmaps and looks up by itself, what it leaves to
//! the tables, that it follows the tables it is published from, threads mapping and unmapping
//! their own pages through it at once, and a model run going through it first.

use std::sync::Mutex;
use std::thread;
use std::vec;

use super::super::shadow::LEAF_TABLES;
use super::*;

/// A 4K stage-1 table with one page mapped at `iova` by a walk, which publishes its table.
fn published(hal: &TestHal, iova: u64) -> (PageTable<Stage1>, LeafView<Stage1>) {
    let mut pt = new_s1(hal);
    pt.map(hal, iova, 0x8000_0000, K4, RW).unwrap();
    let view = pt.leaf_view().unwrap();
    (pt, view)
}

#[test]
fn a_page_in_a_published_table_maps_unmaps_and_translates_with_no_lock() {
    let hal = TestHal::new();
    let mem = hal.shared();
    let (mut pt, view) = published(&hal, 0x4000_0000);
    let iova = 0x4000_0000 + 5 * K4;
    assert!(view.map(&*mem, iova, 0x9000_0000, K4, RW));
    // The tables see what the view wrote, as a walk from the root finds it.
    let leaf = pt.walk(&hal, iova).unwrap().unwrap();
    assert_eq!((leaf.oa, leaf.size, leaf.prot), (0x9000_0000, K4, RW));
    assert_eq!(
        view.iova_to_phys(&*mem, iova + 0x123),
        Some(Some(0x9000_0123))
    );
    // An empty entry of a published table: unmapped, no walk needed.
    assert_eq!(view.iova_to_phys(&*mem, iova + K4), Some(None));
    check_invariants(&pt, &hal);

    let mut out = Unmapped::default();
    assert_eq!(view.unmap_into(&*mem, iova, K4, &mut out), Some(Ok(())));
    assert_eq!((out.bytes, out.leaves, out.leaf_sizes), (K4, 1, K4));
    assert!(!out.tables_removed(), "only a leaf changed");
    assert_eq!(pt.walk(&hal, iova).unwrap(), None);
    // An empty range unmaps nothing, and is still the view's.
    let mut out = Unmapped::default();
    assert_eq!(view.unmap_into(&*mem, iova, K4, &mut out), Some(Ok(())));
    assert!(out.is_empty());

    // A run of 16 pages, both ways.
    assert!(view.map(&*mem, 0x4000_0000 + 0x10_0000, 0xa000_0000, 16 * K4, RW));
    for i in 0..16 {
        let va = 0x4000_0000 + 0x10_0000 + i * K4;
        assert_eq!(pt.iova_to_phys(&hal, va), Some(0xa000_0000 + i * K4));
    }
    let mut out = Unmapped::default();
    assert_eq!(
        view.unmap_into(&*mem, 0x4000_0000 + 0x10_0000, 16 * K4, &mut out),
        Some(Ok(()))
    );
    assert_eq!((out.bytes, out.leaves), (16 * K4, 16));
    assert_eq!(
        view.stats(),
        TableStats {
            maps: 2,
            mapped: 17 * K4,
            unmaps: 3,
            unmapped: 17 * K4
        }
    );
    assert_eq!(pt.stats().maps, 1, "the tables counted only their own call");
    check_invariants(&pt, &hal);
    let mut u = pt.unmap(&hal, 0, 1 << 48).unwrap();
    assert_eq!(u.bytes, K4, "the page the walk mapped is left");
    u.release(&hal);
    pt.destroy(&hal);
}

#[test]
fn what_the_view_does_not_hold_is_left_to_the_tables_untouched() {
    let hal = TestHal::new();
    let mem = hal.shared();
    let base = 0x4000_0000;
    let (pt, view) = published(&hal, base);
    let untouched = |pt: &PageTable<Stage1>| {
        (0..512u64)
            .filter(|&i| pt.iova_to_phys(&hal, base + i * K4).is_some())
            .count()
    };
    // A region with no published table, a run leaving the table, the table's whole span (a
    // block may go there), a misaligned or empty range.
    assert!(!view.map(&*mem, base + M2, 0x9000_0000, K4, RW));
    assert!(!view.map(&*mem, base + M2 - K4, 0x9000_0000, 2 * K4, RW));
    assert!(!view.map(&*mem, base, 0x9000_0000, M2, RW));
    assert!(!view.map(&*mem, base + 0x800, 0x9000_0000, K4, RW));
    assert!(!view.map(&*mem, base + K4, 0x9000_0000, 0, RW));
    // A misaligned or too wide output address, no access.
    assert!(!view.map(&*mem, base + K4, 0x9000_0800, K4, RW));
    assert!(!view.map(&*mem, base + K4, 1 << Stage1::OA_BITS, K4, RW));
    assert!(!view.map(&*mem, base + K4, 0x9000_0000, K4, Prot::CACHE));
    // A page in use, alone or inside a run: what was written before it is cleared again.
    assert!(!view.map(&*mem, base, 0x9000_0000, K4, RW));
    assert!(!view.map(&*mem, base, 0x9000_0000, 8 * K4, RW));
    assert_eq!(untouched(&pt), 1, "only the walk's page is mapped");
    assert_eq!(pt.iova_to_phys(&hal, base), Some(0x8000_0000));
    assert_eq!(view.stats(), TableStats::default(), "no call served");
    // Lookups and unmaps the same way.
    assert_eq!(view.iova_to_phys(&*mem, base + M2), None);
    let mut out = Unmapped::default();
    assert_eq!(view.unmap_into(&*mem, base, M2, &mut out), None);
    assert_eq!(
        view.unmap_into(&*mem, base + M2 - K4, 2 * K4, &mut out),
        None
    );
    assert!(out.is_empty());
    check_invariants(&pt, &hal);
}

#[test]
fn a_run_meeting_a_page_in_use_takes_back_what_it_wrote() {
    let hal = TestHal::new();
    let mem = hal.shared();
    let base = 0x4000_0000;
    let (mut pt, view) = published(&hal, base + 8 * K4);
    // Pages 4..20: page 8 is in use.
    assert!(!view.map(&*mem, base + 4 * K4, 0x9000_0000, 16 * K4, RW));
    for i in 4..20 {
        let want = (i == 8).then_some(0x8000_0000);
        assert_eq!(pt.iova_to_phys(&hal, base + i * K4), want, "page {i}");
    }
    // The tables then report the overlap.
    assert!(matches!(
        pt.map(&hal, base + 4 * K4, 0x9000_0000, 16 * K4, RW),
        Err(Error::Busy { .. })
    ));
    check_invariants(&pt, &hal);
}

#[test]
fn an_unhooked_table_leaves_the_view_and_a_new_one_comes() {
    let hal = TestHal::new();
    let mem = hal.shared();
    let base = 0x4000_0000;
    let (mut pt, view) = published(&hal, base);
    assert!(view.map(&*mem, base + K4, 0x9000_0000, K4, RW));
    // An unmap of the table's whole span unhooks it; published, the view lets go of it.
    let gone = pt.unmap(&hal, base, M2).unwrap();
    assert_eq!(
        gone.bytes,
        2 * K4,
        "the view's page counted when the table goes"
    );
    assert!(gone.tables_removed());
    pt.publish(&view);
    assert!(!view.map(&*mem, base + 2 * K4, 0x9000_0000, K4, RW));
    assert_eq!(view.iova_to_phys(&*mem, base + K4), None);
    pt.release(&hal, gone);
    // The freed table comes back for another region, published under that region only.
    pt.map(&hal, base + 3 * M2, 0xa000_0000, K4, RW).unwrap();
    pt.publish(&view);
    assert!(!view.map(&*mem, base + 2 * K4, 0x9000_0000, K4, RW));
    assert!(view.map(&*mem, base + 3 * M2 + K4, 0x9000_0000, K4, RW));
    assert_eq!(pt.iova_to_phys(&hal, base + 3 * M2 + K4), Some(0x9000_0000));
    assert_eq!(pt.iova_to_phys(&hal, base + 2 * K4), None);
    check_invariants(&pt, &hal);
}

#[test]
fn a_block_over_a_table_the_view_emptied_fills_it_and_one_it_did_not_is_refused() {
    let hal = TestHal::new();
    let mem = hal.shared();
    let base = 0x4000_0000;
    let (mut pt, view) = published(&hal, base);
    assert!(view.map(&*mem, base + 7 * K4, 0x9000_0000, K4, RW));
    let mut out = Unmapped::default();
    pt.unmap_into(&hal, base, K4, &mut out).unwrap();
    pt.publish(&view);
    // The table still maps the view's page: a block over it is refused.
    assert!(matches!(
        pt.map(&hal, base, 0x4000_0000, M2, RW),
        Err(Error::Busy { .. })
    ));
    let mut out = Unmapped::default();
    assert_eq!(
        view.unmap_into(&*mem, base + 7 * K4, K4, &mut out),
        Some(Ok(()))
    );
    // Empty now: the map fills the table in place with pages.
    pt.map(&hal, base, 0x4000_0000, M2, RW).unwrap();
    assert_eq!(pt.iova_to_phys(&hal, base + 7 * K4), Some(0x4000_7000));
    check_invariants(&pt, &hal);
}

#[test]
fn threads_map_translate_and_unmap_their_own_pages_at_once() {
    const THREADS: u64 = 4;
    const ROUNDS: u64 = 300;
    let hal = TestHal::with_capacity(64 << 20);
    let mem = hal.shared();
    let pt = new_s1(&hal);
    let view = pt.leaf_view().unwrap();
    let tables = Mutex::new((pt, hal));
    // Each thread owns every THREADS-th page of four 2 MiB regions (one of them crossing a
    // region boundary with its runs), as the DMA layer's callers own their IOVAs.
    let served: u64 = thread::scope(|s| {
        let workers: vec::Vec<_> = (0..THREADS)
            .map(|t| {
                let (tables, view, mem) = (&tables, &view, &*mem);
                s.spawn(move || {
                    let mut served = 0;
                    let mut seed = 0x9e37_79b9_7f4a_7c15u64.wrapping_mul(t + 1);
                    for r in 0..ROUNDS {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        let region = 0x4000_0000 + (seed % 4) * M2;
                        let slot = (seed >> 8) % 64;
                        let pages = 1 + (seed >> 16) % 4;
                        // Pages t, t + THREADS, ... of a 4 * THREADS-page slice: the thread's
                        // own, one at a time, `pages` of them.
                        let first = region + (slot * 4 * THREADS) * K4;
                        let pa = 0x1_0000_0000 + (t << 24) + r * 16 * K4;
                        let mine: vec::Vec<u64> =
                            (0..pages).map(|i| first + (t + i * THREADS) * K4).collect();
                        for (i, &va) in mine.iter().enumerate() {
                            let pa = pa + i as u64 * K4;
                            if view.map(mem, va, pa, K4, RW) {
                                served += 1;
                            } else {
                                let mut g = tables.lock().unwrap();
                                let (pt, hal) = &mut *g;
                                pt.map(hal, va, pa, K4, RW).unwrap();
                                pt.publish(view);
                            }
                        }
                        for (i, &va) in mine.iter().enumerate() {
                            let want = Some(pa + i as u64 * K4 + 8);
                            let found = match view.iova_to_phys(mem, va + 8) {
                                Some(found) => found,
                                None => {
                                    let g = tables.lock().unwrap();
                                    g.0.iova_to_phys(&g.1, va + 8)
                                }
                            };
                            assert_eq!(found, want, "thread {t} round {r} page {va:#x}");
                        }
                        for &va in &mine {
                            let mut out = Unmapped::default();
                            match view.unmap_into(mem, va, K4, &mut out) {
                                Some(res) => {
                                    res.unwrap();
                                    served += 1;
                                }
                                None => {
                                    let mut g = tables.lock().unwrap();
                                    let (pt, hal) = &mut *g;
                                    pt.unmap_into(hal, va, K4, &mut out).unwrap();
                                    pt.publish(view);
                                }
                            }
                            assert_eq!(out.bytes, K4, "thread {t} round {r} page {va:#x}");
                        }
                    }
                    served
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    let (mut pt, hal) = tables.into_inner().unwrap();
    let stats = pt.stats().plus(view.stats());
    assert_eq!(stats.maps, stats.unmaps);
    assert_eq!(
        stats.mapped, stats.unmapped,
        "everything mapped was unmapped"
    );
    assert!(
        served > stats.calls() / 2,
        "most calls go through the view ({served} of {})",
        stats.calls()
    );
    check_invariants(&pt, &hal);
    let u = pt.unmap(&hal, 0, 1 << 48).unwrap();
    assert_eq!(u.bytes, 0, "nothing left mapped");
    pt.release(&hal, u);
    pt.destroy(&hal);
}

/// Page runs, unmaps and probes inside 16 MiB (eight final-level tables, all of which the
/// view can hold), and now and then a 2 MiB block or an unmap of a whole table.
fn op_near() -> impl Strategy<Value = Op> {
    let pages = 16 * M2 / K4;
    prop_oneof![
        6 => (0..pages, 0..(1u64 << 24), prop_oneof![Just(1u64), Just(16), 1..40u64], any::<bool>())
            .prop_map(|(iova, pa, pages, cache)| Op::Map { iova, pa, pages, cache }),
        1 => (0..8u64, 0..64u64).prop_map(|(i, p)| Op::Map { iova: i * 512, pa: p * 512, pages: 512, cache: true }),
        5 => (0..pages, prop_oneof![Just(1u64), Just(16), 1..40u64]).prop_map(|(iova, pages)| Op::Unmap { iova, pages }),
        1 => (0..8u64).prop_map(|i| Op::Unmap { iova: i * 512, pages: 512 }),
        4 => (0..16 * M2).prop_map(|iova| Op::Probe { iova }),
    ]
}

/// `op` with its 16 regions of 2 MiB moved apart, four by four, so that each four share one
/// place of the view: a table's place is taken by another region's, and given back.
fn spread(op: Op) -> Op {
    let page = |p: u64| {
        let region = p / 512;
        ((region % 4) + (region / 4) * LEAF_TABLES as u64) * 512 + p % 512
    };
    match op {
        Op::Map {
            iova,
            pa,
            pages,
            cache,
        } => Op::Map {
            iova: page(iova),
            pa,
            pages,
            cache,
        },
        Op::Unmap { iova, pages } => Op::Unmap {
            iova: page(iova),
            pages,
        },
        Op::Probe { iova } => Op::Probe {
            iova: page(iova / K4) * K4 + iova % K4,
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// The same with regions that take each other's place in the view: the view never
    /// holds a table for a region other than its own (each publication looks at the places
    /// that changed only, and must leave the view as a fresh one would be).
    #[test]
    fn model_through_the_view_with_places_taken(ops in prop::collection::vec(op_near().prop_map(spread), 1000)) {
        run_model_in::<Stage1>(Granule::Size4K, &ops, 4 * G1, true);
    }

    /// 1,000 random maps, unmaps and probes near each other, through the view first, against
    /// the page -> pa model (4K, stage 1).
    #[test]
    fn model_through_the_view(ops in prop::collection::vec(op_near(), 1000)) {
        run_model_in::<Stage1>(Granule::Size4K, &ops, 16 * M2, true);
    }

    /// The same through the view of RISC-V's formats (first stage and G-stage).
    #[cfg(feature = "riscv")]
    #[test]
    fn model_through_the_view_riscv(ops in prop::collection::vec(op_near(), 1000)) {
        run_model_in::<crate::riscv::format::Sv39>(Granule::Size4K, &ops, 16 * M2, true);
        run_model_in::<crate::riscv::format::Sv48x4>(Granule::Size4K, &ops, 16 * M2, true);
    }
}
