//! Helpers of the kernel steps: commands whose output goes to a log (its tail is shown when they
//! fail), stamps recording what a cached result was made from, a stable hash, timing.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Lines of a failing command's output shown in the error.
const TAIL_LINES: usize = 40;

/// FNV-1a, 64 bits: stable across Rust releases (std's hasher is not), so stamps stay valid.
pub fn hash(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain(&[0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The last `n` lines of `text`.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Runs `cmd` with its output (stdout and stderr together) in `log`; on failure the error shows
/// the command, the log's path and its last lines.
pub fn run_logged(cmd: &mut Command, log: &Path) -> Result<(), String> {
    if let Some(dir) = log.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let file =
        fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let err = file.try_clone().map_err(|e| e.to_string())?;
    eprintln!(
        "xtask kernel:   $ {} (output: {})",
        show(cmd),
        log.display()
    );
    let status = cmd
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(err)
        .status()
        .map_err(|e| format!("cannot start {}: {e}", show(cmd)))?;
    if status.success() {
        return Ok(());
    }
    let text = fs::read_to_string(log).unwrap_or_default();
    Err(format!(
        "`{}` failed ({status}); the last lines of {}:\n{}",
        show(cmd),
        log.display(),
        tail(&text, TAIL_LINES)
    ))
}

/// Runs `cmd` and returns its standard output; the error carries the tail of its output.
pub fn output(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot start {}: {e}", show(cmd)))?;
    if out.status.success() {
        return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Err(format!(
        "`{}` failed ({}):\n{}",
        show(cmd),
        out.status,
        tail(&text, TAIL_LINES)
    ))
}

/// A command as a shell line, for messages.
pub fn show(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        let a = a.to_string_lossy();
        if a.contains(' ') || a.is_empty() {
            let _ = write!(s, " '{a}'");
        } else {
            let _ = write!(s, " {a}");
        }
    }
    s
}

/// A stamp file: the cached result beside it was made from inputs whose hash it records.
pub struct Stamp(pub PathBuf);

impl Stamp {
    /// Whether the stamp records `key`.
    pub fn matches(&self, key: &str) -> bool {
        fs::read_to_string(&self.0).is_ok_and(|s| s.lines().next() == Some(key))
    }

    /// Records `key` (and a human-readable description below it).
    pub fn write(&self, key: &str, what: &str) -> Result<(), String> {
        fs::write(&self.0, format!("{key}\n{what}\n"))
            .map_err(|e| format!("cannot write {}: {e}", self.0.display()))
    }

    /// Forgets the cached result (before rebuilding it).
    pub fn clear(&self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Times the steps and prints a summary at the end.
#[derive(Default)]
pub struct Timer {
    steps: Vec<(String, f64, bool)>,
}

impl Timer {
    /// Runs step `name`; `f` returns whether the step was satisfied from the cache.
    pub fn step<T>(
        &mut self,
        name: &str,
        f: impl FnOnce() -> Result<(T, bool), String>,
    ) -> Result<T, String> {
        eprintln!("xtask kernel: [{name}]");
        let start = Instant::now();
        let r = f();
        let secs = start.elapsed().as_secs_f64();
        match r {
            Ok((v, cached)) => {
                eprintln!(
                    "xtask kernel: [{name}] {} in {secs:.1} s",
                    if cached { "cached" } else { "done" }
                );
                self.steps.push((name.into(), secs, cached));
                Ok(v)
            }
            Err(e) => Err(format!("step `{name}` failed after {secs:.1} s: {e}")),
        }
    }

    /// One line per step.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let total: f64 = self.steps.iter().map(|x| x.1).sum();
        for (name, secs, cached) in &self.steps {
            let _ = writeln!(
                s,
                "  {name:<18} {secs:>7.1} s{}",
                if *cached { "  (cached)" } else { "" }
            );
        }
        let _ = write!(s, "  {:<18} {total:>7.1} s", "total");
        s
    }
}

/// Copies the files of `from` into `to` (recursively), rewriting only files whose contents
/// changed (so make's timestamps see only real changes) and removing files `from` lacks.
/// Build products (`*.o`, `*.ko`, `.*.cmd`, ...) in `to` are kept when `keep` says so.
/// Calls `each` with every file under `dir`, recursively.
pub fn walk_files(dir: &Path, each: &mut dyn FnMut(&Path)) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk_files(&p, each)?;
        } else {
            each(&p);
        }
    }
    Ok(())
}

pub fn sync_tree(from: &Path, to: &Path, keep: &dyn Fn(&Path) -> bool) -> Result<usize, String> {
    let mut changed = 0;
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    let mut names = Vec::new();
    for e in entries.flatten() {
        let src = e.path();
        let name = e.file_name();
        names.push(name.clone());
        let dst = to.join(&name);
        if src.is_dir() {
            changed += sync_tree(&src, &dst, keep)?;
        } else {
            let data = fs::read(&src).map_err(|e| format!("cannot read {}: {e}", src.display()))?;
            if fs::read(&dst).ok().as_deref() != Some(&data[..]) {
                fs::write(&dst, &data)
                    .map_err(|e| format!("cannot write {}: {e}", dst.display()))?;
                changed += 1;
            }
        }
    }
    for e in fs::read_dir(to).map_err(|e| e.to_string())?.flatten() {
        let p = e.path();
        if names.contains(&e.file_name()) || keep(&p) {
            continue;
        }
        if p.is_dir() {
            // A directory the source no longer has, unless it only holds build products.
            if fs::read_dir(&p)
                .map_err(|e| e.to_string())?
                .flatten()
                .all(|f| keep(&f.path()))
            {
                continue;
            }
            fs::remove_dir_all(&p).map_err(|e| format!("cannot remove {}: {e}", p.display()))?;
        } else {
            fs::remove_file(&p).map_err(|e| format!("cannot remove {}: {e}", p.display()))?;
        }
        changed += 1;
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_separates_parts() {
        assert_eq!(hash(&[b"a", b"bc"]), hash(&[b"a", b"bc"]));
        assert_ne!(hash(&[b"ab", b"c"]), hash(&[b"a", b"bc"]));
        assert_eq!(hash(&[]), "cbf29ce484222325");
    }

    #[test]
    fn tail_keeps_the_last_lines() {
        assert_eq!(tail("a\nb\nc\n", 2), "b\nc");
        assert_eq!(tail("a", 5), "a");
    }
}
