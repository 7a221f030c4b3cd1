//! [`Mock`], the handle tests and the driver runtime hold: a cheap-to-clone reference to one
//! device model. It implements the runtime's [`Hal`] with `&self` methods (the engine sits in
//! a `RefCell`; no borrow is held while user code runs), plays DMA masters, exposes memory,
//! registers and reports, and calls store observers after every CPU store into a watched
//! range. An architecture adds its own methods with an `impl Mock<Arch>` block.

use std::cell::{RefCell, RefMut};
use std::ops::Range;
use std::rc::Rc;

use iommugen_runtime::hal::{Clock, DmaBuf, Hal, HalError};

use super::arch::Architecture;
use super::device::Engine;
use super::dma::{Attrs, Dma, Transfer};
use super::observer::{Observers, Store, WatchId};
use super::record::{Logged, Misuse};

struct Inner<A: Architecture> {
    engine: RefCell<Engine<A>>,
    observers: Observers<Mock<A>>,
}

/// A device model with its memory. Clones refer to the same device.
pub struct Mock<A: Architecture> {
    inner: Rc<Inner<A>>,
}

impl<A: Architecture> Clone for Mock<A> {
    fn clone(&self) -> Self {
        Mock {
            inner: Rc::clone(&self.inner),
        }
    }
}

impl<A: Architecture> std::fmt::Debug for Mock<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mock")
            .field("now_ns", &self.clock_ns())
            .finish_non_exhaustive()
    }
}

impl<A: Architecture> Mock<A> {
    /// A handle on `engine`.
    pub fn from_engine(engine: Engine<A>) -> Self {
        Mock {
            inner: Rc::new(Inner {
                engine: RefCell::new(engine),
                observers: Observers::default(),
            }),
        }
    }

