//! The exploration engine, in three parts that together make the suite sound (see the README's
//! conformance section for the figures):
//!
//! 1. **Every sequence, unmerged, up to `Search::unmerged` operations**: each sequence is run
//!    on a fresh implementation and checked after every step. Nothing is assumed about the
//!    implementation beyond determinism.
//! 2. **Merged breadth-first search up to `Search::depth`**: from each distinct state reached,
//!    every enabled step is run on a fresh implementation brought there by replaying the path
//!    that first reached it (operations and DMAs, so caches hold what they would), and its
//!    result and the outcome of every observable DMA are compared with the model's. Two
//!    histories are merged only when they reach the same model state *and* the same
//!    implementation fingerprint ([`Harness::fingerprint`]: for the runtime on the mock, the
//!    tables the SMMU reads, the CD tables the driver keeps, the configuration cache, the
//!    IOTLB and the ASIDs, addresses renamed by first appearance). Merging is sound as far as
//!    the fingerprint covers what the implementation remembers; an implementation without one
//!    is not merged at all. [`Merge::Model`] is the former search (model state only, up to
//!    symmetry), kept to show what it misses.
//! 3. **Lifetime swarm**: the merged search again, deeper (`Search::swarm_depth`), on one
//!    device with one PASID, once per device operation with only that operation and the domain
//!    operations (allocation and free): the histories that free a domain and give its
//!    identifiers to another one need five operations (attach, detach, free, allocate, attach),
//!    beyond the full search's depth.
//! 4. **Seeded random walks** (swarm testing): `Search::walks` sequences of
//!    `Search::walk_len` steps from reset, each over a random subset of the operations, checked
//!    after every step: long histories no bounded search reaches.
//!
//! Breadth first, so the first failure the search finds is one of the shortest.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;

use crate::harness::{Answer, Harness};
use crate::model::{self, Device, Domain, Outcome, State};
pub use crate::universe::Step;
use crate::universe::Universe;

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if Universe::on_device(&self.op) {
            write!(f, "dev{}.{}", self.dev, show_op(&self.op))
        } else {
            write!(f, "{}", show_op(&self.op))
        }
    }
}

pub(crate) fn show_domain(d: &Domain) -> String {
    if d.id == 0 {
        d.kind.name().to_string()
    } else {
        format!("{}{}", d.kind.name(), d.id)
    }
}

fn show_op(op: &model::Op) -> String {
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

/// What the merged search merges on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// The model state and the implementation's fingerprint (no merging without one).
    Fingerprint,
    /// The model state alone, up to symmetry (devices, PASIDs and same-type domains are
    /// interchangeable): the former search, which assumes the implementation remembers nothing
    /// else. Unsound; kept to measure what it misses.
    Model,
}

/// How far the suite explores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Search {
    /// Every sequence up to this length is run without merging.
    pub unmerged: usize,
    /// The merged search's depth.
    pub depth: usize,
    /// What the merged search merges on.
    pub merge: Merge,
    /// Depth of the lifetime swarm (0: none).
    pub swarm_depth: usize,
    /// Random walks from reset.
    pub walks: usize,
    /// Steps per random walk.
    pub walk_len: usize,
    /// Seed of the random walks.
    pub seed: u64,
    /// Stop after this many failures.
    pub max_failures: usize,
}

impl Search {
    /// The suite at merged depth `depth`: every sequence of up to 2 operations unmerged, the
    /// lifetime swarm at depth `depth + 2` (at least 5), and 200 random walks of 12 steps.
    pub const fn new(depth: usize) -> Self {
        Search {
            unmerged: 2,
            depth,
            merge: Merge::Fingerprint,
            swarm_depth: if depth + 2 > 5 { depth + 2 } else { 5 },
            walks: 200,
            walk_len: 12,
            seed: 0x10_3a_5e_ed,
            max_failures: 3,
        }
    }

