//! The runtime survives heap exhaustion: with the allocator made to fail at every allocation an
//! operation makes, in turn, the operation returns `HeapExhausted` (never aborts), leaves no
//! hardware state behind that the driver did not record, and succeeds when retried.
//!
//! A global allocator fails on request, but only for the runtime's own allocations: the mock
//! SMMU is reached through a HAL wrapper that suspends the failures while the model runs (the
//! model is the hardware here, not the code under test).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use iommugen_mock::{MockSmmu, Outcome, Transfer};
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::{Clock, DmaBuf, Hal, HalError};
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::domain::RW;
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};

thread_local! {
    /// Allocations left before they fail (`None`: never fail).
    static BUDGET: Cell<Option<usize>> = const { Cell::new(None) };
    /// Inside the mock: allocations always succeed.
    static IN_MOCK: Cell<bool> = const { Cell::new(false) };
    /// Allocations that failed.
    static FAILED: Cell<usize> = const { Cell::new(0) };
}

struct Failing;

impl Failing {
    fn allowed() -> bool {
        if IN_MOCK.with(Cell::get) {
            return true;
        }
        BUDGET.with(|b| match b.get() {
            None => true,
            Some(0) => {
                FAILED.with(|f| f.set(f.get() + 1));
                false
            }
            Some(n) => {
                b.set(Some(n - 1));
                true
            }
        })
    }
}

// SAFETY: delegates to the system allocator, or fails with a null pointer as `GlobalAlloc`
// allows.
unsafe impl GlobalAlloc for Failing {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if Self::allowed() {
            // SAFETY: the caller's layout contract is passed on unchanged.
            unsafe { System.alloc(layout) }
        } else {
            std::ptr::null_mut()
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if Self::allowed() {
            // SAFETY: as for `alloc` and `dealloc`.
            unsafe { System.realloc(ptr, layout, new_size) }
        } else {
            std::ptr::null_mut()
        }
    }
}

#[global_allocator]
static ALLOC: Failing = Failing;

/// Runs `f` with the runtime's allocations failing after `budget` more succeeded.
fn with_budget<T>(budget: usize, f: impl FnOnce() -> T) -> (T, usize) {
    FAILED.with(|c| c.set(0));
    BUDGET.with(|b| b.set(Some(budget)));
    let r = f();
    BUDGET.with(|b| b.set(None));
    (r, FAILED.with(Cell::get))
}

/// The mock SMMU, its allocations exempt from failure, and the number of DMA buffers the test
/// itself took (the rest belong to the driver).
struct Hw(MockSmmu, Cell<usize>);

impl Hw {
    fn run<T>(&self, f: impl FnOnce(&MockSmmu) -> T) -> T {
        let was = IN_MOCK.with(|m| m.replace(true));
        let r = f(&self.0);
        IN_MOCK.with(|m| m.set(was));
        r
    }
}

impl Hal for Hw {
    fn mmio_read32(&self, offset: usize) -> u32 {
        self.run(|m| m.mmio_read32(offset))
    }
    fn mmio_write32(&self, offset: usize, value: u32) {
        self.run(|m| m.mmio_write32(offset, value));
    }
    fn mmio_read64(&self, offset: usize) -> u64 {
        self.run(|m| m.mmio_read64(offset))
    }
    fn mmio_write64(&self, offset: usize, value: u64) {
        self.run(|m| m.mmio_write64(offset, value));
    }
    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        self.run(|m| m.dma_alloc(bytes, align))
    }
    fn dma_free(&self, buf: DmaBuf) {
        self.run(|m| m.dma_free(buf));
    }
    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64 {
        self.run(|m| m.dma_read(buf, word))
    }
    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64) {
        self.run(|m| m.dma_write(buf, word, value));
    }
    fn wmb(&self) {
        self.run(|m| m.wmb());
    }
    fn rmb(&self) {
        self.run(|m| m.rmb());
    }
}

impl Clock for Hw {
    fn now_ns(&self) -> u64 {
        self.run(|m| m.now_ns())
    }

    fn relax(&self) {
        self.run(|m| m.relax());
    }
}

const SID: u32 = 0x345;
const IOVA: u64 = 0x8000_0000;
/// Spans several last-level tables and a 2M block.
const SIZE: u64 = 0x60_0000;

