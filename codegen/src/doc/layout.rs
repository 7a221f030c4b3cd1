//! The view of one layout (a register, entry, queue record or page-table descriptor): its facts,
//! its bit-field diagram and the table of its fields and reserved ranges.

use iommugen_dsl::ir::{Access, Field, FieldType, Reserved, ReservedKind};

use super::html::{esc, hex, name_of, one_line, paragraphs};
use super::svg::{self, Part, PartKind};
use super::{anchor, Links, SearchItem};

/// A layout (register, entry, record or descriptor): its facts, diagram and field table.
pub struct LayoutView {
    pub id: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub name: String,
    pub doc: Vec<String>,
    /// `(label, html)`.
    pub facts: Vec<(String, String)>,
    pub svg: String,
    pub rows: Vec<FieldRow>,
    /// HTML after the field table (used-bits rules of an entry, say).
    pub extra: String,
}

/// One row of a field table: a field or a reserved range.
pub struct FieldRow {
    pub id: String,
    /// Empty for reserved bits.
    pub name: String,
    pub reserved: bool,
    pub bits: String,
    pub lsb: u32,
    pub msb: u32,
    pub ty: String,
    pub access: String,
    pub reset: String,
    pub doc: String,
}

pub(super) fn bits(msb: u32, lsb: u32) -> String {
    if msb == lsb {
        format!("[{msb}]")
    } else {
        format!("[{msb}:{lsb}]")
    }
}

pub(super) fn access(a: Access) -> String {
    name_of(&a)
}

/// A field's type: enums link to their description; any other type is named as the IR's JSON
/// form names it, with its parameters.
pub(super) fn field_type(f: &Field, links: &Links) -> String {
    if let FieldType::Enum { name } = &f.ty {
        return format!("enum {}", links.enumeration(name));
    }
    if let FieldType::Address { align_bits } = &f.ty {
        return format!("address, aligned to 2<sup>{align_bits}</sup>");
    }
    if matches!(f.ty, FieldType::Log2) {
        return "log2 of a size".into();
    }
    let Ok(serde_json::Value::Object(m)) = serde_json::to_value(&f.ty) else {
        return String::new();
    };
    let mut parts: Vec<String> = m
        .get("type")
        .and_then(|t| t.as_str())
        .map(|t| esc(&t.replace('_', " ")))
        .into_iter()
        .collect();
    for (k, v) in &m {
        if k != "type" {
            parts.push(format!(
                "{} {}",
                esc(&k.replace('_', " ")),
                esc(&v.to_string())
            ));
        }
    }
    parts.join(", ")
}

/// Properties of a field this backend has no column for (added to the language later), as
/// plain `(name, ": value")` text for the access column.
fn field_extras(f: &Field) -> Vec<(String, String)> {
    const KNOWN: &[&str] = &[
        "name",
        "lsb",
        "msb",
        "type",
        "access",
        "w1c",
        "self_clearing",
        "reset",
        "doc",
    ];
    let ty_keys: Vec<String> = match serde_json::to_value(&f.ty) {
        Ok(serde_json::Value::Object(m)) => m.keys().cloned().collect(),
        _ => Vec::new(),
    };
    let Ok(serde_json::Value::Object(m)) = serde_json::to_value(f) else {
        return Vec::new();
    };
    m.into_iter()
        .filter(|(k, v)| {
            !KNOWN.contains(&k.as_str())
                && !ty_keys.contains(k)
                && !v.is_null()
                && *v != serde_json::Value::Bool(false)
        })
        .map(|(k, v)| {
            let v = match v {
                serde_json::Value::Bool(true) => String::new(),
                serde_json::Value::String(s) => format!(": {s}"),
                other => format!(": {other}"),
            };
            (k.replace('_', " "), v)
        })
        .collect()
}

pub(super) fn reserved_label(k: ReservedKind) -> String {
    match name_of(&k).as_str() {
        "res0" => "RES0".into(),
        "res1" => "RES1".into(),
        "impdef" => "IMPLEMENTATION DEFINED".into(),
        other => other.to_uppercase(),
    }
}

pub(super) fn reserved_part(r: &Reserved) -> Part {
    let (kind, name) = match name_of(&r.kind).as_str() {
        "res0" => (PartKind::Res0, String::new()),
        "res1" => (PartKind::Res1, String::new()),
        "impdef" => (PartKind::ImpDef, String::new()),
        other => (PartKind::Other, other.to_uppercase()),
    };
    Part {
        name,
        lsb: r.lsb,
        msb: r.msb,
        kind,
        href: None,
    }
}

