//! The HTML reference (`iommugen doc`) for the SMMUv3 spec and the toy example, checked as text
//! without a browser: every layout's diagram holds exactly its fields, at the width its bit
//! count gives; every field has a row in its table; every link inside the reference resolves;
//! nothing is fetched from the network. (`cargo xtask test` renders the same pages in Chromium.)

use std::collections::BTreeMap;
use std::path::Path;

use iommugen_codegen::doc::{self, svg};
use iommugen_dsl::ir::{Field, Spec};

fn load(spec: &str) -> Spec {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(spec);
    iommugen_dsl::load_file(&path).unwrap_or_else(|d| panic!("{d}"))
}

fn pages(spec: &Spec) -> BTreeMap<String, String> {
    doc::files(spec)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|f| (f.path, f.contents))
        .collect()
}

/// The `<section ...>` element with this id.
fn section<'a>(page: &'a str, id: &str) -> &'a str {
    let open = format!("<section class=\"layout\" id=\"{id}\"");
    let start = page
        .find(&open)
        .unwrap_or_else(|| panic!("no section {id}"));
    let end = page[start..].find("</section>").expect("closed section") + start;
    &page[start..end]
}

/// Values of `attr="..."` in `text`.
fn attrs<'a>(text: &'a str, attr: &str) -> Vec<&'a str> {
    let pat = format!(" {attr}=\"");
    text.match_indices(&pat)
        .map(|(i, _)| {
            let v = &text[i + pat.len()..];
            &v[..v.find('"').expect("closed attribute")]
        })
        .collect()
}

fn check_layout(page: &str, id: &str, bits: u32, fields: &[Field], extra: &[&str]) {
    let s = section(page, id);
    let svg_start = s.find("<svg class=\"bitfield\"").expect("a diagram");
    let svg_text = &s[svg_start..s[svg_start..].find("</svg>").unwrap() + svg_start];
    let width: u32 = attrs(svg_text, "width")[0].parse().unwrap();
    assert_eq!(
        width,
        svg::width(bits),
        "{id}: diagram width for {bits} bits"
    );
    assert_eq!(attrs(svg_text, "data-bits"), vec![bits.to_string()]);
    assert_eq!(
        svg_text.matches("class=\"row\"").count() as u32,
        bits.div_ceil(64),
        "{id}: one row per 64-bit word"
    );
    let mut want: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    want.extend(extra);
    want.sort_unstable();
    let mut drawn = attrs(svg_text, "data-name");
    drawn.sort_unstable();
    assert_eq!(drawn, want, "{id}: the diagram's fields");
    let mut rows = attrs(&s[svg_start..], "data-field");
    rows.sort_unstable();
    assert_eq!(rows, want, "{id}: the field table");
    for f in fields {
        let at = s
            .find(&format!(
                "data-name=\"{}\" data-lsb=\"{}\" data-msb=\"{}\"",
                f.name, f.lsb, f.msb
            ))
            .is_some();
        assert!(at, "{id}: {} drawn at [{}:{}]", f.name, f.msb, f.lsb);
    }
}

fn check_spec(file: &str) {
    let spec = load(file);
    let pages = pages(&spec);
    let regs = &pages["registers.html"];
    for r in &spec.registers {
        check_layout(regs, &format!("reg-{}", r.name), r.width, &r.fields, &[]);
    }
    let entries = &pages["entries.html"];
    for e in &spec.entries {
        check_layout(
            entries,
            &format!("entry-{}", e.name),
            e.size * 8,
            &e.fields,
            &[],
        );
    }
    for q in &spec.queues {
        let page = &pages[&format!("queue-{}.html", q.name)];
        // The queue's identifying fields are drawn with the record's own.
        let codes: Vec<&str> = [(q.opcode.is_some(), "Opcode"), (q.func.is_some(), "Func")]
            .into_iter()
            .filter_map(|(has, name)| has.then_some(name))
            .collect();
        let opcode: &[&str] = &codes;
        for r in &q.records {
            check_layout(
                page,
                &format!("rec-{}-{}", q.name, r.name),
                r.size * 8,
                &r.fields,
                opcode,
            );
        }
    }
    let pts = &pages["pagetables.html"];
    for pt in &spec.page_tables {
        for d in &pt.descriptors {
            let id = format!("desc-{}-{}", pt.name, d.name);
            check_layout(pts, &id, d.layout.size * 8, &d.layout.fields, &[]);
        }
        for g in &pt.granules {
            for l in &g.levels {
                let drawn = format!(
                    "data-name=\"L{}\" data-lsb=\"{}\" data-msb=\"{}\"",
                    l.level, l.index_lsb, l.index_msb
                );
                assert!(pts.contains(&drawn), "{}: level {} drawn", pt.name, l.level);
            }
        }
    }
    if let Some(sem) = &spec.semantics {
        let page = &pages["semantics.html"];
        for op in &sem.ops {
            assert!(
                page.contains(&format!("id=\"op-{}\"", op.name)),
                "op {}",
                op.name
            );
        }
        for r in &sem.realises {
            let start = page
                .find(&format!("id=\"realise-{}\"", r.entry))
                .expect("realise table");
            let table = &page[start..start + page[start..].find("</table>").unwrap()];
            assert_eq!(table.matches("<td class=\"cond\">").count(), r.cases.len());
        }
    }
    // Every link inside the reference resolves; nothing comes from the network.
    for (name, text) in &pages {
        if !name.ends_with(".html") {
            continue;
        }
        for href in attrs(text, "href").into_iter().chain(attrs(text, "src")) {
            assert!(!href.contains("://"), "{name}: {href} leaves the reference");
            let (file, id) = href.split_once('#').unwrap_or((href, ""));
            let target = if file.is_empty() { name.as_str() } else { file };
            let target_text = pages
                .get(target)
                .unwrap_or_else(|| panic!("{name}: {href}: no page {target}"));
            if !id.is_empty() {
                assert!(
                    target_text.contains(&format!("id=\"{id}\"")),
                    "{name}: {href}: no element {id}"
                );
            }
        }
    }
    let index = &pages["search-index.js"];
    for r in &spec.registers {
        assert!(
            index.contains(&format!("[\"{}\",\"register\"", r.name)),
            "{} searchable",
            r.name
        );
    }
}

#[test]
fn smmuv3_reference() {
    check_spec("specs/smmuv3.iommu");
}

#[test]
fn riscv_iommu_reference() {
    check_spec("specs/riscv_iommu.iommu");
}

#[test]
fn toy_reference() {
    check_spec("examples/toy.iommu");
}

#[test]
fn the_reference_is_deterministic() {
    let spec = load("examples/toy.iommu");
    assert_eq!(pages(&spec), pages(&spec));
}
