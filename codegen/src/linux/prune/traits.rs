//! The items of the runtime's traits as units of their own: a trait's const, fn or type is kept
//! when kept code names it (`X::NAME` on anything but a type with an inherent item of that
//! name, `.name(` for a method, the bare name for a type), and an impl's item when its trait's
//! is. A removed item goes from the trait and from every impl of it. That needs every impl in
//! sight: a trait is split only when it is defined once in the runtime copy and each `impl
//! Trait for` of the module's files is an impl item of the runtime or the glue, or an impl in a
//! `macro_rules!` body of the runtime whose items the pass can tell apart; otherwise its impls
//! stay whole, as before. The glue is not pruned: what its impls of a runtime trait define stays
//! in the trait.

use super::*;

/// The runtime's traits whose items are units (see the module doc).
pub(super) fn split_traits(
    runtime: &[syn::File],
    glue: &[Option<syn::File>],
    tokens: &[TokenStream],
) -> BTreeSet<String> {
    let mut defined: BTreeMap<String, usize> = BTreeMap::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    fn walk(
        items: &[syn::Item],
        defined: &mut BTreeMap<String, usize>,
        seen: &mut BTreeMap<String, usize>,
        runtime: bool,
    ) {
        for item in items {
            match item {
                syn::Item::Trait(t) if runtime => {
                    *defined.entry(t.ident.to_string()).or_default() += 1;
                }
                syn::Item::Impl(imp) => {
                    if let Some((_, p, _)) = &imp.trait_ {
                        if let Some(s) = p.segments.last() {
                            *seen.entry(s.ident.to_string()).or_default() += 1;
                        }
                    }
                }
                syn::Item::Macro(m) if runtime && m.ident.is_some() => {
                    let mut found = Vec::new();
                    impl_headers(m.mac.tokens.clone(), &mut found);
                    for (tr, body) in found {
                        if body.is_some_and(|b| split_body(&b).is_some()) {
                            *seen.entry(tr).or_default() += 1;
                        }
                    }
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        walk(items, defined, seen, runtime);
                    }
                }
                _ => {}
            }
        }
    }
    for f in runtime {
        walk(&f.items, &mut defined, &mut seen, true);
    }
    for f in glue.iter().flatten() {
        walk(&f.items, &mut defined, &mut seen, false);
    }
    let mut all = Vec::new();
    for t in tokens {
        impl_headers(t.clone(), &mut all);
    }
    // A trait given by a macro's metavariable may be any.
    if all.iter().any(|(t, _)| t == "$") {
        return BTreeSet::new();
    }
    let mut counted: BTreeMap<String, usize> = BTreeMap::new();
    for (t, _) in all {
        *counted.entry(t).or_default() += 1;
    }
    defined
        .into_iter()
        .filter(|(t, n)| {
            *n == 1 && counted.get(t).copied().unwrap_or(0) == seen.get(t).copied().unwrap_or(0)
        })
        .map(|(t, _)| t)
        .collect()
}

/// The `impl .. Trait for ..` headers of `tokens`, at any depth (macro bodies too): the
/// trait's last name (`$` for a metavariable) and the impl's body.
pub(super) fn impl_headers(
    tokens: TokenStream,
    out: &mut Vec<(String, Option<proc_macro2::Group>)>,
) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Group(g) => impl_headers(g.stream(), out),
            TokenTree::Ident(x) if x == "impl" => {
                let mut depth = 0i32;
                let mut last: Option<String> = None;
                let mut k = i + 1;
                while let Some(t) = tts.get(k) {
                    match t {
                        TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
                        TokenTree::Punct(p) if p.as_char() == '>' => {
                            let arrow = matches!(tts.get(k - 1), Some(TokenTree::Punct(q)) if q.as_char() == '-' && q.spacing() == Spacing::Joint);
                            if !arrow {
                                depth -= 1;
                            }
                        }
                        TokenTree::Punct(p) if p.as_char() == ';' => break,
                        TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => break,
                        TokenTree::Ident(f) if f == "for" && depth == 0 => {
                            let hrtb = matches!(tts.get(k + 1), Some(TokenTree::Punct(p)) if p.as_char() == '<');
                            if !hrtb {
                                if let Some(name) = last.take() {
                                    let body = tts[k..].iter().find_map(|t| match t {
                                        TokenTree::Group(g)
                                            if g.delimiter() == Delimiter::Brace =>
                                        {
                                            Some(g.clone())
                                        }
                                        _ => None,
                                    });
                                    out.push((name, body));
                                }
                                break;
                            }
                        }
                        TokenTree::Ident(n) if depth == 0 => {
                            let meta = matches!(tts.get(k - 1), Some(TokenTree::Punct(p)) if p.as_char() == '$');
                            last = Some(if meta { "$".into() } else { n.to_string() });
                        }
                        _ => {}
                    }
                    k += 1;
                }
            }
            _ => {}
        }
    }
}

