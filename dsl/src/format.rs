//! Canonical layout of `.iommu` text (`iommugen fmt`): indentation by brace depth (two spaces),
//! single spaces between tokens, no trailing whitespace, at most one blank line in a row, a final
//! newline. Comments and strings are kept as written. Formatting is idempotent.

/// Formats spec text. The caller should check the text parses before and after.
pub fn format(text: &str) -> String {
    let mut out = String::new();
    let mut depth: usize = 0;
    let mut blank = 0;
    let mut in_block_comment = false;
    for raw in text.lines() {
        let line = raw.trim();
        if in_block_comment {
            out.push_str(raw.trim_end());
            out.push('\n');
            if line.contains("*/") {
                in_block_comment = false;
            }
            continue;
        }
        if line.is_empty() {
            blank += 1;
            continue;
        }
        let (code, comment) = split_comment(line);
        // Keep one blank line between items, none after `{` or before `}`.
        if blank > 0 && !out.is_empty() && !out.ends_with("{\n") && !code.starts_with('}') {
            out.push('\n');
        }
        blank = 0;
        let code = squeeze(code);
        // Closing braces at the start of the line dedent it.
        let leading_close = code
            .chars()
            .take_while(|&c| c == '}' || c == ' ')
            .filter(|&c| c == '}')
            .count();
        let continuation =
            leading_close == 0 && CONTINUATIONS.iter().any(|k| starts_with_word(&code, k));
        let indent = depth.saturating_sub(leading_close) + if continuation { 2 } else { 0 };
        let mut formatted = String::new();
        formatted.push_str(&"  ".repeat(indent));
        formatted.push_str(&code);
        if let Some(c) = comment {
            if !code.is_empty() {
                formatted.push(' ');
            }
            formatted.push_str(c.trim_end());
            if c.starts_with("/*") && !c.contains("*/") {
                in_block_comment = true;
            }
        }
        out.push_str(formatted.trim_end());
        out.push('\n');
        let (opens, closes) = braces(&code);
        depth = (depth + opens).saturating_sub(closes);
    }
    out
}

/// Words that cannot start an item or a member: a line starting with one continues the line
/// above and is indented two levels deeper.
const CONTINUATIONS: &[&str] = &[
    "section",
    "base",
    "prod",
    "cons",
    "opcode",
    "acked_by",
    "toggled_by",
    "alias_of",
    "reset",
    "match",
    "&&",
    "||",
];

fn starts_with_word(code: &str, word: &str) -> bool {
    code.strip_prefix(word).is_some_and(|rest| {
        rest.is_empty() || !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Splits a line into code and a trailing comment, ignoring `//` inside strings.
fn split_comment(line: &str) -> (&str, Option<&str>) {
    let bytes = line.as_bytes();
    let mut in_str = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'/' if !in_str
                && (bytes.get(i + 1) == Some(&b'/') || bytes.get(i + 1) == Some(&b'*')) =>
            {
                return (line[..i].trim_end(), Some(&line[i..]));
            }
            _ => {}
        }
        i += 1;
    }
    (line, None)
}

/// The characters of `code`, each with whether it lies inside a string literal (the quotes
/// themselves count as inside).
fn classify(code: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    let (mut in_str, mut escaped) = (false, false);
    code.chars().map(move |c| {
        let inside = in_str || c == '"';
        if in_str {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_str = false,
                _ => {}
            }
        } else if c == '"' {
            in_str = true;
        }
        (c, inside)
    })
}

/// Collapses runs of spaces and tabs outside strings to one space.
fn squeeze(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut last_space = false;
    for (c, inside) in classify(code) {
        let space = !inside && (c == ' ' || c == '\t');
        if !(space && last_space) {
            out.push(if space { ' ' } else { c });
        }
        last_space = space;
    }
    out
}

/// Counts braces outside strings.
fn braces(code: &str) -> (usize, usize) {
    classify(code)
        .filter(|(_, inside)| !inside)
        .fold((0, 0), |(o, c), (ch, _)| match ch {
            '{' => (o + 1, c),
            '}' => (o, c + 1),
            _ => (o, c),
        })
}
