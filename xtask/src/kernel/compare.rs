//! The module side by side with Linux's own C driver (`drivers/iommu/arm/arm-smmu-v3`), on the
//! very same kernel: the main kernel has the C driver built in, and the module's boots keep it
//! from registering (`initcall_blacklist=arm_smmu_driver_init`, [`OURS`]), while the
//! C driver's boots use the same initramfs without loading the module (`iommugen.skip`).
//!
//! Each round boots every configuration (vCPUs, strict or lazy invalidation) once with each
//! driver, C first, then ours, so both see the same machine load; the table gives the median of
//! every figure over the rounds and the ratio, oriented so that 1.0 or more means ours is at
//! least as good (throughput: ours / C; latency: C / ours). Workloads, all from init
//! (`xtask/kernel/init.c`): virtio-blk O_DIRECT write and read-back of 32 MiB with 1 process,
//! with 4 at once, and with 2 at once on each of two disks (best of 5 rounds each), and beside
//! each its guest instructions per MiB, counted by a QEMU plugin ([`insns`]); Linux's
//! `dma_map_benchmark` tool on the edu device for 1, 2 and 4 threads and 1, 16 and 256 pages
//! per mapping (map and unmap latency, and the map+unmap pairs per second they imply for all
//! threads), and beside them, from the plugin, the guest instructions per map and per unmap
//! call and the pairs per second counted. The modules stay loaded (`iommugen.keep=1`):
//! power-off runs each driver's shutdown with live devices.
//!
//! Each row also gives the range of its rounds' ratios (C and ours boot one after the other)
//! and how many are at or above 1.0, and the table ends with the rows under 1.0, each with
//! whether ours was behind in every round or only in some (then the sitting cannot tell the
//! drivers apart in that row's time) and the ratio of the instruction count of the same work.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::time::Duration;

use super::arch::ARM64;
use super::boot;
use super::insns;
use super::util::{self, show};
use super::{Built, Kernel, Paths, BOOT_TIMEOUT_SECS};

/// Kernel command-line words of the module's boots: Linux's arm-smmu-v3, built in, does not
/// register.
pub(crate) const OURS: &str = match ARM64.generated {
    Some(g) => g.c_off,
    None => "",
};

/// How much to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// 1 and 4 vCPUs, strict and lazy, 2 s per benchmark run (`cargo xtask compare`).
    Full,
    /// 1 vCPU, strict and lazy, 1 s per benchmark run (`cargo xtask kernel`, CI).
    Short,
    /// This many vCPUs only, strict and lazy, 2 s per benchmark run (`cargo xtask compare
    /// --smp N`).
    Vcpus(u32),
}

/// One machine configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Setup {
    smp: u32,
    strict: bool,
}

impl Setup {
    fn title(self) -> String {
        format!(
            "{} vCPU{}, {}",
            self.smp,
            if self.smp == 1 { "" } else { "s" },
            if self.strict { "strict" } else { "lazy" }
        )
    }
}

/// The two drivers, in the order each round boots them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Driver {
    Linux,
    Ours,
}

const DRIVERS: [Driver; 2] = [Driver::Linux, Driver::Ours];

/// One figure of a boot: its row and whether more is better.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Metric {
    /// Sorts the rows: block I/O first, then the benchmark by threads and pages.
    order: (u32, u32, u32),
    name: String,
    higher_is_better: bool,
    /// The `order` of the row that counts the guest instructions of the same work (a time row
    /// whose sitting cannot tell the drivers apart is read beside it).
    instructions: Option<(u32, u32, u32)>,
}

