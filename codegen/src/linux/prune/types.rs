//! What the pass knows of types without type inference: the runtime's structs and enums, their
//! fields, tuple variants' payloads, aliases and renames, and the declared types of an item's
//! local bindings.

use super::*;

/// What the receiver typing knows of the runtime's types.
#[derive(Clone, Default)]
pub(super) struct Types {
    /// The types the glue file being scanned declares itself (see [`glue`]).
    pub(super) local: BTreeSet<String>,
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
    /// The runtime's type a free function returns (through `Result` and `Option`).
    pub(super) free_returns: BTreeMap<String, String>,
    /// The fields of the runtime's and the glue's structs (for destructuring `let S { a } = ..`).
    pub(super) fields: Fields,
    /// The runtime's free functions that return one of their type parameters: name -> its place
    /// in a turbofish ([`turbofish_call`]).
    pub(super) generic_returns: BTreeMap<String, Option<usize>>,
    /// The declared types of the consts of the runtime's traits ([`generic_const`]).
    pub(super) trait_consts: BTreeMap<String, Option<String>>,
    /// The runtime's `macro_rules!` of one rule with a flat matcher, expanded where invoked.
    pub(super) macros: BTreeMap<String, Macro>,
    /// The types (the runtime's, and the glue's structs) each field's declared type mentions
    /// (`VecMap<u32, CdTable>`: both), by field name: (struct, mentions) for every struct of
    /// the runtime and the glue with a field of that name.
    pub(super) field_mentions: BTreeMap<String, Vec<(String, BTreeSet<String>)>>,
    /// The runtime's types the signature of a function or method of each name mentions
    /// (inherent, trait or free, anywhere in the runtime or the glue): what it returns, and
    /// what a closure it takes receives.
    pub(super) return_mentions: BTreeMap<String, BTreeSet<String>>,
    /// The declared types of the runtime's constants and statics (`KNOWN: [..]`).
    pub(super) consts: BTreeMap<String, String>,
    /// The names of the runtime's modules (with `crate`, `self` and `super`): a path through
    /// another module (`pci::Driver`, `kernel::x`) names no item of the runtime's.
    pub(super) modules: BTreeSet<String>,
}

impl Types {
    /// The type `name` is, when code can hold a value of it the pass tracks: the runtime's
    /// (through aliases) or a struct of the glue.
    pub(super) fn held_type(&self, name: &str) -> Option<String> {
        if self.fields.contains_key(name) {
            return Some(name.to_string());
        }
        self.resolve(Some(name.to_string()))
            .filter(|r| self.known.contains(r) || self.fields.contains_key(r))
    }

