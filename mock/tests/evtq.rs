//! The event queue: records at EVTQ_PROD with the wrap bit, overflow (EVTQ_PROD.OVFLG toggled,
//! the record dropped) and its acknowledgement in EVTQ_CONS.OVACKFLG, injected overflow,
//! events dropped while the queue is disabled, event interrupts, queue memory aborts.

mod common;

use common::{read, write, Rig};
use iommugen_mock::spec::evtq::EvtqEvent;
use iommugen_mock::spec::regs::{Cr0, EvtqBase, EvtqCons, EvtqProd, Gerror, Gerrorn, IrqCtrl};
use iommugen_mock::{EventFate, MockConfig, Transfer};

/// A fault: StreamID `sid`'s STE is invalid.
fn fault(rig: &Rig, sid: u32) -> Option<EventFate> {
    rig.smmu
        .dma(sid, None, 0x4800_0000, Transfer::Read(4))
        .termination()
        .and_then(|t| t.fate)
}

#[test]
fn overflow_toggles_ovflg_and_drops_records() {
    // A 2-entry event queue.
    let rig = Rig::queues(MockConfig::default(), 6, 1);
    rig.enable();
    assert_eq!(fault(&rig, 1), Some(EventFate::Recorded { index: 0 }));
    assert_eq!(fault(&rig, 2), Some(EventFate::Recorded { index: 1 }));
    let prod = read::<EvtqProd>(&rig.smmu);
    assert_eq!(
        (prod.wr(), prod.ovflg()),
        (0b10, false),
        "full: index 0 with the wrap bit set"
    );
    assert_eq!(fault(&rig, 3), Some(EventFate::Overflow));
    assert_eq!(fault(&rig, 4), Some(EventFate::Overflow));
    let prod = read::<EvtqProd>(&rig.smmu);
    assert!(prod.ovflg(), "toggled once for the pending overflow");
    assert_eq!(prod.wr(), 0b10, "dropped records do not move PROD");

    // Software drains the queue and acknowledges the overflow.
    let events = rig.events();
    let sids: Vec<u32> = events
        .iter()
        .map(|e| {
            if let EvtqEvent::CBadSte(e) = e {
                e.stream_id()
            } else {
                0
            }
        })
        .collect();
    assert_eq!(sids, [1, 2]);
    assert!(read::<EvtqCons>(&rig.smmu).ovackflg());
    assert_eq!(fault(&rig, 5), Some(EventFate::Recorded { index: 0 }));
    assert_eq!(fault(&rig, 6), Some(EventFate::Recorded { index: 1 }));
    assert_eq!(fault(&rig, 7), Some(EventFate::Overflow));
    assert!(
        !read::<EvtqProd>(&rig.smmu).ovflg(),
        "a new overflow toggles OVFLG back"
    );
}

#[test]
fn injected_overflow() {
    let rig = Rig::new();
    rig.smmu.set_faults(|f| f.evtq_full = true);
    assert_eq!(fault(&rig, 1), Some(EventFate::Overflow));
    assert!(read::<EvtqProd>(&rig.smmu).ovflg());
    assert!(rig.events().is_empty());
    rig.smmu.set_faults(|f| f.evtq_full = false);
    assert_eq!(fault(&rig, 1), Some(EventFate::Recorded { index: 0 }));
    assert_eq!(rig.events().len(), 1);
    // The model's log has all three, with their fates.
    let fates: Vec<EventFate> = rig.smmu.events().iter().map(|e| e.fate).collect();
    assert_eq!(
        fates,
        [EventFate::Overflow, EventFate::Recorded { index: 0 }]
    );
}

#[test]
fn disabled_queue_drops_events() {
    let rig = Rig::new();
    rig.set_cr0(Cr0::from_bits(0).with_cmdqen(true).with_smmuen(true));
    assert_eq!(fault(&rig, 1), Some(EventFate::QueueDisabled));
    assert_eq!(read::<EvtqProd>(&rig.smmu).wr(), 0);
}

#[test]
fn event_interrupts() {
    let rig = Rig::new();
    write(&rig.smmu, IrqCtrl::from_bits(0).with_eventq_irqen(true));
    fault(&rig, 1);
    fault(&rig, 2);
    assert_eq!(rig.smmu.take_irqs().evtq, 2);
    write(&rig.smmu, IrqCtrl::from_bits(0));
    fault(&rig, 3);
    assert_eq!(rig.smmu.take_irqs().evtq, 0);
}

#[test]
fn queue_outside_ram_aborts() {
    let rig = Rig::queues(MockConfig::default(), 6, 3);
    rig.set_cr0(Cr0::from_bits(0).with_cmdqen(true));
    write(
        &rig.smmu,
        EvtqBase::from_bits(0)
            .with_addr(0x1000)
            .unwrap()
            .with_log2size(3)
            .unwrap(),
    );
    rig.enable();
    assert_eq!(fault(&rig, 1), Some(EventFate::WriteAborted));
    let active = read::<Gerror>(&rig.smmu).active(read::<Gerrorn>(&rig.smmu));
    assert!(active.eventq_abt_err());
}
