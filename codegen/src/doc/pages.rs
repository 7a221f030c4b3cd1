//! The pages of the reference: view models built from the IR, rendered by the askama templates
//! in `templates/`: the index, registers, entries and queues here; page tables and enums in
//! `tables.rs`, the semantics in `semantics.rs`. Each builder also adds what it describes to the
//! search index.

use askama::Template;
use iommugen_dsl::ir::{Cond, Entry, Queue, QueueKind, Register, Spec};

use super::html::{self, esc, extra, hex, link, name_of, one_line, paragraphs};
use super::layout::{access, bits, layout, section_fact, LayoutInput, LayoutView};
use super::svg;
use super::{anchor, Links, SearchItem};
use crate::{CodegenError, GeneratedFile};

/// The header every page shows: the spec's name and the page list.
pub struct Nav {
    pub spec: String,
    pub file: String,
    pub pages: Vec<(String, String)>,
}

impl Nav {
    pub fn new(spec: &Spec, other: bool) -> Self {
        let mut pages = vec![
            ("registers.html".to_string(), "Registers".to_string()),
            ("entries.html".into(), "Entries".into()),
        ];
        for q in &spec.queues {
            pages.push((anchor::queue_page(&q.name), q.name.clone()));
        }
        pages.push(("pagetables.html".into(), "Page tables".into()));
        pages.push(("enums.html".into(), "Enums".into()));
        if spec.semantics.is_some() {
            pages.push(("semantics.html".into(), "Semantics".into()));
        }
        if other {
            pages.push(("other.html".into(), "Other".into()));
        }
        Nav {
            spec: spec.name.clone(),
            file: spec.files.first().cloned().unwrap_or_default(),
            pages,
        }
    }
}

/// What every page template needs.
pub struct Head<'a> {
    pub title: String,
    pub page: String,
    pub nav: &'a Nav,
    pub defs: &'static str,
}

impl<'a> Head<'a> {
    pub(super) fn new(nav: &'a Nav, page: &str, title: &str) -> Self {
        Head {
            title: title.to_string(),
            page: page.to_string(),
            nav,
            defs: svg::DEFS,
        }
    }
}

pub(super) fn render(t: &impl Template, path: String) -> Result<GeneratedFile, CodegenError> {
    let contents = t
        .render()
        .map_err(|e| CodegenError(format!("cannot render the reference's {path}: {e}")))?;
    Ok(GeneratedFile { path, contents })
}

#[derive(Template)]
#[template(path = "doc-index.html")]
struct IndexPage<'a> {
    head: Head<'a>,
    doc: Vec<String>,
    facts: Vec<(String, String)>,
    counts: Vec<(String, String, usize)>,
}

