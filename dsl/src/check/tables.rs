//! In-memory formats: entries, their used-bits rules, queues of opcode-tagged records, and
//! page-table formats with the geometry each granule implies.

use std::collections::HashMap;

use crate::ast::{self, CmpOp, Expr, FieldItem};
use crate::check::layout::Implicit;
use crate::check::{doc, section, Checker};
use crate::diag::Diagnostic;
use crate::ir;
use crate::source::Span;

/// Highest page-table level number (a table has at most five levels).
const MAX_LEVEL: u64 = 4;

/// Largest entry or record, in bytes.
const MAX_ENTRY_BYTES: u64 = 1024;

impl<'a> Checker<'a> {
    fn check_size(&mut self, size: &ast::Num, what: &str) -> bool {
        if size.value == 0 || !size.value.is_multiple_of(8) || size.value > MAX_ENTRY_BYTES {
            self.error(
                Diagnostic::new("iommu::size", format!("{what} size {} is not a multiple of 8 bytes from 8 to {MAX_ENTRY_BYTES}", size.value), size.span, "bad size")
                    .help("in-memory structures are arrays of little-endian 64-bit words: give the size in bytes, a multiple of 8"),
            );
            return false;
        }
        true
    }

    pub(crate) fn check_entry(&mut self, e: &ast::Entry) -> Option<ir::Entry> {
        let declared = self.declare_type(&e.name, "an entry");
        if !self.check_size(&e.size, "entry") || !declared {
            return None;
        }
        let (fields, reserved) =
            self.check_layout(&e.name, "entry", e.size.value as u32 * 8, &e.members, &[]);
        Some(ir::Entry {
            name: e.name.text.clone(),
            size: e.size.value as u32,
            section: section(&e.section),
            doc: doc(&e.docs),
            fields,
            reserved,
            loc: self.loc(e.name.span),
        })
    }

    pub(crate) fn check_used(
        &mut self,
        useds: &[&ast::Used],
        entries: &[ir::Entry],
    ) -> Vec<ir::UsedBits> {
        let mut out = Vec::new();
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for u in useds {
            let Some(entry) = entries.iter().find(|e| e.name == u.entry.text) else {
                self.unknown(
                    "entry",
                    &u.entry,
                    entries.iter().map(|e| e.name.as_str()),
                    " `used` rules describe an `entry`",
                );
                continue;
            };
            if let Some(prev) = seen.insert(&u.entry.text, u.entry.span) {
                self.error(
                    Diagnostic::new(
                        "iommu::duplicate",
                        format!("entry `{}` has two `used` blocks", u.entry.text),
                        u.entry.span,
                        "second block",
                    )
                    .label(prev, "first block")
                    .help("put all the rules of one entry in one `used` block"),
                );
                continue;
            }
            let mut rules = Vec::new();
            for r in &u.rules {
                let cond = r.cond.as_ref().and_then(|c| self.used_cond(c, entry));
                if r.cond.is_some() && cond.is_none() {
                    continue;
                }
                let fields = self.rule_fields(&r.fields, entry);
                rules.push(ir::UsedRule { cond, fields });
            }
            let update_safe = self.check_update_safe(u, entry, &rules);
            out.push(ir::UsedBits {
                entry: entry.name.clone(),
                section: section(&u.section),
                rules,
                update_safe,
            });
        }
        out
    }

    /// The fields a rule's list names, `all` and `all except` expanded, each once.
    fn rule_fields(&mut self, items: &[FieldItem], entry: &ir::Entry) -> Vec<String> {
        let mut fields: Vec<String> = Vec::new();
        for item in items {
            match item {
                FieldItem::All(_) => fields.extend(entry.fields.iter().map(|f| f.name.clone())),
                FieldItem::AllExcept(names, _) => {
                    for n in names {
                        self.entry_field(n, entry);
                    }
                    fields.extend(
                        entry
                            .fields
                            .iter()
                            .filter(|f| !names.iter().any(|n| n.text == f.name))
                            .map(|f| f.name.clone()),
                    );
                }
                FieldItem::Field(n) => {
                    if self.entry_field(n, entry).is_some() {
                        fields.push(n.text.clone());
                    }
                }
            }
        }
        let mut unique = Vec::new();
        for f in fields {
            if !unique.contains(&f) {
                unique.push(f);
            }
        }
        unique
    }

