//! QEMU's educational PCI device (`-device edu`, 1234:11e8) as a DMA master: it copies between
//! RAM (through the SMMU, as its StreamID) and a 4 KiB buffer inside the device. Each transfer
//! takes about 100 ms of QEMU's virtual time (the device's timer).

#![allow(unsafe_code)]

use alloc::format;
use alloc::string::String;

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
/// Where the BAR is placed in the PCI memory window.
pub const BAR_ADDR: u64 = hal::PCI_MMIO_BASE;

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
    /// Its StreamID.
    pub sid: u32,
    /// Transfers started.
    pub transfers: u64,
}

impl Edu {
    /// Finds the device, places BAR0 in the PCI window and enables memory decoding and bus
    /// mastering.
    pub fn probe() -> Result<Edu, String> {
        let f = pci::scan()
            .into_iter()
            .find(|f| f.vendor == VENDOR && f.device == DEVICE)
            .ok_or_else(|| {
                format!(
                    "no edu device ({VENDOR:04x}:{DEVICE:04x}) on bus 0: run QEMU with -device edu"
                )
            })?;
        let size = f.assign_mem32_bar(0, BAR_ADDR)?;
        f.enable();
        if size < 0x100 {
            return Err(format!("edu BAR0 is only {size:#x} bytes"));
        }
        // SAFETY: BAR0 was just placed at BAR_ADDR in the PCI memory window, which the `virt`
        // machine maps 1:1 at that CPU address, with memory decoding on; nothing else is there.
        let regs = unsafe { Mmio::new(BAR_ADDR as usize, size as usize) };
        let edu = Edu {
            regs,
            function: f,
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
        let start = hal::now_ns();
        while self.busy() {
            if hal::now_ns() - start > DMA_TIMEOUT_NS {
                return Err(format!(
                    "edu DMA ({src:#x} -> {dst:#x}, {len:#x} bytes) did not finish in 5 s"
                ));
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
}
