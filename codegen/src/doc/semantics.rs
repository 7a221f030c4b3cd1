//! The semantics page: domain types, errors, the device state, each operation's preconditions and
//! effects, the observations, and every realise block as a table from API state to entry fields.

use askama::Template;
use iommugen_dsl::ir::{Semantics, Spec};

use super::html::{self, esc, link, name_of, one_line, paragraphs};
use super::pages::{render, Head, Nav};
use super::{Links, SearchItem};
use crate::{CodegenError, GeneratedFile};

/// An operation: signature, doc, preconditions and effects.
pub struct OpView {
    pub id: String,
    pub signature: String,
    pub doc: Vec<String>,
    pub requires: Vec<String>,
    pub effects: Vec<String>,
}

/// A realise block as a table: one row per case, one column per field it sets.
pub struct RealiseView {
    pub id: String,
    pub title: String,
    pub doc: Vec<String>,
    pub columns: Vec<String>,
    /// `(condition, cells)`.
    pub rows: Vec<(String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "doc-semantics.html")]
struct SemanticsPage<'a> {
    head: Head<'a>,
    name: String,
    doc: Vec<String>,
    section: String,
    /// `(id, name, outcome, doc)`.
    domains: Vec<[String; 4]>,
    /// `(id, name, text)`.
    errors: Vec<[String; 3]>,
    /// `(name, shape, doc)`.
    slots: Vec<[String; 3]>,
    ops: Vec<OpView>,
    /// `(signature, decided by, doc)`.
    observes: Vec<[String; 3]>,
    realises: Vec<RealiseView>,
}

fn params(ps: &[iommugen_dsl::ir::Param]) -> String {
    ps.iter()
        .map(|p| match name_of(&p.ty).as_str() {
            "device" => esc(&p.name),
            ty => format!("{}: {}", esc(&p.name), esc(ty)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn semantics(
    _spec: &Spec,
    sem: &Semantics,
    nav: &Nav,
    links: &Links,
    search: &mut Vec<SearchItem>,
) -> Result<GeneratedFile, CodegenError> {
    let page = "semantics.html";
    let domains = sem
        .domains
        .iter()
        .map(|d| {
            [
                format!("domain-{}", d.name),
                d.name.clone(),
                format!(
                    "{}{}",
                    serde_json::to_value(d.outcome)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    if d.pasid_only { ", PASID only" } else { "" }
                ),
                one_line(&d.doc),
            ]
        })
        .collect();
    let errors = sem
        .errors
        .iter()
        .map(|e| [format!("error-{}", e.name), e.name.clone(), e.text.clone()])
        .collect();
    let slots = sem
        .slots
        .iter()
        .map(|s| {
            let shape = match (s.range, s.optional, &s.default) {
                (Some((lo, hi)), _, _) => format!("table [{lo}..{hi}] of optional domains"),
                (None, true, _) => "optional domain".into(),
                (None, false, Some(d)) => format!("domain, initially {d}"),
                (None, false, None) => "domain".into(),
            };
            [s.name.clone(), shape, one_line(&s.doc)]
        })
        .collect();
    let ops = sem
        .ops
        .iter()
        .map(|o| {
            let id = format!("op-{}", o.name);
            search.push(SearchItem {
                name: o.name.clone(),
                kind: "operation",
                href: format!("{page}#{id}"),
                context: one_line(&o.doc),
            });
            let (mut requires, mut effects) = (Vec::new(), Vec::new());
            for s in &o.body {
                let (k, h) = html::stmt(s);
                if k == "requires" {
                    requires.push(h);
                } else {
                    effects.push(h);
                }
            }
            OpView {
                signature: format!("{}({})", esc(&o.name), params(&o.params)),
                id,
                doc: paragraphs(&o.doc),
                requires,
                effects,
            }
        })
        .collect();
    let observes = sem
        .observes
        .iter()
        .map(|o| {
            let slot = match &o.slot.index {
                Some(i) => format!("dev.{}[{}]", o.slot.slot, i),
                None => format!("dev.{}", o.slot.slot),
            };
            [
                format!("{}({})", esc(&o.name), params(&o.params)),
                slot,
                one_line(&o.doc),
            ]
        })
        .collect();
    let realises = sem
        .realises
        .iter()
        .map(|r| {
            let mut columns: Vec<String> = Vec::new();
            for c in &r.cases {
                for a in &c.assigns {
                    if !columns.contains(&a.field) {
                        columns.push(a.field.clone());
                    }
                }
            }
            let rows = r
                .cases
                .iter()
                .map(|c| {
                    let cells = columns
                        .iter()
                        .map(|col| {
                            c.assigns
                                .iter()
                                .find(|a| &a.field == col)
                                .map_or_else(String::new, |a| {
                                    a.variant.clone().unwrap_or_else(|| a.value.to_string())
                                })
                        })
                        .collect();
                    (html::sexpr(&c.cond), cells)
                })
                .collect();
            RealiseView {
                id: format!("realise-{}", r.entry),
                title: format!("{}({})", links.entry(&r.entry), params(&r.params)),
                doc: paragraphs(&r.doc),
                columns: columns
                    .iter()
                    .map(|c| link(&links.entry_field(&r.entry, c), c))
                    .collect(),
                rows,
            }
        })
        .collect();
    render(
        &SemanticsPage {
            head: Head::new(nav, page, "Semantics"),
            name: sem.name.clone(),
            doc: paragraphs(&sem.doc),
            section: sem.section.clone().unwrap_or_default(),
            domains,
            errors,
            slots,
            ops,
            observes,
            realises,
        },
        page.into(),
    )
}
