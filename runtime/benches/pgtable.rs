//! `PageTable<Stage1>` (4K granule, 48-bit input) side by side with Google's `aarch64-paging`
//! (`IdMap<El1And0>`, root level 0, tables from the global allocator) doing the same work, both
//! on host memory; the engine runs over the checked `TestHal` (`iommugen`) and over `HeapHal`
//! (`iommugen_heap`, pages from the global allocator as the peer's):
//!
//! - `map_unmap_1g_4k`: 262,144 calls mapping one 4 KiB page each over 1 GiB, then 262,144 calls
//!   unmapping them; neither frees a table a page unmap empties, so each then frees its tables
//!   once (ours: one unmap of the root entry's 512 GiB; aarch64-paging: `compact_subtables`);
//! - `map_unmap_1g_4k_bulk`: one call mapping 1 GiB as pages (ours: `pa` offset by 4 KiB so no
//!   block fits; theirs: `NO_BLOCK_MAPPINGS`), one call unmapping it (both free the tables);
//! - `map_unmap_1g_2m`: 512 calls mapping one 2 MiB block each, then 512 unmap calls;
//! - `random_4k`: 16,384 distinct random pages of a 1 GiB window mapped one by one in one random
//!   order and unmapped in another, then the tables freed once as above.
//!
//! Throughput is in 4 KiB pages (2 MiB blocks for `map_unmap_1g_2m`): criterion's time per
//! iteration divided by the element count is the cost of one map plus one unmap.
//!
//! `cargo bench -p iommugen-runtime --bench pgtable -- --warm-up-time 1 --measurement-time 3`
//!
//! Instruction counts: `PGTABLE_LOOPS=N PGTABLE_CASE=4k|bulk|2m|random PGTABLE_SIDE=ours|heap|theirs`
//! runs `N` iterations of one side of one case without criterion; under
//! `valgrind --tool=callgrind`, the difference between `N = 1` and `N = 3` divided by twice the
//! element count is the cost per element:
//!
//! ```text
//! cargo bench -p iommugen-runtime --bench pgtable --no-run
//! B=$(ls -t target/release/deps/pgtable-* | grep -v '\.d$' | head -1)
//! for side in ours theirs; do for n in 1 3; do PGTABLE_CASE=2m PGTABLE_SIDE=$side \
//!     PGTABLE_LOOPS=$n valgrind --tool=callgrind --callgrind-out-file=/tmp/pt.$side.$n $B \
//!     2>&1 | grep refs; done; done
//! ```

use std::hint::black_box;

mod workload;

use workload::{BenchHal, HeapHal};

use aarch64_paging::descriptor::El1Attributes;
use aarch64_paging::idmap::IdMap;
use aarch64_paging::paging::{Constraints, El1And0, MemoryRegion};
use criterion::{criterion_group, Criterion, Throughput};
use iommugen_runtime::pgtable::testhal::TestHal;
use iommugen_runtime::pgtable::{Granule, PageTable, Prot};
use iommugen_runtime::smmuv3::vmsa::Stage1;

const K4: u64 = 0x1000;
const M2: u64 = 0x20_0000;
const G1: u64 = 0x4000_0000;
/// The span of one level 0 entry: the window's level 1 table.
const L0_SPAN: u64 = 1 << 39;
/// Where the 1 GiB window starts (1 GiB aligned).
const BASE: u64 = G1;
const RANDOM_PAGES: usize = 16_384;

const PROT: Prot = Prot::READ.union(Prot::WRITE).union(Prot::CACHE);

/// The same attributes as `PROT` at stage 1: AttrIndx 0, inner shareable, AF, nG, XN.
fn their_flags() -> El1Attributes {
    El1Attributes::VALID
        | El1Attributes::ATTRIBUTE_INDEX_0
        | El1Attributes::INNER_SHAREABLE
        | El1Attributes::ACCESSED
        | El1Attributes::NON_GLOBAL
        | El1Attributes::UXN
        | El1Attributes::PXN
}

struct Ours<H: BenchHal = TestHal> {
    hal: H,
    pt: PageTable<Stage1>,
}

impl<H: BenchHal> Ours<H> {
    fn new() -> Self {
        let hal = H::fresh();
        let pt = PageTable::new(&hal, Granule::Size4K, 48).unwrap();
        Ours { hal, pt }
    }

    fn map(&mut self, iova: u64, pa: u64, size: u64) {
        self.pt.map(&self.hal, iova, pa, size, PROT).unwrap();
    }

    fn unmap(&mut self, iova: u64, size: u64) {
        let u = self.pt.unmap(&self.hal, iova, size).unwrap();
        black_box(u.bytes);
        self.pt.release(&self.hal, u);
    }

