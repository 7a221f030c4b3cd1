//! `cargo xtask qemu`: bare-metal images on QEMU's IOMMU models, one per architecture: the
//! driver runtime on the SMMUv3 (`baremetal/`, `qemu-system-aarch64 -machine virt,iommu=smmuv3`)
//! and the RISC-V driver on QEMU's RISC-V IOMMU (`baremetal-riscv/`, `qemu-system-riscv64 -M virt
//! -device riscv-iommu-pci`), each with edu DMA devices. Installs each target's standard library
//! (rustup) and QEMU (10.0 from bookworm-backports, else Debian's 7.2 for aarch64), builds each
//! image (its own workspace; build products cached in
//! `~/.cache/iommugen/baremetal-target/<checkout>`), runs it under a timeout, and fails on a
//! failed test, a QEMU crash (its message shown) or a timeout.

use std::env;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{cache_dir, cargo};

/// One bare-metal image and how QEMU runs it.
struct Image {
    /// The crate's directory (its own workspace) and binary.
    dir: &'static str,
    bin: &'static str,
    /// The Rust target.
    target: &'static str,
    /// QEMU's binary, the variable that names another one, and the Debian package.
    qemu: &'static str,
    qemu_env: &'static str,
    package: &'static str,
    /// QEMU's arguments before `-kernel IMAGE`.
    args: &'static [&'static str],
}

/// The images, in the order they run.
const IMAGES: [Image; 2] = [
    Image {
        dir: "baremetal",
        bin: "iommugen-baremetal",
        target: "aarch64-unknown-none",
        qemu: "qemu-system-aarch64",
        qemu_env: "IOMMUGEN_QEMU",
        package: "qemu-system-arm",
        args: &[
            "-machine",
            "virt,iommu=smmuv3",
            "-cpu",
            "cortex-a57",
            "-m",
            "256",
            "-nographic",
            "-semihosting",
            "-device",
            "edu,dma_mask=0xffffffffffffffff",
            // Devices for the stream table's geometry (the image numbers the ports' buses 1
            // and 0xff): StreamIDs 0xf8, 0xff, 0x100 and 0xff00.
            "-device",
            "edu,dma_mask=0xffffffffffffffff,addr=1f.0,multifunction=on",
            "-device",
            "edu,dma_mask=0xffffffffffffffff,addr=1f.7",
            "-device",
            "pcie-root-port,id=geometry1,chassis=1,addr=10.0",
            "-device",
            "edu,dma_mask=0xffffffffffffffff,bus=geometry1,addr=0.0",
            "-device",
            "pcie-root-port,id=geometry2,chassis=2,addr=11.0",
            "-device",
            "edu,dma_mask=0xffffffffffffffff,bus=geometry2,addr=0.0",
        ],
    },
    Image {
        dir: "baremetal-riscv",
        bin: "iommugen-baremetal-riscv",
        target: "riscv64gc-unknown-none-elf",
        qemu: "qemu-system-riscv64",
        qemu_env: "IOMMUGEN_QEMU_RISCV",
        package: "qemu-system-misc",
        args: &[
            "-machine",
            "virt",
            "-bios",
            "none",
            "-m",
            "256",
            "-nographic",
            // Virtual time counted in instructions (1 us each): edu's 100 ms per transfer then
            // passes in about 100,000 instructions, so the conformance suite's thousands of
            // transfers take seconds, not minutes.
            "-icount",
            "shift=10",
            "-device",
            "riscv-iommu-pci",
            "-device",
            "edu,dma_mask=0xffffffffffffffff",
            // A second edu device at device_id 0xf8, for the two- and three-level DDTs.
            "-device",
            "edu,dma_mask=0xffffffffffffffff,addr=1f.0",
        ],
    },
];
/// QEMU with stage 2 and GBPA: Debian 12's bookworm-backports.
const QEMU_PREFERRED_MAJOR: u32 = 10;
const BACKPORTS_SOURCES: &str = "/etc/apt/sources.list.d/bookworm-backports.sources";

