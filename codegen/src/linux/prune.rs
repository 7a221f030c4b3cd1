//! The module's runtime copy as the module uses it: the runtime is a library (the userspace
//! tests, the mock and the bare-metal images use all of it), a kernel module carries only what
//! its code reaches. Over the files under `linux/runtime/` (the runtime, the lean generated layer,
//! `support.rs`), the items nothing reaches go:
//!
//! - the roots are the module's own files (the glue, the `iommu/` abstraction, the test module)
//!   and what no rule below removes (module declarations, macro invocations, `const _`);
//! - a free item (fn, const, static, type, trait, macro) is kept when its name appears in kept
//!   code; an associated fn or const of an inherent impl when its type is kept and a path names
//!   it (`Type::name`, `Self::name`, an alias of the type) or, for a method, a call `.name(` on
//!   a receiver of that type, or on a receiver the pass cannot type; an enum variant when its
//!   enum is kept and a path names it (all of them when none is named: the enum stays for a
//!   signature); a trait impl when its type and its trait are kept (or are not the runtime's),
//!   whole;
//! - to a fixpoint from the roots (so items that only name each other go together);
//! - imports then keep only the names the kept code of their module uses (a re-export: a path
//!   through the module elsewhere), or, for a trait, whose methods it calls;
//! - what only the test module reaches is kept under `#[cfg(iommugen_test)]`, a `--cfg` its
//!   Kbuild gives the test module's object alone, so the driver's crate does not see it;
//! - every `pub` becomes `pub(crate)`: the runtime is a private module of the module's crate.
//!
//! Receivers are typed without type inference, item by item: `self`, a field of `self` (the
//! struct's declared field types), a parameter or `let` with a declared type (through aliases,
//! renames and smart pointers: `KBox<T>` is `T`), `let x = Type::new(..)` and constructor
//! chains (`Type::new().with_a(..)?`), the payload of a tuple variant in a pattern. In a macro's
//! arguments a bare name may be spliced anywhere (a key `name: value` or a local binding is not);
//! in a `macro_rules!` body `$t::name` names any type's item. Where it cannot tell, the pass
//! keeps every candidate of the name: a kept item the module does not use is a `dead_code`
//! warning, a removed item it uses a compile error (the module build fails on both). Comments
//! above a removed item go with it.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use crate::{CodegenError, GeneratedFile};

/// The `--cfg` under which items only the test module reaches stay.
pub const TEST_CFG: &str = "iommugen_test";

/// Where the module's runtime copy is.
const RUNTIME_DIR: &str = "linux/runtime/";

/// The names a stretch of code uses.
#[derive(Default, Clone)]
struct Refs {
    /// Every identifier.
    idents: Vec<String>,
    /// `X::name` paths (`X` is `*` for `$t::name` inside `macro_rules!`, which names any type's
    /// item, and for a name spliced into a macro's arguments).
    pairs: Vec<(String, String)>,
    /// Method calls and field accesses: `.name`.
    dotted: Vec<String>,
}

impl Refs {
    fn of(tokens: TokenStream, wildcard: bool, types: &Types) -> Refs {
        Refs::within(tokens, wildcard, None, types)
    }

    /// The names of code inside an impl of `this` (`Self::name` and `self.name` name its items,
    /// `self.field.name` an item of the field's type).
    fn within(
        tokens: TokenStream,
        wildcard: bool,
        this: Option<&SelfType<'_>>,
        types: &Types,
    ) -> Refs {
        let mut vars = Vars::new();
        bindings(tokens.clone(), types, this.map(|t| t.name), &mut vars);
        let env = Env { this, vars, types };
        let mut r = Refs::default();
        r.scan(tokens, wildcard, false, &env);
        r
    }

