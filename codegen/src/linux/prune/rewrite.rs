//! The text edits of the pass: imports rebuilt from their kept leaves, removed ranges widened to
//! whole lines with their comments, `pub` made `pub(crate)`.

use super::*;

/// The leaves of an import, each with its path (`a::b::C`, `a::*`) and the name it binds
/// (`None` for a glob).
pub(super) fn leaves(prefix: &str, tree: &syn::UseTree, out: &mut Vec<(String, Option<String>)>) {
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
pub(super) fn use_text(vis: &str, paths: &[String]) -> String {
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
pub(super) fn kept_attrs(lines: &Lines<'_>, attrs: &[syn::Attribute]) -> String {
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
pub(super) fn widen(text: &str, (mut start, mut end): (usize, usize)) -> (usize, usize) {
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

/// The `(module, name)` pairs of paths through a module in `tokens` (`m::Name`,
/// `m::{A, b::C}`: `(m, Name)`, `(m, A)`, `(m, b)`, `(b, C)`).
pub(super) fn through(tokens: TokenStream, out: &mut BTreeSet<(String, String)>) {
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

/// The module a runtime file is (`.../cmdq.rs`: `cmdq`; `.../queue/mod.rs`: `queue`).
pub(super) fn module_of(path: &str) -> &str {
    let p = path.trim_end_matches(".rs");
    let p = p.strip_suffix("/mod").unwrap_or(p);
    p.rsplit('/').next().unwrap_or(p)
}

/// `text` with every `pub` visibility as `pub(crate)`.
pub(super) fn crate_visible(text: &str) -> Result<String, CodegenError> {
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
