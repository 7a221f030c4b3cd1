//! The checked intermediate representation of a spec: names resolved, bit positions validated,
//! enums collected, used-bits rules expanded. Every backend consumes this; it serialises to JSON
//! (`iommugen dump --json`).

use serde::{Deserialize, Serialize};

/// A whole, checked spec.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Spec {
    /// The spec's name (`iommu NAME`), or the file stem of a fragment.
    pub name: String,
    pub doc: Vec<String>,
    pub compatible: Vec<String>,
    pub reference: Option<String>,
    /// Every file read, the root first.
    pub files: Vec<String>,
    pub enums: Vec<Enum>,
    pub register_blocks: Vec<RegisterBlock>,
    pub registers: Vec<Register>,
    pub entries: Vec<Entry>,
    pub used: Vec<UsedBits>,
    pub queues: Vec<Queue>,
    pub page_tables: Vec<PageTable>,
    /// Directory tables (radix trees indexed by an ID) and their formats.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directories: Vec<Directory>,
    pub semantics: Option<Semantics>,
}

/// Where an item was declared (file, 1-based line and column).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Loc {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// An enumeration, top-level or declared on a field.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Enum {
    pub name: String,
    /// Width in bits of the fields that hold it.
    pub width: u32,
    pub doc: Vec<String>,
    pub variants: Vec<Variant>,
    pub loc: Loc,
}

/// One value of an enumeration.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Variant {
    pub name: String,
    pub value: u64,
    pub doc: Vec<String>,
}

/// Access kind of a register or field.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    Ro,
    Rw,
    Wo,
}

/// The type of a field's value.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum FieldType {
    Bool,
    Uint,
    Signed,
    /// An address kept in place: the field holds address bits `[msb%64 : lsb%64]`.
    Address {
        /// log2 of the address alignment (`lsb % 64`).
        align_bits: u32,
    },
    /// An address held as a page number: the field holds `address >> shift`.
    #[serde(rename = "address_shifted")]
    AddressShifted {
        /// How far the address is shifted right (12 for a 4 KiB page number).
        shift: u32,
    },
    /// A size stored as its base-2 logarithm.
    Log2,
    Enum {
        #[serde(rename = "enum")]
        name: String,
    },
}

/// A field: a named bit range with a type.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Field {
    pub name: String,
    /// Absolute index of the lowest bit within the register or record.
    pub lsb: u32,
    /// Absolute index of the highest bit.
    pub msb: u32,
    #[serde(flatten)]
    pub ty: FieldType,
    /// Access, when it differs from the register's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Access>,
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub w1c: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub self_clearing: bool,
    /// Write any value, read a legal one: software reads back what the hardware accepted.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub warl: bool,
    /// Set by the hardware while a write to the register takes effect; poll until clear.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub busy: bool,
    /// This read-only field follows the named field of the same register once the hardware
    /// has acted on a write (an enable and its on/active status).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub acks: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset: Option<u64>,
    pub doc: Vec<String>,
}

impl Field {
    /// Number of bits.
    pub fn width(&self) -> u32 {
        self.msb - self.lsb + 1
    }

    /// The 64-bit word holding the field (fields never cross words).
    pub fn word(&self) -> u32 {
        self.lsb / 64
    }

    /// The field's mask within its 64-bit word.
    pub fn word_mask(&self) -> u64 {
        let w = self.width();
        let ones = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
        ones << (self.lsb % 64)
    }
}

/// What declared non-field bits are.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ReservedKind {
    Res0,
    Res1,
    ImpDef,
}

/// A declared range of non-field bits.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Reserved {
    pub kind: ReservedKind,
    pub lsb: u32,
    pub msb: u32,
}

/// A block of registers (an MMIO page).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RegisterBlock {
    pub name: String,
    pub base: u64,
    pub size: u64,
    pub doc: Vec<String>,
}

/// A register.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Register {
    pub name: String,
    /// The block it lives in.
    pub block: String,
    /// Absolute offset from the device's base address.
    pub offset: u64,
    /// Offset inside its block.
    pub block_offset: u64,
    /// 32 or 64.
    pub width: u32,
    pub access: Access,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acked_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toggled_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias_of: Option<String>,
    /// For an array of registers: the element numbers and the distance between elements.
    /// `offset` is the offset of element `first`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub array: Option<RegArray>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub fields: Vec<Field>,
    pub reserved: Vec<Reserved>,
    pub loc: Loc,
}