/// The items of an impl's body given as tokens (in a `macro_rules!` body): each item's name
/// and tokens (with its attributes); `None` when the pass cannot tell them apart (a macro
/// invocation among them).
pub(super) fn split_body(body: &proc_macro2::Group) -> Option<Vec<(String, TokenStream)>> {
    let tts: Vec<TokenTree> = body.stream().into_iter().collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < tts.len() {
        let mut k = start;
        // Attributes and qualifiers.
        loop {
            match (tts.get(k), tts.get(k + 1)) {
                (Some(TokenTree::Punct(p)), Some(TokenTree::Group(g)))
                    if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
                {
                    k += 2
                }
                (Some(TokenTree::Ident(x)), _)
                    if x == "pub" || x == "unsafe" || x == "async" || x == "default" =>
                {
                    k += 1;
                    if matches!(tts.get(k), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                    {
                        k += 1;
                    }
                }
                _ => break,
            }
        }
        let kind = match tts.get(k) {
            Some(TokenTree::Ident(x)) if x == "const" || x == "fn" || x == "type" => x.to_string(),
            _ => return None,
        };
        let name = match tts.get(k + 1) {
            Some(TokenTree::Ident(n)) => n.to_string(),
            _ => return None,
        };
        let end = if kind == "fn" {
            (k + 2..tts.len()).find(
                |&j| matches!(&tts[j], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace),
            )?
        } else {
            (k + 2..tts.len())
                .find(|&j| matches!(&tts[j], TokenTree::Punct(p) if p.as_char() == ';'))?
        };
        out.push((name, tts[start..=end].iter().cloned().collect()));
        start = end + 1;
    }
    Some(out)
}

/// The head of a trait (attributes, generics, supertraits, where clause): what the trait itself
/// uses, its items apart.
pub(super) fn trait_head(t: &syn::ItemTrait) -> TokenStream {
    let mut head = TokenStream::new();
    for a in &t.attrs {
        a.to_tokens(&mut head);
    }
    t.generics.to_tokens(&mut head);
    t.supertraits.to_tokens(&mut head);
    t.generics.where_clause.to_tokens(&mut head);
    head
}

/// The name of a trait item or an impl item, and whether it is a method (has a receiver) or a
/// type; `None` for an item of another kind (a macro).
pub(super) fn trait_item_name(ti: &syn::TraitItem) -> Option<(String, bool, bool)> {
    match ti {
        syn::TraitItem::Const(c) => Some((c.ident.to_string(), false, false)),
        syn::TraitItem::Fn(f) => Some((f.sig.ident.to_string(), f.sig.receiver().is_some(), false)),
        syn::TraitItem::Type(t) => Some((t.ident.to_string(), false, true)),
        _ => None,
    }
}

/// The name of an impl item (`None` for a macro).
pub(super) fn impl_item_name(ii: &syn::ImplItem) -> Option<String> {
    match ii {
        syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
        syn::ImplItem::Const(c) => Some(c.ident.to_string()),
        syn::ImplItem::Type(t) => Some(t.ident.to_string()),
        _ => None,
    }
}

/// The names of stretches of `whole` (the item they are part of), with its bindings to type
/// receivers, as [`Refs::within`] names the whole.
pub(super) fn parts_of<'a>(
    whole: TokenStream,
    this: Option<&'a SelfType<'a>>,
    types: &'a Types,
) -> impl Fn(&TokenStream) -> Refs + 'a {
    let mut vars = Vars::new();
    bindings(whole, types, this.map(|t| t.name), &mut vars);
    let env = Env { this, vars, types };
    move |part| {
        let mut r = Refs::default();
        r.scan(part.clone(), false, false, &env);
        r
    }
}

