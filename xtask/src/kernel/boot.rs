//! Booting the kernel under QEMU with a bound on the time, and judging its console: a run passes
//! only if init finished, nothing went wrong on the way (an oops, a panic, a BUG or WARNING,
//! QEMU dying) and, when the self-test ran, the module printed `N passed, 0 failed` with N > 0.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::arch::Arch;
use super::Built;

/// Disks every boot gets, each a sparse raw image of [`DISK_MIB`] MiB that the tests overwrite.
pub const DISKS: usize = 2;
/// Size of each disk image, in MiB; the tests use the first `iommugen.blk` MiB.
pub const DISK_MIB: u64 = 64;

/// The disk images in `cache`, created (sparse) if missing.
pub fn disks(cache: &Path) -> Result<Vec<PathBuf>, String> {
    (0..DISKS)
        .map(|i| {
            let disk = cache.join(if i == 0 {
                "disk.img".to_string()
            } else {
                format!("disk{}.img", i + 1)
            });
            let f = fs::OpenOptions::new()
                .create(true)
                .write(true)
                .truncate(false)
                .open(&disk)
                .map_err(|e| format!("cannot create {}: {e}", disk.display()))?;
            f.set_len(DISK_MIB << 20)
                .map_err(|e| format!("cannot size {}: {e}", disk.display()))?;
            Ok(disk)
        })
        .collect()
}

/// QEMU's TCG threading: `multi` (one host thread per vCPU, MTTCG) if `mttcg`, else `single`
/// (all vCPUs on one host thread, in turn); `IOMMUGEN_TCG_THREAD=multi` or `single` overrides.
pub fn tcg_threads(mttcg: bool) -> &'static str {
    match std::env::var("IOMMUGEN_TCG_THREAD").as_deref() {
        Ok("single") => "single",
        Ok("multi") => "multi",
        _ if mttcg => "multi",
        _ => "single",
    }
}

/// `IOMMUGEN_ICOUNT`: the instruction-counting shift for 1-vCPU boots (see [`qemu`]).
pub fn icount_shift() -> Option<u32> {
    std::env::var("IOMMUGEN_ICOUNT")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&s| s <= 10)
}

/// The QEMU command that boots `k` on `arch`'s virt machine with its IOMMU, `smp` vCPUs
/// (multi-threaded TCG if `mttcg`, see [`tcg_threads`]), the edu device and `disks` as
/// virtio-blk disks behind the IOMMU, with `append` on the kernel command line.
///
/// `IOMMUGEN_ICOUNT=SHIFT` runs 1-vCPU boots with `-icount shift=SHIFT,sleep=off` (one TCG
/// thread): the guest's clock then advances by `2^SHIFT` ns per instruction executed and never
/// with the host's, so every time the guest measures (the benchmark's latencies, block
/// throughput) counts instructions, whatever else runs on the host.
pub fn qemu(
    arch: &Arch,
    k: &Built,
    smp: u32,
    mttcg: bool,
    append: &str,
    disks: &[PathBuf],
) -> Command {
    let mut c = Command::new(arch.qemu);
    c.args(arch.machine);
    match icount_shift() {
        Some(shift) if smp == 1 => {
            c.args(["-accel", "tcg,thread=single", "-icount"])
                .arg(format!("shift={shift},sleep=off"));
        }
        _ => {
            c.arg("-accel")
                .arg(format!("tcg,thread={}", tcg_threads(mttcg)));
        }
    }
    c.arg("-smp")
        .arg(smp.to_string())
        .args(["-m", "512", "-nographic", "-no-reboot", "-kernel"])
        .arg(k.build.join(arch.image))
        .arg("-initrd")
        .arg(&k.cpio)
        .arg("-append")
        .arg(format!(
            "console={} panic=-1 deferred_probe_timeout=0 printk.devkmsg=on {append}",
            arch.console
        ))
        .args(arch.first_devices)
        .args(["-device", "edu,dma_mask=0xffffffffffffffff"]);
    for (i, disk) in disks.iter().enumerate() {
        c.arg("-drive")
            .arg(format!(
                "file={},if=none,id=d{i},format=raw,cache=unsafe",
                disk.display()
            ))
            // iommu_platform: the device's DMA goes through the IOMMU and Linux uses the DMA
            // API for it (without it virtio bypasses both).
            .arg("-device")
            .arg(format!(
                "virtio-blk-pci,drive=d{i},iommu_platform=on,disable-legacy=on"
            ));
    }
    c
}

