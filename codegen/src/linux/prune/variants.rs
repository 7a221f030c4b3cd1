//! Enum variants that kept code only matches: a variant is kept when a path names it in
//! expression position (a value, a call `E::V(..)`, a struct literal); a pattern does not keep
//! it. The patterns the pass rewrites are units of their own:
//!
//! - an arm of a `match`, each of whose top-level alternatives (`A | B`) is an [`Kind::Alt`]:
//!   an alternative naming a removed variant goes; an arm none of whose alternatives stays goes,
//!   with its guard and body (what only they name goes too); an arm whose variants one crate
//!   alone has is gated like them (`#[cfg]` on the arm);
//! - `matches!(x, pattern)`: its alternatives likewise, `false` when none stays.
//!
//! Every other pattern (`if let`, `let`, parameters, an or-pattern nested in an alternative, a
//! pattern in another macro than `matches!` or in a `macro_rules!` body, the glue's) keeps the
//! variants it names, as a construction does. So does a rewrite the pass would have to gate
//! within an expression (an alternative one crate has and the other does not, a `matches!`
//! one crate has), a `match` that would lose every arm, and one whose catch-all arm (`_`, a
//! binding) would match nothing (its other arms all match live variants of one enum; the
//! alternatives anywhere that name its lost variants are refused too; a `match` with other
//! arms keeps all of its): those alternatives are refused and the pass runs again.

use syn::visit::Visit;

use super::*;

/// A `match` arm or a `matches!` found in an item, before it becomes a unit.
struct Found {
    /// The enclosing found arm.
    parent: Option<usize>,
    matches: bool,
    /// For a `matches!`: whether `false` may stand for it (see [`Kind::Arm`]).
    to_false: bool,
    /// The `match` it belongs to (in this item) and how many arms that has.
    group: usize,
    arms: usize,
    catch_alls: usize,
    /// The arm (with its comma), or the whole `matches!(..)`.
    range: (usize, usize),
    /// What the unit names: the arm, or the pattern and guard of a `matches!` (its scrutinee is
    /// evaluated whatever the pattern).
    tokens: TokenStream,
    /// The top-level alternatives: their range, tokens, and whether they are simple (see
    /// [`Kind::Alt`]).
    alts: Vec<((usize, usize), TokenStream, bool)>,
}

/// Finds the arms and `matches!` naming a runtime variant in an item.
struct Collector<'a> {
    lines: &'a Lines<'a>,
    variants: &'a BTreeSet<String>,
    found: Vec<Found>,
    stack: Vec<usize>,
    groups: usize,
}

/// The top-level alternatives of a pattern.
fn alternatives(p: &syn::Pat) -> Vec<&syn::Pat> {
    match p {
        syn::Pat::Or(o) => o.cases.iter().collect(),
        p => vec![p],
    }
}

/// Whether a pattern matches every value of the variant it names: a path, or its fields
/// bindings or `_`.
fn simple(p: &syn::Pat) -> bool {
    let bare = |p: &syn::Pat| match p {
        syn::Pat::Wild(_) | syn::Pat::Rest(_) => true,
        syn::Pat::Ident(i) => i.subpat.is_none(),
        _ => false,
    };
    match p {
        syn::Pat::Path(_) => true,
        syn::Pat::TupleStruct(t) => t.elems.iter().all(bare),
        syn::Pat::Struct(s) => s.fields.iter().all(|f| bare(&f.pat)),
        syn::Pat::Ident(i) => i.subpat.as_ref().is_some_and(|(_, s)| simple(s)),
        syn::Pat::Reference(r) => simple(&r.pat),
        syn::Pat::Paren(p) => simple(&p.pat),
        _ => false,
    }
}

/// Whether an arm matches whatever its `match` looks at: `_` or a binding, unguarded.
fn catch_all(arm: &syn::Arm) -> bool {
    arm.guard.is_none()
        && match &arm.pat {
            syn::Pat::Wild(_) => true,
            syn::Pat::Ident(i) => {
                i.subpat.is_none() && i.ident.to_string().starts_with(|c: char| c.is_lowercase())
            }
            _ => false,
        }
}

/// Whether a pattern contains an or-pattern.
fn nested_or(p: &syn::Pat) -> bool {
    struct V(bool);
    impl<'ast> Visit<'ast> for V {
        fn visit_pat_or(&mut self, _: &'ast syn::PatOr) {
            self.0 = true;
        }
    }
    let mut v = V(false);
    v.visit_pat(p);
    v.0
}