    /// The `update_safe` rules of a `used` block: each names fields one by one, every one of
    /// them read by some `used` rule but never by an `always` rule (those hold the validity
    /// field, whose store is what orders an update).
    fn check_update_safe(
        &mut self,
        u: &ast::Used,
        entry: &ir::Entry,
        rules: &[ir::UsedRule],
    ) -> Vec<ir::UpdateSafeRule> {
        let mut out = Vec::new();
        for r in &u.update_safe {
            let cond = r.cond.as_ref().and_then(|c| self.used_cond(c, entry));
            if r.cond.is_some() && cond.is_none() {
                continue;
            }
            if let (Some(c), Some(e)) = (&cond, &r.cond) {
                if !per_field_conjunction(c) {
                    self.error(
                        Diagnostic::new(
                            "iommu::update_safe",
                            "an update-safe condition must join tests of single fields with `&&`",
                            e.span(),
                            "tests several fields in one term",
                        )
                        .help("an update may expose any mix of the two values' fields, so each `&&` term may test one field only (`F`, `F == V`, `F in { A, B }`, or their negation); split the rule in two instead of using `||`"),
                    );
                    continue;
                }
            }
            let mut fields: Vec<String> = Vec::new();
            for item in &r.fields {
                let n = match item {
                    FieldItem::Field(n) => n,
                    FieldItem::All(span) | FieldItem::AllExcept(_, span) => {
                        self.error(
                            Diagnostic::new(
                                "iommu::update_safe",
                                "`all` cannot be update-safe",
                                *span,
                                "not a field name",
                            )
                            .help("name each field whose change needs no ordering; an entry whose every field is update-safe has no configuration to keep consistent"),
                        );
                        continue;
                    }
                };
                if self.entry_field(n, entry).is_none() {
                    continue;
                }
                let in_rules = |always: bool| {
                    rules
                        .iter()
                        .filter(|r| !always || r.cond.is_none())
                        .any(|r| r.fields.contains(&n.text))
                };
                if in_rules(true) {
                    self.error(
                        Diagnostic::new(
                            "iommu::update_safe",
                            format!("`{}` is read by an `always` rule, so it cannot be update-safe", n.text),
                            n.span,
                            "always used",
                        )
                        .help("fields every value uses (the validity field) order the update; mark only fields that some configurations read"),
                    );
                } else if !in_rules(false) {
                    self.error(
                        Diagnostic::new(
                            "iommu::update_safe",
                            format!("`{}` is update-safe but no `used` rule reads it", n.text),
                            n.span,
                            "never used",
                        )
                        .help(format!(
                            "update-safe marks a field the hardware reads whose change needs no ordering: add `{}` to the `used` rules that read it, or drop it here",
                            n.text
                        )),
                    );
                } else if !fields.contains(&n.text) {
                    fields.push(n.text.clone());
                }
            }
            out.push(ir::UpdateSafeRule { cond, fields });
        }
        out
    }

