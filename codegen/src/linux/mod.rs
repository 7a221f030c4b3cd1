//! The Linux backend: a Rust-for-Linux out-of-tree module (`linux/`) that drives the IOMMU with
//! the runtime, for each spec whose architecture the backend knows ([`arch`]: SMMUv3 and the
//! RISC-V IOMMU). Its files, from templates every architecture shares unless said otherwise:
//!
//! - `Kbuild` (`obj-m := iommugen_<spec>.o`, with the test module where there is one);
//! - `iommugen_<spec>.rs`, the crate root: the module, the IOMMU's driver on its bus (a platform
//!   driver for the spec's OF `compatible` strings, or a PCI driver for the architecture's IDs)
//!   and, from the architecture's templates, its probe: map the MMIO, probe, bring the IOMMU up
//!   with the runtime, take its interrupts, register with the IOMMU core;
//! - `iommu/`, the safe abstraction over the Linux IOMMU core (`#[vtable]` traits for
//!   `iommu_ops` and `iommu_domain_ops`, the registration, the callbacks, the bus's driver
//!   registration, word accesses to DMA memory, the spinlocks' `spin_lock_irqsave` backend):
//!   architecture-neutral, all of the glue's `unsafe` code;
//! - the architecture's glue, safe code (`templates/<runtime>/`): `iommu_ops.rs` (the driver:
//!   the traits over the runtime) and `monitor.rs` (counters, reports, interrupt handlers);
//! - `locks.rs`, the driver's locks for every architecture: a mutex around the IOMMU's state,
//!   the command queue behind a spinlock held only to write commands, each paging domain's
//!   tables behind a spinlock of their own (`runtime::shared::Guarded` over each); `paging.rs`,
//!   what every architecture's paging domains share (the core's protection as the runtime's,
//!   table pages allocated with the caller's `gfp` before the domain's lock);
//! - `hal.rs`, the runtime's `Hal` over the kernel (the register mapping, `dma::Coherent` with
//!   reuse of freed buffers, barriers, clock); `errors.rs`, the runtime's errors as errnos and
//!   the reports' rate limit;
//! - `runtime/`, the runtime's source tree (`runtime/src`) as a module: the core and the
//!   spec's architecture (`runtime/<runtime>/`; other architectures are left out), with the core
//!   layer of the spec (what the core backend writes to `core/`) as `runtime/<runtime>/spec/`
//!   over the shared `runtime/support.rs`, and with `runtime/store/vec.rs`, the one runtime file
//!   that names an allocator, rewritten over the kernel's `KVec` (Linux builds modules without
//!   the `alloc` crate); the copy is pruned to the items the module's own code reaches, its
//!   `pub` items crate-visible (`prune.rs`);
//! - the test module (`iommugen_<spec>_test.rs`, `test/`), where the architecture has one.
//!
//! File-shaped output comes from askama templates (`src/linux/templates/`); every Rust file is
//! then formatted with `rustfmt` in the kernel's layout (`rustfmt.rs`). Specs of other
//! architectures get no module.

pub mod arch;
mod lean;
mod prune;
mod rustfmt;

pub use rustfmt::KERNEL_RUSTFMT_TOML;

use askama::Template;
use iommugen_dsl::ir::Spec;

use arch::{Bus, LinuxArch, PciId};

use crate::{CodegenError, GeneratedFile};

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

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
    /// The runtime's module tree for the spec (`smmuv3`, `riscv`).
    runtime: String,
    /// Its module with the command queue (`cmdq`, `cq`).
    cmdq: String,
    /// The DMA API's default domains translate (the edu checks' fault check runs).
    dma_translated: bool,
    /// The optional parts of the shared templates the architecture uses.
    uses: arch::Uses,
}

#[derive(Template)]
#[template(path = "Kbuild.txt", escape = "none")]
struct Kbuild<'a> {
    c: &'a Common,
    /// The kernel's `make` words.
    make: &'a str,
    test_module: bool,
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
    /// The IOMMU is a PCI function (else a platform device).
    pci: bool,
    /// Its bus's name in docs, and the `iommu/` module of its driver registration.
    bus_name: &'a str,
    bus_mod: &'a str,
    /// The PCI IDs (PCI only), and the class that matches the others.
    pci_ids: &'a [PciId],
    pci_class: String,
    /// The architecture's glue modules besides `iommu_ops`.
    glue_mods: &'a [&'a str],
    /// The interrupt causes in vector order (MSI-X), or the names of the wired interrupts.
    irqs: &'a [&'a str],
}

