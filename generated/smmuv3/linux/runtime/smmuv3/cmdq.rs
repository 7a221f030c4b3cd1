// SPDX-License-Identifier: MIT OR Apache-2.0

//! The command queue: a ring of 16-byte commands in DMA memory. Commands are written at the
//! producer index in batches of at most [`MAX_BATCH`], each closed by a CMD_SYNC and published
//! with one CMDQ_PROD write; a batch is complete when CMDQ_CONS has passed its CMD_SYNC, which is
//! polled with a deadline. A rejected command (CMDQ_CONS.ERR, GERROR.CMDQ_ERR) is replaced by a
//! CMD_SYNC, reported to the submitter whose batch held it, and the queue goes on.
//!
//! Writing a batch ([`CommandQueue::insert`]) and one look at CMDQ_CONS ([`CommandQueue::look`])
//! are short steps that never wait; [`submit`] strings them together through [`Guarded`], so a
//! queue behind a lock is held only to write a batch and for each look, and the waits in between
//! hold no lock: several CPUs can have batches in flight. Positions are also counted in 64 bits
//! (commands written and consumed since the indexes were reset), so a waiter recognises its
//! CMD_SYNC however many laps of the ring later batches have made.

use core::iter::Peekable;

use super::super::error::{Error, Result};
use super::super::hal::{Clock, DmaBuf, Hal};
use super::super::mmio::{read, write};
use super::super::poll::poll;
use super::super::ring::Ring;
use super::super::shared::Guarded;
use super::spec::cmdq::{CMDQ_Command, CMD_SYNC};
use super::spec::enums::CmdqError;
use super::spec::regs::{CMDQ_BASE, CMDQ_CONS, CMDQ_PROD, GERROR, GERRORN};

/// Most commands in one batch, before its CMD_SYNC.
pub const MAX_BATCH: usize = 64;
/// Default deadline for a CMD_SYNC, in microseconds (1 s, as Linux).
pub const SYNC_TIMEOUT_US: u64 = 1_000_000;
/// Rejections kept between two [`CommandQueue::take_rejected`] calls (later ones are counted),
/// and recent rejections kept for their submitters.
pub const REJECTED_KEPT: usize = 8;

/// Counters of what the queue did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CmdqStats {
    /// Commands written (CMD_SYNCs included).
    pub commands: u64,
    /// CMD_SYNCs issued.
    pub syncs: u64,
    /// CMDQ_PROD writes.
    pub publishes: u64,
    /// Commands the SMMU rejected.
    pub errors: u64,
    /// Waits that ran out of time.
    pub timeouts: u64,
    /// Submissions made after the queue was stopped, discarded without a wait.
    pub discarded: u64,
    /// Batches that found the ring full and waited for room.
    pub full: u64,
}

/// A command the SMMU rejected.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rejected {
    /// CMDQ_CONS.ERR.
    pub code: u8,
    /// The command as it was in the queue.
    pub command: [u64; 2],
}

/// The commands rejected since the last [`CommandQueue::take_rejected`]: the first
/// [`REJECTED_KEPT`], and how many more there were. A fixed array, so recording a rejection
/// never allocates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rejections {
    kept: [Rejected; REJECTED_KEPT],
    len: usize,
    /// Rejections beyond the first [`REJECTED_KEPT`].
    pub dropped: u64,
}

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

impl core::ops::Deref for Rejections {
    type Target = [Rejected];

    fn deref(&self) -> &[Rejected] {
        &self.kept[..self.len]
    }
}

/// A batch [`CommandQueue::insert`] wrote: where its commands and its CMD_SYNC are in the count
/// of commands written, and how long to wait for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket {
    first: u64,
    sync: u64,
    timeout_us: u64,
}

