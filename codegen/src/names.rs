//! Names in generated Rust. Architectural names (registers, entries, queue records, their
//! fields, enum types and their values) keep the spec's spelling, which is the manual's:
//! `CR0ACK`, `STRTAB_BASE_CFG`, `ddtp`, `S1CDMax`, `iohgatp_PPN`, so that a name found in IHI 0070,
//! the RISC-V IOMMU specification or Linux's headers greps straight to the generated item. What
//! the generator adds is an affix joined with `_` (`with_SMMUEN`, `set_SMMUEN`, `clear_CMDQ_ERR`,
//! `TTF_bits`, `CMDQ_Command`), and the lint allowances those spellings need are emitted on the
//! generated items themselves ([`type_lints`], [`method_lints`]). Module names (one per queue,
//! page-table format or directory) and the names of the API contract (`semantics`: domain
//! kinds, operations, slots) follow Rust's case: they are file names and contract vocabulary,
//! not names from a manual.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// `S1ContextPtr` -> `s1_context_ptr`, `CMDQ_ERR` -> `cmdq_err`, `nG` -> `n_g`.
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let boundary = prev.is_ascii_lowercase()
                || (prev.is_ascii_digit() && next_lower)
                || (prev.is_ascii_uppercase() && next_lower);
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// `CMD_CFGI_STE` -> `CmdCfgiSte`, `STE` -> `Ste`, `S1Trans` -> `S1Trans`, `vmsav8_64_stage1` ->
/// `Vmsav8_64Stage1`.
pub fn camel(name: &str) -> String {
    let mut out = String::new();
    for part in name.split('_').filter(|p| !p.is_empty()) {
        let all_caps = part.chars().all(|c| !c.is_ascii_lowercase());
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            // Keep digits apart when both sides are digits (8_64 stays readable).
            if first.is_ascii_digit() && out.ends_with(|c: char| c.is_ascii_digit()) {
                out.push('_');
            }
            out.push(first.to_ascii_uppercase());
            if all_caps {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.extend(chars);
            }
        }
    }
    out
}

