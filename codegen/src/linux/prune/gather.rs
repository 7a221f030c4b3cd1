//! The first stage of the pass: what it knows before it scans any code. The runtime copy's files
//! parsed, the glue files parsed (where they parse), the paths through each module (for
//! re-exports), and [`Types`]: the runtime's types, their fields, aliases, what functions return,
//! constants' and trait consts' types, what fields and signatures mention.

use super::*;

/// What [`gather()`] finds.
pub(super) struct Gathered {
    /// The runtime copy's files, parsed, in the order of `runtime`.
    pub(super) parsed: Vec<syn::File>,
    /// The module's own `.rs` files (file index, parsed where they parse).
    pub(super) glue: Vec<(usize, Option<syn::File>)>,
    /// What the pass knows of types.
    pub(super) types: Types,
    /// Paths through each module, for re-exports: (file index, (module, name)).
    pub(super) paths: Vec<(usize, BTreeSet<(String, String)>)>,
}

/// Parses the files and gathers what the pass knows of them; `runtime` indexes the runtime
/// copy's files among `files`.
pub(super) fn gather(files: &[GeneratedFile], runtime: &[usize]) -> Result<Gathered, CodegenError> {
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
    for &i in runtime {
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
    Ok(Gathered {
        parsed,
        glue,
        types,
        paths,
    })
}
