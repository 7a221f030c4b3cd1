//! The page-table engine on the RISC-V formats (`PageTable<Sv39>` and `PageTable<Sv48>` of the
//! RISC-V driver) side by side with the `page_table_multiarch` crate's `PageTable64` (tables
//! from the global allocator) doing the same work, both on host memory, with the workloads of
//! `benches/pgtable.rs`. The engine runs twice: on the checked `TestHal` (`iommugen`: an arena
//! with a B-tree of live blocks, per-size free lists and poisoning, every access checked), and
//! on `HeapHal` (`iommugen_heap`: zeroed pages from the global allocator, plain loads and stores
//! after a bounds check, freed with `dealloc`), which allocates and touches memory as the peer
//! does, so that the two sides do equivalent work:
//!
//! - `4k`: 262,144 calls mapping one 4 KiB page each over 1 GiB, then 262,144 unmap calls,
//!   then the tables freed once;
//! - `bulk`: one call mapping 1 GiB as pages, one call unmapping it, the tables freed;
//! - `2m`: 512 calls mapping one 2 MiB superpage each, then 512 unmap calls;
//! - `random`: 16,384 distinct random pages of the 1 GiB window mapped one by one in one
//!   random order and unmapped in another, then the tables freed once.
//!
//! `page_table_multiarch` builds its `riscv` module (the Sv39/Sv48 metadata and `Rv64PTE`)
//! for RISC-V targets only, so on the host its generic `PageTable64` runs with Sv39/Sv48
//! metadata and a PTE type defined here from the privileged architecture's Sv39/Sv48 PTE
//! (V, R, W, X, U, A, D, PPN at [53:10]), as its `riscv` module defines them. It never frees a
//! table an unmap empties; its tables are freed by dropping it, so each of its iterations
//! ends by dropping the table and making a new one (one root table allocated).
//!
//! `cargo bench -p iommugen-runtime --features riscv --bench pgtable_riscv -- --warm-up-time 1
//! --measurement-time 3`
//!
//! Instruction counts, as in `benches/pgtable.rs`: `PGTABLE_LOOPS=N
//! PGTABLE_CASE=sv39|sv48_4k|bulk|2m|random PGTABLE_SIDE=ours|heap|theirs` runs `N`
//! iterations of one side of one case without criterion; under `valgrind --tool=callgrind`, the difference between
//! `N = 1` and `N = 3` divided by twice the element count is the cost per element:
//!
//! ```text
//! cargo bench -p iommugen-runtime --features riscv --bench pgtable_riscv --no-run
//! B=$(ls -t target/release/deps/pgtable_riscv-* | grep -v '\.d$' | head -1)
//! for side in ours heap theirs; do for n in 1 3; do PGTABLE_CASE=sv39_4k PGTABLE_SIDE=$side \
//!     PGTABLE_LOOPS=$n valgrind --tool=callgrind --callgrind-out-file=/tmp/pt.$side.$n $B \
//!     2>&1 | grep refs; done; done
//! ```

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::hint::black_box;

mod workload;
use std::marker::PhantomData;

use workload::{BenchHal, HeapHal};

use criterion::{criterion_group, Criterion, Throughput};
use iommugen_runtime::pgtable::testhal::TestHal;
use iommugen_runtime::pgtable::{Format, Granule, PageTable, Prot};
use iommugen_runtime::riscv::format::{Sv39, Sv48};
use memory_addr::{PhysAddr, VirtAddr};
use page_table_entry::{GenericPTE, MappingFlags};
use page_table_multiarch::{PageSize, PageTable64, PagingHandler, PagingMetaData};

const K4: u64 = 0x1000;
const M2: u64 = 0x20_0000;
const G1: u64 = 0x4000_0000;
/// Where the 1 GiB window starts (1 GiB aligned, inside Sv39's lower half).
const BASE: u64 = G1;
const RANDOM_PAGES: usize = 16_384;
const PROT: Prot = Prot::READ.union(Prot::WRITE);

/// An Sv39/Sv48 PTE (RISC-V privileged architecture, 10.3.1/10.4.1).
#[derive(Debug, Clone, Copy)]
struct Pte(u64);

const V: u64 = 1 << 0;
const R: u64 = 1 << 1;
const W: u64 = 1 << 2;
const X: u64 = 1 << 3;
const U: u64 = 1 << 4;
const A: u64 = 1 << 6;
const D: u64 = 1 << 7;
const PPN: u64 = ((1 << 44) - 1) << 10;