    fn entry_field<'e>(&mut self, n: &ast::Name, entry: &'e ir::Entry) -> Option<&'e ir::Field> {
        let f = entry.field(&n.text);
        if f.is_none() {
            self.unknown_in(
                "field",
                n,
                &format!("{} `{}`", self.cond_owner, entry.name),
                entry.fields.iter().map(|f| f.name.as_str()),
            );
        }
        f
    }

    /// Converts a used-bits condition, checking every field and variant it names.
    fn used_cond(&mut self, e: &Expr, entry: &ir::Entry) -> Option<ir::Cond> {
        match e {
            Expr::Path(p) if p.segs.is_empty() => {
                self.entry_field(&p.root, entry).map(|f| ir::Cond::Set {
                    field: f.name.clone(),
                })
            }
            Expr::Not(inner, _) => self
                .used_cond(inner, entry)
                .map(|c| ir::Cond::Not { cond: Box::new(c) }),
            Expr::And(a, b) => {
                let (a, b) = (self.used_cond(a, entry), self.used_cond(b, entry));
                Some(ir::Cond::And {
                    all: flatten(a?, b?, true),
                })
            }
            Expr::Or(a, b) => {
                let (a, b) = (self.used_cond(a, entry), self.used_cond(b, entry));
                Some(ir::Cond::Or {
                    any: flatten(a?, b?, false),
                })
            }
            Expr::Cmp(lhs, op, rhs) => {
                let field = self.cond_field(lhs, entry)?;
                let (value, variant) = self.field_value(rhs, field)?;
                let eq = ir::Cond::Eq {
                    field: field.name.clone(),
                    value,
                    variant,
                };
                Some(if *op == CmpOp::Eq {
                    eq
                } else {
                    ir::Cond::Not { cond: Box::new(eq) }
                })
            }
            Expr::In(lhs, set, _) => {
                let field = self.cond_field(lhs, entry)?;
                let mut values = Vec::new();
                for v in set {
                    values.push(self.field_value(v, field)?.0);
                }
                Some(ir::Cond::In {
                    field: field.name.clone(),
                    values,
                })
            }
            other => {
                self.error(
                    Diagnostic::new("iommu::used", "not a used-bits condition", other.span(), "not allowed here")
                        .help("conditions test the entry's own fields: `F`, `F == Variant`, `F in { A, B }`, `!`, `&&`, `||`"),
                );
                None
            }
        }
    }

    fn cond_field<'e>(&mut self, e: &Expr, entry: &'e ir::Entry) -> Option<&'e ir::Field> {
        match e {
            Expr::Path(p) if p.segs.is_empty() => self.entry_field(&p.root, entry),
            other => {
                self.error(
                    Diagnostic::new(
                        "iommu::used",
                        "expected a field of the entry",
                        other.span(),
                        "not a field",
                    )
                    .help("the left side of `==`, `!=` and `in` is a field name"),
                );
                None
            }
        }
    }

    /// The numeric value of a variant name or number for `field`, checked to fit.
    pub(crate) fn field_value(
        &mut self,
        e: &Expr,
        field: &ir::Field,
    ) -> Option<(u64, Option<String>)> {
        match e {
            Expr::Num(n) => self
                .value_fits(n.value, n.span, field)
                .then_some((n.value, None)),
            Expr::Path(p) if p.segs.is_empty() => self
                .variant_value(&p.root, field)
                .map(|v| (v, Some(p.root.text.clone()))),
            other => {
                self.error(
                    Diagnostic::new(
                        "iommu::value",
                        "expected a number or an enum variant",
                        other.span(),
                        "not a value",
                    )
                    .help(format!(
                        "compare `{}` with a number or one of its variants",
                        field.name
                    )),
                );
                None
            }
        }
    }

    pub(crate) fn value_fits(&mut self, value: u64, span: Span, field: &ir::Field) -> bool {
        let w = field.width();
        if w < 64 && value >> w != 0 {
            self.error(
                Diagnostic::new(
                    "iommu::value",
                    format!("{value:#x} does not fit the {w}-bit field `{}`", field.name),
                    span,
                    "too wide",
                )
                .help(format!(
                    "`{}` holds 0 to {:#x}",
                    field.name,
                    (1u128 << w) - 1
                )),
            );
            return false;
        }
        true
    }

    pub(crate) fn variant_value(&mut self, name: &ast::Name, field: &ir::Field) -> Option<u64> {
        let ir::FieldType::Enum { name: enum_name } = &field.ty else {
            self.error(
                Diagnostic::new(
                    "iommu::value",
                    format!(
                        "`{}` is not an enum, so `{}` is not one of its values",
                        field.name, name.text
                    ),
                    name.span,
                    "not a number",
                )
                .help("compare a non-enum field with a number"),
            );
            return None;
        };
        let e = self.enums.iter().find(|e| &e.name == enum_name)?;
        if let Some(v) = e.variants.iter().find(|v| v.name == name.text) {
            return Some(v.value);
        }
        let names: Vec<String> = e.variants.iter().map(|v| v.name.clone()).collect();
        let en = enum_name.clone();
        self.unknown_in(
            "variant",
            name,
            &format!("enum `{en}`"),
            names.iter().map(String::as_str),
        );
        None
    }

    /// `value` as an encoding of enum `enum_name` (the type of `field`): it must fit the field
    /// and name one of the enum's variants. Returns the value and the variant's name.
    pub(crate) fn encoding_of(
        &mut self,
        value: u64,
        span: Span,
        field: &ir::Field,
        enum_name: &str,
    ) -> Option<(u64, Option<String>)> {
        if !self.value_fits(value, span, field) {
            return None;
        }
        let e = self.enums.iter().find(|e| e.name == enum_name)?;
        if let Some(v) = e.variants.iter().find(|v| v.value == value) {
            return Some((value, Some(v.name.clone())));
        }
        let names: Vec<String> = e
            .variants
            .iter()
            .map(|v| format!("{} = {:#x}", v.name, v.value))
            .collect();
        self.error(
            Diagnostic::new(
                "iommu::value",
                format!(
                    "{value:#x} is no encoding of enum `{enum_name}` (the type of `{}`)",
                    field.name
                ),
                span,
                "reserved encoding",
            )
            .help(format!("name a variant: {}", names.join(", "))),
        );
        None
    }

    pub(crate) fn check_queue(
        &mut self,
        q: &ast::Queue,
        regs: &[ir::Register],
    ) -> Option<ir::Queue> {
        let declared = self.declare_type(&q.name, "a queue");
        if !self.check_size(&q.size, "record") || !declared {
            return None;
        }
        let width = q.size.value as u32 * 8;
        let mut opcode = None;
        if let Some(b) = &q.opcode {
            if b.msb < b.lsb
                || b.msb >= u64::from(width)
                || b.lsb / 64 != b.msb / 64
                || b.msb - b.lsb >= 32
            {
                self.error(
                    Diagnostic::new("iommu::bits", "the opcode field is not a valid bit range of the record", b.span, "bad opcode range")
                        .help(format!("give [msb:lsb] within one 64-bit word of the {width}-bit record, at most 32 bits")),
                );
                return None;
            }
            opcode = Some(ir::OpcodeField {
                lsb: b.lsb as u32,
                msb: b.msb as u32,
            });
        }
        let mut func = None;
        if let Some(b) = &q.func {
            let clash =
                opcode.is_some_and(|o| b.lsb <= u64::from(o.msb) && u64::from(o.lsb) <= b.msb);
            if b.msb < b.lsb
                || b.msb >= u64::from(width)
                || b.lsb / 64 != b.msb / 64
                || b.msb - b.lsb >= 32
                || clash
                || opcode.is_none()
            {
                self.error(
                    Diagnostic::new("iommu::bits", "the function field is not a valid bit range of the record", b.span, if clash { "overlaps the opcode" } else if opcode.is_none() { "no opcode field" } else { "bad function range" })
                        .help(format!("`func [msb:lsb]` refines an opcode: give it with `opcode`, within one 64-bit word of the {width}-bit record, apart from the opcode, at most 32 bits")),
                );
                return None;
            }
            func = Some(ir::OpcodeField {
                lsb: b.lsb as u32,
                msb: b.msb as u32,
            });
        }
        for r in [&q.base, &q.prod, &q.cons, &q.csr].into_iter().flatten() {
            if !regs.iter().any(|g| g.name == r.text) {
                self.unknown("register", r, regs.iter().map(|g| g.name.as_str()), "");
            }
        }
        self.check_unique(
            q.records.iter().map(|r| &r.name),
            "record",
            &format!("queue `{}`", q.name.text),
        );
        let mut by_opcode: HashMap<(u64, Option<u64>), (&ast::Name, Span)> = HashMap::new();
        let mut records = Vec::new();
        for r in &q.records {
            let mut func_value = None;
            match (&func, &r.func) {
                (Some(fb), Some(n)) => {
                    let w = fb.msb - fb.lsb + 1;
                    if n.value >> w != 0 {
                        self.error(
                            Diagnostic::new(
                                "iommu::opcode",
                                format!("function {:#x} of `{}` does not fit the {w}-bit function field", n.value, r.name.text),
                                n.span,
                                "too wide",
                            )
                            .help(format!("functions of queue `{}` range from 0 to {:#x}", q.name.text, (1u64 << w) - 1)),
                        );
                    } else {
                        func_value = Some(n.value);
                    }
                }
                (Some(_), None) if r.opcode.is_some() => self.error(
                    Diagnostic::new("iommu::opcode", format!("record `{}` has no function code", r.name.text), r.name.span, "needs `func N`")
                        .help(format!("queue `{}` tags records with an opcode and a function: write `{} = 0x.. func N`", q.name.text, r.name.text)),
                ),
                (None, Some(n)) => self.error(
                    Diagnostic::new("iommu::opcode", format!("queue `{}` has no function field, but `{}` gives one", q.name.text, r.name.text), n.span, "unexpected function")
                        .help("add `func [msb:lsb]` to the queue or remove `func N`"),
                ),
                _ => {}
            }
            match (&opcode, &r.opcode) {
                (Some(op), Some(n)) => {
                    let w = op.msb - op.lsb + 1;
                    if n.value >> w != 0 {
                        self.error(
                            Diagnostic::new(
                                "iommu::opcode",
                                format!(
                                    "opcode {:#x} of `{}` does not fit the {w}-bit opcode field",
                                    n.value, r.name.text
                                ),
                                n.span,
                                "too wide",
                            )
                            .help(format!(
                                "opcodes of queue `{}` range from 0 to {:#x}",
                                q.name.text,
                                (1u64 << w) - 1
                            )),
                        );
                    } else if let Some((prev, prev_span)) = by_opcode.get(&(n.value, func_value)) {
                        let what = match func_value {
                            Some(f) => format!("opcode {:#x} and function {f:#x}", n.value),
                            None => format!("opcode {:#x}", n.value),
                        };
                        self.error(
                            Diagnostic::new("iommu::opcode", format!("`{}` and `{}` have the same {what}", prev.text, r.name.text), n.span, "opcode used twice")
                                .label(*prev_span, format!("first used by `{}`", prev.text))
                                .help("each record of a queue needs its own opcode; variants of one command are fields of one record"),
                        );
                    } else {
                        by_opcode.insert((n.value, func_value), (&r.name, n.span));
                    }
                }
                (Some(_), None) => self.error(
                    Diagnostic::new(
                        "iommu::opcode",
                        format!("record `{}` has no opcode", r.name.text),
                        r.name.span,
                        "needs `= OPCODE`",
                    )
                    .help(format!(
                        "queue `{}` tags records with an opcode: write `{} = 0x..`",
                        q.name.text, r.name.text
                    )),
                ),
                (None, Some(n)) => self.error(
                    Diagnostic::new(
                        "iommu::opcode",
                        format!(
                            "queue `{}` has no opcode field, but `{}` gives one",
                            q.name.text, r.name.text
                        ),
                        n.span,
                        "unexpected opcode",
                    )
                    .help("add `opcode [msb:lsb]` to the queue or remove the opcode"),
                ),
                (None, None) => {}
            }
            let implicit: Vec<Implicit<'_>> = opcode
                .iter()
                .map(|o| Implicit {
                    name: "Opcode",
                    lsb: o.lsb,
                    msb: o.msb,
                    span: q.opcode.map_or(q.name.span, |b| b.span),
                })
                .chain(func.iter().map(|o| Implicit {
                    name: "Func",
                    lsb: o.lsb,
                    msb: o.msb,
                    span: q.func.map_or(q.name.span, |b| b.span),
                }))
                .collect();
            let (fields, reserved) =
                self.check_layout(&r.name, "record", width, &r.members, &implicit);
            records.push(ir::Record {
                name: r.name.text.clone(),
                opcode: r.opcode.map(|n| n.value),
                func: func_value,
                size: q.size.value as u32,
                section: section(&r.section),
                doc: doc(&r.docs),
                fields,
                reserved,
                loc: self.loc(r.name.span),
            });
        }
        Some(ir::Queue {
            name: q.name.text.clone(),
            kind: match q.kind.0 {
                ast::QueueKind::Commands => ir::QueueKind::Commands,
                ast::QueueKind::Events => ir::QueueKind::Events,
                ast::QueueKind::Requests => ir::QueueKind::Requests,
            },
            size: q.size.value as u32,
            opcode,
            base: q.base.as_ref().map(|n| n.text.clone()),
            prod: q.prod.as_ref().map(|n| n.text.clone()),
            cons: q.cons.as_ref().map(|n| n.text.clone()),
            func,
            csr: q.csr.as_ref().map(|n| n.text.clone()),
            indexes: match q.indexes {
                Some((ast::IndexKind::Plain, _)) => ir::IndexKind::Plain,
                _ => ir::IndexKind::Wrap,
            },
            section: section(&q.section),
            doc: doc(&q.docs),
            records,
        })
    }

    /// Page tables with `descriptors from OTHER` get a copy of OTHER's descriptor kinds.
    pub(crate) fn resolve_descriptors_from(
        &mut self,
        tables: &[&ast::PageTable],
    ) -> Vec<ast::PageTable> {
        let mut out = Vec::new();
        for t in tables {
            let mut t = (*t).clone();
            if let Some(from) = &t.descriptors_from {
                match tables.iter().find(|o| o.name.text == from.text) {
                    Some(o)
                        if o.descriptors_from.is_some()
                            || !t.descriptors.is_empty()
                            || o.width.value != t.width.value =>
                    {
                        self.error(
                            Diagnostic::new(
                                "iommu::pagetable",
                                format!("`{}` cannot take the descriptors of `{}`", t.name.text, o.name.text),
                                from.span,
                                "descriptors from here",
                            )
                            .label(o.name.span, "this table")
                            .help("`descriptors from` names a table of the same descriptor width that declares its own descriptors, in a table that declares none"),
                        );
                    }
                    Some(o) => t.descriptors = o.descriptors.clone(),
                    None => self.unknown(
                        "page table",
                        from,
                        tables.iter().map(|o| o.name.text.as_str()),
                        "",
                    ),
                }
            }
            out.push(t);
        }
        out
    }

    pub(crate) fn check_pagetable(&mut self, t: &ast::PageTable) -> Option<ir::PageTable> {
        let declared = self.declare_type(&t.name, "a page table");
        let width = t.width.value;
        if width != 32 && width != 64 {
            self.error(
                Diagnostic::new(
                    "iommu::pagetable",
                    format!("descriptors of {width} bits are not supported"),
                    t.width.span,
                    "32 or 64",
                )
                .help("page-table descriptors are `32 bits` or `64 bits`"),
            );
            return None;
        }
        if t.stage.value != 1 && t.stage.value != 2 {
            self.error(
                Diagnostic::new(
                    "iommu::pagetable",
                    format!("stage {} does not exist", t.stage.value),
                    t.stage.span,
                    "1 or 2",
                )
                .help("a translation table is for `stage 1` or `stage 2`"),
            );
        }
        let va_bits = t.va_bits.map_or(48, |n| n.value);
        let oa_bits = t.oa_bits.map_or(48, |n| n.value);
        for (n, what) in [(t.va_bits, "va_bits"), (t.oa_bits, "oa_bits")] {
            if let Some(n) = n {
                if !(12..=64).contains(&n.value) {
                    self.error(
                        Diagnostic::new(
                            "iommu::pagetable",
                            format!("{what} {} is out of range", n.value),
                            n.span,
                            "12 to 64",
                        )
                        .help("address sizes are between 12 and 64 bits"),
                    );
                }
            }
        }
        let entry_shift = if width == 64 { 3 } else { 2 };
        let mut granules = Vec::new();
        let mut seen: HashMap<u64, Span> = HashMap::new();
        for g in &t.granules {
            if let Some(prev) = seen.insert(g.size.value, g.size.span) {
                self.error(
                    Diagnostic::new(
                        "iommu::pagetable",
                        "this granule is declared twice",
                        g.size.span,
                        "second declaration",
                    )
                    .label(prev, "first declaration")
                    .help("declare each granule once"),
                );
                continue;
            }
            if let Some(ir_g) = self.check_granule(g, va_bits.min(64) as u32, entry_shift) {
                granules.push(ir_g);
            }
        }
        if granules.is_empty() && t.granules.is_empty() {
            self.error(
                Diagnostic::new(
                    "iommu::pagetable",
                    format!("page table `{}` declares no granule", t.name.text),
                    t.name.span,
                    "no granule",
                )
                .help("add e.g. `granule 4K levels 0..3 blocks 1 2`"),
            );
        }
        self.check_unique(
            t.descriptors.iter().map(|d| &d.name),
            "descriptor",
            &format!("page table `{}`", t.name.text),
        );
        let mut descriptors = Vec::new();
        for d in &t.descriptors {
            let (fields, reserved) =
                self.check_layout(&d.name, "descriptor", width as u32, &d.members, &[]);
            let layout = ir::Entry {
                name: d.name.text.clone(),
                size: width as u32 / 8,
                section: section(&d.section),
                doc: doc(&d.docs),
                fields,
                reserved,
                loc: self.loc(d.name.span),
            };
            if d.at.0 == ast::DescAt::Block && !t.granules.iter().any(|g| !g.blocks.is_empty()) {
                self.error(
                    Diagnostic::new(
                        "iommu::pagetable",
                        format!(
                            "`{}` is a block descriptor but no granule allows blocks",
                            d.name.text
                        ),
                        d.at.1,
                        "no block level",
                    )
                    .help("list block levels on a granule: `granule 4K levels 0..3 blocks 1 2`"),
                );
            }
            let mut matches = Vec::new();
            for (n, v) in &d.matches {
                let Some(f) = layout.field(&n.text) else {
                    self.unknown_in(
                        "field",
                        n,
                        &format!("descriptor `{}`", d.name.text),
                        layout.fields.iter().map(|f| f.name.as_str()),
                    );
                    continue;
                };
                if self.value_fits(v.value, v.span, f) {
                    matches.push(ir::Match {
                        field: n.text.clone(),
                        value: v.value,
                    });
                }
            }
            self.cond_owner = "descriptor";
            let when = d.when.as_ref().and_then(|c| self.used_cond(c, &layout));
            self.cond_owner = "entry";
            descriptors.push(ir::Descriptor {
                name: d.name.text.clone(),
                at: match d.at.0 {
                    ast::DescAt::Table => ir::DescAt::Table,
                    ast::DescAt::Block => ir::DescAt::Block,
                    ast::DescAt::Page => ir::DescAt::Page,
                    ast::DescAt::Leaf => ir::DescAt::Leaf,
                },
                matches,
                when,
                layout,
            });
        }
        if !declared {
            return None;
        }
        Some(ir::PageTable {
            name: t.name.text.clone(),
            stage: t.stage.value as u32,
            descriptor_bits: width as u32,
            va_bits: va_bits as u32,
            oa_bits: oa_bits as u32,
            section: section(&t.section),
            doc: doc(&t.docs),
            granules,
            descriptors,
        })
    }

    /// Validates a granule and computes its levels: level `L` indexes bits starting at
    /// `shift + (last - L) * index_bits`; the start level is cut at the VA size.
    fn check_granule(
        &mut self,
        g: &ast::Granule,
        va_bits: u32,
        entry_shift: u32,
    ) -> Option<ir::Granule> {
        let size = g.size.value;
        if !size.is_power_of_two() || !(512..=1 << 20).contains(&size) {
            self.error(
                Diagnostic::new(
                    "iommu::granule",
                    format!("granule size {size} is not a power of two from 512 bytes to 1M"),
                    g.size.span,
                    "unsupported granule",
                )
                .help("translation granules are powers of two, such as 4K, 16K and 64K"),
            );
            return None;
        }
        let shift = size.trailing_zeros();
        let index_bits = shift - entry_shift;
        let (first, last) = (g.first.value, g.last.value);
        for n in [g.first, g.last] {
            if n.value > MAX_LEVEL {
                self.error(
                    Diagnostic::new("iommu::granule", format!("level {} does not exist", n.value), n.span, format!("levels are 0 to {MAX_LEVEL}"))
                        .help("lookup levels are numbered 0 to 4, start level first: `levels 0..3` (VMSAv8, the final level last) or `levels 2..0` (RISC-V, the final level 0); a table has at most 5 levels"),
                );
                return None;
            }
        }
        // The levels in walk order (start level first), whichever way they are numbered.
        let order: Vec<u64> = if first <= last {
            (first..=last).collect()
        } else {
            (last..=first).rev().collect()
        };
        let depth = order.len() as u32;
        let root_bits = match g.root {
            None => index_bits,
            Some(r) => {
                if !r.value.is_power_of_two() || r.value <= size || r.value > size << 4 {
                    self.error(
                        Diagnostic::new("iommu::granule", format!("a root table of {} bytes is not 2, 4, 8 or 16 concatenated {}K tables", r.value, size >> 10), r.span, "bad root size")
                            .help("`root SIZE` gives a start-level table larger than the granule, a power of two up to 16 granules (Sv39x4: `root 16K`)"),
                    );
                    return None;
                }
                r.value.trailing_zeros() - entry_shift
            }
        };
        let lsb_at = |d: u32| shift + (depth - 1 - d) * index_bits;
        let start = order[0];
        if lsb_at(0) >= va_bits {
            self.error(
                Diagnostic::new(
                    "iommu::granule",
                    format!("with a {}K granule, level {start} indexes bit {} and up, beyond the {va_bits}-bit input address", size >> 10, lsb_at(0)),
                    g.first.span,
                    "start level too high",
                )
                .help("start at a later level; a table of fewer levels resolves fewer bits"),
            );
            return None;
        }
        if lsb_at(0) + root_bits < va_bits {
            self.error(
                Diagnostic::new(
                    "iommu::granule",
                    format!("levels {first}..{last} with a {}K granule resolve only {} of the {va_bits} input address bits", size >> 10, lsb_at(0) + root_bits),
                    g.first.span.join(g.last.span),
                    "too few levels",
                )
                .help("start at an earlier level, lower `va_bits`, or give a larger start-level table with `root SIZE`"),
            );
            return None;
        }
        if let Some(r) = g.root {
            if lsb_at(0) + index_bits >= va_bits {
                self.error(
                    Diagnostic::new(
                        "iommu::granule",
                        format!("the start level already resolves the {va_bits}-bit input address with one {}K table", size >> 10),
                        r.span,
                        "root table larger than needed",
                    )
                    .help("drop `root`, or raise `va_bits` to what the larger table resolves"),
                );
                return None;
            }
        }
        let final_level = *order.last().unwrap_or(&last);
        for b in &g.blocks {
            if !order.contains(&b.value) || b.value == final_level {
                self.error(
                    Diagnostic::new("iommu::granule", format!("block level {} is not one of the levels {first}..{last} before the final one", b.value), b.span, "not a block level")
                        .help("blocks sit at a lookup level before the final one; the final level maps pages"),
                );
            }
        }
        let levels = order
            .iter()
            .enumerate()
            .map(|(d, &l)| {
                let lsb = lsb_at(d as u32);
                let bits = if d == 0 { root_bits } else { index_bits };
                ir::Level {
                    level: l as u32,
                    index_lsb: lsb,
                    index_msb: (lsb + bits - 1).min(va_bits - 1),
                    entry_span: 1u64 << lsb,
                    leaf: l == final_level || g.blocks.iter().any(|b| b.value == l),
                    last: l == final_level,
                }
            })
            .collect();
        Some(ir::Granule {
            size,
            shift,
            index_bits,
            root_size: g.root.map(|r| r.value),
            doc: doc(&g.docs),
            levels,
        })
    }
}

