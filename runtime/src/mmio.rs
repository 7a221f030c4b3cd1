//! Typed register access: reads and writes of the generated register types through the HAL,
//! with the access kind checked by the type (`Readable`, `Writable`) and the acknowledged-write
//! handshake (CR0/CR0ACK, IRQ_CTRL/IRQ_CTRLACK) bounded in time.

use super::error::Result;
use super::hal::{Hal, Registers};
use super::poll::poll;
use super::support::{AckedBy, Readable, Register, Writable};

/// Reads register `R`.
pub fn read<H: Registers + ?Sized, R: Readable>(hal: &H) -> R {
    if R::WIDTH == 64 {
        R::from_raw(hal.read64(R::OFFSET))
    } else {
        R::from_raw(u64::from(hal.read32(R::OFFSET)))
    }
}

/// Writes register `R`.
pub fn write<H: Registers + ?Sized, R: Writable>(hal: &H, value: R) {
    if R::WIDTH == 64 {
        hal.write64(R::OFFSET, value.to_raw());
    } else {
        hal.write32(R::OFFSET, value.to_raw() as u32);
    }
}

/// Writes `R` and waits until its acknowledgement register reads back the shared fields.
pub fn write_acked<H: Hal, R: Writable + AckedBy>(
    hal: &H,
    value: R,
    timeout_us: u64,
    what: &'static str,
) -> Result<()> {
    write(hal, value);
    poll(hal, what, timeout_us, || {
        let ack: R::Ack = read(hal);
        ((value.to_raw() ^ ack.to_raw()) & R::SHARED == 0).then_some(())
    })
}
