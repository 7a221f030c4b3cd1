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
//! whether ours was behind in every round or only in some, how far each driver's own figure
//! moved over its boots against the difference, and the ratios of the instruction counts of
//! the same work (at several vCPUs also less the kernel's lock waits), then a verdict: the rows
//! whose difference is within that noise and whose count has ours ahead in every round are
//! decided by it, the others are behind (with one round, no verdict). At several vCPUs, the
//! benchmark calls' lock waits follow, by the DMA-layer function they began in.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::time::Duration;

use super::arch::ARM64;
use super::boot;
use super::insns;
use super::util::{self, show};
use super::{Built, Kernel, Paths, BOOT_TIMEOUT_SECS};

mod figures;
mod table;
mod waits;

use figures::{bench_insns_figures, figures, insns_figures, Metric};
pub(crate) use table::median;
use table::render;
use waits::Waits;

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
    let mut waits = Waits::default();
    // Boots (per driver) whose console shows the C driver's `CMD_SYNC timeout`: a finding
    // about that driver (a wait on the disabled SMMU at power-off), reported, not a failure.
    let mut sync_timeouts: [Vec<String>; 2] = Default::default();
    // Unless IOMMUGEN_INSNS=0: the QEMU plugin counting the block phases' guest instructions.
    let plugin = if insns::enabled() {
        let map = k.build.join("System.map");
        let system_map =
            fs::read_to_string(&map).map_err(|e| format!("cannot read {}: {e}", map.display()))?;
        let spans =
            insns::plugin_args(&system_map).map_err(|e| format!("{}: {e}", map.display()))?;
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
                    waits.add(setup, d, &counted.bench);
                    figures.extend(bench_insns_figures(counted.bench, setup.smp > 1));
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
             whichever vCPU; the pairs per second counted are its map calls over its seconds. \
             At several vCPUs, each instruction row also has a twin less the kernel's lock \
             waits: without what the call executed spinning in the kernel's lock slow paths \
             (`queued_spin_lock_slowpath` and the queued rwlock's), where a vCPU spins as long \
             as the host leaves the lock's holder off a core; the DMA layer's IOVA-tree and \
             flush-queue locks wait there for both drivers, while each driver's own locks and \
             command-queue waits stay in its count."
        );
        table.push_str(&waits.render());
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

#[cfg(test)]
mod tests {
    use super::*;

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
