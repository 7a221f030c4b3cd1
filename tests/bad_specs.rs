//! The bad-spec corpus: every `bad/*.iommu` file holds one deliberate mistake (or, for a few,
//! several independent ones) and must be rejected with located, explained diagnostics. The
//! rendered diagnostics are snapshotted so any change to their wording or location is reviewed.

use std::path::{Path, PathBuf};

/// Every `bad/*.iommu` file, sorted, as paths relative to this crate (the test's working
/// directory), so snapshots show `bad/NN-name.iommu` rather than a machine-specific path.
fn bad_specs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("bad")
        .expect("tests/bad exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "iommu"))
        .collect();
    files.sort();
    files
}

#[test]
fn bad_specs_are_rejected_with_located_diagnostics() {
    let files = bad_specs();
    assert!(files.len() >= 34, "expected the whole corpus, found {} files", files.len());
    let mut problems = Vec::new();
    for path in &files {
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let diags = match iommugen_dsl::load_file(path) {
            Ok(_) => {
                problems.push(format!("{}: accepted, but it holds a deliberate mistake", path.display()));
                continue;
            }
            Err(diags) => diags,
        };
        let text = diags.render_plain();
        if diags.is_empty() {
            problems.push(format!("{}: rejected without any diagnostic", path.display()));
        }
        let file_name = path.file_name().unwrap().to_str().unwrap();
        if !text.contains(file_name) {
            problems.push(format!("{}: the report does not name the file", path.display()));
        }
        for d in &diags.items {
            let (file, line, col) = diags.location(d);
            let at = format!("{file}:{line}:{col}");
            if !text.contains(&at) {
                problems.push(format!("{}: [{}] is not shown at {at}", path.display(), d.code));
            }
            if d.help.as_deref().is_none_or(|h| h.trim().is_empty()) {
                problems.push(format!("{}: [{}] {} has no help text", path.display(), d.code, d.message));
            }
        }
        if !text.contains("help:") {
            problems.push(format!("{}: the report shows no help text", path.display()));
        }
        insta::assert_snapshot!(name, text);
    }
    assert!(problems.is_empty(), "bad-spec corpus problems:\n{}", problems.join("\n"));
}

/// The example every newcomer reads must itself be a clean spec.
#[test]
fn toy_example_checks_clean() {
    let path = Path::new("../examples/toy.iommu");
    if let Err(diags) = iommugen_dsl::load_file(path) {
        panic!("examples/toy.iommu does not check:\n{}", diags.render_plain());
    }
}
