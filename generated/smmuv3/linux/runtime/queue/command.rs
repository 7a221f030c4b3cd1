// SPDX-License-Identifier: MIT OR Apache-2.0

//! The command queue engine: a ring of 16-byte commands in DMA memory that software produces
//! and the IOMMU consumes, for any architecture ([`CommandArch`]).
//!
//! Producer: commands are written at the producer position in batches of at most
//! [`MAX_BATCH`], each closed by the architecture's completion command (SMMUv3: CMD_SYNC;
//! RISC-V: IOFENCE.C) and published with one write of the producer index. Completion: a batch
//! is complete when the IOMMU has consumed its completion command, seen either by reading the
//! consumer index ([`Completion::Polled`]) or by the completion command's own memory write over
//! its slot ([`Completion::Memory`]: CMD_SYNC with CS = SIG_IRQ and MSIAddr at itself, IOFENCE.C
//! with AV = 1 and ADDR at itself), which spares the register read when it has happened.
//! Positions are also counted in 64 bits (commands written and consumed since the indexes were
//! reset), so a waiter recognises its completion however many laps of the ring later batches
//! have made. Errors: the architecture says how the IOMMU shows that it stopped on a command
//! ([`CommandArch::consumer`]) and how to go on ([`CommandArch::recovery`],
//! [`CommandArch::resume`]): the command is recorded for the submitter whose batch held it,
//! replaced by a completion command when it can never succeed, and the queue resumes. A queue
//! that makes no progress within the deadline may be restarted ([`CommandArch::restart`]).
//!
//! Writing a batch ([`CommandQueue::insert`]) and one look at the queue ([`CommandQueue::look`])
//! are short steps that never wait; [`submit`] strings them together through [`Guarded`](super::super::shared::Guarded), so a
//! queue behind a lock is held only to write a batch and for each look, and the waits in between
//! hold no lock: several CPUs can have batches in flight. A queue that CPUs share has a
//! [`Doorbell`] beside its lock: the producer register is then written, and the consumer
//! register looked at, with no lock held ([`doorbell`](super::doorbell)).

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{DmaBuf, Hal, Registers};
#[cfg(not(iommugen_test))]
use super::super::ring::Protocol;
#[cfg(not(iommugen_test))]
use super::doorbell::Doorbell;

#[cfg(not(iommugen_test))]
pub(crate) use super::submit::submit;

#[cfg(not(iommugen_test))]
/// Most commands in one batch, before its completion command.
pub(crate) const MAX_BATCH: usize = 64;
#[cfg(not(iommugen_test))]
/// Default deadline for a completion, in microseconds (1 s).
pub(crate) const TIMEOUT_US: u64 = 1_000_000;
#[cfg(not(iommugen_test))]
/// Rejections kept between two [`CommandQueue::take_rejected`] calls (later ones are counted),
/// and recent rejections kept for their submitters.
pub(crate) const REJECTED_KEPT: usize = 8;

#[cfg(not(iommugen_test))]
/// A command as it sits in the queue: two 64-bit words (both architectures' commands are 16
/// bytes).
pub(crate) type Words = [u64; 2];

#[cfg(not(iommugen_test))]
/// How a waiter learns that its completion command was consumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Completion {
    /// By reading the consumer index until it has passed the completion command.
    Polled,
    /// By the completion command's memory write: it writes 32 zero bits over the first word of
    /// its own slot when everything before it is complete. The waiter reads that word first and
    /// the consumer index (for errors and progress) only while it has not changed.
    Memory,
}

#[cfg(not(iommugen_test))]
/// What to do about a command the IOMMU stopped on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Recovery {
    /// The architecture's error code, as [`Error::CommandError`] reports it.
    pub(crate) code: u8,
    /// Whether the command is replaced by a completion command (it can never succeed); when
    /// not, the IOMMU runs it again once the queue resumes.
    pub(crate) replace: bool,
}

