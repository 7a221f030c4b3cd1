//! `cargo xtask bootstrap`: the generator has no bootstrap cycle. The checkout's files (what git
//! tracks plus untracked files it does not ignore), without `generated/`, are mirrored outside the
//! repository; the `iommugen` command is built there, `iommugen gen` runs for every top-level spec
//! in `specs/`, and what it writes must equal the checked-in `generated/` byte for byte, with no
//! file missing or extra.
//!
//! The mirror lives in `<cache>/bootstrap/<worktree>/` and is synchronised rather than recreated:
//! a file is written only when its contents differ, files the checkout no longer has are
//! deleted, and `generated/` is always removed before the build. So cargo, with its own target
//! directory `<cache>/bootstrap/target` (shared by every checkout on the machine), rebuilds only
//! what changed: the first run builds the command's dependencies, later runs take seconds.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Mirrors the checkout without `generated/`, builds `iommugen` there and checks that `gen` for
/// every spec reproduces `generated/`.
pub fn run(root: &Path, cache: &Path) -> Result<(), String> {
    let base = cache.join("bootstrap");
    let mirror = base.join(mirror_name(root));
    let target = base.join("target");
    let files = checkout_files(root)?;
    sync(root, &mirror, &files)?;
    let generated = mirror.join("generated");
    if generated.exists() {
        return Err(format!(
            "{} still exists after the sync",
            generated.display()
        ));
    }
    eprintln!(
        "xtask: bootstrap: {} files mirrored into {} (no generated/)",
        files.len(),
        mirror.display()
    );
    run_in(
        &mirror,
        super::cargo()
            .env("CARGO_TARGET_DIR", &target)
            .args(["build", "--locked", "-p", "iommugen"]),
    )?;
    let bin = target
        .join("debug")
        .join(format!("iommugen{}", std::env::consts::EXE_SUFFIX));
    let specs = specs(root)?;
    if specs.is_empty() {
        return Err(format!("no spec in {}", root.join("specs").display()));
    }
    for spec in &specs {
        run_in(&mirror, Command::new(&bin).arg("gen").arg(spec))?;
    }
    compare(&root.join("generated"), &generated, &specs)?;
    println!(
        "bootstrap: the generator built without generated/ and regenerated it exactly ({})",
        specs.join(", ")
    );
    Ok(())
}

/// The mirror's directory name: the checkout's path with its separators replaced, so checkouts
/// do not share a mirror.
fn mirror_name(root: &Path) -> String {
    let name: String = root
        .to_string_lossy()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '+'
            }
        })
        .collect();
    name.trim_matches('+').to_string()
}

fn run_in(dir: &Path, cmd: &mut Command) -> Result<(), String> {
    // The command's Debug output shows the directory (`cd DIR && ...`).
    cmd.current_dir(dir);
    eprintln!("xtask: running {cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

/// The checkout's files outside `generated/`, relative to `root`: tracked files still present
/// and untracked files git does not ignore (so `target/` is left out).
fn checkout_files(root: &Path) -> Result<BTreeSet<PathBuf>, String> {
    let out = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git to list the checkout's files: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "git ls-files failed in {}: {}",
            root.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = String::from_utf8(out.stdout).map_err(|e| format!("git ls-files: {e}"))?;
    Ok(text
        .split('\0')
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .filter(|p| !p.starts_with("generated"))
        .filter(|p| root.join(p).is_file())
        .collect())
}

/// Makes `mirror` hold exactly `files` (copied from `root`), leaving unchanged files untouched.
fn sync(root: &Path, mirror: &Path, files: &BTreeSet<PathBuf>) -> Result<(), String> {
    let io =
        |what: &str, p: &Path, e: std::io::Error| format!("cannot {what} {}: {e}", p.display());
    for rel in files {
        let (from, to) = (root.join(rel), mirror.join(rel));
        let new = std::fs::read(&from).map_err(|e| io("read", &from, e))?;
        if std::fs::read(&to).is_ok_and(|old| old == new) {
            continue;
        }
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir).map_err(|e| io("create", dir, e))?;
        }
        std::fs::copy(&from, &to).map_err(|e| io("write", &to, e))?;
    }
    let mut present = BTreeSet::new();
    walk(mirror, mirror, &mut present)?;
    for rel in present.difference(files) {
        let p = mirror.join(rel);
        std::fs::remove_file(&p).map_err(|e| io("remove", &p, e))?;
    }
    prune_empty(mirror).map_err(|e| io("prune", mirror, e))?;
    Ok(())
}

/// Removes the empty directories under `dir` (not `dir` itself).
fn prune_empty(dir: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() && !p.is_symlink() {
            prune_empty(&p)?;
            if std::fs::read_dir(&p)?.next().is_none() {
                std::fs::remove_dir(&p)?;
            }
        }
    }
    Ok(())
}

/// Every file under `dir`, relative to `base`.
fn walk(dir: &Path, base: &Path, out: &mut BTreeSet<PathBuf>) -> Result<(), String> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot read {}: {e}", dir.display())),
    };
    for entry in entries {
        let p = entry
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .path();
        if p.is_dir() && !p.is_symlink() {
            walk(&p, base, out)?;
        } else if let Ok(rel) = p.strip_prefix(base) {
            out.insert(rel.to_path_buf());
        }
    }
    Ok(())
}

/// The top-level specs, `specs/*.iommu`, as paths relative to the checkout.
fn specs(root: &Path) -> Result<Vec<String>, String> {
    let dir = root.join("specs");
    let mut specs: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "iommu"))
        .filter_map(|p| {
            p.file_name()
                .map(|n| format!("specs/{}", n.to_string_lossy()))
        })
        .collect();
    specs.sort();
    Ok(specs)
}

/// `checked_in` and `rebuilt` hold the same files with the same bytes.
fn compare(checked_in: &Path, rebuilt: &Path, specs: &[String]) -> Result<(), String> {
    let (mut ours, mut theirs) = (BTreeSet::new(), BTreeSet::new());
    walk(checked_in, checked_in, &mut ours)?;
    walk(rebuilt, rebuilt, &mut theirs)?;
    let show = |set: Vec<&PathBuf>| {
        set.iter()
            .map(|p| format!("generated/{}", p.display()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let differ: Vec<&PathBuf> = ours
        .intersection(&theirs)
        .filter(|rel| {
            std::fs::read(checked_in.join(rel)).ok() != std::fs::read(rebuilt.join(rel)).ok()
        })
        .collect();
    let not_generated: Vec<&PathBuf> = ours.difference(&theirs).collect();
    let not_checked_in: Vec<&PathBuf> = theirs.difference(&ours).collect();
    if differ.is_empty() && not_generated.is_empty() && not_checked_in.is_empty() {
        return Ok(());
    }
    let mut why = String::from("generated/ is not what the generator built without it writes:");
    for (what, set) in [
        ("differ", differ),
        ("checked in but not generated", not_generated),
        ("generated but not checked in", not_checked_in),
    ] {
        if !set.is_empty() {
            why.push_str(&format!("\n  {what}: {}", show(set)));
        }
    }
    why.push_str(&format!(
        "\n  the rebuilt tree is in {}; regenerate with {}",
        rebuilt.display(),
        specs
            .iter()
            .map(|s| format!("`cargo run -p iommugen -- gen {s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Err(why)
}
