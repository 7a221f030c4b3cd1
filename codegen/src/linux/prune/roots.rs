//! The second stage: the roots of reachability, what the module's own files (the glue, the
//! `iommu/` abstraction, the test module) name, one [`Refs`] per item (an impl's items one by
//! one, with their `Self`), each crate's apart.

use super::*;

/// What each crate's own code names.
pub(super) struct Roots {
    /// The driver's files'.
    pub(super) driver: Vec<Refs>,
    /// The test module's files'.
    pub(super) test: Vec<Refs>,
}

impl Roots {
    /// What the glue files name, item by item.
    pub(super) fn of_glue(
        files: &[GeneratedFile],
        glue: &[(usize, Option<syn::File>)],
        types: &Types,
        is_test: &dyn Fn(&str) -> bool,
    ) -> Result<Self, CodegenError> {
        let mut driver_roots = Vec::new();
        let mut test_roots = Vec::new();
        // The types the glue files declare (see [`glue`]).
        let glue_types: BTreeSet<String> = glue
            .iter()
            .filter_map(|(_, a)| a.as_ref())
            .flat_map(own_types)
            .collect();
        for (i, ast) in glue {
            let f = &files[*i];
            let ts: TokenStream = f.contents.parse().map_err(|e| {
                CodegenError(format!("the Linux module's {} does not lex: {e}", f.path))
            })?;
            // Item by item (an impl's and an inline module's items one by one, an impl's with
            // their `Self`), so that local bindings of one function do not blur another's; the
            // whole file when it does not parse.
            let mut pieces: Vec<(TokenStream, Option<String>)> = Vec::new();
            // The file's own free items: where the file names one, it is its own (a glue `check`
            // or `MMIO_SIZE` is not the runtime's); an impl item's name is declared once.
            let mut own: BTreeSet<String> = BTreeSet::new();
            let mut decls: Vec<Option<String>> = Vec::new();
            // What the file imports by name from a runtime module (`use ..::domain::VA_BITS`):
            // name -> that module, so that a bare use names that module's item.
            let mut imported: BTreeMap<String, String> = BTreeMap::new();
            if let Some(ast) = ast {
                for item in flat(&ast.items) {
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
                    for item in flat(&ast.items) {
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
                narrow_unit(&mut r, owner.as_deref(), types);
                if is_test(&f.path) {
                    test_roots.push(r);
                } else {
                    driver_roots.push(r);
                }
            }
        }
        Ok(Roots {
            driver: driver_roots,
            test: test_roots,
        })
    }

    /// What the glue's impls of a split trait define stays in it.
    pub(super) fn add_split_impls(
        &mut self,
        files: &[GeneratedFile],
        glue: &[(usize, Option<syn::File>)],
        split: &BTreeSet<String>,
        modules: &BTreeSet<String>,
        is_test: &dyn Fn(&str) -> bool,
    ) {
        for (i, ast) in glue {
            let Some(ast) = ast else { continue };
            let mut r = Refs::default();
            glue_impl_items(&ast.items, split, modules, &mut r);
            if is_test(&files[*i].path) {
                self.test.push(r);
            } else {
                self.driver.push(r);
            }
        }
    }
}

/// `items` with the items of inline modules in place of the modules (the KUnit suites' `mod
/// pgtable { .. }`): each its own piece, its names the file's own (a suite's `const VA_BITS`).
fn flat(items: &[syn::Item]) -> Vec<&syn::Item> {
    let mut out = Vec::new();
    for item in items {
        match item {
            syn::Item::Mod(syn::ItemMod {
                content: Some((_, inner)),
                ..
            }) => out.extend(flat(inner)),
            _ => out.push(item),
        }
    }
    out
}

/// The names of the items the glue's impls of split traits define, as paths through their
/// trait (so that the trait keeps them). An impl of a trait whose path goes through a module
/// that is not the runtime's (`impl pci::Driver for EduDriver`) is the kernel's trait's, and
/// its items (a `probe`) name nothing of the runtime's.
pub(super) fn glue_impl_items(
    items: &[syn::Item],
    split: &BTreeSet<String>,
    modules: &BTreeSet<String>,
    out: &mut Refs,
) {
    for item in items {
        match item {
            syn::Item::Impl(imp) => {
                let Some(tr) = imp
                    .trait_
                    .as_ref()
                    .filter(|(_, p, _)| {
                        p.segments.len() < 2
                            || modules.contains(&p.segments[p.segments.len() - 2].ident.to_string())
                    })
                    .and_then(|(_, p, _)| p.segments.last())
                    .map(|s| s.ident.to_string())
                    .filter(|t| split.contains(t))
                else {
                    continue;
                };
                for ii in &imp.items {
                    if let Some(n) = impl_item_name(ii) {
                        out.pairs.push((tr.clone(), n.clone()));
                        out.idents.push(n.clone());
                        out.dotted.push(n);
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    glue_impl_items(items, split, modules, out);
                }
            }
            _ => {}
        }
    }
}
