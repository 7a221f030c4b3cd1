//! Small questions the pass asks of names and items: which module a path in a file resolves
//! to, what a file imports or declares, which modules there are and how they are renamed.

use super::*;

/// The type whose impl the unit `i` is part of (through its parents).
pub(super) fn unit_owner(units: &[Unit], mut i: usize) -> Option<String> {
    loop {
        match &units[i].kind {
            Kind::Assoc { owner, .. } | Kind::Inherent { owner } => return Some(owner.clone()),
            Kind::TraitImpl { ty, .. } => return ty.clone(),
            _ => i = units[i].parent?,
        }
    }
}

/// The name a free item declares.
pub(super) fn free_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
        syn::Item::Const(c) => Some(c.ident.to_string()),
        syn::Item::Static(s) => Some(s.ident.to_string()),
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Union(u) => Some(u.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        syn::Item::Trait(t) => Some(t.ident.to_string()),
        _ => None,
    }
    .filter(|n| n != "_")
}

/// Whether an import's tree starts inside the crate (`crate::`, `super::`, `self::`, a module
/// of the runtime's).
pub(super) fn local_use(tree: &syn::UseTree, modules: &BTreeSet<String>) -> bool {
    match tree {
        syn::UseTree::Path(p) => modules.contains(&p.ident.to_string()),
        syn::UseTree::Group(g) => g.items.iter().any(|t| local_use(t, modules)),
        _ => false,
    }
}

/// The modules `tokens` imports under another (lowercase) name: `use ..::vmsav8_64_stage1 as
/// s1` (alias -> module), into `out`.
pub(super) fn module_renames(tokens: TokenStream, out: &mut BTreeMap<String, String>) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, t) in tts.iter().enumerate() {
        match t {
            TokenTree::Group(g) => module_renames(g.stream(), out),
            TokenTree::Ident(x) if x == "as" && i >= 1 => {
                if let (TokenTree::Ident(from), Some(TokenTree::Ident(to))) =
                    (&tts[i - 1], tts.get(i + 1))
                {
                    let (from, to) = (from.to_string(), to.to_string());
                    let ends = matches!(tts.get(i + 2), None | Some(TokenTree::Punct(_)));
                    let module = |n: &str| n.starts_with(|c: char| c.is_ascii_lowercase());
                    if ends && module(&from) && module(&to) && from != "self" {
                        out.insert(to, from);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The names `tokens` (of the runtime when `runtime`) declares modules under (`mod x`) or
/// renames to a lowercase name (`use a::b as x`), into `out`.
pub(super) fn module_words(tokens: TokenStream, runtime: bool, out: &mut BTreeSet<String>) {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let word = |k: usize| match tts.get(k) {
        Some(TokenTree::Ident(x)) => Some(x.to_string()),
        _ => None,
    };
    for (i, t) in tts.iter().enumerate() {
        let TokenTree::Ident(x) = t else {
            if let TokenTree::Group(g) = t {
                module_words(g.stream(), runtime, out);
            }
            continue;
        };
        let x = x.to_string();
        let prev = i.checked_sub(1).and_then(word);
        // A rename ends a use tree (`as x;`, `as x,`, `as x}`); a cast is to a primitive.
        let ends = match tts.get(i + 1) {
            None => true,
            Some(TokenTree::Punct(p)) => p.as_char() == ';' || p.as_char() == ',',
            _ => false,
        };
        let primitive = x.starts_with("c_")
            || [
                "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
            ]
            .contains(&x.as_str())
            || ["isize", "f32", "f64", "bool", "char"].contains(&x.as_str());
        let rename = prev.as_deref() == Some("as")
            && ends
            && !primitive
            && x.starts_with(|c: char| c.is_ascii_lowercase());
        if (runtime && prev.as_deref() == Some("mod")) || rename {
            out.insert(x);
        }
    }
}

/// The segments of `path`, imported in the file `file`, with a leading `self` or `super`
/// chain replaced by the module it names (`super::support::X` in `spec/cmdq.rs` is
/// `spec::support::X`).
pub(super) fn resolve_relative(file: &str, path: &str) -> Vec<String> {
    let rel = file.strip_prefix(RUNTIME_DIR).unwrap_or(file);
    let rel = rel.trim_end_matches(".rs");
    let rel = rel.strip_suffix("/mod").unwrap_or(rel);
    let mut module: Vec<&str> = std::iter::once("runtime")
        .chain(rel.split('/').filter(|s| *s != "mod"))
        .collect();
    let segs: Vec<&str> = path.split("::").collect();
    let mut at = 0;
    while let Some(&s) = segs.get(at) {
        match s {
            "self" if at == 0 => {}
            "super" => {
                module.pop();
            }
            _ => break,
        }
        at += 1;
    }
    let mut out = Vec::new();
    if at > 0 {
        out.extend(module.last().map(|m| m.to_string()));
    }
    out.extend(segs[at..].iter().map(|s| s.to_string()));
    out
}