    /// `wildcard`: in a `macro_rules!` body, where `$t::name` (or `<$t>::name`) names any type's
    /// item; `spliced`:
    /// in a macro's arguments, where a bare name may be spliced into a path or a method call.
    fn scan(&mut self, tokens: TokenStream, wildcard: bool, spliced: bool, env: &Env<'_>) {
        let this = env.this;
        let tts: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, tt) in tts.iter().enumerate() {
            match tt {
                // A macro's arguments (`name!(...)`): any name there may be spliced into a path or
                // a method call.
                TokenTree::Group(g)
                    if i >= 2
                        && matches!(&tts[i - 1], TokenTree::Punct(p) if p.as_char() == '!')
                        && matches!(&tts[i - 2], TokenTree::Ident(_)) =>
                {
                    self.scan(g.stream(), wildcard, true, env);
                }
                TokenTree::Group(g) => self.scan(g.stream(), wildcard, spliced, env),
                TokenTree::Ident(id) => {
                    let name = id.to_string();
                    let name = name.strip_prefix("r#").unwrap_or(&name).to_string();
                    let punct = |k: usize| match i.checked_sub(k).map(|j| &tts[j]) {
                        Some(TokenTree::Punct(p)) => Some((p.as_char(), p.spacing())),
                        _ => None,
                    };
                    if punct(1).is_some_and(|(c, _)| c == ':')
                        && punct(2) == Some((':', Spacing::Joint))
                    {
                        // `$t::name` in a macro's body names an item of any type.
                        let metavar = i >= 4
                            && matches!(&tts[i - 4], TokenTree::Punct(p) if p.as_char() == '$');
                        let owner = match i.checked_sub(3).map(|j| &tts[j]) {
                            _ if wildcard && metavar => Some("*".to_string()),
                            Some(TokenTree::Group(_)) if wildcard => Some("*".to_string()),
                            Some(TokenTree::Ident(x)) if x == "Self" => {
                                Some(this.map_or("Self", |t| t.name).to_string())
                            }
                            Some(TokenTree::Ident(x)) => Some(x.to_string()),
                            Some(TokenTree::Punct(p)) if p.as_char() == '>' => Some(if wildcard {
                                "*".to_string()
                            } else {
                                qualified_owner(&tts, i - 3)
                            }),
                            _ => None,
                        };
                        if let Some(owner) = owner {
                            self.pairs.push((owner, name.clone()));
                        }
                    }
                    // A method call (`.name(` or `.name::<`); a field access names no item.
                    let call = match tts.get(i + 1) {
                        Some(TokenTree::Group(g)) => g.delimiter() == Delimiter::Parenthesis,
                        Some(TokenTree::Punct(p)) => p.as_char() == ':',
                        _ => false,
                    };
                    if call
                        && punct(1).is_some_and(|(c, _)| c == '.')
                        && !punct(2).is_some_and(|(c, s)| c == '.' && s == Spacing::Joint)
                    {
                        let ident = |k: usize| match i.checked_sub(k).map(|j| &tts[j]) {
                            Some(TokenTree::Ident(x)) => Some(x.to_string()),
                            _ => None,
                        };
                        let on_self = ident(2).is_some_and(|x| x == "self")
                            && punct(3).is_none_or(|(c, _)| c != '.');
                        // `self.field.name`: an item of the field's type, when the runtime's.
                        let field = (ident(4).is_some_and(|x| x == "self")
                            && punct(3).is_some_and(|(c, _)| c == '.')
                            && punct(5).is_none_or(|(c, _)| c != '.'))
                        .then(|| ident(2))
                        .flatten()
                        .and_then(|f| this.and_then(|t| t.fields.and_then(|fs| fs.get(&f))));
                        match (this, on_self, field) {
                            (Some(t), true, _) => {
                                self.pairs.push((t.name.to_string(), name.clone()))
                            }
                            (_, _, Some(ty)) => self.pairs.push((ty.clone(), name.clone())),
                            _ => match receiver(&tts, i - 1, env) {
                                Some(tys) => {
                                    for t in tys {
                                        self.pairs.push((t, name.clone()));
                                    }
                                }
                                None => self.dotted.push(name.clone()),
                            },
                        }
                    }
                    // A bare name among a macro's arguments, other than a local binding or a
                    // key (`name: value`).
                    let key = matches!(tts.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Alone);
                    let bare = !punct(1).is_some_and(|(c, _)| c == ':' || c == '.')
                        && !key
                        && !env.vars.contains_key(&name);
                    if spliced && bare {
                        self.pairs.push(("*".into(), name.clone()));
                        self.dotted.push(name.clone());
                    }
                    self.idents.push(name);
                }
                _ => {}
            }
        }
    }

    /// These names without the first occurrence of `name` (an item's own declaration).
    fn without_decl(mut self, name: &str) -> Refs {
        if let Some(i) = self.idents.iter().position(|n| n == name) {
            self.idents.remove(i);
        }
        self
    }
}

