//! What the pass gathers from the items of the runtime and the glue before it scans any code:
//! the structs and enums, their fields, variants' payloads, what functions return, constants'
//! types, what fields and signatures mention, the expandable macros.

use super::*;

/// The fields of the runtime's and the glue's structs whose type the pass can tell (so
/// `self.field.name` names an item of that type, or none of the runtime's): struct -> field ->
/// type.
pub(super) type Fields = BTreeMap<String, BTreeMap<String, String>>;

/// The structs and enums of `items`, and the types with a `Deref` impl.
pub(super) fn collect_types(
    items: &[syn::Item],
    types: &mut BTreeSet<String>,
    deref: &mut BTreeSet<String>,
) {
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
                // A `Deref` to an array or a slice adds no method of the runtime's.
                let to_slice = i.items.iter().any(|ii| {
                    matches!(ii, syn::ImplItem::Type(t) if t.ident == "Target"
                        && matches!(t.ty, syn::Type::Slice(_) | syn::Type::Array(_)))
                });
                if tr.is_some_and(|t| t.ident == "Deref") && !to_slice {
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
pub(super) fn collect_fields(items: &[syn::Item], types: &Types, out: &mut Fields) {
    for item in items {
        match item {
            syn::Item::Struct(s) => {
                for (k, f) in s.fields.iter().enumerate() {
                    let tts: Vec<TokenTree> = f.ty.to_token_stream().into_iter().collect();
                    let Some(ty) = types.resolve(binding_type(&tts, 0)) else {
                        continue;
                    };
                    // A tuple struct's fields by index (`self.0`).
                    let name = f
                        .ident
                        .as_ref()
                        .map_or_else(|| k.to_string(), ToString::to_string);
                    out.entry(s.ident.to_string()).or_default().insert(name, ty);
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

/// The runtime's types the methods of `items`' inherent impls return (see
/// [`Types::returns`]); `None` where two impls of one type name disagree.
pub(super) fn collect_returns(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<(String, String), Option<String>>,
) {
    for item in items {
        match item {
            syn::Item::Impl(imp) if imp.trait_.is_none() => {
                let Some(owner) = type_name(&imp.self_ty) else {
                    continue;
                };
                for ii in &imp.items {
                    let syn::ImplItem::Fn(f) = ii else { continue };
                    if f.sig.receiver().is_none() {
                        continue;
                    }
                    if matches!(f.sig.output, syn::ReturnType::Default) {
                        continue;
                    }
                    let t = returned(&f.sig.output, Some(&owner), types);
                    agree(out, (owner.clone(), f.sig.ident.to_string()), t);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_returns(items, types, out);
                }
            }
            _ => {}
        }
    }
}

/// Records that `key` gives the type `t`: `None` (unknown) once two of its kind disagree or
/// one gives no type of the runtime's.
fn agree<K: Ord>(out: &mut BTreeMap<K, Option<String>>, key: K, t: Option<String>) {
    match (out.get(&key), t) {
        (None, Some(t)) => {
            out.insert(key, Some(t));
        }
        (Some(Some(old)), Some(t)) if *old == t => {}
        _ => {
            out.insert(key, None);
        }
    }
}

/// The runtime's types the free functions of `items` return (see [`Types::free_returns`]);
/// `None` where two functions of one name disagree.
pub(super) fn collect_free_returns(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<String, Option<String>>,
) {
    for item in items {
        match item {
            syn::Item::Fn(f) => {
                let t = returned(&f.sig.output, None, types);
                agree(out, f.sig.ident.to_string(), t);
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_free_returns(items, types, out);
                }
            }
            _ => {}
        }
    }
}

/// The runtime's type a function's `output` names (through `Result` and `Option`), `Self`
/// being `owner`.
fn returned(output: &syn::ReturnType, owner: Option<&str>, types: &Types) -> Option<String> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let tts: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
    let wrapped = matches!(tts.first(), Some(TokenTree::Ident(x)) if x == "Result" || x == "Option")
        && matches!(tts.get(1), Some(TokenTree::Punct(p)) if p.as_char() == '<');
    let at = if wrapped { 2 } else { 0 };
    match tts.get(at) {
        Some(TokenTree::Ident(x)) if x == "Self" => owner.map(str::to_string),
        _ => types.resolve(binding_type(&tts, at)),
    }
    .filter(|t| types.known.contains(t))
}

/// The types the type tokens `ty` mention: the runtime's (through aliases), the glue's structs.
pub(super) fn mentions(ty: TokenStream, types: &Types, out: &mut BTreeSet<String>) {
    for t in ty {
        match t {
            TokenTree::Group(g) => mentions(g.stream(), types, out),
            TokenTree::Ident(x) => out.extend(types.held_type(&x.to_string())),
            _ => {}
        }
    }
}

/// What the fields and the functions' return types of `items` mention (see
/// [`Types::field_mentions`], [`Types::return_mentions`]).
pub(super) fn collect_mentions(
    items: &[syn::Item],
    types: &Types,
    fields: &mut BTreeMap<String, Vec<(String, BTreeSet<String>)>>,
    returns: &mut BTreeMap<String, BTreeSet<String>>,
) {
    // The whole signature: what a closure argument receives is among its parameters' types.
    fn ret(
        returns: &mut BTreeMap<String, BTreeSet<String>>,
        types: &Types,
        name: &syn::Ident,
        sig: &syn::Signature,
    ) {
        let set = returns.entry(name.to_string()).or_default();
        mentions(sig.inputs.to_token_stream(), types, set);
        mentions(sig.output.to_token_stream(), types, set);
    }
    for item in items {
        match item {
            syn::Item::Struct(st) => {
                for f in &st.fields {
                    if let Some(name) = &f.ident {
                        let mut set = BTreeSet::new();
                        mentions(f.ty.to_token_stream(), types, &mut set);
                        fields
                            .entry(name.to_string())
                            .or_default()
                            .push((st.ident.to_string(), set));
                    }
                }
            }
            syn::Item::Fn(f) => ret(returns, types, &f.sig.ident, &f.sig),
            syn::Item::Impl(imp) => {
                for ii in &imp.items {
                    if let syn::ImplItem::Fn(f) = ii {
                        ret(returns, types, &f.sig.ident, &f.sig);
                    }
                }
            }
            syn::Item::Trait(t) => {
                for ti in &t.items {
                    if let syn::TraitItem::Fn(f) = ti {
                        ret(returns, types, &f.sig.ident, &f.sig);
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_mentions(items, types, fields, returns);
                }
            }
            _ => {}
        }
    }
}

/// The declared types of the constants and statics of `items` (see [`Types::consts`]).
pub(super) fn collect_consts(
    items: &[syn::Item],
    types: &Types,
    out: &mut BTreeMap<String, String>,
) {
    for item in items {
        let (name, ty) = match item {
            syn::Item::Const(c) => (&c.ident, &c.ty),
            syn::Item::Static(s) => (&s.ident, &s.ty),
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_consts(items, types, out);
                }
                continue;
            }
            _ => continue,
        };
        let tts: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
        if let Some(t) = types.resolve(binding_type(&tts, 0)) {
            out.insert(name.to_string(), t);
        }
    }
}

/// The expandable `macro_rules!` of `items` (see [`Macro`]).
pub(super) fn collect_macros(items: &[syn::Item], out: &mut BTreeMap<String, Macro>) {
    for item in items {
        match item {
            syn::Item::Macro(m) => {
                if let (Some(name), Some(mac)) = (&m.ident, Macro::of(m)) {
                    out.insert(name.to_string(), mac);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect_macros(items, out);
                }
            }
            _ => {}
        }
    }
}

/// The payload types of the one-field tuple variants of `items`' enums.
pub(super) fn collect_payloads(items: &[syn::Item], out: &mut BTreeMap<(String, String), String>) {
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
