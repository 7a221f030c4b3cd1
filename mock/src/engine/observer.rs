//! The tearing observer: callbacks run after every CPU store into a watched physical range,
//! with the device idle between stores, so a test sees each intermediate state of a
//! multi-word update (and may inspect memory, play DMA or read registers through the handle
//! it is given). An observer is taken out while it runs, so it may use the handle freely;
//! stores it makes itself are not reported to it.

use std::cell::{Cell, RefCell};
use std::ops::Range;

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

type Observer<H> = Box<dyn FnMut(&H, &Store)>;

struct Watch<H> {
    id: u64,
    range: Range<u64>,
    /// Taken out while it runs, so that it may use the handle (even store into memory).
    observer: Option<Observer<H>>,
}

/// The watches of one device, called with a handle of type `H`.
pub struct Observers<H> {
    watches: RefCell<Vec<Watch<H>>>,
    next: Cell<u64>,
}

impl<H> Default for Observers<H> {
    fn default() -> Self {
        Observers {
            watches: RefCell::new(Vec::new()),
            next: Cell::new(1),
        }
    }
}

impl<H> Observers<H> {
    /// Adds a watch of `range`.
    pub fn watch(&self, range: Range<u64>, observer: impl FnMut(&H, &Store) + 'static) -> WatchId {
        let id = self.next.get();
        self.next.set(id + 1);
        self.watches.borrow_mut().push(Watch {
            id,
            range,
            observer: Some(Box::new(observer)),
        });
        WatchId(id)
    }

    /// Removes a watch.
    pub fn unwatch(&self, id: WatchId) {
        self.watches.borrow_mut().retain(|w| w.id != id.0);
    }

    /// Calls the observers whose range holds the store (none of them borrowed while it runs).
    pub fn notify(&self, handle: &H, store: Store) {
        if self.watches.borrow().is_empty() {
            return;
        }
        let ids: Vec<u64> = self
            .watches
            .borrow()
            .iter()
            .filter(|w| w.range.contains(&store.addr))
            .map(|w| w.id)
            .collect();
        for id in ids {
            let taken = self
                .watches
                .borrow_mut()
                .iter_mut()
                .find(|w| w.id == id)
                .and_then(|w| w.observer.take());
            if let Some(mut f) = taken {
                f(handle, &store);
                if let Some(w) = self.watches.borrow_mut().iter_mut().find(|w| w.id == id) {
                    w.observer = Some(f);
                }
            }
        }
    }
}
