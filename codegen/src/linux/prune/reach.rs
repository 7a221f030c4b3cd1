//! Reachability of the runtime copy's units from the module's own code, to a fixpoint: the
//! names kept code uses ([`Used`]) and the crate's units with what decides their liveness
//! ([`Crate::reach`]).

use super::*;

/// The names kept code uses, collected as units become live.
#[derive(Default)]
pub(super) struct Used {
    pub(super) idents: BTreeSet<String>,
    pub(super) pairs: BTreeSet<(String, String)>,
    pub(super) dotted: BTreeSet<String>,
    pub(super) calls: BTreeSet<(String, Option<usize>)>,
    pub(super) methods: BTreeSet<(String, String, Option<usize>)>,
    /// The paths in expression position (those of a pattern the pass rewrites apart): what
    /// keeps a variant.
    pub(super) constructs: BTreeSet<(String, String)>,
    /// Paths through bounded generic parameters, through their bounds.
    pub(super) through: BTreeSet<(String, String)>,
    /// The identifiers with the scope of the code using them (see [`scopes`]).
    pub(super) scoped: BTreeSet<ScopedUse>,
}

impl Used {
    pub(super) fn add(&mut self, r: &Refs) {
        self.idents.extend(r.idents.iter().cloned());
        self.pairs.extend(r.pairs.iter().cloned());
        self.dotted.extend(r.dotted.iter().cloned());
        self.calls.extend(r.calls.iter().cloned());
        self.methods.extend(r.methods.iter().cloned());
    }

    /// Adds the names of code whose paths are constructions (`false`: the alternatives of a
    /// pattern).
    pub(super) fn add_code(&mut self, r: &Refs, constructs: bool) {
        self.add(r);
        if constructs {
            self.constructs.extend(r.pairs.iter().cloned());
        }
    }
}

/// The crate's units and what decides their liveness.
pub(super) struct Crate {
    pub(super) units: Vec<Unit>,
    /// Names of free items (what a trait impl's type or trait may be).
    pub(super) free: BTreeSet<String>,
    /// Type aliases: alias -> the aliased type's name.
    pub(super) aliases: BTreeMap<String, Vec<String>>,
    /// The items of inherent impls: (type, name).
    pub(super) inherent: BTreeSet<(String, String)>,
    /// The items of split traits: (trait, name) -> their units.
    pub(super) trait_items: BTreeMap<(String, String), Vec<usize>>,
    /// The variants by name.
    pub(super) variants: BTreeMap<String, Vec<usize>>,
    /// Each unit's parts.
    pub(super) kids: Vec<Vec<usize>>,
    /// Each runtime trait with its supertraits (see [`supertraits`]).
    pub(super) supers: BTreeMap<String, BTreeSet<String>>,
    /// What a path to a trait's item may go through besides the runtime's items (see
    /// [`trait_owners`]).
    pub(super) owners: BTreeSet<String>,
    /// The names of generic parameters (a path through one goes through its bounds).
    pub(super) generics: BTreeSet<String>,
    /// Alternatives whose variants the pass keeps as if constructed (see
    /// [`variants`]).
    pub(super) refused: BTreeSet<usize>,
    /// The runtime's modules (see [`scopes`]).
    pub(super) scopes: Scopes,
}

impl Crate {
    /// The names a path may give `owner` by.
    pub(super) fn names_for(&self, owner: &str, x: &str) -> bool {
        x == owner
            || x == "Self"
            || x == "*"
            || self
                .aliases
                .get(x)
                .is_some_and(|targets| targets.iter().any(|t| t == owner))
    }

    /// Keeps, in `live`, every variant of a live enum none of whose variants is live (the enum
    /// stays for a signature that names it; an enum without variants cannot be `repr`).
    pub(super) fn orphans(&self, live: &mut [bool], used: &mut Used) -> bool {
        let mut changed = false;
        for (i, u) in self.units.iter().enumerate() {
            if !matches!(u.kind, Kind::Free { .. }) || !live[i] {
                continue;
            }
            let variants: Vec<usize> = (0..self.units.len())
                .filter(|&j| {
                    self.units[j].parent == Some(i)
                        && matches!(self.units[j].kind, Kind::Variant { .. })
                })
                .collect();
            if !variants.is_empty() && variants.iter().all(|&j| !live[j]) {
                for j in variants {
                    live[j] = true;
                    used.add_code(&self.units[j].refs, true);
                }
                changed = true;
            }
        }
        changed
    }

