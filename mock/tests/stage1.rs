//! Stage 1 translation: an STE, a CD and a hand-built 4K page table translating DMA; the
//! translation faults and their event records; stale translations until TLBI; substreams
//! (PASID) through linear and two-level CD tables and the S1DSS modes; CD validation.

mod common;

use common::{cd, data_page, s1_ste, write_entry, Pt, Rig, Stage};
use iommugen_mock::spec::entries::L1CD;
use iommugen_mock::spec::enums::{FaultClass, PtS1Ap, STE_S1Fmt, STE_S1DSS};
use iommugen_mock::spec::evtq::EVTQ_Event;
use iommugen_mock::spec::pagetables::vmsav8_64_stage1 as s1;
use iommugen_mock::{Attrs, Cause, Outcome, Transfer};
use iommugen_runtime::hal::Hal;

const SID: u32 = 0x10;
const ASID: u16 = 7;
const IOVA: u64 = 0x1234_5000;

/// A rig with stream `SID` translating through one CD and a 39-bit, 3-level table.
fn stage1() -> (Rig, Pt) {
    let rig = Rig::new();
    let s = &rig.smmu;
    let pt = Pt::new(s, Stage::S1, 39);
    let cds = s.dma_alloc(64, 64).unwrap();
    write_entry(s, &cds, 0, &cd(pt.root.addr, ASID, 39).0);
    rig.write_ste(
        SID,
        &s1_ste(cds.addr, 0, STE_S1Fmt::Linear, STE_S1DSS::Terminate),
    );
    rig.cfgi_ste(SID);
    (rig, pt)
}

#[test]
fn translates_through_a_hand_built_table() {
    let (rig, mut pt) = stage1();
    let s = &rig.smmu;
    let page = data_page(s, 0xab);
    pt.map(s, IOVA, page.addr, PtS1Ap::ReadWrite);
    let d = s.dma(SID, None, IOVA + 0x10, Transfer::Read(32));
    assert_eq!(d.outcome, Outcome::Translated);
    assert_eq!(d.pa(), Some(page.addr + 0x10));
    assert_eq!(d.data, vec![0xab; 32]);

    let d = s.dma(
        SID,
        None,
        IOVA + 0xff8,
        Transfer::Write(&[1, 2, 3, 4, 5, 6, 7, 8]),
    );
    assert!(d.is_ok());
    assert_eq!(
        s.dma_read(&page, 511),
        u64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 8])
    );
    assert!(rig.events().is_empty());
    assert!(s.violations().is_empty(), "{:?}", s.violations());
}

#[test]
fn translation_fault_event_contents() {
    let (rig, _pt) = stage1();
    let d = rig
        .smmu
        .dma(SID, None, IOVA + 0x44, Transfer::Write(&[0; 4]));
    assert_eq!(
        d.termination().map(|t| (t.cause, t.iova, t.abort)),
        Some((Cause::Translation, IOVA + 0x44, true))
    );
    let events = rig.events();
    assert_eq!(events.len(), 1);
    let EVTQ_Event::F_TRANSLATION(e) = events[0] else {
        panic!("expected F_TRANSLATION, got {:?}", events[0])
    };
    assert_eq!(e.StreamID(), SID);
    assert_eq!(e.InputAddr(), IOVA + 0x44);
    assert!(!e.SSV() && !e.RnW() && !e.S2() && !e.PnU());
    assert_eq!(e.CLASS(), Ok(FaultClass::IN));
}

