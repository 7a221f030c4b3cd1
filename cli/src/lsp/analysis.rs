//! What the language server knows about a spec: its files loaded with the editor's unsaved text
//! in place of the disk's, the parser's and checker's diagnostics, the checked IR when there are
//! none, and a table of every declared name (with its file and span) built from the ASTs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use iommugen_dsl::ast::{self, FieldType, Item, Member};
use iommugen_dsl::diag::Diagnostic;
use iommugen_dsl::ir;
use iommugen_dsl::source::{FileId, SourceMap, Span};

/// What a declared name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Block,
    Register,
    Field,
    Enum,
    Variant,
    Entry,
    Queue,
    Record,
    PageTable,
    Descriptor,
    Semantics,
    Domain,
    Error,
    Op,
    Slot,
    /// `used ENTRY`: not a declaration, but the fields named after it are the entry's.
    UsedOf,
    /// `realise ENTRY(...)`: likewise.
    RealiseOf,
}

/// A declared name.
#[derive(Debug, Clone)]
pub struct Symbol {
    pub name: String,
    pub kind: Kind,
    /// The register, entry, record, descriptor, queue or enum it belongs to.
    pub parent: Option<String>,
    pub span: Span,
    /// Bits of a field as written, `[msb:lsb]`.
    pub bits: Option<(u64, u64)>,
    pub docs: Vec<String>,
}

/// One spec as the editor has it.
pub struct Analysis {
    pub sources: SourceMap,
    pub files: Vec<(FileId, ast::File)>,
    pub diags: Vec<Diagnostic>,
    pub spec: Option<ir::Spec>,
    pub symbols: Vec<Symbol>,
    /// `import` strings: their span and the file they name.
    pub imports: Vec<(Span, PathBuf)>,
}

