//! The store observer: a test sees the table entry between any two CPU stores, and can play
//! DMA against each intermediate state (evicting the caches so the SMMU refetches, as it may
//! at any time). An update in the wrong order shows a torn state; the right order does not.
//! Also: the SMMU reading memory the driver has freed is reported.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::{bypass_ste, cd, data_page, s1_ste, write_entry, Pt, Rig, Stage};
use iommugen_mock::spec::entries::STE;
use iommugen_mock::spec::enums::{PtS1Ap, STE_S1Fmt, STE_S1DSS};
use iommugen_mock::{Dma, MockSmmu, Store, Transfer, Violation};
use iommugen_runtime::hal::Hal;

const SID: u32 = 4;
/// In RAM and in the 39-bit input range, so that bypassed DMA reaches memory too.
const IOVA: u64 = 0x4800_0000;

/// What the observer saw after one store: the STE in memory and the outcome of a DMA.
type Seen = Vec<(Store, STE, Dma)>;

fn observe(rig: &Rig) -> Rc<RefCell<Seen>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let log = seen.clone();
    let ste_addr = rig.strtab.addr + u64::from(SID) * 64;
    rig.smmu.watch(
        ste_addr..ste_addr + 64,
        move |smmu: &MockSmmu, store: &Store| {
            let mut ste = STE::new();
            ste.0
                .copy_from_slice(&smmu.read_words(ste_addr, 8).expect("STE in RAM"));
            smmu.evict_caches();
            let dma = smmu.dma(SID, None, IOVA, Transfer::Read(1));
            log.borrow_mut().push((*store, ste, dma));
        },
    );
    seen
}

/// A stage 1 STE with a 2-entry CD table whose CD 0 translates `IOVA` (S1DSS = SSID0).
fn target(rig: &Rig) -> (STE, u8) {
    let s = &rig.smmu;
    let mut pt = Pt::new(s, Stage::S1, 39);
    pt.map(s, IOVA, data_page(s, 0x77).addr, PtS1Ap::ReadWrite);
    let cds = s.dma_alloc(128, 128).unwrap();
    write_entry(s, &cds, 0, &cd(pt.root.addr, 3, 39).0);
    (
        s1_ste(cds.addr, 1, STE_S1Fmt::Linear, STE_S1DSS::Ssid0),
        0x77,
    )
}

#[test]
fn torn_update_is_visible_between_stores() {
    let rig = Rig::new();
    rig.write_ste(SID, &bypass_ste());
    let (new, byte) = target(&rig);
    let seen = observe(&rig);
    // Word 0 first (V, Config, S1CDMax, the CD pointer), then word 1 (S1DSS).
    rig.write_ste(SID, &new);
    let seen = seen.borrow();
    assert_eq!(seen.len(), 8, "one call per 64-bit store");
    assert_eq!(seen[0].0.new, new.0[0]);
    assert_eq!(seen[0].1 .0[1], 0, "word 1 still holds the old value");
    // Between the first and second store the STE says "substreams, S1DSS = Terminate".
    assert!(
        matches!(
            seen[0].2.event().map(|e| e.name()),
            Some("F_STREAM_DISABLED")
        ),
        "{:?}",
        seen[0].2
    );
    for (_, _, dma) in &seen[1..] {
        assert_eq!(dma.data, vec![byte]);
    }
}

#[test]
fn ordered_update_has_no_bad_intermediate_state() {
    let rig = Rig::new();
    rig.write_ste(SID, &bypass_ste());
    let (new, byte) = target(&rig);
    let seen = observe(&rig);
    // Words the SMMU ignores while Config = Bypass first, the word that switches last.
    let s = &rig.smmu;
    for i in (1..8).chain([0]) {
        s.dma_write(&rig.strtab, SID as usize * 8 + i, new.0[i]);
    }
    s.wmb();
    let seen = seen.borrow();
    assert_eq!(seen.len(), 8);
    for (_, _, dma) in &seen[..7] {
        assert!(
            dma.is_ok() && dma.termination().is_none(),
            "bypass throughout: {dma:?}"
        );
    }
    assert_eq!(seen[7].2.data, vec![byte]);
}

#[test]
fn unwatched_stores_are_not_reported() {
    let rig = Rig::new();
    let count = Rc::new(RefCell::new(0));
    let c = count.clone();
    let id = rig.smmu.watch(
        rig.strtab.addr..rig.strtab.addr + 64,
        move |_: &MockSmmu, _: &Store| *c.borrow_mut() += 1,
    );
    rig.write_ste(0, &bypass_ste());
    rig.write_ste(1, &bypass_ste());
    rig.smmu.unwatch(id);
    rig.write_ste(0, &bypass_ste());
    assert_eq!(*count.borrow(), 8);
}

#[test]
fn smmu_reading_freed_memory_is_reported() {
    let rig = Rig::new();
    let s = &rig.smmu;
    let (new, _) = target(&rig);
    let cds = new.S1ContextPtr();
    rig.write_ste(SID, &new);
    rig.cfgi_ste(SID);
    assert!(s.dma(SID, None, IOVA, Transfer::Read(1)).is_ok());
    // The driver frees the CD table while the STE still points at it, and the SMMU refetches.
    s.dma_free(iommugen_runtime::hal::DmaBuf {
        handle: cds as usize,
        addr: cds,
        bytes: 128,
    });
    s.evict_caches();
    let _ = s.dma(SID, None, IOVA, Transfer::Read(1));
    assert_eq!(
        s.take_violations(),
        vec![Violation::FreedMemoryRead {
            pa: cds,
            what: "CD"
        }]
    );
}
