//! The parser: `.iommu` text to [`crate::ast`] with the pest grammar in `iommu.pest`.
//!
//! A syntax error is reported and parsing resumes at the next line that starts a top-level item,
//! so one run reports the syntax errors of several items.

use pest::error::{ErrorVariant, InputLocation};
use pest::iterators::Pair;
use pest::Parser as _;

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::source::{FileId, Span};

#[derive(pest_derive::Parser)]
#[grammar = "iommu.pest"]
struct Grammar;

/// Parses one file. Returns the AST when the file has no syntax error, and every diagnostic.
pub fn parse(file: FileId, text: &str) -> (Option<File>, Vec<Diagnostic>) {
    // Track literal tokens in errors too, for messages such as "expected `]`".
    pest::set_error_detail(true);
    let mut p = Builder {
        file,
        base: 0,
        diags: Vec::new(),
    };
    match Grammar::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let top = pairs.next().and_then(|f| f.into_inner().next());
            let ast = top.map(|pair| p.file(pair));
            let ok = p.diags.is_empty();
            (ast.filter(|_| ok), p.diags)
        }
        Err(e) => {
            let mut at = p.syntax_error(e, text);
            // Resume at the next top-level item after each error.
            while let Some(start) = next_item_start(text, at) {
                match Grammar::parse(Rule::tail, &text[start..]) {
                    Ok(_) => break,
                    Err(e) => {
                        p.base = start;
                        at = p.syntax_error(e, &text[start..]);
                        p.base = 0;
                    }
                }
            }
            (None, p.diags)
        }
    }
}

const ITEM_KEYWORDS: &[&str] = &[
    "regs",
    "enum",
    "entry",
    "used",
    "queue",
    "pagetable",
    "directory",
    "semantics",
    "import",
    "compatible",
    "reference",
];

/// Byte offset of the first line after `after` that starts with a top-level item keyword.
fn next_item_start(text: &str, after: usize) -> Option<usize> {
    let mut offset = text[after.min(text.len())..]
        .find('\n')
        .map(|i| after + i + 1)?;
    while offset < text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = &text[offset..line_end];
        let trimmed = line.trim_start();
        let word_end = trimmed
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(trimmed.len());
        if ITEM_KEYWORDS.contains(&&trimmed[..word_end])
            && trimmed[word_end..].starts_with([' ', '\t'])
        {
            return Some(offset + (line.len() - trimmed.len()));
        }
        offset = line_end + 1;
    }
    None
}

fn rule_name(rule: &Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::EOI => "end of file",
        Rule::ident | Rule::field_name => "a name",
        Rule::number | Rule::num_lit => "a number",
        Rule::size => "a size (like 4K)",
        Rule::string => "a string",
        Rule::bits => "a bit range like [3:0]",
        Rule::docs | Rule::doc_line => return None,
        Rule::section | Rule::k_section => "`section`",
        Rule::iommu_decl => "`iommu NAME {`",
        Rule::import => "`import`",
        Rule::meta_doc => "`doc`",
        Rule::compatible => "`compatible`",
        Rule::reference => "`reference`",
        Rule::regs => "`regs`",
        Rule::enum_decl | Rule::k_enum | Rule::t_enum => "`enum`",
        Rule::entry => "`entry`",
        Rule::used => "`used`",
        Rule::queue => "`queue`",
        Rule::pagetable => "`pagetable`",
        Rule::semantics => "`semantics`",
        Rule::register => "a register (`NAME @ OFFSET : u32 ro`)",
        Rule::field => "a field (`NAME [msb:lsb]`)",
        Rule::reserved_decl | Rule::reserved_kind => "`reserved`",
        Rule::ftype => "a field type",
        Rule::fmod => "a field modifier",
        Rule::access => "an access kind (ro, rw, wo)",
        Rule::width => "a register width (u32 or u64)",
        Rule::variant => "an enum variant (`NAME = VALUE`)",
        Rule::enum_body => "`{` with enum variants",
        Rule::reset | Rule::k_reset => "`reset`",
        Rule::acked_by | Rule::k_acked_by => "`acked_by`",
        Rule::toggled_by | Rule::k_toggled_by => "`toggled_by`",
        Rule::alias_of | Rule::k_alias_of => "`alias_of`",
        Rule::always_rule | Rule::k_always => "`always`",
        Rule::safe_rule | Rule::k_update_safe => "`update_safe`",
        Rule::when_rule | Rule::safe_when | Rule::k_when | Rule::realise_case => "`when`",
        Rule::field_list | Rule::all | Rule::all_except => "field names",
        Rule::queue_kind => "a queue kind (commands, events, requests)",
        Rule::opcode_attr => "`opcode`",
        Rule::base_attr => "`base`",
        Rule::prod_attr => "`prod`",
        Rule::cons_attr => "`cons`",
        Rule::record => "a record (`NAME = OPCODE { ... }`)",
        Rule::va_bits => "`va_bits`",
        Rule::oa_bits => "`oa_bits`",
        Rule::granule => "`granule`",
        Rule::descriptor => "`descriptor`",
        Rule::desc_at => "table, block or page",
        Rule::match_list | Rule::k_match => "`match`",
        Rule::match_item => "`FIELD = VALUE`",
        Rule::domain_decl => "`domain`",
        Rule::outcome => "an outcome (translate, bypass, fault)",
        Rule::error_decl => "`error`",
        Rule::device_decl => "`device`",
        Rule::slot => "a state slot",
        Rule::op_decl => "`op`",
        Rule::observe_decl => "`observe`",
        Rule::realise_decl => "`realise`",
        Rule::params | Rule::param => "a parameter",
        Rule::requires_stmt => "`requires`",
        Rule::assign_stmt => "an assignment",
        Rule::call_stmt => "an op call",
        Rule::expr
        | Rule::and_expr
        | Rule::unary
        | Rule::cmp
        | Rule::paren
        | Rule::call
        | Rule::path => "an expression",
        Rule::cmp_op => "`==` or `!=`",
        Rule::k_in => "`in`",
        Rule::set => "`{` with values",
        Rule::not_op => "`!`",
        Rule::none | Rule::k_none => "`none`",
        Rule::path_field => "`.`",
        Rule::path_index => "`[`",
        Rule::realise_assign => "`FIELD = VALUE`",
        Rule::w1c | Rule::self_clearing | Rule::warl | Rule::busy | Rule::acks => {
            "a field modifier"
        }
        Rule::reg_array => "`[first..last]`",
        Rule::stride | Rule::k_stride => "`stride`",
        Rule::func_attr | Rule::record_func | Rule::k_func => "`func`",
        Rule::csr_attr => "`csr`",
        Rule::indexes_attr => "`indexes`",
        Rule::index_kind => "an index kind (wrap, plain)",
        Rule::root_size | Rule::k_root => "`root`",
        Rule::desc_when => "`when`",
        Rule::descriptors_from => "`descriptors from`",
        Rule::directory => "`directory`",
        Rule::dir_mode | Rule::k_mode => "`mode`",
        Rule::dir_root => "`root`",
        Rule::dir_nonleaf | Rule::k_nonleaf => "`nonleaf`",
        Rule::dir_table | Rule::k_table => "`table`",
        Rule::field_ref => "`REGISTER.FIELD`",
        Rule::dir_format | Rule::k_format => "`format`",
        Rule::dir_select => "`when REGISTER.FIELD == VALUE`",
        Rule::dir_layout => "a layout (`MODE = [msb:lsb] ...`)",
        Rule::k_leaf => "`leaf`",
        Rule::k_index => "`index`",
        Rule::t_bool
        | Rule::t_uint
        | Rule::t_signed
        | Rule::t_address
        | Rule::t_shifted
        | Rule::t_log2 => "a field type",
        _ => return None,
    })
}