#[test]
fn permission_access_and_address_size_faults() {
    let (rig, mut pt) = stage1();
    let s = &rig.smmu;
    let page = data_page(s, 1);
    pt.map(s, IOVA, page.addr, PtS1Ap::ReadOnly);
    assert!(s.dma(SID, None, IOVA, Transfer::Read(8)).is_ok());
    assert!(
        matches!(s.dma(SID, None, IOVA, Transfer::Write(&[0])).event(), Some(EVTQ_Event::F_PERMISSION(e)) if !e.RnW())
    );

    // Privileged-only page: an unprivileged (default PCIe) access faults, a privileged one passes.
    pt.map(s, IOVA + 0x1000, page.addr, PtS1Ap::PrivReadWrite);
    assert!(matches!(
        s.dma(SID, None, IOVA + 0x1000, Transfer::Read(8)).event(),
        Some(EVTQ_Event::F_PERMISSION(_))
    ));
    let privileged = Attrs {
        privileged: true,
        instruction: false,
    };
    assert!(s
        .dma_attrs(SID, None, IOVA + 0x1000, Transfer::Read(8), privileged)
        .is_ok());

    // AF = 0.
    let no_af = s1::Page::new()
        .with_OA(page.addr)
        .unwrap()
        .with_AP(PtS1Ap::ReadWrite)
        .0;
    pt.set_leaf(s, IOVA + 0x2000, no_af);
    assert!(
        matches!(s.dma(SID, None, IOVA + 0x2000, Transfer::Read(8)).event(), Some(EVTQ_Event::F_ACCESS(e)) if e.InputAddr() == IOVA + 0x2000)
    );

    // An output address beyond the CD's 44-bit IPS.
    let far = s1::Page::new()
        .with_OA(1 << 45)
        .unwrap()
        .with_AF(true)
        .with_AP(PtS1Ap::ReadWrite)
        .0;
    pt.set_leaf(s, IOVA + 0x3000, far);
    assert!(matches!(
        s.dma(SID, None, IOVA + 0x3000, Transfer::Read(8)).event(),
        Some(EVTQ_Event::F_ADDR_SIZE(_))
    ));

    // Beyond the 39-bit input range.
    assert!(matches!(
        s.dma(SID, None, 1 << 40, Transfer::Read(8)).event(),
        Some(EVTQ_Event::F_TRANSLATION(_))
    ));

    let kinds: Vec<&str> = rig.events().iter().map(|e| e.name()).collect();
    assert_eq!(
        kinds,
        [
            "F_PERMISSION",
            "F_PERMISSION",
            "F_ACCESS",
            "F_ADDR_SIZE",
            "F_TRANSLATION"
        ]
    );
}

#[test]
fn stale_translation_until_tlbi() {
    let (rig, mut pt) = stage1();
    let s = &rig.smmu;
    let (a, b) = (data_page(s, 0xaa), data_page(s, 0xbb));
    pt.map(s, IOVA, a.addr, PtS1Ap::ReadWrite);
    assert_eq!(s.dma(SID, None, IOVA, Transfer::Read(1)).data, vec![0xaa]);
    // Remap without invalidation: the IOTLB still has the old page.
    pt.map(s, IOVA, b.addr, PtS1Ap::ReadWrite);
    assert_eq!(s.dma(SID, None, IOVA, Transfer::Read(1)).data, vec![0xaa]);
    rig.tlbi_va(ASID, IOVA, true);
    assert_eq!(s.dma(SID, None, IOVA, Transfer::Read(1)).data, vec![0xbb]);
    // Unmap, then TLBI by ASID.
    pt.set_leaf(s, IOVA, 0);
    assert!(
        s.dma(SID, None, IOVA, Transfer::Read(1)).is_ok(),
        "stale until invalidated"
    );
    rig.tlbi_asid(ASID);
    assert!(matches!(
        s.dma(SID, None, IOVA, Transfer::Read(1)).event(),
        Some(EVTQ_Event::F_TRANSLATION(_))
    ));
}

#[test]
fn leaf_invalidation_keeps_the_walk_cache() {
    let (rig, mut pt) = stage1();
    let s = &rig.smmu;
    let (a, b) = (data_page(s, 0xaa), data_page(s, 0xbb));
    pt.map(s, IOVA, a.addr, PtS1Ap::ReadWrite);
    assert!(s.dma(SID, None, IOVA, Transfer::Read(1)).is_ok());
    // Replace the level-2 table pointer by a new table mapping IOVA elsewhere.
    let mut other = Pt::new(s, Stage::S1, 39);
    let new_leaf = other.map(s, IOVA, b.addr, PtS1Ap::ReadWrite);
    let l2_slot = pt.root.addr + 8 * ((IOVA >> 30) & 0x1ff);
    let l2_table = s1::Table(s.read_u64(l2_slot).unwrap()).NLTA();
    let new_l3 = new_leaf & !0xfff;
    let l3_slot = l2_table + 8 * ((IOVA >> 21) & 0x1ff);
    assert!(s.write_u64(l3_slot, s1::Table::new().with_NLTA(new_l3).unwrap().0));
    s.wmb();
    rig.tlbi_va(ASID, IOVA, true);
    assert_eq!(
        s.dma(SID, None, IOVA, Transfer::Read(1)).data,
        vec![0xaa],
        "Leaf = 1 leaves the cached table walk"
    );
    rig.tlbi_va(ASID, IOVA, false);
    assert_eq!(s.dma(SID, None, IOVA, Transfer::Read(1)).data, vec![0xbb]);
}

