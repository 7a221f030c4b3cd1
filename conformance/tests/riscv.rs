//! The conformance suite against the RISC-V driver on the mock's RISC-V IOMMU: it passes, and
//! kills the mutants of the seed thread's answers (b) and (c), a PASID table shared by devices,
//! skipped directory invalidations and release of ownership ignoring PASIDs.

use iommugen_conformance::riscv_harness::RiscvHarness;
use iommugen_conformance::suite::{self, Report, Search};
use iommugen_conformance::universe::Universe;
use iommugen_runtime::planted::Mutation;

/// Every sequence of 2 operations, a lifetime swarm of depth 3 and 40 random walks: what a
/// debug build runs in seconds (`iommugen-runner conformance specs/riscv_iommu.iommu --depth 3`
/// runs deeper).
fn search() -> Search {
    Search {
        swarm_depth: 3,
        walks: 40,
        ..Search::new(2)
    }
}

fn failures(r: &Report) -> String {
    r.failures
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_riscv_driver_conforms() {
    let r = suite::run(&mut RiscvHarness::new(), &Universe::standard(), &search());
    assert!(r.passed(), "{}", failures(&r));
    assert!(r.sequences_run > 1000 && r.observations > 10_000, "{r:?}");
}

#[test]
fn the_riscv_driver_conforms_at_every_device_id_of_the_layout() {
    let u = Universe::new(RiscvHarness::geometry().len(), 2, 1, 2);
    let search = Search {
        unmerged: 1,
        depth: 1,
        swarm_depth: 0,
        walks: 40,
        ..Search::new(1)
    };
    let r = suite::run(&mut RiscvHarness::new(), &u, &search);
    assert!(r.passed(), "{}", failures(&r));
    assert_eq!(r.walks, 40);
}

#[test]
fn every_riscv_mutant_is_killed() {
    for m in [
        Mutation::DetachKillsPasids,
        Mutation::DetachRefusedWithPasids,
        Mutation::SharedPasidTable,
        Mutation::SkipDetachInvalidation,
        Mutation::SkipSteInvalidation,
        Mutation::ReleaseIgnoresPasids,
    ] {
        let search = Search {
            max_failures: 1,
            ..search()
        };
        let r = suite::run(
            &mut RiscvHarness::with_mutation(m),
            &Universe::standard(),
            &search,
        );
        let f = r
            .failures
            .first()
            .unwrap_or_else(|| panic!("{m:?} survived the suite"));
        eprintln!("{m:?} killed: {f}");
    }
}

/// The suite checks the RISC-V driver against the model generated from the SMMUv3 spec: both
/// import the same contract, and their models are the same but for the first comment line.
#[test]
fn both_specs_generate_the_same_model() {
    let body = |s: &'static str| s.split_once('\n').map_or("", |(_, b)| b);
    assert_eq!(
        body(include_str!("../../generated/smmuv3/conformance/model.rs")),
        body(include_str!(
            "../../generated/riscv_iommu/conformance/model.rs"
        ))
    );
}

/// What the bare-metal RISC-V image runs against QEMU's riscv-iommu-pci
/// (`baremetal-riscv/src/suite.rs`), on the mock first: two devices at device_ids 0x10 and
/// 0xf8 (edu at 00:02.0 and 00:1f.0), one PASID, DMA observed without a PASID only (edu issues
/// none). The universe and searches are `iommugen_conformance::qemu_riscv`'s, shared with the
/// image.
#[test]
fn rid_observations_kill_the_riscv_mutants_as_on_qemu() {
    use iommugen_conformance::qemu_riscv::{self, Kill};
    use iommugen_runtime::riscv::Config;
    let dids = std::vec![0x10, 0xf8];
    let plans = qemu_riscv::MUTANTS
        .iter()
        .map(|(m, k)| {
            let config = Config {
                mutation: *m,
                ..Config::default()
            };
            (format!("{m:?}"), config, k)
        })
        .chain(qemu_riscv::PLANTED.iter().map(|(p, k)| {
            let config = Config {
                planted: *p,
                ..Config::default()
            };
            (format!("planted {p:?}"), config, k)
        }));
    for (what, config, kill) in plans {
        let Kill::Search { universe, search } = kill else {
            continue;
        };
        let mut h = RiscvHarness::with_config(config)
            .with_dids(dids.clone())
            .rid_dma_only();
        let r = suite::run(&mut h, &universe(), search);
        let f = r
            .failures
            .first()
            .unwrap_or_else(|| panic!("{what} survived RID-level observation ({r:?})"));
        eprintln!("{what} killed: {f}");
    }
    let mut h = RiscvHarness::new().with_dids(dids).rid_dma_only();
    let r = suite::run(&mut h, &qemu_riscv::universe(), &qemu_riscv::SEARCH);
    assert!(r.passed(), "{}", failures(&r));
}
