//! The Linux backend: a Rust-for-Linux out-of-tree module (`linux/`) that drives the IOMMU with
//! the runtime. Its files:
//!
//! - `Kbuild` (`obj-m := iommugen_<spec>.o`);
//! - `iommugen_<spec>.rs`, the crate root: a platform driver for the spec's OF `compatible`
//!   strings that maps the MMIO, probes the IDRs, brings the IOMMU up with the runtime and, with
//!   the `selftest` parameter, runs the self-test (`selftest.rs`);
//! - `edu.rs`, a PCI driver for QEMU's edu device: the self-test's DMA master;
//! - `iommu_ops.rs`, the IOMMU provider: `iommu_ops` and `iommu_domain_ops` callbacks for the
//!   Linux IOMMU core (the FFI glue, with most of the module's `unsafe` code), served by the
//!   runtime;
//! - `locks.rs`, safe code: the driver's locks (a mutex around the SMMU's state, spinlocks around
//!   the command queue and around each paging domain's tables) and how the runtime reaches what
//!   they guard;
//! - `monitor.rs`, safe code: the driver's counters (debugfs), rate-limited event reports, the
//!   event and global-error interrupt handlers;
//! - `hal.rs`, the runtime's `Hal` over the kernel (`IoMem`, `dma::Coherent` with reuse of freed
//!   buffers, barriers, clock);
//! - `runtime/`, the runtime's source tree (`runtime/src`) as a module: the core and the
//!   spec's architecture (`runtime/smmuv3/`; other architectures are left out), with the core
//!   layer of the spec (what the core backend writes to `core/`) as `runtime/smmuv3/spec/` over
//!   the shared `runtime/support.rs`, and with `runtime/store/vec.rs`, the one runtime file
//!   that names an allocator, rewritten over the kernel's `KVec` (Linux builds modules without
//!   the `alloc` crate).
//!
//! File-shaped output comes from askama templates (`src/linux/templates/`); every Rust file is
//! then formatted with `rustfmt` in the kernel's layout (`rustfmt.rs`). The module is
//! written for the runtime, which drives an SMMUv3: specs other than [`RUNTIME_SPEC`] get no
//! module.

mod lean;
mod rustfmt;

pub use rustfmt::KERNEL_RUSTFMT_TOML;

use askama::Template;
use iommugen_dsl::ir::Spec;

use crate::{CodegenError, GeneratedFile};

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// The spec the runtime is written for.
pub const RUNTIME_SPEC: &str = "smmuv3";

/// The runtime's only file that names an allocator (Rust's `alloc`); the module gets a version
/// over the kernel's `KVec` instead.
const ALLOCATING_FILE: &str = "store/vec.rs";

/// Values every template uses.
struct Common {
    /// The spec's name (`smmuv3`).
    spec: String,
    /// The module's name (`iommugen_smmuv3`).
    module: String,
    /// The root spec file.
    spec_file: String,
}

#[derive(Template)]
#[template(path = "Kbuild.txt", escape = "none")]
struct Kbuild<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "module.rs.txt", escape = "none")]
struct ModuleRoot<'a> {
    c: &'a Common,
    /// The spec's doc lines.
    doc: Vec<String>,
    /// OF compatible strings.
    compatible: Vec<String>,
    /// Bytes of MMIO the driver maps: the end of the last register block.
    mmio_size: String,
}

#[derive(Template)]
#[template(path = "hal.rs.txt", escape = "none")]
struct HalRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "store_vec.rs.txt", escape = "none")]
struct StoreVecRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "test/edu.rs.txt", escape = "none")]
struct TestEduRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "test/module.rs.txt", escape = "none")]
struct TestModuleRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "test/kunit.rs.txt", escape = "none")]
struct TestKunitRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu_ops.rs.txt", escape = "none")]
struct IommuOpsRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/mod.rs.txt", escape = "none")]
struct IommuModRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/registration.rs.txt", escape = "none")]
struct IommuRegistrationRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/callbacks.rs.txt", escape = "none")]
struct IommuCallbacksRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/platform.rs.txt", escape = "none")]
struct IommuPlatformRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "locks.rs.txt", escape = "none")]
struct LocksRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "monitor.rs.txt", escape = "none")]
struct MonitorRs<'a> {
    c: &'a Common,
}

