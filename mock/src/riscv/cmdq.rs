//! The command queue (RISC-V IOMMU 3.1): what each command does, over the engine's
//! head/tail queue consumer. IOFENCE.C writes its DATA to ADDR when AV = 1 (earlier commands
//! have completed by then: commands run in order); IODIR.INVAL_DDT drops one device context
//! (DV = 1, with its process contexts) or all of them; IODIR.INVAL_PDT drops one process
//! context;
//! IOTINVAL.VMA and IOTINVAL.GVMA drop IOTLB entries by GSCID, PSCID and address. A command
//! that does not decode (reserved opcode or function, reserved bits set) sets cqcsr.cmd_ill;
//! a fetch outside RAM sets cqmf; an injected timeout sets cmd_to; each stops the queue at
//! the command until software clears the bit. A stalled queue (injected) consumes nothing.

use super::spec::cq::{CqCommand, IotinvalGvma, IotinvalVma};
use super::spec::regs::{Cqb, Cqcsr, Cqh, Cqt};
use super::spec::support::Register;
use super::Model;
use crate::engine::queue::{self, Consumer, Protocol, Ring, Step};

/// Why the queue stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CqError {
    /// The command could not be read (cqmf).
    Fetch,
    /// The command is illegal (cmd_ill).
    Illegal,
    /// The command timed out (cmd_to; injected).
    Timeout,
}

/// The ring cqb describes: 2^(LOG2SZ-1 + 1) 16-byte commands at PPN.
pub(crate) fn ring(cqb: Cqb) -> Ring {
    Ring {
        base: cqb.ppn(),
        log2: u32::from(cqb.log2sz_1()) + 1,
        entry_bytes: super::spec::cq::RECORD_BYTES as u64,
        protocol: Protocol::HeadTail,
    }
}

struct Cq<'a>(&'a mut Model);

impl Consumer for Cq<'_> {
    type Error = CqError;

    fn stopped(&mut self) -> bool {
        let c = self.0.reg::<Cqcsr>();
        !c.cqon() || c.cmd_ill() || c.cqmf() || c.cmd_to() || self.0.arch.cq_stalled
    }

    fn indexes(&mut self) -> (u32, u32) {
        (
            self.0.reg::<Cqt>().to_raw() as u32,
            self.0.reg::<Cqh>().to_raw() as u32,
        )
    }

    fn fetch(&mut self, addr: u64, words: usize) -> Result<Vec<u64>, CqError> {
        self.0
            .dev_read_words(addr, words, "command queue")
            .ok_or(CqError::Fetch)
    }

    fn execute(&mut self, entry: &[u64]) -> Result<Step, CqError> {
        if core::mem::take(&mut self.0.arch.cq_timeout) {
            return Err(CqError::Timeout);
        }
        let raw = [entry[0], entry[1]];
        match CqCommand::decode(&raw).map_err(|_| CqError::Illegal)? {
            CqCommand::IofenceC(f) => {
                if f.av() && !self.0.mem.write_u32(f.addr(), f.data()) {
                    return Err(CqError::Fetch);
                }
            }
            CqCommand::IodirInvalDdt(c) => {
                if c.dv() {
                    let did = c.did();
                    self.0.arch.dcs.remove(&did);
                    self.0.arch.pcs.retain(|k| k.0 != did);
                } else {
                    self.0.arch.dcs.clear();
                    self.0.arch.pcs.clear();
                }
            }
            CqCommand::IodirInvalPdt(c) => {
                if c.dv() {
                    self.0.arch.pcs.remove(&(c.did(), c.pid()));
                }
            }
            CqCommand::IotinvalVma(c) => iotinval_vma(self.0, c),
            CqCommand::IotinvalGvma(c) => iotinval_gvma(self.0, c),
            // ATS.INVAL and ATS.PRGR go to devices with ATS, which the model has none of.
            CqCommand::AtsInval(_) | CqCommand::AtsPrgr(_) => {}
        }
        Ok(Step::Consumed)
    }

    fn advance(&mut self, cons: u32) {
        self.0.set_reg(Cqh::from_raw(u64::from(cons)));
    }

    fn error(&mut self, error: CqError) {
        let bit = match error {
            CqError::Fetch => Cqcsr::from_raw(0).clear_cqmf(),
            CqError::Illegal => Cqcsr::from_raw(0).clear_cmd_ill(),
            CqError::Timeout => Cqcsr::from_raw(0).clear_cmd_to(),
        };
        self.0.raise_bits::<Cqcsr>(u64::from(bit.bits()));
    }
}

/// IOTINVAL.VMA: first-stage translations, of the address space GSCID (GV = 1) or of those
/// without G-stage (GV = 0), of PSCID (PSCV = 1), at ADDR (AV = 1).
fn iotinval_vma(e: &mut Model, c: IotinvalVma) {
    let (gv, gscid, pscv, pscid) = (c.gv(), c.gscid(), c.pscv(), c.pscid());
    let range = c.av().then(|| (c.addr(), c.addr() + 0x1000));
    e.arch.tlb.invalidate(range, |l| {
        l.pscid.is_some()
            && (if gv {
                l.gscid == Some(gscid)
            } else {
                l.gscid.is_none()
            })
            && (!pscv || l.pscid == Some(pscid))
    });
}

/// IOTINVAL.GVMA: translations through a G-stage, of GSCID (GV = 1) or all of them; with
/// AV = 1 only the G-stage-only translations of that guest-physical address (a first-stage
/// translation's guest-physical address is not its tag, so every one of the GSCID goes).
fn iotinval_gvma(e: &mut Model, c: IotinvalGvma) {
    let (gv, gscid) = (c.gv(), c.gscid());
    let hit = |l: &super::translate::Line| l.gscid.is_some() && (!gv || l.gscid == Some(gscid));
    if c.av() {
        let a = c.addr();
        e.arch
            .tlb
            .invalidate(Some((a, a + 0x1000)), |l| hit(l) && l.pscid.is_none());
        e.arch.tlb.invalidate(None, |l| hit(l) && l.pscid.is_some());
    } else {
        e.arch.tlb.invalidate(None, hit);
    }
}

/// Runs the queue: commands from cqh up to cqt, unless it is off or stopped.
pub(crate) fn process(e: &mut Model) {
    let r = ring(e.reg::<Cqb>());
    queue::consume(&mut Cq(e), &r);
}
