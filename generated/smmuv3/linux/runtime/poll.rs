// SPDX-License-Identifier: MIT OR Apache-2.0

//! Bounded polling: every wait in the runtime has a deadline on the HAL's clock.

use super::error::{Error, Result};
use super::hal::Hal;

/// Calls `done` until it returns `Some`, or fails with [`Error::Timeout`] once `timeout_us` has
/// passed on the HAL's clock.
pub fn poll<H: Hal, T>(
    hal: &H,
    what: &'static str,
    timeout_us: u64,
    mut done: impl FnMut() -> Option<T>,
) -> Result<T> {
    let start = hal.now_ns();
    let limit = timeout_us.saturating_mul(1000);
    loop {
        if let Some(v) = done() {
            return Ok(v);
        }
        let waited = hal.now_ns().saturating_sub(start);
        if waited > limit {
            // One last look: the condition may have become true while the clock advanced.
            return done().ok_or(Error::Timeout {
                what,
                waited_us: waited / 1000,
            });
        }
        hal.relax();
    }
}
