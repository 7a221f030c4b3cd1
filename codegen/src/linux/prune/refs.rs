//! What a stretch of code names: identifiers, `Type::name` paths and method calls, with the
//! receiver's type where the pass can tell it.

use super::*;

/// The names a stretch of code uses.
#[derive(Default, Clone)]
pub(super) struct Refs {
    /// Every identifier.
    pub(super) idents: Vec<String>,
    /// `X::name` paths (`X` is `*` for `$t::name` inside `macro_rules!`, which names any type's
    /// item, and for a name spliced into a macro's arguments).
    pub(super) pairs: Vec<(String, String)>,
    /// The identifiers (among `idents`) a path names through a runtime module: (module, name)
    /// for `m::name` (see [`scopes`]).
    pub(super) qualified: Vec<(String, String)>,
    /// Method calls and field accesses: `.name`.
    pub(super) dotted: Vec<String>,
    /// Fields read or written (`.name` not called).
    pub(super) accessed: Vec<String>,
    /// The names of local bindings (which may be destructured fields).
    pub(super) bound: Vec<String>,
    /// Fields touched: `.f` (read or assigned) and the fields a struct pattern names, with
    /// their struct where the pass can tell (`*` where it cannot).
    pub(super) touched: Vec<(String, String)>,
    /// Method calls on receivers the pass types: (type, method, number of arguments).
    pub(super) methods: Vec<(String, String, Option<usize>)>,
    /// Method calls on receivers the pass cannot type, with their number of arguments (`None`:
    /// any, for a name spliced into a macro).
    pub(super) calls: Vec<(String, Option<usize>)>,
}

impl Refs {
    pub(super) fn of(tokens: TokenStream, wildcard: bool, types: &Types) -> Refs {
        Refs::within(tokens, wildcard, None, types)
    }

    /// The names of code inside an impl of `this` (`Self::name` and `self.name` name its items,
    /// `self.field.name` an item of the field's type).
    pub(super) fn within(
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
        // A binding may be a destructured field (`let S { f, .. } = ..`): for what the code
        // holds, a field it reads.
        r.bound.extend(
            env.vars
                .keys()
                .filter(|n| n.starts_with(|c: char| c.is_ascii_lowercase()))
                .cloned(),
        );
        r
    }