/// The names a path to a trait's item may go through besides the runtime's items: generic
/// parameters, the types of trait impls, aliases (so `<X as kernel::Trait>::NAME` or
/// `module::NAME` name no item of the runtime's traits).
/// Also the generic parameters alone.
pub(super) fn trait_owners(
    files: &[&syn::File],
    aliases: &BTreeMap<String, String>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    struct V(BTreeSet<String>, BTreeSet<String>);
    impl<'ast> syn::visit::Visit<'ast> for V {
        fn visit_type_param(&mut self, p: &'ast syn::TypeParam) {
            self.0.insert(p.ident.to_string());
            self.1.insert(p.ident.to_string());
            syn::visit::visit_type_param(self, p);
        }
        fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
            if i.trait_.is_some() {
                self.0.extend(type_name(&i.self_ty));
            }
            syn::visit::visit_item_impl(self, i);
        }
    }
    let mut v = V(aliases.keys().cloned().collect(), BTreeSet::new());
    for f in files {
        syn::visit::Visit::visit_file(&mut v, f);
    }
    (v.0, v.1)
}

/// `a` without one occurrence of each name of `b` (a part's names out of its whole's).
pub(super) fn minus(a: &mut Refs, b: &Refs) {
    fn take<T: PartialEq>(v: &mut Vec<T>, x: &T) {
        if let Some(i) = v.iter().position(|y| y == x) {
            v.swap_remove(i);
        }
    }
    for x in &b.idents {
        take(&mut a.idents, x);
    }
    for x in &b.qualified {
        take(&mut a.qualified, x);
    }
    for x in &b.pairs {
        take(&mut a.pairs, x);
    }
    for x in &b.dotted {
        take(&mut a.dotted, x);
    }
    for x in &b.calls {
        take(&mut a.calls, x);
    }
    for x in &b.methods {
        take(&mut a.methods, x);
    }
    for x in &b.accessed {
        take(&mut a.accessed, x);
    }
    for x in &b.touched {
        take(&mut a.touched, x);
    }
    for x in &b.bound {
        take(&mut a.bound, x);
    }
}

/// The trait bounds of the generic parameters declared in `item` (its generics, its items'
/// and `where` clauses): parameter -> the traits' last names.
pub(super) fn generic_bounds(item: &syn::Item) -> BTreeMap<String, BTreeSet<String>> {
    struct V(BTreeMap<String, BTreeSet<String>>);
    fn names(
        bounds: &syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>,
    ) -> Vec<String> {
        bounds
            .iter()
            .filter_map(|b| match b {
                syn::TypeParamBound::Trait(t) => {
                    t.path.segments.last().map(|s| s.ident.to_string())
                }
                _ => None,
            })
            .collect()
    }
    impl<'ast> syn::visit::Visit<'ast> for V {
        fn visit_type_param(&mut self, p: &'ast syn::TypeParam) {
            self.0
                .entry(p.ident.to_string())
                .or_default()
                .extend(names(&p.bounds));
        }
        fn visit_predicate_type(&mut self, p: &'ast syn::PredicateType) {
            if let syn::Type::Path(t) = &p.bounded_ty {
                if let Some(id) = t.path.get_ident() {
                    self.0
                        .entry(id.to_string())
                        .or_default()
                        .extend(names(&p.bounds));
                }
            }
        }
    }
    let mut v = V(BTreeMap::new());
    syn::visit::Visit::visit_item(&mut v, item);
    v.0.retain(|_, b| !b.is_empty());
    v.0
}

