//! Multi-word layouts: in-memory entries (with `used_bits()` from the spec's used rules) and
//! queue records (with the queue's enum, `encode` and `decode`).

use iommugen_dsl::ir::{self, Cond, FieldType};
use proc_macro2::TokenStream;
use quote::quote;

use crate::core::fields::{self, Storage, Writes};
use crate::core::{docs, enum_type, item_docs, Ctx};
use crate::names::{arch, method_lints, queue_enum, type_lints};

/// The struct, accessors, `validate` and trait impls of one layout of `words` 64-bit words.
fn layout(
    ctx: &Ctx,
    e: &ir::Entry,
    extra_doc: Vec<String>,
    extra_items: TokenStream,
    new_body: TokenStream,
) -> TokenStream {
    let ty = arch(&e.name);
    let name = &e.name;
    let n = fields::lit(e.words() as u32);
    let mut facts = vec![format!(
        "`{name}`: {} bytes, {n} little-endian 64-bit words.",
        e.size
    )];
    facts.extend(extra_doc);
    let doc = docs(&item_docs(&e.doc, &facts, e.section.as_deref()));
    let accessors = e
        .fields
        .iter()
        .map(|f| fields::accessors(ctx, f, Storage::Words, Writes::Set));
    let type_allow = type_lints([name.as_str()]);
    let method_allow = method_lints(
        e.fields
            .iter()
            .flat_map(|f| fields::method_names(f, Writes::Set))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let infos = e.fields.iter().map(fields::field_info);
    let checks = e.fields.iter().filter_map(|f| {
        let FieldType::Enum { name: en } = &f.ty else {
            return None;
        };
        let et = enum_type(ctx, en);
        let (w, shift, mask) = (
            fields::lit(f.lsb / 64),
            fields::lit(f.lsb % 64),
            fields::support_mask(f.width()),
        );
        let fname = &f.name;
        Some(quote! {
            let raw = support::get(self.0[#w], #shift, #mask);
            if #et::from_bits(raw).is_none() {
                return ::core::result::Result::Err(FieldError::Reserved { field: #fname, value: raw });
            }
        })
    });
    quote! {
        #doc
        #[derive(Clone, Copy, PartialEq, Eq)]
        #[repr(transparent)]
        #type_allow
        pub struct #ty(pub [u64; #n]);

        #method_allow
        impl #ty {
            /// Number of 64-bit words.
            pub const WORDS: usize = #n;
            /// Fields, lowest first.
            pub const FIELDS: &'static [FieldInfo] = &[#(#infos),*];
            /// A new value: all fields zero except any that identify the layout.
            #[inline]
            pub const fn new() -> Self {
                #new_body
            }
            #(#accessors)*
            /// Checks that every enumerated field holds a defined encoding.
            pub const fn validate(&self) -> Result<(), FieldError> {
                #(#checks)*
                ::core::result::Result::Ok(())
            }
            #extra_items
        }

        impl Default for #ty {
            fn default() -> Self {
                Self::new()
            }
        }

        impl Layout for #ty {
            const NAME: &'static str = #name;
            const WORDS: usize = #n;
            const FIELDS: &'static [FieldInfo] = #ty::FIELDS;
            #[inline]
            fn words(&self) -> &[u64] {
                &self.0
            }
            #[inline]
            fn words_mut(&mut self) -> &mut [u64] {
                &mut self.0
            }
        }

        impl ::core::fmt::Debug for #ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                support::fmt_fields(f, #name, Self::FIELDS, &self.0)
            }
        }
    }
}

