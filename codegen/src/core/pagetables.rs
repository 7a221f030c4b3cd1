//! Page-table formats: descriptor value types with their identifying field values, and the
//! geometry of every granule (levels, index bits, bytes per entry) as tables for the runtime's
//! walker and mapper.

use iommugen_dsl::ir::{self, DescAt, Spec};
use proc_macro2::TokenStream;
use quote::quote;

use crate::core::fields::{self, Storage, Writes};
use crate::core::layouts::{self, Src};
use crate::core::{docs, item_docs, preamble, Ctx};
use crate::names::{arch, ident, method_lints, snake, type_lints};

pub fn page_tables(spec: &Spec) -> TokenStream {
    let ctx = Ctx {
        spec,
        root: quote!(super::super::),
    };
    let formats = spec.page_tables.iter().map(|t| format(&ctx, t));
    quote!(#(#formats)*)
}

fn format(ctx: &Ctx, t: &ir::PageTable) -> TokenStream {
    let m = ident(&snake(&t.name));
    let doc = docs(&item_docs(
        &t.doc,
        &[format!("Stage {} translation tables with {}-bit descriptors, {}-bit input and {}-bit output addresses.", t.stage, t.descriptor_bits, t.va_bits, t.oa_bits)],
        t.section.as_deref(),
    ));
    let (stage, va, oa, bits) = (t.stage, t.va_bits, t.oa_bits, t.descriptor_bits);
    let granules = t.granules.iter().map(|g| {
        let id = ident(&format!("GRANULE_{}", size_name(g.size)));
        let levels = g.levels.iter().map(|l| {
            let (level, lsb, msb, leaf, last) = (l.level, l.index_lsb, l.index_msb, l.leaf, l.last);
            let span = fields::hex(l.entry_span);
            quote!(support::LevelInfo { level: #level, index_lsb: #lsb, index_msb: #msb, entry_span: #span, leaf: #leaf, last: #last })
        });
        let (size, shift, index_bits) = (fields::hex(g.size), g.shift, g.index_bits);
        let summary: Vec<String> = g
            .levels
            .iter()
            .map(|l| format!("level {}: VA[{}:{}], {} bytes per entry{}", l.level, l.index_msb, l.index_lsb, l.entry_span, if l.last { " (pages)" } else if l.leaf { " (blocks allowed)" } else { "" }))
            .collect();
        let mut lines = vec![format!("The {} granule.", size_name(g.size))];
        lines.extend(g.doc.iter().cloned());
        lines.push(String::new());
        lines.extend(summary);
        let d = docs(&lines);
        quote! {
            #d
            pub const #id: support::GranuleInfo = support::GranuleInfo {
                size: #size,
                shift: #shift,
                index_bits: #index_bits,
                levels: &[#(#levels),*],
            };
        }
    });
    let all = t
        .granules
        .iter()
        .map(|g| ident(&format!("GRANULE_{}", size_name(g.size))));
    let descriptors = t.descriptors.iter().map(|d| descriptor(ctx, d));
    let pre = preamble(&ctx.root);
    quote! {
        #doc
        pub mod #m {
            #pre
            /// Translation stage.
            pub const STAGE: u32 = #stage;
            /// Input address size in bits.
            pub const VA_BITS: u32 = #va;
            /// Output address size in bits.
            pub const OA_BITS: u32 = #oa;
            /// Descriptor size in bits.
            pub const DESCRIPTOR_BITS: u32 = #bits;
            #(#granules)*
            /// Every granule, smallest first as declared.
            pub const GRANULES: &[support::GranuleInfo] = &[#(#all),*];
            #(#descriptors)*
        }
    }
}

fn size_name(size: u64) -> String {
    match size {
        s if s >= 1 << 30 && s % (1 << 30) == 0 => format!("{}G", s >> 30),
        s if s >= 1 << 20 && s % (1 << 20) == 0 => format!("{}M", s >> 20),
        s if s >= 1 << 10 && s % (1 << 10) == 0 => format!("{}K", s >> 10),
        s => format!("{s}"),
    }
}

fn descriptor(ctx: &Ctx, d: &ir::Descriptor) -> TokenStream {
    let ty = arch(&d.name);
    let type_allow = type_lints([d.name.as_str()]);
    let method_allow = method_lints(
        d.layout
            .fields
            .iter()
            .flat_map(|f| fields::method_names(f, Writes::Set))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    );
    let name = &d.name;
    let (mut mask, mut value) = (0u64, 0u64);
    for m in &d.matches {
        if let Some(f) = d.layout.field(&m.field) {
            mask |= f.word_mask();
            value |= m.value << (f.lsb % 64);
        }
    }
    let at = match d.at {
        DescAt::Table => "a non-final level (points at the next table)",
        DescAt::Block => "a block level",
        DescAt::Page => "the final level",
        DescAt::Leaf => "a block level or the final level (a leaf)",
    };
    let ident_desc: Vec<String> = d
        .matches
        .iter()
        .map(|m| format!("{} = {}", m.field, m.value))
        .collect();
    let mut ident_desc = ident_desc;
    if let Some(c) = &d.when {
        ident_desc.push(cond_text(c));
    }
    let facts = vec![format!(
        "Descriptor `{name}`, found at {at}; identified by {}.",
        if ident_desc.is_empty() {
            "nothing".to_string()
        } else {
            ident_desc.join(", ")
        }
    )];
    let doc = docs(&item_docs(
        &d.layout.doc,
        &facts,
        d.layout.section.as_deref(),
    ));
    let accessors = d
        .layout
        .fields
        .iter()
        .map(|f| fields::accessors(ctx, f, Storage::U64, Writes::Set));
    let infos = d.layout.fields.iter().map(fields::field_info);
    let (mask_lit, value_lit) = (fields::hex(mask), fields::hex(value));
    let new_doc = docs(&[if d.when.is_some() {
        "The identifying field values with every other field zero; the fields the kind's condition names are still to be set.".to_string()
    } else {
        "A descriptor of this kind with every other field zero.".to_string()
    }]);
    let kind = ident(match d.at {
        DescAt::Table => "Table",
        DescAt::Block => "Block",
        DescAt::Page => "Page",
        DescAt::Leaf => "Leaf",
    });
    let predicate = match &d.when {
        Some(c) if mask == 0 => layouts::cond_expr(&d.layout, c, Src::Raw),
        Some(c) => {
            let e = layouts::cond_expr(&d.layout, c, Src::Raw);
            match c {
                ir::Cond::Or { .. } => {
                    quote!(raw & Self::MATCH_MASK == Self::MATCH_VALUE && (#e))
                }
                _ => quote!(raw & Self::MATCH_MASK == Self::MATCH_VALUE && #e),
            }
        }
        None => quote!(raw & Self::MATCH_MASK == Self::MATCH_VALUE),
    };
    quote! {
        #doc
        #[derive(Clone, Copy, PartialEq, Eq)]
        #[repr(transparent)]
        #type_allow
        pub struct #ty(pub u64);

        #method_allow
        impl #ty {
            /// Bits that identify this descriptor kind.
            pub const MATCH_MASK: u64 = #mask_lit;
            /// Their values.
            pub const MATCH_VALUE: u64 = #value_lit;
            /// Where the descriptor may appear.
            pub const AT: support::DescriptorAt = support::DescriptorAt::#kind;
            /// Fields, lowest first.
            pub const FIELDS: &'static [FieldInfo] = &[#(#infos),*];
            #new_doc
            #[inline]
            pub const fn new() -> Self {
                Self(Self::MATCH_VALUE)
            }
            /// Whether raw descriptor bits are of this kind.
            #[inline]
            pub const fn matches(raw: u64) -> bool {
                #predicate
            }
            /// The raw descriptor.
            #[inline]
            pub const fn bits(self) -> u64 {
                self.0
            }
            #(#accessors)*
        }

        impl Default for #ty {
            fn default() -> Self {
                Self::new()
            }
        }

        impl ::core::fmt::Debug for #ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                support::fmt_fields(f, #name, Self::FIELDS, &[self.0])
            }
        }
    }
}

/// A condition as spec text, for documentation.
fn cond_text(c: &ir::Cond) -> String {
    use ir::Cond;
    match c {
        Cond::Set { field } => field.clone(),
        Cond::Eq {
            field,
            value,
            variant,
        } => match variant {
            Some(v) => format!("{field} == {v}"),
            None => format!("{field} == {value}"),
        },
        Cond::In { field, values } => {
            let vs: Vec<String> = values.iter().map(|v| v.to_string()).collect();
            format!("{field} in {{ {} }}", vs.join(", "))
        }
        Cond::Not { cond } => format!("!{}", paren(cond)),
        Cond::And { all } => all.iter().map(paren).collect::<Vec<_>>().join(" && "),
        Cond::Or { any } => any.iter().map(paren).collect::<Vec<_>>().join(" || "),
    }
}

fn paren(c: &ir::Cond) -> String {
    match c {
        ir::Cond::And { .. } | ir::Cond::Or { .. } => format!("({})", cond_text(c)),
        _ => cond_text(c),
    }
}