pub fn index(spec: &Spec, nav: &Nav) -> Result<GeneratedFile, CodegenError> {
    let mut facts = Vec::new();
    if !spec.compatible.is_empty() {
        facts.push(("compatible".into(), esc(&spec.compatible.join(", "))));
    }
    if let Some(r) = &spec.reference {
        facts.push(("reference".into(), esc(r)));
    }
    facts.push((
        "files".into(),
        spec.files
            .iter()
            .map(|f| format!("<code>{}</code>", esc(f)))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    let fields: usize = spec.registers.iter().map(|r| r.fields.len()).sum::<usize>()
        + spec.entries.iter().map(|e| e.fields.len()).sum::<usize>();
    let mut counts = vec![
        (
            "registers.html".into(),
            "registers".into(),
            spec.registers.len(),
        ),
        (
            "registers.html".into(),
            "register fields".into(),
            fields - spec.entries.iter().map(|e| e.fields.len()).sum::<usize>(),
        ),
        (
            "entries.html".into(),
            "in-memory entries".into(),
            spec.entries.len(),
        ),
        ("enums.html".into(), "enums".into(), spec.enums.len()),
        (
            "pagetables.html".into(),
            "page-table formats".into(),
            spec.page_tables.len(),
        ),
    ];
    for q in &spec.queues {
        counts.push((
            anchor::queue_page(&q.name),
            format!("{} records", q.name),
            q.records.len(),
        ));
    }
    if let Some(s) = &spec.semantics {
        counts.push((
            "semantics.html".into(),
            "API operations".into(),
            s.ops.len(),
        ));
    }
    render(
        &IndexPage {
            head: Head::new(nav, "index.html", &spec.name),
            doc: paragraphs(&spec.doc),
            facts,
            counts,
        },
        "index.html".into(),
    )
}

/// A register block and its registers.
pub struct BlockView {
    pub id: String,
    pub name: String,
    pub facts: String,
    pub doc: Vec<String>,
    /// `(anchor, name, offset, width, access, reset)`.
    pub summary: Vec<[String; 6]>,
    pub registers: Vec<LayoutView>,
}

#[derive(Template)]
#[template(path = "doc-registers.html")]
struct RegistersPage<'a> {
    head: Head<'a>,
    blocks: Vec<BlockView>,
}

fn register_facts(spec: &Spec, r: &Register, links: &Links) -> Vec<(String, String)> {
    let digits = (r.width / 4) as usize;
    let mut facts = vec![
        (
            "offset".into(),
            format!(
                "{} ({} + {})",
                hex(r.offset),
                esc(&r.block),
                hex(r.block_offset)
            ),
        ),
        ("width".into(), format!("{} bits", r.width)),
        ("access".into(), access(r.access)),
        (
            "reset".into(),
            r.reset.map_or_else(
                || "not specified".into(),
                |v| format!("{v:#0w$x}", w = digits + 2),
            ),
        ),
    ];
    if let Some(p) = &r.acked_by {
        facts.push(("acknowledged by".into(), links.register(p)));
    }
    if let Some(p) = &r.toggled_by {
        facts.push(("errors acknowledged by toggling".into(), links.register(p)));
    }
    if let Some(p) = &r.alias_of {
        facts.push(("a view of".into(), links.register(p)));
    }
    // The other side of each relation.
    let back =
        |what: &str, pick: &dyn Fn(&Register) -> Option<&String>| -> Option<(String, String)> {
            let names: Vec<String> = spec
                .registers
                .iter()
                .filter(|o| pick(o).is_some_and(|n| *n == r.name))
                .map(|o| links.register(&o.name))
                .collect();
            (!names.is_empty()).then(|| (what.to_string(), names.join(", ")))
        };
    facts.extend(back("acknowledges", &|o| o.acked_by.as_ref()));
    facts.extend(back("acknowledges errors of", &|o| o.toggled_by.as_ref()));
    facts.extend(back("viewed as", &|o| o.alias_of.as_ref()));
    for q in &spec.queues {
        for (role, reg) in [
            ("base", &q.base),
            ("producer index", &q.prod),
            ("consumer index", &q.cons),
        ] {
            if reg.as_deref() == Some(r.name.as_str()) {
                facts.push((
                    format!("{role} of queue"),
                    link(&anchor::queue_page(&q.name), &q.name),
                ));
            }
        }
    }
    section_fact(&mut facts, &r.section);
    facts.extend(extra(
        r,
        &[
            "name",
            "block",
            "offset",
            "block_offset",
            "width",
            "access",
            "reset",
            "acked_by",
            "toggled_by",
            "alias_of",
            "section",
            "doc",
            "fields",
            "reserved",
            "loc",
        ],
    ));
    facts
}

pub fn registers(
    spec: &Spec,
    nav: &Nav,
    links: &Links,
    search: &mut Vec<SearchItem>,
) -> Result<GeneratedFile, CodegenError> {
    let page = "registers.html";
    let mut names: Vec<&str> = spec
        .register_blocks
        .iter()
        .map(|b| b.name.as_str())
        .collect();
    // Registers of a block the IR does not list still get a place.
    for r in &spec.registers {
        if !names.contains(&r.block.as_str()) {
            names.push(&r.block);
        }
    }
    let mut blocks = Vec::new();
    for name in names {
        let b = spec.register_blocks.iter().find(|b| b.name == name);
        let mut regs: Vec<&Register> = spec.registers.iter().filter(|r| r.block == name).collect();
        regs.sort_by_key(|r| (r.offset, r.alias_of.is_some()));
        let summary = regs
            .iter()
            .map(|r| {
                [
                    anchor::reg(&r.name),
                    r.name.clone(),
                    hex(r.offset),
                    r.width.to_string(),
                    access(r.access).to_string(),
                    r.reset.map(hex).unwrap_or_default(),
                ]
            })
            .collect();
        let registers = regs
            .iter()
            .map(|r| {
                layout(
                    LayoutInput {
                        id: anchor::reg(&r.name),
                        kind: "register",
                        kind_label: format!("register, {} bits", r.width),
                        name: &r.name,
                        doc: &r.doc,
                        total_bits: r.width,
                        fields: &r.fields,
                        reserved: &r.reserved,
                        default_access: Some(r.access),
                        opcode: None,
                        func: None,
                    },
                    register_facts(spec, r, links),
                    links,
                    page,
                    search,
                )
            })
            .collect();
        blocks.push(BlockView {
            id: anchor::block(name),
            name: name.to_string(),
            facts: b.map_or_else(String::new, |b| {
                format!("at {}, {} bytes", hex(b.base), hex(b.size))
            }),
            doc: b.map_or_else(Vec::new, |b| paragraphs(&b.doc)),
            summary,
            registers,
        });
    }
    render(
        &RegistersPage {
            head: Head::new(nav, page, "Registers"),
            blocks,
        },
        page.into(),
    )
}

#[derive(Template)]
#[template(path = "doc-layouts.html")]
struct LayoutsPage<'a> {
    head: Head<'a>,
    intro: String,
    layouts: Vec<LayoutView>,
}