/// What the receiver typing knows of the runtime's types.
struct Types {
    /// Structs and enums of the runtime without a `Deref` impl.
    known: BTreeSet<String>,
    /// The single field's type of tuple variants: (enum, variant) -> type.
    payloads: BTreeMap<(String, String), String>,
    /// Type aliases of the runtime and the glue: alias -> the aliased type's name.
    aliases: BTreeMap<String, String>,
    /// The runtime's types with a `Deref` impl (a call on them may be their target's method).
    deref: BTreeSet<String>,
}

impl Types {
    /// What a binding declared with type `ty` may be: the runtime's type (through aliases), or
    /// a type that is not the runtime's (whose methods are not the runtime's); `None` for an
    /// alias of something the pass cannot tell.
    fn resolve(&self, ty: Option<String>) -> Option<String> {
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
fn token_aliases(tokens: TokenStream, out: &mut BTreeMap<String, Option<String>>) {
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
type Vars = BTreeMap<String, Option<BTreeSet<String>>>;

/// Where names are scanned: the impl's `Self`, the item's local bindings, the runtime's types.
struct Env<'a> {
    this: Option<&'a SelfType<'a>>,
    vars: Vars,
    types: &'a Types,
}

/// External types whose methods may be the runtime's (through `Deref`), and other types that
/// tell nothing.
const OPAQUE: &[&str] = &[
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
fn binding_type(tts: &[TokenTree], mut at: usize) -> Option<String> {
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
fn bind(vars: &mut Vars, name: &str, ty: Option<String>) {
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
fn bindings(tokens: TokenStream, types: &Types, this: Option<&str>, vars: &mut Vars) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let punct =
        |k: usize, c: char| matches!(tts.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
    let ident = |k: usize| match tts.get(k) {
        Some(TokenTree::Ident(x)) => Some(x.to_string()),
        _ => None,
    };
    // The names a pattern group binds directly (nested groups are scanned on their own).
    let unknown_all = |g: &proc_macro2::Group, vars: &mut Vars| {
        for t in g.stream() {
            if let TokenTree::Ident(x) = t {
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

/// The owner of a path `<...>::name` whose `>` is `tts[gt]`: after a turbofish (`T::<U>::name`)
/// the type before it; in a qualified path (`<T as Trait>::name`) the trait; (`<T>::name`) `T`.
fn qualified_owner(tts: &[TokenTree], gt: usize) -> String {
    let mut depth = 0;
    let mut j = gt;
    loop {
        match &tts[j] {
            TokenTree::Punct(p) if p.as_char() == '>' => depth += 1,
            TokenTree::Punct(p) if p.as_char() == '<' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
        if j == 0 {
            return "*".into();
        }
        j -= 1;
    }
    // `T::<`: a turbofish.
    if j >= 3 {
        if let (TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(t)) =
            (&tts[j - 1], &tts[j - 2], &tts[j - 3])
        {
            if a.as_char() == ':' && b.as_char() == ':' {
                return t.to_string();
            }
        }
    }
    match &tts[gt - 1] {
        TokenTree::Ident(t) => t.to_string(),
        _ => "*".into(),
    }
}

/// The types the receiver of the method call or field whose `.` is `tts[dot]` may have, when
/// the pass can tell: a local binding of known type, or a constructor chain
/// (`Type::new().with_a(x)?.with_b(y)`).
fn receiver(tts: &[TokenTree], mut dot: usize, env: &Env<'_>) -> Option<Vec<String>> {
    let ident = |k: usize| match tts.get(k) {
        Some(TokenTree::Ident(x)) => Some(x.to_string()),
        _ => None,
    };
    let punct =
        |k: usize, c: char| matches!(tts.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
    loop {
        let mut j = dot.checked_sub(1)?;
        while punct(j, '?') {
            j = j.checked_sub(1)?;
        }
        match &tts[j] {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis => {
                let f = ident(j.checked_sub(1)?)?;
                let k = j.checked_sub(2)?;
                if punct(k, '.') && f.starts_with("with_") {
                    dot = k;
                    continue;
                }
                if punct(k, ':') && punct(k.checked_sub(1)?, ':') {
                    let t = ident(k.checked_sub(2)?)?;
                    let ctor = f == "new" || f == "default" || f.starts_with("from");
                    let t = if t == "Self" {
                        env.this?.name.to_string()
                    } else {
                        t
                    };
                    return (ctor && env.types.known.contains(&t)).then(|| vec![t]);
                }
                return None;
            }
            TokenTree::Ident(x) => {
                if j >= 1 && (punct(j - 1, '.') || punct(j - 1, ':') || punct(j - 1, '$')) {
                    return None;
                }
                return env
                    .vars
                    .get(&x.to_string())?
                    .as_ref()
                    .map(|s| s.iter().cloned().collect());
            }
            _ => return None,
        }
    }
}

/// The type of `self` in an impl: its name and, for a struct of the runtime, its fields' types
/// (those named by a path: field name -> the type's name).
struct SelfType<'a> {
    name: &'a str,
    fields: Option<&'a BTreeMap<String, String>>,
}

/// What a unit of a runtime file is, for the rules of the module doc.
#[derive(Clone, Debug, PartialEq)]
enum Kind {
    /// Always kept.
    Root,
    /// A free item, kept when its name is used.
    Free { trait_methods: Option<Vec<String>> },
    /// An item of an inherent impl (`parent`) of `owner`.
    Assoc { owner: String, method: bool },
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

struct Unit {
    file: usize,
    /// The module body the unit is in (its imports' scope).
    scope: usize,
    kind: Kind,
    name: String,
    /// Byte range in the file, with its attributes.
    range: (usize, usize),
    refs: Refs,
    /// The impl or enum the unit is part of.
    parent: Option<usize>,
    /// For `Use`: the item.
    use_item: Option<syn::ItemUse>,
}

/// Byte offsets of line starts, to turn a span's line and column into an offset.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn offset(&self, lc: proc_macro2::LineColumn) -> usize {
        let start = self.starts[lc.line - 1];
        let line = &self.text[start..];
        start
            + line
                .char_indices()
                .nth(lc.column)
                .map_or(line.len(), |(i, _)| i)
    }

    fn range(&self, tokens: TokenStream) -> Option<(usize, usize)> {
        let spans: Vec<Span> = tokens.into_iter().map(|t| t.span()).collect();
        let (first, last) = (spans.first()?, spans.last()?);
        Some((self.offset(first.start()), self.offset(last.end())))
    }
}

/// The last identifier of a type's path (`&mut Foo<T>` -> `Foo`).
fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        syn::Type::Paren(p) => type_name(&p.elem),
        syn::Type::Group(g) => type_name(&g.elem),
        _ => None,
    }
}

/// The units of one runtime file's items (recursing into inline modules).
fn units(
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
                let refs = Refs::of(item.to_token_stream(), true, types).without_decl(&n);
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
                            let (name, method) = match ii {
                                syn::ImplItem::Fn(f) => {
                                    (f.sig.ident.to_string(), f.sig.receiver().is_some())
                                }
                                syn::ImplItem::Const(c) => (c.ident.to_string(), false),
                                syn::ImplItem::Type(t) => (t.ident.to_string(), false),
                                _ => (String::new(), false),
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
            _ => out.push(unit(Kind::Root, String::new(), all())),
        }
    }
}

/// The end of a variant with the comma after it.
fn after_comma(text: &str, end: usize) -> usize {
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
struct Used {
    idents: BTreeSet<String>,
    pairs: BTreeSet<(String, String)>,
    dotted: BTreeSet<String>,
}

impl Used {
    fn add(&mut self, r: &Refs) {
        self.idents.extend(r.idents.iter().cloned());
        self.pairs.extend(r.pairs.iter().cloned());
        self.dotted.extend(r.dotted.iter().cloned());
    }
}

/// The crate's units and what decides their liveness.
struct Crate {
    units: Vec<Unit>,
    /// Names of free items (what a trait impl's type or trait may be).
    free: BTreeSet<String>,
    /// Type aliases: alias -> the aliased type's name.
    aliases: BTreeMap<String, Vec<String>>,
}

impl Crate {
    /// The names a path may give `owner` by.
    fn names_for(&self, owner: &str, x: &str) -> bool {
        x == owner
            || x == "Self"
            || x == "*"
            || self
                .aliases
                .get(x)
                .is_some_and(|targets| targets.iter().any(|t| t == owner))
    }

    /// Which units are live, from the roots `roots` (the glue's names) and the runtime's root
    /// units.
    fn reach(&self, roots: &[&Refs]) -> Vec<bool> {
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
                    Kind::Assoc { owner, method } => {
                        parent_live
                            && ((*method && used.dotted.contains(&u.name))
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

/// The leaves of an import, each with its path (`a::b::C`, `a::*`) and the name it binds
/// (`None` for a glob).
fn leaves(prefix: &str, tree: &syn::UseTree, out: &mut Vec<(String, Option<String>)>) {
    let join = |s: &str| {
        if prefix.is_empty() {
            s.to_string()
        } else {
            format!("{prefix}::{s}")
        }
    };
    match tree {
        syn::UseTree::Path(p) => leaves(&join(&p.ident.to_string()), &p.tree, out),
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            let bound = if name == "self" {
                prefix.rsplit("::").next().unwrap_or(prefix).to_string()
            } else {
                name.clone()
            };
            out.push((join(&name), Some(bound)));
        }
        syn::UseTree::Rename(r) => {
            out.push((
                format!("{} as {}", join(&r.ident.to_string()), r.rename),
                Some(r.rename.to_string()),
            ));
        }
        syn::UseTree::Glob(_) => out.push((join("*"), None)),
        syn::UseTree::Group(g) => {
            for t in &g.items {
                leaves(prefix, t, out);
            }
        }
    }
}

/// An import of `paths` (leaves of one `use`), grouped by their common prefix.
fn use_text(vis: &str, paths: &[String]) -> String {
    let vis = if vis.is_empty() {
        String::new()
    } else {
        format!("{vis} ")
    };
    match paths {
        [] => String::new(),
        [one] => format!("{vis}use {one};\n"),
        _ => {
            let split: Vec<Vec<&str>> = paths.iter().map(|p| p.split("::").collect()).collect();
            let mut common = 0;
            while split
                .iter()
                .all(|s| s.len() > common + 1 && s[common] == split[0][common])
            {
                common += 1;
            }
            let prefix = split[0][..common].join("::");
            let rest: Vec<String> = split.iter().map(|s| s[common..].join("::")).collect();
            if prefix.is_empty() {
                paths.iter().map(|p| format!("{vis}use {p};\n")).collect()
            } else {
                format!("{vis}use {prefix}::{{{}}};\n", rest.join(", "))
            }
        }
    }
}

/// The text of an attribute list without `#[allow(unused_imports)]` (the generated layer's
/// imports are trimmed to what they use).
fn kept_attrs(lines: &Lines<'_>, attrs: &[syn::Attribute]) -> String {
    let mut out = String::new();
    for a in attrs {
        if a.to_token_stream().to_string().replace(' ', "") == "#[allow(unused_imports)]" {
            continue;
        }
        if let Some((s, e)) = lines.range(a.to_token_stream()) {
            out.push_str(&lines.text[s..e]);
            out.push('\n');
        }
    }
    out
}

/// Widens a removed range to whole lines when nothing else is on them, with the `//` comments
/// right above it.
fn widen(text: &str, (mut start, mut end): (usize, usize)) -> (usize, usize) {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..start].trim().is_empty() {
        return (start, end);
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
    let tail = text[end..line_end].trim();
    if !(tail.is_empty() || tail.starts_with("//")) {
        return (start, end);
    }
    start = line_start;
    end = line_end;
    // Plain comments directly above (not module docs).
    while start > 0 {
        let prev = text[..start - 1].rfind('\n').map_or(0, |i| i + 1);
        let t = text[prev..start].trim();
        if t.starts_with("//") && !t.starts_with("//!") {
            start = prev;
        } else {
            break;
        }
    }
    (start, end)
}

/// Prunes the runtime copy among `files` (see the module doc). `is_test` tells the test
/// module's own files.
pub fn prune(
    files: &mut [GeneratedFile],
    is_test: &dyn Fn(&str) -> bool,
) -> Result<(), CodegenError> {
    let runtime: Vec<usize> = (0..files.len())
        .filter(|&i| files[i].path.starts_with(RUNTIME_DIR) && files[i].path.ends_with(".rs"))
        .collect();
    // Paths through each module, for re-exports: (file index, (module, name)).
    let mut paths: Vec<(usize, BTreeSet<(String, String)>)> = Vec::new();
    for (i, f) in files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.path.ends_with(".rs"))
    {
        let mut set = BTreeSet::new();
        if let Ok(ts) = f.contents.parse::<TokenStream>() {
            through(ts, &mut set);
        }
        paths.push((i, set));
    }
    let mut parsed = Vec::new();
    for &i in &runtime {
        let f = &files[i];
        let ast = syn::parse_file(&f.contents).map_err(|e| {
            CodegenError(format!(
                "the Linux module's {} does not parse: {e} (line {})",
                f.path,
                e.span().start().line
            ))
        })?;
        parsed.push(ast);
    }
    let mut c = Crate {
        units: Vec::new(),
        free: BTreeSet::new(),
        aliases: BTreeMap::new(),
    };
    let (mut types, mut deref) = (BTreeSet::new(), BTreeSet::new());
    for ast in &parsed {
        collect_types(&ast.items, &mut types, &mut deref);
    }
    let types: BTreeSet<String> = types.difference(&deref).cloned().collect();
    let mut payloads = BTreeMap::new();
    for ast in &parsed {
        collect_payloads(&ast.items, &mut payloads);
    }
    let mut aliases = BTreeMap::new();
    for f in files.iter().filter(|f| f.path.ends_with(".rs")) {
        if let Ok(ts) = f.contents.parse::<TokenStream>() {
            token_aliases(ts, &mut aliases);
        }
    }
    let types = Types {
        known: types,
        payloads,
        aliases: aliases
            .into_iter()
            .map(|(a, t)| (a, t.unwrap_or_else(|| "?".into())))
            .collect(),
        deref,
    };
    let glue: Vec<(usize, Option<syn::File>)> = files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.path.ends_with(".rs") && !f.path.starts_with(RUNTIME_DIR))
        .map(|(i, f)| (i, syn::parse_file(&f.contents).ok()))
        .collect();
    let mut fields = Fields::new();
    for ast in parsed
        .iter()
        .chain(glue.iter().filter_map(|(_, a)| a.as_ref()))
    {
        collect_fields(&ast.items, &types, &mut fields);
    }
    let mut driver_roots = Vec::new();
    let mut test_roots = Vec::new();
    for (i, ast) in &glue {
        let f = &files[*i];
        let ts: TokenStream = f.contents.parse().map_err(|e| {
            CodegenError(format!("the Linux module's {} does not lex: {e}", f.path))
        })?;
        // Item by item (an impl's items one by one, with their `Self`), so that local bindings
        // of one function do not blur another's; the whole file when it does not parse.
        let mut pieces: Vec<(TokenStream, Option<String>)> = Vec::new();
        match ast {
            Some(ast) => {
                for item in &ast.items {
                    match item {
                        syn::Item::Impl(imp) => {
                            let mut head = TokenStream::new();
                            imp.generics.to_tokens(&mut head);
                            imp.generics.where_clause.to_tokens(&mut head);
                            if let Some((_, path, _)) = &imp.trait_ {
                                path.to_tokens(&mut head);
                            }
                            imp.self_ty.to_tokens(&mut head);
                            pieces.push((head, None));
                            let owner = type_name(&imp.self_ty);
                            pieces.extend(
                                imp.items
                                    .iter()
                                    .map(|ii| (ii.to_token_stream(), owner.clone())),
                            );
                        }
                        _ => pieces.push((item.to_token_stream(), None)),
                    }
                }
            }
            None => pieces.push((ts, None)),
        }
        for (p, owner) in pieces {
            let this = owner.as_ref().map(|o| SelfType {
                name: o,
                fields: fields.get(o),
            });
            let r = Refs::within(p, false, this.as_ref(), &types);
            if is_test(&f.path) {
                test_roots.push(r);
            } else {
                driver_roots.push(r);
            }
        }
    }
    for (k, ast) in parsed.iter().enumerate() {
        let lines = Lines::new(&files[runtime[k]].contents);
        let scope = c.units.iter().map(|u| u.scope + 1).max().unwrap_or(0);
        units(k, scope, &lines, &ast.items, &fields, &types, &mut c.units);
        collect_aliases(&ast.items, &mut c.aliases);
    }
    c.free = c
        .units
        .iter()
        .filter(|u| matches!(u.kind, Kind::Free { .. }))
        .map(|u| u.name.clone())
        .collect();
    let driver: Vec<&Refs> = driver_roots.iter().collect();
    let all: Vec<&Refs> = driver_roots.iter().chain(&test_roots).collect();
    let live_driver = c.reach(&driver);
    let live_all = c.reach(&all);
    for (k, &fi) in runtime.iter().enumerate() {
        let text = &files[fi].contents;
        let lines = Lines::new(text);
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        // What the kept code of one module body uses (a private import's users).
        let scope_used = |scope: usize, live: &[bool]| {
            let mut u = Used::default();
            for (i, unit) in c.units.iter().enumerate() {
                if unit.scope == scope && live[i] {
                    u.add(&unit.refs);
                }
            }
            u
        };
        // What kept code uses outside this file, in files that do not declare the name
        // themselves (a re-export's users), and the glue.
        let elsewhere = |live: &[bool], roots: &[&Refs]| {
            let mut u = Used::default();
            for r in roots {
                u.add(r);
            }
            for (i, unit) in c.units.iter().enumerate() {
                if unit.file != k && live[i] {
                    let mut r = unit.refs.clone();
                    r.idents.retain(|n| {
                        !c.units.iter().any(|d| {
                            d.file == unit.file
                                && d.name == *n
                                && matches!(d.kind, Kind::Free { .. })
                        })
                    });
                    u.add(&r);
                }
            }
            u
        };
        let (global_driver, global_all) =
            (elsewhere(&live_driver, &driver), elsewhere(&live_all, &all));
        for (i, u) in c.units.iter().enumerate() {
            if u.file != k {
                continue;
            }
            // A part of a removed or gated impl or enum goes with it.
            if let Some(p) = u.parent {
                if !live_all[p] || !live_driver[p] {
                    continue;
                }
            }
            if u.kind == Kind::Use {
                let Some(item) = &u.use_item else { continue };
                let mut ls = Vec::new();
                leaves("", &item.tree, &mut ls);
                let private = matches!(item.vis, syn::Visibility::Inherited);
                let module = module_of(&files[fi].path);
                let keep = |bound: &Option<String>, file: &Used, global: &Used, live: &[bool]| {
                    let Some(b) = bound else { return true };
                    // A re-export: kept too when a path through this module names it.
                    let via = (module.to_string(), b.clone());
                    if !private
                        && global.idents.contains(b)
                        && paths.iter().any(|(f, set)| *f != fi && set.contains(&via))
                    {
                        return true;
                    }
                    let used = file;
                    if used.idents.contains(b) {
                        return true;
                    }
                    // A trait imported for its methods.
                    c.units.iter().enumerate().any(|(j, t)| {
                        live[j]
                            && t.name == *b
                            && match &t.kind {
                                Kind::Free {
                                    trait_methods: Some(ms),
                                } => ms.iter().any(|m| {
                                    // A method call, or a path through a type of the runtime
                                    // (through a generic parameter, the bound brings it).
                                    used.dotted.contains(m)
                                        || used.pairs.iter().any(|(x, n)| n == m && !generic(x))
                                }),
                                _ => false,
                            }
                    })
                };
                let mut both = Vec::new();
                let mut test_only = Vec::new();
                let (used_driver, used_all) = (
                    scope_used(u.scope, &live_driver),
                    scope_used(u.scope, &live_all),
                );
                for (path, bound) in &ls {
                    if keep(bound, &used_driver, &global_driver, &live_driver) {
                        both.push(path.clone());
                    } else if keep(bound, &used_all, &global_all, &live_all) {
                        test_only.push(path.clone());
                    }
                }
                let had_allow = item.attrs.iter().any(|a| {
                    a.to_token_stream().to_string().replace(' ', "") == "#[allow(unused_imports)]"
                });
                if both.len() == ls.len() && !had_allow {
                    continue;
                }
                let vis = item.vis.to_token_stream().to_string().replace(' ', "");
                let attrs = kept_attrs(&lines, &item.attrs);
                let mut new = String::new();
                if !both.is_empty() {
                    new.push_str(&attrs);
                    new.push_str(&use_text(&vis, &both));
                }
                if !test_only.is_empty() {
                    new.push_str(&attrs);
                    new.push_str(&format!("#[cfg({TEST_CFG})]\n"));
                    new.push_str(&use_text(&vis, &test_only));
                }
                let (s, e) = widen(text, u.range);
                edits.push((s, e, new));
                continue;
            }
            // An enum that stays keeps its variants when no code names any of them (it stays
            // for a signature that names it; an enum without variants cannot be `repr`).
            let orphan = matches!(u.kind, Kind::Variant { .. })
                && !c
                    .units
                    .iter()
                    .enumerate()
                    .any(|(j, v)| v.parent == u.parent && live_all[j]);
            if orphan {
                continue;
            }
            if !live_all[i] {
                let (s, e) = widen(text, u.range);
                edits.push((s, e, String::new()));
            } else if !live_driver[i] {
                edits.push((u.range.0, u.range.0, format!("#[cfg({TEST_CFG})]\n")));
            } else if matches!(u.kind, Kind::Inherent { .. }) {
                // An impl none of whose items is kept goes.
                let kids: Vec<usize> = (0..c.units.len())
                    .filter(|&j| c.units[j].parent == Some(i))
                    .collect();
                if !kids.is_empty() && kids.iter().all(|&j| !live_all[j]) {
                    let (s, e) = widen(text, u.range);
                    edits.push((s, e, String::new()));
                }
            }
        }
        // Edits inside a removed range go (an impl removed whole).
        edits.sort_by_key(|e| (e.0, std::cmp::Reverse(e.1)));
        let mut out = String::new();
        let mut at = 0;
        for (s, e, new) in edits {
            if s < at {
                continue;
            }
            out.push_str(&text[at..s]);
            out.push_str(&new);
            at = e;
        }
        out.push_str(&text[at..]);
        files[fi].contents = crate_visible(&out)?;
    }
    Ok(())
}

/// The fields of the runtime's and the glue's structs whose type the pass can tell (so
/// `self.field.name` names an item of that type, or none of the runtime's): struct -> field ->
/// type.
type Fields = BTreeMap<String, BTreeMap<String, String>>;

/// The structs and enums of `items`, and the types with a `Deref` impl.
fn collect_types(items: &[syn::Item], types: &mut BTreeSet<String>, deref: &mut BTreeSet<String>) {
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
fn collect_fields(items: &[syn::Item], types: &Types, out: &mut Fields) {
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

/// The `(module, name)` pairs of paths through a module in `tokens` (`m::Name`,
/// `m::{A, b::C}`: `(m, Name)`, `(m, A)`, `(m, b)`, `(b, C)`).
fn through(tokens: TokenStream, out: &mut BTreeSet<(String, String)>) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, tt) in tts.iter().enumerate() {
        let TokenTree::Group(g) = tt else {
            if let (TokenTree::Ident(m), Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) =
                (tt, tts.get(i + 1), tts.get(i + 2))
            {
                if a.as_char() == ':' && b.as_char() == ':' {
                    match tts.get(i + 3) {
                        Some(TokenTree::Ident(n)) => {
                            out.insert((m.to_string(), n.to_string()));
                        }
                        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                            for t in g.stream() {
                                if let TokenTree::Ident(n) = t {
                                    out.insert((m.to_string(), n.to_string()));
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            continue;
        };
        through(g.stream(), out);
    }
}

/// Whether `x` names a generic parameter (`T`, `H`): a path through it finds the methods of
/// its bounds without an import.
fn generic(x: &str) -> bool {
    x.len() == 1 && x.chars().all(|c| c.is_ascii_uppercase())
}

/// The module a runtime file is (`.../cmdq.rs`: `cmdq`; `.../queue/mod.rs`: `queue`).
fn module_of(path: &str) -> &str {
    let p = path.trim_end_matches(".rs");
    let p = p.strip_suffix("/mod").unwrap_or(p);
    p.rsplit('/').next().unwrap_or(p)
}

/// The payload types of the one-field tuple variants of `items`' enums.
fn collect_payloads(items: &[syn::Item], out: &mut BTreeMap<(String, String), String>) {
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

/// Type aliases of `items`: alias -> the names of the types it may stand for.
fn collect_aliases(items: &[syn::Item], out: &mut BTreeMap<String, Vec<String>>) {
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

/// `text` with every `pub` visibility as `pub(crate)`.
fn crate_visible(text: &str) -> Result<String, CodegenError> {
    let ts: TokenStream = text
        .parse()
        .map_err(|e| CodegenError(format!("the pruned runtime does not lex: {e}")))?;
    let lines = Lines::new(text);
    let mut at = Vec::new();
    fn walk(ts: TokenStream, lines: &Lines<'_>, at: &mut Vec<usize>) {
        let tts: Vec<TokenTree> = ts.into_iter().collect();
        for (i, tt) in tts.iter().enumerate() {
            match tt {
                TokenTree::Group(g) => walk(g.stream(), lines, at),
                TokenTree::Ident(id) if id == "pub" => {
                    let restricted = matches!(tts.get(i + 1), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis
                        && g.stream().into_iter().next().is_some_and(|t| matches!(&t, TokenTree::Ident(x) if x == "crate" || x == "super" || x == "self" || x == "in")));
                    if !restricted {
                        at.push(lines.offset(id.span().end()));
                    }
                }
                _ => {}
            }
        }
    }
    walk(ts, &lines, &mut at);
    at.sort_unstable();
    let mut out = String::with_capacity(text.len() + at.len() * 7);
    let mut prev = 0;
    for a in at {
        out.push_str(&text[prev..a]);
        out.push_str("(crate)");
        prev = a;
    }
    out.push_str(&text[prev..]);
    Ok(out)
}

#[cfg(test)]
mod tests;
