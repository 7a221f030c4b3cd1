//! Stage 2 and nested translation: an S2-only STE translating IPA to PA, stage 2 faults with
//! S2 and IPA in the record, stale stage 2 entries until TLBI_S2_IPA, and nested translation
//! where the CD, the stage 1 tables and the output all go through stage 2; which STE.EATS
//! values are legal with and without ATS.

mod common;

use common::{cd, data_page, s1_ste, write_entry, Pt, Rig, Stage, EVTQ_LOG2};
use iommugen_mock::spec::cmdq::{CMDQ_Command, CMD_TLBI_S12_VMALL, CMD_TLBI_S2_IPA};
use iommugen_mock::spec::entries::STE;
use iommugen_mock::spec::enums::{
    FaultClass, PhysAddrSize, PtS1Ap, PtS2Ap, STE_S1Fmt, SteEats, StreamConfig, Tg0Granule,
    STE_S1DSS,
};
use iommugen_mock::spec::evtq::EVTQ_Event;
use iommugen_mock::spec::pagetables::vmsav8_64_stage1 as s1;
use iommugen_mock::spec::regs::IDR0;
use iommugen_mock::{MockConfig, Outcome, Transfer};
use iommugen_runtime::hal::Hal;

const SID: u32 = 0x20;
const VMID: u16 = 5;

