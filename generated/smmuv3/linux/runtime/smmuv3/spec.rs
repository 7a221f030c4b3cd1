// SPDX-License-Identifier: MIT OR Apache-2.0

//! The layer generated from `specs/smmuv3.iommu` (`generated/smmuv3/core/`): its modules over
//! the core's [`support`], so that the SMMUv3's entries, registers and
//! page-table geometry are the types the core's algorithms take. The generated `mod.rs` is not
//! used: it declares a `support` module of its own.

pub(crate) use super::super::support;

/// The `CMDQ` queue: its 16-byte records and their encoding.
pub(crate) mod cmdq;
/// In-memory structures of `smmuv3`, as arrays of little-endian 64-bit words.
pub(crate) mod entries;
/// Enumerations of `smmuv3`: encoded field values, with fallible decoding.
pub(crate) mod enums;
/// The `EVTQ` queue: its 32-byte records and their encoding.
pub(crate) mod evtq;
/// Translation table formats: descriptor types and per-granule geometry.
pub(crate) mod pagetables;
/// The `PRIQ` queue: its 16-byte records and their encoding.
pub(crate) mod priq;
/// Registers of `smmuv3`: one value type per register, with its offset and typed fields.
pub(crate) mod regs;
/// The API semantics `iommu_domain`: domain types, operation preconditions and realisation rules.
pub(crate) mod semantics;
