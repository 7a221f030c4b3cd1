//! The runtime's expandable `macro_rules!` (see [`Macro`]) that define impls of split traits:
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
