//! The fourth stage: reachability to a fixpoint, each crate's from its roots. A fixpoint of
//! the match-arm rewrites the pass refuses (see [`variants`]) and of the fields that go (see
//! [`fields`]): what only a removed field's type or its initializers named goes too.

use super::*;

/// Which units each crate keeps (indexed as the crate's units), and the fields' removals per
/// runtime file.
pub(super) struct Live {
    /// Kept by the driver.
    pub(super) driver: Vec<bool>,
    /// Kept by the test module (the driver's when there is none).
    pub(super) test: Vec<bool>,
    /// The ranges of the unread fields and their initializers, per runtime file.
    pub(super) field_edits: Vec<Vec<(usize, usize)>>,
}

/// What each crate keeps; `c` gains the refused rewrites and loses what removed fields named.
pub(super) fn live(
    c: &mut Crate,
    roots: &Roots,
    files: &[GeneratedFile],
    runtime: &[usize],
    parsed: &[syn::File],
    types: &Types,
) -> Live {
    let driver: Vec<&Refs> = roots.driver.iter().collect();
    let test: Vec<&Refs> = roots.test.iter().collect();
    let texts: Vec<String> = runtime
        .iter()
        .map(|&fi| files[fi].contents.clone())
        .collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut fields_gone: BTreeSet<(String, String)> = BTreeSet::new();
    let (live_driver, live_test, field_edits) = loop {
        let live_driver = c.reach(&driver);
        // Without a test module, no item is gated.
        let live_test = if test.is_empty() {
            live_driver.clone()
        } else {
            c.reach(&test)
        };
        let refused = c.refusals([&live_driver, &live_test]);
        if !refused.is_empty() {
            c.refused.extend(refused);
            continue;
        }
        // Fields no kept code of either crate touches (reads, or assigns: `t.f = v` stays).
        let mut read: BTreeSet<(String, String)> = BTreeSet::new();
        for r in driver.iter().chain(&test) {
            read.extend(r.touched.iter().cloned());
        }
        // What goes whole (its literals do not count).
        let mut gone: Vec<Vec<(usize, usize)>> = vec![Vec::new(); runtime.len()];
        for (i, u) in c.units.iter().enumerate() {
            if live_driver[i] || live_test[i] {
                read.extend(u.refs.touched.iter().cloned());
            } else if !matches!(u.kind, Kind::Expansion { .. }) {
                gone[u.file].push(u.range);
            }
        }
        let (edits, removed) = unread_fields(parsed, &texts, &read, &gone);
        let new: Vec<Gone> = removed
            .into_iter()
            .filter(|g| !fields_gone.contains(&g.key))
            .collect();
        if new.is_empty() {
            break (live_driver, live_test, edits);
        }
        for g in new {
            // The struct's names and the initializers' units' lose what the field named.
            let refs = Refs::of(g.decl, false, types);
            if let Some(u) = c.units.iter_mut().find(|u| {
                u.file == g.file && u.name == g.key.0 && matches!(u.kind, Kind::Free { .. })
            }) {
                minus(&mut u.refs, &refs);
            }
            for (file, at, tokens) in g.inits {
                let inner = c
                    .units
                    .iter()
                    .enumerate()
                    .filter(|(_, u)| u.file == file && u.range.0 <= at && at < u.range.1)
                    .min_by_key(|(_, u)| u.range.1 - u.range.0)
                    .map(|(i, _)| i);
                if let Some(i) = inner {
                    minus(&mut c.units[i].refs, &Refs::of(tokens, false, types));
                }
            }
            fields_gone.insert(g.key);
        }
    };
    Live {
        driver: live_driver,
        test: live_test,
        field_edits,
    }
}