    /// `wildcard`: in a `macro_rules!` body, where `$t::name` (or `<$t>::name`) names any type's
    /// item; `spliced`:
    /// in a macro's arguments, where a bare name may be spliced into a path or a method call.
    pub(super) fn scan(
        &mut self,
        tokens: TokenStream,
        wildcard: bool,
        spliced: bool,
        env: &Env<'_>,
    ) {
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
                    // A `macro_rules!` of the runtime the pass expands: its body as the caller
                    // passes it.
                    let expanded = env
                        .types
                        .macros
                        .get(&tts[i - 2].to_string())
                        .and_then(|m| m.expand(g.stream()));
                    match expanded {
                        Some(body) => {
                            // The expansion's own bindings over the caller's.
                            let mut own = Vars::new();
                            bindings(body.clone(), env.types, this.map(|t| t.name), &mut own);
                            let mut vars = env.vars.clone();
                            vars.extend(own);
                            let inner = Env {
                                this,
                                vars,
                                types: env.types,
                            };
                            self.scan(body, false, false, &inner);
                        }
                        None => self.scan(g.stream(), wildcard, true, env),
                    }
                }
                // `recv.and_then(|x| ..)` on an `Option` or `Result` of a runtime type: `x` has
                // that type in the closure (whatever the name means elsewhere in the item).
                TokenTree::Group(g) if closure_param(&tts, i, env).is_some() => {
                    let Some((x, tys)) = closure_param(&tts, i, env) else {
                        continue;
                    };
                    let mut vars = env.vars.clone();
                    vars.insert(x, Some(tys.into_iter().collect()));
                    let inner = Env {
                        this,
                        vars,
                        types: env.types,
                    };
                    self.scan(g.stream(), wildcard, spliced, &inner)
                }
                TokenTree::Group(g) => {
                    if pattern_struct(&tts, i) {
                        let owner = match &tts[i - 1] {
                            TokenTree::Ident(x) if x == "Self" => this.map(|t| t.name.to_string()),
                            TokenTree::Ident(x) => Some(x.to_string()),
                            _ => None,
                        }
                        .and_then(|o| env.types.resolve(Some(o)))
                        .unwrap_or_else(|| "*".into());
                        self.touched
                            .extend(struct_keys(g).into_iter().map(|k| (owner.clone(), k)));
                    }
                    self.scan(g.stream(), wildcard, spliced, env)
                }
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
                    if !call
                        && punct(1).is_some_and(|(c, _)| c == '.')
                        && !punct(2).is_some_and(|(c, s)| c == '.' && s == Spacing::Joint)
                    {
                        self.accessed.push(name.clone());
                        // Whose field, where the receiver's type is known.
                        match receiver(&tts, i - 1, env) {
                            Some(tys) => self
                                .touched
                                .extend(tys.into_iter().map(|t| (t, name.clone()))),
                            None => self.touched.push(("*".into(), name.clone())),
                        }
                    }
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
                        let n = arity(tts.get(i + 1));
                        match (this, on_self, field) {
                            (Some(t), true, _) => {
                                self.methods.push((t.name.to_string(), name.clone(), n))
                            }
                            (_, _, Some(ty)) => self.methods.push((ty.clone(), name.clone(), n)),
                            _ => match receiver(&tts, i - 1, env) {
                                Some(tys) => {
                                    for t in tys {
                                        self.methods.push((t, name.clone(), n));
                                    }
                                }
                                None => {
                                    self.calls.push((name.clone(), arity(tts.get(i + 1))));
                                    self.dotted.push(name.clone())
                                }
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
                        self.calls.push((name.clone(), None));
                        self.dotted.push(name.clone());
                    }
                    // A field, a method or an item of a type (`Type::NAME`, `Self::NAME`,
                    // `T::NAME`) is no free item and no import; a path through a module is.
                    let member = punct(1).is_some_and(|(c, _)| c == '.')
                        || (punct(1).is_some_and(|(c, _)| c == ':')
                            && punct(2) == Some((':', Spacing::Joint))
                            && match i.checked_sub(3).map(|j| &tts[j]) {
                                Some(TokenTree::Ident(x)) => {
                                    let x = x.to_string();
                                    x.starts_with(|c: char| c.is_ascii_uppercase())
                                        || (!env.types.modules.is_empty()
                                            && !env.types.modules.contains(&x))
                                }
                                Some(TokenTree::Punct(p)) => p.as_char() == '>',
                                _ => false,
                            });
                    // A local binding (`check: &mut dyn FnMut`) is no free function.
                    let local = name.starts_with(|c: char| c.is_ascii_lowercase())
                        && env.vars.contains_key(&name)
                        && !matches!(tts.get(i + 1), Some(TokenTree::Punct(p))
                            if p.as_char() == '!' || (p.as_char() == ':' && p.spacing() == Spacing::Joint));
                    // `name!(..)` invokes a macro (a function of the name is another item).
                    let invoked = matches!(tts.get(i + 1), Some(TokenTree::Punct(p))
                        if p.as_char() == '!' && p.spacing() == Spacing::Alone);
                    if invoked {
                        self.idents.push(format!("{name}!"));
                    } else if !member && !local {
                        // `m::name` through a runtime module (not `crate::`, `self::`, `super::`).
                        let through = match i.checked_sub(3).map(|j| &tts[j]) {
                            Some(TokenTree::Ident(m))
                                if punct(1).is_some_and(|(c, _)| c == ':')
                                    && punct(2) == Some((':', Spacing::Joint)) =>
                            {
                                let m = m.to_string();
                                (env.types.modules.contains(&m)
                                    && !["crate", "self", "super", "runtime"].contains(&m.as_str()))
                                .then_some(m)
                            }
                            _ => None,
                        };
                        if let Some(m) = through {
                            self.qualified.push((m, name.clone()));
                        }
                        self.idents.push(name);
                    }
                }
                _ => {}
            }
        }
    }

    /// These names without the first occurrence of `name` (an item's own declaration).
    pub(super) fn without_decl(mut self, name: &str) -> Refs {
        if let Some(i) = self.idents.iter().position(|n| n == name) {
            self.idents.remove(i);
        }
        self
    }
}

/// Narrows the untyped method calls of an item (of an impl of `this`, or a free one; of the runtime
/// or of the module's own code) to the types it can hold: those it names and calls methods of,
/// `this` and what its fields' types mention, what the fields it reads (of any struct of that field
/// name) and the signatures of the functions it calls (of any owner of that name) mention. An
/// over-approximation without generics (`Option<&mut V>`), but a kernel `KVec`'s `len()` in a
/// page-table walk is no `VecMap::len`.
pub(super) fn narrow_unit(r: &mut Refs, this: Option<&str>, types: &Types) {
    if r.calls.is_empty() {
        return;
    }
    let mut held: BTreeSet<String> = r.idents.iter().filter_map(|n| types.held_type(n)).collect();
    held.extend(r.idents.iter().filter_map(|n| types.consts.get(n)).cloned());
    held.extend(r.methods.iter().map(|(t, _, _)| t.clone()));
    held.extend(this.map(str::to_string));
    let called = r
        .calls
        .iter()
        .map(|(n, _)| n)
        .chain(r.methods.iter().map(|(_, n, _)| n))
        .chain(r.pairs.iter().map(|(_, n)| n))
        .chain(r.idents.iter());
    for n in called {
        held.extend(types.return_mentions.get(n).into_iter().flatten().cloned());
    }
    let accessed: BTreeSet<&String> = r.accessed.iter().chain(&r.bound).collect();
    // The fields of what it holds: all of `this`'s, those it reads of the others.
    loop {
        let before = held.len();
        for (f, owners) in &types.field_mentions {
            for (owner, m) in owners {
                if held.contains(owner) && (Some(owner.as_str()) == this || accessed.contains(f)) {
                    held.extend(m.iter().cloned());
                }
            }
        }
        if held.len() == before {
            break;
        }
    }
    // A field read of something it does not seem to hold: of any struct with that field.
    for f in r.accessed.iter().chain(&r.bound) {
        let owners = types.field_mentions.get(f).into_iter().flatten();
        if !owners.clone().any(|(o, _)| held.contains(o)) {
            for (_, m) in owners {
                held.extend(m.iter().cloned());
            }
        }
    }
    typed_calls(r, &held);
}

