//! The command queue (RISC-V IOMMU 3.1): what each command does, over the engine's
//! head/tail queue consumer. IOFENCE.C writes its DATA to ADDR when AV = 1 (earlier commands
//! have completed by then: commands run in order); IODIR.INVAL_DDT drops one device context
//! (DV = 1, with its process contexts) or all of them; IODIR.INVAL_PDT drops one process
//! context;
//! IOTINVAL.VMA and IOTINVAL.GVMA drop IOTLB entries by GSCID, PSCID and address. A command
//! that does not decode (reserved opcode or function, reserved bits set) sets cqcsr.cmd_ill;
//! a fetch outside RAM sets cqmf; an injected timeout sets cmd_to; each stops the queue at
//! the command until software clears the bit. A stalled queue (injected) consumes nothing.

use super::spec::cq::{CQ_Command, IOTINVAL_GVMA, IOTINVAL_VMA};
use super::spec::regs::{cqb, cqcsr, cqh, cqt};
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
pub(crate) fn ring(cqb: cqb) -> Ring {
    Ring {
        base: cqb.PPN(),
        log2: u32::from(cqb.LOG2SZ_1()) + 1,
        entry_bytes: super::spec::cq::RECORD_BYTES as u64,
        protocol: Protocol::HeadTail,
    }
}

struct Cq<'a>(&'a mut Model);

impl Consumer for Cq<'_> {
    type Error = CqError;

    fn stopped(&mut self) -> bool {
        let c = self.0.reg::<cqcsr>();
        !c.cqon() || c.cmd_ill() || c.cqmf() || c.cmd_to() || self.0.arch.cq_stalled
    }

    fn indexes(&mut self) -> (u32, u32) {
        (
            self.0.reg::<cqt>().to_raw() as u32,
            self.0.reg::<cqh>().to_raw() as u32,
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
        match CQ_Command::decode(&raw).map_err(|_| CqError::Illegal)? {
            CQ_Command::IOFENCE_C(f) => {
                if f.AV() && !self.0.mem.write_u32(f.ADDR(), f.DATA()) {
                    return Err(CqError::Fetch);
                }
            }
            CQ_Command::IODIR_INVAL_DDT(c) => {
                if c.DV() {
                    let did = c.DID();
                    self.0.arch.dcs.remove(&did);
                    self.0.arch.pcs.retain(|k| k.0 != did);
                } else {
                    self.0.arch.dcs.clear();
                    self.0.arch.pcs.clear();
                }
            }
            CQ_Command::IODIR_INVAL_PDT(c) => {
                if c.DV() {
                    self.0.arch.pcs.remove(&(c.DID(), c.PID()));
                }
            }
            CQ_Command::IOTINVAL_VMA(c) => iotinval_vma(self.0, c),
            CQ_Command::IOTINVAL_GVMA(c) => iotinval_gvma(self.0, c),
            // ATS.INVAL and ATS.PRGR go to devices with ATS, which the model has none of.
            CQ_Command::ATS_INVAL(_) | CQ_Command::ATS_PRGR(_) => {}
        }
        Ok(Step::Consumed)
    }

    fn advance(&mut self, cons: u32) {
        self.0.set_reg(cqh::from_raw(u64::from(cons)));
    }

    fn error(&mut self, error: CqError) {
        let bit = match error {
            CqError::Fetch => cqcsr::from_raw(0).clear_cqmf(),
            CqError::Illegal => cqcsr::from_raw(0).clear_cmd_ill(),
            CqError::Timeout => cqcsr::from_raw(0).clear_cmd_to(),
        };
        self.0.raise_bits::<cqcsr>(u64::from(bit.bits()));
    }
}

/// IOTINVAL.VMA: first-stage translations, of the address space GSCID (GV = 1) or of those
/// without G-stage (GV = 0), of PSCID (PSCV = 1), at ADDR (AV = 1).
fn iotinval_vma(e: &mut Model, c: IOTINVAL_VMA) {
    let (gv, gscid, pscv, pscid) = (c.GV(), c.GSCID(), c.PSCV(), c.PSCID());
    let range = c.AV().then(|| (c.ADDR(), c.ADDR() + 0x1000));
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
fn iotinval_gvma(e: &mut Model, c: IOTINVAL_GVMA) {
    let (gv, gscid) = (c.GV(), c.GSCID());
    let hit = |l: &super::translate::Line| l.gscid.is_some() && (!gv || l.gscid == Some(gscid));
    if c.AV() {
        let a = c.ADDR();
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
    let r = ring(e.reg::<cqb>());
    queue::consume(&mut Cq(e), &r);
}
