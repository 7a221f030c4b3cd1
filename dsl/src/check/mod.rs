//! The checker: validates the AST of every file of a spec and builds the [`ir::Spec`].
//!
//! It reports every problem it finds (not just the first), each as a located diagnostic with a
//! hint. The work is split by item kind: `layout` (fields of any register or record), `regs`,
//! `tables` (entries, used bits, queues, page tables) and `semantics`.

mod directory;
mod layout;
mod regs;
mod semantics;
mod tables;

use std::collections::HashMap;

use crate::ast::{self, Item};
use crate::diag::Diagnostic;
use crate::ir;
use crate::source::{FileId, SourceMap, Span};

/// Checks parsed files (root first) and builds the IR, or returns every diagnostic.
pub fn check(
    sources: &SourceMap,
    files: &[(FileId, ast::File)],
    default_name: &str,
) -> Result<ir::Spec, Vec<Diagnostic>> {
    let mut c = Checker {
        sources,
        diags: Vec::new(),
        enums: Vec::new(),
        enum_index: HashMap::new(),
        types: HashMap::new(),
        cond_owner: "entry",
    };
    let root = files.first().map(|(_, f)| f);
    let mut spec = ir::Spec {
        name: root
            .and_then(|f| f.name.as_ref())
            .map_or_else(|| default_name.to_string(), |n| n.text.clone()),
        doc: root.map(|f| f.docs.clone()).unwrap_or_default(),
        compatible: Vec::new(),
        reference: None,
        files: files
            .iter()
            .map(|(id, _)| relative_name(sources, files, *id))
            .collect(),
        enums: Vec::new(),
        register_blocks: Vec::new(),
        registers: Vec::new(),
        entries: Vec::new(),
        used: Vec::new(),
        queues: Vec::new(),
        page_tables: Vec::new(),
        directories: Vec::new(),
        semantics: None,
    };
    let items: Vec<&Item> = files.iter().flat_map(|(_, f)| f.items.iter()).collect();

    // Enumerations first: fields anywhere may name an enum declared anywhere.
    c.collect_enums(&items);

    let mut blocks = Vec::new();
    let mut entries = Vec::new();
    let mut useds = Vec::new();
    let mut queues = Vec::new();
    let mut tables = Vec::new();
    let mut directories = Vec::new();
    let mut semantics: Vec<&ast::Semantics> = Vec::new();
    for item in &items {
        match item {
            Item::Import(_) => {}
            Item::Doc(s) => spec.doc.push(s.value.clone()),
            Item::Compatible(s) => spec.compatible.push(s.value.clone()),
            Item::Reference(s) => spec.reference = Some(s.value.clone()),
            Item::Regs(b) => blocks.push(b),
            Item::Enum(_) => {}
            Item::Entry(e) => entries.push(e),
            Item::Used(u) => useds.push(u),
            Item::Queue(q) => queues.push(q),
            Item::PageTable(p) => tables.push(p),
            Item::Directory(d) => directories.push(d),
            Item::Semantics(s) => semantics.push(s),
        }
    }
    let (register_blocks, registers) = c.check_registers(&blocks);
    spec.register_blocks = register_blocks;
    spec.registers = registers;
    spec.entries = entries.iter().filter_map(|e| c.check_entry(e)).collect();
    spec.used = c.check_used(&useds, &spec.entries);
    spec.queues = queues
        .iter()
        .filter_map(|q| c.check_queue(q, &spec.registers))
        .collect();
    let tables = c.resolve_descriptors_from(&tables);
    spec.page_tables = tables.iter().filter_map(|t| c.check_pagetable(t)).collect();
    spec.directories = directories
        .iter()
        .filter_map(|d| c.check_directory(d, &spec.registers, &spec.entries))
        .collect();
    if let Some(extra) = semantics
        .iter()
        .find(|s| s.name.text != semantics[0].name.text)
    {
        c.error(
            Diagnostic::new(
                "iommu::duplicate",
                "a spec has one `semantics` section",
                extra.name.span,
                "a section of another name",
            )
            .label(semantics[0].name.span, "first section")
            .help(format!(
                "blocks of one section share its name (`semantics {} {{ ... }}` in each file); rename or merge them",
                semantics[0].name.text
            )),
        );
    }
    let merged = merge_semantics(&semantics);
    spec.semantics = merged
        .as_ref()
        .and_then(|s| c.check_semantics(s, &spec.entries));
    spec.enums = std::mem::take(&mut c.enums);

    if c.diags.is_empty() {
        Ok(spec)
    } else {
        c.diags
            .sort_by_key(|d| (d.primary.0.file, d.primary.0.start));
        Err(c.diags)
    }
}

