//! Project automation. `cargo xtask test` is the full test run (what CI runs); `cargo xtask fuzz`
//! runs the parser/checker fuzz target; `cargo xtask kernel` builds the generated Rust-for-Linux
//! module against Linux 7.x and boots it in QEMU (its self-test, then the kernel's virtio-blk DMA
//! through it in strict, lazy and passthrough modes, broken mappings, and 4 vCPUs on a
//! lock-debugging kernel; then a short comparison with Linux's C driver), and a riscv64 kernel
//! with Linux's C RISC-V IOMMU driver on QEMU's RISC-V IOMMU; `cargo xtask compare
//! [ROUNDS] [--short | --smp N]` runs the full side-by-side comparison with Linux's arm-smmu-v3
//! (1 and 4 vCPUs, or 1 or N only; strict and lazy, block I/O and dma_map_benchmark; medians
//! and ratios); `cargo xtask blocks [BOOTS]` counts the translated blocks QEMU enters per
//! `dma_map_benchmark` iteration for both drivers; `cargo xtask qemu` runs the runtime's bare-metal tests on QEMU's SMMUv3;
//! `cargo xtask doc-browser` renders the HTML reference in headless Chromium; `cargo xtask
//! bootstrap` builds the generator from a copy of the checkout without `generated/` and checks
//! that it regenerates `generated/` exactly. Each installs what it needs first.

