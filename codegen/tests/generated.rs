//! `generated/` is exactly what the generator writes, and insta snapshots pin each module of the
//! core backend, the mock backend's register table and the Linux backend's generated files for
//! the SMMUv3 and RISC-V IOMMU specs and the toy example (one snapshot per module, so a change to one field shows
//! as one small hunk).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use iommugen_codegen::{generate_all, GeneratedFile};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn generate(spec: &str) -> Vec<GeneratedFile> {
    let spec = iommugen_dsl::load_file(&repo().join(spec)).unwrap_or_else(|d| panic!("{d}"));
    generate_all(&spec).unwrap_or_else(|e| panic!("{e}"))
}

fn walk(dir: &Path, base: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, base, out);
        } else if let Ok(rel) = p.strip_prefix(base) {
            out.insert(rel.display().to_string());
        }
    }
}

#[test]
fn generated_smmuv3_is_fresh() {
    assert_fresh("smmuv3");
}

#[test]
fn generated_riscv_iommu_is_fresh() {
    assert_fresh("riscv_iommu");
}

/// `generated/NAME` is exactly what `iommugen gen specs/NAME.iommu` writes.
fn assert_fresh(name: &str) {
    let dir = repo().join("generated").join(name);
    let files = generate(&format!("specs/{name}.iommu"));
    let mut stale = Vec::new();
    for f in &files {
        let on_disk = std::fs::read_to_string(dir.join(&f.path)).unwrap_or_default();
        if on_disk != f.contents {
            stale.push(f.path.clone());
        }
    }
    let mut present = BTreeSet::new();
    walk(&dir, &dir, &mut present);
    let expected: BTreeSet<String> = files.iter().map(|f| f.path.clone()).collect();
    let extra: Vec<&String> = present.difference(&expected).collect();
    assert!(
        stale.is_empty() && extra.is_empty(),
        "generated/{name} is stale (differs: {stale:?}; not generated: {extra:?}); run `cargo run -p iommugen -- gen specs/{name}.iommu`"
    );
}

fn snapshot_modules(spec: &str, prefix: &str) {
    for f in generate(spec) {
        let Some(module) = f
            .path
            .strip_prefix("core/")
            .and_then(|p| p.strip_suffix(".rs"))
        else {
            continue;
        };
        if module == "support" {
            continue; // copied verbatim from codegen/src/support.rs
        }
        insta::assert_snapshot!(format!("{prefix}_{module}"), f.contents);
    }
}

fn snapshot_mock(spec: &str, prefix: &str) {
    let mut seen = 0;
    for f in generate(spec) {
        let Some(module) = f
            .path
            .strip_prefix("mock/")
            .and_then(|p| p.strip_suffix(".rs"))
        else {
            continue;
        };
        insta::assert_snapshot!(format!("{prefix}_mock_{module}"), f.contents);
        seen += 1;
    }
    assert_eq!(seen, 1, "the mock backend writes mock/regfile.rs");
}

#[test]
fn snapshots_smmuv3() {
    snapshot_modules("specs/smmuv3.iommu", "smmuv3");
}

#[test]
fn snapshots_riscv_iommu() {
    snapshot_modules("specs/riscv_iommu.iommu", "riscv_iommu");
}

#[test]
fn snapshots_mock_riscv_iommu() {
    snapshot_mock("specs/riscv_iommu.iommu", "riscv_iommu");
}

#[test]
fn snapshots_linux_riscv_iommu() {
    assert_eq!(
        snapshot_linux("specs/riscv_iommu.iommu", "riscv_iommu"),
        19,
        "Kbuild, the root, hal.rs, errors.rs, iommu_ops.rs, locks.rs, monitor.rs, paging.rs, iommu/ (mod, registration, callbacks, dma, lock, pci), the test module's root, test/edu.rs, test/kunit.rs, runtime/mod.rs, runtime/store/vec.rs"
    );
}

#[test]
fn snapshots_toy() {
    snapshot_modules("examples/toy.iommu", "toy");
}

#[test]
fn snapshots_mock_smmuv3() {
    snapshot_mock("specs/smmuv3.iommu", "smmuv3");
}

#[test]
fn snapshots_mock_toy() {
    snapshot_mock("examples/toy.iommu", "toy");
}

/// The Linux backend's own files (the runtime's sources and the core layer it copies verbatim
/// are pinned by the freshness test and by their own snapshots; `runtime/mod.rs` and
/// `runtime/store/vec.rs` are the backend's versions of runtime files).
fn snapshot_linux(spec: &str, prefix: &str) -> usize {
    let mut seen = 0;
    for f in generate(spec) {
        let Some(rest) = f.path.strip_prefix("linux/") else {
            continue;
        };
        if rest.starts_with("runtime/")
            && rest != "runtime/mod.rs"
            && rest != "runtime/store/vec.rs"
        {
            continue;
        }
        let name = rest.replace(['/', '.'], "_");
        insta::assert_snapshot!(format!("{prefix}_linux_{name}"), f.contents);
        seen += 1;
    }
    seen
}

#[test]
fn snapshots_linux_smmuv3() {
    assert_eq!(
        snapshot_linux("specs/smmuv3.iommu", "smmuv3"),
        19,
        "Kbuild, the root, hal.rs, errors.rs, iommu_ops.rs, locks.rs, monitor.rs, paging.rs, iommu/ (mod, registration, callbacks, dma, lock, platform), the test module's root, test/edu.rs, test/kunit.rs, runtime/mod.rs, runtime/store/vec.rs"
    );
}

#[test]
fn the_toy_spec_gets_no_linux_module() {
    // The backend knows the SMMUv3 and the RISC-V IOMMU: a spec of neither gets no module.
    assert_eq!(snapshot_linux("examples/toy.iommu", "toy"), 0);
}

#[test]
fn output_is_deterministic() {
    assert_eq!(
        generate("specs/smmuv3.iommu"),
        generate("specs/smmuv3.iommu")
    );
    assert_eq!(
        generate("specs/riscv_iommu.iommu"),
        generate("specs/riscv_iommu.iommu")
    );
}
