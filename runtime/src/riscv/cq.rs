//! The command queue (RISC-V IOMMU 3.1, 5.5-5.6, 5.9): a ring of 16-byte commands in memory,
//! software's tail `cqt`, the IOMMU's head `cqh`, enabled through `cqcsr` with the
//! `cqen`/`cqon`/`busy` handshake.
//!
//! Every batch ends with an IOFENCE.C; the batch is complete when `cqh` has passed it (polled,
//! bounded by [`TIMEOUT_US`]). Errors the IOMMU reports in `cqcsr` are recovered from there:
//! - `cmd_ill` (an illegal command stops the queue at it): the command is replaced by an
//!   IOFENCE.C, `cmd_ill` cleared and `cqt` written again, so the queue goes on; the submitter
//!   whose batch held it gets [`Error::CommandError`];
//! - `cmd_to` (a command timed out) and `cqmf` (a memory fault reading the queue): the bit is
//!   cleared, `cqt` written again, and the submitter gets the error;
//! - no progress within the deadline: the queue is turned off and on again (which resets
//!   `cqh`, 5.6), and the submitter gets [`Error::Timeout`].
//!
//! For [`Error::CommandError`] the `code` is the bit of `cqcsr` that reported it (8: `cqmf`,
//! 9: `cmd_to`, 10: `cmd_ill`) and the `opcode` the command's.

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::mmio::{read, write};
use super::super::poll::poll;
use super::spec::cq::IOFENCE_C;
use super::spec::regs::{cqb, cqcsr, cqh, cqt};

/// How long a batch may take, in microseconds.
pub const TIMEOUT_US: u64 = 1_000_000;
/// How long the `cqon` and `busy` handshakes may take, in microseconds.
pub const HANDSHAKE_US: u64 = 100_000;

/// `cqcsr` bit numbers of the errors, as [`Error::CommandError`] reports them.
pub const CQMF: u8 = 8;
/// `cqcsr.cmd_to`.
pub const CMD_TO: u8 = 9;
/// `cqcsr.cmd_ill`.
pub const CMD_ILL: u8 = 10;

/// A 16-byte command.
pub type Command = [u64; 2];

/// What the command queue has done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CqStats {
    /// Commands written, fences included.
    pub commands: u64,
    /// Batches completed (IOFENCE.C waited for).
    pub batches: u64,
    /// Illegal commands replaced.
    pub illegal: u64,
    /// Command timeouts and memory faults cleared.
    pub errors: u64,
    /// Times the queue was restarted after it made no progress.
    pub restarts: u64,
}

/// The command queue: its memory and software's tail.
#[derive(Debug)]
pub struct CommandQueue {
    buf: DmaBuf,
    log2: u32,
    tail: u32,
    /// What it has done.
    pub stats: CqStats,
}

impl CommandQueue {
    /// A queue of `2^log2` commands (`log2` from 1 to 16... as `cqb.LOG2SZ-1` allows).
    pub fn new<H: Hal>(hal: &H, log2: u32) -> Result<Self> {
        if !(1..=20).contains(&log2) {
            return Err(Error::InvalidArgument {
                what: "command queue size (log2 from 1 to 20)",
            });
        }
        let bytes = 16usize << log2;
        let buf = hal.dma_alloc(bytes, bytes.max(4096))?;
        Ok(CommandQueue {
            buf,
            log2,
            tail: 0,
            stats: CqStats::default(),
        })
    }

    fn entries(&self) -> u32 {
        1 << self.log2
    }

