// SPDX-License-Identifier: MIT OR Apache-2.0

//! Enumerations of `smmuv3`: encoded field values, with fallible decoding.
#[cfg(not(iommugen_test))]
/// Shareability of an SMMU-originated access (table, queue, MSI) or of a translation result.
///
/// Spec enum `RegShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum RegShareability {
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
#[cfg(not(iommugen_test))]
impl RegShareability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Cacheability of SMMU accesses to tables and queues (not the TCR encoding).
///
/// Spec enum `RegCacheability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum RegCacheability {
    /// `NonCacheable` = 0x0.
    NonCacheable = 0x0,
    /// `WriteBack` = 0x1.
    WriteBack = 0x1,
}
#[cfg(not(iommugen_test))]
impl RegCacheability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Two-level Stream table split: StreamID bits resolved by a leaf table.
///
/// Spec enum `StrtabSplit`, 5 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum StrtabSplit {
    /// 8 bits: 16 KiB leaf tables.
    Split16K = 0x8,
}
#[cfg(not(iommugen_test))]
impl StrtabSplit {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Stream table layout (STRTAB_BASE_CFG.FMT).
///
/// Spec enum `StrtabFmt`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum StrtabFmt {
    /// ADDR points to an array of STEs.
    Linear = 0x0,
    /// ADDR points to an array of L1 Stream table descriptors.
    TwoLevel = 0x1,
}
#[cfg(not(iommugen_test))]
impl StrtabFmt {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Command queue error reason codes (CMDQ_CONS.ERR, section 7.1).
///
/// Spec enum `CmdqError`, 7 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub(crate) enum CmdqError {
    /// No error; never reported.
    CERROR_NONE = 0x0,
    /// Unknown opcode, or a reserved field or invalid value used.
    CERROR_ILL = 0x1,
    /// External abort while fetching the command.
    CERROR_ABT = 0x2,
    /// A CMD_SYNC saw an ATC invalidation time out.
    CERROR_ATC_INV_SYNC = 0x3,
}
#[cfg(not(iommugen_test))]
impl CmdqError {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::CERROR_NONE),
            0x1 => Some(Self::CERROR_ILL),
            0x2 => Some(Self::CERROR_ABT),
            0x3 => Some(Self::CERROR_ATC_INV_SYNC),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// Fault models an SMMU interface supports (IDR0/S_IDR0.STALL_MODEL).
///
/// Spec enum `StallModel`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum StallModel {
    /// Both stall and terminate models.
    StallAndTerminate = 0x0,
    /// No stalling: every fault terminates the transaction.
    TerminateOnly = 0x1,
    /// Every stall-eligible fault stalls.
    StallForced = 0x2,
}
#[cfg(not(iommugen_test))]
impl StallModel {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::StallAndTerminate),
            0x1 => Some(Self::TerminateOnly),
            0x2 => Some(Self::StallForced),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// Translation table formats usable at both stages.
///
/// Spec enum `TtFormat`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum TtFormat {
    /// VMSAv8-32 LPAE only.
    AArch32 = 0x1,
    /// VMSAv8-64 only.
    AArch64 = 0x2,
    /// Both VMSAv8-32 LPAE and VMSAv8-64.
    AArch32AndAArch64 = 0x3,
}
#[cfg(not(iommugen_test))]
impl TtFormat {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x1 => Some(Self::AArch32),
            0x2 => Some(Self::AArch64),
            0x3 => Some(Self::AArch32AndAArch64),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// Endianness allowed for translation table walks.
///
/// Spec enum `TtEndian`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum TtEndian {
    /// Either endianness, chosen per CD / STE.
    Mixed = 0x0,
    /// `LittleEndian` = 0x2.
    LittleEndian = 0x2,
    /// `BigEndian` = 0x3.
    BigEndian = 0x3,
}
#[cfg(not(iommugen_test))]
impl TtEndian {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Mixed),
            0x2 => Some(Self::LittleEndian),
            0x3 => Some(Self::BigEndian),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// Stream table formats supported.
///
/// Spec enum `StLevel`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum StLevel {
    /// `Linear` = 0x0.
    Linear = 0x0,
    /// Two-level table supported as well as linear.
    TwoLevel = 0x1,
}
#[cfg(not(iommugen_test))]
impl StLevel {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Linear),
            0x1 => Some(Self::TwoLevel),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// Physical (output) address size.
