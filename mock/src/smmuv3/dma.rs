//! What the SMMUv3 makes of a DMA transaction: why it was terminated ([`Cause`]), and the
//! engine's transaction types instantiated with the SMMUv3 event record.

use iommugen_runtime::smmuv3::spec::evtq::EVTQ_Event;

use crate::engine::dma as engine;

/// Why a transaction was terminated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// SMMUEN = 0 and GBPA.ABORT = 1 (no event).
    GbpaAbort,
    /// The STE says Config = Abort (no event).
    SteAbort,
    /// A configuration error or structure fetch abort (C_BAD_*, F_STE_FETCH, F_CD_FETCH,
    /// F_STREAM_DISABLED).
    Config,
    /// A translation fault (F_TRANSLATION, F_ADDR_SIZE, F_ACCESS, F_PERMISSION, F_WALK_EABT).
    Translation,
    /// The output address is not RAM (no SMMU event; the bus returns an error).
    BusError,
}

/// How a transaction ended early.
pub type Termination = engine::Termination<EVTQ_Event, Cause>;
/// How a transaction went.
pub type Outcome = engine::Outcome<EVTQ_Event, Cause>;
/// The result of a transaction.
pub type Dma = engine::Dma<EVTQ_Event, Cause>;
/// A termination before its event is offered to the queue.
pub(crate) type Term = engine::Term<EVTQ_Event, Cause>;

impl engine::Term<EVTQ_Event, Cause> {
    /// A configuration error or fetch abort reported with `event`.
    pub(crate) fn config(event: EVTQ_Event, record: bool) -> Term {
        Term {
            cause: Cause::Config,
            event: Some(event),
            record,
            abort: true,
        }
    }
}