fn entry_extra(spec: &Spec, e: &Entry, links: &Links) -> String {
    let mut s = String::new();
    let href = |f: &str| format!("#{}", anchor::field(&anchor::entry(&e.name), f));
    let row = |s: &mut String, cond: Option<&Cond>, fields: &[String]| {
        let when = cond.map_or_else(|| "always".into(), |c| html::cond(c, Some(e), spec, &href));
        let fields = fields
            .iter()
            .map(|f| link(&href(f), f))
            .collect::<Vec<_>>()
            .join(" ");
        s.push_str(&format!(
            "<tr><td class=\"cond\">{when}</td><td>{fields}</td></tr>"
        ));
    };
    for u in spec.used.iter().filter(|u| u.entry == e.name) {
        s.push_str("<h4>Used bits</h4><p>The fields the hardware reads, as a function of the entry's own value: the union of every rule whose condition holds.");
        if let Some(sec) = &u.section {
            s.push_str(&format!(" Section {}.", esc(sec)));
        }
        s.push_str("</p><table class=\"used\"><thead><tr><th>when</th><th>fields used</th></tr></thead><tbody>");
        for r in &u.rules {
            row(&mut s, r.cond.as_ref(), &r.fields);
        }
        s.push_str("</tbody></table>");
        if !u.update_safe.is_empty() {
            s.push_str("<h4>Update-safe bits</h4><p>Used fields whose change needs no ordering against the rest of an update: the hardware may see them change before or after the other fields. A rule with a condition applies when it holds for both the old and the new value.</p><table class=\"used\"><thead><tr><th>when</th><th>update-safe fields</th></tr></thead><tbody>");
            for r in &u.update_safe {
                row(&mut s, r.cond.as_ref(), &r.fields);
            }
            s.push_str("</tbody></table>");
        }
    }
    if let Some(sem) = &spec.semantics {
        for r in sem.realises.iter().filter(|r| r.entry == e.name) {
            s.push_str(&format!(
                "<p>Realised from the API state: {}.</p>",
                link(
                    &format!("semantics.html#realise-{}", r.entry),
                    &format!("realise {}", r.entry)
                )
            ));
        }
    }
    let _ = links;
    s
}

pub fn entries(
    spec: &Spec,
    nav: &Nav,
    links: &Links,
    search: &mut Vec<SearchItem>,
) -> Result<GeneratedFile, CodegenError> {
    let page = "entries.html";
    let layouts = spec
        .entries
        .iter()
        .map(|e| {
            let mut facts = vec![(
                "size".into(),
                format!(
                    "{} bytes ({} 64-bit words, little-endian)",
                    e.size,
                    e.words()
                ),
            )];
            section_fact(&mut facts, &e.section);
            facts.extend(extra(
                e,
                &[
                    "name", "size", "section", "doc", "fields", "reserved", "loc",
                ],
            ));
            let mut v = layout(
                LayoutInput {
                    id: anchor::entry(&e.name),
                    kind: "entry",
                    kind_label: format!("entry, {} bytes", e.size),
                    name: &e.name,
                    doc: &e.doc,
                    total_bits: e.size * 8,
                    fields: &e.fields,
                    reserved: &e.reserved,
                    default_access: None,
                    opcode: None,
                    func: None,
                },
                facts,
                links,
                page,
                search,
            );
            v.extra = entry_extra(spec, e, links);
            v
        })
        .collect();
    render(
        &LayoutsPage {
            head: Head::new(nav, page, "In-memory entries"),
            intro: "Structures the IOMMU reads from memory. Bit positions count across the entry's little-endian 64-bit words: bit 64 is bit 0 of word 1.".into(),
            layouts,
        },
        page.into(),
    )
}

