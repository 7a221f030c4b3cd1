//! Field layouts, shared by registers, entries, queue records and descriptors: bit ranges in
//! bounds, no overlaps, no undeclared bits, field types resolved, enumerations validated.

use crate::ast::{self, FieldType as T, Item, Member, Modifier};
use crate::check::{doc, Checker};
use crate::diag::Diagnostic;
use crate::ir;
use crate::source::Span;

/// A bit range the layout must account for but that is not declared as a member (an opcode).
pub(crate) struct Implicit<'s> {
    pub name: &'s str,
    pub lsb: u32,
    pub msb: u32,
    pub span: Span,
}

impl<'a> Checker<'a> {
    /// Collects every enumeration (top-level, and named or anonymous on fields) before any
    /// layout is checked, so a field may use an enum declared later or in another file.
    pub(crate) fn collect_enums(&mut self, items: &[&Item]) {
        for item in items {
            match item {
                Item::Enum(e) => {
                    if e.width.value == 0 || e.width.value > 64 {
                        self.error(
                            Diagnostic::new(
                                "iommu::width",
                                "an enum is 1 to 64 bits wide",
                                e.width.span,
                                "bad width",
                            )
                            .help("give the width of the fields that hold it"),
                        );
                        continue;
                    }
                    self.add_enum(&e.name, e.width.value as u32, &e.docs, &e.variants);
                }
                Item::Regs(b) => {
                    for r in &b.registers {
                        self.collect_member_enums(&r.name.text, &r.members);
                    }
                }
                Item::Entry(e) => self.collect_member_enums(&e.name.text, &e.members),
                Item::Queue(q) => {
                    for r in &q.records {
                        self.collect_member_enums(&r.name.text, &r.members);
                    }
                }
                Item::PageTable(t) => {
                    for d in &t.descriptors {
                        self.collect_member_enums(
                            &format!("{}_{}", t.name.text, d.name.text),
                            &d.members,
                        );
                    }
                }
                _ => {}
            }
        }
    }

    fn collect_member_enums(&mut self, container: &str, members: &[Member]) {
        for m in members {
            let Member::Field(f) = m else { continue };
            let Some(T::Enum {
                name,
                variants: Some(vs),
                span,
            }) = &f.ty
            else {
                continue;
            };
            if f.bits.msb < f.bits.lsb || f.bits.msb - f.bits.lsb >= 64 {
                continue; // reported with the layout
            }
            let width = (f.bits.msb - f.bits.lsb + 1) as u32;
            let name = name.clone().unwrap_or_else(|| ast::Name {
                text: anon_enum_name(container, &f.name.text),
                span: *span,
            });
            self.add_enum(&name, width, &f.docs, vs);
        }
    }

    fn add_enum(
        &mut self,
        name: &ast::Name,
        width: u32,
        docs: &ast::Docs,
        variants: &[ast::Variant],
    ) {
        if !self.declare_type(name, "an enum") {
            return;
        }
        self.check_unique(
            variants.iter().map(|v| &v.name),
            "variant",
            &format!("enum `{}`", name.text),
        );
        let mut by_value: std::collections::HashMap<u64, &ast::Name> =
            std::collections::HashMap::new();
        for v in variants {
            if width < 64 && v.value.value >> width != 0 {
                self.error(
                    Diagnostic::new(
                        "iommu::enum-value",
                        format!(
                            "value {:#x} of `{}` does not fit in {width} bits",
                            v.value.value, v.name.text
                        ),
                        v.value.span,
                        format!("needs {} bits", 64 - v.value.value.leading_zeros()),
                    )
                    .label(
                        name.span,
                        format!("enum `{}` is {width} bits wide", name.text),
                    )
                    .help(format!(
                        "values of this enum range from 0 to {:#x}",
                        (1u128 << width) - 1
                    )),
                );
            }
            if let Some(prev) = by_value.get(&v.value.value) {
                self.error(
                    Diagnostic::new(
                        "iommu::enum-value",
                        format!(
                            "`{}` and `{}` have the same value {:#x}",
                            prev.text, v.name.text, v.value.value
                        ),
                        v.value.span,
                        "value used twice",
                    )
                    .label(prev.span, "first use")
                    .help("each variant needs its own encoding; document aliases in a doc comment"),
                );
            } else {
                by_value.insert(v.value.value, &v.name);
            }
        }
        let idx = self.enums.len();
        self.enums.push(ir::Enum {
            name: name.text.clone(),
            width,
            doc: doc(docs),
            variants: variants
                .iter()
                .map(|v| ir::Variant {
                    name: v.name.text.clone(),
                    value: v.value.value,
                    doc: doc(&v.docs),
                })
                .collect(),
            loc: self.loc(name.span),
        });
        self.enum_index.insert(name.text.clone(), (idx, name.span));
    }

