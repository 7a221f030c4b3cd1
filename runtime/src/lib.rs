//! The driver runtime: the algorithms of an IOMMU driver, written once and parameterised by the
//! layer generated from a spec (register and entry types, used-bits rules, page-table geometry)
//! and by a small hardware abstraction ([`hal::Hal`]). The modules at the top are the
//! architecture-neutral core; each architecture is a module tree of its own: [`smmuv3`].
//!
//! It is `no_std`, uses no crates and no `unsafe`: the three HAL implementations (the userspace
//! mock, bare metal, the Linux kernel) hold all the unsafe code. Modules refer to each other
//! through `super::` so the same source tree can be included as a module of another crate (the
//! Linux backend does this).
#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

pub mod error;
pub mod hal;
pub mod hitless;
pub mod mmio;
pub mod pgtable;
pub mod poll;
pub mod ring;
pub mod shared;
pub mod store;

/// The support code of the generated layers (field errors, the `UsedBits`, `Register` and
/// geometry types the core's algorithms take).
pub use smmuv3::spec::support;

pub mod smmuv3;