/// Builds each bare-metal image and runs its tests under QEMU; fails on a failed test, a QEMU
/// crash or a timeout (after running every image). Installs the Rust targets and QEMU first.
/// `IOMMUGEN_QEMU` / `IOMMUGEN_QEMU_RISCV` name other QEMU binaries; `IOMMUGEN_QEMU_TIMEOUT`
/// the deadline of each run in seconds.
pub fn run() -> Result<(), String> {
    let mut failures = Vec::new();
    for image in &IMAGES {
        if let Err(e) = run_image(image) {
            eprintln!("xtask qemu: {}: {e}", image.dir);
            failures.push(format!("{}: {e}", image.dir));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

fn run_image(image: &Image) -> Result<(), String> {
    let start = Instant::now();
    ensure_rust_target(image.target)?;
    let (qemu, version) = ensure_qemu(image)?;
    let setup = start.elapsed();

    // One build directory per checkout: the link script's path is absolute, and Cargo does not
    // rerun the build script that names it when the same directory serves another checkout.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&super::root(), &mut h);
    let target_dir = cache_dir()
        .join("baremetal-target")
        .join(format!("{:016x}", std::hash::Hasher::finish(&h)));
    let manifest = format!("{}/Cargo.toml", image.dir);
    let t = Instant::now();
    for (cmd, extra) in [
        ("build", &[][..]),
        ("clippy", &["--", "-D", "warnings"][..]),
    ] {
        super::run(
            cargo()
                .args([
                    cmd,
                    "--release",
                    "--target",
                    image.target,
                    "--manifest-path",
                ])
                .arg(&manifest)
                .arg("--target-dir")
                .arg(&target_dir)
                .args(extra),
        )?;
    }
    let build = t.elapsed();
    let binary = target_dir
        .join(image.target)
        .join("release")
        .join(image.bin);

    let timeout = env::var("IOMMUGEN_QEMU_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(240);
    println!("xtask qemu: {}: {version}", image.dir);
    let t = Instant::now();
    let result = run_qemu(&qemu, image.args, &binary, Duration::from_secs(timeout));
    let ran = t.elapsed();
    println!(
        "xtask qemu: {}: {version}; setup {:.1} s, build {:.1} s, QEMU run {:.1} s",
        image.dir,
        setup.as_secs_f64(),
        build.as_secs_f64(),
        ran.as_secs_f64()
    );
    result
}

/// Adds the standard library of `target` with rustup when the toolchain lacks it.
fn ensure_rust_target(target: &str) -> Result<(), String> {
    let sysroot = Command::new(env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    let sysroot = String::from_utf8_lossy(&sysroot.stdout).trim().to_string();
    if Path::new(&sysroot)
        .join("lib/rustlib")
        .join(target)
        .join("lib")
        .is_dir()
    {
        return Ok(());
    }
    eprintln!("xtask: the toolchain at {sysroot} has no standard library for {target}; adding it with rustup");
    let out = Command::new("rustup")
        .args(["target", "add", target])
        .output()
        .map_err(|e| format!("the {target} target is missing and rustup cannot be started ({e}): install it with `rustup target add {target}`"))?;
    if !out.status.success() {
        return Err(format!(
            "the {target} target is missing and `rustup target add {target}` failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

/// The version line of a QEMU binary and its major version.
pub(crate) fn qemu_version(bin: &str) -> Option<(String, u32)> {
    let out = Command::new(bin)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().next()?.trim().to_string();
    let major = line
        .split("version ")
        .nth(1)?
        .split('.')
        .next()?
        .trim()
        .parse()
        .ok()?;
    Some((line, major))
}

/// Finds the image's QEMU, installing it with apt when missing or older than 10.0.
fn ensure_qemu(image: &Image) -> Result<(String, String), String> {
    if let Ok(bin) = env::var(image.qemu_env) {
        let (v, _) =
            qemu_version(&bin).ok_or_else(|| format!("{}={bin} does not run", image.qemu_env))?;
        return Ok((bin, v));
    }
    ensure_qemu_bin(image.qemu, image.package)
}

/// Finds `qemu` (a binary name), installing `package` with apt when it is missing or older
/// than 10.0: from bookworm-backports (its sources entry added if there is none), else
/// Debian's own. Returns the binary and its version line.
pub(crate) fn ensure_qemu_bin(qemu: &str, package: &str) -> Result<(String, String), String> {
    let bin = qemu.to_string();
    let found = qemu_version(&bin);
    if let Some((v, major)) = &found {
        if *major >= QEMU_PREFERRED_MAJOR {
            return Ok((bin, v.clone()));
        }
    }
    let apt = Path::new("/usr/bin/apt-get").exists();
    if !apt {
        return match found {
            Some((v, _)) => {
                eprintln!("xtask: using {v} (no apt-get to install QEMU {QEMU_PREFERRED_MAJOR})");
                Ok((bin, v))
            }
            None => Err(format!(
                "{bin} is not installed and there is no apt-get: install QEMU (10.0 preferred)"
            )),
        };
    }
    let backports = add_backports_source();
    let apt_get = |args: &[&str]| -> Result<(), String> {
        super::run(
            Command::new("apt-get")
                .env("DEBIAN_FRONTEND", "noninteractive")
                .args(args),
        )
    };
    apt_get(&["update", "-q", "-o", "DPkg::Lock::Timeout=600"])?;
    let mut installed = false;
    match backports {
        Ok(()) => match apt_get(&["install", "-y", "-q", "-o", "DPkg::Lock::Timeout=600", "-t", "bookworm-backports", package]) {
            Ok(()) => installed = true,
            Err(e) => eprintln!("xtask: QEMU from bookworm-backports did not install ({e}); falling back to Debian's QEMU"),
        },
        Err(e) => eprintln!("xtask: {e}; falling back to Debian's QEMU"),
    }
    if !installed && found.is_none() {
        apt_get(&[
            "install",
            "-y",
            "-q",
            "-o",
            "DPkg::Lock::Timeout=600",
            package,
        ])?;
    }
    let (v, major) = qemu_version(&bin)
        .ok_or_else(|| format!("{bin} still does not run after apt-get install {package}"))?;
    if major < QEMU_PREFERRED_MAJOR {
        eprintln!("xtask: using {v}: stage 2, nested and GBPA tests will be skipped");
    }
    Ok((bin, v))
}

/// Adds an apt sources entry for bookworm-backports (main) on Debian 12, unless one exists.
fn add_backports_source() -> Result<(), String> {
    let os = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    if !os.lines().any(|l| l.trim() == "VERSION_CODENAME=bookworm") {
        return Err("not Debian 12 (bookworm): no bookworm-backports".into());
    }
    let mut existing = String::new();
    for dir in ["/etc/apt/sources.list", "/etc/apt/sources.list.d"] {
        let p = Path::new(dir);
        if p.is_file() {
            existing.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        } else if let Ok(entries) = std::fs::read_dir(p) {
            for e in entries.flatten() {
                existing.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
    }
    if existing
        .lines()
        .any(|l| !l.trim_start().starts_with('#') && l.contains("bookworm-backports"))
    {
        return Ok(());
    }
    let entry = "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n";
    std::fs::write(BACKPORTS_SOURCES, entry)
        .map_err(|e| format!("cannot write {BACKPORTS_SOURCES}: {e}"))?;
    eprintln!("xtask: added {BACKPORTS_SOURCES}");
    Ok(())
}

/// Runs `image` under QEMU (`args`, then `-kernel IMAGE`) with a deadline, echoing its output,
/// and judges the run.
fn run_qemu(qemu: &str, args: &[&str], image: &Path, timeout: Duration) -> Result<(), String> {
    let mut cmd = Command::new(qemu);
    cmd.args(args)
        .arg("-kernel")
        .arg(image)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    eprintln!("xtask: running {cmd:?} (timeout {} s)", timeout.as_secs());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {qemu}: {e}"))?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut stderr = child.stderr.take().ok_or("no stderr")?;
    let out_thread = std::thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let line = line.trim_end_matches('\r').to_string();
            println!("{line}");
            lines.push(line);
        }
        lines
    });
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("waiting for QEMU: {e}")),
        }
    };
    let lines = out_thread.join().unwrap_or_default();
    let errors = err_thread.join().unwrap_or_default();
    if !errors.trim().is_empty() {
        eprintln!("QEMU's standard error:\n{}", errors.trim_end());
    }
    let Some(status) = status else {
        return Err(format!(
            "QEMU did not finish within {} s (last output: {:?})",
            timeout.as_secs(),
            lines.last()
        ));
    };
    let failed: Vec<&String> = lines.iter().filter(|l| l.starts_with("FAIL ")).collect();
    let summary = lines.iter().rev().find_map(|l| parse_summary(l));
    if status.code().is_none() {
        #[cfg(unix)]
        let signal = std::os::unix::process::ExitStatusExt::signal(&status);
        #[cfg(not(unix))]
        let signal: Option<i32> = None;
        return Err(format!(
            "QEMU crashed (killed by signal {}): {}",
            signal.map_or_else(|| "?".into(), |s| s.to_string()),
            errors.trim()
        ));
    }
    match summary {
        None => Err(format!(
            "QEMU exited with {status} without a test summary: {}",
            errors.trim()
        )),
        Some((_, f, _)) if f > 0 || !failed.is_empty() => Err(format!(
            "{} bare-metal test(s) failed: {failed:?}",
            f.max(failed.len())
        )),
        Some(_) if !status.success() => Err(format!(
            "QEMU exited with {status} (the image exits with 0 when every test passed): {}",
            errors.trim()
        )),
        Some((0, _, _)) => Err("no bare-metal test passed".into()),
        Some(_) => Ok(()),
    }
}

/// Parses `N passed, M failed` with an optional `, K skipped`.
fn parse_summary(line: &str) -> Option<(usize, usize, usize)> {
    let mut parts = line.trim().split(", ");
    let num = |part: Option<&str>, word: &str| -> Option<usize> {
        part?.strip_suffix(word)?.trim().parse().ok()
    };
    let passed = num(parts.next(), " passed")?;
    let failed = num(parts.next(), " failed")?;
    let skipped = match parts.next() {
        Some(p) => num(Some(p), " skipped")?,
        None => 0,
    };
    parts.next().is_none().then_some((passed, failed, skipped))
}
