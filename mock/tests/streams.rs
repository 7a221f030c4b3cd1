//! Stream table behaviour: DMA with the SMMU disabled (GBPA bypass or abort), a linear table
//! with bypass and abort STEs, invalid STEs (C_BAD_STE), StreamIDs beyond the table
//! (C_BAD_STREAMID), a two-level table, a stale STE until CMD_CFGI_STE, STE fetch aborts.

mod common;

use common::{bypass_ste, poll, read, write, Rig};
use iommugen_mock::spec::entries::{L1STD, STE};
use iommugen_mock::spec::enums::{StreamConfig, StrtabFmt, StrtabSplit};
use iommugen_mock::spec::evtq::EVTQ_Event;
use iommugen_mock::spec::regs::{CR0, CR2, GBPA, STRTAB_BASE, STRTAB_BASE_CFG};
use iommugen_mock::{Cause, EventFate, MockConfig, MockSmmu, Outcome, Transfer};
use iommugen_runtime::hal::Hal;

const RAM: u64 = 0x4000_0000;
const TARGET: u64 = RAM + 0x800_0000;

#[test]
fn disabled_smmu_follows_gbpa() {
    let s = MockSmmu::new();
    let d = s.dma(3, None, TARGET, Transfer::Write(&[1, 2, 3, 4]));
    assert_eq!(d.outcome, Outcome::Bypassed);
    assert_eq!(d.pa(), Some(TARGET));
    assert_eq!(s.read_bytes(TARGET, 4).unwrap(), vec![1, 2, 3, 4]);

    write(&s, GBPA::from_bits(0).with_ABORT(true).with_Update(true));
    assert!(poll(&s, 10_000, || !read::<GBPA>(&s).Update()));
    let d = s.dma(3, None, TARGET, Transfer::Read(4));
    let t = d.termination().expect("aborted");
    assert_eq!((t.cause, t.event), (Cause::GbpaAbort, None));
    assert_eq!(d.data, vec![0; 4]);
    assert!(s.events().is_empty(), "no events while SMMUEN is 0");
}

#[test]
fn linear_table_bypass_and_abort_stes() {
    let rig = Rig::new();
    rig.write_ste(1, &bypass_ste());
    rig.write_ste(2, &STE::new().with_V(true).with_Config(StreamConfig::Abort));
    rig.cfgi_ste(1);
    rig.cfgi_ste(2);
    let d = rig.smmu.dma(1, None, TARGET, Transfer::Write(&[9; 16]));
    assert_eq!((d.outcome, d.pa()), (Outcome::Bypassed, Some(TARGET)));
    assert_eq!(rig.smmu.read_bytes(TARGET, 16).unwrap(), vec![9; 16]);

    let d = rig.smmu.dma(2, None, TARGET, Transfer::Read(16));
    assert_eq!(
        d.termination().map(|t| (t.cause, t.event)),
        Some((Cause::SteAbort, None))
    );
    assert!(
        rig.events().is_empty(),
        "Config = Abort terminates silently"
    );

    // A substream on a bypass stream is refused.
    let d = rig.smmu.dma(1, Some(3), TARGET, Transfer::Read(8));
    assert!(
        matches!(d.event(), Some(EVTQ_Event::C_BAD_SUBSTREAMID(e)) if e.StreamID() == 1 && e.SubstreamID() == 3)
    );
    assert!(
        rig.smmu.violations().is_empty(),
        "{:?}",
        rig.smmu.violations()
    );
}

#[test]
fn invalid_ste_and_out_of_range_streamid() {
    let rig = Rig::new();
    // STE 5 is all zeros (V = 0); STE 6 has a reserved Config.
    let mut reserved = bypass_ste();
    reserved.0[0] = (reserved.0[0] & !0xe) | (0b010 << 1);
    rig.write_ste(6, &reserved);
    let d = rig.smmu.dma(5, None, TARGET, Transfer::Read(8));
    assert_eq!(d.termination().map(|t| t.cause), Some(Cause::Config));
    assert!(matches!(d.event(), Some(EVTQ_Event::C_BAD_STE(e)) if e.StreamID() == 5));
    assert!(matches!(
        rig.smmu.dma(6, None, TARGET, Transfer::Read(8)).event(),
        Some(EVTQ_Event::C_BAD_STE(_))
    ));

    // Beyond the 64-entry table: recorded only with CR2.RECINVSID (written while SMMUEN = 0).
    let d = rig.smmu.dma(64, None, TARGET, Transfer::Read(8));
    assert_eq!(
        d.termination().and_then(|t| t.fate),
        Some(EventFate::Suppressed)
    );
    rig.set_cr0(CR0::from_bits(0).with_CMDQEN(true).with_EVENTQEN(true));
    write(&rig.smmu, CR2::from_bits(0).with_RECINVSID(true));
    rig.enable();
    let d = rig.smmu.dma(64, None, TARGET, Transfer::Read(8));
    assert!(matches!(
        d.termination().and_then(|t| t.fate),
        Some(EventFate::Recorded { .. })
    ));

    let events = rig.events();
    assert_eq!(events.len(), 3, "{events:?}");
    assert!(matches!(events[0], EVTQ_Event::C_BAD_STE(e) if e.StreamID() == 5));
    assert!(matches!(events[1], EVTQ_Event::C_BAD_STE(e) if e.StreamID() == 6));
    assert!(matches!(events[2], EVTQ_Event::C_BAD_STREAMID(e) if e.StreamID() == 64));
}

