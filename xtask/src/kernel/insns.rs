//! Guest instructions per MiB of block I/O, beside the throughput in every `cargo xtask compare`
//! (`IOMMUGEN_INSNS=0` leaves them out): the CPU work of each virtio-blk phase, for the rows
//! whose time swings between sittings by more than the drivers differ. With one process the
//! count repeats to about 0.2% from round to round; with several, the guest's own work depends
//! on when the host completes the I/O (how often the processes switch, how many completions an
//! interrupt finds), and it moves by up to a third between the rounds of one boot.
//!
//! The comparison's boots load the QEMU plugin of `xtask/insns` (`-plugin
//! PATH,out=FILE`), which appends `mark N TOTAL` to FILE whenever the guest executes a mark
//! (`movz xzr, #N`), TOTAL being the instructions every vCPU executed so far; init
//! (`xtask/kernel/init.c`) sets mark 1 where a timed block-I/O phase starts and mark 2 where it
//! ends, and with `iommugen.insns=1` names the phase on the console (`insns: phase K: WHAT DIR
//! M MiB`). Everything the vCPUs execute in between counts: the system calls, the block layer,
//! the DMA layer and the IOMMU driver's map and unmap, the interrupts, the timer ticks, the
//! invalidations, and the idle loop's few instructions (a vCPU waiting in WFI executes none).
//!
//! init marks each `dma_map_benchmark` run too (`insns: phase K: bench T threads P pages S
//! s`), and the plugin counts the calls of the benchmark's map and unmap functions
//! ([`SPAN_FUNCTIONS`], located in the kernel's `System.map`) and the instructions each
//! executed, on whichever vCPU: the guest instructions per map and per unmap call, a measure
//! of the latency rows that does not depend on how the host schedules the vCPUs (at 4 vCPUs on
//! this 2-core machine, the latencies move with that), and the map+unmap pairs per second
//! the benchmark ran, counted rather than derived from its latencies. Of each call's
//! instructions it also counts those executed in the kernel's lock slow paths
//! ([`WAIT_FUNCTIONS`]): at several vCPUs a call that finds a lock held spins there for as
//! long as the host leaves the holder off a core, so the count without them is the call's
//! work, and the part with them moves from boot to boot. Those waits are also told apart by
//! the DMA layer's function they began in ([`SITE_FUNCTIONS`]), which names the lock.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::util::run_logged;
use super::Paths;

/// Whether the comparison counts the guest instructions of the block-I/O phases: yes, unless
/// `IOMMUGEN_INSNS=0` (the plugin's counting costs QEMU little; the figures then come from
/// time alone).
pub fn enabled() -> bool {
    std::env::var("IOMMUGEN_INSNS").map_or(true, |v| v != "0")
}

/// Builds the plugin (cargo decides what to rebuild) in a target directory of the cache and
/// returns the shared object QEMU loads.
pub fn build(p: &Paths) -> Result<PathBuf, String> {
    let target_dir = p.cache.join("insns-target");
    let mut c = crate::cargo();
    c.current_dir(&p.root)
        .args(["build", "--release", "-p", "iommugen-insns", "--target-dir"])
        .arg(&target_dir);
    run_logged(&mut c, &p.logs.join("insns-build.log"))?;
    let so = target_dir.join("release/libiommugen_insns.so");
    if so.is_file() {
        Ok(so)
    } else {
        Err(format!("the plugin's build left no {}", so.display()))
    }
}

/// The guest functions whose calls the plugin counts in the benchmark's phases: the map and
/// unmap of `dma_map_benchmark`'s single-mapping mode (`dma_single_map_benchmark_do_map` and
/// `_do_unmap` in `kernel/dma/map_benchmark.c`, each a `dma_map_single` or `dma_unmap_single`
/// and a check), named `map` and `unmap`.
pub const SPAN_FUNCTIONS: [(&str, &str); 2] = [
    ("map", "dma_single_map_benchmark_do_map"),
    ("unmap", "dma_single_map_benchmark_do_unmap"),
];

