//! The comparison as a table: medians, ratios oriented so that 1.0 or more means ours is at least
//! as good, the ratios of the rounds, and the rows under 1.0 beside the instruction counts of
//! the same work, with the verdict they give ([`verdict`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::figures::Metric;
use super::Setup;

/// The median of `v` (the mean of the middle two for an even count).
pub(crate) fn median(v: &[f64]) -> Option<f64> {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(s[n / 2]),
        _ => Some((s[n / 2 - 1] + s[n / 2]) / 2.0),
    }
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

/// One row of the comparison: the medians, their ratio, the ratio of each round and how far
/// each driver's own figure moved over its boots.
struct Row<'a> {
    setup: Setup,
    metric: &'a Metric,
    c: f64,
    ours: f64,
    ratio: f64,
    rounds: Vec<f64>,
    /// The spread of C's figure and of ours over the sitting's boots ([`spread`]).
    spreads: [f64; 2],
}

/// The smallest and the largest of `v` (infinities for none).
fn bounds(v: &[f64]) -> (f64, f64) {
    v.iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| {
            (lo.min(x), hi.max(x))
        })
}

/// How far a driver's figure moved over the boots of a sitting: its largest value over its
/// smallest (1.0 for a single boot, or for none).
fn spread(v: &[f64]) -> f64 {
    let (lo, hi) = bounds(v);
    if v.len() < 2 || lo <= 0.0 {
        1.0
    } else {
        hi / lo
    }
}

/// What the sitting says of a row under 1.0.
#[derive(Debug, PartialEq)]
enum Verdict {
    /// The sitting's noise is at least as wide as the difference, and the count of the same
    /// work has ours ahead in every round: the count decides, for ours.
    DecidedByInstructions,
    /// Behind in the row's deciding measure.
    Behind,
}

/// The verdict on row `r`, under 1.0, given `deciding`, the last instruction count of the same
/// work it names (at several vCPUs the one less the kernel's lock waits). Where the
/// difference (`1 / ratio`) is no wider than the noise, the wider of the two drivers' own
/// spreads over their boots, the sitting cannot tell the drivers apart in this measure, and
/// the count decides: for ours when ours is ahead in it in every round. A difference wider
/// than both spreads stands out of the noise and is behind whatever the count; so is a row
/// with no count of its work, or whose count is not ahead throughout.
fn verdict(r: &Row, deciding: Option<&Row>) -> Verdict {
    let difference = 1.0 / r.ratio;
    let noise = r.spreads[0].max(r.spreads[1]);
    let counted_ahead =
        deciding.is_some_and(|i| !i.rounds.is_empty() && i.rounds.iter().all(|&x| x >= 1.0));
    if noise >= difference && counted_ahead {
        Verdict::DecidedByInstructions
    } else {
        Verdict::Behind
    }
}

