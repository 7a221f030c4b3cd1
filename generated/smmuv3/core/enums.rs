//! Enumerations of `smmuv3`: encoded field values, with fallible decoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
};
/// Shareability of an SMMU-originated access (table, queue, MSI) or of a translation result.
///
/// Spec enum `RegShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum RegShareability {
    /// `NonShareable` = 0x0.
    NonShareable = 0x0,
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl RegShareability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "RegShareability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonShareable),
            0x2 => Some(Self::OuterShareable),
            0x3 => Some(Self::InnerShareable),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonShareable => "NonShareable",
            Self::OuterShareable => "OuterShareable",
            Self::InnerShareable => "InnerShareable",
        }
    }
}
/// Cacheability of SMMU accesses to tables and queues (not the TCR encoding).
///
/// Spec enum `RegCacheability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum RegCacheability {
    /// `NonCacheable` = 0x0.
    NonCacheable = 0x0,
    /// `WriteBack` = 0x1.
    WriteBack = 0x1,
    /// `WriteThrough` = 0x2.
    WriteThrough = 0x2,
}
impl RegCacheability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "RegCacheability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonCacheable),
            0x1 => Some(Self::WriteBack),
            0x2 => Some(Self::WriteThrough),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonCacheable => "NonCacheable",
            Self::WriteBack => "WriteBack",
            Self::WriteThrough => "WriteThrough",
        }
    }
}
/// VMID wildcard for TLB invalidation: how many low VMID bits are ignored.
///
/// Spec enum `VmidWildcard`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum VmidWildcard {
    /// `Exact` = 0x0.
    Exact = 0x0,
    /// `IgnoreBits1` = 0x1.
    IgnoreBits1 = 0x1,
    /// `IgnoreBits2` = 0x2.
    IgnoreBits2 = 0x2,
    /// `IgnoreBits3` = 0x3.
    IgnoreBits3 = 0x3,
    /// `IgnoreBits4` = 0x4.
    IgnoreBits4 = 0x4,
}
impl VmidWildcard {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "VmidWildcard";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Exact),
            0x1 => Some(Self::IgnoreBits1),
            0x2 => Some(Self::IgnoreBits2),
            0x3 => Some(Self::IgnoreBits3),
            0x4 => Some(Self::IgnoreBits4),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Exact => "Exact",
            Self::IgnoreBits1 => "IgnoreBits1",
            Self::IgnoreBits2 => "IgnoreBits2",
            Self::IgnoreBits3 => "IgnoreBits3",
            Self::IgnoreBits4 => "IgnoreBits4",
        }
    }
}
/// Stage 2 permission interpretation selected by a descriptor's PIIndex.
///
/// Spec enum `S2PermInterp`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
pub enum S2PermInterp {
    /// `NoAccess` = 0x0.
    NoAccess = 0x0,
    /// `MRO` = 0x2.
    MRO = 0x2,
    /// `MRO_TL1` = 0x3.
    MRO_TL1 = 0x3,
    /// `WO` = 0x4.
    WO = 0x4,
    /// `MRO_TL0` = 0x6.
    MRO_TL0 = 0x6,
    /// `MRO_TL01` = 0x7.
    MRO_TL01 = 0x7,
    /// `RO` = 0x8.
    RO = 0x8,
    /// `RO_uX` = 0x9.
    RO_uX = 0x9,
    /// `RO_pX` = 0xa.
    RO_pX = 0xa,
    /// `RO_puX` = 0xb.
    RO_puX = 0xb,
    /// `RW` = 0xc.
    RW = 0xc,
    /// `RW_uX` = 0xd.
    RW_uX = 0xd,
    /// `RW_pX` = 0xe.
    RW_pX = 0xe,
    /// `RW_puX` = 0xf.
    RW_puX = 0xf,
}
impl S2PermInterp {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "S2PermInterp";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NoAccess),
            0x2 => Some(Self::MRO),
            0x3 => Some(Self::MRO_TL1),
            0x4 => Some(Self::WO),
            0x6 => Some(Self::MRO_TL0),
            0x7 => Some(Self::MRO_TL01),
            0x8 => Some(Self::RO),
            0x9 => Some(Self::RO_uX),
            0xa => Some(Self::RO_pX),
            0xb => Some(Self::RO_puX),
            0xc => Some(Self::RW),
            0xd => Some(Self::RW_uX),
            0xe => Some(Self::RW_pX),
            0xf => Some(Self::RW_puX),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NoAccess => "NoAccess",
            Self::MRO => "MRO",
            Self::MRO_TL1 => "MRO_TL1",
            Self::WO => "WO",
            Self::MRO_TL0 => "MRO_TL0",
            Self::MRO_TL01 => "MRO_TL01",
            Self::RO => "RO",
            Self::RO_uX => "RO_uX",
            Self::RO_pX => "RO_pX",
            Self::RO_puX => "RO_puX",
            Self::RW => "RW",
            Self::RW_uX => "RW_uX",
            Self::RW_pX => "RW_pX",
            Self::RW_puX => "RW_puX",
        }
    }
}
/// Bypass memory type override (GBPA.MTCFG).
///
/// Spec enum `GbpaMtCfg`, 1 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum GbpaMtCfg {
    /// `UseIncoming` = 0x0.
    UseIncoming = 0x0,
    /// Replace the memory type with MemAttr.
    UseMemAttr = 0x1,
}
impl GbpaMtCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "GbpaMtCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::UseIncoming),
            0x1 => Some(Self::UseMemAttr),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::UseIncoming => "UseIncoming",
            Self::UseMemAttr => "UseMemAttr",
        }
    }
}
/// Bypass shareability override (GBPA.SHCFG).
///
/// Spec enum `GbpaShCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum GbpaShCfg {
    /// `NonShareable` = 0x0.
    NonShareable = 0x0,
    /// `UseIncoming` = 0x1.
    UseIncoming = 0x1,
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl GbpaShCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "GbpaShCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonShareable),
            0x1 => Some(Self::UseIncoming),
            0x2 => Some(Self::OuterShareable),
            0x3 => Some(Self::InnerShareable),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonShareable => "NonShareable",
            Self::UseIncoming => "UseIncoming",
            Self::OuterShareable => "OuterShareable",
            Self::InnerShareable => "InnerShareable",
        }
    }
}
/// Bypass privilege override (GBPA.PRIVCFG).
///
/// Spec enum `GbpaPrivCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum GbpaPrivCfg {
    /// `UseIncoming` = 0x0.
    UseIncoming = 0x0,
    /// `Unprivileged` = 0x2.
    Unprivileged = 0x2,
    /// `Privileged` = 0x3.
    Privileged = 0x3,
}
impl GbpaPrivCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "GbpaPrivCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::UseIncoming),
            0x2 => Some(Self::Unprivileged),
            0x3 => Some(Self::Privileged),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::UseIncoming => "UseIncoming",
            Self::Unprivileged => "Unprivileged",
            Self::Privileged => "Privileged",
        }
    }
}
/// Bypass instruction/data override (GBPA.INSTCFG).
///
/// Spec enum `GbpaInstCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum GbpaInstCfg {
    /// `UseIncoming` = 0x0.
    UseIncoming = 0x0,
    /// `Data` = 0x2.
    Data = 0x2,
    /// `Instruction` = 0x3.
    Instruction = 0x3,
}
impl GbpaInstCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "GbpaInstCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::UseIncoming),
            0x2 => Some(Self::Data),
            0x3 => Some(Self::Instruction),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::UseIncoming => "UseIncoming",
            Self::Data => "Data",
            Self::Instruction => "Instruction",
        }
    }
}
/// Two-level Stream table split: StreamID bits resolved by a leaf table.
///
/// Spec enum `StrtabSplit`, 5 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum StrtabSplit {
    /// 6 bits: 4 KiB leaf tables.
    Split4K = 0x6,
    /// 8 bits: 16 KiB leaf tables.
    Split16K = 0x8,
    /// 10 bits: 64 KiB leaf tables.
    Split64K = 0xa,
}
impl StrtabSplit {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "StrtabSplit";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x6 => Some(Self::Split4K),
            0x8 => Some(Self::Split16K),
            0xa => Some(Self::Split64K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Split4K => "Split4K",
            Self::Split16K => "Split16K",
            Self::Split64K => "Split64K",
        }
    }
}
/// Stream table layout (STRTAB_BASE_CFG.FMT).
///
/// Spec enum `StrtabFmt`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StrtabFmt {
    /// ADDR points to an array of STEs.
    Linear = 0x0,
    /// ADDR points to an array of L1 Stream table descriptors.
    TwoLevel = 0x1,
}
impl StrtabFmt {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "StrtabFmt";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Linear),
            0x1 => Some(Self::TwoLevel),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Linear => "Linear",
            Self::TwoLevel => "TwoLevel",
        }
    }
}
/// Command queue error reason codes (CMDQ_CONS.ERR, section 7.1).
///
/// Spec enum `CmdqError`, 7 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum CmdqError {
    /// No error; never reported.
    CERROR_NONE = 0x0,
    /// Unknown opcode, or a reserved field or invalid value used.
    CERROR_ILL = 0x1,
    /// External abort while fetching the command.
    CERROR_ABT = 0x2,
    /// A CMD_SYNC saw an ATC invalidation time out.
    CERROR_ATC_INV_SYNC = 0x3,
}
impl CmdqError {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "CmdqError";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::CERROR_NONE),
            0x1 => Some(Self::CERROR_ILL),
            0x2 => Some(Self::CERROR_ABT),
            0x3 => Some(Self::CERROR_ATC_INV_SYNC),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::CERROR_NONE => "CERROR_NONE",
            Self::CERROR_ILL => "CERROR_ILL",
            Self::CERROR_ABT => "CERROR_ABT",
            Self::CERROR_ATC_INV_SYNC => "CERROR_ATC_INV_SYNC",
        }
    }
}
/// Translation stages an ATOS request goes through.
///
/// Spec enum `AtosType`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum AtosType {
    /// VA to IPA.
    Stage1 = 0x1,
    /// IPA to PA.
    Stage2 = 0x2,
    /// VA to PA.
    Stage1And2 = 0x3,
}
impl AtosType {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "AtosType";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x1 => Some(Self::Stage1),
            0x2 => Some(Self::Stage2),
            0x3 => Some(Self::Stage1And2),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Stage1 => "Stage1",
            Self::Stage2 => "Stage2",
            Self::Stage1And2 => "Stage1And2",
        }
    }
}
/// Stage and cause of a failed ATOS translation (GATOS_PAR.REASON).
///
/// Spec enum `AtosFaultReason`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum AtosFaultReason {
    /// Stage 1 fault, or a fault not tied to a stage.
    Stage1 = 0x0,
    /// Stage 2 fault while fetching a CD.
    Stage2Cd = 0x1,
    /// Stage 2 fault on a stage 1 table walk.
    Stage2Walk = 0x2,
    /// Stage 2 fault on the input address to stage 2.
    Stage2Input = 0x3,
}
impl AtosFaultReason {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "AtosFaultReason";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Stage1),
            0x1 => Some(Self::Stage2Cd),
            0x2 => Some(Self::Stage2Walk),
            0x3 => Some(Self::Stage2Input),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Stage1 => "Stage1",
            Self::Stage2Cd => "Stage2Cd",
            Self::Stage2Walk => "Stage2Walk",
            Self::Stage2Input => "Stage2Input",
        }
    }
}
/// Fault models an SMMU interface supports (IDR0/S_IDR0.STALL_MODEL).
///
/// Spec enum `StallModel`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StallModel {
    /// Both stall and terminate models.
    StallAndTerminate = 0x0,
    /// No stalling: every fault terminates the transaction.
    TerminateOnly = 0x1,
    /// Every stall-eligible fault stalls.
    StallForced = 0x2,
}
impl StallModel {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "StallModel";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::StallAndTerminate),
            0x1 => Some(Self::TerminateOnly),
            0x2 => Some(Self::StallForced),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::StallAndTerminate => "StallAndTerminate",
            Self::TerminateOnly => "TerminateOnly",
            Self::StallForced => "StallForced",
        }
    }
}
/// Translation table formats usable at both stages.
///
/// Spec enum `TtFormat`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum TtFormat {
    /// VMSAv8-32 LPAE only.
    AArch32 = 0x1,
    /// VMSAv8-64 only.
    AArch64 = 0x2,
    /// Both VMSAv8-32 LPAE and VMSAv8-64.
    AArch32AndAArch64 = 0x3,
}
impl TtFormat {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "TtFormat";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x1 => Some(Self::AArch32),
            0x2 => Some(Self::AArch64),
            0x3 => Some(Self::AArch32AndAArch64),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::AArch32 => "AArch32",
            Self::AArch64 => "AArch64",
            Self::AArch32AndAArch64 => "AArch32AndAArch64",
        }
    }
}
/// Hardware update of Access flag / Dirty state in translation tables.
///
/// Spec enum `Httu`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Httu {
    /// `NoUpdate` = 0x0.
    NoUpdate = 0x0,
    /// `AccessFlag` = 0x1.
    AccessFlag = 0x1,
    /// `AccessDirty` = 0x2.
    AccessDirty = 0x2,
    /// Access and Dirty, plus the Access flag in table descriptors.
    AccessDirtyTableAf = 0x3,
}
impl Httu {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "Httu";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NoUpdate),
            0x1 => Some(Self::AccessFlag),
            0x2 => Some(Self::AccessDirty),
            0x3 => Some(Self::AccessDirtyTableAf),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NoUpdate => "NoUpdate",
            Self::AccessFlag => "AccessFlag",
            Self::AccessDirty => "AccessDirty",
            Self::AccessDirtyTableAf => "AccessDirtyTableAf",
        }
    }
}
/// Endianness allowed for translation table walks.
///
/// Spec enum `TtEndian`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TtEndian {
    /// Either endianness, chosen per CD / STE.
    Mixed = 0x0,
    /// `LittleEndian` = 0x2.
    LittleEndian = 0x2,
    /// `BigEndian` = 0x3.
    BigEndian = 0x3,
}
impl TtEndian {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "TtEndian";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Mixed),
            0x2 => Some(Self::LittleEndian),
            0x3 => Some(Self::BigEndian),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Mixed => "Mixed",
            Self::LittleEndian => "LittleEndian",
            Self::BigEndian => "BigEndian",
        }
    }
}
/// Stream table formats supported.
///
/// Spec enum `StLevel`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StLevel {
    /// `Linear` = 0x0.
    Linear = 0x0,
    /// Two-level table supported as well as linear.
    TwoLevel = 0x1,
}
impl StLevel {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "StLevel";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Linear),
            0x1 => Some(Self::TwoLevel),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Linear => "Linear",
            Self::TwoLevel => "TwoLevel",
        }
    }
}
/// Break-before-make behaviour level.
///
/// Spec enum `Bbml`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Bbml {
    /// `Level0` = 0x0.
    Level0 = 0x0,
    /// `Level1` = 0x1.
    Level1 = 0x1,
    /// `Level2` = 0x2.
    Level2 = 0x2,
}
impl Bbml {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "Bbml";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Level0),
            0x1 => Some(Self::Level1),
            0x2 => Some(Self::Level2),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Level0 => "Level0",
            Self::Level1 => "Level1",
            Self::Level2 => "Level2",
        }
    }
}
/// Physical (output) address size.
///
/// Spec enum `OutputAddrSize`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum OutputAddrSize {
    /// `Bits32` = 0x0.
    Bits32 = 0x0,
    /// `Bits36` = 0x1.
    Bits36 = 0x1,
    /// `Bits40` = 0x2.
    Bits40 = 0x2,
    /// `Bits42` = 0x3.
    Bits42 = 0x3,
    /// `Bits44` = 0x4.
    Bits44 = 0x4,
    /// `Bits48` = 0x5.
    Bits48 = 0x5,
    /// `Bits52` = 0x6.
    Bits52 = 0x6,
    /// `Bits56` = 0x7.
    Bits56 = 0x7,
}
impl OutputAddrSize {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "OutputAddrSize";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Bits32),
            0x1 => Some(Self::Bits36),
            0x2 => Some(Self::Bits40),
            0x3 => Some(Self::Bits42),
            0x4 => Some(Self::Bits44),
            0x5 => Some(Self::Bits48),
            0x6 => Some(Self::Bits52),
            0x7 => Some(Self::Bits56),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bits32 => "Bits32",
            Self::Bits36 => "Bits36",
            Self::Bits40 => "Bits40",
            Self::Bits42 => "Bits42",
            Self::Bits44 => "Bits44",
            Self::Bits48 => "Bits48",
            Self::Bits52 => "Bits52",
            Self::Bits56 => "Bits56",
        }
    }
}
/// Largest virtual address size a CD.TTBx can translate.
///
/// Spec enum `VaExtend`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum VaExtend {
    /// `Va48` = 0x0.
    Va48 = 0x0,
    /// `Va52` = 0x1.
    Va52 = 0x1,
    /// `Va56` = 0x2.
    Va56 = 0x2,
}
impl VaExtend {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "VaExtend";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Va48),
            0x1 => Some(Self::Va52),
            0x2 => Some(Self::Va56),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Va48 => "Va48",
            Self::Va52 => "Va52",
            Self::Va56 => "Va56",
        }
    }
}
/// Size of the physical address region the DPT protects.
///
/// Spec enum `DptRegionSize`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum DptRegionSize {
    /// `Bits32` = 0x0.
    Bits32 = 0x0,
    /// `Bits36` = 0x1.
    Bits36 = 0x1,
    /// `Bits40` = 0x2.
    Bits40 = 0x2,
    /// `Bits42` = 0x3.
    Bits42 = 0x3,
    /// `Bits44` = 0x4.
    Bits44 = 0x4,
    /// `Bits48` = 0x5.
    Bits48 = 0x5,
    /// `Bits52` = 0x6.
    Bits52 = 0x6,
}
impl DptRegionSize {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "DptRegionSize";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Bits32),
            0x1 => Some(Self::Bits36),
            0x2 => Some(Self::Bits40),
            0x3 => Some(Self::Bits42),
            0x4 => Some(Self::Bits44),
            0x5 => Some(Self::Bits48),
            0x6 => Some(Self::Bits52),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bits32 => "Bits32",
            Self::Bits36 => "Bits36",
            Self::Bits40 => "Bits40",
            Self::Bits42 => "Bits42",
            Self::Bits44 => "Bits44",
            Self::Bits48 => "Bits48",
            Self::Bits52 => "Bits52",
        }
    }
}
/// DPT granule size.
///
/// Spec enum `DptGranule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum DptGranule {
    /// `Granule4K` = 0x0.
    Granule4K = 0x0,
    /// `Granule64K` = 0x1.
    Granule64K = 0x1,
    /// `Granule16K` = 0x2.
    Granule16K = 0x2,
}
impl DptGranule {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "DptGranule";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Granule4K),
            0x1 => Some(Self::Granule64K),
            0x2 => Some(Self::Granule16K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Granule4K => "Granule4K",
            Self::Granule64K => "Granule64K",
            Self::Granule16K => "Granule16K",
        }
    }
}
/// Address bits covered by one level 0 DPT entry.
///
/// Spec enum `DptL0Size`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum DptL0Size {
    /// `Bits30` = 0x0.
    Bits30 = 0x0,
    /// `Bits34` = 0x4.
    Bits34 = 0x4,
    /// `Bits36` = 0x6.
    Bits36 = 0x6,
    /// `Bits39` = 0x9.
    Bits39 = 0x9,
}
impl DptL0Size {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "DptL0Size";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Bits30),
            0x4 => Some(Self::Bits34),
            0x6 => Some(Self::Bits36),
            0x9 => Some(Self::Bits39),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bits30 => "Bits30",
            Self::Bits34 => "Bits34",
            Self::Bits36 => "Bits36",
            Self::Bits39 => "Bits39",
        }
    }
}
/// Kind of DPT lookup fault.
///
/// Spec enum `DptFaultCode`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum DptFaultCode {
    /// `DPT_DISABLED` = 0x0.
    DPT_DISABLED = 0x0,
    /// `DPT_WALK_FAULT` = 0x1.
    DPT_WALK_FAULT = 0x1,
    /// `DPT_GPC_FAULT` = 0x2.
    DPT_GPC_FAULT = 0x2,
    /// `DPT_EABT` = 0x3.
    DPT_EABT = 0x3,
}
impl DptFaultCode {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "DptFaultCode";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::DPT_DISABLED),
            0x1 => Some(Self::DPT_WALK_FAULT),
            0x2 => Some(Self::DPT_GPC_FAULT),
            0x3 => Some(Self::DPT_EABT),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::DPT_DISABLED => "DPT_DISABLED",
            Self::DPT_WALK_FAULT => "DPT_WALK_FAULT",
            Self::DPT_GPC_FAULT => "DPT_GPC_FAULT",
            Self::DPT_EABT => "DPT_EABT",
        }
    }
}
/// Granule of the control page.
///
/// Spec enum `CmdqControlPageGranule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmdqControlPageGranule {
    /// `Granule64K` = 0x1.
    Granule64K = 0x1,
}
impl CmdqControlPageGranule {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "CmdqControlPageGranule";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x1 => Some(Self::Granule64K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Granule64K => "Granule64K",
        }
    }
}
/// NS attribute override.
///
/// Spec enum `GbpaNsCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum GbpaNsCfg {
    /// `UseIncoming` = 0x0.
    UseIncoming = 0x0,
    /// `Secure` = 0x2.
    Secure = 0x2,
    /// `NonSecure` = 0x3.
    NonSecure = 0x3,
}
impl GbpaNsCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "GbpaNsCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::UseIncoming),
            0x2 => Some(Self::Secure),
            0x3 => Some(Self::NonSecure),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::UseIncoming => "UseIncoming",
            Self::Secure => "Secure",
            Self::NonSecure => "NonSecure",
        }
    }
}
/// Shareability of a structure fetch or translation table walk; 0b01 is reserved (as 0b00).
///
/// Spec enum `CfgShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum CfgShareability {
    /// `NonShareable` = 0x0.
    NonShareable = 0x0,
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl CfgShareability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "CfgShareability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonShareable),
            0x2 => Some(Self::OuterShareable),
            0x3 => Some(Self::InnerShareable),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonShareable => "NonShareable",
            Self::OuterShareable => "OuterShareable",
            Self::InnerShareable => "InnerShareable",
        }
    }
}
/// Cacheability of translation table walks (CD.IRn/ORn, STE.S2IR0/S2OR0).
///
/// Spec enum `WalkCacheability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum WalkCacheability {
    /// `NonCacheable` = 0x0.
    NonCacheable = 0x0,
    /// Write-Back, Read-Allocate, Write-Allocate.
    WriteBackRaWa = 0x1,
    /// Write-Through, Read-Allocate.
    WriteThroughRa = 0x2,
    /// Write-Back, Read-Allocate, no Write-Allocate.
    WriteBackRaNoWa = 0x3,
}
impl WalkCacheability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "WalkCacheability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonCacheable),
            0x1 => Some(Self::WriteBackRaWa),
            0x2 => Some(Self::WriteThroughRa),
            0x3 => Some(Self::WriteBackRaNoWa),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonCacheable => "NonCacheable",
            Self::WriteBackRaWa => "WriteBackRaWa",
            Self::WriteThroughRa => "WriteThroughRa",
            Self::WriteBackRaNoWa => "WriteBackRaNoWa",
        }
    }
}
/// Cacheability of CD and L1CD fetches through STE.S1ContextPtr (read-only accesses).
///
/// Spec enum `CdFetchCacheability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CdFetchCacheability {
    /// `NonCacheable` = 0x0.
    NonCacheable = 0x0,
    /// Write-Back, Read-Allocate.
    WriteBackRa = 0x1,
    /// Write-Through, Read-Allocate.
    WriteThroughRa = 0x2,
    /// Write-Back, no Read-Allocate.
    WriteBackNoRa = 0x3,
}
impl CdFetchCacheability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "CdFetchCacheability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonCacheable),
            0x1 => Some(Self::WriteBackRa),
            0x2 => Some(Self::WriteThroughRa),
            0x3 => Some(Self::WriteBackNoRa),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonCacheable => "NonCacheable",
            Self::WriteBackRa => "WriteBackRa",
            Self::WriteThroughRa => "WriteThroughRa",
            Self::WriteBackNoRa => "WriteBackNoRa",
        }
    }
}
/// Translation granule in the TCR TG0 encoding (CD.TG0, STE.S2TG, STE.S_S2TG).
///
/// Spec enum `Tg0Granule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum Tg0Granule {
    /// `Granule4K` = 0x0.
    Granule4K = 0x0,
    /// `Granule64K` = 0x1.
    Granule64K = 0x1,
    /// `Granule16K` = 0x2.
    Granule16K = 0x2,
}
impl Tg0Granule {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "Tg0Granule";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Granule4K),
            0x1 => Some(Self::Granule64K),
            0x2 => Some(Self::Granule16K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Granule4K => "Granule4K",
            Self::Granule64K => "Granule64K",
            Self::Granule16K => "Granule16K",
        }
    }
}
/// Translation granule in the TCR TG1 encoding (CD.TG1), which differs from TG0's.
///
/// Spec enum `Tg1Granule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum Tg1Granule {
    /// `Granule16K` = 0x1.
    Granule16K = 0x1,
    /// `Granule4K` = 0x2.
    Granule4K = 0x2,
    /// `Granule64K` = 0x3.
    Granule64K = 0x3,
}
impl Tg1Granule {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "Tg1Granule";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x1 => Some(Self::Granule16K),
            0x2 => Some(Self::Granule4K),
            0x3 => Some(Self::Granule64K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Granule16K => "Granule16K",
            Self::Granule4K => "Granule4K",
            Self::Granule64K => "Granule64K",
        }
    }
}
/// Intermediate or physical address size of a translation (CD.IPS, STE.S2PS).
///
/// Spec enum `PhysAddrSize`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PhysAddrSize {
    /// `Bits32` = 0x0.
    Bits32 = 0x0,
    /// `Bits36` = 0x1.
    Bits36 = 0x1,
    /// `Bits40` = 0x2.
    Bits40 = 0x2,
    /// `Bits42` = 0x3.
    Bits42 = 0x3,
    /// `Bits44` = 0x4.
    Bits44 = 0x4,
    /// `Bits48` = 0x5.
    Bits48 = 0x5,
    /// SMMUv3.1 and later.
    Bits52 = 0x6,
    /// SMMUv3.4 and later (VMSAv9-128 output).
    Bits56 = 0x7,
}
impl PhysAddrSize {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PhysAddrSize";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Bits32),
            0x1 => Some(Self::Bits36),
            0x2 => Some(Self::Bits40),
            0x3 => Some(Self::Bits42),
            0x4 => Some(Self::Bits44),
            0x5 => Some(Self::Bits48),
            0x6 => Some(Self::Bits52),
            0x7 => Some(Self::Bits56),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bits32 => "Bits32",
            Self::Bits36 => "Bits36",
            Self::Bits40 => "Bits40",
            Self::Bits42 => "Bits42",
            Self::Bits44 => "Bits44",
            Self::Bits48 => "Bits48",
            Self::Bits52 => "Bits52",
            Self::Bits56 => "Bits56",
        }
    }
}
/// Which translation stages apply to the stream.
///
/// Spec enum `StreamConfig`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StreamConfig {
    /// Abort all traffic; no event is recorded.
    Abort = 0x0,
    /// Both stages bypassed; the attribute override fields apply.
    Bypass = 0x4,
    /// Stage 1 translates, stage 2 bypassed.
    S1Trans = 0x5,
    /// Stage 1 bypassed, stage 2 translates.
    S2Trans = 0x6,
    /// Both stages translate (nested).
    Nested = 0x7,
}
impl StreamConfig {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "StreamConfig";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Abort),
            0x4 => Some(Self::Bypass),
            0x5 => Some(Self::S1Trans),
            0x6 => Some(Self::S2Trans),
            0x7 => Some(Self::Nested),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Abort => "Abort",
            Self::Bypass => "Bypass",
            Self::S1Trans => "S1Trans",
            Self::S2Trans => "S2Trans",
            Self::Nested => "Nested",
        }
    }
}
/// Layout of the CD table at S1ContextPtr (IGNORED when S1CDMax == 0).
///
/// Spec enum `STE_S1Fmt`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum STE_S1Fmt {
    /// Linear array of CDs indexed by SubstreamID.
    Linear = 0x0,
    /// Two levels with 4 KiB leaf tables of 64 CDs.
    TwoLevel4K = 0x1,
    /// Two levels with 64 KiB leaf tables of 1024 CDs.
    TwoLevel64K = 0x2,
}
impl STE_S1Fmt {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "STE_S1Fmt";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Linear),
            0x1 => Some(Self::TwoLevel4K),
            0x2 => Some(Self::TwoLevel64K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Linear => "Linear",
            Self::TwoLevel4K => "TwoLevel4K",
            Self::TwoLevel64K => "TwoLevel64K",
        }
    }
}
/// What a transaction without a SubstreamID does when substreams are enabled.
///
/// Spec enum `STE_S1DSS`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum STE_S1DSS {
    /// Abort and record F_STREAM_DISABLED.
    Terminate = 0x0,
    /// Bypass stage 1 as if Config were stage-1-bypass.
    Bypass = 0x1,
    /// Use the CD of SubstreamID 0, which is then unavailable to tagged traffic.
    Ssid0 = 0x2,
}
impl STE_S1DSS {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "STE_S1DSS";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Terminate),
            0x1 => Some(Self::Bypass),
            0x2 => Some(Self::Ssid0),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Terminate => "Terminate",
            Self::Bypass => "Bypass",
            Self::Ssid0 => "Ssid0",
        }
    }
}
/// Enable PCIe ATS translation requests and (with CR0.ATSCHK) Translated traffic.
///
/// Spec enum `SteEats`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SteEats {
    /// Translation requests fail (UR); Translated traffic aborts when ATSCHK == 1.
    Abort = 0x0,
    /// Full ATS: requests are translated through all enabled stages.
    FullAts = 0x1,
    /// Split-stage ATS: requests return the stage 1 IPA; only with Config == Nested.
    SplitStageAts = 0x2,
    /// Full ATS with Device Permission Table checks of Translated traffic.
    FullAtsDpt = 0x3,
}
impl SteEats {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "SteEats";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Abort),
            0x1 => Some(Self::FullAts),
            0x2 => Some(Self::SplitStageAts),
            0x3 => Some(Self::FullAtsDpt),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Abort => "Abort",
            Self::FullAts => "FullAts",
            Self::SplitStageAts => "SplitStageAts",
            Self::FullAtsDpt => "FullAtsDpt",
        }
    }
}
/// StreamWorld (translation regime) for stage-1-only streams.
///
/// Spec enum `SteStrw`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SteStrw {
    /// NS-EL1, Secure or Realm-EL1, as given by the Stream table.
    El1 = 0x0,
    /// EL3 (Secure Stream table only).
    El3 = 0x1,
    /// EL2, or EL2-E2H when SMMU_(*_)CR2.E2H == 1.
    El2 = 0x2,
}
impl SteStrw {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "SteStrw";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::El1),
            0x1 => Some(Self::El3),
            0x2 => Some(Self::El2),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::El1 => "El1",
            Self::El3 => "El3",
            Self::El2 => "El2",
        }
    }
}
/// Memory type configuration: keep the incoming type or replace it with MemAttr.
///
/// Spec enum `SteMtCfg`, 1 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SteMtCfg {
    /// `Incoming` = 0x0.
    Incoming = 0x0,
    /// `Override` = 0x1.
    Override = 0x1,
}
impl SteMtCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "SteMtCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Incoming),
            0x1 => Some(Self::Override),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Incoming => "Incoming",
            Self::Override => "Override",
        }
    }
}
/// Shareability override for traffic that bypasses stage 1.
///
/// Spec enum `SteShCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SteShCfg {
    /// `NonShareable` = 0x0.
    NonShareable = 0x0,
    /// Use the incoming shareability attribute.
    Incoming = 0x1,
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl SteShCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "SteShCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonShareable),
            0x1 => Some(Self::Incoming),
            0x2 => Some(Self::OuterShareable),
            0x3 => Some(Self::InnerShareable),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonShareable => "NonShareable",
            Self::Incoming => "Incoming",
            Self::OuterShareable => "OuterShareable",
            Self::InnerShareable => "InnerShareable",
        }
    }
}
/// NS attribute override for Secure/Realm streams bypassing stage 1; IGNORED if Non-secure.
///
/// Spec enum `SteNsCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SteNsCfg {
    /// Use the incoming NS attribute.
    Incoming = 0x0,
    /// Realm streams with SMMU_R_IDR3.XT: check the incoming NS attribute.
    CheckIncoming = 0x1,
    /// Secure PA space (Secure stream) or Realm PA space (Realm stream).
    SecureOrRealm = 0x2,
    /// `NonSecure` = 0x3.
    NonSecure = 0x3,
}
impl SteNsCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "SteNsCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Incoming),
            0x1 => Some(Self::CheckIncoming),
            0x2 => Some(Self::SecureOrRealm),
            0x3 => Some(Self::NonSecure),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Incoming => "Incoming",
            Self::CheckIncoming => "CheckIncoming",
            Self::SecureOrRealm => "SecureOrRealm",
            Self::NonSecure => "NonSecure",
        }
    }
}
/// Privilege attribute override applied before permission checks.
///
/// Spec enum `StePrivCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum StePrivCfg {
    /// `Incoming` = 0x0.
    Incoming = 0x0,
    /// `Unprivileged` = 0x2.
    Unprivileged = 0x2,
    /// `Privileged` = 0x3.
    Privileged = 0x3,
}
impl StePrivCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "StePrivCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Incoming),
            0x2 => Some(Self::Unprivileged),
            0x3 => Some(Self::Privileged),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Incoming => "Incoming",
            Self::Unprivileged => "Unprivileged",
            Self::Privileged => "Privileged",
        }
    }
}
/// Instruction/data attribute override for reads, applied before permission checks.
///
/// Spec enum `SteInstCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum SteInstCfg {
    /// `Incoming` = 0x0.
    Incoming = 0x0,
    /// `Data` = 0x2.
    Data = 0x2,
    /// `Instruction` = 0x3.
    Instruction = 0x3,
}
impl SteInstCfg {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "SteInstCfg";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Incoming),
            0x2 => Some(Self::Data),
            0x3 => Some(Self::Instruction),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Incoming => "Incoming",
            Self::Data => "Data",
            Self::Instruction => "Instruction",
        }
    }
}
/// VMID matching requirement for DPT checks when EATS == FullAtsDpt.
///
/// Spec enum `DptVmatch`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum DptVmatch {
    /// S2VMID must match or the DPT entry has AC == 0b10.
    MatchOrAc10 = 0x0,
    /// S2VMID must match or the DPT entry has AC == 0b01 or 0b10.
    MatchOrAc01Or10 = 0x1,
    /// S2VMID is not required to match.
    AnyVmid = 0x2,
}
impl DptVmatch {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "DptVmatch";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::MatchOrAc10),
            0x1 => Some(Self::MatchOrAc01Or10),
            0x2 => Some(Self::AnyVmid),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::MatchOrAc10 => "MatchOrAc10",
            Self::MatchOrAc01Or10 => "MatchOrAc01Or10",
            Self::AnyVmid => "AnyVmid",
        }
    }
}
/// Translation granule hint of address-based TLB invalidations (RES0 if IDR3.RIL == 0).
///
/// Spec enum `TlbiGranule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TlbiGranule {
    /// Any granule: no range invalidation and no level hint.
    Unspecified = 0x0,
    /// `Granule4K` = 0x1.
    Granule4K = 0x1,
    /// `Granule16K` = 0x2.
    Granule16K = 0x2,
    /// `Granule64K` = 0x3.
    Granule64K = 0x3,
}
impl TlbiGranule {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "TlbiGranule";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Unspecified),
            0x1 => Some(Self::Granule4K),
            0x2 => Some(Self::Granule16K),
            0x3 => Some(Self::Granule64K),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Unspecified => "Unspecified",
            Self::Granule4K => "Granule4K",
            Self::Granule16K => "Granule16K",
            Self::Granule64K => "Granule64K",
        }
    }
}
/// Level of the walk holding the leaf entries, a hint used only when TG is not Unspecified.
///
/// Spec enum `TlbiLevel`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum TlbiLevel {
    /// Leaf entries from any level.
    AnyLevel = 0x0,
    /// `Level1` = 0x1.
    Level1 = 0x1,
    /// `Level2` = 0x2.
    Level2 = 0x2,
    /// `Level3` = 0x3.
    Level3 = 0x3,
}
impl TlbiLevel {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "TlbiLevel";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::AnyLevel),
            0x1 => Some(Self::Level1),
            0x2 => Some(Self::Level2),
            0x3 => Some(Self::Level3),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::AnyLevel => "AnyLevel",
            Self::Level1 => "Level1",
            Self::Level2 => "Level2",
            Self::Level3 => "Level3",
        }
    }
}
/// (No description in the spec.)
///
/// Spec enum `PriResponse`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PriResponse {
    /// Permanent non-paging error (for example ATS or PRI disabled for the device).
    ResponseFailure = 0x0,
    /// Page-in failed for one or more pages of the group.
    InvalidRequest = 0x1,
    /// Every page of the group was paged in.
    Success = 0x2,
}
impl PriResponse {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PriResponse";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::ResponseFailure),
            0x1 => Some(Self::InvalidRequest),
            0x2 => Some(Self::Success),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::ResponseFailure => "ResponseFailure",
            Self::InvalidRequest => "InvalidRequest",
            Self::Success => "Success",
        }
    }
}
/// Action (Ac): retry the transaction, or terminate it as Ab says.
///
/// Spec enum `ResumeAction`, 1 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ResumeAction {
    /// `Terminate` = 0x0.
    Terminate = 0x0,
    /// Retry as if newly arrived; Ab is ignored.
    Retry = 0x1,
}
impl ResumeAction {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "ResumeAction";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Terminate),
            0x1 => Some(Self::Retry),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Terminate => "Terminate",
            Self::Retry => "Retry",
        }
    }
}
/// ComplSignal: how completion is signalled.
///
/// Spec enum `ComplSignal`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub enum ComplSignal {
    /// No completion signal; the MSI parameters are ignored.
    SIG_NONE = 0x0,
    /// Raise an interrupt: an MSI write of MSIData to MSIAddress, or a wired interrupt.
    SIG_IRQ = 0x1,
    /// Send a WFE wake-up event (only when SMMU_IDR0.SEV == 1).
    SIG_SEV = 0x2,
}
impl ComplSignal {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "ComplSignal";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::SIG_NONE),
            0x1 => Some(Self::SIG_IRQ),
            0x2 => Some(Self::SIG_SEV),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::SIG_NONE => "SIG_NONE",
            Self::SIG_IRQ => "SIG_IRQ",
            Self::SIG_SEV => "SIG_SEV",
        }
    }
}
/// Shareability of the MSI write (0b01 is reserved and treated as Non-shareable).
///
/// Spec enum `MsiShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum MsiShareability {
    /// `NonShareable` = 0x0.
    NonShareable = 0x0,
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl MsiShareability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "MsiShareability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonShareable),
            0x2 => Some(Self::OuterShareable),
            0x3 => Some(Self::InnerShareable),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonShareable => "NonShareable",
            Self::OuterShareable => "OuterShareable",
            Self::InnerShareable => "InnerShareable",
        }
    }
}
/// What the SMMU was doing when a translation-related fault arose.
///
/// Spec enum `FaultClass`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum FaultClass {
    /// Fetching a context descriptor (through stage 2).
    CD = 0x0,
    /// Fetching a stage 1 translation table descriptor (through stage 2).
    TT = 0x1,
    /// Translating the input address of the transaction itself.
    IN = 0x2,
}
impl FaultClass {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "FaultClass";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::CD),
            0x1 => Some(Self::TT),
            0x2 => Some(Self::IN),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::CD => "CD",
            Self::TT => "TT",
            Self::IN => "IN",
        }
    }
}
/// Shareability of a block or page (SH\[1:0\]); 0b01 is reserved.
///
/// Spec enum `PtShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum PtShareability {
    /// `NonShareable` = 0x0.
    NonShareable = 0x0,
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl PtShareability {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PtShareability";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NonShareable),
            0x2 => Some(Self::OuterShareable),
            0x3 => Some(Self::InnerShareable),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NonShareable => "NonShareable",
            Self::OuterShareable => "OuterShareable",
            Self::InnerShareable => "InnerShareable",
        }
    }
}
/// Stage 1 data access permissions, AP\[2:1\] (bit 7 = AP\[2\] read-only, bit 6 = AP\[1\] unpriv).
///
/// Spec enum `PtS1Ap`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PtS1Ap {
    /// Privileged read/write, no unprivileged access.
    PrivReadWrite = 0x0,
    /// Read/write at both privilege levels.
    ReadWrite = 0x1,
    /// Privileged read-only, no unprivileged access.
    PrivReadOnly = 0x2,
    /// Read-only at both privilege levels.
    ReadOnly = 0x3,
}
impl PtS1Ap {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PtS1Ap";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::PrivReadWrite),
            0x1 => Some(Self::ReadWrite),
            0x2 => Some(Self::PrivReadOnly),
            0x3 => Some(Self::ReadOnly),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::PrivReadWrite => "PrivReadWrite",
            Self::ReadWrite => "ReadWrite",
            Self::PrivReadOnly => "PrivReadOnly",
            Self::ReadOnly => "ReadOnly",
        }
    }
}
/// Stage 1 hierarchical access-permission limit for lower lookup levels, APTable\[1:0\].
///
/// Spec enum `PtApTable`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::enum_variant_names, reason = "the names follow the architecture manual")]
pub enum PtApTable {
    /// No effect on permissions at lower levels.
    NoEffect = 0x0,
    /// Unprivileged access not permitted.
    NoUnpriv = 0x1,
    /// Write access not permitted.
    NoWrite = 0x2,
    /// Write access and unprivileged read access not permitted.
    NoWriteNoUnpriv = 0x3,
}
impl PtApTable {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PtApTable";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NoEffect),
            0x1 => Some(Self::NoUnpriv),
            0x2 => Some(Self::NoWrite),
            0x3 => Some(Self::NoWriteNoUnpriv),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NoEffect => "NoEffect",
            Self::NoUnpriv => "NoUnpriv",
            Self::NoWrite => "NoWrite",
            Self::NoWriteNoUnpriv => "NoWriteNoUnpriv",
        }
    }
}
/// Stage 2 data access permissions, S2AP\[1:0\] (bit 6 = read, bit 7 = write).
///
/// Spec enum `PtS2Ap`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PtS2Ap {
    /// `NoAccess` = 0x0.
    NoAccess = 0x0,
    /// `ReadOnly` = 0x1.
    ReadOnly = 0x1,
    /// `WriteOnly` = 0x2.
    WriteOnly = 0x2,
    /// `ReadWrite` = 0x3.
    ReadWrite = 0x3,
}
impl PtS2Ap {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PtS2Ap";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::NoAccess),
            0x1 => Some(Self::ReadOnly),
            0x2 => Some(Self::WriteOnly),
            0x3 => Some(Self::ReadWrite),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::NoAccess => "NoAccess",
            Self::ReadOnly => "ReadOnly",
            Self::WriteOnly => "WriteOnly",
            Self::ReadWrite => "ReadWrite",
        }
    }
}
/// Stage 2 execute-never, XN\[1:0\] at bits \[54:53\] (FEAT_XNX; SMMU_IDR3.XNX).
///
/// Spec enum `PtS2Xn`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum PtS2Xn {
    /// Execution permitted for privileged and unprivileged accesses.
    Executable = 0x0,
    /// Unprivileged (EL0) execution only; privileged execution not permitted.
    PrivExecuteNever = 0x1,
    /// Execution not permitted; the only non-zero value without FEAT_XNX (bit 53 RES0).
    ExecuteNever = 0x2,
    /// Privileged (EL1) execution only; unprivileged execution not permitted.
    UnprivExecuteNever = 0x3,
}
impl PtS2Xn {
    /// The spec's name for this enumeration.
    pub const NAME: &'static str = "PtS2Xn";
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Executable),
            0x1 => Some(Self::PrivExecuteNever),
            0x2 => Some(Self::ExecuteNever),
            0x3 => Some(Self::UnprivExecuteNever),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub const fn bits(self) -> u64 {
        self as u64
    }
    /// The architectural name of the value.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Executable => "Executable",
            Self::PrivExecuteNever => "PrivExecuteNever",
            Self::ExecuteNever => "ExecuteNever",
            Self::UnprivExecuteNever => "UnprivExecuteNever",
        }
    }
}