#[cfg(not(iommugen_test))]
/// An architecture's command queue: what the engine cannot know.
pub(crate) trait CommandArch {
    /// The index protocol of the producer and consumer registers.
    type Index: Protocol;
    /// A command as submitters build it.
    type Command: Copy;
    /// What the consumer side reports when it stopped on an error.
    type Fault: Copy;
    /// What a completion wait is called in a timeout.
    const WAIT: &'static str;
    /// What a wait for room is called in a timeout.
    const ROOM: &'static str;
    /// Smallest and largest log2 of the number of slots.
    const LOG2: (u32, u32);
    /// Least alignment of the queue's memory, in bytes.
    const ALIGN: usize;

    /// The protocol of a queue of `2^log2` slots.
    fn index(log2: u32) -> Self::Index;
    /// The words of a command.
    fn encode(c: &Self::Command) -> Words;
    /// The completion command that closes a batch. With `at`, it must also write 32 zero bits
    /// at that device address (its own slot) when it completes ([`Completion::Memory`]); an
    /// architecture that cannot encode the address returns the polled command.
    fn completion(at: Option<u64>) -> Words;
    /// Writes the producer index.
    fn publish<R: Registers + ?Sized>(regs: &R, prod: u32);
    /// Reads the consumer index, and what stopped the queue if it stopped on an error.
    fn consumer<R: Registers + ?Sized>(regs: &R) -> (u32, Option<Self::Fault>);
    /// What to do about `fault`.
    fn recovery(fault: Self::Fault) -> Recovery;
    /// The opcode of a command, for [`Error::CommandError`].
    fn opcode(command: &Words) -> u8;
    /// Acknowledges `fault` so the IOMMU resumes at the consumer index (`prod`: the producer
    /// index, for an architecture that resumes when it is written again).
    fn resume<H: Hal>(hal: &H, fault: Self::Fault, prod: u32);
    /// After a wait ran out of time: turns the queue off and on again if the architecture
    /// resets its indexes that way (`true`: both are 0 now, and whatever was not consumed is
    /// dropped). The default leaves the queue as it is.
    fn restart<H: Hal>(hal: &H, buf: &DmaBuf, log2: u32) -> Result<bool> {
        let _ = (hal, buf, log2);
        Ok(false)
    }
}

#[cfg(not(iommugen_test))]
/// Counters of what a command queue did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct QueueStats {
    /// Commands written (completion commands included).
    pub(crate) commands: u64,
    /// Completion commands written (SMMUv3: CMD_SYNC; RISC-V: IOFENCE.C).
    pub(crate) completions: u64,
    /// Batches published: producer index writes, or positions handed to the queue's
    /// [`Doorbell`], which writes the newest of them.
    pub(crate) publishes: u64,
    /// Commands the IOMMU stopped on (rejected, timed out, or not fetched).
    pub(crate) errors: u64,
    /// Waits that ran out of time.
    pub(crate) timeouts: u64,
    /// Submissions made after the queue was stopped, discarded without a wait.
    pub(crate) discarded: u64,
    /// Batches that found the ring full and waited for room.
    pub(crate) full: u64,
    /// Times the queue was turned off and on again after it made no progress.
    pub(crate) restarts: u64,
}

#[cfg(not(iommugen_test))]
/// A command the IOMMU stopped on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Rejected {
    /// The architecture's error code ([`Recovery::code`]).
    pub(crate) code: u8,
    /// The command as it was in the queue.
    pub(crate) command: Words,
}

#[cfg(not(iommugen_test))]
/// The commands rejected since the last [`CommandQueue::take_rejected`]: the first
/// [`REJECTED_KEPT`], and how many more there were. A fixed array, so recording a rejection
/// never allocates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Rejections {
    kept: [Rejected; REJECTED_KEPT],
    len: usize,
    /// Rejections beyond the first [`REJECTED_KEPT`].
    pub(crate) dropped: u64,
}

