//! Why the pass keeps an item: with `IOMMUGEN_PRUNE_WHY=name,name`, each reachability pass (the
//! driver's, then the test module's) prints to stderr the module code and the units that name
//! one of those names as they become live. For whoever extends the pass: a kept item rustc
//! reports unused has a name some kept code uses where the pass cannot tell it is another.

use std::sync::OnceLock;

use super::*;

/// The names to trace (none without the variable).
fn names() -> &'static [String] {
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        std::env::var("IOMMUGEN_PRUNE_WHY")
            .map(|v| v.split(',').map(str::to_string).collect())
            .unwrap_or_default()
    })
}

/// Which of the traced names `r` uses, and how: as an identifier, an untyped call, a path or
/// a typed call (with their owners).
fn uses(r: &Refs) -> Vec<String> {
    names()
        .iter()
        .filter_map(|n| {
            let mut how: Vec<String> = [
                ("ident", r.idents.iter().any(|x| x == n)),
                ("call", r.calls.iter().any(|x| x.0 == *n)),
            ]
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(w, _)| w.to_string())
            .collect();
            // Paths and typed calls with their owners.
            let owners = |v: Vec<&String>| {
                let mut v: Vec<&str> = v.into_iter().map(String::as_str).collect();
                v.dedup();
                v.join("|")
            };
            let paths: Vec<&String> = r.pairs.iter().filter(|x| x.1 == *n).map(|x| &x.0).collect();
            if !paths.is_empty() {
                how.push(format!("path {}", owners(paths)));
            }
            let typed: Vec<&String> = r
                .methods
                .iter()
                .filter(|x| x.1 == *n)
                .map(|x| &x.0)
                .collect();
            if !typed.is_empty() {
                how.push(format!("method {}", owners(typed)));
            }
            (!how.is_empty()).then(|| format!("{n} ({})", how.join(", ")))
        })
        .collect()
}

/// A reachability pass begins.
pub(super) fn start() {
    if !names().is_empty() {
        eprintln!("prune: reachability pass");
    }
}

/// A root (the module's own code) is scanned.
pub(super) fn root(r: &Refs) {
    for n in uses(r) {
        eprintln!(
            "prune: {n} <- module code naming {:?}",
            r.idents.iter().take(8).collect::<Vec<_>>()
        );
    }
}

/// The unit `u` became live.
pub(super) fn unit(u: &Unit) {
    for n in uses(&u.refs) {
        eprintln!("prune: {n} <- {:?} `{}` in file {}", u.kind, u.name, u.file);
    }
}