fn read_ok(s: &Smmu<Hw>, pasid: Option<u32>, iova: u64) -> bool {
    s.hal
        .run(|m| m.dma(SID, pasid, iova, Transfer::Read(4)).outcome == Outcome::Translated)
}

fn no_violations(s: &Smmu<Hw>) {
    let v = s.hal.run(|m| m.violations());
    assert!(v.is_empty(), "the mock saw protocol violations: {v:?}");
}

/// Every prefix of allocations, then the retry: `op` fails with `HeapExhausted` until it has
/// all it needs, and each failure leaves state from which the retry succeeds and checks out.
fn exhaust(
    name: &str,
    setup: impl Fn(&mut Smmu<Hw>),
    op: impl Fn(&mut Smmu<Hw>) -> Result<(), Error>,
    check: impl Fn(&Smmu<Hw>),
) {
    let mut failures = 0;
    for budget in 0.. {
        let mut s =
            Smmu::new(Hw(MockSmmu::new(), Cell::new(0)), Config::default()).expect("bring-up");
        setup(&mut s);
        let (r, failed) = with_budget(budget, || op(&mut s));
        match r {
            Ok(()) => {
                assert_eq!(failed, 0, "{name}: succeeded although an allocation failed");
                check(&s);
                no_violations(&s);
                assert!(
                    failures > 0,
                    "{name}: allocates nothing, so nothing was tested"
                );
                eprintln!("{name}: {failures} allocation failures survived");
                return;
            }
            Err(Error::Hal(HalError::HeapExhausted { .. })) => failures += 1,
            Err(e) => panic!("{name}: with {budget} allocations allowed: {e}"),
        }
        // The failure left something consistent: the same operation now succeeds.
        op(&mut s)
            .unwrap_or_else(|e| panic!("{name}: retry after failing at allocation {budget}: {e}"));
        check(&s);
        no_violations(&s);
        // Nothing the driver allocated was lost track of: shutting down frees all of it.
        let hw = s.shutdown().expect("shutdown");
        assert_eq!(
            hw.0.live_allocations(),
            hw.1.get(),
            "{name}: DMA memory leaked after failing at allocation {budget}"
        );
        assert!(budget < 10_000, "{name}: no end to the allocations");
    }
}

fn pa(s: &Smmu<Hw>) -> u64 {
    s.hal.1.set(s.hal.1.get() + 1);
    s.hal
        .dma_alloc(SIZE as usize, 0x20_0000)
        .expect("DMA memory")
        .addr
}

/// Setup: domain 1 maps `SIZE` bytes at `IOVA` and is attached to the RID of `SID`.
fn mapped_and_attached(s: &mut Smmu<Hw>) {
    let d = s.alloc_paging_domain().unwrap();
    let p = pa(s);
    s.map(d, IOVA, p, SIZE, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
}

#[test]
fn alloc_map_attach_under_heap_exhaustion() {
    exhaust(
        "alloc + map + attach",
        |_| {},
        |s| {
            let d = s.alloc_paging_domain()?;
            let p = pa(s);
            s.map(d, IOVA, p, SIZE, RW)?;
            s.attach_dev(SID, Target::Domain(d))
        },
        |s| assert!(read_ok(s, None, IOVA) && read_ok(s, None, IOVA + SIZE - 4)),
    );
}

#[test]
fn pasids_under_heap_exhaustion() {
    exhaust(
        "set_dev_pasid",
        mapped_and_attached,
        |s| {
            let d = s.alloc_paging_domain()?;
            let p = pa(s);
            s.map(d, IOVA, p, 4096, RW)?;
            s.set_dev_pasid(SID, 3, Target::Domain(d))?;
            s.set_dev_pasid(SID, 5, Target::Domain(d))
        },
        |s| {
            assert!(
                read_ok(s, None, IOVA) && read_ok(s, Some(3), IOVA) && read_ok(s, Some(5), IOVA)
            )
        },
    );
}

#[test]
fn unmap_under_heap_exhaustion() {
    exhaust(
        "unmap",
        mapped_and_attached,
        |s| {
            // Domain 1 is the one the setup made; the unmap empties tables and splits a block.
            let d = iommugen_runtime::smmuv3::domain::DomainId(1);
            s.unmap(d, IOVA + 0x1000, SIZE - 0x1000).map(|_| ())
        },
        |s| assert!(read_ok(s, None, IOVA) && !read_ok(s, None, IOVA + 0x1000)),
    );
}
