//! Calls of the runtime's generic free functions that return one of their type parameters
//! (`fn read<H: Hal, R: Readable>(hal: &H) -> R`): with a turbofish, `read::<H, cqcsr>(hal)`
//! has the type given for that parameter, so a method called on it is typed.

use super::*;

/// The free functions of `items` whose return type is one of their type parameters (through
/// `Result` and `Option`): name -> the parameter's place among the turbofish's (lifetimes do
/// not count); `None` for a name two functions with different places share.
pub(super) fn collect_generic_returns(
    items: &[syn::Item],
    out: &mut BTreeMap<String, Option<usize>>,
) {
    for item in items {
        match item {
            syn::Item::Fn(f) => {
                let at = generic_return(&f.sig);
                let key = f.sig.ident.to_string();
                match out.get(&key) {
                    None => {
                        out.insert(key, at);
                    }
                    Some(old) if *old == at => {}
                    Some(_) => {
                        out.insert(key, None);
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_generic_returns(items, out);
                }
            }
            _ => {}
        }
    }
}

/// The place of the type parameter `sig` returns, if it returns one.
fn generic_return(sig: &syn::Signature) -> Option<usize> {
    let syn::ReturnType::Type(_, ty) = &sig.output else {
        return None;
    };
    let tts: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
    let wrapped = matches!(tts.first(), Some(TokenTree::Ident(x)) if x == "Result" || x == "Option")
        && matches!(tts.get(1), Some(TokenTree::Punct(p)) if p.as_char() == '<');
    let name = match (wrapped, tts.as_slice()) {
        (false, [TokenTree::Ident(x)]) => x.to_string(),
        (true, [_, _, TokenTree::Ident(x), TokenTree::Punct(p), ..])
            if p.as_char() == '>' || p.as_char() == ',' =>
        {
            x.to_string()
        }
        _ => return None,
    };
    sig.generics
        .params
        .iter()
        .filter(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
        .position(|p| match p {
            syn::GenericParam::Type(t) => t.ident == name,
            _ => false,
        })
}

/// The type of the call whose argument group is `tts[group]` when it is `f::<..>(..)` of a
/// function of [`collect_generic_returns`]: the resolved type of the turbofish's argument at
/// that function's place (`None` when it is not such a call or tells nothing).
pub(super) fn turbofish_call(tts: &[TokenTree], group: usize, types: &Types) -> Option<String> {
    let punct =
        |k: usize, c: char| matches!(tts.get(k), Some(TokenTree::Punct(p)) if p.as_char() == c);
    let close = group.checked_sub(1)?;
    if !punct(close, '>') {
        return None;
    }
    // The matching `<`.
    let mut depth = 0i32;
    let mut open = close;
    loop {
        if punct(open, '>') && !(open > 0 && punct(open - 1, '-')) {
            depth += 1;
        } else if punct(open, '<') {
            depth -= 1;
            if depth == 0 {
                break;
            }
        }
        open = open.checked_sub(1)?;
    }
    let colons = open.checked_sub(2)?;
    if !punct(colons, ':') || !punct(colons + 1, ':') {
        return None;
    }
    let f = match tts.get(colons.checked_sub(1)?) {
        Some(TokenTree::Ident(f)) => f.to_string(),
        _ => return None,
    };
    // A method's turbofish is not a free function's.
    if colons >= 2 && punct(colons - 2, '.') {
        return None;
    }
    let place = (*types.generic_returns.get(&f)?)?;
    // The turbofish's arguments, split at its top-level commas.
    let mut args: Vec<Vec<TokenTree>> = vec![Vec::new()];
    let mut depth = 0i32;
    for (k, t) in tts.iter().enumerate().take(close).skip(open + 1) {
        if punct(k, '<') {
            depth += 1;
        } else if punct(k, '>') && !punct(k - 1, '-') {
            depth -= 1;
        } else if punct(k, ',') && depth == 0 {
            args.push(Vec::new());
            continue;
        }
        args.last_mut()?.push(t.clone());
    }
    let arg = args.get(place)?;
    types.resolve(binding_type(arg, 0))
}