///
/// Spec enum `OutputAddrSize`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum OutputAddrSize {
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
#[cfg(not(iommugen_test))]
impl OutputAddrSize {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
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
}
#[cfg(not(iommugen_test))]
/// Shareability of a structure fetch or translation table walk; 0b01 is reserved (as 0b00).
///
/// Spec enum `CfgShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum CfgShareability {
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
#[cfg(not(iommugen_test))]
impl CfgShareability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Cacheability of translation table walks (CD.IRn/ORn, STE.S2IR0/S2OR0).
///
/// Spec enum `WalkCacheability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum WalkCacheability {
    /// Write-Back, Read-Allocate, Write-Allocate.
    WriteBackRaWa = 0x1,
}
#[cfg(not(iommugen_test))]
impl WalkCacheability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Cacheability of CD and L1CD fetches through STE.S1ContextPtr (read-only accesses).
///
/// Spec enum `CdFetchCacheability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum CdFetchCacheability {
    /// Write-Back, Read-Allocate.
    WriteBackRa = 0x1,
}
#[cfg(not(iommugen_test))]
impl CdFetchCacheability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Translation granule in the TCR TG0 encoding (CD.TG0, STE.S2TG, STE.S_S2TG).
///
/// Spec enum `Tg0Granule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum Tg0Granule {
    /// `Granule4K` = 0x0.
    Granule4K = 0x0,
}
#[cfg(not(iommugen_test))]
impl Tg0Granule {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Intermediate or physical address size of a translation (CD.IPS, STE.S2PS).
///
/// Spec enum `PhysAddrSize`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum PhysAddrSize {
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
#[cfg(not(iommugen_test))]
impl PhysAddrSize {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
/// Which translation stages apply to the stream.
///
/// Spec enum `StreamConfig`, 3 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum StreamConfig {
    /// Abort all traffic; no event is recorded.
    Abort = 0x0,
    /// Both stages bypassed; the attribute override fields apply.
    Bypass = 0x4,
    /// Stage 1 translates, stage 2 bypassed.
    S1Trans = 0x5,
    #[cfg(not(iommugen_test))]
    /// Stage 1 bypassed, stage 2 translates.
    S2Trans = 0x6,
    #[cfg(not(iommugen_test))]
    /// Both stages translate (nested).
    Nested = 0x7,
}
impl StreamConfig {
    #[cfg(not(iommugen_test))]
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
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
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Layout of the CD table at S1ContextPtr (IGNORED when S1CDMax == 0).
///
/// Spec enum `STE_S1Fmt`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub(crate) enum STE_S1Fmt {
    /// Linear array of CDs indexed by SubstreamID.
    Linear = 0x0,
    /// Two levels with 64 KiB leaf tables of 1024 CDs.
    TwoLevel64K = 0x2,
}
#[cfg(not(iommugen_test))]
impl STE_S1Fmt {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// What a transaction without a SubstreamID does when substreams are enabled.
///
/// Spec enum `STE_S1DSS`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub(crate) enum STE_S1DSS {
    /// Abort and record F_STREAM_DISABLED.
    Terminate = 0x0,
    /// Bypass stage 1 as if Config were stage-1-bypass.
    Bypass = 0x1,
    /// Use the CD of SubstreamID 0, which is then unavailable to tagged traffic.
    Ssid0 = 0x2,
}
#[cfg(not(iommugen_test))]
impl STE_S1DSS {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::Terminate),
            0x1 => Some(Self::Bypass),
            0x2 => Some(Self::Ssid0),
            _ => None,
        }
    }
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// StreamWorld (translation regime) for stage-1-only streams.
///
/// Spec enum `SteStrw`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum SteStrw {
    /// NS-EL1, Secure or Realm-EL1, as given by the Stream table.
    El1 = 0x0,
}
#[cfg(not(iommugen_test))]
impl SteStrw {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
/// Shareability override for traffic that bypasses stage 1.
///
/// Spec enum `SteShCfg`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum SteShCfg {
    /// Use the incoming shareability attribute.
    Incoming = 0x1,
}
impl SteShCfg {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Translation granule hint of address-based TLB invalidations (RES0 if IDR3.RIL == 0).
///
/// Spec enum `TlbiGranule`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum TlbiGranule {
    /// `Granule4K` = 0x1.
    Granule4K = 0x1,
}
#[cfg(not(iommugen_test))]
impl TlbiGranule {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// ComplSignal: how completion is signalled.
///
/// Spec enum `ComplSignal`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(non_camel_case_types)]
pub(crate) enum ComplSignal {
    /// Raise an interrupt: an MSI write of MSIData to MSIAddress, or a wired interrupt.
    SIG_IRQ = 0x1,
}
#[cfg(not(iommugen_test))]
impl ComplSignal {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Shareability of the MSI write (0b01 is reserved and treated as Non-shareable).
///
/// Spec enum `MsiShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum MsiShareability {
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
#[cfg(not(iommugen_test))]
impl MsiShareability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// What the SMMU was doing when a translation-related fault arose.
///
/// Spec enum `FaultClass`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum FaultClass {
    /// Fetching a context descriptor (through stage 2).
    CD = 0x0,
    /// Fetching a stage 1 translation table descriptor (through stage 2).
    TT = 0x1,
    /// Translating the input address of the transaction itself.
    IN = 0x2,
}
#[cfg(not(iommugen_test))]
impl FaultClass {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::CD),
            0x1 => Some(Self::TT),
            0x2 => Some(Self::IN),
            _ => None,
        }
    }
}
/// Shareability of a block or page (SH\[1:0\]); 0b01 is reserved.
///
/// Spec enum `PtShareability`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(
    clippy::enum_variant_names,
    reason = "the names follow the architecture manual"
)]
pub(crate) enum PtShareability {
    /// `OuterShareable` = 0x2.
    OuterShareable = 0x2,
    /// `InnerShareable` = 0x3.
    InnerShareable = 0x3,
}
impl PtShareability {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
/// Stage 1 data access permissions, AP\[2:1\] (bit 7 = AP\[2\] read-only, bit 6 = AP\[1\] unpriv).
///
/// Spec enum `PtS1Ap`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum PtS1Ap {
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
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
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
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
