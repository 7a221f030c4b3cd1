//! The benchmark calls' waits in the kernel's lock slow paths by site, at several vCPUs: for
//! each run whose calls waited, the instructions per call each driver's calls spent waiting
//! inside each function of [`insns::SITE_FUNCTIONS`] (the plugin's `site=`), medians over
//! the sitting's boots. It says whose lock the part of a whole instruction count that the
//! twin "less the kernel's lock waits" leaves out was: the DMA layer's, shared by both
//! drivers, or elsewhere (a driver's own among them).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::super::insns::{self, BenchCalls};
use super::table::median;
use super::Setup;

/// A run's calls of one kind: the setup, the run's threads and pages, and `map` or `unmap`.
type Calls = (Setup, (u32, u32), &'static str);

/// Rows whose calls waited fewer instructions per call than this, for both drivers, are left
/// out (a few cache misses' worth).
const SHOWN_FROM: f64 = 100.0;

/// The waits by site of every boot of a sitting.
#[derive(Debug, Default)]
pub(super) struct Waits {
    /// Boots per calls and driver (a site a boot did not wait in counts 0 for it).
    boots: BTreeMap<Calls, [usize; 2]>,
    /// Instructions per call waited, by calls, site and driver, one per boot that waited there.
    by_site: BTreeMap<Calls, BTreeMap<String, [Vec<f64>; 2]>>,
}

impl Waits {
    /// Adds the benchmark runs of one boot of driver `d` (0: C, 1: ours) in `setup`.
    pub(super) fn add(&mut self, setup: Setup, d: usize, bench: &BTreeMap<(u32, u32), BenchCalls>) {
        for (&run, c) in bench {
            for (what, sites) in [("map", &c.map_sites), ("unmap", &c.unmap_sites)] {
                let key = (setup, run, what);
                self.boots.entry(key).or_default()[d] += 1;
                let row = self.by_site.entry(key).or_default();
                for (site, &v) in sites {
                    row.entry(site.clone()).or_default()[d].push(v);
                }
            }
        }
    }

    /// The median over driver `d`'s boots of `v` (one value per boot that waited), the boots
    /// that did not counting 0.
    fn median_over_boots(&self, key: &Calls, d: usize, v: &[f64]) -> f64 {
        let boots = self.boots.get(key).map_or(0, |b| b[d]);
        let mut all = v.to_vec();
        all.resize(boots.max(v.len()), 0.0);
        median(&all).unwrap_or(0.0)
    }

    /// One table per setup with several vCPUs, rows for the runs whose calls waited, then
    /// what each site's waits are. Empty where no run waited.
    pub(super) fn render(&self) -> String {
        let mut s = String::new();
        let mut current = None;
        for (key, sites) in &self.by_site {
            let (setup, (t, g), what) = *key;
            if setup.smp == 1 {
                continue;
            }
            // Each driver's median total over its boots, and its sites' medians.
            let mut cells = [String::new(), String::new()];
            let mut totals = [0.0; 2];
            for (d, cell) in cells.iter_mut().enumerate() {
                let boots = self.boots.get(key).map_or(0, |b| b[d]);
                let per_boot: Vec<f64> = (0..boots)
                    .map(|i| {
                        sites
                            .values()
                            .filter_map(|v| v[d].get(i).copied())
                            .sum::<f64>()
                    })
                    .collect();
                totals[d] = median(&per_boot).unwrap_or(0.0);
                let mut parts: Vec<(f64, &str)> = sites
                    .iter()
                    .map(|(site, v)| (self.median_over_boots(key, d, &v[d]), site.as_str()))
                    .filter(|&(m, _)| m >= 0.5)
                    .collect();
                parts.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
                let listed: Vec<String> = parts
                    .iter()
                    .map(|(m, site)| format!("{site} {m:.0}"))
                    .collect();
                *cell = format!("{:.0}: {}", totals[d], listed.join(", "));
            }
            if totals.iter().all(|&t| t < SHOWN_FROM) {
                continue;
            }
            if current != Some(setup) {
                current = Some(setup);
                let _ = writeln!(s, "\n### Lock waits by site, {}\n", setup.title());
                let _ = writeln!(
                    s,
                    "| dma_map_benchmark run | Linux C arm-smmu-v3: waited per call, by site | \
                     iommugen: the same |"
                );
                let _ = writeln!(s, "| --- | --- | --- |");
            }
            let _ = writeln!(
                s,
                "| {t} thread(s), {g} page(s): {what} | {} | {} |",
                cells[0], cells[1]
            );
        }
        if !s.is_empty() {
            let sites: Vec<String> = insns::SITE_FUNCTIONS
                .iter()
                .map(|(f, what)| format!("`{f}`: {what}"))
                .collect();
            let _ = writeln!(
                s,
                "\nWaited per call: the guest instructions a call executed in the kernel's lock \
                 slow paths (what its twin less the lock waits leaves out), median over the \
                 boots, then the same by the innermost of the DMA layer's functions the vCPU \
                 was in when the wait began, each a median over the boots (one that did not \
                 wait there counting 0), runs where both drivers waited fewer than {SHOWN_FROM} \
                 left out. The functions and the locks their waits are: {}; `elsewhere`: in \
                 none of them (a driver's own lock, or another of the kernel's).",
                sites.join("; ")
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_by_site_are_medians_over_the_boots() {
        let four = Setup {
            smp: 4,
            strict: false,
        };
        let one = Setup {
            smp: 1,
            strict: false,
        };
        let calls = |free: Option<f64>, elsewhere: f64| BenchCalls {
            unmap_sites: free
                .map(|f| ("free_iova".to_string(), f))
                .into_iter()
                .chain([("elsewhere".to_string(), elsewhere)])
                .collect(),
            ..Default::default()
        };
        let mut w = Waits::default();
        // C: three boots, free_iova 3000, 1000 and none; ours: 5000 twice, and 9000.
        for (d, boots) in [
            (
                0,
                [(Some(3000.0), 10.0), (Some(1000.0), 20.0), (None, 30.0)],
            ),
            (
                1,
                [
                    (Some(5000.0), 1.0),
                    (Some(5000.0), 1.0),
                    (Some(9000.0), 1.0),
                ],
            ),
        ] {
            for (free, elsewhere) in boots {
                let bench = BTreeMap::from([((4, 256), calls(free, elsewhere))]);
                w.add(four, d, &bench);
                w.add(one, d, &bench);
            }
        }
        // A run that waited little is left out.
        w.add(four, 0, &BTreeMap::from([((1, 1), calls(Some(5.0), 1.0))]));
        let t = w.render();
        assert!(t.contains("### Lock waits by site, 4 vCPUs, lazy"), "{t}");
        assert!(!t.contains("1 vCPU"), "{t}");
        assert!(
            t.contains(
                "| 4 thread(s), 256 page(s): unmap | 1020: free_iova 1000, elsewhere 20 | \
                 5001: free_iova 5000, elsewhere 1 |"
            ),
            "{t}"
        );
        assert!(!t.contains("1 thread(s)"), "{t}");
        assert!(
            t.contains("`free_iova`: the IOVA tree's lock, freeing"),
            "{t}"
        );
        assert_eq!(Waits::default().render(), "");
    }
}