/// Every figure of one boot's console.
fn figures(console: &str) -> Vec<(Metric, f64)> {
    let mut out = Vec::new();
    for line in console.lines() {
        let Some(at) = line.find("iommugen-init: ") else {
            continue;
        };
        let text = &line[at + "iommugen-init: ".len()..];
        if let Some((what, w, r)) = blk_line(text) {
            let (order, label) = blk_label(what);
            for (k, dir, v) in [(0, "write", w), (1, "read", r)] {
                out.push((
                    Metric {
                        order: (order, k, 0),
                        name: format!("{label}: {dir} MiB/s"),
                        higher_is_better: true,
                        instructions: Some((order, k, 1)),
                    },
                    v,
                ));
            }
        } else if let Some((t, g, map, unmap)) = bench_line(text) {
            for (k, what, v) in [(0, "map", map), (2, "unmap", unmap)] {
                out.push((
                    Metric {
                        order: (10 + t, g, k),
                        name: format!(
                            "dma_map_benchmark, {t} thread(s), {g} page(s): {what} latency us"
                        ),
                        higher_is_better: false,
                        instructions: Some((10 + t, g, k + 1)),
                    },
                    v,
                ));
            }
            if map + unmap > 0.0 {
                out.push((
                    Metric {
                        order: (10 + t, g, 4),
                        name: format!(
                            "dma_map_benchmark, {t} thread(s), {g} page(s): map+unmap pairs \
                             per s (from the latencies)"
                        ),
                        higher_is_better: true,
                        instructions: Some((10 + t, g, 6)),
                    },
                    pairs_per_second(t, map, unmap),
                ));
            }
        }
    }
    out
}

/// The row order and name of init's block workload `what` (`blk` or `blk JxD`).
fn blk_label(what: &str) -> (u32, String) {
    match what {
        "blk" => (0, "virtio-blk 32 MiB O_DIRECT, 1 process".to_string()),
        other => {
            let (j, d) = other
                .strip_prefix("blk ")
                .and_then(|jd| jd.split_once('x'))
                .unwrap_or(("?", "?"));
            let order = if d == "1" { 1 } else { 2 };
            (
                order,
                format!("virtio-blk O_DIRECT, {j} processes on each of {d} disk(s)"),
            )
        }
    }
}

/// The rows of the guest instructions per MiB of each block workload (`insns::per_mib`), each
/// right below the workload's throughput.
fn insns_figures(per_mib: BTreeMap<insns::Phase, f64>) -> Vec<(Metric, f64)> {
    per_mib
        .into_iter()
        .map(|((what, writing), v)| {
            let (order, label) = blk_label(&what);
            let (k, dir) = if writing { (0, "write") } else { (1, "read") };
            (
                Metric {
                    order: (order, k, 1),
                    name: format!("{label}: {dir}, guest instructions per MiB"),
                    higher_is_better: false,
                    instructions: None,
                },
                v,
            )
        })
        .collect()
}

/// The rows of the benchmark runs' guest instructions per map and per unmap call, each right
/// below its latency, the map+unmap pairs per second the plugin counted, and the instructions
/// of a map and an unmap together (what the pairs per second are read beside).
fn bench_insns_figures(bench: BTreeMap<(u32, u32), insns::BenchCalls>) -> Vec<(Metric, f64)> {
    let mut out = Vec::new();
    for ((t, g), c) in bench {
        let row = |k, what: &str, higher_is_better| Metric {
            order: (10 + t, g, k),
            name: format!("dma_map_benchmark, {t} thread(s), {g} page(s): {what}"),
            higher_is_better,
            instructions: None,
        };
        out.push((row(1, "map, guest instructions per call", false), c.map));
        out.push((row(3, "unmap, guest instructions per call", false), c.unmap));
        out.push((
            Metric {
                instructions: Some((10 + t, g, 6)),
                ..row(5, "map+unmap pairs per s (counted)", true)
            },
            c.maps_per_s,
        ));
        out.push((
            row(6, "map+unmap, guest instructions per pair", false),
            c.map + c.unmap,
        ));
    }
    out
}

/// `WHAT: throughput (best of N): write X MiB/s, read Y MiB/s` of init.
fn blk_line(text: &str) -> Option<(&str, f64, f64)> {
    let (what, rest) = text.split_once(": throughput (")?;
    let num = |key: &str| -> Option<f64> {
        let at = rest.find(key)? + key.len();
        rest[at..].trim_start().split(' ').next()?.parse().ok()
    };
    Some((what, num("write")?, num("read")?))
}

/// `bench: threads=T pages=G map_us=X map_sd=.. unmap_us=Y unmap_sd=..` of init.
fn bench_line(text: &str) -> Option<(u32, u32, f64, f64)> {
    let rest = text.strip_prefix("bench: threads=")?;
    let field = |key: &str| -> Option<&str> {
        let at = rest.find(key)? + key.len();
        rest[at..].split(' ').next()
    };
    let t = rest.split(' ').next()?.parse().ok()?;
    Some((
        t,
        field("pages=")?.parse().ok()?,
        field("map_us=")?.parse().ok()?,
        field("unmap_us=")?.parse().ok()?,
    ))
}

