//! Backends of the iommugen pipeline: each turns the checked IR ([`iommugen_dsl::ir::Spec`])
//! into files. `core` emits the typed `no_std` layer (registers, entries, queue records, page
//! tables); `mock` emits the register table a device model is driven by; `linux` emits a
//! Rust-for-Linux module (askama templates, the runtime's source and the core layer); later
//! backends build on them.

pub mod conformance;
pub mod core;
pub mod doc;
pub mod linux;
pub mod mock;
pub mod names;

use std::fmt;

/// The text of the support module every generated core module uses.
pub const SUPPORT_RS: &str = include_str!("support.rs");

/// One output file, relative to the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// A spec the backend cannot turn into Rust (names that collide once converted, say).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodegenError(pub String);

impl fmt::Display for CodegenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CodegenError {}

/// Every file `iommugen gen` writes for a spec, relative to `generated/<name>/`.
pub fn generate_all(spec: &iommugen_dsl::ir::Spec) -> Result<Vec<GeneratedFile>, CodegenError> {
    let mut files = crate::core::files(spec)?;
    files.extend(crate::mock::files(spec)?);
    files.extend(crate::linux::files(spec)?);
    files.extend(crate::conformance::files(spec)?);
    let json = serde_json::to_string_pretty(spec)
        .map_err(|e| CodegenError(format!("cannot serialise the IR: {e}")))?;
    files.push(GeneratedFile {
        path: "ir.json".into(),
        contents: json + "\n",
    });
    Ok(files)
}

/// Writes `files` under `dir`, replacing the directories they live in so no stale file stays.
pub fn write_tree(dir: &std::path::Path, files: &[GeneratedFile]) -> std::io::Result<()> {
    let mut top: Vec<&str> = files
        .iter()
        .filter_map(|f| f.path.split_once('/').map(|(d, _)| d))
        .collect();
    top.sort_unstable();
    top.dedup();
    for d in top {
        let p = dir.join(d);
        if p.exists() {
            std::fs::remove_dir_all(&p)?;
        }
    }
    for f in files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, &f.contents)?;
    }
    Ok(())
}
