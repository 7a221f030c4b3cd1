//! The build steps of `cargo xtask kernel`: the source tree unpacked once per package version,
//! each kernel configured (`tinyconfig` + its fragments) and built for its architecture, and the
//! generated module built against it with `make M=` and `CLIPPY=1` (in the kernel's rustfmt
//! layout, without a compiler or clippy warning under the kernel's lint flags). Each step is
//! skipped while a stamp records the same inputs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::util::{self, hash, output, run_logged, Stamp};
use super::{apt, Kernel, Paths};

/// The source tree of `pkg`, unpacked once; trees of other versions are removed.
pub(super) fn unpack(p: &Paths, pkg: &apt::SourcePackage) -> Result<(PathBuf, bool), String> {
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

pub(super) fn build_kernel(
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
    let arch = kernel.arch();
    let image = build.join(arch.image);
    if stamp.matches(&key) && image.exists() {
        return Ok((build, true));
    }
    stamp.clear();
    fs::create_dir_all(&build).map_err(|e| format!("cannot create {}: {e}", build.display()))?;
    let rust = output(p.make(src, &build, arch).arg("rustavailable")).map_err(|e| {
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
        p.make(src, &build, arch).arg("tinyconfig"),
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
        p.make(src, &build, arch).arg("olddefconfig"),
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
        p.make(src, &build, arch)
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

pub(super) fn build_module(
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
    // `CLIPPY=1`: the kernel compiles the module's crates with `clippy-driver`, under its own
    // clippy lints (`undocumented_unsafe_blocks`, `cast_lossless`, ...) besides rustc's.
    let mut c = p.make(src, build, kernel.arch());
    c.arg(format!("M={}", dir.display()))
        .arg("CLIPPY=1")
        .arg("modules");
    // clippy takes the MSRV from the kernel's `.clippy.toml` (`CLIPPY_CONF_DIR`), and from the
    // package that `cargo run` describes in the environment (this repository's) when it finds
    // one there, warning that the two differ.
    for (k, _) in std::env::vars_os() {
        if k.to_str().is_some_and(|k| {
            k.starts_with("CARGO_PKG_") || k == "CARGO_MANIFEST_DIR" || k == "CARGO_MANIFEST_PATH"
        }) {
            c.env_remove(k);
        }
    }
    let log = p.logs.join(format!("module-build{}.log", kernel.suffix()));
    run_logged(&mut c, &log)?;
    if !ko.exists() {
        return Err(format!("make M= finished without {}", ko.display()));
    }
    let text = fs::read_to_string(&log).unwrap_or_default();
    let warnings = text.lines().filter(|l| l.starts_with("warning")).count();
    if warnings > 0 {
        return Err(format!(
            "the module built with {warnings} compiler or clippy warning(s); see {}",
            log.display()
        ));
    }
    let over = super::frames::check(OBJDUMP, &ko)?;
    if !over.is_empty() {
        let list: Vec<String> = over
            .iter()
            .map(|f| format!("  {} bytes: {}", f.bytes, f.function))
            .collect();
        return Err(format!(
            "{} function(s) of the module have a stack frame over {} bytes (a kernel stack is \
             16 KiB for the whole call chain; move large values to the heap or pass them by \
             reference):\n{}",
            over.len(),
            super::frames::FRAME_LIMIT,
            list.join("\n")
        ));
    }
    println!(
        "xtask kernel:   every stack frame of {} within {} bytes ({OBJDUMP})",
        ko.display(),
        super::frames::FRAME_LIMIT
    );
    Ok(((ko, name), changed == 0 && existed))
}

/// The disassembler the frame check reads the module with (Debian's `llvm-19`).
const OBJDUMP: &str = "llvm-objdump-19";

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_file_parses() {
        let fragment = |f: &str| {
            let text =
                fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kernel").join(f))
                    .unwrap();
            config_options(f, &text).unwrap()
        };
        let opts = fragment("config");
        assert!(opts.contains(&("RUST".to_string(), Setting::Yes)));
        assert!(opts.contains(&("ARM_SMMU_V3".to_string(), Setting::Yes)));
        assert!(opts.contains(&("DMA_MAP_BENCHMARK".to_string(), Setting::Yes)));
        let debug = fragment("config-debug");
        assert!(debug.contains(&("PROVE_LOCKING".to_string(), Setting::Yes)));
        assert!(opts.contains(&("VIRTIO_BLK".to_string(), Setting::Module)));
        let rv = fragment("config-riscv64");
        for o in [
            "RUST",
            "RISCV_IOMMU",
            "IOMMUFD",
            "VFIO_PCI",
            "DMA_MAP_BENCHMARK",
            "MMU",
        ] {
            assert!(rv.contains(&(o.to_string(), Setting::Yes)), "{o}");
        }
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
