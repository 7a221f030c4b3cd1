//! `cargo xtask kernel`: the generated Rust-for-Linux module on a real kernel in QEMU.
//!
//! Steps, each cached under `~/.cache/iommugen/kernel` (or `$IOMMUGEN_CACHE/kernel`):
//! 1. `tools`: Debian packages (cross compiler, libclang, make, flex, bison, ...), QEMU, rustup's
//!    `rust-src`, and `bindgen` (cargo install into the cache);
//! 2. `fetch`: the newest `linux-source-7.x` of trixie-backports, through a private apt
//!    configuration (the system's is not changed); the .deb stays in the cache;
//! 3. `unpack`: the source tree, once per package version;
//! 4. `kernel`: `tinyconfig` + `xtask/kernel/config`, then `make Image modules` (arm64, Rust on),
//!    skipped while the stamp records the same package version, config, rustc and bindgen;
//! 5. `module`: `generated/<spec>/linux` copied out of the repository and built with `make M=`;
//! 6. `initramfs`: `xtask/kernel/init.c` built static, packed with the module, the kernel's
//!    own modules (virtio-pci and virtio-blk, loaded after ours) and the iommufd conformance
//!    harness (`iommufd/`, built static for aarch64 Linux) by the tree's `usr/gen_init_cpio`;
//! 7. `boot`: QEMU virt with an SMMUv3, the edu device and a virtio-blk disk behind the SMMU,
//!    once per scenario (`kernel/scenario.rs`: the self-test and strict-mode I/O, lazy mode,
//!    passthrough, broken mappings, the iommufd conformance suite against the module and
//!    against Linux's C arm-smmu-v3), each under a timeout; the console must show what the
//!    scenario expects (the module's `N passed, 0 failed` with N > 0 for the self-test).

mod apt;
mod boot;
mod compare;
mod initramfs;
mod scenario;
mod util;

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use util::{hash, have, output, run_logged, Stamp, Timer};

const ARCH: &str = "arm64";
pub(crate) const CROSS: &str = "aarch64-linux-gnu-";
const LIBCLANG: &str = "/usr/lib/llvm-19/lib";
/// Debian packages the steps need (host and cross tools).
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
    "gcc-aarch64-linux-gnu",
    "binutils-aarch64-linux-gnu",
    "libc6-dev-arm64-cross",
    "libclang-19-dev",
];
/// QEMU: tried from bookworm-backports first (10.0 models more of the SMMU), then the release.
pub(crate) const QEMU: &str = "qemu-system-aarch64";
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
}

impl Kernel {
    /// Appended to the cache directories of this kernel's build, module and initramfs.
    fn suffix(self) -> &'static str {
        match self {
            Kernel::Main => "",
            Kernel::Debug => "-debug",
        }
    }

    /// The config fragments applied after `tinyconfig`, in order.
    fn fragments(self) -> &'static [&'static str] {
        match self {
            Kernel::Main => &["xtask/kernel/config"],
            Kernel::Debug => &["xtask/kernel/config", "xtask/kernel/config-debug"],
        }
    }
}

/// One kernel, built and packed: its build tree and the initramfs with the module built for it.
pub(crate) struct Built {
    pub(crate) build: PathBuf,
    pub(crate) cpio: PathBuf,
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

