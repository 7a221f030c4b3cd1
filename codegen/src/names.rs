//! Names in generated Rust: architectural names (`S1ContextPtr`, `CMD_CFGI_STE`) become
//! snake_case methods and CamelCase types, with Rust keywords avoided.

use proc_macro2::Ident;
use quote::format_ident;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
