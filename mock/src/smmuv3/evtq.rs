//! The Event queue: which record each fault writes, built with the generated event types, and
//! the queue itself (the engine's wrap-bit producer), written at EVTQ_PROD while
//! CR0.EVENTQEN is acknowledged; a full queue drops the record and toggles
//! EVTQ_PROD.OVFLG (when no overflow is already waiting for acknowledgement in
//! EVTQ_CONS.OVACKFLG); queue memory outside RAM raises GERROR.EVENTQ_ABT_ERR.

use iommugen_runtime::smmuv3::spec::enums::FaultClass;
use iommugen_runtime::smmuv3::spec::evtq::{
    CBadCd, CBadSte, CBadStreamid, CBadSubstreamid, EvtqEvent, FAccess, FAddrSize, FCdFetch,
    FPermission, FSteFetch, FStreamDisabled, FTranslation, FWalkEabt,
};
use iommugen_runtime::smmuv3::spec::regs::{
    EvtqBase, EvtqCons, EvtqIrqCfg0, EvtqIrqCfg1, EvtqProd, Gerrorn, IrqCtrlack,
};

use super::Model;
use crate::engine::queue::{Produced, Protocol, Ring};
use crate::engine::record::EventFate;

/// The transaction a fault is reported for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FaultInfo {
    pub sid: u32,
    pub ssid: Option<u32>,
    /// Input address of the access.
    pub iova: u64,
    /// Stage 2 input address (stage 2 faults).
    pub ipa: u64,
    /// A read (RnW = 1) or write.
    pub read: bool,
    /// Privileged (after STE overrides).
    pub privileged: bool,
    /// Instruction fetch (after STE overrides).
    pub instruction: bool,
    /// The fault arose at stage 2.
    pub s2: bool,
    pub class: FaultClass,
}

/// Which translation fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FaultKind {
    Translation,
    AddrSize,
    Access,
    Permission,
    /// An external abort reading a descriptor at this physical address.
    WalkAbort(u64),
}

/// Fills the fields every translation-fault record has.
macro_rules! fault_record {
    ($ty:ident, $info:expr) => {{
        let i = $info;
        let r = $ty::new()
            .with_stream_id(i.sid)
            .with_ssv(i.ssid.is_some())
            .with_rn_w(i.read)
            .with_pn_u(i.privileged)
            .with_in_d(i.instruction)
            .with_s2(i.s2)
            .with_class(i.class);
        let r = r.with_substream_id(i.ssid.unwrap_or(0)).unwrap_or(r);
        r.with_input_addr(i.iova).unwrap_or(r)
    }};
}

/// Sets the IPA field of stage 2 fault records (4 KiB granular in the record).
macro_rules! with_ipa {
    ($r:expr, $info:expr) => {{
        let r = $r;
        if $info.s2 {
            r.with_ipa($info.ipa & !0xfff).unwrap_or(r)
        } else {
            r
        }
    }};
}

pub(crate) fn fault(kind: FaultKind, info: &FaultInfo) -> EvtqEvent {
    match kind {
        FaultKind::Translation => {
            EvtqEvent::FTranslation(with_ipa!(fault_record!(FTranslation, info), info))
        }
        FaultKind::AddrSize => {
            EvtqEvent::FAddrSize(with_ipa!(fault_record!(FAddrSize, info), info))
        }
        FaultKind::Access => EvtqEvent::FAccess(with_ipa!(fault_record!(FAccess, info), info)),
        FaultKind::Permission => {
            let r = with_ipa!(fault_record!(FPermission, info), info);
            // A stage 2 permission fault on a descriptor or CD fetch is always a read here.
            EvtqEvent::FPermission(r.with_tt_rn_w(info.s2 && info.class == FaultClass::Tt))
        }
        FaultKind::WalkAbort(pa) => {
            let r = fault_record!(FWalkEabt, info);
            EvtqEvent::FWalkEabt(r.with_fetch_addr(pa & !7).unwrap_or(r))
        }
    }
}

