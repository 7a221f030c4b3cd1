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
    // rustfmt formats the modules a file declares too: give it only the files no other file
    // declares (the crate root), so each file is formatted once.
    let rs: Vec<&str> = files
        .iter()
        .filter(|f| f.path.ends_with(".rs"))
        .map(|f| f.path.as_str())
        .collect();
    let children = declared_modules(files, &rs);
    let roots = paths
        .iter()
        .filter(|(i, _)| !children.contains(files[*i].path.as_str()))
        .map(|(_, p)| p);
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let out = Command::new(&rustfmt)
        .args(["--edition", "2021", "--config-path"])
        .arg(&config)
        .args(roots)
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

/// The files among `rs` that some file of `files` declares as an out-of-line module
/// (`mod name;`): `name.rs` or `name/mod.rs` beside the declaring file, or in the folder named
/// after it.
fn declared_modules<'a>(
    files: &[GeneratedFile],
    rs: &[&'a str],
) -> std::collections::BTreeSet<&'a str> {
    let mut out = std::collections::BTreeSet::new();
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        let (dir, stem) = match f.path.rsplit_once('/') {
            Some((d, name)) => (format!("{d}/"), name.trim_end_matches(".rs")),
            None => (String::new(), f.path.trim_end_matches(".rs")),
        };
        for line in f.contents.lines() {
            let t = line.trim();
            let Some(decl) = t.strip_suffix(';') else {
                continue;
            };
            let Some(name) = decl.split_whitespace().skip_while(|w| *w != "mod").nth(1) else {
                continue;
            };
            if !decl
                .split_whitespace()
                .all(|w| w == "mod" || w == name || w.starts_with("pub"))
            {
                continue;
            }
            for cand in [
                format!("{dir}{name}.rs"),
                format!("{dir}{name}/mod.rs"),
                format!("{dir}{stem}/{name}.rs"),
                format!("{dir}{stem}/{name}/mod.rs"),
            ] {
                if let Some(hit) = rs.iter().find(|p| **p == cand) {
                    out.insert(*hit);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_undeclared_files_are_roots() {
        let file = |path: &str, contents: &str| GeneratedFile {
            path: path.into(),
            contents: contents.into(),
        };
        let files = [
            file(
                "linux/root.rs",
                "mod hal;\n#[allow(dead_code)]\npub(crate) mod runtime;\n",
            ),
            file("linux/hal.rs", "// mod fake;\n"),
            file("linux/runtime/mod.rs", "pub mod pgtable;\n"),
            file("linux/runtime/pgtable.rs", "mod table;\nuse x::mod_y;\n"),
            file("linux/runtime/pgtable/table.rs", ""),
            file("linux/other.rs", ""),
        ];
        let rs: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        let children = declared_modules(&files, &rs);
        let roots: Vec<&str> = rs
            .iter()
            .copied()
            .filter(|p| !children.contains(p))
            .collect();
        assert_eq!(roots, ["linux/root.rs", "linux/other.rs"]);
    }

    #[test]
    fn formats_in_the_kernel_layout_and_reports_what_it_cannot_parse() {
        let mut files = [GeneratedFile {
            path: "linux/m.rs".into(),
            contents: "fn f( ) -> u8 { 1 }".into(),
        }];
        format(&mut files).unwrap();
        assert_eq!(files[0].contents, "fn f() -> u8 {\n    1\n}\n");
        let mut bad = [GeneratedFile {
            path: "linux/m.rs".into(),
            contents: "fn f( {".into(),
        }];
        let e = format(&mut bad).unwrap_err();
        assert!(
            e.0.contains("rustfmt rejected the generated Linux module"),
            "{}",
            e.0
        );
        assert!(e.0.contains("m.rs"), "the message names the file: {}", e.0);
    }
}
