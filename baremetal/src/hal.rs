//! Everything that touches the machine: the SMMU, UART, ECAM and DMA windows, the PL011
//! console, the generic timer, barriers, semihosting exit, the Rust heap and the DMA pool, and
//! [`QemuHal`], the runtime's [`Hal`] on QEMU's `virt` machine.
//!
//! The image runs on one CPU with interrupts masked and the MMU off: every address is physical,
//! the SMMU's output addresses are CPU addresses, and a DMA buffer's handle is its address.

#![allow(unsafe_code)]

use core::arch::asm;
use core::cell::{Cell, RefCell};
use core::fmt;

use iommugen_runtime::hal::{Clock, DmaBuf, Hal, HalError};

use crate::freelist::FreeList;
use crate::heap::{Heap, HeapList};

/// PL011 UART.
pub const UART_BASE: usize = 0x0900_0000;
/// SMMUv3 registers: page 0 and page 1.
pub const SMMU_BASE: usize = 0x0905_0000;
/// Size of the SMMU's register frame.
pub const SMMU_SIZE: usize = 0x2_0000;
/// PCIe ECAM (the high one the device tree describes), 256 buses.
pub const ECAM_BASE: usize = 0x40_1000_0000;
/// Size of the ECAM window.
pub const ECAM_SIZE: usize = 0x1000_0000;
/// The 32-bit PCI memory window (identity mapped: PCI address = CPU address).
pub const PCI_MMIO_BASE: u64 = 0x1000_0000;
/// Size of the 32-bit PCI memory window.
pub const PCI_MMIO_SIZE: u64 = 0x2eff_0000;
/// Start of the Rust heap (after the image, see `link.ld` and `boot`).
pub const HEAP_START: usize = 0x4200_0000;
/// End of the Rust heap.
pub const HEAP_END: usize = 0x4400_0000;
/// Start of the DMA pool: tables, queues and the tests' DMA buffers.
pub const DMA_START: usize = 0x4400_0000;
/// End of the DMA pool and of RAM (`-m 256`).
pub const DMA_END: usize = 0x5000_0000;

pub use crate::mmio::{Mmio, SingleCore};

/// The SMMU's registers.
// SAFETY: the `virt` machine's device tree places the SMMUv3 frame here.
pub const SMMU: Mmio = unsafe { Mmio::new(SMMU_BASE, SMMU_SIZE) };
/// The UART's registers.
// SAFETY: the PL011 of the `virt` machine, one 4 KiB frame.
const UART: Mmio = unsafe { Mmio::new(UART_BASE, 0x1000) };
/// PCIe configuration space (`pci` reads and writes it).
// SAFETY: the `virt` machine's high ECAM window (device tree `pcie@10000000`, `reg` entry 0).
pub const ECAM: Mmio = unsafe { Mmio::new(ECAM_BASE, ECAM_SIZE) };
/// The DMA pool. No Rust object lives there: it is outside the image and the heap, and only
/// reached through this window.
// SAFETY: RAM above the heap that the linker script and the allocator never hand to Rust code.
const POOL: Mmio = unsafe { Mmio::new(DMA_START, DMA_END - DMA_START) };

// ---------------------------------------------------------------------------------------------
// Barriers and the clock

/// `dsb st`: earlier stores complete before later accesses (memory before a doorbell).
pub fn dsb_st() {
    // SAFETY: a barrier; no memory or register is changed.
    unsafe { asm!("dsb st", options(nostack, preserves_flags)) }
}

/// `dsb ld`: earlier loads complete before later accesses.
pub fn dsb_ld() {
    // SAFETY: a barrier.
    unsafe { asm!("dsb ld", options(nostack, preserves_flags)) }
}

/// `dsb sy`: every earlier access completes before later ones.
pub fn dsb_sy() {
    // SAFETY: a barrier.
    unsafe { asm!("dsb sy", options(nostack, preserves_flags)) }
}

/// The virtual counter (CNTVCT_EL0) and its frequency (CNTFRQ_EL0).
pub fn counter() -> (u64, u64) {
    let (cnt, frq): (u64, u64);
    // SAFETY: reads of the generic timer's counter and frequency, accessible at EL1; `isb`
    // keeps the counter read from being hoisted above earlier instructions.
    unsafe {
        asm!("isb", "mrs {c}, cntvct_el0", "mrs {f}, cntfrq_el0", c = out(reg) cnt, f = out(reg) frq, options(nomem, nostack, preserves_flags));
    }
    (cnt, frq)
}