/// The pieces shared by every kind of layout.
pub(super) struct LayoutInput<'a> {
    pub id: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub name: &'a str,
    pub doc: &'a [String],
    pub total_bits: u32,
    pub fields: &'a [Field],
    pub reserved: &'a [Reserved],
    /// Access of fields that declare none.
    pub default_access: Option<Access>,
    /// A queue's opcode field: bits and value.
    pub opcode: Option<(u32, u32, Option<u64>)>,
    /// A queue's function field (with the opcode, it identifies a record): bits and value.
    pub func: Option<(u32, u32, Option<u64>)>,
}

pub(super) fn layout(
    input: LayoutInput<'_>,
    facts: Vec<(String, String)>,
    links: &Links,
    page: &str,
    search: &mut Vec<SearchItem>,
) -> LayoutView {
    let id = input.id;
    let mut parts: Vec<Part> = input
        .fields
        .iter()
        .map(|f| Part {
            name: f.name.clone(),
            lsb: f.lsb,
            msb: f.msb,
            kind: PartKind::Field,
            href: Some(format!("#{}", anchor::field(&id, &f.name))),
        })
        .collect();
    parts.extend(input.reserved.iter().map(reserved_part));
    let mut rows: Vec<FieldRow> = input
        .fields
        .iter()
        .map(|f| {
            let mut acc = f
                .access
                .or(input.default_access)
                .map_or(String::new(), |a| access(a).to_string());
            if f.w1c {
                acc.push_str(", write 1 to clear");
            }
            if f.self_clearing {
                acc.push_str(", self-clearing");
            }
            for (k, v) in field_extras(f) {
                acc.push_str(&format!(", {k}{v}"));
            }
            search.push(SearchItem {
                name: format!("{}.{}", input.name, f.name),
                kind: "field",
                href: format!("{page}#{}", anchor::field(&id, &f.name)),
                context: format!("{} {}", bits(f.msb, f.lsb), one_line(&f.doc)),
            });
            FieldRow {
                id: anchor::field(&id, &f.name),
                name: f.name.clone(),
                reserved: false,
                bits: bits(f.msb, f.lsb),
                lsb: f.lsb,
                msb: f.msb,
                ty: field_type(f, links),
                access: acc,
                reset: f.reset.map(hex).unwrap_or_default(),
                doc: one_line(&f.doc),
            }
        })
        .collect();
    // The queue's identifying fields: drawn like fields, shaded as opcodes.
    let codes = [
        ("Opcode", "opcode", input.opcode),
        ("Func", "function code", input.func),
    ];
    for (name, ty, code) in codes {
        let Some((msb, lsb, value)) = code else {
            continue;
        };
        parts.push(Part {
            name: name.into(),
            lsb,
            msb,
            kind: PartKind::Opcode,
            href: Some(format!("#{}", anchor::field(&id, name))),
        });
        rows.push(FieldRow {
            id: anchor::field(&id, name),
            name: name.into(),
            reserved: false,
            bits: bits(msb, lsb),
            lsb,
            msb,
            ty: ty.into(),
            access: String::new(),
            reset: value.map(hex).unwrap_or_default(),
            doc: value.map_or_else(String::new, |v| format!("{} for this record", hex(v))),
        });
    }
    rows.extend(input.reserved.iter().map(|r| FieldRow {
        id: String::new(),
        name: String::new(),
        reserved: true,
        bits: bits(r.msb, r.lsb),
        lsb: r.lsb,
        msb: r.msb,
        ty: reserved_label(r.kind),
        access: String::new(),
        reset: String::new(),
        doc: String::new(),
    }));
    rows.sort_by_key(|r| std::cmp::Reverse(r.msb));
    search.push(SearchItem {
        name: input.name.to_string(),
        kind: input.kind,
        href: format!("{page}#{id}"),
        context: one_line(input.doc),
    });
    LayoutView {
        svg: svg::diagram(input.total_bits, &parts, input.name),
        id,
        kind: input.kind,
        kind_label: input.kind_label,
        name: input.name.to_string(),
        doc: paragraphs(input.doc),
        facts,
        rows,
        extra: String::new(),
    }
}

pub(super) fn section_fact(facts: &mut Vec<(String, String)>, section: &Option<String>) {
    if let Some(s) = section {
        facts.push(("section".into(), esc(s)));
    }
}