/// The elements of a register array: `NAME[first..last]`, `stride` bytes apart.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct RegArray {
    pub first: u64,
    pub last: u64,
    pub stride: u64,
}

impl Register {
    /// Absolute offsets of every element (one for a plain register).
    pub fn offsets(&self) -> Vec<(Option<u64>, u64)> {
        match self.array {
            None => vec![(None, self.offset)],
            Some(a) => (a.first..=a.last)
                .map(|i| (Some(i), self.offset + (i - a.first) * a.stride))
                .collect(),
        }
    }
}

/// A layout: an in-memory entry, a queue record or a page-table descriptor.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    pub name: String,
    /// Size in bytes (a multiple of 8).
    pub size: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub fields: Vec<Field>,
    pub reserved: Vec<Reserved>,
    pub loc: Loc,
}

impl Entry {
    /// The field called `name`.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Number of 64-bit words.
    pub fn words(&self) -> usize {
        self.size as usize / 8
    }
}

/// A condition over an entry's own field values (used-bits rules).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Cond {
    /// The field is non-zero.
    Set {
        field: String,
    },
    /// The field equals a value (`variant` names it when it is an enum variant).
    Eq {
        field: String,
        value: u64,
        #[serde(skip_serializing_if = "Option::is_none")]
        variant: Option<String>,
    },
    /// The field's value is one of these.
    In {
        field: String,
        values: Vec<u64>,
    },
    Not {
        cond: Box<Cond>,
    },
    And {
        all: Vec<Cond>,
    },
    Or {
        any: Vec<Cond>,
    },
}

/// The used-bits rules of one entry kind.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct UsedBits {
    pub entry: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub rules: Vec<UsedRule>,
    /// The update-safe fields: used fields whose change needs no ordering against the rest of
    /// an update (`update_safe` rules).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub update_safe: Vec<UpdateSafeRule>,
}

/// Fields that may change in any order relative to the rest of an update from one entry to
/// another: always, or when `cond` holds for both entries.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct UpdateSafeRule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cond: Option<Cond>,
    pub fields: Vec<String>,
}

/// Fields that are used when a condition holds (always, when `cond` is `None`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct UsedRule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cond: Option<Cond>,
    pub fields: Vec<String>,
}

/// Kind of records a queue carries.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QueueKind {
    Commands,
    Events,
    Requests,
}

/// A circular queue of fixed-size records in memory.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Queue {
    pub name: String,
    pub kind: QueueKind,
    /// Record size in bytes.
    pub size: u32,
    /// The opcode field shared by every record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opcode: Option<OpcodeField>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prod: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cons: Option<String>,
    /// A function field that, with the opcode, identifies a record.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub func: Option<OpcodeField>,
    /// The queue's control/status register.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub csr: Option<String>,
    /// How the producer and consumer indexes tell a full queue from an empty one.
    #[serde(default)]
    pub indexes: IndexKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub records: Vec<Record>,
}

/// How a queue's indexes tell full from empty.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum IndexKind {
    /// A wrap bit above the index flips at each pass: empty when the indexes and wrap bits
    /// are equal, full when the indexes are equal and the wrap bits differ.
    #[default]
    Wrap,
    /// Indexes run from 0 to size - 1 with no wrap bit: empty when equal, full when
    /// `prod + 1 == cons` (modulo the size), so one slot always stays free.
    Plain,
}

/// The position of a queue's opcode field.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct OpcodeField {
    pub lsb: u32,
    pub msb: u32,
}

/// One record format (a command, an event).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opcode: Option<u64>,
    /// The function code, when the queue has a function field.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub func: Option<u64>,
    /// Size in bytes.
    pub size: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    /// The fields, without the opcode.
    pub fields: Vec<Field>,
    pub reserved: Vec<Reserved>,
    pub loc: Loc,
}

/// A translation table format.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PageTable {
    pub name: String,
    pub stage: u32,
    /// Descriptor width in bits.
    pub descriptor_bits: u32,
    pub va_bits: u32,
    pub oa_bits: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub granules: Vec<Granule>,
    pub descriptors: Vec<Descriptor>,
}