impl Collector<'_> {
    /// Whether `tokens` name a variant of the runtime by a path (`E::V`).
    fn names_variant(&self, tokens: TokenStream) -> bool {
        let tts: Vec<TokenTree> = tokens.into_iter().collect();
        tts.iter().enumerate().any(|(i, t)| match t {
            TokenTree::Group(g) => self.names_variant(g.stream()),
            TokenTree::Ident(x) => {
                i >= 2
                    && self.variants.contains(&x.to_string())
                    && matches!(&tts[i - 1], TokenTree::Punct(p) if p.as_char() == ':')
            }
            _ => false,
        })
    }

    /// Records an arm (or a `matches!`) when its alternatives are ones the pass rewrites;
    /// returns its index.
    fn record(
        &mut self,
        pat: &syn::Pat,
        (whole, tokens): (TokenStream, TokenStream),
        to_false: Option<bool>,
        (group, arms, catch_alls, guarded): (usize, usize, usize, bool),
    ) -> Option<usize> {
        let alts = alternatives(pat);
        if !self.names_variant(pat.to_token_stream()) || alts.iter().any(|a| nested_or(a)) {
            return None;
        }
        let range = self.lines.range(whole)?;
        let alts = alts
            .into_iter()
            .map(|a| {
                let range = self.lines.range(a.to_token_stream())?;
                Some((range, a.to_token_stream(), simple(a) && !guarded))
            })
            .collect::<Option<Vec<_>>>()?;
        // `false` is no operand of a boolean operator or a comparison (clippy would simplify it).
        let text = self.lines.text;
        let before = text[..range.0].trim_end();
        let after = text[range.1..].trim_start();
        let operand = before.ends_with(['!', '&', '|', '=', '<', '>', '^'])
            || ["&", "|", "=", "!=", "<", ">", "^"]
                .iter()
                .any(|o| after.starts_with(o));
        self.found.push(Found {
            parent: self.stack.last().copied(),
            matches: to_false.is_some(),
            to_false: to_false.is_some_and(|s| s && !operand),
            group,
            arms,
            catch_alls,
            range,
            tokens,
            alts,
        });
        Some(self.found.len() - 1)
    }
}

/// Whether `e` is `self` or a field of it (a place whose evaluation does nothing).
fn self_place(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Path(p) => p.path.is_ident("self"),
        syn::Expr::Field(f) => self_place(&f.base),
        syn::Expr::Paren(p) => self_place(&p.expr),
        _ => false,
    }
}

/// The arguments of `matches!`.
struct MatchesArgs {
    expr: syn::Expr,
    pat: syn::Pat,
    guard: Option<syn::Expr>,
}

