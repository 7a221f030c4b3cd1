//! The device directory (RISC-V IOMMU 2.1, 2.3): ddtp selects Off (every transaction faults
//! with cause 256), Bare (no translation) or a 1-, 2- or 3-level directory. The model
//! implements MSI_FLAT, so device contexts are the extended 64-byte format and device_id is
//! split as the generated `EXTENDED` layout says ([5:0] index the leaf table, [14:6] and
//! [23:15] the non-leaf ones), walked by `dirwalk`. A device context stays
//! in the context cache until IODIR.INVAL_DDT (or a ddtp write). A context with PDTV = 1
//! selects the first stage through its process directory (`pdt`).

use super::dirwalk::{Devices, DirWalk};
use super::spec::directories::ddt::EXTENDED;
use super::spec::entries::DC;
use super::spec::enums::{DcFscMode, FaultCause, IohgatpMode, IommuMode};
use super::spec::fq::FAULT;
use super::spec::regs::ddtp;
use super::{fq, Cause, Ctx, Model};
use crate::engine::dma::{Route, Term, Txn};

type Fail = Term<FAULT, Cause>;

/// Whether the model implements what a valid device context selects.
fn supported(dc: &DC) -> bool {
    let fsc = matches!(
        dc.fsc_MODE(),
        Ok(DcFscMode::Bare | DcFscMode::Sv39 | DcFscMode::Sv48 | DcFscMode::Sv57)
    );
    let iohgatp = matches!(
        dc.iohgatp_MODE(),
        Ok(IohgatpMode::Bare | IohgatpMode::Sv39x4 | IohgatpMode::Sv48x4)
    );
    // With PDTV = 1, fsc holds a process directory (PD8, PD17 or PD20) instead.
    let pdt = matches!(
        dc.fsc_MODE(),
        Ok(DcFscMode::PD8 | DcFscMode::PD17 | DcFscMode::PD20)
    );
    (if dc.PDTV() { pdt } else { fsc }) && iohgatp && dc.validate().is_ok()
}

/// Resolves a transaction from `did` (with process ID `pid`): ddtp's mode, then the device
/// context (cached, or walked), then whether it translates.
pub(crate) fn resolve(
    e: &mut Model,
    did: u32,
    pid: Option<u32>,
    txn: Txn,
) -> Result<Route<Ctx>, Fail> {
    let ddtp = e.reg::<ddtp>();
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
            let dc = DirWalk::<Devices>::run(e, layout, (did, None), txn, ddtp.PPN(), did.into())?;
            if !dc.V() {
                return Err(fail(FaultCause::DdtEntryNotValid));
            }
            if !supported(&dc) {
                return Err(fail(FaultCause::DdtEntryMisconfigured));
            }
            e.arch.dcs.insert(did, dc);
            dc
        }
    };
    let dc = if dc.PDTV() {
        super::pdt::resolve(e, did, pid, dc, txn)?
    } else if pid.is_some() {
        // A process ID needs a process directory, which DC.PDTV = 0 says there is none of.
        return Err(fail(FaultCause::TransactionTypeDisallowed));
    } else {
        dc
    };
    if dc.fsc_MODE() == Ok(DcFscMode::Bare) && dc.iohgatp_MODE() == Ok(IohgatpMode::Bare) {
        return Ok(Route::Bypass);
    }
    Ok(Route::Translate(Box::new(Ctx { did, pid, dc, txn })))
}