/// The blocks of one `semantics` section (a contract imported from a shared fragment and the
/// spec's own `realise` rules, say) as one section: the block declaring domain types first, the
/// others in file order. Its doc is every block's doc; its section the first one given.
fn merge_semantics(blocks: &[&ast::Semantics]) -> Option<ast::Semantics> {
    let mut order: Vec<&ast::Semantics> = blocks.to_vec();
    order.sort_by_key(|s| s.domains.is_empty());
    let first = order.first()?;
    let mut out = ast::Semantics::new(
        Vec::new(),
        first.name.clone(),
        order.iter().find_map(|s| s.section.clone()),
    );
    for s in order {
        if !out.docs.is_empty() && !s.docs.is_empty() {
            out.docs.push(String::new());
        }
        out.docs.extend(s.docs.iter().cloned());
        out.domains.extend(s.domains.iter().cloned());
        out.errors.extend(s.errors.iter().cloned());
        out.devices.extend(s.devices.iter().cloned());
        out.ops.extend(s.ops.iter().cloned());
        out.observes.extend(s.observes.iter().cloned());
        out.realises.extend(s.realises.iter().cloned());
    }
    Some(out)
}

/// What kind of item a type-level name belongs to, for duplicate reports.
#[derive(Clone, Copy)]
struct Declared {
    what: &'static str,
    span: Span,
}

pub(crate) struct Checker<'a> {
    sources: &'a SourceMap,
    diags: Vec<Diagnostic>,
    /// Every enum, in declaration order.
    enums: Vec<ir::Enum>,
    /// Enum name -> index in `enums` and where it was declared.
    enum_index: HashMap<String, (usize, Span)>,
    /// Names of registers, entries, queues, page tables and enums (one namespace: they all
    /// become types in generated code).
    types: HashMap<String, Declared>,
    /// What the layout a condition reads is called in diagnostics ("entry", "descriptor").
    cond_owner: &'static str,
}

impl<'a> Checker<'a> {
    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// A location for the IR: file names are relative to the root spec's directory, so the IR
    /// does not depend on where the tool was run from.
    fn loc(&self, span: Span) -> ir::Loc {
        let (line, column) = self.sources.line_col(span.file, span.start);
        let root = self
            .sources
            .files()
            .first()
            .map(|f| f.name.as_str())
            .unwrap_or("");
        ir::Loc {
            file: relative_to_root(root, &self.sources.file(span.file).name),
            line,
            column,
        }
    }

    /// Declares a type-level name; reports a duplicate and returns false if it is taken.
    fn declare_type(&mut self, name: &ast::Name, what: &'static str) -> bool {
        if let Some(prev) = self.types.get(&name.text).copied() {
            let message = if prev.what == what {
                format!(
                    "{} `{}` is declared twice",
                    what.trim_start_matches("an ").trim_start_matches("a "),
                    name.text
                )
            } else {
                format!(
                    "`{}` is declared twice (as {} and as {what})",
                    name.text, prev.what
                )
            };
            self.error(
                Diagnostic::new(
                    "iommu::duplicate",
                    message,
                    name.span,
                    if prev.what == what { "second declaration".to_string() } else { format!("second declaration, as {what}") },
                )
                .label(prev.span, if prev.what == what { "first declared here".to_string() } else { format!("first declared here, as {}", prev.what) })
                .help("registers, entries, queues, page tables and enums share one namespace; rename one"),
            );
            return false;
        }
        self.types.insert(
            name.text.clone(),
            Declared {
                what,
                span: name.span,
            },
        );
        true
    }

