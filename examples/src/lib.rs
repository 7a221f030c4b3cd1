//! The generated SMMUv3 and RISC-V IOMMU layers for the examples: by default the checked-in
//! files under `generated/<spec>/core/`; with the `macro` feature, the same code expanded at
//! build time by `iommu_spec!` from `specs/<spec>.iommu`.
#![no_std]

/// The SMMUv3 core layer, from `generated/smmuv3/core/`.
#[cfg(not(feature = "macro"))]
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/smmuv3/core/mod.rs"]
pub mod smmuv3;

/// The SMMUv3 core layer, expanded from the spec at build time.
#[cfg(feature = "macro")]
pub mod smmuv3 {
    iommugen_macros::iommu_spec!("../specs/smmuv3.iommu");
}

/// The RISC-V IOMMU core layer, from `generated/riscv_iommu/core/`.
#[cfg(not(feature = "macro"))]
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/riscv_iommu/core/mod.rs"]
pub mod riscv_iommu;

/// The RISC-V IOMMU core layer, expanded from the spec at build time.
#[cfg(feature = "macro")]
pub mod riscv_iommu {
    iommugen_macros::iommu_spec!("../specs/riscv_iommu.iommu");
}
