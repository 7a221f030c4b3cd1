//! The parts of the suite that do not merge histories: every sequence up to a small length, run
//! as such on a fresh implementation, and seeded random walks from reset (swarm testing: each
//! walk draws its steps from a random subset of the operations, so some walks dwell on
//! allocation and free, others on PASIDs, and reach histories a uniform walk rarely would).

use alloc::vec::Vec;

use crate::harness::Harness;
use crate::model::{State, OPS};
use crate::suite::{check_step, compare_observations, runnable, Failure, Report, Search};
use crate::universe::{Step, Universe};

/// Runs `path` from reset, checking every step; on a failure, returns the failing prefix.
fn run_path<H: Harness>(
    h: &mut H,
    u: &Universe,
    path: &[Step],
    report: &mut Report,
) -> Result<(), Failure> {
    let fail = |n: usize, what| Failure {
        sequence: path[..n].to_vec(),
        what,
    };
    h.reset(u).map_err(|e| fail(0, e))?;
    let mut st = u.initial();
    compare_observations(h, u, &st, report).map_err(|e| fail(0, e))?;
    for (i, step) in path.iter().enumerate() {
        st = check_step(h, u, &st, step, report).map_err(|e| fail(i + 1, e))?;
    }
    Ok(())
}

/// Every sequence of up to `search.unmerged` steps, each run and checked as such (only the
/// longest are run: each checks its prefixes on the way).
pub(crate) fn unmerged<H: Harness>(h: &mut H, u: &Universe, search: &Search, report: &mut Report) {
    if search.unmerged == 0 {
        return;
    }
    let ops = u.ops();
    let mut paths: Vec<Vec<Step>> = Vec::new();
    let mut stack: Vec<(State, Vec<Step>)> = alloc::vec![(u.initial(), Vec::new())];
    while let Some((st, path)) = stack.pop() {
        report.sequences_run += u128::from(!path.is_empty());
        let steps = if path.len() < search.unmerged {
            runnable(h, u, &ops, &st, report)
        } else {
            Vec::new()
        };
        if steps.is_empty() {
            paths.push(path);
            continue;
        }
        for step in steps.into_iter().rev() {
            let mut next = st.clone();
            // A refused step leaves the state as it was; the model decides.
            let _ = step.op.apply(&mut next, step.dev);
            let mut p = path.clone();
            p.push(step);
            stack.push((next, p));
        }
    }
    let mut failed: Vec<Vec<Step>> = Vec::new();
    for path in paths {
        if failed.iter().any(|f| path.starts_with(f)) {
            continue;
        }
        if let Err(f) = run_path(h, u, &path, report) {
            failed.push(f.sequence.clone());
            report.failures.push(f);
            if report.failures.len() >= search.max_failures {
                return;
            }
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `search.walks` random walks of `search.walk_len` steps from reset.
pub(crate) fn random<H: Harness>(h: &mut H, u: &Universe, search: &Search, report: &mut Report) {
    let ops = u.ops();
    let mut rng = Rng(search.seed | 1);
    for _ in 0..search.walks {
        // Swarm: each operation of the spec is in this walk's repertoire with probability 1/2.
        let mask = rng.next() & ((1u64 << OPS.len().min(63)) - 1);
        let mut st = u.initial();
        let mut path: Vec<Step> = Vec::new();
        let fail = |path: &[Step], what| Failure {
            sequence: path.to_vec(),
            what,
        };
        let mut result = h
            .reset(u)
            .and_then(|()| compare_observations(h, u, &st, report))
            .map_err(|e| fail(&path, e));
        report.walks += 1;
        for _ in 0..search.walk_len {
            if result.is_err() {
                break;
            }
            let all = runnable(h, u, &ops, &st, report);
            let chosen: Vec<&Step> = all
                .iter()
                .filter(|s| {
                    let i = OPS.iter().position(|o| o.name == s.op.name()).unwrap_or(0);
                    mask >> i & 1 == 1
                })
                .collect();
            let pool: Vec<&Step> = if chosen.is_empty() {
                all.iter().collect()
            } else {
                chosen
            };
            let Some(step) = pool.get(rng.below(pool.len())).copied().copied() else {
                break;
            };
            path.push(step);
            report.walk_steps += 1;
            result = check_step(h, u, &st, &step, report)
                .map(|n| st = n)
                .map_err(|e| fail(&path, e));
        }
        if let Err(f) = result {
            report.failures.push(f);
            if report.failures.len() >= search.max_failures {
                return;
            }
        }
    }
}
