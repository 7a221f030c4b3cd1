//! The core backend: the typed, `no_std`, dependency-free Rust layer of a spec. One module per
//! kind of item (enums, registers, entries, one per queue, page tables) plus the support module
//! they share. The same modules are written to `generated/<spec>/core/` by `iommugen gen` and
//! expanded in place by `iommu_spec!`.

mod directories;
mod fields;
mod layouts;
mod pagetables;
mod regs;
mod semantics;

use std::collections::HashMap;

use iommugen_dsl::ir::{self, Spec};
use proc_macro2::TokenStream;
use quote::quote;

use crate::names::{camel, ident, snake};
use crate::{CodegenError, GeneratedFile, SUPPORT_RS};

/// What generators need to know while emitting one module.
pub struct Ctx<'a> {
    pub spec: &'a Spec,
    /// Path from the current module to the core root (`super::` or `super::super::`).
    pub root: TokenStream,
}

/// One generated module: its file name, module doc and items.
pub struct Module {
    pub name: String,
    pub doc: Vec<String>,
    pub body: TokenStream,
}

/// The path of the Rust enum generated for the spec enum `name`.
pub fn enum_type(ctx: &Ctx, name: &str) -> TokenStream {
    let id = ident(&camel(name));
    let root = &ctx.root;
    quote!(#root enums::#id)
}

/// `#[doc]` attributes for doc lines.
pub fn docs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|l| {
        let text = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

/// Doc lines for an item: its own doc, then where it is defined.
pub fn item_docs(doc: &[String], facts: &[String], section: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = doc.to_vec();
    if out.is_empty() {
        out.push("(No description in the spec.)".into());
    }
    if !facts.is_empty() {
        out.push(String::new());
        out.extend(facts.iter().cloned());
    }
    if let Some(s) = section {
        out.push(String::new());
        out.push(format!("Architecture reference: section {s}."));
    }
    out
}

/// Every module of the core layer, in output order.
pub fn modules(spec: &Spec) -> Result<Vec<Module>, CodegenError> {
    check_names(spec)?;
    let ctx = Ctx {
        spec,
        root: quote!(super::),
    };
    let mut out = vec![
        Module {
            name: "enums".into(),
            doc: vec![format!(
                "Enumerations of `{}`: encoded field values, with fallible decoding.",
                spec.name
            )],
            body: enums(spec),
        },
        Module {
            name: "regs".into(),
            doc: vec![format!(
                "Registers of `{}`: one value type per register, with its offset and typed fields.",
                spec.name
            )],
            body: regs::registers(&ctx),
        },
        Module {
            name: "entries".into(),
            doc: vec![format!(
                "In-memory structures of `{}`, as arrays of little-endian 64-bit words.",
                spec.name
            )],
            body: layouts::entries(&ctx),
        },
    ];
    for q in &spec.queues {
        out.push(Module {
            name: snake(&q.name),
            doc: vec![format!(
                "The `{}` queue: its {}-byte records and their encoding.",
                q.name, q.size
            )],
            body: layouts::queue(&ctx, q),
        });
    }
    if let Some(sem) = &spec.semantics {
        out.push(Module {
            name: "semantics".into(),
            doc: vec![format!(
                "The API semantics `{}`: domain types, operation preconditions and realisation rules.",
                sem.name
            )],
            body: semantics::semantics(spec, sem),
        });
    }
    if !spec.directories.is_empty() {
        out.push(Module {
            name: "directories".into(),
            doc: vec![
                "Directory tables: per format and mode, the levels and index split of each directory.".into(),
            ],
            body: directories::directories(spec),
        });
    }
    if !spec.page_tables.is_empty() {
        out.push(Module {
            name: "pagetables".into(),
            doc: vec![
                "Translation table formats: descriptor types and per-granule geometry.".into(),
            ],
            body: pagetables::page_tables(spec),
        });
    }
    Ok(out)
}

/// The preamble every generated module starts with.
pub fn preamble(root: &TokenStream) -> TokenStream {
    quote! {
        #[allow(unused_imports)]
        use #root support::{self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits, Writable};
    }
}

fn enums(spec: &Spec) -> TokenStream {
    let items = spec.enums.iter().map(|e| {
        let ty = ident(&camel(&e.name));
        let repr = fields::uint_type(e.width);
        let doc = docs(&item_docs(
            &e.doc,
            &[format!("Spec enum `{}`, {} bits wide.", e.name, e.width)],
            None,
        ));
        let variants = e.variants.iter().map(|v| {
            let id = ident(&camel(&v.name));
            let lit = fields::hex(v.value);
            let vdoc = docs(&if v.doc.is_empty() {
                vec![format!("`{}` = {:#x}.", v.name, v.value)]
            } else {
                v.doc.clone()
            });
            quote!(#vdoc #id = #lit)
        });
        let arms = e.variants.iter().map(|v| {
            let id = ident(&camel(&v.name));
            let lit = fields::hex(v.value);
            quote!(#lit => Some(Self::#id))
        });
        let names = e.variants.iter().map(|v| {
            let id = ident(&camel(&v.name));
            let n = &v.name;
            quote!(Self::#id => #n)
        });
        let name = &e.name;
        quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[repr(#repr)]
            pub enum #ty {
                #(#variants,)*
            }
            impl #ty {
                /// The spec's name for this enumeration.
                pub const NAME: &'static str = #name;
                /// Decodes a raw field value; `None` for a reserved encoding.
                #[inline]
                pub const fn from_bits(raw: u64) -> Option<Self> {
                    match raw {
                        #(#arms,)*
                        _ => None,
                    }
                }
                /// The raw encoding.
                #[inline]
                pub const fn bits(self) -> u64 {
                    self as u64
                }
                /// The architectural name of the value.
                pub const fn name(self) -> &'static str {
                    match self {
                        #(#names,)*
                    }
                }
            }
        }
    });
    quote!(#(#items)*)
}

/// Refuses specs whose names collide once converted to Rust.
fn check_names(spec: &Spec) -> Result<(), CodegenError> {
    fn unique<'a>(
        what: &str,
        names: impl IntoIterator<Item = (&'a str, String)>,
    ) -> Result<(), CodegenError> {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (orig, conv) in names {
            if let Some(prev) = seen.insert(conv.clone(), orig) {
                if prev != orig {
                    return Err(CodegenError(format!(
                        "{what} `{prev}` and `{orig}` both become `{conv}` in Rust; rename one"
                    )));
                }
            }
        }
        Ok(())
    }
    unique(
        "enums",
        spec.enums.iter().map(|e| (e.name.as_str(), camel(&e.name))),
    )?;
    for e in &spec.enums {
        unique(
            &format!("variants of `{}`", e.name),
            e.variants.iter().map(|v| (v.name.as_str(), camel(&v.name))),
        )?;
    }
    unique(
        "registers",
        spec.registers
            .iter()
            .map(|r| (r.name.as_str(), camel(&r.name))),
    )?;
    unique(
        "entries",
        spec.entries
            .iter()
            .map(|e| (e.name.as_str(), camel(&e.name))),
    )?;
    let layouts = spec
        .registers
        .iter()
        .map(|r| (r.name.as_str(), &r.fields))
        .chain(spec.entries.iter().map(|e| (e.name.as_str(), &e.fields)))
        .chain(
            spec.queues
                .iter()
                .flat_map(|q| q.records.iter().map(|r| (r.name.as_str(), &r.fields))),
        )
        .chain(spec.page_tables.iter().flat_map(|t| {
            t.descriptors
                .iter()
                .map(|d| (d.name.as_str(), &d.layout.fields))
        }));
    for (owner, fields) in layouts {
        unique(
            &format!("fields of `{owner}`"),
            fields.iter().map(|f| (f.name.as_str(), snake(&f.name))),
        )?;
    }
    for q in &spec.queues {
        unique(
            &format!("records of `{}`", q.name),
            q.records.iter().map(|r| (r.name.as_str(), camel(&r.name))),
        )?;
    }
    Ok(())
}

/// Formats a module as a file.
fn render_file(doc: &[String], body: TokenStream) -> Result<String, CodegenError> {
    let inner = doc.iter().map(|l| {
        let t = format!(" {l}");
        quote!(#![doc = #t])
    });
    let tokens = quote! {
        #(#inner)*
        #body
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| CodegenError(format!("generated code does not parse: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

/// The core layer as files under `core/`.
pub fn files(spec: &Spec) -> Result<Vec<GeneratedFile>, CodegenError> {
    let mods = modules(spec)?;
    let mut out = Vec::new();
    let decls = mods.iter().map(|m| {
        let id = ident(&m.name);
        let d = docs(&m.doc[..1]);
        quote!(#d pub mod #id;)
    });
    let title = format!(
        "Typed access to `{}`, generated by iommugen from the spec; do not edit.",
        spec.name
    );
    let mut top = vec![title, String::new()];
    top.extend(spec.doc.iter().cloned());
    if let Some(r) = &spec.reference {
        top.push(String::new());
        top.push(format!("Section numbers cite: {r}."));
    }
    let mod_rs = render_file(
        &top,
        quote! {
            /// Support code shared by the generated modules.
            pub mod support;
            #(#decls)*
        },
    )?;
    out.push(GeneratedFile {
        path: "core/mod.rs".into(),
        contents: mod_rs,
    });
    out.push(GeneratedFile {
        path: "core/support.rs".into(),
        contents: SUPPORT_RS.to_string(),
    });
    for m in mods {
        let body = m.body;
        let pre = preamble(&quote!(super::));
        out.push(GeneratedFile {
            path: format!("core/{}.rs", m.name),
            contents: render_file(&m.doc, quote!(#pre #body))?,
        });
    }
    Ok(out)
}

/// The core layer as one token stream of inline modules (what `iommu_spec!` expands to).
pub fn tokens(spec: &Spec) -> Result<TokenStream, CodegenError> {
    let support: TokenStream = SUPPORT_RS
        .parse()
        .map_err(|e| CodegenError(format!("support module does not tokenize: {e}")))?;
    let mods = modules(spec)?.into_iter().map(|m| {
        let id = ident(&m.name);
        let d = docs(&m.doc);
        let pre = preamble(&quote!(super::));
        let body = m.body;
        quote!(#d pub mod #id { #pre #body })
    });
    Ok(quote! {
        /// Support code shared by the generated modules.
        pub mod support { #support }
        #(#mods)*
    })
}

/// A field's value type as text (for docs and tests).
pub fn describe_field(spec: &Spec, f: &ir::Field) -> String {
    let ctx = Ctx {
        spec,
        root: quote!(),
    };
    fields::value_type(&ctx, f).to_string()
}
