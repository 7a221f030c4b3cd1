//! The page-table and enum pages: each format's granules drawn as the input address split into
//! level indexes, its descriptors; each enum with its variants and the fields that hold it.

use askama::Template;
use iommugen_dsl::ir::{Field, FieldType, Spec};

use super::html::{esc, extra, hex, link, name_of, one_line, paragraphs};
use super::layout::{bits, layout, section_fact, LayoutInput, LayoutView};
use super::pages::{render, Head, Nav};
use super::svg::{self, Part, PartKind};
use super::{anchor, Links, SearchItem};
use crate::{CodegenError, GeneratedFile};

/// A page-table format: facts, each granule's geometry, its descriptors.
pub struct PageTableView {
    pub id: String,
    pub name: String,
    pub doc: Vec<String>,
    pub facts: Vec<(String, String)>,
    pub granules: Vec<GranuleView>,
    pub descriptors: Vec<LayoutView>,
}

/// One granule: the input address split into level indexes, drawn, and a table of levels.
pub struct GranuleView {
    pub title: String,
    pub svg: String,
    /// `(level, index bits, entry span, leaf)`.
    pub levels: Vec<[String; 4]>,
}

#[derive(Template)]
#[template(path = "doc-pagetables.html")]
struct PageTablesPage<'a> {
    head: Head<'a>,
    tables: Vec<PageTableView>,
}

fn span(bytes: u64) -> String {
    const UNITS: [(u64, &str); 4] = [
        (1 << 40, "TiB"),
        (1 << 30, "GiB"),
        (1 << 20, "MiB"),
        (1 << 10, "KiB"),
    ];
    for (u, n) in UNITS {
        if bytes >= u && bytes.is_multiple_of(u) {
            return format!("{} {n}", bytes / u);
        }
    }
    format!("{bytes} bytes")
}

pub fn page_tables(
    spec: &Spec,
    nav: &Nav,
    links: &Links,
    search: &mut Vec<SearchItem>,
) -> Result<GeneratedFile, CodegenError> {
    let page = "pagetables.html";
    let mut tables = Vec::new();
    for pt in &spec.page_tables {
        let id = anchor::page_table(&pt.name);
        search.push(SearchItem {
            name: pt.name.clone(),
            kind: "page table",
            href: format!("{page}#{id}"),
            context: one_line(&pt.doc),
        });
        let mut facts = vec![
            ("stage".into(), pt.stage.to_string()),
            ("descriptor".into(), format!("{} bits", pt.descriptor_bits)),
            ("input address".into(), format!("{} bits", pt.va_bits)),
            ("output address".into(), format!("{} bits", pt.oa_bits)),
        ];
        section_fact(&mut facts, &pt.section);
        facts.extend(extra(
            pt,
            &[
                "name",
                "stage",
                "descriptor_bits",
                "va_bits",
                "oa_bits",
                "section",
                "doc",
                "granules",
                "descriptors",
            ],
        ));
        let granules = pt
            .granules
            .iter()
            .map(|g| {
                let mut parts: Vec<Part> = g
                    .levels
                    .iter()
                    .map(|l| Part {
                        name: format!("L{}", l.level),
                        lsb: l.index_lsb,
                        msb: l.index_msb,
                        kind: PartKind::Field,
                        href: None,
                    })
                    .collect();
                if g.shift > 0 {
                    parts.push(Part {
                        name: "offset".into(),
                        lsb: 0,
                        msb: g.shift - 1,
                        kind: PartKind::Other,
                        href: None,
                    });
                }
                let top = g
                    .levels
                    .iter()
                    .map(|l| l.index_msb + 1)
                    .max()
                    .unwrap_or(pt.va_bits);
                GranuleView {
                    title: format!(
                        "{} granule ({} index bits per full level)",
                        span(g.size),
                        g.index_bits
                    ),
                    svg: svg::diagram(
                        top.max(g.shift),
                        &parts,
                        &format!("{} input address", span(g.size)),
                    ),
                    levels: g
                        .levels
                        .iter()
                        .map(|l| {
                            [
                                l.level.to_string(),
                                bits(l.index_msb, l.index_lsb),
                                span(l.entry_span),
                                if l.last {
                                    "page".into()
                                } else if l.leaf {
                                    "table or block".into()
                                } else {
                                    "table".into()
                                },
                            ]
                        })
                        .collect(),
                }
            })
            .collect();
        let descriptors = pt
            .descriptors
            .iter()
            .map(|d| {
                let at = match name_of(&d.at).as_str() {
                    "table" => "a table level".to_string(),
                    "block" => "a block level".into(),
                    "page" => "the last level (a page)".into(),
                    other => other.replace('_', " "),
                };
                let mut f = vec![
                    ("appears at".into(), at.to_string()),
                    (
                        "identified by".into(),
                        d.matches
                            .iter()
                            .map(|m| format!("{} = {}", esc(&m.field), m.value))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ];
                section_fact(&mut f, &d.layout.section);
                f.extend(extra(d, &["name", "at", "matches", "layout"]));
                layout(
                    LayoutInput {
                        id: anchor::descriptor(&pt.name, &d.name),
                        kind: "descriptor",
                        kind_label: format!("{} descriptor", pt.name),
                        name: &d.name,
                        doc: &d.layout.doc,
                        total_bits: d.layout.size * 8,
                        fields: &d.layout.fields,
                        reserved: &d.layout.reserved,
                        default_access: None,
                        opcode: None,
                        func: None,
                    },
                    f,
                    links,
                    page,
                    search,
                )
            })
            .collect();
        tables.push(PageTableView {
            id,
            name: pt.name.clone(),
            doc: paragraphs(&pt.doc),
            facts,
            granules,
            descriptors,
        });
    }
    render(
        &PageTablesPage {
            head: Head::new(nav, page, "Page-table formats"),
            tables,
        },
        page.into(),
    )
}

/// An enum, its variants, and the fields that hold it.
pub struct EnumView {
    pub id: String,
    pub name: String,
    pub width: u32,
    pub doc: Vec<String>,
    /// `(value, name, doc)`.
    pub variants: Vec<[String; 3]>,
    pub used_by: String,
}

#[derive(Template)]
#[template(path = "doc-enums.html")]
struct EnumsPage<'a> {
    head: Head<'a>,
    enums: Vec<EnumView>,
}

