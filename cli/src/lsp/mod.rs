//! `iommugen lsp`: a language server for `.iommu` files over stdio (JSON-RPC through the
//! `lsp-server` crate, types from `lsp-types`). It publishes the parser's and checker's
//! diagnostics as the text changes (with their labels as related information and the hint as a
//! hint), and answers hover (a field's bits, type, access and doc; a register's offset, width,
//! access and reset), go to definition (registers, fields, enums, entries, records, operations,
//! domain types, errors, and the file of an `import`), document symbols, and formatting
//! (`iommugen fmt`). A fragment is checked as part of the spec that imports it.

mod analysis;
mod position;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest, Request as _,
};
use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, DocumentSymbol, DocumentSymbolResponse,
    GotoDefinitionResponse, Hover, HoverContents, HoverProviderCapability, Location, MarkupContent,
    MarkupKind, NumberOrString, OneOf, PublishDiagnosticsParams, ServerCapabilities, SymbolKind,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Url,
};

use analysis::{Analysis, Kind};
use position::{offset_of, range_of};

/// Runs the server on stdin/stdout until the client asks it to exit.
pub fn run() -> Result<(), String> {
    let (conn, io) = Connection::stdio();
    let caps = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    };
    let caps = serde_json::to_value(caps).map_err(|e| e.to_string())?;
    conn.initialize(caps).map_err(|e| e.to_string())?;
    let mut server = Server {
        conn: &conn,
        open: HashMap::new(),
    };
    server.serve()?;
    drop(conn);
    io.join().map_err(|e| e.to_string())
}

struct Server<'c> {
    conn: &'c Connection,
    /// Open documents: their text, by canonical path.
    open: HashMap<PathBuf, (Url, String)>,
}

fn path_of(uri: &Url) -> Option<PathBuf> {
    let p = uri.to_file_path().ok()?;
    Some(p.canonicalize().unwrap_or(p))
}

fn uri_of(path: &Path) -> Option<Url> {
    Url::from_file_path(path).ok()
}

