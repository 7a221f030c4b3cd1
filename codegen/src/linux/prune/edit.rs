//! The last stage: each runtime file rewritten from what each crate keeps. A unit neither
//! crate keeps goes (with the comments above it), one only one crate keeps is gated with
//! `#[cfg(iommugen_test)]` or `#[cfg(not(iommugen_test))]`, an import keeps the leaves each
//! crate's kept code uses (a re-export: a path through its module), rewritten arms are edited,
//! unread fields go, and every `pub` becomes `pub(crate)`.

use super::*;

/// Rewrites the runtime copy's files among `files` from `live`.
pub(super) fn edit(
    files: &mut [GeneratedFile],
    runtime: &[usize],
    c: &Crate,
    live: &Live,
    roots: &Roots,
    paths: &[(usize, BTreeSet<(String, String)>)],
    is_test: &dyn Fn(&str) -> bool,
) -> Result<(), CodegenError> {
    let driver: Vec<&Refs> = roots.driver.iter().collect();
    let test: Vec<&Refs> = roots.test.iter().collect();
    let (live_driver, live_test, field_edits) = (&live.driver, &live.test, &live.field_edits);
    // What the kept code of one module body uses (a private import's users).
    let scope_used = |scope: usize, live: &[bool]| {
        let mut u = Used::default();
        for (i, unit) in c.units.iter().enumerate() {
            if unit.scope == scope && live[i] {
                u.add(&unit.refs);
            }
        }
        u
    };
    // The paths through a module that one crate's code takes (file, module, name), for
    // re-exports: its glue's, its kept runtime code's, and the imports that code uses.
    let crate_paths = |live: &[bool], test_crate: bool| {
        let mut out: BTreeSet<((String, String), usize, bool)> = BTreeSet::new();
        for (f, set) in paths {
            if !files[*f].path.starts_with(RUNTIME_DIR) && is_test(&files[*f].path) == test_crate {
                out.extend(set.iter().map(|p| (p.clone(), *f, false)));
            }
        }
        let mut by_scope: BTreeMap<usize, Used> = BTreeMap::new();
        // Traits this crate keeps (an import of one may serve its methods alone).
        let traits: BTreeSet<&str> = c
            .units
            .iter()
            .enumerate()
            .filter(|(i, u)| {
                live[*i]
                    && matches!(
                        u.kind,
                        Kind::Free {
                            trait_methods: Some(_)
                        }
                    )
            })
            .map(|(_, u)| u.name.as_str())
            .collect();
        for (i, u) in c.units.iter().enumerate() {
            let f = runtime[u.file];
            if live[i] {
                out.extend(u.refs.pairs.iter().map(|p| (p.clone(), f, false)));
            }
            let Some(item) = &u.use_item else { continue };
            let used = by_scope
                .entry(u.scope)
                .or_insert_with(|| scope_used(u.scope, live));
            let mut ls = Vec::new();
            leaves("", &item.tree, &mut ls);
            for (path, bound) in ls {
                if bound.is_some_and(|b| !used.idents.contains(&b) && !traits.contains(b.as_str()))
                {
                    continue;
                }
                let path = path.split(" as ").next().unwrap_or(&path);
                let segs = resolve_relative(&files[f].path, path);
                for w in segs.windows(2) {
                    out.insert(((w[0].to_string(), w[1].to_string()), f, true));
                }
            }
        }
        out
    };
    let (paths_driver, paths_test) = (
        crate_paths(live_driver, false),
        crate_paths(live_test, !test.is_empty()),
    );
    for (k, &fi) in runtime.iter().enumerate() {
        let text = &files[fi].contents;
        let lines = Lines::new(text);
        let mut edits: Vec<(usize, usize, String)> = field_edits[k]
            .iter()
            .map(|&(s, e)| (s, e, String::new()))
            .collect();
        // What kept code uses outside this file, in files that do not declare the name
        // themselves (a re-export's users), and the glue.
        let elsewhere = |live: &[bool], roots: &[&Refs]| {
            let mut u = Used::default();
            for r in roots {
                u.add(r);
            }
            for (i, unit) in c.units.iter().enumerate() {
                if unit.file != k && live[i] {
                    let mut r = unit.refs.clone();
                    r.idents.retain(|n| {
                        !c.units.iter().any(|d| {
                            d.file == unit.file
                                && d.name == *n
                                && matches!(d.kind, Kind::Free { .. })
                        })
                    });
                    u.add(&r);
                }
            }
            u
        };
        let (global_driver, global_test) =
            (elsewhere(live_driver, &driver), elsewhere(live_test, &test));
        for (i, u) in c.units.iter().enumerate() {
            if u.file != k {
                continue;
            }
            match u.kind {
                Kind::Arm { .. } => {
                    edits.extend(c.arm_edit(i, text, [live_driver, live_test]));
                    continue;
                }
                Kind::Alt { .. } | Kind::Expansion { .. } => continue,
                _ => {}
            }
            let state = (live_driver[i], live_test[i]);
            // A part of a removed impl or enum goes with it; a part of a gated one is gated
            // with it, or goes.
            if let Some(p) = u.parent {
                let parent = (live_driver[p], live_test[p]);
                if parent == (false, false) || (parent != (true, true) && state == parent) {
                    continue;
                }
            }
            if u.kind == Kind::Use {
                let Some(item) = &u.use_item else { continue };
                let mut ls = Vec::new();
                leaves("", &item.tree, &mut ls);
                let private = matches!(item.vis, syn::Visibility::Inherited);
                let module = module_of(&files[fi].path);
                let keep =
                    |bound: &Option<String>,
                     file: &Used,
                     global: &Used,
                     live: &[bool],
                     via: &BTreeSet<((String, String), usize, bool)>| {
                        let Some(b) = bound else { return true };
                        // A re-export: kept too when a path of this crate through this module
                        // names it.
                        if !private
                            && via
                                .range(((module.to_string(), b.clone()), 0, false)..)
                                .take_while(|((m, n), _, _)| m == module && n == b)
                                .any(|(_, f, import)| {
                                    *f != fi && (*import || global.idents.contains(b))
                                })
                        {
                            return true;
                        }
                        let used = file;
                        if used.idents.contains(b) {
                            return true;
                        }
                        // A trait imported for its methods.
                        c.units.iter().enumerate().any(|(j, t)| {
                            live[j]
                                && t.name == *b
                                && match &t.kind {
                                    Kind::Free {
                                        trait_methods: Some(ms),
                                    } => ms.iter().any(|m| {
                                        // A method call, or a path through a type of the runtime
                                        // (through a generic parameter, the bound brings it).
                                        used.dotted.contains(m)
                                            || used.pairs.iter().any(|(x, n)| n == m && !generic(x))
                                            || used
                                                .methods
                                                .iter()
                                                .any(|(x, n, _)| n == m && !generic(x))
                                    }),
                                    _ => false,
                                }
                        })
                    };
                let mut both = Vec::new();
                let mut driver_only = Vec::new();
                let mut test_only = Vec::new();
                let (used_driver, used_test) = (
                    scope_used(u.scope, live_driver),
                    scope_used(u.scope, live_test),
                );
                for (path, bound) in &ls {
                    match (
                        keep(
                            bound,
                            &used_driver,
                            &global_driver,
                            live_driver,
                            &paths_driver,
                        ),
                        keep(bound, &used_test, &global_test, live_test, &paths_test),
                    ) {
                        (true, true) => both.push(path.clone()),
                        (true, false) => driver_only.push(path.clone()),
                        (false, true) => test_only.push(path.clone()),
                        (false, false) => {}
                    }
                }
                let had_allow = item.attrs.iter().any(|a| {
                    a.to_token_stream().to_string().replace(' ', "") == "#[allow(unused_imports)]"
                });
                if both.len() == ls.len() && !had_allow {
                    continue;
                }
                let vis = item.vis.to_token_stream().to_string().replace(' ', "");
                let attrs = kept_attrs(&lines, &item.attrs);
                let mut new = String::new();
                if !both.is_empty() {
                    new.push_str(&attrs);
                    new.push_str(&use_text(&vis, &both));
                }
                if !driver_only.is_empty() {
                    new.push_str(&attrs);
                    new.push_str(&format!("#[cfg(not({TEST_CFG}))]\n"));
                    new.push_str(&use_text(&vis, &driver_only));
                }
                if !test_only.is_empty() {
                    new.push_str(&attrs);
                    new.push_str(&format!("#[cfg({TEST_CFG})]\n"));
                    new.push_str(&use_text(&vis, &test_only));
                }
                let (s, e) = widen(text, u.range);
                edits.push((s, e, new));
                continue;
            }
            // An impl none of whose items is kept goes.
            let emptied = matches!(u.kind, Kind::Inherent { .. }) && {
                let kids: Vec<usize> = (0..c.units.len())
                    .filter(|&j| c.units[j].parent == Some(i))
                    .collect();
                !kids.is_empty() && kids.iter().all(|&j| !live_driver[j] && !live_test[j])
            };
            match state {
                _ if emptied => {
                    let (s, e) = widen(text, u.range);
                    edits.push((s, e, String::new()));
                    continue;
                }
                (false, false) => {
                    let (s, e) = widen(text, u.range);
                    edits.push((s, e, String::new()));
                    continue;
                }
                (false, true) => {
                    edits.push((u.range.0, u.range.0, format!("#[cfg({TEST_CFG})]\n")));
                    continue;
                }
                (true, false) => {
                    edits.push((u.range.0, u.range.0, format!("#[cfg(not({TEST_CFG}))]\n")));
                    continue;
                }
                (true, true) => {}
            }
        }
        // Edits inside a removed range go (an impl removed whole).
        edits.sort_by_key(|e| (e.0, std::cmp::Reverse(e.1)));
        let mut out = String::new();
        let mut at = 0;
        for (s, e, new) in edits {
            if s < at {
                continue;
            }
            out.push_str(&text[at..s]);
            out.push_str(&new);
            at = e;
        }
        out.push_str(&text[at..]);
        files[fi].contents = crate_visible(&out)?;
    }
    Ok(())
}