fn canon(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn read(path: &Path, overlay: &HashMap<PathBuf, String>) -> Result<String, String> {
    if let Some(t) = overlay.get(&canon(path)) {
        return Ok(t.clone());
    }
    std::fs::read_to_string(path).map_err(|e| e.to_string())
}

/// Loads the spec rooted at `root`, imports followed, unsaved text from `overlay` (keyed by
/// canonical path), and checks it.
pub fn analyse(root: &Path, overlay: &HashMap<PathBuf, String>) -> Analysis {
    let mut a = Analysis {
        sources: SourceMap::default(),
        files: Vec::new(),
        diags: Vec::new(),
        spec: None,
        symbols: Vec::new(),
        imports: Vec::new(),
    };
    let text = read(root, overlay).unwrap_or_default();
    let id = a
        .sources
        .add(root.display().to_string(), Some(canon(root)), text);
    a.follow(id, overlay);
    if a.diags.is_empty() {
        let stem = root
            .file_stem()
            .map_or_else(|| "spec".into(), |s| s.to_string_lossy().into_owned());
        match iommugen_dsl::check::check(&a.sources, &a.files, &stem) {
            Ok(spec) => a.spec = Some(spec),
            Err(d) => a.diags = d,
        }
    }
    for (id, file) in &a.files {
        collect(*id, file, &mut a.symbols);
    }
    a
}

impl Analysis {
    fn follow(&mut self, id: FileId, overlay: &HashMap<PathBuf, String>) {
        let text = self.sources.file(id).text.clone();
        let (ast, diags) = iommugen_dsl::parse::parse(id, &text);
        self.diags.extend(diags);
        let Some(ast) = ast else { return };
        let dir = self
            .sources
            .file(id)
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_default();
        let imports: Vec<ast::Str> = ast
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Import(s) => Some(s.clone()),
                _ => None,
            })
            .collect();
        self.files.push((id, ast));
        for imp in imports {
            let target = canon(&dir.join(&imp.value));
            self.imports.push((imp.span, target.clone()));
            if self.sources.find_path(&target).is_some() {
                continue;
            }
            match read(&target, overlay) {
                Ok(text) => {
                    let child =
                        self.sources
                            .add(target.display().to_string(), Some(target.clone()), text);
                    self.follow(child, overlay);
                }
                Err(why) => self.diags.push(
                    Diagnostic::new(
                        "iommu::import",
                        format!("cannot import `{}`: {why}", imp.value),
                        imp.span,
                        "imported here",
                    )
                    .help("import paths are relative to the importing file"),
                ),
            }
        }
    }

    /// The file loaded from `path`, if any.
    pub fn file_id(&self, path: &Path) -> Option<FileId> {
        self.sources.find_path(&canon(path))
    }

    /// The name (identifier) at byte `offset` of `file`, with its span.
    pub fn word_at(&self, file: FileId, offset: usize) -> Option<(String, Span)> {
        let text = &self.sources.file(file).text;
        let is_id = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let b = text.as_bytes();
        let offset = offset.min(b.len());
        let mut s = offset;
        while s > 0 && is_id(b[s - 1]) {
            s -= 1;
        }
        let mut e = offset;
        while e < b.len() && is_id(b[e]) {
            e += 1;
        }
        (s < e && !b[s].is_ascii_digit()).then(|| (text[s..e].to_string(), Span::new(file, s, e)))
    }

    /// The layout (register, entry, record, descriptor, or the entry of a `used` or `realise`
    /// block) whose declaration comes last before `offset` in `file`: the one a field name
    /// there belongs to.
    fn context(&self, file: FileId, offset: usize) -> Option<&Symbol> {
        self.symbols
            .iter()
            .filter(|s| {
                s.span.file == file
                    && (s.span.start as usize) <= offset
                    && matches!(
                        s.kind,
                        Kind::Register
                            | Kind::Entry
                            | Kind::Record
                            | Kind::Descriptor
                            | Kind::UsedOf
                            | Kind::RealiseOf
                            | Kind::Semantics
                            | Kind::Queue
                            | Kind::PageTable
                            | Kind::Block
                    )
            })
            .max_by_key(|s| s.span.start)
    }

    /// The declaration the name at `offset` refers to.
    pub fn resolve(&self, file: FileId, offset: usize) -> Option<&Symbol> {
        let (word, _) = self.word_at(file, offset)?;
        let ctx = self.context(file, offset);
        let layout = ctx.map(|c| c.name.as_str());
        let is_decl = |s: &&Symbol| !matches!(s.kind, Kind::UsedOf | Kind::RealiseOf);
        // A field of the layout the cursor is in.
        if let Some(f) = self
            .symbols
            .iter()
            .find(|s| s.kind == Kind::Field && s.name == word && s.parent.as_deref() == layout)
        {
            return Some(f);
        }
        // Any other declaration of that name, fields and variants last.
        let mut named: Vec<&Symbol> = self
            .symbols
            .iter()
            .filter(|s| s.name == word)
            .filter(is_decl)
            .collect();
        named.sort_by_key(|s| matches!(s.kind, Kind::Field | Kind::Variant | Kind::Slot));
        named.into_iter().next()
    }

    /// The file an `import` string at `offset` names.
    pub fn import_at(&self, file: FileId, offset: usize) -> Option<&Path> {
        self.imports
            .iter()
            .find(|(s, _)| {
                s.file == file && (s.start as usize) <= offset && offset <= s.end as usize
            })
            .map(|(_, p)| p.as_path())
    }
}

fn sym(out: &mut Vec<Symbol>, name: &ast::Name, kind: Kind, parent: Option<&str>, docs: &[String]) {
    out.push(Symbol {
        name: name.text.clone(),
        kind,
        parent: parent.map(str::to_string),
        span: name.span,
        bits: None,
        docs: docs.to_vec(),
    });
}

fn members(out: &mut Vec<Symbol>, ms: &[Member], parent: &str) {
    for m in ms {
        if let Member::Field(f) = m {
            out.push(Symbol {
                name: f.name.text.clone(),
                kind: Kind::Field,
                parent: Some(parent.to_string()),
                span: f.name.span,
                bits: Some((f.bits.msb, f.bits.lsb)),
                docs: f.docs.clone(),
            });
            if let Some(FieldType::Enum {
                name: Some(n),
                variants: Some(vs),
                ..
            }) = &f.ty
            {
                sym(out, n, Kind::Enum, Some(parent), &f.docs);
                for v in vs {
                    sym(out, &v.name, Kind::Variant, Some(&n.text), &v.docs);
                }
            }
        }
    }
}

