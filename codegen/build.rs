//! Collects the runtime's source files (`runtime/src/**.rs`) for the Linux backend, which copies
//! them into the module it generates: `$OUT_DIR/runtime_files.rs` is a list of
//! `(path relative to runtime/src, include_str!(file))`. Test-only files (`tests.rs`,
//! `testhal.rs`, `planted.rs`, the report's `transitions.rs`, anything under a `tests/` folder) are
//! left out: the kernel build
//! never compiles them.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, base: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("runtime/src is readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if p.is_dir() {
            if name != "tests" {
                walk(&p, base, out);
            }
        } else if name.ends_with(".rs")
            && name != "tests.rs"
            && name != "testhal.rs"
            && name != "planted.rs"
            && name != "transitions.rs"
        {
            out.push(
                p.strip_prefix(base)
                    .expect("under runtime/src")
                    .to_path_buf(),
            );
        }
    }
}

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let src = manifest.join("../runtime/src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut files = Vec::new();
    walk(&src, &src, &mut files);
    let mut code = String::from("/// The runtime's source files: (path under runtime/src, contents).\npub const RUNTIME_FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let abs = src.join(f);
        println!("cargo:rerun-if-changed={}", abs.display());
        let rel = f.to_string_lossy().replace('\\', "/");
        let _ = writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("runtime_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
