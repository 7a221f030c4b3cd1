//! The device directory (RISC-V IOMMU 2.1, 2.3): ddtp selects Off (every transaction faults
//! with cause 256), Bare (no translation) or a 1-, 2- or 3-level directory. The model
//! implements MSI_FLAT, so device contexts are the extended 64-byte format and device_id is
//! split as the generated `EXTENDED` layout says ([5:0] index the leaf table, [14:6] and
//! [23:15] the non-leaf ones); the engine's walker runs the levels. A device context stays
//! in the context cache until IODIR.INVAL_DDT (or a ddtp write). A context with PDTV = 1
//! selects the first stage through its process directory (`pdt`).

use super::spec::directories::ddt::EXTENDED;
use super::spec::directories::DirLayout;
use super::spec::entries::{Dc, Ddte};
use super::spec::enums::{DcFscMode, FaultCause, IohgatpMode, IommuMode};
use super::spec::fq::Fault;
use super::spec::regs::Ddtp;
use super::{fq, Cause, Ctx, Model};
use crate::engine::dma::{Route, Term, Txn};
use crate::engine::walk::{self, Level, Step, TableFormat};

type Fail = Term<Fault, Cause>;

/// One walk of the device directory for `did`.
struct DdtWalk<'a> {
    e: &'a mut Model,
    layout: &'static DirLayout,
    did: u32,
    txn: Txn,
    /// Address of the descriptor read last (a leaf's first word).
    at: u64,
}

impl DdtWalk<'_> {
    fn fail(&self, cause: FaultCause) -> Fail {
        fq::fault(cause, self.did, None, &self.txn, 0)
    }
}

impl TableFormat for DdtWalk<'_> {
    type Leaf = Dc;
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
        self.fail(FaultCause::DdtEntryMisconfigured)
    }

    fn read(&mut self, addr: u64) -> Result<u64, Fail> {
        self.at = addr;
        self.e
            .dev_read(addr, "device directory")
            .ok_or(self.fail(FaultCause::DdtEntryLoadAccessFault))
    }

    fn step(&mut self, level: &Level, _: u64, raw: u64) -> Result<Step<Dc>, Fail> {
        if !level.last {
            let ddte = Ddte([raw]);
            if !ddte.v() {
                return Err(self.fail(FaultCause::DdtEntryNotValid));
            }
            if ddte.validate().is_err() {
                return Err(self.fail(FaultCause::DdtEntryMisconfigured));
            }
            return Ok(Step::Next(ddte.ppn()));
        }
        let words = self
            .e
            .dev_read_words(self.at, Dc::WORDS, "device context")
            .ok_or(self.fail(FaultCause::DdtEntryLoadAccessFault))?;
        let mut dc = Dc::new();
        dc.0.copy_from_slice(&words);
        Ok(Step::Leaf(dc))
    }
}

/// Whether the model implements what a valid device context selects.
fn supported(dc: &Dc) -> bool {
    let fsc = matches!(
        dc.fsc_mode(),
        Ok(DcFscMode::Bare | DcFscMode::Sv39 | DcFscMode::Sv48 | DcFscMode::Sv57)
    );
    let iohgatp = matches!(
        dc.iohgatp_mode(),
        Ok(IohgatpMode::Bare | IohgatpMode::Sv39x4 | IohgatpMode::Sv48x4)
    );
    // With PDTV = 1, fsc holds a process directory (PD8, PD17 or PD20) instead.
    let pdt = matches!(
        dc.fsc_mode(),
        Ok(DcFscMode::Pd8 | DcFscMode::Pd17 | DcFscMode::Pd20)
    );
    (if dc.pdtv() { pdt } else { fsc }) && iohgatp && dc.validate().is_ok()
}

/// Resolves a transaction from `did` (with process ID `pid`): ddtp's mode, then the device
/// context (cached, or walked), then whether it translates.
pub(crate) fn resolve(
    e: &mut Model,
    did: u32,
    pid: Option<u32>,
    txn: Txn,
) -> Result<Route<Ctx>, Fail> {
    let ddtp = e.reg::<Ddtp>();
    let fail = |cause| fq::fault(cause, did, pid, &txn, 0);
    let mode = match ddtp.iommu_mode() {
        Ok(IommuMode::Off) | Err(_) => return Err(fail(FaultCause::AllInboundDisallowed)),
        Ok(IommuMode::Bare) => return Ok(Route::Bypass),
        Ok(m) => m,
    };
    let Some(layout) = EXTENDED.layout(mode as u64) else {
        return Err(fail(FaultCause::DdtEntryMisconfigured));
    };
    if !layout.covers(u64::from(did)) {
        return Err(fail(FaultCause::TransactionTypeDisallowed));
    }
    let dc = match e.arch.dcs.get(&did) {
        Some(dc) => *dc,
        None => {
            let mut w = DdtWalk {
                e,
                layout,
                did,
                txn,
                at: 0,
            };
            let dc = walk::walk(&mut w, 0, ddtp.ppn(), u64::from(did))?;
            if !dc.v() {
                return Err(fail(FaultCause::DdtEntryNotValid));
            }
            if !supported(&dc) {
                return Err(fail(FaultCause::DdtEntryMisconfigured));
            }
            e.arch.dcs.insert(did, dc);
            dc
        }
    };
    let dc = if dc.pdtv() {
        super::pdt::resolve(e, did, pid, dc, txn)?
    } else if pid.is_some() {
        // A process ID needs a process directory, which DC.PDTV = 0 says there is none of.
        return Err(fail(FaultCause::TransactionTypeDisallowed));
    } else {
        dc
    };
    if dc.fsc_mode() == Ok(DcFscMode::Bare) && dc.iohgatp_mode() == Ok(IohgatpMode::Bare) {
        return Ok(Route::Bypass);
    }
    Ok(Route::Translate(Box::new(Ctx { did, pid, dc, txn })))
}
