//! The command queue: a ring of 16-byte commands in DMA memory. Commands are written at the
//! producer index, published with one CMDQ_PROD write per batch, and completed with a CMD_SYNC
//! whose consumption is polled on CMDQ_CONS with a deadline. A rejected command (CMDQ_CONS.ERR,
//! GERROR.CMDQ_ERR) is replaced by a CMD_SYNC, reported, and the queue goes on.

use super::error::{Error, Result};
use super::hal::{DmaBuf, Hal};
use super::mmio::{read, write};
use super::poll::poll;
use super::ring::Ring;
use super::spec::cmdq::{CmdSync, CmdqCommand};
use super::spec::enums::CmdqError;
use super::spec::regs::{CmdqBase, CmdqCons, CmdqProd, Gerror, Gerrorn};

/// Most commands published before a CMD_SYNC.
pub const MAX_BATCH: usize = 64;
/// Default deadline for a CMD_SYNC, in microseconds (1 s, as Linux).
pub const SYNC_TIMEOUT_US: u64 = 1_000_000;
/// Rejections kept between two [`CommandQueue::take_rejected`] calls; later ones are counted.
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

/// The command queue and its shadow indexes.
pub struct CommandQueue {
    buf: DmaBuf,
    ring: Ring,
    /// Next position software writes (shadow of CMDQ_PROD).
    prod: u32,
    /// Last CMDQ_CONS.RD read.
    cons: u32,
    /// Deadline for each wait, in microseconds.
    pub timeout_us: u64,
    /// Counters.
    pub stats: CmdqStats,
    /// Commands rejected since the last [`CommandQueue::take_rejected`].
    rejected: Rejections,
    /// The first rejection since [`CommandQueue::submit`] began.
    first_rejected: Option<Rejected>,
    /// Set by [`CommandQueue::stop`]: the SMMU no longer consumes commands.
    stopped: bool,
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
            timeout_us: SYNC_TIMEOUT_US,
            stats: CmdqStats::default(),
            rejected: Rejections::default(),
            first_rejected: None,
            stopped: false,
        })
    }

    /// The CMDQ_BASE value describing this queue.
    pub fn base(&self) -> Result<CmdqBase> {
        Ok(CmdqBase::from_bits(0)
            .with_addr(self.buf.addr)?
            .with_log2size(self.ring.log2size() as u8)?
            .with_ra(true))
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
    }

    /// Marks the queue stopped: the SMMU was disabled (CR0.CMDQEN = 0 and SMMUEN = 0 acknowledged),
    /// so it consumes no command and nothing waiting on it could complete. From then on every
    /// submission returns at once with nothing written (counted in `discarded`). Nothing is lost:
    /// with SMMUEN = 0 nothing is translated, and enabling the SMMU again starts with a reset
    /// that invalidates every cached configuration and translation.
    pub fn stop(&mut self) {
        self.stopped = true;
    }

    /// Whether [`CommandQueue::stop`] was called.
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// Frees the queue's memory.
    pub fn free<H: Hal>(self, hal: &H) {
        hal.dma_free(self.buf);
    }

    /// Commands the SMMU rejected since the last call.
    pub fn take_rejected(&mut self) -> Rejections {
        core::mem::take(&mut self.rejected)
    }

    fn read_cons<H: Hal>(&mut self, hal: &H) -> CmdqCons {
        let c: CmdqCons = read(hal);
        self.cons = c.rd() & ((self.ring.slots() << 1) - 1);
        c
    }

    /// Writes one command at the producer position, waiting for space if the ring is full.
    fn push<H: Hal>(&mut self, hal: &H, words: [u64; 2]) -> Result<()> {
        if self.ring.is_full(self.prod, self.cons) {
            // Publish what is written so far, then wait for the SMMU to make room.
            self.publish(hal);
            let ring = self.ring;
            let prod = self.prod;
            let timeout = self.timeout_us;
            let r = poll(hal, "command queue space", timeout, || {
                let c = self.read_cons(hal);
                if self.error_pending(hal, c) {
                    return Some(Err(()));
                }
                (!ring.is_full(prod, self.cons)).then_some(Ok(()))
            });
            match r {
                Ok(Ok(())) => {}
                Ok(Err(())) => self.fix_error(hal)?,
                Err(e) => {
                    self.stats.timeouts += 1;
                    return Err(e);
                }
            }
            if self.ring.is_full(self.prod, self.cons) {
                return Err(Error::Busy {
                    what: "command queue full",
                });
            }
        }
        let slot = self.ring.index(self.prod) as usize;
        hal.dma_write(&self.buf, slot * 2, words[0]);
        hal.dma_write(&self.buf, slot * 2 + 1, words[1]);
        self.prod = self.ring.advance(self.prod, 1);
        self.stats.commands += 1;
        Ok(())
    }

    /// Makes the written commands visible and tells the SMMU about them.
    fn publish<H: Hal>(&mut self, hal: &H) {
        hal.wmb();
        write(hal, CmdqProd::from_bits(self.prod));
        self.stats.publishes += 1;
    }

    /// Whether the SMMU has stopped on a rejected command.
    fn error_pending<H: Hal>(&self, hal: &H, cons: CmdqCons) -> bool {
        if cons.err_bits() == 0 {
            return false;
        }
        let g: Gerror = read(hal);
        let n: Gerrorn = read(hal);
        g.active(n).cmdq_err()
    }

    /// Handles a rejected command: records it, replaces it with a CMD_SYNC (which the SMMU
    /// re-reads) and acknowledges GERROR.CMDQ_ERR so consumption resumes.
    pub fn fix_error<H: Hal>(&mut self, hal: &H) -> Result<()> {
        let cons = self.read_cons(hal);
        let code = cons.err_bits() as u8;
        let slot = self.ring.index(self.cons) as usize;
        let bad = [
            hal.dma_read(&self.buf, slot * 2),
            hal.dma_read(&self.buf, slot * 2 + 1),
        ];
        self.stats.errors += 1;
        let r = Rejected { code, command: bad };
        self.rejected.record(r);
        self.first_rejected.get_or_insert(r);
        match cons.err() {
            // An ATC invalidation timed out: the CMD_SYNC itself is fine and is retried.
            Ok(CmdqError::CerrorAtcInvSync) => {}
            // An illegal command, a fetch abort, or an unknown code: retire it as a CMD_SYNC.
            _ => {
                let sync = CmdqCommand::Sync(CmdSync::new()).encode();
                hal.dma_write(&self.buf, slot * 2, sync[0]);
                hal.dma_write(&self.buf, slot * 2 + 1, sync[1]);
                hal.wmb();
            }
        }
        let g: Gerror = read(hal);
        let n: Gerrorn = read(hal);
        if g.active(n).cmdq_err() {
            write(hal, n.with_cmdq_err(g.cmdq_err()));
        }
        Ok(())
    }

    /// Writes `commands`, in batches of at most [`MAX_BATCH`] each closed by a CMD_SYNC, and
    /// waits for the last CMD_SYNC. Rejected commands are replaced and the queue continues;
    /// the call then returns the first rejection as [`Error::CommandError`].
    pub fn submit<H: Hal>(&mut self, hal: &H, commands: &[CmdqCommand]) -> Result<()> {
        self.submit_all(hal, commands.iter().map(|c| Ok(*c)))
    }

    /// [`CommandQueue::submit`] for commands built on the fly (nothing is collected in memory).
    /// If building one fails, the commands before it are still synced and the error returned.
    pub fn submit_all<H: Hal>(
        &mut self,
        hal: &H,
        commands: impl IntoIterator<Item = Result<CmdqCommand>>,
    ) -> Result<()> {
        if self.stopped {
            self.stats.discarded += 1;
            return Ok(());
        }
        self.first_rejected = None;
        let batch = MAX_BATCH.min(self.ring.slots() as usize - 1).max(1);
        let (mut pending, mut total, mut built) = (0usize, 0usize, Ok(()));
        for c in commands {
            let c = match c {
                Ok(c) => c,
                Err(e) => {
                    built = Err(e);
                    break;
                }
            };
            self.push(hal, c.encode())?;
            pending += 1;
            total += 1;
            if pending == batch {
                self.sync(hal)?;
                pending = 0;
            }
        }
        // A final CMD_SYNC for the rest (or for nothing: an empty submission is a barrier).
        if pending > 0 || (total == 0 && built.is_ok()) {
            self.sync(hal)?;
        }
        built?;
        match self.first_rejected.take() {
            Some(r) => Err(Error::CommandError {
                code: r.code,
                opcode: (r.command[0] & 0xff) as u8,
            }),
            None => Ok(()),
        }
    }

    /// Writes one command and publishes it without waiting (the caller syncs later).
    pub fn issue<H: Hal>(&mut self, hal: &H, command: CmdqCommand) -> Result<()> {
        if self.stopped {
            self.stats.discarded += 1;
            return Ok(());
        }
        self.push(hal, command.encode())?;
        self.publish(hal);
        Ok(())
    }

    /// Appends a CMD_SYNC, publishes, and waits until the SMMU has consumed it.
    pub fn sync<H: Hal>(&mut self, hal: &H) -> Result<()> {
        if self.stopped {
            self.stats.discarded += 1;
            return Ok(());
        }
        self.push(hal, CmdqCommand::Sync(CmdSync::new()).encode())?;
        let at = self.ring.advance(self.prod, (self.ring.slots() << 1) - 1); // the SYNC's position
        self.stats.syncs += 1;
        self.publish(hal);
        let prod = self.prod;
        let ring = self.ring;
        let timeout = self.timeout_us;
        // Bounded: each error fix lets the SMMU move at least one command further.
        for _ in 0..=ring.slots() {
            let r = poll(hal, "CMD_SYNC completion", timeout, || {
                let c = self.read_cons(hal);
                if self.error_pending(hal, c) {
                    return Some(false);
                }
                ring.consumed(at, self.cons, prod).then_some(true)
            });
            match r {
                Ok(true) => {
                    hal.rmb();
                    return Ok(());
                }
                Ok(false) => self.fix_error(hal)?,
                Err(e) => {
                    self.stats.timeouts += 1;
                    return Err(e);
                }
            }
        }
        Err(Error::Corrupt {
            what: "command queue keeps failing",
        })
    }
}
