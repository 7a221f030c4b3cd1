//! The conformance suite for the iommu_domain API semantics of a spec.
//!
//! The reference model is generated from the spec's `semantics` section
//! (`generated/<spec>/conformance/model.rs`, see [`model`]). The [`suite`] engine enumerates
//! every sequence of operations up to a depth over a small [`universe`] of devices, domains and
//! PASIDs, with symmetry reduction (devices, PASIDs and same-type domains are interchangeable),
//! runs each step on an implementation through the [`harness::Harness`] trait and checks, after
//! every operation, its result and the outcome of a DMA from every device without and with each
//! PASID. A failure is reported with the shortest operation sequence that shows it.
//! `mock_harness` (feature `mock`, on by default) runs the driver runtime on the userspace mock;
//! without it the crate is `no_std` + `alloc`, so the suite also runs bare metal.

#![no_std]

extern crate alloc;
#[cfg(feature = "mock")]
extern crate std;

/// The reference model generated from `specs/smmuv3.iommu`.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/smmuv3/conformance/model.rs"]
pub mod model;

pub mod harness;
#[cfg(feature = "mock")]
pub mod mock_harness;
pub mod runtime;
pub mod suite;
pub mod universe;
mod walks;
