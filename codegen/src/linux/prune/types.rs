//! What the pass knows of types without type inference: the runtime's structs and enums, their
//! fields, tuple variants' payloads, aliases and renames, and the declared types of an item's
//! local bindings.

use super::*;

/// What the receiver typing knows of the runtime's types.
pub(super) struct Types {
    /// Structs and enums of the runtime without a `Deref` impl.
    pub(super) known: BTreeSet<String>,
    /// The single field's type of tuple variants: (enum, variant) -> type.
    pub(super) payloads: BTreeMap<(String, String), String>,
    /// Type aliases of the runtime and the glue: alias -> the aliased type's name.
    pub(super) aliases: BTreeMap<String, String>,
    /// The runtime's types with a `Deref` impl (a call on them may be their target's method).
    pub(super) deref: BTreeSet<String>,
    /// The runtime's type a method of an inherent impl returns (through `Result` and
    /// `Option`, for `?`): (type, method) -> type.
    pub(super) returns: BTreeMap<(String, String), String>,
}

impl Types {
    /// What a binding declared with type `ty` may be: the runtime's type (through aliases), or
    /// a type that is not the runtime's (whose methods are not the runtime's); `None` for an
    /// alias of something the pass cannot tell.
    pub(super) fn resolve(&self, ty: Option<String>) -> Option<String> {
        let mut t = ty?;
        for _ in 0..8 {
            if self.known.contains(&t) {
                return Some(t);
            }
            if self.deref.contains(&t) {
                return None;
            }
            match self.aliases.get(&t) {
                Some(next) if next == "?" => return None,
                Some(next) => t = next.clone(),
                None => return Some(t),
            }
        }
        None
    }
}

/// The type aliases of `tokens` (`type X<..> = Path<..>;`, `use ..::X as Y;`), into `out`.
pub(super) fn token_aliases(tokens: TokenStream, out: &mut BTreeMap<String, Option<String>>) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Group(g) => token_aliases(g.stream(), out),
            // `use path::Iommu as Riscv;`: a rename (casts are to primitive types).
            TokenTree::Ident(x) if x == "as" => {
                if let (Some(TokenTree::Ident(from)), Some(TokenTree::Ident(to))) =
                    (i.checked_sub(1).map(|j| &tts[j]), tts.get(i + 1))
                {
                    if to.to_string().starts_with(|c: char| c.is_ascii_uppercase()) {
                        out.insert(to.to_string(), Some(from.to_string()));
                    }
                }
            }
            TokenTree::Ident(x) if x == "type" => {
                let Some(TokenTree::Ident(name)) = tts.get(i + 1) else {
                    continue;
                };
                let eq = tts[i + 1..]
                    .iter()
                    .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '=' || p.as_char() == ';'));
                if let Some(k) = eq {
                    if matches!(&tts[i + 1 + k], TokenTree::Punct(p) if p.as_char() == '=') {
                        out.insert(name.to_string(), binding_type(&tts, i + 2 + k));
                    }
                }
            }
            _ => {}
        }
    }
}

/// Local bindings of an item: name -> the types it is declared with (`None`: some binding of
/// the name has a type the pass cannot tell).
pub(super) type Vars = BTreeMap<String, Option<BTreeSet<String>>>;

/// Where names are scanned: the impl's `Self`, the item's local bindings, the runtime's types.
pub(super) struct Env<'a> {
    pub(super) this: Option<&'a SelfType<'a>>,
    pub(super) vars: Vars,
    pub(super) types: &'a Types,
}

/// External types whose methods may be the runtime's (through `Deref`), and other types that
/// tell nothing.
pub(super) const OPAQUE: &[&str] = &[
    "Box",
    "KBox",
    "Arc",
    "Rc",
    "Pin",
    "ARef",
    "Guard",
    "MutexGuard",
    "SpinLockGuard",
    "Ref",
    "RefMut",
    "Cow",
    "Self",
];

/// The type a binding's type tokens `tts[at..]` name: `&mut Foo<T>` -> `Foo`, `KBox<Foo>` ->
/// `Foo`. `None` when it tells nothing (`impl Trait`, a tuple, `Self`).
pub(super) fn binding_type(tts: &[TokenTree], mut at: usize) -> Option<String> {
    loop {
        match tts.get(at)? {
            TokenTree::Punct(p) if p.as_char() == '&' || p.as_char() == '*' => at += 1,
            TokenTree::Punct(p) if p.as_char() == '\'' => at += 2,
            TokenTree::Ident(x) if x == "mut" || x == "dyn" || x == "const" => at += 1,
            _ => break,
        }
    }
    let mut last = None;
    while let Some(TokenTree::Ident(x)) = tts.get(at) {
        last = Some(x.to_string());
        at += 1;
        match (tts.get(at), tts.get(at + 1)) {
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && b.as_char() == ':' =>
            {
                at += 2;
            }
            _ => break,
        }
    }
    let last = last?;
    // A smart pointer or guard: its target, the first type among its generic arguments (a
    // method called on it is the target's, or the pointer's own, which is no runtime item).
    if OPAQUE.contains(&last.as_str()) && last != "Self" {
        if !matches!(tts.get(at), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
            return None;
        }
        at += 1;
        while matches!(tts.get(at), Some(TokenTree::Punct(p)) if p.as_char() == '\'') {
            at += 2;
            if matches!(tts.get(at), Some(TokenTree::Punct(p)) if p.as_char() == ',') {
                at += 1;
            }
        }
        return binding_type(tts, at);
    }
    // A generic parameter stays: a call on it is a method of its bounds, no inherent item.
    (last != "impl" && last != "Self").then_some(last)
}