    pub(crate) fn model(&self) -> RefMut<'_, Engine<A>> {
        self.inner.engine.borrow_mut()
    }

    /// Plays a DMA master: an unprivileged data transaction from `sid` (with `pasid` as its
    /// substream or process ID, if any) at `iova`.
    pub fn dma(
        &self,
        sid: u32,
        pasid: Option<u32>,
        iova: u64,
        transfer: Transfer<'_>,
    ) -> Dma<A::Record, A::Cause> {
        self.dma_attrs(sid, pasid, iova, transfer, Attrs::default())
    }

    /// Plays a DMA master with explicit transaction attributes.
    pub fn dma_attrs(
        &self,
        sid: u32,
        pasid: Option<u32>,
        iova: u64,
        transfer: Transfer<'_>,
        attrs: Attrs,
    ) -> Dma<A::Record, A::Cause> {
        self.model().dma(sid, pasid, iova, transfer, attrs)
    }

    /// A 64-bit word of physical memory (`None` outside RAM or misaligned). No side effects.
    pub fn read_u64(&self, pa: u64) -> Option<u64> {
        self.model().mem.read(pa)
    }

    /// A CPU store of a 64-bit word (watched like `Hal::dma_write`); `false` outside RAM.
    pub fn write_u64(&self, pa: u64, value: u64) -> bool {
        let stored = self.model().cpu_store_at(pa, value);
        match stored {
            Some((addr, old)) => {
                self.notify(Store {
                    addr,
                    old,
                    new: value,
                });
                true
            }
            None => false,
        }
    }

    /// Consecutive words of physical memory (`None` if any is outside RAM).
    pub fn read_words(&self, pa: u64, n: usize) -> Option<Vec<u64>> {
        self.model().mem.read_words(pa, n)
    }

    /// CPU stores of consecutive words, each one watched; `false` if any is outside RAM.
    pub fn write_words(&self, pa: u64, words: &[u64]) -> bool {
        let mut ok = true;
        for (i, &w) in words.iter().enumerate() {
            ok &= self.write_u64(pa.wrapping_add(i as u64 * 8), w);
        }
        ok
    }

    /// Bytes of physical memory (`None` if any is outside RAM).
    pub fn read_bytes(&self, pa: u64, len: usize) -> Option<Vec<u8>> {
        self.model().mem.read_bytes(pa, len)
    }

    /// Writes bytes of physical memory directly (not watched; for test data).
    pub fn write_bytes(&self, pa: u64, data: &[u8]) -> bool {
        self.model().mem.write_bytes(pa, data)
    }

    /// Calls `observer` after every CPU store into `range` (from `Hal::dma_write`,
    /// [`Mock::write_u64`] or [`Mock::write_words`]), with the device idle between stores:
    /// the observer may inspect memory, play DMA, or read registers. Stores the observer
    /// makes itself are not reported to it.
    pub fn watch(
        &self,
        range: Range<u64>,
        observer: impl FnMut(&Mock<A>, &Store) + 'static,
    ) -> WatchId {
        self.inner.observers.watch(range, observer)
    }

    /// Removes a watch.
    pub fn unwatch(&self, id: WatchId) {
        self.inner.observers.unwatch(id);
    }

    fn notify(&self, store: Store) {
        self.inner.observers.notify(self, store);
    }

    /// The value of the register named `name` (alias resolved), without side effects.
    pub fn reg_by_name(&self, name: &str) -> Option<u64> {
        let m = self.model();
        m.regs.find(name).map(|i| m.regs.value(i))
    }

    /// Every record generated so far, with what became of it.
    pub fn events(&self) -> Vec<Logged<A::Record>> {
        self.model().events.clone()
    }

    /// The records generated so far, clearing the log.
    pub fn take_events(&self) -> Vec<Logged<A::Record>> {
        std::mem::take(&mut self.model().events)
    }

    /// Driver mistakes noticed so far.
    pub fn violations(&self) -> Vec<A::Violation> {
        self.model().violations.clone()
    }

    /// Driver mistakes noticed so far, clearing the list.
    pub fn take_violations(&self) -> Vec<A::Violation> {
        std::mem::take(&mut self.model().violations)
    }

    /// Virtual time in nanoseconds.
    pub fn clock_ns(&self) -> u64 {
        self.model().now
    }

    /// Advances virtual time (running whatever becomes due).
    pub fn advance(&self, ns: u64) {
        self.model().advance(ns);
    }

    /// Live DMA allocations.
    pub fn live_allocations(&self) -> usize {
        self.model().mem.live_allocations()
    }
}

impl<A: Architecture> Hal for Mock<A> {
    fn mmio_read32(&self, offset: usize) -> u32 {
        self.model().mmio_read(offset, 32) as u32
    }

    fn mmio_write32(&self, offset: usize, value: u32) {
        self.model().mmio_write(offset, 32, u64::from(value));
    }

    fn mmio_read64(&self, offset: usize) -> u64 {
        self.model().mmio_read(offset, 64)
    }

    fn mmio_write64(&self, offset: usize, value: u64) {
        self.model().mmio_write(offset, 64, value);
    }

    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        self.model().mem.alloc(bytes, align)
    }

    fn dma_free(&self, buf: DmaBuf) {
        let mut m = self.model();
        if !m.mem.free(&buf) {
            m.violation(Misuse::BadFree { addr: buf.addr });
        }
    }

    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64 {
        self.model().cpu_load(buf, word)
    }

    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64) {
        let stored = self.model().cpu_store(buf, word, value);
        if let Some((addr, old)) = stored {
            self.notify(Store {
                addr,
                old,
                new: value,
            });
        }
    }

    fn wmb(&self) {
        self.model().wmb();
    }

    fn rmb(&self) {
        self.model().counters.rmb += 1;
    }
}

impl<A: Architecture> Clock for Mock<A> {
    fn now_ns(&self) -> u64 {
        let mut m = self.model();
        m.tick();
        m.now
    }

    fn relax(&self) {
        let mut m = self.model();
        let step = m.arch.relax_step_ns();
        m.advance(step);
    }
}
