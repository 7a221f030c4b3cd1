//! What the pass knows of types without type inference: the runtime's structs and enums, their
//! fields, tuple variants' payloads, aliases and renames, and the declared types of an item's
//! local bindings.

use super::*;

/// What the receiver typing knows of the runtime's types.
#[derive(Clone)]
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

/// A `macro_rules!` of one rule whose matcher is a sequence of `$name:frag` and literal tokens
/// without repetitions (`($t:expr, $pt:ident => $e:expr)`): its invocations are scanned
/// expanded (the body with the arguments spliced in), so that the receivers in its body are
/// typed by what the caller passes.
#[derive(Clone)]
pub(super) struct Macro {
    /// The matcher: parameters (`Some(name)`) and literal tokens (`None`, with their text).
    pub(super) matcher: Vec<(Option<String>, String)>,
    pub(super) params: Vec<String>,
    /// The body, without the items of the split traits' impls (scanned as units of their own,
    /// see [`macro_impl_items`]).
    pub(super) body: TokenStream,
    /// The arguments of each invocation in the module's files, one token list per parameter.
    pub(super) calls: Vec<Vec<Vec<TokenTree>>>,
    /// Whether `calls` are all its invocations (each matched the matcher) and `body` is cut.
    pub(super) complete: bool,
}

impl Macro {
    /// The macro of `m` when it has that shape.
    pub(super) fn of(m: &syn::ItemMacro) -> Option<Macro> {
        let tts: Vec<TokenTree> = m.mac.tokens.clone().into_iter().collect();
        let [TokenTree::Group(matcher), TokenTree::Punct(eq), TokenTree::Punct(gt), TokenTree::Group(body), rest @ ..] =
            tts.as_slice()
        else {
            return None;
        };
        if eq.as_char() != '='
            || gt.as_char() != '>'
            || rest
                .iter()
                .any(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ';'))
        {
            return None;
        }
        let m: Vec<TokenTree> = matcher.stream().into_iter().collect();
        let mut out = Vec::new();
        let mut params = Vec::new();
        let mut i = 0;
        while i < m.len() {
            match (&m[i], m.get(i + 1), m.get(i + 2), m.get(i + 3)) {
                (
                    TokenTree::Punct(d),
                    Some(TokenTree::Ident(name)),
                    Some(TokenTree::Punct(c)),
                    Some(TokenTree::Ident(_)),
                ) if d.as_char() == '$' && c.as_char() == ':' => {
                    out.push((Some(name.to_string()), String::new()));
                    params.push(name.to_string());
                    i += 4;
                }
                (TokenTree::Punct(p), ..) if p.as_char() != '$' => {
                    out.push((None, p.as_char().to_string()));
                    i += 1;
                }
                (TokenTree::Ident(x), ..) => {
                    out.push((None, x.to_string()));
                    i += 1;
                }
                _ => return None,
            }
        }
        Some(Macro {
            matcher: out,
            params,
            body: body.stream(),
            calls: Vec::new(),
            complete: false,
        })
    }

    /// The body with the invocation's arguments `args` spliced in (`None` when they do not
    /// match the matcher).
    pub(super) fn expand(&self, args: TokenStream) -> Option<TokenStream> {
        let given = self.args(args)?;
        Some(splice(self.body.clone(), &self.params, &given))
    }

    /// The invocation's arguments `args`, one token list per parameter (`None` when they do
    /// not match the matcher).
    pub(super) fn args(&self, args: TokenStream) -> Option<Vec<Vec<TokenTree>>> {
        let tts: Vec<TokenTree> = args.into_iter().collect();
        let text = |t: &TokenTree| match t {
            TokenTree::Punct(p) => Some(p.as_char().to_string()),
            TokenTree::Ident(x) => Some(x.to_string()),
            _ => None,
        };
        let mut given: Vec<Vec<TokenTree>> = Vec::new();
        let mut at = 0;
        for (k, (param, lit)) in self.matcher.iter().enumerate() {
            if param.is_none() {
                if text(tts.get(at)?).as_deref() != Some(lit.as_str()) {
                    return None;
                }
                at += 1;
                continue;
            }
            // A parameter runs to the next literal of the matcher (or to the end).
            let stop = self.matcher[k + 1..].iter().find_map(|(p, l)| match p {
                None => Some(l.clone()),
                Some(_) => None,
            });
            let end = match &stop {
                // `=>` in the matcher: the argument ends at its first token.
                Some(l) => {
                    (at..tts.len()).find(|&j| text(&tts[j]).as_deref() == Some(l.as_str()))?
                }
                None => tts.len(),
            };
            given.push(tts[at..end].to_vec());
            at = end;
        }
        // A trailing comma.
        if at + 1 == tts.len() && text(&tts[at]).as_deref() == Some(",") {
            at += 1;
        }
        if at != tts.len() {
            return None;
        }
        Some(given)
    }
}

