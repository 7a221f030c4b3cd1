//! The semantics section as code the runtime uses: the domain types with their outcomes, the
//! errors operations return, each operation's preconditions (`check_<op>`), and the realisation
//! rules (`realise_<entry>`) mapping API state to an entry, built through the entry's generated
//! setters. The state itself is read through a generated `DeviceState` trait the runtime
//! implements.

use iommugen_dsl::ir::{self, ParamType, SExpr, Semantics, Stmt};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::core::fields;
use crate::core::{docs, item_docs};
use crate::names::{arch, camel, ident, method_lints, snake};

pub fn semantics(spec: &ir::Spec, s: &Semantics) -> TokenStream {
    let kinds = s.domains.iter().map(|d| {
        let id = ident(&camel(&d.name));
        let dd = docs(&item_docs(
            &d.doc,
            &[format!(
                "Domain type `{}`: DMA through it is {:?}.",
                d.name, d.outcome
            )
            .to_lowercase()],
            None,
        ));
        quote!(#dd #id)
    });
    let outcome_arms = s.domains.iter().map(|d| {
        let id = ident(&camel(&d.name));
        let o = ident(&format!("{:?}", d.outcome));
        quote!(DomainKind::#id => Outcome::#o)
    });
    let pasid_only_arms = s.domains.iter().map(|d| {
        let id = ident(&camel(&d.name));
        let p = d.pasid_only;
        quote!(DomainKind::#id => #p)
    });
    let name_arms = s.domains.iter().map(|d| {
        let id = ident(&camel(&d.name));
        let n = &d.name;
        quote!(DomainKind::#id => #n)
    });
    let all_kinds = s.domains.iter().map(|d| {
        let id = ident(&camel(&d.name));
        quote!(DomainKind::#id)
    });
    let errors = s.errors.iter().map(|e| {
        let id = ident(&camel(&e.name));
        let d = docs(&[format!("`{}`: {}.", e.name, e.text)]);
        quote!(#d #id)
    });
    let error_text = s.errors.iter().map(|e| {
        let id = ident(&camel(&e.name));
        let t = &e.text;
        quote!(OpError::#id => #t)
    });
    let slot_methods = s.slots.iter().map(|sl| {
        let m = ident(&snake(&sl.name));
        match sl.range {
            Some((lo, hi)) => {
                let empty = format_ident!("{}_empty", snake(&sl.name));
                let d = docs(&[format!(
                    "The domain type at index `i` of table `{}` ({lo}..={hi}), if any.",
                    sl.name
                )]);
                let de = docs(&[format!(
                    "Whether no index of table `{}` holds a domain.",
                    sl.name
                )]);
                quote! {
                    #d
                    fn #m(&self, i: u32) -> Option<DomainKind>;
                    #de
                    fn #empty(&self) -> bool;
                }
            }
            None => {
                let d = docs(&[format!(
                    "The domain type in slot `{}`{}.",
                    sl.name,
                    if sl.optional { ", if any" } else { "" }
                )]);
                if sl.optional {
                    quote!(#d fn #m(&self) -> Option<DomainKind>;)
                } else {
                    quote!(#d fn #m(&self) -> DomainKind;)
                }
            }
        }
    });
    let checks = s.ops.iter().map(check_fn);
    let realises = s.realises.iter().map(|r| realise_fn(spec, r));
    let doc = docs(&item_docs(
        &s.doc,
        &[format!("Semantics `{}`.", s.name)],
        s.section.as_deref(),
    ));
    quote! {
        #doc
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum DomainKind {
            #(#kinds,)*
        }

        /// What a DMA through a domain type does.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Outcome {
            /// Translated through the domain's page table.
            Translate,
            /// Passed through untranslated.
            Bypass,
            /// Refused.
            Fault,
        }

        impl DomainKind {
            /// Every domain type.
            pub const ALL: &'static [DomainKind] = &[#(#all_kinds),*];
            /// What a DMA through a domain of this type does.
            pub const fn outcome(self) -> Outcome {
                match self {
                    #(#outcome_arms,)*
                }
            }
            /// Whether domains of this type may only be attached to a PASID.
            pub const fn pasid_only(self) -> bool {
                match self {
                    #(#pasid_only_arms,)*
                }
            }
            /// The spec's name of the type.
            pub const fn name(self) -> &'static str {
                match self {
                    #(#name_arms,)*
                }
            }
        }

        /// Why an operation was refused.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum OpError {
            #(#errors,)*
        }

        impl OpError {
            /// The spec's description.
            pub const fn text(self) -> &'static str {
                match self {
                    #(#error_text,)*
                }
            }
        }

        /// The per-device API state, as the implementation keeps it.
        pub trait DeviceState {
            #(#slot_methods)*
        }

        #(#checks)*
        #(#realises)*
    }
}

/// Rust type and argument name of a parameter.
fn param_sig(p: &ir::Param) -> Option<TokenStream> {
    let n = ident(&snake(&p.name));
    match p.ty {
        ParamType::Device => Some(quote!(#n: &impl DeviceState)),
        ParamType::Domain => Some(quote!(#n: DomainKind)),
        ParamType::Pasid => Some(quote!(#n: u32)),
    }
}

/// Domain parameters whose `attached(d)` an op's conditions ask about: the implementation
/// answers each as an extra `bool` argument `<d>_attached`.
fn attached_params(op: &ir::Op) -> Vec<String> {
    fn walk(e: &SExpr, out: &mut Vec<String>) {
        match e {
            SExpr::Attached { domain } => {
                if let SExpr::Param { name } = domain.as_ref() {
                    if !out.contains(name) {
                        out.push(name.clone());
                    }
                }
            }
            SExpr::Kind { of } | SExpr::Not { expr: of } => walk(of, out),
            SExpr::Eq { lhs, rhs }
            | SExpr::Ne { lhs, rhs }
            | SExpr::And { lhs, rhs }
            | SExpr::Or { lhs, rhs } => {
                walk(lhs, out);
                walk(rhs, out);
            }
            SExpr::In { value, set } => {
                walk(value, out);
                set.iter().for_each(|x| walk(x, out));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for st in &op.body {
        if let Stmt::Requires { cond, .. } = st {
            walk(cond, &mut out);
        }
    }
    out
}

fn check_fn(op: &ir::Op) -> TokenStream {
    let f = format_ident!("check_{}", snake(&op.name));
    let mut params: Vec<TokenStream> = op.params.iter().filter_map(param_sig).collect();
    params.extend(attached_params(op).iter().map(|d| {
        let n = format_ident!("{}_attached", snake(d));
        quote!(#n: bool)
    }));
    let body = op.body.iter().filter_map(|st| match st {
        Stmt::Requires { cond, error } => {
            let c = negated(cond);
            let e = ident(&camel(error));
            Some(quote!(if #c { return Err(OpError::#e); }))
        }
        Stmt::Call { op: callee, args } => {
            let g = format_ident!("check_{}", snake(callee));
            let a = args.iter().map(expr);
            Some(quote!(#g(#(#a),*)?;))
        }
        Stmt::Assign { .. } | Stmt::Alloc { .. } | Stmt::Free { .. } => None,
    });
    let effects: Vec<String> = op
        .body
        .iter()
        .filter_map(|st| match st {
            Stmt::Assign { target, value } => Some(format!(
                "`{}` becomes {}",
                slot_text(target),
                value_text(value)
            )),
            Stmt::Call { op, .. } => Some(format!("then `{op}`")),
            Stmt::Alloc { domain } => Some(format!("`{domain}` is allocated")),
            Stmt::Free { domain } => Some(format!("`{domain}` is freed")),
            Stmt::Requires { .. } => None,
        })
        .collect();
    let mut lines = vec![format!(
        "The preconditions of op `{}`: `Ok` when it may proceed.",
        op.name
    )];
    lines.extend(op.doc.iter().cloned());
    if !effects.is_empty() {
        lines.push(String::new());
        lines.push(format!("Effects: {}.", effects.join(", ")));
    }
    let d = docs(&lines);
    quote! {
        #d
        #[allow(unused_variables)]
        pub fn #f(#(#params),*) -> Result<(), OpError> {
            #(#body)*
            Ok(())
        }
    }
}

fn slot_text(r: &ir::SlotRef) -> String {
    match &r.index {
        Some(i) => format!("dev.{}[{i}]", r.slot),
        None => format!("dev.{}", r.slot),
    }
}

fn value_text(e: &SExpr) -> String {
    match e {
        SExpr::Param { name } => format!("`{name}`"),
        SExpr::Type { name } => format!("the {name} domain"),
        SExpr::None => "none".into(),
        _ => "a value".into(),
    }
}

/// A semantics expression as Rust over `DeviceState` and the parameters. Domain values are
/// represented by their kinds (`Option<DomainKind>` where a slot may be empty).
fn expr(e: &SExpr) -> TokenStream {
    match e {
        SExpr::Slot { slot } => {
            let m = ident(&snake(&slot.slot));
            match &slot.index {
                Some(i) => {
                    let i = ident(&snake(i));
                    quote!(dev.#m(#i))
                }
                None => quote!(dev.#m()),
            }
        }
        SExpr::Param { name } => {
            let n = ident(&snake(name));
            quote!(#n)
        }
        SExpr::Type { name } => {
            let id = ident(&camel(name));
            quote!(DomainKind::#id)
        }
        SExpr::None => quote!(None),
        SExpr::Num { value } => fields::hex(*value),
        SExpr::Kind { of } => expr(of),
        SExpr::Empty { slot } => {
            let m = format_ident!("{}_empty", snake(slot));
            quote!(dev.#m())
        }
        SExpr::Attached { domain } => match domain.as_ref() {
            SExpr::Param { name } => {
                let n = format_ident!("{}_attached", snake(name));
                quote!(#n)
            }
            _ => quote!(false),
        },
        SExpr::Eq { lhs, rhs } => compare(lhs, rhs, true),
        SExpr::Ne { lhs, rhs } => compare(lhs, rhs, false),
        SExpr::In { value, set } => {
            let v = expr(value);
            let pats = set.iter().map(expr);
            quote!(matches!(#v, #(#pats)|*))
        }
        SExpr::Not { expr: x } => negated(x),
        SExpr::And { lhs, rhs } => {
            let (l, r) = (expr(lhs), expr(rhs));
            quote!((#l) && (#r))
        }
        SExpr::Or { lhs, rhs } => {
            let (l, r) = (expr(lhs), expr(rhs));
            quote!((#l) || (#r))
        }
    }
}

/// `lhs == rhs` (or `!=`), with `is_none`/`is_some` for comparisons with `none`.
fn compare(lhs: &SExpr, rhs: &SExpr, eq: bool) -> TokenStream {
    let (value, none) = match (lhs, rhs) {
        (x, SExpr::None) | (SExpr::None, x) => (Some(expr(x)), true),
        _ => (None, false),
    };
    match (value, none, eq) {
        (Some(v), true, true) => quote!(#v.is_none()),
        (Some(v), true, false) => quote!(#v.is_some()),
        _ => {
            let (l, r) = compare_sides(lhs, rhs);
            if eq {
                quote!(#l == #r)
            } else {
                quote!(#l != #r)
            }
        }
    }
}

/// The negation of a condition, written without a leading `!(...)` where an operator can be
/// flipped instead.
fn negated(e: &SExpr) -> TokenStream {
    match e {
        SExpr::Eq { lhs, rhs } => compare(lhs, rhs, false),
        SExpr::Ne { lhs, rhs } => compare(lhs, rhs, true),
        SExpr::Not { expr: x } => expr(x),
        SExpr::Empty { .. } | SExpr::In { .. } | SExpr::Attached { .. } => {
            let x = expr(e);
            quote!(!#x)
        }
        _ => {
            let x = expr(e);
            quote!(!(#x))
        }
    }
}

/// Whether an expression denotes a slot that may be empty (an `Option`).
fn optional(e: &SExpr) -> bool {
    match e {
        SExpr::Slot { slot } => slot.index.is_some(),
        SExpr::Kind { of } => optional(of),
        SExpr::None => true,
        _ => false,
    }
}

/// Both sides of a comparison at the same type: wrap a plain kind in `Some` when the other
/// side is optional.
fn compare_sides(lhs: &SExpr, rhs: &SExpr) -> (TokenStream, TokenStream) {
    let (l, r) = (expr(lhs), expr(rhs));
    match (optional(lhs), optional(rhs)) {
        (true, false) => (l, quote!(Some(#r))),
        (false, true) => (quote!(Some(#l)), r),
        _ => (l, r),
    }
}

fn realise_fn(spec: &ir::Spec, r: &ir::Realise) -> TokenStream {
    let extra: Vec<&ir::Param> = r
        .params
        .iter()
        .filter(|p| p.ty != ParamType::Device)
        .collect();
    let mut name = format!("realise_{}", r.entry);
    for p in &extra {
        name.push('_');
        name.push_str(&snake(&p.name));
    }
    let allow = method_lints([name.as_str()]);
    let f = ident(&name);
    let mut params: Vec<TokenStream> = r.params.iter().filter_map(param_sig).collect();
    let ty = arch(&r.entry);
    params.push(quote!(entry: super::entries::#ty));
    let entry = spec.entry(&r.entry);
    let cases = r.cases.iter().map(|c| {
        let cond = expr(&c.cond);
        let setters = c
            .assigns
            .iter()
            .map(|a| match entry.and_then(|e| e.field(&a.field)) {
                Some(field) => setter(spec, field, a.value),
                None => {
                    let m = format!("realise {}: no field `{}`", r.entry, a.field);
                    quote!(compile_error!(#m))
                }
            });
        quote!(if #cond { return Some(entry #(#setters)*); })
    });
    let d = docs(&[
        format!(
            "The `{}` the spec's `realise {}` rules make of `entry` for this state: the fields",
            r.entry, r.entry
        ),
        "the rules name set through their setters, the others as in `entry` (the".into(),
        "implementation's to choose), or `None` when no rule applies.".into(),
    ]);
    quote! {
        #d
        #[allow(unused_variables)]
        #allow
        #[must_use]
        pub fn #f(#(#params),*) -> Option<super::entries::#ty> {
            #(#cases)*
            None
        }
    }
}

/// `.with_<field>(value)` for a realise assignment, through the field's typed setter: a bool or
/// an enum variant (the checker refuses other fields and values that are no variant).
fn setter(spec: &ir::Spec, field: &ir::Field, value: u64) -> TokenStream {
    let with = format_ident!("with_{}", field.name);
    match &field.ty {
        ir::FieldType::Bool => {
            let b = value != 0;
            quote!(.#with(#b))
        }
        ir::FieldType::Enum { name } => {
            let variant = spec
                .enum_named(name)
                .and_then(|e| e.variants.iter().find(|v| v.value == value));
            match variant {
                Some(v) => {
                    let (t, v) = (arch(name), arch(&v.name));
                    quote!(.#with(super::enums::#t::#v))
                }
                None => {
                    let m = format!(
                        "realise: {value:#x} is no encoding of enum `{name}` (field `{}`)",
                        field.name
                    );
                    quote!(compile_error!(#m))
                }
            }
        }
        _ => {
            let m = format!(
                "realise: field `{}` is neither a bool nor an enum (the checker refuses it)",
                field.name
            );
            quote!(compile_error!(#m))
        }
    }
}