impl Server<'_> {
    fn serve(&mut self) -> Result<(), String> {
        for msg in &self.conn.receiver {
            match msg {
                Message::Request(req) => {
                    if self.conn.handle_shutdown(&req).map_err(|e| e.to_string())? {
                        return Ok(());
                    }
                    let resp = self.request(req);
                    self.send(Message::Response(resp))?;
                }
                Message::Notification(n) => self.notification(n)?,
                Message::Response(_) => {}
            }
        }
        Ok(())
    }

    fn send(&self, m: Message) -> Result<(), String> {
        self.conn.sender.send(m).map_err(|e| e.to_string())
    }

    fn overlay(&self) -> HashMap<PathBuf, String> {
        self.open
            .iter()
            .map(|(p, (_, t))| (p.clone(), t.clone()))
            .collect()
    }

    /// The analysis of the spec the document at `path` belongs to.
    fn analyse(&self, path: &Path) -> Analysis {
        let overlay = self.overlay();
        let text = overlay.get(path).cloned().unwrap_or_default();
        let root = analysis::root_of(path, &text, &overlay);
        analysis::analyse(&root, &overlay)
    }

    fn notification(&mut self, n: Notification) -> Result<(), String> {
        let path = match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let p: lsp_types::DidOpenTextDocumentParams =
                    serde_json::from_value(n.params).map_err(|e| e.to_string())?;
                let Some(path) = path_of(&p.text_document.uri) else {
                    return Ok(());
                };
                self.open
                    .insert(path.clone(), (p.text_document.uri, p.text_document.text));
                path
            }
            DidChangeTextDocument::METHOD => {
                let p: lsp_types::DidChangeTextDocumentParams =
                    serde_json::from_value(n.params).map_err(|e| e.to_string())?;
                let Some(path) = path_of(&p.text_document.uri) else {
                    return Ok(());
                };
                // Full synchronisation: the last change holds the whole text.
                if let Some(c) = p.content_changes.into_iter().last() {
                    self.open
                        .insert(path.clone(), (p.text_document.uri, c.text));
                }
                path
            }
            DidSaveTextDocument::METHOD => {
                let p: lsp_types::DidSaveTextDocumentParams =
                    serde_json::from_value(n.params).map_err(|e| e.to_string())?;
                let Some(path) = path_of(&p.text_document.uri) else {
                    return Ok(());
                };
                path
            }
            DidCloseTextDocument::METHOD => {
                let p: lsp_types::DidCloseTextDocumentParams =
                    serde_json::from_value(n.params).map_err(|e| e.to_string())?;
                if let Some(path) = path_of(&p.text_document.uri) {
                    self.open.remove(&path);
                }
                return self.publish(&p.text_document.uri, Vec::new());
            }
            _ => return Ok(()),
        };
        self.diagnose(&path)
    }

    /// Publishes the diagnostics of every open document of the spec `path` belongs to.
    fn diagnose(&self, path: &Path) -> Result<(), String> {
        let a = self.analyse(path);
        let mut per_file: HashMap<PathBuf, Vec<lsp_types::Diagnostic>> = HashMap::new();
        // Every open file of this spec is told, so fixed errors disappear.
        for p in self.open.keys() {
            if a.file_id(p).is_some() || p == path {
                per_file.entry(p.clone()).or_default();
            }
        }
        for d in &a.diags {
            let span = d.primary.0;
            let file = a.sources.file(span.file);
            let Some(fp) = file.path.clone() else {
                continue;
            };
            let range = range_of(&file.text, span.start as usize, span.end as usize);
            let related: Vec<DiagnosticRelatedInformation> = d
                .secondary
                .iter()
                .filter_map(|(s, text)| {
                    let f = a.sources.file(s.file);
                    Some(DiagnosticRelatedInformation {
                        location: Location {
                            uri: uri_of(f.path.as_ref()?)?,
                            range: range_of(&f.text, s.start as usize, s.end as usize),
                        },
                        message: text.clone(),
                    })
                })
                .collect();
            let list = per_file.entry(fp.clone()).or_default();
            list.push(lsp_types::Diagnostic {
                range,
                severity: Some(DiagnosticSeverity::ERROR),
                code: Some(NumberOrString::String(d.code.to_string())),
                source: Some("iommugen".into()),
                message: format!("{}: {}", d.message, d.primary.1),
                related_information: (!related.is_empty()).then_some(related),
                ..lsp_types::Diagnostic::default()
            });
            if let Some(h) = &d.help {
                list.push(lsp_types::Diagnostic {
                    range,
                    severity: Some(DiagnosticSeverity::HINT),
                    code: Some(NumberOrString::String(d.code.to_string())),
                    source: Some("iommugen".into()),
                    message: format!("help: {h}"),
                    ..lsp_types::Diagnostic::default()
                });
            }
        }
        for (p, diags) in per_file {
            // Only documents the editor has open are told; others are on disk.
            if let Some((uri, _)) = self.open.get(&p) {
                self.publish(uri, diags)?;
            }
        }
        Ok(())
    }

    fn publish(&self, uri: &Url, diagnostics: Vec<lsp_types::Diagnostic>) -> Result<(), String> {
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version: None,
        };
        self.send(Message::Notification(Notification::new(
            PublishDiagnostics::METHOD.into(),
            params,
        )))
    }

    fn request(&self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            HoverRequest::METHOD => params(req).map(|p| self.hover(p)),
            GotoDefinition::METHOD => params(req).map(|p| self.definition(p)),
            DocumentSymbolRequest::METHOD => params(req).map(|p| self.symbols(p)),
            Formatting::METHOD => params(req).map(|p| self.format(p)),
            other => {
                return Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("{other} is not supported"),
                )
            }
        };
        match result {
            Ok(v) => Response::new_ok(id, v),
            Err(e) => error(id, e),
        }
    }

    /// The analysis, file and byte offset of a position in an open document.
    fn locate(&self, uri: &Url, pos: lsp_types::Position) -> Option<(Analysis, usize, usize)> {
        let path = path_of(uri)?;
        let a = self.analyse(&path);
        let id = a.file_id(&path)?;
        let offset = offset_of(&a.sources.file(id).text, pos);
        Some((a, id.0 as usize, offset))
    }

    fn hover(&self, p: lsp_types::HoverParams) -> serde_json::Value {
        let tp = p.text_document_position_params;
        let Some((a, id, offset)) = self.locate(&tp.text_document.uri, tp.position) else {
            return serde_json::Value::Null;
        };
        let file = iommugen_dsl::source::FileId(id as u32);
        let text = if let Some(target) = a.import_at(file, offset) {
            format!("imports `{}`", target.display())
        } else if let Some(s) = a.resolve(file, offset) {
            analysis::describe(&a, s)
        } else {
            return serde_json::Value::Null;
        };
        let range = a
            .word_at(file, offset)
            .map(|(_, s)| range_of(&a.sources.file(file).text, s.start as usize, s.end as usize));
        serde_json::to_value(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: text,
            }),
            range,
        })
        .unwrap_or_default()
    }

    fn definition(&self, p: lsp_types::GotoDefinitionParams) -> serde_json::Value {
        let tp = p.text_document_position_params;
        let Some((a, id, offset)) = self.locate(&tp.text_document.uri, tp.position) else {
            return serde_json::Value::Null;
        };
        let file = iommugen_dsl::source::FileId(id as u32);
        let loc = if let Some(target) = a.import_at(file, offset) {
            uri_of(target).map(|uri| Location {
                uri,
                range: lsp_types::Range::default(),
            })
        } else {
            a.resolve(file, offset).and_then(|s| {
                let f = a.sources.file(s.span.file);
                Some(Location {
                    uri: uri_of(f.path.as_ref()?)?,
                    range: range_of(&f.text, s.span.start as usize, s.span.end as usize),
                })
            })
        };
        loc.map_or(serde_json::Value::Null, |l| {
            serde_json::to_value(GotoDefinitionResponse::Scalar(l)).unwrap_or_default()
        })
    }

    fn symbols(&self, p: lsp_types::DocumentSymbolParams) -> serde_json::Value {
        let Some(path) = path_of(&p.text_document.uri) else {
            return serde_json::Value::Null;
        };
        let text = match self.open.get(&path) {
            Some((_, t)) => t.clone(),
            None => std::fs::read_to_string(&path).unwrap_or_default(),
        };
        let (ast, _) = iommugen_dsl::parse::parse(Default::default(), &text);
        let mut flat = Vec::new();
        if let Some(ast) = ast {
            analysis::collect(Default::default(), &ast, &mut flat);
        }
        serde_json::to_value(DocumentSymbolResponse::Nested(tree(&text, &flat))).unwrap_or_default()
    }

    fn format(&self, p: lsp_types::DocumentFormattingParams) -> serde_json::Value {
        let Some(path) = path_of(&p.text_document.uri) else {
            return serde_json::Value::Null;
        };
        let Some((_, text)) = self.open.get(&path) else {
            return serde_json::Value::Null;
        };
        // Only well-formed text is formatted, as `iommugen fmt` does.
        let (_, diags) = iommugen_dsl::parse::parse(Default::default(), text);
        if !diags.is_empty() {
            return serde_json::Value::Null;
        }
        let formatted = iommugen_dsl::format::format(text);
        let edits = if formatted == *text {
            Vec::new()
        } else {
            vec![TextEdit {
                range: range_of(text, 0, text.len()),
                new_text: formatted,
            }]
        };
        serde_json::to_value(edits).unwrap_or_default()
    }
}