/// `tokens` with each `$param` replaced by its argument's tokens.
pub(super) fn splice(
    tokens: TokenStream,
    params: &[String],
    args: &[Vec<TokenTree>],
) -> TokenStream {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tts.len() {
        match (&tts[i], tts.get(i + 1)) {
            (TokenTree::Punct(d), Some(TokenTree::Ident(name))) if d.as_char() == '$' => {
                match params.iter().position(|p| name == p) {
                    Some(k) => out.extend(args[k].iter().cloned()),
                    None => out.extend([tts[i].clone(), tts[i + 1].clone()]),
                }
                i += 2;
                continue;
            }
            (TokenTree::Group(g), _) => {
                let mut ng =
                    proc_macro2::Group::new(g.delimiter(), splice(g.stream(), params, args));
                ng.set_span(g.span());
                out.push(TokenTree::Group(ng));
            }
            (t, _) => out.push(t.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
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
                // A `Deref` to an array or a slice adds no method of the runtime's.
                let to_slice = i.items.iter().any(|ii| {
                    matches!(ii, syn::ImplItem::Type(t) if t.ident == "Target"
                        && matches!(t.ty, syn::Type::Slice(_) | syn::Type::Array(_)))
                });
                if tr.is_some_and(|t| t.ident == "Deref") && !to_slice {
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
                for (k, f) in s.fields.iter().enumerate() {
                    let tts: Vec<TokenTree> = f.ty.to_token_stream().into_iter().collect();
                    let Some(ty) = types.resolve(binding_type(&tts, 0)) else {
                        continue;
                    };
                    // A tuple struct's fields by index (`self.0`).
                    let name = f
                        .ident
                        .as_ref()
                        .map_or_else(|| k.to_string(), ToString::to_string);
                    out.entry(s.ident.to_string()).or_default().insert(name, ty);
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
                    if matches!(f.sig.output, syn::ReturnType::Default) {
                        continue;
                    }
                    let t = returned(&f.sig.output, Some(&owner), types);
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

/// The runtime's types the free functions of `items` return (see [`Types::free_returns`]);
/// `None` where two functions of one name disagree.
pub(super) fn collect_free_returns(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<String, Option<String>>,
) {
    for item in items {
        match item {
            syn::Item::Fn(f) => {
                let t = returned(&f.sig.output, None, types);
                let key = f.sig.ident.to_string();
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
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_free_returns(items, types, out);
                }
            }
            _ => {}
        }
    }
}

/// The runtime's type a function's `output` names (through `Result` and `Option`), `Self`
/// being `owner`.
fn returned(output: &syn::ReturnType, owner: Option<&str>, types: &Types) -> Option<String> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let tts: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
    let wrapped = matches!(tts.first(), Some(TokenTree::Ident(x)) if x == "Result" || x == "Option")
        && matches!(tts.get(1), Some(TokenTree::Punct(p)) if p.as_char() == '<');
    let at = if wrapped { 2 } else { 0 };
    match tts.get(at) {
        Some(TokenTree::Ident(x)) if x == "Self" => owner.map(str::to_string),
        _ => types.resolve(binding_type(&tts, at)),
    }
    .filter(|t| types.known.contains(t))
}

/// The types the type tokens `ty` mention: the runtime's (through aliases), the glue's structs.
pub(super) fn mentions(ty: TokenStream, types: &Types, out: &mut BTreeSet<String>) {
    for t in ty {
        match t {
            TokenTree::Group(g) => mentions(g.stream(), types, out),
            TokenTree::Ident(x) => out.extend(types.held_type(&x.to_string())),
            _ => {}
        }
    }
}

/// What the fields and the functions' return types of `items` mention (see
/// [`Types::field_mentions`], [`Types::return_mentions`]).
pub(super) fn collect_mentions(
    items: &[syn::Item],
    types: &Types,
    fields: &mut BTreeMap<String, Vec<(String, BTreeSet<String>)>>,
    returns: &mut BTreeMap<String, BTreeSet<String>>,
) {
    // The whole signature: what a closure argument receives is among its parameters' types.
    fn ret(
        returns: &mut BTreeMap<String, BTreeSet<String>>,
        types: &Types,
        name: &syn::Ident,
        sig: &syn::Signature,
    ) {
        let set = returns.entry(name.to_string()).or_default();
        mentions(sig.inputs.to_token_stream(), types, set);
        mentions(sig.output.to_token_stream(), types, set);
    }
    for item in items {
        match item {
            syn::Item::Struct(st) => {
                for f in &st.fields {
                    if let Some(name) = &f.ident {
                        let mut set = BTreeSet::new();
                        mentions(f.ty.to_token_stream(), types, &mut set);
                        fields
                            .entry(name.to_string())
                            .or_default()
                            .push((st.ident.to_string(), set));
                    }
                }
            }
            syn::Item::Fn(f) => ret(returns, types, &f.sig.ident, &f.sig),
            syn::Item::Impl(imp) => {
                for ii in &imp.items {
                    if let syn::ImplItem::Fn(f) = ii {
                        ret(returns, types, &f.sig.ident, &f.sig);
                    }
                }
            }
            syn::Item::Trait(t) => {
                for ti in &t.items {
                    if let syn::TraitItem::Fn(f) = ti {
                        ret(returns, types, &f.sig.ident, &f.sig);
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_mentions(items, types, fields, returns);
                }
            }
            _ => {}
        }
    }
}

/// The declared types of the constants and statics of `items` (see [`Types::consts`]).
pub(super) fn collect_consts(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<String, String>,
) {
    for item in items {
        let (name, ty) = match item {
            syn::Item::Const(c) => (&c.ident, &c.ty),
            syn::Item::Static(s) => (&s.ident, &s.ty),
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_consts(items, types, out);
                }
                continue;
            }
            _ => continue,
        };
        let tts: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
        if let Some(t) = types.resolve(binding_type(&tts, 0)) {
            out.insert(name.to_string(), t);
        }
    }
}

/// The expandable `macro_rules!` of `items` (see [`Macro`]).
pub(super) fn collect_macros(items: &[syn::Item], out: &mut BTreeMap<String, Macro>) {
    for item in items {
        match item {
            syn::Item::Macro(m) => {
                if let (Some(name), Some(mac)) = (&m.ident, Macro::of(m)) {
                    out.insert(name.to_string(), mac);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_macros(items, out);
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
