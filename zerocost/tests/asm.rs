//! Compiles `iommugen-zerocost` to optimised assembly and checks that every generated accessor in
//! `src/lib.rs` compiles to the same instructions as its hand-written counterpart.
//!
//! Each `NAME_gen` / `NAME_hand` pair listed in `PAIRS` must have the same instruction sequence
//! once local labels are renamed in order of appearance. LLVM's function merging may already
//! have folded the two into one body (`NAME_hand = NAME_gen`, or a one-jump thunk): that is
//! reported as such and counts as identical, since LLVM only merges functions whose optimised IR
//! is the same. The pairs in `KNOWN_OVERHEAD` must still differ; their difference is printed.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use iommugen_zerocost::{KNOWN_OVERHEAD, PAIRS};

/// Builds the crate with `--emit=asm` into a target directory of its own and returns the text
/// of the `.s` file.
fn emit_asm() -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| env!("CARGO").into());
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("zerocost-asm");
    let out = Command::new(cargo)
        .args([
            "rustc",
            "--release",
            "--lib",
            "-p",
            "iommugen-zerocost",
            "--manifest-path",
        ])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&target_dir)
        .args(["--", "--emit=asm", "-C", "codegen-units=1"])
        .output()
        .expect("run cargo rustc");
    assert!(
        out.status.success(),
        "cargo rustc --emit=asm failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The `.s` file sits beside the rlib; cargo reuses its file name across rebuilds, and when
    // nothing changed it leaves the previous one, which is then still current.
    let mut found = Vec::new();
    find_asm(&target_dir, &mut found);
    let (_, path) = found
        .into_iter()
        .max_by_key(|(modified, _)| *modified)
        .unwrap_or_else(|| panic!("no iommugen_zerocost-*.s under {}", target_dir.display()));
    std::fs::read_to_string(&path).expect("read the .s file")
}

fn find_asm(dir: &Path, found: &mut Vec<(SystemTime, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            find_asm(&path, found);
        } else if path.extension().is_some_and(|e| e == "s")
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("iommugen_zerocost-"))
        {
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .expect("stat .s file");
            found.push((modified, path));
        }
    }
}

/// The functions of an assembly file: bodies by symbol, and aliases made by function merging.
struct Asm {
    bodies: HashMap<String, Vec<String>>,
    aliases: HashMap<String, String>,
}

/// A symbol as written in the assembly, without the leading underscore some targets add.
fn symbol(name: &str) -> &str {
    if cfg!(target_vendor = "apple") {
        name.strip_prefix('_').unwrap_or(name)
    } else {
        name
    }
}

/// Removes a trailing comment from a line of assembly.
fn strip_comment(line: &str) -> &str {
    let mut end = line.len();
    if let Some(i) = line.find("//") {
        end = end.min(i);
    }
    // `#` starts a comment in x86 AT&T syntax; on other targets it marks immediates.
    let hash_comments = cfg!(any(target_arch = "x86", target_arch = "x86_64"));
    if let Some(i) = line.find('#') {
        if hash_comments || line[..i].trim().is_empty() {
            end = end.min(i);
        }
    }
    if let Some(i) = line.find(';') {
        end = end.min(i);
    }
    line[..end].trim_end()
}

/// Whether a token names an assembler-local label (basic blocks, constants, jump tables).
fn is_local_label(token: &str) -> bool {
    token.starts_with(".L")
        || token.starts_with("l_")
        || token.starts_with("ltmp")
        || (token.starts_with('L') && token[1..].starts_with(|c: char| c.is_ascii_uppercase()))
}

