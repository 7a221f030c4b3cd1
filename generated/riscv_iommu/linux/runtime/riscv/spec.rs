// SPDX-License-Identifier: MIT OR Apache-2.0

//! The layer generated from `specs/riscv_iommu.iommu` (`generated/riscv_iommu/core/`), included
//! module by module so that it shares the core's `support` (`crate::support`): the generator
//! writes the same `support.rs` for every spec (a test checks it), and the core's algorithms
//! (the hitless writer, the page-table engine, typed register access) take that one `support`'s
//! types.
//!
//! Section numbers cite the RISC-V IOMMU Architecture Specification, version 1.0.

/// Support code shared by the generated modules: the core's, identical.
pub(crate) use super::super::support;

/// The command queue's 16-byte commands.
pub(crate) mod cq;
/// The device and process directories: levels and index split per mode.
pub(crate) mod directories;
/// In-memory structures (DDTE, DC, PDTE, PC, MSI PTEs) as arrays of 64-bit words.
pub(crate) mod entries;
/// Enumerations: encoded field values, with fallible decoding.
pub(crate) mod enums;
/// The fault queue's 32-byte records.
pub(crate) mod fq;
/// The page-table formats: descriptor types and geometry.
pub(crate) mod pagetables;
/// The page-request queue's 16-byte records.
pub(crate) mod pq;
/// Registers: one value type per register, with its offset and typed fields.
pub(crate) mod regs;
/// The API semantics: domain types, preconditions and the realise rules of DC and PC.
pub(crate) mod semantics;

#[cfg(test)]
mod tests {}