/// What [`CommandQueue::insert`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    /// A batch was written and published, closed by a CMD_SYNC; the result is `Err` when a
    /// command could not be built (the batch holds the commands before it).
    Batch(Ticket, Result<()>),
    /// The ring has no room for a command and a CMD_SYNC: nothing was written or taken from the
    /// commands. Wait for room ([`CommandQueue::has_room`]) for at most `timeout_us`.
    Full {
        /// The queue's deadline for waits.
        timeout_us: u64,
    },
    /// The queue is stopped ([`CommandQueue::stop`]): nothing was written, there is nothing to
    /// wait for.
    Stopped,
}

/// The command queue and its shadow indexes.
pub struct CommandQueue {
    buf: DmaBuf,
    ring: Ring,
    /// Next position software writes (shadow of CMDQ_PROD).
    prod: u32,
    /// Last CMDQ_CONS.RD read.
    cons: u32,
    /// Commands written since the indexes were reset: `prod` as a count that never wraps.
    written: u64,
    /// Commands consumed, as of the last CMDQ_CONS read: `written` less the ring's occupancy.
    consumed: u64,
    /// Deadline for each wait, in microseconds.
    pub timeout_us: u64,
    /// Counters.
    pub stats: CmdqStats,
    /// Commands rejected since the last [`CommandQueue::take_rejected`].
    rejected: Rejections,
    /// The last [`REJECTED_KEPT`] rejections with the count of the rejected command, oldest
    /// overwritten first: [`CommandQueue::look`] reports each to the submitter of its batch.
    recent: [Option<(u64, Rejected)>; REJECTED_KEPT],
    /// Where the next rejection goes in `recent`.
    recent_next: usize,
    /// Set by [`CommandQueue::stop`]: the SMMU no longer consumes commands.
    stopped: bool,
    /// Set by [`CommandQueue::free`]: the memory is gone.
    freed: bool,
}

impl CommandQueue {
    /// Allocates a queue of `2^log2size` commands.
    pub fn new<H: Hal>(hal: &H, log2size: u32) -> Result<Self> {
        if !(1..=19).contains(&log2size) {
            return Err(Error::InvalidArgument {
                what: "command queue log2size must be 1 to 19",
            });
        }
        let bytes = 16usize << log2size;
        let buf = hal.dma_alloc(bytes, bytes.max(32))?;
        Ok(CommandQueue {
            buf,
            ring: Ring::new(log2size),
            prod: 0,
            cons: 0,
            written: 0,
            consumed: 0,
            timeout_us: SYNC_TIMEOUT_US,
            stats: CmdqStats::default(),
            rejected: Rejections::default(),
            recent: [None; REJECTED_KEPT],
            recent_next: 0,
            stopped: false,
            freed: false,
        })
    }

    /// The CMDQ_BASE value describing this queue.
    pub fn base(&self) -> Result<CMDQ_BASE> {
        Ok(CMDQ_BASE::from_bits(0)
            .with_ADDR(self.buf.addr)?
            .with_LOG2SIZE(self.ring.log2size() as u8)?
            .with_RA(true))
    }

    /// The queue's memory.
    pub fn buffer(&self) -> DmaBuf {
        self.buf
    }

    /// Resets the shadow indexes to what the registers hold after CMDQ_PROD/CONS were
    /// programmed to zero (used when the queue is (re)enabled).
    pub fn reset_indexes(&mut self) {
        self.prod = 0;
        self.cons = 0;
        self.written = 0;
        self.consumed = 0;
    }

    /// Marks the queue stopped: the SMMU was disabled (CR0.CMDQEN = 0 and SMMUEN = 0 acknowledged),
    /// so it consumes no command and nothing waiting on it could complete. From then on every
    /// submission returns at once with nothing written (counted in `discarded`), and a batch
    /// still awaited counts as complete. Nothing is lost: with SMMUEN = 0 nothing is translated,
    /// and enabling the SMMU again starts with a reset that invalidates every cached
    /// configuration and translation.
    pub fn stop(&mut self) {
        self.stopped = true;
    }

    /// Whether [`CommandQueue::stop`] was called.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// Frees the queue's memory (once; the queue is stopped from then on). Only when the SMMU
    /// no longer reads it (CR0.CMDQEN = 0).
    pub fn free<H: Hal>(&mut self, hal: &H) {
        self.stopped = true;
        if !core::mem::replace(&mut self.freed, true) {
            hal.dma_free(self.buf);
        }
    }

