// SPDX-License-Identifier: MIT OR Apache-2.0

//! Bounded polling: every wait in the runtime has a deadline, kept by the clock's
//! [`Clock::poll_until`].

#[cfg(not(iommugen_test))]
use super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::hal::Clock;

#[cfg(not(iommugen_test))]
/// Calls `done` until it returns `Some`, or fails with [`Error::Timeout`] once `timeout_us` has
/// passed, through the clock's bounded [`Clock::poll_until`].
pub(crate) fn poll<C: Clock, T>(
    clock: &C,
    what: &'static str,
    timeout_us: u64,
    mut done: impl FnMut() -> Option<T>,
) -> Result<T> {
    let start = clock.now_ns();
    clock
        .poll_until(timeout_us, &mut done)
        .ok_or_else(|| Error::Timeout {
            what,
            waited_us: clock.now_ns().saturating_sub(start) / 1000,
        })
}
