//! Stage 2 and nested translation: an S2-only STE translating IPA to PA, stage 2 faults with
//! S2 and IPA in the record, stale stage 2 entries until TLBI_S2_IPA, and nested translation
//! where the CD, the stage 1 tables and the output all go through stage 2; which STE.EATS
//! values are legal with and without ATS.

mod common;

use common::{cd, data_page, s1_ste, write_entry, Pt, Rig, Stage, EVTQ_LOG2};
use iommugen_mock::spec::cmdq::{CmdTlbiS12Vmall, CmdTlbiS2Ipa, CmdqCommand};
use iommugen_mock::spec::entries::Ste;
use iommugen_mock::spec::enums::{
    FaultClass, PhysAddrSize, PtS1Ap, PtS2Ap, SteEats, SteS1Fmt, SteS1dss, StreamConfig, Tg0Granule,
};
use iommugen_mock::spec::evtq::EvtqEvent;
use iommugen_mock::spec::pagetables::vmsav8_64_stage1 as s1;
use iommugen_mock::spec::regs::Idr0;
use iommugen_mock::{MockConfig, Outcome, Transfer};
use iommugen_runtime::hal::Hal;

const SID: u32 = 0x20;
const VMID: u16 = 5;

fn s2_ste(root: u64, config: StreamConfig) -> Ste {
    Ste::new()
        .with_v(true)
        .with_config(config)
        .with_s2vmid(VMID)
        .with_s2t0sz(25)
        .unwrap()
        .with_s2sl0(1)
        .unwrap()
        .with_s2tg(Tg0Granule::Granule4K)
        .with_s2ps(PhysAddrSize::Bits44)
        .with_s2aa64(true)
        .with_s2r(true)
        .with_s2ttb(root)
        .unwrap()
}

#[test]
fn stage2_translates_and_faults() {
    let rig = Rig::new();
    let s = &rig.smmu;
    let mut pt = Pt::new(s, Stage::S2, 39);
    let (a, b) = (data_page(s, 0xa1), data_page(s, 0xb2));
    const IPA: u64 = 0x8000_0000;
    pt.map_s2(s, IPA, a.addr, PtS2Ap::ReadOnly);
    rig.write_ste(SID, &s2_ste(pt.root.addr, StreamConfig::S2Trans));
    rig.cfgi_ste(SID);
    let d = s.dma(SID, None, IPA + 8, Transfer::Read(2));
    assert_eq!(
        (d.outcome, d.pa(), d.data.clone()),
        (Outcome::Translated, Some(a.addr + 8), vec![0xa1, 0xa1])
    );

    let d = s.dma(SID, None, IPA + 8, Transfer::Write(&[1]));
    let Some(EvtqEvent::FPermission(e)) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert!(
        e.s2()
            && !e.rn_w()
            && e.ipa() == IPA
            && e.input_addr() == IPA + 8
            && e.class() == Ok(FaultClass::In)
    );
    let d = s.dma(SID, None, IPA + 0x1000, Transfer::Read(1));
    assert!(
        matches!(d.event(), Some(EvtqEvent::FTranslation(e)) if e.s2() && e.ipa() == IPA + 0x1000)
    );
    let d = s.dma(SID, None, 1 << 39, Transfer::Read(1));
    assert!(
        matches!(d.event(), Some(EvtqEvent::FTranslation(e)) if e.s2()),
        "beyond the 39-bit IPA space"
    );

    // Remap without invalidation: stale until TLBI_S2_IPA.
    pt.map_s2(s, IPA, b.addr, PtS2Ap::ReadWrite);
    assert_eq!(s.dma(SID, None, IPA, Transfer::Read(1)).data, vec![0xa1]);
    let tlbi = CmdTlbiS2Ipa::new()
        .with_vmid(VMID)
        .with_address(IPA)
        .unwrap()
        .with_leaf(true);
    assert!(rig.run(&[CmdqCommand::TlbiS2Ipa(tlbi)]));
    assert_eq!(s.dma(SID, None, IPA, Transfer::Read(1)).data, vec![0xb2]);
    assert_eq!(rig.events().len(), 3);
}

