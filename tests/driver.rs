//! The driver runtime end to end against the userspace mock of the SMMUv3: probe and enable,
//! attach, map, translated DMA, unmap, fault events, a missing invalidation caught, and the
//! model's checks of how the driver used the registers.

use iommugen_mock::{Cause, MockSmmu, Outcome, Transfer};
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::domain::RW;
use iommugen_runtime::smmuv3::evtq::EventRecord;
use iommugen_runtime::smmuv3::planted::Mutation;
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::evtq::EVTQ_Event;
use iommugen_runtime::smmuv3::spec::regs::CR0;

const SID: u32 = 0x10;
const IOVA: u64 = 0x1000_0000;

fn smmu(config: Config) -> Smmu<MockSmmu> {
    Smmu::new(MockSmmu::new(), config).expect("the driver brings the mock up")
}

/// A page of simulated RAM owned by the test (not the driver's tables).
fn buffer(s: &Smmu<MockSmmu>) -> u64 {
    use iommugen_runtime::hal::Hal;
    s.hal.dma_alloc(4096, 4096).expect("test buffer").addr
}

fn events(s: &mut Smmu<MockSmmu>) -> Vec<EventRecord> {
    let mut out = Vec::new();
    s.poll_events(|e| out.push(e));
    out
}

#[test]
fn probe_enables_the_smmu_cleanly() {
    let s = smmu(Config::default());
    let cr0: CR0 = s.hal.reg();
    assert!(cr0.SMMUEN() && cr0.CMDQEN() && cr0.EVENTQEN());
    assert!(s.features.stage1);
    assert!(s.hal.violations().is_empty(), "{:?}", s.hal.violations());
}

#[test]
fn dma_is_translated_through_a_paging_domain() {
    let mut s = smmu(Config::default());
    let pa = buffer(&s);
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, IOVA, pa, 4096, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
    let dma = s.hal.dma(SID, None, IOVA + 0x10, Transfer::Write(b"hello"));
    assert_eq!(dma.outcome, Outcome::Translated, "{dma:?}");
    assert_eq!(
        s.hal.read_bytes(pa + 0x10, 5).as_deref(),
        Some(&b"hello"[..])
    );
    assert_eq!(s.iova_to_phys(d, IOVA + 0x10).unwrap(), Some(pa + 0x10));
    assert!(s.hal.violations().is_empty(), "{:?}", s.hal.violations());
}

#[test]
fn unmapped_iova_faults_with_an_event() {
    let mut s = smmu(Config::default());
    let pa = buffer(&s);
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, IOVA, pa, 4096, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
    assert_eq!(
        s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome,
        Outcome::Translated
    );
    assert_eq!(s.unmap(d, IOVA, 4096).unwrap(), 4096);
    let dma = s.hal.dma(SID, None, IOVA + 8, Transfer::Read(8));
    assert!(
        matches!(dma.outcome, Outcome::Terminated(t) if t.cause == Cause::Translation),
        "{dma:?}"
    );
    let evs = events(&mut s);
    assert_eq!(evs.len(), 1, "{evs:?}");
    match evs[0].event {
        Ok(EVTQ_Event::F_TRANSLATION(f)) => {
            assert_eq!(f.StreamID(), SID);
            assert_eq!(f.InputAddr(), IOVA + 8);
        }
        ref other => panic!("expected F_TRANSLATION, got {other:?}"),
    }
}

#[test]
fn a_missing_tlb_invalidation_is_caught() {
    // With the invalidation skipped, the SMMU keeps translating through its IOTLB: the DMA
    // still lands in the old page. The correct driver makes it fault.
    for (mutation, stale_expected) in [
        (Mutation::SkipUnmapInvalidation, true),
        (Mutation::None, false),
    ] {
        let mut s = smmu(Config {
            mutation,
            ..Config::default()
        });
        let pa = buffer(&s);
        let d = s.alloc_paging_domain().unwrap();
        s.map(d, IOVA, pa, 4096, RW).unwrap();
        s.attach_dev(SID, Target::Domain(d)).unwrap();
        assert_eq!(
            s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome,
            Outcome::Translated
        );
        s.unmap(d, IOVA, 4096).unwrap();
        let stale = s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome == Outcome::Translated;
        assert_eq!(stale, stale_expected, "{mutation:?}");
    }
}

