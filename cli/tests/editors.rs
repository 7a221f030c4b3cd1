//! The TextMate grammar for editors (`editors/vscode/syntaxes/iommu.tmLanguage.json`): it is
//! valid JSON, every pattern compiles, every keyword of the language's grammar
//! (`dsl/src/iommu.pest`) is highlighted as a keyword rather than as a name, and comments,
//! doc comments, strings, bit ranges and numbers get their scopes.

use std::path::Path;

use regex::Regex;
use serde_json::Value;

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn grammar() -> Value {
    let text =
        std::fs::read_to_string(repo().join("editors/vscode/syntaxes/iommu.tmLanguage.json"))
            .expect("the grammar");
    serde_json::from_str(&text).expect("valid JSON")
}

/// Every `(scope, pattern)` of a rule list, includes followed, in order.
fn flatten(g: &Value, rules: &Value, out: &mut Vec<(String, String)>) {
    for r in rules.as_array().into_iter().flatten() {
        if let Some(inc) = r["include"].as_str() {
            let rule = &g["repository"][inc.trim_start_matches('#')];
            match rule.get("patterns") {
                Some(p) if rule.get("begin").is_none() => flatten(g, p, out),
                _ => flatten(g, &Value::Array(vec![rule.clone()]), out),
            }
            continue;
        }
        if let Some(p) = r
            .get("patterns")
            .filter(|_| r.get("begin").is_none() && r.get("match").is_none())
        {
            flatten(g, p, out);
            continue;
        }
        let pat = r["match"]
            .as_str()
            .or(r["begin"].as_str())
            .expect("match or begin");
        out.push((
            r["name"].as_str().unwrap_or("").to_string(),
            pat.to_string(),
        ));
    }
}

/// The scope TextMate gives the token at the start of `text`: the leftmost match wins, the
/// first rule among equals.
fn scope_at_start(rules: &[(String, Regex)], text: &str) -> String {
    let mut best: Option<(usize, &str)> = None;
    for (name, re) in rules {
        if let Some(m) = re.find(text) {
            if best.is_none_or(|(s, _)| m.start() < s) {
                best = Some((m.start(), name));
            }
        }
    }
    match best {
        Some((0, n)) => n.to_string(),
        _ => String::new(),
    }
}

#[test]
fn the_grammar_highlights_the_language() {
    let g = grammar();
    assert_eq!(g["scopeName"], "source.iommu");
    let mut flat = Vec::new();
    flatten(&g, &g["patterns"], &mut flat);
    let rules: Vec<(String, Regex)> = flat
        .into_iter()
        .map(|(n, p)| {
            let re = Regex::new(&p).unwrap_or_else(|e| panic!("{n}: {p}: {e}"));
            (n, re)
        })
        .collect();
    let pest = std::fs::read_to_string(repo().join("dsl/src/iommu.pest")).unwrap();
    let keywords: Vec<&str> = pest
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter(|w| !w.starts_with("0x") && !w.starts_with("0b"))
        .collect();
    assert!(
        keywords.len() > 40,
        "keywords found in the pest grammar: {keywords:?}"
    );
    for k in keywords {
        let scope = scope_at_start(&rules, k);
        assert!(
            !scope.is_empty()
                && !scope.starts_with("entity.name")
                && !scope.starts_with("variable"),
            "`{k}` is highlighted as `{scope}`"
        );
    }
    for (text, want) in [
        (
            "/// Stream table entry.",
            "comment.line.documentation.iommu",
        ),
        ("// note", "comment.line.double-slash.iommu"),
        ("/* block */", "comment.block.iommu"),
        ("\"arm,smmu-v3\"", "string.quoted.double.iommu"),
        ("[51:6]", "meta.bits.iommu"),
        ("0x2a", "constant.numeric.hex.iommu"),
        ("4K", "constant.numeric.size.iommu"),
        ("STRTAB_BASE", "entity.name.type.iommu"),
        ("S1ContextPtr", "variable.other.iommu"),
        ("&& V", "keyword.operator.iommu"),
    ] {
        assert_eq!(scope_at_start(&rules, text), want, "{text}");
    }
}
