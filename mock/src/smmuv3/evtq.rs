//! The Event queue: which record each fault writes, built with the generated event types, and
//! the queue itself (the engine's wrap-bit producer), written at EVTQ_PROD while
//! CR0.EVENTQEN is acknowledged; a full queue drops the record and toggles
//! EVTQ_PROD.OVFLG (when no overflow is already waiting for acknowledgement in
//! EVTQ_CONS.OVACKFLG); queue memory outside RAM raises GERROR.EVENTQ_ABT_ERR.

use iommugen_runtime::smmuv3::spec::enums::FaultClass;
use iommugen_runtime::smmuv3::spec::evtq::{
    EVTQ_Event, C_BAD_CD, C_BAD_STE, C_BAD_STREAMID, C_BAD_SUBSTREAMID, F_ACCESS, F_ADDR_SIZE,
    F_CD_FETCH, F_PERMISSION, F_STE_FETCH, F_STREAM_DISABLED, F_TRANSLATION, F_WALK_EABT,
};
use iommugen_runtime::smmuv3::spec::regs::{
    EVTQ_BASE, EVTQ_CONS, EVTQ_IRQ_CFG0, EVTQ_IRQ_CFG1, EVTQ_PROD, GERRORN, IRQ_CTRLACK,
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
            .with_StreamID(i.sid)
            .with_SSV(i.ssid.is_some())
            .with_RnW(i.read)
            .with_PnU(i.privileged)
            .with_InD(i.instruction)
            .with_S2(i.s2)
            .with_CLASS(i.class);
        let r = r.with_SubstreamID(i.ssid.unwrap_or(0)).unwrap_or(r);
        r.with_InputAddr(i.iova).unwrap_or(r)
    }};
}

/// Sets the IPA field of stage 2 fault records (4 KiB granular in the record).
macro_rules! with_ipa {
    ($r:expr, $info:expr) => {{
        let r = $r;
        if $info.s2 {
            r.with_IPA($info.ipa & !0xfff).unwrap_or(r)
        } else {
            r
        }
    }};
}

pub(crate) fn fault(kind: FaultKind, info: &FaultInfo) -> EVTQ_Event {
    match kind {
        FaultKind::Translation => {
            EVTQ_Event::F_TRANSLATION(with_ipa!(fault_record!(F_TRANSLATION, info), info))
        }
        FaultKind::AddrSize => {
            EVTQ_Event::F_ADDR_SIZE(with_ipa!(fault_record!(F_ADDR_SIZE, info), info))
        }
        FaultKind::Access => EVTQ_Event::F_ACCESS(with_ipa!(fault_record!(F_ACCESS, info), info)),
        FaultKind::Permission => {
            let r = with_ipa!(fault_record!(F_PERMISSION, info), info);
            // A stage 2 permission fault on a descriptor or CD fetch is always a read here.
            EVTQ_Event::F_PERMISSION(r.with_TTRnW(info.s2 && info.class == FaultClass::TT))
        }
        FaultKind::WalkAbort(pa) => {
            let r = fault_record!(F_WALK_EABT, info);
            EVTQ_Event::F_WALK_EABT(r.with_FetchAddr(pa & !7).unwrap_or(r))
        }
    }
}

pub(crate) fn bad_streamid(sid: u32, ssid: Option<u32>) -> EVTQ_Event {
    let r = C_BAD_STREAMID::new()
        .with_StreamID(sid)
        .with_SSV(ssid.is_some());
    EVTQ_Event::C_BAD_STREAMID(r.with_SubstreamID(ssid.unwrap_or(0)).unwrap_or(r))
}

pub(crate) fn ste_fetch(sid: u32, ssid: Option<u32>, pa: u64) -> EVTQ_Event {
    let r = F_STE_FETCH::new()
        .with_StreamID(sid)
        .with_SSV(ssid.is_some());
    let r = r.with_SubstreamID(ssid.unwrap_or(0)).unwrap_or(r);
    EVTQ_Event::F_STE_FETCH(r.with_FetchAddr(pa & !7).unwrap_or(r))
}

pub(crate) fn bad_ste(sid: u32, ssid: Option<u32>) -> EVTQ_Event {
    let r = C_BAD_STE::new().with_StreamID(sid).with_SSV(ssid.is_some());
    EVTQ_Event::C_BAD_STE(r.with_SubstreamID(ssid.unwrap_or(0)).unwrap_or(r))
}

pub(crate) fn stream_disabled(sid: u32) -> EVTQ_Event {
    EVTQ_Event::F_STREAM_DISABLED(F_STREAM_DISABLED::new().with_StreamID(sid))
}

pub(crate) fn bad_substreamid(sid: u32, ssid: u32) -> EVTQ_Event {
    let r = C_BAD_SUBSTREAMID::new().with_StreamID(sid);
    EVTQ_Event::C_BAD_SUBSTREAMID(r.with_SubstreamID(ssid).unwrap_or(r))
}

pub(crate) fn cd_fetch(sid: u32, ssid: Option<u32>, pa: u64) -> EVTQ_Event {
    let r = F_CD_FETCH::new()
        .with_StreamID(sid)
        .with_SSV(ssid.is_some());
    let r = r.with_SubstreamID(ssid.unwrap_or(0)).unwrap_or(r);
    EVTQ_Event::F_CD_FETCH(r.with_FetchAddr(pa & !7).unwrap_or(r))
}

pub(crate) fn bad_cd(sid: u32, ssid: Option<u32>) -> EVTQ_Event {
    let r = C_BAD_CD::new().with_StreamID(sid).with_SSV(ssid.is_some());
    EVTQ_Event::C_BAD_CD(r.with_SubstreamID(ssid.unwrap_or(0)).unwrap_or(r))
}

impl Model {
    /// Writes an event to the queue (as the engine's producer under the wrap-bit protocol)
    /// and says what became of it.
    pub(crate) fn write_event(&mut self, event: &EVTQ_Event) -> EventFate {
        if !self.enabled().EVENTQEN() {
            return EventFate::QueueDisabled;
        }
        let base = self.reg::<EVTQ_BASE>();
        let ring = Ring {
            base: base.ADDR(),
            log2: u32::from(base.LOG2SIZE()).min(self.arch.cfg.evtq_log2.min(19)),
            entry_bytes: 32,
            protocol: Protocol::WrapBit,
        };
        let prod = self.reg::<EVTQ_PROD>();
        let cons = self.reg::<EVTQ_CONS>();
        let full = self.arch.faults.evtq_full;
        match ring.produce(&mut self.mem, prod.WR(), cons.RD(), full, &event.encode()) {
            Produced::Full => {
                if prod.OVFLG() == cons.OVACKFLG() {
                    self.set_reg(prod.with_OVFLG(!prod.OVFLG()));
                }
                EventFate::Overflow
            }
            Produced::Aborted => {
                self.raise_gerror(GERRORN::from_bits(0).with_EVENTQ_ABT_ERR(true).bits());
                EventFate::WriteAborted
            }
            Produced::Written { slot, next } => {
                self.set_reg(prod.with_WR(next).unwrap_or(prod));
                if self.reg::<IRQ_CTRLACK>().EVENTQ_IRQEN() {
                    self.arch.irqs.evtq += 1;
                    let (addr, data) = (
                        self.reg::<EVTQ_IRQ_CFG0>().ADDR(),
                        self.reg::<EVTQ_IRQ_CFG1>().DATA(),
                    );
                    self.msi(addr, data);
                }
                EventFate::Recorded { index: slot }
            }
        }
    }
}
