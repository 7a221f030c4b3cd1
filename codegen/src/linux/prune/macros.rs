//! The runtime's expandable `macro_rules!` ([`Macro`]: one rule without repetitions), scanned
//! where they are invoked as each invocation expands them; and those that define impls of split
//! traits:
//! each item of such an impl is a unit of its own ([`macro_impl_items`]) whose names are those
//! of its expansions by the macro's invocations in the module's files (with `fqcsr` passed for
//! `$csr`, `$csr::from_bits` is `fqcsr::from_bits` and a parameter `csr: $csr` has that type),
//! and the body an invocation expands to leaves those items out: their units keep what they
//! name when the trait keeps them.

use super::*;

/// Records the invocations of the expandable `macros` in `files` and, when each matches its
/// macro's matcher, cuts the items of the split traits' impls out of its body.
pub(super) fn prepare_macros(
    macros: &mut BTreeMap<String, Macro>,
    files: &[TokenStream],
    split: &BTreeSet<String>,
) {
    let mut unmatched = BTreeSet::new();
    for ts in files {
        invocations(ts.clone(), macros, &mut unmatched);
    }
    for (name, m) in macros.iter_mut() {
        if unmatched.contains(name) {
            m.calls.clear();
            m.complete = false;
        } else {
            m.complete = true;
            m.body = cut(m.body.clone(), split);
        }
    }
}

/// The invocations of `macros` in `tokens`, into each macro's `calls` (the names of those whose
/// arguments do not match into `unmatched`).
fn invocations(
    tokens: TokenStream,
    macros: &mut BTreeMap<String, Macro>,
    unmatched: &mut BTreeSet<String>,
) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tt) in tts.iter().enumerate() {
        let TokenTree::Group(g) = tt else { continue };
        if i >= 2 && matches!(&tts[i - 1], TokenTree::Punct(p) if p.as_char() == '!') {
            if let TokenTree::Ident(name) = &tts[i - 2] {
                let name = name.to_string();
                if let Some(m) = macros.get_mut(&name) {
                    match m.args(g.stream()) {
                        Some(a) => m.calls.push(a),
                        None => {
                            unmatched.insert(name);
                        }
                    }
                }
            }
        }
        invocations(g.stream(), macros, unmatched);
    }
}

/// `tokens` with the bodies of the split traits' impls emptied when [`split_body`] tells all
/// their items apart (those [`macro_impl_items`] makes units of).
fn cut(tokens: TokenStream, split: &BTreeSet<String>) -> TokenStream {
    let mut found = Vec::new();
    impl_headers(tokens.clone(), &mut found);
    let bodies: Vec<(String, String)> = found
        .into_iter()
        .filter(|(tr, _)| split.contains(tr))
        .filter_map(|(_, body)| body)
        .filter(|b| split_body(b).is_some())
        .map(|b| (format!("{:?}", b.span().start()), b.to_string()))
        .collect();
    empty(tokens, &bodies)
}

/// `tokens` with the brace groups of `bodies` (start, text) emptied.
fn empty(tokens: TokenStream, bodies: &[(String, String)]) -> TokenStream {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let gone = g.delimiter() == Delimiter::Brace
                    && bodies.iter().any(|(at, text)| {
                        *at == format!("{:?}", g.span().start()) && *text == g.to_string()
                    });
                let stream = if gone {
                    TokenStream::new()
                } else {
                    empty(g.stream(), bodies)
                };
                let mut ng = proc_macro2::Group::new(g.delimiter(), stream);
                ng.set_span(g.span());
                TokenTree::Group(ng)
            }
            t => t,
        })
        .collect()
}

/// What the item `name` (`tokens`) of the impl body of the expandable macro `m` names in its
/// expansions (each without the item's own declaration).
pub(super) fn expanded_refs(m: &Macro, tokens: &TokenStream, name: &str, types: &Types) -> Refs {
    let mut r = Refs::default();
    for given in &m.calls {
        r.extend(
            Refs::of(splice(tokens.clone(), &m.params, given), false, types).without_decl(name),
        );
    }
    r
}

/// What the item `name` (`tokens`) of the impl body of the expandable macro `m` names in its
/// expansions, apart for each invocation that gives the impl's type (see [`Macro::impls_for`]):
/// those with that type, the others' together.
pub(super) fn typed_refs(
    m: &Macro,
    tokens: &TokenStream,
    name: &str,
    types: &Types,
) -> (Refs, Vec<(String, Refs)>) {
    let at = impls_param(&m.body).and_then(|p| m.params.iter().position(|q| *q == p));
    let mut rest = Refs::default();
    let mut typed = Vec::new();
    for given in &m.calls {
        let r = Refs::of(splice(tokens.clone(), &m.params, given), false, types).without_decl(name);
        match at.and_then(|k| given.get(k)).map(Vec::as_slice) {
            Some([TokenTree::Ident(t)]) => typed.push((t.to_string(), r)),
            _ => rest.extend(r),
        }
    }
    (rest, typed)
}