/// The kernel's lock slow paths, where a CPU that finds a spinlock or a queued rwlock held
/// spins until it gets it: the instructions a benchmark call executes in them are counted
/// apart (the plugin's `wait=`), as the part of its count that depends on how long the host
/// leaves a lock's holder off a core. The DMA layer's locks (the IOVA tree's, taken by every
/// allocation and free of more than 32 pages, and the flush queues') wait here for both drivers;
/// the module's own locks and command-queue waits spin in its own code, and C's command queue
/// in arm-smmu-v3's, so what either driver waits for itself stays in its count. The first is
/// required, the rwlock ones are used where the kernel has them.
pub const WAIT_FUNCTIONS: [&str; 3] = [
    "queued_spin_lock_slowpath",
    "queued_read_lock_slowpath",
    "queued_write_lock_slowpath",
];

/// Functions of the kernel's DMA layer the plugin tells the waits apart by (its `site=`): a
/// wait is given to the innermost of them its vCPU was in, which names the lock it waited for
/// (the functions take it themselves, or, for `fq_flush_iotlb`, call the driver with it held).
/// Each is used where the kernel has it (a static function may be inlined); none leaves by a
/// tail call in Linux 7.3.4's arm64 build (checked with `objdump`), so each closes at its `ret`.
pub const SITE_FUNCTIONS: [(&str, &str); 7] = [
    ("alloc_iova", "the IOVA tree's lock, allocating"),
    ("free_iova", "the IOVA tree's lock, freeing"),
    (
        "alloc_iova_fast",
        "the IOVA caches' locks (a CPU's, the depot's), allocating",
    ),
    ("free_iova_fast", "the IOVA caches' locks, freeing"),
    (
        "iommu_dma_free_iova",
        "a flush queue's lock, queuing an unmapped range (lazy)",
    ),
    (
        "fq_flush_timeout",
        "the flush queues' locks, taken by their timer (lazy)",
    ),
    (
        "fq_flush_iotlb",
        "the driver's whole-TLB flush, called with a flush queue's lock held: the driver's own",
    ),
];

/// `System.map`'s symbols by address.
fn symbols(system_map: &str) -> Vec<(u64, &str)> {
    let mut symbols: Vec<(u64, &str)> = system_map
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let (a, _, name) = (w.next()?, w.next()?, w.next()?);
            Some((u64::from_str_radix(a, 16).ok()?, name))
        })
        .collect();
    symbols.sort_unstable();
    symbols
}

/// `function`'s address range among `symbols` (sorted): its address to the next higher
/// symbol's.
fn range(symbols: &[(u64, &str)], function: &str) -> Result<(u64, u64), String> {
    let &(start, _) = symbols
        .iter()
        .find(|&&(_, n)| n == function)
        .ok_or_else(|| format!("System.map has no `{function}`"))?;
    let &(end, _) = symbols
        .iter()
        .find(|&&(a, _)| a > start)
        .ok_or_else(|| format!("System.map has no symbol after `{function}`"))?;
    Ok((start, end))
}

/// The plugin's `span=NAME:START:END` arguments for [`SPAN_FUNCTIONS`], its `wait=START:END`
/// arguments for [`WAIT_FUNCTIONS`] and its `site=NAME:START:END` arguments for
/// [`SITE_FUNCTIONS`], from the kernel's `System.map`.
pub fn plugin_args(system_map: &str) -> Result<Vec<String>, String> {
    let symbols = symbols(system_map);
    let mut args = SPAN_FUNCTIONS
        .iter()
        .map(|&(name, function)| {
            let (start, end) = range(&symbols, function)?;
            Ok(format!("span={name}:{start:x}:{end:x}"))
        })
        .collect::<Result<Vec<_>, String>>()?;
    for (i, function) in WAIT_FUNCTIONS.iter().enumerate() {
        match range(&symbols, function) {
            Ok((start, end)) => args.push(format!("wait={start:x}:{end:x}")),
            Err(e) if i == 0 => return Err(e),
            Err(_) => {}
        }
    }
    for (function, _) in SITE_FUNCTIONS {
        if let Ok((start, end)) = range(&symbols, function) {
            args.push(format!("site={function}:{start:x}:{end:x}"));
        }
    }
    Ok(args)
}