    /// The former suite: merged on the model state up to symmetry, no unmerged part, no walks.
    pub const fn former(depth: usize) -> Self {
        Search {
            unmerged: 0,
            depth,
            merge: Merge::Model,
            swarm_depth: 0,
            walks: 0,
            walk_len: 0,
            seed: 0,
            max_failures: 3,
        }
    }
}

/// What a run covered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The harness.
    pub harness: String,
    /// The merged search's depth.
    pub depth: usize,
    /// Whether the merged search merged on a fingerprint of the implementation (else on the
    /// model state up to symmetry, or, without a fingerprint, not at all).
    pub fingerprinted: bool,
    /// Distinct states (model state and fingerprint) reached and checked.
    pub states: usize,
    /// Distinct model states among them.
    pub model_states: usize,
    /// (state, step) pairs the merged search ran on the implementation.
    pub transitions: usize,
    /// Operation sequences of length at most `depth` that the merged search covers: each
    /// reaches, step by step, only checked states through checked transitions, where a state
    /// stands for every history merged into it.
    pub sequences: u128,
    /// Operation sequences of length at most `Search::unmerged`, each run and checked as such.
    pub sequences_run: u128,
    /// The lifetime swarm: distinct states, transitions run, and sequences covered (as for the
    /// merged search, summed over its searches).
    pub swarm: (usize, usize, u128),
    /// Random walks run, and their steps.
    pub walks: usize,
    /// Steps of the random walks.
    pub walk_steps: usize,
    /// DMA observations compared.
    pub observations: usize,
    /// Steps not run because the implementation cannot express them, by reason.
    pub not_applicable: BTreeMap<String, usize>,
    /// The first failures found, shortest first within each part.
    pub failures: Vec<Failure>,
}