    /// Frees the tables left empty in `[iova, iova + size)`, where nothing is mapped.
    fn unmap_empty(&mut self, iova: u64, size: u64) {
        let u = self.pt.unmap(&self.hal, iova, size).unwrap();
        assert_eq!(u.bytes, 0);
        self.pt.release(&self.hal, u);
    }

    /// Nothing is mapped and, once the window's level 1 table is freed, only the root is left.
    fn check_empty(&mut self) {
        self.unmap_empty(0, L0_SPAN);
        assert_eq!(self.hal.live(), 1);
    }
}

struct Theirs {
    map: IdMap<El1And0>,
}

impl Theirs {
    fn new() -> Self {
        Theirs {
            map: IdMap::with_asid(1, 0, El1And0),
        }
    }

    fn map(&mut self, iova: u64, size: u64, constraints: Constraints) {
        let r = MemoryRegion::new(iova as usize, (iova + size) as usize);
        self.map
            .map_range_with_constraints(&r, their_flags(), constraints)
            .unwrap();
    }

    fn unmap(&mut self, iova: u64, size: u64) {
        let r = MemoryRegion::new(iova as usize, (iova + size) as usize);
        self.map.map_range(&r, El1Attributes::empty()).unwrap();
    }
}

/// `RANDOM_PAGES` distinct pages of the window in a map order and an unmap order.
fn random_pages() -> (Vec<u64>, Vec<u64>) {
    workload::random_pages(BASE, G1, K4, RANDOM_PAGES)
}

/// One iteration of each case on each side: what criterion times and what `PGTABLE_LOOPS`
/// repeats.
/// Maps the pages of `map` one by one, unmaps those of `unmap` one by one, then frees the
/// tables once.
fn ours_pages<H: BenchHal>(
    o: &mut Ours<H>,
    map: impl Iterator<Item = u64>,
    unmap: impl Iterator<Item = u64>,
) {
    for iova in map {
        o.map(iova, iova, K4);
    }
    for iova in unmap {
        o.unmap(iova, K4);
    }
    o.unmap_empty(0, L0_SPAN);
}

/// [`ours_pages`] with `aarch64-paging`.
fn theirs_pages(t: &mut Theirs, map: impl Iterator<Item = u64>, unmap: impl Iterator<Item = u64>) {
    for iova in map {
        t.map(iova, K4, Constraints::empty());
    }
    for iova in unmap {
        t.unmap(iova, K4);
    }
    t.map.compact_subtables();
}

/// The window's pages in order.
fn window() -> impl Iterator<Item = u64> {
    (BASE..BASE + G1).step_by(K4 as usize)
}

fn ours_4k<H: BenchHal>(o: &mut Ours<H>) {
    ours_pages(o, window(), window());
}

fn theirs_4k(t: &mut Theirs) {
    theirs_pages(t, window(), window());
}

fn ours_bulk<H: BenchHal>(o: &mut Ours<H>) {
    o.map(BASE, BASE + K4, G1);
    o.unmap(BASE, G1);
}

fn theirs_bulk(t: &mut Theirs) {
    t.map(BASE, G1, Constraints::NO_BLOCK_MAPPINGS);
    t.unmap(BASE, G1);
}

fn ours_2m<H: BenchHal>(o: &mut Ours<H>) {
    for iova in (BASE..BASE + G1).step_by(M2 as usize) {
        o.map(iova, iova, M2);
    }
    for iova in (BASE..BASE + G1).step_by(M2 as usize) {
        o.unmap(iova, M2);
    }
}

fn theirs_2m(t: &mut Theirs) {
    for iova in (BASE..BASE + G1).step_by(M2 as usize) {
        t.map(iova, M2, Constraints::empty());
    }
    for iova in (BASE..BASE + G1).step_by(M2 as usize) {
        t.unmap(iova, M2);
    }
    t.map.compact_subtables();
}

fn ours_random<H: BenchHal>(o: &mut Ours<H>, (map_order, unmap_order): &(Vec<u64>, Vec<u64>)) {
    ours_pages(o, map_order.iter().copied(), unmap_order.iter().copied());
}

fn theirs_random(t: &mut Theirs, (map_order, unmap_order): &(Vec<u64>, Vec<u64>)) {
    theirs_pages(t, map_order.iter().copied(), unmap_order.iter().copied());
}

