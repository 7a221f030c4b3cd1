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
//! 6. `initramfs`: `xtask/kernel/init.c` built static, packed with the module and the kernel's
//!    own modules (virtio-pci and virtio-blk, loaded after ours) by the tree's
//!    `usr/gen_init_cpio`;
//! 7. `boot`: QEMU virt with an SMMUv3, the edu device and a virtio-blk disk behind the SMMU,
//!    once per scenario (`kernel/scenario.rs`: the self-test and strict-mode I/O, lazy mode,
//!    passthrough, broken mappings), each under a timeout; the console must show what the
//!    scenario expects (the module's `N passed, 0 failed` with N > 0 for the self-test).

mod apt;
mod boot;
mod scenario;
mod util;

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use util::{hash, have, output, run_logged, Stamp, Timer};

const ARCH: &str = "arm64";
const CROSS: &str = "aarch64-linux-gnu-";
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
const QEMU: &str = "qemu-system-aarch64";
/// Default bound on one boot, in seconds (`IOMMUGEN_KERNEL_TIMEOUT` overrides it).
const BOOT_TIMEOUT_SECS: u64 = 180;

struct Paths {
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

/// Runs every step for the module generated from `spec` (default `smmuv3`).
pub fn run(repo: &Path, cache: &Path, spec: &str) -> Result<(), String> {
    let p = Paths::new(repo, cache);
    fs::create_dir_all(&p.logs).map_err(|e| format!("cannot create {}: {e}", p.logs.display()))?;
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
    let mut t = Timer::default();
    t.step("tools", || tools(&p))?;
    let pkg = t.step("fetch", || {
        apt::fetch_kernel_source(&p.cache.join("apt"), &p.cache.join("debs"), &p.logs)
    })?;
    eprintln!(
        "xtask kernel: using {} {} ({})",
        pkg.name,
        pkg.version,
        pkg.deb.display()
    );
    let src = t.step("unpack", || unpack(&p, &pkg))?;
    let build = t.step("kernel", || build_kernel(&p, &pkg, &src))?;
    let (ko, name) = t.step("module", || {
        build_module(&p, &src, &build, &module_src, spec)
    })?;
    let cpio = t.step("initramfs", || initramfs(&p, &src, &build, &ko, &name))?;
    let scenarios = scenario::selected(env::var("IOMMUGEN_KERNEL_SCENARIOS").ok().as_deref())?;
    let verdict = t.step("boot", || {
        boot(&p, &build, &cpio, &name, &scenarios).map(|v| (v, false))
    });
    eprintln!("xtask kernel: times\n{}", t.summary());
    let results = verdict?;
    for r in &results {
        eprintln!("xtask kernel: {name}: {}: passed{}", r.name, r.detail);
    }
    eprintln!(
        "xtask kernel: {name}: {} scenario(s) passed on {} {}",
        results.len(),
        pkg.name,
        pkg.version
    );
    Ok(())
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

/// The options of `xtask/kernel/config`: (name without CONFIG_, setting).
fn config_options(text: &str) -> Result<Vec<(String, Setting)>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, value) = line.split_once('=').ok_or_else(|| {
            format!(
                "xtask/kernel/config:{}: expected CONFIG_X=y, =m or =n",
                i + 1
            )
        })?;
        let name = name.strip_prefix("CONFIG_").ok_or_else(|| {
            format!(
                "xtask/kernel/config:{}: option must start with CONFIG_",
                i + 1
            )
        })?;
        let setting = match value {
            "y" => Setting::Yes,
            "m" => Setting::Module,
            "n" => Setting::No,
            v => {
                return Err(format!(
                    "xtask/kernel/config:{}: value `{v}`: only y, m and n are supported",
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
) -> Result<(PathBuf, bool), String> {
    let base = p.cache.join("build");
    let build = base.join(format!("{}_{}", pkg.name, pkg.version));
    let config_text = fs::read_to_string(p.root.join("xtask/kernel/config"))
        .map_err(|e| format!("cannot read xtask/kernel/config: {e}"))?;
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
        &p.logs.join("tinyconfig.log"),
    )?;
    let options = config_options(&config_text)?;
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
    run_logged(&mut sc, &p.logs.join("scripts-config.log"))?;
    run_logged(
        p.make(src, &build).arg("olddefconfig"),
        &p.logs.join("olddefconfig.log"),
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
        &p.logs.join("kernel-build.log"),
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

/// The module's name: `obj-m := NAME.o` in its Kbuild.
fn module_name(kbuild: &str) -> Option<String> {
    kbuild.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("obj-m")?;
        let rest = rest
            .trim_start()
            .strip_prefix(":=")
            .or_else(|| rest.trim_start().strip_prefix("+="))?;
        rest.trim().strip_suffix(".o").map(str::to_string)
    })
}

fn build_module(
    p: &Paths,
    src: &Path,
    build: &Path,
    module_src: &Path,
    spec: &str,
) -> Result<((PathBuf, String), bool), String> {
    let kbuild = fs::read_to_string(module_src.join("Kbuild")).map_err(|e| e.to_string())?;
    let name = module_name(&kbuild).ok_or_else(|| {
        format!(
            "{}/Kbuild has no `obj-m := NAME.o` line",
            module_src.display()
        )
    })?;
    // make M= writes beside the sources: build a copy outside the repository.
    let dir = p.cache.join("module").join(spec);
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
    run_logged(&mut c, &p.logs.join("module-build.log"))?;
    if !ko.exists() {
        return Err(format!("make M= finished without {}", ko.display()));
    }
    let log = fs::read_to_string(p.logs.join("module-build.log")).unwrap_or_default();
    let warnings = log.lines().filter(|l| l.starts_with("warning")).count();
    if warnings > 0 {
        return Err(format!(
            "the module built with {warnings} compiler warning(s); see {}",
            p.logs.join("module-build.log").display()
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

fn initramfs(
    p: &Paths,
    src: &Path,
    build: &Path,
    ko: &Path,
    name: &str,
) -> Result<(PathBuf, bool), String> {
    let dir = p.cache.join("initramfs");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let init_c = p.root.join("xtask/kernel/init.c");
    let init_src =
        fs::read(&init_c).map_err(|e| format!("cannot read {}: {e}", init_c.display()))?;
    let gcc = output(Command::new(format!("{CROSS}gcc")).arg("--version"))?;
    let init = dir.join("init");
    let stamp = Stamp(dir.join(".init-built"));
    let key = hash(&[&init_src, gcc.as_bytes()]);
    let mut cached = true;
    if !stamp.matches(&key) || !init.exists() {
        cached = false;
        let mut c = Command::new(format!("{CROSS}gcc"));
        c.args(["-static", "-Os", "-Wall", "-Wextra", "-Werror", "-o"])
            .arg(&init)
            .arg(&init_c);
        run_logged(&mut c, &p.logs.join("init-build.log"))?;
        stamp.write(&key, "xtask/kernel/init.c")?;
    }
    // The tree's own gen_init_cpio (built with the kernel); compiled here if the build lacks it.
    let mut gen = build.join("usr/gen_init_cpio");
    if !gen.exists() {
        gen = dir.join("gen_init_cpio");
        if !gen.exists() {
            let mut c = Command::new("cc");
            c.args(["-O2", "-o"])
                .arg(&gen)
                .arg(src.join("usr/gen_init_cpio.c"));
            run_logged(&mut c, &p.logs.join("gen_init_cpio.log"))?;
        }
    }
    // Ours first (the IOMMU must be registered before the disk's driver probes it), then the
    // kernel's modules (virtio, virtio-pci, virtio-blk) in dependency order.
    let kmods = kernel_modules(build)?;
    let mut modules = format!("# PATH [PARAM=VALUE ...] [@iommu], loaded in order by /init\n/lib/modules/{name}.ko @iommu\n");
    let mut list = format!(
        "dir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\ndir /proc 0755 0 0\ndir /sys 0755 0 0\ndir /etc 0755 0 0\n\
         dir /lib 0755 0 0\ndir /lib/modules 0755 0 0\nfile /init {} 0755 0 0\nfile /etc/modules {} 0644 0 0\n\
         file /lib/modules/{name}.ko {} 0644 0 0\n",
        init.display(),
        dir.join("modules").display(),
        ko.display()
    );
    for (kname, path) in &kmods {
        modules.push_str(&format!("/lib/modules/{kname}.ko\n"));
        list.push_str(&format!(
            "file /lib/modules/{kname}.ko {} 0644 0 0\n",
            path.display()
        ));
    }
    fs::write(dir.join("modules"), modules).map_err(|e| e.to_string())?;
    fs::write(dir.join("list"), list).map_err(|e| e.to_string())?;
    let cpio = dir.join("initramfs.cpio");
    let mut c = Command::new("sh");
    c.arg("-c").arg(format!(
        "'{}' '{}' > '{}'",
        gen.display(),
        dir.join("list").display(),
        cpio.display()
    ));
    run_logged(&mut c, &p.logs.join("gen_init_cpio-run.log"))?;
    Ok((cpio, cached))
}

/// The `depends=` modules of a `.ko` (from its `.modinfo` strings).
fn modinfo_depends(ko: &[u8]) -> Vec<String> {
    let key = b"\0depends=";
    let Some(at) = ko.windows(key.len()).position(|w| w == key) else {
        return Vec::new();
    };
    let rest = &ko[at + key.len()..];
    let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    String::from_utf8_lossy(&rest[..end])
        .split(',')
        .filter(|d| !d.is_empty())
        .map(str::to_string)
        .collect()
}

/// The kernel build's loadable modules (`modules.order`), each after the modules it depends on:
/// (name, path).
fn kernel_modules(build: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let order = fs::read_to_string(build.join("modules.order"))
        .map_err(|e| format!("cannot read {}/modules.order: {e}", build.display()))?;
    let mut pending: Vec<(String, PathBuf, Vec<String>)> = Vec::new();
    for l in order.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let path = build
            .join(l.strip_suffix(".o").unwrap_or(l))
            .with_extension("ko");
        let data = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().replace('-', "_"))
            .unwrap_or_default();
        pending.push((name, path, modinfo_depends(&data)));
    }
    let mut out: Vec<(String, PathBuf)> = Vec::new();
    while !pending.is_empty() {
        let ready = pending
            .iter()
            .position(|(_, _, deps)| deps.iter().all(|d| out.iter().any(|(n, _)| n == d)));
        let Some(i) = ready else {
            let names: Vec<&str> = pending.iter().map(|p| p.0.as_str()).collect();
            return Err(format!(
                "the kernel modules {} depend on modules the build does not have",
                names.join(", ")
            ));
        };
        let (name, path, _) = pending.remove(i);
        out.push((name, path));
    }
    Ok(out)
}

/// What a passing scenario reports.
struct Passed {
    name: &'static str,
    detail: String,
}

fn boot(
    p: &Paths,
    build: &Path,
    cpio: &Path,
    name: &str,
    scenarios: &[&scenario::Scenario],
) -> Result<Vec<Passed>, String> {
    let qemu_version = output(Command::new(QEMU).arg("--version"))?;
    let qemu_version = qemu_version.lines().next().unwrap_or("").to_string();
    let release =
        fs::read_to_string(build.join("include/config/kernel.release")).unwrap_or_default();
    eprintln!("xtask kernel:   QEMU: {qemu_version}");
    eprintln!(
        "xtask kernel:   kernel: Linux {} ({})",
        release.trim(),
        build.join("arch/arm64/boot/Image").display()
    );
    let timeout = env::var("IOMMUGEN_KERNEL_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(BOOT_TIMEOUT_SECS);
    // The disk: a sparse raw image the tests overwrite.
    let disk = p.cache.join("disk.img");
    let f = fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(false)
        .open(&disk)
        .map_err(|e| format!("cannot create {}: {e}", disk.display()))?;
    f.set_len(scenario::DISK_MIB << 20)
        .map_err(|e| format!("cannot size {}: {e}", disk.display()))?;
    drop(f);
    let mut passed = Vec::new();
    let mut throughput = Vec::new();
    for sc in scenarios {
        eprintln!("xtask kernel:   scenario `{}`: {}", sc.name, sc.what);
        let mut c = Command::new(QEMU);
        c.args([
            "-machine",
            "virt,iommu=smmuv3",
            "-cpu",
            "cortex-a57",
            "-m",
            "512",
            "-nographic",
            "-no-reboot",
            "-kernel",
        ])
        .arg(build.join("arch/arm64/boot/Image"))
        .arg("-initrd")
        .arg(cpio)
        .arg("-append")
        .arg(format!(
            "console=ttyAMA0 panic=-1 deferred_probe_timeout=0 printk.devkmsg=on {}",
            sc.append(name)
        ))
        .args(["-device", "edu,dma_mask=0xffffffffffffffff"])
        .arg("-drive")
        .arg(format!(
            "file={},if=none,id=d0,format=raw,cache=unsafe",
            disk.display()
        ))
        // iommu_platform: the device's DMA goes through the SMMU and Linux uses the DMA API
        // for it (without it virtio bypasses both).
        .args([
            "-device",
            "virtio-blk-pci,drive=d0,iommu_platform=on,disable-legacy=on",
        ]);
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
        let opts = config_options(&text).unwrap();
        assert!(opts.contains(&("RUST".to_string(), Setting::Yes)));
        assert!(opts.contains(&("ARM_SMMU_V3".to_string(), Setting::No)));
        assert!(opts.contains(&("VIRTIO_BLK".to_string(), Setting::Module)));
        assert!(config_options("FOO=y").is_err());
        assert_eq!(
            config_options("CONFIG_FOO=m"),
            Ok(vec![("FOO".to_string(), Setting::Module)])
        );
        assert!(config_options("CONFIG_FOO=x").is_err());
    }

    #[test]
    fn modinfo_depends_are_read() {
        assert_eq!(
            modinfo_depends(b"xx\0license=GPL\0depends=virtio,virtio_ring\0intree=Y\0"),
            ["virtio", "virtio_ring"]
        );
        assert!(modinfo_depends(b"\0depends=\0").is_empty());
        assert!(modinfo_depends(b"nothing").is_empty());
    }

    #[test]
    fn module_names_come_from_kbuild() {
        assert_eq!(
            module_name("# x\nobj-m := iommugen_smmuv3.o\n").as_deref(),
            Some("iommugen_smmuv3")
        );
        assert_eq!(module_name("obj-m += a.o").as_deref(), Some("a"));
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