/// The raw value of `field` of an entry, as an expression over `self.0`.
fn raw_of(e: &ir::Entry, field: &str, src: Src) -> TokenStream {
    match e.field(field) {
        Some(f) => {
            let (w, shift, mask) = (
                fields::lit(f.lsb / 64),
                fields::lit(f.lsb % 64),
                fields::support_mask(f.width()),
            );
            match src {
                Src::Words => quote!(support::get(self.0[#w], #shift, #mask)),
                Src::Target => quote!(support::get(target.0[#w], #shift, #mask)),
                Src::Raw => quote!(support::get(raw, #shift, #mask)),
            }
        }
        // The checker resolved every name; an unknown one cannot reach here.
        None => quote!(0u64),
    }
}

/// Where a condition reads field values from.
#[derive(Clone, Copy)]
pub enum Src {
    /// `self.0[word]` of a multi-word entry.
    Words,
    /// `target.0[word]`: the other entry of an update (update-safe conditions).
    Target,
    /// A local `raw: u64` (a page-table descriptor).
    Raw,
}

pub fn cond_expr(e: &ir::Entry, c: &Cond, src: Src) -> TokenStream {
    match c {
        Cond::Set { field } => {
            let r = raw_of(e, field, src);
            quote!(#r != 0)
        }
        Cond::Eq { field, value, .. } => {
            let r = raw_of(e, field, src);
            let v = fields::hex(*value);
            quote!(#r == #v)
        }
        Cond::In { field, values } => {
            let r = raw_of(e, field, src);
            let pats = patterns(values);
            quote!(matches!(#r, #(#pats)|*))
        }
        Cond::Not { cond } => match cond.as_ref() {
            Cond::Set { field } => {
                let r = raw_of(e, field, src);
                quote!(#r == 0)
            }
            Cond::Eq { field, value, .. } => {
                let r = raw_of(e, field, src);
                let v = fields::hex(*value);
                quote!(#r != #v)
            }
            Cond::In { .. } => {
                let x = cond_expr(e, cond, src);
                quote!(!#x)
            }
            other => {
                let x = cond_expr(e, other, src);
                quote!(!(#x))
            }
        },
        Cond::And { all } => {
            // `!A && !B` over fields of one word is one mask test: `word & (A | B) == 0`.
            let (grouped, rest) = group_by_word(e, all, true);
            let masks = grouped.into_iter().map(|(w, m)| {
                let (word, m) = (word_of(w, src), fields::hex(m));
                quote!(#word & #m == 0)
            });
            let xs = rest.into_iter().map(|x| match x {
                Cond::Or { .. } => {
                    let y = cond_expr(e, x, src);
                    quote!((#y))
                }
                _ => cond_expr(e, x, src),
            });
            let all: Vec<TokenStream> = xs.chain(masks).collect();
            quote!(#(#all)&&*)
        }
        Cond::Or { any } => {
            // `A || B` over fields of one word is one mask test: `word & (A | B) != 0`.
            let (grouped, rest) = group_by_word(e, any, false);
            let masks = grouped.into_iter().map(|(w, m)| {
                let (word, m) = (word_of(w, src), fields::hex(m));
                quote!(#word & #m != 0)
            });
            let xs = rest.into_iter().map(|x| cond_expr(e, x, src));
            let any: Vec<TokenStream> = masks.chain(xs).collect();
            quote!(#(#any)||*)
        }
    }
}

/// Splits conditions into per-word masks of two or more `Set` (or, with `negated`, `!Set`)
/// conditions on fields of the same word, and the conditions left as they are.
fn group_by_word<'c>(
    e: &ir::Entry,
    conds: &'c [Cond],
    negated: bool,
) -> (Vec<(u32, u64)>, Vec<&'c Cond>) {
    let set_field = |c: &Cond| -> Option<&ir::Field> {
        let name = match (c, negated) {
            (Cond::Set { field }, false) => field,
            (Cond::Not { cond }, true) => match cond.as_ref() {
                Cond::Set { field } => field,
                _ => return None,
            },
            _ => return None,
        };
        e.field(name)
    };
    let mut counts: std::collections::BTreeMap<u32, (usize, u64)> = Default::default();
    for f in conds.iter().filter_map(set_field) {
        let slot = counts.entry(f.word()).or_default();
        slot.0 += 1;
        slot.1 |= f.word_mask();
    }
    let grouped: Vec<(u32, u64)> = counts
        .iter()
        .filter(|(_, (n, _))| *n >= 2)
        .map(|(w, (_, m))| (*w, *m))
        .collect();
    let rest = conds
        .iter()
        .filter(|c| !set_field(c).is_some_and(|f| grouped.iter().any(|(w, _)| *w == f.word())))
        .collect();
    (grouped, rest)
}

/// The 64-bit word `w` of the value a condition reads.
fn word_of(w: u32, src: Src) -> TokenStream {
    let w = fields::lit(w);
    match src {
        Src::Words => quote!(self.0[#w]),
        Src::Target => quote!(target.0[#w]),
        Src::Raw => quote!(raw),
    }
}

/// Match patterns for a set of values, with consecutive runs as ranges.
fn patterns(values: &[u64]) -> Vec<TokenStream> {
    let mut v = values.to_vec();
    v.sort_unstable();
    v.dedup();
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        let mut j = i;
        while j + 1 < v.len() && v[j + 1] == v[j] + 1 {
            j += 1;
        }
        let (a, b) = (fields::hex(v[i]), fields::hex(v[j]));
        out.push(if j > i { quote!(#a..=#b) } else { quote!(#a) });
        i = j + 1;
    }
    out
}

/// `used[w] |= mask;` for every word the fields touch, one OR per word.
fn or_fields(e: &ir::Entry, fields: &[String], var: &TokenStream) -> Vec<TokenStream> {
    let mut per_word = vec![0u64; e.words()];
    for f in fields.iter().filter_map(|f| e.field(f)) {
        per_word[f.word() as usize] |= f.word_mask();
    }
    per_word
        .iter()
        .enumerate()
        .filter(|(_, m)| **m != 0)
        .map(|(w, m)| {
            let (w, m) = (fields::lit(w as u32), fields::hex(*m));
            quote!(#var[#w] |= #m;)
        })
        .collect()
}

/// `used_bits()`, `update_safe()` and the `UsedBits` impl from the spec's `used` rules.
fn used_bits(e: &ir::Entry, u: &ir::UsedBits) -> (TokenStream, TokenStream) {
    let ty = arch(&e.name);
    let n = fields::lit(e.words() as u32);
    let used = quote!(used);
    let rules = u.rules.iter().map(|r| {
        let ors = or_fields(e, &r.fields, &used);
        match &r.cond {
            None => quote!(#(#ors)*),
            Some(c) => {
                let c = cond_expr(e, c, Src::Words);
                quote!(if #c { #(#ors)* })
            }
        }
    });
    let safe = quote!(safe);
    let safe_rules = u.update_safe.iter().map(|r| {
        let ors = or_fields(e, &r.fields, &safe);
        match &r.cond {
            None => quote!(#(#ors)*),
            Some(c) => {
                let (mine, theirs) = (cond_expr(e, c, Src::Words), cond_expr(e, c, Src::Target));
                quote!(if (#mine) && (#theirs) { #(#ors)* })
            }
        }
    });
    let section = u.section.as_deref().or(e.section.as_deref());
    let mut safe_doc = vec![
        "The bits that may change in any order between `self` and `target` (the spec's".to_string(),
        "`update_safe` rules): the hardware may see them take their new values before or after"
            .to_string(),
        "the rest of the update without harm, so a hitless writer need not order them. A rule"
            .to_string(),
        "with a condition applies when the condition holds for both values.".to_string(),
    ];
    let declared: Vec<String> = u
        .update_safe
        .iter()
        .flat_map(|r| r.fields.iter().map(|f| format!("`{f}`")))
        .collect();
    safe_doc.push(String::new());
    safe_doc.push(if declared.is_empty() {
        format!(
            "No field of `{}` is update-safe: this is always zero.",
            e.name
        )
    } else {
        format!(
            "Update-safe fields of `{}`: {}.",
            e.name,
            declared.join(", ")
        )
    });
    if let Some(s) = section {
        safe_doc.push(String::new());
        safe_doc.push(format!("Architecture reference: section {s}."));
    }
    let safe_doc = docs(&safe_doc);
    // Without a conditional rule `target` is not read: bind it so the function stays
    // warning-free.
    let unused = (!u.update_safe.iter().any(|r| r.cond.is_some())).then(|| quote!(let _ = target;));
    let safe_mut = if u.update_safe.is_empty() {
        quote!(let safe)
    } else {
        quote!(let mut safe)
    };
    let method = quote! {
        /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
        /// same shape with those bits set.
        pub const fn used_bits(&self) -> Self {
            let mut used = [0u64; #n];
            #(#rules)*
            Self(used)
        }
        #safe_doc
        pub const fn update_safe(&self, target: &Self) -> Self {
            #unused
            #safe_mut = [0u64; #n];
            #(#safe_rules)*
            Self(safe)
        }
    };
    let imp = quote! {
        impl UsedBits for #ty {
            #[inline]
            fn used_bits(&self) -> Self {
                #ty::used_bits(self)
            }
            #[inline]
            fn update_safe(&self, target: &Self) -> Self {
                #ty::update_safe(self, target)
            }
        }
    };
    (method, imp)
}

pub fn entries(ctx: &Ctx) -> TokenStream {
    let items = ctx.spec.entries.iter().map(|e| {
        let n = fields::lit(e.words() as u32);
        let used = ctx
            .spec
            .used
            .iter()
            .find(|u| u.entry == e.name)
            .map(|u| used_bits(e, u));
        let (method, imp) = used.unwrap_or_default();
        let body = layout(ctx, e, Vec::new(), method, quote!(Self([0; #n])));
        quote!(#body #imp)
    });
    quote!(#(#items)*)
}

pub fn queue(ctx: &Ctx, q: &ir::Queue) -> TokenStream {
    let n = fields::lit(q.size / 8);
    let kind = match q.kind {
        ir::QueueKind::Commands => "Command",
        ir::QueueKind::Events => "Event",
        ir::QueueKind::Requests => "Request",
    };
    let enum_ty = queue_enum(&q.name, kind);
    // Each variant is named after its record, as its payload type is.
    let variants: Vec<&str> = q.records.iter().map(|r| r.name.as_str()).collect();
    let enum_allow = type_lints(
        [enum_ty.to_string().as_str()]
            .into_iter()
            .chain(variants.iter().copied()),
    );
    let qname = &q.name;
    let mut items = Vec::new();
    for r in &q.records {
        let e = ir::Entry {
            name: r.name.clone(),
            size: r.size,
            section: r.section.clone(),
            doc: r.doc.clone(),
            fields: r.fields.clone(),
            reserved: r.reserved.clone(),
            loc: r.loc.clone(),
        };
        let ty = arch(&r.name);
        match (q.opcode, r.opcode) {
            (Some(op), Some(code)) => {
                let (w, shift, mask) = (
                    fields::lit(op.lsb / 64),
                    fields::lit(op.lsb % 64),
                    fields::support_mask(op.msb - op.lsb + 1),
                );
                let code_lit = fields::hex(code);
                let mut extra = vec![format!(
                    "Opcode {code:#x} in bits [{}:{}] of queue `{qname}`.",
                    op.msb, op.lsb
                )];
                let (new_body, consts) = match (q.func, r.func) {
                    (Some(fb), Some(func)) => {
                        let (fw, fshift, fmask) = (
                            fields::lit(fb.lsb / 64),
                            fields::lit(fb.lsb % 64),
                            fields::support_mask(fb.msb - fb.lsb + 1),
                        );
                        let func_lit = fields::hex(func);
                        extra.push(format!(
                            "Function {func:#x} in bits [{}:{}].",
                            fb.msb, fb.lsb
                        ));
                        (
                            quote! {{
                                let mut words = [0u64; #n];
                                words[#w] = support::put(0, #shift, #mask, #code_lit);
                                words[#fw] = support::put(words[#fw], #fshift, #fmask, #func_lit);
                                Self(words)
                            }},
                            quote! {
                                /// The record's opcode.
                                pub const OPCODE: u64 = #code_lit;
                                /// The record's function code.
                                pub const FUNC: u64 = #func_lit;
                            },
                        )
                    }
                    _ => (
                        quote! {{
                            let mut words = [0u64; #n];
                            words[#w] = support::put(0, #shift, #mask, #code_lit);
                            Self(words)
                        }},
                        quote! {
                            /// The record's opcode.
                            pub const OPCODE: u64 = #code_lit;
                        },
                    ),
                };
                items.push(layout(ctx, &e, extra, consts, new_body));
                items.push(quote! {
                    impl QueueRecord for #ty {
                        const OPCODE: u64 = #code_lit;
                    }
                });
            }
            _ => items.push(layout(ctx, &e, Vec::new(), quote!(), quote!(Self([0; #n])))),
        }
    }
    let enum_variants = q.records.iter().zip(&variants).map(|(r, v)| {
        let (vid, ty) = (arch(v), arch(&r.name));
        let d = docs(&[format!("`{}`.", r.name)]);
        quote!(#d #vid(#ty))
    });
    let encode_arms = variants.iter().map(|v| {
        let vid = arch(v);
        quote!(Self::#vid(r) => r.0)
    });
    let name_arms = q.records.iter().zip(&variants).map(|(r, v)| {
        let vid = arch(v);
        let n = &r.name;
        quote!(Self::#vid(_) => #n)
    });
    let decode = match q.opcode {
        Some(op) => {
            let (w, shift, mask) = (
                fields::lit(op.lsb / 64),
                fields::lit(op.lsb % 64),
                fields::support_mask(op.msb - op.lsb + 1),
            );
            // With a function field, the key is the opcode with the function above it.
            let op_width = op.msb - op.lsb + 1;
            let key_of = |r: &ir::Record| -> Option<u64> {
                let code = r.opcode?;
                Some(match r.func {
                    Some(f) => code | f << op_width,
                    None => code,
                })
            };
            let arms = q.records.iter().zip(&variants).filter_map(|(r, v)| {
                let code = fields::hex(key_of(r)?);
                let (vid, ty) = (arch(v), arch(&r.name));
                Some(quote! {
                    #code => {
                        let r = #ty(*raw);
                        match r.validate() {
                            ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::#vid(r)),
                            ::core::result::Result::Err(e) => ::core::result::Result::Err(DecodeError::Field(e)),
                        }
                    }
                })
            });
            let key = match q.func {
                Some(fb) => {
                    let (fw, fshift, fmask) = (
                        fields::lit(fb.lsb / 64),
                        fields::lit(fb.lsb % 64),
                        fields::support_mask(fb.msb - fb.lsb + 1),
                    );
                    let opw = fields::lit(op_width);
                    quote!(support::get(raw[#w], #shift, #mask) | support::get(raw[#fw], #fshift, #fmask) << #opw)
                }
                None => quote!(support::get(raw[#w], #shift, #mask)),
            };
            quote! {
                let opcode = #key;
                match opcode {
                    #(#arms)*
                    _ => ::core::result::Result::Err(DecodeError::UnknownOpcode { queue: #qname, opcode }),
                }
            }
        }
        None => {
            let (Some(r), Some(v)) = (q.records.first(), variants.first()) else {
                return quote!(#(#items)*);
            };
            let (vid, ty) = (arch(v), arch(&r.name));
            quote! {
                let r = #ty(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::#vid(r)),
                    ::core::result::Result::Err(e) => ::core::result::Result::Err(DecodeError::Field(e)),
                }
            }
        }
    };
    let enum_doc = docs(&[
        format!("Every record of queue `{qname}`."),
        String::new(),
        format!("Records are {} bytes.", q.size),
    ]);
    let size = fields::hex_as(u64::from(q.size), "usize");
    if q.records.is_empty() {
        return quote!(#(#items)*);
    }
    let wrap = matches!(q.indexes, ir::IndexKind::Wrap);
    let wrap_doc = docs(&[if wrap {
        "The producer and consumer indexes carry a wrap bit above the index: the queue is empty when they are equal, full when only the wrap bits differ.".to_string()
    } else {
        "The producer and consumer indexes have no wrap bit: the queue is empty when they are equal and full when `prod + 1 == cons` (modulo its size), so one slot stays free.".to_string()
    }]);
    let csr = q.csr.as_ref().map(|c| {
        let d = docs(&[format!("The queue's control and status register, `{c}`.")]);
        quote!(#d pub const CSR: &str = #c;)
    });
    quote! {
        /// Size of one record in bytes.
        pub const RECORD_BYTES: usize = #size;
        #wrap_doc
        pub const WRAP_BIT: bool = #wrap;
        #csr
        #(#items)*

        #enum_doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #enum_allow
        pub enum #enum_ty {
            #(#enum_variants,)*
        }

        impl #enum_ty {
            /// The record as little-endian 64-bit words.
            #[inline]
            pub const fn encode(&self) -> [u64; #n] {
                match self {
                    #(#encode_arms,)*
                }
            }
            /// Decodes a record; unknown opcodes and reserved encodings are errors.
            pub const fn decode(raw: &[u64; #n]) -> Result<Self, DecodeError> {
                #decode
            }
            /// The record's architectural name.
            pub const fn name(&self) -> &'static str {
                match self {
                    #(#name_arms,)*
                }
            }
        }
    }
}
