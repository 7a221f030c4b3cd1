//! The module's runtime copy as the module uses it: the runtime is a library (the userspace
//! tests, the mock and the bare-metal images use all of it), a kernel module carries only what
//! its code reaches. Over the files under `linux/runtime/` (the runtime, the lean generated layer,
//! `support.rs`), the items nothing reaches go:
//!
//! - the roots are the module's own files (the glue, the `iommu/` abstraction, the test module)
//!   and what no rule below removes (module declarations, macro invocations, `const _`);
//! - a free item (fn, const, static, type, trait, macro) is kept when its name appears in kept
//!   code; an associated fn or const of an inherent impl when its type is kept and a path names
//!   it (`Type::name`, `Self::name`, an alias of the type) or, for a method, a call `.name(` on
//!   a receiver of that type, or on a receiver the pass cannot type; an enum variant when its
//!   enum is kept and a path names it (all of them when none is named: the enum stays for a
//!   signature); a trait impl when its type and its trait are kept (or are not the runtime's),
//!   whole;
//! - to a fixpoint from the roots (so items that only name each other go together);
//! - imports then keep only the names the kept code of their module uses (a re-export: a path
//!   through the module elsewhere), or, for a trait, whose methods it calls;
//! - what only the test module reaches is kept under `#[cfg(iommugen_test)]`, a `--cfg` its
//!   Kbuild gives the test module's object alone, so the driver's crate does not see it;
//! - every `pub` becomes `pub(crate)`: the runtime is a private module of the module's crate.
//!
//! Receivers are typed without type inference, item by item: `self`, a field of `self` (the
//! struct's declared field types), a parameter or `let` with a declared type (through aliases,
//! renames and smart pointers: `KBox<T>` is `T`), `let x = Type::new(..)` and constructor
//! chains (`Type::new().with_a(..)?`), the payload of a tuple variant in a pattern. In a macro's
//! arguments a bare name may be spliced anywhere (a key `name: value` or a local binding is not);
//! in a `macro_rules!` body `$t::name` names any type's item. Where it cannot tell, the pass
//! keeps every candidate of the name: a kept item the module does not use is a `dead_code`
//! warning, a removed item it uses a compile error (the module build fails on both). Comments
//! above a removed item go with it.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use crate::{CodegenError, GeneratedFile};

mod refs;
mod rewrite;
mod types;
mod units;

use refs::*;
use rewrite::*;
use types::*;
use units::*;

/// The `--cfg` under which items only the test module reaches stay.
pub const TEST_CFG: &str = "iommugen_test";

/// Where the module's runtime copy is.
const RUNTIME_DIR: &str = "linux/runtime/";

