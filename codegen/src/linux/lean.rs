//! The generated layer as the module needs it: only the registers and commands the module's
//! code (the runtime and the glue) names. The userspace builds keep the whole layer (the mock
//! and the tests read every register); a kernel module carrying, say, the Secure registers or
//! commands the driver never issues would only be dead code. Registers the kept layer itself
//! refers to (a register's ACK register or alias, a queue's index registers) are kept with it.

use std::collections::BTreeSet;

use iommugen_dsl::ir::{QueueKind, Spec};

use crate::CodegenError;

/// The identifiers of the code in `text` (words of letters, digits and `_` starting with a
/// non-digit), outside comments and string literals: architectural names appear in docs and in
/// the generated field tables' strings, and naming one there needs nothing.
fn words(text: &str) -> BTreeSet<String> {
    code(text)
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.chars().next().is_some_and(|c| !c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// `text` with `//` comments, `"..."` string literals and character literals blanked out.
fn code(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                out.push(' ');
            }
            // A character literal ('\x', '\u{..}' or 'x'); a lifetime ('a) has no closing quote
            // there.
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                out.push(' ');
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => {
                i += 2;
                out.push(' ');
            }
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// `spec` with only the registers and command records that `users` (the module's source
/// texts) or the kept layer itself name. Event and request records stay: the module decodes
/// whatever the hardware reports.
pub fn lean(spec: &Spec, users: &[&str]) -> Result<Spec, CodegenError> {
    let mut named: BTreeSet<String> = BTreeSet::new();
    for u in users {
        named.extend(words(u));
    }
    let mut lean = spec.clone();
    // Command records: a record stays when it is named (its type and its variant of the command
    // enum both carry the record's name); a queue none of whose records is named keeps them all.
    for q in &mut lean.queues {
        if q.kind != QueueKind::Commands {
            continue;
        }
        let kept: Vec<_> = q
            .records
            .iter()
            .filter(|r| named.contains(&r.name))
            .cloned()
            .collect();
        if !kept.is_empty() {
            q.records = kept;
        }
    }
    // Registers: named by the users, by a queue, or by a kept register's generated code (its
    // ACK register); to a fixpoint.
    for q in &lean.queues {
        for r in [&q.base, &q.prod, &q.cons, &q.csr].into_iter().flatten() {
            named.insert(r.clone());
        }
    }
    let kept = |named: &BTreeSet<String>| -> Vec<_> {
        spec.registers
            .iter()
            .filter(|r| named.contains(&r.name))
            .cloned()
            .collect()
    };
    loop {
        // A kept register's ACK register and the register it aliases stay too (the generated
        // code leaves their relation out when they are missing).
        for r in kept(&named) {
            named.extend([&r.acked_by, &r.alias_of].into_iter().flatten().cloned());
        }
        lean.registers = kept(&named);
        let text: String = crate::core::files(&lean)?
            .into_iter()
            .map(|f| f.contents)
            .collect();
        let before = named.len();
        named.extend(words(&text));
        if named.len() == before {
            return Ok(lean);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_identifiers() {
        let w = words("let x = CR0::new().with_SMMUEN(true); 0x10 r2d2");
        assert!(w.contains("CR0") && w.contains("with_SMMUEN") && w.contains("r2d2"));
        assert!(!w.contains("0x10"));
        let w = words("/// Enables `GBPA`.\nlet n = \"CR0ACK \\\" IDR0\"; // STE\nf(n)");
        assert!(w.contains("n") && w.contains("f"));
        assert!(!w.contains("GBPA") && !w.contains("CR0ACK") && !w.contains("IDR0"));
        assert!(!w.contains("STE"));
        let w = words("match c { '\"' => a, '\\'' => b, _ => x::<'static>(CR0) }");
        assert!(w.contains("a") && w.contains("b") && w.contains("CR0") && w.contains("static"));
    }
}