/// Nanoseconds since the counter started.
pub fn now_ns() -> u64 {
    let (cnt, frq) = counter();
    let frq = if frq == 0 { 62_500_000 } else { frq };
    (u128::from(cnt) * 1_000_000_000 / u128::from(frq)) as u64
}

// ---------------------------------------------------------------------------------------------
// Console and exit

/// The PL011 console.
pub struct Uart;

const UART_DR: usize = 0x00;
const UART_FR: usize = 0x18;
const UART_CR: usize = 0x30;
const FR_TXFF: u32 = 1 << 5;

impl Uart {
    /// Enables the UART and its transmitter (QEMU needs no baud rate).
    pub fn init() {
        UART.write32(UART_CR, (1 << 0) | (1 << 8) | (1 << 9));
    }

    /// Sends one byte, waiting while the FIFO is full (bounded: QEMU drains it at once).
    pub fn putc(b: u8) {
        for _ in 0..1_000_000 {
            if UART.read32(UART_FR) & FR_TXFF == 0 {
                break;
            }
        }
        UART.write32(UART_DR, u32::from(b));
    }
}

impl fmt::Write for Uart {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            if b == b'\n' {
                Uart::putc(b'\r');
            }
            Uart::putc(b);
        }
        Ok(())
    }
}

/// Ends the QEMU run with `code` as its exit status (semihosting SYS_EXIT with
/// ADP_Stopped_ApplicationExit; QEMU runs with `-semihosting`).
pub fn exit(code: u32) -> ! {
    let block: [u64; 2] = [0x2_0026, u64::from(code)];
    // SAFETY: the semihosting call reads the two-word block `x1` points to (alive on this
    // stack frame) and ends the emulation; it writes no memory.
    unsafe {
        asm!("hlt #0xf000", in("x0") 0x18u64, in("x1") block.as_ptr(), options(nostack, readonly));
    }
    // Without semihosting the call returns: stop here.
    loop {
        // SAFETY: waits for an event; changes nothing.
        unsafe { asm!("wfe", options(nomem, nostack)) }
    }
}

// ---------------------------------------------------------------------------------------------
// The Rust heap

static HEAP_LIST: HeapList = SingleCore(RefCell::new(FreeList::new(HEAP_START, HEAP_END)));

/// The Rust heap: `HEAP_START .. HEAP_END`.
#[global_allocator]
static HEAP: Heap = Heap::new(&HEAP_LIST, violation);

/// Heap bytes in use and the peak.
pub fn heap_usage() -> (usize, usize) {
    HEAP.usage()
}

// ---------------------------------------------------------------------------------------------
// The DMA pool and the runtime's HAL

static DMA: SingleCore<RefCell<FreeList<1024>>> =
    SingleCore(RefCell::new(FreeList::new(DMA_START, DMA_END)));

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

/// DMA pool bytes in use and the peak.
pub fn dma_usage() -> (usize, usize) {
    DMA.0.try_borrow().map_or((0, 0), |d| (d.used, d.peak))
}

fn pool_offset(addr: u64, bytes: usize) -> Option<usize> {
    let addr = usize::try_from(addr).ok()?;
    let off = addr.checked_sub(DMA_START)?;
    (POOL.fits(off, 8) && off.checked_add(bytes)? <= DMA_END - DMA_START).then_some(off)
}

/// Reads the 64-bit word at physical address `addr` of the DMA pool (test hooks read the
/// SMMU's tables with it). Outside the pool: a violation, and 0.
pub fn phys_read64(addr: u64) -> u64 {
    match pool_offset(addr, 8) {
        Some(off) => POOL.read64(off),
        None => {
            violation("phys_read64 outside the DMA pool");
            0
        }
    }
}

/// Writes the 64-bit word at physical address `addr` of the DMA pool.
pub fn phys_write64(addr: u64, value: u64) {
    match pool_offset(addr, 8) {
        Some(off) => POOL.write64(off, value),
        None => violation("phys_write64 outside the DMA pool"),
    }
}

/// A fault to inject into the next command written to a command queue.
#[derive(Debug, Clone, Copy)]
struct Corruption {
    queue: u64,
    opcode: u8,
    replacement: u8,
}

static CORRUPT: SingleCore<Cell<Option<Corruption>>> = SingleCore(Cell::new(None));

