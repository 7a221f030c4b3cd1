//! The module's Rust in the kernel's layout: every `.rs` file the Linux backend writes goes
//! through `rustfmt` with the settings of the kernel tree's `.rustfmt.toml` (edition 2021,
//! Unix newlines, the default width of 100), so `make rustfmtcheck` in a tree that carries the
//! module finds nothing to change. `$RUSTFMT` names another binary, as in the kernel's Makefile.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::{CodegenError, GeneratedFile};

/// The kernel's `.rustfmt.toml`, minus its commented-out unstable options.
pub const KERNEL_RUSTFMT_TOML: &str = "edition = \"2021\"\nnewline_style = \"Unix\"\n";

/// A scratch directory removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Formats the `.rs` files among `files` in place, with one `rustfmt` run.
pub fn format(files: &mut [GeneratedFile]) -> Result<(), CodegenError> {
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let io = |what: &str, e: std::io::Error| {
        CodegenError(format!("cannot format the Linux module: {what}: {e}"))
    };
    let dir = Scratch(std::env::temp_dir().join(format!(
        "iommugen-rustfmt-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    )));
    let _ = std::fs::remove_dir_all(&dir.0);
    std::fs::create_dir_all(&dir.0).map_err(|e| io("scratch directory", e))?;
    let config = dir.0.join("rustfmt.toml");
    std::fs::write(&config, KERNEL_RUSTFMT_TOML).map_err(|e| io("rustfmt.toml", e))?;
    let mut paths = Vec::new();
    for (i, f) in files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.path.ends_with(".rs"))
    {
        let p = dir.0.join(&f.path);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io("scratch directory", e))?;
        }
        std::fs::write(&p, &f.contents).map_err(|e| io(&f.path, e))?;
        paths.push((i, p));
    }
    if paths.is_empty() {
        return Ok(());
    }
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let out = Command::new(&rustfmt)
        .args(["--edition", "2021", "--config-path"])
        .arg(&config)
        .args(paths.iter().map(|(_, p)| p))
        .output()
        .map_err(|e| {
            CodegenError(format!(
                "cannot run {}: {e}\n  hint: the Linux backend writes the module in the kernel's rustfmt layout; install rustfmt with `rustup component add rustfmt` (or set RUSTFMT)",
                rustfmt.to_string_lossy()
            ))
        })?;
    if !out.status.success() {
        return Err(CodegenError(format!(
            "rustfmt rejected the generated Linux module ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    for (i, p) in paths {
        files[i].contents = std::fs::read_to_string(&p).map_err(|e| io(&files[i].path, e))?;
    }
    Ok(())
}