/// Whether `c` is a conjunction of terms that each test one field. Such a condition holds for
/// every mix of two values' fields when it holds for both values, since a field is never split
/// between 64-bit words and so is seen whole, old or new.
fn per_field_conjunction(c: &ir::Cond) -> bool {
    fn fields<'c>(c: &'c ir::Cond, out: &mut Vec<&'c str>) {
        match c {
            ir::Cond::Set { field } | ir::Cond::Eq { field, .. } | ir::Cond::In { field, .. } => {
                if !out.contains(&field.as_str()) {
                    out.push(field)
                }
            }
            ir::Cond::Not { cond } => fields(cond, out),
            ir::Cond::And { all: cs } | ir::Cond::Or { any: cs } => {
                cs.iter().for_each(|c| fields(c, out))
            }
        }
    }
    match c {
        ir::Cond::And { all } => all.iter().all(per_field_conjunction),
        other => {
            let mut out = Vec::new();
            fields(other, &mut out);
            out.len() <= 1
        }
    }
}

fn flatten(a: ir::Cond, b: ir::Cond, and: bool) -> Vec<ir::Cond> {
    let mut out = Vec::new();
    for c in [a, b] {
        match (c, and) {
            (ir::Cond::And { all }, true) => out.extend(all),
            (ir::Cond::Or { any }, false) => out.extend(any),
            (c, _) => out.push(c),
        }
    }
    out
}
