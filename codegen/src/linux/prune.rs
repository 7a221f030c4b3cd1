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
//!   enum is kept and a path constructs it (all of them when none is constructed: the enum stays
//!   for a signature), the `match` arms and `matches!` alternatives that only match removed
//!   variants going with them ([`variants`]); a trait impl when its type and its trait are kept
//!   (or are not the runtime's), whole, or, for a runtime trait whose impls the pass all sees,
//!   item by item with the trait's items ([`traits`]);
//! - to a fixpoint from the roots (so items that only name each other go together);
//! - imports then keep only the names the kept code of their module uses (a re-export: a path
//!   through the module elsewhere), or, for a trait, whose methods it calls;
//! - both crates compile the copy, each from its own roots: what only the test module reaches
//!   is kept under `#[cfg(iommugen_test)]`, a `--cfg` its Kbuild gives the test module's object
//!   alone, and what only the driver reaches under `#[cfg(not(iommugen_test))]`, so that
//!   neither crate carries what it does not use;
//! - every `pub` becomes `pub(crate)`: the runtime is a private module of the module's crate.
//!
//! Receivers are typed without type inference, item by item: `self`, a field of `self` (the
//! struct's declared field types), a parameter or `let` with a declared type (through aliases,
//! renames and smart pointers: `KBox<T>` is `T`), `let x = Type::new(..)` and constructor
//! chains (`Type::new().with_a(..)?`), the payload of a tuple variant in a pattern, and a
//! method's result (`let x = recv.method(..)?`, `recv.method()?.name(`) by the runtime type its
//! inherent impl declares it returns (through `Result` and `Option`), a generic function's
//! call with a turbofish by the type given for the parameter it returns (`read::<H, R>(..)`),
//! the names of a tuple `let` by the elements of its tuple. In a macro's arguments a bare name
//! may be spliced anywhere (a key `name: value` or a local binding is not); in a `macro_rules!`
//! body `$t::name` names any type's item, except in the items of a split trait's impl in an
//! expandable macro, named as each invocation expands them ([`macros`]). Where it cannot tell,
//! the pass keeps every candidate of the name: a kept item the module does not use is a `dead_code`
//! warning, a removed item it uses a compile error (the module build fails on both). Comments
//! above a removed item go with it.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use crate::{CodegenError, GeneratedFile};

mod arms;
mod assoc;
mod collect;
mod fields;
mod glue;
mod macros;
mod names;
mod refs;
mod rewrite;
mod scopes;
mod trace;
mod traits;
mod tuples;
mod turbofish;
mod types;
mod units;
mod variants;