    /// Commands the SMMU rejected since the last call.
    pub fn take_rejected(&mut self) -> Rejections {
        core::mem::take(&mut self.rejected)
    }

    fn read_cons<H: Hal>(&mut self, hal: &H) -> CMDQ_CONS {
        let c: CMDQ_CONS = read(hal);
        self.cons = c.RD() & ((self.ring.slots() << 1) - 1);
        // The SMMU's consumer never passes the producer, so the occupancy is unambiguous.
        self.consumed = self.written - u64::from(self.ring.used(self.prod, self.cons));
        c
    }

    /// Writes one command at the producer position; the caller made sure there is room.
    fn write_slot<H: Hal>(&mut self, hal: &H, words: [u64; 2]) {
        let slot = self.ring.index(self.prod) as usize;
        hal.dma_write(&self.buf, slot * 2, words[0]);
        hal.dma_write(&self.buf, slot * 2 + 1, words[1]);
        self.prod = self.ring.advance(self.prod, 1);
        self.written += 1;
        self.stats.commands += 1;
    }

    /// Makes the written commands visible and tells the SMMU about them.
    fn publish<H: Hal>(&mut self, hal: &H) {
        hal.wmb();
        write(hal, CMDQ_PROD::from_bits(self.prod));
        self.stats.publishes += 1;
    }

    /// Whether the SMMU has stopped on a rejected command.
    fn error_pending<H: Hal>(&self, hal: &H, cons: CMDQ_CONS) -> bool {
        if cons.ERR_bits() == 0 {
            return false;
        }
        let g: GERROR = read(hal);
        let n: GERRORN = read(hal);
        g.active(n).CMDQ_ERR()
    }

    /// Handles a rejected command: records it, replaces it with a CMD_SYNC (which the SMMU
    /// re-reads) and acknowledges GERROR.CMDQ_ERR so consumption resumes.
    pub fn fix_error<H: Hal>(&mut self, hal: &H) -> Result<()> {
        let cons = self.read_cons(hal);
        let code = cons.ERR_bits() as u8;
        let slot = self.ring.index(self.cons) as usize;
        let bad = [
            hal.dma_read(&self.buf, slot * 2),
            hal.dma_read(&self.buf, slot * 2 + 1),
        ];
        self.stats.errors += 1;
        let r = Rejected { code, command: bad };
        self.rejected.record(r);
        if let Some(at) = self.recent.get_mut(self.recent_next) {
            *at = Some((self.consumed, r));
        }
        self.recent_next = (self.recent_next + 1) % REJECTED_KEPT;
        match cons.ERR() {
            // An ATC invalidation timed out: the CMD_SYNC itself is fine and is retried.
            Ok(CmdqError::CERROR_ATC_INV_SYNC) => {}
            // An illegal command, a fetch abort, or an unknown code: retire it as a CMD_SYNC.
            _ => {
                let sync = CMDQ_Command::CMD_SYNC(CMD_SYNC::new()).encode();
                hal.dma_write(&self.buf, slot * 2, sync[0]);
                hal.dma_write(&self.buf, slot * 2 + 1, sync[1]);
                hal.wmb();
            }
        }
        let g: GERROR = read(hal);
        let n: GERRORN = read(hal);
        if g.active(n).CMDQ_ERR() {
            write(hal, n.with_CMDQ_ERR(g.CMDQ_ERR()));
        }
        Ok(())
    }