#[test]
fn a_missing_ste_invalidation_is_caught() {
    for (mutation, stale_expected) in [
        (Mutation::SkipSteInvalidation, true),
        (Mutation::None, false),
    ] {
        let mut s = smmu(Config {
            mutation,
            ..Config::default()
        });
        s.attach_dev(SID, Target::Identity).unwrap();
        assert_eq!(
            s.hal.dma(SID, None, 0x4000_0000, Transfer::Read(8)).outcome,
            Outcome::Bypassed
        );
        s.detach_dev(SID).unwrap();
        let stale =
            s.hal.dma(SID, None, 0x4000_0000, Transfer::Read(8)).outcome == Outcome::Bypassed;
        assert_eq!(stale, stale_expected, "{mutation:?}");
    }
}

#[test]
fn identity_bypasses_and_blocked_aborts_without_an_event() {
    let mut s = smmu(Config::default());
    s.attach_dev(SID, Target::Identity).unwrap();
    let dma = s.hal.dma(SID, None, 0x4000_1000, Transfer::Read(4));
    assert_eq!(dma.outcome, Outcome::Bypassed);
    s.attach_dev(SID, Target::Blocked).unwrap();
    let dma = s.hal.dma(SID, None, 0x4000_1000, Transfer::Read(4));
    assert!(
        matches!(dma.outcome, Outcome::Terminated(t) if t.cause == Cause::SteAbort),
        "{dma:?}"
    );
    assert!(events(&mut s).is_empty());
}

#[test]
fn two_megabyte_blocks_and_several_domains() {
    use iommugen_runtime::hal::Hal;
    let mut s = smmu(Config::default());
    let big = s.hal.dma_alloc(2 << 20, 2 << 20).unwrap().addr;
    let d1 = s.alloc_paging_domain().unwrap();
    let d2 = s.alloc_paging_domain().unwrap();
    assert_ne!(s.asid(d1).unwrap(), s.asid(d2).unwrap());
    s.map(d1, 0x20_0000, big, 2 << 20, RW).unwrap();
    s.map(d2, 0x40_0000, big, 2 << 20, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d1)).unwrap();
    s.attach_dev(SID + 1, Target::Domain(d2)).unwrap();
    let a = s
        .hal
        .dma(SID, None, 0x20_0000 + 0x1234, Transfer::Write(b"x"));
    let b = s
        .hal
        .dma(SID + 1, None, 0x40_0000 + 0x1235, Transfer::Write(b"y"));
    assert_eq!(
        (a.outcome, b.outcome),
        (Outcome::Translated, Outcome::Translated)
    );
    assert_eq!(
        s.hal.read_bytes(big + 0x1234, 2).as_deref(),
        Some(&b"xy"[..])
    );
    // Detach and reattach: faults while detached, translated again after.
    s.detach_dev(SID).unwrap();
    assert!(matches!(
        s.hal.dma(SID, None, 0x20_0000, Transfer::Read(1)).outcome,
        Outcome::Terminated(_)
    ));
    s.attach_dev(SID, Target::Domain(d1)).unwrap();
    assert_eq!(
        s.hal.dma(SID, None, 0x20_0000, Transfer::Read(1)).outcome,
        Outcome::Translated
    );
}

