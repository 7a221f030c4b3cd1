//! The module's own types: a glue file that declares a struct of the name of a runtime type
//! (`iommu_ops.rs`'s `Iommu<'a>` beside the runtime's `Iommu<H, Q>`) means its own by that
//! name. Its `Type::name` paths, its `self`'s methods and those of bindings of that type name
//! its own items, none of the runtime's.

use super::*;

/// The structs, enums and unions `ast` declares at its top level.
pub(super) fn own_types(ast: &syn::File) -> BTreeSet<String> {
    ast.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            syn::Item::Union(u) => Some(u.ident.to_string()),
            _ => None,
        })
        .collect()
}

/// The glue's types `ast` imports from another glue file (`use iommu_ops::Iommu;`, a path not
/// through the runtime): `declared` are those the glue files declare.
pub(super) fn imported_own(ast: &syn::File, declared: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in &ast.items {
        let syn::Item::Use(u) = item else { continue };
        let mut ls = Vec::new();
        leaves("", &u.tree, &mut ls);
        for (path, bound) in ls {
            let leaf = path.split(" as ").next().unwrap_or(&path);
            let name = leaf.rsplit("::").next().unwrap_or(leaf);
            if !leaf.split("::").any(|s| s == "runtime") && declared.contains(name) {
                out.extend(bound);
            }
        }
    }
    out
}

/// The name the pass gives the module's own type `t` (no runtime type's).
pub(super) fn own_name(t: &str) -> String {
    format!("{t}@module")
}

impl Types {
    /// These types as code of a glue file that declares `own` sees them: a binding of one of
    /// those types has the file's type (with its fields).
    pub(super) fn with_own(&self, own: &BTreeSet<String>) -> Types {
        let mut t = self.clone();
        for o in own {
            if let Some(f) = self.fields.get(o) {
                t.fields.insert(own_name(o), f.clone());
            }
        }
        t.local = own.clone();
        t
    }
}