#[cfg(not(iommugen_test))]
impl Rejections {
    fn record(&mut self, r: Rejected) {
        match self.kept.get_mut(self.len) {
            Some(slot) => {
                *slot = r;
                self.len += 1;
            }
            None => self.dropped += 1,
        }
    }
}

#[cfg(not(iommugen_test))]
impl core::ops::Deref for Rejections {
    type Target = [Rejected];

    fn deref(&self) -> &[Rejected] {
        &self.kept[..self.len]
    }
}

#[cfg(not(iommugen_test))]
/// A batch [`CommandQueue::insert`] wrote: where its commands and its completion command are in
/// the count of commands written, and how long to wait for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ticket {
    first: u64,
    sync: u64,
    /// How long to wait for it.
    pub(super) timeout_us: u64,
    /// The producer position after the batch, and log2 of the queue's slots: what a look with
    /// no lock compares the consumer register with.
    pub(super) end: u32,
    pub(super) log2: u32,
    /// [`Doorbell::stops`] when the batch was written (0 without a doorbell).
    pub(super) stops: u32,
}

#[cfg(not(iommugen_test))]
/// What [`CommandQueue::insert`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inserted {
    /// A batch was written and published, closed by a completion command; the result is `Err`
    /// when a command could not be built (the batch holds the commands before it).
    Batch(Ticket, Result<()>),
    /// The ring has no room for a command and a completion command: nothing was written or
    /// taken from the commands. Wait for room ([`CommandQueue::has_room`]) for at most
    /// `timeout_us`.
    Full {
        /// The queue's deadline for waits.
        timeout_us: u64,
    },
    /// The queue is stopped ([`CommandQueue::stop`]): nothing was written, there is nothing to
    /// wait for.
    Stopped,
}

#[cfg(not(iommugen_test))]
/// A command queue of architecture `A` and its shadow indexes.
pub(crate) struct CommandQueue<A: CommandArch> {
    buf: DmaBuf,
    log2: u32,
    index: A::Index,
    /// Next position software writes (shadow of the producer index).
    prod: u32,
    /// Last consumer index read.
    cons: u32,
    /// Commands written since the indexes were reset: `prod` as a count that never wraps.
    written: u64,
    /// Commands consumed, as of the last consumer read: `written` less the ring's occupancy.
    consumed: u64,
    /// The count of the command written at position 0 since the indexes were last reset.
    base: u64,
    /// How waiters learn of completion.
    completion: Completion,
    /// Deadline for each wait, in microseconds.
    pub(crate) timeout_us: u64,
    /// Counters.
    pub(crate) stats: QueueStats,
    /// Commands rejected since the last [`CommandQueue::take_rejected`].
    rejected: Rejections,
    /// The last [`REJECTED_KEPT`] rejections with the count of the rejected command, oldest
    /// overwritten first: [`CommandQueue::look`] reports each to the submitter of its batch.
    recent: [Option<(u64, Rejected)>; REJECTED_KEPT],
    /// Where the next rejection goes in `recent`.
    recent_next: usize,
    /// The count of the most recent rejected command.
    newest_rejection: Option<u64>,
    /// Set by [`CommandQueue::stop`]: the IOMMU no longer consumes commands.
    stopped: bool,
}

#[cfg(not(iommugen_test))]
impl<A: CommandArch> CommandQueue<A> {
    /// Allocates a queue of `2^log2size` commands, completed by polling the consumer index.
    pub(crate) fn new<H: Hal>(hal: &H, log2size: u32) -> Result<Self> {
        let (min, max) = A::LOG2;
        let index = A::index(log2size);
        // A batch needs room for a command and its completion command.
        if !(min..=max).contains(&log2size) || index.capacity() < 2 {
            return Err(Error::InvalidArgument {
                what: "command queue size out of the architecture's range",
            });
        }
        let bytes = 16usize << log2size;
        let buf = hal.dma_alloc(bytes, bytes.max(A::ALIGN))?;
        Ok(CommandQueue {
            buf,
            log2: log2size,
            index,
            prod: 0,
            cons: 0,
            written: 0,
            consumed: 0,
            base: 0,
            completion: Completion::Polled,
            timeout_us: TIMEOUT_US,
            stats: QueueStats::default(),
            rejected: Rejections::default(),
            recent: [None; REJECTED_KEPT],
            recent_next: 0,
            newest_rejection: None,
            stopped: false,
        })
    }

