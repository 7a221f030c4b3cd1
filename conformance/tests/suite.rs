//! The conformance suite against the driver runtime on the mock: it passes for the runtime, kills
//! every mutant (each a way a driver can get the seed thread's questions wrong), and the seed
//! thread's scenario (a) holds as named tests.

use iommugen_conformance::harness::{Answer, Harness};
use iommugen_conformance::mock_harness::MockHarness;
use iommugen_conformance::model::{Domain, Kind, Op, Outcome};
use iommugen_conformance::suite;
use iommugen_conformance::universe::Universe;
use iommugen_runtime::smmu::Mutation;

/// Depth 4: two operations set up any shared or unshared configuration of the two devices
/// (each attached to the same or different domains), and every pair of operations follows.
const DEPTH: usize = 4;

#[test]
fn the_runtime_conforms() {
    let r = suite::run(&mut MockHarness::new(), &Universe::standard(), DEPTH, 3);
    eprintln!(
        "depth {}: {} states, {} transitions, {} DMA observations, {} sequences covered",
        r.depth, r.states, r.transitions, r.observations, r.sequences
    );
    assert!(
        r.passed(),
        "{}",
        r.failures
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(r.states > 100 && r.transitions > 1000, "{r:?}");
}

#[test]
fn every_mutant_is_killed() {
    let mutants = [
        Mutation::DetachKillsPasids,
        Mutation::DetachRefusedWithPasids,
        Mutation::SharedPasidTable,
        Mutation::SkipDetachInvalidation,
        Mutation::SkipUnmapInvalidation,
        Mutation::SkipSteInvalidation,
        Mutation::ReleaseIgnoresPasids,
    ];
    for m in mutants {
        let r = suite::run(
            &mut MockHarness::with_mutation(m),
            &Universe::standard(),
            3,
            1,
        );
        let Some(f) = r.failures.first() else {
            // SkipUnmapInvalidation needs unmap, which is not an API operation of the
            // semantics: the runtime's own tests catch it (tests/driver.rs).
            assert_eq!(
                m,
                Mutation::SkipUnmapInvalidation,
                "{m:?} survived the suite"
            );
            continue;
        };
        eprintln!("{m:?} killed: {f}");
    }
}

fn paging(id: u32) -> Domain {
    Domain {
        kind: Kind::Paging,
        id,
    }
}

fn sva(id: u32) -> Domain {
    Domain {
        kind: Kind::Sva,
        id,
    }
}

fn run(h: &mut MockHarness, steps: &[(usize, Op)]) {
    for (dev, op) in steps {
        assert_eq!(h.apply(*dev, op), Answer::Ok, "{op:?}");
    }
}

#[test]
fn scenario_a_detach_keeps_pasids_translating() {
    // d1 = domain_alloc(); attach_device(d1); d2 = sva_bind_device(); detach_device(d1).
    let u = Universe::standard();
    let mut h = MockHarness::new();
    h.reset(&u).unwrap();
    run(
        &mut h,
        &[
            (0, Op::AttachDev { d: paging(1) }),
            (0, Op::SetDevPasid { p: 1, d: sva(1) }),
            (0, Op::DetachDev {}),
        ],
    );
    assert_eq!(
        h.observe(0, Some(1)).unwrap(),
        Outcome::Translate(sva(1)),
        "the PASID keeps translating through d2"
    );
    assert_eq!(
        h.observe(0, None).unwrap(),
        Outcome::Fault,
        "the RID faults"
    );
}

#[test]
fn scenario_releasing_ownership_with_a_pasid_bound_is_refused() {
    let u = Universe::standard();
    let mut h = MockHarness::new();
    h.reset(&u).unwrap();
    run(
        &mut h,
        &[
            (0, Op::AttachDev { d: paging(1) }),
            (0, Op::SetDevPasid { p: 1, d: sva(1) }),
        ],
    );
    assert_eq!(
        h.apply(0, &Op::ReleaseOwner {}),
        Answer::Refused(iommugen_conformance::model::Error::Ebusy)
    );
    assert_eq!(
        h.observe(0, Some(1)).unwrap(),
        Outcome::Translate(sva(1)),
        "nothing changed"
    );
    run(
        &mut h,
        &[(0, Op::RemoveDevPasid { p: 1 }), (0, Op::ReleaseOwner {})],
    );
    assert_eq!(h.observe(0, None).unwrap(), Outcome::Fault);
}

#[test]
fn scenario_rids_sharing_a_domain_keep_their_own_pasid_tables() {
    let u = Universe::standard();
    let mut h = MockHarness::new();
    h.reset(&u).unwrap();
    run(
        &mut h,
        &[
            (0, Op::AttachDev { d: paging(1) }),
            (1, Op::AttachDev { d: paging(1) }),
            (0, Op::SetDevPasid { p: 1, d: paging(2) }),
        ],
    );
    assert_eq!(
        h.observe(0, Some(1)).unwrap(),
        Outcome::Translate(paging(2))
    );
    assert_eq!(
        h.observe(1, Some(1)).unwrap(),
        Outcome::Fault,
        "device 1 has its own, empty, PASID table"
    );
    assert_eq!(h.observe(1, None).unwrap(), Outcome::Translate(paging(1)));
}