struct Builder {
    file: FileId,
    base: usize,
    diags: Vec<Diagnostic>,
}

impl Builder {
    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.base + s.start(), self.base + s.end())
    }

    /// Records a syntax error; returns its absolute byte offset.
    fn syntax_error(&mut self, e: pest::error::Error<Rule>, text: &str) -> usize {
        let (mut start, mut end) = match e.location {
            InputLocation::Pos(p) => (p, p),
            InputLocation::Span((s, e)) => (s, e),
        };
        // The detailed attempts also track literal tokens (`]`, `{`), which often got further
        // than any rule: report those at their position.
        let mut tokens: Vec<String> = Vec::new();
        if let Some(att) = e.parse_attempts() {
            let found: Vec<String> = att
                .expected_tokens()
                .iter()
                .map(ToString::to_string)
                .filter(|t| {
                    let range = t.len() > 2 && t.contains("..");
                    let trivia = matches!(
                        t.as_str(),
                        " " | "\t" | "\r" | "\n" | "//" | "/*" | "*/" | "////" | "///"
                    );
                    !range && !trivia && t != "BUILTIN_RULE" && !t.is_empty()
                })
                .map(|t| format!("`{t}`"))
                .collect();
            if att.max_position > start && !found.is_empty() {
                start = att.max_position;
                end = start;
                tokens = found;
            }
        }
        // Point at the whole offending token.
        let end = if end > start {
            end
        } else {
            let rest = &text[start.min(text.len())..];
            let word = |c: char| c.is_alphanumeric() || c == '_';
            let tok = match rest.chars().next() {
                None => 0,
                // A name or number runs to its end; punctuation is one character.
                Some(c) if word(c) => rest.find(|c: char| !word(c)).unwrap_or(rest.len()),
                Some(c) => c.len_utf8(),
            };
            start + tok
        };
        let found = match text.get(start..end) {
            None | Some("") => "end of file".to_string(),
            Some(s) if s.starts_with(['\n', '\r']) => "end of line".to_string(),
            Some(s) => format!("`{s}`"),
        };
        let (message, help) = match &e.variant {
            ErrorVariant::ParsingError { positives, .. } => {
                let mut names: Vec<&str> = if tokens.is_empty() {
                    positives.iter().filter_map(rule_name).collect()
                } else {
                    tokens.iter().map(String::as_str).collect()
                };
                names.sort_unstable();
                names.dedup();
                let item_level = positives.iter().any(|r| {
                    matches!(
                        r,
                        Rule::import
                            | Rule::meta_doc
                            | Rule::compatible
                            | Rule::reference
                            | Rule::regs
                            | Rule::entry
                            | Rule::used
                            | Rule::queue
                            | Rule::pagetable
                            | Rule::directory
                            | Rule::semantics
                            | Rule::enum_decl
                    )
                });
                if item_level && tokens.is_empty() {
                    names = vec!["an item (regs, enum, entry, used, queue, pagetable, directory, semantics, import, doc, compatible, reference)"];
                }
                let expected = match names.len() {
                    0 => "valid syntax".to_string(),
                    1 => names[0].to_string(),
                    n => format!("{} or {}", names[..n - 1].join(", "), names[n - 1]),
                };
                let hint = if tokens.is_empty() {
                    hint_for(positives, text.get(start..end))
                } else {
                    hint_for_tokens(&tokens, text.get(start..end).unwrap_or(""))
                };
                (
                    format!("syntax error: expected {expected}, found {found}"),
                    hint,
                )
            }
            ErrorVariant::CustomError { message } => (format!("syntax error: {message}"), None),
        };
        let span = Span::new(self.file, self.base + start, self.base + end);
        if text[start.min(text.len())..].trim().is_empty() {
            // The file ended inside a block: point at the brace that is not closed.
            let unclosed = unclosed_brace(text);
            let last = text.trim_end().len();
            let at = Span::new(
                self.file,
                self.base + last.saturating_sub(1),
                self.base + last,
            );
            let mut d = Diagnostic::new(
                "iommu::syntax",
                "the file ends before a block is closed",
                at,
                "file ends here",
            );
            if let Some(b) = unclosed {
                d = d.label(
                    Span::new(self.file, self.base + b, self.base + b + 1),
                    "this `{` is not closed",
                );
            }
            self.diags.push(d.help("add the missing `}`"));
            return self.base + start;
        }
        let mut d = Diagnostic::new("iommu::syntax", message, span, "unexpected here");
        d.help =
            Some(help.unwrap_or_else(|| "see docs/language.md for the syntax of each item".into()));
        self.diags.push(d);
        self.base + start
    }

    fn file(&mut self, pair: Pair<Rule>) -> File {
        match pair.as_rule() {
            Rule::iommu_decl => {
                let mut inner = pair.into_inner();
                let docs = doc_lines(inner.next().unwrap());
                let name = self.name(inner.next().unwrap());
                let items = inner.map(|p| self.item(p)).collect();
                File {
                    name: Some(name),
                    docs,
                    items,
                }
            }
            _ => File {
                name: None,
                docs: Vec::new(),
                items: pair.into_inner().map(|p| self.item(p)).collect(),
            },
        }
    }

    fn item(&mut self, pair: Pair<Rule>) -> Item {
        match pair.as_rule() {
            Rule::import => Item::Import(self.string(pair.into_inner().next().unwrap())),
            Rule::meta_doc => Item::Doc(self.string(pair.into_inner().next().unwrap())),
            Rule::compatible => Item::Compatible(self.string(pair.into_inner().next().unwrap())),
            Rule::reference => Item::Reference(self.string(pair.into_inner().next().unwrap())),
            Rule::regs => Item::Regs(self.regs(pair)),
            Rule::enum_decl => {
                let mut it = pair.into_inner();
                let docs = doc_lines(it.next().unwrap());
                it.next(); // keyword
                let name = self.name(it.next().unwrap());
                let width = self.num(it.next().unwrap());
                let variants = self.variants(it.next().unwrap());
                Item::Enum(EnumDecl {
                    docs,
                    name,
                    width,
                    variants,
                })
            }
            Rule::entry => {
                let mut it = pair.into_inner();
                let docs = doc_lines(it.next().unwrap());
                let name = self.name(it.next().unwrap());
                let size = self.num(it.next().unwrap());
                let mut section = None;
                let mut members = Vec::new();
                for p in it {
                    match p.as_rule() {
                        Rule::section => section = Some(self.section(p)),
                        _ => members.push(self.member(p)),
                    }
                }
                Item::Entry(Entry {
                    docs,
                    name,
                    size,
                    section,
                    members,
                })
            }
            Rule::used => {
                let mut it = pair.into_inner();
                let docs = doc_lines(it.next().unwrap());
                let entry = self.name(it.next().unwrap());
                let mut section = None;
                let mut rules = Vec::new();
                let mut update_safe = Vec::new();
                for p in it {
                    match p.as_rule() {
                        Rule::section => section = Some(self.section(p)),
                        Rule::safe_rule => update_safe.push(self.safe_rule(p)),
                        _ => rules.push(self.used_rule(p)),
                    }
                }
                Item::Used(Used {
                    docs,
                    entry,
                    section,
                    rules,
                    update_safe,
                })
            }
            Rule::queue => Item::Queue(self.queue(pair)),
            Rule::pagetable => Item::PageTable(self.pagetable(pair)),
            Rule::directory => Item::Directory(self.directory(pair)),
            Rule::semantics => Item::Semantics(self.semantics(pair)),
            r => unreachable!("grammar produced {r:?} as an item"),
        }
    }

    fn regs(&mut self, pair: Pair<Rule>) -> RegBlock {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let base = self.num(it.next().unwrap());
        let size = self.size(it.next().unwrap());
        let registers = it.map(|p| self.register(p)).collect();
        RegBlock {
            docs,
            name,
            base,
            size,
            registers,
        }
    }

    fn register(&mut self, pair: Pair<Rule>) -> Register {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let mut next = it.next().unwrap();
        let mut array = None;
        if next.as_rule() == Rule::reg_array {
            let mut a = next.into_inner();
            let first = self.num(a.next().unwrap());
            let last = self.num(a.next().unwrap());
            array = Some((first, last));
            next = it.next().unwrap();
        }
        let offset = self.num(next);
        let w = it.next().unwrap();
        let width = Num {
            value: if w.as_str() == "u64" { 64 } else { 32 },
            span: self.span(&w),
        };
        let a = it.next().unwrap();
        let access = (access_of(a.as_str()), self.span(&a));
        let mut r = Register {
            docs,
            name,
            offset,
            width,
            access,
            reset: None,
            acked_by: None,
            toggled_by: None,
            alias_of: None,
            array,
            stride: None,
            section: None,
            members: Vec::new(),
        };
        for p in it {
            match p.as_rule() {
                Rule::reset => r.reset = Some(self.num(p.into_inner().nth(1).unwrap())),
                Rule::acked_by => r.acked_by = Some(self.name(p.into_inner().nth(1).unwrap())),
                Rule::toggled_by => r.toggled_by = Some(self.name(p.into_inner().nth(1).unwrap())),
                Rule::alias_of => r.alias_of = Some(self.name(p.into_inner().nth(1).unwrap())),
                Rule::stride => r.stride = Some(self.num(p.into_inner().nth(1).unwrap())),
                Rule::section => r.section = Some(self.section(p)),
                _ => r.members.push(self.member(p)),
            }
        }
        r
    }

    fn member(&mut self, pair: Pair<Rule>) -> Member {
        match pair.as_rule() {
            Rule::reserved_decl => {
                let mut it = pair.into_inner();
                let kind = match it.next().unwrap().as_str() {
                    "res1" => ReservedKind::Res1,
                    "impdef" => ReservedKind::ImpDef,
                    _ => ReservedKind::Res0,
                };
                Member::Reserved(kind, self.bits(it.next().unwrap()))
            }
            _ => Member::Field(self.field(pair)),
        }
    }

    fn field(&mut self, pair: Pair<Rule>) -> Field {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let bits = self.bits(it.next().unwrap());
        let mut f = Field {
            docs,
            name,
            bits,
            ty: None,
            mods: Vec::new(),
        };
        for p in it {
            match p.as_rule() {
                Rule::ftype => f.ty = Some(self.ftype(p.into_inner().next().unwrap())),
                _ => {
                    let m = p.into_inner().next().unwrap();
                    let span = self.span(&m);
                    f.mods.push(match m.as_rule() {
                        Rule::access => Modifier::Access(access_of(m.as_str()), span),
                        Rule::w1c => Modifier::W1c(span),
                        Rule::self_clearing => Modifier::SelfClearing(span),
                        Rule::warl => Modifier::Warl(span),
                        Rule::busy => Modifier::Busy(span),
                        Rule::acks => {
                            Modifier::Acks(self.name(m.into_inner().nth(1).unwrap()), span)
                        }
                        _ => Modifier::Reset(self.num(m.into_inner().nth(1).unwrap())),
                    });
                }
            }
        }
        f
    }

    fn ftype(&mut self, p: Pair<Rule>) -> FieldType {
        let span = self.span(&p);
        match p.as_rule() {
            Rule::t_bool => FieldType::Bool(span),
            Rule::t_uint => FieldType::Uint(span),
            Rule::t_signed => FieldType::Signed(span),
            Rule::t_address => FieldType::Address(span),
            Rule::t_shifted => FieldType::Shifted(self.num(p.into_inner().nth(1).unwrap()), span),
            Rule::t_log2 => FieldType::Log2(span),
            _ => {
                let mut name = None;
                let mut variants = None;
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::ident => name = Some(self.name(q)),
                        Rule::enum_body => variants = Some(self.variants(q)),
                        _ => {}
                    }
                }
                FieldType::Enum {
                    name,
                    variants,
                    span,
                }
            }
        }
    }

    fn variants(&mut self, body: Pair<Rule>) -> Vec<Variant> {
        body.into_inner()
            .map(|v| {
                let mut it = v.into_inner();
                let docs = doc_lines(it.next().unwrap());
                let name = self.name(it.next().unwrap());
                let value = self.num(it.next().unwrap());
                Variant { docs, name, value }
            })
            .collect()
    }

    fn used_rule(&mut self, pair: Pair<Rule>) -> UsedRule {
        let span = self.span(&pair);
        let is_when = pair.as_rule() == Rule::when_rule;
        let mut it = pair.into_inner();
        it.next(); // keyword
        let cond = if is_when {
            Some(self.expr(it.next().unwrap()))
        } else {
            None
        };
        let fields = self.field_list(it.next().unwrap());
        UsedRule { cond, fields, span }
    }

    /// `update_safe FIELDS` or `update_safe when COND { FIELDS }`.
    fn safe_rule(&mut self, pair: Pair<Rule>) -> UsedRule {
        let span = self.span(&pair);
        let mut it = pair.into_inner();
        it.next(); // keyword
        let body = it.next().unwrap();
        if body.as_rule() == Rule::safe_when {
            let mut it = body.into_inner();
            it.next(); // `when`
            let cond = Some(self.expr(it.next().unwrap()));
            let fields = self.field_list(it.next().unwrap());
            UsedRule { cond, fields, span }
        } else {
            let fields = self.field_list(body);
            UsedRule {
                cond: None,
                fields,
                span,
            }
        }
    }

    fn field_list(&mut self, list: Pair<Rule>) -> Vec<FieldItem> {
        list.into_inner()
            .map(|f| match f.as_rule() {
                Rule::all => FieldItem::All(self.span(&f)),
                Rule::all_except => {
                    let span = self.span(&f);
                    let names = f.into_inner().skip(2).map(|n| self.name(n)).collect();
                    FieldItem::AllExcept(names, span)
                }
                _ => FieldItem::Field(self.name(f)),
            })
            .collect()
    }

    fn queue(&mut self, pair: Pair<Rule>) -> Queue {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let size = self.num(it.next().unwrap());
        let k = it.next().unwrap();
        let kind = match k.as_str() {
            "commands" => QueueKind::Commands,
            "events" => QueueKind::Events,
            _ => QueueKind::Requests,
        };
        let mut q = Queue {
            docs,
            name,
            size,
            kind: (kind, self.span(&k)),
            opcode: None,
            func: None,
            base: None,
            prod: None,
            cons: None,
            csr: None,
            indexes: None,
            section: None,
            records: Vec::new(),
        };
        for p in it {
            match p.as_rule() {
                Rule::opcode_attr => q.opcode = Some(self.bits(p.into_inner().next().unwrap())),
                Rule::base_attr => q.base = Some(self.name(p.into_inner().next().unwrap())),
                Rule::prod_attr => q.prod = Some(self.name(p.into_inner().next().unwrap())),
                Rule::cons_attr => q.cons = Some(self.name(p.into_inner().next().unwrap())),
                Rule::func_attr => q.func = Some(self.bits(p.into_inner().nth(1).unwrap())),
                Rule::csr_attr => q.csr = Some(self.name(p.into_inner().next().unwrap())),
                Rule::indexes_attr => {
                    let k = p.into_inner().next().unwrap();
                    let kind = if k.as_str().starts_with("wrap") {
                        IndexKind::Wrap
                    } else {
                        IndexKind::Plain
                    };
                    q.indexes = Some((kind, self.span(&k)));
                }
                Rule::section => q.section = Some(self.section(p)),
                _ => {
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let name = self.name(it.next().unwrap());
                    let mut r = Record {
                        docs,
                        name,
                        opcode: None,
                        func: None,
                        section: None,
                        members: Vec::new(),
                    };
                    for p in it {
                        match p.as_rule() {
                            Rule::number => r.opcode = Some(self.num(p)),
                            Rule::record_func => {
                                r.func = Some(self.num(p.into_inner().nth(1).unwrap()))
                            }
                            Rule::section => r.section = Some(self.section(p)),
                            _ => r.members.push(self.member(p)),
                        }
                    }
                    q.records.push(r);
                }
            }
        }
        q
    }

    fn pagetable(&mut self, pair: Pair<Rule>) -> PageTable {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let width = self.num(it.next().unwrap());
        let stage = self.num(it.next().unwrap());
        let mut t = PageTable {
            docs,
            name,
            width,
            stage,
            section: None,
            va_bits: None,
            oa_bits: None,
            granules: Vec::new(),
            descriptors: Vec::new(),
            descriptors_from: None,
        };
        for p in it {
            match p.as_rule() {
                Rule::section => t.section = Some(self.section(p)),
                Rule::va_bits => t.va_bits = Some(self.num(p.into_inner().next().unwrap())),
                Rule::oa_bits => t.oa_bits = Some(self.num(p.into_inner().next().unwrap())),
                Rule::descriptors_from => {
                    t.descriptors_from = Some(self.name(p.into_inner().next().unwrap()))
                }
                Rule::granule => {
                    let span = self.span(&p);
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let size = self.size(it.next().unwrap());
                    let first = self.num(it.next().unwrap());
                    let last = self.num(it.next().unwrap());
                    let mut blocks = Vec::new();
                    let mut root = None;
                    for q in it {
                        match q.as_rule() {
                            Rule::number => blocks.push(self.num(q)),
                            Rule::root_size => {
                                root = Some(self.size(q.into_inner().nth(1).unwrap()))
                            }
                            _ => {}
                        }
                    }
                    t.granules.push(Granule {
                        docs,
                        size,
                        first,
                        last,
                        blocks,
                        root,
                        span,
                    });
                }
                _ => t.descriptors.push(self.descriptor(p)),
            }
        }
        t
    }

    fn descriptor(&mut self, pair: Pair<Rule>) -> Descriptor {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let a = it.next().unwrap();
        let at = match a.as_str() {
            "table" => DescAt::Table,
            "block" => DescAt::Block,
            "leaf" => DescAt::Leaf,
            _ => DescAt::Page,
        };
        let mut d = Descriptor {
            docs,
            name,
            at: (at, self.span(&a)),
            matches: Vec::new(),
            when: None,
            section: None,
            members: Vec::new(),
        };
        for p in it {
            match p.as_rule() {
                Rule::match_list => {
                    for m in p.into_inner().skip(1) {
                        let mut mi = m.into_inner();
                        let n = self.name(mi.next().unwrap());
                        let v = self.num(mi.next().unwrap());
                        d.matches.push((n, v));
                    }
                }
                Rule::desc_when => d.when = Some(self.expr(p.into_inner().nth(1).unwrap())),
                Rule::section => d.section = Some(self.section(p)),
                _ => d.members.push(self.member(p)),
            }
        }
        d
    }

    fn field_ref(&self, p: Pair<Rule>) -> FieldRef {
        let mut it = p.into_inner();
        FieldRef {
            owner: self.name(it.next().unwrap()),
            field: self.name(it.next().unwrap()),
        }
    }

    fn directory(&mut self, pair: Pair<Rule>) -> Directory {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        it.next(); // `index`
        let index = self.name(it.next().unwrap());
        let index_bits = self.bits(it.next().unwrap());
        let mut d = Directory {
            docs,
            name,
            index,
            index_bits,
            mode: None,
            root: None,
            nonleaf: None,
            table: None,
            section: None,
            formats: Vec::new(),
        };
        for p in it {
            match p.as_rule() {
                Rule::dir_mode => d.mode = Some(self.field_ref(p.into_inner().nth(1).unwrap())),
                Rule::dir_root => d.root = Some(self.field_ref(p.into_inner().nth(1).unwrap())),
                Rule::dir_nonleaf => d.nonleaf = Some(self.name(p.into_inner().nth(1).unwrap())),
                Rule::dir_table => d.table = Some(self.size(p.into_inner().nth(1).unwrap())),
                Rule::section => d.section = Some(self.section(p)),
                _ => {
                    let f = self.dir_format(p);
                    d.formats.push(f);
                }
            }
        }
        d
    }

    fn dir_format(&mut self, pair: Pair<Rule>) -> DirFormat {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        it.next(); // `format`
        let name = self.name(it.next().unwrap());
        let mut next = it.next().unwrap();
        let mut select = None;
        if next.as_rule() == Rule::dir_select {
            let mut s = next.into_inner();
            s.next(); // `when`
            let r = self.field_ref(s.next().unwrap());
            let v = self.num(s.next().unwrap());
            select = Some((r, v));
            next = it.next().unwrap();
        }
        let _ = next; // `leaf`
        let leaf = self.name(it.next().unwrap());
        let leaf_bytes = self.num(it.next().unwrap());
        let layouts = it
            .map(|l| {
                let mut li = l.into_inner();
                let mode = self.name(li.next().unwrap());
                let levels = li.map(|b| self.bits(b)).collect();
                DirLayout { mode, levels }
            })
            .collect();
        DirFormat {
            docs,
            name,
            select,
            leaf,
            leaf_bytes,
            layouts,
        }
    }

    fn semantics(&mut self, pair: Pair<Rule>) -> Semantics {
        let mut it = pair.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let mut s = Semantics::new(docs, name, None);
        for p in it {
            let span = self.span(&p);
            match p.as_rule() {
                Rule::section => s.section = Some(self.section(p)),
                Rule::domain_decl => {
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let name = self.name(it.next().unwrap());
                    let o = it.next().unwrap();
                    let outcome = match o.as_str() {
                        "translate" => Outcome::Translate,
                        "bypass" => Outcome::Bypass,
                        _ => Outcome::Fault,
                    };
                    let pasid_only = it.next().is_some();
                    s.domains.push(DomainDecl {
                        docs,
                        name,
                        outcome: (outcome, self.span(&o)),
                        pasid_only,
                    });
                }
                Rule::error_decl => {
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let name = self.name(it.next().unwrap());
                    let text = self.string(it.next().unwrap());
                    s.errors.push(ErrorDecl { docs, name, text });
                }
                Rule::device_decl => {
                    let mut it = p.into_inner();
                    it.next(); // docs
                    let slots = it.map(|q| self.slot(q)).collect();
                    s.devices.push((slots, span));
                }
                Rule::op_decl => {
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let name = self.name(it.next().unwrap());
                    let params = self.params(it.next().unwrap());
                    let mut op = OpDecl {
                        docs,
                        name,
                        params,
                        section: None,
                        body: Vec::new(),
                    };
                    for q in it {
                        match q.as_rule() {
                            Rule::section => op.section = Some(self.section(q)),
                            Rule::requires_stmt => {
                                let mut qi = q.into_inner();
                                let cond = self.expr(qi.next().unwrap());
                                let error = self.name(qi.next().unwrap());
                                op.body.push(Stmt::Requires { cond, error });
                            }
                            Rule::call_stmt => {
                                let span = self.span(&q);
                                let mut qi = q.into_inner();
                                let name = self.name(qi.next().unwrap());
                                let args = qi.map(|a| self.expr(a)).collect();
                                op.body.push(Stmt::Call {
                                    op: name,
                                    args,
                                    span,
                                });
                            }
                            _ => {
                                let mut qi = q.into_inner();
                                let target = self.path(qi.next().unwrap());
                                let value = self.expr(qi.next().unwrap());
                                op.body.push(Stmt::Assign { target, value });
                            }
                        }
                    }
                    s.ops.push(op);
                }
                Rule::observe_decl => {
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let name = self.name(it.next().unwrap());
                    let params = self.params(it.next().unwrap());
                    let slot = self.path(it.next().unwrap());
                    s.observes.push(ObserveDecl {
                        docs,
                        name,
                        params,
                        slot,
                    });
                }
                _ => {
                    let mut it = p.into_inner();
                    let docs = doc_lines(it.next().unwrap());
                    let entry = self.name(it.next().unwrap());
                    let params = self.params(it.next().unwrap());
                    let cases = it
                        .map(|c| {
                            let span = self.span(&c);
                            let mut ci = c.into_inner();
                            ci.next(); // when
                            let cond = self.expr(ci.next().unwrap());
                            let assigns = ci
                                .map(|a| {
                                    let mut ai = a.into_inner();
                                    let f = self.name(ai.next().unwrap());
                                    let v = ai.next().unwrap();
                                    let v = if v.as_rule() == Rule::number {
                                        RealiseValue::Num(self.num(v))
                                    } else {
                                        RealiseValue::Variant(self.name(v))
                                    };
                                    (f, v)
                                })
                                .collect();
                            RealiseCase {
                                cond,
                                assigns,
                                span,
                            }
                        })
                        .collect();
                    s.realises.push(RealiseDecl {
                        docs,
                        entry,
                        params,
                        cases,
                    });
                }
            }
        }
        s
    }

    fn slot(&mut self, p: Pair<Rule>) -> Slot {
        let mut it = p.into_inner();
        let docs = doc_lines(it.next().unwrap());
        let name = self.name(it.next().unwrap());
        let mut s = Slot {
            docs,
            name,
            range: None,
            optional: false,
            default: None,
        };
        for q in it {
            match q.as_rule() {
                Rule::slot_range => {
                    let mut qi = q.into_inner();
                    let lo = self.num(qi.next().unwrap());
                    let hi = self.num(qi.next().unwrap());
                    s.range = Some((lo, hi));
                }
                Rule::optional => s.optional = true,
                _ => s.default = Some(self.name(q)),
            }
        }
        s
    }

    fn params(&mut self, p: Pair<Rule>) -> Vec<Param> {
        p.into_inner()
            .map(|q| {
                let mut qi = q.into_inner();
                let name = self.name(qi.next().unwrap());
                let ty = qi.next().map(|t| self.name(t));
                Param { name, ty }
            })
            .collect()
    }

    fn expr(&mut self, p: Pair<Rule>) -> Expr {
        match p.as_rule() {
            Rule::expr => {
                let mut it = p.into_inner();
                let first = self.expr(it.next().unwrap());
                it.fold(first, |acc, q| {
                    Expr::Or(Box::new(acc), Box::new(self.expr(q)))
                })
            }
            Rule::and_expr => {
                let mut it = p.into_inner();
                let first = self.expr(it.next().unwrap());
                it.fold(first, |acc, q| {
                    Expr::And(Box::new(acc), Box::new(self.expr(q)))
                })
            }
            Rule::unary => {
                let parts: Vec<Pair<Rule>> = p.into_inner().collect();
                let (nots, rest) = parts.split_at(parts.len() - 1);
                let mut e = self.expr(rest[0].clone());
                for n in nots.iter().rev() {
                    let span = self.span(n).join(e.span());
                    e = Expr::Not(Box::new(e), span);
                }
                e
            }
            Rule::cmp => {
                let span = self.span(&p);
                let mut it = p.into_inner();
                let lhs = self.expr(it.next().unwrap());
                match it.next() {
                    None => lhs,
                    Some(op) if op.as_rule() == Rule::cmp_op => {
                        let rhs = self.expr(it.next().unwrap());
                        let op = if op.as_str() == "==" {
                            CmpOp::Eq
                        } else {
                            CmpOp::Ne
                        };
                        Expr::Cmp(Box::new(lhs), op, Box::new(rhs))
                    }
                    Some(_) => {
                        let set = it
                            .next()
                            .unwrap()
                            .into_inner()
                            .map(|a| self.expr(a))
                            .collect();
                        Expr::In(Box::new(lhs), set, span)
                    }
                }
            }
            Rule::paren => self.expr(p.into_inner().next().unwrap()),
            Rule::call => {
                let span = self.span(&p);
                let mut it = p.into_inner();
                let name = self.name(it.next().unwrap());
                let args = it.map(|a| self.expr(a)).collect();
                Expr::Call(name, args, span)
            }
            Rule::none => Expr::None(self.span(&p)),
            Rule::num_lit => Expr::Num(self.num(p.into_inner().next().unwrap())),
            _ => Expr::Path(self.path(p)),
        }
    }

    fn path(&mut self, p: Pair<Rule>) -> Path {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let root = self.name(it.next().unwrap());
        let segs = it
            .map(|s| {
                let is_index = s.as_rule() == Rule::path_index;
                let n = self.name(s.into_inner().next().unwrap());
                if is_index {
                    Seg::Index(n)
                } else {
                    Seg::Field(n)
                }
            })
            .collect();
        Path { root, segs, span }
    }

    fn name(&self, p: Pair<Rule>) -> Name {
        Name {
            text: p.as_str().to_string(),
            span: self.span(&p),
        }
    }

    fn string(&self, p: Pair<Rule>) -> Str {
        let raw = p.as_str();
        let inner = &raw[1..raw.len() - 1];
        let value = inner
            .replace("\\\"", "\"")
            .replace("\\n", "\n")
            .replace("\\\\", "\\");
        Str {
            value,
            span: self.span(&p),
        }
    }

    fn section(&self, p: Pair<Rule>) -> Str {
        self.string(p.into_inner().nth(1).unwrap())
    }

    fn num(&mut self, p: Pair<Rule>) -> Num {
        let span = self.span(&p);
        let text: String = p.as_str().chars().filter(|&c| c != '_').collect();
        let parsed = if let Some(h) = text.strip_prefix("0x") {
            u64::from_str_radix(h, 16)
        } else if let Some(b) = text.strip_prefix("0b") {
            u64::from_str_radix(b, 2)
        } else {
            text.parse::<u64>()
        };
        let value = parsed.unwrap_or_else(|_| {
            self.diags.push(
                Diagnostic::new(
                    "iommu::number",
                    "number does not fit in 64 bits",
                    span,
                    "too large",
                )
                .help("numbers are unsigned 64-bit values"),
            );
            0
        });
        Num { value, span }
    }

    fn size(&mut self, p: Pair<Rule>) -> Num {
        let span = self.span(&p);
        let s = p.as_str();
        let (digits, shift) = match s.chars().last() {
            Some('K') => (&s[..s.len() - 1], 10),
            Some('M') => (&s[..s.len() - 1], 20),
            Some('G') => (&s[..s.len() - 1], 30),
            _ => (s, 0),
        };
        let inner = p.into_inner().next().unwrap();
        debug_assert_eq!(inner.as_str(), digits);
        let n = self.num(inner);
        let value = n
            .value
            .checked_shl(shift)
            .filter(|v| v >> shift == n.value)
            .unwrap_or_else(|| {
                self.diags.push(Diagnostic::new(
                    "iommu::number",
                    "size does not fit in 64 bits",
                    span,
                    "too large",
                ));
                0
            });
        Num { value, span }
    }

    fn bits(&mut self, p: Pair<Rule>) -> Bits {
        let span = self.span(&p);
        let mut it = p.into_inner();
        let hi = self.num(it.next().unwrap()).value;
        let lo = it.next().map_or(hi, |q| self.num(q).value);
        Bits {
            msb: hi,
            lsb: lo,
            span,
        }
    }
}

