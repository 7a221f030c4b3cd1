//! A [`Hal`] over plain host memory, for tests and benchmarks of the memory-only parts of the
//! runtime (page tables): a fixed array of 64-bit words with a bump allocator and per-size free
//! lists, counting live allocations and barriers. MMIO reads as zero and ignores writes.
//!
//! Its words are atomics behind an [`Arc`], so the memory can also be reached with no lock
//! ([`TestHal::shared`], a [`SharedDma`] whose handles are those of the HAL's buffers) from
//! other threads, as a [`LeafView`](super::LeafView) reaches it.
//!
//! It checks what a test should catch: frees of buffers it did not hand out (or twice), and
//! accesses past a buffer's end panic; freed memory is poisoned so a later read through a stale
//! handle sees garbage rather than the old descriptors. Allocation failure can be injected.

use alloc::collections::BTreeMap;
use alloc::sync::Arc;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::ops::ControlFlow;
use core::sync::atomic::{AtomicU64, Ordering::Relaxed};

use super::super::hal::{Clock, DmaBuf, Hal, HalError, Run, SharedDma};

/// What freed words are overwritten with.
pub const POISON: u64 = 0xdead_beef_dead_beef;

/// The device address of the first word (aligned to 1 GiB, non-zero to catch mix-ups of
/// handles and addresses).
pub const BASE: u64 = 0x8_0000_0000;

#[derive(Debug, Default)]
struct Allocator {
    /// Next free word of the never-allocated tail.
    bump: usize,
    /// Freed blocks by size in words: their first words.
    free: BTreeMap<usize, Vec<usize>>,
    /// Live blocks: first word -> size in words.
    live: BTreeMap<usize, usize>,
    /// Allocations left before they start failing (`None`: never fail).
    fail_after: Option<usize>,
    /// Allocations ever made.
    total: usize,
}

/// The memory of a [`TestHal`], reachable from any thread: a buffer's handle is the index of
/// its first word.
#[derive(Debug)]
pub struct SharedWords(Vec<AtomicU64>);

impl SharedWords {
    /// The words `first..first + count` of the buffer at `handle` that are inside the memory.
    fn words(&self, handle: usize, first: usize, count: usize) -> &[AtomicU64] {
        let start = handle.saturating_add(first).min(self.0.len());
        let end = start.saturating_add(count).min(self.0.len());
        &self.0[start..end]
    }
}

/// Visits `words` (the first at index `first`) as [`Hal::dma_update`] says.
fn update<F>(words: &[AtomicU64], first: usize, mut f: F) -> Run
where
    F: FnMut(usize, u64) -> ControlFlow<(), Option<u64>>,
{
    let mut stored = 0;
    for (k, cell) in words.iter().enumerate() {
        match f(first + k, cell.load(Relaxed)) {
            ControlFlow::Continue(Some(v)) => {
                cell.store(v, Relaxed);
                stored += 1;
            }
            ControlFlow::Continue(None) => {}
            ControlFlow::Break(()) => return Run { visited: k, stored },
        }
    }
    Run {
        visited: words.len(),
        stored,
    }
}

/// The buffers' words with no lock. A handle is only checked to be inside the memory: the
/// test memory is never given back, as [`SharedDma`] asks.
impl SharedDma for SharedWords {
    fn shared_update<F>(&self, handle: usize, first: usize, count: usize, f: F) -> Option<Run>
    where
        F: FnMut(usize, u64) -> ControlFlow<(), Option<u64>>,
    {
        (handle < self.0.len()).then(|| update(self.words(handle, first, count), first, f))
    }

    fn shared_read(&self, handle: usize, word: usize) -> Option<u64> {
        self.0
            .get(handle.checked_add(word)?)
            .map(|w| w.load(Relaxed))
    }
}

/// Host-memory HAL; see the module documentation.
#[derive(Debug)]
pub struct TestHal {
    mem: Arc<SharedWords>,
    alloc: RefCell<Allocator>,
    wmbs: Cell<u64>,
    rmbs: Cell<u64>,
    clock: Cell<u64>,
}

impl Default for TestHal {
    fn default() -> Self {
        Self::new()
    }
}

impl TestHal {
    /// 16 MiB of memory.
    pub fn new() -> Self {
        Self::with_capacity(16 << 20)
    }

    /// `bytes` of memory (rounded down to whole words).
    pub fn with_capacity(bytes: usize) -> Self {
        TestHal {
            mem: Arc::new(SharedWords(
                (0..bytes / 8).map(|_| AtomicU64::new(0)).collect(),
            )),
            alloc: RefCell::new(Allocator::default()),
            wmbs: Cell::new(0),
            rmbs: Cell::new(0),
            clock: Cell::new(0),
        }
    }

