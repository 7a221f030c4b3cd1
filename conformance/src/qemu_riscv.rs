//! The suite as the bare-metal RISC-V image runs it on QEMU's riscv-iommu-pci
//! (`baremetal-riscv/src/suite.rs`), shared with the test that runs the same plan on the mock
//! first (`tests/riscv.rs`): the universe, the search for the correct driver, and for each
//! mutant of the semantics the search that kills it where DMA is observed without a PASID only
//! (edu issues none), or why the suite cannot show it there.
//!
//! QEMU's model takes the PASID operations (the driver builds PD8 process directories; DMA
//! without a PASID then goes through process 0), so every mutant but one shows in the answers
//! or in DMA without a PASID. The mutants that need three or four operations on two devices
//! (answer (b), a PASID table shared by devices) are beyond every sequence of up to 2 and are
//! found by random walks; every mutant gets the same walks.

use crate::suite::Search;
use crate::universe::Universe;

/// Two devices (edu at device_ids 0x10 and 0xf8), one paging domain, one SVA domain, one
/// PASID; domains allocated and freed.
pub fn universe() -> Universe {
    Universe::new(2, 1, 1, 1)
}

/// The search for the correct driver: every sequence of up to 2 operations, then 200 random
/// walks of 12 steps.
pub const SEARCH: Search = Search {
    unmerged: 2,
    depth: 0,
    swarm_depth: 0,
    ..Search::new(0)
};

/// How a mutant is killed on QEMU.
#[derive(Debug, Clone, Copy)]
pub enum Kill {
    /// By this search over this universe (stopping at the first failure).
    Search {
        /// The universe.
        universe: fn() -> Universe,
        /// The search.
        search: Search,
    },
    /// Not by the suite, for this reason.
    Outside(&'static str),
}

/// Two devices, one paging domain, one PASID, no domain lifetimes: the PASID mutants' world.
#[cfg(feature = "planted")]
pub fn pasids() -> Universe {
    Universe::new(2, 1, 0, 1).without_lifetimes()
}

/// Up to 400 random walks of 24 steps (the suite's seed) over `universe`, stopping at the
/// first failure: how every mutant and planted defect is hunted.
#[cfg(feature = "planted")]
const fn walks(universe: fn() -> Universe) -> Kill {
    Kill::Search {
        universe,
        search: Search {
            unmerged: 0,
            depth: 0,
            swarm_depth: 0,
            walks: 400,
            walk_len: 24,
            max_failures: 1,
            ..Search::new(0)
        },
    }
}

/// The mutants' search: [`walks`] over [`pasids`].
#[cfg(feature = "planted")]
const WALKS: Kill = walks(pasids);

/// Each mutant of the semantics and how QEMU shows it.
#[cfg(feature = "planted")]
pub const MUTANTS: &[(iommugen_runtime::planted::Mutation, Kill)] = {
    use iommugen_runtime::planted::Mutation as M;
    &[
        (M::DetachKillsPasids, WALKS),
        (M::DetachRefusedWithPasids, WALKS),
        (M::SharedPasidTable, WALKS),
        (M::SkipDetachInvalidation, WALKS),
        (M::SkipSteInvalidation, WALKS),
        (M::ReleaseIgnoresPasids, WALKS),
        (
            M::SkipUnmapInvalidation,
            Kill::Outside(
                "unmap is not an operation of the semantics (domains are mapped once, when allocated); the image's stale_until_iotinval kills it on QEMU",
            ),
        ),
    ]
};

/// The RISC-V driver's own planted defects and how QEMU shows them: the domain lifetimes of
/// [`universe`] (a domain freed and another allocated with its PSCID, which QEMU's IOTLB still
/// holds translations for), through walks like the mutants'.
#[cfg(feature = "planted")]
pub const PLANTED: &[(iommugen_runtime::riscv::planted::Planted, Kill)] = {
    use iommugen_runtime::riscv::planted::Planted as P;
    &[(P::FreeSkipsIotinval, walks(universe))]
};
