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
//! one crate has), and a `match` that would lose every arm: those alternatives are refused
//! and the pass runs again.

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
    /// The arm (with its comma), or the whole `matches!(..)`.
    range: (usize, usize),
    /// What the unit names: the arm, or the pattern and guard of a `matches!` (its scrutinee is
    /// evaluated whatever the pattern).
    tokens: TokenStream,
    /// The top-level alternatives: their range and tokens.
    alts: Vec<((usize, usize), TokenStream)>,
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
        group: usize,
        arms: usize,
    ) -> Option<usize> {
        let alts = alternatives(pat);
        if !self.names_variant(pat.to_token_stream()) || alts.iter().any(|a| nested_or(a)) {
            return None;
        }
        let range = self.lines.range(whole)?;
        let alts = alts
            .into_iter()
            .map(|a| Some((self.lines.range(a.to_token_stream())?, a.to_token_stream())))
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
        for arm in &m.arms {
            let ts = arm.to_token_stream();
            let at = self.record(&arm.pat, (ts.clone(), ts), None, group, m.arms.len());
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
                    group,
                    1,
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
        .map(|f| f.alts.iter().map(|(_, ts)| scan(ts)).collect())
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
                pat: (f.alts[0].0 .0, f.alts[f.alts.len() - 1].0 .1),
            },
            name: String::new(),
            range: f.range,
            refs: std::mem::take(&mut own[k]),
            parent: Some(f.parent.map_or(parent, |p| index[p])),
            use_item: None,
            through: Vec::new(),
        });
        for (j, (range, _)) in f.alts.iter().enumerate() {
            out.push(Unit {
                file: at.file,
                scope: at.scope,
                kind: Kind::Alt,
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

impl Crate {
    /// A crate of `units`, indexed.
    pub(super) fn new(units: Vec<Unit>, aliases: BTreeMap<String, Vec<String>>) -> Crate {
        let mut c = Crate {
            free: units
                .iter()
                .filter(|u| matches!(u.kind, Kind::Free { .. }))
                .map(|u| u.name.clone())
                .collect(),
            kids: vec![Vec::new(); units.len()],
            units,
            aliases,
            inherent: BTreeSet::new(),
            trait_items: BTreeMap::new(),
            variants: BTreeMap::new(),
            refused: BTreeSet::new(),
            owners: BTreeSet::new(),
            generics: BTreeSet::new(),
            supers: BTreeMap::new(),
        };
        for (i, u) in c.units.iter().enumerate() {
            if let Some(p) = u.parent {
                c.kids[p].push(i);
            }
            match &u.kind {
                Kind::Assoc { owner, .. } => {
                    c.inherent.insert((owner.clone(), u.name.clone()));
                }
                Kind::TraitItem { .. } => {
                    let tr = u
                        .parent
                        .map(|p| c.units[p].name.clone())
                        .unwrap_or_default();
                    c.trait_items
                        .entry((tr, u.name.clone()))
                        .or_default()
                        .push(i);
                }
                Kind::Variant { .. } => c.variants.entry(u.name.clone()).or_default().push(i),
                _ => {}
            }
        }
        c
    }

    /// Whether the alternative `alt` may still match: none of the runtime variants it names
    /// (each a candidate of its path) is gone.
    pub(super) fn alive(&self, alt: usize, live: &[bool]) -> bool {
        self.units[alt].refs.pairs.iter().all(|(x, n)| {
            let cands: Vec<usize> = self
                .variants
                .get(n)
                .into_iter()
                .flatten()
                .copied()
                .filter(|&v| match &self.units[v].kind {
                    Kind::Variant { owner } => self.names_for(owner, x),
                    _ => false,
                })
                .collect();
            cands.is_empty() || cands.iter().any(|&v| live[v])
        })
    }

    /// The alternatives whose rewrite the pass cannot make with these liveness (see the module
    /// doc), not refused yet.
    pub(super) fn refusals(&self, lives: [&[bool]; 2]) -> BTreeSet<usize> {
        // Whether `i` is live in every crate of `within` that has it, or in none.
        let uniform = |i: usize, within: usize| {
            let s: BTreeSet<bool> = (0..2)
                .filter(|&c| lives[c][within])
                .map(|c| lives[c][i])
                .collect();
            s.len() <= 1
        };
        let mut out = BTreeSet::new();
        let mut groups: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for (i, u) in self.units.iter().enumerate() {
            let Kind::Arm {
                matches,
                to_false,
                group,
                arms,
                ..
            } = &u.kind
            else {
                continue;
            };
            let p = u.parent.unwrap_or(i);
            let alts = &self.kids[i];
            // A `matches!` is kept or gone with its unit, and gone only where `false` may stand
            // for it.
            let gone = (0..2).any(|c| lives[c][p] && !lives[c][i]);
            if *matches && (!uniform(i, p) || (gone && !to_false)) {
                out.extend(alts.iter().copied());
            }
            for &a in alts {
                if !uniform(a, i) {
                    out.insert(a);
                }
            }
            if !matches {
                groups.entry(*group).or_default().push(i);
            }
            let all = groups.get(group).map_or(0, Vec::len);
            if !matches && all == *arms {
                // A `match` all of whose arms the pass rewrites must keep one.
                let arms = &groups[group];
                for live in lives {
                    if live[p] && arms.iter().all(|&a| !live[a]) {
                        out.extend(arms.iter().flat_map(|&a| self.kids[a].iter().copied()));
                    }
                }
            }
        }
        out.retain(|a| !self.refused.contains(a));
        out
    }

    /// The edit of the arm `i` (see the module doc) in `text`, gated by [`TEST_CFG`] where one crate alone has it.
    pub(super) fn arm_edit(
        &self,
        i: usize,
        text: &str,
        lives: [&[bool]; 2],
    ) -> Option<(usize, usize, String)> {
        let u = &self.units[i];
        let Kind::Arm { matches, pat, .. } = &u.kind else {
            return None;
        };
        let p = u.parent?;
        let parent = [lives[0][p], lives[1][p]];
        let arm = [lives[0][i], lives[1][i]];
        if parent == [false, false] {
            return None;
        }
        if arm == [false, false] {
            if *matches {
                return Some((u.range.0, u.range.1, "false".into()));
            }
            let (s, e) = widen(text, u.range);
            return Some((s, e, String::new()));
        }
        let gate = match (arm == parent, arm) {
            (true, _) => String::new(),
            (false, [true, false]) => format!("#[cfg(not({TEST_CFG}))] "),
            (false, _) => format!("#[cfg({TEST_CFG})] "),
        };
        // The alternatives live where the arm is.
        let c = usize::from(!arm[0]);
        let kept: Vec<&str> = self.kids[i]
            .iter()
            .filter(|&&a| lives[c][a])
            .map(|&a| &text[self.units[a].range.0..self.units[a].range.1])
            .collect();
        if gate.is_empty() && kept.len() == self.kids[i].len() {
            return None;
        }
        Some((pat.0, pat.1, format!("{gate}{}", kept.join(" | "))))
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
