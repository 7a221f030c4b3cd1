//! PCIe enumeration through ECAM: finds functions on bus 0 (the `virt` machine's root bus: no
//! bridges unless the command line adds them), assigns a 32-bit memory BAR and enables memory
//! decoding and bus mastering.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::hal;

/// A PCI function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// Bus number.
    pub bus: u8,
    /// Device number (0..32).
    pub dev: u8,
    /// Function number (0..8).
    pub func: u8,
    /// Vendor ID.
    pub vendor: u16,
    /// Device ID.
    pub device: u16,
}

const COMMAND: u16 = 0x04;
const HEADER_TYPE: u16 = 0x0c;
const BAR0: u16 = 0x10;
const CMD_MEMORY: u32 = 1 << 1;
const CMD_BUS_MASTER: u32 = 1 << 2;

impl Function {
    /// The requester ID, which the `virt` machine's `iommu-map` makes the SMMU StreamID:
    /// bus << 8 | device << 3 | function.
    pub const fn stream_id(&self) -> u32 {
        ((self.bus as u32) << 8) | ((self.dev as u32) << 3) | self.func as u32
    }

    /// Reads configuration register `reg`.
    pub fn read32(&self, reg: u16) -> u32 {
        hal::ecam_read32(self.bus, self.dev, self.func, reg)
    }

    /// Writes configuration register `reg`.
    pub fn write32(&self, reg: u16, value: u32) {
        hal::ecam_write32(self.bus, self.dev, self.func, reg, value);
    }

    /// Sizes BAR `n` (a 32-bit memory BAR), places it at `addr` and returns its size.
    pub fn assign_mem32_bar(&self, n: u16, addr: u64) -> Result<u64, String> {
        let reg = BAR0 + 4 * n;
        // Decoding off while the BAR is sized.
        let cmd = self.read32(COMMAND) & 0xffff;
        self.write32(COMMAND, cmd & !(CMD_MEMORY | CMD_BUS_MASTER));
        let old = self.read32(reg);
        if old & 1 != 0 {
            return Err(format!("BAR{n} is an I/O BAR ({old:#x})"));
        }
        if (old >> 1) & 3 != 0 {
            return Err(format!("BAR{n} is not a 32-bit memory BAR ({old:#x})"));
        }
        self.write32(reg, 0xffff_ffff);
        let mask = self.read32(reg) & !0xf;
        if mask == 0 {
            return Err(format!("BAR{n} is not implemented"));
        }
        let size = u64::from(!mask) + 1;
        if !addr.is_multiple_of(size)
            || addr < hal::PCI_MMIO_BASE
            || addr + size > hal::PCI_MMIO_BASE + hal::PCI_MMIO_SIZE
        {
            return Err(format!("BAR{n} of {size:#x} bytes cannot go at {addr:#x}"));
        }
        self.write32(reg, addr as u32);
        let back = u64::from(self.read32(reg) & !0xf);
        if back != addr {
            return Err(format!(
                "BAR{n} reads back {back:#x} after writing {addr:#x}"
            ));
        }
        Ok(size)
    }

    /// Enables memory decoding and bus mastering (DMA).
    pub fn enable(&self) {
        let cmd = self.read32(COMMAND) & 0xffff;
        // The upper half is the status register (write-1-to-clear): write zeroes there.
        self.write32(COMMAND, cmd | CMD_MEMORY | CMD_BUS_MASTER);
    }

    /// The command register.
    pub fn command(&self) -> u16 {
        (self.read32(COMMAND) & 0xffff) as u16
    }
}

/// Every function on bus 0.
pub fn scan() -> Vec<Function> {
    let mut found = Vec::new();
    for dev in 0..32u8 {
        for func in 0..8u8 {
            let id = hal::ecam_read32(0, dev, func, 0);
            if id & 0xffff == 0xffff {
                if func == 0 {
                    break;
                }
                continue;
            }
            found.push(Function {
                bus: 0,
                dev,
                func,
                vendor: (id & 0xffff) as u16,
                device: (id >> 16) as u16,
            });
            if func == 0 && hal::ecam_read32(0, dev, 0, HEADER_TYPE) & (0x80 << 16) == 0 {
                break;
            }
        }
    }
    found
}
