//! The layer generated from `specs/smmuv3.iommu` (`generated/smmuv3/core/`): its modules over
//! the core's [`support`], so that the SMMUv3's entries, registers and
//! page-table geometry are the types the core's algorithms take. The generated `mod.rs` is not
//! used: it declares a `support` module of its own.

pub use super::super::support;

/// Enumerations of `smmuv3`: encoded field values, with fallible decoding.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/enums.rs"]
pub mod enums;
/// Registers of `smmuv3`: one value type per register, with its offset and typed fields.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/regs.rs"]
pub mod regs;
/// In-memory structures of `smmuv3`, as arrays of little-endian 64-bit words.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/entries.rs"]
pub mod entries;
/// The `CMDQ` queue: its 16-byte records and their encoding.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/cmdq.rs"]
pub mod cmdq;
/// The `EVTQ` queue: its 32-byte records and their encoding.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/evtq.rs"]
pub mod evtq;
/// The `PRIQ` queue: its 16-byte records and their encoding.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/priq.rs"]
pub mod priq;
/// The API semantics `iommu_domain`: domain types, operation preconditions and realisation rules.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/semantics.rs"]
pub mod semantics;
/// Translation table formats: descriptor types and per-granule geometry.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../../generated/smmuv3/core/pagetables.rs"]
pub mod pagetables;