#[test]
fn substreams_through_cd_tables() {
    let rig = Rig::new();
    let s = &rig.smmu;
    let mut pts: Vec<Pt> = (0..3).map(|_| Pt::new(s, Stage::S1, 39)).collect();
    let pages: Vec<_> = (0..3u8).map(|i| data_page(s, 0x10 + i)).collect();
    for (pt, page) in pts.iter_mut().zip(&pages) {
        pt.map(s, IOVA, page.addr, PtS1Ap::ReadWrite);
    }
    // Linear table of 4 CDs; SubstreamID 0 is also used by DMA without a PASID (S1DSS = SSID0).
    let cds = s.dma_alloc(4 * 64, 4 * 64).unwrap();
    write_entry(s, &cds, 0, &cd(pts[0].root.addr, 1, 39).0);
    write_entry(s, &cds, 2, &cd(pts[2].root.addr, 3, 39).0);
    rig.write_ste(
        SID,
        &s1_ste(cds.addr, 2, STE_S1Fmt::Linear, STE_S1DSS::Ssid0),
    );
    rig.cfgi_ste(SID);
    assert_eq!(s.dma(SID, None, IOVA, Transfer::Read(1)).data, vec![0x10]);
    assert_eq!(
        s.dma(SID, Some(2), IOVA, Transfer::Read(1)).data,
        vec![0x12]
    );
    let ev = |p| s.dma(SID, Some(p), IOVA, Transfer::Read(1)).event();
    assert!(
        matches!(ev(1), Some(EVTQ_Event::C_BAD_CD(e)) if e.SSV() && e.SubstreamID() == 1),
        "CD 1 is invalid"
    );
    assert!(
        matches!(ev(4), Some(EVTQ_Event::C_BAD_SUBSTREAMID(e)) if e.SubstreamID() == 4),
        "beyond S1CDMax"
    );
    assert!(
        matches!(ev(0), Some(EVTQ_Event::C_BAD_SUBSTREAMID(_))),
        "SSID 0 is reserved with S1DSS = SSID0"
    );

    // Two-level CD table (4K leaves of 64 CDs): SubstreamID 65 is leaf 1, index 1.
    let l1 = s.dma_alloc(4 * 8, 64).unwrap();
    let leaf = s.dma_alloc(64 * 64, 4096).unwrap();
    write_entry(s, &leaf, 1, &cd(pts[1].root.addr, 2, 39).0);
    s.dma_write(
        &l1,
        1,
        L1CD::new().with_V(true).with_L2Ptr(leaf.addr).unwrap().0[0],
    );
    s.wmb();
    rig.write_ste(
        SID,
        &s1_ste(l1.addr, 8, STE_S1Fmt::TwoLevel4K, STE_S1DSS::Terminate),
    );
    rig.cfgi_ste(SID);
    assert_eq!(
        s.dma(SID, Some(65), IOVA, Transfer::Read(1)).data,
        vec![0x11]
    );
    assert!(
        matches!(ev(130), Some(EVTQ_Event::C_BAD_SUBSTREAMID(_))),
        "L1CD 2 is invalid"
    );
    assert!(
        matches!(s.dma(SID, None, IOVA, Transfer::Read(1)).event(), Some(EVTQ_Event::F_STREAM_DISABLED(e)) if e.StreamID() == SID)
    );

    // S1DSS = Bypass: DMA without a PASID bypasses stage 1.
    rig.write_ste(
        SID,
        &s1_ste(l1.addr, 8, STE_S1Fmt::TwoLevel4K, STE_S1DSS::Bypass),
    );
    rig.cfgi_ste(SID);
    assert_eq!(
        s.dma(SID, None, pages[2].addr, Transfer::Read(1)).outcome,
        Outcome::Bypassed
    );
}

#[test]
fn invalid_cd_is_reported() {
    let rig = Rig::new();
    let s = &rig.smmu;
    let cds = s.dma_alloc(64, 64).unwrap();
    let empty = s.dma_alloc(4096, 4096).unwrap();
    // AA64 = 0 (VMSAv8-32 tables) is not implemented.
    write_entry(s, &cds, 0, &cd(empty.addr, 1, 39).with_AA64(false).0);
    rig.write_ste(
        SID,
        &s1_ste(cds.addr, 0, STE_S1Fmt::Linear, STE_S1DSS::Terminate),
    );
    rig.cfgi_ste(SID);
    let d = s.dma(SID, None, IOVA, Transfer::Read(1));
    assert!(matches!(d.event(), Some(EVTQ_Event::C_BAD_CD(e)) if e.StreamID() == SID && !e.SSV()));
    // The invalid CD was not cached: once fixed it is used (and the empty table faults).
    write_entry(s, &cds, 0, &cd(empty.addr, 1, 39).0);
    assert!(matches!(
        s.dma(SID, None, IOVA, Transfer::Read(1)).event(),
        Some(EVTQ_Event::F_TRANSLATION(_))
    ));
}
