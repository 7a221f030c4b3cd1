//! PCIe enumeration through ECAM: finds functions on bus 0 (the `virt` machine's root bus) and
//! behind the PCIe root ports the command line adds, numbers those ports' secondary buses (no
//! firmware did), opens their memory windows, assigns 32-bit memory BARs and enables memory
//! decoding and bus mastering. Bus numbers are chosen for the SMMU's stream-table geometry: the
//! first root port's bus is 1 (the second level-1 range of a table with 256 STEs per level-2
//! table), the last one's is 0xff (the last level-1 range).

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
/// Type 1 header: primary, secondary and subordinate bus numbers.
const BUS_NUMBERS: u16 = 0x18;
/// Type 1 header: I/O base and limit (bytes 0 and 1).
const IO_WINDOW: u16 = 0x1c;
/// Type 1 header: memory base (low half) and limit (high half), bits [15:4] = address [31:20].
const MEMORY_WINDOW: u16 = 0x20;
/// Type 1 header: prefetchable memory base and limit.
const PREFETCH_WINDOW: u16 = 0x24;
/// Granule of a bridge's memory window.
pub const WINDOW_GRANULE: u64 = 1 << 20;
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
        config_read32(self.bus, self.dev, self.func, reg)
    }

    /// Writes configuration register `reg`.
    pub fn write32(&self, reg: u16, value: u32) {
        config_write32(self.bus, self.dev, self.func, reg, value);
    }

    /// The size of BAR `n`, a 32-bit memory BAR (its address is kept; memory decoding and bus
    /// mastering are left off).
    pub fn bar_size(&self, n: u16) -> Result<u64, String> {
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
        self.write32(reg, old);
        Ok(u64::from(!mask) + 1)
    }

    /// Sizes BAR `n` (a 32-bit memory BAR), places it at `addr` and returns its size.
    pub fn assign_mem32_bar(&self, n: u16, addr: u64) -> Result<u64, String> {
        let reg = BAR0 + 4 * n;
        let size = self.bar_size(n)?;
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

    /// Sizes BAR `n`, a 64-bit memory BAR (with BAR `n + 1` its upper half), places it at
    /// `addr` below 4 GiB and returns its size.
    #[allow(dead_code)] // the riscv64 image's IOMMU has one; the aarch64 image's devices do not
    pub fn assign_mem64_bar_low(&self, n: u16, addr: u64) -> Result<u64, String> {
        let (lo, hi) = (BAR0 + 4 * n, BAR0 + 4 * (n + 1));
        let cmd = self.read32(COMMAND) & 0xffff;
        self.write32(COMMAND, cmd & !(CMD_MEMORY | CMD_BUS_MASTER));
        let old = self.read32(lo);
        if old & 1 != 0 || (old >> 1) & 3 != 2 {
            return Err(format!("BAR{n} is not a 64-bit memory BAR ({old:#x})"));
        }
        self.write32(lo, 0xffff_ffff);
        self.write32(hi, 0xffff_ffff);
        let mask = (u64::from(self.read32(hi)) << 32) | u64::from(self.read32(lo) & !0xf);
        if mask == 0 {
            return Err(format!("BAR{n} is not implemented"));
        }
        let size = (!mask).wrapping_add(1);
        if size == 0
            || !addr.is_multiple_of(size)
            || addr < hal::PCI_MMIO_BASE
            || addr + size > hal::PCI_MMIO_BASE + hal::PCI_MMIO_SIZE
        {
            return Err(format!("BAR{n} of {size:#x} bytes cannot go at {addr:#x}"));
        }
        self.write32(lo, addr as u32);
        self.write32(hi, (addr >> 32) as u32);
        let back = u64::from(self.read32(lo) & !0xf) | (u64::from(self.read32(hi)) << 32);
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

    /// Whether the function has a type 1 (bridge) header.
    pub fn is_bridge(&self) -> bool {
        (self.read32(HEADER_TYPE) >> 16) & 0x7f == 1
    }

    /// Numbers a bridge's buses: primary its own, secondary and subordinate `bus`.
    pub fn set_secondary_bus(&self, bus: u8) {
        let old = self.read32(BUS_NUMBERS);
        let b = u32::from(bus);
        self.write32(
            BUS_NUMBERS,
            (old & 0xff00_0000) | (b << 16) | (b << 8) | u32::from(self.bus),
        );
    }

    /// A bridge's secondary bus number.
    pub fn secondary_bus(&self) -> u8 {
        (self.read32(BUS_NUMBERS) >> 8) as u8
    }

    /// Opens a bridge's memory window on `[base, base + size)` (whole [`WINDOW_GRANULE`]s),
    /// closes its I/O and prefetchable windows, and lets it forward memory accesses downstream
    /// and DMA upstream.
    pub fn open_memory_window(&self, base: u64, size: u64) -> Result<(), String> {
        let end = base + size;
        if size == 0
            || !base.is_multiple_of(WINDOW_GRANULE)
            || !size.is_multiple_of(WINDOW_GRANULE)
            || end > 1 << 32
        {
            return Err(format!(
                "a bridge window cannot be [{base:#x}, {end:#x}): 1 MiB granules below 4 GiB"
            ));
        }
        let field = |a: u64| ((a >> 16) as u32) & 0xfff0;
        self.write32(MEMORY_WINDOW, field(base) | (field(end - 1) << 16));
        // Base above limit: the window is closed.
        self.write32(PREFETCH_WINDOW, 0x0000_fff0);
        let io = self.read32(IO_WINDOW);
        self.write32(IO_WINDOW, (io & 0xffff_0000) | 0x00f0);
        let back = self.read32(MEMORY_WINDOW);
        if back != field(base) | (field(end - 1) << 16) {
            return Err(format!("the bridge's memory window reads back {back:#x}"));
        }
        self.enable();
        Ok(())
    }
}

/// Every function on bus `bus`.
pub fn scan_bus(bus: u8) -> Vec<Function> {
    let mut found = Vec::new();
    for dev in 0..32u8 {
        for func in 0..8u8 {
            let id = config_read32(bus, dev, func, 0);
            if id & 0xffff == 0xffff {
                if func == 0 {
                    break;
                }
                continue;
            }
            found.push(Function {
                bus,
                dev,
                func,
                vendor: (id & 0xffff) as u16,
                device: (id >> 16) as u16,
            });
            if func == 0 && config_read32(bus, dev, 0, HEADER_TYPE) & (0x80 << 16) == 0 {
                break;
            }
        }
    }
    found
}

/// The secondary bus number of the `i`th of `n` bridges on bus 0: 1 for the first, 0xff for
/// the last of several, the next free number for those in between.
pub const fn bus_for_bridge(i: usize, n: usize) -> u8 {
    if n > 1 && i == n - 1 {
        0xff
    } else {
        (i + 1) as u8
    }
}

/// Every function on bus 0 and behind its bridges, after numbering the bridges' buses (see
/// [`bus_for_bridge`]). Bridges come with the bus behind them: `(bridge, functions)`.
pub fn enumerate() -> (Vec<Function>, Vec<(Function, Vec<Function>)>) {
    let root = scan_bus(0);
    let bridges: Vec<Function> = root.iter().copied().filter(Function::is_bridge).collect();
    let n = bridges.len();
    let mut behind = Vec::new();
    for (i, b) in bridges.into_iter().enumerate() {
        b.set_secondary_bus(bus_for_bridge(i, n));
        let below = scan_bus(b.secondary_bus());
        behind.push((b, below));
    }
    (root, behind)
}

/// Where register `reg` of bus:dev.func is in the ECAM window.
fn ecam_offset(bus: u8, dev: u8, func: u8, reg: u16) -> usize {
    (usize::from(bus) << 20)
        | (usize::from(dev & 0x1f) << 15)
        | (usize::from(func & 7) << 12)
        | usize::from(reg & 0xffc)
}

/// Reads the 32-bit configuration register at `reg` of bus:dev.func.
fn config_read32(bus: u8, dev: u8, func: u8, reg: u16) -> u32 {
    hal::ECAM.read32(ecam_offset(bus, dev, func, reg))
}

/// Writes the 32-bit configuration register at `reg` of bus:dev.func.
fn config_write32(bus: u8, dev: u8, func: u8, reg: u16, value: u32) {
    hal::ECAM.write32(ecam_offset(bus, dev, func, reg), value);
}