/// The map+unmap pairs per second that `threads` threads, each mapping in `map_us` and
/// unmapping in `unmap_us` on average, complete: the benchmark reports latencies only (its
/// count of operations stays in the kernel), and its untimed work between calls (a `memset` of
/// the buffer) is left out, so the figure is an upper bound whose ratio between the drivers is
/// that of their map+unmap times.
fn pairs_per_second(threads: u32, map_us: f64, unmap_us: f64) -> f64 {
    f64::from(threads) * 1e6 / (map_us + unmap_us)
}

/// The median of `v` (the mean of the middle two for an even count).
pub(super) fn median(v: &[f64]) -> Option<f64> {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(s[n / 2]),
        _ => Some((s[n / 2 - 1] + s[n / 2]) / 2.0),
    }
}

/// The kernel command line of one boot.
fn append(driver: Driver, setup: Setup, module: &str, plan: Plan, insns: bool) -> String {
    let secs = match plan {
        Plan::Full | Plan::Vcpus(_) => 2,
        Plan::Short => 1,
    };
    let common = format!(
        "iommu.passthrough=0 iommu.strict={} iommugen.blk=32 iommugen.rounds=5 \
         iommugen.par=4x1,2x2 iommugen.bench={secs} iommugen.keep=1{}",
        u8::from(setup.strict),
        if insns { " iommugen.insns=1" } else { "" }
    );
    match driver {
        Driver::Linux => format!("iommugen.skip={module} {common}"),
        Driver::Ours => format!("{OURS} {common}"),
    }
}

/// What a boot's console must show beyond a clean run: the driver that served the devices,
/// intact data, and no wait for a command the disabled SMMU never completes.
fn check(console: &str, driver: Driver, module: &str) -> Result<(), String> {
    let v = boot::judge(console, module, &[]);
    v.check(false)?;
    let mut why = Vec::new();
    let need = |t: &str, why: &mut Vec<String>| {
        if !console.contains(t) {
            why.push(format!("no console line shows `{t}`"));
        }
    };
    need("data intact", &mut why);
    need("bench: threads=", &mut why);
    match driver {
        Driver::Linux => {
            need("arm-smmu-v3 9050000.smmuv3: ", &mut why);
            if console.contains(&format!("iommugen-init: loading {module} (")) {
                why.push(format!("{module} was loaded in a boot of the C driver"));
            }
        }
        Driver::Ours => {
            need("registered with the IOMMU core", &mut why);
            need("shutdown: translation disabled", &mut why);
        }
    }
    for bad in ["DATA CORRUPTED", "timed out", "deferred probe timeout"] {
        if let Some(l) = console.lines().find(|l| l.contains(bad)) {
            why.push(format!("a console line shows `{bad}`: {}", l.trim()));
        }
    }
    if why.is_empty() {
        Ok(())
    } else {
        Err(why.join("\n"))
    }
}