    /// The queue's memory.
    pub(crate) fn buffer(&self) -> DmaBuf {
        self.buf
    }

    /// log2 of the number of slots.
    pub(crate) fn log2size(&self) -> u32 {
        self.log2
    }

    /// Chooses how waiters learn of completion (the architecture's driver decides whether the
    /// IOMMU can write memory on completion).
    pub(crate) fn set_completion(&mut self, mode: Completion) {
        self.completion = mode;
    }

    /// Resets the shadow indexes (and the [`Doorbell`] of `hal`, if any) to what the registers
    /// hold after the producer and consumer indexes were programmed to zero (used when the
    /// queue is (re)enabled).
    pub(crate) fn reset_indexes<H: Hal>(&mut self, hal: &H) {
        if let Some(bell) = hal.doorbell() {
            bell.reset(0);
        }
        self.prod = 0;
        self.cons = 0;
        self.written = 0;
        self.consumed = 0;
        self.base = 0;
    }

    /// Marks the queue stopped: the IOMMU was disabled, so it consumes no command and nothing
    /// waiting on it could complete. From then on every submission returns at once with
    /// nothing written (counted in `discarded`), and a batch still awaited counts as complete.
    pub(crate) fn stop(&mut self) {
        self.stopped = true;
    }

    /// Undoes [`CommandQueue::stop`] (an IOMMU that did not acknowledge its disabling still
    /// consumes commands): submissions are written and waited for again. Those made while the
    /// queue was stopped stay discarded.
    pub(crate) fn resume(&mut self) {
        self.stopped = false;
    }

    /// Reads the consumer index; returns what stopped the queue, if anything did.
    fn read_cons<H: Hal>(&mut self, hal: &H) -> Option<A::Fault> {
        let (cons, fault) = A::consumer(hal);
        self.cons = self.index.position(cons);
        // The IOMMU's consumer never passes the producer, so the occupancy is unambiguous.
        self.consumed = self.written - u64::from(self.index.used(self.prod, self.cons));
        fault
    }

    /// Writes one command at the producer position; the caller made sure there is room.
    #[inline]
    fn write_slot<H: Hal>(&mut self, hal: &H, words: Words) {
        let slot = self.index.index(self.prod) as usize * 2;
        hal.dma_write(&self.buf, slot, words[0]);
        hal.dma_write(&self.buf, slot + 1, words[1]);
        self.prod = self.index.advance(self.prod, 1);
        self.written += 1;
        self.stats.commands += 1;
    }

    /// Writes the completion command at the producer position.
    #[inline]
    fn write_completion<H: Hal>(&mut self, hal: &H) {
        let at = match self.completion {
            Completion::Polled => None,
            Completion::Memory => Some(self.buf.word_addr(self.slot_of(self.written))),
        };
        self.stats.completions += 1;
        self.write_slot(hal, A::completion(at));
    }

    /// The word index of the slot of the command counted `count` (positions restart at 0
    /// from the count `base`).
    fn slot_of(&self, count: u64) -> usize {
        self.index.index(count.wrapping_sub(self.base) as u32) as usize * 2
    }

