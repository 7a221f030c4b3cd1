// SPDX-License-Identifier: MIT OR Apache-2.0

//! Typed register access: reads and writes of the generated register types through the HAL,
//! with the access kind checked by the type (`Readable`, `Writable`) and the acknowledged-write
//! handshake (CR0/CR0ACK, IRQ_CTRL/IRQ_CTRLACK) bounded in time.

#[cfg(not(iommugen_test))]
use super::hal::Registers;
#[cfg(not(iommugen_test))]
use super::support::{Readable, Writable};

#[cfg(not(iommugen_test))]
/// Reads register `R`.
pub(crate) fn read<H: Registers + ?Sized, R: Readable>(hal: &H) -> R {
    if R::WIDTH == 64 {
        R::from_raw(hal.read64(R::OFFSET))
    } else {
        R::from_raw(u64::from(hal.read32(R::OFFSET)))
    }
}

#[cfg(not(iommugen_test))]
/// Writes register `R`.
pub(crate) fn write<H: Registers + ?Sized, R: Writable>(hal: &H, value: R) {
    if R::WIDTH == 64 {
        hal.write64(R::OFFSET, value.to_raw());
    } else {
        hal.write32(R::OFFSET, value.to_raw() as u32);
    }
}