/// Boots both drivers `rounds` times on the main kernel and prints the table.
pub fn run(p: &Paths, built: &[(Kernel, Built)], rounds: usize, plan: Plan) -> Result<(), String> {
    let Some((_, k)) = built.iter().find(|(k, _)| *k == Kernel::Main) else {
        return Err("the comparison needs the main kernel".into());
    };
    let Some(module) = k.module.as_deref() else {
        return Err("the comparison needs the main kernel's generated module".into());
    };
    let cpus: &[u32] = match plan {
        Plan::Full => &[1, 4],
        Plan::Short => &[1],
        Plan::Vcpus(ref n) => core::slice::from_ref(n),
    };
    let setups: Vec<Setup> = cpus
        .iter()
        .flat_map(|&smp| [true, false].map(|strict| Setup { smp, strict }))
        .collect();
    let disks = boot::disks(&p.cache)?;
    // 4 MTTCG vCPUs on the 2-core machine make parallel I/O crawl (see docs/comparison.md):
    // those boots get a longer bound.
    let timeout = |smp: u32| {
        Duration::from_secs(if smp > 1 {
            4 * BOOT_TIMEOUT_SECS
        } else {
            BOOT_TIMEOUT_SECS
        })
    };
    let mut samples: BTreeMap<(Setup, Metric), [Vec<f64>; 2]> = BTreeMap::new();
    // Boots (per driver) whose console shows the C driver's `CMD_SYNC timeout`: a finding
    // about that driver (a wait on the disabled SMMU at power-off), reported, not a failure.
    let mut sync_timeouts: [Vec<String>; 2] = Default::default();
    // Unless IOMMUGEN_INSNS=0: the QEMU plugin counting the block phases' guest instructions.
    let plugin = if insns::enabled() {
        let map = k.build.join("System.map");
        let system_map =
            fs::read_to_string(&map).map_err(|e| format!("cannot read {}: {e}", map.display()))?;
        let spans = insns::spans(&system_map).map_err(|e| format!("{}: {e}", map.display()))?;
        Some((insns::build(p)?, spans))
    } else {
        None
    };
    let release =
        fs::read_to_string(k.build.join("include/config/kernel.release")).unwrap_or_default();
    eprintln!(
        "xtask compare: Linux {} with arm-smmu-v3 built in, vs {module}: {rounds} round(s) of {} boots",
        release.trim(),
        setups.len() * 2
    );
    for round in 1..=rounds {
        for &setup in &setups {
            for (d, &driver) in DRIVERS.iter().enumerate() {
                let mut c = boot::qemu(
                    &ARM64,
                    k,
                    setup.smp,
                    true,
                    &append(driver, setup, module, plan, plugin.is_some()),
                    &disks,
                );
                let who = match driver {
                    Driver::Linux => "linux",
                    Driver::Ours => "ours",
                };
                let log = p.logs.join(format!(
                    "compare-{who}-smp{}-{}-{round}.log",
                    setup.smp,
                    if setup.strict { "strict" } else { "lazy" }
                ));
                let marks = log.with_extension("insns");
                if let Some((so, spans)) = &plugin {
                    c.args(insns::qemu_args(so, &marks, spans));
                }
                eprintln!(
                    "xtask compare: round {round}/{rounds}, {}, {who}: $ {} (console: {})",
                    setup.title(),
                    show(&c),
                    log.display()
                );
                let (finished, status, console) =
                    boot::run_with_timeout(&mut c, &log, timeout(setup.smp))?;
                let fail = |e: String| {
                    format!(
                        "compare: {who}, {}, round {round}: {e}\nthe last console lines ({}):\n{}",
                        setup.title(),
                        log.display(),
                        util::tail(&console, 30)
                    )
                };
                if !finished || !status.contains("exit status: 0") {
                    return Err(fail(format!("QEMU did not finish cleanly ({status})")));
                }
                check(&console, driver, module).map_err(fail)?;
                let mut figures = figures(&console);
                if plugin.is_some() {
                    let counted = fs::read_to_string(&marks)
                        .map_err(|e| format!("cannot read {}: {e}", marks.display()))
                        .and_then(|m| insns::count(&console, &m))
                        .map_err(fail)?;
                    figures.extend(insns_figures(counted.per_mib));
                    figures.extend(bench_insns_figures(counted.bench));
                }
                for (m, v) in figures {
                    samples.entry((setup, m)).or_default()[d].push(v);
                }
                if console.contains("CMD_SYNC timeout") {
                    sync_timeouts[d].push(format!("{}, round {round}", setup.title()));
                }
            }
        }
    }
    let mut table = render(&samples, rounds);
    if plugin.is_some() {
        let _ = writeln!(
            table,
            "\nGuest instructions per MiB: what every vCPU executed from the start of a \
             block-I/O phase to its end, counted by the QEMU plugin of `xtask/insns` \
             (`IOMMUGEN_INSNS=0` leaves it out), the fewest of the boot's rounds; the plugin's counting \
             slows QEMU, the same for both drivers. Guest instructions per call: the mean over a \
             benchmark run of the instructions each `dma_map_single` and `dma_unmap_single` call \
             of the benchmark's threads executed (interrupts taken inside it included), on \
             whichever vCPU; the pairs per second counted are its map calls over its seconds."
        );
    }
    for (d, boots) in sync_timeouts.iter().enumerate() {
        if !boots.is_empty() {
            let who = match DRIVERS[d] {
                Driver::Linux => "Linux's C driver",
                Driver::Ours => "iommugen",
            };
            let _ = writeln!(
                table,
                "\n{who} logged `CMD_SYNC timeout` in {} boot(s) ({}).",
                boots.len(),
                boots.join("; ")
            );
        }
    }
    println!("{table}");
    let out = p.cache.join("compare.md");
    fs::write(&out, &table).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!("xtask compare: the table is also in {}", out.display());
    Ok(())
}

