//! QEMU's educational PCI device (`-device edu`, 1234:11e8) as a DMA master: it copies between
//! RAM (through the SMMU, as its StreamID) and a 4 KiB buffer inside the device. Each transfer
//! takes about 100 ms of QEMU's virtual time (the device's timer).

#![allow(unsafe_code)]

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::hal::{self, Mmio};
use crate::pci::{self, Function};

/// PCI vendor and device ID.
pub const VENDOR: u16 = 0x1234;
/// PCI device ID.
pub const DEVICE: u16 = 0x11e8;
/// Device address of the DMA buffer inside the edu device.
pub const BUF: u64 = 0x4_0000;
/// Usable size of the buffer: QEMU 7.2 aborts on a transfer that reaches its last byte.
pub const BUF_USABLE: u64 = 0xfff;

const REG_ID: usize = 0x00;
const REG_DMA_SRC: usize = 0x80;
const REG_DMA_DST: usize = 0x88;
const REG_DMA_CNT: usize = 0x90;
const REG_DMA_CMD: usize = 0x98;
const CMD_START: u64 = 1 << 0;
const CMD_TO_RAM: u64 = 1 << 1;
/// Longest wait for one transfer.
const DMA_TIMEOUT_NS: u64 = 5_000_000_000;

/// The edu device, its registers mapped and DMA enabled.
pub struct Edu {
    regs: Mmio,
    /// Where it sits on the bus.
    pub function: Function,
    /// Where its BAR0 is.
    pub bar: u64,
    /// Its StreamID.
    pub sid: u32,
    /// Transfers started.
    pub transfers: u64,
}

impl Edu {
    /// Finds every edu device, on bus 0 and behind the root ports (whose buses
    /// [`pci::enumerate`] numbers), places each BAR0 in the PCI memory window (each port's
    /// window around the BARs behind it) and enables memory decoding and bus mastering. The
    /// first edu on bus 0 comes first, the rest in StreamID order.
    pub fn probe_all() -> Result<Vec<Edu>, String> {
        let is_edu = |f: &Function| f.vendor == VENDOR && f.device == DEVICE;
        let (root, bridges) = pci::enumerate();
        let mut next = hal::PCI_MMIO_BASE;
        let mut all = Vec::new();
        for f in root.iter().filter(|f| is_edu(f)) {
            all.push(Edu::bring_up(*f, &mut next)?);
        }
        for (bridge, below) in &bridges {
            let behind: Vec<Function> = below.iter().copied().filter(is_edu).collect();
            if behind.is_empty() {
                continue;
            }
            // The window opens before the BARs behind it are used: each BAR aligned to its
            // size, as `bring_up` places them.
            let base = next.next_multiple_of(pci::WINDOW_GRANULE);
            let mut end = base;
            for f in &behind {
                let size = f.bar_size(0)?;
                end = end.next_multiple_of(size) + size;
            }
            let size = (end - base).next_multiple_of(pci::WINDOW_GRANULE);
            bridge.open_memory_window(base, size)?;
            next = base;
            for f in behind {
                all.push(Edu::bring_up(f, &mut next)?);
            }
            next = base + size;
        }
        if all.is_empty() {
            return Err(format!(
                "no edu device ({VENDOR:04x}:{DEVICE:04x}): run QEMU with -device edu"
            ));
        }
        all[1..].sort_by_key(|e| e.sid);
        Ok(all)
    }

    /// Places BAR0 of edu function `f` at the next address suitable for its size at or above
    /// `*next`, enables the function and checks its identification register.
    fn bring_up(f: Function, next: &mut u64) -> Result<Edu, String> {
        let size = f.bar_size(0)?;
        let bar = next.next_multiple_of(size);
        f.assign_mem32_bar(0, bar)?;
        *next = bar + size;
        f.enable();
        if size < 0x100 {
            return Err(format!("edu BAR0 is only {size:#x} bytes"));
        }
        // SAFETY: BAR0 was just placed at `bar` in the PCI memory window, which the `virt`
        // machine maps 1:1 at that CPU address, with memory decoding on (and, behind a root
        // port, inside the port's open window); no other BAR overlaps it.
        let regs = unsafe { Mmio::new(bar as usize, size as usize) };
        let edu = Edu {
            regs,
            function: f,
            bar,
            sid: f.stream_id(),
            transfers: 0,
        };
        let id = edu.id();
        if id & 0xff != 0xed {
            return Err(format!(
                "edu identification register reads {id:#x}, expected 0x??0000ed"
            ));
        }
        Ok(edu)
    }

