//! Directories: for each directory of the spec, its formats and, per mode, the levels of the
//! radix tree (which ID bits index each table, entries per table, bytes per entry), as tables a
//! driver walks. The types describing them are emitted with the module, so specs without
//! directories get none.

use iommugen_dsl::ir::{self, Spec};
use proc_macro2::TokenStream;
use quote::quote;

use crate::core::fields;
use crate::core::{docs, item_docs};
use crate::names::{ident, snake, upper};

pub fn directories(spec: &Spec) -> TokenStream {
    let dirs = spec.directories.iter().map(directory);
    quote! {
        /// One level of a directory: the ID bits that index its tables.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct DirLevel {
            /// Lowest ID bit indexing this level.
            pub index_lsb: u32,
            /// Highest ID bit indexing this level.
            pub index_msb: u32,
            /// Entries in one table of this level.
            pub entries: u64,
            /// Bytes per entry.
            pub entry_bytes: u32,
            /// Whether the entries are leaves.
            pub leaf: bool,
        }

        impl DirLevel {
            /// The index into this level's table for `id`.
            #[inline]
            pub const fn index(&self, id: u64) -> u64 {
                (id >> self.index_lsb) & (self.entries - 1)
            }
            /// Byte offset of `id`'s entry in this level's table.
            #[inline]
            pub const fn offset(&self, id: u64) -> u64 {
                self.index(id) * self.entry_bytes as u64
            }
        }

        /// The levels of a directory in one mode, root first.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct DirLayout {
            /// The mode's name.
            pub mode: &'static str,
            /// The mode field's value.
            pub mode_value: u64,
            /// Root level first.
            pub levels: &'static [DirLevel],
        }

        impl DirLayout {
            /// Whether `id` fits the ID bits this layout indexes.
            #[inline]
            pub const fn covers(&self, id: u64) -> bool {
                match self.levels.first() {
                    Some(root) => root.index_msb >= 63 || id >> (root.index_msb + 1) == 0,
                    None => false,
                }
            }
        }

        /// One format of a directory: its leaf size and the layout of each mode.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct DirFormat {
            /// The format's name.
            pub name: &'static str,
            /// Bytes per leaf entry.
            pub leaf_bytes: u32,
            /// The layouts, one per mode.
            pub layouts: &'static [DirLayout],
        }

        impl DirFormat {
            /// The layout for a mode field value, if the mode has a directory.
            pub const fn layout(&self, mode_value: u64) -> Option<&'static DirLayout> {
                let mut i = 0;
                while i < self.layouts.len() {
                    if self.layouts[i].mode_value == mode_value {
                        return Some(&self.layouts[i]);
                    }
                    i += 1;
                }
                None
            }
        }

        #(#dirs)*
    }
}

fn directory(d: &ir::Directory) -> TokenStream {
    let m = ident(&snake(&d.name));
    let mut facts = vec![format!(
        "Directory `{}`, indexed by the {}-bit `{}`.",
        d.name, d.index_bits, d.index
    )];
    if let Some(r) = &d.mode {
        facts.push(format!("Its depth is chosen by `{}.{}`.", r.owner, r.field));
    }
    if let Some(r) = &d.root {
        facts.push(format!(
            "`{}.{}` points at the root table.",
            r.owner, r.field
        ));
    }
    if let Some(n) = &d.nonleaf {
        facts.push(format!("Upper levels hold `{n}` entries."));
    }
    let doc = docs(&item_docs(&d.doc, &facts, d.section.as_deref()));
    let index_bits = fields::lit(d.index_bits);
    let table = d.table_size.map(|t| {
        let t = fields::hex_as(t, "usize");
        quote! {
            /// The largest size of one table in bytes.
            pub const TABLE_BYTES: usize = #t;
        }
    });
    let formats = d.formats.iter().map(|f| {
        let id = ident(&upper(&f.name));
        let name = &f.name;
        let leaf_bytes = fields::lit(f.leaf_size);
        let layouts = f.layouts.iter().map(|l| {
            let mode = &l.mode;
            let value = fields::hex(l.mode_value);
            let levels = l.levels.iter().map(|v| {
                let (lsb, msb, entries, bytes, leaf) = (
                    fields::lit(v.index_lsb),
                    fields::lit(v.index_msb),
                    fields::hex(v.entries),
                    fields::lit(v.entry_size),
                    v.leaf,
                );
                quote!(DirLevel { index_lsb: #lsb, index_msb: #msb, entries: #entries, entry_bytes: #bytes, leaf: #leaf })
            });
            quote!(DirLayout { mode: #mode, mode_value: #value, levels: &[#(#levels),*] })
        });
        let mut lines = f.doc.clone();
        if lines.is_empty() {
            lines.push(format!("Format `{}`.", f.name));
        }
        lines.push(String::new());
        lines.push(format!("Leaves are the first {} bytes of `{}`.", f.leaf_size, f.leaf));
        if let Some(s) = &f.select {
            lines.push(format!("Used when `{}.{}` is {}.", s.owner, s.field, s.value));
        }
        for l in &f.layouts {
            let split: Vec<String> = l
                .levels
                .iter()
                .map(|v| format!("[{}:{}]", v.index_msb, v.index_lsb))
                .collect();
            lines.push(format!("- `{}` ({}): {}", l.mode, l.mode_value, split.join(" ")));
        }
        let fd = docs(&lines);
        quote! {
            #fd
            pub const #id: DirFormat = DirFormat { name: #name, leaf_bytes: #leaf_bytes, layouts: &[#(#layouts),*] };
        }
    });
    let all = d.formats.iter().map(|f| ident(&upper(&f.name)));
    quote! {
        #doc
        pub mod #m {
            use super::{DirFormat, DirLayout, DirLevel};
            /// Width of the index in bits.
            pub const INDEX_BITS: u32 = #index_bits;
            #table
            #(#formats)*
            /// Every format, as declared.
            pub const FORMATS: &[DirFormat] = &[#(#all),*];
        }
    }
}
