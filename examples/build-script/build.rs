//! Generates the SMMUv3 spec's typed layer into OUT_DIR; cargo reruns this when
//! `specs/smmuv3.iommu` or any file it imports changes.

fn main() {
    if let Err(e) = iommugen_build::generate("../../specs/smmuv3.iommu") {
        // The rendered diagnostics (file, line, column, hint) end the build.
        panic!("{e}");
    }
}