fn doc_lines(p: Pair<Rule>) -> Docs {
    p.into_inner()
        .map(|l| {
            let t = &l.as_str()[3..];
            t.strip_prefix(' ').unwrap_or(t).trim_end().to_string()
        })
        .collect()
}

fn access_of(s: &str) -> Access {
    match s {
        "ro" => Access::Ro,
        "wo" => Access::Wo,
        _ => Access::Rw,
    }
}

/// Byte offset of the innermost `{` left open at the end of `text` (strings and comments
/// skipped).
fn unclosed_brace(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut stack = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'{' => stack.push(i),
            b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.pop()
}

/// A hint when the parser wanted a specific token.
fn hint_for_tokens(tokens: &[String], found: &str) -> Option<String> {
    let has = |t: &str| tokens.iter().any(|x| x == t);
    // `NAME [3:0]` where a register was expected parses as far as a register array's `[3`.
    if has("`..`") && (found.starts_with(']') || found.starts_with(':')) {
        return Some("this looks like a field: fields go inside the register's `{ ... }` (a register array is `NAME[first..last] @ OFFSET`)".into());
    }
    if has("`@`") && found.starts_with('[') {
        return Some("this looks like a field: fields go inside the register's `{ ... }`".into());
    }
    if has("`\"`") {
        Some("a string must end with `\"` on the same line".into())
    } else if has("`]`") {
        Some("close the bit range: `[msb:lsb]`".into())
    } else if has("`}`") {
        Some("a `{` above is not closed, or this line is not valid inside the block".into())
    } else if has("`{`") {
        Some("the item's body starts with `{`".into())
    } else {
        None
    }
}

/// A hint for common mistakes, from what the parser expected and what it found.
fn hint_for(positives: &[Rule], found: Option<&str>) -> Option<String> {
    let found = found.unwrap_or("");
    if found.starts_with('"') {
        return Some("a string must end with `\"` on the same line".into());
    }
    if positives.contains(&Rule::bits) {
        return Some("a field is `NAME [msb:lsb]` or `NAME [bit]`".into());
    }
    if positives.contains(&Rule::access) {
        return Some("a register is `NAME @ OFFSET : u32|u64 ro|rw|wo`".into());
    }
    if positives.contains(&Rule::width) {
        return Some("registers are `u32` or `u64`".into());
    }
    if found.is_empty() {
        return Some("the file ended early: a `{` above is not closed".into());
    }
    if positives.contains(&Rule::EOI)
        || positives
            .iter()
            .any(|r| matches!(r, Rule::regs | Rule::entry | Rule::queue))
    {
        return Some("check for a missing or extra `}` above this point".into());
    }
    None
}