    /// Writes a batch without waiting: commands taken from `commands` while the ring has room
    /// for them and a CMD_SYNC, at most [`MAX_BATCH`], then the CMD_SYNC, published with one
    /// CMDQ_PROD write. With no command left it writes the CMD_SYNC alone (a barrier). A
    /// command that cannot be built ends the batch, the CMD_SYNC after the ones before it.
    /// Bounded: one CMDQ_CONS read when the ring looks full, no wait.
    pub fn insert<H: Hal, I>(&mut self, hal: &H, commands: &mut I) -> Inserted
    where
        I: Iterator<Item = Result<CMDQ_Command>>,
    {
        if self.stopped {
            self.stats.discarded += 1;
            return Inserted::Stopped;
        }
        let mut free = self.ring.free(self.prod, self.cons);
        if free < 2 {
            self.read_cons(hal);
            free = self.ring.free(self.prod, self.cons);
            if free < 2 {
                self.stats.full += 1;
                return Inserted::Full {
                    timeout_us: self.timeout_us,
                };
            }
        }
        let first = self.written;
        let batch = MAX_BATCH.min(self.ring.slots() as usize - 1).max(1);
        let (mut n, mut built) = (0, Ok(()));
        // One slot stays for the CMD_SYNC.
        while n < batch && free > 1 {
            match commands.next() {
                None => break,
                Some(Err(e)) => {
                    built = Err(e);
                    break;
                }
                Some(Ok(c)) => {
                    self.write_slot(hal, c.encode());
                    n += 1;
                    free -= 1;
                }
            }
        }
        self.write_slot(hal, CMDQ_Command::CMD_SYNC(CMD_SYNC::new()).encode());
        self.stats.syncs += 1;
        self.publish(hal);
        let ticket = Ticket {
            first,
            sync: self.written - 1,
            timeout_us: self.timeout_us,
        };
        Inserted::Batch(ticket, built)
    }

    /// One look at CMDQ_CONS for the batch of `ticket`, without waiting: `Some(Ok)` once the
    /// SMMU has consumed its CMD_SYNC (or the queue was stopped), `Some(Err)` with the first
    /// command of the batch the SMMU rejected, `None` while it is pending. A rejected command
    /// the SMMU stopped on, anyone's, is dealt with here ([`CommandQueue::fix_error`]).
    pub fn look<H: Hal>(&mut self, hal: &H, ticket: Ticket) -> Option<Result<()>> {
        if self.stopped {
            return Some(Ok(()));
        }
        let c = self.read_cons(hal);
        if self.error_pending(hal, c) {
            return self.fix_error(hal).err().map(Err);
        }
        if self.consumed <= ticket.sync {
            return None;
        }
        hal.rmb();
        let mine = self
            .recent
            .iter()
            .flatten()
            .filter(|(at, _)| (ticket.first..=ticket.sync).contains(at))
            .min_by_key(|(at, _)| *at);
        Some(match mine {
            Some((_, r)) => Err(Error::CommandError {
                code: r.code,
                opcode: (r.command[0] & 0xff) as u8,
            }),
            None => Ok(()),
        })
    }

    /// One look for room for a batch, without waiting: `Some` once the ring has room for a
    /// command and a CMD_SYNC (or the queue was stopped). A rejected command the SMMU stopped
    /// on is dealt with here.
    pub fn has_room<H: Hal>(&mut self, hal: &H) -> Option<Result<()>> {
        if self.stopped {
            return Some(Ok(()));
        }
        let c = self.read_cons(hal);
        if self.error_pending(hal, c) {
            return self.fix_error(hal).err().map(Err);
        }
        (self.ring.free(self.prod, self.cons) >= 2).then_some(Ok(()))
    }

    /// Writes `commands`, in batches of at most [`MAX_BATCH`] each closed by a CMD_SYNC, and
    /// waits for the last CMD_SYNC ([`submit`] on a queue with one owner).
    pub fn submit<H: Hal>(&mut self, hal: &H, commands: &[CMDQ_Command]) -> Result<()> {
        submit(hal, self, commands.iter().map(|c| Ok(*c)))
    }

    /// [`CommandQueue::submit`] for commands built on the fly (nothing is collected in memory).
    /// If building one fails, the commands before it are still synced and the error returned.
    pub fn submit_all<H: Hal>(
        &mut self,
        hal: &H,
        commands: impl IntoIterator<Item = Result<CMDQ_Command>>,
    ) -> Result<()> {
        submit(hal, self, commands)
    }

