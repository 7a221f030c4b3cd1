//! A crate using `iommu_spec!` on a spec with an error fails to compile, and the compiler's
//! message names the spec file, line and column; fixing the spec makes it build.

use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &str = "iommu tiny {\n  regs r @ 0 size 0x100 {\n    CTRL @ 0x0 : u32 rw reset 0 {\n      EN [0]\n      MODE [2:1] enum Mode { Off = 0, On = 1 }\n      reserved [31:3]\n    }\n  }\n}\n";

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn build(dir: &Path) -> (bool, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["build", "--offline", "--quiet"])
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .current_dir(dir)
        .output()
        .expect("run cargo");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn spec_errors_are_compile_errors_with_the_spec_location() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("iommu-spec-user");
    std::fs::create_dir_all(dir.join("src")).expect("mkdir");
    let macros = workspace()
        .join("macros")
        .canonicalize()
        .expect("macros dir");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"spec-user\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n\n[dependencies]\niommugen-macros = {{ path = {:?} }}\n",
            macros.display().to_string()
        ),
    )
    .expect("write manifest");
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy lock file");
    std::fs::write(
        dir.join("src/lib.rs"),
        "#![no_std]\npub mod tiny {\n    iommugen_macros::iommu_spec!(\"tiny.iommu\");\n}\npub fn enable() -> u32 {\n    tiny::regs::CTRL::from_bits(0).with_EN(true).bits()\n}\n",
    )
    .expect("write lib");

    // A field overlapping another: line 6, column 7 of the spec.
    let bad = GOOD.replace(
        "      reserved [31:3]\n",
        "      reserved [31:3]\n      LATE [2]\n",
    );
    std::fs::write(dir.join("tiny.iommu"), &bad).expect("write spec");
    let (ok, stderr) = build(&dir);
    assert!(!ok, "a bad spec must not compile");
    assert!(
        stderr.contains("tiny.iommu:7:12"),
        "expected the spec location in:\n{stderr}"
    );
    assert!(
        stderr.contains("overlap"),
        "expected the checker's message in:\n{stderr}"
    );

    // The fixed spec builds, and the crate is rebuilt because the spec changed.
    std::fs::write(dir.join("tiny.iommu"), GOOD).expect("write spec");
    let (ok, stderr) = build(&dir);
    assert!(ok, "the good spec must compile:\n{stderr}");
}