fn render(t: &impl Template, what: &str) -> Result<String, CodegenError> {
    t.render()
        .map_err(|e| CodegenError(format!("cannot render the Linux backend's {what}: {e}")))
}

/// `0x20000` written `0x2_0000`.
fn hex_grouped(v: u64) -> String {
    let digits = format!("{v:x}");
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 4 == 0 {
            out.push('_');
        }
        out.push(ch);
    }
    format!("0x{out}")
}

/// The runtime's `lib.rs` as the module `runtime/mod.rs`: crate-level attributes and
/// `extern crate` lines go, the module's architecture ([`RUNTIME_SPEC`]) is declared whatever
/// the cargo features (the kernel build has none), other architectures are left out, and the
/// generated layers' `support` module is the file `runtime/support.rs` instead of a `#[path]`.
fn runtime_mod(lib: &str) -> Result<String, CodegenError> {
    let own = format!("#[cfg(feature = \"{RUNTIME_SPEC}\")]");
    let mut out = String::new();
    let mut lines = lib.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if t == "#![no_std]" || t.starts_with("extern crate ") || t == own {
            continue;
        }
        // Another architecture: its declaration goes (its files are not copied).
        if t.starts_with("#[cfg(feature = ")
            && lines
                .peek()
                .is_some_and(|n| n.trim().starts_with("pub mod "))
        {
            lines.next();
            continue;
        }
        if t.starts_with("#![")
            && !t.starts_with("#![forbid(")
            && !t.starts_with("#![deny(")
            && !t.starts_with("#![warn(")
            && !t.starts_with("#![allow(")
        {
            return Err(CodegenError(format!("runtime/src/lib.rs: crate attribute `{t}` has no meaning in a module; the Linux backend cannot copy it")));
        }
        out.push_str(line);
        out.push('\n');
    }
    let out = without_paths(&out);
    if !out.contains("pub mod support;") || !out.contains(&format!("pub mod {RUNTIME_SPEC};")) {
        return Err(CodegenError(format!(
            "runtime/src/lib.rs declares no `pub mod support;` or no `pub mod {RUNTIME_SPEC};`"
        )));
    }
    Ok(out)
}