/// The paths of `refs` through a bounded generic parameter (`R::NAME`) as paths through each
/// of its bounds (`RecordArch::NAME`): the item is one of theirs.
pub(super) fn through_bounds(
    refs: &Refs,
    bounds: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<(String, String)> {
    refs.pairs
        .iter()
        .flat_map(|(x, n)| {
            bounds
                .get(x)
                .into_iter()
                .flatten()
                .map(move |b| (b.clone(), n.clone()))
        })
        .collect()
}

/// Each runtime trait with its supertraits, transitively (itself included).
pub(super) fn supertraits(files: &[syn::File]) -> BTreeMap<String, BTreeSet<String>> {
    let mut direct: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    fn walk(items: &[syn::Item], direct: &mut BTreeMap<String, BTreeSet<String>>) {
        for item in items {
            match item {
                syn::Item::Trait(t) => {
                    direct.entry(t.ident.to_string()).or_default().extend(
                        t.supertraits.iter().filter_map(|b| match b {
                            syn::TypeParamBound::Trait(t) => {
                                t.path.segments.last().map(|s| s.ident.to_string())
                            }
                            _ => None,
                        }),
                    );
                }
                syn::Item::Mod(m) => {
                    if let Some((_, items)) = &m.content {
                        walk(items, direct);
                    }
                }
                _ => {}
            }
        }
    }
    for f in files {
        walk(&f.items, &mut direct);
    }
    direct
        .keys()
        .map(|t| {
            let mut all = BTreeSet::from([t.clone()]);
            let mut todo = vec![t.clone()];
            while let Some(x) = todo.pop() {
                for s in direct.get(&x).into_iter().flatten() {
                    if all.insert(s.clone()) {
                        todo.push(s.clone());
                    }
                }
            }
            (t.clone(), all)
        })
        .collect()
}

/// The units of the items of the split trait `t` (the unit `trait_at`).
pub(super) fn trait_item_units(
    t: &syn::ItemTrait,
    types: &Types,
    at: &At<'_>,
    trait_at: usize,
    out: &mut Vec<Unit>,
) {
    for ti in &t.items {
        let Some(range) = at.lines.range(ti.to_token_stream()) else {
            continue;
        };
        let (kind, name) = match trait_item_name(ti) {
            Some((n, method, ty)) => (Kind::TraitItem { method, ty }, n),
            None => (Kind::Root, String::new()),
        };
        let refs = Refs::of(ti.to_token_stream(), false, types).without_decl(&name);
        push_part(
            out,
            at,
            (kind, name, range, refs, trait_at),
            (Node::Trait(ti), ti.to_token_stream(), None, types),
        );
    }
}

/// The units of the items of `imp` (the unit `impl_at`), an impl of the split trait `tr` for
/// `this`.
pub(super) fn impl_item_units(
    imp: &syn::ItemImpl,
    (tr, this, types): (&str, Option<&SelfType<'_>>, &Types),
    at: &At<'_>,
    impl_at: usize,
    out: &mut Vec<Unit>,
) {
    for ii in &imp.items {
        let Some(range) = at.lines.range(ii.to_token_stream()) else {
            continue;
        };
        let (kind, name) = match impl_item_name(ii) {
            Some(n) => (Kind::ImplItem { tr: tr.to_string() }, n),
            None => (Kind::Root, String::new()),
        };
        // The item's own bindings (`e: &CD` in one method is not `e: &STE` in another).
        let refs = Refs::within(ii.to_token_stream(), false, this, types).without_decl(&name);
        push_part(
            out,
            at,
            (kind, name, range, refs, impl_at),
            (Node::Impl(ii), ii.to_token_stream(), this, types),
        );
    }
}

impl Crate {
    /// Whether `x::name` names no item of a trait: an inherent item of a runtime type (which
    /// shadows a trait's), or an item of something that implements none of the runtime's traits.
    fn inherent_of(&self, x: &str, name: &str) -> bool {
        let has = |t: &str| self.inherent.contains(&(t.to_string(), name.to_string()));
        // A path through a module, or a type or trait not the runtime's, names no item of its
        // traits.
        let other =
            !self.owners.contains(x) && !self.free.contains(x) && !self.aliases.contains_key(x);
        x != "*"
            && x != "Self"
            && (other
                || has(x)
                || self
                    .aliases
                    .get(x)
                    .is_some_and(|ts| ts.iter().any(|t| has(t))))
    }

    /// Whether the kept code `used` names the item `i` of a split trait, a method or a type
    /// (see the module doc).
    pub(super) fn trait_item_used(
        &self,
        i: usize,
        (method, ty): (bool, bool),
        used: &Used,
    ) -> bool {
        let u = &self.units[i];
        // Through a runtime trait: one that has this one among its supertraits.
        let tr = u.parent.map_or("", |p| self.units[p].name.as_str());
        let through = |x: &str| self.supers.get(x).is_none_or(|s| s.contains(tr));
        // A call or a path through a type with an inherent item of the name is that item.
        (method
            && (used.dotted.contains(&u.name)
                || used.methods.iter().any(|(x, n, _)| {
                    // A generic parameter or its associated type has only its bounds'.
                    *n == u.name && (generic(x) || x.contains("::") || !self.inherent_of(x, n))
                })))
            || (ty && used.idents.contains(&u.name))
            || used.pairs.iter().any(|(x, n)| {
                *n == u.name
                    && ((method && (generic(x) || x.contains("::") || !self.inherent_of(x, n)))
                        || (!self.inherent_of(x, n) && through(x) && !self.generics.contains(x)))
            })
            || used.through.iter().any(|(x, n)| *n == u.name && through(x))
    }

    /// Whether the item `name` of an impl of the split trait `tr` is live: its trait's is.
    pub(super) fn impl_item_live(&self, tr: &str, name: &str, live: &[bool]) -> bool {
        self.trait_items
            .get(&(tr.to_string(), name.to_string()))
            .is_none_or(|ts| ts.iter().any(|&t| live[t]))
    }
}