/// Every name `file` declares, in source order.
pub fn collect(_id: FileId, file: &ast::File, out: &mut Vec<Symbol>) {
    for item in &file.items {
        match item {
            Item::Regs(b) => {
                sym(out, &b.name, Kind::Block, None, &b.docs);
                for r in &b.registers {
                    sym(out, &r.name, Kind::Register, Some(&b.name.text), &r.docs);
                    members(out, &r.members, &r.name.text);
                }
            }
            Item::Enum(e) => {
                sym(out, &e.name, Kind::Enum, None, &e.docs);
                for v in &e.variants {
                    sym(out, &v.name, Kind::Variant, Some(&e.name.text), &v.docs);
                }
            }
            Item::Entry(e) => {
                sym(out, &e.name, Kind::Entry, None, &e.docs);
                members(out, &e.members, &e.name.text);
            }
            Item::Used(u) => sym(out, &u.entry, Kind::UsedOf, None, &[]),
            Item::Queue(q) => {
                sym(out, &q.name, Kind::Queue, None, &q.docs);
                for r in &q.records {
                    sym(out, &r.name, Kind::Record, Some(&q.name.text), &r.docs);
                    members(out, &r.members, &r.name.text);
                }
            }
            Item::PageTable(p) => {
                sym(out, &p.name, Kind::PageTable, None, &p.docs);
                for d in &p.descriptors {
                    sym(out, &d.name, Kind::Descriptor, Some(&p.name.text), &d.docs);
                    members(out, &d.members, &d.name.text);
                }
            }
            Item::Semantics(s) => {
                sym(out, &s.name, Kind::Semantics, None, &s.docs);
                for d in &s.domains {
                    sym(out, &d.name, Kind::Domain, None, &d.docs);
                }
                for e in &s.errors {
                    sym(out, &e.name, Kind::Error, None, &e.docs);
                }
                for (slots, _) in &s.devices {
                    for sl in slots {
                        sym(out, &sl.name, Kind::Slot, None, &sl.docs);
                    }
                }
                for o in &s.ops {
                    sym(out, &o.name, Kind::Op, None, &o.docs);
                }
                for r in &s.realises {
                    sym(out, &r.entry, Kind::RealiseOf, None, &[]);
                }
            }
            // Imports, spec attributes, and items this server does not describe yet.
            _ => {}
        }
    }
}

/// The spec a file belongs to: itself when it declares `iommu NAME { ... }`, else a spec in its
/// directory or the one above that imports it (directly or not), else itself.
pub fn root_of(path: &Path, text: &str, overlay: &HashMap<PathBuf, String>) -> PathBuf {
    let whole = text.lines().any(|l| {
        let t = l.trim_start();
        t.starts_with("iommu ") || t.starts_with("iommu\t")
    });
    if whole {
        return path.to_path_buf();
    }
    let me = canon(path);
    let mut dirs = Vec::new();
    if let Some(d) = path.parent() {
        dirs.push(d.to_path_buf());
        if let Some(up) = d.parent() {
            dirs.push(up.to_path_buf());
        }
    }
    for d in dirs {
        let mut candidates: Vec<PathBuf> = std::fs::read_dir(&d)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "iommu") && canon(p) != me)
            .collect();
        candidates.sort();
        for c in candidates {
            let is_root = read(&c, overlay)
                .is_ok_and(|t| t.lines().any(|l| l.trim_start().starts_with("iommu ")));
            if is_root && analyse(&c, overlay).file_id(&me).is_some() {
                return c;
            }
        }
    }
    path.to_path_buf()
}

