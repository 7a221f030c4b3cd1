//! The driver survives misbehaving hardware (the mock's fault injection) with nothing lost, and
//! its STE updates are hitless as the SMMU could observe them between any two 64-bit stores.

use std::cell::RefCell;
use std::rc::Rc;

use iommugen_mock::{Dma, GerrorStorm, MockConfig, MockSmmu, Outcome, Transfer};
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::Hal;
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::domain::RW;
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::cmdq::{CMDQ_Command, CMD_SYNC, CMD_TLBI_NH_ASID};
use iommugen_runtime::smmuv3::spec::entries::STE;
use iommugen_runtime::smmuv3::spec::enums::{SteEats, STE_S1DSS};
use iommugen_runtime::smmuv3::spec::evtq::EVTQ_Event;
use iommugen_runtime::smmuv3::spec::regs::{GERROR, GERRORN};
use iommugen_runtime::smmuv3::transitions::{canonical_stes, report, shows_old_or_new};

const SID: u32 = 0x10;

fn smmu() -> Smmu<MockSmmu> {
    Smmu::new(MockSmmu::new(), Config::default()).expect("bring-up")
}

fn usable(s: &mut Smmu<MockSmmu>) {
    // The queue works and a translation still goes through.
    s.submit(&[CMDQ_Command::CMD_TLBI_NH_ASID(
        CMD_TLBI_NH_ASID::new().with_ASID(1),
    )])
    .expect("queue usable");
    let pa = s.hal.dma_alloc(4096, 4096).unwrap().addr;
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, 0x9000_0000, pa, 4096, RW).unwrap();
    s.attach_dev(SID + 7, Target::Domain(d)).unwrap();
    assert_eq!(
        s.hal
            .dma(SID + 7, None, 0x9000_0000, Transfer::Read(4))
            .outcome,
        Outcome::Translated
    );
}

#[test]
fn an_illegal_command_is_reported_and_the_queue_goes_on() {
    let mut s = smmu();
    s.hal.set_faults(|f| f.reject_commands = 1);
    let r = s.submit(&[CMDQ_Command::CMD_TLBI_NH_ASID(
        CMD_TLBI_NH_ASID::new().with_ASID(3),
    )]);
    assert_eq!(
        r,
        Err(Error::CommandError {
            code: 1,
            opcode: 0x11
        })
    );
    let rejected = s.command_queue().1.take_rejected();
    assert_eq!(rejected.len(), 1);
    let g: GERROR = s.hal.reg();
    let n: GERRORN = s.hal.reg();
    assert!(!g.active(n).CMDQ_ERR(), "the error was acknowledged");
    usable(&mut s);
}

#[test]
fn a_command_fetch_abort_is_reported_and_the_queue_goes_on() {
    let mut s = smmu();
    s.hal.set_faults(|f| f.abort_commands = 1);
    let r = s.submit(&[CMDQ_Command::CMD_SYNC(CMD_SYNC::new())]);
    assert!(
        matches!(r, Err(Error::CommandError { code: 2, .. })),
        "{r:?}"
    );
    usable(&mut s);
}

#[test]
fn a_sync_that_never_completes_times_out_and_the_driver_stays_usable() {
    let mut s = smmu();
    s.hal.set_faults(|f| f.hang_sync = true);
    let start = s.hal.clock_ns();
    let r = s.submit(&[]);
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    assert!(
        s.hal.clock_ns() - start >= 1_000_000_000,
        "waited the full second"
    );
    assert_eq!(s.command_stats().timeouts, 1);
    s.hal.set_faults(|f| f.hang_sync = false);
    usable(&mut s);
}

#[test]
fn an_event_queue_overflow_is_detected_and_acknowledged() {
    let mut s = smmu();
    let d = s.alloc_paging_domain().unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
    s.hal.set_faults(|f| f.evtq_full = true);
    // Faults while the queue is full are lost; the overflow is flagged.
    for i in 0..4 {
        let _ = s.hal.dma(SID, None, 0x1000 * i, Transfer::Read(4));
    }
    s.hal.set_faults(|f| f.evtq_full = false);
    let _ = s.hal.dma(SID, None, 0x5000, Transfer::Read(4));
    let mut seen = Vec::new();
    s.poll_events(|e| seen.push(e));
    assert_eq!(s.event_stats().overflows, 1);
    assert_eq!(seen.len(), 1, "the event after the overflow is delivered");
    assert!(matches!(seen[0].event, Ok(EVTQ_Event::F_TRANSLATION(_))));
    // Acknowledged: a second poll sees no new overflow.
    s.poll_events(|_| {});
    assert_eq!(s.event_stats().overflows, 1);
}