#[test]
fn pasids_keep_translating_after_the_rid_is_detached() {
    let mut s = smmu(Config::default());
    let pa = buffer(&s);
    let rid = s.alloc_paging_domain().unwrap();
    let sva = s.alloc_sva_domain().unwrap();
    s.map(rid, IOVA, pa, 4096, RW).unwrap();
    s.map(sva, 0x7000_0000, pa, 4096, RW).unwrap();
    s.attach_dev(SID, Target::Domain(rid)).unwrap();
    s.set_dev_pasid(SID, 1, Target::Domain(sva)).unwrap();
    assert_eq!(
        s.hal
            .dma(SID, Some(1), 0x7000_0000, Transfer::Read(8))
            .outcome,
        Outcome::Translated
    );
    s.detach_dev(SID).unwrap();
    assert!(matches!(
        s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome,
        Outcome::Terminated(_)
    ));
    assert_eq!(
        s.hal
            .dma(SID, Some(1), 0x7000_0000, Transfer::Read(8))
            .outcome,
        Outcome::Translated
    );
    // Releasing ownership with a PASID attached is refused; after removing it, allowed.
    assert!(s.release_owner(SID).is_err());
    s.remove_dev_pasid(SID, 1).unwrap();
    s.release_owner(SID).unwrap();
    assert!(matches!(
        s.hal
            .dma(SID, Some(1), 0x7000_0000, Transfer::Read(8))
            .outcome,
        Outcome::Terminated(_)
    ));
}

#[test]
fn shutdown_frees_everything() {
    let hal = MockSmmu::new();
    let before = hal.live_allocations();
    let mut s = Smmu::new(hal.clone(), Config::default()).unwrap();
    let pa = buffer(&s);
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, IOVA, pa, 4096, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
    let hal = s.shutdown().unwrap();
    let cr0: CR0 = hal.reg();
    assert!(!cr0.SMMUEN());
    // Only the test's own buffer is left.
    assert_eq!(hal.live_allocations(), before + 1);
}

#[test]
fn unconfigured_streams_get_the_default_behaviour_without_events() {
    use iommugen_runtime::smmuv3::smmu::Unattached;
    for (unattached, bypassed) in [(Unattached::Bypass, true), (Unattached::Abort, false)] {
        let mut s = smmu(Config {
            unattached,
            ..Config::default()
        });
        assert!(
            s.features.two_level_strtab,
            "the mock has two-level stream tables"
        );
        // A StreamID in a range nobody configured.
        let dma = s.hal.dma(0x4321, None, 0x4000_2000, Transfer::Read(4));
        assert_eq!(
            dma.outcome == Outcome::Bypassed,
            bypassed,
            "{unattached:?}: {dma:?}"
        );
        assert!(events(&mut s).is_empty(), "{unattached:?}");
    }
}

#[test]
fn a_stage2_domain_translates_and_faults() {
    let mut s = smmu(Config::default());
    let pa = buffer(&s);
    let d = s.alloc_s2_domain().unwrap();
    s.map_s2(d, 0x8000_0000, pa, 4096, RW).unwrap();
    s.attach_s2(SID, d).unwrap();
    let dma = s.hal.dma(SID, None, 0x8000_0010, Transfer::Write(b"s2"));
    assert_eq!(dma.outcome, Outcome::Translated, "{dma:?}");
    assert_eq!(s.hal.read_bytes(pa + 0x10, 2).as_deref(), Some(&b"s2"[..]));
    assert_eq!(s.ipa_to_phys(d, 0x8000_0010).unwrap(), Some(pa + 0x10));
    s.unmap_s2(d, 0x8000_0000, 4096).unwrap();
    let dma = s.hal.dma(SID, None, 0x8000_0010, Transfer::Read(2));
    assert!(
        matches!(dma.outcome, Outcome::Terminated(t) if t.cause == Cause::Translation),
        "{dma:?}"
    );
    let evs = events(&mut s);
    assert!(
        matches!(evs.first().map(|e| e.event), Some(Ok(EVTQ_Event::F_TRANSLATION(f))) if f.S2()),
        "{evs:?}"
    );
    // An API operation replaces the stage-2 configuration.
    s.attach_dev(SID, Target::Identity).unwrap();
    assert_eq!(
        s.hal.dma(SID, None, 0x4000_3000, Transfer::Read(4)).outcome,
        Outcome::Bypassed
    );
    assert!(s.free_s2_domain(d).is_ok());
}