    /// Reports names declared twice in one scope (fields of a register, variants, ...).
    fn check_unique<'n>(
        &mut self,
        names: impl IntoIterator<Item = &'n ast::Name>,
        what: &str,
        scope: &str,
    ) {
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for n in names {
            if let Some(prev) = seen.get(n.text.as_str()) {
                self.error(
                    Diagnostic::new(
                        "iommu::duplicate",
                        format!("{what} `{}` is declared twice in {scope}", n.text),
                        n.span,
                        "second declaration",
                    )
                    .label(*prev, "first declared here")
                    .help(format!("each {what} in {scope} needs its own name")),
                );
            } else {
                seen.insert(&n.text, n.span);
            }
        }
    }

    /// "unknown field `X` of entry `E`", with a did-you-mean hint.
    fn unknown_in<'n>(
        &mut self,
        what: &str,
        name: &ast::Name,
        owner: &str,
        candidates: impl IntoIterator<Item = &'n str>,
    ) {
        let best = did_you_mean(&name.text, candidates);
        let help = match best {
            Some(b) => format!("did you mean `{b}`?"),
            None => format!("declare the {what} in {owner} or correct the name"),
        };
        self.error(
            Diagnostic::new(
                "iommu::unknown",
                format!("unknown {what} `{}` of {owner}", name.text),
                name.span,
                format!("no such {what}"),
            )
            .help(help),
        );
    }

    /// An "unknown name" diagnostic with a did-you-mean hint.
    fn unknown<'n>(
        &mut self,
        what: &str,
        name: &ast::Name,
        candidates: impl IntoIterator<Item = &'n str>,
        extra: &str,
    ) {
        let best = did_you_mean(&name.text, candidates);
        let help = match best {
            Some(b) => format!("did you mean `{b}`?{extra}"),
            None if extra.is_empty() => format!("declare the {what} or correct the name"),
            None => lower_first(extra.trim_start()),
        };
        self.error(
            Diagnostic::new(
                "iommu::unknown",
                format!("unknown {what} `{}`", name.text),
                name.span,
                format!("no such {what}"),
            )
            .help(help),
        );
    }
}

fn relative_name(sources: &SourceMap, files: &[(FileId, ast::File)], id: FileId) -> String {
    let root = files
        .first()
        .map_or("", |(r, _)| sources.file(*r).name.as_str());
    relative_to_root(root, &sources.file(id).name)
}

/// `name` relative to the directory of `root` (both as given to the loader).
fn relative_to_root(root: &str, name: &str) -> String {
    let dir = std::path::Path::new(root)
        .parent()
        .unwrap_or(std::path::Path::new(""));
    std::path::Path::new(name)
        .strip_prefix(dir)
        .map_or_else(|_| name.to_string(), |p| p.display().to_string())
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_lowercase().chain(c).collect())
}

/// The closest candidate by edit distance, if it is close enough to be a likely typo.
pub(crate) fn did_you_mean<'n>(
    name: &str,
    candidates: impl IntoIterator<Item = &'n str>,
) -> Option<&'n str> {
    let lower = name.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&lower, &c.to_ascii_lowercase()), c))
        .filter(|(d, c)| *d <= (c.len().max(name.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Doc lines of an item.
pub(crate) fn doc(d: &ast::Docs) -> Vec<String> {
    d.clone()
}

/// The value of an optional section string.
pub(crate) fn section(s: &Option<ast::Str>) -> Option<String> {
    s.as_ref().map(|s| s.value.clone())
}
