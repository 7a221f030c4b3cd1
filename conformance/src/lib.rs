//! The conformance suite for the iommu_domain API semantics of a spec.
//!
//! The reference model is generated from the spec's `semantics` section
//! (`generated/<spec>/conformance/model.rs`, see [`model`]): device operations and domain
//! lifetimes (allocation, free). The [`suite`] engine runs every short sequence of operations
//! unmerged, a breadth-first search that merges two histories only when the model state and the
//! implementation's fingerprint agree, a deeper search over domain lifetimes, and seeded random
//! walks, over a small [`universe`] of devices, domains and PASIDs; it runs each step on an
//! implementation through the [`harness::Harness`] trait and checks, after every operation, its
//! result and the outcome of a DMA from every device without and with each PASID. A failure is
//! reported with the shortest operation sequence that shows it.
//! `mock_harness` (feature `mock`, on by default) runs the driver runtime on the userspace mock;
//! `riscv_harness` (features `riscv` and `mock`) the RISC-V driver on the mock's RISC-V IOMMU;
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
#[cfg(feature = "riscv")]
pub mod qemu_riscv;
#[cfg(all(feature = "riscv", feature = "mock"))]
pub mod riscv_harness;
pub mod runtime;
pub mod suite;
pub mod universe;
mod walks;