fn parse(asm: &str) -> Asm {
    let mut bodies = HashMap::new();
    let mut aliases = HashMap::new();
    let mut current: Option<(String, Vec<String>)> = None;
    for raw in asm.lines() {
        let line = strip_comment(raw);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        // `alias = target` (ELF) or `.set alias, target`.
        if let Some((a, b)) = trimmed.split_once(" = ") {
            aliases.insert(symbol(a.trim()).to_string(), symbol(b.trim()).to_string());
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix(".set") {
            if let Some((a, b)) = rest.split_once(',') {
                aliases.insert(symbol(a.trim()).to_string(), symbol(b.trim()).to_string());
            }
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if !indented && trimmed.ends_with(':') {
            let label = &trimmed[..trimmed.len() - 1];
            if label.contains("func_end") {
                if let Some((name, body)) = current.take() {
                    bodies.insert(name, body);
                }
            } else if is_local_label(label) {
                if let Some((_, body)) = current.as_mut() {
                    body.push(format!("{label}:"));
                }
            } else {
                if let Some((name, body)) = current.take() {
                    bodies.insert(name, body);
                }
                current = Some((symbol(label).to_string(), Vec::new()));
            }
            continue;
        }
        if trimmed.starts_with('.') {
            // A directive; `.cfi_endproc` or `.size` ends a function on targets without a
            // `func_end` label.
            if trimmed.starts_with(".cfi_endproc") || trimmed.starts_with(".size") {
                if let Some((name, body)) = current.take() {
                    bodies.insert(name, body);
                }
            }
            continue;
        }
        if let Some((_, body)) = current.as_mut() {
            body.push(trimmed.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    if let Some((name, body)) = current.take() {
        bodies.insert(name, body);
    }
    Asm { bodies, aliases }
}

/// A body with its local labels renamed `L0`, `L1`, ... in order of first appearance, so that
/// two functions' bodies compare equal when only the label numbering differs.
fn normalise(body: &[String]) -> Vec<String> {
    let mut names: HashMap<String, String> = HashMap::new();
    body.iter()
        .map(|line| {
            let mut out = String::new();
            let mut token = String::new();
            let flush =
                |token: &mut String, out: &mut String, names: &mut HashMap<String, String>| {
                    if is_local_label(token) {
                        let n = names.len();
                        out.push_str(
                            names
                                .entry(token.clone())
                                .or_insert_with(|| format!("L{n}")),
                        );
                    } else {
                        out.push_str(token);
                    }
                    token.clear();
                };
            for c in line.chars() {
                if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$') {
                    token.push(c);
                } else {
                    flush(&mut token, &mut out, &mut names);
                    out.push(c);
                }
            }
            flush(&mut token, &mut out, &mut names);
            out
        })
        .collect()
}

fn is_instruction(line: &str) -> bool {
    !line.ends_with(':')
}

/// How a pair compiled.
enum Outcome {
    /// LLVM merged the two functions into one body; `count` instructions.
    Merged { count: usize },
    /// Two bodies with the same normalised instructions.
    Identical { count: usize },
    /// Two different bodies.
    Different { gen: Vec<String>, hand: Vec<String> },
}

impl Asm {
    /// The symbol `name` finally stands for, following aliases.
    fn resolve<'a>(&'a self, mut name: &'a str) -> &'a str {
        let mut steps = 0;
        while let Some(target) = self.aliases.get(name) {
            name = target;
            steps += 1;
            assert!(steps < 16, "alias loop at {name}");
        }
        name
    }

    fn body(&self, name: &str) -> &[String] {
        let name = self.resolve(name);
        self.bodies
            .get(name)
            .unwrap_or_else(|| panic!("no body for `{name}` in the assembly"))
    }

    /// The function a one-instruction body jumps to, if it is a thunk left by merging.
    fn thunk_target(&self, name: &str) -> Option<&str> {
        match self.body(name) {
            [only] => {
                let mut parts = only.split_whitespace();
                let op = parts.next()?;
                let target = symbol(parts.next()?.split('@').next()?);
                (matches!(op, "jmp" | "jmpq" | "b") && self.bodies.contains_key(target))
                    .then_some(target)
            }
            _ => None,
        }
    }

    fn compare(&self, pair: &str) -> Outcome {
        let (gen, hand) = (format!("{pair}_gen"), format!("{pair}_hand"));
        let (g, h) = (
            self.resolve(&gen).to_string(),
            self.resolve(&hand).to_string(),
        );
        let merged = g == h
            || self.thunk_target(&g).is_some_and(|t| t == h)
            || self.thunk_target(&h).is_some_and(|t| t == g);
        if merged {
            let body = if self.thunk_target(&g).is_some() {
                self.body(&h)
            } else {
                self.body(&g)
            };
            return Outcome::Merged {
                count: body.iter().filter(|l| is_instruction(l)).count(),
            };
        }
        let (gn, hn) = (normalise(self.body(&g)), normalise(self.body(&h)));
        if gn == hn {
            Outcome::Identical {
                count: gn.iter().filter(|l| is_instruction(l)).count(),
            }
        } else {
            Outcome::Different { gen: gn, hand: hn }
        }
    }
}

/// A line diff (longest common subsequence) of two bodies: `-` only in the generated version,
/// `+` only in the hand-written one.
fn diff(gen: &[String], hand: &[String]) -> String {
    let (n, m) = (gen.len(), hand.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if gen[i] == hand[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < n || j < m {
        if i < n && j < m && gen[i] == hand[j] {
            let _ = writeln!(out, "      {}", gen[i]);
            (i, j) = (i + 1, j + 1);
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            let _ = writeln!(out, "    - {}", gen[i]);
            i += 1;
        } else {
            let _ = writeln!(out, "    + {}", hand[j]);
            j += 1;
        }
    }
    out
}

fn count(body: &[String]) -> usize {
    body.iter().filter(|l| is_instruction(l)).count()
}

#[test]
fn generated_accessors_compile_to_the_same_instructions_as_hand_written_code() {
    let asm = parse(&emit_asm());

    // Every `_gen`/`_hand` function in the crate must be listed, so none escapes the check.
    let listed: BTreeSet<&str> = PAIRS
        .iter()
        .copied()
        .chain(KNOWN_OVERHEAD.iter().map(|(p, _)| *p))
        .collect();
    let mut present = BTreeSet::new();
    for name in asm.bodies.keys().chain(asm.aliases.keys()) {
        if let Some(pair) = name
            .strip_suffix("_gen")
            .or_else(|| name.strip_suffix("_hand"))
        {
            present.insert(pair.to_string());
        }
    }
    let unlisted: Vec<_> = present
        .iter()
        .filter(|p| !listed.contains(p.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "pairs in src/lib.rs missing from PAIRS or KNOWN_OVERHEAD: {unlisted:?}"
    );

    let mut report =
        String::from("\nzero-cost check: instructions per function (generated vs hand-written)\n");
    let mut failures = BTreeMap::new();
    let width = listed.iter().map(|p| p.len()).max().unwrap_or(0);
    for pair in PAIRS {
        match asm.compare(pair) {
            Outcome::Merged { count } => {
                let _ = writeln!(
                    report,
                    "  {pair:<width$}  {count:>3} vs {count:>3}  identical (LLVM merged the two)"
                );
            }
            Outcome::Identical { count } => {
                let _ = writeln!(
                    report,
                    "  {pair:<width$}  {count:>3} vs {count:>3}  identical"
                );
            }
            Outcome::Different { gen, hand } => {
                let (g, h) = (count(&gen), count(&hand));
                let _ = writeln!(report, "  {pair:<width$}  {g:>3} vs {h:>3}  DIFFERENT");
                failures.insert(*pair, diff(&gen, &hand));
            }
        }
    }
    let mut fixed = Vec::new();
    for (pair, reason) in KNOWN_OVERHEAD {
        match asm.compare(pair) {
            Outcome::Merged { count } | Outcome::Identical { count } => {
                let _ = writeln!(report, "  {pair:<width$}  {count:>3} vs {count:>3}  identical, but listed as a known overhead");
                fixed.push(*pair);
            }
            Outcome::Different { gen, hand } => {
                let (g, h) = (count(&gen), count(&hand));
                let _ = writeln!(
                    report,
                    "  {pair:<width$}  {g:>3} vs {h:>3}  known overhead: {reason}"
                );
                let _ = write!(report, "{}", diff(&gen, &hand));
            }
        }
    }
    for (pair, d) in &failures {
        let _ = write!(
            report,
            "\n{pair}: `-` generated only, `+` hand-written only\n{d}"
        );
    }
    // Written straight to stderr: the test harness captures `print!`, and these figures are the
    // point of the test.
    let _ = std::io::stderr().write_all(report.as_bytes());

    assert!(
        failures.is_empty(),
        "generated accessors cost more than hand-written code for {:?}; see the diff above",
        failures.keys().collect::<Vec<_>>()
    );
    assert!(
        fixed.is_empty(),
        "{fixed:?} now compile to the hand-written code: move them from KNOWN_OVERHEAD to PAIRS"
    );
}
