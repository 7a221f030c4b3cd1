//! Shared helpers for the workspace-level tests.

/// Prints how many facts a cross-check table checked and fails with every disagreement.
pub fn report(table: &str, checked: usize, failures: Vec<String>) {
    eprintln!(
        "{table}: {checked} facts checked, {} failed",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{table}: {} of {checked} facts disagree:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
