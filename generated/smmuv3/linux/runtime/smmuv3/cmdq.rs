// SPDX-License-Identifier: MIT OR Apache-2.0

//! The SMMUv3 command queue (IHI 0070, 3.5 and 4.1): the core's queue engine
//! ([`queue::command`](super::super::queue::command)) over 16-byte commands with wrap-bit
//! indexes (CMDQ_PROD.WR, CMDQ_CONS.RD), closed by CMD_SYNC.
//!
//! What the architecture adds: the encoding ([`CMDQ_Command`]); CMD_SYNC as the completion
//! command, polled through CMDQ_CONS or, with [`Completion::Memory`], signalling completion by
//! an MSI write (CS = SIG_IRQ, MSIAddr at the CMD_SYNC's own slot, MSIData 0, Inner Shareable
//! Write-Back: the SMMU must implement MSIs and be coherent, IDR0.MSI and IDR0.COHACC); and
//! errors: a command the SMMU stopped on shows as CMDQ_CONS.ERR with GERROR.CMDQ_ERR active
//! (GERROR differing from GERRORN). An ATC invalidation timeout (CERROR_ATC_INV_SYNC) leaves the
//! CMD_SYNC to be retried; any other error (CERROR_ILL, CERROR_ABT, an unknown code) retires
//! the command as a CMD_SYNC. Either way GERRORN.CMDQ_ERR is toggled to acknowledge it, and the
//! SMMU resumes at CMDQ_CONS.

#[cfg(not(iommugen_test))]
use super::super::error::Result;
#[cfg(not(iommugen_test))]
use super::super::hal::Clock;
#[cfg(not(iommugen_test))]
use super::super::hal::{Hal, Registers};
#[cfg(not(iommugen_test))]
use super::super::mmio::{read, write};
#[cfg(not(iommugen_test))]
use super::super::queue::command::{self, CommandArch, Recovery, Words};
#[cfg(not(iommugen_test))]
use super::super::ring::Ring;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::spec::cmdq::{CMDQ_Command, CMD_SYNC};
#[cfg(not(iommugen_test))]
use super::spec::enums::{CmdqError, ComplSignal, MsiShareability};
#[cfg(not(iommugen_test))]
use super::spec::regs::{CMDQ_BASE, CMDQ_CONS, CMDQ_PROD, GERROR, GERRORN};

#[cfg(not(iommugen_test))]
pub(crate) use super::super::queue::command::Completion;

#[cfg(not(iommugen_test))]
/// MSIAttr of a completion MSI: Normal memory, Inner and Outer Write-Back (the MemAttr
/// encoding of the SMMU_*_IRQ_CFG2 registers).
const MSI_ATTR_WB: u8 = 0xf;

#[cfg(not(iommugen_test))]
/// The SMMUv3's command queue, as the engine sees it.
#[derive(Debug)]
pub(crate) enum Smmuv3Commands {}

#[cfg(not(iommugen_test))]
/// The command queue.
pub(crate) type CommandQueue = command::CommandQueue<Smmuv3Commands>;
#[cfg(not(iommugen_test))]
/// Counters of what the command queue did (`completions` counts CMD_SYNCs).
pub(crate) type CmdqStats = command::QueueStats;

#[cfg(not(iommugen_test))]
impl CommandArch for Smmuv3Commands {
    type Index = Ring;
    type Command = CMDQ_Command;
    type Fault = CMDQ_CONS;
    const WAIT: &'static str = "CMD_SYNC completion";
    const ROOM: &'static str = "command queue space";
    // IDR1.CMDQS is at most 19.
    const LOG2: (u32, u32) = (1, 19);
    const ALIGN: usize = 32;

    fn index(log2: u32) -> Ring {
        Ring::new(log2)
    }

    #[inline]
    fn encode(c: &CMDQ_Command) -> Words {
        c.encode()
    }

    #[inline]
    fn completion(at: Option<u64>) -> Words {
        let sync = CMD_SYNC::new();
        let Some(addr) = at else {
            return CMDQ_Command::CMD_SYNC(sync).encode();
        };
        let msi = sync
            .with_CS(ComplSignal::SIG_IRQ)
            .with_MSH(MsiShareability::InnerShareable)
            .with_MSIData(0)
            .with_MSIAttr(MSI_ATTR_WB)
            .and_then(|s| s.with_MSIAddress(addr));
        CMDQ_Command::CMD_SYNC(msi.unwrap_or(sync)).encode()
    }

    #[inline]
    fn publish<R: Registers + ?Sized>(regs: &R, prod: u32) {
        write(regs, CMDQ_PROD::from_bits(prod));
    }

    #[inline]
    fn consumer<R: Registers + ?Sized>(regs: &R) -> (u32, Option<CMDQ_CONS>) {
        let c: CMDQ_CONS = read(regs);
        if c.ERR_bits() == 0 {
            return (c.RD(), None);
        }
        let g: GERROR = read(regs);
        let n: GERRORN = read(regs);
        (c.RD(), g.active(n).CMDQ_ERR().then_some(c))
    }

    fn recovery(fault: CMDQ_CONS) -> Recovery {
        Recovery {
            code: fault.ERR_bits() as u8,
            // An ATC invalidation timed out: the CMD_SYNC itself is fine and is retried.
            replace: !matches!(fault.ERR(), Ok(CmdqError::CERROR_ATC_INV_SYNC)),
        }
    }

    fn opcode(command: &Words) -> u8 {
        (command[0] & 0xff) as u8
    }

    fn resume<H: Hal>(hal: &H, _fault: CMDQ_CONS, _prod: u32) {
        let g: GERROR = read(hal);
        let n: GERRORN = read(hal);
        if g.active(n).CMDQ_ERR() {
            write(hal, n.with_CMDQ_ERR(g.CMDQ_ERR()));
        }
    }
}

#[cfg(not(iommugen_test))]
impl CommandQueue {
    /// The CMDQ_BASE value describing this queue.
    pub(crate) fn base(&self) -> Result<CMDQ_BASE> {
        Ok(CMDQ_BASE::from_bits(0)
            .with_ADDR(self.buffer().addr)?
            .with_LOG2SIZE(self.log2size() as u8)?
            .with_RA(true))
    }

    /// Handles a command error GERROR.CMDQ_ERR reported, outside a wait (the GERROR
    /// interrupt): [`CommandQueue::recover`] with the error CMDQ_CONS holds.
    pub(crate) fn fix_error<H: Hal>(&mut self, hal: &H) {
        let cons: CMDQ_CONS = read(hal);
        self.recover(hal, cons);
    }
}

#[cfg(not(iommugen_test))]
/// Writes `commands` through `queue` in batches of at most [`MAX_BATCH`], each closed by a
/// CMD_SYNC, and waits for each batch's CMD_SYNC: the engine's
/// [`submit`](super::super::queue::command::submit).
pub(crate) fn submit<C: Clock, Q: Guarded<C, CommandQueue>>(
    clock: &C,
    queue: &mut Q,
    commands: impl IntoIterator<Item = Result<CMDQ_Command>>,
) -> Result<()> {
    command::submit(clock, queue, commands)
}