/// The comparison as Markdown: one table per setup, medians and the ratio of every figure and
/// the ratios of the rounds, then the rows under 1.0, each beside the instruction count of the
/// same work.
pub(super) fn render(samples: &BTreeMap<(Setup, Metric), [Vec<f64>; 2]>, rounds: usize) -> String {
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
            spreads: [spread(c), spread(ours)],
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
    let mut behind = Vec::new();
    for r in &under {
        let rounds_say = if r.rounds.iter().any(|&x| x >= 1.0) {
            "ours ahead in some rounds and behind in others"
        } else {
            "behind in every round"
        };
        let mut line = format!(
            "- {}, {}: {} ({}; {rounds_say}; over their boots C's figure moved by x{:.2}, \
             ours' by x{:.2}, the difference is x{:.2})",
            r.setup.title(),
            r.metric.name,
            shown(r.ratio),
            per_round(&r.rounds),
            r.spreads[0],
            r.spreads[1],
            1.0 / r.ratio
        );
        let same_work = r.metric.instructions.iter().filter_map(|&o| {
            rows.iter()
                .find(|x| x.setup == r.setup && x.metric.order == o)
        });
        let mut deciding = None;
        for i in same_work {
            // The instruction row's own words after the workload's (`map, guest instructions
            // per call`).
            let what = i.metric.name.rsplit(": ").next().unwrap_or(&i.metric.name);
            let _ = write!(
                line,
                "; the same work, {what}: {} ({})",
                shown(i.ratio),
                per_round(&i.rounds)
            );
            deciding = Some(i);
        }
        if verdict(r, deciding) == Verdict::Behind {
            behind.push(format!("{}, {}", r.setup.title(), r.metric.name));
        }
        let _ = writeln!(s, "{line}");
    }
    if under.is_empty() {
        return s;
    }
    if rounds < 2 {
        let _ = writeln!(
            s,
            "\nNo verdict: with {rounds} round(s) no driver's figure has a spread over its boots \
             to read a difference against; a verdict needs two rounds or more."
        );
    } else {
        let _ = writeln!(
            s,
            "\nOf those, {} have a difference no wider than the sitting's noise (the wider of the \
             two drivers' own spreads over their boots) and the same work ahead in guest \
             instructions in every round (the last count named: at several vCPUs, less the \
             kernel's lock waits), which decides them; behind in their deciding measure: {}.",
            under.len() - behind.len(),
            if behind.is_empty() {
                "none".to_string()
            } else {
                behind.join("; ")
            }
        );
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
    let (lo, hi) = bounds(ratios);
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
    use super::super::figures::{figures, tests::CONSOLE};
    use super::*;

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
            name: "blk: write, guest instructions per MiB".into(),
            higher_is_better: false,
            instructions: Vec::new(),
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
                 others; over their boots C's figure moved by x1.00, ours' by x1.13, the \
                 difference is x1.04); the same work, write, guest instructions per MiB: 1.10 \
                 (1.10-1.10, 2 of 2 at or above 1.0)"
            ),
            "{t}"
        );
        assert!(
            t.contains(
                "map latency us: 0.85 (0.80-0.91, 0 of 2 at or above 1.0; behind in every round; \
                 over their boots C's figure moved by x1.00, ours' by x1.14, the difference is \
                 x1.18)\n"
            ),
            "{t}"
        );
        // The write, within the noise, is decided by its instructions; the map, further behind
        // than either driver's figure moved, is behind.
        assert!(
            t.contains(
                "Of those, 1 have a difference no wider than the sitting's noise (the wider of \
                 the two drivers' own spreads over their boots) and the same work ahead in guest \
                 instructions in every round"
            ),
            "{t}"
        );
        assert!(
            t.contains(
                "behind in their deciding measure: 1 vCPU, strict, dma_map_benchmark, 1 \
                 thread(s), 16 page(s): map latency us."
            ),
            "{t}"
        );
        // An instruction count behind in one round does not decide its row.
        samples.insert(
            (
                setup,
                Metric {
                    order: (0, 0, 1),
                    name: "blk: write, guest instructions per MiB".into(),
                    higher_is_better: false,
                    instructions: Vec::new(),
                },
            ),
            [vec![110.0, 110.0], vec![100.0, 120.0]],
        );
        let t = render(&samples, 2);
        assert!(t.contains("Of those, 0 have"), "{t}");
        // One round: rows under 1.0 are listed, and no verdict is given.
        let one: BTreeMap<_, _> = samples
            .iter()
            .map(|(k, [c, o])| (k.clone(), [c[..1].to_vec(), o[..1].to_vec()]))
            .collect();
        let t = render(&one, 1);
        assert!(t.contains("Under 1.0: 2 of 3 rows:"), "{t}");
        assert!(
            t.contains("No verdict: with 1 round(s)") && !t.contains("Of those"),
            "{t}"
        );
    }

    /// A row behind in every round is decided by its count when C's own figure moved by more
    /// than the difference over its boots, and behind when the difference is wider than both
    /// drivers' spreads, whatever the count.
    #[test]
    fn the_difference_is_read_against_each_drivers_spread() {
        let setup = Setup {
            smp: 4,
            strict: true,
        };
        let m = |order, name: &str, instructions| Metric {
            order,
            name: name.into(),
            higher_is_better: order.2 == 0,
            instructions,
        };
        let write = m((0, 0, 0), "write MiB/s", vec![(0, 0, 1)]);
        let count = m((0, 0, 1), "write, guest instructions per MiB", Vec::new());
        let mut samples = BTreeMap::new();
        // C 586-910 MiB/s over its boots (x1.55), ours 585-816 (x1.39): a median ratio of 0.72
        // (x1.39) is within C's spread; the count is ahead in every round.
        samples.insert(
            (setup, write.clone()),
            [vec![586.5, 858.3, 910.1], vec![585.4, 614.1, 816.0]],
        );
        samples.insert(
            (setup, count.clone()),
            [vec![110.0, 111.0, 112.0], vec![100.0, 100.0, 101.0]],
        );
        let t = render(&samples, 3);
        assert!(t.contains("behind in every round"), "{t}");
        assert!(t.contains("behind in their deciding measure: none."), "{t}");
        // Both drivers steady and ours 20% slower: behind, although its count is ahead.
        samples.insert(
            (setup, write),
            [vec![1000.0, 1010.0, 1005.0], vec![800.0, 805.0, 810.0]],
        );
        let t = render(&samples, 3);
        assert!(
            t.contains("behind in their deciding measure: 4 vCPUs, strict, write MiB/s."),
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
}
