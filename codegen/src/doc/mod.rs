//! The docs backend: a static HTML reference of a spec (`iommugen doc`). Every register, entry,
//! queue record and page-table descriptor gets a bit-field diagram (`svg.rs`) and a table of its
//! fields; enums, queues, page-table geometry, used-bits rules and the semantics (operations and
//! realise tables) get pages of their own. Names link to where they are described, and a search
//! box (plain JavaScript over an index written next to the pages) finds any name. Nothing is
//! fetched from the network: the pages, the style sheet and the scripts are all written here.
//!
//! Pages are askama templates (`src/doc/templates/`) over view models built by `pages.rs`.
//! Parts of the IR this backend does not know yet (a construct added to the language later)
//! are not dropped: they are listed on `other.html` from the IR's JSON form.

mod html;
mod layout;
mod pages;
mod semantics;
pub mod svg;
mod tables;

use std::collections::BTreeMap;

use iommugen_dsl::ir::Spec;

use crate::{CodegenError, GeneratedFile};

/// The style sheet every page links.
const STYLE_CSS: &str = include_str!("templates/style.css");
/// The search box's script.
const SEARCH_JS: &str = include_str!("templates/search.js");

/// Top-level keys of the IR's JSON form that have pages of their own.
const KNOWN_KEYS: &[&str] = &[
    "name",
    "doc",
    "compatible",
    "reference",
    "files",
    "enums",
    "register_blocks",
    "registers",
    "entries",
    "used",
    "queues",
    "page_tables",
    "semantics",
];

/// Every file of the reference, relative to the output directory (`index.html` first).
pub fn files(spec: &Spec) -> Result<Vec<GeneratedFile>, CodegenError> {
    let links = Links::new(spec);
    let extra = unknown_parts(spec)?;
    let nav = pages::Nav::new(spec, !extra.is_empty());
    let mut search = Vec::new();
    let mut out = vec![
        pages::index(spec, &nav)?,
        pages::registers(spec, &nav, &links, &mut search)?,
        pages::entries(spec, &nav, &links, &mut search)?,
        tables::enums(spec, &nav, &links, &mut search)?,
        tables::page_tables(spec, &nav, &links, &mut search)?,
    ];
    for q in &spec.queues {
        out.push(pages::queue(spec, q, &nav, &links, &mut search)?);
    }
    if let Some(sem) = &spec.semantics {
        out.push(semantics::semantics(spec, sem, &nav, &links, &mut search)?);
    }
    if !extra.is_empty() {
        out.push(pages::other(&extra, &nav)?);
    }
    out.push(GeneratedFile {
        path: "style.css".into(),
        contents: STYLE_CSS.into(),
    });
    out.push(GeneratedFile {
        path: "search.js".into(),
        contents: SEARCH_JS.into(),
    });
    out.push(GeneratedFile {
        path: "search-index.js".into(),
        contents: search_index(&search)?,
    });
    Ok(out)
}

/// The parts of the IR's JSON form that no page above describes.
fn unknown_parts(spec: &Spec) -> Result<Vec<(String, serde_json::Value)>, CodegenError> {
    let v = serde_json::to_value(spec)
        .map_err(|e| CodegenError(format!("cannot serialise the IR: {e}")))?;
    let mut out = Vec::new();
    if let serde_json::Value::Object(m) = v {
        for (k, v) in m {
            let empty = v.is_null() || v.as_array().is_some_and(Vec::is_empty);
            if !KNOWN_KEYS.contains(&k.as_str()) && !empty {
                out.push((k, v));
            }
        }
    }
    Ok(out)
}

/// One search entry: the name shown, what it is, where it goes, a line of context.
#[derive(Debug, Clone)]
pub struct SearchItem {
    pub name: String,
    pub kind: &'static str,
    pub href: String,
    pub context: String,
}

fn search_index(items: &[SearchItem]) -> Result<String, CodegenError> {
    let rows: Vec<[&str; 4]> = items
        .iter()
        .map(|i| [i.name.as_str(), i.kind, i.href.as_str(), i.context.as_str()])
        .collect();
    let json = serde_json::to_string(&rows)
        .map_err(|e| CodegenError(format!("cannot write the search index: {e}")))?;
    // `</` would end a script element if the file were ever inlined.
    Ok(format!(
        "// The names the search box finds: [name, kind, page#anchor, context].\nvar IOMMUGEN_INDEX = {};\n",
        json.replace("</", "<\\/")
    ))
}

/// Where each named thing is described: `page.html#anchor`.
pub struct Links {
    registers: BTreeMap<String, String>,
    entries: BTreeMap<String, String>,
    enums: BTreeMap<String, String>,
}

impl Links {
    fn new(spec: &Spec) -> Self {
        Links {
            registers: spec
                .registers
                .iter()
                .map(|r| {
                    (
                        r.name.clone(),
                        format!("registers.html#{}", anchor::reg(&r.name)),
                    )
                })
                .collect(),
            entries: spec
                .entries
                .iter()
                .map(|e| {
                    (
                        e.name.clone(),
                        format!("entries.html#{}", anchor::entry(&e.name)),
                    )
                })
                .collect(),
            enums: spec
                .enums
                .iter()
                .map(|e| {
                    (
                        e.name.clone(),
                        format!("enums.html#{}", anchor::enumeration(&e.name)),
                    )
                })
                .collect(),
        }
    }

    /// A link to a register, or its name when it is not declared.
    pub fn register(&self, name: &str) -> String {
        self.registers
            .get(name)
            .map_or_else(|| html::esc(name), |h| html::link(h, name))
    }

    /// A link to an entry, or its name.
    pub fn entry(&self, name: &str) -> String {
        self.entries
            .get(name)
            .map_or_else(|| html::esc(name), |h| html::link(h, name))
    }

    /// The page and anchor of an entry's field.
    pub fn entry_field(&self, entry: &str, field: &str) -> String {
        format!(
            "entries.html#{}",
            anchor::field(&anchor::entry(entry), field)
        )
    }

    /// A link to an enum, or its name.
    pub fn enumeration(&self, name: &str) -> String {
        self.enums
            .get(name)
            .map_or_else(|| html::esc(name), |h| html::link(h, name))
    }
}

/// Element ids. Names are identifiers (`[A-Za-z_][A-Za-z0-9_]*`), so `-` separates parts
/// unambiguously.
pub mod anchor {
    pub fn reg(name: &str) -> String {
        format!("reg-{name}")
    }
    pub fn block(name: &str) -> String {
        format!("block-{name}")
    }
    pub fn entry(name: &str) -> String {
        format!("entry-{name}")
    }
    pub fn enumeration(name: &str) -> String {
        format!("enum-{name}")
    }
    pub fn record(queue: &str, name: &str) -> String {
        format!("rec-{queue}-{name}")
    }
    pub fn page_table(name: &str) -> String {
        format!("pt-{name}")
    }
    pub fn descriptor(pt: &str, name: &str) -> String {
        format!("desc-{pt}-{name}")
    }
    /// A field of the layout whose id is `layout`.
    pub fn field(layout: &str, field: &str) -> String {
        format!("{layout}--{field}")
    }
    /// The page of a queue.
    pub fn queue_page(name: &str) -> String {
        format!("queue-{name}.html")
    }
}
