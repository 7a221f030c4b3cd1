//! The RISC-V IOMMU as a PCI function (1b36:0014, registers in a 64-bit BAR0): found on bus 0,
//! its BAR placed and decoding enabled; the driver (`iommugen_runtime::riscv`) then reaches
//! its registers through [`RvHal`].

#![allow(unsafe_code)]

use alloc::string::String;

use crate::hal::{self, Mmio, RvHal};
use crate::pci::{self, Function};

/// PCI vendor and device ID of QEMU's riscv-iommu-pci.
pub const VENDOR: u16 = 0x1b36;
/// PCI device ID.
pub const DEVICE: u16 = 0x0014;
/// Where its BAR0 goes: the top of the 32-bit PCI window, away from the edu BARs.
const BAR_ADDR: u64 = hal::PCI_MMIO_BASE + 0x3000_0000;

/// Finds the IOMMU on bus 0, places its BAR0 and enables memory decoding; returns the HAL over
/// its registers and where it sits.
pub fn probe() -> Result<(RvHal, Function), String> {
    let f = pci::scan_bus(0)
        .into_iter()
        .find(|f| f.vendor == VENDOR && f.device == DEVICE)
        .ok_or("no riscv-iommu-pci (1b36:0014) on bus 0: run QEMU with -device riscv-iommu-pci")?;
    let size = f.assign_mem64_bar_low(0, BAR_ADDR)?;
    f.enable();
    // SAFETY: BAR0 was just placed at BAR_ADDR in the 32-bit PCI window, which the `virt`
    // machine maps 1:1, with decoding on; no other BAR is there.
    let regs = unsafe { Mmio::new(BAR_ADDR as usize, size as usize) };
    Ok((RvHal { regs }, f))
}
