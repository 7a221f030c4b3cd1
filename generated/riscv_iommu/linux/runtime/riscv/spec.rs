// SPDX-License-Identifier: MIT OR Apache-2.0

//! The layer generated from `specs/riscv_iommu.iommu` (`generated/riscv_iommu/core/`), included
//! module by module so that it shares the core's `support` (`crate::support`): the generator
//! writes the same `support.rs` for every spec (a test checks it), and the core's algorithms
//! (the hitless writer, the page-table engine, typed register access) take that one `support`'s
//! types.
//!
//! Section numbers cite the RISC-V IOMMU Architecture Specification, version 1.0.

/// Support code shared by the generated modules: the core's, identical.
pub use super::super::support;

/// The command queue's 16-byte commands.
pub mod cq;
/// The device and process directories: levels and index split per mode.
pub mod directories;
/// In-memory structures (DDTE, DC, PDTE, PC, MSI PTEs) as arrays of 64-bit words.
pub mod entries;
/// Enumerations: encoded field values, with fallible decoding.
pub mod enums;
/// The fault queue's 32-byte records.
pub mod fq;
/// The page-table formats: descriptor types and geometry.
pub mod pagetables;
/// The page-request queue's 16-byte records.
pub mod pq;
/// Registers: one value type per register, with its offset and typed fields.
pub mod regs;
/// The API semantics: domain types, preconditions and the realise rules of DC and PC.
pub mod semantics;

#[cfg(test)]
mod tests {
    /// Sharing `support` is sound only while the generator writes its own `support.rs`, the
    /// core's, for this spec too.
    #[test]
    fn support_is_the_same_for_both_specs() {
        assert_eq!(
            include_str!("../../../generated/riscv_iommu/core/support.rs"),
            include_str!("../../../codegen/src/support.rs"),
        );
    }
}
