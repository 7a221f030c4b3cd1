//! The type of a receiver where the syntax tells it: a binding of known type, a constructor
//! chain, what a method or function returns, a field's, a constant's; and the parameter of an
//! `Option` or `Result` combinator's closure, typed from its receiver.

use super::*;

/// The types the receiver of the method call or field whose `.` is `tts[dot]` may have, when
/// the pass can tell: a local binding of known type, or a constructor chain
/// (`Type::new().with_a(x)?.with_b(y)`).
pub(super) fn receiver(tts: &[TokenTree], mut dot: usize, env: &Env<'_>) -> Option<Vec<String>> {
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
                let Some(f) = j.checked_sub(1).and_then(ident) else {
                    // `read::<H, cqcsr>(hal)`: the type given for the parameter it returns.
                    if let Some(t) = turbofish_call(tts, j, env.types) {
                        return Some(vec![t]);
                    }
                    // `(a..b)`: a range.
                    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                    let range = inner.windows(2).any(|w| {
                        matches!((&w[0], &w[1]), (TokenTree::Punct(a), TokenTree::Punct(b))
                            if a.as_char() == '.' && a.spacing() == Spacing::Joint && b.as_char() == '.')
                    });
                    return range.then(|| vec![FOREIGN.to_string()]);
                };
                let Some(k) = j.checked_sub(2) else {
                    return called(&f, env);
                };
                if punct(k, '.') && f.starts_with("with_") {
                    dot = k;
                    continue;
                }
                // `recv.method(..)`: what the method returns, when the receiver's type is known.
                if punct(k, '.') {
                    let tys = receiver(tts, k, env)?;
                    return tys
                        .iter()
                        .map(|t| {
                            env.types
                                .returns
                                .get(&(t.clone(), f.clone()))
                                .cloned()
                                .or_else(|| TRANSPARENT.contains(&f.as_str()).then(|| t.clone()))
                                .or_else(|| foreign_iter(t, &f, env.types))
                        })
                        .collect();
                }
                if punct(k, ':') && punct(k.checked_sub(1)?, ':') {
                    let before = k.checked_sub(2)?;
                    // `<T>::new(..)`.
                    let t = match ident(before) {
                        Some(t) => t,
                        None if punct(before, '>') => qualified_owner(tts, before),
                        None => return None,
                    };
                    let t = if t == "Self" {
                        env.this?.name.to_string()
                    } else {
                        t
                    };
                    // `path::Type(..)` a tuple struct, `Enum::Variant(..)` a variant.
                    if f.starts_with(|c: char| c.is_ascii_uppercase()) {
                        if env.types.known.contains(&f) {
                            return Some(vec![f]);
                        }
                        return env.types.known.contains(&t).then(|| vec![t]);
                    }
                    let ctor = f == "new" || f == "default" || f.starts_with("from");
                    if ctor && env.types.known.contains(&t) {
                        return Some(vec![t]);
                    }
                    // A constructor of a type that is not the runtime's (`KVec::with_capacity`):
                    // its methods are not the runtime's either.
                    let foreign = !env.types.known.contains(&t)
                        && !env.types.aliases.contains_key(&t)
                        && !generic(&t)
                        && t != "Self"
                        && t.starts_with(|c: char| c.is_ascii_uppercase());
                    let alloc = ctor
                        || f == "try_new"
                        || f == "with_capacity"
                        || f == "try_with_capacity"
                        || f == "zeroed";
                    return (foreign && alloc).then(|| vec![FOREIGN.to_string()]);
                }
                // `f(..)`: what the runtime's free function returns.
                if !punct(k, ':') && !punct(k, '$') {
                    return called(&f, env);
                }
                return None;
            }
            // `recv.0`: a tuple struct's field.
            TokenTree::Literal(l) if j >= 1 && punct(j - 1, '.') => {
                let owners = receiver(tts, j - 1, env)?;
                let field = l.to_string();
                return owners
                    .iter()
                    .map(|o| env.types.fields.get(o)?.get(&field).cloned())
                    .collect();
            }
            TokenTree::Ident(x) => {
                // `recv.field`: the field's declared type, when the receiver's is known; a
                // path (`a::b.name`) names a constant; a single `:` is a field's key
                // (`S { a: x.name() }`).
                if j >= 1 && punct(j - 1, '.') && !(j >= 2 && punct(j - 2, '.')) {
                    let owners = receiver(tts, j - 1, env)?;
                    let field = x.to_string();
                    return owners
                        .iter()
                        .map(|o| {
                            if o == FOREIGN {
                                return Some(FOREIGN.to_string());
                            }
                            env.types.fields.get(o)?.get(&field).cloned()
                        })
                        .collect();
                }
                // `F::GRANULES`: the type its trait declares.
                if let Some(t) = generic_const(tts, j, env.types) {
                    return Some(vec![t]);
                }
                // `module::CONST.name`: the constant's declared type.
                if j >= 2 && punct(j - 1, ':') && punct(j - 2, ':') {
                    return env
                        .types
                        .consts
                        .get(&x.to_string())
                        .map(|t| vec![t.clone()]);
                }
                if j >= 1 && (punct(j - 1, '.') || punct(j - 1, '$')) {
                    return None;
                }
                if x == "self" {
                    return env.this.map(|t| vec![t.name.to_string()]);
                }
                let x = x.to_string();
                if !env.vars.contains_key(&x) {
                    return env.types.consts.get(&x).map(|t| vec![t.clone()]);
                }
                return env
                    .vars
                    .get(&x)?
                    .as_ref()
                    .map(|s| s.iter().cloned().collect());
            }
            _ => return None,
        }
    }
}

