// SPDX-License-Identifier: MIT OR Apache-2.0

//! Enumerations of `riscv_iommu`: encoded field values, with fallible decoding.
#[cfg(not(iommugen_test))]
/// Interrupt generation the IOMMU supports (capabilities.IGS).
///
/// Spec enum `Igs`, 2 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) enum Igs {
    /// Message-signaled interrupts only.
    MSI = 0x0,
    /// Wire-signaled interrupts only.
    WSI = 0x1,
    /// Both; fctl.WSI selects.
    BOTH = 0x2,
}
#[cfg(not(iommugen_test))]
impl Igs {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x0 => Some(Self::MSI),
            0x1 => Some(Self::WSI),
            0x2 => Some(Self::BOTH),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// The IOMMU's translation mode (ddtp.iommu_mode).
///
/// Spec enum `IommuMode`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum IommuMode {
    /// No inbound memory transaction is allowed.
    Off = 0x0,
    /// One-level device directory table (the specification's `1LVL`).
    LVL1 = 0x2,
    /// Two-level device directory table (`2LVL`).
    LVL2 = 0x3,
    /// Three-level device directory table (`3LVL`).
    LVL3 = 0x4,
}
#[cfg(not(iommugen_test))]
impl IommuMode {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
/// The first-stage context mode of a device context (DC.fsc.MODE). With DC.tc.PDTV = 0 the
/// field holds an iosatp mode (Bare, Sv39, Sv48, Sv57), with PDTV = 1 a pdtp mode (Bare, PD8,
/// PD17, PD20); the encodings do not collide. With tc.SXL = 1, 8 is Sv32.
///
/// Spec enum `DcFscMode`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum DcFscMode {
    #[cfg(not(iommugen_test))]
    /// `Bare` = 0x0.
    Bare = 0x0,
    #[cfg(not(iommugen_test))]
    /// One-level process directory, 8-bit process_id.
    PD8 = 0x1,
    #[cfg(not(iommugen_test))]
    /// Two-level process directory, 17-bit process_id.
    PD17 = 0x2,
    #[cfg(not(iommugen_test))]
    /// Three-level process directory, 20-bit process_id.
    PD20 = 0x3,
    /// `Sv39` = 0x8.
    Sv39 = 0x8,
    #[cfg(not(iommugen_test))]
    /// `Sv48` = 0x9.
    Sv48 = 0x9,
    #[cfg(not(iommugen_test))]
    /// `Sv57` = 0xa.
    Sv57 = 0xa,
}
impl DcFscMode {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// First-stage translation mode of a process context (PC.fsc.MODE, an iosatp). With
/// DC.tc.SXL = 1, 8 is Sv32.
///
/// Spec enum `IosatpMode`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum IosatpMode {
    /// `Sv39` = 0x8.
    Sv39 = 0x8,
    /// `Sv48` = 0x9.
    Sv48 = 0x9,
    /// `Sv57` = 0xa.
    Sv57 = 0xa,
}
#[cfg(not(iommugen_test))]
impl IosatpMode {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Second-stage translation mode (DC.iohgatp.MODE). With fctl.GXL = 1, 8 is Sv32x4.
///
/// Spec enum `IohgatpMode`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum IohgatpMode {
    /// `Bare` = 0x0.
    Bare = 0x0,
}
#[cfg(not(iommugen_test))]
impl IohgatpMode {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
#[cfg(not(iommugen_test))]
/// Why a fault record was written (fault record CAUSE). 275-2047 are reserved, 2048-4095
/// designated for custom use.
///
/// Spec enum `FaultCause`, 12 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u16)]
pub(crate) enum FaultCause {
    /// `InstructionAccessFault` = 0x1.
    InstructionAccessFault = 0x1,
    /// `ReadAddressMisaligned` = 0x4.
    ReadAddressMisaligned = 0x4,
    /// `ReadAccessFault` = 0x5.
    ReadAccessFault = 0x5,
    /// `WriteAddressMisaligned` = 0x6.
    WriteAddressMisaligned = 0x6,
    /// `WriteAccessFault` = 0x7.
    WriteAccessFault = 0x7,
    /// `InstructionPageFault` = 0xc.
    InstructionPageFault = 0xc,
    /// `ReadPageFault` = 0xd.
    ReadPageFault = 0xd,
    /// `WritePageFault` = 0xf.
    WritePageFault = 0xf,
    /// `InstructionGuestPageFault` = 0x14.
    InstructionGuestPageFault = 0x14,
    /// `ReadGuestPageFault` = 0x15.
    ReadGuestPageFault = 0x15,
    /// `WriteGuestPageFault` = 0x17.
    WriteGuestPageFault = 0x17,
    /// All inbound transactions disallowed (ddtp.iommu_mode is Off).
    AllInboundDisallowed = 0x100,
    /// `DdtEntryLoadAccessFault` = 0x101.
    DdtEntryLoadAccessFault = 0x101,
    /// `DdtEntryNotValid` = 0x102.
    DdtEntryNotValid = 0x102,
    /// `DdtEntryMisconfigured` = 0x103.
    DdtEntryMisconfigured = 0x103,
    /// `TransactionTypeDisallowed` = 0x104.
    TransactionTypeDisallowed = 0x104,
    /// `MsiPteLoadAccessFault` = 0x105.
    MsiPteLoadAccessFault = 0x105,
    /// `MsiPteNotValid` = 0x106.
    MsiPteNotValid = 0x106,
    /// `MsiPteMisconfigured` = 0x107.
    MsiPteMisconfigured = 0x107,
    /// `MrifAccessFault` = 0x108.
    MrifAccessFault = 0x108,
    /// `PdtEntryLoadAccessFault` = 0x109.
    PdtEntryLoadAccessFault = 0x109,
    /// `PdtEntryNotValid` = 0x10a.
    PdtEntryNotValid = 0x10a,
    /// `PdtEntryMisconfigured` = 0x10b.
    PdtEntryMisconfigured = 0x10b,
    /// `DdtDataCorruption` = 0x10c.
    DdtDataCorruption = 0x10c,
    /// `PdtDataCorruption` = 0x10d.
    PdtDataCorruption = 0x10d,
    /// `MsiPtDataCorruption` = 0x10e.
    MsiPtDataCorruption = 0x10e,
    /// `MsiMrifDataCorruption` = 0x10f.
    MsiMrifDataCorruption = 0x10f,
    /// `InternalDataPathError` = 0x110.
    InternalDataPathError = 0x110,
    /// `IommuMsiWriteAccessFault` = 0x111.
    IommuMsiWriteAccessFault = 0x111,
    /// `PtDataCorruption` = 0x112.
    PtDataCorruption = 0x112,
}
#[cfg(not(iommugen_test))]
impl FaultCause {
    /// Decodes a raw field value; `None` for a reserved encoding.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Option<Self> {
        match raw {
            0x1 => Some(Self::InstructionAccessFault),
            0x4 => Some(Self::ReadAddressMisaligned),
            0x5 => Some(Self::ReadAccessFault),
            0x6 => Some(Self::WriteAddressMisaligned),
            0x7 => Some(Self::WriteAccessFault),
            0xc => Some(Self::InstructionPageFault),
            0xd => Some(Self::ReadPageFault),
            0xf => Some(Self::WritePageFault),
            0x14 => Some(Self::InstructionGuestPageFault),
            0x15 => Some(Self::ReadGuestPageFault),
            0x17 => Some(Self::WriteGuestPageFault),
            0x100 => Some(Self::AllInboundDisallowed),
            0x101 => Some(Self::DdtEntryLoadAccessFault),
            0x102 => Some(Self::DdtEntryNotValid),
            0x103 => Some(Self::DdtEntryMisconfigured),
            0x104 => Some(Self::TransactionTypeDisallowed),
            0x105 => Some(Self::MsiPteLoadAccessFault),
            0x106 => Some(Self::MsiPteNotValid),
            0x107 => Some(Self::MsiPteMisconfigured),
            0x108 => Some(Self::MrifAccessFault),
            0x109 => Some(Self::PdtEntryLoadAccessFault),
            0x10a => Some(Self::PdtEntryNotValid),
            0x10b => Some(Self::PdtEntryMisconfigured),
            0x10c => Some(Self::DdtDataCorruption),
            0x10d => Some(Self::PdtDataCorruption),
            0x10e => Some(Self::MsiPtDataCorruption),
            0x10f => Some(Self::MsiMrifDataCorruption),
            0x110 => Some(Self::InternalDataPathError),
            0x111 => Some(Self::IommuMsiWriteAccessFault),
            0x112 => Some(Self::PtDataCorruption),
            _ => None,
        }
    }
}
#[cfg(not(iommugen_test))]
/// The PCIe page request group response code (ATS.PRGR).
///
/// Spec enum `PrgResponseCode`, 4 bits wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub(crate) enum PrgResponseCode {
    /// `InvalidRequest` = 0x1.
    InvalidRequest = 0x1,
}
#[cfg(not(iommugen_test))]
impl PrgResponseCode {
    /// The raw encoding.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self as u64
    }
}
