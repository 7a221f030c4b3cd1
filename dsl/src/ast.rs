//! The abstract syntax tree of a `.iommu` file, as written, with a span on every name and number.
//!
//! The AST is what the parser produces and the checker consumes; it is not validated. The
//! checked, resolved form is [`crate::ir`].

use crate::source::Span;

/// A name as written, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

/// A number literal with its value and place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num {
    pub value: u64,
    pub span: Span,
}

/// A string literal (unescaped) with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Str {
    pub value: String,
    pub span: Span,
}

/// A bit range `[msb:lsb]` or `[bit]`, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bits {
    pub msb: u64,
    pub lsb: u64,
    pub span: Span,
}

/// Doc comment lines (`///`), without the marker.
pub type Docs = Vec<String>;

/// One parsed file: either a spec (`iommu NAME { ... }`) or a fragment (items only).
#[derive(Debug, Clone)]
pub struct File {
    pub name: Option<Name>,
    pub docs: Docs,
    pub items: Vec<Item>,
}

/// A top-level item.
#[derive(Debug, Clone)]
pub enum Item {
    Import(Str),
    Doc(Str),
    Compatible(Str),
    Reference(Str),
    Regs(RegBlock),
    Enum(EnumDecl),
    Entry(Entry),
    Used(Used),
    Queue(Queue),
    PageTable(PageTable),
    Directory(Directory),
    Semantics(Semantics),
}

/// `regs NAME @ BASE size SIZE { registers }`.
#[derive(Debug, Clone)]
pub struct RegBlock {
    pub docs: Docs,
    pub name: Name,
    pub base: Num,
    pub size: Num,
    pub registers: Vec<Register>,
}

/// Access kind of a register or field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Ro,
    Rw,
    Wo,
}

/// One register.
#[derive(Debug, Clone)]
pub struct Register {
    pub docs: Docs,
    pub name: Name,
    pub offset: Num,
    pub width: Num,
    pub access: (Access, Span),
    pub reset: Option<Num>,
    pub acked_by: Option<Name>,
    pub toggled_by: Option<Name>,
    pub alias_of: Option<Name>,
    /// `NAME[first..last]`: an array of registers, numbered first to last.
    pub array: Option<(Num, Num)>,
    /// `stride N`: bytes between array elements (default: the register width).
    pub stride: Option<Num>,
    pub section: Option<Str>,
    pub members: Vec<Member>,
}

/// A field or a declaration of non-field bits.
#[derive(Debug, Clone)]
pub enum Member {
    Field(Field),
    Reserved(ReservedKind, Bits),
}

/// What non-field bits are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReservedKind {
    Res0,
    Res1,
    ImpDef,
}

/// `NAME [bits] TYPE? MODIFIERS*`.
#[derive(Debug, Clone)]
pub struct Field {
    pub docs: Docs,
    pub name: Name,
    pub bits: Bits,
    pub ty: Option<FieldType>,
    pub mods: Vec<Modifier>,
}

/// A field's declared type.
#[derive(Debug, Clone)]
pub enum FieldType {
    Bool(Span),
    Uint(Span),
    Signed(Span),
    Address(Span),
    /// `address >> N`: the field holds the address shifted right by `N` (a page number).
    Shifted(Num, Span),
    Log2(Span),
    Enum {
        name: Option<Name>,
        variants: Option<Vec<Variant>>,
        span: Span,
    },
}

/// An enumeration variant `NAME = VALUE`.
#[derive(Debug, Clone)]
pub struct Variant {
    pub docs: Docs,
    pub name: Name,
    pub value: Num,
}

/// A field modifier.
#[derive(Debug, Clone)]
pub enum Modifier {
    Access(Access, Span),
    W1c(Span),
    SelfClearing(Span),
    /// Write any value, read a legal one.
    Warl(Span),
    /// Set by hardware while a write to the register is taking effect.
    Busy(Span),
    /// Reads back the named field of the same register once the hardware has acted on it.
    Acks(Name, Span),
    Reset(Num),
}

/// `enum NAME : WIDTH { variants }`.
#[derive(Debug, Clone)]
pub struct EnumDecl {
    pub docs: Docs,
    pub name: Name,
    pub width: Num,
    pub variants: Vec<Variant>,
}

/// `entry NAME : SIZE bytes { members }`.
#[derive(Debug, Clone)]
pub struct Entry {
    pub docs: Docs,
    pub name: Name,
    pub size: Num,
    pub section: Option<Str>,
    pub members: Vec<Member>,
}

/// `used ENTRY { rules }`.
#[derive(Debug, Clone)]
pub struct Used {
    pub docs: Docs,
    pub entry: Name,
    pub section: Option<Str>,
    pub rules: Vec<UsedRule>,
    /// `update_safe` rules: fields whose change needs no ordering against the rest of an update.
    pub update_safe: Vec<UsedRule>,
}

