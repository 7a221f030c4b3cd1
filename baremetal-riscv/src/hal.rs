//! The riscv64 `virt` machine's platform (`-bios none`, M-mode, MMU off): the NS16550A
//! console, the `sifive,test0` finisher (exit), the CLINT's mtime (the clock), `fence`
//! barriers, the PCIe ECAM window, the Rust heap and a pool of DMA memory, under
//! the names the shared bare-metal modules (`pci`, `edu`) expect, and the runtime's HAL
//! ([`RvHal`]) over them. Addresses from QEMU 10.0's
//! device tree (`-M virt,dumpdtb=`).

#![allow(unsafe_code)]

use core::arch::asm;
use core::cell::{Cell, RefCell};
use core::fmt;

use iommugen_runtime::hal::{Clock, DmaBuf, Hal, HalError};

use crate::freelist::FreeList;
use crate::heap::{Heap, HeapList};
pub use crate::mmio::{Mmio, SingleCore};

/// The NS16550A UART.
const UART_BASE: usize = 0x1000_0000;
/// The `sifive,test0` finisher.
const FINISHER_BASE: usize = 0x10_0000;
/// The CLINT (its mtime register at +0xbff8, 10 MHz).
const CLINT_BASE: usize = 0x200_0000;
const MTIME: usize = 0xbff8;
const MTIME_HZ: u64 = 10_000_000;
/// PCIe ECAM (`pci@30000000`), 256 buses.
const ECAM_BASE: usize = 0x3000_0000;
const ECAM_SIZE: usize = 0x1000_0000;
/// The 32-bit PCI memory window.
pub const PCI_MMIO_BASE: u64 = 0x4000_0000;
/// Its size.
pub const PCI_MMIO_SIZE: u64 = 0x4000_0000;
/// The Rust heap.
const HEAP_START: usize = 0x8400_0000;
const HEAP_END: usize = 0x8500_0000;
/// DMA memory: tables, queues and buffers the IOMMU and edu reach.
const DMA_START: usize = 0x8800_0000;
const DMA_END: usize = 0x8c00_0000;

// SAFETY: the UART's registers, one byte each, in the `virt` machine's device tree.
const UART: Mmio = unsafe { Mmio::new(UART_BASE, 0x100) };
// SAFETY: the finisher's one register.
const FINISHER: Mmio = unsafe { Mmio::new(FINISHER_BASE, 0x1000) };
// SAFETY: the CLINT's registers.
const CLINT: Mmio = unsafe { Mmio::new(CLINT_BASE, 0x1_0000) };
/// PCIe configuration space (`pci` reads and writes it).
// SAFETY: the `virt` machine's ECAM window (`pci@30000000`, `reg`).
pub const ECAM: Mmio = unsafe { Mmio::new(ECAM_BASE, ECAM_SIZE) };

/// Orders every earlier memory and device access before every later one.
pub fn dsb_sy() {
    // SAFETY: a barrier.
    unsafe { asm!("fence iorw, iorw", options(nostack, preserves_flags)) }
}

/// Nanoseconds since reset (the CLINT's mtime).
pub fn now_ns() -> u64 {
    (u128::from(CLINT.read64(MTIME)) * 1_000_000_000 / u128::from(MTIME_HZ)) as u64
}

/// The console.
pub struct Uart;

const UART_THR: usize = 0;
const UART_LSR: usize = 5;
const LSR_THRE: u8 = 1 << 5;

impl Uart {
    /// Sends one byte, waiting (bounded) for room in the transmitter.
    pub fn putc(b: u8) {
        for _ in 0..1_000_000 {
            if UART.read8(UART_LSR) & LSR_THRE != 0 {
                break;
            }
        }
        UART.write8(UART_THR, b);
    }
}

impl fmt::Write for Uart {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            Uart::putc(b);
        }
        Ok(())
    }
}

/// Ends the QEMU run with `code` as its exit status (the finisher: 0x5555 passes,
/// `code << 16 | 0x3333` fails with `code`).
pub fn exit(code: u32) -> ! {
    let v = if code == 0 {
        0x5555
    } else {
        (code << 16) | 0x3333
    };
    FINISHER.write32(0, v);
    loop {
        // SAFETY: waits for an interrupt; changes nothing.
        unsafe { asm!("wfi", options(nomem, nostack)) }
    }
}

static HEAP_LIST: HeapList = SingleCore(RefCell::new(FreeList::new(HEAP_START, HEAP_END)));

/// The Rust heap: `HEAP_START .. HEAP_END`.
#[global_allocator]
static HEAP: Heap = Heap::new(&HEAP_LIST, |_| {});

static DMA: SingleCore<RefCell<FreeList<1024>>> =
    SingleCore(RefCell::new(FreeList::new(DMA_START, DMA_END)));

/// A zeroed block of DMA memory (identity-mapped: its address is what devices use).
#[derive(Debug, Clone, Copy)]
pub struct DmaPage {
    /// Its address.
    pub addr: u64,
    /// Its size in bytes.
    pub bytes: usize,
    mem: Mmio,
}

