//! Translated blocks entered per call, Linux's C driver against the module: what QEMU's time
//! per DMA mapping depends on beyond the guest's instructions (`cargo xtask blocks [BOOTS]`).
//!
//! Under TCG a guest block is entered through `helper_lookup_tb_ptr` or QEMU's main loop, not
//! by a direct jump, after a return, an indirect branch, a branch to another guest page, or an
//! instruction that ends a block (a write of DAIF, say). QEMU's `-d exec` log has a line for
//! each such entry. Each boot (1 vCPU, lazy, the main kernel with `nokaslr`) runs
//! `dma_map_benchmark` with 1 thread and 1 page for [`BENCH_SECS`] s; once the edu device is
//! bound to it and the run has started, the QEMU monitor's `log exec` turns the log on for
//! [`LOG_SECS`] s, then `log none`. Each line's guest address is named from the kernel's
//! `System.map` (addresses below the kernel's text, the modules' area, count as `[module]`),
//! and the iterations are the entries counted in `iommu_map` on the CPU that ran the
//! benchmark: one per `dma_map_single` for both drivers (the return from `iommu_map_nosync`).
//! The table gives, per driver, the median over the boots of the entries per iteration, in
//! total and for the symbols that differ most.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use super::arch::ARM64;
use super::boot;
use super::compare::median;
use super::util::show;
use super::{Built, Kernel, Paths, BOOT_TIMEOUT_SECS};

/// Seconds of each `dma_map_benchmark` run (the logged one is the first).
pub const BENCH_SECS: u32 = 8;
/// Seconds the exec log is on.
pub const LOG_SECS: u64 = 1;
/// Iterations a logged second must hold for its figures to mean something.
const MIN_ITERATIONS: u64 = 500;
/// Symbols listed beside the totals.
const ROWS: usize = 24;

/// Where the module area ends and the kernel's text begins: guest addresses of kernel space
/// below the kernel's `_text` are the modules' (and the exec log names no other).
const KERNEL_SPACE: u64 = 0xffff_0000_0000_0000;

/// Kernel text symbols by address.
struct Symbols {
    sorted: Vec<(u64, String)>,
    text: u64,
}

impl Symbols {
    /// The text symbols (`t`, `T`, `w`, `W`) of a `System.map`.
    fn parse(map: &str) -> Symbols {
        let mut sorted: Vec<(u64, String)> = map
            .lines()
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                let addr = u64::from_str_radix(it.next()?, 16).ok()?;
                let kind = it.next()?;
                let name = it.next()?;
                matches!(kind, "t" | "T" | "w" | "W").then(|| (addr, name.to_string()))
            })
            .collect();
        sorted.sort();
        let text = sorted
            .iter()
            .find(|(_, n)| n == "_text")
            .or_else(|| sorted.first())
            .map_or(u64::MAX, |(a, _)| *a);
        Symbols { sorted, text }
    }

    /// The name a guest address counts under.
    fn name(&self, pc: u64) -> &str {
        if pc < KERNEL_SPACE {
            return "[user]";
        }
        if pc < self.text {
            return "[module]";
        }
        match self.sorted.partition_point(|(a, _)| *a <= pc) {
            0 => "[unknown]",
            i => &self.sorted[i - 1].1,
        }
    }
}

/// The vCPU and guest address of one `-d exec` line (`Trace 0: 0x7f.. [00005001/ffff8000../..`).
fn exec_line(line: &str) -> Option<(u32, u64)> {
    let rest = line.strip_prefix("Trace ")?;
    let (cpu, rest) = rest.split_once(':')?;
    let fields = rest.split_once('[')?.1;
    let pc = fields.split('/').nth(1)?;
    Some((cpu.trim().parse().ok()?, u64::from_str_radix(pc, 16).ok()?))
}

/// One boot's count: the benchmark's iterations and the entries per symbol on its vCPU.
#[derive(Debug, Default, PartialEq)]
struct Count {
    iterations: u64,
    per_symbol: HashMap<String, u64>,
}

