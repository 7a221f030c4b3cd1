//! `cargo xtask kernel`: the generated Rust-for-Linux module on a real kernel in QEMU.
//!
//! Steps, each cached under `~/.cache/iommugen/kernel` (or `$IOMMUGEN_CACHE/kernel`):
//! 1. `tools`: Debian packages (cross compiler, libclang, make, flex, bison, ...), QEMU, rustup's
//!    `rust-src`, and `bindgen` (cargo install into the cache);
//! 2. `fetch`: the newest `linux-source-7.x` of trixie-backports, through a private apt
//!    configuration (the system's is not changed); the .deb stays in the cache;
//! 3. `unpack`: the source tree, once per package version;
//! 4. `kernel`: `tinyconfig` + the kernel's config fragments, then `make Image modules` (arm64
//!    with GCC, riscv64 with LLVM; Rust on), skipped while the stamp records the same package
//!    version, config, rustc and bindgen; one build tree per kernel (`Kernel`);
//! 5. `module`: `generated/<spec>/linux` copied out of the repository and built with `make M=`
//!    (for the architectures that have a generated driver, `kernel/arch.rs`), with no compiler
//!    or clippy warning and no function's stack frame over `frames::FRAME_LIMIT`
//!    (`kernel/frames.rs`, read off the built module with `llvm-objdump`);
//! 6. `initramfs`: `xtask/kernel/init.c` built static, packed with the module, the kernel's
//!    own modules (virtio-pci and virtio-blk, loaded after ours) and the iommufd conformance
//!    harness (`iommufd/`, built static for the architecture) by the tree's `usr/gen_init_cpio`;
//! 7. `boot`: QEMU virt with the architecture's IOMMU (SMMUv3; RISC-V IOMMU), the edu device
//!    and virtio-blk disks behind it, once per scenario (`kernel/scenario.rs`: the self-test and
//!    strict-mode I/O, lazy mode, passthrough, broken mappings, the iommufd conformance suite
//!    against the module and against Linux's C drivers), each under a timeout; the console must
//!    show what the scenario expects (the module's `N passed, 0 failed` with N > 0 for the
//!    self-test).

mod apt;
mod arch;
mod blocks;
mod boot;
mod build;
pub mod compare;
mod frames;
mod initramfs;
mod insns;
mod scenario;
mod util;

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use arch::Arch;
use build::{build_kernel, build_module, unpack};
use util::{output, run_logged, Timer};

const LIBCLANG: &str = "/usr/lib/llvm-19/lib";
/// Debian packages every kernel build needs (host tools; each architecture adds its own).
const PACKAGES: &[&str] = &[
    "gcc",
    "libc6-dev",
    "make",
    "bc",
    "flex",
    "bison",
    "libelf-dev",
    "libssl-dev",
    "xz-utils",
    "libclang-19-dev",
    // llvm-objdump: the module's stack frames are read off its machine code (`frames.rs`).
    "llvm-19",
];
/// Default bound on one boot, in seconds (`IOMMUGEN_KERNEL_TIMEOUT` overrides it).
pub(crate) const BOOT_TIMEOUT_SECS: u64 = 180;

/// The kernels built from the one source tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// `xtask/kernel/config`: the module's scenarios and the comparison with Linux's C driver
    /// (built in, kept from registering in the module's boots).
    Main,
    /// The same plus `xtask/kernel/config-debug` (lockdep, atomic-sleep and spinlock
    /// debugging): the SMP scenarios.
    Debug,
    /// riscv64, `xtask/kernel/config-riscv64`: Linux's C RISC-V IOMMU driver built in.
    Riscv64,
}

