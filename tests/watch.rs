//! Checking stand-ins for the Linux module's locks, shared by `shared.rs` (SMMUv3) and
//! `riscv_shared.rs` (RISC-V IOMMU): a [`Lock`] fails the test if it is taken while another is
//! held, and a [`WatchClock`] if it waits while one is held; after a set number of waits the
//! clock lets the mock go on ([`Release`]).

use std::cell::Cell;

use iommugen_mock::riscv::RiscvMock;
use iommugen_mock::MockSmmu;
use iommugen_runtime::hal::{Clock, Hal};
use iommugen_runtime::invalidate::{UnmapTables, UnmapUnlocked};
use iommugen_runtime::shared::Guarded;

/// Which lock is held, if any, and what happened while waiting.
#[derive(Default)]
pub struct Watch {
    pub held: Cell<Option<&'static str>>,
    pub locks: Cell<u32>,
    pub waits: Cell<u32>,
    /// After this many waits, the mock's held completion is let go ([`Release`]).
    pub release_after: Cell<Option<u32>>,
}

/// How a mock that holds back completion lets it go.
pub trait Release {
    fn release(&self);
}

/// The SMMU held its CMD_SYNC (`hang_sync`).
impl Release for MockSmmu {
    fn release(&self) {
        self.set_faults(|f| f.hang_sync = false);
    }
}

/// The RISC-V IOMMU's command queue was stalled.
impl Release for RiscvMock {
    fn release(&self) {
        self.stall_command_queue(false);
    }
}

/// The clock a waiter uses outside the locks: it fails the test if a lock is held.
pub struct WatchClock<'x, H> {
    pub hal: &'x H,
    pub watch: &'x Watch,
}

impl<H: Hal + Release> Clock for WatchClock<'_, H> {
    fn now_ns(&self) -> u64 {
        self.hal.now_ns()
    }

    fn relax(&self) {
        assert_eq!(self.watch.held.get(), None, "waited with a lock held");
        let n = self.watch.waits.get() + 1;
        self.watch.waits.set(n);
        if self.watch.release_after.get() == Some(n) {
            self.hal.release();
        }
        self.hal.relax();
    }
}

/// A lock around `value`, whose memory is reached through `hal`.
pub struct Lock<'x, T, H> {
    pub name: &'static str,
    pub value: &'x mut T,
    pub hal: &'x H,
    pub watch: &'x Watch,
}

impl<'x, T, H: Hal + Release> Guarded<WatchClock<'x, H>, T> for Lock<'x, T, H> {
    type Hal = H;

    fn with<R>(&mut self, _clock: &WatchClock<'x, H>, f: impl FnOnce(&H, &mut T) -> R) -> R {
        if let Some(other) = self.watch.held.get() {
            panic!("{} taken while {other} is held", self.name);
        }
        self.watch.held.set(Some(self.name));
        self.watch.locks.set(self.watch.locks.get() + 1);
        let r = f(self.hal, self.value);
        self.watch.held.set(None);
        r
    }
}

/// Every unmap takes the lock: the stand-in keeps no view of the tables.
impl<T: UnmapTables, H> UnmapUnlocked<T> for Lock<'_, T, H> {}