impl Report {
    /// Whether the implementation conformed.
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// The canonical form of a model state under the symmetries (for [`Merge::Model`]).
fn canonical(state: &State, u: &Universe) -> State {
    let n = state.devices.len();
    let dev_perms: Vec<Vec<usize>> = permutations(n);
    let pasid_perms: Vec<Vec<usize>> = permutations(u.pasids.len());
    let mut best: Option<(String, State)> = None;
    for dp in &dev_perms {
        for pp in &pasid_perms {
            let mut ordered: Vec<Device> = dp.iter().map(|&i| state.devices[i].clone()).collect();
            // Rename PASIDs.
            for d in &mut ordered {
                d.pasid = d
                    .pasid
                    .iter()
                    .map(|(p, dom)| {
                        let i = u.pasids.iter().position(|x| x == p).unwrap_or(0);
                        (u.pasids[pp[i]], *dom)
                    })
                    .collect();
            }
            // Rename domains of each type by first appearance; unattached live domains after.
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
            let mut live: Vec<Domain> = state.live.iter().copied().collect();
            live.iter_mut().for_each(&mut visit);
            let c = State {
                devices: ordered,
                live: live.into_iter().collect(),
            };
            let key = format!("{c:?}");
            if best.as_ref().is_none_or(|b| key < b.0) {
                best = Some((key, c));
            }
        }
    }
    best.map_or_else(|| state.clone(), |b| b.1)
}

fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return alloc::vec![Vec::new()];
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
pub(crate) fn replay<H: Harness>(h: &mut H, u: &Universe, path: &[Step]) -> Result<(), String> {
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

/// Every observable DMA of the universe: each device without a PASID and with each PASID the
/// implementation can observe; the rest are counted as not applicable in `report`.
fn probes<H: Harness>(
    h: &H,
    u: &Universe,
    mut report: Option<&mut Report>,
) -> Vec<(usize, Option<u32>)> {
    let mut v = Vec::new();
    for dev in 0..u.devices {
        for pasid in core::iter::once(None).chain(u.pasids.iter().map(|p| Some(*p))) {
            match h.observable(pasid) {
                Ok(()) => v.push((dev, pasid)),
                Err(na) => {
                    if let Some(r) = report.as_deref_mut() {
                        *r.not_applicable.entry(na.0).or_default() += 1;
                    }
                }
            }
        }
    }
    v
}

/// Plays every observable DMA, ignoring the outcomes (they were checked when first seen).
fn probe_all<H: Harness>(h: &mut H, u: &Universe) -> Result<(), String> {
    let probes = probes(h, u, None);
    h.observe_all(&probes).map(|_| ())
}

/// Checks the implementation's observations against the model's state.
pub(crate) fn compare_observations<H: Harness>(
    h: &mut H,
    u: &Universe,
    model: &State,
    report: &mut Report,
) -> Result<(), String> {
    let probes = probes(h, u, Some(report));
    let got = h.observe_all(&probes)?;
    if got.len() != probes.len() {
        return Err(format!(
            "{} DMAs played, {} outcomes reported",
            probes.len(),
            got.len()
        ));
    }
    for ((dev, pasid), got) in probes.into_iter().zip(got) {
        let expected = model
            .devices
            .get(dev)
            .map(|state| model::observe(state, pasid))
            .ok_or_else(|| format!("the model has no device {dev}"))?;
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
    Ok(())
}

fn show_outcome(o: &Outcome) -> String {
    match o {
        Outcome::Translate(d) => format!("translation by {}", show_domain(d)),
        Outcome::Bypass => "bypass".into(),
        Outcome::Fault => "fault".into(),
    }
}

/// Runs `step` on the implementation (already in `state`) and checks its answer and every
/// observation; returns the model's next state.
pub(crate) fn check_step<H: Harness>(
    h: &mut H,
    u: &Universe,
    state: &State,
    step: &Step,
    report: &mut Report,
) -> Result<State, String> {
    let mut next = state.clone();
    let expected = match step.op.apply(&mut next, step.dev) {
        Ok(()) => Answer::Ok,
        Err(e) => Answer::Refused(e),
    };
    let got = h.apply(step.dev, &step.op);
    if got != expected {
        return Err(format!(
            "{step} returned {got:?}, the spec says {expected:?}"
        ));
    }
    compare_observations(h, u, &next, report)?;
    Ok(next)
}

/// The steps of `st` the implementation can run; the others are counted as not applicable.
pub(crate) fn runnable<H: Harness>(
    h: &H,
    u: &Universe,
    ops: &[model::Op],
    st: &State,
    report: &mut Report,
) -> Vec<Step> {
    u.steps(ops, st)
        .into_iter()
        .filter(|s| match h.applicable(&s.op) {
            Ok(()) => true,
            Err(na) => {
                *report.not_applicable.entry(na.0).or_default() += 1;
                false
            }
        })
        .collect()
}

/// Runs the suite: the unmerged search, the merged search, then the random walks (each part
/// only if the previous ones passed).
pub fn run<H: Harness>(harness: &mut H, u: &Universe, search: &Search) -> Report {
    let mut report = Report {
        harness: harness.name(),
        depth: search.depth,
        ..Report::default()
    };
    let initial = u.initial();
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
    crate::walks::unmerged(harness, u, search, &mut report);
    let ops = u.ops();
    if report.passed() {
        let m = merged(harness, u, search, &ops, search.depth, &mut report);
        report.fingerprinted = m.fingerprinted;
        (report.states, report.model_states) = (m.states, m.model_states);
        report.transitions = m.transitions;
        report.sequences = m.sequences;
    }
    if search.swarm_depth > 0 && u.lifetimes {
        let one = Universe {
            devices: 1,
            pasids: u.pasids.iter().copied().take(1).collect(),
            ..u.clone()
        };
        let ops = one.ops();
        for (i, info) in model::OPS.iter().enumerate() {
            if !info.device || !report.passed() {
                continue;
            }
            let subset: Vec<model::Op> = ops
                .iter()
                .filter(|op| {
                    let k = model::OPS.iter().position(|o| o.name == op.name());
                    k == Some(i) || !Universe::on_device(op)
                })
                .copied()
                .collect();
            let m = merged(
                harness,
                &one,
                search,
                &subset,
                search.swarm_depth,
                &mut report,
            );
            report.swarm.0 += m.states;
            report.swarm.1 += m.transitions;
            report.swarm.2 += m.sequences;
        }
    }
    if report.passed() {
        crate::walks::random(harness, u, search, &mut report);
    }
    report
}

/// What one merged search covered.
#[derive(Default)]
struct Merged {
    fingerprinted: bool,
    states: usize,
    model_states: usize,
    transitions: usize,
    sequences: u128,
}

/// The merged breadth-first search over `ops` to `depth` (part 2 of the module doc);
/// failures go to `report`.
fn merged<H: Harness>(
    harness: &mut H,
    u: &Universe,
    search: &Search,
    ops: &[model::Op],
    depth: usize,
    report: &mut Report,
) -> Merged {
    let mut out = Merged::default();
    let initial = u.initial();
    // States by key; a key is the canonical model state and, when merging on fingerprints,
    // the fingerprint (without one, the path: nothing merges).
    type Key = (String, Vec<u64>);
    let mut ids: BTreeMap<Key, usize> = BTreeMap::new();
    let mut model_states: BTreeSet<String> = BTreeSet::new();
    let mut succ: Vec<Vec<usize>> = Vec::new();
    let fingerprint = |h: &mut H, st: &State, path: &[Step]| -> (Key, bool) {
        match search.merge {
            Merge::Model => ((format!("{:?}", canonical(st, u)), Vec::new()), false),
            Merge::Fingerprint => match h.fingerprint(u) {
                Some(f) => ((format!("{st:?}"), f), true),
                None => ((format!("{st:?}|{path:?}"), Vec::new()), false),
            },
        }
    };
    // The implementation in its initial state, for its fingerprint.
    if let Err(what) = replay(harness, u, &[]) {
        report.failures.push(Failure {
            sequence: Vec::new(),
            what,
        });
        return out;
    }
    let (k0, fp) = fingerprint(harness, &initial, &[]);
    out.fingerprinted = fp;
    ids.insert(k0, 0);
    model_states.insert(format!("{initial:?}"));
    succ.push(Vec::new());
    let mut frontier: Vec<(usize, State, Vec<Step>)> = alloc::vec![(0, initial, Vec::new())];
    for _ in 0..depth {
        let mut next_frontier = Vec::new();
        for (id, state, path) in &frontier {
            for step in runnable(harness, u, ops, state, report) {
                let mut seq = path.clone();
                seq.push(step);
                let check = replay(harness, u, path)
                    .and_then(|()| check_step(harness, u, state, &step, report));
                out.transitions += 1;
                let next = match check {
                    Ok(n) => n,
                    Err(what) => {
                        report.failures.push(Failure {
                            sequence: seq,
                            what,
                        });
                        if report.failures.len() >= search.max_failures {
                            return out;
                        }
                        continue;
                    }
                };
                let (key, _) = fingerprint(harness, &next, &seq);
                let n = ids.len();
                let nid = *ids.entry(key).or_insert(n);
                succ[*id].push(nid);
                if nid == n {
                    succ.push(Vec::new());
                    model_states.insert(format!("{next:?}"));
                    next_frontier.push((nid, next, seq));
                }
            }
        }
        frontier = next_frontier;
    }
    out.states = ids.len();
    out.model_states = model_states.len();
    // Sequences covered: paths of length 1..=depth from the initial state through the graph
    // of checked transitions (every state first reached before the last level was expanded
    // then, so its successors are known whenever a later path reaches it).
    let mut counts: BTreeMap<usize, u128> = BTreeMap::new();
    counts.insert(0, 1);
    for _ in 0..depth {
        let mut next: BTreeMap<usize, u128> = BTreeMap::new();
        for (id, c) in &counts {
            for s in &succ[*id] {
                *next.entry(*s).or_default() += c;
            }
        }
        out.sequences += next.values().sum::<u128>();
        counts = next;
    }
    out
}