/// The untyped calls of `r` as calls on each of `held`.
fn typed_calls(r: &mut Refs, held: &BTreeSet<String>) {
    let calls = std::mem::take(&mut r.calls);
    for (n, a) in calls {
        r.methods
            .extend(held.iter().map(|t| (t.clone(), n.clone(), a)));
    }
}

/// Whether the brace group `tts[i]` is a struct pattern: after a type's path (`S { .. }`,
/// `E::V { .. }`) that follows `let`, or followed by `=>`, `|` or `=` (a match arm, an
/// or-pattern, `if let`).
fn pattern_struct(tts: &[TokenTree], i: usize) -> bool {
    let TokenTree::Group(g) = &tts[i] else {
        return false;
    };
    if g.delimiter() != Delimiter::Brace || i == 0 {
        return false;
    }
    let is_type = |t: &TokenTree| matches!(t, TokenTree::Ident(x) if x.to_string().starts_with(|c: char| c.is_ascii_uppercase()));
    if !is_type(&tts[i - 1]) {
        return false;
    }
    // Back over the path.
    let mut k = i - 1;
    while k >= 2
        && matches!(&tts[k - 1], TokenTree::Punct(p) if p.as_char() == ':')
        && matches!(&tts[k - 2], TokenTree::Punct(p) if p.as_char() == ':')
        && k >= 3
    {
        k -= 3;
    }
    let after_let = k >= 1 && matches!(&tts[k - 1], TokenTree::Ident(x) if x == "let");
    let before = |c: char| matches!(tts.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == c);
    after_let || before('=') || before('|')
}

/// The fields a struct pattern's braces name (`{ a, b: x, ref c, .. }`).
fn struct_keys(g: &proc_macro2::Group) -> Vec<String> {
    let inner: Vec<TokenTree> = g.stream().into_iter().collect();
    inner
        .split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
        .filter_map(|part| {
            part.iter().find_map(|t| match t {
                TokenTree::Ident(x) if x != "ref" && x != "mut" => Some(x.to_string()),
                _ => None,
            })
        })
        .collect()
}

/// The number of arguments of a call whose argument list is `args` (`None` for a turbofish,
/// whose list comes later). A closure's parameters (`|a, b| ..`) are one argument.
fn arity(args: Option<&TokenTree>) -> Option<usize> {
    let Some(TokenTree::Group(g)) = args else {
        return None;
    };
    let mut n = 0;
    let mut empty = true;
    let mut params = false;
    for t in g.stream() {
        match &t {
            TokenTree::Punct(p) if p.as_char() == '|' && (empty || params) => {
                params = !params;
                empty = false;
            }
            TokenTree::Punct(p) if p.as_char() == ',' && !params => {
                n += 1;
                empty = true;
            }
            _ => empty = false,
        }
    }
    Some(if empty { n } else { n + 1 })
}

/// The owner of a path `<...>::name` whose `>` is `tts[gt]`: after a turbofish (`T::<U>::name`)
/// the type before it; in a qualified path (`<T as Trait>::name`) the trait; (`<T>::name`) `T`.
pub(super) fn qualified_owner(tts: &[TokenTree], gt: usize) -> String {
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

/// The type of `self` in an impl: its name and, for a struct of the runtime, its fields' types
/// (those named by a path: field name -> the type's name).
pub(super) struct SelfType<'a> {
    pub(super) name: &'a str,
    pub(super) fields: Option<&'a BTreeMap<String, String>>,
}

/// Whether `x` names a generic parameter (`T`, `H`): a path through it finds the methods of
/// its bounds without an import.
pub(super) fn generic(x: &str) -> bool {
    x.len() == 1 && x.chars().all(|c| c.is_ascii_uppercase())
}