pub(crate) fn bad_streamid(sid: u32, ssid: Option<u32>) -> EvtqEvent {
    let r = CBadStreamid::new()
        .with_stream_id(sid)
        .with_ssv(ssid.is_some());
    EvtqEvent::CBadStreamid(r.with_substream_id(ssid.unwrap_or(0)).unwrap_or(r))
}

pub(crate) fn ste_fetch(sid: u32, ssid: Option<u32>, pa: u64) -> EvtqEvent {
    let r = FSteFetch::new()
        .with_stream_id(sid)
        .with_ssv(ssid.is_some());
    let r = r.with_substream_id(ssid.unwrap_or(0)).unwrap_or(r);
    EvtqEvent::FSteFetch(r.with_fetch_addr(pa & !7).unwrap_or(r))
}

pub(crate) fn bad_ste(sid: u32, ssid: Option<u32>) -> EvtqEvent {
    let r = CBadSte::new().with_stream_id(sid).with_ssv(ssid.is_some());
    EvtqEvent::CBadSte(r.with_substream_id(ssid.unwrap_or(0)).unwrap_or(r))
}

pub(crate) fn stream_disabled(sid: u32) -> EvtqEvent {
    EvtqEvent::FStreamDisabled(FStreamDisabled::new().with_stream_id(sid))
}

pub(crate) fn bad_substreamid(sid: u32, ssid: u32) -> EvtqEvent {
    let r = CBadSubstreamid::new().with_stream_id(sid);
    EvtqEvent::CBadSubstreamid(r.with_substream_id(ssid).unwrap_or(r))
}

pub(crate) fn cd_fetch(sid: u32, ssid: Option<u32>, pa: u64) -> EvtqEvent {
    let r = FCdFetch::new().with_stream_id(sid).with_ssv(ssid.is_some());
    let r = r.with_substream_id(ssid.unwrap_or(0)).unwrap_or(r);
    EvtqEvent::FCdFetch(r.with_fetch_addr(pa & !7).unwrap_or(r))
}

pub(crate) fn bad_cd(sid: u32, ssid: Option<u32>) -> EvtqEvent {
    let r = CBadCd::new().with_stream_id(sid).with_ssv(ssid.is_some());
    EvtqEvent::CBadCd(r.with_substream_id(ssid.unwrap_or(0)).unwrap_or(r))
}

impl Model {
    /// Writes an event to the queue (as the engine's producer under the wrap-bit protocol)
    /// and says what became of it.
    pub(crate) fn write_event(&mut self, event: &EvtqEvent) -> EventFate {
        if !self.enabled().eventqen() {
            return EventFate::QueueDisabled;
        }
        let base = self.reg::<EvtqBase>();
        let ring = Ring {
            base: base.addr(),
            log2: u32::from(base.log2size()).min(self.arch.cfg.evtq_log2.min(19)),
            entry_bytes: 32,
            protocol: Protocol::WrapBit,
        };
        let prod = self.reg::<EvtqProd>();
        let cons = self.reg::<EvtqCons>();
        let full = self.arch.faults.evtq_full;
        match ring.produce(&mut self.mem, prod.wr(), cons.rd(), full, &event.encode()) {
            Produced::Full => {
                if prod.ovflg() == cons.ovackflg() {
                    self.set_reg(prod.with_ovflg(!prod.ovflg()));
                }
                EventFate::Overflow
            }
            Produced::Aborted => {
                self.raise_gerror(Gerrorn::from_bits(0).with_eventq_abt_err(true).bits());
                EventFate::WriteAborted
            }
            Produced::Written { slot, next } => {
                self.set_reg(prod.with_wr(next).unwrap_or(prod));
                if self.reg::<IrqCtrlack>().eventq_irqen() {
                    self.arch.irqs.evtq += 1;
                    let (addr, data) = (
                        self.reg::<EvtqIrqCfg0>().addr(),
                        self.reg::<EvtqIrqCfg1>().data(),
                    );
                    self.msi(addr, data);
                }
                EventFate::Recorded { index: slot }
            }
        }
    }
}
