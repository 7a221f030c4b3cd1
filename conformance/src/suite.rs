//! The exploration engine. Breadth first over the model's states, so the first failure found is
//! one of the shortest: from each distinct state (up to symmetry) reached within `depth`
//! operations, every operation instance on every device is run on a fresh implementation
//! brought to that state by replaying the path that first reached it, and its result and the
//! outcome of every observable DMA are compared with the model's.
//!
//! Symmetry reduction: devices are interchangeable, PASIDs are interchangeable (one permutation
//! applied to all devices), and domains of the same type are interchangeable; two states equal
//! under these permutations are explored once.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::fmt;

use crate::harness::{Answer, Harness};
use crate::model::{self, Device, Domain, Op, Outcome};
use crate::universe::Universe;

/// One step of a sequence: an operation on a device.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Step {
    /// The device index.
    pub dev: usize,
    /// The operation.
    pub op: Op,
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dev{}.{}", self.dev, show_op(&self.op))
    }
}

fn show_domain(d: &Domain) -> String {
    if d.id == 0 {
        d.kind.name().to_string()
    } else {
        format!("{}{}", d.kind.name(), d.id)
    }
}

fn show_op(op: &Op) -> String {
    // `Op`'s Debug shows the arguments; make domains readable.
    let mut s = format!("{op:?}");
    for k in model::Kind::ALL {
        for id in 0..8 {
            let d = Domain { kind: *k, id };
            s = s.replace(&format!("{d:?}"), &show_domain(&d));
        }
    }
    format!(
        "{}({})",
        op.name(),
        s.split_once('{')
            .map_or("", |(_, r)| r.trim_end_matches('}').trim())
    )
}

/// A disagreement between the implementation and the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The operations from reset, the last one showing the problem.
    pub sequence: Vec<Step>,
    /// What differed.
    pub what: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let steps: Vec<String> = self.sequence.iter().map(ToString::to_string).collect();
        write!(f, "after [{}]: {}", steps.join(", "), self.what)
    }
}

/// What a run covered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The harness.
    pub harness: String,
    /// The exploration depth.
    pub depth: usize,
    /// Distinct states (up to symmetry) reached and checked.
    pub states: usize,
    /// (state, operation) pairs run on the implementation.
    pub transitions: usize,
    /// Operation sequences of length at most `depth` that the exploration covers (every one of
    /// them reaches, step by step, only checked states through checked transitions).
    pub sequences: u128,
    /// DMA observations compared.
    pub observations: usize,
    /// Steps not run because the implementation cannot express them, by reason.
    pub not_applicable: BTreeMap<String, usize>,
    /// The first failures found, shortest first.
    pub failures: Vec<Failure>,
}

