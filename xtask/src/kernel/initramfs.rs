//! The initramfs of a test kernel: `xtask/kernel/init.c` built static, Linux's
//! `dma_map_benchmark` tool, the iommufd conformance harness (`iommufd/`, built static for the
//! kernel's architecture), the generated module (where the architecture has one) and the kernel
//! build's own modules (virtio-pci and virtio-blk, loaded after ours), then the module's test
//! module (loaded only by boots that ask for it), packed by the tree's `usr/gen_init_cpio`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::arch::Arch;
use super::util::{hash, output, run_logged, Stamp};
use super::{Kernel, Paths};

/// The initramfs for `kernel`, with `module` (its `.ko` and name) if given.
pub(super) fn initramfs(
    p: &Paths,
    src: &Path,
    build: &Path,
    module: Option<&(PathBuf, String)>,
    kernel: Kernel,
) -> Result<(PathBuf, bool), String> {
    let arch = kernel.arch();
    let cc = arch.user_cc;
    let dir = p.cache.join(format!("initramfs{}", kernel.suffix()));
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let init_c = p.root.join("xtask/kernel/init.c");
    let init_src =
        fs::read(&init_c).map_err(|e| format!("cannot read {}: {e}", init_c.display()))?;
    let gcc = output(Command::new(cc).arg("--version"))?;
    let init = dir.join("init");
    let stamp = Stamp(dir.join(".init-built"));
    let key = hash(&[&init_src, gcc.as_bytes()]);
    let mut cached = true;
    if !stamp.matches(&key) || !init.exists() {
        cached = false;
        let mut c = Command::new(cc);
        c.args(["-static", "-Os", "-Wall", "-Wextra", "-Werror", "-o"])
            .arg(&init)
            .arg(&init_c);
        run_logged(
            &mut c,
            &p.logs.join(format!("init-build{}.log", kernel.suffix())),
        )?;
        stamp.write(&key, "xtask/kernel/init.c")?;
    }
    let bench = benchmark_tool(p, src, &dir, arch)?;
    cached &= bench.1;
    let conformance = iommufd_tool(p, &dir, arch)?;
    cached &= conformance.1;
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
    let mut modules = "# PATH [PARAM=VALUE ...] [@iommu], loaded in order by /init\n".to_string();
    let mut list = format!(
        "dir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\ndir /proc 0755 0 0\ndir /sys 0755 0 0\ndir /etc 0755 0 0\n\
         dir /lib 0755 0 0\ndir /lib/modules 0755 0 0\nfile /init {} 0755 0 0\nfile /etc/modules {} 0644 0 0\n\
         dir /bin 0755 0 0\nfile /bin/dma_map_benchmark {} 0755 0 0\nfile /bin/iommufd-conformance {} 0755 0 0\n",
        init.display(),
        dir.join("modules").display(),
        bench.0.display(),
        conformance.0.display(),
    );
    if let Some((ko, name)) = module {
        modules.push_str(&format!("/lib/modules/{name}.ko @iommu\n"));
        list.push_str(&format!(
            "file /lib/modules/{name}.ko {} 0644 0 0\n",
            ko.display()
        ));
    }
    for (kname, path) in &kmods {
        modules.push_str(&format!("/lib/modules/{kname}.ko\n"));
        list.push_str(&format!(
            "file /lib/modules/{kname}.ko {} 0644 0 0\n",
            path.display()
        ));
    }
    // The driver's test module, last (after the disk's drivers): loaded only by boots with
    // `iommugen.test=1`, which then wait for its `N passed, M failed` line.
    if let Some((ko, name)) = module {
        let test_ko = ko.with_file_name(format!("{name}_test.ko"));
        if test_ko.exists() {
            modules.push_str(&format!("/lib/modules/{name}_test.ko selftest=1 @test\n"));
            list.push_str(&format!(
                "file /lib/modules/{name}_test.ko {} 0644 0 0\n",
                test_ko.display()
            ));
        }
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
    run_logged(
        &mut c,
        &p.logs
            .join(format!("gen_init_cpio-run{}.log", kernel.suffix())),
    )?;
    Ok((cpio, cached))
}

/// The `depends=` modules of a `.ko` (from its `.modinfo` strings).
pub(super) fn modinfo_depends(ko: &[u8]) -> Vec<String> {
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

/// Linux's `tools/dma/dma_map_benchmark.c` from the kernel source, built static with `arch`'s
/// cross compiler against the source's uapi header (copied beside it: the rest of the tree's
/// uapi headers would clash with the C library's). Rebuilt when the source or compiler changes.
fn benchmark_tool(
    p: &Paths,
    src: &Path,
    dir: &Path,
    arch: &Arch,
) -> Result<(PathBuf, bool), String> {
    let tool_c = src.join("tools/dma/dma_map_benchmark.c");
    let header = src.join("include/uapi/linux/map_benchmark.h");
    let read = |f: &Path| fs::read(f).map_err(|e| format!("cannot read {}: {e}", f.display()));
    let (code, head) = (read(&tool_c)?, read(&header)?);
    let gcc = output(Command::new(arch.user_cc).arg("--version"))?;
    let bin = dir.join("dma_map_benchmark");
    let stamp = Stamp(dir.join(".dma_map_benchmark-built"));
    let key = hash(&[&code, &head, gcc.as_bytes()]);
    if stamp.matches(&key) && bin.exists() {
        return Ok((bin, true));
    }
    let inc = dir.join("include/linux");
    fs::create_dir_all(&inc).map_err(|e| format!("cannot create {}: {e}", inc.display()))?;
    fs::write(inc.join("map_benchmark.h"), &head).map_err(|e| e.to_string())?;
    let mut c = Command::new(arch.user_cc);
    c.args(["-static", "-O2", "-D_GNU_SOURCE", "-I"])
        .arg(dir.join("include"))
        .arg("-o")
        .arg(&bin)
        .arg(&tool_c);
    run_logged(
        &mut c,
        &p.logs
            .join(format!("dma_map_benchmark-build-{}.log", arch.name)),
    )?;
    stamp.write(&key, "tools/dma/dma_map_benchmark.c")?;
    Ok((bin, false))
}

/// The iommufd conformance harness (`iommufd/`), built by cargo for `arch`'s userspace target
/// (static) in a target directory of the cache (cargo decides what to rebuild), copied beside
/// the init.
fn iommufd_tool(p: &Paths, dir: &Path, arch: &Arch) -> Result<(PathBuf, bool), String> {
    let target_dir = p.cache.join("iommufd-target");
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(&p.root)
        .args(["build", "--release", "-p", "iommugen-iommufd", "--target"])
        .arg(arch.user_target)
        .arg("--target-dir")
        .arg(&target_dir)
        .envs(arch.cargo_env());
    run_logged(
        &mut c,
        &p.logs.join(format!("iommufd-build-{}.log", arch.name)),
    )?;
    let built = target_dir
        .join(arch.user_target)
        .join("release/iommufd-conformance");
    let bin = dir.join("iommufd-conformance");
    let new = fs::read(&built).map_err(|e| format!("cannot read {}: {e}", built.display()))?;
    let cached = fs::read(&bin).is_ok_and(|old| old == new);
    if !cached {
        fs::write(&bin, &new).map_err(|e| format!("cannot write {}: {e}", bin.display()))?;
    }
    Ok((bin, cached))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modinfo_depends_are_read() {
        assert_eq!(
            modinfo_depends(b"xx\0license=GPL\0depends=virtio,virtio_ring\0intree=Y\0"),
            ["virtio", "virtio_ring"]
        );
        assert!(modinfo_depends(b"\0depends=\0").is_empty());
        assert!(modinfo_depends(b"nothing").is_empty());
    }
}
