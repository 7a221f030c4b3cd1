//! `iommu_spec!("specs/smmuv3.iommu")`: reads, checks and expands a spec's typed `no_std` layer
//! in place, so a plain `cargo build` of a driver emits its code. The path is relative to the
//! calling crate's manifest directory. A spec error becomes a compile error naming the spec's
//! file, line and column; the crate is rebuilt when any file of the spec changes.

use std::path::{Path, PathBuf};

use proc_macro::TokenStream;
use quote::quote;

/// Expands to the modules of the spec's core layer (`support`, `enums`, `regs`, `entries`, one
/// per queue, `pagetables`). Use it inside a module: `mod smmuv3 { iommugen_macros::iommu_spec!("specs/smmuv3.iommu"); }`.
#[proc_macro]
pub fn iommu_spec(input: TokenStream) -> TokenStream {
    let lit = match syn::parse::<syn::LitStr>(input) {
        Ok(l) => l,
        Err(e) => return e.to_compile_error().into(),
    };
    let base =
        std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let path = base.join(lit.value());
    match iommugen_dsl::load_file(&path) {
        Ok(spec) => {
            let root_dir = path.parent().unwrap_or(Path::new("."));
            let tracked: Vec<PathBuf> = spec.files.iter().map(|f| root_dir.join(f)).collect();
            match iommugen_codegen::core::tokens(&spec) {
                Ok(tokens) => {
                    let track = track(&tracked);
                    quote!(#track #tokens).into()
                }
                Err(e) => syn::Error::new(lit.span(), format!("iommu_spec!: {e}"))
                    .to_compile_error()
                    .into(),
            }
        }
        Err(diags) => {
            let tracked: Vec<PathBuf> = diags
                .sources
                .files()
                .iter()
                .filter_map(|f| f.path.clone())
                .collect();
            let track = track(&tracked);
            let errors = diags.items.iter().map(|d| {
                let (file, line, col) = diags.location(d);
                let one = iommugen_dsl::Diagnostics {
                    items: vec![d.clone()],
                    sources: diags.sources.clone(),
                };
                let msg = format!(
                    "spec error at {file}:{line}:{col}: {}\n{}",
                    d.message,
                    one.render_plain()
                );
                syn::Error::new(lit.span(), msg).to_compile_error()
            });
            quote!(#track #(#errors)*).into()
        }
    }
}

/// `include_bytes!` of every spec file, so cargo rebuilds the crate when one changes.
fn track(files: &[PathBuf]) -> proc_macro2::TokenStream {
    let items = files.iter().filter_map(|p| p.canonicalize().ok()).map(|p| {
        let s = p.display().to_string();
        quote!(
            const _: &[u8] = include_bytes!(#s);
        )
    });
    quote!(#(#items)*)
}