#[test]
fn a_gerror_storm_is_handled_one_pass_at_a_time() {
    let mut s = smmu();
    // EVENTQ_ABT_ERR (bit 2), raised again after each of 5 acknowledgements.
    s.hal.set_faults(|f| {
        f.gerror_storm = Some(GerrorStorm {
            bits: 1 << 2,
            repeats: 5,
        })
    });
    let mut handled = 0;
    for _ in 0..20 {
        let r = s.handle_gerror().unwrap();
        if r.active == 0 {
            break;
        }
        assert_eq!(r.active & (1 << 2), 1 << 2);
        assert!(r.events_lost, "EVENTQ_ABT_ERR reported as lost events");
        handled += 1;
    }
    assert_eq!(handled, 6, "the first raise and 5 repeats");
    assert_eq!(s.event_stats().aborts, 6);
    assert_eq!(s.handle_gerror().unwrap().active, 0);
    usable(&mut s);
}

#[test]
fn an_ste_fetch_abort_is_reported() {
    let mut s = smmu();
    s.attach_dev(SID, Target::Identity).unwrap();
    s.hal.set_faults(|f| {
        f.ste_fetch_abort.insert(SID);
    });
    s.hal.evict_caches();
    let dma = s.hal.dma(SID, None, 0x4000_0000, Transfer::Read(4));
    assert!(matches!(dma.outcome, Outcome::Terminated(_)), "{dma:?}");
    let mut seen = Vec::new();
    s.poll_events(|e| seen.push(e));
    assert!(
        matches!(seen.first().map(|e| e.event), Some(Ok(EVTQ_Event::F_STE_FETCH(f))) if f.StreamID() == SID),
        "{seen:?}"
    );
    s.hal.set_faults(|f| f.ste_fetch_abort.clear());
    usable(&mut s);
}

#[test]
fn slow_handshakes_time_out_instead_of_hanging() {
    let hal = MockSmmu::new();
    hal.set_faults(|f| f.ack_delay_ns = u64::MAX);
    let r = Smmu::new(hal, Config::default());
    assert!(matches!(r, Err(Error::Timeout { .. })), "{:?}", r.err());
}

/// Every transition between canonical STEs, written by the driver into the mock's memory, is
/// checked at every 64-bit store: masked by its own used bits, the STE equals the start or the
/// target (update-safe bits aside), and it is invalid only on a breaking transition. The sync
/// count matches the report.
#[test]
fn ste_updates_are_hitless_at_every_store() {
    let stes = canonical_stes().unwrap();
    let expected = report().unwrap();
    let mut s = smmu();
    s.attach_dev(SID, Target::Blocked).unwrap();
    let addr = s.ste_addr(SID).unwrap();
    for (from_name, from) in &stes {
        for (to_name, to) in &stes {
            s.write_ste(SID, from).unwrap();
            let bad: Rc<RefCell<Vec<String>>> = Rc::default();
            let invalid_seen = Rc::new(RefCell::new(false));
            let (f, t, b, inv) = (*from, *to, bad.clone(), invalid_seen.clone());
            let id = s.hal.watch(addr..addr + 64, move |m, _store| {
                let mut cur = STE::new();
                cur.0
                    .copy_from_slice(&m.read_words(addr, 8).unwrap_or_default());
                let invalid = !cur.V();
                *inv.borrow_mut() |= invalid;
                if !(shows_old_or_new(&cur, &f, &t) || invalid) {
                    b.borrow_mut().push(format!("{:x?}", cur.0));
                }
            });
            let tr = s.write_ste(SID, to).unwrap();
            s.hal.unwatch(id);
            assert!(
                bad.borrow().is_empty(),
                "{from_name} -> {to_name}: hybrid states {:?}",
                bad.borrow()
            );
            assert!(
                !*invalid_seen.borrow() || tr.breaking || !from.V() || !to.V(),
                "{from_name} -> {to_name}"
            );
            let row = expected
                .iter()
                .find(|r| r.entry == "STE" && r.from == *from_name && r.to == *to_name)
                .unwrap();
            assert_eq!(
                (tr.syncs, tr.breaking),
                (row.syncs, row.breaking),
                "{from_name} -> {to_name}"
            );
        }
    }
}

