//! Fault records and the fault queue (RISC-V IOMMU 3.2, 4.2): a record names the CAUSE, the
//! transaction type (TTYP), the device_id, the process ID when there is one, and the faulting
//! address in iotval (iotval2 holds a guest-physical address for guest-page faults). The
//! queue is a head/tail ring at fqb; a record that does not fit sets fqcsr.fqof and is
//! dropped, as is every record after it until software clears fqof; a write outside RAM sets
//! fqmf.

use super::spec::enums::{FaultCause, FaultTtyp};
use super::spec::fq::{FAULT, RECORD_BYTES};
use super::spec::regs::{fqb, fqcsr, fqh, fqt, ipsr};
use super::spec::support::Register;
use super::{Cause, Model};
use crate::engine::dma::{Term, Txn};
use crate::engine::queue::{Produced, Protocol, Ring};
use crate::engine::record::EventFate;

/// The transaction type of an untranslated access.
pub(crate) fn ttyp(txn: &Txn) -> FaultTtyp {
    if txn.write {
        FaultTtyp::UntranslatedWrite
    } else if txn.instruction {
        FaultTtyp::UntranslatedReadForExecute
    } else {
        FaultTtyp::UntranslatedRead
    }
}

/// A fault of `cause` for device `did` (and `pid`) at the access `txn`, `iotval2` as given.
pub(crate) fn fault(
    cause: FaultCause,
    did: u32,
    pid: Option<u32>,
    txn: &Txn,
    iotval2: u64,
) -> Term<FAULT, Cause> {
    let mut f = FAULT::new()
        .with_CAUSE(cause)
        .with_TTYP(ttyp(txn))
        .with_PRIV(txn.privileged)
        .with_iotval(txn.iova)
        .with_iotval2(iotval2);
    // device_id is 24 bits, process_id 20: the DMA master's IDs are checked against the
    // directory geometry before a fault can name them, so these fit.
    if let Ok(g) = f.with_DID(did) {
        f = g;
    }
    if let Some(p) = pid {
        if let Ok(g) = f.with_PID(p) {
            f = g.with_PV(true);
        }
    }
    Term {
        cause: Cause::Fault(cause),
        event: Some(f),
        record: true,
        abort: true,
    }
}

/// Offers `f` to the fault queue.
pub(crate) fn record(e: &mut Model, f: FAULT) -> EventFate {
    let csr = e.reg::<fqcsr>();
    if !csr.fqon() {
        return EventFate::QueueDisabled;
    }
    if csr.fqof() {
        return EventFate::Overflow;
    }
    if csr.fqmf() {
        return EventFate::WriteAborted;
    }
    let fqb = e.reg::<fqb>();
    let ring = Ring {
        base: fqb.PPN(),
        log2: u32::from(fqb.LOG2SZ_1()) + 1,
        entry_bytes: RECORD_BYTES as u64,
        protocol: Protocol::HeadTail,
    };
    let (tail, head) = (
        e.reg::<fqt>().to_raw() as u32,
        e.reg::<fqh>().to_raw() as u32,
    );
    match ring.produce(&mut e.mem, tail, head, false, &f.0) {
        Produced::Full => {
            e.raise_bits::<fqcsr>(u64::from(fqcsr::from_raw(0).clear_fqof().bits()));
            EventFate::Overflow
        }
        Produced::Aborted => {
            e.raise_bits::<fqcsr>(u64::from(fqcsr::from_raw(0).clear_fqmf().bits()));
            EventFate::WriteAborted
        }
        Produced::Written { slot, next } => {
            e.set_reg(fqt::from_raw(u64::from(next)));
            // With fie, a record written makes the fault queue's interrupt pending (5.16, 5.18).
            if csr.fie() {
                e.raise_bits::<ipsr>(u64::from(ipsr::from_raw(0).clear_fip().bits()));
            }
            EventFate::Recorded { index: slot }
        }
    }
}
