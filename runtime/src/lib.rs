//! The driver runtime: the algorithms of an SMMUv3 driver, written once and parameterised by the
//! layer generated from `specs/smmuv3.iommu` (register and entry types, used-bits rules, page-table
//! geometry) and by a small hardware abstraction ([`hal::Hal`]).
//!
//! It is `no_std`, uses no crates and no `unsafe`: the three HAL implementations (the userspace
//! mock, bare metal, the Linux kernel) hold all the unsafe code. Modules refer to each other
//! through `super::` so the same source tree can be included as a module of another crate (the
//! Linux backend does this).
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

/// The layer generated from `specs/smmuv3.iommu` (`generated/smmuv3/core/`).
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/smmuv3/core/mod.rs"]
pub mod spec;

pub mod attach;
pub mod cdtab;
pub mod cmdq;
pub mod domain;
pub mod error;
pub mod evtq;
pub mod features;
pub mod hal;
pub mod hitless;
pub mod mmio;
pub mod pgtable;
#[cfg(feature = "planted")]
pub mod planted;
pub mod poll;
pub mod ring;
/// The RISC-V IOMMU driver.
#[cfg(feature = "riscv")]
pub mod riscv;
pub mod shared;
pub mod smmu;
pub mod stage2;
pub mod ste;
pub mod store;
pub mod strtab;
/// The transition report and the hitless oracle (tools and tests: `iommugen-runner report`).
#[cfg(any(test, feature = "report"))]
pub mod transitions;