impl Kernel {
    /// Appended to the cache directories of this kernel's build, module and initramfs.
    fn suffix(self) -> &'static str {
        match self {
            Kernel::Main => "",
            Kernel::Debug => "-debug",
            Kernel::Riscv64 => "-riscv64",
        }
    }

    /// The config fragments applied after `tinyconfig`, in order.
    fn fragments(self) -> &'static [&'static str] {
        match self {
            Kernel::Main => &["xtask/kernel/config"],
            Kernel::Debug => &["xtask/kernel/config", "xtask/kernel/config-debug"],
            Kernel::Riscv64 => &["xtask/kernel/config-riscv64"],
        }
    }

    /// The architecture it is built for and boots on.
    pub fn arch(self) -> &'static Arch {
        match self {
            Kernel::Main | Kernel::Debug => &arch::ARM64,
            Kernel::Riscv64 => &arch::RISCV64,
        }
    }

    /// The spec of the generated module its boots load, if its architecture has one: `spec`
    /// (the command line's, default `smmuv3`) names the arm64 module.
    fn module_spec(self, spec: &str) -> Option<&str> {
        let a = self.arch();
        a.generated.map(|g| {
            if a.name == arch::ARM64.name {
                spec
            } else {
                g.spec
            }
        })
    }
}

/// One kernel, built and packed: its build tree, the initramfs, and the generated module's name
/// when the initramfs holds one.
pub(crate) struct Built {
    pub(crate) build: PathBuf,
    pub(crate) cpio: PathBuf,
    pub(crate) module: Option<String>,
}

pub(crate) struct Paths {
    root: PathBuf,
    cache: PathBuf,
    logs: PathBuf,
    tools: PathBuf,
}

impl Paths {
    fn new(repo: &Path, cache: &Path) -> Paths {
        let k = cache.join("kernel");
        Paths {
            root: repo.to_path_buf(),
            logs: k.join("logs"),
            tools: k.join("tools"),
            cache: k,
        }
    }

    /// PATH with the cached tools (bindgen) first.
    fn path_env(&self) -> std::ffi::OsString {
        let mut paths = vec![self.tools.join("bin")];
        paths.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
        env::join_paths(paths).unwrap_or_default()
    }

    /// `make` in the kernel tree `src` building into `build` for `arch`, with its toolchain and
    /// the Rust settings.
    fn make(&self, src: &Path, build: &Path, arch: &Arch) -> Command {
        let mut c = Command::new("make");
        c.arg("-C").arg(src).arg(format!("O={}", build.display()));
        c.args(arch.make_args());
        c.env("PATH", self.path_env())
            .env("LIBCLANG_PATH", LIBCLANG);
        c
    }
}

/// Where the module's sources are: `generated/<spec>/linux`, or `IOMMUGEN_KERNEL_MODULE`.
fn module_source(p: &Paths, spec: &str) -> Result<PathBuf, String> {
    // `IOMMUGEN_KERNEL_MODULE` points at another module directory (a hand-written one, say).
    let module_src = env::var_os("IOMMUGEN_KERNEL_MODULE").map_or_else(
        || p.root.join("generated").join(spec).join("linux"),
        PathBuf::from,
    );
    if !module_src.join("Kbuild").exists() {
        return Err(format!(
            "{} has no Kbuild: run `cargo run -p iommugen -- gen specs/{spec}.iommu`",
            module_src.display()
        ));
    }
    Ok(module_src)
}

