//! The event queue: records at EVTQ_PROD with the wrap bit, overflow (EVTQ_PROD.OVFLG toggled,
//! the record dropped) and its acknowledgement in EVTQ_CONS.OVACKFLG, injected overflow,
//! events dropped while the queue is disabled, event interrupts, queue memory aborts.

mod common;

use common::{read, write, Rig};
use iommugen_mock::spec::evtq::EVTQ_Event;
use iommugen_mock::spec::regs::{CR0, EVTQ_BASE, EVTQ_CONS, EVTQ_PROD, GERROR, GERRORN, IRQ_CTRL};
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
    let prod = read::<EVTQ_PROD>(&rig.smmu);
    assert_eq!(
        (prod.WR(), prod.OVFLG()),
        (0b10, false),
        "full: index 0 with the wrap bit set"
    );
    assert_eq!(fault(&rig, 3), Some(EventFate::Overflow));
    assert_eq!(fault(&rig, 4), Some(EventFate::Overflow));
    let prod = read::<EVTQ_PROD>(&rig.smmu);
    assert!(prod.OVFLG(), "toggled once for the pending overflow");
    assert_eq!(prod.WR(), 0b10, "dropped records do not move PROD");

    // Software drains the queue and acknowledges the overflow.
    let events = rig.events();
    let sids: Vec<u32> = events
        .iter()
        .map(|e| {
            if let EVTQ_Event::C_BAD_STE(e) = e {
                e.StreamID()
            } else {
                0
            }
        })
        .collect();
    assert_eq!(sids, [1, 2]);
    assert!(read::<EVTQ_CONS>(&rig.smmu).OVACKFLG());
    assert_eq!(fault(&rig, 5), Some(EventFate::Recorded { index: 0 }));
    assert_eq!(fault(&rig, 6), Some(EventFate::Recorded { index: 1 }));
    assert_eq!(fault(&rig, 7), Some(EventFate::Overflow));
    assert!(
        !read::<EVTQ_PROD>(&rig.smmu).OVFLG(),
        "a new overflow toggles OVFLG back"
    );
}

#[test]
fn injected_overflow() {
    let rig = Rig::new();
    rig.smmu.set_faults(|f| f.evtq_full = true);
    assert_eq!(fault(&rig, 1), Some(EventFate::Overflow));
    assert!(read::<EVTQ_PROD>(&rig.smmu).OVFLG());
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
    rig.set_cr0(CR0::from_bits(0).with_CMDQEN(true).with_SMMUEN(true));
    assert_eq!(fault(&rig, 1), Some(EventFate::QueueDisabled));
    assert_eq!(read::<EVTQ_PROD>(&rig.smmu).WR(), 0);
}

#[test]
fn event_interrupts() {
    let rig = Rig::new();
    write(&rig.smmu, IRQ_CTRL::from_bits(0).with_EVENTQ_IRQEN(true));
    fault(&rig, 1);
    fault(&rig, 2);
    assert_eq!(rig.smmu.take_irqs().evtq, 2);
    write(&rig.smmu, IRQ_CTRL::from_bits(0));
    fault(&rig, 3);
    assert_eq!(rig.smmu.take_irqs().evtq, 0);
}

#[test]
fn queue_outside_ram_aborts() {
    let rig = Rig::queues(MockConfig::default(), 6, 3);
    rig.set_cr0(CR0::from_bits(0).with_CMDQEN(true));
    write(
        &rig.smmu,
        EVTQ_BASE::from_bits(0)
            .with_ADDR(0x1000)
            .unwrap()
            .with_LOG2SIZE(3)
            .unwrap(),
    );
    rig.enable();
    assert_eq!(fault(&rig, 1), Some(EventFate::WriteAborted));
    let active = read::<GERROR>(&rig.smmu).active(read::<GERRORN>(&rig.smmu));
    assert!(active.EVENTQ_ABT_ERR());
}
