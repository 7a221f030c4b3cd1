//! Diagnostics: every problem found in a spec, located by file, line and column, with labels and
//! a hint, rendered through miette.

use std::fmt;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::source::{SourceMap, Span};

/// One problem in a spec.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// A stable code, `iommu::<kind>`, so tools and tests can match on it.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The primary place and what to say there.
    pub primary: (Span, String),
    /// Further places (possibly in other files).
    pub secondary: Vec<(Span, String)>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with a primary label.
    pub fn new(
        code: &'static str,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            primary: (span, label.into()),
            secondary: Vec::new(),
            help: None,
        }
    }

    /// Adds a secondary label.
    pub fn label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.secondary.push((span, text.into()));
        self
    }

    /// Sets the hint.
    pub fn help(mut self, text: impl Into<String>) -> Self {
        self.help = Some(text.into());
        self
    }
}

/// Every diagnostic found in a spec, with the sources they point into.
#[derive(Clone)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
    pub sources: Arc<SourceMap>,
}

impl fmt::Debug for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_plain())
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_plain())
    }
}

impl std::error::Error for Diagnostics {}

impl Diagnostics {
    /// Number of diagnostics.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `path:line:col` of a diagnostic's primary label.
    pub fn location(&self, d: &Diagnostic) -> (String, usize, usize) {
        let span = d.primary.0;
        let (line, col) = self.sources.line_col(span.file, span.start);
        (self.sources.file(span.file).name.clone(), line, col)
    }

    /// Renders every diagnostic without colour, for logs, tests and snapshots.
    pub fn render_plain(&self) -> String {
        self.render_with(GraphicalTheme::unicode_nocolor())
    }

    /// Renders every diagnostic for a terminal, with colour.
    pub fn render_fancy(&self) -> String {
        self.render_with(GraphicalTheme::unicode())
    }

    fn render_with(&self, theme: GraphicalTheme) -> String {
        let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
        let mut out = String::new();
        for d in &self.items {
            let report = self.to_miette(d);
            let mut one = String::new();
            if handler.render_report(&mut one, &report).is_err() {
                let (f, l, c) = self.location(d);
                one = format!("error[{}]: {} at {f}:{l}:{c}\n", d.code, d.message);
            }
            out.push_str(&one);
        }
        let n = self.items.len();
        out.push_str(&format!("{n} error{}\n", if n == 1 { "" } else { "s" }));
        out
    }

    /// The miette form of one diagnostic: labels in the primary file are shown inline, labels in
    /// other files become related notes with their own source.
    pub fn to_miette(&self, d: &Diagnostic) -> Rendered {
        let file = d.primary.0.file;
        let mut labels = vec![LabeledSpan::new_primary_with_span(
            Some(d.primary.1.clone()),
            to_source_span(d.primary.0),
        )];
        let mut related = Vec::new();
        for (span, text) in &d.secondary {
            if span.file == file {
                labels.push(LabeledSpan::new_with_span(
                    Some(text.clone()),
                    to_source_span(*span),
                ));
            } else {
                related.push(Rendered {
                    code: None,
                    message: "see also".into(),
                    src: self.named_source(span.file),
                    labels: vec![LabeledSpan::new_with_span(
                        Some(text.clone()),
                        to_source_span(*span),
                    )],
                    help: None,
                    related: Vec::new(),
                });
            }
        }
        Rendered {
            code: Some(d.code),
            message: d.message.clone(),
            src: self.named_source(file),
            labels,
            help: d.help.clone(),
            related,
        }
    }

    fn named_source(&self, file: crate::source::FileId) -> NamedSource<Arc<String>> {
        let f = self.sources.file(file);
        NamedSource::new(f.name.clone(), f.text.clone())
    }
}

fn to_source_span(span: Span) -> SourceSpan {
    SourceSpan::new((span.start as usize).into(), span.len())
}

/// A diagnostic in the shape miette renders.
#[derive(Debug)]
pub struct Rendered {
    code: Option<&'static str>,
    message: String,
    src: NamedSource<Arc<String>>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
    related: Vec<Rendered>,
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered {}

impl miette::Diagnostic for Rendered {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.code.map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}
