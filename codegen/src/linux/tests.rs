//! Tests of the Linux backend: hex grouping, the runtime copy's module lines, the module files.

use super::*;

#[test]
fn hex_is_grouped_by_four_digits() {
    assert_eq!(hex_grouped(0x20000), "0x2_0000");
    assert_eq!(hex_grouped(0x1000), "0x1000");
    assert_eq!(hex_grouped(0xff), "0xff");
}

#[test]
fn the_runtime_root_becomes_a_module() {
    let lib = "//! Doc.\n#![no_std]\n#![forbid(unsafe_code)]\n\nextern crate alloc;\n\npub mod hal;\n#[rustfmt::skip] // the generator's\n#[path = \"../../codegen/src/support.rs\"]\npub mod support;\n#[cfg(feature = \"smmuv3\")]\npub mod smmuv3;\n#[cfg(feature = \"riscv\")]\npub mod riscv;\n";
    let m = runtime_mod(lib, "smmuv3").unwrap();
    assert_eq!(
        m,
        "//! Doc.\n#![forbid(unsafe_code)]\n\n\npub mod hal;\npub mod support;\npub mod smmuv3;\n"
    );
    assert_eq!(architectures(lib), ["smmuv3", "riscv"]);
    // The RISC-V IOMMU's module keeps its own tree and leaves the SMMUv3's out.
    let m = runtime_mod(lib, "riscv").unwrap();
    assert!(
        m.contains("pub mod riscv;\n") && !m.contains("smmuv3"),
        "{m}"
    );
    assert!(runtime_mod(
        "#![feature(x)]\npub mod support;\npub mod smmuv3;\n",
        "smmuv3"
    )
    .is_err());
    assert!(runtime_mod("pub mod hal;\npub mod smmuv3;\n", "smmuv3").is_err());
}

#[test]
fn the_generated_layer_is_found_where_modules_are() {
    let m = "//! Doc.\n\npub use super::super::support;\n\n/// Enums.\n#[rustfmt::skip] // generated\n#[path = \"../../../generated/smmuv3/core/enums.rs\"]\npub mod enums;\n";
    assert_eq!(
        without_paths(m),
        "//! Doc.\n\npub use super::super::support;\n\n/// Enums.\npub mod enums;\n"
    );
}

#[test]
fn test_module_declarations_are_dropped() {
    let src = "mod table;\n#[cfg(any(test, feature = \"testhal\"))]\npub mod testhal;\n#[cfg(test)]\nmod tests;\n#[cfg(feature = \"x\")]\nmod other;\n";
    assert_eq!(
        without_test_modules(src),
        "mod table;\n#[cfg(feature = \"x\")]\nmod other;\n"
    );
}

#[test]
fn planted_defects_are_dropped() {
    let src = "struct A {\n    x: u8,\n    /// Doc.\n    #[cfg(feature = \"planted\")]\n    p: u8,\n}\nfn f() {\n    let a = 1;\n    #[cfg(feature = \"planted\")]\n    if g(\n        a,\n    ) {\n        return;\n    }\n    h();\n}\n#[cfg(feature = \"planted\")]\npub mod planted;\n";
    assert_eq!(
        without_planted(src),
        "struct A {\n    x: u8,\n}\nfn f() {\n    let a = 1;\n    h();\n}\n"
    );
    // Nothing of the runtime's planted code reaches the module.
    for (path, text) in RUNTIME_FILES {
        let kept = without_planted(text);
        assert!(
            !kept.contains("planted"),
            "runtime/src/{path} keeps planted code"
        );
    }
}

#[test]
fn the_runtime_is_collected_without_test_files() {
    let names: Vec<&str> = RUNTIME_FILES.iter().map(|f| f.0).collect();
    assert!(
        names.contains(&"lib.rs") && names.contains(&"hal.rs"),
        "{names:?}"
    );
    assert!(
        !names.iter().any(|n| n.ends_with("tests.rs")
            || n.ends_with("testhal.rs")
            || n.ends_with("planted.rs")),
        "{names:?}"
    );
}