/// Adds `name`'s binding of type `ty` (`None`: unknown) to `vars`.
pub(super) fn bind(vars: &mut Vars, name: &str, ty: Option<String>) {
    match (vars.get_mut(name), ty) {
        (Some(Some(set)), Some(t)) => {
            set.insert(t);
        }
        (Some(slot), None) => *slot = None,
        (Some(None), Some(_)) => {}
        (None, t) => {
            vars.insert(name.to_string(), t.map(|t| BTreeSet::from([t])));
        }
    }
}

/// The local bindings of `tokens` (see [`Vars`]): `x: Type` (parameters, typed `let`s),
/// `let x = Type::new(..)` (or `from*`, `default`, `with_*`, a struct literal), `E::V(x)` for a
/// tuple variant of the runtime; every other binding form makes its names unknown.
pub(super) fn bindings(tokens: TokenStream, types: &Types, this: Option<&str>, vars: &mut Vars) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let punct =
        |k: usize, c: char| matches!(tts.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
    let ident = |k: usize| match tts.get(k) {
        Some(TokenTree::Ident(x)) => Some(x.to_string()),
        _ => None,
    };
    // The names a pattern group binds directly (nested groups are scanned on their own).
    // A name followed by `.` is a receiver in an expression (a struct literal's `a: x.f()`),
    // never a pattern's binding.
    let unknown_all = |g: &proc_macro2::Group, vars: &mut Vars| {
        let inner: Vec<TokenTree> = g.stream().into_iter().collect();
        for (k, t) in inner.iter().enumerate() {
            if let TokenTree::Ident(x) = t {
                if matches!(inner.get(k + 1), Some(TokenTree::Punct(p)) if p.as_char() == '.') {
                    continue;
                }
                bind(vars, &x.to_string(), None);
            }
        }
    };
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Group(g) => {
                // `E::V(x)`: a tuple variant's payload.
                let payload = (i >= 3 && punct(i - 2, ':') && punct(i - 3, ':'))
                    .then(|| Some((ident(i - 4)?, ident(i - 1)?)))
                    .flatten()
                    .map(|(e, v)| match (e.as_str(), this) {
                        ("Self", Some(t)) => (t.to_string(), v),
                        _ => (e, v),
                    })
                    .and_then(|(e, v)| types.payloads.get(&(e, v)).cloned());
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                if g.delimiter() == Delimiter::Parenthesis && inner.len() == 1 && payload.is_some()
                {
                    if let TokenTree::Ident(x) = &inner[0] {
                        bind(vars, &x.to_string(), payload);
                        continue;
                    }
                }
                // Bindings in patterns: `let (a, b)`, `for (a, b)`, `Some(x)`, `S { a, b }`.
                let after_let_or_for =
                    i >= 1 && ident(i - 1).is_some_and(|x| x == "let" || x == "for" || x == "mut");
                let after_path = i >= 1
                    && ident(i - 1)
                        .is_some_and(|x| x.chars().next().is_some_and(|c| c.is_ascii_uppercase()));
                if after_let_or_for || after_path {
                    unknown_all(g, vars);
                }
                bindings(g.stream(), types, this, vars);
            }
            TokenTree::Ident(x) => {
                let name = x.to_string();
                let prev = i.checked_sub(1).and_then(ident);
                let prev_punct = |c: char| i >= 1 && punct(i - 1, c);
                // `x: Type` (not `x::`).
                if punct(i + 1, ':') && !punct(i + 2, ':') && !prev_punct(':') {
                    let ty = binding_type(&tts, i + 2);
                    bind(
                        vars,
                        &name,
                        if ty.is_some() {
                            types.resolve(ty)
                        } else {
                            None
                        },
                    );
                    continue;
                }
                let is_let = prev.as_deref() == Some("let")
                    || (prev.as_deref() == Some("mut")
                        && i >= 2
                        && ident(i - 2).as_deref() == Some("let"));
                if is_let && punct(i + 1, '=') {
                    // `let x = Type::ctor(..)` or `let x = Type { .. }`.
                    let ty = ident(i + 2).filter(|t| types.known.contains(t)).filter(|_| {
                        (punct(i + 3, ':')
                            && punct(i + 4, ':')
                            && ident(i + 5).is_some_and(|f| {
                                f == "new" || f == "default" || f.starts_with("from") || f.starts_with("with_")
                            }))
                            || matches!(tts.get(i + 3), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace || g.delimiter() == Delimiter::Parenthesis)
                    });
                    // `let x = recv.method(..)?;`: the type the method returns.
                    let ty = ty.or_else(|| {
                        let end = (i + 2..tts.len()).find(|&k| punct(k, ';'))?;
                        let env = Env {
                            this: None,
                            vars: vars.clone(),
                            types,
                        };
                        match receiver(&tts, end, &env)?.as_slice() {
                            [t] => Some(t.clone()),
                            _ => None,
                        }
                    });
                    bind(vars, &name, ty);
                    continue;
                }
                let other = prev
                    .as_deref()
                    .is_some_and(|p| p == "let" || p == "for" || p == "ref" || p == "mut")
                    || prev_punct('|')
                    || punct(i + 1, '|')
                    || punct(i + 1, '@')
                    || (punct(i + 1, '=') && punct(i + 2, '>'));
                if other {
                    bind(vars, &name, None);
                }
            }
            _ => {}
        }
    }
}