impl Refs {
    /// `self` and what `e` names.
    pub(super) fn extend(&mut self, e: Refs) {
        self.idents.extend(e.idents);
        self.qualified.extend(e.qualified);
        self.pairs.extend(e.pairs);
        self.dotted.extend(e.dotted);
        self.accessed.extend(e.accessed);
        self.methods.extend(e.methods);
        self.calls.extend(e.calls);
    }
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

impl Macro {
    /// For a macro whose body is only impls for one parameter's type (`impl Format for $ty
    /// {..}`), the type an invocation's arguments `args` give it when it is one name: such an
    /// invocation is kept as a trait impl is, when its type is.
    pub(super) fn impls_for(&self, args: TokenStream) -> Option<String> {
        let param = impls_param(&self.body)?;
        let k = self.params.iter().position(|p| *p == param)?;
        match self.args(args)?.get(k)?.as_slice() {
            [TokenTree::Ident(t)] => Some(t.to_string()),
            _ => None,
        }
    }
}

/// The parameter `p` when every item of `body` is an impl for `$p` (attributes allowed).
fn impls_param(body: &TokenStream) -> Option<String> {
    let tts: Vec<TokenTree> = body.clone().into_iter().collect();
    let mut param: Option<String> = None;
    let mut i = 0;
    while i < tts.len() {
        if let TokenTree::Punct(p) = &tts[i] {
            match tts.get(i + 1) {
                Some(TokenTree::Group(g))
                    if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
                {
                    i += 2;
                    continue;
                }
                _ => return None,
            }
        }
        if !matches!(&tts[i], TokenTree::Ident(x) if x == "impl") {
            return None;
        }
        let b = (i..tts.len()).find(
            |&j| matches!(&tts[j], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace),
        )?;
        match &tts[i..b] {
            [.., TokenTree::Ident(f), TokenTree::Punct(d), TokenTree::Ident(p)]
                if f == "for" && d.as_char() == '$' =>
            {
                let p = p.to_string();
                if param.as_ref().is_some_and(|q| *q != p) {
                    return None;
                }
                param = Some(p);
            }
            _ => return None,
        }
        i = b + 1;
    }
    param
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

/// The item units of the impls of split traits in a `macro_rules!` body (the unit
/// `macro_at`), their names out of the macro's.
pub(super) fn macro_impl_items(
    tokens: TokenStream,
    split: &BTreeSet<String>,
    lines: &Lines<'_>,
    types: &Types,
    (file, scope, macro_at): (usize, usize, usize),
    out: &mut Vec<Unit>,
) {
    let mut found = Vec::new();
    impl_headers(tokens, &mut found);
    for (tr, body) in found {
        if !split.contains(&tr) {
            continue;
        }
        let Some(items) = body.as_ref().and_then(split_body) else {
            continue;
        };
        for (name, ts) in items {
            let Some(range) = lines.range(ts.clone()) else {
                // Without its place, the item stays with the macro (an expansion leaves it out).
                if let Some(m) = types
                    .macros
                    .get(out[macro_at].name.trim_end_matches('!'))
                    .filter(|m| m.complete)
                {
                    let refs = expanded_refs(m, &ts, &name, types);
                    out[macro_at].refs.extend(refs);
                }
                continue;
            };
            // An expandable macro's item names what its expansions name.
            let expandable = types
                .macros
                .get(out[macro_at].name.trim_end_matches('!'))
                .filter(|m| m.complete);
            let (refs, typed) = match expandable {
                Some(m) => typed_refs(m, &ts, &name, types),
                None => (Refs::of(ts, true, types).without_decl(&name), Vec::new()),
            };
            let mut all = refs.clone();
            for (_, r) in &typed {
                all.extend(r.clone());
            }
            minus(&mut out[macro_at].refs, &all);
            let item_at = out.len();
            out.push(Unit {
                file,
                scope,
                kind: Kind::ImplItem { tr: tr.clone() },
                name,
                range,
                refs,
                parent: Some(macro_at),
                use_item: None,
                through: Vec::new(),
            });
            for (ty, refs) in typed {
                out.push(Unit {
                    file,
                    scope,
                    kind: Kind::Expansion { ty },
                    name: String::new(),
                    range,
                    refs,
                    parent: Some(item_at),
                    use_item: None,
                    through: Vec::new(),
                });
            }
        }
    }
}