fn map_unmap_1g_4k(c: &mut Criterion) {
    let mut g = c.benchmark_group("map_unmap_1g_4k");
    g.throughput(Throughput::Elements(G1 / K4)).sample_size(10);
    let mut ours = Ours::<TestHal>::new();
    g.bench_function("iommugen", |b| b.iter(|| ours_4k(&mut ours)));
    ours.check_empty();
    let mut heap = Ours::<HeapHal>::new();
    g.bench_function("iommugen_heap", |b| b.iter(|| ours_4k(&mut heap)));
    heap.check_empty();
    let mut theirs = Theirs::new();
    g.bench_function("aarch64-paging", |b| b.iter(|| theirs_4k(&mut theirs)));
    g.finish();
}

fn map_unmap_1g_4k_bulk(c: &mut Criterion) {
    let mut g = c.benchmark_group("map_unmap_1g_4k_bulk");
    g.throughput(Throughput::Elements(G1 / K4)).sample_size(10);
    let mut ours = Ours::<TestHal>::new();
    g.bench_function("iommugen", |b| b.iter(|| ours_bulk(&mut ours)));
    ours.check_empty();
    let mut heap = Ours::<HeapHal>::new();
    g.bench_function("iommugen_heap", |b| b.iter(|| ours_bulk(&mut heap)));
    heap.check_empty();
    let mut theirs = Theirs::new();
    g.bench_function("aarch64-paging", |b| b.iter(|| theirs_bulk(&mut theirs)));
    g.finish();
}

fn map_unmap_1g_2m(c: &mut Criterion) {
    let mut g = c.benchmark_group("map_unmap_1g_2m");
    g.throughput(Throughput::Elements(G1 / M2));
    let mut ours = Ours::<TestHal>::new();
    g.bench_function("iommugen", |b| b.iter(|| ours_2m(&mut ours)));
    ours.check_empty();
    let mut heap = Ours::<HeapHal>::new();
    g.bench_function("iommugen_heap", |b| b.iter(|| ours_2m(&mut heap)));
    heap.check_empty();
    let mut theirs = Theirs::new();
    g.bench_function("aarch64-paging", |b| b.iter(|| theirs_2m(&mut theirs)));
    g.finish();
}

fn random_4k(c: &mut Criterion) {
    let orders = random_pages();
    let mut g = c.benchmark_group("random_4k");
    g.throughput(Throughput::Elements(RANDOM_PAGES as u64))
        .sample_size(20);
    let mut ours = Ours::<TestHal>::new();
    g.bench_function("iommugen", |b| b.iter(|| ours_random(&mut ours, &orders)));
    ours.check_empty();
    let mut heap = Ours::<HeapHal>::new();
    g.bench_function("iommugen_heap", |b| {
        b.iter(|| ours_random(&mut heap, &orders))
    });
    heap.check_empty();
    let mut theirs = Theirs::new();
    g.bench_function("aarch64-paging", |b| {
        b.iter(|| theirs_random(&mut theirs, &orders))
    });
    g.finish();
}

criterion_group!(
    benches,
    map_unmap_1g_4k,
    map_unmap_1g_4k_bulk,
    map_unmap_1g_2m,
    random_4k
);

/// `PGTABLE_LOOPS=N PGTABLE_CASE=<case> PGTABLE_SIDE=ours|heap|theirs`: `N` iterations of one side
/// of one case (`4k`, `bulk`, `2m`, `random`) without criterion, for instruction counts.
fn loops(n: u64) {
    let case = std::env::var("PGTABLE_CASE").unwrap_or_default();
    let side = std::env::var("PGTABLE_SIDE").unwrap_or_default();
    let orders = random_pages();
    let (mut o, mut h, mut t) = (
        Ours::<TestHal>::new(),
        Ours::<HeapHal>::new(),
        Theirs::new(),
    );
    for _ in 0..n {
        match (case.as_str(), side.as_str()) {
            ("4k", "ours") => ours_4k(&mut o),
            ("4k", "heap") => ours_4k(&mut h),
            ("4k", "theirs") => theirs_4k(&mut t),
            ("bulk", "ours") => ours_bulk(&mut o),
            ("bulk", "heap") => ours_bulk(&mut h),
            ("bulk", "theirs") => theirs_bulk(&mut t),
            ("2m", "ours") => ours_2m(&mut o),
            ("2m", "heap") => ours_2m(&mut h),
            ("2m", "theirs") => theirs_2m(&mut t),
            ("random", "ours") => ours_random(&mut o, &orders),
            ("random", "heap") => ours_random(&mut h, &orders),
            ("random", "theirs") => theirs_random(&mut t, &orders),
            _ => panic!("PGTABLE_CASE=4k, bulk, 2m or random; PGTABLE_SIDE=ours, heap or theirs"),
        }
    }
    o.check_empty();
    h.check_empty();
}

fn main() {
    if let Ok(n) = std::env::var("PGTABLE_LOOPS") {
        loops(n.parse().expect("PGTABLE_LOOPS=<iterations>"));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