/// `always FIELDS` (no condition) or `when COND { FIELDS }`; in `update_safe` rules,
/// `update_safe FIELDS` or `update_safe when COND { FIELDS }`.
#[derive(Debug, Clone)]
pub struct UsedRule {
    pub cond: Option<Expr>,
    pub fields: Vec<FieldItem>,
    pub span: Span,
}

/// An element of a used-bits field list.
#[derive(Debug, Clone)]
pub enum FieldItem {
    All(Span),
    AllExcept(Vec<Name>, Span),
    Field(Name),
}

/// Kind of records a queue carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueKind {
    Commands,
    Events,
    Requests,
}

/// `queue NAME : SIZE bytes KIND attrs { records }`.
#[derive(Debug, Clone)]
pub struct Queue {
    pub docs: Docs,
    pub name: Name,
    pub size: Num,
    pub kind: (QueueKind, Span),
    pub opcode: Option<Bits>,
    /// A function field that, with the opcode, identifies a record.
    pub func: Option<Bits>,
    pub base: Option<Name>,
    pub prod: Option<Name>,
    pub cons: Option<Name>,
    /// The control/status register (enable, on, busy, errors).
    pub csr: Option<Name>,
    /// `indexes wrap` or `indexes plain`.
    pub indexes: Option<(IndexKind, Span)>,
    pub section: Option<Str>,
    pub records: Vec<Record>,
}

/// How a queue's producer and consumer indexes tell a full queue from an empty one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexKind {
    /// A wrap bit above the index.
    Wrap,
    /// No wrap bit: one slot stays free.
    Plain,
}

/// One record format of a queue.
#[derive(Debug, Clone)]
pub struct Record {
    pub docs: Docs,
    pub name: Name,
    pub opcode: Option<Num>,
    pub func: Option<Num>,
    pub section: Option<Str>,
    pub members: Vec<Member>,
}

/// `pagetable NAME : WIDTH bits stage N { ... }`.
#[derive(Debug, Clone)]
pub struct PageTable {
    pub docs: Docs,
    pub name: Name,
    pub width: Num,
    pub stage: Num,
    pub section: Option<Str>,
    pub va_bits: Option<Num>,
    pub oa_bits: Option<Num>,
    pub granules: Vec<Granule>,
    pub descriptors: Vec<Descriptor>,
    /// `descriptors from OTHER`: use another table's descriptor kinds.
    pub descriptors_from: Option<Name>,
}

/// `granule SIZE levels A..B blocks L...`.
#[derive(Debug, Clone)]
pub struct Granule {
    pub docs: Docs,
    pub size: Num,
    pub first: Num,
    pub last: Num,
    pub blocks: Vec<Num>,
    /// `root SIZE`: a start-level table larger than the granule (concatenated tables).
    pub root: Option<Num>,
    pub span: Span,
}

/// Where a descriptor kind may appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescAt {
    Table,
    Block,
    Page,
    /// Any level where a leaf may sit: a block level or the final level.
    Leaf,
}

/// `descriptor NAME at WHERE match { F = v } { members }`.
#[derive(Debug, Clone)]
pub struct Descriptor {
    pub docs: Docs,
    pub name: Name,
    pub at: (DescAt, Span),
    pub matches: Vec<(Name, Num)>,
    /// `when COND`: the kind is identified by a condition over its fields.
    pub when: Option<Expr>,
    pub section: Option<Str>,
    pub members: Vec<Member>,
}

/// `OWNER.FIELD`: a field of a register or entry.
#[derive(Debug, Clone)]
pub struct FieldRef {
    pub owner: Name,
    pub field: Name,
}

/// `directory NAME index ID [msb:lsb] mode R.F root R.F nonleaf E table SIZE { formats }`.
#[derive(Debug, Clone)]
pub struct Directory {
    pub docs: Docs,
    pub name: Name,
    pub index: Name,
    pub index_bits: Bits,
    pub mode: Option<FieldRef>,
    pub root: Option<FieldRef>,
    pub nonleaf: Option<Name>,
    pub table: Option<Num>,
    pub section: Option<Str>,
    pub formats: Vec<DirFormat>,
}

/// `format NAME [when R.F == N] leaf ENTRY N bytes { MODE = [bits]... }`.
#[derive(Debug, Clone)]
pub struct DirFormat {
    pub docs: Docs,
    pub name: Name,
    pub select: Option<(FieldRef, Num)>,
    pub leaf: Name,
    pub leaf_bytes: Num,
    pub layouts: Vec<DirLayout>,
}

