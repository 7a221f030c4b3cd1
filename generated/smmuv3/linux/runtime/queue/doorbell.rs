// SPDX-License-Identifier: MIT OR Apache-2.0

//! A command queue that several CPUs share, reached with no lock for what needs none: the
//! producer register ([`Doorbell::ring`]) and the looks at the consumer register
//! ([`look_unlocked`]).
//!
//! The queue's lock is held to write a batch into the ring (memory only), for a look that finds
//! the IOMMU stopped on a command (the recovery), and for a look the registers alone cannot
//! answer; never while the producer register is written or the consumer register polled. So a
//! CPU waiting for its completion command takes no lock, and the CPUs behind a writer wait for
//! memory writes only, not for register accesses (which on an emulated IOMMU take the
//! emulator's global lock and run the commands before they return).
//!
//! Publishing (a combining protocol): a writer records, under the queue's lock, the producer
//! position its batch needs written; after the lock, it writes the newest position recorded
//! unless another CPU is writing the register. Positions are recorded in the lock's order, so
//! the register never moves back. A writer that finds another CPU writing returns at once: its
//! batch goes out with that write if it was recorded in time, and otherwise with the next one,
//! which every waiter whose batch is not complete makes before it looks again. A CPU writes the
//! register once per call, so the time it spends there, interrupts off, is one register write,
//! however many CPUs keep submitting.
//!
//! Completion: a batch is complete once the consumer register has passed its completion
//! command and the IOMMU stopped on no command since the batch was written
//! ([`Doorbell::stops`], counted under the lock before the queue resumes). The wrap-bit
//! protocol tells a consumer at or past a position from one before it; the head/tail protocol
//! only a consumer exactly at it, so its waiters ask under the lock otherwise.

#[cfg(not(iommugen_test))]
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering::SeqCst};

#[cfg(not(iommugen_test))]
use super::super::hal::{Hal, Registers};
#[cfg(not(iommugen_test))]
use super::super::ring::Protocol;
#[cfg(not(iommugen_test))]
use super::command::{CommandArch, Ticket, TIMEOUT_US};

#[cfg(not(iommugen_test))]
/// The part of a shared command queue that CPUs reach with no lock: the producer position to
/// publish, whether a CPU is publishing it, and the count of commands the IOMMU stopped on.
/// Only atomics, so every CPU may hold a reference; the HAL of the queue's lock names it
/// ([`Hal::doorbell`]) and the environment's [`Guarded`](super::super::shared::Guarded) hands it
/// out ([`Unlocked`]).
#[derive(Debug, Default)]
pub(crate) struct Doorbell {
    /// The producer position the newest batch needs written (recorded under the lock).
    want: AtomicU32,
    /// The producer position last written to the register.
    rung: AtomicU32,
    /// Whether a CPU is writing the producer register.
    busy: AtomicBool,
    /// Commands the IOMMU stopped on so far, counted before the queue resumes.
    stops: AtomicU32,
}

#[cfg(not(iommugen_test))]
/// A shared queue's lock-free side as its environment hands it out: the registers and the
/// [`Doorbell`].
#[derive(Clone, Copy)]
pub(crate) struct Unlocked<'r> {
    /// The IOMMU's registers, read and written with no lock held.
    pub(crate) regs: &'r dyn Registers,
    /// The doorbell.
    pub(crate) bell: &'r Doorbell,
}

#[cfg(not(iommugen_test))]
/// What a look with no lock found ([`look_unlocked`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Look {
    /// The batch is complete and none of its commands was stopped on.
    Complete,
    /// The consumer is before the batch's end.
    Pending,
    /// The registers cannot tell: the queue stopped on a command, a command was stopped on
    /// since the batch was written, or the protocol cannot say where the consumer is. The look
    /// under the lock answers.
    Ask,
}

#[cfg(not(iommugen_test))]
impl Doorbell {
    /// A doorbell of a queue whose producer register holds 0.
    pub(crate) const fn new() -> Self {
        Doorbell {
            want: AtomicU32::new(0),
            rung: AtomicU32::new(0),
            busy: AtomicBool::new(false),
            stops: AtomicU32::new(0),
        }
    }

    /// Records that the producer register must come to `prod`. Under the queue's lock, after
    /// the batch's commands were made visible to the device.
    pub(crate) fn want(&self, prod: u32) {
        self.want.store(prod, SeqCst);
    }

    /// Whether a producer position recorded under the lock is not written yet.
    pub(crate) fn pending(&self) -> bool {
        self.want.load(SeqCst) != self.rung.load(SeqCst)
    }

    /// Writes the newest recorded producer position to the register through `A`, with no lock,
    /// unless none is pending or another CPU is writing the register (a position recorded after
    /// that CPU read the newest is written by the next call: the waiters call again before
    /// each look). At most one register write. The caller should not be preempted while it
    /// writes (the other CPUs' batches wait for it).
    pub(crate) fn ring<A: CommandArch>(&self, regs: &dyn Registers) {
        if !self.pending() || self.busy.swap(true, SeqCst) {
            return;
        }
        let prod = self.want.load(SeqCst);
        if prod != self.rung.load(SeqCst) {
            A::publish(regs, prod);
            self.rung.store(prod, SeqCst);
        }
        self.busy.store(false, SeqCst);
    }

    /// Runs `f`, which writes the producer register itself (an architecture that resumes a
    /// stopped queue by writing it, a restart that resets it), once no CPU is writing it: under
    /// the queue's lock, so no position is recorded meanwhile. The wait is for another CPU's
    /// register write and is bounded by the queue's deadline; if that passes, `f` runs anyway.
    pub(crate) fn exclusive<H: Hal, T>(&self, hal: &H, f: impl FnOnce() -> T) -> T {
        let held = hal
            .poll_until(TIMEOUT_US, &mut || {
                (!self.busy.swap(true, SeqCst)).then_some(())
            })
            .is_some();
        let r = f();
        if held {
            self.busy.store(false, SeqCst);
        }
        r
    }

    /// Sets the recorded and written producer positions to `prod`: after the register was
    /// programmed to it under the lock (the queue enabled or restarted).
    pub(crate) fn reset(&self, prod: u32) {
        self.want.store(prod, SeqCst);
        self.rung.store(prod, SeqCst);
    }

    /// Counts a command the IOMMU stopped on: under the lock, before the queue resumes.
    pub(crate) fn stopped_on(&self) {
        self.stops.fetch_add(1, SeqCst);
    }

    /// Commands the IOMMU stopped on so far.
    pub(crate) fn stops(&self) -> u32 {
        self.stops.load(SeqCst)
    }
}

#[cfg(not(iommugen_test))]
/// One look at the batch of `ticket` with no lock: reads the consumer register through `A`
/// (and, when it shows an error, what the architecture reads with it).
pub(crate) fn look_unlocked<A: CommandArch>(u: Unlocked<'_>, ticket: &Ticket) -> Look {
    let (cons, fault) = A::consumer(u.regs);
    if fault.is_some() {
        return Look::Ask;
    }
    let index = A::index(ticket.log2);
    match index.reached(ticket.end, index.position(cons)) {
        // The register read comes before this load (a device read is ordered before later
        // loads), and a stop is counted before the queue resumes: an unchanged count means no
        // command was stopped on up to the batch's end.
        Some(true) if u.bell.stops() == ticket.stops => Look::Complete,
        Some(false) => Look::Pending,
        Some(true) | None => Look::Ask,
    }
}