/// Prunes the runtime copy among `files` (see the module doc). `is_test` tells the test
/// module's own files.
pub fn prune(
    files: &mut [GeneratedFile],
    is_test: &dyn Fn(&str) -> bool,
) -> Result<(), CodegenError> {
    let runtime: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].path.starts_with(RUNTIME_DIR) && files[i].path.ends_with(".rs"))
        .collect();
    // Paths through each module, for re-exports: (file index, (module, name)).
    let mut paths: Vec<(usize, BTreeSet<(String, String)>)> = Vec::new();
    for (i, f) in files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.path.ends_with(".rs"))
    {
        let mut set = BTreeSet::new();
        if let Ok(ts) = f.contents.parse::<TokenStream>() {
            through(ts, &mut set);
        }
        paths.push((i, set));
    }
    let mut parsed = Vec::new();
    for &i in &runtime {
        let f = &files[i];
        let ast = syn::parse_file(&f.contents).map_err(|e| {
            CodegenError(format!(
                "the Linux module's {} does not parse: {e} (line {})",
                f.path,
                e.span().start().line
            ))
        })?;
        parsed.push(ast);
    }
    let mut c = Crate {
        units: Vec::new(),
        free: BTreeSet::new(),
        aliases: BTreeMap::new(),
    };
    let (mut types, mut deref) = (BTreeSet::new(), BTreeSet::new());
    for ast in &parsed {
        collect_types(&ast.items, &mut types, &mut deref);
    }
    let types: BTreeSet<String> = types.difference(&deref).cloned().collect();
    let mut payloads = BTreeMap::new();
    for ast in &parsed {
        collect_payloads(&ast.items, &mut payloads);
    }
    let mut aliases = BTreeMap::new();
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        if let Ok(ts) = f.contents.parse::<TokenStream>() {
            token_aliases(ts, &mut aliases);
        }
    }
    let types = Types {
        known: types,
        payloads,
        aliases: aliases
            .into_iter()
            .map(|(a, t)| (a, t.unwrap_or_else(|| "?".into())))
            .collect(),
        deref,
    };
    let glue: Vec<(usize, Option<syn::File>)> = files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.path.ends_with(".rs") && !f.path.starts_with(RUNTIME_DIR))
        .map(|(i, f)| (i, syn::parse_file(&f.contents).ok()))
        .collect();
    let mut fields = Fields::new();
    for ast in parsed
        .iter()
        .chain(glue.iter().filter_map(|(_, a)| a.as_ref()))
    {
        collect_fields(&ast.items, &types, &mut fields);
    }
    let mut driver_roots = Vec::new();
    let mut test_roots = Vec::new();
    for (i, ast) in &glue {
        let f = &files[*i];
        let ts: TokenStream = f.contents.parse().map_err(|e| {
            CodegenError(format!("the Linux module's {} does not lex: {e}", f.path))
        })?;
        // Item by item (an impl's items one by one, with their `Self`), so that local bindings
        // of one function do not blur another's; the whole file when it does not parse.
        let mut pieces: Vec<(TokenStream, Option<String>)> = Vec::new();
        match ast {
            Some(ast) => {
                for item in &ast.items {
                    match item {
                        syn::Item::Impl(imp) => {
                            let mut head = TokenStream::new();
                            imp.generics.to_tokens(&mut head);
                            imp.generics.where_clause.to_tokens(&mut head);
                            if let Some((_, path, _)) = &imp.trait_ {
                                path.to_tokens(&mut head);
                            }
                            imp.self_ty.to_tokens(&mut head);
                            pieces.push((head, None));
                            let owner = type_name(&imp.self_ty);
                            pieces.extend(
                                imp.items
                                    .iter()
                                    .map(|ii| (ii.to_token_stream(), owner.clone())),
                            );
                        }
                        _ => pieces.push((item.to_token_stream(), None)),
                    }
                }
            }
            None => pieces.push((ts, None)),
        }
        for (p, owner) in pieces {
            let this = owner.as_ref().map(|o| SelfType {
                name: o,
                fields: fields.get(o),
            });
            let r = Refs::within(p, false, this.as_ref(), &types);
            if is_test(&f.path) {
                test_roots.push(r);
            } else {
                driver_roots.push(r);
            }
        }
    }
    for (k, ast) in parsed.iter().enumerate() {
        let lines = Lines::new(&files[runtime[k]].contents);
        let scope = c.units.iter().map(|u| u.scope + 1).max().unwrap_or(0);
        units(k, scope, &lines, &ast.items, &fields, &types, &mut c.units);
        collect_aliases(&ast.items, &mut c.aliases);
    }
    c.free = c
        .units
        .iter()
        .filter(|u| matches!(u.kind, Kind::Free { .. }))
        .map(|u| u.name.clone())
        .collect();
    let driver: Vec<&Refs> = driver_roots.iter().collect();
    let all: Vec<&Refs> = driver_roots.iter().chain(&test_roots).collect();
    let live_driver = c.reach(&driver);
    let live_all = c.reach(&all);
    for (k, &fi) in runtime.iter().enumerate() {
        let text = &files[fi].contents;
        let lines = Lines::new(text);
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
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
        let (global_driver, global_all) =
            (elsewhere(&live_driver, &driver), elsewhere(&live_all, &all));
        for (i, u) in c.units.iter().enumerate() {
            if u.file != k {
                continue;
            }
            // A part of a removed or gated impl or enum goes with it.
            if let Some(p) = u.parent {
                if !live_all[p] || !live_driver[p] {
                    continue;
                }
            }
            if u.kind == Kind::Use {
                let Some(item) = &u.use_item else { continue };
                let mut ls = Vec::new();
                leaves("", &item.tree, &mut ls);
                let private = matches!(item.vis, syn::Visibility::Inherited);
                let module = module_of(&files[fi].path);
                let keep = |bound: &Option<String>, file: &Used, global: &Used, live: &[bool]| {
                    let Some(b) = bound else { return true };
                    // A re-export: kept too when a path through this module names it.
                    let via = (module.to_string(), b.clone());
                    if !private
                        && global.idents.contains(b)
                        && paths.iter().any(|(f, set)| *f != fi && set.contains(&via))
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
                                }),
                                _ => false,
                            }
                    })
                };
                let mut both = Vec::new();
                let mut test_only = Vec::new();
                let (used_driver, used_all) = (
                    scope_used(u.scope, &live_driver),
                    scope_used(u.scope, &live_all),
                );
                for (path, bound) in &ls {
                    if keep(bound, &used_driver, &global_driver, &live_driver) {
                        both.push(path.clone());
                    } else if keep(bound, &used_all, &global_all, &live_all) {
                        test_only.push(path.clone());
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
                if !test_only.is_empty() {
                    new.push_str(&attrs);
                    new.push_str(&format!("#[cfg({TEST_CFG})]\n"));
                    new.push_str(&use_text(&vis, &test_only));
                }
                let (s, e) = widen(text, u.range);
                edits.push((s, e, new));
                continue;
            }
            // An enum that stays keeps its variants when no code names any of them (it stays
            // for a signature that names it; an enum without variants cannot be `repr`).
            let orphan = matches!(u.kind, Kind::Variant { .. })
                && !c
                    .units
                    .iter()
                    .enumerate()
                    .any(|(j, v)| v.parent == u.parent && live_all[j]);
            if orphan {
                continue;
            }
            if !live_all[i] {
                let (s, e) = widen(text, u.range);
                edits.push((s, e, String::new()));
            } else if !live_driver[i] {
                edits.push((u.range.0, u.range.0, format!("#[cfg({TEST_CFG})]\n")));
            } else if matches!(u.kind, Kind::Inherent { .. }) {
                // An impl none of whose items is kept goes.
                let kids: Vec<usize> = (0..c.units.len())
                    .filter(|&j| c.units[j].parent == Some(i))
                    .collect();
                if !kids.is_empty() && kids.iter().all(|&j| !live_all[j]) {
                    let (s, e) = widen(text, u.range);
                    edits.push((s, e, String::new()));
                }
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

#[cfg(test)]
mod tests;