/// `MODE = [bits] [bits]...`: the index bits of each level, root first.
#[derive(Debug, Clone)]
pub struct DirLayout {
    pub mode: Name,
    pub levels: Vec<Bits>,
}

/// The outcome of a DMA through a domain type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Translate,
    Bypass,
    Fault,
}

/// `semantics NAME { ... }`.
#[derive(Debug, Clone)]
pub struct Semantics {
    pub docs: Docs,
    pub name: Name,
    pub section: Option<Str>,
    pub domains: Vec<DomainDecl>,
    pub errors: Vec<ErrorDecl>,
    pub devices: Vec<(Vec<Slot>, Span)>,
    pub ops: Vec<OpDecl>,
    pub observes: Vec<ObserveDecl>,
    pub realises: Vec<RealiseDecl>,
}

impl Semantics {
    /// A section with no items yet.
    pub fn new(docs: Docs, name: Name, section: Option<Str>) -> Self {
        Semantics {
            docs,
            name,
            section,
            domains: Vec::new(),
            errors: Vec::new(),
            devices: Vec::new(),
            ops: Vec::new(),
            observes: Vec::new(),
            realises: Vec::new(),
        }
    }
}

/// `domain NAME : OUTCOME [pasid_only]`.
#[derive(Debug, Clone)]
pub struct DomainDecl {
    pub docs: Docs,
    pub name: Name,
    pub outcome: (Outcome, Span),
    pub pasid_only: bool,
}

/// `error NAME "text"`.
#[derive(Debug, Clone)]
pub struct ErrorDecl {
    pub docs: Docs,
    pub name: Name,
    pub text: Str,
}

/// A device state slot: `NAME : domain = DEFAULT` or `NAME[lo..hi] : domain?`.
#[derive(Debug, Clone)]
pub struct Slot {
    pub docs: Docs,
    pub name: Name,
    pub range: Option<(Num, Num)>,
    pub optional: bool,
    pub default: Option<Name>,
}

/// A parameter `NAME` or `NAME: TYPE`.
#[derive(Debug, Clone)]
pub struct Param {
    pub name: Name,
    pub ty: Option<Name>,
}

/// `op NAME(params) { statements }`.
#[derive(Debug, Clone)]
pub struct OpDecl {
    pub docs: Docs,
    pub name: Name,
    pub params: Vec<Param>,
    pub section: Option<Str>,
    pub body: Vec<Stmt>,
}

/// A statement in an op body.
#[derive(Debug, Clone)]
pub enum Stmt {
    Requires {
        cond: Expr,
        error: Name,
    },
    /// Runs another op with these arguments (its refusals propagate).
    Call {
        op: Name,
        args: Vec<Expr>,
        span: Span,
    },
    Assign {
        target: Path,
        value: Expr,
    },
}

/// `observe NAME(params) = PATH`.
#[derive(Debug, Clone)]
pub struct ObserveDecl {
    pub docs: Docs,
    pub name: Name,
    pub params: Vec<Param>,
    pub slot: Path,
}

/// `realise ENTRY(params) { when COND { F = V, ... } }`.
#[derive(Debug, Clone)]
pub struct RealiseDecl {
    pub docs: Docs,
    pub entry: Name,
    pub params: Vec<Param>,
    pub cases: Vec<RealiseCase>,
}

/// One `when` case of a realise block.
#[derive(Debug, Clone)]
pub struct RealiseCase {
    pub cond: Expr,
    pub assigns: Vec<(Name, RealiseValue)>,
    pub span: Span,
}

/// The value assigned to an entry field by a realise rule.
#[derive(Debug, Clone)]
pub enum RealiseValue {
    Num(Num),
    Variant(Name),
}

/// A path `root.field[index]...`.
#[derive(Debug, Clone)]
pub struct Path {
    pub root: Name,
    pub segs: Vec<Seg>,
    pub span: Span,
}

/// A path segment.
#[derive(Debug, Clone)]
pub enum Seg {
    Field(Name),
    Index(Name),
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
}

/// An expression (used-bits conditions and semantics).
#[derive(Debug, Clone)]
pub enum Expr {
    Path(Path),
    None(Span),
    Num(Num),
    Call(Name, Vec<Expr>, Span),
    Not(Box<Expr>, Span),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(Box<Expr>, CmpOp, Box<Expr>),
    In(Box<Expr>, Vec<Expr>, Span),
}

impl Expr {
    /// The source span the expression covers.
    pub fn span(&self) -> Span {
        match self {
            Expr::Path(p) => p.span,
            Expr::None(s) | Expr::Call(_, _, s) | Expr::Not(_, s) | Expr::In(_, _, s) => *s,
            Expr::Num(n) => n.span,
            Expr::And(a, b) | Expr::Or(a, b) | Expr::Cmp(a, _, b) => a.span().join(b.span()),
        }
    }
}