/// Test hook: the next command with `opcode` the runtime writes into the queue at `queue` gets
/// `replacement` as its opcode instead (an illegal command, as if memory were corrupted).
pub fn corrupt_next_command(queue: u64, opcode: u8, replacement: u8) {
    CORRUPT.0.set(Some(Corruption {
        queue,
        opcode,
        replacement,
    }));
}

/// Whether a corruption is still armed (the command was not written).
pub fn corruption_armed() -> bool {
    CORRUPT.0.get().is_some()
}

/// Opcodes of commands written to a queue, recorded while a log is active.
struct CmdLog {
    queue: u64,
    ops: [u8; 64],
    len: usize,
}

static CMDLOG: SingleCore<RefCell<Option<CmdLog>>> = SingleCore(RefCell::new(None));

/// Test hook: records the opcode of every command written into the queue at `queue`.
pub fn start_command_log(queue: u64) {
    *CMDLOG.0.borrow_mut() = Some(CmdLog {
        queue,
        ops: [0; 64],
        len: 0,
    });
}

/// Stops the log; returns the opcodes written since [`start_command_log`] (at most 64).
pub fn take_command_log() -> alloc::vec::Vec<u8> {
    match CMDLOG.0.borrow_mut().take() {
        Some(l) => l.ops[..l.len].to_vec(),
        None => alloc::vec::Vec::new(),
    }
}

/// The runtime's hardware access on QEMU `virt`: the SMMU at [`SMMU_BASE`], DMA memory from
/// the pool (device address = CPU address), `dsb` barriers, the generic timer.
#[derive(Debug, Clone, Copy, Default)]
pub struct QemuHal;

impl QemuHal {
    fn buf_word(buf: &DmaBuf, word: usize) -> Option<usize> {
        if word >= buf.words() || buf.handle as u64 != buf.addr {
            return None;
        }
        pool_offset(buf.addr, buf.bytes).map(|off| off + word * 8)
    }
}

impl Hal for QemuHal {
    fn mmio_read32(&self, offset: usize) -> u32 {
        SMMU.read32(offset)
    }

    fn mmio_write32(&self, offset: usize, value: u32) {
        SMMU.write32(offset, value);
    }

    fn mmio_read64(&self, offset: usize) -> u64 {
        SMMU.read64(offset)
    }

    fn mmio_write64(&self, offset: usize, value: u64) {
        SMMU.write64(offset, value);
    }

    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        if bytes == 0 || !bytes.is_multiple_of(8) || !align.is_power_of_two() {
            violation("dma_alloc: size not a multiple of 8 or alignment not a power of two");
        }
        let addr = DMA
            .0
            .borrow_mut()
            .alloc(bytes, align)
            .ok_or(HalError::OutOfMemory { bytes })?;
        let off = addr - DMA_START;
        for w in 0..bytes.div_ceil(8) {
            POOL.write64(off + w * 8, 0);
        }
        dsb_st();
        Ok(DmaBuf {
            handle: addr,
            addr: addr as u64,
            bytes,
        })
    }

    fn dma_free(&self, buf: DmaBuf) {
        if Self::buf_word(&buf, 0).is_none() {
            violation("dma_free of a buffer not from the pool");
            return;
        }
        if !DMA.0.borrow_mut().free(buf.handle, buf.bytes) {
            violation("dma_free of memory already free (double free)");
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
        let Some(off) = Self::buf_word(buf, word) else {
            violation("dma_write outside its buffer");
            return;
        };
        let mut value = value;
        if word.is_multiple_of(2) {
            if let Some(c) = CORRUPT.0.get() {
                if c.queue == buf.addr && (value & 0xff) as u8 == c.opcode {
                    value = (value & !0xff) | u64::from(c.replacement);
                    CORRUPT.0.set(None);
                }
            }
            if let Ok(mut log) = CMDLOG.0.try_borrow_mut() {
                if let Some(l) = log
                    .as_mut()
                    .filter(|l| l.queue == buf.addr && l.len < l.ops.len())
                {
                    l.ops[l.len] = (value & 0xff) as u8;
                    l.len += 1;
                }
            }
        }
        POOL.write64(off, value);
    }

    fn wmb(&self) {
        dsb_st();
    }

    fn rmb(&self) {
        dsb_ld();
    }
}

impl Clock for QemuHal {
    fn now_ns(&self) -> u64 {
        now_ns()
    }

    fn relax(&self) {
        core::hint::spin_loop();
    }
}