    /// Points `cqb` at the queue and turns it on (`cqt` = 0; the IOMMU resets `cqh`).
    pub fn enable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        let log2sz_1 = u8::try_from(self.log2 - 1).map_err(|_| Error::InvalidArgument {
            what: "command queue size",
        })?;
        write(
            hal,
            cqb::from_bits(0)
                .with_LOG2SZ_1(log2sz_1)?
                .with_PPN(self.buf.addr)?,
        );
        self.tail = 0;
        write(hal, cqt::from_bits(0));
        set_csr(hal, cqcsr::from_bits(0).with_cqen(true), "cqcsr.cqon")
    }

    /// Turns the queue off (`cqen` = 0, waiting for `cqon` = 0).
    pub fn disable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        set_csr(hal, cqcsr::from_bits(0), "cqcsr.cqon off")
    }

    /// Frees the queue's memory (after [`CommandQueue::disable`]).
    pub fn free<H: Hal>(self, hal: &H) {
        hal.dma_free(self.buf);
    }

    fn head<H: Hal>(&self, hal: &H) -> u32 {
        read::<H, cqh>(hal).index() & (self.entries() - 1)
    }

    fn put<H: Hal>(&mut self, hal: &H, cmd: &Command) {
        let slot = (self.tail as usize) * 2;
        hal.dma_write(&self.buf, slot, cmd[0]);
        hal.dma_write(&self.buf, slot + 1, cmd[1]);
        self.tail = (self.tail + 1) & (self.entries() - 1);
        self.stats.commands += 1;
    }

    /// Runs `cmds` and an IOFENCE.C, in batches as the queue has room, and waits until the
    /// IOMMU has completed them. An error is reported after the queue has recovered from it,
    /// so the next submission runs.
    pub fn submit<H: Hal>(&mut self, hal: &H, cmds: &[Command]) -> Result<()> {
        // One slot stays empty (head == tail means empty), one is the fence.
        let room = (self.entries() - 2) as usize;
        let mut first_error = None;
        let mut chunks = cmds.chunks(room.max(1));
        loop {
            let chunk = chunks.next().unwrap_or(&[]);
            for c in chunk {
                self.put(hal, c);
            }
            self.put(hal, &IOFENCE_C::new().0);
            hal.wmb();
            write(hal, cqt::from_bits(0).with_index(self.tail));
            if let Err(e) = self.wait(hal) {
                first_error.get_or_insert(e);
            }
            if chunks.len() == 0 {
                break;
            }
        }
        self.stats.batches += 1;
        first_error.map_or(Ok(()), Err)
    }

    /// Waits until `cqh` reaches the tail, recovering from every error on the way: at most
    /// one recovery per slot, then (or when the deadline passes with no progress) the queue is
    /// restarted, dropping what it had not run.
    fn wait<H: Hal>(&mut self, hal: &H) -> Result<()> {
        let mut error = None;
        for _ in 0..=self.entries() {
            let res = poll(hal, "IOFENCE.C completion (cqh)", TIMEOUT_US, || {
                let csr: cqcsr = read(hal);
                if csr.cmd_ill() || csr.cmd_to() || csr.cqmf() {
                    return Some(Some(csr));
                }
                (self.head(hal) == self.tail).then_some(None)
            });
            match res {
                Ok(None) => return error.map_or(Ok(()), Err),
                Ok(Some(csr)) => {
                    let e = self.recover(hal, csr);
                    error.get_or_insert(e);
                }
                Err(timeout) => {
                    self.restart(hal)?;
                    return Err(error.unwrap_or(timeout));
                }
            }
        }
        self.restart(hal)?;
        Err(error.unwrap_or(Error::Corrupt {
            what: "command queue: errors on every slot",
        }))
    }

    /// Turns the queue off and on again: the IOMMU resets `cqh` and software's tail is 0.
    fn restart<H: Hal>(&mut self, hal: &H) -> Result<()> {
        self.stats.restarts += 1;
        self.disable(hal)?;
        self.enable(hal)
    }

    /// Clears the error `csr` reports (replacing an illegal command by an IOFENCE.C first),
    /// restarts the queue at its head, and returns the error for the submitter.
    fn recover<H: Hal>(&mut self, hal: &H, csr: cqcsr) -> Error {
        let head = self.head(hal) as usize;
        let opcode = (hal.dma_read(&self.buf, head * 2) & 0x7f) as u8;
        let (clear, code) = if csr.cmd_ill() {
            self.stats.illegal += 1;
            let fence = IOFENCE_C::new().0;
            hal.dma_write(&self.buf, head * 2, fence[0]);
            hal.dma_write(&self.buf, head * 2 + 1, fence[1]);
            hal.wmb();
            (cqcsr::from_bits(0).with_cqen(true).clear_cmd_ill(), CMD_ILL)
        } else if csr.cmd_to() {
            self.stats.errors += 1;
            (cqcsr::from_bits(0).with_cqen(true).clear_cmd_to(), CMD_TO)
        } else {
            self.stats.errors += 1;
            (cqcsr::from_bits(0).with_cqen(true).clear_cqmf(), CQMF)
        };
        write(hal, clear);
        // The queue resumes at cqh once software writes cqt again.
        write(hal, cqt::from_bits(0).with_index(self.tail));
        Error::CommandError { code, opcode }
    }
}

/// Writes `cqcsr` and waits until `cqon` follows `cqen` and `busy` is clear.
fn set_csr<H: Hal>(hal: &H, value: cqcsr, what: &'static str) -> Result<()> {
    poll(hal, "cqcsr.busy", HANDSHAKE_US, || {
        (!read::<H, cqcsr>(hal).busy()).then_some(())
    })?;
    write(hal, value);
    poll(hal, what, HANDSHAKE_US, || {
        read::<H, cqcsr>(hal).settled(value).then_some(())
    })
}