/// A translation granule and the geometry it implies.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Granule {
    /// Granule size in bytes.
    pub size: u64,
    /// log2 of the size.
    pub shift: u32,
    /// Index bits resolved by a full level (`shift - 3` for 64-bit descriptors).
    pub index_bits: u32,
    /// Size in bytes of the start-level table when it is larger than the granule.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub root_size: Option<u64>,
    pub doc: Vec<String>,
    /// The lookup levels, start level first.
    pub levels: Vec<Level>,
}

/// One lookup level of a granule.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Level {
    pub level: u32,
    /// The input-address bits this level indexes, `[index_msb:index_lsb]`.
    pub index_lsb: u32,
    pub index_msb: u32,
    /// Bytes mapped by one entry at this level.
    pub entry_span: u64,
    /// Whether a block descriptor may appear here (always true at the last level: a page).
    pub leaf: bool,
    /// Whether this is the final level.
    pub last: bool,
}

/// Where a descriptor kind may appear.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DescAt {
    Table,
    Block,
    Page,
    /// Any level where a leaf may sit: a block level or the final level.
    Leaf,
}

/// A descriptor kind of a page-table format.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Descriptor {
    pub name: String,
    pub at: DescAt,
    /// Field values that identify the kind.
    pub matches: Vec<Match>,
    /// A condition over the descriptor's fields that identifies the kind (instead of, or as
    /// well as, `matches`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub when: Option<Cond>,
    pub layout: Entry,
}

/// One identifying field value of a descriptor.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Match {
    pub field: String,
    pub value: u64,
}

/// A field of a register or an entry.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FieldRef {
    /// The register or entry.
    pub owner: String,
    pub field: String,
}

/// A directory: a radix tree of tables indexed by slices of an ID, whose depth is chosen by
/// a mode field and whose index split depends on the format of its leaf entries.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Directory {
    pub name: String,
    /// The name of the ID that indexes it (`device_id`).
    pub index: String,
    /// Width of the ID in bits.
    pub index_bits: u32,
    /// The enum field whose value selects the layout (number of levels).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<FieldRef>,
    /// The address field that points at the root table.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<FieldRef>,
    /// The entry of the non-leaf levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nonleaf: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nonleaf_size: Option<u32>,
    /// The largest size of one table, in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table_size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub formats: Vec<DirFormat>,
    pub loc: Loc,
}

/// One format of a directory: its leaf entry and the index split of each mode.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DirFormat {
    pub name: String,
    /// The register field value that selects this format.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub select: Option<Selector>,
    /// The leaf entry and how many of its bytes a leaf occupies in this format.
    pub leaf: String,
    pub leaf_size: u32,
    pub doc: Vec<String>,
    pub layouts: Vec<DirLayout>,
}

/// `owner.field == value`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Selector {
    pub owner: String,
    pub field: String,
    pub value: u64,
}

/// The levels of a directory in one mode.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DirLayout {
    /// The mode variant and its value.
    pub mode: String,
    pub mode_value: u64,
    /// Root level first.
    pub levels: Vec<DirLevel>,
}

/// One level of a directory layout.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DirLevel {
    /// The ID bits that index this level's table.
    pub index_lsb: u32,
    pub index_msb: u32,
    /// Entries of one table at this level.
    pub entries: u64,
    /// Bytes per entry.
    pub entry_size: u32,
    /// Whether the entries are leaves.
    pub leaf: bool,
}

/// What a DMA through a domain type does.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Translate,
    Bypass,
    Fault,
}

/// The API contract: domain types, device state, operations, observations and realisation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Semantics {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub domains: Vec<DomainType>,
    pub errors: Vec<ErrorDef>,
    pub slots: Vec<Slot>,
    pub ops: Vec<Op>,
    pub observes: Vec<Observe>,
    pub realises: Vec<Realise>,
}

/// A domain type.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DomainType {
    pub name: String,
    pub outcome: Outcome,
    pub pasid_only: bool,
    pub doc: Vec<String>,
}

/// An error an operation may return.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ErrorDef {
    pub name: String,
    pub text: String,
    pub doc: Vec<String>,
}