    /// What a binding declared with type `ty` may be: the runtime's type (through aliases), or
    /// a type that is not the runtime's (whose methods are not the runtime's); `None` for an
    /// alias of something the pass cannot tell.
    pub(super) fn resolve(&self, ty: Option<String>) -> Option<String> {
        let mut t = ty?;
        // A glue file's own type.
        if self.local.contains(&t) {
            return Some(own_name(&t));
        }
        for _ in 0..8 {
            if self.known.contains(&t) {
                return Some(t);
            }
            if self.deref.contains(&t) {
                return None;
            }
            match self.aliases.get(&t) {
                Some(next) if next == "?" => return None,
                // `type Iommu<'a> = Arc<Iommu<'a>>`: the glue's own type.
                Some(next) if *next == t => return Some(t),
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

/// The type of what is no type of the runtime's (arrays, slices, ranges): its methods are
/// the standard library's.
pub(super) const FOREIGN: &str = "[std]";

/// The prefix of a closure binding's name in [`Vars`] under which its call's type is.
pub(super) const CALL: &str = "()";

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
    "Option",
    "Result",
    "Mutex",
    "SpinLock",
    "RefCell",
    "Cell",
    "Self",
];

/// Methods whose result is their receiver's type for the pass: what unwraps an `Option` or a
/// `Result` (typed as their payload) or locks a `Mutex`, and references.
pub(super) const TRANSPARENT: &[&str] = &[
    "as_ref",
    "as_mut",
    "as_deref",
    "as_deref_mut",
    "unwrap",
    "expect",
    "ok_or",
    "ok_or_else",
    "borrow",
    "borrow_mut",
    "lock",
];

/// The type a binding's type tokens `tts[at..]` name: `&mut Foo<T>` -> `Foo`, `KBox<Foo>` ->
/// `Foo`. `None` when it tells nothing (`impl Trait`, a tuple, `Self`).
pub(super) fn binding_type(tts: &[TokenTree], mut at: usize) -> Option<String> {
    loop {
        match tts.get(at)? {
            // An array or a slice: no inherent item of the runtime's.
            TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => {
                return Some(FOREIGN.to_string())
            }
            TokenTree::Punct(p) if p.as_char() == '&' || p.as_char() == '*' => at += 1,
            TokenTree::Punct(p) if p.as_char() == '\'' => at += 2,
            TokenTree::Ident(x) if x == "mut" || x == "dyn" || x == "const" => at += 1,
            _ => break,
        }
    }
    let mut last = None;
    let mut first: Option<String> = None;
    while let Some(TokenTree::Ident(x)) = tts.get(at) {
        // `A::Index`: an associated type of a generic parameter has only its bounds' methods
        // (whose traits it needs in scope, unlike the parameter).
        if let Some(g) = first.as_deref().filter(|g| generic(g)) {
            return Some(format!("{g}::{x}"));
        }
        first.get_or_insert_with(|| x.to_string());
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
    // and one followed by a single `:` a field's name (`S { a: x }`): neither is a binding.
    let unknown_all = |g: &proc_macro2::Group, vars: &mut Vars| {
        let inner: Vec<TokenTree> = g.stream().into_iter().collect();
        for (k, t) in inner.iter().enumerate() {
            if let TokenTree::Ident(x) = t {
                let next = |d: usize| match inner.get(k + d) {
                    Some(TokenTree::Punct(p)) => Some((p.as_char(), p.spacing())),
                    _ => None,
                };
                let field = g.delimiter() == Delimiter::Brace
                    && next(1) == Some((':', Spacing::Alone))
                    && !matches!(next(2), Some((':', _)));
                if next(1).is_some_and(|(c, _)| c == '.') || field {
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
                // After a type's path: a tuple struct's or variant's pattern (`Some(x)`), or a
                // struct's (`S { a, b: c }`); a block after a type (`-> Seen { .. }`,
                // `for x in ALL { .. }`) binds nothing by itself.
                let after_path = i >= 1
                    && ident(i - 1)
                        .is_some_and(|x| x.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
                    && (g.delimiter() != Delimiter::Brace || struct_body(g));
                // `let S { a, b: c, .. } = ..` for a struct whose fields the pass knows.
                let destructured = (g.delimiter() == Delimiter::Brace
                    && i >= 2
                    && ident(i - 2).is_some_and(|x| x == "let"))
                .then(|| ident(i - 1))
                .flatten()
                .and_then(|st| types.fields.get(&st));
                let tuple = i >= 1
                    && ident(i - 1).is_some_and(|x| x == "let")
                    && tuple_let(&tts, i, types, this, vars);
                // A pattern typed in full binds nothing more (`mut b` is no unknown binding).
                if let Some(fields) = destructured {
                    destructure(g, fields, types, vars);
                    continue;
                } else if tuple {
                    continue;
                } else if after_let_or_for || after_path {
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
                    // `let x = [0; N];`: an array.
                    let array = matches!(tts.get(i + 2), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
                        && punct(i + 3, ';');
                    let ty = ty.or_else(|| array.then(|| FOREIGN.to_string()));
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
                    // `let f = |..| expr;`: a call `f(..)` has the type of `expr`.
                    if punct(i + 2, '|') {
                        let body = if punct(i + 3, '|') {
                            Some(i + 4)
                        } else {
                            (i + 3..tts.len()).find(|&k| punct(k, '|')).map(|k| k + 1)
                        };
                        let end = (i + 2..tts.len()).find(|&k| punct(k, ';'));
                        if let (Some(_), Some(end)) = (body, end) {
                            let env = Env {
                                this: None,
                                vars: vars.clone(),
                                types,
                            };
                            let t = match receiver(&tts, end, &env).as_deref() {
                                Some([t]) => Some(t.clone()),
                                _ => None,
                            };
                            bind(vars, &format!("{CALL}{name}"), t);
                        }
                    }
                    bind(vars, &name, ty);
                    continue;
                }
                let other = prev
                    .as_deref()
                    .is_some_and(|p| p == "let" || p == "for" || p == "ref" || p == "mut")
                    // An opening `|` (a closure's first parameter), not the closing one
                    // before its body.
                    || (prev_punct('|')
                        && (i < 2
                            || matches!(&tts[i - 2], TokenTree::Punct(p) if p.as_char() != '|')
                            || ident(i - 2).as_deref() == Some("move")))
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

/// Whether a brace group reads as a struct's fields (`{ a, b: c, .. }`, `{}`) rather than a
/// block.
fn struct_body(g: &proc_macro2::Group) -> bool {
    let inner: Vec<TokenTree> = g.stream().into_iter().take(3).collect();
    let word = |t: Option<&TokenTree>| match t {
        Some(TokenTree::Ident(x)) => Some(x.to_string()),
        _ => None,
    };
    let punct = |t: Option<&TokenTree>| match t {
        Some(TokenTree::Punct(p)) => Some((p.as_char(), p.spacing())),
        _ => None,
    };
    let first = word(inner.first());
    let at = usize::from(first.as_deref() == Some("mut") || first.as_deref() == Some("ref"));
    match (word(inner.get(at)), punct(inner.get(at + 1))) {
        _ if inner.is_empty() => true,
        (None, _) => punct(inner.first()) == Some(('.', Spacing::Joint)),
        (Some(_), None) => inner.len() == at + 1,
        (Some(_), Some((c, spacing))) => c == ',' || (c == ':' && spacing == Spacing::Alone),
    }
}

/// The bindings of a struct pattern `{ a, mut b, c: d, .. }` whose struct has `fields`: each
/// binding has its field's type (a field the pass cannot type, or a nested pattern, makes its
/// names unknown).
fn destructure(
    g: &proc_macro2::Group,
    fields: &BTreeMap<String, String>,
    types: &Types,
    vars: &mut Vars,
) {
    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
    for part in inner.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')) {
        let words: Vec<String> = part
            .iter()
            .filter_map(|t| match t {
                TokenTree::Ident(x) if x != "mut" && x != "ref" => Some(x.to_string()),
                _ => None,
            })
            .collect();
        let simple = part.iter().all(|t| match t {
            TokenTree::Ident(_) => true,
            TokenTree::Punct(p) => p.as_char() == ':',
            _ => false,
        });
        match words.as_slice() {
            [field] | [field, _] if simple => {
                let binding = words.last().cloned().unwrap_or_default();
                bind(vars, &binding, types.resolve(fields.get(field).cloned()));
            }
            _ => {
                for w in words {
                    bind(vars, &w, None);
                }
                let nested: TokenStream = part.iter().cloned().collect();
                bindings(nested, types, None, vars);
            }
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