/// The architectures of the runtime (`runtime/src/lib.rs`: `#[cfg(feature = ...)] pub mod
/// NAME;`): their files are `NAME/...`.
fn architectures(lib: &str) -> Vec<String> {
    let lines: Vec<&str> = lib.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with("#[cfg(feature = "))
        .filter_map(|w| w[1].strip_prefix("pub mod "))
        .filter_map(|m| m.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

/// A runtime file without the `#[path]` attributes (and the `#[rustfmt::skip]` before them) of
/// its module declarations: in the module, the files are where a module's files are by default
/// (the generated layer under `spec/`, the support module as `support.rs`).
fn without_paths(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim();
        if (t.starts_with("#[path") || t.starts_with("#[rustfmt::skip]"))
            && lines.peek().is_some_and(|n| {
                let n = n.trim();
                n.starts_with("pub mod ") || n.starts_with("#[path")
            })
        {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A runtime file without its declarations of test-only modules (`#[cfg(...)]` followed by
/// `mod tests;` or `pub mod testhal;`), whose files the module does not carry.
fn without_test_modules(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let test_mod = |l: &str| matches!(l.trim(), "mod tests;" | "pub mod testhal;" | "mod testhal;");
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim().starts_with("#[cfg(") && lines.get(i + 1).is_some_and(|n| test_mod(n)) {
            i += 2;
            continue;
        }
        out.push_str(lines[i]);
        out.push('\n');
        i += 1;
    }
    out
}

/// The attributes that mark the runtime's test and tool code: its planted defects (tests of
/// the suites) and the transition report.
const TEST_ONLY: &[&str] = &[
    "#[cfg(feature = \"planted\")]",
    "#[cfg(any(test, feature = \"report\"))]",
];

/// A runtime file without its test and tool code: each item or statement under one of the
/// [`TEST_ONLY`] attributes goes, with the doc comment above it (the statement or item ends
/// where its brackets balance on a line ending in `;`, `,` or `}`). The module never has those
/// features.
fn without_planted(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if !TEST_ONLY.contains(&line.trim()) {
            out.push(line);
            continue;
        }
        while out
            .last()
            .is_some_and(|l| l.trim_start().starts_with("///"))
        {
            out.pop();
        }
        let mut depth = 0i32;
        for next in lines.by_ref() {
            for c in next.chars() {
                match c {
                    '{' | '(' | '[' => depth += 1,
                    '}' | ')' | ']' => depth -= 1,
                    _ => {}
                }
            }
            let t = next.trim_end();
            if depth <= 0 && (t.ends_with(';') || t.ends_with(',') || t.ends_with('}')) {
                break;
            }
        }
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

/// The module's files, relative to the spec's output directory (`linux/...`).
pub fn files(spec: &Spec) -> Result<Vec<GeneratedFile>, CodegenError> {
    if spec.name != RUNTIME_SPEC {
        return Ok(Vec::new());
    }
    let c = Common {
        spec: spec.name.clone(),
        module: format!("iommugen_{}", spec.name),
        spec_file: spec
            .files
            .first()
            .cloned()
            .unwrap_or_else(|| format!("{}.iommu", spec.name)),
    };
    if spec.compatible.is_empty() {
        return Err(CodegenError(format!(
            "spec `{}` has no `compatible` string: the Linux driver has nothing to match",
            spec.name
        )));
    }
    let mmio_end = spec
        .register_blocks
        .iter()
        .map(|b| b.base + b.size)
        .max()
        .unwrap_or(0);
    if mmio_end == 0 {
        return Err(CodegenError(format!(
            "spec `{}` declares no register block to map",
            spec.name
        )));
    }
    let root = ModuleRoot {
        c: &c,
        doc: spec.doc.clone(),
        compatible: spec.compatible.clone(),
        mmio_size: hex_grouped(mmio_end),
    };
    let mut files = vec![
        GeneratedFile {
            path: "linux/Kbuild".into(),
            contents: render(&Kbuild { c: &c }, "Kbuild")?,
        },
        GeneratedFile {
            path: format!("linux/{}.rs", c.module),
            contents: render(&root, "module root")?,
        },
        GeneratedFile {
            path: "linux/hal.rs".into(),
            contents: render(&HalRs { c: &c }, "hal.rs")?,
        },
        GeneratedFile {
            path: "linux/iommu_ops.rs".into(),
            contents: render(&IommuOpsRs { c: &c }, "iommu_ops.rs")?,
        },
        GeneratedFile {
            path: "linux/iommu/mod.rs".into(),
            contents: render(&IommuModRs { c: &c }, "iommu/mod.rs")?,
        },
        GeneratedFile {
            path: "linux/iommu/registration.rs".into(),
            contents: render(&IommuRegistrationRs { c: &c }, "iommu/registration.rs")?,
        },
        GeneratedFile {
            path: "linux/iommu/callbacks.rs".into(),
            contents: render(&IommuCallbacksRs { c: &c }, "iommu/callbacks.rs")?,
        },
        GeneratedFile {
            path: "linux/iommu/platform.rs".into(),
            contents: render(&IommuPlatformRs { c: &c }, "iommu/platform.rs")?,
        },
        GeneratedFile {
            path: "linux/locks.rs".into(),
            contents: render(&LocksRs { c: &c }, "locks.rs")?,
        },
        GeneratedFile {
            path: "linux/monitor.rs".into(),
            contents: render(&MonitorRs { c: &c }, "monitor.rs")?,
        },
        GeneratedFile {
            path: format!("linux/{}_test.rs", c.module),
            contents: render(&TestModuleRs { c: &c }, "test module root")?,
        },
        GeneratedFile {
            path: "linux/test/edu.rs".into(),
            contents: render(&TestEduRs { c: &c }, "test/edu.rs")?,
        },
        GeneratedFile {
            path: "linux/test/kunit.rs".into(),
            contents: render(&TestKunitRs { c: &c }, "test/kunit.rs")?,
        },
    ];
    // Every file of the module carries an SPDX line; the runtime and the generated layer keep
    // the project's license.
    let spdx = |text: &str| format!("// SPDX-License-Identifier: MIT OR Apache-2.0\n\n{text}");
    if !RUNTIME_FILES
        .iter()
        .any(|(path, _)| *path == ALLOCATING_FILE)
    {
        return Err(CodegenError(format!("runtime/src/{ALLOCATING_FILE} is missing: the Linux backend replaces it with a file over KVec")));
    }
    let spec_path = format!("{RUNTIME_SPEC}/spec.rs");
    if !RUNTIME_FILES.iter().any(|(path, _)| *path == spec_path) {
        return Err(CodegenError(format!(
            "runtime/src/{spec_path} is missing: the runtime has no `{RUNTIME_SPEC}` architecture"
        )));
    }
    let lib = RUNTIME_FILES
        .iter()
        .find(|(path, _)| *path == "lib.rs")
        .map_or("", |(_, text)| *text);
    let others: Vec<String> = architectures(lib)
        .into_iter()
        .filter(|a| a != RUNTIME_SPEC)
        .map(|a| format!("{a}/"))
        .collect();
    for (path, text) in RUNTIME_FILES {
        if others.iter().any(|o| path.starts_with(o.as_str())) {
            continue;
        }
        let (path, contents) = match *path {
            "lib.rs" => ("mod.rs", runtime_mod(&without_planted(text))?),
            ALLOCATING_FILE => (*path, render(&StoreVecRs { c: &c }, ALLOCATING_FILE)?),
            p if p == spec_path => (*path, without_paths(text)),
            _ => (*path, without_test_modules(&without_planted(text))),
        };
        files.push(GeneratedFile {
            path: format!("linux/runtime/{path}"),
            contents: spdx(&contents),
        });
    }
    files.push(GeneratedFile {
        path: "linux/runtime/support.rs".into(),
        contents: spdx(crate::SUPPORT_RS),
    });
    // The generated layer, lean: what the runtime and the glue name.
    let users: Vec<&str> = files.iter().map(|f| f.contents.as_str()).collect();
    let lean = lean::lean(spec, &users)?;
    for f in crate::core::files(&lean)? {
        let rest = f.path.strip_prefix("core/");
        if let Some(rest) = rest.filter(|r| *r != "mod.rs" && *r != "support.rs") {
            files.push(GeneratedFile {
                path: format!("linux/runtime/{RUNTIME_SPEC}/spec/{rest}"),
                contents: spdx(&f.contents),
            });
        }
    }
    rustfmt::format(&mut files)?;
    Ok(files)
}

#[cfg(test)]
mod tests {
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
        let m = runtime_mod(lib).unwrap();
        assert_eq!(
            m,
            "//! Doc.\n#![forbid(unsafe_code)]\n\n\npub mod hal;\npub mod support;\npub mod smmuv3;\n"
        );
        assert_eq!(architectures(lib), ["smmuv3", "riscv"]);
        assert!(runtime_mod("#![feature(x)]\npub mod support;\npub mod smmuv3;\n").is_err());
        assert!(runtime_mod("pub mod hal;\npub mod smmuv3;\n").is_err());
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
}
