// SPDX-License-Identifier: MIT OR Apache-2.0

//! The driver runtime: the algorithms of an IOMMU driver, written once and parameterised by the
//! layer generated from a spec (register and entry types, used-bits rules, page-table geometry)
//! and by a small hardware abstraction ([`hal::Hal`]). The modules at the top are the
//! architecture-neutral core; each architecture is a module tree of its own behind a cargo
//! feature: `smmuv3` (feature `smmuv3`, on by default).
//!
//! It is `no_std`, uses no crates and no `unsafe`: the three HAL implementations (the userspace
//! mock, bare metal, the Linux kernel) hold all the unsafe code. Modules refer to each other
//! through `super::` so the same source tree can be included as a module of another crate (the
//! Linux backend does this).
#![forbid(unsafe_code)]

pub(crate) mod arch;
pub(crate) mod attach;
pub(crate) mod error;
pub(crate) mod hal;
pub(crate) mod hitless;
pub(crate) mod invalidate;
pub(crate) mod mmio;
pub(crate) mod pgtable;
pub(crate) mod poll;
pub(crate) mod queue;
pub(crate) mod ring;
pub(crate) mod shared;
pub(crate) mod store;

/// The support code every generated layer shares (field errors, the `UsedBits`, `Register` and
/// page-table geometry types the core's algorithms take): the generator's own `support.rs`, so
/// that every architecture's generated layer names these same types.
pub(crate) mod support;

pub(crate) mod riscv;
