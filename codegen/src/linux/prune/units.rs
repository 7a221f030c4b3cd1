//! The units of the runtime copy (items, impl items, enum variants, imports) and their
//! reachability from the module's own code, to a fixpoint.

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
    /// An import.
    Use,
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

/// The units of one runtime file's items (recursing into inline modules).
pub(super) fn units(
    file: usize,
    scope: usize,
    lines: &Lines<'_>,
    items: &[syn::Item],
    fields: &Fields,
    types: &Types,
    out: &mut Vec<Unit>,
) {
    for item in items {
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
        match item {
            syn::Item::Fn(f) => out.push(free(&f.sig.ident)),
            syn::Item::Const(c) if c.ident != "_" => out.push(free(&c.ident)),
            syn::Item::Static(s) => out.push(free(&s.ident)),
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
                out.push(u);
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
                out.push(unit(
                    Kind::Free {
                        trait_methods: None,
                    },
                    n,
                    refs,
                ));
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
                            out.push(Unit {
                                file,
                                scope,
                                kind: if name.is_empty() {
                                    Kind::Root
                                } else {
                                    Kind::Assoc {
                                        owner: owner.clone(),
                                        method,
                                        arity,
                                    }
                                },
                                name,
                                range: r,
                                refs,
                                parent: Some(impl_at),
                                use_item: None,
                            });
                        }
                    }
                    (Some((_, path, _)), ty) => {
                        let tr = path.segments.last().map(|s| s.ident.to_string());
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
                        out.push(unit(Kind::TraitImpl { ty, tr }, String::new(), refs));
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
                    units(file, inner, lines, items, fields, types, out);
                }
            }
            // `mod x;` names a module, no item.
            syn::Item::Mod(_) => out.push(unit(Kind::Root, String::new(), Refs::default())),
            _ => out.push(unit(Kind::Root, String::new(), all())),
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

/// The names kept code uses, collected as units become live.
#[derive(Default)]
pub(super) struct Used {
    pub(super) idents: BTreeSet<String>,
    pub(super) pairs: BTreeSet<(String, String)>,
    pub(super) dotted: BTreeSet<String>,
    pub(super) calls: BTreeSet<(String, Option<usize>)>,
    pub(super) methods: BTreeSet<(String, String, Option<usize>)>,
}

impl Used {
    pub(super) fn add(&mut self, r: &Refs) {
        self.idents.extend(r.idents.iter().cloned());
        self.pairs.extend(r.pairs.iter().cloned());
        self.dotted.extend(r.dotted.iter().cloned());
        self.calls.extend(r.calls.iter().cloned());
        self.methods.extend(r.methods.iter().cloned());
    }
}

/// The crate's units and what decides their liveness.
pub(super) struct Crate {
    pub(super) units: Vec<Unit>,
    /// Names of free items (what a trait impl's type or trait may be).
    pub(super) free: BTreeSet<String>,
    /// Type aliases: alias -> the aliased type's name.
    pub(super) aliases: BTreeMap<String, Vec<String>>,
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
    pub(super) fn orphans(&self, live: &mut [bool]) {
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
            if variants.iter().all(|&j| !live[j]) {
                for j in variants {
                    live[j] = true;
                }
            }
        }
    }

    /// Which units are live, from the roots `roots` (the glue's names) and the runtime's root
    /// units.
    pub(super) fn reach(&self, roots: &[&Refs]) -> Vec<bool> {
        let mut live = vec![false; self.units.len()];
        let mut used = Used::default();
        for r in roots {
            used.add(r);
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
                    Kind::Free { .. } => used.idents.contains(&u.name),
                    Kind::Inherent { owner } => {
                        !self.free.contains(owner) || used.idents.contains(owner)
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
                                .pairs
                                .iter()
                                .any(|(x, n)| *n == u.name && self.names_for(owner, x))
                    }
                    Kind::TraitImpl { ty, tr } => [ty, tr].into_iter().all(|n| {
                        n.as_ref()
                            .is_none_or(|n| !self.free.contains(n) || used.idents.contains(n))
                    }),
                };
                if is {
                    live[i] = true;
                    used.add(&u.refs);
                    changed = true;
                }
            }
            if !changed {
                return live;
            }
        }
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