impl Count {
    fn total(&self) -> u64 {
        self.per_symbol.values().sum()
    }

    /// Entries per iteration of `symbol`, or of everything with `None`.
    fn per_iteration(&self, symbol: Option<&str>) -> f64 {
        let n = match symbol {
            Some(s) => self.per_symbol.get(s).copied().unwrap_or(0),
            None => self.total(),
        };
        n as f64 / self.iterations.max(1) as f64
    }
}

/// Counts an exec log: per vCPU and symbol, then the vCPU with the most `iommu_map` entries.
fn count(log: impl BufRead, symbols: &Symbols) -> Result<Count, String> {
    let mut per_cpu: BTreeMap<u32, HashMap<String, u64>> = BTreeMap::new();
    for line in log.split(b'\n') {
        let line = line.map_err(|e| format!("reading the exec log: {e}"))?;
        let Some((cpu, pc)) = std::str::from_utf8(&line).ok().and_then(exec_line) else {
            continue;
        };
        *per_cpu
            .entry(cpu)
            .or_default()
            .entry(symbols.name(pc).to_string())
            .or_default() += 1;
    }
    let maps = |m: &HashMap<String, u64>| m.get("iommu_map").copied().unwrap_or(0);
    let (_, per_symbol) = per_cpu
        .into_iter()
        .max_by_key(|(_, m)| maps(m))
        .ok_or("the exec log has no `Trace` line")?;
    let iterations = maps(&per_symbol);
    if iterations < MIN_ITERATIONS {
        return Err(format!(
            "the exec log holds {iterations} benchmark iterations (entries in `iommu_map`), \
             fewer than {MIN_ITERATIONS}"
        ));
    }
    Ok(Count {
        iterations,
        per_symbol,
    })
}

