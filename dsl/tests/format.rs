//! `iommugen fmt`: idempotent, keeps the meaning, and the checked-in specs are canonical.

use std::path::{Path, PathBuf};

use iommugen_dsl::{check_source, format::format};

fn spec_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut out = Vec::new();
    for dir in [
        "specs",
        "specs/smmuv3",
        "specs/riscv_iommu",
        "specs/common",
        "examples",
        "examples/toy",
    ] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in rd.flatten() {
            if e.path().extension().is_some_and(|x| x == "iommu") {
                out.push(e.path());
            }
        }
    }
    out.sort();
    assert!(!out.is_empty());
    out
}

#[test]
fn formatting_is_idempotent_and_keeps_the_spec() {
    for path in spec_files() {
        let text = std::fs::read_to_string(&path).expect("read");
        let once = format(&text);
        assert_eq!(
            format(&once),
            once,
            "{} formats differently twice",
            path.display()
        );
        let (_, db) = iommugen_dsl::parse::parse(Default::default(), &once);
        assert!(
            db.is_empty(),
            "{} no longer parses after formatting",
            path.display()
        );
        // Formatting only changes white space.
        let tokens = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            tokens(&text),
            tokens(&once),
            "{} changed beyond white space",
            path.display()
        );
    }
}

#[test]
fn checked_in_specs_are_formatted() {
    for path in spec_files() {
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            format(&text) == text,
            "{} is not canonical: run `iommugen fmt {}`",
            path.display(),
            path.display()
        );
    }
}

#[test]
fn formatting_fixes_indentation() {
    let messy =
        "iommu t {\nregs a @ 0 size 0x10 {\n      R @ 0 : u32   ro { F [31:0] }\n}\n\n\n}\n";
    let tidy = format(messy);
    assert_eq!(
        tidy,
        "iommu t {\n  regs a @ 0 size 0x10 {\n    R @ 0 : u32 ro { F [31:0] }\n  }\n}\n"
    );
    assert!(check_source("t.iommu", &tidy).is_ok());
}