#[test]
fn stale_ste_until_cfgi_ste() {
    let rig = Rig::new();
    rig.write_ste(7, &bypass_ste());
    rig.cfgi_ste(7);
    assert!(rig.smmu.dma(7, None, TARGET, Transfer::Read(8)).is_ok());
    // Software makes the STE abort but forgets CMD_CFGI_STE: the cached bypass STE is used.
    rig.write_ste(7, &STE::new().with_V(true).with_Config(StreamConfig::Abort));
    assert_eq!(
        rig.smmu.dma(7, None, TARGET, Transfer::Read(8)).outcome,
        Outcome::Bypassed
    );
    rig.cfgi_ste(7);
    let d = rig.smmu.dma(7, None, TARGET, Transfer::Read(8));
    assert_eq!(d.termination().map(|t| t.cause), Some(Cause::SteAbort));
}

#[test]
fn two_level_stream_table() {
    let rig = Rig::queues(MockConfig::default(), 6, common::EVTQ_LOG2);
    let s = &rig.smmu;
    // 2^16 StreamIDs, 8-bit split: 256 L1STDs, one level-2 array of 256 STEs for 0x1200..0x12ff.
    let l1 = s.dma_alloc(256 * 8, 256 * 8).unwrap();
    let l2 = s.dma_alloc(256 * 64, 256 * 64).unwrap();
    s.dma_write(
        &l1,
        0x12,
        L1STD::new()
            .with_Span(9)
            .unwrap()
            .with_L2Ptr(l2.addr)
            .unwrap()
            .0[0],
    );
    common::write_entry(s, &l2, 0x34, &bypass_ste().0);
    write(s, STRTAB_BASE::from_bits(0).with_ADDR(l1.addr).unwrap());
    let cfg = STRTAB_BASE_CFG::from_bits(0)
        .with_LOG2SIZE(16)
        .unwrap()
        .with_SPLIT(StrtabSplit::Split16K)
        .with_FMT(StrtabFmt::TwoLevel);
    write(s, cfg);
    rig.enable();
    assert_eq!(
        s.dma(0x1234, None, TARGET, Transfer::Read(8)).outcome,
        Outcome::Bypassed
    );
    // No level-2 array for 0x5600: the L1STD is invalid.
    let d = s.dma(0x5678, None, TARGET, Transfer::Read(8));
    assert!(matches!(d.event(), Some(EVTQ_Event::C_BAD_STREAMID(e)) if e.StreamID() == 0x5678));
    // STE 0x1235 is zero: invalid.
    assert!(matches!(
        s.dma(0x1235, None, TARGET, Transfer::Read(8)).event(),
        Some(EVTQ_Event::C_BAD_STE(_))
    ));
}

#[test]
fn ste_fetch_abort_is_reported() {
    let rig = Rig::new();
    rig.write_ste(9, &bypass_ste());
    rig.smmu.set_faults(|f| {
        f.ste_fetch_abort.insert(9);
    });
    let d = rig.smmu.dma(9, None, TARGET, Transfer::Read(8));
    let ev = d.event();
    assert!(
        matches!(ev, Some(EVTQ_Event::F_STE_FETCH(e)) if e.StreamID() == 9 && e.FetchAddr() == rig.strtab.addr + 9 * 64),
        "{ev:?}"
    );
    rig.smmu.set_faults(|f| f.ste_fetch_abort.clear());
    assert!(rig.smmu.dma(9, None, TARGET, Transfer::Read(8)).is_ok());
}