    /// The identification register (0x010000ed: version 1.0).
    pub fn id(&self) -> u32 {
        self.regs.read32(REG_ID)
    }

    fn busy(&self) -> bool {
        self.regs.read64(REG_DMA_CMD) & CMD_START != 0
    }

    /// One transfer of `len` bytes: `to_ram` copies the device buffer at `src` to `dst` in RAM
    /// (a DMA write), otherwise RAM at `src` to the buffer at `dst` (a DMA read). Waits for the
    /// device to finish; a transfer the SMMU aborts still finishes (the data is lost).
    fn transfer(&mut self, src: u64, dst: u64, len: u64, to_ram: bool) -> Result<(), String> {
        self.start(src, dst, len, to_ram)?;
        self.wait()
    }

    /// Starts a transfer as [`Edu::transfer`] does, without waiting for it: several devices
    /// can then move data at once ([`Edu::wait`] waits for each).
    pub fn start(&mut self, src: u64, dst: u64, len: u64, to_ram: bool) -> Result<(), String> {
        let (buf_addr, _) = if to_ram { (src, dst) } else { (dst, src) };
        if len == 0 || buf_addr < BUF || buf_addr + len > BUF + BUF_USABLE {
            return Err(format!("edu transfer of {len:#x} bytes at buffer address {buf_addr:#x} is outside the buffer"));
        }
        if self.busy() {
            return Err("edu DMA engine busy before a transfer".into());
        }
        // What the CPU wrote to RAM is visible before the device starts reading it.
        hal::dsb_sy();
        self.regs.write64(REG_DMA_SRC, src);
        self.regs.write64(REG_DMA_DST, dst);
        self.regs.write64(REG_DMA_CNT, len);
        self.regs
            .write64(REG_DMA_CMD, CMD_START | if to_ram { CMD_TO_RAM } else { 0 });
        self.transfers += 1;
        Ok(())
    }

    /// Waits (at most 5 s) for the transfer in flight to finish.
    pub fn wait(&mut self) -> Result<(), String> {
        let start = hal::now_ns();
        while self.busy() {
            if hal::now_ns() - start > DMA_TIMEOUT_NS {
                return Err(format!(
                    "edu DMA at {:02x}:{:02x}.{} did not finish in 5 s",
                    self.function.bus, self.function.dev, self.function.func
                ));
            }
            // A few hundred instructions between polls, none a device access: under QEMU's
            // `-icount` (virtual time counted in instructions) the 100 ms of a transfer then
            // pass in few polls, each of which costs QEMU far more than an instruction.
            for i in 0..512u32 {
                core::hint::black_box(i);
            }
            core::hint::spin_loop();
        }
        // The device's writes are complete before the CPU reads RAM.
        hal::dsb_sy();
        Ok(())
    }

    /// Copies `len` bytes from device address `iova` into the buffer at offset `off`.
    pub fn read_from(&mut self, iova: u64, off: u64, len: u64) -> Result<(), String> {
        self.transfer(iova, BUF + off, len, false)
    }

    /// Copies `len` bytes from the buffer at offset `off` to device address `iova`.
    pub fn write_to(&mut self, off: u64, iova: u64, len: u64) -> Result<(), String> {
        self.transfer(BUF + off, iova, len, true)
    }

    /// Starts copying `len` bytes from device address `iova` into the buffer at offset `off`.
    pub fn start_read_from(&mut self, iova: u64, off: u64, len: u64) -> Result<(), String> {
        self.start(iova, BUF + off, len, false)
    }

    /// Starts copying `len` bytes from the buffer at offset `off` to device address `iova`.
    pub fn start_write_to(&mut self, off: u64, iova: u64, len: u64) -> Result<(), String> {
        self.start(BUF + off, iova, len, true)
    }
}
