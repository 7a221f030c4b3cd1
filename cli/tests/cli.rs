//! The `iommugen` command as a user runs it: exit statuses and output; `check` and `dump --json`
//! on the RISC-V spec (the dump lists the registers, directory entries and contexts, MSI PTEs,
//! every command and both records, each field with its absolute `lsb`/`msb`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn iommugen(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_iommugen"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run iommugen");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_accepts_the_smmuv3_spec() {
    let (ok, out, err) = iommugen(&["check", "specs/smmuv3.iommu"]);
    assert!(ok, "{err}");
    assert!(out.contains("ok ("), "{out}");
}

#[test]
fn check_rejects_a_bad_spec_with_a_location() {
    let (ok, _, err) = iommugen(&["check", "tests/bad/07-overlapping-fields.iommu"]);
    assert!(!ok);
    assert!(err.contains("07-overlapping-fields.iommu:"), "{err}");
}

#[test]
fn dump_prints_the_ir_as_json() {
    let (ok, out, err) = iommugen(&["dump", "--json", "specs/smmuv3.iommu"]);
    assert!(ok, "{err}");
    assert!(out.trim_start().starts_with('{') && out.contains("\"registers\""));
}

#[test]
fn fmt_check_passes_on_the_spec() {
    let (ok, _, err) = iommugen(&["fmt", "--check", "specs/smmuv3.iommu"]);
    assert!(ok, "{err}");
}

#[test]
fn gen_without_rustfmt_explains_and_writes_nothing() {
    let out_dir =
        std::env::temp_dir().join(format!("iommugen-gen-no-rustfmt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = Command::new(env!("CARGO_BIN_EXE_iommugen"))
        .args(["gen", "specs/smmuv3.iommu", "--out"])
        .arg(&out_dir)
        .env("RUSTFMT", "/nonexistent/rustfmt")
        .current_dir(repo())
        .output()
        .expect("run iommugen");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("cannot run /nonexistent/rustfmt"), "{err}");
    assert!(err.contains("rustup component add rustfmt"), "{err}");
    assert!(!out_dir.exists(), "nothing is written when a backend fails");
}

#[test]
fn gen_writes_every_backend() {
    let out_dir = std::env::temp_dir().join(format!("iommugen-gen-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    let (ok, _, err) = iommugen(&[
        "gen",
        "specs/smmuv3.iommu",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    for f in [
        "core/mod.rs",
        "mock/regfile.rs",
        "conformance/model.rs",
        "linux/Kbuild",
        "linux/runtime/store/vec.rs",
        "ir.json",
    ] {
        assert!(out_dir.join("smmuv3").join(f).is_file(), "{f} missing");
    }
    // The same bytes as the checked-in tree.
    let ours = std::fs::read_to_string(out_dir.join("smmuv3/linux/iommu_ops.rs")).unwrap();
    let checked_in =
        std::fs::read_to_string(repo().join("generated/smmuv3/linux/iommu_ops.rs")).unwrap();
    assert!(ours == checked_in, "generated/ is stale");
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn check_accepts_the_riscv_spec() {
    let (ok, out, err) = iommugen(&["check", "specs/riscv_iommu.iommu"]);
    assert!(ok, "{err}");
    assert!(out.contains("2 directories"), "{out}");
}

#[test]
fn dump_lists_every_layout_with_absolute_bits() {
    let (ok, out, err) = iommugen(&["dump", "--json", "specs/riscv_iommu.iommu"]);
    assert!(ok, "{err}");
    let ir: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let field = |list: &str, name: &str, field: &str| -> (u64, u64) {
        let items = ir[list].as_array().expect(list);
        let item = items
            .iter()
            .find(|i| i["name"] == name)
            .unwrap_or_else(|| panic!("{list} {name}"));
        let f = item["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == field)
            .unwrap_or_else(|| panic!("{name}.{field}"));
        (f["lsb"].as_u64().unwrap(), f["msb"].as_u64().unwrap())
    };
    assert_eq!(field("registers", "ddtp", "PPN"), (10, 53));
    assert_eq!(field("registers", "cqcsr", "cqon"), (16, 16));
    assert_eq!(field("entries", "DDTE", "PPN"), (10, 53));
    assert_eq!(field("entries", "PDTE", "PPN"), (10, 53));
    assert_eq!(field("entries", "DC", "fsc_MODE"), (252, 255));
    assert_eq!(field("entries", "PC", "fsc_PPN"), (64, 107));
    assert_eq!(field("entries", "MSI_PTE", "PPN"), (10, 53));
    assert_eq!(field("entries", "MSI_PTE_MRIF", "NPPN"), (74, 117));
    let records: Vec<&serde_json::Value> = ir["queues"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|q| q["records"].as_array().unwrap())
        .collect();
    let names: Vec<&str> = records
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    for n in [
        "IOTINVAL_VMA",
        "IOTINVAL_GVMA",
        "IOFENCE_C",
        "IODIR_INVAL_DDT",
        "IODIR_INVAL_PDT",
        "ATS_INVAL",
        "ATS_PRGR",
        "FAULT",
        "PAGE_REQUEST",
    ] {
        assert!(names.contains(&n), "record {n} in {names:?}");
    }
    let ats = records.iter().find(|r| r["name"] == "ATS_PRGR").unwrap();
    let code = ats["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "RESP_CODE")
        .unwrap();
    assert_eq!(
        (code["lsb"].as_u64(), code["msb"].as_u64()),
        (Some(108), Some(111))
    );
    assert_eq!(ir["directories"].as_array().map(Vec::len), Some(2));
}

#[test]
fn conformance_without_the_runner_beside_explains() {
    let dir = std::env::temp_dir().join(format!("iommugen-cli-alone-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let alone = dir.join("iommugen");
    std::fs::copy(env!("CARGO_BIN_EXE_iommugen"), &alone).unwrap();
    let out = Command::new(&alone)
        .args(["conformance", "specs/smmuv3.iommu", "--depth", "1"])
        .current_dir(repo())
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("iommugen-runner") && err.contains("hint:"),
        "{err}"
    );
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    use std::io::Read;
    let mut child = Command::new(env!("CARGO_BIN_EXE_iommugen"))
        .args(["dump", "--json", "specs/smmuv3.iommu"])
        .current_dir(repo())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little of the IR (hundreds of kilobytes), then close the pipe, as `| head` does.
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