/// QEMU's arguments that load the plugin writing its marks to `out`, counting the calls of
/// `spans` (from [`plugin_args`]).
pub fn qemu_args(so: &Path, out: &Path, spans: &[String]) -> [String; 2] {
    let mut arg = format!("{},out={}", so.display(), out.display());
    for s in spans {
        arg.push(',');
        arg.push_str(s);
    }
    ["-plugin".to_string(), arg]
}

/// One workload and direction of init's block tests: `blk` (one process) or `blk JxD`, and
/// whether it writes.
pub type Phase = (String, bool);

/// One run of the DMA benchmark, as counted: the guest instructions of each map and of each
/// unmap call and the part of them spent in the kernel's lock slow paths ([`WAIT_FUNCTIONS`];
/// means over the run), and the map calls per second of the run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BenchCalls {
    /// Guest instructions per map call.
    pub map: f64,
    /// Guest instructions per unmap call.
    pub unmap: f64,
    /// Of `map`, those executed waiting in the kernel's lock slow paths.
    pub map_waited: f64,
    /// Of `unmap`, those executed waiting in the kernel's lock slow paths.
    pub unmap_waited: f64,
    /// Map calls per second of the run (each thread's map is followed by its unmap).
    pub maps_per_s: f64,
    /// `map_waited` by site ([`SITE_FUNCTIONS`], or `elsewhere`), per map call.
    pub map_sites: BTreeMap<String, f64>,
    /// `unmap_waited` by site, per unmap call.
    pub unmap_sites: BTreeMap<String, f64>,
}

/// What a boot's phases counted.
#[derive(Debug, Default, PartialEq)]
pub struct Counted {
    /// The fewest instructions per MiB each block workload and direction took over its rounds
    /// (the counterpart of init's best-of-N throughput).
    pub per_mib: BTreeMap<Phase, f64>,
    /// Each benchmark run by threads and pages.
    pub bench: BTreeMap<(u32, u32), BenchCalls>,
}

/// One phase of the plugin's output: its instructions, and the calls, instructions and waited
/// instructions of each span that closed calls in it, and those waits by site.
#[derive(Debug, Default)]
struct Counts {
    insns: u64,
    spans: BTreeMap<String, (u64, u64, u64)>,
    /// Waited instructions by span, then site.
    sites: BTreeMap<String, BTreeMap<String, u64>>,
}