use assoc::*;
use collect::*;
use fields::*;
use glue::*;
use macros::*;
use names::*;
use refs::*;
use rewrite::*;
use scopes::*;
use traits::*;
use tuples::*;
use turbofish::*;
use types::*;
use units::*;
use variants::*;

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
    let mut types = Types {
        known: types,
        payloads,
        returns: BTreeMap::new(),
        aliases: aliases
            .into_iter()
            .map(|(a, t)| (a, t.unwrap_or_else(|| "?".into())))
            .collect(),
        deref,
        modules: runtime
            .iter()
            .flat_map(|&i| {
                let rel = files[i]
                    .path
                    .strip_prefix(RUNTIME_DIR)
                    .unwrap_or(&files[i].path);
                rel.trim_end_matches(".rs")
                    .split('/')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .chain(["runtime", "crate", "self", "super"].map(String::from))
            .collect(),
        ..Types::default()
    };
    // Inline modules, and lowercase renames (`use ..::regs as r`), anywhere.
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        if let Ok(ts) = f.contents.parse::<TokenStream>() {
            module_words(ts, f.path.starts_with(RUNTIME_DIR), &mut types.modules);
        }
    }
    let mut returns = BTreeMap::new();
    let mut free_returns = BTreeMap::new();
    for ast in &parsed {
        collect_returns(&ast.items, &types, &mut returns);
        collect_free_returns(&ast.items, &types, &mut free_returns);
        collect_macros(&ast.items, &mut types.macros);
        collect_generic_returns(&ast.items, &mut types.generic_returns);
        let mut consts = BTreeMap::new();
        collect_consts(&ast.items, &types, &mut consts);
        let mut trait_consts = BTreeMap::new();
        collect_trait_consts(&ast.items, &types, &mut trait_consts);
        for (k, v) in trait_consts {
            match types.trait_consts.get(&k) {
                Some(old) if *old != v => {
                    types.trait_consts.insert(k, None);
                }
                Some(_) => {}
                None => {
                    types.trait_consts.insert(k, v);
                }
            }
        }
        types.consts.extend(consts);
    }
    types.returns = returns
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect();
    types.free_returns = free_returns
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect();
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
    types.fields = fields.clone();
    let (mut field_mentions, mut return_mentions) = (BTreeMap::new(), BTreeMap::new());
    for ast in parsed
        .iter()
        .chain(glue.iter().filter_map(|(_, a)| a.as_ref()))
    {
        collect_mentions(
            &ast.items,
            &types,
            &mut field_mentions,
            &mut return_mentions,
        );
    }
    types.field_mentions = field_mentions;
    types.return_mentions = return_mentions;
    let types = types;
    let mut driver_roots = Vec::new();
    let mut test_roots = Vec::new();
    // The types the glue files declare (see [`glue`]).
    let glue_types: BTreeSet<String> = glue
        .iter()
        .filter_map(|(_, a)| a.as_ref())
        .flat_map(own_types)
        .collect();
    for (i, ast) in &glue {
        let f = &files[*i];
        let ts: TokenStream = f.contents.parse().map_err(|e| {
            CodegenError(format!("the Linux module's {} does not lex: {e}", f.path))
        })?;
        // Item by item (an impl's items one by one, with their `Self`), so that local bindings
        // of one function do not blur another's; the whole file when it does not parse.
        let mut pieces: Vec<(TokenStream, Option<String>)> = Vec::new();
        // The file's own free items: where the file names one, it is its own (a glue `check`
        // or `MMIO_SIZE` is not the runtime's); an impl item's name is declared once.
        let mut own: BTreeSet<String> = BTreeSet::new();
        let mut decls: Vec<Option<String>> = Vec::new();
        // What the file imports by name from a runtime module (`use ..::domain::VA_BITS`):
        // name -> that module, so that a bare use names that module's item.
        let mut imported: BTreeMap<String, String> = BTreeMap::new();
        if let Some(ast) = ast {
            for item in &ast.items {
                let syn::Item::Use(u) = item else { continue };
                let mut ls = Vec::new();
                leaves("", &u.tree, &mut ls);
                for (path, bound) in ls {
                    let segs: Vec<&str> = path
                        .split(" as ")
                        .next()
                        .unwrap_or("")
                        .split("::")
                        .collect();
                    if let ([.., m, _], Some(b)) = (segs.as_slice(), bound) {
                        if types.modules.contains(*m)
                            && b.starts_with(|c: char| c.is_ascii_uppercase())
                        {
                            imported.insert(b, m.to_string());
                        }
                    }
                }
            }
        }
        match ast {
            Some(ast) => {
                for item in &ast.items {
                    own.extend(free_name(item));
                    match item {
                        // An import from outside the crate names nothing of the runtime's.
                        syn::Item::Use(u) if !local_use(&u.tree, &types.modules) => {}
                        syn::Item::Impl(imp) => {
                            let mut head = TokenStream::new();
                            imp.generics.to_tokens(&mut head);
                            imp.generics.where_clause.to_tokens(&mut head);
                            if let Some((_, path, _)) = &imp.trait_ {
                                path.to_tokens(&mut head);
                            }
                            imp.self_ty.to_tokens(&mut head);
                            pieces.push((head, None));
                            decls.push(None);
                            let owner = type_name(&imp.self_ty);
                            for ii in &imp.items {
                                pieces.push((ii.to_token_stream(), owner.clone()));
                                decls.push(match ii {
                                    syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                                    syn::ImplItem::Const(c) => Some(c.ident.to_string()),
                                    syn::ImplItem::Type(t) => Some(t.ident.to_string()),
                                    _ => None,
                                });
                            }
                        }
                        _ => {
                            pieces.push((item.to_token_stream(), None));
                            decls.push(None);
                        }
                    }
                }
            }
            None => {
                pieces.push((ts, None));
                decls.push(None);
            }
        }
        // The file's own types, by their names in it (see [`glue`]).
        let mut own_tys = ast.as_ref().map(own_types).unwrap_or_default();
        own_tys.extend(
            ast.as_ref()
                .map(|a| imported_own(a, &glue_types))
                .unwrap_or_default(),
        );
        let file_types = types.with_own(&own_tys);
        for ((p, owner), decl) in pieces.into_iter().zip(decls) {
            let owner = owner.map(|o| {
                if own_tys.contains(&o) {
                    own_name(&o)
                } else {
                    o
                }
            });
            let this = owner.as_ref().map(|o| SelfType {
                name: o,
                fields: file_types.fields.get(o),
            });
            let mut r = Refs::within(p, false, this.as_ref(), &file_types);
            if let Some(d) = decl {
                r = r.without_decl(&d);
            }
            r.idents.retain(|n| !own.contains(n));
            for n in &r.idents {
                if let Some(m) = imported.get(n) {
                    if !r.qualified.iter().any(|(_, q)| q == n) {
                        r.qualified.push((m.clone(), n.clone()));
                    }
                }
            }
            r.pairs.retain(|(o, _)| !own_tys.contains(o));
            narrow_unit(&mut r, owner.as_deref(), &types);
            if is_test(&f.path) {
                test_roots.push(r);
            } else {
                driver_roots.push(r);
            }
        }
    }
    let all_tokens: Vec<TokenStream> = files
        .iter()
        .filter(|f| f.path.ends_with(".rs"))
        .filter_map(|f| f.contents.parse().ok())
        .collect();
    let glue_asts: Vec<Option<syn::File>> = glue.iter().map(|(_, a)| a.clone()).collect();
    let mut variant_names = BTreeSet::new();
    for ast in &parsed {
        collect_variants(&ast.items, &mut variant_names);
    }
    let cuts = Cuts {
        split: split_traits(&parsed, &glue_asts, &all_tokens),
        variants: variant_names,
        scopes: Default::default(),
    };
    let mut types = types;
    prepare_macros(&mut types.macros, &all_tokens, &cuts.split);
    let types = types;
    // What the glue's impls of a split trait define stays in it.
    for (i, ast) in &glue {
        let Some(ast) = ast else { continue };
        let mut r = Refs::default();
        glue_impl_items(&ast.items, &cuts.split, &mut r);
        if is_test(&files[*i].path) {
            test_roots.push(r);
        } else {
            driver_roots.push(r);
        }
    }
    let mut all_units = Vec::new();
    let mut unit_aliases = BTreeMap::new();
    let mut file_scopes = Vec::new();
    for (k, ast) in parsed.iter().enumerate() {
        let lines = Lines::new(&files[runtime[k]].contents);
        let scope = all_units
            .iter()
            .map(|u: &Unit| u.scope + 1)
            .max()
            .unwrap_or(0);
        units(
            k,
            scope,
            &lines,
            &ast.items,
            &fields,
            &types,
            &cuts,
            &mut all_units,
        );
        // The file's module: its stem, `mod.rs` its directory's.
        let path = files[runtime[k]].path.trim_end_matches(".rs");
        let mut segs = path.rsplit('/');
        let stem = match segs.next() {
            Some("mod") => segs.next(),
            s => s,
        };
        cuts.scopes
            .borrow_mut()
            .insert(scope, stem.unwrap_or_default().to_string());
        file_scopes.push(scope);
        collect_aliases(&ast.items, &mut unit_aliases);
    }
    // Renames (`use ..::Iommu as Riscv`) and the glue's aliases too: `Riscv::with_queue`
    // names `Iommu::with_queue`.
    for (a, target) in &types.aliases {
        if target != "?" && a != target {
            let to = unit_aliases.entry(a.clone()).or_insert_with(Vec::new);
            if !to.contains(target) {
                to.push(target.clone());
            }
        }
    }
    // Each unit's untyped calls, on the types it can hold.
    let owners: Vec<Option<String>> = (0..all_units.len())
        .map(|i| unit_owner(&all_units, i))
        .collect();
    for (u, this) in all_units.iter_mut().zip(owners) {
        narrow_unit(&mut u.refs, this.as_deref(), &types);
    }
    let mut c = Crate::new(all_units, unit_aliases);
    c.scopes.names = cuts.scopes.take();
    for f in files.iter().filter(|f| f.path.starts_with(RUNTIME_DIR)) {
        if let Ok(ts) = f.contents.parse::<TokenStream>() {
            module_renames(ts, &mut c.scopes.renames);
        }
    }
    // What each file's module imports by name from a runtime module (not an inline module's
    // imports: their paths are relative to it).
    let file_scopes: BTreeSet<usize> = file_scopes.into_iter().collect();
    let module_names: BTreeSet<String> = c.scopes.names.values().cloned().collect();
    let mut imports = BTreeMap::new();
    for u in &c.units {
        let Some(item) = u
            .use_item
            .as_ref()
            .filter(|_| file_scopes.contains(&u.scope))
        else {
            continue;
        };
        let mut ls = Vec::new();
        leaves("", &item.tree, &mut ls);
        for (path, bound) in ls {
            let Some(bound) = bound.filter(|_| !path.contains(" as ")) else {
                continue;
            };
            let segs = resolve_relative(&files[runtime[u.file]].path, &path);
            if let [.., m, last] = segs.as_slice() {
                if *last == bound && module_names.contains(m) {
                    imports.insert((u.scope, bound), m.clone());
                }
            }
        }
    }
    c.scopes.imports = imports;
    let asts: Vec<&syn::File> = parsed.iter().chain(glue_asts.iter().flatten()).collect();
    let (owners, generics) = trait_owners(&asts, &types.aliases);
    c.owners = owners;
    // A generic parameter with the name of a runtime item or alias may be that item.
    c.generics = generics
        .into_iter()
        .filter(|g| !c.free.contains(g) && !c.aliases.contains_key(g))
        .collect();
    c.supers = supertraits(&parsed);
    let driver: Vec<&Refs> = driver_roots.iter().collect();
    let test: Vec<&Refs> = test_roots.iter().collect();
    // To a fixpoint of the refused rewrites and of the fields that go (what only a removed
    // field's type names goes too).
    let texts: Vec<String> = runtime
        .iter()
        .map(|&fi| files[fi].contents.clone())
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut fields_gone: BTreeSet<(String, String)> = BTreeSet::new();
    let (live_driver, live_test, field_edits) = loop {
        let live_driver = c.reach(&driver);
        // Without a test module, no item is gated.
        let live_test = if test.is_empty() {
            live_driver.clone()
        } else {
            c.reach(&test)
        };
        let refused = c.refusals([&live_driver, &live_test]);
        if !refused.is_empty() {
            c.refused.extend(refused);
            continue;
        }
        // Fields no kept code of either crate touches (reads, or assigns: `t.f = v` stays).
        let mut read: BTreeSet<(String, String)> = BTreeSet::new();
        for r in driver.iter().chain(&test) {
            read.extend(r.touched.iter().cloned());
        }
        // What goes whole (its literals do not count).
        let mut gone: Vec<Vec<(usize, usize)>> = vec![Vec::new(); runtime.len()];
        for (i, u) in c.units.iter().enumerate() {
            if live_driver[i] || live_test[i] {
                read.extend(u.refs.touched.iter().cloned());
            } else {
                gone[u.file].push(u.range);
            }
        }
        let (edits, removed) = unread_fields(&parsed, &texts, &read, &gone);
        let new: Vec<Gone> = removed
            .into_iter()
            .filter(|g| !fields_gone.contains(&g.key))
            .collect();
        if new.is_empty() {
            break (live_driver, live_test, edits);
        }
        for g in new {
            // The struct's names and the initializers' units' lose what the field named.
            let refs = Refs::of(g.decl, false, &types);
            if let Some(u) = c.units.iter_mut().find(|u| {
                u.file == g.file && u.name == g.key.0 && matches!(u.kind, Kind::Free { .. })
            }) {
                minus(&mut u.refs, &refs);
            }
            for (file, at, tokens) in g.inits {
                let inner = c
                    .units
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| u.file == file && u.range.0 <= at && at < u.range.1)
                    .min_by_key(|(_, u)| u.range.1 - u.range.0)
                    .map(|(i, _)| i);
                if let Some(i) = inner {
                    minus(&mut c.units[i].refs, &Refs::of(tokens, false, &types));
                }
            }
            fields_gone.insert(g.key);
        }
    };
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
        for (f, set) in &paths {
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
        crate_paths(&live_driver, false),
        crate_paths(&live_test, !test.is_empty()),
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
        let (global_driver, global_test) = (
            elsewhere(&live_driver, &driver),
            elsewhere(&live_test, &test),
        );
        for (i, u) in c.units.iter().enumerate() {
            if u.file != k {
                continue;
            }
            match u.kind {
                Kind::Arm { .. } => {
                    edits.extend(c.arm_edit(i, text, [&live_driver, &live_test]));
                    continue;
                }
                Kind::Alt { .. } => continue,
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
                    scope_used(u.scope, &live_driver),
                    scope_used(u.scope, &live_test),
                );
                for (path, bound) in &ls {
                    match (
                        keep(
                            bound,
                            &used_driver,
                            &global_driver,
                            &live_driver,
                            &paths_driver,
                        ),
                        keep(bound, &used_test, &global_test, &live_test, &paths_test),
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

#[cfg(test)]
mod tests;
