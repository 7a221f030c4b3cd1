//! Field accessors: the getters, `with_` and `set_` methods of one field, for a 32- or 64-bit
//! register value or for a multi-word in-memory layout. Accessors carry the field's spelling
//! (`SMMUEN()`, `with_SMMUEN`, `set_SMMUEN`, `TTF_bits()`, `clear_CMDQ_ERR`). Every accessor is
//! a shift and a mask through `support::get`/`support::put`, which inline to what a hand-written
//! driver would use. Generated code names `Ok` and `Err` by their full path, so that no spec name
//! (a record `Ok`, a value `Err`) can shadow them.

use iommugen_dsl::ir::{self, FieldType};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::core::{docs, enum_type, Ctx};
use crate::names::arch;

/// How the value holding a field is stored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// `struct R(u32)`.
    U32,
    /// `struct R(u64)`.
    U64,
    /// `struct E(pub [u64; N])`.
    Words,
}

/// What a field's setters may do.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Writes {
    /// Getters only (read-only register or field).
    None,
    /// Getters and setters.
    Set,
    /// Write-1-to-clear: a `clear_` helper instead of setters.
    W1c,
}

/// The Rust type of a field's value.
pub fn value_type(ctx: &Ctx, f: &ir::Field) -> TokenStream {
    match &f.ty {
        FieldType::Bool => quote!(bool),
        FieldType::Signed => quote!(i64),
        FieldType::Address { .. } | FieldType::AddressShifted { .. } => quote!(u64),
        FieldType::Enum { name } => {
            let t = enum_type(ctx, name);
            quote!(#t)
        }
        FieldType::Uint | FieldType::Log2 => uint_type(f.width()),
    }
}

/// The smallest unsigned type holding `width` bits.
pub fn uint_type(width: u32) -> TokenStream {
    match width {
        0..=8 => quote!(u8),
        9..=16 => quote!(u16),
        17..=32 => quote!(u32),
        _ => quote!(u64),
    }
}

fn uint_bits(width: u32) -> u32 {
    match width {
        0..=8 => 8,
        9..=16 => 16,
        17..=32 => 32,
        _ => 64,
    }
}

/// The accessors of one field.
pub fn accessors(ctx: &Ctx, f: &ir::Field, storage: Storage, writes: Writes) -> TokenStream {
    let name = &f.name;
    let get = arch(name);
    let with = format_ident!("with_{}", name);
    let set = format_ident!("set_{}", name);
    let shift = lit(f.lsb % 64);
    let width = f.width();
    let width_lit = lit(width);
    let mask = support_mask(width);
    let word = lit(f.lsb / 64);
    let raw = match storage {
        Storage::U32 => quote!(support::get(self.0 as u64, #shift, #mask)),
        Storage::U64 => quote!(support::get(self.0, #shift, #mask)),
        Storage::Words => quote!(support::get(self.0[#word], #shift, #mask)),
    };
    let store = |v: TokenStream| match storage {
        Storage::U32 => quote!(Self(support::put(self.0 as u64, #shift, #mask, #v) as u32)),
        Storage::U64 => quote!(Self(support::put(self.0, #shift, #mask, #v))),
        Storage::Words => quote! {{
            let mut words = self.0;
            words[#word] = support::put(words[#word], #shift, #mask, #v);
            Self(words)
        }},
    };
    // The same, storing into `self` in place (for `set_`).
    let assign = |v: TokenStream| match storage {
        Storage::U32 => quote!(self.0 = support::put(self.0 as u64, #shift, #mask, #v) as u32;),
        Storage::U64 => quote!(self.0 = support::put(self.0, #shift, #mask, #v);),
        Storage::Words => quote!(self.0[#word] = support::put(self.0[#word], #shift, #mask, #v);),
    };
    let bits_doc = if f.lsb == f.msb {
        format!("`{name}`, bit [{}]", f.lsb)
    } else {
        format!("`{name}`, bits [{}:{}]", f.msb, f.lsb)
    };
    let mut head = vec![bits_doc.clone()];
    if !f.doc.is_empty() {
        head.push(String::new());
        head.extend(f.doc.iter().cloned());
    }
    if let Some(r) = f.reset {
        head.push(String::new());
        head.push(format!("Resets to {r:#x}."));
    }
    if f.warl {
        head.push(String::new());
        head.push("WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.".into());
    }
    if f.busy {
        head.push(String::new());
        head.push("Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.".into());
    }
    if let Some(a) = &f.acks {
        head.push(String::new());
        head.push(format!(
            "Follows `{a}` once the hardware has acted on a write of it."
        ));
    }
    let ty = value_type(ctx, f);

    // Getter.
    let (getter, getter_doc_extra) = match &f.ty {
        FieldType::Bool => (quote!(#raw != 0), None),
        FieldType::Signed => (quote!(support::sign_extend(#raw, #width_lit)), None),
        FieldType::Address { .. } if f.lsb.is_multiple_of(64) => (quote!(#raw), None),
        FieldType::Address { .. } => (
            quote!(#raw << #shift),
            Some(format!(
                "The address, with bits [{}:0] zero.",
                (f.lsb % 64).saturating_sub(1)
            )),
        ),
        FieldType::AddressShifted { shift: s } => {
            let s_lit = lit(*s);
            (
                quote!(#raw << #s_lit),
                Some(format!(
                    "The address (the field holds it shifted right by {s}), with bits [{}:0] zero.",
                    s - 1
                )),
            )
        }
        FieldType::Enum { .. } => (quote!(#raw), None),
        FieldType::Uint | FieldType::Log2 if uint_bits(width) == 64 => (quote!(#raw), None),
        FieldType::Uint => (quote!(#raw as #ty), None),
        FieldType::Log2 => (
            quote!(#raw as #ty),
            Some("The base-2 logarithm of the size.".to_string()),
        ),
    };
    let mut get_doc = head.clone();
    get_doc.extend(getter_doc_extra);
    let getter_fn = if let FieldType::Enum { .. } = &f.ty {
        let bits_fn = format_ident!("{}_bits", name);
        let gd = docs(&get_doc);
        let bd = docs(&[format!("The raw encoding of {bits_doc}.")]);
        quote! {
            #gd
            #[inline]
            pub const fn #get(&self) -> Result<#ty, FieldError> {
                let raw = #raw;
                match #ty::from_bits(raw) {
                    Some(v) => ::core::result::Result::Ok(v),
                    None => ::core::result::Result::Err(FieldError::Reserved { field: #name, value: raw }),
                }
            }
            #bd
            #[inline]
            pub const fn #bits_fn(&self) -> u64 {
                #raw
            }
        }
    } else {
        let gd = docs(&get_doc);
        quote! {
            #gd
            #[inline]
            pub const fn #get(&self) -> #ty {
                #getter
            }
        }
    };

    let setters = match writes {
        Writes::None => quote!(),
        Writes::W1c => {
            let clear = format_ident!("clear_{}", name);
            let d = docs(&[format!(
                "Sets {bits_doc}, so that writing the value clears it (write 1 to clear)."
            )]);
            let body = store(quote!(#mask));
            quote! {
                #d
                #[inline]
                #[must_use]
                pub const fn #clear(self) -> Self {
                    #body
                }
            }
        }
        Writes::Set => {
            let with_doc = docs(&[format!("Returns the value with {bits_doc} set to `v`.")]);
            let set_doc = docs(&[format!("Sets {bits_doc} to `v`.")]);
            // Infallible when every value of the Rust type fits.
            let infallible = match &f.ty {
                FieldType::Bool | FieldType::Enum { .. } => true,
                FieldType::Uint | FieldType::Log2 => width == uint_bits(width),
                FieldType::Signed => width == 64,
                FieldType::Address { .. } | FieldType::AddressShifted { .. } => false,
            };
            if infallible {
                let v = match &f.ty {
                    FieldType::Bool => quote!(v as u64),
                    FieldType::Enum { .. } => quote!(v.bits()),
                    FieldType::Signed => quote!(v as u64),
                    _ if uint_bits(width) == 64 => quote!(v),
                    _ => quote!(v as u64),
                };
                let body = store(v.clone());
                let in_place = assign(v);
                quote! {
                    #with_doc
                    #[inline]
                    #[must_use]
                    pub const fn #with(self, v: #ty) -> Self {
                        #body
                    }
                    #set_doc
                    #[inline]
                    pub fn #set(&mut self, v: #ty) {
                        #in_place
                    }
                }
            } else {
                let check = match &f.ty {
                    FieldType::Address { .. } => {
                        quote!(support::fit_address(#name, v, #shift, #mask))
                    }
                    FieldType::AddressShifted { shift: s } => {
                        let s_lit = lit(*s);
                        quote!(support::fit_address(#name, v, #s_lit, #mask))
                    }
                    FieldType::Signed => quote!(support::fit_signed(#name, v, #width_lit)),
                    _ if uint_bits(width) == 64 => quote!(support::fit(#name, v, #mask)),
                    _ => quote!(support::fit(#name, v as u64, #mask)),
                };
                let body = store(quote!(raw));
                let in_place = assign(quote!(raw));
                let err_doc = match &f.ty {
                    FieldType::Address { .. } | FieldType::AddressShifted { .. } => {
                        "Fails if the address is misaligned or too wide for the field."
                    }
                    _ => "Fails if `v` does not fit in the field.",
                };
                let with_doc = docs(&[
                    format!("Returns the value with {bits_doc} set to `v`."),
                    String::new(),
                    err_doc.to_string(),
                ]);
                let set_doc = docs(&[
                    format!("Sets {bits_doc} to `v`."),
                    String::new(),
                    err_doc.to_string(),
                ]);
                quote! {
                    #with_doc
                    #[inline]
                    pub const fn #with(self, v: #ty) -> Result<Self, FieldError> {
                        match #check {
                            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok(#body),
                            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
                        }
                    }
                    #set_doc
                    #[inline]
                    pub fn #set(&mut self, v: #ty) -> Result<(), FieldError> {
                        let raw = #check?;
                        #in_place
                        ::core::result::Result::Ok(())
                    }
                }
            }
        }
    };
    quote! {
        #getter_fn
        #setters
    }
}

/// The names of the methods [`accessors`] makes for `f` (to check them for collisions and to
/// know which lint allowances the `impl` needs).
pub fn method_names(f: &ir::Field, writes: Writes) -> Vec<String> {
    let n = &f.name;
    let mut out = vec![arch(n).to_string()];
    if matches!(f.ty, FieldType::Enum { .. }) {
        out.push(format!("{n}_bits"));
    }
    match writes {
        Writes::None => {}
        Writes::W1c => out.push(format!("clear_{n}")),
        Writes::Set => out.extend([format!("with_{n}"), format!("set_{n}")]),
    }
    out
}

/// The field-table entry of a field.
pub fn field_info(f: &ir::Field) -> TokenStream {
    let (name, lsb, msb) = (&f.name, lit(f.lsb), lit(f.msb));
    quote!(FieldInfo { name: #name, lsb: #lsb, msb: #msb })
}

/// A `u64` literal of `width` low ones.
pub fn support_mask(width: u32) -> TokenStream {
    let m = if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    };
    hex(m)
}

/// A decimal integer literal without a suffix.
pub fn lit(v: u32) -> TokenStream {
    let l = proc_macro2::Literal::u32_unsuffixed(v);
    quote!(#l)
}

/// A hexadecimal integer literal without a suffix.
pub fn hex(v: u64) -> TokenStream {
    let lit = proc_macro2::Literal::u64_unsuffixed(v);
    let text = format!("{v:#x}");
    text.parse().unwrap_or_else(|_| quote!(#lit))
}

/// A hexadecimal integer literal of type `ty` (`0x20_usize`).
pub fn hex_as(v: u64, ty: &str) -> TokenStream {
    let text = format!("{v:#x}_{ty}");
    text.parse().unwrap_or_else(|_| hex(v))
}
