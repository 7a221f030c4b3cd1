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

use crate::names::{arch, ident, snake, type_lints};
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
    let id = arch(name);
    let root = &ctx.root;
    quote!(#root enums::#id)
}

/// `#[doc]` attributes for doc lines, their square brackets escaped outside code spans: the
/// manuals' bit ranges (`bits [7:4]`) are text, not rustdoc links.
pub fn docs(lines: &[String]) -> TokenStream {
    let lines = escape_brackets(lines);
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

/// `lines` with `[` and `]` outside code spans (backticks, which may span lines) escaped for
/// Markdown, so rustdoc reads no link into them.
pub fn escape_brackets(lines: &[String]) -> Vec<String> {
    let mut in_code = false;
    lines
        .iter()
        .map(|l| {
            let mut out = String::with_capacity(l.len());
            for c in l.chars() {
                match c {
                    '`' => in_code = !in_code,
                    '[' | ']' if !in_code => out.push('\\'),
                    _ => {}
                }
                out.push(c);
            }
            out
        })
        .collect()
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
        let ty = arch(&e.name);
        let allow = type_lints(
            [e.name.as_str()]
                .into_iter()
                .chain(e.variants.iter().map(|v| v.name.as_str())),
        );
        let variant_allow = crate::names::variant_lints(e.variants.iter().map(|v| v.name.as_str()));
        let repr = fields::uint_type(e.width);
        let doc = docs(&item_docs(
            &e.doc,
            &[format!("Spec enum `{}`, {} bits wide.", e.name, e.width)],
            None,
        ));
        let variants = e.variants.iter().map(|v| {
            let id = arch(&v.name);
            let lit = fields::hex(v.value);
            let vdoc = docs(&if v.doc.is_empty() {
                vec![format!("`{}` = {:#x}.", v.name, v.value)]
            } else {
                v.doc.clone()
            });
            quote!(#vdoc #id = #lit)
        });
        let arms = e.variants.iter().map(|v| {
            let id = arch(&v.name);
            let lit = fields::hex(v.value);
            quote!(#lit => Some(Self::#id))
        });
        let names = e.variants.iter().map(|v| {
            let id = arch(&v.name);
            let n = &v.name;
            quote!(Self::#id => #n)
        });
        let name = &e.name;
        quote! {
            #doc
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            #[repr(#repr)]
            #allow
            #variant_allow
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

/// Refuses specs whose names collide in Rust: a field whose accessors would have the name of
/// another field's accessor or of a generated member (`bits`, `OFFSET`, `new`...), or two items
/// of one module with one name. Architectural names keep their spelling, so distinct names in the
/// spec stay distinct; what can collide is a keyword's escape (`type` becomes `type_`) and the
/// generator's own affixes and members.
fn check_names(spec: &Spec) -> Result<(), CodegenError> {
    fn unique<'a>(
        what: &str,
        names: impl IntoIterator<Item = (&'a str, String)>,
    ) -> Result<(), CodegenError> {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (orig, conv) in names {
            if let Some(prev) = seen.insert(conv.clone(), orig) {
                return Err(CodegenError(if prev == orig {
                    format!("{what}: `{orig}` would define `{conv}` twice in Rust; rename it")
                } else {
                    format!(
                        "{what}: `{prev}` and `{orig}` both define `{conv}` in Rust; rename one"
                    )
                }));
            }
        }
        Ok(())
    }
    // Members every generated register, entry or record has besides its field accessors.
    const MEMBERS: &[&str] = &[
        "OFFSET",
        "RESET",
        "FIRST",
        "LAST",
        "STRIDE",
        "FIELDS",
        "WORDS",
        "OPCODE",
        "FUNC",
        "BUSY_MASK",
        "NAME",
        "WIDTH",
        "SHARED",
        "offset_of",
        "from_bits",
        "bits",
        "new",
        "validate",
        "used_bits",
        "update_safe",
        "acked_by",
        "active",
        "acknowledge",
        "settled",
        "words",
        "words_mut",
        "from_raw",
        "to_raw",
        "fmt",
        "default",
        "clone",
        "eq",
        "MATCH_MASK",
        "MATCH_VALUE",
        "AT",
        "matches",
    ];
    let members = || MEMBERS.iter().map(|m| ("(generated)", m.to_string()));
    let arch_name = |n: &str| arch(n).to_string();
    unique(
        "enums",
        spec.enums
            .iter()
            .map(|e| (e.name.as_str(), arch_name(&e.name))),
    )?;
    for e in &spec.enums {
        unique(
            &format!("values of enum `{}`", e.name),
            e.variants
                .iter()
                .map(|v| (v.name.as_str(), arch_name(&v.name))),
        )?;
    }
    // The registers module also holds the block constants.
    unique(
        "registers",
        spec.registers
            .iter()
            .map(|r| (r.name.as_str(), arch_name(&r.name)))
            .chain(["MMIO_SIZE".to_string()].map(|m| ("(generated)", m)))
            .chain(spec.register_blocks.iter().flat_map(|b| {
                let u = crate::names::upper(&b.name);
                [
                    (b.name.as_str(), format!("{u}_BASE")),
                    (b.name.as_str(), format!("{u}_SIZE")),
                ]
            })),
    )?;
    unique(
        "entries",
        spec.entries
            .iter()
            .map(|e| (e.name.as_str(), arch_name(&e.name))),
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
        // Every accessor a field could get, whatever the access kind.
        let accessors = fields.iter().flat_map(|f| {
            let mut names = fields::method_names(f, fields::Writes::Set);
            names.push(format!("clear_{}", f.name));
            names.into_iter().map(move |n| (f.name.as_str(), n))
        });
        unique(&format!("fields of `{owner}`"), members().chain(accessors))?;
    }
    for q in &spec.queues {
        let kind = match q.kind {
            ir::QueueKind::Commands => "Command",
            ir::QueueKind::Events => "Event",
            ir::QueueKind::Requests => "Request",
        };
        unique(
            &format!("records of `{}`", q.name),
            q.records
                .iter()
                .map(|r| (r.name.as_str(), arch_name(&r.name)))
                .chain(
                    [
                        crate::names::queue_enum(&q.name, kind).to_string(),
                        "RECORD_BYTES".into(),
                        "WRAP_BIT".into(),
                        "CSR".into(),
                    ]
                    .map(|m| ("(generated)", m)),
                ),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(fields: &str) -> Spec {
        let text = format!(
            "iommu t {{\n  regs main @ 0x0 size 0x100 {{\n    CTRL @ 0x0 : u32 rw {{ {fields} }}\n  }}\n}}\n"
        );
        iommugen_dsl::check_source("t.iommu", &text).expect("the spec checks")
    }

    #[test]
    fn names_that_meet_in_rust_are_refused() {
        assert!(check_names(&spec("EN [0] en [1] reserved [31:2]")).is_ok());
        let e = check_names(&spec("EN [0] bits [1] reserved [31:2]")).unwrap_err();
        assert!(e.0.contains("`bits`"), "{e}");
        let e = check_names(&spec("type [0] type_ [1] reserved [31:2]")).unwrap_err();
        assert!(
            e.0.contains("`type` and `type_` both define `type_`"),
            "{e}"
        );
        let e = check_names(&spec("EN [0] with_EN [1] reserved [31:2]")).unwrap_err();
        assert!(e.0.contains("with_EN"), "{e}");
    }

    #[test]
    fn brackets_are_escaped_outside_code_spans() {
        let lines: Vec<String> = ["bits [7:4] of `a[1]`", "x `multi", "[y]` z [w]"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            escape_brackets(&lines),
            ["bits \\[7:4\\] of `a[1]`", "x `multi", "[y]` z \\[w\\]"]
        );
    }
}