/// A device keeps doing DMA while a hypervisor moves its stream between a nested STE (stage 1
/// bypassed for traffic without a SubstreamID, ATS enabled, MEV set) and stage 2 only, on an
/// SMMU with ATS. EATS and MEV differ but are update-safe, so the STE is never made invalid: a
/// DMA played after every store, caches evicted so the SMMU refetches the STE, reaches memory
/// through stage 2 each time.
#[test]
fn dma_goes_on_while_a_stream_moves_between_nested_and_stage2() {
    let hal = MockSmmu::with_config(MockConfig {
        ats: true,
        ..MockConfig::default()
    });
    let mut s = Smmu::new(hal, Config::default()).expect("bring-up");
    let pa = s.hal.dma_alloc(4096, 4096).unwrap().addr;
    assert!(s.hal.write_bytes(pa, b"live"));
    // Stage 2 maps RAM at IPA = PA, the CD table included.
    let s2 = s.alloc_s2_domain().unwrap();
    s.map_s2(s2, 0x4000_0000, 0x4000_0000, 4 << 30, RW).unwrap();
    s.attach_s2(SID, s2).unwrap();
    let stage2 = s.ste(SID);
    let s1 = s.alloc_paging_domain().unwrap();
    s.attach_nested(SID, s1, s2).unwrap();
    let nested = s
        .ste(SID)
        .with_S1DSS(STE_S1DSS::Bypass)
        .with_EATS(SteEats::FullAts)
        .with_MEV(true);
    s.write_ste(SID, &nested).unwrap();
    assert_ne!(nested.0[1], stage2.0[1], "EATS and MEV differ");

    let addr = s.ste_addr(SID).unwrap();
    let seen: Rc<RefCell<Vec<(STE, Dma)>>> = Rc::default();
    let log = seen.clone();
    let id = s.hal.watch(addr..addr + 64, move |m, _store| {
        let mut ste = STE::new();
        ste.0
            .copy_from_slice(&m.read_words(addr, 8).unwrap_or_default());
        m.evict_caches();
        let dma = m.dma(SID, None, pa, Transfer::Read(4));
        log.borrow_mut().push((ste, dma));
    });
    for target in [stage2, nested, stage2, nested] {
        let t = s.write_ste(SID, &target).unwrap();
        assert!(!t.breaking, "{t:?}");
    }
    s.hal.unwatch(id);
    let seen = seen.borrow();
    assert!(seen.len() >= 4, "every transition stores: {}", seen.len());
    for (ste, dma) in seen.iter() {
        assert_eq!(
            (dma.outcome, dma.data.as_slice()),
            (Outcome::Translated, &b"live"[..]),
            "{ste:?}: {dma:?}"
        );
    }
    assert_eq!(s.hal.take_violations(), vec![]);
}

#[test]
fn a_command_that_cannot_be_built_stops_the_submission_after_syncing_the_rest() {
    let mut s = smmu();
    let before = s.hal.stats();
    let tlbi = CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(1));
    let bad = Error::InvalidArgument {
        what: "built from an out-of-range address",
    };
    let (hal, q) = s.command_queue();
    let r = q.submit_all(hal, [Ok(tlbi), Ok(tlbi), Err(bad), Ok(tlbi)]);
    assert_eq!(r, Err(bad));
    let after = s.hal.stats();
    // The two commands before the failure and their CMD_SYNC ran; the one after it did not.
    assert_eq!(after.commands - before.commands, 3);
    assert_eq!(after.syncs - before.syncs, 1);
    usable(&mut s);
}

#[test]
fn after_disable_unmap_and_flush_wait_for_no_command() {
    // The IOMMU core may flush a domain after the driver's shutdown turned the SMMU off (its
    // flush queue at power-off): no command may then wait for a CMD_SYNC that never completes.
    let mut s = smmu();
    let pa = s.hal.dma_alloc(4096, 4096).unwrap().addr;
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, 0x9000_0000, pa, 4096, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
    s.disable().expect("disable");
    // A short deadline, so a wait that would time out fails this test quickly.
    s.command_queue().1.timeout_us = 50_000;
    assert_eq!(s.unmap(d, 0x9000_0000, 4096), Ok(4096));
    assert_eq!(s.flush_domain(d), Ok(()));
    let stats = s.command_stats();
    assert_eq!(stats.timeouts, 0, "{stats:?}");
    assert!(stats.discarded >= 2, "{stats:?}");
    assert_eq!(s.iova_to_phys(d, 0x9000_0000), Ok(None));
}

#[test]
fn a_disable_the_smmu_does_not_acknowledge_leaves_the_queue_running() {
    // The command queue is stopped before CR0 is written, so that nothing submitted meanwhile
    // waits for a queue the SMMU no longer consumes; if the SMMU never acknowledges (it still
    // consumes commands), the queue is started again and the error returned.
    let mut s = smmu();
    s.hal.set_faults(|f| f.ack_delay_ns = u64::MAX);
    let r = s.disable();
    assert!(
        matches!(
            r,
            Err(Error::Timeout {
                what: "CR0ACK (disable)",
                ..
            })
        ),
        "{r:?}"
    );
    s.hal.set_faults(|f| f.ack_delay_ns = 0);
    let before = s.command_stats();
    usable(&mut s);
    let after = s.command_stats();
    assert_eq!(after.discarded, before.discarded, "{after:?}");
    assert!(after.commands > before.commands, "{after:?}");
}
