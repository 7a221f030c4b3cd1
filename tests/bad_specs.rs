//! The bad-spec corpus: every `bad/*.iommu` file holds one deliberate mistake (a few hold
//! several independent ones, to show they are all reported at once) and must be rejected with
//! located, explained diagnostics. The rendered diagnostics are snapshotted, so any change to
//! their wording or location is reviewed. Files in subfolders of `bad/` are imported fragments.

use std::path::{Path, PathBuf};

use iommugen_dsl::Diagnostics;

/// Every `bad/*.iommu` file, sorted, as paths relative to this crate (the test's working
/// directory), so diagnostics show `bad/NN-name.iommu` rather than a machine-specific path.
fn bad_specs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("bad")
        .expect("tests/bad exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "iommu"))
        .collect();
    files.sort();
    files
}

/// Replaces this checkout's absolute path (some messages show where a file was looked for) by
/// `$TESTS`, before rendering, so snapshots do not depend on where the repository lives.
fn normalize_paths(diags: &mut Diagnostics) {
    let dir = env!("CARGO_MANIFEST_DIR");
    let canonical = std::fs::canonicalize(dir).map(|p| p.display().to_string());
    let fix = |s: &mut String| {
        if let Ok(c) = &canonical {
            *s = s.replace(c.as_str(), "$TESTS");
        }
        *s = s.replace(dir, "$TESTS");
    };
    for d in &mut diags.items {
        fix(&mut d.message);
        fix(&mut d.primary.1);
        d.secondary.iter_mut().for_each(|(_, label)| fix(label));
        if let Some(h) = &mut d.help {
            fix(h);
        }
    }
}

#[test]
fn bad_specs_are_rejected_with_located_diagnostics() {
    let files = bad_specs();
    assert!(
        files.len() >= 34,
        "expected the whole corpus, found {} files",
        files.len()
    );
    let mut problems = Vec::new();
    for path in &files {
        let shown = path.display();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let mut diags = match iommugen_dsl::load_file(path) {
            Ok(_) => {
                problems.push(format!(
                    "{shown}: accepted, but it holds a deliberate mistake"
                ));
                continue;
            }
            Err(diags) => diags,
        };
        normalize_paths(&mut diags);
        if diags.is_empty() {
            problems.push(format!("{shown}: rejected without any diagnostic"));
        }
        let text = diags.render_plain();
        // Each diagnostic names its file (the bad spec, or for import errors the fragment it
        // sits in) with `file:line:col`, and says how to fix it.
        for d in &diags.items {
            let (file, line, col) = diags.location(d);
            let at = format!("{file}:{line}:{col}");
            if !file.starts_with("bad/") || !text.contains(&at) {
                problems.push(format!("{shown}: [{}] is not shown at `{at}`", d.code));
            }
            if d.help.as_deref().is_none_or(|h| h.trim().is_empty()) {
                problems.push(format!(
                    "{shown}: [{}] {} has no help text",
                    d.code, d.message
                ));
            }
        }
        if !text.contains("help:") {
            problems.push(format!("{shown}: the report shows no help text"));
        }
        insta::assert_snapshot!(name, text);
    }
    assert!(
        problems.is_empty(),
        "bad-spec corpus problems:\n{}",
        problems.join("\n")
    );
}

/// The example every newcomer reads must itself be a clean spec.
#[test]
fn toy_example_checks_clean() {
    let path = Path::new("../examples/toy.iommu");
    if let Err(diags) = iommugen_dsl::load_file(path) {
        panic!(
            "examples/toy.iommu does not check:\n{}",
            diags.render_plain()
        );
    }
}
