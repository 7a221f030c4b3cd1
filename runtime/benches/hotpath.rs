//! The per-call cost of the DMA API's hot path through the whole runtime, as Linux's
//! `dma_map_benchmark` drives it with one thread and one page: [`Smmu::map`] of one 4 KiB page at
//! an IOVA the DMA layer reuses, then [`Smmu::unmap`] (strict: the TLB invalidation and its
//! CMD_SYNC before returning) or [`Smmu::unmap_deferred`] (lazy: no command), again and again.
//!
//! The HAL is as cheap as possible so the runtime's own work is what is measured: DMA memory is
//! the host-memory `TestHal`, and the registers are a small model that answers the probe like
//! QEMU 10's SMMUv3 (stage 1, two-level stream table, coherent, range invalidation), mirrors
//! CR0 and IRQ_CTRL into their acknowledgement registers, clears GBPA.Update, and consumes every
//! command the moment CMDQ_PROD is written.
//!
//! `cargo bench -p iommugen-runtime --bench hotpath`
//!
//! Instruction counts (noise-free): with `HOTPATH_LOOPS=N` the bench skips criterion and runs `N`
//! rounds; the difference between two runs under callgrind divided
//! by the difference in `N` is the cost of one round (set-up cancels out):
//!
//! ```text
//! cargo bench -p iommugen-runtime --bench hotpath --no-run
//! B=$(ls -t target/release/deps/hotpath-* | grep -v '\.d$' | head -1)
//! for op in strict lazy; do for n in 0 10000; do HOTPATH_OP=$op HOTPATH_LOOPS=$n \
//!     valgrind --tool=callgrind --callgrind-out-file=/tmp/hotpath.$op.$n $B 2>&1 | grep refs
//! done; done
//! ```
//!
//! A round is one map plus one unmap of the kind `HOTPATH_OP` names (`strict` or `lazy`), of
//! one page or of `HOTPATH_PAGES` pages in one call (as `dma_map_benchmark`'s 16- and 256-page
//! rows).

use std::cell::Cell;
use std::hint::black_box;

use criterion::{criterion_group, Criterion};
use iommugen_runtime::hal::{Clock, DmaBuf, Hal, HalError};
use iommugen_runtime::pgtable::testhal::TestHal;
use iommugen_runtime::smmuv3::domain::{DomainId, RW};
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::regs::{
    CMDQ_CONS, CMDQ_PROD, CR0, CR0ACK, GBPA, IDR0, IDR1, IDR3, IDR5, IRQ_CTRL, IRQ_CTRLACK,
};

/// The IOVA the DMA layer hands out again and again.
const IOVA: u64 = 0xffff_f000;
/// The page mapped there (host memory of the `TestHal`; never accessed).
const PA: u64 = 0x4_0000_0000;
const PAGE: u64 = 0x1000;
/// IDR values: QEMU 10's SMMUv3 (IDR0 and IDR5 as QEMU 7.2 reports them; IDR3.RIL set).
const IDR: [(usize, u32); 4] = [
    (IDR0::OFFSET, 0x0d40_101a),
    (IDR1::OFFSET, 0x0273_0010),
    (IDR3::OFFSET, 1 << 10),
    (IDR5::OFFSET, 0x74),
];
/// GBPA.Update.
const GBPA_UPDATE: u32 = 1 << 31;

/// Host memory plus the register model described in the module documentation.
struct CheapHal {
    mem: TestHal,
    regs: Vec<Cell<u32>>,
}

impl CheapHal {
    fn new() -> Self {
        let hal = CheapHal {
            mem: TestHal::with_capacity(64 << 20),
            regs: (0..0x2_0000 / 4).map(|_| Cell::new(0)).collect(),
        };
        for (off, v) in IDR {
            hal.regs[off / 4].set(v);
        }
        hal
    }
}

impl Hal for CheapHal {
    fn mmio_read32(&self, offset: usize) -> u32 {
        self.regs[offset / 4].get()
    }

    fn mmio_write32(&self, offset: usize, value: u32) {
        let value = match offset {
            CR0::OFFSET => {
                self.regs[CR0ACK::OFFSET / 4].set(value);
                value
            }
            IRQ_CTRL::OFFSET => {
                self.regs[IRQ_CTRLACK::OFFSET / 4].set(value);
                value
            }
            GBPA::OFFSET => value & !GBPA_UPDATE,
            CMDQ_PROD::OFFSET => {
                // Everything published is consumed at once (RD has WR's layout).
                self.regs[CMDQ_CONS::OFFSET / 4].set(value);
                value
            }
            _ => value,
        };
        self.regs[offset / 4].set(value);
    }

