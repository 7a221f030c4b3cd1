//! The figures of one boot: the throughput and latency lines init prints, and the guest
//! instructions the plugin counted ([`insns`]), each as a row of the comparison ([`Metric`]).

use std::collections::BTreeMap;

use super::super::insns;

/// One figure of a boot: its row and whether more is better.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Metric {
    /// Sorts the rows: block I/O first, then the benchmark by threads and pages.
    pub(super) order: (u32, u32, u32),
    /// The row's name.
    pub(super) name: String,
    /// Whether more is better (throughput) or less (latency, instructions).
    pub(super) higher_is_better: bool,
    /// The `order` of the rows that count the guest instructions of the same work (a time row
    /// whose sitting cannot tell the drivers apart is read beside them): all of it, and at
    /// several vCPUs also without the kernel's lock waits.
    pub(super) instructions: Vec<(u32, u32, u32)>,
}

/// Every figure of one boot's console.
pub(super) fn figures(console: &str) -> Vec<(Metric, f64)> {
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
                        instructions: vec![(order, k, 1)],
                    },
                    v,
                ));
            }
        } else if let Some((t, g, map, unmap)) = bench_line(text) {
            for (k, what, v) in [(0, "map", map), (3, "unmap", unmap)] {
                out.push((
                    Metric {
                        order: (10 + t, g, k),
                        name: format!(
                            "dma_map_benchmark, {t} thread(s), {g} page(s): {what} latency us"
                        ),
                        higher_is_better: false,
                        instructions: vec![(10 + t, g, k + 1), (10 + t, g, k + 2)],
                    },
                    v,
                ));
            }
            if map + unmap > 0.0 {
                out.push((
                    Metric {
                        order: (10 + t, g, 6),
                        name: format!(
                            "dma_map_benchmark, {t} thread(s), {g} page(s): map+unmap pairs \
                             per s (from the latencies)"
                        ),
                        higher_is_better: true,
                        instructions: PAIR_INSTRUCTIONS.map(|k| (10 + t, g, k)).to_vec(),
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
pub(super) fn insns_figures(per_mib: BTreeMap<insns::Phase, f64>) -> Vec<(Metric, f64)> {
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
                    instructions: Vec::new(),
                },
                v,
            )
        })
        .collect()
}

/// The `order`s (last part) of the instructions per map+unmap pair, all of them and without
/// the kernel's lock waits.
const PAIR_INSTRUCTIONS: [u32; 2] = [8, 9];

/// The rows of the benchmark runs' guest instructions per map and per unmap call, each right
/// below its latency, the map+unmap pairs per second the plugin counted, and the instructions
/// of a map and an unmap together (what the pairs per second are read beside). With several
/// vCPUs (`contended`), each instruction row has a twin without the instructions executed
/// waiting in the kernel's lock slow paths ([`insns::WAIT_FUNCTIONS`]): the CPU work of the
/// call, where the whole count also grows with how long the host leaves a lock's holder off a
/// core. With one vCPU no call waits there (the locks are taken with interrupts off, so no
/// holder is preempted), and the twins would repeat their rows.
pub(super) fn bench_insns_figures(
    bench: BTreeMap<(u32, u32), insns::BenchCalls>,
    contended: bool,
) -> Vec<(Metric, f64)> {
    const LESS_WAITS: &str = " less the kernel's lock waits";
    let mut out = Vec::new();
    for ((t, g), c) in bench {
        let row = |k, what: &str, higher_is_better| Metric {
            order: (10 + t, g, k),
            name: format!("dma_map_benchmark, {t} thread(s), {g} page(s): {what}"),
            higher_is_better,
            instructions: Vec::new(),
        };
        let mut insns = |k, what: &str, all: f64, waited: f64| {
            // At several vCPUs the whole count is read beside its twin, as time is beside it.
            let twin = if contended {
                vec![(10 + t, g, k + 1)]
            } else {
                Vec::new()
            };
            out.push((
                Metric {
                    instructions: twin,
                    ..row(k, what, false)
                },
                all,
            ));
            if contended {
                out.push((
                    row(k + 1, &format!("{what}{LESS_WAITS}"), false),
                    all - waited,
                ));
            }
        };
        insns(1, "map, guest instructions per call", c.map, c.map_waited);
        insns(
            4,
            "unmap, guest instructions per call",
            c.unmap,
            c.unmap_waited,
        );
        insns(
            PAIR_INSTRUCTIONS[0],
            "map+unmap, guest instructions per pair",
            c.map + c.unmap,
            c.map_waited + c.unmap_waited,
        );
        out.push((
            Metric {
                instructions: PAIR_INSTRUCTIONS.map(|k| (10 + t, g, k)).to_vec(),
                ..row(7, "map+unmap pairs per s (counted)", true)
            },
            c.maps_per_s,
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

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(in super::super) const CONSOLE: &str = "\
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
    fn contended_instruction_rows_have_twins_without_the_lock_waits() {
        let calls = insns::BenchCalls {
            map: 1000.0,
            unmap: 3000.0,
            map_waited: 100.0,
            unmap_waited: 500.0,
            maps_per_s: 10.0,
            ..Default::default()
        };
        let bench = BTreeMap::from([((4, 256), calls)]);
        let one = bench_insns_figures(bench.clone(), false);
        let four = bench_insns_figures(bench, true);
        assert_eq!(one.len(), 4);
        assert_eq!(four.len(), 7);
        assert!(one.iter().all(|(m, _)| !m.name.contains("lock waits")));
        let value = |rows: &[(Metric, f64)], k| {
            rows.iter()
                .find(|(m, _)| m.order == (14, 256, k))
                .map(|(m, v)| (m.name.clone(), *v))
                .unwrap()
        };
        assert_eq!(value(&four, 4).1, 3000.0);
        let whole = four.iter().find(|(m, _)| m.order == (14, 256, 4)).unwrap();
        assert_eq!(whole.0.instructions, [(14, 256, 5)]);
        let (name, v) = value(&four, 5);
        assert!(name.ends_with("unmap, guest instructions per call less the kernel's lock waits"));
        assert_eq!(v, 2500.0);
        assert_eq!(value(&four, 9).1, 3400.0);
        // The latency rows point at both instruction rows of their work; the block rows at one.
        let lat = figures(
            "iommugen-init: bench: threads=4 pages=256 map_us=1 map_sd=0 unmap_us=2 unmap_sd=0\n",
        );
        let unmap = lat.iter().find(|(m, _)| m.order == (14, 256, 3)).unwrap();
        assert_eq!(unmap.0.instructions, [(14, 256, 4), (14, 256, 5)]);
        assert!(four.iter().any(
            |(m, _)| m.order == (14, 256, 7) && m.instructions == [(14, 256, 8), (14, 256, 9)]
        ));
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
}