/// What the console showed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Verdict {
    /// The `Linux version ...` line.
    pub kernel: Option<String>,
    /// The module's summary: (passed, failed).
    pub summary: Option<(u32, u32)>,
    /// The module's lines (its `pr_info!` and `dev_info!` output), without timestamps.
    pub module_lines: Vec<String>,
    /// init's own lines (`iommugen-init: ...`), without timestamps.
    pub init_lines: Vec<String>,
    /// Init's closing line said "done".
    pub init_done: bool,
    /// Problems seen: oops, panic, BUG, WARNING, init failures.
    pub problems: Vec<String>,
}

/// Strips a printk timestamp (`[    1.234567] `).
fn strip_time(line: &str) -> &str {
    let l = line.trim_end_matches('\r');
    if let Some(rest) = l.strip_prefix('[') {
        if let Some((_, after)) = rest.split_once("] ") {
            return after;
        }
    }
    l
}

/// Reads `N passed, M failed` from the end of a line.
fn summary_of(line: &str) -> Option<(u32, u32)> {
    let (before, after) = line.split_once(" passed, ")?;
    let passed: u32 = before
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let failed: u32 = after.strip_suffix(" failed")?.parse().ok()?;
    Some((passed, failed))
}

/// Judges the console text for module `module`; `markers` are the names the module's lines
/// start with (its module name, and the device names its `dev_info!` lines carry).
pub fn judge(console: &str, module: &str, markers: &[String]) -> Verdict {
    let mut v = Verdict::default();
    for raw in console.lines() {
        let line = strip_time(raw);
        if line.starts_with("Linux version ") && v.kernel.is_none() {
            v.kernel = Some(line.to_string());
        }
        // `pr_info!` lines start `MODULE: `, `dev_info!` lines `DRIVER DEVICE: ` where the
        // module's drivers are named `MODULE` or `MODULE_SOMETHING`.
        let ours = line
            .strip_prefix(module)
            .is_some_and(|r| r.starts_with([':', ' ', '_']))
            || markers.iter().any(|m| line.contains(m.as_str()));
        if ours {
            v.module_lines.push(line.to_string());
            // The summary: the driver's, or its test module's (`MODULE_test: `).
            if line
                .strip_prefix(module)
                .is_some_and(|r| r.starts_with(':') || r.starts_with("_test:"))
            {
                if let Some(s) = summary_of(line) {
                    v.summary = Some(s);
                }
            }
        }
        if let Some(rest) = line.strip_prefix("iommugen-init: ") {
            v.init_lines.push(line.to_string());
            if rest == "done" {
                v.init_done = true;
            } else if rest.starts_with("FAILED") || rest.starts_with("error:") {
                v.problems.push(line.to_string());
            }
        }
        for bad in [
            "Kernel panic",
            "Unable to handle kernel",
            "Internal error:",
            "------------[ cut here ]",
            "BUG:",
            "rcu: INFO:",
            "Oops",
            // lockdep and the other lock checks (the debug kernel).
            "WARNING: possible",
            "WARNING: inconsistent lock state",
            "WARNING: suspicious RCU usage",
            "INFO: possible",
            "BUG: spinlock",
            "BUG: sleeping function called from invalid context",
        ] {
            if line.contains(bad) {
                v.problems.push(line.to_string());
            }
        }
    }
    v
}

impl Verdict {
    /// Ok when the run ended cleanly and, if `selftest`, every self-test check passed; gives
    /// the self-test's (passed, failed), (0, 0) without one.
    pub fn check(&self, selftest: bool) -> Result<(u32, u32), String> {
        let mut why = self.problems.clone();
        match self.summary {
            None if selftest => why.push("the module printed no `N passed, M failed` line".into()),
            Some((0, _)) if selftest => {
                why.push("the module's self-test ran no check (0 passed)".into())
            }
            Some((_, f)) if f != 0 => why.push(format!("{f} self-test check(s) failed")),
            _ => {}
        }
        if !self.init_done {
            why.push("init did not finish (no `iommugen-init: done`)".into());
        }
        if why.is_empty() {
            Ok(self.summary.unwrap_or((0, 0)))
        } else {
            Err(why.join("\n"))
        }
    }
}

