//! The crate's index of its units' parts, and what the rewritten patterns decide (see
//! [`variants`]): whether an alternative may still match, the rewrites the pass refuses with
//! these liveness, and the edit of an arm.

use super::*;

impl Crate {
    /// A crate of `units`, indexed.
    pub(super) fn new(units: Vec<Unit>, aliases: BTreeMap<String, Vec<String>>) -> Crate {
        let mut c = Crate {
            free: units
                .iter()
                .filter(|u| matches!(u.kind, Kind::Free { .. }))
                .map(|u| u.name.clone())
                .collect(),
            kids: vec![Vec::new(); units.len()],
            units,
            aliases,
            inherent: BTreeSet::new(),
            trait_items: BTreeMap::new(),
            variants: BTreeMap::new(),
            refused: BTreeSet::new(),
            owners: BTreeSet::new(),
            generics: BTreeSet::new(),
            supers: BTreeMap::new(),
            scopes: Scopes::default(),
        };
        for (i, u) in c.units.iter().enumerate() {
            if let Some(p) = u.parent {
                c.kids[p].push(i);
            }
            if matches!(u.kind, Kind::Free { .. }) {
                c.scopes.declared.insert((u.scope, u.name.clone()));
            }
            match &u.kind {
                Kind::Assoc { owner, .. } => {
                    c.inherent.insert((owner.clone(), u.name.clone()));
                }
                Kind::TraitItem { .. } => {
                    let tr = u
                        .parent
                        .map(|p| c.units[p].name.clone())
                        .unwrap_or_default();
                    c.trait_items
                        .entry((tr, u.name.clone()))
                        .or_default()
                        .push(i);
                }
                Kind::Variant { .. } => c.variants.entry(u.name.clone()).or_default().push(i),
                _ => {}
            }
        }
        c
    }

