//! Fields nothing reads. A struct of the runtime keeps a field the module's kept code never touches
//! (`.f`, a struct pattern naming it): rustc reports it. Such a field goes, with its initializers
//! in struct literals, when each of those is a plain value (a literal, a path, a call of a path
//! without arguments, `Default::default()`); one built from a binding (`S { f: table }`, `S { f }`)
//! keeps it, as removing the initializer would leave the binding unused.

use syn::visit::Visit;

use super::*;

/// The edits that remove the unread fields of `files` (parsed `asts`, texts `texts`): for
/// each file, byte ranges to delete. `read` holds the fields kept code touches: (struct,
/// field), the struct `*` where the pass cannot tell. `gone` holds, for each file, the ranges
/// of the units that go whole: the literals there do not count.
/// Also returns the fields that go (see [`Gone`]).
pub(super) fn unread_fields(
    asts: &[syn::File],
    texts: &[&str],
    read: &BTreeSet<(String, String)>,
    gone: &[Vec<(usize, usize)>],
) -> (Vec<Vec<(usize, usize)>>, Vec<Gone>) {
    // (struct, field) -> the field's range, its file.
    let mut candidates: Candidates = BTreeMap::new();
    for (k, ast) in asts.iter().enumerate() {
        let lines = Lines::new(texts[k]);
        let mut structs = Vec::new();
        collect_structs(&ast.items, &mut structs);
        for st in structs {
            let syn::Fields::Named(named) = &st.fields else {
                continue;
            };
            for f in &named.named {
                let Some(name) = &f.ident else { continue };
                // A marker (`_format: PhantomData<F>`) is never read, and rustc knows.
                let marker = name.to_string().starts_with('_')
                    || type_name(&f.ty).is_some_and(|t| t == "PhantomData");
                let name = name.to_string();
                let touched = [st.ident.to_string(), "*".to_string()]
                    .into_iter()
                    .any(|o| read.contains(&(o, name.clone())));
                if marker || touched {
                    continue;
                }
                if let Some(r) = lines.range(f.to_token_stream()) {
                    let r = with_comma(texts[k], r);
                    let key = (st.ident.to_string(), name);
                    candidates.insert(key, (k, r, f.to_token_stream()));
                }
            }
        }
    }
    let mut edits = vec![Vec::new(); asts.len()];
    let mut removed = Vec::new();
    if candidates.is_empty() {
        return (edits, removed);
    }
    // Their initializers, everywhere.
    let mut inits = Inits {
        candidates: &candidates,
        impls: Vec::new(),
        file: 0,
        lines: None,
        texts,
        gone,
        found: BTreeMap::new(),
    };
    for (k, ast) in asts.iter().enumerate() {
        inits.file = k;
        inits.lines = Some(Lines::new(texts[k]));
        inits.visit_file(ast);
    }
    for (key, (file, range, decl)) in &candidates {
        let at = inits.found.get(key);
        if at.is_some_and(|v| v.iter().any(Option::is_none)) {
            continue;
        }
        edits[*file].push(widen(texts[*file], *range));
        let mut named = Vec::new();
        for (f, r, t) in at.into_iter().flatten().flatten() {
            edits[*f].push(*r);
            named.push((*f, r.0, t.clone()));
        }
        removed.push(Gone {
            file: *file,
            key: key.clone(),
            decl: decl.clone(),
            inits: named,
        });
    }
    (edits, removed)
}

/// A field that goes: its file, (struct, field), what its declaration and its initializers
/// name (file, offset, tokens), so that what only they name goes too.
pub(super) struct Gone {
    pub(super) file: usize,
    pub(super) key: (String, String),
    pub(super) decl: TokenStream,
    pub(super) inits: Vec<(usize, usize, TokenStream)>,
}

/// The structs of `items`, in inline modules too.
fn collect_structs<'a>(items: &'a [syn::Item], out: &mut Vec<&'a syn::ItemStruct>) {
    for item in items {
        match item {
            syn::Item::Struct(s) => out.push(s),
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_structs(items, out);
                }
            }
            _ => {}
        }
    }
}

/// `range` with the comma after it.
fn with_comma(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let rest = &text[end..];
    let skip = rest.len() - rest.trim_start().len();
    if rest[skip..].starts_with(',') {
        (start, end + skip + 1)
    } else {
        (start, end)
    }
}

/// The fields that may go: (struct, field) -> its file, its declaration's range and tokens.
type Candidates = BTreeMap<(String, String), (usize, (usize, usize), TokenStream)>;

/// An initializer to remove: its file, its range, the value's tokens.
type Init = (usize, (usize, usize), TokenStream);

/// The struct literals' initializers of the candidate fields: (struct, field) -> for each, the
/// range to remove (file, range), or `None` for one that is not a plain value.
struct Inits<'a> {
    candidates: &'a Candidates,
    /// The types of the impls the visit is in (`Self`).
    impls: Vec<Option<String>>,
    file: usize,
    lines: Option<Lines<'a>>,
    texts: &'a [&'a str],
    gone: &'a [Vec<(usize, usize)>],
    found: BTreeMap<(String, String), Vec<Option<Init>>>,
}

impl<'ast> Visit<'ast> for Inits<'_> {
    fn visit_item_impl(&mut self, i: &'ast syn::ItemImpl) {
        self.impls.push(type_name(&i.self_ty));
        syn::visit::visit_item_impl(self, i);
        self.impls.pop();
    }

    fn visit_expr_struct(&mut self, e: &'ast syn::ExprStruct) {
        let last = e.path.segments.last().map(|s| s.ident.to_string());
        let name = match last.as_deref() {
            Some("Self") => self.impls.last().cloned().flatten(),
            _ => last,
        };
        let at = self
            .lines
            .as_ref()
            .and_then(|l| l.range(e.to_token_stream()))
            .map_or(0, |r| r.0);
        let removed = self.gone[self.file]
            .iter()
            .any(|&(s, end)| s <= at && at < end);
        if let Some(name) = name.filter(|_| !removed) {
            for fv in &e.fields {
                let syn::Member::Named(f) = &fv.member else {
                    continue;
                };
                let key = (name.clone(), f.to_string());
                if !self.candidates.contains_key(&key) {
                    continue;
                }
                let range = self
                    .lines
                    .as_ref()
                    .and_then(|l| l.range(fv.to_token_stream()))
                    .filter(|_| fv.colon_token.is_some() && plain(&fv.expr))
                    .map(|r| {
                        let r = with_comma(self.texts[self.file], r);
                        (self.file, r, fv.expr.to_token_stream())
                    });
                self.found.entry(key).or_default().push(range);
            }
        }
        syn::visit::visit_expr_struct(self, e);
    }
}

/// Whether an initializer is a plain value, whose removal leaves no binding unused.
fn plain(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Lit(_) | syn::Expr::Path(_) => true,
        syn::Expr::Call(c) => c.args.is_empty() && matches!(*c.func, syn::Expr::Path(_)),
        _ => false,
    }
}
