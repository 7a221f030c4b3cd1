//! Text helpers of the docs backend: HTML escaping, doc paragraphs, and the conditions and
//! expressions of used-bits rules and semantics written back in the spec's own notation, with
//! names linked to where they are described.

use iommugen_dsl::ir::{Cond, Entry, SExpr, SlotRef, Spec, Stmt};

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The name a value has in the IR's JSON form (`"rw"`, `"commands"`), or its JSON text when it
/// is not a plain name. Matching on these names rather than on the IR's enums keeps the pages
/// working when the language gains a variant.
pub fn name_of<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// The properties of `v`'s JSON form whose keys are not in `known` (and that are not empty,
/// false or null), as `(key, html)`: what a newer IR adds shows up on the page.
pub fn extra<T: serde::Serialize>(v: &T, known: &[&str]) -> Vec<(String, String)> {
    let Ok(serde_json::Value::Object(m)) = serde_json::to_value(v) else {
        return Vec::new();
    };
    m.into_iter()
        .filter(|(k, v)| {
            !known.contains(&k.as_str())
                && !v.is_null()
                && *v != serde_json::Value::Bool(false)
                && v.as_array().is_none_or(|a| !a.is_empty())
        })
        .map(|(k, v)| {
            let html = match &v {
                serde_json::Value::Bool(true) => String::new(),
                other => json(other),
            };
            (k.replace('_', " "), html)
        })
        .collect()
}

/// A link with escaped text.
pub fn link(href: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(href), esc(text))
}