pub fn enums(
    spec: &Spec,
    nav: &Nav,
    _links: &Links,
    search: &mut Vec<SearchItem>,
) -> Result<GeneratedFile, CodegenError> {
    let page = "enums.html";
    // Every field whose type is an enum, with where it is described.
    let mut holders: Vec<(String, String, String)> = Vec::new();
    let mut add = |fields: &[Field], owner: &str, href_of: &dyn Fn(&str) -> String| {
        for f in fields {
            if let FieldType::Enum { name } = &f.ty {
                holders.push((
                    name.clone(),
                    format!("{owner}.{}", f.name),
                    href_of(&f.name),
                ));
            }
        }
    };
    for r in &spec.registers {
        let id = anchor::reg(&r.name);
        add(&r.fields, &r.name, &|f| {
            format!("registers.html#{}", anchor::field(&id, f))
        });
    }
    for e in &spec.entries {
        let id = anchor::entry(&e.name);
        add(&e.fields, &e.name, &|f| {
            format!("entries.html#{}", anchor::field(&id, f))
        });
    }
    for q in &spec.queues {
        for r in &q.records {
            let id = anchor::record(&q.name, &r.name);
            let p = anchor::queue_page(&q.name);
            add(&r.fields, &r.name, &|f| {
                format!("{p}#{}", anchor::field(&id, f))
            });
        }
    }
    for pt in &spec.page_tables {
        for d in &pt.descriptors {
            let id = anchor::descriptor(&pt.name, &d.name);
            add(&d.layout.fields, &d.name, &|f| {
                format!("pagetables.html#{}", anchor::field(&id, f))
            });
        }
    }
    let mut list: Vec<_> = spec.enums.iter().collect();
    list.sort_by(|a, b| a.name.cmp(&b.name));
    let enums = list
        .into_iter()
        .map(|e| {
            let id = anchor::enumeration(&e.name);
            search.push(SearchItem {
                name: e.name.clone(),
                kind: "enum",
                href: format!("{page}#{id}"),
                context: one_line(&e.doc),
            });
            EnumView {
                id,
                name: e.name.clone(),
                width: e.width,
                doc: paragraphs(&e.doc),
                variants: e
                    .variants
                    .iter()
                    .map(|v| {
                        [
                            format!("{} ({})", v.value, hex(v.value)),
                            v.name.clone(),
                            one_line(&v.doc),
                        ]
                    })
                    .collect(),
                used_by: holders
                    .iter()
                    .filter(|h| h.0 == e.name)
                    .map(|h| link(&h.2, &h.1))
                    .collect::<Vec<_>>()
                    .join(", "),
            }
        })
        .collect();
    render(
        &EnumsPage {
            head: Head::new(nav, page, "Enumerations"),
            enums,
        },
        page.into(),
    )
}