    /// `make` in the kernel tree `src` building into `build`, with the cross and Rust settings.
    fn make(&self, src: &Path, build: &Path) -> Command {
        let mut c = Command::new("make");
        c.arg("-C").arg(src).arg(format!("O={}", build.display()));
        c.args([format!("ARCH={ARCH}"), format!("CROSS_COMPILE={CROSS}")]);
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

/// Tools, source, the `kernels` and, for each, the module and the initramfs; returns the
/// module's name and each kernel's build.
fn prepare(
    p: &Paths,
    spec: &str,
    kernels: &[Kernel],
    t: &mut Timer,
) -> Result<(String, Vec<(Kernel, Built)>), String> {
    fs::create_dir_all(&p.logs).map_err(|e| format!("cannot create {}: {e}", p.logs.display()))?;
    let module_src = module_source(p, spec)?;
    t.step("tools", || tools(p))?;
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
    let mut name = String::new();
    let mut built = Vec::new();
    for &k in kernels {
        let what = |step: &str| format!("{step}{}", k.suffix());
        let build = t.step(&what("kernel"), || build_kernel(p, &pkg, &src, k))?;
        let (ko, n) = t.step(&what("module"), || {
            build_module(p, &src, &build, &module_src, spec, k)
        })?;
        let cpio = t.step(&what("initramfs"), || {
            initramfs::initramfs(p, &src, &build, &ko, &n, k)
        })?;
        name = n;
        built.push((k, Built { build, cpio }));
    }
    Ok((name, built))
}

/// Runs every step for the module generated from `spec` (default `smmuv3`): both kernels, the
/// scenarios, then a short side-by-side comparison with Linux's C driver
/// (`IOMMUGEN_COMPARE_ROUNDS` rounds, default 3; 0 skips it).
pub fn run(repo: &Path, cache: &Path, spec: &str) -> Result<(), String> {
    let p = Paths::new(repo, cache);
    let mut t = Timer::default();
    let scenarios = scenario::selected(env::var("IOMMUGEN_KERNEL_SCENARIOS").ok().as_deref())?;
    let rounds = env::var("IOMMUGEN_COMPARE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);
    // Only the kernels the selected scenarios (and the comparison, on the main kernel) boot.
    let kernels: Vec<Kernel> = [Kernel::Main, Kernel::Debug]
        .into_iter()
        .filter(|k| (*k == Kernel::Main && rounds > 0) || scenarios.iter().any(|s| s.kernel == *k))
        .collect();
    let (name, built) = prepare(&p, spec, &kernels, &mut t)?;
    let verdict = t.step("boot", || {
        boot(&p, &built, &name, &scenarios).map(|v| (v, false))
    });
    let compared = match verdict {
        Ok(_) if rounds > 0 => t
            .step("compare", || {
                compare::run(&p, &built, &name, rounds, compare::Plan::Short).map(|()| ((), false))
            })
            .map(|()| true),
        _ => Ok(false),
    };
    eprintln!("xtask kernel: times\n{}", t.summary());
    let results = verdict?;
    compared?;
    for r in &results {
        eprintln!("xtask kernel: {name}: {}: passed{}", r.name, r.detail);
    }
    eprintln!("xtask kernel: {name}: {} scenario(s) passed", results.len(),);
    Ok(())
}

/// `cargo xtask compare [ROUNDS] [--short]`: the module and Linux's C driver side by side on
/// the main kernel, every workload at 1 and 4 vCPUs (1 only with `short`), strict and lazy,
/// interleaved, `rounds` rounds.
pub fn compare(
    repo: &Path,
    cache: &Path,
    spec: &str,
    rounds: usize,
    short: bool,
) -> Result<(), String> {
    let p = Paths::new(repo, cache);
    let mut t = Timer::default();
    let (name, built) = prepare(&p, spec, &[Kernel::Main], &mut t)?;
    let r = t.step("compare", || {
        let plan = if short {
            compare::Plan::Short
        } else {
            compare::Plan::Full
        };
        compare::run(&p, &built, &name, rounds, plan).map(|()| ((), false))
    });
    eprintln!("xtask kernel: times\n{}", t.summary());
    r
}

fn tools(p: &Paths) -> Result<((), bool), String> {
    let mut cached = !apt::ensure_packages(PACKAGES, &p.logs)?;
    if !have(QEMU) {
        cached = false;
        if apt::ensure_packages_from(&["qemu-system-arm"], Some("bookworm-backports"), &p.logs)
            .is_err()
        {
            apt::ensure_packages_from(&["qemu-system-arm"], None, &p.logs)?;
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
    if !Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(initramfs::IOMMUFD_TARGET)
        .exists()
    {
        cached = false;
        run_logged(
            Command::new("rustup").args(["target", "add", initramfs::IOMMUFD_TARGET]),
            &p.logs.join("rustup-target.log"),
        )?;
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

/// The source tree of `pkg`, unpacked once; trees of other versions are removed.
fn unpack(p: &Paths, pkg: &apt::SourcePackage) -> Result<(PathBuf, bool), String> {
    let base = p.cache.join("src");
    let dir = base.join(format!("{}_{}", pkg.name, pkg.version));
    let stamp = Stamp(dir.join(".iommugen-unpacked"));
    let key = hash(&[pkg.name.as_bytes(), pkg.version.as_bytes()]);
    let tree = dir.join(&pkg.name);
    if stamp.matches(&key) && tree.join("Makefile").exists() {
        return Ok((tree, true));
    }
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // The .deb holds usr/src/<name>.tar.xz: take it out, then unpack the tree.
    let tarball = format!("./usr/src/{}.tar.xz", pkg.name);
    let script = format!(
        "dpkg-deb --fsys-tarfile '{}' | tar -x -C '{}' '{tarball}' && tar -xJf '{}/{tarball}' -C '{}' && rm -r '{}/usr'",
        pkg.deb.display(),
        dir.display(),
        dir.display(),
        dir.display(),
        dir.display()
    );
    run_logged(
        Command::new("sh").args(["-c", &script]),
        &p.logs.join("unpack.log"),
    )?;
    if !tree.join("Makefile").exists() {
        return Err(format!(
            "{} did not unpack into {}",
            pkg.deb.display(),
            tree.display()
        ));
    }
    stamp.write(&key, &format!("{} {}", pkg.name, pkg.version))?;
    remove_others(&base, &dir);
    Ok((tree, false))
}

/// Removes the siblings of `keep` in `base` (trees of other kernel versions: about 2 GB each).
fn remove_others(base: &Path, keep: &Path) {
    for e in fs::read_dir(base).into_iter().flatten().flatten() {
        if e.path() != keep && e.path().is_dir() {
            eprintln!(
                "xtask kernel:   removing the outdated {}",
                e.path().display()
            );
            let _ = fs::remove_dir_all(e.path());
        }
    }
}

/// How `xtask/kernel/config` sets an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Setting {
    /// `=y`: built in.
    Yes,
    /// `=m`: built as a loadable module.
    Module,
    /// `=n`: off.
    No,
}

/// The options of a config fragment (`file`, for errors): (name without CONFIG_, setting).
fn config_options(file: &str, text: &str) -> Result<Vec<(String, Setting)>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = line
            .split_once('=')
            .ok_or_else(|| format!("{file}:{}: expected CONFIG_X=y, =m or =n", i + 1))?;
        let name = name
            .strip_prefix("CONFIG_")
            .ok_or_else(|| format!("{file}:{}: option must start with CONFIG_", i + 1))?;
        let setting = match value {
            "y" => Setting::Yes,
            "m" => Setting::Module,
            "n" => Setting::No,
            v => {
                return Err(format!(
                    "{file}:{}: value `{v}`: only y, m and n are supported",
                    i + 1
                ))
            }
        };
        out.push((name.to_string(), setting));
    }
    Ok(out)
}

fn build_kernel(
    p: &Paths,
    pkg: &apt::SourcePackage,
    src: &Path,
    kernel: Kernel,
) -> Result<(PathBuf, bool), String> {
    let base = p.cache.join(format!("build{}", kernel.suffix()));
    let build = base.join(format!("{}_{}", pkg.name, pkg.version));
    let mut config_text = String::new();
    let mut options = Vec::new();
    for f in kernel.fragments() {
        let text =
            fs::read_to_string(p.root.join(f)).map_err(|e| format!("cannot read {f}: {e}"))?;
        options.extend(config_options(f, &text)?);
        config_text.push_str(&text);
        config_text.push('\n');
    }
    let rustc = output(Command::new("rustc").arg("-vV"))?;
    let bindgen = output(Command::new(p.tools.join("bin/bindgen")).arg("--version"))?;
    let key = hash(&[
        pkg.name.as_bytes(),
        pkg.version.as_bytes(),
        config_text.as_bytes(),
        rustc.as_bytes(),
        bindgen.as_bytes(),
    ]);
    let stamp = Stamp(build.join(".iommugen-built"));
    let image = build.join("arch/arm64/boot/Image");
    if stamp.matches(&key) && image.exists() {
        return Ok((build, true));
    }
    stamp.clear();
    fs::create_dir_all(&build).map_err(|e| format!("cannot create {}: {e}", build.display()))?;
    let rust = output(p.make(src, &build).arg("rustavailable")).map_err(|e| {
        format!("the kernel's Rust support is not available with this toolchain:\n{e}")
    })?;
    eprintln!(
        "xtask kernel:   {}",
        rust.lines()
            .find(|l| l.contains("Rust is available"))
            .unwrap_or("make rustavailable passed")
            .trim()
    );
    run_logged(
        p.make(src, &build).arg("tinyconfig"),
        &p.logs.join(format!("tinyconfig{}.log", kernel.suffix())),
    )?;
    let mut sc = Command::new(src.join("scripts/config"));
    sc.arg("--file").arg(build.join(".config"));
    for (name, setting) in &options {
        sc.arg(match setting {
            Setting::Yes => "--enable",
            Setting::Module => "--module",
            Setting::No => "--disable",
        })
        .arg(name);
    }
    run_logged(
        &mut sc,
        &p.logs
            .join(format!("scripts-config{}.log", kernel.suffix())),
    )?;
    run_logged(
        p.make(src, &build).arg("olddefconfig"),
        &p.logs.join(format!("olddefconfig{}.log", kernel.suffix())),
    )?;
    let dotconfig = fs::read_to_string(build.join(".config")).map_err(|e| e.to_string())?;
    let dropped: Vec<String> = options
        .iter()
        .filter(|(name, setting)| match setting {
            Setting::Yes => !dotconfig.lines().any(|l| l == format!("CONFIG_{name}=y")),
            Setting::Module => !dotconfig.lines().any(|l| l == format!("CONFIG_{name}=m")),
            Setting::No => false,
        })
        .map(|(name, _)| format!("CONFIG_{name}"))
        .collect();
    if !dropped.is_empty() {
        return Err(format!(
            "olddefconfig dropped {} (a dependency is missing; see {})",
            dropped.join(", "),
            build.join(".config").display()
        ));
    }
    let jobs = std::thread::available_parallelism().map_or(2, usize::from);
    run_logged(
        p.make(src, &build)
            .arg(format!("-j{jobs}"))
            .args(["Image", "modules"]),
        &p.logs.join(format!("kernel-build{}.log", kernel.suffix())),
    )?;
    if !image.exists() {
        return Err(format!("the build finished without {}", image.display()));
    }
    stamp.write(&key, &format!("{} {}", pkg.name, pkg.version))?;
    remove_others(&base, &build);
    Ok((build, false))
}

/// Whether `path` is something `make M=` produced (kept when the sources are refreshed).
fn build_product(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.starts_with('.')
        || [
            ".o", ".ko", ".mod", ".mod.c", ".mod.o", ".rmeta", ".d", ".order", ".symvers",
        ]
        .iter()
        .any(|s| name.ends_with(s))
        || name == "Module.symvers"
        || name == "modules.order"
}

/// The module's name: the first of `obj-m := NAME.o [NAME_test.o]` in its Kbuild (the
/// second, when there, is its test module).
fn module_name(kbuild: &str) -> Option<String> {
    kbuild.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("obj-m")?;
        let rest = rest
            .trim_start()
            .strip_prefix(":=")
            .or_else(|| rest.trim_start().strip_prefix("+="))?;
        rest.split_whitespace()
            .next()?
            .strip_suffix(".o")
            .map(str::to_string)
    })
}

fn build_module(
    p: &Paths,
    src: &Path,
    build: &Path,
    module_src: &Path,
    spec: &str,
    kernel: Kernel,
) -> Result<((PathBuf, String), bool), String> {
    let kbuild = fs::read_to_string(module_src.join("Kbuild")).map_err(|e| e.to_string())?;
    let name = module_name(&kbuild).ok_or_else(|| {
        format!(
            "{}/Kbuild has no `obj-m := NAME.o` line",
            module_src.display()
        )
    })?;
    // make M= writes beside the sources: build a copy outside the repository.
    let dir = p
        .cache
        .join("module")
        .join(format!("{spec}{}", kernel.suffix()));
    // Objects built against another kernel build (another config) are not reliably rebuilt by
    // Kbuild (`struct module` changes size, say): start afresh when the kernel's stamp changed.
    let kernel_key = fs::read_to_string(build.join(".iommugen-built")).unwrap_or_default();
    let built_for = Stamp(dir.join(".iommugen-kernel"));
    let kernel_key = kernel_key.lines().next().unwrap_or("");
    if !built_for.matches(kernel_key) && dir.exists() {
        fs::remove_dir_all(&dir).map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    let changed = util::sync_tree(module_src, &dir, &build_product)?;
    built_for.write(kernel_key, "the kernel build this module was built against")?;
    check_format(src, module_src)?;
    let ko = dir.join(format!("{name}.ko"));
    let existed = ko.exists();
    let mut c = p.make(src, build);
    c.arg(format!("M={}", dir.display())).arg("modules");
    let log = p.logs.join(format!("module-build{}.log", kernel.suffix()));
    run_logged(&mut c, &log)?;
    if !ko.exists() {
        return Err(format!("make M= finished without {}", ko.display()));
    }
    let text = fs::read_to_string(&log).unwrap_or_default();
    let warnings = text.lines().filter(|l| l.starts_with("warning")).count();
    if warnings > 0 {
        return Err(format!(
            "the module built with {warnings} compiler warning(s); see {}",
            log.display()
        ));
    }
    Ok(((ko, name), changed == 0 && existed))
}

/// Fails unless the module's Rust is in the layout of the kernel tree's own `.rustfmt.toml`
/// (what `make rustfmtcheck` checks for the kernel's sources).
fn check_format(src: &Path, dir: &Path) -> Result<(), String> {
    let config = src.join(".rustfmt.toml");
    if !config.exists() {
        return Err(format!("{} is missing", config.display()));
    }
    let mut files = Vec::new();
    util::walk_files(dir, &mut |f: &Path| {
        if f.extension().is_some_and(|e| e == "rs") {
            files.push(f.to_path_buf());
        }
    })?;
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let out = Command::new(&rustfmt)
        .args(["--check", "--edition", "2021", "--config-path"])
        .arg(&config)
        .args(&files)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", rustfmt.to_string_lossy()))?;
    if !out.status.success() {
        let diff = String::from_utf8_lossy(&out.stdout);
        let head: Vec<&str> = diff.lines().take(40).collect();
        return Err(format!(
            "the module's Rust is not in the kernel's rustfmt layout ({}):\n{}",
            config.display(),
            head.join("\n")
        ));
    }
    println!(
        "xtask kernel:   {} Rust files in the kernel's rustfmt layout ({})",
        files.len(),
        config.display()
    );
    Ok(())
}

/// What a passing scenario reports.
struct Passed {
    name: &'static str,
    detail: String,
}

fn boot(
    p: &Paths,
    built: &[(Kernel, Built)],
    name: &str,
    scenarios: &[&scenario::Scenario],
) -> Result<Vec<Passed>, String> {
    let qemu_version = output(Command::new(QEMU).arg("--version"))?;
    let qemu_version = qemu_version.lines().next().unwrap_or("").to_string();
    eprintln!("xtask kernel:   QEMU: {qemu_version}");
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
        eprintln!(
            "xtask kernel:   scenario `{}` ({:?} kernel, Linux {}, {} vCPU(s)): {}",
            sc.name,
            sc.kernel,
            release.trim(),
            sc.smp,
            sc.what
        );
        let mut c = boot::qemu(k, sc.smp, sc.mttcg, &sc.append(name), &disks);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_file_parses() {
        let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kernel/config"))
            .unwrap();
        let opts = config_options("config", &text).unwrap();
        assert!(opts.contains(&("RUST".to_string(), Setting::Yes)));
        assert!(opts.contains(&("ARM_SMMU_V3".to_string(), Setting::Yes)));
        assert!(opts.contains(&("DMA_MAP_BENCHMARK".to_string(), Setting::Yes)));
        let debug =
            fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kernel/config-debug"))
                .unwrap();
        let debug = config_options("config-debug", &debug).unwrap();
        assert!(debug.contains(&("PROVE_LOCKING".to_string(), Setting::Yes)));
        assert!(opts.contains(&("VIRTIO_BLK".to_string(), Setting::Module)));
        assert!(config_options("f", "FOO=y")
            .unwrap_err()
            .starts_with("f:1:"));
        assert_eq!(
            config_options("f", "CONFIG_FOO=m"),
            Ok(vec![("FOO".to_string(), Setting::Module)])
        );
        assert!(config_options("f", "CONFIG_FOO=x").is_err());
    }

    #[test]
    fn module_names_come_from_kbuild() {
        assert_eq!(
            module_name("# x\nobj-m := iommugen_smmuv3.o\n").as_deref(),
            Some("iommugen_smmuv3")
        );
        assert_eq!(module_name("obj-m += a.o").as_deref(), Some("a"));
        assert_eq!(module_name("obj-m := a.o a_test.o").as_deref(), Some("a"));
        assert_eq!(module_name("obj-y := a.o"), None);
    }

    #[test]
    fn build_products_are_recognised() {
        for p in [
            "x.o",
            "x.ko",
            ".x.cmd",
            "Module.symvers",
            "modules.order",
            "x.mod.c",
        ] {
            assert!(build_product(Path::new(p)), "{p}");
        }
        for p in ["x.rs", "Kbuild", "runtime"] {
            assert!(!build_product(Path::new(p)), "{p}");
        }
    }
}
