//! Register value types: offset, reset value, typed fields, access kinds enforced by which
//! methods and traits exist, and the handshake helpers (`acked_by`, `toggled_by`).

use std::collections::HashMap;

use iommugen_dsl::ir::{self, Access};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::core::fields::{self, Storage, Writes};
use crate::core::{docs, item_docs, Ctx};
use crate::names::{arch, method_lints, type_lints, upper};

/// Mask of the fields two registers share by name (positions are equal: the checker made sure).
fn shared_mask(a: &ir::Register, b: &ir::Register) -> u64 {
    a.fields
        .iter()
        .filter(|f| b.fields.iter().any(|g| g.name == f.name))
        .map(ir::Field::word_mask)
        .fold(0, |m, x| m | x)
}

pub fn registers(ctx: &Ctx) -> TokenStream {
    let spec = ctx.spec;
    let by_name: HashMap<&str, &ir::Register> = spec
        .registers
        .iter()
        .map(|r| (r.name.as_str(), r))
        .collect();
    // Methods a register gets because another register names it (GERRORN::acknowledge).
    let mut extra: HashMap<&str, Vec<TokenStream>> = HashMap::new();
    for r in &spec.registers {
        if let Some(p) = r.toggled_by.as_deref().and_then(|n| by_name.get(n)) {
            let me = arch(&r.name);
            let mask = fields::hex_as(shared_mask(r, p), if r.width == 32 { "u32" } else { "u64" });
            let d = docs(&[
                format!("The value to write so that every error active in `errors` (a `{}` read) is acknowledged:", r.name),
                format!("the shared bits are set equal to those of `{}`.", r.name),
            ]);
            extra.entry(p.name.as_str()).or_default().push(quote! {
                #d
                #[inline]
                #[must_use]
                pub const fn acknowledge(self, errors: #me) -> Self {
                    Self((self.0 & !#mask) | (errors.0 & #mask))
                }
            });
        }
    }

    let blocks = spec.register_blocks.iter().map(|b| {
        let base = format_ident!("{}_BASE", upper(&b.name));
        let size = format_ident!("{}_SIZE", upper(&b.name));
        let (bv, sv) = (
            fields::hex_as(b.base, "usize"),
            fields::hex_as(b.size, "usize"),
        );
        let d1 = docs(&[format!(
            "Offset of register block `{}` from the device's MMIO base.",
            b.name
        )]);
        let d2 = docs(&[format!("Size in bytes of register block `{}`.", b.name)]);
        quote!(#d1 pub const #base: usize = #bv; #d2 pub const #size: usize = #sv;)
    });
    let mmio = spec
        .register_blocks
        .iter()
        .map(|b| b.base + b.size)
        .max()
        .unwrap_or(0);
    let mmio = fields::hex_as(mmio, "usize");

    let regs = spec.registers.iter().map(|r| {
        let ty = arch(&r.name);
        let name = &r.name;
        let raw = if r.width == 32 {
            quote!(u32)
        } else {
            quote!(u64)
        };
        let storage = if r.width == 32 {
            Storage::U32
        } else {
            Storage::U64
        };
        let offset = fields::hex_as(r.offset, "usize");
        let rawname = if r.width == 32 { "u32" } else { "u64" };
        let to_u64 = if r.width == 32 {
            quote!(u64::from(self.0))
        } else {
            quote!(self.0)
        };
        let from_u64 = if r.width == 32 {
            quote!(raw as u32)
        } else {
            quote!(raw)
        };
        let readable = r.access != Access::Wo;
        let writable = r.access != Access::Ro;
        let access = match r.access {
            Access::Ro => "read-only",
            Access::Rw => "read-write",
            Access::Wo => "write-only",
        };
        let mut facts = vec![format!(
            "`{name}`: {}-bit {access} register at offset {:#x} (block `{}` + {:#x}).",
            r.width, r.offset, r.block, r.block_offset
        )];
        if let Some(a) = &r.acked_by {
            facts.push(format!(
                "A write takes effect when `{a}` reads back the same values."
            ));
        }
        if let Some(t) = &r.toggled_by {
            facts.push(format!(
                "A bit is active while it differs from the same bit of `{t}`."
            ));
        }
        if let Some(a) = &r.alias_of {
            facts.push(format!("Another view of `{a}`."));
        }
        if let Some(a) = r.array {
            facts.push(format!(
                "An array: `{name}` {} to {}, {} bytes apart; `OFFSET` is that of element {}.",
                a.first, a.last, a.stride, a.first
            ));
        }
        let doc = docs(&item_docs(&r.doc, &facts, r.section.as_deref()));
        let writes_of = |f: &ir::Field| {
            if !writable || f.access == Some(Access::Ro) {
                Writes::None
            } else if f.w1c {
                Writes::W1c
            } else {
                Writes::Set
            }
        };
        let accessors = r
            .fields
            .iter()
            .map(|f| fields::accessors(ctx, f, storage, writes_of(f)));
        let methods: Vec<String> = r
            .fields
            .iter()
            .flat_map(|f| fields::method_names(f, writes_of(f)))
            .collect();
        let type_allow = type_lints([name.as_str()]);
        let method_allow = method_lints(methods.iter().map(String::as_str));
        let infos = r.fields.iter().map(fields::field_info);
        let reset = r.reset.map(|v| {
            let lit = fields::hex(v);
            quote! {
                /// The value after reset.
                pub const RESET: Self = Self(#lit);
            }
        });
        let mut handshake = Vec::new();
        if let Some(p) = r.acked_by.as_deref().and_then(|n| by_name.get(n)) {
            let pty = arch(&p.name);
            let mask = fields::hex_as(shared_mask(r, p), rawname);
            let d = docs(&[format!(
                "Whether `ack` (a `{}` read) acknowledges this value: the shared fields are equal.",
                p.name
            )]);
            handshake.push(quote! {
                #d
                #[inline]
                pub const fn acked_by(self, ack: #pty) -> bool {
                    (self.0 ^ ack.0) & #mask == 0
                }
            });
        }
        if let Some(p) = r.toggled_by.as_deref().and_then(|n| by_name.get(n)) {
            let pty = arch(&p.name);
            let mask = fields::hex_as(shared_mask(r, p), rawname);
            let d = docs(&[format!(
                "The active bits: those that differ from `ack` (a `{}` read).",
                p.name
            )]);
            handshake.push(quote! {
                #d
                #[inline]
                #[must_use]
                pub const fn active(self, ack: #pty) -> Self {
                    Self((self.0 ^ ack.0) & #mask)
                }
            });
        }
        handshake.extend(settled(r, rawname));
        let array = r.array.map(|a| {
            let (first, last) = (
                fields::hex_as(a.first, "usize"),
                fields::hex_as(a.last, "usize"),
            );
            let stride = fields::hex_as(a.stride, "usize");
            quote! {
                /// Number of the first element.
                pub const FIRST: usize = #first;
                /// Number of the last element.
                pub const LAST: usize = #last;
                /// Bytes between elements.
                pub const STRIDE: usize = #stride;
                /// Byte offset of element `n`, or `None` outside `FIRST..=LAST`.
                #[inline]
                pub const fn offset_of(n: usize) -> Option<usize> {
                    match n.checked_sub(Self::FIRST) {
                        Some(i) if n <= Self::LAST => Some(Self::OFFSET + i * Self::STRIDE),
                        _ => None,
                    }
                }
            }
        });
        let more = extra.get(r.name.as_str()).cloned().unwrap_or_default();
        let acked_impl = r.acked_by.as_deref().and_then(|n| by_name.get(n)).map(|p| {
            let pty = arch(&p.name);
            let mask = fields::hex(shared_mask(r, p));
            quote! {
                impl support::AckedBy for #ty {
                    type Ack = #pty;
                    const SHARED: u64 = #mask;
                }
            }
        });
        let read_impl = readable.then(|| quote!(impl Readable for #ty {}));
        let write_impl = writable.then(|| quote!(impl Writable for #ty {}));
        let width = fields::lit(r.width);
        quote! {
            #doc
            #[derive(Clone, Copy, PartialEq, Eq, Default)]
            #[repr(transparent)]
            #type_allow
            pub struct #ty(#raw);

            #method_allow
            impl #ty {
                /// Byte offset from the device's MMIO base.
                pub const OFFSET: usize = #offset;
                #reset
                #array
                /// Fields, lowest first.
                pub const FIELDS: &'static [FieldInfo] = &[#(#infos),*];
                /// The value from raw register bits.
                #[inline]
                pub const fn from_bits(raw: #raw) -> Self {
                    Self(raw)
                }
                /// The raw register bits.
                #[inline]
                pub const fn bits(self) -> #raw {
                    self.0
                }
                #(#accessors)*
                #(#handshake)*
                #(#more)*
            }

            impl Register for #ty {
                const NAME: &'static str = #name;
                const OFFSET: usize = #offset;
                const WIDTH: u32 = #width;
                const FIELDS: &'static [FieldInfo] = #ty::FIELDS;
                #[inline]
                fn from_raw(raw: u64) -> Self {
                    Self(#from_u64)
                }
                #[inline]
                fn to_raw(self) -> u64 {
                    #to_u64
                }
            }
            #read_impl
            #write_impl
            #acked_impl

            impl ::core::fmt::Debug for #ty {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    support::fmt_fields(f, #name, Self::FIELDS, &[#to_u64])
                }
            }
        }
    });
    quote! {
        #(#blocks)*
        /// Size of the device's whole MMIO region.
        pub const MMIO_SIZE: usize = #mmio;
        #(#regs)*
    }
}

/// `settled`, for a register with a busy field or fields that acknowledge an enable (the on/busy
/// handshake inside one register, like cqcsr's cqen/cqon/busy).
fn settled(r: &ir::Register, rawname: &str) -> Option<TokenStream> {
    let busy = r
        .fields
        .iter()
        .filter(|f| f.busy)
        .map(ir::Field::word_mask)
        .fold(0, |m, x| m | x);
    let pairs: Vec<(&ir::Field, &ir::Field)> = r
        .fields
        .iter()
        .filter_map(|f| {
            let t = r.fields.iter().find(|t| Some(&t.name) == f.acks.as_ref())?;
            Some((f, t))
        })
        .collect();
    if busy == 0 && pairs.is_empty() {
        return None;
    }
    let busy_lit = fields::hex_as(busy, rawname);
    let to64 = if rawname == "u32" {
        quote!(as u64)
    } else {
        quote!()
    };
    let mut checks: Vec<TokenStream> = Vec::new();
    if busy != 0 {
        checks.push(quote!(self.0 & Self::BUSY_MASK == 0));
    }
    checks.extend(pairs.iter().map(|(on, en)| {
        let (ons, ens) = (fields::lit(on.lsb), fields::lit(en.lsb));
        let m = fields::support_mask(on.width());
        quote!(support::get(self.0 #to64, #ons, #m) == support::get(written.0 #to64, #ens, #m))
    }));
    let mut lines = vec![
        "Whether the hardware has finished acting on `written` (the last value written):"
            .to_string(),
    ];
    if busy != 0 {
        lines.push("no busy bit is set".to_string());
    }
    for (on, en) in &pairs {
        lines.push(format!(
            "`{}` reads what was written to `{}`",
            on.name, en.name
        ));
    }
    let d = docs(&[format!("{} {}.", lines[0], lines[1..].join(", "))]);
    let param = if pairs.is_empty() {
        quote!(_written)
    } else {
        quote!(written)
    };
    let busy_ty = if rawname == "u32" {
        quote!(u32)
    } else {
        quote!(u64)
    };
    Some(quote! {
        /// Mask of the busy bits.
        pub const BUSY_MASK: #busy_ty = #busy_lit;
        #d
        #[inline]
        pub const fn settled(self, #param: Self) -> bool {
            #(#checks)&&*
        }
    })
}