#[test]
fn nested_translation() {
    let rig = Rig::new();
    let s = &rig.smmu;
    // Stage 2 maps the guest's structures at IPA = PA, and its data page at DATA_IPA.
    const DATA_IPA: u64 = 0x80_0000_0000;
    const VA: u64 = 0x7000_0000;
    let mut s2 = Pt::new(s, Stage::S2, 40);
    let mut s1 = Pt::new(s, Stage::S1, 39);
    let data = data_page(s, 0x5a);
    s1.map(s, VA, DATA_IPA, PtS1Ap::ReadWrite);
    let cds = s.dma_alloc(64, 4096).unwrap();
    write_entry(s, &cds, 0, &cd(s1.root.addr, 9, 39).0);
    let table = |addr: u64, shift: u32| {
        s1::Table(s.read_u64(addr + 8 * ((VA >> shift) & 0x1ff)).unwrap()).nlta()
    };
    let l2 = table(s1.root.addr, 30);
    let l3 = table(l2, 21);
    for p in [cds.addr, s1.root.addr, l2, l3] {
        s2.map_s2(s, p, p, PtS2Ap::ReadWrite);
    }
    s2.map_s2(s, DATA_IPA, data.addr, PtS2Ap::ReadWrite);
    // A 40-bit IPA space starting at level 0 (one bit resolved there).
    let ste = s2_ste(s2.root.addr, StreamConfig::Nested)
        .with_s2t0sz(24)
        .unwrap()
        .with_s2sl0(2)
        .unwrap()
        .with_s1_fmt(SteS1Fmt::Linear)
        .with_s1_context_ptr(cds.addr)
        .unwrap()
        .with_s1dss(SteS1dss::Terminate);
    rig.write_ste(SID, &ste);
    rig.cfgi_ste(SID);
    let d = s.dma(SID, None, VA + 4, Transfer::Read(4));
    assert_eq!(
        (d.outcome, d.pa(), d.data.clone()),
        (Outcome::Translated, Some(data.addr + 4), vec![0x5a; 4])
    );

    // Take the level-3 table out of stage 2: the stage 1 walk faults at stage 2, CLASS = TT.
    s2.set_leaf(s, l3, 0);
    let tlbi = CmdTlbiS12Vmall::new().with_vmid(VMID);
    assert!(rig.run(&[CmdqCommand::TlbiS12Vmall(tlbi)]));
    let d = s.dma(SID, None, VA, Transfer::Read(4));
    let Some(EvtqEvent::FTranslation(e)) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert!(e.s2() && e.class() == Ok(FaultClass::Tt) && e.ipa() == l3 && e.input_addr() == VA);

    // The CD itself outside stage 2: CLASS = CD.
    s2.set_leaf(s, cds.addr, 0);
    assert!(rig.run(&[CmdqCommand::TlbiS12Vmall(tlbi)]));
    rig.cfgi_ste(SID);
    let d = s.dma(SID, None, VA, Transfer::Read(4));
    assert!(
        matches!(d.event(), Some(EvtqEvent::FTranslation(e)) if e.s2() && e.class() == Ok(FaultClass::Cd) && e.ipa() == cds.addr)
    );
    assert!(s.violations().is_empty(), "{:?}", s.violations());
}

#[test]
fn eats_is_legal_only_where_ats_allows_it() {
    for ats in [false, true] {
        let rig = Rig::queues(
            MockConfig {
                ats,
                ..MockConfig::default()
            },
            6,
            EVTQ_LOG2,
        );
        rig.enable();
        let s = &rig.smmu;
        let idr0: Idr0 = common::read(s);
        assert_eq!(idr0.ats(), ats, "IDR0.ATS reports the configuration");
        const IOVA: u64 = 0x8000_0000;
        let data = data_page(s, 0x3c);
        let mut s2 = Pt::new(s, Stage::S2, 39);
        s2.map_s2(s, IOVA, data.addr, PtS2Ap::ReadWrite);
        let stage2 = s2_ste(s2.root.addr, StreamConfig::S2Trans);
        let mut s1 = Pt::new(s, Stage::S1, 39);
        s1.map(s, IOVA, data.addr, PtS1Ap::ReadWrite);
        let cds = s.dma_alloc(64, 64).unwrap();
        write_entry(s, &cds, 0, &cd(s1.root.addr, 3, 39).0);
        let stage1 = s1_ste(cds.addr, 0, SteS1Fmt::Linear, SteS1dss::Terminate);
        let cases = [
            (stage2, true),
            (stage2.with_eats(SteEats::FullAts), ats),
            // Split-stage ATS needs both stages; DPT is not implemented.
            (stage2.with_eats(SteEats::SplitStageAts), false),
            (stage2.with_eats(SteEats::FullAtsDpt), false),
            // Stage 1 only: S2S is ignored, except that Full ATS with S2S is ILLEGAL.
            (stage1.with_s2s(true), true),
            (stage1.with_eats(SteEats::FullAts), ats),
            (stage1.with_eats(SteEats::FullAts).with_s2s(true), false),
        ];
        for (ste, legal) in cases {
            rig.write_ste(SID, &ste);
            rig.cfgi_ste(SID);
            let d = s.dma(SID, None, IOVA, Transfer::Read(1));
            let bad_ste = matches!(d.event(), Some(EvtqEvent::CBadSte(_)));
            assert_eq!(!bad_ste, legal, "ATS {ats}, {ste:?}: {d:?}");
            if legal {
                assert_eq!(d.data, vec![0x3c], "{ste:?}");
            }
        }
    }
}
