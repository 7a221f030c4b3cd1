//! `iommugen-runner` as a user runs it: the transition report (snapshotted), a spec that is
//! not the one the runtime was built from refused with a clear error, and the RISC-V spec's
//! suite run against the RISC-V driver.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn runner(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_iommugen-runner"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run iommugen-runner");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn transitions() {
    let (ok, out, err) = runner(&["report", "transitions", "specs/smmuv3.iommu"]);
    assert!(ok, "{err}");
    insta::assert_snapshot!("transitions", out);
}

#[test]
fn a_spec_the_runtime_was_not_built_from_is_refused() {
    // The RISC-V spec has neither the SMMUv3's STE/CD layouts nor its used-bits rules.
    let (ok, out, err) = runner(&["report", "transitions", "specs/riscv_iommu.iommu"]);
    assert!(!ok, "{out}");
    assert!(
        err.contains("run `iommugen gen` on it and rebuild"),
        "{err}"
    );
    // The toy spec's semantics are neither the SMMUv3's nor the RISC-V IOMMU's.
    let (ok, out, err) = runner(&["conformance", "examples/toy.iommu", "--depth", "1"]);
    assert!(!ok, "{out}");
    assert!(err.contains("different semantics"), "{err}");
}

#[test]
fn the_riscv_spec_runs_the_suite_against_the_riscv_driver() {
    let (ok, out, err) = runner(&["conformance", "specs/riscv_iommu.iommu", "--depth", "1"]);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("RISC-V driver on the mock RISC-V IOMMU"),
        "{out}"
    );
    assert!(out.trim_end().ends_with("PASS"), "{out}");
}

#[test]
fn a_bad_spec_is_reported_with_its_location() {
    let (ok, _, err) = runner(&[
        "report",
        "transitions",
        "tests/bad/07-overlapping-fields.iommu",
    ]);
    assert!(!ok);
    assert!(err.contains("07-overlapping-fields.iommu:"), "{err}");
}
