//! The units of the runtime copy (items, impl items, enum variants, imports): what each is, and
//! how a file's items are cut into them. Their reachability is in [`reach`].

use super::*;

/// What a unit of a runtime file is, for the rules of the module doc.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Kind {
    /// Always kept.
    Root,
    /// A free item, kept when its name is used.
    Free { trait_methods: Option<Vec<String>> },
    /// An item of an inherent impl (`parent`) of `owner`; a method takes `arity` arguments
    /// besides `self`.
    Assoc {
        owner: String,
        method: bool,
        arity: usize,
    },
    /// An inherent impl of `owner`.
    Inherent { owner: String },
    /// A trait impl.
    TraitImpl {
        ty: Option<String>,
        tr: Option<String>,
    },
    /// A variant of the enum `parent`.
    Variant { owner: String },
    /// An item of the trait `parent` (see [`traits`]): whether it is a method
    /// (has a receiver) or a type.
    TraitItem { method: bool, ty: bool },
    /// An item of an impl (`parent`) of the split trait `tr`.
    ImplItem { tr: String },
    /// A `match` arm or a `matches!` of the unit `parent` (see
    /// [`variants`]): whether it is a `matches!` and whether `false` may stand
    /// for it (its scrutinee is a place without effects, it is no operand), the `match` it is
    /// an arm of (the unit, the match in it), that match's number of arms and of catch-all
    /// arms (`_`, a binding), and the range of its alternatives.
    Arm {
        matches: bool,
        to_false: bool,
        group: (usize, usize),
        arms: usize,
        catch_alls: usize,
        pat: (usize, usize),
    },
    /// A top-level alternative of the pattern of the arm `parent`; `simple`: it matches every
    /// value of the variant it names (its fields bindings or `_`, no guard).
    Alt { simple: bool },
    /// An import.
    Use,
    /// What the item `parent` of an impl in a `macro_rules!` body names in the expansion by
    /// an invocation that gives the impl's type `ty` (see [`macro_impl_items`]): live with its
    /// item when kept code names `ty`; it has no text of its own.
    Expansion { ty: String },
}

pub(super) struct Unit {
    pub(super) file: usize,
    /// The module body the unit is in (its imports' scope).
    pub(super) scope: usize,
    pub(super) kind: Kind,
    pub(super) name: String,
    /// Byte range in the file, with its attributes.
    pub(super) range: (usize, usize),
    pub(super) refs: Refs,
    /// The impl or enum the unit is part of.
    pub(super) parent: Option<usize>,
    /// For `Use`: the item.
    pub(super) use_item: Option<syn::ItemUse>,
    /// Its paths through a bounded generic parameter, as paths through its bounds (see
    /// [`through_bounds`]).
    pub(super) through: Vec<(String, String)>,
}

/// Byte offsets of line starts, to turn a span's line and column into an offset.
pub(super) struct Lines<'a> {
    pub(super) text: &'a str,
    pub(super) starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    pub(super) fn offset(&self, lc: proc_macro2::LineColumn) -> usize {
        let start = self.starts[lc.line - 1];
        let line = &self.text[start..];
        start
            + line
                .char_indices()
                .nth(lc.column)
                .map_or(line.len(), |(i, _)| i)
    }

    pub(super) fn range(&self, tokens: TokenStream) -> Option<(usize, usize)> {
        let spans: Vec<Span> = tokens.into_iter().map(|t| t.span()).collect();
        let (first, last) = (spans.first()?, spans.last()?);
        Some((self.offset(first.start()), self.offset(last.end())))
    }
}

/// What the units of a file are cut along: the split traits, the names of the runtime's
/// variants.
pub(super) struct Cuts {
    pub(super) split: BTreeSet<String>,
    pub(super) variants: BTreeSet<String>,
    /// The names of the inline modules' scopes, recorded as they are cut (see [`scopes`]).
    pub(super) scopes: std::cell::RefCell<BTreeMap<usize, String>>,
}

