//! The mock backend: the data a device model needs to emulate a spec's register file, as one
//! self-contained Rust file (`mock/regfile.rs`). It holds no behaviour: one row per register
//! with its absolute offset, width, access kind, reset value and the masks a register-file
//! engine applies to software writes (writable, write-1-to-clear, self-clearing, RES0/RES1),
//! plus the handshake partners named by the spec (`acked_by`, `toggled_by`, `alias_of`).
//! The model crate (`mock/`) includes the file and drives its generic engine with it.

use std::collections::HashMap;

use iommugen_dsl::ir::{self, Access, ReservedKind, Spec};
use proc_macro2::TokenStream;
use quote::quote;

use crate::{CodegenError, GeneratedFile};

/// A hexadecimal literal of type `ty` (`0x20_usize`).
fn hex_as(v: u64, ty: &str) -> TokenStream {
    format!("{v:#x}_{ty}").parse().unwrap_or_else(|_| {
        let l = proc_macro2::Literal::u64_suffixed(v);
        quote!(#l)
    })
}

/// A hexadecimal `u64` literal.
fn hex64(v: u64) -> TokenStream {
    hex_as(v, "u64")
}

/// Mask of the bits of `fields` satisfying `pred`.
fn mask_of<'a>(
    fields: impl IntoIterator<Item = &'a ir::Field>,
    pred: impl Fn(&ir::Field) -> bool,
) -> u64 {
    fields
        .into_iter()
        .filter(|f| pred(f))
        .map(ir::Field::word_mask)
        .fold(0, |m, x| m | x)
}

/// Mask of the declared reserved ranges of `kind`.
fn reserved_mask(r: &ir::Register, kind: ReservedKind) -> u64 {
    r.reserved
        .iter()
        .filter(|x| x.kind == kind)
        .map(|x| {
            let w = x.msb - x.lsb + 1;
            let ones = if w >= 64 { u64::MAX } else { (1u64 << w) - 1 };
            ones << (x.lsb % 64)
        })
        .fold(0, |m, x| m | x)
}

/// Mask of the fields two registers share by name.
fn shared_mask(a: &ir::Register, b: &ir::Register) -> u64 {
    mask_of(&a.fields, |f| b.fields.iter().any(|g| g.name == f.name))
}

/// The value after reset: the register's own reset, else the fields' resets (0 where unset)
/// with the RES1 bits set.
fn reset_value(r: &ir::Register) -> u64 {
    r.reset.unwrap_or_else(|| {
        let fields = r
            .fields
            .iter()
            .filter_map(|f| f.reset.map(|v| (v << (f.lsb % 64)) & f.word_mask()));
        fields.fold(reserved_mask(r, ReservedKind::Res1), |m, x| m | x)
    })
}

/// Bits software may write: every field of a writable register that is not marked `ro`
/// (write-1-to-clear fields included; the engine treats them specially).
fn writable_mask(r: &ir::Register) -> u64 {
    if r.access == Access::Ro {
        return 0;
    }
    mask_of(&r.fields, |f| f.access != Some(Access::Ro))
}