fn params<P: serde::de::DeserializeOwned>(req: Request) -> Result<P, String> {
    serde_json::from_value(req.params).map_err(|e| format!("bad parameters: {e}"))
}

fn error(id: RequestId, e: String) -> Response {
    Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, e)
}

fn symbol_kind(k: Kind) -> SymbolKind {
    match k {
        Kind::Block | Kind::Semantics => SymbolKind::NAMESPACE,
        Kind::Register | Kind::Entry | Kind::Record | Kind::Descriptor => SymbolKind::STRUCT,
        Kind::Field | Kind::Slot => SymbolKind::FIELD,
        Kind::Enum => SymbolKind::ENUM,
        Kind::Variant => SymbolKind::ENUM_MEMBER,
        Kind::Queue | Kind::PageTable => SymbolKind::MODULE,
        Kind::Domain | Kind::Error => SymbolKind::CONSTANT,
        Kind::Op => SymbolKind::FUNCTION,
        Kind::UsedOf | Kind::RealiseOf => SymbolKind::OBJECT,
    }
}

/// Nests the symbols of one file: fields and variants under their layout or enum, registers
/// under their block, records under their queue, descriptors under their format.
#[allow(deprecated)] // `DocumentSymbol::deprecated` must be given
fn tree(text: &str, flat: &[analysis::Symbol]) -> Vec<DocumentSymbol> {
    let mk = |s: &analysis::Symbol| DocumentSymbol {
        name: s.name.clone(),
        detail: s.bits.map(|(m, l)| {
            if m == l {
                format!("[{m}]")
            } else {
                format!("[{m}:{l}]")
            }
        }),
        kind: symbol_kind(s.kind),
        tags: None,
        deprecated: None,
        range: range_of(text, s.span.start as usize, s.span.end as usize),
        selection_range: range_of(text, s.span.start as usize, s.span.end as usize),
        children: Some(Vec::new()),
    };
    let mut top: Vec<DocumentSymbol> = Vec::new();
    // The chain of open containers: (kind, name, index path into `top`).
    let mut stack: Vec<(Kind, String)> = Vec::new();
    for s in flat {
        let container = matches!(
            s.kind,
            Kind::Block
                | Kind::Register
                | Kind::Entry
                | Kind::Enum
                | Kind::Queue
                | Kind::Record
                | Kind::PageTable
                | Kind::Descriptor
                | Kind::Semantics
        );
        let parent = s.parent.as_deref();
        // Find the container this symbol belongs to on the stack.
        while let Some((_, name)) = stack.last() {
            if Some(name.as_str()) == parent {
                break;
            }
            // Semantics members have no parent name but belong to the semantics block.
            if parent.is_none()
                && matches!(
                    s.kind,
                    Kind::Domain | Kind::Error | Kind::Op | Kind::Slot | Kind::RealiseOf
                )
                && stack.last().is_some_and(|(k, _)| *k == Kind::Semantics)
            {
                break;
            }
            stack.pop();
        }
        let mut level = &mut top;
        for _ in 0..stack.len() {
            level = level
                .last_mut()
                .and_then(|d| d.children.as_mut())
                .expect("an open container");
        }
        level.push(mk(s));
        if container {
            stack.push((s.kind, s.name.clone()));
        }
    }
    top
}
