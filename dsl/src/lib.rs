//! The `.iommu` specification language: grammar, AST, checker and the IR every backend reads.
//!
//! The data flow is `text --parse--> ast --check--> ir::Spec`. [`load_file`] runs it for a file
//! on disk (following imports), [`check_source`] for text in memory. Every problem comes back as
//! a located [`Diagnostic`]; nothing in this crate panics on bad input.

pub mod ast;
pub mod check;
pub mod diag;
pub mod format;
pub mod ir;
mod load;
pub mod parse;
pub mod source;

use std::path::Path;
use std::sync::Arc;

pub use diag::{Diagnostic, Diagnostics};

/// Reads, parses and checks the spec at `path` and everything it imports.
pub fn load_file(path: &Path) -> Result<ir::Spec, Diagnostics> {
    let default_name = path
        .file_stem()
        .map_or_else(|| "spec".to_string(), |s| s.to_string_lossy().into_owned());
    finish(load::load_path(path), &default_name)
}

/// Parses and checks spec text held in memory (`name` is used in diagnostics). Imports are
/// refused, since there is no file to resolve them against.
pub fn check_source(name: &str, text: &str) -> Result<ir::Spec, Diagnostics> {
    let stem = Path::new(name)
        .file_stem()
        .map_or_else(|| "spec".to_string(), |s| s.to_string_lossy().into_owned());
    finish(load::load_text(name, text), &stem)
}

fn finish(loaded: load::Loaded, default_name: &str) -> Result<ir::Spec, Diagnostics> {
    let load::Loaded {
        sources,
        files,
        diags,
    } = loaded;
    let sources = Arc::new(sources);
    if !diags.is_empty() {
        return Err(Diagnostics {
            items: diags,
            sources,
        });
    }
    check::check(&sources, &files, default_name).map_err(|items| Diagnostics { items, sources })
}
