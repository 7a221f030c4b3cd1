//! The declared types of the runtime's traits' consts: `F::GRANULES` on a generic parameter
//! `F` has the type its trait declares (`&'static [GranuleInfo]`, a slice: its methods are the
//! standard library's).

use super::*;

/// The consts the runtime's traits in `items` declare: name -> type (`None` for a name two
/// traits declare with different types).
pub(super) fn collect_trait_consts(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<String, Option<String>>,
) {
    for item in items {
        match item {
            syn::Item::Trait(t) => {
                for ti in &t.items {
                    let syn::TraitItem::Const(c) = ti else {
                        continue;
                    };
                    let tts: Vec<TokenTree> = c.ty.to_token_stream().into_iter().collect();
                    let ty = types.resolve(binding_type(&tts, 0));
                    let key = c.ident.to_string();
                    match out.get(&key) {
                        None => {
                            out.insert(key, ty);
                        }
                        Some(old) if *old == ty => {}
                        Some(_) => {
                            out.insert(key, None);
                        }
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_trait_consts(items, types, out);
                }
            }
            _ => {}
        }
    }
}

/// The type of `G::NAME` ending at `tts[at]` (`NAME`) when `G` is a generic parameter and a
/// runtime trait declares the const `NAME` (one type for every trait that does).
pub(super) fn generic_const(tts: &[TokenTree], at: usize, types: &Types) -> Option<String> {
    let punct =
        |k: usize, c: char| matches!(tts.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
    let (TokenTree::Ident(name), Some(TokenTree::Ident(g))) =
        (&tts[at], tts.get(at.checked_sub(3)?))
    else {
        return None;
    };
    if !punct(at - 1, ':') || !punct(at - 2, ':') || !generic(&g.to_string()) {
        return None;
    }
    // `a::G::NAME` is no generic parameter's.
    if at >= 4 && punct(at - 4, ':') {
        return None;
    }
    types.trait_consts.get(&name.to_string()).cloned().flatten()
}