    fn mmio_read64(&self, offset: usize) -> u64 {
        u64::from(self.mmio_read32(offset)) | (u64::from(self.mmio_read32(offset + 4)) << 32)
    }

    fn mmio_write64(&self, offset: usize, value: u64) {
        self.mmio_write32(offset, value as u32);
        self.mmio_write32(offset + 4, (value >> 32) as u32);
    }

    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        self.mem.dma_alloc(bytes, align)
    }

    fn dma_free(&self, buf: DmaBuf) {
        self.mem.dma_free(buf)
    }

    #[inline]
    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64 {
        self.mem.dma_read(buf, word)
    }

    #[inline]
    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64) {
        self.mem.dma_write(buf, word, value)
    }

    fn wmb(&self) {
        self.mem.wmb()
    }

    fn rmb(&self) {
        self.mem.rmb()
    }
}

impl Clock for CheapHal {
    fn now_ns(&self) -> u64 {
        self.mem.now_ns()
    }

    fn relax(&self) {
        self.mem.relax()
    }
}

/// An enabled SMMU with one empty paging domain (the benchmark device's DMA domain).
fn setup() -> (Smmu<CheapHal>, DomainId) {
    let s = Smmu::new(CheapHal::new(), Config::default()).expect("bring-up");
    assert!(s.features.range_inv);
    let mut s = s;
    let d = s.alloc_paging_domain().expect("domain");
    (s, d)
}

fn strict(s: &mut Smmu<CheapHal>, d: DomainId) {
    strict_n(s, d, 1)
}

fn lazy(s: &mut Smmu<CheapHal>, d: DomainId) {
    lazy_n(s, d, 1)
}

/// `pages` pages ending at the top of the 32-bit IOVA space.
fn strict_n(s: &mut Smmu<CheapHal>, d: DomainId, pages: u64) {
    let iova = IOVA + PAGE - pages * PAGE;
    s.map(d, iova, PA, pages * PAGE, RW).expect("map");
    black_box(s.unmap(d, iova, pages * PAGE).expect("unmap"));
}

fn lazy_n(s: &mut Smmu<CheapHal>, d: DomainId, pages: u64) {
    let iova = IOVA + PAGE - pages * PAGE;
    s.map(d, iova, PA, pages * PAGE, RW).expect("map");
    black_box(s.unmap_deferred(d, iova, pages * PAGE).expect("unmap"));
}

fn hotpath(c: &mut Criterion) {
    let mut g = c.benchmark_group("hotpath_1page");
    let (mut s, d) = setup();
    g.bench_function("map_unmap_strict", |b| b.iter(|| strict(&mut s, d)));
    g.bench_function("map_unmap_lazy", |b| b.iter(|| lazy(&mut s, d)));
    g.finish();
    let mut g = c.benchmark_group("hotpath_16pages");
    g.bench_function("map_unmap_strict", |b| b.iter(|| strict_n(&mut s, d, 16)));
    g.bench_function("map_unmap_lazy", |b| b.iter(|| lazy_n(&mut s, d, 16)));
    g.finish();
}

/// `HOTPATH_LOOPS=N`: `N` rounds without criterion, for instruction counts.
fn loops() -> Option<u64> {
    std::env::var("HOTPATH_LOOPS")
        .ok()
        .map(|n| n.parse().expect("HOTPATH_LOOPS=<rounds>"))
}

criterion_group!(benches, hotpath);

fn main() {
    if let Some(n) = loops() {
        let op = std::env::var("HOTPATH_OP").unwrap_or_default();
        let pages: u64 = std::env::var("HOTPATH_PAGES")
            .map(|p| p.parse().expect("HOTPATH_PAGES=<pages>"))
            .unwrap_or(1);
        let (mut s, d) = setup();
        for _ in 0..n {
            match op.as_str() {
                "strict" => strict_n(&mut s, d, pages),
                "lazy" => lazy_n(&mut s, d, pages),
                _ => panic!("HOTPATH_OP=strict or HOTPATH_OP=lazy"),
            }
        }
        let hal = s.shutdown().expect("shutdown");
        assert_eq!(hal.mem.live_allocations(), 0, "DMA memory leaked");
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
