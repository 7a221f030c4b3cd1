//! Snapshots of the reference model the conformance backend generates from a spec's semantics.

use std::path::Path;

fn model(spec: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(spec);
    let spec = iommugen_dsl::load_file(&path).unwrap_or_else(|d| panic!("{d}"));
    let files = iommugen_codegen::conformance::files(&spec).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(files.len(), 1);
    files[0].contents.clone()
}

#[test]
fn smmuv3_model() {
    insta::assert_snapshot!("smmuv3_conformance_model", model("specs/smmuv3.iommu"));
}

#[test]
fn toy_model() {
    insta::assert_snapshot!("toy_conformance_model", model("examples/toy.iommu"));
}

#[test]
fn riscv_iommu_model() {
    // The same contract (specs/common/iommu_domain.iommu) gives the same model as SMMUv3's,
    // under another title.
    let riscv = model("specs/riscv_iommu.iommu");
    let smmuv3 = model("specs/smmuv3.iommu");
    assert_eq!(
        riscv.lines().skip(1).collect::<Vec<_>>(),
        smmuv3.lines().skip(1).collect::<Vec<_>>()
    );
    insta::assert_snapshot!("riscv_iommu_conformance_model", riscv);
}