    /// The memory, for access with no lock from any thread.
    pub fn shared(&self) -> Arc<SharedWords> {
        self.mem.clone()
    }

    /// Buffers allocated and not yet freed.
    pub fn live_allocations(&self) -> usize {
        self.alloc.borrow().live.len()
    }

    /// Allocations made so far.
    pub fn total_allocations(&self) -> usize {
        self.alloc.borrow().total
    }

    /// Calls of [`Hal::wmb`] so far.
    pub fn wmb_count(&self) -> u64 {
        self.wmbs.get()
    }

    /// Lets the next `n` allocations succeed and fails every later one; `None` never fails.
    pub fn fail_allocations_after(&self, n: Option<usize>) {
        self.alloc.borrow_mut().fail_after = n;
    }

    /// The word at device address `addr`, as the device would read it.
    pub fn read_phys(&self, addr: u64) -> u64 {
        let word = usize::try_from((addr - BASE) / 8).expect("address inside the test memory");
        self.mem.0[word].load(Relaxed)
    }

    #[inline(always)]
    fn word(&self, buf: &DmaBuf, word: usize) -> &AtomicU64 {
        assert!(word < buf.words(), "word {word} past the end of {buf:?}");
        &self.mem.0[buf.handle + word]
    }
}

impl Hal for TestHal {
    fn mmio_read32(&self, _offset: usize) -> u32 {
        0
    }

    fn mmio_write32(&self, _offset: usize, _value: u32) {}

    fn mmio_read64(&self, _offset: usize) -> u64 {
        0
    }

    fn mmio_write64(&self, _offset: usize, _value: u64) {}

    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        assert!(
            bytes.is_multiple_of(8) && align.is_power_of_two(),
            "bad request: {bytes} bytes aligned to {align}"
        );
        let mut a = self.alloc.borrow_mut();
        if let Some(n) = a.fail_after {
            if n == 0 {
                return Err(HalError::OutOfMemory { bytes });
            }
            a.fail_after = Some(n - 1);
        }
        let words = bytes / 8;
        let align_words = (align / 8).max(1);
        let reused = a.free.get_mut(&words).and_then(|list| {
            let i = list.iter().position(|&w| w % align_words == 0)?;
            Some(list.swap_remove(i))
        });
        let start = match reused {
            Some(w) => w,
            None => {
                let w = a.bump.next_multiple_of(align_words);
                if w + words > self.mem.0.len() {
                    return Err(HalError::OutOfMemory { bytes });
                }
                a.bump = w + words;
                w
            }
        };
        for cell in &self.mem.0[start..start + words] {
            cell.store(0, Relaxed);
        }
        a.live.insert(start, words);
        a.total += 1;
        Ok(DmaBuf {
            handle: start,
            addr: BASE + (start as u64) * 8,
            bytes,
        })
    }

    fn dma_free(&self, buf: DmaBuf) {
        let mut a = self.alloc.borrow_mut();
        let words = a.live.remove(&buf.handle);
        assert_eq!(
            words,
            Some(buf.words()),
            "freeing {buf:?}, which is not a live allocation"
        );
        assert_eq!(
            buf.addr,
            BASE + (buf.handle as u64) * 8,
            "freeing {buf:?} with a wrong address"
        );
        for cell in &self.mem.0[buf.handle..buf.handle + buf.words()] {
            cell.store(POISON, Relaxed);
        }
        a.free.entry(buf.words()).or_default().push(buf.handle);
    }

    #[inline(always)]
    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64 {
        self.word(buf, word).load(Relaxed)
    }

    #[inline(always)]
    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64) {
        self.word(buf, word).store(value, Relaxed);
    }

    /// The run's words checked against the buffer once, as the kernel's HAL does.
    #[inline]
    fn dma_update<F>(&self, buf: &DmaBuf, first: usize, count: usize, f: F) -> Run
    where
        F: FnMut(usize, u64) -> ControlFlow<(), Option<u64>>,
    {
        let end = first.saturating_add(count).min(buf.words());
        let words = self
            .mem
            .words(buf.handle, first.min(end), end - first.min(end));
        update(words, first, f)
    }

    fn wmb(&self) {
        self.wmbs.set(self.wmbs.get() + 1);
    }

    fn rmb(&self) {
        self.rmbs.set(self.rmbs.get() + 1);
    }
}

impl Clock for TestHal {
    fn now_ns(&self) -> u64 {
        self.clock.get()
    }

    fn relax(&self) {
        self.clock.set(self.clock.get() + 1000);
    }
}