/// A ratio with two decimals, or three where two would round a ratio under 1.0 up to `1.00`
/// (ours a little worse must not read as parity).
fn shown(ratio: f64) -> String {
    let two = format!("{ratio:.2}");
    if ratio < 1.0 && two == "1.00" {
        format!("{ratio:.3}")
    } else {
        two
    }
}

/// One row of the comparison: the medians, their ratio and the ratio of each round.
struct Row<'a> {
    setup: Setup,
    metric: &'a Metric,
    c: f64,
    ours: f64,
    ratio: f64,
    rounds: Vec<f64>,
}

/// The comparison as Markdown: one table per setup, medians and the ratio of every figure and
/// the ratios of the rounds, then the rows under 1.0, each beside the instruction count of the
/// same work.
fn render(samples: &BTreeMap<(Setup, Metric), [Vec<f64>; 2]>, rounds: usize) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Medians of {rounds} interleaved round(s) (C, ours, C, ours, ...); ratio: ours / C for \
         throughput, C / ours for latency and instructions (1.0 or more: ours at least as \
         good); ratio per round: the range of the ratios of each round's two boots (C, then \
         ours) and how many are at or above 1.0."
    );
    let mut rows = Vec::new();
    for ((setup, m), [c, ours]) in samples {
        let (Some(mc), Some(mo)) = (median(c), median(ours)) else {
            continue;
        };
        let oriented = |c: f64, o: f64| if m.higher_is_better { o / c } else { c / o };
        rows.push(Row {
            setup: *setup,
            metric: m,
            c: mc,
            ours: mo,
            ratio: oriented(mc, mo),
            rounds: if c.len() == ours.len() {
                c.iter().zip(ours).map(|(&c, &o)| oriented(c, o)).collect()
            } else {
                Vec::new()
            },
        });
    }
    let mut current = None;
    for r in &rows {
        if current != Some(r.setup) {
            current = Some(r.setup);
            let _ = writeln!(s, "\n### {}\n", r.setup.title());
            let _ = writeln!(
                s,
                "| workload | Linux C arm-smmu-v3 | iommugen | ratio | ratio per round |"
            );
            let _ = writeln!(s, "| --- | --- | --- | --- | --- |");
        }
        let _ = writeln!(
            s,
            "| {} | {:.1} | {:.1} | {} | {} |",
            r.metric.name,
            r.c,
            r.ours,
            shown(r.ratio),
            per_round(&r.rounds)
        );
    }
    let under: Vec<&Row> = rows.iter().filter(|r| r.ratio < 1.0).collect();
    let _ = writeln!(
        s,
        "\nUnder 1.0: {} of {} rows{}",
        under.len(),
        rows.len(),
        if under.is_empty() { "." } else { ":" }
    );
    for r in under {
        let spread = if r.rounds.iter().any(|&x| x >= 1.0) {
            "ours ahead in some rounds and behind in others: within this sitting's noise"
        } else {
            "behind in every round"
        };
        let mut line = format!(
            "- {}, {}: {} ({}; {spread})",
            r.setup.title(),
            r.metric.name,
            shown(r.ratio),
            per_round(&r.rounds)
        );
        let same_work = r.metric.instructions.and_then(|o| {
            rows.iter()
                .find(|x| x.setup == r.setup && x.metric.order == o)
        });
        if let Some(i) = same_work {
            let _ = write!(
                line,
                "; the same work in guest instructions: {} ({})",
                shown(i.ratio),
                per_round(&i.rounds)
            );
        }
        let _ = writeln!(s, "{line}");
    }
    s
}