/// The phases of the plugin's output, in the order they ended.
fn phases(marks: &str) -> Result<Vec<Counts>, String> {
    let mut phases: Vec<Counts> = Vec::new();
    let mut start = None;
    // Whether the last line ended a phase (a `span` line belongs to it).
    let mut after_end = false;
    for (n, line) in marks.lines().enumerate() {
        let at = |what: &str| format!("marks, line {}: {what}", n + 1);
        let w: Vec<&str> = line.split_whitespace().collect();
        let number = |t: &str| -> Result<u64, String> {
            t.parse().map_err(|_| at(&format!("`{t}` is not a count")))
        };
        match w[..] {
            ["mark", id, total] => {
                let total = number(total)?;
                match id {
                    "1" => start = Some(total),
                    "2" => match start.take() {
                        Some(s) if s <= total => phases.push(Counts {
                            insns: total - s,
                            ..Counts::default()
                        }),
                        _ => return Err(at("a phase ends that did not start (or counts back)")),
                    },
                    other => return Err(at(&format!("unknown mark {other}"))),
                }
                after_end = id == "2";
            }
            ["span", name, calls, insns, waited] if after_end => {
                let counted = (number(calls)?, number(insns)?, number(waited)?);
                if counted.2 > counted.1 {
                    return Err(at("a span waited more instructions than it executed"));
                }
                if let Some(p) = phases.last_mut() {
                    p.spans.insert(name.to_string(), counted);
                }
            }
            ["wait", span, site, waited] if after_end => {
                let waited = number(waited)?;
                let Some(p) = phases.last_mut() else {
                    return Err(at("a wait line before any phase"));
                };
                let Some(&(_, _, all)) = p.spans.get(span) else {
                    return Err(at(&format!("a wait line of `{span}` before its span line")));
                };
                let by_site = p.sites.entry(span.to_string()).or_default();
                *by_site.entry(site.to_string()).or_default() += waited;
                if by_site.values().sum::<u64>() > all {
                    return Err(at(&format!(
                        "`{span}` waited more by site than its span line says"
                    )));
                }
            }
            ["wait", ..] => {
                return Err(at(&format!(
                    "`{line}` is not `wait SPAN SITE INSTRUCTIONS` after its span line"
                )))
            }
            ["span", ..] if after_end => {
                return Err(at(&format!(
                    "`{line}` is not `span NAME CALLS INSTRUCTIONS WAITED`"
                )))
            }
            ["span", ..] => return Err(at("a span line not after the end of a phase")),
            _ => {
                return Err(at(&format!(
                    "`{line}` is not `mark N TOTAL`, `span NAME CALLS INSTRUCTIONS WAITED` or \
                     `wait SPAN SITE INSTRUCTIONS`"
                )))
            }
        }
    }
    Ok(phases)
}

/// What the console says phase `k` was.
enum Named {
    /// `WHAT DIR M MiB`: a block workload (`blk`, `blk JxD`), its direction and size.
    Block(Phase, f64),
    /// `bench T threads P pages S s`: a benchmark run.
    Bench(u32, u32, f64),
}

/// A console's `insns: phase K: ...` text after `phase `.
fn named(text: &str) -> Result<(usize, Named), String> {
    let bad = || {
        format!(
            "console: `{text}` is not `insns: phase K: WHAT DIR M MiB` or `... bench T threads P \
             pages S s`"
        )
    };
    let (k, rest) = text.split_once(": ").ok_or_else(bad)?;
    let k: usize = k.parse().map_err(|_| bad())?;
    let w: Vec<&str> = rest.split(' ').collect();
    let positive = |t: &str| t.parse::<f64>().ok().filter(|v| *v > 0.0).ok_or_else(bad);
    if let ["bench", t, "threads", g, "pages", sec, "s"] = w[..] {
        let t = t.parse().map_err(|_| bad())?;
        let g = g.parse().map_err(|_| bad())?;
        return Ok((k, Named::Bench(t, g, positive(sec)?)));
    }
    let rest = rest.strip_suffix(" MiB").ok_or_else(bad)?;
    let mut w = rest.rsplitn(3, ' ');
    let (Some(mib), Some(dir), Some(what)) = (w.next(), w.next(), w.next()) else {
        return Err(bad());
    };
    let writing = match dir {
        "write" => true,
        "read" => false,
        _ => return Err(bad()),
    };
    Ok((k, Named::Block((what.to_string(), writing), positive(mib)?)))
}