/// Tools, source, the `kernels` and, for each, the generated module of its architecture (the
/// arm64 one from `spec`) and the initramfs.
fn prepare(
    p: &Paths,
    spec: &str,
    kernels: &[Kernel],
    t: &mut Timer,
) -> Result<Vec<(Kernel, Built)>, String> {
    fs::create_dir_all(&p.logs).map_err(|e| format!("cannot create {}: {e}", p.logs.display()))?;
    let mut arches: Vec<&'static Arch> = Vec::new();
    for k in kernels {
        if !arches.iter().any(|a| a.name == k.arch().name) {
            arches.push(k.arch());
        }
        if let Some(s) = k.module_spec(spec) {
            module_source(p, s)?;
        }
    }
    t.step("tools", || tools(p, &arches))?;
    let pkg = t.step("fetch", || {
        apt::fetch_kernel_source(&p.cache.join("apt"), &p.cache.join("debs"), &p.logs)
    })?;
    eprintln!(
        "xtask kernel: using {} {} ({})",
        pkg.name,
        pkg.version,
        pkg.deb.display()
    );
    let src = t.step("unpack", || unpack(p, &pkg))?;
    let mut built = Vec::new();
    for &k in kernels {
        let what = |step: &str| format!("{step}{}", k.suffix());
        let build = t.step(&what("kernel"), || build_kernel(p, &pkg, &src, k))?;
        let module = match k.module_spec(spec) {
            Some(s) => {
                let module_src = module_source(p, s)?;
                Some(t.step(&what("module"), || {
                    build_module(p, &src, &build, &module_src, s, k)
                })?)
            }
            None => None,
        };
        let cpio = t.step(&what("initramfs"), || {
            initramfs::initramfs(p, &src, &build, module.as_ref(), k)
        })?;
        built.push((
            k,
            Built {
                build,
                cpio,
                module: module.map(|(_, n)| n),
            },
        ));
    }
    Ok(built)
}

