//! Volatile windows of device registers or unaliased memory ([`Mmio`]) and single-context
//! globals ([`SingleCore`]): architecture-neutral pieces every bare-metal image shares (the
//! aarch64 image and the riscv64 one include this file).

#![allow(unsafe_code)]

/// A value used from one context only. The image runs on one CPU, with interrupts masked and
/// no threads; exception handlers only print and exit.
pub struct SingleCore<T>(pub T);

// SAFETY: there is one CPU (boot parks the others), interrupts stay masked and there are no
// threads, so a `SingleCore` value is never accessed from two contexts at once.
unsafe impl<T> Sync for SingleCore<T> {}

/// A window of device registers or memory no Rust reference covers, accessed only with aligned
/// volatile loads and stores whose offsets are checked against the window.
#[allow(dead_code)] // each image uses the widths its devices have
#[derive(Debug, Clone, Copy)]
pub struct Mmio {
    base: usize,
    size: usize,
}

impl Mmio {
    /// # Safety
    /// `[base, base + size)` must be device registers, or RAM that no Rust object lives in,
    /// for which aligned 32- and 64-bit volatile loads and stores have no effect on memory
    /// the program uses other than through this window.
    pub const unsafe fn new(base: usize, size: usize) -> Self {
        Mmio { base, size }
    }

    /// Whether `offset .. offset + width` lies in the window, aligned to `width`.
    pub const fn fits(&self, offset: usize, width: usize) -> bool {
        offset.is_multiple_of(width) && offset < self.size && width <= self.size - offset
    }

    fn at(&self, offset: usize, width: usize) -> usize {
        assert!(
            self.fits(offset, width),
            "MMIO access at {offset:#x} (width {width}) outside the window of {:#x} bytes at {:#x}",
            self.size,
            self.base
        );
        self.base + offset
    }

    /// An 8-bit load (the riscv64 image's UART; the aarch64 image has no byte registers).
    #[allow(dead_code)]
    pub fn read8(&self, offset: usize) -> u8 {
        let a = self.at(offset, 1);
        // SAFETY: `a` is inside the window, which `new`'s contract makes valid for volatile
        // accesses that alias no Rust object.
        unsafe { core::ptr::read_volatile(a as *const u8) }
    }

    /// An 8-bit store.
    #[allow(dead_code)]
    pub fn write8(&self, offset: usize, value: u8) {
        let a = self.at(offset, 1);
        // SAFETY: as in `read8`.
        unsafe { core::ptr::write_volatile(a as *mut u8, value) }
    }

    /// A 32-bit load.
    pub fn read32(&self, offset: usize) -> u32 {
        let a = self.at(offset, 4);
        // SAFETY: `a` is 4-byte aligned and inside the window, which `new`'s contract makes
        // valid for volatile accesses that alias no Rust object.
        unsafe { core::ptr::read_volatile(a as *const u32) }
    }

    /// A 32-bit store.
    pub fn write32(&self, offset: usize, value: u32) {
        let a = self.at(offset, 4);
        // SAFETY: as in `read32`.
        unsafe { core::ptr::write_volatile(a as *mut u32, value) }
    }

    /// A 64-bit load (single-copy atomic: one aligned access).
    pub fn read64(&self, offset: usize) -> u64 {
        let a = self.at(offset, 8);
        // SAFETY: `a` is 8-byte aligned and inside the window (see `read32`).
        unsafe { core::ptr::read_volatile(a as *const u64) }
    }

    /// A 64-bit store (single-copy atomic: one aligned access).
    pub fn write64(&self, offset: usize, value: u64) {
        let a = self.at(offset, 8);
        // SAFETY: as in `read64`.
        unsafe { core::ptr::write_volatile(a as *mut u64, value) }
    }
}