    /// Makes the written commands visible and tells the IOMMU about them: writes the producer
    /// index, or records it for the [`Doorbell`] of a shared queue, which the environment
    /// rings after the lock ([`Doorbell::ring`]).
    fn publish<H: Hal>(&mut self, hal: &H) {
        hal.wmb();
        match hal.doorbell() {
            Some(bell) => bell.want(self.prod),
            None => A::publish(hal, self.prod),
        }
        self.stats.publishes += 1;
    }

    /// Deals with a command the IOMMU stopped on (`fault`, as [`CommandArch::consumer`] or the
    /// architecture's global error report gave it): reads the consumer index, records the
    /// command for its submitter, replaces it with a completion command when the architecture
    /// says so, and lets the queue resume.
    pub(crate) fn recover<H: Hal>(&mut self, hal: &H, fault: A::Fault) {
        // The consumer index names the command; the count of commands consumed is its count.
        let _ = self.read_cons(hal);
        let slot = self.index.index(self.cons) as usize * 2;
        let bad = [
            hal.dma_read(&self.buf, slot),
            hal.dma_read(&self.buf, slot + 1),
        ];
        let how = A::recovery(fault);
        self.stats.errors += 1;
        let r = Rejected {
            code: how.code,
            command: bad,
        };
        self.rejected.record(r);
        if let Some(at) = self.recent.get_mut(self.recent_next) {
            *at = Some((self.consumed, r));
        }
        self.recent_next = (self.recent_next + 1) % REJECTED_KEPT;
        self.newest_rejection = Some(self.consumed);
        if how.replace {
            let c = A::completion(None);
            hal.dma_write(&self.buf, slot, c[0]);
            hal.dma_write(&self.buf, slot + 1, c[1]);
            hal.wmb();
        }
        match hal.doorbell() {
            // Counted before the queue resumes, so a CPU that sees the consumer pass its batch
            // with no lock also sees the count move and asks under the lock. The resume may
            // write the producer register: no CPU writes it meanwhile.
            Some(bell) => {
                bell.stopped_on();
                bell.exclusive(hal, || A::resume(hal, fault, self.prod));
            }
            None => A::resume(hal, fault, self.prod),
        }
    }

    /// Writes a batch without waiting: commands taken from `commands` while the ring has room
    /// for them and a completion command, at most [`MAX_BATCH`], then the completion command,
    /// published with one producer index write. With no command left it writes the completion
    /// command alone (a barrier). A command that cannot be built ends the batch, the
    /// completion command after the ones before it. Bounded: one consumer read when the ring
    /// looks full, no wait.
    #[inline]
    pub(crate) fn insert<H: Hal, I>(&mut self, hal: &H, commands: &mut I) -> Inserted
    where
        I: Iterator<Item = Result<A::Command>>,
    {
        if self.stopped {
            self.stats.discarded += 1;
            return Inserted::Stopped;
        }
        let mut free = self.index.free(self.prod, self.cons);
        if free < 2 {
            let _ = self.read_cons(hal);
            free = self.index.free(self.prod, self.cons);
            if free < 2 {
                self.stats.full += 1;
                return Inserted::Full {
                    timeout_us: self.timeout_us,
                };
            }
        }
        let first = self.written;
        // One slot stays for the completion command.
        let take = MAX_BATCH
            .min(self.index.capacity() as usize - 1)
            .min(free as usize - 1);
        // The loop works on copies: the HAL's calls cannot change them, so they stay in
        // registers.
        let (buf, index, mut prod) = (self.buf, self.index, self.prod);
        let (mut n, mut built) = (0, Ok(()));
        while n < take {
            match commands.next() {
                None => break,
                Some(Err(e)) => {
                    built = Err(e);
                    break;
                }
                Some(Ok(c)) => {
                    let words = A::encode(&c);
                    let slot = index.index(prod) as usize * 2;
                    hal.dma_write(&buf, slot, words[0]);
                    hal.dma_write(&buf, slot + 1, words[1]);
                    prod = index.advance(prod, 1);
                    n += 1;
                }
            }
        }
        self.prod = prod;
        self.written += n as u64;
        self.stats.commands += n as u64;
        self.write_completion(hal);
        self.publish(hal);
        let ticket = Ticket {
            first,
            sync: self.written - 1,
            timeout_us: self.timeout_us,
            end: self.prod,
            log2: self.log2,
            stops: hal.doorbell().map_or(0, Doorbell::stops),
        };
        Inserted::Batch(ticket, built)
    }