    /// Checks the members of a layout `width` bits wide and returns its fields (sorted by
    /// position) and reserved ranges. `what` says what the container is ("register", ...).
    pub(crate) fn check_layout(
        &mut self,
        container: &ast::Name,
        what: &str,
        width: u32,
        members: &[Member],
        implicit: &[Implicit<'_>],
    ) -> (Vec<ir::Field>, Vec<ir::Reserved>) {
        let mut fields = Vec::new();
        let mut reserved = Vec::new();
        // (lsb, msb, span, description) of every valid range, for overlap and gap checks.
        let mut ranges: Vec<(u32, u32, Span, String)> = implicit
            .iter()
            .map(|i| (i.lsb, i.msb, i.span, format!("`{}`", i.name)))
            .collect();
        let mut ok = true;

        let mut names: Vec<&ast::Name> = Vec::new();
        for m in members {
            if let Member::Field(f) = m {
                if !implicit.iter().any(|i| i.name == f.name.text) {
                    names.push(&f.name);
                }
            }
        }
        self.check_unique(names, "field", &format!("{what} `{}`", container.text));

        for m in members {
            if let Member::Field(f) = m {
                if let Some(imp) = implicit.iter().find(|i| i.name == f.name.text) {
                    self.error(
                        Diagnostic::new(
                            "iommu::duplicate",
                            format!("`{}` is implied by the queue and must not be declared", imp.name),
                            f.name.span,
                            "declared again here",
                        )
                        .label(imp.span, if imp.name == "Opcode" { "the queue's opcode field" } else { "the queue's function field" })
                        .help(if imp.name == "Opcode" { "records get the queue's `opcode` field automatically; remove this field" } else { "records get the queue's `func` field automatically; remove this field" }),
                    );
                    ok = false;
                    continue;
                }
            }
            let (bits, label, is_field) = match m {
                Member::Field(f) => (f.bits, format!("`{}`", f.name.text), true),
                Member::Reserved(_, b) => (*b, "reserved bits".to_string(), false),
            };
            if !self.check_bits(&bits, container, what, width, is_field) {
                ok = false;
                continue;
            }
            let (lsb, msb) = (bits.lsb as u32, bits.msb as u32);
            ranges.push((lsb, msb, bits.span, label));
            match m {
                Member::Reserved(kind, _) => reserved.push(ir::Reserved {
                    kind: match kind {
                        ast::ReservedKind::Res0 => ir::ReservedKind::Res0,
                        ast::ReservedKind::Res1 => ir::ReservedKind::Res1,
                        ast::ReservedKind::ImpDef => ir::ReservedKind::ImpDef,
                    },
                    lsb,
                    msb,
                }),
                Member::Field(f) => {
                    if let Some(field) = self.check_field(container, f, lsb, msb) {
                        fields.push(field);
                    }
                }
            }
        }

        // Overlaps: sort by position and compare each range with the furthest-reaching before it.
        ranges.sort_by_key(|r| (r.0, r.1));
        let mut reach: Option<usize> = None;
        for i in 0..ranges.len() {
            if let Some(j) = reach {
                if ranges[i].0 <= ranges[j].1 {
                    ok = false;
                    let (a, b) = (&ranges[j], &ranges[i]);
                    let lo = b.0;
                    let hi = a.1.min(b.1);
                    self.error(
                        Diagnostic::new(
                            "iommu::overlap",
                            format!("{} and {} overlap at {} of {what} `{}`", a.3, b.3, bit_range(lo, hi), container.text),
                            b.2,
                            format!("{} is here", b.3),
                        )
                        .label(a.2, format!("{} is here", a.3))
                        .help("every bit belongs to one field or reserved range; check the bit numbers against the specification"),
                    );
                }
            }
            if reach.is_none_or(|j| ranges[i].1 > ranges[j].1) {
                reach = Some(i);
            }
        }

        // Gaps: every bit must be accounted for.
        if ok {
            let mut covered = vec![false; width as usize];
            for r in &ranges {
                for b in r.0..=r.1 {
                    covered[b as usize] = true;
                }
            }
            let gaps = runs(&covered);
            if !gaps.is_empty() {
                let list: Vec<String> = gaps.iter().map(|&(lo, hi)| bit_range(lo, hi)).collect();
                let decl: Vec<String> = gaps
                    .iter()
                    .map(|&(lo, hi)| format!("reserved {}", brackets(lo, hi)))
                    .collect();
                self.error(
                    Diagnostic::new(
                        "iommu::gap",
                        format!(
                            "{} of {what} `{}` {} not declared",
                            list.join(", "),
                            container.text,
                            if gaps.len() == 1 && gaps[0].0 == gaps[0].1 {
                                "is"
                            } else {
                                "are"
                            }
                        ),
                        container.span,
                        format!("{what} with undeclared bits"),
                    )
                    .help(format!(
                        "declare them as fields, or as RES0 with `{}`",
                        decl.join("  ")
                    )),
                );
            }
        }
        fields.sort_by_key(|f: &ir::Field| f.lsb);
        reserved.sort_by_key(|r: &ir::Reserved| r.lsb);
        (fields, reserved)
    }

    /// Checks a bit range against the container's width and the 64-bit word rule.
    /// Fields must also stay within one 64-bit word; reserved ranges may span words.
    fn check_bits(
        &mut self,
        bits: &ast::Bits,
        container: &ast::Name,
        what: &str,
        width: u32,
        is_field: bool,
    ) -> bool {
        if bits.msb < bits.lsb {
            self.error(
                Diagnostic::new(
                    "iommu::bits",
                    format!("bit range [{}:{}] is reversed", bits.msb, bits.lsb),
                    bits.span,
                    "high bit first",
                )
                .help(format!(
                    "write the most significant bit first: [{}:{}]",
                    bits.lsb, bits.msb
                )),
            );
            return false;
        }
        if bits.msb >= u64::from(width) {
            self.error(
                Diagnostic::new(
                    "iommu::bits",
                    format!(
                        "bit {} is past the end of {what} `{}`, which is {width} bits wide",
                        bits.msb, container.text
                    ),
                    bits.span,
                    format!("bits of this {what} are 0 to {}", width - 1),
                )
                .label(container.span, format!("{width}-bit {what}"))
                .help(if width > 64 {
                    "bit positions are absolute: bit 64 is bit 0 of the second 64-bit word"
                        .to_string()
                } else {
                    format!(
                        "fields of a {width}-bit {what} lie in bits [{}:0]",
                        width - 1
                    )
                }),
            );
            return false;
        }
        if is_field && bits.lsb / 64 != bits.msb / 64 {
            self.error(
                Diagnostic::new(
                    "iommu::bits",
                    format!("[{}:{}] crosses a 64-bit word boundary", bits.msb, bits.lsb),
                    bits.span,
                    format!("spans words {} and {}", bits.lsb / 64, bits.msb / 64),
                )
                .help("split it into two fields, one per 64-bit word (the architecture names them _LO/_HI)"),
            );
            return false;
        }
        true
    }

    fn check_field(
        &mut self,
        container: &ast::Name,
        f: &ast::Field,
        lsb: u32,
        msb: u32,
    ) -> Option<ir::Field> {
        let width = msb - lsb + 1;
        let ty = match &f.ty {
            None if width == 1 => ir::FieldType::Bool,
            None | Some(T::Uint(_)) => ir::FieldType::Uint,
            Some(T::Bool(span)) => {
                if width != 1 {
                    self.error(
                        Diagnostic::new("iommu::type", format!("`{}` is {width} bits wide but typed bool", f.name.text), *span, "bool needs one bit")
                            .help("drop `bool` (a wider field is an unsigned integer) or fix the bit range"),
                    );
                    return None;
                }
                ir::FieldType::Bool
            }
            Some(T::Signed(_)) => ir::FieldType::Signed,
            Some(T::Address(_)) => ir::FieldType::Address {
                align_bits: lsb % 64,
            },
            Some(T::Shifted(n, span)) => {
                if n.value == 0 || n.value > 63 || u64::from(width) + n.value > 64 {
                    self.error(
                        Diagnostic::new(
                            "iommu::type",
                            format!(
                                "`{}` holds an address shifted right by {}: {width} + {} bits do not fit a 64-bit address",
                                f.name.text, n.value, n.value
                            ),
                            n.span,
                            "shift out of range",
                        )
                        .label(*span, format!("{width}-bit field"))
                        .help("the shift is 1 to 63 and the field's width plus the shift is at most 64 (a 44-bit PPN is `address >> 12`)"),
                    );
                    return None;
                }
                ir::FieldType::AddressShifted {
                    shift: n.value as u32,
                }
            }
            Some(T::Log2(_)) => ir::FieldType::Log2,
            Some(T::Enum {
                name,
                variants,
                span,
            }) => {
                let enum_name = match (name, variants) {
                    (Some(n), Some(_)) => n.text.clone(),
                    (None, Some(_)) => anon_enum_name(&container.text, &f.name.text),
                    (Some(n), None) => {
                        let Some(&(idx, _)) = self.enum_index.get(&n.text) else {
                            let names: Vec<String> = self.enum_index.keys().cloned().collect();
                            self.unknown("enum", n, names.iter().map(String::as_str), "");
                            return None;
                        };
                        let e = &self.enums[idx];
                        if e.width > width {
                            let ew = e.width;
                            self.error(
                                Diagnostic::new(
                                    "iommu::type",
                                    format!(
                                        "enum `{}` is {ew} bits wide but field `{}` has {width}",
                                        n.text, f.name.text
                                    ),
                                    f.bits.span,
                                    format!("{width} bits"),
                                )
                                .label(n.span, format!("{ew}-bit enum"))
                                .help("the field must be at least as wide as the enum"),
                            );
                            return None;
                        }
                        n.text.clone()
                    }
                    (None, None) => {
                        self.error(
                            Diagnostic::new(
                                "iommu::type",
                                "`enum` needs a name or a list of variants",
                                *span,
                                "incomplete",
                            )
                            .help(
                                "write `enum Name` for a declared enum or `enum { A = 0, B = 1 }`",
                            ),
                        );
                        return None;
                    }
                };
                ir::FieldType::Enum { name: enum_name }
            }
        };
        let mut field = ir::Field {
            name: f.name.text.clone(),
            lsb,
            msb,
            ty,
            access: None,
            w1c: false,
            self_clearing: false,
            warl: false,
            busy: false,
            acks: None,
            reset: None,
            doc: doc(&f.docs),
        };
        for m in &f.mods {
            match m {
                Modifier::Access(a, _) => {
                    field.access = Some(match a {
                        ast::Access::Ro => ir::Access::Ro,
                        ast::Access::Rw => ir::Access::Rw,
                        ast::Access::Wo => ir::Access::Wo,
                    })
                }
                Modifier::W1c(_) => field.w1c = true,
                Modifier::SelfClearing(_) => field.self_clearing = true,
                Modifier::Warl(_) => field.warl = true,
                Modifier::Busy(_) => field.busy = true,
                Modifier::Acks(n, _) => field.acks = Some(n.text.clone()),
                Modifier::Reset(n) => {
                    if width < 64 && n.value >> width != 0 {
                        self.error(
                            Diagnostic::new(
                                "iommu::reset",
                                format!(
                                    "reset value {:#x} does not fit the {width}-bit field `{}`",
                                    n.value, f.name.text
                                ),
                                n.span,
                                "too wide",
                            )
                            .help(format!("the field holds 0 to {:#x}", (1u128 << width) - 1)),
                        );
                    }
                    field.reset = Some(n.value);
                }
            }
        }
        let warl = f.mods.iter().find_map(|m| match m {
            Modifier::Warl(span) => Some(*span),
            _ => None,
        });
        if let (Some(span), Some(ir::Access::Ro)) = (warl, field.access) {
            self.error(
                Diagnostic::new(
                    "iommu::access",
                    format!("`{}` is read-only and WARL", f.name.text),
                    span,
                    "write any value, read legal",
                )
                .help("a WARL field is writable; drop `ro` or `warl`"),
            );
        }
        Some(field)
    }
}

/// The generated name of an enum declared without a name on a field.
pub(crate) fn anon_enum_name(container: &str, field: &str) -> String {
    format!("{container}_{field}")
}

/// `[hi:lo]` or `[bit]`.
pub(crate) fn bit_range(lo: u32, hi: u32) -> String {
    if lo == hi {
        format!("bit [{lo}]")
    } else {
        format!("bits [{hi}:{lo}]")
    }
}

/// `[hi:lo]` or `[bit]`, as written in a spec.
pub(crate) fn brackets(lo: u32, hi: u32) -> String {
    if lo == hi {
        format!("[{lo}]")
    } else {
        format!("[{hi}:{lo}]")
    }
}

/// Runs of `false` in `covered`, as (lo, hi) bit indexes.
fn runs(covered: &[bool]) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &c) in covered.iter().chain([&true]).enumerate() {
        match (c, start) {
            (false, None) => start = Some(i as u32),
            (true, Some(s)) => {
                out.push((s, i as u32 - 1));
                start = None;
            }
            _ => {}
        }
    }
    out
}
