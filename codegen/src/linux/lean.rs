//! The generated layer as the module needs it: only the registers and commands the module's
//! code (the runtime and the glue) names. The userspace builds keep the whole layer (the mock
//! and the tests read every register); a kernel module carrying, say, the Secure registers or
//! commands the driver never issues would only be dead code. Registers the kept layer itself
//! refers to (a register's ACK register or alias, a queue's index registers) are kept with it.

use std::collections::BTreeSet;

use iommugen_dsl::ir::{QueueKind, Spec};

use crate::names::camel;
use crate::CodegenError;

/// The identifiers of `text` (words of letters, digits and `_` starting with a non-digit).
fn words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.chars().next().is_some_and(|c| !c.is_ascii_digit()))
        .collect()
}

/// `spec` with only the registers and command records that `users` (the module's source
/// texts) or the kept layer itself name. Event and request records stay: the module decodes
/// whatever the hardware reports.
pub fn lean(spec: &Spec, users: &[&str]) -> Result<Spec, CodegenError> {
    let mut named: BTreeSet<String> = BTreeSet::new();
    for u in users {
        named.extend(words(u).into_iter().map(str::to_string));
    }
    let mut lean = spec.clone();
    // Command records: a record stays when its type or its variant of the command enum is
    // named (variants drop a prefix all records share; with fewer than two records left the
    // names would change, so then every record stays).
    for q in &mut lean.queues {
        if q.kind != QueueKind::Commands {
            continue;
        }
        let prefix = common_prefix(q.records.iter().map(|r| r.name.as_str()));
        let kept: Vec<_> = q
            .records
            .iter()
            .filter(|r| {
                let variant = prefix
                    .as_deref()
                    .and_then(|p| r.name.strip_prefix(p))
                    .unwrap_or(&r.name);
                named.contains(&camel(&r.name)) || named.contains(&camel(variant))
            })
            .cloned()
            .collect();
        if kept.len() >= 2 {
            q.records = kept;
        }
    }
    // Registers: named by the users, by a queue, or by a kept register's generated code (its
    // ACK register); to a fixpoint.
    for q in &lean.queues {
        for r in [&q.base, &q.prod, &q.cons, &q.csr].into_iter().flatten() {
            named.insert(camel(r));
        }
    }
    let kept = |named: &BTreeSet<String>| -> Vec<_> {
        spec.registers
            .iter()
            .filter(|r| named.contains(&camel(&r.name)))
            .cloned()
            .collect()
    };
    loop {
        // A kept register's ACK register and the register it aliases stay too (the generated
        // code leaves their relation out when they are missing).
        for r in kept(&named) {
            named.extend(
                [&r.acked_by, &r.alias_of]
                    .into_iter()
                    .flatten()
                    .map(|n| camel(n)),
            );
        }
        lean.registers = kept(&named);
        let text: String = crate::core::files(&lean)?
            .into_iter()
            .map(|f| f.contents)
            .collect();
        let before = named.len();
        named.extend(words(&text).into_iter().map(str::to_string));
        if named.len() == before {
            return Ok(lean);
        }
    }
}

/// The `PREFIX_` every name shares (the part up to and including the first `_` of the first),
/// if there are at least two names and each is longer than it.
fn common_prefix<'a>(mut names: impl Iterator<Item = &'a str> + Clone) -> Option<String> {
    let first = names.clone().next()?;
    let (p, _) = first.split_once('_')?;
    let p = format!("{p}_");
    (names.clone().count() > 1 && names.all(|n| n.starts_with(&p) && n.len() > p.len()))
        .then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_identifiers() {
        let w = words("let x = Cr0::new().with_smmuen(true); 0x10 r2d2");
        assert!(w.contains("Cr0") && w.contains("with_smmuen") && w.contains("r2d2"));
        assert!(!w.contains("0x10"));
    }

    #[test]
    fn the_prefix_is_shared_by_all() {
        assert_eq!(
            common_prefix(["CMD_SYNC", "CMD_CFGI_STE"].into_iter()),
            Some("CMD_".into())
        );
        assert_eq!(common_prefix(["CMD_SYNC", "EVT_X"].into_iter()), None);
        assert_eq!(common_prefix(["CMD_SYNC"].into_iter()), None);
    }
}