/// The last identifier of a type's path (`&mut Foo<T>` -> `Foo`).
pub(super) fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        syn::Type::Paren(p) => type_name(&p.elem),
        syn::Type::Group(g) => type_name(&g.elem),
        _ => None,
    }
}

/// The fields of the runtime's and the glue's structs whose type the pass can tell (so
/// `self.field.name` names an item of that type, or none of the runtime's): struct -> field ->
/// type.
pub(super) type Fields = BTreeMap<String, BTreeMap<String, String>>;

/// The structs and enums of `items`, and the types with a `Deref` impl.
pub(super) fn collect_types(
    items: &[syn::Item],
    types: &mut BTreeSet<String>,
    deref: &mut BTreeSet<String>,
) {
    for item in items {
        match item {
            syn::Item::Struct(s) => {
                types.insert(s.ident.to_string());
            }
            syn::Item::Enum(e) => {
                types.insert(e.ident.to_string());
            }
            syn::Item::Impl(i) => {
                let tr = i.trait_.as_ref().and_then(|(_, p, _)| p.segments.last());
                if tr.is_some_and(|t| t.ident == "Deref" || t.ident == "DerefMut") {
                    deref.extend(type_name(&i.self_ty));
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_types(items, types, deref);
                }
            }
            _ => {}
        }
    }
}

/// The fields of the structs of `items` (see [`Fields`]).
pub(super) fn collect_fields(items: &[syn::Item], types: &Types, out: &mut Fields) {
    for item in items {
        match item {
            syn::Item::Struct(s) => {
                for f in &s.fields {
                    let tts: Vec<TokenTree> = f.ty.to_token_stream().into_iter().collect();
                    let (Some(name), Some(ty)) = (&f.ident, types.resolve(binding_type(&tts, 0)))
                    else {
                        continue;
                    };
                    out.entry(s.ident.to_string())
                        .or_default()
                        .insert(name.to_string(), ty);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_fields(items, types, out);
                }
            }
            _ => {}
        }
    }
}

/// The runtime's types the methods of `items`' inherent impls return (see
/// [`Types::returns`]); `None` where two impls of one type name disagree.
pub(super) fn collect_returns(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<(String, String), Option<String>>,
) {
    for item in items {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let Some(owner) = type_name(&imp.self_ty) else {
                    continue;
                };
                for ii in &imp.items {
                    let syn::ImplItem::Fn(f) = ii else { continue };
                    if f.sig.receiver().is_none() {
                        continue;
                    }
                    let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                        continue;
                    };
                    let tts: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
                    let wrapped = matches!(tts.first(), Some(TokenTree::Ident(x)) if x == "Result" || x == "Option")
                        && matches!(tts.get(1), Some(TokenTree::Punct(p)) if p.as_char() == '<');
                    let at = if wrapped { 2 } else { 0 };
                    let t = match tts.get(at) {
                        Some(TokenTree::Ident(x)) if x == "Self" => Some(owner.clone()),
                        _ => types.resolve(binding_type(&tts, at)),
                    }
                    .filter(|t| types.known.contains(t));
                    let key = (owner.clone(), f.sig.ident.to_string());
                    match (out.get(&key), t) {
                        (None, Some(t)) => {
                            out.insert(key, Some(t));
                        }
                        (Some(Some(old)), Some(t)) if *old == t => {}
                        _ => {
                            out.insert(key, None);
                        }
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_returns(items, types, out);
                }
            }
            _ => {}
        }
    }
}

/// The payload types of the one-field tuple variants of `items`' enums.
pub(super) fn collect_payloads(items: &[syn::Item], out: &mut BTreeMap<(String, String), String>) {
    for item in items {
        match item {
            syn::Item::Enum(e) => {
                for v in &e.variants {
                    if let syn::Fields::Unnamed(f) = &v.fields {
                        if f.unnamed.len() == 1 {
                            if let Some(t) = f.unnamed.first().and_then(|f| type_name(&f.ty)) {
                                out.insert((e.ident.to_string(), v.ident.to_string()), t);
                            }
                        }
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_payloads(items, out);
                }
            }
            _ => {}
        }
    }
}
