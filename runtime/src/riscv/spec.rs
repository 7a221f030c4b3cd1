//! The layer generated from `specs/riscv_iommu.iommu` (`generated/riscv_iommu/core/`), included
//! module by module so that it shares the core's `support` (`crate::support`): the generator
//! writes the same `support.rs` for every spec (a test checks it), and the core's algorithms
//! (the hitless writer, the page-table engine, typed register access) take that one `support`'s
//! types.
//!
//! Section numbers cite the RISC-V IOMMU Architecture Specification, version 1.0.

/// Support code shared by the generated modules: the core's, identical.
pub use super::super::support;

/// Enumerations: encoded field values, with fallible decoding.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/enums.rs"]
pub mod enums;
/// Registers: one value type per register, with its offset and typed fields.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/regs.rs"]
pub mod regs;
/// In-memory structures (DDTE, DC, PDTE, PC, MSI PTEs) as arrays of 64-bit words.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/entries.rs"]
pub mod entries;
/// The command queue's 16-byte commands.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/cq.rs"]
pub mod cq;
/// The fault queue's 32-byte records.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/fq.rs"]
pub mod fq;
/// The page-request queue's 16-byte records.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/pq.rs"]
pub mod pq;
/// The API semantics: domain types, preconditions and the realise rules of DC and PC.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/semantics.rs"]
pub mod semantics;
/// The device and process directories: levels and index split per mode.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/directories.rs"]
pub mod directories;
/// The page-table formats: descriptor types and geometry.
#[rustfmt::skip]
#[path = "../../../generated/riscv_iommu/core/pagetables.rs"]
pub mod pagetables;

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