/// The methods of `Option` and `Result` whose closure takes the value they hold.
const COMBINATORS: &[&str] = &[
    "and_then",
    "map",
    "filter",
    "inspect",
    "is_some_and",
    "is_none_or",
    "is_ok_and",
];

/// For the group `tts[at]`, the argument list of `recv.and_then(|x| ..)` (a method of
/// [`COMBINATORS`] with a closure of one named parameter, `&x` too) on a receiver the pass
/// types as the runtime's (through `Option` and `Result`): `x` and those types.
pub(super) fn closure_param(
    tts: &[TokenTree],
    at: usize,
    env: &Env<'_>,
) -> Option<(String, Vec<String>)> {
    let TokenTree::Group(g) = &tts[at] else {
        return None;
    };
    let dot = at.checked_sub(2)?;
    let method = matches!(&tts[at - 1], TokenTree::Ident(m) if COMBINATORS.contains(&m.to_string().as_str()));
    if g.delimiter() != Delimiter::Parenthesis
        || !method
        || !matches!(&tts[dot], TokenTree::Punct(p) if p.as_char() == '.')
    {
        return None;
    }
    let inner: Vec<TokenTree> = g.stream().into_iter().take(4).collect();
    let bar = |t: &TokenTree| matches!(t, TokenTree::Punct(p) if p.as_char() == '|');
    let name = match inner.as_slice() {
        [a, TokenTree::Ident(x), b, ..] if bar(a) && bar(b) => x.to_string(),
        [a, TokenTree::Punct(r), TokenTree::Ident(x), b]
            if bar(a) && bar(b) && r.as_char() == '&' =>
        {
            x.to_string()
        }
        _ => return None,
    };
    let tys = receiver(tts, dot, env)?;
    (!tys.is_empty() && tys.iter().all(|t| env.types.known.contains(t))).then_some((name, tys))
}

/// `recv.iter()` (and the like) on a type that is not the runtime's (`KVec`, a slice) is the
/// standard library's iterator: what is called on it (`find`, `map`) is no runtime method.
fn foreign_iter(t: &str, f: &str, types: &Types) -> Option<String> {
    let runtime =
        types.known.contains(t) || types.deref.contains(t) || generic(t) || t.contains("::");
    let iter = [
        "iter",
        "iter_mut",
        "into_iter",
        "chars",
        "bytes",
        "windows",
        "chunks",
    ]
    .contains(&f);
    (iter && !runtime).then(|| FOREIGN.to_string())
}

/// The type a call `f(..)` returns: a local closure's, or a free function's of the runtime.
fn called(f: &str, env: &Env<'_>) -> Option<Vec<String>> {
    match env.vars.get(&format!("{CALL}{f}")) {
        Some(t) => t.as_ref().map(|s| s.iter().cloned().collect()),
        None if env.vars.contains_key(f) => None,
        None => env.types.free_returns.get(f).map(|t| vec![t.clone()]),
    }
}
