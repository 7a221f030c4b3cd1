//! The process directory (RISC-V IOMMU 2.2, 2.3.2): a device context with PDTV = 1 points
//! (DC.fsc) at a PD8, PD17 or PD20 directory of process contexts, split as the generated
//! `directories::pdt` layouts say and walked by the engine's walker. A transaction with a
//! process ID uses that process's context; one without uses process 0 when DC.DPE = 1 and no
//! first stage otherwise. A process context stays in the cache until IODIR.INVAL_PDT for it,
//! IODIR.INVAL_DDT for its device, or a ddtp write. Directories read through a G-stage
//! (iohgatp not Bare) are not modelled: such a context is reported as misconfigured.

use super::spec::directories::pdt::PC;
use super::spec::directories::DirLayout;
use super::spec::entries::{Dc, Pc, Pdte};
use super::spec::enums::{DcFscMode, FaultCause, IohgatpMode, IosatpMode};
use super::spec::fq::Fault;
use super::{fq, Cause, Model};
use crate::engine::dma::{Term, Txn};
use crate::engine::walk::{self, Level, Step, TableFormat};

type Fail = Term<Fault, Cause>;

struct PdtWalk<'a> {
    e: &'a mut Model,
    layout: &'static DirLayout,
    did: u32,
    pid: u32,
    txn: Txn,
    at: u64,
}

impl PdtWalk<'_> {
    fn fail(&self, cause: FaultCause) -> Fail {
        fq::fault(cause, self.did, Some(self.pid), &self.txn, 0)
    }
}

impl TableFormat for PdtWalk<'_> {
    type Leaf = Pc;
    type Fault = Fail;

    fn level(&self, i: usize) -> Option<Level> {
        self.layout.levels.get(i).map(|l| Level {
            level: (self.layout.levels.len() - 1 - i) as u32,
            index_lsb: l.index_lsb,
            index_bits: l.index_msb - l.index_lsb + 1,
            span: 1u64 << l.index_lsb,
            entry_bytes: u64::from(l.entry_bytes),
            last: l.leaf,
            block: false,
        })
    }

    fn exhausted(&self) -> Fail {
        self.fail(FaultCause::PdtEntryMisconfigured)
    }

    fn read(&mut self, addr: u64) -> Result<u64, Fail> {
        self.at = addr;
        self.e
            .dev_read(addr, "process directory")
            .ok_or(self.fail(FaultCause::PdtEntryLoadAccessFault))
    }

    fn step(&mut self, level: &Level, _: u64, raw: u64) -> Result<Step<Pc>, Fail> {
        if !level.last {
            let pdte = Pdte([raw]);
            if !pdte.v() {
                return Err(self.fail(FaultCause::PdtEntryNotValid));
            }
            if pdte.validate().is_err() {
                return Err(self.fail(FaultCause::PdtEntryMisconfigured));
            }
            return Ok(Step::Next(pdte.ppn()));
        }
        let words = self
            .e
            .dev_read_words(self.at, Pc::WORDS, "process context")
            .ok_or(self.fail(FaultCause::PdtEntryLoadAccessFault))?;
        Ok(Step::Leaf(Pc([words[0], words[1]])))
    }
}

/// The device context a transaction of process `pid` translates with: `dc` with its first
/// stage replaced by the process context's (fsc, PSCID), or by none.
pub(crate) fn resolve(
    e: &mut Model,
    did: u32,
    pid: Option<u32>,
    dc: Dc,
    txn: Txn,
) -> Result<Dc, Fail> {
    let bare = dc
        .with_pdtv(false)
        .with_dpe(false)
        .with_fsc_mode(DcFscMode::Bare);
    let Some(p) = pid.or(dc.dpe().then_some(0)) else {
        return Ok(bare.with_fsc_ppn(0).unwrap_or(bare));
    };
    let fail = |cause| fq::fault(cause, did, pid, &txn, 0);
    let Some(layout) = PC.layout(dc.fsc_mode_bits()) else {
        return Err(fail(FaultCause::DdtEntryMisconfigured));
    };
    if dc.iohgatp_mode() != Ok(IohgatpMode::Bare) {
        return Err(fail(FaultCause::DdtEntryMisconfigured));
    }
    if !layout.covers(u64::from(p)) {
        return Err(fail(FaultCause::TransactionTypeDisallowed));
    }
    let pc = match e.arch.pcs.get(&(did, p)) {
        Some(pc) => *pc,
        None => {
            let mut w = PdtWalk {
                e,
                layout,
                did,
                pid: p,
                txn,
                at: 0,
            };
            let pc = walk::walk(&mut w, 0, dc.fsc_ppn(), u64::from(p))?;
            if !pc.v() {
                return Err(fail(FaultCause::PdtEntryNotValid));
            }
            if pc.validate().is_err() || pc.fsc_mode().is_err() {
                return Err(fail(FaultCause::PdtEntryMisconfigured));
            }
            e.arch.pcs.insert((did, p), pc);
            pc
        }
    };
    let mode = match pc.fsc_mode() {
        Ok(IosatpMode::Sv39) => DcFscMode::Sv39,
        Ok(IosatpMode::Sv48) => DcFscMode::Sv48,
        Ok(IosatpMode::Sv57) => DcFscMode::Sv57,
        _ => DcFscMode::Bare,
    };
    let out = bare
        .with_fsc_mode(mode)
        .with_fsc_ppn(pc.fsc_ppn())
        .and_then(|d| d.with_pscid(pc.pscid()));
    out.map_err(|_| fail(FaultCause::PdtEntryMisconfigured))
}
