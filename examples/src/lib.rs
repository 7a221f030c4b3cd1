//! The generated SMMUv3 layer, as checked in under `generated/smmuv3/core/`.
#![no_std]

#[path = "../../generated/smmuv3/core/mod.rs"]
pub mod smmuv3;