/// The range of the rounds' ratios (each round's pair of boots, C then ours, one after the
/// other) and how many are at or above 1.0: whether the median ratio stands out from the
/// sitting's noise.
fn per_round(ratios: &[f64]) -> String {
    if ratios.is_empty() {
        return "-".to_string();
    }
    let lo = ratios.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = ratios.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let at_least = ratios.iter().filter(|&&r| r >= 1.0).count();
    format!(
        "{}-{}, {at_least} of {} at or above 1.0",
        shown(lo),
        shown(hi),
        ratios.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLE: &str = "\
[    3.0] iommugen-init: blk: throughput (best of 3): write 900.5 MiB/s, read 1000.0 MiB/s
[    3.1] iommugen-init: blk 4x1: throughput (best of 3): write 1200.0 MiB/s, read 1300.0 MiB/s
[    3.2] iommugen-init: blk 2x2: throughput (best of 3): write 1100.0 MiB/s, read 1150.0 MiB/s
[    4.0] iommugen-init: bench: threads=1 pages=16 map_us=3.5 map_sd=0.4 unmap_us=7.0 unmap_sd=1.0
";

    #[test]
    fn figures_are_read_from_init_lines() {
        let f = figures(CONSOLE);
        assert_eq!(f.len(), 9);
        assert!(f.iter().any(|(m, v)| m.name
            == "virtio-blk 32 MiB O_DIRECT, 1 process: read MiB/s"
            && *v == 1000.0));
        assert!(f.iter().any(|(m, v)| m.name
            == "virtio-blk O_DIRECT, 2 processes on each of 2 disk(s): write MiB/s"
            && *v == 1100.0));
        let map = f
            .iter()
            .find(|(m, _)| m.name == "dma_map_benchmark, 1 thread(s), 16 page(s): map latency us")
            .unwrap();
        assert_eq!(map.1, 3.5);
        assert!(!map.0.higher_is_better);
        let pairs = f
            .iter()
            .find(|(m, _)| {
                m.name
                    .ends_with("16 page(s): map+unmap pairs per s (from the latencies)")
            })
            .unwrap();
        // One thread, 3.5 + 7.0 us per pair.
        assert!((pairs.1 - 1e6 / 10.5).abs() < 1e-6, "{}", pairs.1);
        assert!(pairs.0.higher_is_better);
        assert_eq!(pairs_per_second(4, 1.0, 1.0), 2e6);
    }

    #[test]
    fn instructions_per_mib_sit_below_their_throughput() {
        let counted = BTreeMap::from([
            (("blk 2x2".to_string(), false), 250.0),
            (("blk".to_string(), true), 100.0),
        ]);
        let mut rows = figures(CONSOLE);
        rows.extend(insns_figures(counted));
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let names: Vec<&str> = rows.iter().map(|(m, _)| m.name.as_str()).collect();
        let at = |n: &str| names.iter().position(|x| *x == n).unwrap();
        let w = at("virtio-blk 32 MiB O_DIRECT, 1 process: write MiB/s");
        assert_eq!(
            names[w + 1],
            "virtio-blk 32 MiB O_DIRECT, 1 process: write, guest instructions per MiB"
        );
        let r = at("virtio-blk O_DIRECT, 2 processes on each of 2 disk(s): read MiB/s");
        assert_eq!(
            names[r + 1],
            "virtio-blk O_DIRECT, 2 processes on each of 2 disk(s): read, guest instructions per MiB"
        );
        assert!(rows
            .iter()
            .all(|(m, _)| !m.name.contains("instructions") || !m.higher_is_better));
    }

    #[test]
    fn a_ratio_under_one_never_reads_as_one() {
        assert_eq!(shown(1000.0 / 1000.7), "0.999");
        assert_eq!(shown(0.996), "0.996");
        assert_eq!(shown(0.994), "0.99");
        assert_eq!(shown(1.004), "1.00");
        assert_eq!(shown(1.5), "1.50");
    }

    #[test]
    fn rounds_are_paired_and_rows_under_one_are_listed() {
        assert_eq!(
            per_round(&[0.99, 1.03, 1.1]),
            "0.99-1.10, 2 of 3 at or above 1.0"
        );
        assert_eq!(per_round(&[]), "-");
        let setup = Setup {
            smp: 1,
            strict: true,
        };
        let mut samples = BTreeMap::new();
        let f = figures(CONSOLE);
        let (write, _) = f.iter().find(|(m, _)| m.order == (0, 0, 0)).unwrap();
        let (map, _) = f.iter().find(|(m, _)| m.order == (11, 16, 0)).unwrap();
        // The write: behind in one round, ahead in the other; its instructions ahead in both.
        samples.insert(
            (setup, write.clone()),
            [vec![100.0, 100.0], vec![90.0, 102.0]],
        );
        let insns = Metric {
            order: (0, 0, 1),
            name: "w insns".into(),
            higher_is_better: false,
            instructions: None,
        };
        samples.insert((setup, insns), [vec![110.0, 110.0], vec![100.0, 100.0]]);
        // The map: slower in both rounds, with no instruction row.
        samples.insert((setup, map.clone()), [vec![2.0, 2.0], vec![2.5, 2.2]]);
        let t = render(&samples, 2);
        assert!(t.contains("Under 1.0: 2 of 3 rows:"), "{t}");
        assert!(
            t.contains(
                "- 1 vCPU, strict, virtio-blk 32 MiB O_DIRECT, 1 process: write MiB/s: 0.96 \
                 (0.90-1.02, 1 of 2 at or above 1.0; ours ahead in some rounds and behind in \
                 others: within this sitting's noise); the same work in guest instructions: \
                 1.10 (1.10-1.10, 2 of 2 at or above 1.0)"
            ),
            "{t}"
        );
        assert!(
            t.contains(
                "map latency us: 0.85 (0.80-0.91, 0 of 2 at or above 1.0; behind in every round)\n"
            ),
            "{t}"
        );
    }

    #[test]
    fn medians_and_ratios() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[]), None);
        let mut samples = BTreeMap::new();
        let setup = Setup {
            smp: 1,
            strict: true,
        };
        for (m, v) in figures(CONSOLE) {
            let twice = if m.higher_is_better { v * 2.0 } else { v / 2.0 };
            samples.insert((setup, m), [vec![v], vec![twice]]);
        }
        let t = render(&samples, 1);
        // Per round: one round, twice as good.
        assert!(
            t.contains("| 2.00 | 2.00-2.00, 1 of 1 at or above 1.0 |"),
            "{t}"
        );
        assert!(t.contains("### 1 vCPU, strict"), "{t}");
        assert!(
            t.contains(
                "| dma_map_benchmark, 1 thread(s), 16 page(s): map latency us | 3.5 | 1.8 | 2.00 |"
            ),
            "{t}"
        );
        assert!(t.contains("| 900.5 | 1801.0 | 2.00 |"), "{t}");
    }

    #[test]
    fn the_c_driver_boot_does_not_load_the_module() {
        let setup = Setup {
            smp: 4,
            strict: false,
        };
        let a = append(Driver::Linux, setup, "m", Plan::Short, false);
        assert!(
            a.starts_with("iommugen.skip=m ") && a.contains("iommu.strict=0"),
            "{a}"
        );
        let o = append(Driver::Ours, setup, "m", Plan::Full, false);
        assert!(o.starts_with(OURS) && o.contains("iommugen.bench=2"), "{o}");
        let console = "iommugen-init: not loading m (iommugen.skip)\n\
                       iommugen-init: loading m (/lib/modules/m.ko)\ndata intact\n";
        let e = check(console, Driver::Linux, "m").unwrap_err();
        assert!(e.contains("init did not finish"), "{e}");
        let done = format!("{console}iommugen-init: done\n");
        let e = check(&done, Driver::Linux, "m").unwrap_err();
        assert!(e.contains("m was loaded in a boot of the C driver"), "{e}");
        let skipped =
            "iommugen-init: not loading m (iommugen.skip)\ndata intact\nbench: threads=1\n\
                       arm-smmu-v3 9050000.smmuv3: ias 44-bit\niommugen-init: done\n";
        assert_eq!(check(skipped, Driver::Linux, "m"), Ok(()));
    }

    #[test]
    fn scenario_words_keep_the_c_driver_out() {
        use super::super::scenario::{Driver as Served, SCENARIOS};
        for s in SCENARIOS.iter().filter(|s| s.kernel.arch().name == "arm64") {
            let words = s.append(s.kernel.arch(), Some("m"));
            match s.driver {
                Served::Ours => assert!(words.starts_with(OURS), "{}: {words}", s.name),
                // Boots of Linux's driver keep the module out, and the C driver in.
                Served::LinuxC => assert!(
                    words.starts_with("iommugen.skip=m ") && !words.contains(OURS),
                    "{}: {words}",
                    s.name
                ),
            }
        }
        assert!(SCENARIOS.iter().any(|s| s.driver == Served::LinuxC));
    }
}