/// Pairs the plugin's phases (`marks`) with those the console names, in order: every phase
/// named must have been counted and the reverse, and every benchmark run must have counted
/// map and unmap calls.
pub fn count(console: &str, marks: &str) -> Result<Counted, String> {
    let phases = phases(marks)?;
    let mut out = Counted::default();
    let mut named_count = 0;
    for line in console.lines() {
        let Some(at) = line.find("iommugen-init: insns: phase ") else {
            continue;
        };
        let (k, what) = named(&line[at + "iommugen-init: insns: phase ".len()..])?;
        let Some(p) = k.checked_sub(1).and_then(|i| phases.get(i)) else {
            return Err(format!(
                "console names phase {k}, the plugin counted {} phase(s)",
                phases.len()
            ));
        };
        named_count += 1;
        match what {
            Named::Block(phase, mib) => {
                let v = p.insns as f64 / mib;
                out.per_mib
                    .entry(phase)
                    .and_modify(|b| *b = b.min(v))
                    .or_insert(v);
            }
            Named::Bench(t, g, seconds) => {
                let per_call = |name: &str| match p.spans.get(name) {
                    Some(&(calls, insns, waited)) if calls > 0 => Ok((
                        calls,
                        insns as f64 / calls as f64,
                        waited as f64 / calls as f64,
                    )),
                    _ => Err(format!(
                        "phase {k} (bench {t} threads {g} pages): the plugin counted no {name} \
                         call"
                    )),
                };
                let (maps, map, map_waited) = per_call("map")?;
                let (unmaps, unmap, unmap_waited) = per_call("unmap")?;
                let by_site = |name: &str, calls: u64| -> BTreeMap<String, f64> {
                    p.sites.get(name).map_or_else(BTreeMap::new, |s| {
                        s.iter()
                            .map(|(site, &n)| (site.clone(), n as f64 / calls as f64))
                            .collect()
                    })
                };
                out.bench.insert(
                    (t, g),
                    BenchCalls {
                        map,
                        unmap,
                        map_waited,
                        unmap_waited,
                        maps_per_s: maps as f64 / seconds,
                        map_sites: by_site("map", maps),
                        unmap_sites: by_site("unmap", unmaps),
                    },
                );
            }
        }
    }
    if named_count != phases.len() {
        return Err(format!(
            "the plugin counted {} phase(s), the console names {named_count}",
            phases.len()
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLE: &str = "\
[    2.0] iommugen-init: insns: phase 1: blk write 32 MiB
[    2.1] iommugen-init: blk: round 1: wrote 32 MiB ...
[    2.2] iommugen-init: insns: phase 2: blk read 32 MiB
[    2.3] iommugen-init: insns: phase 3: blk write 32 MiB
[    2.4] iommugen-init: insns: phase 4: blk read 32 MiB
[    2.5] iommugen-init: insns: phase 5: blk 4x1 write 32 MiB
";

    #[test]
    fn phases_are_matched_in_order_and_the_best_round_is_kept() {
        let marks = "mark 1 100\nmark 2 3300\nmark 1 4000\nmark 2 5600\n\
                     mark 1 6000\nmark 2 9000\nmark 1 9100\nmark 2 10700\nmark 1 20000\nmark 2 26400\n";
        let got = count(CONSOLE, marks).unwrap().per_mib;
        // blk write: rounds of 3200 and 3000 instructions for 32 MiB, the fewer kept.
        assert_eq!(got[&("blk".to_string(), true)], 3000.0 / 32.0);
        assert_eq!(got[&("blk".to_string(), false)], 1600.0 / 32.0);
        assert_eq!(got[&("blk 4x1".to_string(), true)], 6400.0 / 32.0);
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn marks_and_console_must_agree() {
        // One phase fewer in the marks than the console names.
        let marks = "mark 1 100\nmark 2 3300\nmark 1 4000\nmark 2 5600\n\
                     mark 1 6000\nmark 2 9000\nmark 1 9100\nmark 2 10700\n";
        assert!(count(CONSOLE, marks).unwrap_err().contains("phase 5"));
        // An end without a start, an unknown mark, a line that is not a mark.
        assert!(count("", "mark 2 5\n").is_err());
        assert!(count("", "mark 7 5\n").is_err());
        assert!(count("", "hello\n").is_err());
        // A phase the plugin counted and the console does not name.
        assert!(count("", "mark 1 1\nmark 2 2\n").is_err());
    }

    #[test]
    fn benchmark_runs_count_their_calls() {
        let console = "\
[    5.0] iommugen-init: insns: phase 1: bench 4 threads 16 pages 2 s
[    5.1] iommugen-init: insns: phase 2: blk write 32 MiB
";
        let marks = "mark 1 0\nmark 2 90000\nspan map 1000 12000 0\nspan unmap 1000 30000 5000\n\
                     wait unmap free_iova 4000\nwait unmap elsewhere 1000\n\
                     mark 1 90000\nmark 2 190000\n";
        let got = count(console, marks).unwrap();
        assert_eq!(
            got.bench[&(4, 16)],
            BenchCalls {
                map: 12.0,
                unmap: 30.0,
                map_waited: 0.0,
                unmap_waited: 5.0,
                maps_per_s: 500.0,
                map_sites: BTreeMap::new(),
                unmap_sites: BTreeMap::from([
                    ("free_iova".to_string(), 4.0),
                    ("elsewhere".to_string(), 1.0)
                ]),
            }
        );
        // Waits by site beyond the span's, a wait line before its span's, one cut short.
        for (bad, why) in [
            (
                "span unmap 10 90 5\nwait unmap free_iova 6\n",
                "more by site",
            ),
            (
                "wait unmap free_iova 1\nspan unmap 10 90 5\n",
                "before its span line",
            ),
            ("span unmap 10 90 5\nwait unmap 1\n", "is not `wait SPAN"),
        ] {
            let marks = format!("mark 1 0\nmark 2 9\n{bad}");
            let e = count("", &marks).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
        assert_eq!(got.per_mib[&("blk".to_string(), true)], 100000.0 / 32.0);
        // A run that counted no unmap call, a span line before any phase ended, one without
        // its waited instructions, one that waited more than it executed.
        let no_unmap =
            "mark 1 0\nmark 2 90000\nspan map 1000 12000 0\nmark 1 90000\nmark 2 190000\n";
        assert!(count(console, no_unmap)
            .unwrap_err()
            .contains("no unmap call"));
        assert!(count("", "span map 1 2 0\n")
            .unwrap_err()
            .contains("line 1"));
        assert!(count("", "mark 1 0\nmark 2 9\nspan map 1 2\n")
            .unwrap_err()
            .contains("line 3"));
        assert!(count("", "mark 1 0\nmark 2 9\nspan map 1 2 3\n")
            .unwrap_err()
            .contains("waited more"));
        // A benchmark phase whose name is cut short.
        assert!(count(
            "iommugen-init: insns: phase 1: bench 4 threads\n",
            "mark 1 0\nmark 2 1\n"
        )
        .is_err());
    }

    #[test]
    fn spans_come_from_the_system_map() {
        let map = "ffff800080083f9c t dma_single_map_benchmark_do_unmap\n\
                   ffff800080083fc0 t dma_single_map_benchmark_unprepare\n\
                   ffff8000800843b4 t dma_single_map_benchmark_do_map\n\
                   ffff800080084470 t dma_single_map_benchmark_initialize_data\n\
                   ffff800080120000 T queued_spin_lock_slowpath\n\
                   ffff800080120300 T queued_read_lock_slowpath\n\
                   ffff800080120480 T rwsem_down_read_slowpath\n";
        assert_eq!(
            plugin_args(map).unwrap(),
            [
                "span=map:ffff8000800843b4:ffff800080084470",
                "span=unmap:ffff800080083f9c:ffff800080083fc0",
                "wait=ffff800080120000:ffff800080120300",
                "wait=ffff800080120300:ffff800080120480",
            ]
        );
        // The sites the kernel has.
        let with_site = format!("{map}ffff800080120500 T free_iova\nffff800080120600 T f\n");
        assert_eq!(
            plugin_args(&with_site).unwrap().last().unwrap(),
            "site=free_iova:ffff800080120500:ffff800080120600"
        );
        assert!(
            plugin_args("ffff8000800843b4 t dma_single_map_benchmark_do_map\n")
                .unwrap_err()
                .contains("no symbol after")
        );
        assert!(plugin_args("").unwrap_err().contains("do_map"));
        // The spinlock's slow path is required.
        let no_wait = map.replace("queued_spin_lock_slowpath", "other");
        assert!(plugin_args(&no_wait)
            .unwrap_err()
            .contains("queued_spin_lock_slowpath"));
    }
}
