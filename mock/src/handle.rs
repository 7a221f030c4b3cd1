//! [`MockSmmu`], the handle tests and the driver runtime hold: a cheap-to-clone reference to
//! one modelled SMMU. It implements the runtime's [`Hal`] with `&self` methods (the model sits
//! in a `RefCell`; no borrow is held while user code runs), plays DMA masters, exposes memory,
//! registers and reports, and calls store observers after every CPU store into a watched range.

use std::cell::{Cell, RefCell, RefMut};
use std::ops::Range;
use std::rc::Rc;

use iommugen_runtime::hal::{DmaBuf, Hal, HalError};
use iommugen_runtime::spec::support::Register;

use crate::config::MockConfig;
use crate::dma::{Attrs, Dma, Transfer};
use crate::faults::Faults;
use crate::model::Model;
use crate::report::Violation::BadFree;
use crate::report::{Irqs, LoggedEvent, Stats, Violation};

/// A CPU store into a watched range, as an observer sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Store {
    /// Physical address of the 64-bit word.
    pub addr: u64,
    /// Its value before the store.
    pub old: u64,
    /// Its value after the store.
    pub new: u64,
}

/// Identifies a watch, to remove it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WatchId(u64);

type Observer = Box<dyn FnMut(&MockSmmu, &Store)>;

struct Watch {
    id: u64,
    range: Range<u64>,
    /// Taken out while it runs, so that it may use the handle (even store into memory).
    observer: Option<Observer>,
}

struct Inner {
    model: RefCell<Model>,
    watches: RefCell<Vec<Watch>>,
    next_watch: Cell<u64>,
}

/// A modelled SMMUv3 with its memory. Clones refer to the same device.
#[derive(Clone)]
pub struct MockSmmu {
    inner: Rc<Inner>,
}

impl std::fmt::Debug for MockSmmu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockSmmu")
            .field("now_ns", &self.clock_ns())
            .finish_non_exhaustive()
    }
}

impl Default for MockSmmu {
    fn default() -> Self {
        Self::new()
    }
}

impl MockSmmu {
    /// A device with the default configuration ([`MockConfig::default`]), just out of reset.
    pub fn new() -> Self {
        Self::with_config(MockConfig::default())
    }

    /// A device implementing `cfg`, just out of reset.
    pub fn with_config(cfg: MockConfig) -> Self {
        let inner = Inner {
            model: RefCell::new(Model::new(cfg)),
            watches: RefCell::new(Vec::new()),
            next_watch: Cell::new(1),
        };
        MockSmmu {
            inner: Rc::new(inner),
        }
    }

    pub(crate) fn model(&self) -> RefMut<'_, Model> {
        self.inner.model.borrow_mut()
    }

    /// What the device implements.
    pub fn config(&self) -> MockConfig {
        self.model().cfg.clone()
    }

    /// The fault-injection switches in effect.
    pub fn faults(&self) -> Faults {
        self.model().faults.clone()
    }

    /// Changes the fault-injection switches.
    pub fn set_faults(&self, change: impl FnOnce(&mut Faults)) {
        let mut f = self.faults();
        change(&mut f);
        self.model().set_faults(f);
    }

    /// Plays a DMA master: an unprivileged data transaction from `sid` (with `pasid` as its
    /// SubstreamID, if any) at `iova`.
    pub fn dma(&self, sid: u32, pasid: Option<u32>, iova: u64, transfer: Transfer<'_>) -> Dma {
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
    ) -> Dma {
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
    /// [`MockSmmu::write_u64`] or [`MockSmmu::write_words`]), with the device idle between
    /// stores: the observer may inspect memory, play DMA, or read registers. Stores the
    /// observer makes itself are not reported to it.
    pub fn watch(
        &self,
        range: Range<u64>,
        observer: impl FnMut(&MockSmmu, &Store) + 'static,
    ) -> WatchId {
        let id = self.inner.next_watch.get();
        self.inner.next_watch.set(id + 1);
        self.inner.watches.borrow_mut().push(Watch {
            id,
            range,
            observer: Some(Box::new(observer)),
        });
        WatchId(id)
    }

    /// Removes a watch.
    pub fn unwatch(&self, id: WatchId) {
        self.inner.watches.borrow_mut().retain(|w| w.id != id.0);
    }

    fn notify(&self, store: Store) {
        if self.inner.watches.borrow().is_empty() {
            return;
        }
        let ids: Vec<u64> = self
            .inner
            .watches
            .borrow()
            .iter()
            .filter(|w| w.range.contains(&store.addr))
            .map(|w| w.id)
            .collect();
        for id in ids {
            let taken = self
                .inner
                .watches
                .borrow_mut()
                .iter_mut()
                .find(|w| w.id == id)
                .and_then(|w| w.observer.take());
            if let Some(mut f) = taken {
                f(self, &store);
                if let Some(w) = self
                    .inner
                    .watches
                    .borrow_mut()
                    .iter_mut()
                    .find(|w| w.id == id)
                {
                    w.observer = Some(f);
                }
            }
        }
    }

    /// The value of the register named `name` (alias resolved), without side effects.
    pub fn reg_by_name(&self, name: &str) -> Option<u64> {
        let m = self.model();
        m.regs.find(name).map(|i| m.regs.value(i))
    }

    /// The value of register `R`, without side effects.
    pub fn reg<R: Register>(&self) -> R {
        self.model().reg::<R>()
    }

    /// Every event generated so far, with what became of it.
    pub fn events(&self) -> Vec<LoggedEvent> {
        self.model().events.clone()
    }

    /// The events generated so far, clearing the log.
    pub fn take_events(&self) -> Vec<LoggedEvent> {
        std::mem::take(&mut self.model().events)
    }

    /// Driver mistakes noticed so far.
    pub fn violations(&self) -> Vec<Violation> {
        self.model().violations.clone()
    }

    /// Driver mistakes noticed so far, clearing the list.
    pub fn take_violations(&self) -> Vec<Violation> {
        std::mem::take(&mut self.model().violations)
    }

    /// Interrupts raised since the last `take_irqs`.
    pub fn take_irqs(&self) -> Irqs {
        std::mem::take(&mut self.model().irqs)
    }

    /// Counters.
    pub fn stats(&self) -> Stats {
        self.model().stats
    }

    /// Cached translations in the IOTLB.
    pub fn tlb_entries(&self) -> usize {
        self.model().tlb.len()
    }

    /// Drops every cached STE, CD, table descriptor and translation, as if the caches had
    /// evicted them: hardware may refetch a structure at any moment, so a check of hitless
    /// updates calls this between stores.
    pub fn evict_caches(&self) {
        let mut m = self.model();
        m.caches.invalidate_all();
        m.tlb.clear();
    }

    /// Cached STEs.
    pub fn cached_stes(&self) -> usize {
        self.model().caches.ste.len()
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

impl Hal for MockSmmu {
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
            m.violation(BadFree { addr: buf.addr });
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
        self.model().stats.rmb += 1;
    }

    fn now_ns(&self) -> u64 {
        let mut m = self.model();
        m.tick();
        m.now
    }

    fn relax(&self) {
        let mut m = self.model();
        let step = m.cfg.relax_step_ns;
        m.advance(step);
    }
}