/// Hover text (markdown) for a declaration, from the IR when the spec checks.
pub fn describe(a: &Analysis, s: &Symbol) -> String {
    let doc = s.docs.join("\n").trim().to_string();
    let mut head = match s.kind {
        Kind::Field => {
            let parent = s.parent.clone().unwrap_or_default();
            let ir_field = a
                .spec
                .as_ref()
                .and_then(|spec| find_field(spec, &parent, &s.name));
            match ir_field {
                Some((f, access, what)) => {
                    let bits = if f.msb == f.lsb {
                        format!("[{}]", f.msb)
                    } else {
                        format!("[{}:{}]", f.msb, f.lsb)
                    };
                    let word = if f.msb >= 64 {
                        format!(" (word {} bits [{}:{}])", f.word(), f.msb % 64, f.lsb % 64)
                    } else {
                        String::new()
                    };
                    let ty = match serde_json::to_value(&f.ty) {
                        Ok(serde_json::Value::Object(m)) => m
                            .iter()
                            .map(|(k, v)| match v {
                                serde_json::Value::String(s) if k == "type" => s.clone(),
                                serde_json::Value::String(s) => format!("{k} {s}"),
                                other => format!("{k} {other}"),
                            })
                            .collect::<Vec<_>>()
                            .join(", "),
                        _ => String::new(),
                    };
                    let mut acc = f
                        .access
                        .or(access)
                        .map(|a| format!(", {}", access_name(a)))
                        .unwrap_or_default();
                    if f.w1c {
                        acc.push_str(", w1c");
                    }
                    if f.self_clearing {
                        acc.push_str(", self-clearing");
                    }
                    let reset = f
                        .reset
                        .map(|r| format!(", reset {r:#x}"))
                        .unwrap_or_default();
                    format!(
                        "**{parent}.{}** `{bits}`{word}: {ty}{acc}{reset} ({what} field)",
                        s.name
                    )
                }
                None => {
                    let (m, l) = s.bits.unwrap_or_default();
                    format!("**{parent}.{}** `[{m}:{l}]`", s.name)
                }
            }
        }
        Kind::Register => match a.spec.as_ref().and_then(|spec| spec.register(&s.name)) {
            Some(r) => {
                let mut t = format!(
                    "**{}**: register at `{:#x}` ({} + `{:#x}`), u{}, {}",
                    r.name,
                    r.offset,
                    r.block,
                    r.block_offset,
                    r.width,
                    access_name(r.access)
                );
                if let Some(v) = r.reset {
                    t.push_str(&format!(", reset `{v:#x}`"));
                }
                for (what, other) in [
                    ("acked by", &r.acked_by),
                    ("toggled by", &r.toggled_by),
                    ("alias of", &r.alias_of),
                ] {
                    if let Some(o) = other {
                        t.push_str(&format!(", {what} {o}"));
                    }
                }
                if let Some(sec) = &r.section {
                    t.push_str(&format!(" (section {sec})"));
                }
                t.push_str(&format!("\n\n{} fields", r.fields.len()));
                t
            }
            None => format!("**{}**: register", s.name),
        },
        Kind::Entry => match a.spec.as_ref().and_then(|spec| spec.entry(&s.name)) {
            Some(e) => format!(
                "**{}**: entry, {} bytes ({} words), {} fields",
                e.name,
                e.size,
                e.words(),
                e.fields.len()
            ),
            None => format!("**{}**: entry", s.name),
        },
        Kind::Enum => match a.spec.as_ref().and_then(|spec| spec.enum_named(&s.name)) {
            Some(e) => format!(
                "**{}**: enum, {} bits\n\n{}",
                e.name,
                e.width,
                e.variants
                    .iter()
                    .map(|v| format!("- `{}` = {}", v.name, v.value))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            None => format!("**{}**: enum", s.name),
        },
        k => format!("**{}**: {}", s.name, kind_name(k)),
    };
    if !doc.is_empty() {
        head.push_str("\n\n");
        head.push_str(&doc);
    }
    head
}

fn access_name(a: ir::Access) -> String {
    match serde_json::to_value(a) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A readable name of a declaration kind.
pub fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Block => "register block",
        Kind::Register => "register",
        Kind::Field => "field",
        Kind::Enum => "enum",
        Kind::Variant => "enum variant",
        Kind::Entry => "entry",
        Kind::Queue => "queue",
        Kind::Record => "queue record",
        Kind::PageTable => "page-table format",
        Kind::Descriptor => "page-table descriptor",
        Kind::Semantics => "semantics",
        Kind::Domain => "domain type",
        Kind::Error => "error",
        Kind::Op => "operation",
        Kind::Slot => "device state",
        Kind::UsedOf => "used-bits rules",
        Kind::RealiseOf => "realise rules",
    }
}

/// The IR field `name` of the layout `parent`, its layout's access and what the layout is.
fn find_field<'a>(
    spec: &'a ir::Spec,
    parent: &str,
    name: &str,
) -> Option<(&'a ir::Field, Option<ir::Access>, &'static str)> {
    if let Some(r) = spec.register(parent) {
        return r
            .fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| (f, Some(r.access), "register"));
    }
    if let Some(e) = spec.entry(parent) {
        return e.field(name).map(|f| (f, None, "entry"));
    }
    for q in &spec.queues {
        if let Some(r) = q.records.iter().find(|r| r.name == parent) {
            return r
                .fields
                .iter()
                .find(|f| f.name == name)
                .map(|f| (f, None, "record"));
        }
    }
    for p in &spec.page_tables {
        if let Some(d) = p.descriptors.iter().find(|d| d.name == parent) {
            return d.layout.field(name).map(|f| (f, None, "descriptor"));
        }
    }
    None
}