#[test]
fn a_nested_domain_translates_through_both_stages() {
    let mut s = smmu(Config::default());
    let pa = buffer(&s);
    // Stage 2: RAM identity-mapped with 1 GiB blocks, so the CD table and the stage-1 tables
    // (allocated in RAM) are valid IPAs.
    let s2 = s.alloc_s2_domain().unwrap();
    s.map_s2(s2, 0x4000_0000, 0x4000_0000, 4 << 30, RW).unwrap();
    let s1 = s.alloc_paging_domain().unwrap();
    s.map(s1, IOVA, pa, 4096, RW).unwrap();
    s.attach_nested(SID, s1, s2).unwrap();
    let dma = s
        .hal
        .dma(SID, None, IOVA + 0x20, Transfer::Write(b"nested"));
    assert_eq!(dma.outcome, Outcome::Translated, "{dma:?}");
    assert_eq!(
        s.hal.read_bytes(pa + 0x20, 6).as_deref(),
        Some(&b"nested"[..])
    );
    // Remove the stage-2 mapping of the data page's gigabyte: the final stage-2 walk faults.
    s.unmap_s2(s2, 0x4000_0000, 1 << 30).unwrap();
    let dma = s.hal.dma(SID, None, IOVA + 0x20, Transfer::Read(6));
    assert!(matches!(dma.outcome, Outcome::Terminated(_)), "{dma:?}");
    let evs = events(&mut s);
    assert!(
        matches!(evs.first().map(|e| e.event), Some(Ok(EVTQ_Event::F_TRANSLATION(f))) if f.S2()),
        "{evs:?}"
    );
}

#[test]
fn a_deferred_unmap_leaves_the_tlb_until_the_domain_is_flushed() {
    let mut s = smmu(Config::default());
    let pa = buffer(&s);
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, IOVA, pa, 4096, RW).unwrap();
    s.map(d, IOVA + 0x1000, pa, 4096, RW).unwrap();
    s.attach_dev(SID, Target::Domain(d)).unwrap();
    assert_eq!(
        s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome,
        Outcome::Translated
    );
    assert_eq!(s.unmap_deferred(d, IOVA, 4096).unwrap(), 4096);
    // Lazy: the SMMU may still use the cached translation until the flush.
    assert_eq!(
        s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome,
        Outcome::Translated
    );
    s.flush_domain(d).unwrap();
    assert!(matches!(
        s.hal.dma(SID, None, IOVA, Transfer::Read(8)).outcome,
        Outcome::Terminated(_)
    ));
    assert_eq!(
        s.hal
            .dma(SID, None, IOVA + 0x1000, Transfer::Read(8))
            .outcome,
        Outcome::Translated
    );
}

#[test]
fn unmaps_invalidate_exactly_with_and_without_range_invalidation() {
    use iommugen_mock::MockConfig;
    use iommugen_runtime::hal::Hal;
    const BASE: u64 = 0x4000_0000;
    let mut tlbis = Vec::new();
    for ril in [true, false] {
        let hal = MockSmmu::with_config(MockConfig {
            ril,
            ..MockConfig::default()
        });
        let mut s = Smmu::new(hal, Config::default()).unwrap();
        assert_eq!(s.features.range_inv, ril);
        let mem = s.hal.dma_alloc(4 << 20, 2 << 20).unwrap().addr;
        let d = s.alloc_paging_domain().unwrap();
        // A 2M block, then 2M of 4K pages.
        s.map(d, BASE, mem, 2 << 20, RW).unwrap();
        for i in 0..512 {
            s.map(
                d,
                BASE + (2 << 20) + i * 4096,
                mem + (2 << 20) + i * 4096,
                4096,
                RW,
            )
            .unwrap();
        }
        s.attach_dev(SID, Target::Domain(d)).unwrap();
        let dma = |s: &Smmu<MockSmmu>, iova: u64| {
            s.hal.dma(SID, None, iova, Transfer::Read(4)).outcome == Outcome::Translated
        };
        // Every page in the IOTLB, then unmaps: a block's middle (split), 33 pages, 5 pages.
        let pages: Vec<u64> = (0..1024).map(|i| BASE + i * 4096).collect();
        assert!(pages.iter().all(|p| dma(&s, *p)));
        let before = s.stats.tlbi;
        let holes = [
            (BASE + 0x10_0000, 0x3000),
            (BASE + (2 << 20) + 0x5000, 33 * 4096),
            (BASE + (3 << 20), 5 * 4096),
        ];
        for (iova, size) in holes {
            assert_eq!(s.unmap(d, iova, size).unwrap(), size);
        }
        for p in &pages {
            let unmapped = holes.iter().any(|(i, n)| (*i..i + n).contains(p));
            assert_eq!(dma(&s, *p), !unmapped, "ril {ril}: IOVA {p:#x}");
        }
        tlbis.push(s.stats.tlbi - before);
    }
    // With ranges: 3 pages and 5 pages take one command each (NUM = 2, 4), 33 = 0b10_0001 pages
    // take two (SCALE 0, then SCALE 5); by VA: 3 + 33 + 5.
    assert_eq!(tlbis, [4, 41]);
}