#[derive(Template)]
#[template(path = "hal.rs.txt", escape = "none")]
struct HalRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "errors.rs.txt", escape = "none")]
struct ErrorsRs<'a> {
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
#[template(path = "smmuv3/iommu_ops.rs.txt", escape = "none")]
struct SmmuIommuOpsRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "riscv/iommu_ops.rs.txt", escape = "none")]
struct RiscvIommuOpsRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "riscv/monitor.rs.txt", escape = "none")]
struct RiscvMonitorRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/mod.rs.txt", escape = "none")]
struct IommuModRs<'a> {
    c: &'a Common,
    pci: bool,
    bus_mod: &'a str,
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
#[template(path = "iommu/dma.rs.txt", escape = "none")]
struct IommuDmaRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/lock.rs.txt", escape = "none")]
struct IommuLockRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/platform.rs.txt", escape = "none")]
struct IommuPlatformRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "iommu/pci.rs.txt", escape = "none")]
struct IommuPciRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "locks.rs.txt", escape = "none")]
struct LocksRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "paging.rs.txt", escape = "none")]
struct PagingRs<'a> {
    c: &'a Common,
}

#[derive(Template)]
#[template(path = "smmuv3/monitor.rs.txt", escape = "none")]
struct SmmuMonitorRs<'a> {
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
/// `extern crate` lines go, the module's architecture (`runtime`) is declared whatever
/// the cargo features (the kernel build has none), other architectures are left out, and the
/// generated layers' `support` module is the file `runtime/support.rs` instead of a `#[path]`.
fn runtime_mod(lib: &str, runtime: &str) -> Result<String, CodegenError> {
    let own = format!("#[cfg(feature = \"{runtime}\")]");
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
    if !out.contains("pub mod support;") || !out.contains(&format!("pub mod {runtime};")) {
        return Err(CodegenError(format!(
            "runtime/src/lib.rs declares no `pub mod support;` or no `pub mod {runtime};`"
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

/// The module's files, relative to the spec's output directory (`linux/...`); none for a spec
/// whose architecture the backend does not know ([`arch::of`]).
pub fn files(spec: &Spec) -> Result<Vec<GeneratedFile>, CodegenError> {
    let Some(a) = arch::of(&spec.name) else {
        return Ok(Vec::new());
    };
    let c = Common {
        spec: spec.name.clone(),
        module: format!("iommugen_{}", spec.name),
        spec_file: spec
            .files
            .first()
            .cloned()
            .unwrap_or_else(|| format!("{}.iommu", spec.name)),
        runtime: a.runtime.to_string(),
        cmdq: a.command_queue.to_string(),
        dma_translated: a.dma_translated,
        uses: a.uses,
    };
    if a.bus == Bus::Platform && spec.compatible.is_empty() {
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
    let mut files = module_files(spec, a, &c, mmio_end)?;
    files.extend(runtime_files(a, &c)?);
    // The generated layer, lean: what the runtime and the glue name.
    let users: Vec<&str> = files.iter().map(|f| f.contents.as_str()).collect();
    let lean = lean::lean(spec, &users)?;
    for f in crate::core::files(&lean)? {
        let rest = f.path.strip_prefix("core/");
        if let Some(rest) = rest.filter(|r| *r != "mod.rs" && *r != "support.rs") {
            files.push(GeneratedFile {
                path: format!("linux/runtime/{}/spec/{rest}", a.runtime),
                contents: spdx(&f.contents),
            });
        }
    }
    // The runtime copy without what the module does not reach.
    let test_root = format!("linux/{}_test.rs", c.module);
    prune::prune(&mut files, &|p: &str| {
        p == test_root || p.starts_with("linux/test/")
    })?;
    rustfmt::format(&mut files)?;
    Ok(files)
}

/// A file of the runtime or the generated layer with the SPDX line every file of the module
/// carries (the runtime and the generated layer keep the project's license).
fn spdx(text: &str) -> String {
    format!("// SPDX-License-Identifier: MIT OR Apache-2.0\n\n{text}")
}

/// The module's own files: the shared templates and the architecture's glue.
fn module_files(
    spec: &Spec,
    a: &LinuxArch,
    c: &Common,
    mmio_end: u64,
) -> Result<Vec<GeneratedFile>, CodegenError> {
    let (pci, bus_name, bus_mod, pci_ids, class) = match a.bus {
        Bus::Platform => (false, "platform", "platform", &[][..], 0),
        Bus::Pci { ids, class } => (true, "PCI", "pci", ids, class),
    };
    let irqs: &[&str] = match a.interrupts {
        arch::Interrupts::Wired(names) => names,
        arch::Interrupts::Msix(causes) => causes,
    };
    let glue_mods: &[&str] = &["locks", "monitor", "paging"];
    let root = ModuleRoot {
        c,
        doc: spec.doc.clone(),
        compatible: spec.compatible.clone(),
        mmio_size: hex_grouped(mmio_end),
        pci,
        bus_name,
        bus_mod,
        pci_ids,
        pci_class: format!("{:#x}_{:04x}", class >> 16, class & 0xffff),
        glue_mods,
        irqs,
    };
    let file = |path: String, contents: String| GeneratedFile { path, contents };
    let mut files = vec![
        file(
            "linux/Kbuild".into(),
            render(
                &Kbuild {
                    c,
                    make: a.make,
                    test_module: a.test_module,
                },
                "Kbuild",
            )?,
        ),
        file(
            format!("linux/{}.rs", c.module),
            render(&root, "module root")?,
        ),
        file("linux/hal.rs".into(), render(&HalRs { c }, "hal.rs")?),
        file(
            "linux/errors.rs".into(),
            render(&ErrorsRs { c }, "errors.rs")?,
        ),
        file(
            "linux/iommu/mod.rs".into(),
            render(&IommuModRs { c, pci, bus_mod }, "iommu/mod.rs")?,
        ),
        file(
            "linux/iommu/registration.rs".into(),
            render(&IommuRegistrationRs { c }, "iommu/registration.rs")?,
        ),
        file(
            "linux/iommu/callbacks.rs".into(),
            render(&IommuCallbacksRs { c }, "iommu/callbacks.rs")?,
        ),
        file(
            "linux/iommu/dma.rs".into(),
            render(&IommuDmaRs { c }, "iommu/dma.rs")?,
        ),
        file(
            "linux/iommu/lock.rs".into(),
            render(&IommuLockRs { c }, "iommu/lock.rs")?,
        ),
        file("linux/locks.rs".into(), render(&LocksRs { c }, "locks.rs")?),
        file(
            "linux/paging.rs".into(),
            render(&PagingRs { c }, "paging.rs")?,
        ),
    ];
    if pci {
        files.push(file(
            "linux/iommu/pci.rs".into(),
            render(&IommuPciRs { c }, "iommu/pci.rs")?,
        ));
    } else {
        files.push(file(
            "linux/iommu/platform.rs".into(),
            render(&IommuPlatformRs { c }, "iommu/platform.rs")?,
        ));
    }
    match a.runtime {
        "smmuv3" => {
            files.push(file(
                "linux/iommu_ops.rs".into(),
                render(&SmmuIommuOpsRs { c }, "iommu_ops.rs")?,
            ));
            files.push(file(
                "linux/monitor.rs".into(),
                render(&SmmuMonitorRs { c }, "monitor.rs")?,
            ));
        }
        "riscv" => {
            files.push(file(
                "linux/iommu_ops.rs".into(),
                render(&RiscvIommuOpsRs { c }, "iommu_ops.rs")?,
            ));
            files.push(file(
                "linux/monitor.rs".into(),
                render(&RiscvMonitorRs { c }, "monitor.rs")?,
            ));
        }
        other => {
            return Err(CodegenError(format!(
                "the Linux backend has no glue templates for the runtime's `{other}`"
            )))
        }
    }
    if a.test_module {
        files.push(file(
            format!("linux/{}_test.rs", c.module),
            render(&TestModuleRs { c }, "test module root")?,
        ));
        files.push(file(
            "linux/test/edu.rs".into(),
            render(&TestEduRs { c }, "test/edu.rs")?,
        ));
        files.push(file(
            "linux/test/kunit.rs".into(),
            render(&TestKunitRs { c }, "test/kunit.rs")?,
        ));
    }
    Ok(files)
}

/// The runtime's source tree as a module: the core and the architecture's tree, without test
/// code, `store/vec.rs` over `KVec`, and `support.rs`.
fn runtime_files(a: &LinuxArch, c: &Common) -> Result<Vec<GeneratedFile>, CodegenError> {
    let runtime = a.runtime;
    if !RUNTIME_FILES
        .iter()
        .any(|(path, _)| *path == ALLOCATING_FILE)
    {
        return Err(CodegenError(format!("runtime/src/{ALLOCATING_FILE} is missing: the Linux backend replaces it with a file over KVec")));
    }
    let spec_path = format!("{runtime}/spec.rs");
    if !RUNTIME_FILES.iter().any(|(path, _)| *path == spec_path) {
        return Err(CodegenError(format!(
            "runtime/src/{spec_path} is missing: the runtime has no `{runtime}` architecture"
        )));
    }
    let lib = RUNTIME_FILES
        .iter()
        .find(|(path, _)| *path == "lib.rs")
        .map_or("", |(_, text)| *text);
    let others: Vec<String> = architectures(lib)
        .into_iter()
        .filter(|o| o != runtime)
        .map(|o| format!("{o}/"))
        .collect();
    let mut files = Vec::new();
    for (path, text) in RUNTIME_FILES {
        if others.iter().any(|o| path.starts_with(o.as_str())) {
            continue;
        }
        let (path, contents) = match *path {
            "lib.rs" => ("mod.rs", runtime_mod(&without_planted(text), runtime)?),
            ALLOCATING_FILE => (*path, render(&StoreVecRs { c }, ALLOCATING_FILE)?),
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
    Ok(files)
}

#[cfg(test)]
mod tests;