fn queue_kind(k: QueueKind) -> String {
    match name_of(&k).as_str() {
        "commands" => "commands (written by the driver)".into(),
        "events" => "events (written by the IOMMU)".into(),
        "requests" => "requests (written by the IOMMU)".into(),
        other => other.to_string(),
    }
}

#[derive(Template)]
#[template(path = "doc-queue.html")]
struct QueuePage<'a> {
    head: Head<'a>,
    id: String,
    name: String,
    doc: Vec<String>,
    facts: Vec<(String, String)>,
    /// `(anchor, opcode, name, doc)`.
    summary: Vec<[String; 4]>,
    layouts: Vec<LayoutView>,
}

pub fn queue(
    _spec: &Spec,
    q: &Queue,
    nav: &Nav,
    links: &Links,
    search: &mut Vec<SearchItem>,
) -> Result<GeneratedFile, CodegenError> {
    let page = anchor::queue_page(&q.name);
    let mut facts = vec![
        ("kind".into(), queue_kind(q.kind).to_string()),
        ("record size".into(), format!("{} bytes", q.size)),
        (
            "opcode field".into(),
            q.opcode
                .map_or_else(|| "none".into(), |o| bits(o.msb, o.lsb)),
        ),
    ];
    for (role, reg) in [
        ("base register", &q.base),
        ("producer index", &q.prod),
        ("consumer index", &q.cons),
    ] {
        if let Some(r) = reg {
            facts.push((role.into(), links.register(r)));
        }
    }
    section_fact(&mut facts, &q.section);
    facts.extend(extra(
        q,
        &[
            "name", "kind", "size", "opcode", "base", "prod", "cons", "section", "doc", "records",
        ],
    ));
    search.push(SearchItem {
        name: q.name.clone(),
        kind: "queue",
        href: page.clone(),
        context: one_line(&q.doc),
    });
    let summary = q
        .records
        .iter()
        .map(|r| {
            [
                anchor::record(&q.name, &r.name),
                r.opcode.map(hex).unwrap_or_default(),
                r.name.clone(),
                one_line(&r.doc),
            ]
        })
        .collect();
    let layouts = q
        .records
        .iter()
        .map(|r| {
            let mut f = vec![("size".into(), format!("{} bytes", r.size))];
            if let Some(op) = r.opcode {
                f.push(("opcode".into(), hex(op)));
            }
            section_fact(&mut f, &r.section);
            f.extend(extra(
                r,
                &[
                    "name", "opcode", "size", "section", "doc", "fields", "reserved", "loc",
                ],
            ));
            layout(
                LayoutInput {
                    id: anchor::record(&q.name, &r.name),
                    kind: "record",
                    kind_label: format!("{} record", q.name),
                    name: &r.name,
                    doc: &r.doc,
                    total_bits: r.size * 8,
                    fields: &r.fields,
                    reserved: &r.reserved,
                    default_access: None,
                    opcode: q.opcode.map(|o| (o.msb, o.lsb, r.opcode)),
                    func: q.func.map(|o| (o.msb, o.lsb, r.func)),
                },
                f,
                links,
                &page,
                search,
            )
        })
        .collect();
    render(
        &QueuePage {
            head: Head::new(nav, &page, &format!("Queue {}", q.name)),
            id: format!("queue-{}", q.name),
            name: q.name.clone(),
            doc: paragraphs(&q.doc),
            facts,
            summary,
            layouts,
        },
        page,
    )
}

#[derive(Template)]
#[template(path = "doc-other.html")]
struct OtherPage<'a> {
    head: Head<'a>,
    /// `(key, html)`.
    parts: Vec<(String, String)>,
}

pub fn other(
    extra: &[(String, serde_json::Value)],
    nav: &Nav,
) -> Result<GeneratedFile, CodegenError> {
    render(
        &OtherPage {
            head: Head::new(nav, "other.html", "Other declarations"),
            parts: extra
                .iter()
                .map(|(k, v)| (k.clone(), html::json(v)))
                .collect(),
        },
        "other.html".into(),
    )
}