impl DmaPage {
    /// `bytes` of zeroed DMA memory aligned to `align`.
    pub fn alloc(bytes: usize, align: usize) -> Result<DmaPage, &'static str> {
        let addr = DMA
            .0
            .try_borrow_mut()
            .map_err(|_| "DMA pool busy")?
            .alloc(bytes, align)
            .ok_or("DMA pool exhausted")?;
        // SAFETY: the block is inside the DMA region, which no Rust object uses, and the pool
        // hands it to nobody else until it is freed.
        let mem = unsafe { Mmio::new(addr, bytes) };
        let p = DmaPage {
            addr: addr as u64,
            bytes,
            mem,
        };
        for i in 0..bytes / 8 {
            p.write(i, 0);
        }
        Ok(p)
    }

    /// Returns the block to the pool.
    pub fn free(self) {
        if let Ok(mut d) = DMA.0.try_borrow_mut() {
            d.free(self.addr as usize, self.bytes);
        }
    }

    /// Word `i`.
    pub fn read(&self, i: usize) -> u64 {
        self.mem.read64(i * 8)
    }

    /// Writes word `i`.
    pub fn write(&self, i: usize, v: u64) {
        self.mem.write64(i * 8, v);
    }
}

/// The whole DMA region, for the runtime's buffers.
// SAFETY: the DMA region, which no Rust object uses; the pool hands its blocks out once.
const POOL: Mmio = unsafe { Mmio::new(DMA_START, DMA_END - DMA_START) };

/// Misuses of the HAL by its caller (the runtime or a test): counted and reported per test.
static VIOLATIONS: SingleCore<Cell<(u32, &'static str)>> = SingleCore(Cell::new((0, "")));

fn violation(what: &'static str) {
    let (n, first) = VIOLATIONS.0.get();
    VIOLATIONS.0.set((n + 1, if n == 0 { what } else { first }));
}

/// HAL misuses since the last call: how many and the first one.
pub fn take_violations() -> (u32, &'static str) {
    VIOLATIONS.0.replace((0, ""))
}

/// The runtime's hardware access on QEMU `virt`: the IOMMU's registers (its BAR0), DMA memory
/// from the pool (device address = CPU address, the handle is the address), `fence`
/// barriers, the CLINT's clock.
#[derive(Debug, Clone, Copy)]
pub struct RvHal {
    /// The IOMMU's register window.
    pub regs: Mmio,
}

impl RvHal {
    fn buf_word(buf: &DmaBuf, word: usize) -> Option<usize> {
        let off = usize::try_from(buf.addr).ok()?.checked_sub(DMA_START)?;
        if word >= buf.words() || buf.handle as u64 != buf.addr {
            return None;
        }
        (off + buf.bytes <= DMA_END - DMA_START).then_some(off + word * 8)
    }
}

impl Hal for RvHal {
    fn mmio_read32(&self, offset: usize) -> u32 {
        self.regs.read32(offset)
    }

    fn mmio_write32(&self, offset: usize, value: u32) {
        self.regs.write32(offset, value);
    }

    fn mmio_read64(&self, offset: usize) -> u64 {
        self.regs.read64(offset)
    }

    fn mmio_write64(&self, offset: usize, value: u64) {
        self.regs.write64(offset, value);
    }

    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        if bytes == 0 || !bytes.is_multiple_of(8) || !align.is_power_of_two() {
            violation("dma_alloc: size not a multiple of 8 or alignment not a power of two");
        }
        let p = DmaPage::alloc(bytes, align).map_err(|_| HalError::OutOfMemory { bytes })?;
        dsb_sy();
        Ok(DmaBuf {
            handle: p.addr as usize,
            addr: p.addr,
            bytes,
        })
    }

    fn dma_free(&self, buf: DmaBuf) {
        if Self::buf_word(&buf, 0).is_none() {
            violation("dma_free of a buffer not from the pool");
            return;
        }
        match DMA.0.try_borrow_mut() {
            Ok(mut d) => {
                if !d.free(buf.handle, buf.bytes) {
                    violation("dma_free of memory already free (double free)");
                }
            }
            Err(_) => violation("dma_free while the pool is busy"),
        }
    }

    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64 {
        match Self::buf_word(buf, word) {
            Some(off) => POOL.read64(off),
            None => {
                violation("dma_read outside its buffer");
                0
            }
        }
    }

    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64) {
        match Self::buf_word(buf, word) {
            Some(off) => POOL.write64(off, value),
            None => violation("dma_write outside its buffer"),
        }
    }

    fn wmb(&self) {
        dsb_sy();
    }

    fn rmb(&self) {
        dsb_sy();
    }
}

impl Clock for RvHal {
    fn now_ns(&self) -> u64 {
        now_ns()
    }

    fn relax(&self) {
        core::hint::spin_loop();
    }
}

/// Heap bytes in use and the peak.
pub fn heap_usage() -> (usize, usize) {
    HEAP.usage()
}

/// The DMA region's address and size (a G-stage maps it at its own addresses).
pub fn dma_region() -> (u64, u64) {
    (DMA_START as u64, (DMA_END - DMA_START) as u64)
}

/// DMA pool bytes in use and the peak.
pub fn dma_usage() -> (usize, usize) {
    DMA.0.try_borrow().map_or((0, 0), |h| (h.used, h.peak))
}