fn partner(
    by_name: &HashMap<&str, &ir::Register>,
    r: &ir::Register,
    name: Option<&str>,
    what: &str,
) -> Result<TokenStream, CodegenError> {
    let Some(n) = name else {
        return Ok(quote!(None));
    };
    let p = by_name.get(n).ok_or_else(|| {
        CodegenError(format!(
            "register `{}` is {what} `{n}`, which does not exist",
            r.name
        ))
    })?;
    let name = &p.name;
    let offset = hex_as(p.offset, "usize");
    let shared = hex64(shared_mask(r, p));
    Ok(quote!(Some(RegPartner { name: #name, offset: #offset, shared: #shared })))
}

/// The rows of a register: one, or one per element of an array (named `NAME[n]`).
fn rows(
    by_name: &HashMap<&str, &ir::Register>,
    r: &ir::Register,
) -> Result<Vec<TokenStream>, CodegenError> {
    r.offsets()
        .into_iter()
        .map(|(n, off)| {
            let name = match n {
                Some(n) => format!("{}[{n}]", r.name),
                None => r.name.clone(),
            };
            row(by_name, r, &name, off)
        })
        .collect()
}

fn row(
    by_name: &HashMap<&str, &ir::Register>,
    r: &ir::Register,
    name: &str,
    offset: u64,
) -> Result<TokenStream, CodegenError> {
    let block = &r.block;
    let offset = hex_as(offset, "usize");
    let width = proc_macro2::Literal::u32_unsuffixed(r.width);
    let access = match r.access {
        Access::Ro => quote!(RegAccess::ReadOnly),
        Access::Rw => quote!(RegAccess::ReadWrite),
        Access::Wo => quote!(RegAccess::WriteOnly),
    };
    let reset = hex64(reset_value(r));
    let writable = hex64(writable_mask(r));
    let w1c = hex64(if r.access == Access::Ro {
        0
    } else {
        mask_of(&r.fields, |f| f.w1c)
    });
    let sc = hex64(mask_of(&r.fields, |f| f.self_clearing));
    let res0 = hex64(reserved_mask(r, ReservedKind::Res0));
    let res1 = hex64(reserved_mask(r, ReservedKind::Res1));
    let acked = partner(by_name, r, r.acked_by.as_deref(), "acked_by")?;
    let toggled = partner(by_name, r, r.toggled_by.as_deref(), "toggled_by")?;
    let alias = match r.alias_of.as_deref() {
        None => quote!(None),
        Some(n) => {
            let p = by_name.get(n).ok_or_else(|| {
                CodegenError(format!(
                    "register `{}` is an alias of `{n}`, which does not exist",
                    r.name
                ))
            })?;
            let pn = &p.name;
            let po = hex_as(p.offset, "usize");
            quote!(Some(RegRef { name: #pn, offset: #po }))
        }
    };
    Ok(quote! {
        RegSpec {
            name: #name,
            block: #block,
            offset: #offset,
            width: #width,
            access: #access,
            reset: #reset,
            writable: #writable,
            w1c: #w1c,
            self_clearing: #sc,
            res0: #res0,
            res1: #res1,
            acked_by: #acked,
            toggled_by: #toggled,
            alias_of: #alias,
        }
    })
}

/// The register table as a token stream (the body of `mock/regfile.rs`).
pub fn regfile(spec: &Spec) -> Result<TokenStream, CodegenError> {
    let by_name: HashMap<&str, &ir::Register> = spec
        .registers
        .iter()
        .map(|r| (r.name.as_str(), r))
        .collect();
    let rows: Vec<TokenStream> = spec
        .registers
        .iter()
        .map(|r| rows(&by_name, r))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
        .collect();
    let handshakes = handshakes(spec);
    let blocks = spec.register_blocks.iter().map(|b| {
        let name = &b.name;
        let (base, size) = (hex_as(b.base, "usize"), hex_as(b.size, "usize"));
        quote!(RegBlock { name: #name, base: #base, size: #size })
    });
    let mmio = hex_as(
        spec.register_blocks
            .iter()
            .map(|b| b.base + b.size)
            .max()
            .unwrap_or(0),
        "usize",
    );
    Ok(quote! {
        /// How software may access a register.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RegAccess {
            /// Reads only; writes are ignored.
            ReadOnly,
            /// Reads and writes.
            ReadWrite,
            /// Writes only; reads return zero.
            WriteOnly,
        }

        /// A register named by another register's handshake, with the mask of the fields the two
        /// share by name (at the same positions).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RegPartner {
            /// The partner's architectural name.
            pub name: &'static str,
            /// Its absolute offset.
            pub offset: usize,
            /// Mask of the fields both registers have.
            pub shared: u64,
        }

        /// Another register, by name and offset.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RegRef {
            /// The architectural name.
            pub name: &'static str,
            /// The absolute offset.
            pub offset: usize,
        }

        /// One register of the programming interface, as a device model needs it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RegSpec {
            /// The architectural name.
            pub name: &'static str,
            /// The register block (MMIO page) it lives in.
            pub block: &'static str,
            /// Absolute byte offset from the device's MMIO base.
            pub offset: usize,
            /// 32 or 64.
            pub width: u32,
            /// Access kind of the register as a whole.
            pub access: RegAccess,
            /// The value after reset (0 where the spec gives none).
            pub reset: u64,
            /// Bits software may write: fields not marked read-only (w1c fields included).
            pub writable: u64,
            /// Write-1-to-clear bits.
            pub w1c: u64,
            /// Bits the device clears once it has acted on a write of 1.
            pub self_clearing: u64,
            /// RES0 bits.
            pub res0: u64,
            /// RES1 bits.
            pub res1: u64,
            /// The register whose shared fields reflect this one once a write has taken effect.
            pub acked_by: Option<RegPartner>,
            /// The register whose shared bits software toggles to acknowledge active bits here.
            pub toggled_by: Option<RegPartner>,
            /// The register this one is another view of (accesses go to the target).
            pub alias_of: Option<RegRef>,
        }

        /// A register block (an MMIO page).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RegBlock {
            /// The block's name.
            pub name: &'static str,
            /// Offset from the device's MMIO base.
            pub base: usize,
            /// Size in bytes.
            pub size: usize,
        }

        /// The register blocks, in spec order.
        pub const BLOCKS: &[RegBlock] = &[#(#blocks),*];

        /// Size of the device's whole MMIO region.
        pub const MMIO_SIZE: usize = #mmio;

        /// Every register, in spec order.
        pub const REGISTERS: &[RegSpec] = &[#(#rows),*];

        #handshakes
    })
}

/// The on/busy handshakes inside registers (`busy` and `acks` fields), when the spec has any:
/// which bits the device sets while it acts on a write, and which read-only fields follow an
/// enable field once it has.
fn handshakes(spec: &Spec) -> TokenStream {
    let rows: Vec<TokenStream> = spec
        .registers
        .iter()
        .filter(|r| r.fields.iter().any(|f| f.busy || f.acks.is_some()))
        .map(|r| {
            let name = &r.name;
            let offset = hex_as(r.offset, "usize");
            let busy = hex64(mask_of(&r.fields, |f| f.busy));
            let acks = r.fields.iter().filter_map(|f| {
                let t = r.fields.iter().find(|t| Some(&t.name) == f.acks.as_ref())?;
                let lit = |v: u32| proc_macro2::Literal::u32_unsuffixed(v);
                let (on, en, width) = (lit(f.lsb), lit(t.lsb), lit(f.width()));
                Some(quote!(RegAck { on_lsb: #on, enable_lsb: #en, width: #width }))
            });
            quote!(RegHandshake { name: #name, offset: #offset, busy: #busy, acks: &[#(#acks),*] })
        })
        .collect();
    if rows.is_empty() {
        return quote!();
    }
    quote! {
        /// A read-only field that follows an enable field of the same register.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RegAck {
            /// Lowest bit of the following (on/active) field.
            pub on_lsb: u32,
            /// Lowest bit of the enable field it follows.
            pub enable_lsb: u32,
            /// Width of both fields in bits.
            pub width: u32,
        }

        /// The handshake inside one register.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct RegHandshake {
            /// The register's name.
            pub name: &'static str,
            /// Its absolute offset.
            pub offset: usize,
            /// Bits the device sets while it acts on a write.
            pub busy: u64,
            /// Fields that follow enables once the device has acted.
            pub acks: &'static [RegAck],
        }

        /// Registers with a busy bit or fields that acknowledge an enable.
        pub const HANDSHAKES: &[RegHandshake] = &[#(#rows),*];
    }
}

/// The mock backend's files: `mock/regfile.rs`.
pub fn files(spec: &Spec) -> Result<Vec<GeneratedFile>, CodegenError> {
    let body = regfile(spec)?;
    let title = format!(" Register table of `{}` for a device model, generated by iommugen from the spec; do not edit.", spec.name);
    let doc2 = " One row per register: offset, width, access, reset value, the masks a register-file engine";
    let doc3 = " applies to software writes, and the handshake partners (`acked_by`, `toggled_by`, `alias_of`).";
    let tokens = quote! {
        #![doc = #title]
        #![doc = ""]
        #![doc = #doc2]
        #![doc = #doc3]
        #body
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| CodegenError(format!("generated mock table does not parse: {e}")))?;
    Ok(vec![GeneratedFile {
        path: "mock/regfile.rs".into(),
        contents: prettyplease::unparse(&file),
    }])
}
