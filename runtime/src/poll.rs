//! Bounded polling: every wait in the runtime has a deadline, kept by the HAL's
//! [`Hal::poll_until`].

use super::error::{Error, Result};
use super::hal::Hal;

/// Calls `done` until it returns `Some`, or fails with [`Error::Timeout`] once `timeout_us` has
/// passed, through the HAL's bounded [`Hal::poll_until`].
pub fn poll<H: Hal, T>(
    hal: &H,
    what: &'static str,
    timeout_us: u64,
    mut done: impl FnMut() -> Option<T>,
) -> Result<T> {
    let start = hal.now_ns();
    hal.poll_until(timeout_us, &mut done)
        .ok_or_else(|| Error::Timeout {
            what,
            waited_us: hal.now_ns().saturating_sub(start) / 1000,
        })
}
