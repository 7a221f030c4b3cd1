//! `let (a, b, mut c) = (x, y.f, z.g()?);`: each name of a tuple pattern takes the type of the
//! tuple expression's element at its place, as a `let` of its own would.

use super::*;

/// Binds the names of the tuple pattern `tts[at]` (after `let`) to the types of the elements of
/// the tuple expression after its `=`; `false` (nothing bound) when the statement has not that
/// shape.
pub(super) fn tuple_let(
    tts: &[TokenTree],
    at: usize,
    types: &Types,
    this: Option<&str>,
    vars: &mut Vars,
) -> bool {
    let (Some(TokenTree::Group(pat)), Some(TokenTree::Punct(eq)), Some(TokenTree::Group(expr))) =
        (tts.get(at), tts.get(at + 1), tts.get(at + 2))
    else {
        return false;
    };
    let end = matches!(tts.get(at + 3), Some(TokenTree::Punct(p)) if p.as_char() == ';');
    if pat.delimiter() != Delimiter::Parenthesis
        || expr.delimiter() != Delimiter::Parenthesis
        || eq.as_char() != '='
        || eq.spacing() != Spacing::Alone
        || !end
    {
        return false;
    }
    let (names, elems) = (split_commas(pat.stream()), split_commas(expr.stream()));
    if names.len() != elems.len() || names.len() < 2 {
        return false;
    }
    // Each name a plain binding (`a`, `mut a`).
    let mut bound = Vec::new();
    for n in &names {
        match n.as_slice() {
            [TokenTree::Ident(x)] | [TokenTree::Ident(_), TokenTree::Ident(x)]
                if n.len() == 1 || n[0].to_string() == "mut" =>
            {
                bound.push(x.to_string());
            }
            _ => return false,
        }
    }
    let self_type = this.map(|name| SelfType {
        name,
        fields: types.fields.get(name),
    });
    let env = Env {
        this: self_type.as_ref(),
        vars: vars.clone(),
        types,
    };
    let mut typed = Vec::new();
    for e in elems {
        // The element as a receiver: its tokens and a `.` after them.
        let mut v = e;
        v.push(TokenTree::Punct(proc_macro2::Punct::new(
            '.',
            Spacing::Alone,
        )));
        let ty = match receiver(&v, v.len() - 1, &env).as_deref() {
            Some([t]) => Some(t.clone()),
            _ => None,
        };
        typed.push(ty);
    }
    for (name, ty) in bound.iter().zip(typed) {
        bind(vars, name, ty);
    }
    true
}

/// The top-level comma-separated parts of `tokens` (a trailing comma ends the last).
fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut out: Vec<Vec<TokenTree>> = vec![Vec::new()];
    let mut depth = 0i32;
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    for (k, t) in tts.iter().enumerate() {
        if let TokenTree::Punct(p) = t {
            let arrow = k > 0
                && matches!(&tts[k - 1], TokenTree::Punct(q) if q.as_char() == '-' || q.as_char() == '=');
            match p.as_char() {
                '<' => depth += 1,
                '>' if !arrow => depth -= 1,
                ',' if depth == 0 => {
                    out.push(Vec::new());
                    continue;
                }
                _ => {}
            }
        }
        out.last_mut().expect("one part at least").push(t.clone());
    }
    if out.last().is_some_and(Vec::is_empty) {
        out.pop();
    }
    out
}