#[test]
fn an_emptied_table_stays_and_a_covered_one_goes_with_its_walk_cache_entries() {
    use iommugen_mock::MockConfig;
    use iommugen_runtime::hal::Hal;
    const M2: u64 = 0x20_0000;
    let region = IOVA & !(M2 - 1);
    for ril in [true, false] {
        let hal = MockSmmu::with_config(MockConfig {
            ril,
            ..MockConfig::default()
        });
        let mut s = Smmu::new(hal, Config::default()).unwrap();
        let page = buffer(&s);
        let d = s.alloc_paging_domain().unwrap();
        s.map(d, IOVA, page, 4096, RW).unwrap();
        s.attach_dev(SID, Target::Domain(d)).unwrap();
        let read = |s: &Smmu<MockSmmu>| s.hal.dma(SID, None, IOVA, Transfer::Read(8));
        // The walk caches now hold the tables down to the last level.
        assert_eq!(read(&s).outcome, Outcome::Translated);
        // A page unmap empties the last-level table and keeps it: one leaf invalidation.
        let (tlbi, allocs) = (s.stats.tlbi, s.hal.live_allocations());
        assert_eq!(s.unmap(d, IOVA, 4096).unwrap(), 4096);
        assert_eq!(s.stats.tlbi - tlbi, 1, "ril {ril}");
        assert_eq!(
            s.hal.live_allocations(),
            allocs,
            "ril {ril}: a table was freed"
        );
        assert!(matches!(read(&s).outcome, Outcome::Terminated(_)));
        // Mapped again through the same tables: no allocation.
        s.map(d, IOVA, page, 4096, RW).unwrap();
        assert_eq!(s.hal.live_allocations(), allocs, "ril {ril}");
        assert_eq!(read(&s).outcome, Outcome::Translated);
        // Unmapping the table's whole 2 MiB frees it: its walk-cache entries must go too, or
        // the block mapped in its place next would be walked through the freed table.
        assert_eq!(s.unmap(d, region, M2).unwrap(), 4096);
        assert_eq!(s.hal.live_allocations(), allocs - 1, "ril {ril}");
        let block = s.hal.dma_alloc(M2 as usize, M2 as usize).unwrap();
        let word = ((IOVA - region) / 8) as usize;
        s.hal.dma_write(&block, word, 0x5eed_f00d_cafe_d00d);
        s.map(d, region, block.addr, M2, RW).unwrap();
        let dma = read(&s);
        assert_eq!(dma.outcome, Outcome::Translated, "ril {ril}");
        assert_eq!(
            dma.data,
            0x5eed_f00d_cafe_d00d_u64.to_le_bytes(),
            "ril {ril}: DMA went through a stale walk-cache entry"
        );
        let v = s.hal.violations();
        assert!(v.is_empty(), "ril {ril}: {v:?}");
    }
}
