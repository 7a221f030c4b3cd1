//! The command queue (RISC-V IOMMU 3.1, 5.5-5.6, 5.9): the core's queue engine
//! ([`queue::command`](super::super::queue::command)) over 16-byte commands with head/tail
//! indexes (software's tail `cqt`, the IOMMU's head `cqh`), closed by IOFENCE.C, enabled through
//! `cqcsr` with the `cqen`/`cqon`/`busy` handshake.
//!
//! Completion: `cqh` polled past the IOFENCE.C or, with [`Completion::Memory`], the IOFENCE.C's
//! own write (AV = 1, DATA 0, ADDR its own slot). Errors the IOMMU reports in `cqcsr` stop the
//! queue at `cqh`, and are recovered from there:
//! - `cmd_ill` (an illegal command): the command is replaced by an IOFENCE.C;
//! - `cmd_to` (a command timed out) and `cqmf` (a memory fault reading the queue): the IOMMU
//!   runs the command again;
//!
//! in each case the bit is cleared, `cqt` written again so the queue goes on, and the submitter
//! whose batch held the command gets [`Error::CommandError`]. A queue that makes no progress
//! within the deadline is turned off and on again (which resets `cqh`, 5.6), and the submitter
//! gets [`Error::Timeout`].
//!
//! For [`Error::CommandError`] the `code` is the bit of `cqcsr` that reported it (8: `cqmf`,
//! 9: `cmd_to`, 10: `cmd_ill`) and the `opcode` the command's.

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal, Registers};
use super::super::mmio::{read, write};
use super::super::poll::poll;
use super::super::queue::command::{self, CommandArch, Recovery, Words};
use super::super::ring::HeadTail;
use super::spec::cq::IOFENCE_C;
use super::spec::regs::{cqb, cqcsr, cqh, cqt};

pub use super::super::queue::command::Completion;

/// How long a batch may take, in microseconds.
pub const TIMEOUT_US: u64 = command::TIMEOUT_US;
/// How long the `cqon` and `busy` handshakes may take, in microseconds.
pub const HANDSHAKE_US: u64 = 100_000;

/// `cqcsr` bit numbers of the errors, as [`Error::CommandError`] reports them.
pub const CQMF: u8 = 8;
/// `cqcsr.cmd_to`.
pub const CMD_TO: u8 = 9;
/// `cqcsr.cmd_ill`.
pub const CMD_ILL: u8 = 10;

/// A 16-byte command.
pub type Command = Words;

/// The RISC-V IOMMU's command queue, as the engine sees it.
#[derive(Debug)]
pub enum RiscvCommands {}

/// The command queue.
pub type CommandQueue = command::CommandQueue<RiscvCommands>;
/// What the command queue has done (`completions` counts IOFENCE.Cs, `errors` the commands
/// the IOMMU stopped on, `restarts` the queue restarts).
pub type CqStats = command::QueueStats;

impl CommandArch for RiscvCommands {
    type Index = HeadTail;
    type Command = Command;
    type Fault = cqcsr;
    const WAIT: &'static str = "IOFENCE.C completion (cqh)";
    const ROOM: &'static str = "command queue space (cqh)";
    // cqb.LOG2SZ-1 is 5 bits; one slot stays free and one is the fence, so at least 4.
    const LOG2: (u32, u32) = (2, 20);
    const ALIGN: usize = 4096;

    fn index(log2: u32) -> HeadTail {
        HeadTail::new(log2)
    }

    #[inline]
    fn encode(c: &Command) -> Words {
        *c
    }

    #[inline]
    fn completion(at: Option<u64>) -> Words {
        let fence = IOFENCE_C::new();
        let Some(addr) = at else {
            return fence.0;
        };
        fence
            .with_AV(true)
            .with_DATA(0)
            .with_ADDR(addr)
            .unwrap_or(fence)
            .0
    }

    #[inline]
    fn publish<R: Registers + ?Sized>(regs: &R, prod: u32) {
        write(regs, cqt::from_bits(0).with_index(prod));
    }

    #[inline]
    fn consumer<R: Registers + ?Sized>(regs: &R) -> (u32, Option<cqcsr>) {
        let csr: cqcsr = read(regs);
        let fault = (csr.cmd_ill() || csr.cmd_to() || csr.cqmf()).then_some(csr);
        (read::<R, cqh>(regs).index(), fault)
    }

    fn recovery(csr: cqcsr) -> Recovery {
        let code = if csr.cmd_ill() {
            CMD_ILL
        } else if csr.cmd_to() {
            CMD_TO
        } else {
            CQMF
        };
        Recovery {
            code,
            replace: csr.cmd_ill(),
        }
    }

    fn opcode(command: &Words) -> u8 {
        (command[0] & 0x7f) as u8
    }

    fn resume<H: Hal>(hal: &H, csr: cqcsr, prod: u32) {
        let on = cqcsr::from_bits(0).with_cqen(true);
        let clear = if csr.cmd_ill() {
            on.clear_cmd_ill()
        } else if csr.cmd_to() {
            on.clear_cmd_to()
        } else {
            on.clear_cqmf()
        };
        write(hal, clear);
        // The queue resumes at cqh once software writes cqt again.
        write(hal, cqt::from_bits(0).with_index(prod));
    }

    fn restart<H: Hal>(hal: &H, buf: &DmaBuf, log2: u32) -> Result<bool> {
        set_csr(hal, cqcsr::from_bits(0), "cqcsr.cqon off")?;
        start(hal, buf, log2)?;
        Ok(true)
    }
}

impl CommandQueue {
    /// Points `cqb` at the queue and turns it on (`cqt` = 0; the IOMMU resets `cqh`).
    pub fn enable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        self.reset_indexes(hal);
        start(hal, &self.buffer(), self.log2size())
    }

    /// Turns the queue off (`cqen` = 0, waiting for `cqon` = 0).
    pub fn disable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        set_csr(hal, cqcsr::from_bits(0), "cqcsr.cqon off")
    }
}

/// Programs `cqb` for the queue in `buf`, `cqt` = 0, and turns the queue on.
fn start<H: Hal>(hal: &H, buf: &DmaBuf, log2: u32) -> Result<()> {
    let log2sz_1 = u8::try_from(log2 - 1).map_err(|_| Error::InvalidArgument {
        what: "command queue size",
    })?;
    write(
        hal,
        cqb::from_bits(0)
            .with_LOG2SZ_1(log2sz_1)?
            .with_PPN(buf.addr)?,
    );
    write(hal, cqt::from_bits(0));
    set_csr(hal, cqcsr::from_bits(0).with_cqen(true), "cqcsr.cqon")
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