/// Starts `cmd` with no input and its stdout and stderr (QEMU's console) in `log`.
pub fn spawn_logged(cmd: &mut Command, log: &Path) -> Result<Child, String> {
    let file =
        fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let err = file.try_clone().map_err(|e| e.to_string())?;
    cmd.stdin(Stdio::null())
        .stdout(file)
        .stderr(err)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", super::util::show(cmd)))
}

/// Runs `cmd` with stdout+stderr in `log`, killing it after `timeout`. Returns whether it
/// exited by itself, its exit status text and the console text.
pub fn run_with_timeout(
    cmd: &mut Command,
    log: &Path,
    timeout: Duration,
) -> Result<(bool, String, String), String> {
    let mut child = spawn_logged(cmd, log)?;
    let start = Instant::now();
    let (finished, status) = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break (true, st.to_string());
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let st = child.wait().map(|s| s.to_string()).unwrap_or_default();
            break (false, st);
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut text = String::new();
    fs::File::open(log)
        .and_then(|mut f| f.read_to_string(&mut text))
        .map_err(|e| e.to_string())?;
    // The console may hold bytes that are not UTF-8 (early serial noise): read lossily.
    if text.is_empty() {
        text = String::from_utf8_lossy(&fs::read(log).unwrap_or_default()).into_owned();
    }
    Ok((finished, status, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "\
[    0.000000] Linux version 7.3.4 (root@x) (aarch64-linux-gnu-gcc) #1 SMP
[    1.000000] iommugen_smmuv3 9050000.smmuv3: IDR0 0x0d40101a
[    1.100000] iommugen_smmuv3: check 1: probe ... ok
[    1.200000] iommugen_smmuv3: 3 passed, 0 failed
[    1.300000] iommugen-init: iommugen_smmuv3 self-test: 3 passed, 0 failed
[    1.400000] iommugen-init: done
";

    #[test]
    fn a_clean_run_passes() {
        let v = judge(GOOD, "iommugen_smmuv3", &[]);
        assert_eq!(v.summary, Some((3, 0)));
        assert!(v
            .kernel
            .as_deref()
            .unwrap()
            .starts_with("Linux version 7.3.4"));
        assert_eq!(v.module_lines.len(), 3);
        assert_eq!(v.check(true), Ok((3, 0)));
    }

    #[test]
    fn failures_oopses_and_missing_lines_fail() {
        let failed = GOOD.replace(
            "3 passed, 0 failed\n[    1.300000]",
            "2 passed, 1 failed\n[    1.300000]",
        );
        assert!(judge(&failed, "iommugen_smmuv3", &[])
            .check(true)
            .unwrap_err()
            .contains("1 self-test check(s) failed"));
        let oops = format!("{GOOD}[    2.0] Unable to handle kernel NULL pointer dereference\n");
        assert!(judge(&oops, "iommugen_smmuv3", &[]).check(true).is_err());
        let none = "iommugen-init: done\n";
        assert!(judge(none, "iommugen_smmuv3", &[])
            .check(true)
            .unwrap_err()
            .contains("no `N passed"));
        assert_eq!(judge(none, "iommugen_smmuv3", &[]).check(false), Ok((0, 0)));
        let zero = "iommugen_smmuv3: 0 passed, 0 failed\niommugen-init: done\n";
        assert!(judge(zero, "iommugen_smmuv3", &[]).check(true).is_err());
        // init's echo of the summary is not the module's own line.
        let echo_only =
            "iommugen-init: iommugen_smmuv3 self-test: 3 passed, 0 failed\niommugen-init: done\n";
        assert!(judge(echo_only, "iommugen_smmuv3", &[])
            .check(true)
            .is_err());
    }

    #[test]
    fn summaries_parse() {
        assert_eq!(
            summary_of("iommugen_smmuv3: 12 passed, 0 failed"),
            Some((12, 0))
        );
        assert_eq!(summary_of("x: 1 passed, 2 failed"), Some((1, 2)));
        assert_eq!(summary_of("passed, failed"), None);
    }
}
