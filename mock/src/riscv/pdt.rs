//! The process directory (RISC-V IOMMU 2.2, 2.3.2): a device context with PDTV = 1 points
//! (DC.fsc) at a PD8, PD17 or PD20 directory of process contexts, split as the generated
//! `directories::pdt` layouts say and walked by `dirwalk`. A transaction with a
//! process ID uses that process's context; one without uses process 0 when DC.DPE = 1 and no
//! first stage otherwise. A process context stays in the cache until IODIR.INVAL_PDT for it,
//! IODIR.INVAL_DDT for its device, or a ddtp write. Directories read through a G-stage
//! (iohgatp not Bare) are not modelled: such a context is reported as misconfigured.

use super::dirwalk::{DirWalk, Processes};
use super::spec::directories::pdt::PC;
use super::spec::entries::DC;
use super::spec::enums::{DcFscMode, FaultCause, IohgatpMode, IosatpMode};
use super::spec::fq::FAULT;
use super::{fq, Cause, Model};
use crate::engine::dma::{Term, Txn};

type Fail = Term<FAULT, Cause>;

/// The device context a transaction of process `pid` translates with: `dc` with its first
/// stage replaced by the process context's (fsc, PSCID), or by none.
pub(crate) fn resolve(
    e: &mut Model,
    did: u32,
    pid: Option<u32>,
    dc: DC,
    txn: Txn,
) -> Result<DC, Fail> {
    let bare = dc
        .with_PDTV(false)
        .with_DPE(false)
        .with_fsc_MODE(DcFscMode::Bare);
    let Some(p) = pid.or(dc.DPE().then_some(0)) else {
        return Ok(bare.with_fsc_PPN(0).unwrap_or(bare));
    };
    let fail = |cause| fq::fault(cause, did, pid, &txn, 0);
    let Some(layout) = PC.layout(dc.fsc_MODE_bits()) else {
        return Err(fail(FaultCause::DdtEntryMisconfigured));
    };
    if dc.iohgatp_MODE() != Ok(IohgatpMode::Bare) {
        return Err(fail(FaultCause::DdtEntryMisconfigured));
    }
    if !layout.covers(u64::from(p)) {
        return Err(fail(FaultCause::TransactionTypeDisallowed));
    }
    let pc = match e.arch.pcs.get(&(did, p)) {
        Some(pc) => *pc,
        None => {
            let pc =
                DirWalk::<Processes>::run(e, layout, (did, Some(p)), txn, dc.fsc_PPN(), p.into())?;
            if !pc.V() {
                return Err(fail(FaultCause::PdtEntryNotValid));
            }
            if pc.validate().is_err() || pc.fsc_MODE().is_err() {
                return Err(fail(FaultCause::PdtEntryMisconfigured));
            }
            e.arch.pcs.insert((did, p), pc);
            pc
        }
    };
    let mode = match pc.fsc_MODE() {
        Ok(IosatpMode::Sv39) => DcFscMode::Sv39,
        Ok(IosatpMode::Sv48) => DcFscMode::Sv48,
        Ok(IosatpMode::Sv57) => DcFscMode::Sv57,
        _ => DcFscMode::Bare,
    };
    let out = bare
        .with_fsc_MODE(mode)
        .with_fsc_PPN(pc.fsc_PPN())
        .and_then(|d| d.with_PSCID(pc.PSCID()));
    out.map_err(|_| fail(FaultCause::PdtEntryMisconfigured))
}