impl syn::parse::Parse for MatchesArgs {
    fn parse(input: syn::parse::ParseStream<'_>) -> syn::Result<Self> {
        let expr = input.parse()?;
        input.parse::<syn::Token![,]>()?;
        let pat = syn::Pat::parse_multi_with_leading_vert(input)?;
        let guard = if input.peek(syn::Token![if]) {
            input.parse::<syn::Token![if]>()?;
            Some(input.parse()?)
        } else {
            None
        };
        if input.peek(syn::Token![,]) {
            input.parse::<syn::Token![,]>()?;
        }
        Ok(MatchesArgs { expr, pat, guard })
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
        for a in &m.attrs {
            self.visit_attribute(a);
        }
        self.visit_expr(&m.expr);
        let group = self.groups;
        self.groups += 1;
        let catch_alls = m.arms.iter().filter(|a| catch_all(a)).count();
        for arm in &m.arms {
            let ts = arm.to_token_stream();
            let shape = (group, m.arms.len(), catch_alls, arm.guard.is_some());
            let at = self.record(&arm.pat, (ts.clone(), ts), None, shape);
            self.stack.extend(at);
            if let Some((_, g)) = &arm.guard {
                self.visit_expr(g);
            }
            self.visit_expr(&arm.body);
            if at.is_some() {
                self.stack.pop();
            }
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if mac.path.is_ident("macro_rules") {
            return;
        }
        if mac.path.is_ident("matches") {
            if let Ok(args) = mac.parse_body::<MatchesArgs>() {
                let group = self.groups;
                self.groups += 1;
                // The scrutinee is evaluated whatever the pattern: it stays with the unit, and
                // `false` stands for the whole only when it is a place without effects (`self`,
                // a field of it).
                let mut named = args.pat.to_token_stream();
                if let Some(g) = &args.guard {
                    g.to_tokens(&mut named);
                }
                let at = self.record(
                    &args.pat,
                    (mac.to_token_stream(), named),
                    Some(self_place(&args.expr)),
                    (group, 1, 0, args.guard.is_some()),
                );
                self.visit_expr(&args.expr);
                self.stack.extend(at);
                if let Some(g) = &args.guard {
                    self.visit_expr(g);
                }
                if at.is_some() {
                    self.stack.pop();
                }
            }
            return;
        }
        // Another macro: its arguments when they are expressions.
        let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
        if let Ok(args) = mac.parse_body_with(parser) {
            for e in &args {
                self.visit_expr(e);
            }
        }
    }
}

/// An item whose arms and `matches!` become units.
pub(super) enum Node<'a> {
    Item(&'a syn::Item),
    Impl(&'a syn::ImplItem),
    Trait(&'a syn::TraitItem),
}

/// Where a unit is: its file, its module body, the units' lines of text; and the names of the
/// runtime's variants.
pub(super) struct At<'a> {
    pub(super) file: usize,
    pub(super) scope: usize,
    pub(super) lines: &'a Lines<'a>,
    pub(super) variants: &'a BTreeSet<String>,
}

/// What a part of an item is: its kind, name, range, names and the unit it is part of.
pub(super) type Part = (Kind, String, (usize, usize), Refs, usize);

/// Pushes a part of an item (an item of an impl or a trait) as a unit, with its arms carved out
/// (see [`carve`]).
pub(super) fn push_part(
    out: &mut Vec<Unit>,
    at: &At<'_>,
    (kind, name, range, refs, parent): Part,
    (node, whole, this, types): (Node<'_>, TokenStream, Option<&SelfType<'_>>, &Types),
) {
    out.push(Unit {
        file: at.file,
        scope: at.scope,
        kind,
        name,
        range,
        refs,
        parent: Some(parent),
        use_item: None,
        through: Vec::new(),
    });
    let unit_at = out.len() - 1;
    carve(node, whole, this, types, at, unit_at, out);
}

/// Carves the arms and `matches!` of the unit `parent` (the item `node`, whose names the unit
/// has with the bindings of `whole`, inside an impl of `this`) into units of their own, their
/// names out of the unit's.
pub(super) fn carve(
    node: Node<'_>,
    whole: TokenStream,
    this: Option<&SelfType<'_>>,
    types: &Types,
    at: &At<'_>,
    parent: usize,
    out: &mut Vec<Unit>,
) {
    let mut col = Collector {
        lines: at.lines,
        variants: at.variants,
        found: Vec::new(),
        stack: Vec::new(),
        groups: 0,
    };
    match node {
        Node::Item(i) => col.visit_item(i),
        Node::Impl(i) => col.visit_impl_item(i),
        Node::Trait(i) => col.visit_trait_item(i),
    }
    if col.found.is_empty() {
        return;
    }
    // The item's bindings type the receivers in its arms, as in the whole item.
    let scan = parts_of(whole, this, types);
    let full: Vec<Refs> = col.found.iter().map(|f| scan(&f.tokens)).collect();
    let mut own = full.clone();
    let alts: Vec<Vec<Refs>> = col
        .found
        .iter()
        .map(|f| f.alts.iter().map(|(_, ts, _)| scan(ts)).collect())
        .collect();
    for (k, f) in col.found.iter().enumerate() {
        for a in &alts[k] {
            minus(&mut own[k], a);
        }
        match f.parent {
            Some(p) => minus(&mut own[p], &full[k]),
            None => minus(&mut out[parent].refs, &full[k]),
        }
    }
    let mut index = Vec::new();
    for (k, f) in col.found.iter().enumerate() {
        let arm = out.len();
        index.push(arm);
        out.push(Unit {
            file: at.file,
            scope: at.scope,
            kind: Kind::Arm {
                matches: f.matches,
                to_false: f.to_false,
                group: (parent, f.group),
                arms: f.arms,
                catch_alls: f.catch_alls,
                pat: (f.alts[0].0 .0, f.alts[f.alts.len() - 1].0 .1),
            },
            name: String::new(),
            range: f.range,
            refs: std::mem::take(&mut own[k]),
            parent: Some(f.parent.map_or(parent, |p| index[p])),
            use_item: None,
            through: Vec::new(),
        });
        for (j, (range, _, simple)) in f.alts.iter().enumerate() {
            out.push(Unit {
                file: at.file,
                scope: at.scope,
                kind: Kind::Alt { simple: *simple },
                name: String::new(),
                range: *range,
                refs: alts[k][j].clone(),
                parent: Some(arm),
                use_item: None,
                through: Vec::new(),
            });
        }
    }
}

/// The names of the variants of `items`' enums.
pub(super) fn collect_variants(items: &[syn::Item], out: &mut BTreeSet<String>) {
    for item in items {
        match item {
            syn::Item::Enum(e) => out.extend(e.variants.iter().map(|v| v.ident.to_string())),
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_variants(items, out);
                }
            }
            _ => {}
        }
    }
}