mod bootstrap;
mod kernel;
mod qemu;

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("measure") => measure(),
        Some("qemu") => qemu::run(),
        Some("doc-browser") => doc_browser(),
        Some("bootstrap") => bootstrap::run(&root(), &cache_dir()),
        Some("kernel") => kernel::run(
            &root(),
            &cache_dir(),
            args.get(1).map_or("smmuv3", String::as_str),
        ),
        Some("compare") => compare_args(&args[1..]).and_then(|(rounds, plan)| {
            kernel::compare(&root(), &cache_dir(), "smmuv3", rounds, plan)
        }),
        Some("blocks") => match args.get(1).map_or(Ok(2), |s| s.parse::<usize>()) {
            Ok(boots @ 1..) => kernel::blocks(&root(), &cache_dir(), "smmuv3", boots),
            _ => Err(format!("bad boot count `{}` (1 or more)", args[1])),
        },
        Some("fuzz") => fuzz(args.get(1).map_or(Ok(60), |s| {
            s.parse::<u64>()
                .map_err(|e| format!("bad seconds `{s}`: {e}"))
        })),
        _ => {
            eprintln!("usage: cargo xtask test | cargo xtask measure | cargo xtask fuzz [SECONDS] | cargo xtask qemu | cargo xtask kernel [SPEC] | cargo xtask compare [ROUNDS] [--short | --smp N] | cargo xtask blocks [BOOTS] | cargo xtask doc-browser | cargo xtask bootstrap");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `[ROUNDS] [--short | --smp N]` of `cargo xtask compare`: the rounds (7 by default) and
/// which vCPU counts to boot.
fn compare_args(args: &[String]) -> Result<(usize, kernel::compare::Plan), String> {
    use kernel::compare::Plan;
    let mut rounds = 7;
    let mut plan = Plan::Full;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--short" => plan = Plan::Short,
            "--smp" => {
                let n = it.next().ok_or("`--smp` needs a vCPU count")?;
                match n.parse::<u32>() {
                    Ok(n @ 1..=8) => plan = Plan::Vcpus(n),
                    _ => return Err(format!("bad vCPU count `{n}` (1 to 8)")),
                }
            }
            r if !r.starts_with("--") => {
                rounds = r
                    .parse::<usize>()
                    .map_err(|e| format!("bad round count `{r}`: {e}"))?;
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok((rounds, plan))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    eprintln!("xtask: running {cmd:?}");
    let status = cmd
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

fn cargo() -> Command {
    Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Everything CI checks: the workspace tests, clippy and rustdoc with warnings denied, the Rust
/// in the kernel's rustfmt layout, and every spec checked and canonically formatted.
fn test() -> Result<(), String> {
    ensure_rustup_component("clippy")?;
    // The Linux backend formats the module with rustfmt, and the sources keep its layout.
    ensure_rustup_component("rustfmt")?;
    run(cargo().args(["fmt", "--all", "--check"]))?;
    for image in ["baremetal/Cargo.toml", "baremetal-riscv/Cargo.toml"] {
        run(cargo().args(["fmt", "--all", "--check", "--manifest-path", image]))?;
    }
    run(cargo().args(["build", "--workspace", "--all-targets", "--locked"]))?;
    run(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The same generated layer, expanded by `iommu_spec!` instead of included from generated/.
    run(cargo().args([
        "clippy",
        "-p",
        "iommugen-examples",
        "--all-targets",
        "--features",
        "macro",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;
    // Every item documented, and no broken link in the docs (the generated layers included).
    run(cargo()
        .args(["doc", "--workspace", "--no-deps", "--locked"])
        .env("RUSTDOCFLAGS", "-D warnings"))?;
    for spec in ["specs/smmuv3.iommu", "examples/toy.iommu"] {
        run(cargo().args([
            "run", "--quiet", "--locked", "-p", "iommugen", "--", "check", spec,
        ]))?;
    }
    // No bootstrap cycle: the generator builds from the checkout without generated/ and
    // regenerates it byte for byte.
    bootstrap::run(&root(), &cache_dir())?;
    run(cargo().args([
        "run",
        "--quiet",
        "--locked",
        "-p",
        "iommugen-examples",
        "--example",
        "stage1",
    ]))?;
    run(cargo().args([
        "test",
        "-p",
        "iommugen-examples",
        "--features",
        "macro",
        "--locked",
    ]))?;
    run(cargo().args(["test", "--workspace", "--locked"]))?;
    // The HTML reference (`iommugen doc`) rendered in headless Chromium.
    doc_browser()?;
    // Bare metal on QEMU: the same runtime on the SMMUv3 (`baremetal/`), and the RISC-V IOMMU's
    // bring-up tests (`baremetal-riscv/`).
    qemu::run()?;
    // Stages so far: formatting, build, two clippy runs, the docs, two spec checks, the
    // bootstrap, the example, two test runs, the browser test, QEMU.
    let mut stages = 13;
    // The generated Linux module on a real kernel in QEMU, and the riscv64 kernel with Linux's C
    // RISC-V IOMMU driver (the first run builds the kernels: about 9 minutes each for arm64, 26
    // for riscv64 measured on 2 shared cores; later runs only boot them).
    if env::var_os("IOMMUGEN_SKIP_KERNEL").is_some() {
        eprintln!("xtask: IOMMUGEN_SKIP_KERNEL is set: not running `cargo xtask kernel`");
    } else {
        kernel::run(&root(), &cache_dir(), "smmuv3")?;
        stages += 1;
    }
    // Each stage fails the run on its first failure, so reaching here means all passed.
    println!("summary: {stages} passed, 0 failed");
    Ok(())
}

/// The reference's browser test (`cli/tests/doc_browser.rs`, ignored by `cargo test`): renders
/// the pages of both specs in headless Chromium, installed from Debian when missing
/// (`IOMMUGEN_CHROMIUM=/path/to/chromium` uses another). Screenshots go to target/doc-screens/.
fn doc_browser() -> Result<(), String> {
    let chromium = match env::var_os("IOMMUGEN_CHROMIUM") {
        Some(p) => PathBuf::from(p),
        None => {
            let found = || {
                ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
                    .into_iter()
                    .map(PathBuf::from)
                    .find(|p| p.is_file())
            };
            match found() {
                Some(p) => p,
                None => {
                    for args in [
                        &["update", "-q", "-o", "DPkg::Lock::Timeout=600"][..],
                        &[
                            "install",
                            "-y",
                            "-q",
                            "-o",
                            "DPkg::Lock::Timeout=600",
                            "chromium",
                        ],
                    ] {
                        run(Command::new("apt-get").args(args))?;
                    }
                    found().ok_or("chromium is still missing after apt-get install chromium")?
                }
            }
        }
    };
    run(cargo()
        .env("IOMMUGEN_CHROMIUM", &chromium)
        .args([
            "test",
            "--locked",
            "-p",
            "iommugen",
            "--test",
            "doc_browser",
        ])
        .args(["--", "--ignored", "--nocapture"]))
}

fn ensure_rustup_component(name: &str) -> Result<(), String> {
    // The cargo subcommand of each component.
    let sub = if name == "rustfmt" { "fmt" } else { name };
    let ok = Command::new("cargo")
        .args([sub, "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Ok(());
    }
    run(Command::new("rustup").args(["component", "add", name]))
}

/// Median wall time of `runs` runs of `cmd`, each after `before`.
fn median_secs(
    runs: usize,
    mut before: impl FnMut() -> Result<(), String>,
    mut cmd: impl FnMut() -> Command,
) -> Result<f64, String> {
    let mut times = Vec::new();
    for _ in 0..runs {
        before()?;
        let mut c = cmd();
        let start = std::time::Instant::now();
        let out = c
            .current_dir(root())
            .output()
            .map_err(|e| format!("cannot start {c:?}: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{c:?} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}

/// The figures quoted in the README: generator time, the build-time cost of `iommu_spec!`, and
/// the size of the generated code.
fn measure() -> Result<(), String> {
    run(cargo().args(["build", "--release", "--locked", "-p", "iommugen"]))?;
    run(cargo().args(["build", "--locked", "-p", "iommugen-examples"]))?;
    run(cargo().args([
        "build",
        "--locked",
        "-p",
        "iommugen-examples",
        "--features",
        "macro",
    ]))?;
    let out = cache_dir().join("measure-gen");
    let bin = root().join("target/release/iommugen");
    let gen = median_secs(
        9,
        || Ok(()),
        || {
            let mut c = Command::new(&bin);
            c.args(["gen", "specs/smmuv3.iommu", "--out"]).arg(&out);
            c
        },
    )?;
    let touch = || {
        let lib = root().join("examples/src/lib.rs");
        let text = std::fs::read(&lib).map_err(|e| e.to_string())?;
        std::fs::write(&lib, text).map_err(|e| e.to_string())
    };
    let included = median_secs(5, touch, || {
        let mut c = cargo();
        c.args(["build", "--locked", "-p", "iommugen-examples"]);
        c
    })?;
    let expanded = median_secs(5, touch, || {
        let mut c = cargo();
        c.args([
            "build",
            "--locked",
            "-p",
            "iommugen-examples",
            "--features",
            "macro",
        ]);
        c
    })?;
    let mut lines = 0;
    let mut files = 0;
    for entry in std::fs::read_dir(root().join("generated/smmuv3/core"))
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let text = std::fs::read_to_string(entry.path()).map_err(|e| e.to_string())?;
        lines += text.lines().count();
        files += 1;
    }
    println!(
        "iommugen gen specs/smmuv3.iommu (release, median of 9): {:.1} ms",
        gen * 1e3
    );
    println!("cargo build of iommugen-examples after a touch (median of 5):");
    println!("  including generated/smmuv3/core: {included:.2} s");
    println!(
        "  expanding iommu_spec!:           {expanded:.2} s (+{:.2} s, x{:.2})",
        expanded - included,
        expanded / included
    );
    println!("generated/smmuv3/core: {files} files, {lines} lines of Rust");
    Ok(())
}

/// Runs the cargo-fuzz target over the seed corpus for `seconds`.
fn fuzz(seconds: Result<u64, String>) -> Result<(), String> {
    let seconds = seconds?;
    let have = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have {
        run(cargo().args(["install", "cargo-fuzz", "--locked"]))?;
    }
    let corpus = cache_dir().join("fuzz-corpus");
    std::fs::create_dir_all(&corpus)
        .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
    run(cargo()
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["fuzz", "run", "--fuzz-dir", "fuzz", "parse_check"])
        .arg(&corpus)
        .arg("fuzz/seeds")
        .arg("--")
        .arg(format!("-max_total_time={seconds}")))
}

/// Downloads and builds live outside the repository.
fn cache_dir() -> PathBuf {
    env::var_os("IOMMUGEN_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let home = env::var_os("HOME").map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
            home.join(".cache").join("iommugen")
        })
}

#[cfg(test)]
mod tests {
    use super::compare_args;
    use crate::kernel::compare::Plan;

    fn args(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_string()).collect()
    }

    #[test]
    fn compare_arguments() {
        assert_eq!(compare_args(&args(&[])), Ok((7, Plan::Full)));
        assert_eq!(compare_args(&args(&["3", "--short"])), Ok((3, Plan::Short)));
        assert_eq!(
            compare_args(&args(&["--smp", "4", "5"])),
            Ok((5, Plan::Vcpus(4)))
        );
        assert!(compare_args(&args(&["--smp"])).is_err());
        assert!(compare_args(&args(&["--smp", "0"])).is_err());
        assert!(compare_args(&args(&["--smp", "four"])).is_err());
        assert!(compare_args(&args(&["x"])).is_err());
        assert!(compare_args(&args(&["--fast"])).is_err());
    }
}