/// Runs every step for the module generated from `spec` (default `smmuv3`): both kernels, the
/// scenarios, then a short side-by-side comparison with Linux's C driver
/// (`IOMMUGEN_COMPARE_ROUNDS` rounds, default 5; 0 skips it).
pub fn run(repo: &Path, cache: &Path, spec: &str) -> Result<(), String> {
    let p = Paths::new(repo, cache);
    let mut t = Timer::default();
    let scenarios = scenario::selected(env::var("IOMMUGEN_KERNEL_SCENARIOS").ok().as_deref())?;
    let rounds = env::var("IOMMUGEN_COMPARE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    // Only the kernels the selected scenarios (and the comparison, on the main kernel) boot.
    let kernels: Vec<Kernel> = [Kernel::Main, Kernel::Debug, Kernel::Riscv64]
        .into_iter()
        .filter(|k| (*k == Kernel::Main && rounds > 0) || scenarios.iter().any(|s| s.kernel == *k))
        .collect();
    let built = prepare(&p, spec, &kernels, &mut t)?;
    let verdict = t.step("boot", || boot(&p, &built, &scenarios).map(|v| (v, false)));
    let compared = match verdict {
        Ok(_) if rounds > 0 => t
            .step("compare", || {
                compare::run(&p, &built, rounds, compare::Plan::Short).map(|()| ((), false))
            })
            .map(|()| true),
        _ => Ok(false),
    };
    eprintln!("xtask kernel: times\n{}", t.summary());
    let results = verdict?;
    compared?;
    for r in &results {
        eprintln!("xtask kernel: {}: passed{}", r.name, r.detail);
    }
    eprintln!("xtask kernel: {} scenario(s) passed", results.len());
    Ok(())
}

/// `cargo xtask compare [ROUNDS] [--short | --smp N]`: the module and Linux's C driver side by
/// side on the main kernel, every workload at 1 and 4 vCPUs (1 only with `--short`, N only with
/// `--smp N`), strict and lazy, interleaved, `rounds` rounds.
pub fn compare(
    repo: &Path,
    cache: &Path,
    spec: &str,
    rounds: usize,
    plan: compare::Plan,
) -> Result<(), String> {
    let p = Paths::new(repo, cache);
    let mut t = Timer::default();
    let built = prepare(&p, spec, &[Kernel::Main], &mut t)?;
    let r = t.step("compare", || {
        compare::run(&p, &built, rounds, plan).map(|()| ((), false))
    });
    eprintln!("xtask kernel: times\n{}", t.summary());
    r
}

/// `cargo xtask blocks [BOOTS]`: translated blocks entered per `dma_map_benchmark` iteration,
/// Linux's C driver against the module, `boots` boots of each ([`mod@blocks`]).
pub fn blocks(repo: &Path, cache: &Path, spec: &str, boots: usize) -> Result<(), String> {
    let p = Paths::new(repo, cache);
    let mut t = Timer::default();
    let built = prepare(&p, spec, &[Kernel::Main], &mut t)?;
    let r = t.step("blocks", || {
        blocks::run(&p, &built, boots).map(|()| ((), false))
    });
    eprintln!("xtask kernel: times\n{}", t.summary());
    r
}

/// The host tools, and for each of `arches` its compilers and QEMU (tried from
/// bookworm-backports first: 10.0 models more of the SMMU, and the RISC-V IOMMU at all).
fn tools(p: &Paths, arches: &[&Arch]) -> Result<((), bool), String> {
    let mut packages = PACKAGES.to_vec();
    for a in arches {
        packages.extend(a.packages);
    }
    let mut cached = !apt::ensure_packages(&packages, &p.logs)?;
    for a in arches {
        // A QEMU older than 10.0 (Debian 12's own is 7.2) has no RISC-V IOMMU and less of the
        // SMMU: the same installer as `cargo xtask qemu` replaces it from bookworm-backports.
        let before = crate::qemu::qemu_version(a.qemu);
        let (_, version) = crate::qemu::ensure_qemu_bin(a.qemu, a.qemu_package)?;
        if before.is_none_or(|(v, _)| v != version) {
            cached = false;
        }
    }
    let sysroot = output(Command::new("rustc").args(["--print", "sysroot"]))?;
    if !Path::new(sysroot.trim())
        .join("lib/rustlib/src/rust/library/core")
        .exists()
    {
        cached = false;
        run_logged(
            Command::new("rustup").args(["component", "add", "rust-src"]),
            &p.logs.join("rustup.log"),
        )?;
    }
    for a in arches {
        if !Path::new(sysroot.trim())
            .join("lib/rustlib")
            .join(a.user_target)
            .exists()
        {
            cached = false;
            run_logged(
                Command::new("rustup").args(["target", "add", a.user_target]),
                &p.logs.join(format!("rustup-target-{}.log", a.name)),
            )?;
        }
    }
    let bindgen = p.tools.join("bin/bindgen");
    if !bindgen.exists() {
        cached = false;
        let mut c = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        c.args(["install", "--locked", "bindgen-cli", "--root"])
            .arg(&p.tools);
        run_logged(&mut c, &p.logs.join("bindgen-install.log"))?;
    }
    Ok(((), cached))
}

/// What a passing scenario reports.
struct Passed {
    name: &'static str,
    detail: String,
}

fn boot(
    p: &Paths,
    built: &[(Kernel, Built)],
    scenarios: &[&scenario::Scenario],
) -> Result<Vec<Passed>, String> {
    let mut shown: Vec<&str> = Vec::new();
    for sc in scenarios {
        let qemu = sc.kernel.arch().qemu;
        if !shown.contains(&qemu) {
            shown.push(qemu);
            let v = output(Command::new(qemu).arg("--version"))?;
            eprintln!("xtask kernel:   QEMU: {}", v.lines().next().unwrap_or(""));
        }
    }
    let default_timeout = env::var("IOMMUGEN_KERNEL_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(BOOT_TIMEOUT_SECS);
    let disks = boot::disks(&p.cache)?;
    let mut passed = Vec::new();
    let mut throughput = Vec::new();
    for sc in scenarios {
        let Some((_, k)) = built.iter().find(|(k, _)| *k == sc.kernel) else {
            return Err(format!(
                "scenario `{}` needs the {:?} kernel, which was not built",
                sc.name, sc.kernel
            ));
        };
        let timeout = if sc.timeout > 0 {
            sc.timeout.max(default_timeout)
        } else {
            default_timeout
        };
        let release =
            fs::read_to_string(k.build.join("include/config/kernel.release")).unwrap_or_default();
        let arch = sc.kernel.arch();
        eprintln!(
            "xtask kernel:   scenario `{}` ({:?} kernel, {}, Linux {}, {} vCPU(s)): {}",
            sc.name,
            sc.kernel,
            arch.name,
            release.trim(),
            sc.smp,
            sc.what
        );
        let module = k.module.as_deref();
        if sc.driver == scenario::Driver::Ours && module.is_none() {
            return Err(format!(
                "scenario `{}` needs a generated module for {}, which has none",
                sc.name, arch.name
            ));
        }
        // The lines reported as the driver's: the module's, or the C driver's.
        let name = module.unwrap_or(arch.c_driver);
        let mut c = boot::qemu(arch, k, sc.smp, sc.mttcg, &sc.append(arch, module), &disks);
        c.args(sc.qemu_extra);
        let log = p.logs.join(format!("console-{}.log", sc.name));
        eprintln!(
            "xtask kernel:   $ {} (console: {}, at most {timeout} s)",
            util::show(&c),
            log.display()
        );
        let start = std::time::Instant::now();
        let (finished, status, console) =
            boot::run_with_timeout(&mut c, &log, Duration::from_secs(timeout))?;
        let secs = start.elapsed().as_secs_f64();
        let verdict = boot::judge(&console, name, &[]);
        eprintln!(
            "xtask kernel:   {}",
            verdict
                .kernel
                .as_deref()
                .unwrap_or("(no `Linux version` line on the console)")
        );
        eprintln!("xtask kernel:   the module's and init's console lines:");
        for l in verdict.module_lines.iter().chain(&verdict.init_lines) {
            eprintln!("    {l}");
        }
        let suite = scenario::iommufd_results(&console);
        if !suite.is_empty() {
            eprintln!("xtask kernel:   the iommufd conformance suite:");
            for l in &suite {
                eprintln!("    {l}");
            }
        }
        let mut result = verdict.check(sc.selftest);
        let unmet = sc.unmet(&console, name);
        if !unmet.is_empty() {
            let before = result.err().map(|e| format!("{e}\n")).unwrap_or_default();
            result = Err(format!("{before}{}", unmet.join("\n")));
        }
        if !finished {
            result = Err(format!(
                "QEMU did not finish within {timeout} s (killed)\n{}",
                result.err().unwrap_or_default()
            ));
        } else if !status.contains("exit status: 0") {
            result = Err(format!(
                "QEMU ended with {status}\n{}",
                result.err().unwrap_or_default()
            ));
        }
        let (p_, f_) = result.map_err(|e| {
            format!(
                "scenario `{}`: {}\nthe last console lines ({}):\n{}",
                sc.name,
                e.trim(),
                log.display(),
                util::tail(&console, 30)
            )
        })?;
        let mut detail = format!(" ({secs:.1} s)");
        if sc.selftest {
            detail.push_str(&format!(", self-test {p_} passed, {f_} failed"));
        }
        if let Some(r) = suite.iter().find(|l| l.starts_with("RESULT")) {
            detail.push_str(&format!(", {r}"));
        }
        if let Some((w, r)) = scenario::throughput(&console) {
            detail.push_str(&format!(", write {w:.1} MiB/s, read {r:.1} MiB/s"));
            throughput.push((sc.name, w, r));
        }
        eprintln!("xtask kernel:   scenario `{}` passed{detail}", sc.name);
        passed.push(Passed {
            name: sc.name,
            detail,
        });
    }
    if !throughput.is_empty() {
        eprintln!("xtask kernel:   O_DIRECT throughput on the virtio-blk disk (best round; 1 MiB requests):");
        eprintln!(
            "xtask kernel:     {:<12} {:>12} {:>12}",
            "scenario", "write MiB/s", "read MiB/s"
        );
        for (n, w, r) in throughput {
            eprintln!("xtask kernel:     {n:<12} {w:>12.1} {r:>12.1}");
        }
    }
    Ok(passed)
}
