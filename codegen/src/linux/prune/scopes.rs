//! Which module's item a name names: the runtime's modules may declare items of one name (each
//! format's `sv39::Pointer`, `sv48::Pointer`; a `TIMEOUT_US` that re-exports another). A path
//! `m::Name` names the item of the modules called `m` (any module's when none of them declares it:
//! a re-export), a bare `Name` the item of its own module when that declares one, else the item of
//! the module a file's `use` names it from (any module's for a glob or a rename), and a name of the
//! module's own code (the glue) any module's. An item of a module that declares its name is kept
//! only by a name that may be it.

use super::*;

/// The runtime's module scopes: their names and what they declare.
#[derive(Default)]
pub(super) struct Scopes {
    /// Scope -> the module's name (its file's stem, `mod.rs` its directory's, an inline
    /// module's).
    pub(super) names: BTreeMap<usize, String>,
    /// The free items each scope declares: (scope, name).
    pub(super) declared: BTreeSet<(usize, String)>,
    /// The names a file's module imports from a runtime module by name (`use super::Leaf`):
    /// (scope, name) -> that module's name.
    pub(super) imports: BTreeMap<(usize, String), String>,
    /// Renamed modules (`use ..::vmsav8_64_stage1 as s1`): alias -> the module's name.
    pub(super) renames: BTreeMap<String, String>,
}

/// How a name is used: (name, the scope of the code naming it (`None`: the module's own
/// code), the module a path names it through).
pub(super) type ScopedUse = (String, Option<usize>, Option<String>);

/// The uses of `r`'s identifiers by code of scope `from`, each `m::Name` of
/// [`Refs::qualified`] through its module.
pub(super) fn scoped_uses(r: &Refs, from: Option<usize>, out: &mut BTreeSet<ScopedUse>) {
    let mut qualified = r.qualified.clone();
    for n in &r.idents {
        let via = qualified
            .iter()
            .position(|(_, q)| q == n)
            .map(|k| qualified.swap_remove(k).0);
        out.insert((n.clone(), from, via));
    }
}

impl Scopes {
    /// Whether the uses in `used` may name the item `n` of scope `scope`.
    pub(super) fn names(&self, used: &BTreeSet<ScopedUse>, n: &str, scope: usize) -> bool {
        let declared = |s: usize| self.declared.contains(&(s, n.to_string()));
        let start = (n.to_string(), None, None);
        used.range(start..)
            .take_while(|(x, ..)| x == n)
            .any(|(_, from, via)| {
                // A bare name its module imports by name is the item of the module it names.
                let via = via
                    .as_ref()
                    .or_else(|| from.and_then(|f| self.imports.get(&(f, n.to_string()))));
                match (from, via) {
                    // `m::Name`: the item of the modules called `m`, any when none declares it.
                    (_, Some(m)) => {
                        let m = self.renames.get(m).unwrap_or(m);
                        self.names.get(&scope) == Some(m)
                            || !self.names.iter().any(|(s, name)| name == m && declared(*s))
                    }
                    (None, None) => true,
                    // A bare name: its own module's item when it declares one.
                    (Some(f), None) => *f == scope || !declared(*f),
                }
            })
    }
}