fn flag_bits(f: MappingFlags) -> u64 {
    let mut b = 0;
    if f.contains(MappingFlags::READ) {
        b |= R;
    }
    if f.contains(MappingFlags::WRITE) {
        b |= W;
    }
    if f.contains(MappingFlags::EXECUTE) {
        b |= X;
    }
    if f.contains(MappingFlags::USER) {
        b |= U;
    }
    b
}

impl GenericPTE for Pte {
    fn new_page(paddr: PhysAddr, flags: MappingFlags, _huge: bool) -> Self {
        Pte(V | A | D | flag_bits(flags) | ((paddr.as_usize() as u64 >> 2) & PPN))
    }
    fn new_table(paddr: PhysAddr) -> Self {
        Pte(V | ((paddr.as_usize() as u64 >> 2) & PPN))
    }
    fn paddr(&self) -> PhysAddr {
        PhysAddr::from(((self.0 & PPN) << 2) as usize)
    }
    fn flags(&self) -> MappingFlags {
        let mut f = MappingFlags::empty();
        for (bit, flag) in [
            (R, MappingFlags::READ),
            (W, MappingFlags::WRITE),
            (X, MappingFlags::EXECUTE),
            (U, MappingFlags::USER),
        ] {
            if self.0 & bit != 0 {
                f |= flag;
            }
        }
        f
    }
    fn set_paddr(&mut self, paddr: PhysAddr) {
        self.0 = (self.0 & !PPN) | ((paddr.as_usize() as u64 >> 2) & PPN);
    }
    fn set_flags(&mut self, flags: MappingFlags, _huge: bool) {
        self.0 = (self.0 & !(R | W | X | U)) | flag_bits(flags) | V | A | D;
    }
    fn bits(self) -> usize {
        self.0 as usize
    }
    fn is_unused(&self) -> bool {
        self.0 == 0
    }
    fn is_present(&self) -> bool {
        self.0 & V != 0
    }
    fn is_huge(&self) -> bool {
        self.0 & (R | W | X) != 0
    }
    fn clear(&mut self) {
        self.0 = 0;
    }
}

/// Sv39 and Sv48 metadata (no TLB to flush on the host).
struct Meta<const LEVELS: usize, const VA: usize>;

impl<const LEVELS: usize, const VA: usize> PagingMetaData for Meta<LEVELS, VA> {
    const LEVELS: usize = LEVELS;
    const PA_MAX_BITS: usize = 56;
    const VA_MAX_BITS: usize = VA;
    type VirtAddr = VirtAddr;
    fn flush_tlb(_: Option<VirtAddr>) {}
}

/// Frames from the global allocator, addressed by their host address.
struct Frames;

impl PagingHandler for Frames {
    fn alloc_frames(num: usize, align: usize) -> Option<PhysAddr> {
        let layout = Layout::from_size_align(num * 4096, align.max(4096)).ok()?;
        // SAFETY: a non-zero size.
        let p = unsafe { alloc_zeroed(layout) };
        (!p.is_null()).then(|| PhysAddr::from(p as usize))
    }
    fn dealloc_frames(paddr: PhysAddr, num: usize) {
        if let Ok(layout) = Layout::from_size_align(num * 4096, 4096) {
            // SAFETY: allocated by `alloc_frames` with this size (tables are single frames
            // aligned to 4 KiB).
            unsafe { dealloc(paddr.as_usize() as *mut u8, layout) }
        }
    }
    fn phys_to_virt(paddr: PhysAddr) -> VirtAddr {
        VirtAddr::from(paddr.as_usize())
    }
}

struct Ours<F: Format, H: BenchHal = TestHal> {
    hal: H,
    pt: PageTable<F>,
}

impl<F: Format, H: BenchHal> Ours<F, H> {
    fn new(va_bits: u32) -> Self {
        let hal = H::fresh();
        let pt = PageTable::new(&hal, Granule::Size4K, va_bits).unwrap();
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

    /// Frees the tables left empty in the window's 512 GiB (Sv48) or 1 GiB (Sv39) region.
    fn free_tables(&mut self) {
        let span = if self.pt.start_level() == 3 {
            1 << 39
        } else {
            G1
        };
        let start = BASE & !(span - 1);
        let u = self.pt.unmap(&self.hal, start, span).unwrap();
        assert_eq!(u.bytes, 0);
        self.pt.release(&self.hal, u);
    }

    fn check_empty(&mut self) {
        self.free_tables();
        assert_eq!(self.hal.live(), 1);
    }
}

struct Theirs<M: PagingMetaData<VirtAddr = VirtAddr>> {
    pt: Option<PageTable64<M, Pte, Frames>>,
    _m: PhantomData<M>,
}

impl<M: PagingMetaData<VirtAddr = VirtAddr>> Theirs<M> {
    fn new() -> Self {
        Theirs {
            pt: Some(PageTable64::try_new().unwrap()),
            _m: PhantomData,
        }
    }