/// A piece of per-device state holding a domain.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Slot {
    pub name: String,
    /// For a table indexed by PASID: the valid index range (inclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<(u64, u64)>,
    /// Whether the slot may hold `none`.
    pub optional: bool,
    /// The domain type a scalar slot holds initially (the static domain of that type).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    pub doc: Vec<String>,
}

/// Parameter types.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ParamType {
    Device,
    Domain,
    Pasid,
}

/// A parameter of an op, observation or realisation.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Param {
    pub name: String,
    pub ty: ParamType,
}

/// A reference to a state slot of the device, `dev.NAME` or `dev.NAME[param]`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SlotRef {
    pub slot: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
}

/// A semantics expression, resolved.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum SExpr {
    /// The domain in a slot (or none).
    Slot {
        slot: SlotRef,
    },
    /// A domain parameter.
    Param {
        name: String,
    },
    /// The static domain of a type (`blocked`), or a type name where a kind is compared.
    Type {
        name: String,
    },
    None,
    Num {
        value: u64,
    },
    /// The type of a domain value.
    Kind {
        of: Box<SExpr>,
    },
    /// True when no index of a table slot holds a domain.
    Empty {
        slot: String,
    },
    /// True when some device holds the domain in any slot (RID or PASID).
    Attached {
        domain: Box<SExpr>,
    },
    Eq {
        lhs: Box<SExpr>,
        rhs: Box<SExpr>,
    },
    Ne {
        lhs: Box<SExpr>,
        rhs: Box<SExpr>,
    },
    In {
        value: Box<SExpr>,
        set: Vec<SExpr>,
    },
    Not {
        expr: Box<SExpr>,
    },
    And {
        lhs: Box<SExpr>,
        rhs: Box<SExpr>,
    },
    Or {
        lhs: Box<SExpr>,
        rhs: Box<SExpr>,
    },
}

/// A statement of an op.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "stmt", rename_all = "lowercase")]
pub enum Stmt {
    /// Refuse with `error` unless `cond` holds.
    Requires { cond: SExpr, error: String },
    /// Run another op with these arguments; a refusal refuses this op too.
    Call { op: String, args: Vec<SExpr> },
    /// Store `value` in `target`.
    Assign { target: SlotRef, value: SExpr },
    /// The domain parameter `domain` comes into existence (allocated, attached to nothing).
    Alloc { domain: String },
    /// The domain parameter `domain` ceases to exist (freed); its identifiers may be reused.
    Free { domain: String },
}

/// An API operation: on one device (it has a device parameter) or on a domain's lifetime
/// (no device parameter: `alloc(d)`, `free(d)`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Op {
    pub name: String,
    pub params: Vec<Param>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub doc: Vec<String>,
    pub body: Vec<Stmt>,
}

impl Op {
    /// Whether the op acts on one device (it has a device parameter).
    pub fn on_device(&self) -> bool {
        self.params.iter().any(|p| p.ty == ParamType::Device)
    }

    /// The domain parameter the op allocates (`alloc(d)`), if any.
    pub fn allocates(&self) -> Option<&str> {
        self.body.iter().find_map(|s| match s {
            Stmt::Alloc { domain } => Some(domain.as_str()),
            _ => None,
        })
    }
}

/// Which slot decides an observed DMA.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Observe {
    pub name: String,
    pub params: Vec<Param>,
    pub slot: SlotRef,
    pub doc: Vec<String>,
}

/// How API state is realised in one entry kind.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Realise {
    pub entry: String,
    pub params: Vec<Param>,
    pub doc: Vec<String>,
    pub cases: Vec<RealiseCase>,
}

/// One case: when `cond` holds, the entry's fields take these values.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RealiseCase {
    pub cond: SExpr,
    pub assigns: Vec<FieldValue>,
}

/// A field value set by a realise case.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FieldValue {
    pub field: String,
    pub value: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

impl Spec {
    /// The register called `name`.
    pub fn register(&self, name: &str) -> Option<&Register> {
        self.registers.iter().find(|r| r.name == name)
    }

    /// The entry called `name`.
    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The enum called `name`.
    pub fn enum_named(&self, name: &str) -> Option<&Enum> {
        self.enums.iter().find(|e| e.name == name)
    }

    /// The queue called `name`.
    pub fn queue(&self, name: &str) -> Option<&Queue> {
        self.queues.iter().find(|q| q.name == name)
    }
}
