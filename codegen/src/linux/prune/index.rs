//! The third stage: the runtime copy cut into units (items, impl and trait items, variants,
//! rewritable match arms, imports, see [`units()`]), each unit's names narrowed to the types it can
//! hold, and the [`Crate`] over them with what resolves a name to a module's item (scopes,
//! imports, renames), traits' owners and supertraits. The split traits are decided here, and the
//! glue's impls of them added to the roots.

use super::*;

/// The crate of the runtime copy's units; `types` gains the expandable macros' invocations,
/// `roots` what the glue's impls of split traits define.
pub(super) fn index(
    files: &[GeneratedFile],
    runtime: &[usize],
    parsed: &[syn::File],
    glue: &[(usize, Option<syn::File>)],
    types: &mut Types,
    roots: &mut Roots,
    is_test: &dyn Fn(&str) -> bool,
) -> Crate {
    let all_tokens: Vec<TokenStream> = files
        .iter()
        .filter(|f| f.path.ends_with(".rs"))
        .filter_map(|f| f.contents.parse().ok())
        .collect();
    let glue_asts: Vec<Option<syn::File>> = glue.iter().map(|(_, a)| a.clone()).collect();
    let mut variant_names = BTreeSet::new();
    for ast in parsed {
        collect_variants(&ast.items, &mut variant_names);
    }
    let cuts = Cuts {
        split: split_traits(parsed, &glue_asts, &all_tokens),
        variants: variant_names,
        scopes: Default::default(),
    };
    prepare_macros(&mut types.macros, &all_tokens, &cuts.split);
    roots.add_split_impls(files, glue, &cuts.split, &types.modules, is_test);
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
            &types.fields,
            types,
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
        narrow_unit(&mut u.refs, this.as_deref(), types);
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
    c.supers = supertraits(parsed);
    c
}