/// The units of one runtime file's items (recursing into inline modules).
#[allow(clippy::too_many_arguments)]
pub(super) fn units(
    file: usize,
    scope: usize,
    lines: &Lines<'_>,
    items: &[syn::Item],
    fields: &Fields,
    types: &Types,
    cuts: &Cuts,
    out: &mut Vec<Unit>,
) {
    let at = At {
        file,
        scope,
        lines,
        variants: &cuts.variants,
    };
    let mut starts = Vec::new();
    for item in items {
        starts.push((out.len(), item));
        let Some(range) = lines.range(item.to_token_stream()) else {
            continue;
        };
        let unit = |kind: Kind, name: String, refs: Refs| Unit {
            file,
            scope,
            kind,
            name,
            range,
            refs,
            parent: None,
            use_item: None,
            through: Vec::new(),
        };
        let all = || Refs::of(item.to_token_stream(), false, types);
        let free = |name: &syn::Ident| {
            let n = name.to_string();
            unit(
                Kind::Free {
                    trait_methods: None,
                },
                n.clone(),
                all().without_decl(&n),
            )
        };
        let carve_item = |out: &mut Vec<Unit>| {
            let at_unit = out.len() - 1;
            carve(
                Node::Item(item),
                item.to_token_stream(),
                None,
                types,
                &at,
                at_unit,
                out,
            );
        };
        match item {
            syn::Item::Fn(f) => {
                out.push(free(&f.sig.ident));
                carve_item(out);
            }
            syn::Item::Const(c) if c.ident != "_" => {
                out.push(free(&c.ident));
                carve_item(out);
            }
            syn::Item::Static(s) => {
                out.push(free(&s.ident));
                carve_item(out);
            }
            syn::Item::Struct(s) => out.push(free(&s.ident)),
            syn::Item::Union(u) => out.push(free(&u.ident)),
            syn::Item::Type(t) => out.push(free(&t.ident)),
            syn::Item::Trait(t) => {
                let mut u = free(&t.ident);
                u.kind = Kind::Free {
                    trait_methods: Some(
                        t.items
                            .iter()
                            .filter_map(|i| match i {
                                syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
                                _ => None,
                            })
                            .collect(),
                    ),
                };
                let name = t.ident.to_string();
                if !cuts.split.contains(&name) {
                    out.push(u);
                    continue;
                }
                u.refs = Refs::of(trait_head(t), false, types).without_decl(&name);
                let trait_at = out.len();
                out.push(u);
                trait_item_units(t, types, &at, trait_at, out);
            }
            syn::Item::Macro(m) if m.ident.is_some() => {
                let n = m
                    .ident
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                // An expandable macro's body is scanned where it is invoked, as invoked.
                let refs = if types.macros.contains_key(&n) {
                    Refs::default()
                } else {
                    Refs::of(item.to_token_stream(), true, types).without_decl(&n)
                };
                let macro_at = out.len();
                // Named by invocations (`n!`), which no function of the name answers.
                out.push(unit(
                    Kind::Free {
                        trait_methods: None,
                    },
                    format!("{n}!"),
                    refs,
                ));
                macro_impl_items(
                    m.mac.tokens.clone(),
                    &cuts.split,
                    lines,
                    types,
                    (file, scope, macro_at),
                    out,
                );
            }
            syn::Item::Enum(e) => {
                let n = e.ident.to_string();
                let mut head = TokenStream::new();
                for a in &e.attrs {
                    a.to_tokens(&mut head);
                }
                e.generics.to_tokens(&mut head);
                let enum_at = out.len();
                out.push(unit(
                    Kind::Free {
                        trait_methods: None,
                    },
                    n.clone(),
                    Refs::of(head, false, types),
                ));
                for v in &e.variants {
                    let Some(mut r) = lines.range(v.to_token_stream()) else {
                        continue;
                    };
                    r.1 = after_comma(lines.text, r.1);
                    out.push(Unit {
                        file,
                        scope,
                        kind: Kind::Variant { owner: n.clone() },
                        name: v.ident.to_string(),
                        range: r,
                        refs: Refs::of(v.to_token_stream(), false, types)
                            .without_decl(&v.ident.to_string()),
                        parent: Some(enum_at),
                        use_item: None,
                        through: Vec::new(),
                    });
                }
            }
            syn::Item::Impl(imp) => {
                let ty = type_name(&imp.self_ty);
                let mut head = TokenStream::new();
                for a in &imp.attrs {
                    a.to_tokens(&mut head);
                }
                imp.generics.to_tokens(&mut head);
                imp.generics.where_clause.to_tokens(&mut head);
                imp.self_ty.to_tokens(&mut head);
                match (&imp.trait_, ty) {
                    (None, Some(owner)) => {
                        let impl_at = out.len();
                        out.push(unit(
                            Kind::Inherent {
                                owner: owner.clone(),
                            },
                            owner.clone(),
                            Refs::of(head, false, types),
                        ));
                        for ii in &imp.items {
                            let Some(r) = lines.range(ii.to_token_stream()) else {
                                continue;
                            };
                            let (name, method, arity) = match ii {
                                syn::ImplItem::Fn(f) => (
                                    f.sig.ident.to_string(),
                                    f.sig.receiver().is_some(),
                                    f.sig.inputs.len().saturating_sub(1),
                                ),
                                syn::ImplItem::Const(c) => (c.ident.to_string(), false, 0),
                                syn::ImplItem::Type(t) => (t.ident.to_string(), false, 0),
                                _ => (String::new(), false, 0),
                            };
                            let this = SelfType {
                                name: &owner,
                                fields: fields.get(&owner),
                            };
                            let refs =
                                Refs::within(ii.to_token_stream(), false, Some(&this), types)
                                    .without_decl(&name);
                            let kind = if name.is_empty() {
                                Kind::Root
                            } else {
                                Kind::Assoc {
                                    owner: owner.clone(),
                                    method,
                                    arity,
                                }
                            };
                            push_part(
                                out,
                                &at,
                                (kind, name, r, refs, impl_at),
                                (Node::Impl(ii), ii.to_token_stream(), Some(&this), types),
                            );
                        }
                    }
                    (Some((_, path, _)), ty) => {
                        let tr = path.segments.last().map(|s| s.ident.to_string());
                        if let Some(t) = tr.as_ref().filter(|t| cuts.split.contains(*t)) {
                            let mut head = TokenStream::new();
                            for a in &imp.attrs {
                                a.to_tokens(&mut head);
                            }
                            imp.generics.to_tokens(&mut head);
                            imp.generics.where_clause.to_tokens(&mut head);
                            path.to_tokens(&mut head);
                            imp.self_ty.to_tokens(&mut head);
                            let impl_at = out.len();
                            out.push(unit(
                                Kind::TraitImpl {
                                    ty: ty.clone(),
                                    tr: tr.clone(),
                                },
                                String::new(),
                                Refs::of(head, false, types),
                            ));
                            let this = ty.as_ref().map(|o| SelfType {
                                name: o,
                                fields: fields.get(o),
                            });
                            let ctx = (t.as_str(), this.as_ref(), types);
                            impl_item_units(imp, ctx, &at, impl_at, out);
                            continue;
                        }
                        let refs = match &ty {
                            Some(owner) => {
                                let this = SelfType {
                                    name: owner,
                                    fields: fields.get(owner),
                                };
                                Refs::within(item.to_token_stream(), false, Some(&this), types)
                            }
                            None => all(),
                        };
                        // The impl's own item names are declarations, not uses.
                        let refs = imp.items.iter().fold(refs, |r, ii| match ii {
                            syn::ImplItem::Fn(f) => r.without_decl(&f.sig.ident.to_string()),
                            syn::ImplItem::Const(c) => r.without_decl(&c.ident.to_string()),
                            syn::ImplItem::Type(t) => r.without_decl(&t.ident.to_string()),
                            _ => r,
                        });
                        let impl_at = out.len();
                        let this = ty.as_ref().map(|o| SelfType {
                            name: o,
                            fields: fields.get(o),
                        });
                        out.push(unit(
                            Kind::TraitImpl { ty: ty.clone(), tr },
                            String::new(),
                            refs,
                        ));
                        for ii in &imp.items {
                            carve(
                                Node::Impl(ii),
                                item.to_token_stream(),
                                this.as_ref(),
                                types,
                                &at,
                                impl_at,
                                out,
                            );
                        }
                    }
                    (None, None) => out.push(unit(Kind::Root, String::new(), all())),
                }
            }
            syn::Item::Use(u) => {
                let mut un = unit(Kind::Use, String::new(), Refs::default());
                un.use_item = Some(u.clone());
                out.push(un);
            }
            syn::Item::Mod(m) if m.content.is_some() => {
                let mut head = TokenStream::new();
                for a in &m.attrs {
                    a.to_tokens(&mut head);
                }
                out.push(unit(
                    Kind::Root,
                    String::new(),
                    Refs::of(head, false, types),
                ));
                if let Some((_, items)) = &m.content {
                    let inner = out.iter().map(|u| u.scope).max().unwrap_or(0).max(scope) + 1;
                    cuts.scopes.borrow_mut().insert(inner, m.ident.to_string());
                    units(file, inner, lines, items, fields, types, cuts, out);
                }
            }
            // An invocation of a macro that only implements traits for the type it is given
            // (`riscv_format!(Sv48, ..)`) is kept as those impls would be: with that type.
            syn::Item::Macro(m) if m.ident.is_none() => {
                let ty = m
                    .mac
                    .path
                    .get_ident()
                    .and_then(|n| types.macros.get(&n.to_string()))
                    .filter(|mac| mac.complete)
                    .and_then(|mac| mac.impls_for(m.mac.tokens.clone()));
                let kind = match ty {
                    Some(ty) => Kind::TraitImpl {
                        ty: Some(ty),
                        tr: None,
                    },
                    None => Kind::Root,
                };
                out.push(unit(kind, String::new(), all()));
            }
            // `mod x;` names a module, no item.
            syn::Item::Mod(_) => out.push(unit(Kind::Root, String::new(), Refs::default())),
            _ => out.push(unit(Kind::Root, String::new(), all())),
        }
    }
    // Paths through an item's bounded generic parameters go through their bounds.
    let ends: Vec<usize> = starts
        .iter()
        .skip(1)
        .map(|s| s.0)
        .chain([out.len()])
        .collect();
    for (&(s, item), e) in starts.iter().zip(ends) {
        let bounds = generic_bounds(item);
        for u in &mut out[s..e] {
            u.through = through_bounds(&u.refs, &bounds);
        }
    }
}

/// The end of a variant with the comma after it.
pub(super) fn after_comma(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    let trimmed = rest.trim_start();
    if trimmed.starts_with(',') {
        end + (rest.len() - trimmed.len()) + 1
    } else {
        end
    }
}

/// Type aliases of `items`: alias -> the names of the types it may stand for.
pub(super) fn collect_aliases(items: &[syn::Item], out: &mut BTreeMap<String, Vec<String>>) {
    for item in items {
        match item {
            syn::Item::Type(t) => {
                if let Some(n) = type_name(&t.ty) {
                    out.entry(t.ident.to_string()).or_default().push(n);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_aliases(items, out);
                }
            }
            _ => {}
        }
    }
}