    /// Whether `used` names `n` as the item of scope `scope` (see [`scopes`]; a scope that
    /// declares no `n`, an impl's of a type declared elsewhere, takes any use of the name).
    fn names_item(&self, used: &Used, n: &str, scope: usize) -> bool {
        used.idents.contains(n)
            && (!self.scopes.declared.contains(&(scope, n.to_string()))
                || self.scopes.names(&used.scoped, n, scope))
    }

    /// Which units are live, from the roots `roots` (the glue's names) and the runtime's root
    /// units.
    pub(super) fn reach(&self, roots: &[&Refs]) -> Vec<bool> {
        let mut live = vec![false; self.units.len()];
        let mut used = Used::default();
        trace::start();
        for r in roots {
            trace::root(r);
            used.add_code(r, true);
            scoped_uses(r, None, &mut used.scoped);
        }
        loop {
            let mut changed = false;
            for (i, u) in self.units.iter().enumerate() {
                if live[i] {
                    continue;
                }
                let parent_live = u.parent.is_none_or(|p| live[p]);
                let is = match &u.kind {
                    Kind::Root => parent_live,
                    Kind::Use => false,
                    Kind::Free { .. } => self.names_item(&used, &u.name, u.scope),
                    Kind::Inherent { owner } => {
                        !self.free.contains(owner) || self.names_item(&used, owner, u.scope)
                    }
                    Kind::Assoc {
                        owner,
                        method,
                        arity,
                    } => {
                        parent_live
                            && ((*method
                                && (used.calls.contains(&(u.name.clone(), Some(*arity)))
                                    || used.calls.contains(&(u.name.clone(), None))
                                    || used.methods.iter().any(|(x, n, a)| {
                                        *n == u.name
                                            && a.is_none_or(|a| a == *arity)
                                            && self.names_for(owner, x)
                                    })))
                                || used
                                    .pairs
                                    .iter()
                                    .any(|(x, n)| *n == u.name && self.names_for(owner, x)))
                    }
                    Kind::Variant { owner } => {
                        parent_live
                            && used
                                .constructs
                                .iter()
                                .any(|(x, n)| *n == u.name && self.names_for(owner, x))
                    }
                    Kind::TraitItem { method, ty } => {
                        parent_live && self.trait_item_used(i, (*method, *ty), &used)
                    }
                    Kind::ImplItem { tr } => parent_live && self.impl_item_live(tr, &u.name, &live),
                    Kind::Expansion { ty } => parent_live && self.names_item(&used, ty, u.scope),
                    Kind::Arm { .. } => self.kids[i].iter().any(|&a| live[a]),
                    Kind::Alt { .. } => {
                        let arm = u.parent.and_then(|a| self.units[a].parent);
                        arm.is_none_or(|p| live[p])
                            && (self.refused.contains(&i) || self.alive(i, &live))
                    }
                    Kind::TraitImpl { ty, tr } => [ty, tr].into_iter().all(|n| {
                        n.as_ref().is_none_or(|n| {
                            !self.free.contains(n) || self.names_item(&used, n, u.scope)
                        })
                    }),
                };
                if is {
                    live[i] = true;
                    trace::unit(u);
                    used.add_code(
                        &u.refs,
                        !matches!(u.kind, Kind::Alt { .. }) || self.refused.contains(&i),
                    );
                    used.through.extend(u.through.iter().cloned());
                    scoped_uses(&u.refs, Some(u.scope), &mut used.scoped);
                    changed = true;
                }
            }
            // An enum whose variants no code constructs keeps them all (for a signature).
            if !changed && !self.orphans(&mut live, &mut used) {
                return live;
            }
        }
    }
}
