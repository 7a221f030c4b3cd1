//! The Rust heap of a bare-metal image: a global allocator over a [`FreeList`] that the image's
//! platform layer places (its region), reporting a double free to the platform's callback.
//! Shared by the aarch64 and riscv64 images.

#![allow(unsafe_code)]

use core::alloc::{GlobalAlloc, Layout};
use core::cell::RefCell;

use crate::freelist::FreeList;
use crate::mmio::SingleCore;

/// The free list a heap allocates from.
pub type HeapList = SingleCore<RefCell<FreeList<1024>>>;

/// A global allocator over a free list.
pub struct Heap {
    list: &'static HeapList,
    double_free: fn(&'static str),
}

impl Heap {
    /// A heap over `list`; `double_free` hears of a block freed twice.
    pub const fn new(list: &'static HeapList, double_free: fn(&'static str)) -> Self {
        Heap { list, double_free }
    }

    /// Bytes in use and the peak.
    pub fn usage(&self) -> (usize, usize) {
        self.list
            .0
            .try_borrow()
            .map_or((0, 0), |h| (h.used, h.peak))
    }
}

// SAFETY: blocks come from a region the image uses for nothing else, are aligned as `Layout`
// asks (the free list aligns every block), never overlap (a block leaves the free list until
// freed), and allocation fails (null) rather than handing out memory twice if the list is busy.
unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match self.list.0.try_borrow_mut() {
            Ok(mut h) => h
                .alloc(layout.size(), layout.align())
                .map_or(core::ptr::null_mut(), |a| a as *mut u8),
            Err(_) => core::ptr::null_mut(),
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Ok(mut h) = self.list.0.try_borrow_mut() {
            if !h.free(ptr as usize, layout.size()) {
                (self.double_free)("heap: double free");
            }
        }
    }
}