    /// One look for the batch of `ticket`, without waiting: `Some(Ok)` once the IOMMU has
    /// consumed its completion command (or the queue was stopped), `Some(Err)` with the first
    /// command of the batch the IOMMU rejected, `None` while it is pending. A command the
    /// IOMMU stopped on, anyone's, is dealt with here ([`CommandQueue::recover`]).
    pub(crate) fn look<H: Hal>(&mut self, hal: &H, ticket: Ticket) -> Option<Result<()>> {
        if self.stopped {
            return Some(Ok(()));
        }
        // With the memory write: complete once the count says so (the slot may hold a later
        // command by then) or the write has come; otherwise, or while it has not, the register.
        let in_memory = self.completion == Completion::Memory
            && (self.consumed > ticket.sync
                || hal.dma_read(&self.buf, self.slot_of(ticket.sync)) as u32 == 0);
        if !in_memory {
            if let Some(fault) = self.read_cons(hal) {
                self.recover(hal, fault);
                return None;
            }
            if self.consumed <= ticket.sync {
                return None;
            }
        }
        hal.rmb();
        // The rejections are looked through only when one is as recent as the batch.
        if self.newest_rejection.is_none_or(|n| n < ticket.first) {
            return Some(Ok(()));
        }
        let mine = self
            .recent
            .iter()
            .flatten()
            .filter(|(at, _)| (ticket.first..=ticket.sync).contains(at))
            .min_by_key(|(at, _)| *at);
        Some(match mine {
            Some((_, r)) => Err(Error::CommandError {
                code: r.code,
                opcode: A::opcode(&r.command),
            }),
            None => Ok(()),
        })
    }

    /// One look for room for a batch, without waiting: `Some` once the ring has room for a
    /// command and a completion command (or the queue was stopped). A command the IOMMU
    /// stopped on is dealt with here.
    pub(crate) fn has_room<H: Hal>(&mut self, hal: &H) -> Option<Result<()>> {
        if self.stopped {
            return Some(Ok(()));
        }
        if let Some(fault) = self.read_cons(hal) {
            self.recover(hal, fault);
            return None;
        }
        (self.index.free(self.prod, self.cons) >= 2).then_some(Ok(()))
    }

    /// After a wait ran out of time: counts it, and restarts the queue if the architecture
    /// does that ([`CommandArch::restart`]); what was not consumed is then dropped.
    pub(crate) fn timed_out<H: Hal>(&mut self, hal: &H) -> Result<()> {
        self.stats.timeouts += 1;
        if self.stopped {
            return Ok(());
        }
        // No CPU may write the producer register between the restart and the doorbell's reset.
        let restarted = match hal.doorbell() {
            Some(bell) => bell.exclusive(hal, || {
                let r = A::restart(hal, &self.buf, self.log2);
                if let Ok(true) = r {
                    bell.reset(0);
                }
                r
            })?,
            None => A::restart(hal, &self.buf, self.log2)?,
        };
        if restarted {
            self.stats.restarts += 1;
            let written = self.written;
            self.reset_indexes(hal);
            self.written = written;
            self.consumed = written;
            self.base = written;
        }
        Ok(())
    }

    /// Rings `bell` ([`Doorbell::ring`]) through this queue's architecture: what a shared
    /// queue's environment does after each hold of the queue's lock.
    pub(crate) fn ring(bell: &Doorbell, regs: &dyn Registers) {
        bell.ring::<A>(regs)
    }
}