    /// Writes one command and publishes it without a CMD_SYNC and without waiting for it (the
    /// caller syncs later); waits for room if the ring is full.
    pub fn issue<H: Hal>(&mut self, hal: &H, command: CMDQ_Command) -> Result<()> {
        if self.stopped {
            self.stats.discarded += 1;
            return Ok(());
        }
        if self.ring.is_full(self.prod, self.cons) {
            let timeout = self.timeout_us;
            match poll(hal, "command queue space", timeout, || self.has_room(hal)) {
                Ok(r) => r?,
                Err(e) => {
                    self.stats.timeouts += 1;
                    return Err(e);
                }
            }
        }
        self.write_slot(hal, command.encode());
        self.publish(hal);
        Ok(())
    }

    /// Appends a CMD_SYNC, publishes, and waits until the SMMU has consumed it.
    pub fn sync<H: Hal>(&mut self, hal: &H) -> Result<()> {
        self.submit(hal, &[])
    }
}

/// Writes `commands` through `queue` in batches of at most [`MAX_BATCH`], each closed by a
/// CMD_SYNC, and waits for each batch's CMD_SYNC. The queue is locked only to write a batch
/// (with a first look at CMDQ_CONS in the same hold) and for each further look; between looks `clock` waits with no lock held (each wait bounded
/// by the queue's deadline; a full ring is waited for, bounded the same way). A command that
/// cannot be built ends the submission after the batch before it completed, with its error;
/// otherwise the first command the SMMU rejected is returned as [`Error::CommandError`] after
/// every batch completed. A stopped queue returns at once.
pub fn submit<C: Clock, Q: Guarded<C, CommandQueue>>(
    clock: &C,
    queue: &mut Q,
    commands: impl IntoIterator<Item = Result<CMDQ_Command>>,
) -> Result<()> {
    let mut commands: Peekable<_> = commands.into_iter().peekable();
    let mut rejected = Ok(());
    // When this submission first found the ring full: room waits share one deadline.
    let mut full_since = None;
    loop {
        // The first look is taken in the same hold as the write: an SMMU that consumes commands
        // as CMDQ_PROD is written (an emulated one does) has already answered, and a waiter
        // then takes the lock once per batch instead of twice.
        let (inserted, first_look) = queue.with(clock, |h, q| {
            let inserted = q.insert(h, &mut commands);
            let look = match inserted {
                Inserted::Batch(ticket, _) => q.look(h, ticket),
                Inserted::Stopped | Inserted::Full { .. } => None,
            };
            (inserted, look)
        });
        let (ticket, built) = match inserted {
            Inserted::Stopped => return rejected,
            Inserted::Full { timeout_us } => {
                let since = *full_since.get_or_insert_with(|| clock.now_ns());
                let left = timeout_us.saturating_sub(clock.now_ns().saturating_sub(since) / 1000);
                let room = poll(clock, "command queue space", left, || {
                    queue.with(clock, |h, q| q.has_room(h))
                });
                match room {
                    Ok(r) => r?,
                    Err(e) => {
                        queue.with(clock, |_, q| q.stats.timeouts += 1);
                        return Err(e);
                    }
                }
                continue;
            }
            Inserted::Batch(ticket, built) => (ticket, built),
        };
        let done = match first_look {
            Some(r) => Ok(r),
            None => poll(clock, "CMD_SYNC completion", ticket.timeout_us, || {
                queue.with(clock, |h, q| q.look(h, ticket))
            }),
        };
        match done {
            Ok(Ok(())) => {}
            Ok(Err(e @ Error::CommandError { .. })) => {
                if rejected.is_ok() {
                    rejected = Err(e);
                }
            }
            Ok(Err(e)) => return Err(e),
            Err(e) => {
                queue.with(clock, |_, q| q.stats.timeouts += 1);
                return Err(e);
            }
        }
        built?;
        if commands.peek().is_none() {
            return rejected;
        }
    }
}
