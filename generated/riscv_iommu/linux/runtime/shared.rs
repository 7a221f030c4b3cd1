// SPDX-License-Identifier: MIT OR Apache-2.0

//! State that several callers may share, and how the runtime reaches it: through [`Guarded`],
//! the environment's lock around it.
//!
//! One owner of everything (the userspace tests, bare metal, the conformance suite) holds the
//! state itself: the blanket implementation hands it over with the owner's HAL. The Linux module
//! keeps the command queue and each paging domain's translation tables behind locks of their own,
//! each with a HAL of its own for the DMA memory it holds, and shares a [`Clock`] between CPUs:
//! the runtime then takes a lock only for what must be done under it (writing commands, one look
//! at CMDQ_CONS, a page-table walk) and waits between looks with no lock held.

#[cfg(not(iommugen_test))]
use super::hal::{Clock, Hal};

#[cfg(not(iommugen_test))]
/// Exclusive access to a `T` that callers may share, with the HAL its memory is reached through.
/// `C` is the caller's clock, which waits outside the lock.
pub(crate) trait Guarded<C: Clock, T> {
    /// The HAL of the state behind the lock: the owner's own, or one that only the lock's holder
    /// uses.
    type Hal: Hal;

    /// Runs `f` on the state with the lock held. `f` must not wait for the hardware: it is one
    /// look or one update, bounded and short (the lock may keep interrupts off).
    fn with<R>(&mut self, clock: &C, f: impl FnOnce(&Self::Hal, &mut T) -> R) -> R;
}

#[cfg(not(iommugen_test))]
/// The state held by its one owner: no lock, the owner's HAL.
impl<H: Hal, T> Guarded<H, T> for T {
    type Hal = H;

    #[inline]
    fn with<R>(&mut self, hal: &H, f: impl FnOnce(&H, &mut T) -> R) -> R {
        f(hal, self)
    }
}