    fn pt(&mut self) -> &mut PageTable64<M, Pte, Frames> {
        self.pt.as_mut().unwrap()
    }

    /// Frees every table (dropping the table) and starts over with an empty one.
    fn free_tables(&mut self) {
        self.pt = None;
        self.pt = Some(PageTable64::try_new().unwrap());
    }
}

const FLAGS: MappingFlags = MappingFlags::READ.union(MappingFlags::WRITE);

fn va(x: u64) -> VirtAddr {
    VirtAddr::from(x as usize)
}

fn pa(x: u64) -> PhysAddr {
    PhysAddr::from(x as usize)
}

/// `RANDOM_PAGES` distinct pages of the window in a map order and an unmap order.
fn random_pages() -> (Vec<u64>, Vec<u64>) {
    workload::random_pages(BASE, G1, K4, RANDOM_PAGES)
}

fn window(step: u64) -> impl Iterator<Item = u64> {
    (BASE..BASE + G1).step_by(step as usize)
}

fn ours_pages<F: Format, H: BenchHal>(o: &mut Ours<F, H>, map: &[u64], unmap: &[u64]) {
    for &iova in map {
        o.map(iova, iova, K4);
    }
    for &iova in unmap {
        o.unmap(iova, K4);
    }
    o.free_tables();
}

fn theirs_pages<M: PagingMetaData<VirtAddr = VirtAddr>>(
    t: &mut Theirs<M>,
    map: &[u64],
    unmap: &[u64],
) {
    {
        let mut c = t.pt().cursor();
        for &iova in map {
            c.map(va(iova), pa(iova), PageSize::Size4K, FLAGS).unwrap();
        }
        for &iova in unmap {
            black_box(c.unmap(va(iova)).unwrap());
        }
    }
    t.free_tables();
}

fn ours_bulk<F: Format, H: BenchHal>(o: &mut Ours<F, H>) {
    o.map(BASE, BASE + K4, G1);
    o.unmap(BASE, G1);
    o.free_tables();
}

fn theirs_bulk<M: PagingMetaData<VirtAddr = VirtAddr>>(t: &mut Theirs<M>) {
    {
        let mut c = t.pt().cursor();
        c.map_region(
            va(BASE),
            |v| pa(v.as_usize() as u64 + K4),
            G1 as usize,
            FLAGS,
            false,
        )
        .unwrap();
        c.unmap_region(va(BASE), G1 as usize).unwrap();
    }
    t.free_tables();
}

fn ours_2m<F: Format, H: BenchHal>(o: &mut Ours<F, H>) {
    for iova in window(M2) {
        o.map(iova, iova, M2);
    }
    for iova in window(M2) {
        o.unmap(iova, M2);
    }
    o.free_tables();
}

fn theirs_2m<M: PagingMetaData<VirtAddr = VirtAddr>>(t: &mut Theirs<M>) {
    {
        let mut c = t.pt().cursor();
        for iova in window(M2) {
            c.map(va(iova), pa(iova), PageSize::Size2M, FLAGS).unwrap();
        }
        for iova in window(M2) {
            black_box(c.unmap(va(iova)).unwrap());
        }
    }
    t.free_tables();
}

/// The pages of the `4k` and `random` cases: the window in order, and the random orders.
struct Pages {
    seq: Vec<u64>,
    map_order: Vec<u64>,
    unmap_order: Vec<u64>,
}

impl Pages {
    fn new() -> Self {
        let (map_order, unmap_order) = random_pages();
        Pages {
            seq: window(K4).collect(),
            map_order,
            unmap_order,
        }
    }
}

/// One iteration of `case` on our side.
fn ours_case<F: Format, H: BenchHal>(o: &mut Ours<F, H>, case: &str, p: &Pages) {
    match case {
        "4k" => ours_pages(o, &p.seq, &p.seq),
        "bulk" => ours_bulk(o),
        "2m" => ours_2m(o),
        "random" => ours_pages(o, &p.map_order, &p.unmap_order),
        _ => panic!("PGTABLE_CASE=sv39_ or sv48_ then 4k, bulk, 2m or random"),
    }
}

/// One iteration of `case` on their side.
fn theirs_case<M: PagingMetaData<VirtAddr = VirtAddr>>(t: &mut Theirs<M>, case: &str, p: &Pages) {
    match case {
        "4k" => theirs_pages(t, &p.seq, &p.seq),
        "bulk" => theirs_bulk(t),
        "2m" => theirs_2m(t),
        "random" => theirs_pages(t, &p.map_order, &p.unmap_order),
        _ => panic!("PGTABLE_CASE=sv39_ or sv48_ then 4k, bulk, 2m or random"),
    }
}

/// The four cases for our format `F` (with `va_bits`) and their metadata `M`: ours on
/// `TestHal` (`iommugen`) and on `HeapHal` (`iommugen_heap`, allocating as the peer does),
/// then theirs.
fn cases<F: Format, M: PagingMetaData<VirtAddr = VirtAddr>>(
    c: &mut Criterion,
    name: &str,
    va_bits: u32,
) {
    let pages = Pages::new();
    for (case, elements, samples) in [
        ("4k", G1 / K4, 10),
        ("bulk", G1 / K4, 10),
        ("2m", G1 / M2, 20),
        ("random", RANDOM_PAGES as u64, 20),
    ] {
        let mut g = c.benchmark_group(format!("{name}_{case}"));
        g.throughput(Throughput::Elements(elements))
            .sample_size(samples);
        let mut o = Ours::<F>::new(va_bits);
        g.bench_function("iommugen", |b| b.iter(|| ours_case(&mut o, case, &pages)));
        o.check_empty();
        let mut h = Ours::<F, HeapHal>::new(va_bits);
        g.bench_function("iommugen_heap", |b| {
            b.iter(|| ours_case(&mut h, case, &pages))
        });
        h.check_empty();
        let mut t = Theirs::<M>::new();
        g.bench_function("page_table_multiarch", |b| {
            b.iter(|| theirs_case(&mut t, case, &pages))
        });
        g.finish();
    }
}

fn sv39(c: &mut Criterion) {
    cases::<Sv39, Meta<3, 39>>(c, "sv39", 39);
}

fn sv48(c: &mut Criterion) {
    cases::<Sv48, Meta<4, 48>>(c, "sv48", 48);
}

criterion_group!(benches, sv39, sv48);

/// `N` iterations of one side of one case of format `F` (metadata `M`), without criterion.
fn loops_of<F: Format, M: PagingMetaData<VirtAddr = VirtAddr>>(
    n: u64,
    case: &str,
    side: &str,
    va_bits: u32,
) {
    let pages = Pages::new();
    let (mut o, mut h) = (Ours::<F>::new(va_bits), Ours::<F, HeapHal>::new(va_bits));
    let mut t = Theirs::<M>::new();
    for _ in 0..n {
        match side {
            "ours" => ours_case(&mut o, case, &pages),
            "heap" => ours_case(&mut h, case, &pages),
            _ => theirs_case(&mut t, case, &pages),
        }
    }
    o.check_empty();
    h.check_empty();
}

/// `PGTABLE_LOOPS=N PGTABLE_CASE=<format>_<case> PGTABLE_SIDE=ours|theirs`: `N` iterations of one
/// side of one case without criterion, for instruction counts.
fn loops(n: u64) {
    let case = std::env::var("PGTABLE_CASE").unwrap_or_default();
    let side = std::env::var("PGTABLE_SIDE").unwrap_or_default();
    if !["ours", "heap", "theirs"].contains(&side.as_str()) {
        panic!("PGTABLE_SIDE=ours, heap (ours on HeapHal) or theirs");
    }
    match case.split_once('_') {
        Some(("sv39", c)) => loops_of::<Sv39, Meta<3, 39>>(n, c, &side, 39),
        Some(("sv48", c)) => loops_of::<Sv48, Meta<4, 48>>(n, c, &side, 48),
        _ => panic!("PGTABLE_CASE=sv39_ or sv48_ then 4k, bulk, 2m or random"),
    }
}

fn main() {
    if let Ok(n) = std::env::var("PGTABLE_LOOPS") {
        loops(n.parse().expect("PGTABLE_LOOPS=<iterations>"));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