/// Doc comment lines as paragraphs (an empty line separates two).
pub fn paragraphs(doc: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for line in doc {
        let t = line.trim();
        if t.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(t);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Doc lines joined into one line of text.
pub fn one_line(doc: &[String]) -> String {
    paragraphs(doc).join(" ")
}

/// A number in hexadecimal.
pub fn hex(v: u64) -> String {
    format!("{v:#x}")
}

/// A used-bits condition over the fields of `entry`; field names link to `field_href`.
pub fn cond(
    c: &Cond,
    entry: Option<&Entry>,
    spec: &Spec,
    field_href: &dyn Fn(&str) -> String,
) -> String {
    let f = |name: &str| link(&field_href(name), name);
    let value_name = |field: &str, v: u64| -> String {
        entry
            .and_then(|e| e.field(field))
            .and_then(|fd| match &fd.ty {
                iommugen_dsl::ir::FieldType::Enum { name } => spec.enum_named(name),
                _ => None,
            })
            .and_then(|en| en.variants.iter().find(|x| x.value == v))
            .map_or_else(|| v.to_string(), |x| esc(&x.name))
    };
    let inner = |c: &Cond| {
        let s = cond(c, entry, spec, field_href);
        if matches!(c, Cond::And { .. } | Cond::Or { .. }) {
            format!("({s})")
        } else {
            s
        }
    };
    match c {
        Cond::Set { field } => f(field),
        Cond::Eq {
            field,
            value,
            variant,
        } => format!(
            "{} == {}",
            f(field),
            variant
                .as_deref()
                .map_or_else(|| value_name(field, *value), esc)
        ),
        Cond::In { field, values } => format!(
            "{} in {{ {} }}",
            f(field),
            values
                .iter()
                .map(|v| value_name(field, *v))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Cond::Not { cond } => format!("!{}", inner(cond)),
        Cond::And { all } => all
            .iter()
            .map(inner)
            .collect::<Vec<_>>()
            .join(" &amp;&amp; "),
        Cond::Or { any } => any.iter().map(inner).collect::<Vec<_>>().join(" || "),
        // A condition added to the language later: its JSON form.
        #[allow(unreachable_patterns)]
        other => esc(&name_of(other)),
    }
}

fn slot(s: &SlotRef) -> String {
    match &s.index {
        Some(i) => format!("dev.{}[{}]", esc(&s.slot), esc(i)),
        None => format!("dev.{}", esc(&s.slot)),
    }
}

/// A semantics expression, domain type names linked to their description.
pub fn sexpr(e: &SExpr) -> String {
    let inner = |e: &SExpr| {
        let s = sexpr(e);
        if matches!(e, SExpr::And { .. } | SExpr::Or { .. }) {
            format!("({s})")
        } else {
            s
        }
    };
    match e {
        SExpr::Slot { slot: s } => slot(s),
        SExpr::Param { name } => esc(name),
        SExpr::Type { name } => link(&format!("#domain-{name}"), name),
        SExpr::None => "none".into(),
        SExpr::Num { value } => value.to_string(),
        SExpr::Kind { of } => format!("kind({})", sexpr(of)),
        SExpr::Empty { slot } => format!("empty(dev.{})", esc(slot)),
        SExpr::Eq { lhs, rhs } => format!("{} == {}", sexpr(lhs), sexpr(rhs)),
        SExpr::Ne { lhs, rhs } => format!("{} != {}", sexpr(lhs), sexpr(rhs)),
        SExpr::In { value, set } => format!(
            "{} in {{ {} }}",
            sexpr(value),
            set.iter().map(sexpr).collect::<Vec<_>>().join(", ")
        ),
        SExpr::Not { expr } => format!("!{}", inner(expr)),
        SExpr::And { lhs, rhs } => format!("{} &amp;&amp; {}", inner(lhs), inner(rhs)),
        SExpr::Or { lhs, rhs } => format!("{} || {}", inner(lhs), inner(rhs)),
        #[allow(unreachable_patterns)]
        other => esc(&name_of(other)),
    }
}

/// One statement of an op: `(kind, html)` where kind is `requires`, `call` or `assign`.
pub fn stmt(s: &Stmt) -> (&'static str, String) {
    match s {
        Stmt::Requires { cond, error } => (
            "requires",
            format!(
                "requires {} else {}",
                sexpr(cond),
                link(&format!("#error-{error}"), error)
            ),
        ),
        Stmt::Call { op, args } => (
            "call",
            format!(
                "{}({})",
                link(&format!("#op-{op}"), op),
                args.iter().map(sexpr).collect::<Vec<_>>().join(", ")
            ),
        ),
        Stmt::Assign { target, value } => {
            ("assign", format!("{} = {}", slot(target), sexpr(value)))
        }
        #[allow(unreachable_patterns)]
        other => ("other", esc(&name_of(other))),
    }
}

/// A JSON value of a construct this backend does not know, as nested HTML lists.
pub fn json(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(m) => {
            let mut s = String::from("<dl class=\"json\">");
            for (k, v) in m {
                s.push_str(&format!("<dt>{}</dt><dd>{}</dd>", esc(k), json(v)));
            }
            s.push_str("</dl>");
            s
        }
        serde_json::Value::Array(a) if a.is_empty() => "<em>none</em>".into(),
        serde_json::Value::Array(a) => {
            let mut s = String::from("<ol class=\"json\">");
            for v in a {
                s.push_str(&format!("<li>{}</li>", json(v)));
            }
            s.push_str("</ol>");
            s
        }
        serde_json::Value::String(t) => esc(t),
        other => esc(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_a_newer_ir_adds_are_listed() {
        let v = serde_json::json!({
            "name": "X", "warl": true, "busy": false, "acks": "EN", "array": {"first": 0}, "none": null
        });
        let e = extra(&v, &["name"]);
        let keys: Vec<&str> = e.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["acks", "array", "warl"]);
        assert_eq!(e[0].1, "EN");
        assert!(e[1].1.contains("<dt>first</dt><dd>0</dd>"), "{}", e[1].1);
        assert_eq!(name_of(&iommugen_dsl::ir::Access::Rw), "rw");
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let doc = vec!["one".into(), " two".into(), "".into(), "three".into()];
        assert_eq!(paragraphs(&doc), vec!["one two", "three"]);
    }

    #[test]
    fn expressions_keep_precedence() {
        let e = SExpr::And {
            lhs: Box::new(SExpr::Or {
                lhs: Box::new(SExpr::None),
                rhs: Box::new(SExpr::Num { value: 1 }),
            }),
            rhs: Box::new(SExpr::Not {
                expr: Box::new(SExpr::Empty {
                    slot: "pasid".into(),
                }),
            }),
        };
        assert_eq!(sexpr(&e), "(none || 1) &amp;&amp; !empty(dev.pasid)");
    }
}