impl Report {
    /// Whether the implementation conformed.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// The canonical form of a model state under the symmetries.
fn canonical(state: &[Device], u: &Universe) -> Vec<Device> {
    let n = state.len();
    let dev_perms: Vec<Vec<usize>> = permutations(n);
    let pasid_perms: Vec<Vec<usize>> = permutations(u.pasids.len());
    let mut best: Option<Vec<Device>> = None;
    for dp in &dev_perms {
        for pp in &pasid_perms {
            let mut ordered: Vec<Device> = dp.iter().map(|&i| state[i].clone()).collect();
            // Rename PASIDs.
            for d in &mut ordered {
                let map: BTreeMap<u32, Domain> = d
                    .pasid
                    .iter()
                    .map(|(p, dom)| {
                        let i = u.pasids.iter().position(|x| x == p).unwrap_or(0);
                        (u.pasids[pp[i]], *dom)
                    })
                    .collect();
                d.pasid = map;
            }
            // Rename domains of each type by first appearance.
            let mut rename: BTreeMap<Domain, Domain> = BTreeMap::new();
            let mut next: BTreeMap<model::Kind, u32> = BTreeMap::new();
            let mut visit = |d: &mut Domain| {
                if d.id == 0 {
                    return;
                }
                let r = *rename.entry(*d).or_insert_with(|| {
                    let c = next.entry(d.kind).or_insert(0);
                    *c += 1;
                    Domain {
                        kind: d.kind,
                        id: *c,
                    }
                });
                *d = r;
            };
            for d in &mut ordered {
                visit(&mut d.rid);
                for v in d.pasid.values_mut() {
                    visit(v);
                }
            }
            let key = format!("{ordered:?}");
            if best.as_ref().is_none_or(|b| key < format!("{b:?}")) {
                best = Some(ordered);
            }
        }
    }
    best.unwrap_or_default()
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for rest in permutations(n - 1) {
        for i in 0..=rest.len() {
            let mut p = rest.clone();
            p.insert(i, n - 1);
            out.push(p);
        }
    }
    out
}

/// Brings a fresh implementation to the end of `path` (already checked steps) through the same
/// history the checks saw: after every step, the same DMAs (which fill the SMMU's caches, so a
/// missing invalidation later shows).
fn replay<H: Harness>(h: &mut H, u: &Universe, path: &[Step]) -> Result<(), String> {
    h.reset(u)?;
    probe_all(h, u)?;
    for s in path {
        if let Answer::Failed(e) = h.apply(s.dev, &s.op) {
            return Err(format!("replaying {s}: {e}"));
        }
        probe_all(h, u)?;
    }
    Ok(())
}

/// Plays every observable DMA, ignoring the outcomes (they were checked when first seen).
fn probe_all<H: Harness>(h: &mut H, u: &Universe) -> Result<(), String> {
    for dev in 0..u.devices {
        for pasid in core::iter::once(None).chain(u.pasids.iter().map(|p| Some(*p))) {
            if h.observable(pasid).is_ok() {
                h.observe(dev, pasid)?;
            }
        }
    }
    Ok(())
}

/// Checks the implementation's observations against the model's state.
fn compare_observations<H: Harness>(
    h: &mut H,
    u: &Universe,
    model: &[Device],
    report: &mut Report,
) -> Result<(), String> {
    for (dev, state) in model.iter().enumerate() {
        let probes = core::iter::once(None).chain(u.pasids.iter().map(|p| Some(*p)));
        for pasid in probes {
            if let Err(na) = h.observable(pasid) {
                *report.not_applicable.entry(na.0).or_default() += 1;
                continue;
            }
            let expected = model::observe(state, pasid);
            let got = h.observe(dev, pasid)?;
            report.observations += 1;
            if got != expected {
                let p = pasid.map_or("without PASID".to_string(), |p| format!("with PASID {p}"));
                return Err(format!(
                    "DMA from dev{dev} {p}: expected {}, got {}",
                    show_outcome(&expected),
                    show_outcome(&got)
                ));
            }
        }
    }
    Ok(())
}

fn show_outcome(o: &Outcome) -> String {
    match o {
        Outcome::Translate(d) => format!("translation by {}", show_domain(d)),
        Outcome::Bypass => "bypass".into(),
        Outcome::Fault => "fault".into(),
    }
}

/// Explores every sequence up to `depth` and checks `harness` against the model. Stops after
/// `max_failures` failures.
pub fn run<H: Harness>(harness: &mut H, u: &Universe, depth: usize, max_failures: usize) -> Report {
    let mut report = Report {
        harness: harness.name(),
        depth,
        ..Report::default()
    };
    let ops = u.ops();
    let initial: Vec<Device> = vec![Device::default(); u.devices];
    let mut seen: BTreeSet<String> = BTreeSet::new();
    seen.insert(format!("{:?}", canonical(&initial, u)));
    // The initial state's observations.
    match replay(harness, u, &[])
        .and_then(|()| compare_observations(harness, u, &initial, &mut report))
    {
        Ok(()) => {}
        Err(what) => {
            report.failures.push(Failure {
                sequence: Vec::new(),
                what,
            });
            return report;
        }
    }
    report.states = 1;
    let mut frontier: Vec<(Vec<Device>, Vec<Step>)> = vec![(initial, Vec::new())];
    // Sequences covered: every sequence of each length up to depth (the per-length count is the
    // number of steps the implementation can run from every state, all of which are checked).
    let per_step = (ops
        .iter()
        .filter(|op| harness.applicable(op).is_ok())
        .count()
        * u.devices) as u128;
    report.sequences = (1..=depth as u32).map(|k| per_step.pow(k)).sum();
    for _ in 0..depth {
        let mut next_frontier = Vec::new();
        for (state, path) in &frontier {
            for dev in 0..u.devices {
                for op in &ops {
                    let step = Step { dev, op: *op };
                    if let Err(na) = harness.applicable(op) {
                        *report.not_applicable.entry(na.0).or_default() += 1;
                        continue;
                    }
                    let mut expected_state = state.clone();
                    let expected = match op.apply(&mut expected_state[dev]) {
                        Ok(()) => Answer::Ok,
                        Err(e) => Answer::Refused(e),
                    };
                    let mut seq = path.clone();
                    seq.push(step.clone());
                    let check = replay(harness, u, path).and_then(|()| {
                        let got = harness.apply(dev, op);
                        if got != expected {
                            return Err(format!(
                                "{step} returned {got:?}, the spec says {expected:?}"
                            ));
                        }
                        compare_observations(harness, u, &expected_state, &mut report)
                    });
                    report.transitions += 1;
                    if let Err(what) = check {
                        report.failures.push(Failure {
                            sequence: seq,
                            what,
                        });
                        if report.failures.len() >= max_failures {
                            return report;
                        }
                        continue;
                    }
                    let key = format!("{:?}", canonical(&expected_state, u));
                    if seen.insert(key) {
                        report.states += 1;
                        next_frontier.push((expected_state, seq));
                    }
                }
            }
        }
        frontier = next_frontier;
    }
    report
}