fn s2_ste(root: u64, config: StreamConfig) -> STE {
    STE::new()
        .with_V(true)
        .with_Config(config)
        .with_S2VMID(VMID)
        .with_S2T0SZ(25)
        .unwrap()
        .with_S2SL0(1)
        .unwrap()
        .with_S2TG(Tg0Granule::Granule4K)
        .with_S2PS(PhysAddrSize::Bits44)
        .with_S2AA64(true)
        .with_S2R(true)
        .with_S2TTB(root)
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
    let Some(EVTQ_Event::F_PERMISSION(e)) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert!(
        e.S2()
            && !e.RnW()
            && e.IPA() == IPA
            && e.InputAddr() == IPA + 8
            && e.CLASS() == Ok(FaultClass::IN)
    );
    let d = s.dma(SID, None, IPA + 0x1000, Transfer::Read(1));
    assert!(
        matches!(d.event(), Some(EVTQ_Event::F_TRANSLATION(e)) if e.S2() && e.IPA() == IPA + 0x1000)
    );
    let d = s.dma(SID, None, 1 << 39, Transfer::Read(1));
    assert!(
        matches!(d.event(), Some(EVTQ_Event::F_TRANSLATION(e)) if e.S2()),
        "beyond the 39-bit IPA space"
    );

    // Remap without invalidation: stale until TLBI_S2_IPA.
    pt.map_s2(s, IPA, b.addr, PtS2Ap::ReadWrite);
    assert_eq!(s.dma(SID, None, IPA, Transfer::Read(1)).data, vec![0xa1]);
    let tlbi = CMD_TLBI_S2_IPA::new()
        .with_VMID(VMID)
        .with_Address(IPA)
        .unwrap()
        .with_Leaf(true);
    assert!(rig.run(&[CMDQ_Command::CMD_TLBI_S2_IPA(tlbi)]));
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
        s1::Table(s.read_u64(addr + 8 * ((VA >> shift) & 0x1ff)).unwrap()).NLTA()
    };
    let l2 = table(s1.root.addr, 30);
    let l3 = table(l2, 21);
    for p in [cds.addr, s1.root.addr, l2, l3] {
        s2.map_s2(s, p, p, PtS2Ap::ReadWrite);
    }
    s2.map_s2(s, DATA_IPA, data.addr, PtS2Ap::ReadWrite);
    // A 40-bit IPA space starting at level 0 (one bit resolved there).
    let ste = s2_ste(s2.root.addr, StreamConfig::Nested)
        .with_S2T0SZ(24)
        .unwrap()
        .with_S2SL0(2)
        .unwrap()
        .with_S1Fmt(STE_S1Fmt::Linear)
        .with_S1ContextPtr(cds.addr)
        .unwrap()
        .with_S1DSS(STE_S1DSS::Terminate);
    rig.write_ste(SID, &ste);
    rig.cfgi_ste(SID);
    let d = s.dma(SID, None, VA + 4, Transfer::Read(4));
    assert_eq!(
        (d.outcome, d.pa(), d.data.clone()),
        (Outcome::Translated, Some(data.addr + 4), vec![0x5a; 4])
    );

    // Take the level-3 table out of stage 2: the stage 1 walk faults at stage 2, CLASS = TT.
    s2.set_leaf(s, l3, 0);
    let tlbi = CMD_TLBI_S12_VMALL::new().with_VMID(VMID);
    assert!(rig.run(&[CMDQ_Command::CMD_TLBI_S12_VMALL(tlbi)]));
    let d = s.dma(SID, None, VA, Transfer::Read(4));
    let Some(EVTQ_Event::F_TRANSLATION(e)) = d.event() else {
        panic!("{:?}", d.event())
    };
    assert!(e.S2() && e.CLASS() == Ok(FaultClass::TT) && e.IPA() == l3 && e.InputAddr() == VA);

    // The CD itself outside stage 2: CLASS = CD.
    s2.set_leaf(s, cds.addr, 0);
    assert!(rig.run(&[CMDQ_Command::CMD_TLBI_S12_VMALL(tlbi)]));
    rig.cfgi_ste(SID);
    let d = s.dma(SID, None, VA, Transfer::Read(4));
    assert!(
        matches!(d.event(), Some(EVTQ_Event::F_TRANSLATION(e)) if e.S2() && e.CLASS() == Ok(FaultClass::CD) && e.IPA() == cds.addr)
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
        let idr0: IDR0 = common::read(s);
        assert_eq!(idr0.ATS(), ats, "IDR0.ATS reports the configuration");
        const IOVA: u64 = 0x8000_0000;
        let data = data_page(s, 0x3c);
        let mut s2 = Pt::new(s, Stage::S2, 39);
        s2.map_s2(s, IOVA, data.addr, PtS2Ap::ReadWrite);
        let stage2 = s2_ste(s2.root.addr, StreamConfig::S2Trans);
        let mut s1 = Pt::new(s, Stage::S1, 39);
        s1.map(s, IOVA, data.addr, PtS1Ap::ReadWrite);
        let cds = s.dma_alloc(64, 64).unwrap();
        write_entry(s, &cds, 0, &cd(s1.root.addr, 3, 39).0);
        let stage1 = s1_ste(cds.addr, 0, STE_S1Fmt::Linear, STE_S1DSS::Terminate);
        let cases = [
            (stage2, true),
            (stage2.with_EATS(SteEats::FullAts), ats),
            // Split-stage ATS needs both stages; DPT is not implemented.
            (stage2.with_EATS(SteEats::SplitStageAts), false),
            (stage2.with_EATS(SteEats::FullAtsDpt), false),
            // Stage 1 only: S2S is ignored, except that Full ATS with S2S is ILLEGAL.
            (stage1.with_S2S(true), true),
            (stage1.with_EATS(SteEats::FullAts), ats),
            (stage1.with_EATS(SteEats::FullAts).with_S2S(true), false),
        ];
        for (ste, legal) in cases {
            rig.write_ste(SID, &ste);
            rig.cfgi_ste(SID);
            let d = s.dma(SID, None, IOVA, Transfer::Read(1));
            let bad_ste = matches!(d.event(), Some(EVTQ_Event::C_BAD_STE(_)));
            assert_eq!(!bad_ste, legal, "ATS {ats}, {ste:?}: {d:?}");
            if legal {
                assert_eq!(d.data, vec![0x3c], "{ste:?}");
            }
        }
    }
}