/// The table: totals per boot and their median, then the symbols whose medians differ most.
fn table(c: &[Count], ours: &[Count]) -> String {
    let mut s = String::new();
    let boots = |v: &[Count]| {
        v.iter()
            .map(|b| format!("{:.1}", b.per_iteration(None)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let med = |v: &[Count], sym: Option<&str>| {
        median(&v.iter().map(|b| b.per_iteration(sym)).collect::<Vec<_>>()).unwrap_or(0.0)
    };
    let _ = writeln!(
        s,
        "| blocks entered per iteration (1 vCPU, lazy, 1 thread, 1 page) | Linux C arm-smmu-v3 | iommugen |"
    );
    let _ = writeln!(s, "| --- | --- | --- |");
    let _ = writeln!(s, "| every boot | {} | {} |", boots(c), boots(ours));
    let _ = writeln!(
        s,
        "| median | {:.1} | {:.1} |",
        med(c, None),
        med(ours, None)
    );
    let mut names: Vec<&str> = c
        .iter()
        .chain(ours)
        .flat_map(|b| b.per_symbol.keys().map(String::as_str))
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut diffs: Vec<(f64, &str, f64, f64)> = names
        .into_iter()
        .map(|n| {
            let (a, b) = (med(c, Some(n)), med(ours, Some(n)));
            ((b - a).abs(), n, a, b)
        })
        .filter(|(d, ..)| *d >= 0.05)
        .collect();
    diffs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
    let _ = writeln!(
        s,
        "\n| symbol (median entries per iteration) | Linux C arm-smmu-v3 | iommugen |\n| --- | --- | --- |"
    );
    for (_, n, a, b) in diffs.into_iter().take(ROWS) {
        let _ = writeln!(s, "| `{n}` | {a:.1} | {b:.1} |");
    }
    s
}

/// Waits until `log` holds `text`, or `secs` pass or the child exits.
fn wait_for(child: &mut Child, log: &Path, text: &str, secs: u64) -> Result<(), String> {
    let start = Instant::now();
    loop {
        let mut console = Vec::new();
        if let Ok(mut f) = fs::File::open(log) {
            let _ = f.read_to_end(&mut console);
        }
        if String::from_utf8_lossy(&console).contains(text) {
            return Ok(());
        }
        if let Ok(Some(st)) = child.try_wait() {
            return Err(format!(
                "QEMU exited ({st}) before `{text}` ({})",
                log.display()
            ));
        }
        if start.elapsed() > Duration::from_secs(secs) {
            return Err(format!("no `{text}` within {secs} s ({})", log.display()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// One monitor command through the unix socket at `sock`.
fn monitor(sock: &Path, command: &str) -> Result<(), String> {
    let mut s = UnixStream::connect(sock)
        .map_err(|e| format!("cannot reach QEMU's monitor at {}: {e}", sock.display()))?;
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .map_err(|e| e.to_string())?;
    // The monitor greets first; then the command, and its prompt back.
    let mut greeting = [0u8; 512];
    let _ = s.read(&mut greeting);
    s.write_all(format!("{command}\n").as_bytes())
        .map_err(|e| format!("monitor `{command}`: {e}"))?;
    let _ = s.read(&mut greeting);
    Ok(())
}

/// One boot (kernel command line `append`, logs named `name`) with the exec log on during the 1-thread, 1-page run; its count.
fn boot_once(
    p: &Paths,
    k: &Built,
    append: &str,
    name: &str,
    symbols: &Symbols,
) -> Result<Count, String> {
    let disks = boot::disks(&p.cache)?;
    let console = p.logs.join(format!("{name}.log"));
    let exec = p.logs.join(format!("{name}.exec"));
    let sock = p.logs.join(format!("{name}.monitor"));
    let _ = fs::remove_file(&sock);
    let mut c = boot::qemu(&ARM64, k, 1, true, append, &disks);
    c.arg("-monitor")
        .arg(format!("unix:{},server,nowait", sock.display()))
        .arg("-D")
        .arg(&exec);
    eprintln!(
        "xtask blocks: {name}: $ {} (console: {})",
        show(&c),
        console.display()
    );
    let mut child = boot::spawn_logged(&mut c, &console)?;
    let logged = (|| {
        wait_for(
            &mut child,
            &console,
            "bound to dma_map_benchmark",
            BOOT_TIMEOUT_SECS,
        )?;
        // The first run (1 thread, 1 page) starts right after: log a second of its middle.
        std::thread::sleep(Duration::from_secs(3));
        monitor(&sock, "log exec")?;
        std::thread::sleep(Duration::from_secs(LOG_SECS));
        monitor(&sock, "log none")?;
        wait_for(
            &mut child,
            &console,
            "bench: threads=1 pages=1 ",
            u64::from(BENCH_SECS) + 30,
        )
    })();
    let _ = child.kill();
    let _ = child.wait();
    let _ = fs::remove_file(&sock);
    logged?;
    let f = fs::File::open(&exec).map_err(|e| format!("cannot read {}: {e}", exec.display()))?;
    let r = count(BufReader::new(f), symbols);
    // Tens of megabytes a second: the figures are what is kept.
    let _ = fs::remove_file(&exec);
    r.map_err(|e| format!("{name}: {e}"))
}

/// `boots` boots of each driver, alternating, and the table (also in `blocks.md`).
pub fn run(p: &Paths, built: &[(Kernel, Built)], boots: usize) -> Result<(), String> {
    let Some((_, k)) = built.iter().find(|(k, _)| *k == Kernel::Main) else {
        return Err("counting blocks needs the main kernel".into());
    };
    let Some(module) = k.module.as_deref() else {
        return Err("counting blocks needs the main kernel's generated module".into());
    };
    let map = fs::read_to_string(k.build.join("System.map"))
        .map_err(|e| format!("cannot read the kernel's System.map: {e}"))?;
    let symbols = Symbols::parse(&map);
    let common = format!(
        "iommu.passthrough=0 iommu.strict=0 iommugen.bench={BENCH_SECS} iommugen.keep=1 nokaslr"
    );
    let (mut c, mut ours) = (Vec::new(), Vec::new());
    for b in 1..=boots {
        let linux = format!("iommugen.skip={module} {common}");
        c.push(boot_once(
            p,
            k,
            &linux,
            &format!("blocks-linux-{b}"),
            &symbols,
        )?);
        let mine = format!("{} {common}", super::compare::OURS);
        ours.push(boot_once(
            p,
            k,
            &mine,
            &format!("blocks-ours-{b}"),
            &symbols,
        )?);
    }
    let t = table(&c, &ours);
    let out = p.cache.join("blocks.md");
    fs::write(&out, &t).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("{t}");
    eprintln!("xtask blocks: table written to {}", out.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = "\
ffff800080000000 T _text
ffff800080010000 T iommu_map
ffff800080010100 t iommu_map_nosync
ffff800080020000 T memset
ffff800080030000 D some_data
";

    #[test]
    fn addresses_name_their_symbol_the_module_area_or_user_space() {
        let s = Symbols::parse(MAP);
        assert_eq!(s.name(0xffff_8000_8001_0000), "iommu_map");
        assert_eq!(s.name(0xffff_8000_8001_00ff), "iommu_map");
        assert_eq!(s.name(0xffff_8000_8001_0104), "iommu_map_nosync");
        // Data symbols name no code: the last text symbol before it does.
        assert_eq!(s.name(0xffff_8000_8003_0004), "memset");
        assert_eq!(s.name(0xffff_8000_785c_0000), "[module]");
        assert_eq!(s.name(0x0000_aaaa_0000_1000), "[user]");
    }

    #[test]
    fn exec_lines_give_their_vcpu_and_guest_address() {
        assert_eq!(
            exec_line("Trace 1: 0x7f30d000dcc0 [00005001/ffff800080271f54/00000021/ff028000] "),
            Some((1, 0xffff_8000_8027_1f54))
        );
        assert_eq!(
            exec_line("cpu_io_recompile: rewound execution of TB to ..."),
            None
        );
        assert_eq!(exec_line("Trace x: 0x1 [0/zz/0/0]"), None);
    }

    /// `n` iterations of map (two entries in `iommu_map`'s callee, one in `iommu_map`) on vCPU
    /// 1, and noise on vCPU 0.
    fn log(n: u64) -> String {
        let mut s = String::new();
        for _ in 0..n {
            s += "Trace 1: 0x1 [00005001/ffff800080010100/00000021/ff028000] \n";
            s += "Trace 1: 0x2 [00005001/ffff800080010104/00000021/ff028000] \n";
            s += "Trace 1: 0x3 [00005001/ffff800080010008/00000021/ff028000] iommu_map\n";
            s += "Trace 0: 0x4 [00005001/ffff800080020000/00000021/ff028000] \n";
        }
        s += "Trace 0: 0x4 [00005001/ffff800080020000/00000021/ff028000] \n";
        s
    }

    #[test]
    fn counts_are_per_iteration_on_the_benchmarks_vcpu() {
        let s = Symbols::parse(MAP);
        let c = count(log(1000).as_bytes(), &s).unwrap();
        assert_eq!(c.iterations, 1000);
        assert_eq!(c.total(), 3000);
        assert_eq!(c.per_iteration(None), 3.0);
        assert_eq!(c.per_iteration(Some("iommu_map_nosync")), 2.0);
        assert_eq!(c.per_iteration(Some("memset")), 0.0);
        let err = count(log(10).as_bytes(), &s).unwrap_err();
        assert!(err.contains("10 benchmark iterations"), "{err}");
        assert!(count(&b""[..], &s).is_err());
    }

    #[test]
    fn the_table_has_both_drivers_medians_and_the_symbols_that_differ() {
        let s = Symbols::parse(MAP);
        let a = count(log(1000).as_bytes(), &s).unwrap();
        let mut b = count(log(1000).as_bytes(), &s).unwrap();
        b.per_symbol.insert("[module]".into(), 500);
        let t = table(&[a], &[b]);
        assert!(t.contains("| median | 3.0 | 3.5 |"), "{t}");
        assert!(t.contains("| `[module]` | 0.0 | 0.5 |"), "{t}");
        assert!(!t.contains("`iommu_map_nosync`"), "{t}");
    }
}