    /// Whether the alternative `alt` may still match: none of the runtime variants it names
    /// (each a candidate of its path) is gone.
    pub(super) fn alive(&self, alt: usize, live: &[bool]) -> bool {
        self.units[alt].refs.pairs.iter().all(|(x, n)| {
            let cands: Vec<usize> = self
                .variants
                .get(n)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&v| match &self.units[v].kind {
                    Kind::Variant { owner } => self.names_for(owner, x),
                    _ => false,
                })
                .collect();
            cands.is_empty() || cands.iter().any(|&v| live[v])
        })
    }

    /// The alternatives whose rewrite the pass cannot make with these liveness (see the module
    /// doc), not refused yet.
    pub(super) fn refusals(&self, lives: [&[bool]; 2]) -> BTreeSet<usize> {
        // Whether `i` is live in every crate of `within` that has it, or in none.
        let uniform = |i: usize, within: usize| {
            let s: BTreeSet<bool> = (0..2)
                .filter(|&c| lives[c][within])
                .map(|c| lives[c][i])
                .collect();
            s.len() <= 1
        };
        let mut out = BTreeSet::new();
        let mut groups: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for (i, u) in self.units.iter().enumerate() {
            let Kind::Arm {
                matches,
                to_false,
                group,
                ..
            } = &u.kind
            else {
                continue;
            };
            let p = u.parent.unwrap_or(i);
            let alts = &self.kids[i];
            // A `matches!` is kept or gone with its unit, and gone only where `false` may stand
            // for it.
            let gone = (0..2).any(|c| lives[c][p] && !lives[c][i]);
            if *matches && (!uniform(i, p) || (gone && !to_false)) {
                out.extend(alts.iter().copied());
            }
            for &a in alts {
                if !uniform(a, i) {
                    out.insert(a);
                }
            }
            if !matches {
                groups.entry(*group).or_default().push(i);
            }
        }
        for arms in groups.values() {
            let first = &self.units[arms[0]];
            let (
                Some(p),
                Kind::Arm {
                    arms: all,
                    catch_alls,
                    ..
                },
            ) = (first.parent, &first.kind)
            else {
                continue;
            };
            let dead_alts = |live: &[bool]| {
                arms.iter()
                    .filter(|&&a| !live[a])
                    .flat_map(|&a| self.kids[a].iter().copied())
                    .collect::<Vec<_>>()
            };
            for live in lives {
                if !live[p] {
                    continue;
                }
                let lost = arms.iter().any(|&a| !live[a]);
                // A `match` all of whose arms the pass rewrites must keep one.
                if arms.len() == *all && arms.iter().all(|&a| !live[a]) {
                    out.extend(dead_alts(live));
                }
                if *catch_alls == 0 {
                    continue;
                }
                // One with a catch-all arm must keep a variant for it (else it is unreachable),
                // which the pass tells only when its other arms are all rewritten ones: the
                // variants it lost come back, and the enum's others only matched.
                if all - arms.len() - catch_alls > 0 {
                    if lost {
                        out.extend(dead_alts(live));
                    }
                } else if let Some(e) = self.uncovered(arms, live) {
                    out.extend(dead_alts(live));
                    out.extend(e.into_iter().flat_map(|e| self.matching(e, live)));
                }
            }
        }
        out.retain(|a| !self.refused.contains(a));
        out
    }

    /// The alternatives anywhere that name a variant of the enum `e` gone in `live`.
    fn matching(&self, e: usize, live: &[bool]) -> Vec<usize> {
        let gone: BTreeSet<usize> = self.kids[e]
            .iter()
            .copied()
            .filter(|&v| matches!(self.units[v].kind, Kind::Variant { .. }) && !live[v])
            .collect();
        (0..self.units.len())
            .filter(|&a| matches!(self.units[a].kind, Kind::Alt { .. }))
            .filter(|&a| self.named(a).iter().any(|v| gone.contains(v)))
            .collect()
    }

    /// The variants the alternative `a` may name.
    fn named(&self, a: usize) -> Vec<usize> {
        self.units[a]
            .refs
            .pairs
            .iter()
            .flat_map(|(x, n)| {
                self.variants
                    .get(n)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&v| matches!(&self.units[v].kind, Kind::Variant { owner } if self.names_for(owner, x)))
            })
            .collect()
    }

    /// Whether the live simple alternatives of `arms` (a `match`'s) cover every live variant of
    /// the one enum they name, so that a catch-all arm would match nothing: `Some` with that
    /// enum, or `Some(None)` when they name more than one (the pass cannot tell).
    fn uncovered(&self, arms: &[usize], live: &[bool]) -> Option<Option<usize>> {
        let named = |a: usize| self.named(a);
        let alts: Vec<usize> = arms
            .iter()
            .flat_map(|&a| self.kids[a].iter().copied())
            .collect();
        let enums: BTreeSet<usize> = alts
            .iter()
            .flat_map(|&a| named(a))
            .filter_map(|v| self.units[v].parent)
            .collect();
        let [e] = enums.into_iter().collect::<Vec<_>>()[..] else {
            return Some(None);
        };
        let mut covered = BTreeSet::new();
        for &a in &alts {
            if live[a] && matches!(self.units[a].kind, Kind::Alt { simple: true }) {
                if let [v] = named(a)[..] {
                    covered.insert(v);
                }
            }
        }
        self.kids[e]
            .iter()
            .filter(|&&v| matches!(self.units[v].kind, Kind::Variant { .. }) && live[v])
            .all(|v| covered.contains(v))
            .then_some(Some(e))
    }

    /// The edit of the arm `i` (see the module doc) in `text`, gated by [`TEST_CFG`] where one
    /// crate alone has it.
    pub(super) fn arm_edit(
        &self,
        i: usize,
        text: &str,
        lives: [&[bool]; 2],
    ) -> Option<(usize, usize, String)> {
        let u = &self.units[i];
        let Kind::Arm { matches, pat, .. } = &u.kind else {
            return None;
        };
        let p = u.parent?;
        let parent = [lives[0][p], lives[1][p]];
        let arm = [lives[0][i], lives[1][i]];
        if parent == [false, false] {
            return None;
        }
        if arm == [false, false] {
            if *matches {
                return Some((u.range.0, u.range.1, "false".into()));
            }
            let (s, e) = widen(text, u.range);
            return Some((s, e, String::new()));
        }
        let gate = match (arm == parent, arm) {
            (true, _) => String::new(),
            (false, [true, false]) => format!("#[cfg(not({TEST_CFG}))] "),
            (false, _) => format!("#[cfg({TEST_CFG})] "),
        };
        // The alternatives live where the arm is.
        let c = usize::from(!arm[0]);
        let kept: Vec<&str> = self.kids[i]
            .iter()
            .filter(|&&a| lives[c][a])
            .map(|&a| &text[self.units[a].range.0..self.units[a].range.1])
            .collect();
        if gate.is_empty() && kept.len() == self.kids[i].len() {
            return None;
        }
        Some((pat.0, pat.1, format!("{gate}{}", kept.join(" | "))))
    }
}