/// `NAME` -> `NAME` in SCREAMING_SNAKE_CASE (for constants).
pub fn upper(name: &str) -> String {
    snake(name).to_ascii_uppercase()
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// An identifier, with `_` appended to Rust keywords (`type` -> `type_`).
pub fn ident(name: &str) -> Ident {
    if KEYWORDS.contains(&name) || name == "Self" {
        format_ident!("{}_", name)
    } else {
        format_ident!("{}", name)
    }
}

/// The identifier of an architectural name: the spec's spelling (a keyword gets `_`).
pub fn arch(name: &str) -> Ident {
    ident(name)
}

/// The enum of every record of queue `queue`: `CMDQ_Command`, `EVTQ_Event`, `FQ_Event`.
pub fn queue_enum(queue: &str, kind: &str) -> Ident {
    format_ident!("{queue}_{kind}")
}

/// What rustc's `non_camel_case_types` accepts as a type or variant name.
fn is_camel(name: &str) -> bool {
    let t = name.trim_matches('_');
    let chars: Vec<char> = t.chars().collect();
    let cased = |c: char| c.is_ascii_alphabetic();
    !t.starts_with(|c: char| c.is_ascii_lowercase())
        && !t.contains("__")
        && !chars
            .windows(2)
            .any(|w| (cased(w[0]) && w[1] == '_') || (w[0] == '_' && cased(w[1])))
}

/// What clippy's `upper_case_acronyms` (default setting) objects to: three or more letters, all
/// capitals.
fn is_acronym(name: &str) -> bool {
    name.len() > 2 && name.chars().all(|c| c.is_ascii_uppercase())
}

/// The `#[allow]` a generated type (struct or enum) needs for its own name and its variants'
/// names, or nothing when they already follow Rust's case.
pub fn type_lints<'a>(names: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let (mut camel_lint, mut acronym) = (false, false);
    for n in names {
        camel_lint |= !is_camel(n);
        acronym |= is_acronym(n);
    }
    match (camel_lint, acronym) {
        (false, false) => quote!(),
        (true, false) => quote!(#[allow(non_camel_case_types)]),
        (false, true) => quote!(#[allow(clippy::upper_case_acronyms)]),
        (true, true) => quote!(#[allow(non_camel_case_types, clippy::upper_case_acronyms)]),
    }
}

/// The words of a camel-case name (`NonShareable`: `Non`, `Shareable`); none for a name with
/// underscores.
fn camel_words(name: &str) -> Vec<&str> {
    if name.contains('_') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices().skip(1) {
        if c.is_ascii_uppercase() {
            out.push(&name[start..i]);
            start = i;
        }
    }
    out.push(&name[start..]);
    out
}

/// The `#[allow(clippy::enum_variant_names)]` an enum needs when the manual's names of its
/// variants (three or more) all begin or all end with the same word (`NonShareable`,
/// `OuterShareable`, `InnerShareable`), or nothing. A module that keeps the enum private to its
/// crate sees the lint (for a public enum clippy keeps quiet).
pub fn variant_lints<'a>(variants: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let words: Vec<Vec<&str>> = variants.into_iter().map(camel_words).collect();
    let shared = |last: bool| {
        let pick = |w: &Vec<&'a str>| {
            if last {
                w.last().copied()
            } else {
                w.first().copied()
            }
        };
        words.len() >= 3
            && words.iter().all(|w| w.len() > 1)
            && words.windows(2).all(|p| pick(&p[0]) == pick(&p[1]))
    };
    if shared(false) || shared(true) {
        quote!(#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")])
    } else {
        quote!()
    }
}

/// The `#[allow(non_snake_case)]` an `impl` block needs when a method carries an architectural
/// name with capitals (`SMMUEN()`, `with_S1CDMax`), or nothing.
pub fn method_lints<'a>(names: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let mut names = names.into_iter();
    if names.any(|n| n.contains(|c: char| c.is_ascii_uppercase()) || n.contains("__")) {
        quote!(#[allow(non_snake_case)])
    } else {
        quote!()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_sharing_a_word_are_allowed() {
        let lint = |v: &[&str]| variant_lints(v.iter().copied()).to_string();
        assert!(lint(&["NonShareable", "OuterShareable", "InnerShareable"])
            .contains("enum_variant_names"));
        assert!(lint(&["Split4K", "Split16K", "Split64K"]).contains("enum_variant_names"));
        assert!(lint(&["NonShareable", "OuterShareable"]).is_empty());
        assert!(lint(&["NonCacheable", "WriteBack", "WriteThrough"]).is_empty());
        assert!(lint(&["SIG_NONE", "SIG_IRQ", "SIG_SEV"]).is_empty());
    }

    #[test]
    fn snake_case() {
        assert_eq!(snake("S1ContextPtr"), "s1_context_ptr");
        assert_eq!(snake("CMDQ_ERR"), "cmdq_err");
        assert_eq!(snake("S2T0SZ"), "s2t0sz");
        assert_eq!(snake("nG"), "n_g");
        assert_eq!(snake("AttrIndx"), "attr_indx");
        assert_eq!(snake("V"), "v");
        assert_eq!(snake("MPAM_NS"), "mpam_ns");
    }

    #[test]
    fn camel_case() {
        assert_eq!(camel("CMD_CFGI_STE"), "CmdCfgiSte");
        assert_eq!(camel("STE"), "Ste");
        assert_eq!(camel("S1Trans"), "S1Trans");
        assert_eq!(camel("vmsav8_64_stage1"), "Vmsav8_64Stage1");
        assert_eq!(camel("F_TRANSLATION"), "FTranslation");
        assert_eq!(camel("Granule4K"), "Granule4K");
    }

    #[test]
    fn architectural_names_keep_their_spelling() {
        assert_eq!(arch("CR0ACK").to_string(), "CR0ACK");
        assert_eq!(arch("S1CDMax").to_string(), "S1CDMax");
        assert_eq!(arch("iohgatp_PPN").to_string(), "iohgatp_PPN");
        assert_eq!(arch("type").to_string(), "type_");
        assert_eq!(queue_enum("CMDQ", "Command").to_string(), "CMDQ_Command");
    }

    #[test]
    fn lints_follow_rustc_and_clippy() {
        assert!(is_camel("CR0ACK") && is_camel("IDR0") && is_camel("Vmsav8_64Stage1"));
        assert!(!is_camel("STRTAB_BASE_CFG") && !is_camel("ddtp") && !is_camel("RO_uX"));
        assert!(is_acronym("STE") && is_acronym("DDTE"));
        assert!(!is_acronym("CD") && !is_acronym("IDR0") && !is_acronym("CMD_SYNC"));
        assert!(type_lints(["Cr0", "Ste"]).is_empty());
        assert_eq!(
            type_lints(["ddtp"]).to_string(),
            quote!(#[allow(non_camel_case_types)]).to_string()
        );
        assert_eq!(
            type_lints(["STE"]).to_string(),
            quote!(#[allow(clippy::upper_case_acronyms)]).to_string()
        );
        assert!(method_lints(["cqen", "with_cqen"]).is_empty());
        assert!(!method_lints(["cqen", "SMMUEN"]).is_empty());
    }
}
