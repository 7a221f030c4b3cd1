// SPDX-License-Identifier: MIT OR Apache-2.0

//! Registers of `smmuv3`: one value type per register, with its offset and typed fields.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Offset of register block `page0` from the device's MMIO base.
pub const PAGE0_BASE: usize = 0x0_usize;
/// Size in bytes of register block `page0`.
pub const PAGE0_SIZE: usize = 0x10000_usize;
/// Offset of register block `page1` from the device's MMIO base.
pub const PAGE1_BASE: usize = 0x10000_usize;
/// Size in bytes of register block `page1`.
pub const PAGE1_SIZE: usize = 0x10000_usize;
/// Size of the device's whole MMIO region.
pub const MMIO_SIZE: usize = 0x20000_usize;
/// Feature identification, part 0: translation stages, formats and optional features.
///
/// `IDR0`: 32-bit read-only register at offset 0x0 (block `page0` + 0x0).
///
/// Architecture reference: section 6.3.1.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR0(u32);
#[allow(non_snake_case)]
impl IDR0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "S2P",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "S1P",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "TTF",
            lsb: 2,
            msb: 3,
        },
        FieldInfo {
            name: "COHACC",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "BTM",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "HTTU",
            lsb: 6,
            msb: 7,
        },
        FieldInfo {
            name: "DORMHINT",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "Hyp",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "ATS",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "NS1ATS",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "ASID16",
            lsb: 12,
            msb: 12,
        },
        FieldInfo {
            name: "MSI",
            lsb: 13,
            msb: 13,
        },
        FieldInfo {
            name: "SEV",
            lsb: 14,
            msb: 14,
        },
        FieldInfo {
            name: "ATOS",
            lsb: 15,
            msb: 15,
        },
        FieldInfo {
            name: "PRI",
            lsb: 16,
            msb: 16,
        },
        FieldInfo {
            name: "VMW",
            lsb: 17,
            msb: 17,
        },
        FieldInfo {
            name: "VMID16",
            lsb: 18,
            msb: 18,
        },
        FieldInfo {
            name: "CD2L",
            lsb: 19,
            msb: 19,
        },
        FieldInfo {
            name: "VATOS",
            lsb: 20,
            msb: 20,
        },
        FieldInfo {
            name: "TTENDIAN",
            lsb: 21,
            msb: 22,
        },
        FieldInfo {
            name: "ATSRECERR",
            lsb: 23,
            msb: 23,
        },
        FieldInfo {
            name: "STALL_MODEL",
            lsb: 24,
            msb: 25,
        },
        FieldInfo {
            name: "TERM_MODEL",
            lsb: 26,
            msb: 26,
        },
        FieldInfo {
            name: "ST_LEVEL",
            lsb: 27,
            msb: 28,
        },
        FieldInfo {
            name: "RME_IMPL",
            lsb: 30,
            msb: 30,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `S2P`, bit \[0\]
    ///
    /// Stage 2 translation is implemented.
    #[inline]
    pub const fn S2P(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `S1P`, bit \[1\]
    ///
    /// Stage 1 translation is implemented.
    #[inline]
    pub const fn S1P(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// `TTF`, bits \[3:2\]
    ///
    /// Translation table formats usable at both stages.
    #[inline]
    pub const fn TTF(&self) -> Result<super::enums::TtFormat, FieldError> {
        let raw = support::get(self.0 as u64, 2, 0x3);
        match super::enums::TtFormat::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTF",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TTF`, bits \[3:2\].
    #[inline]
    pub const fn TTF_bits(&self) -> u64 {
        support::get(self.0 as u64, 2, 0x3)
    }
    /// `COHACC`, bit \[4\]
    ///
    /// Tables, structures, queues and MSIs can be accessed IO-coherently.
    #[inline]
    pub const fn COHACC(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `BTM`, bit \[5\]
    ///
    /// Broadcast TLB maintenance from the PEs is honoured.
    #[inline]
    pub const fn BTM(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `HTTU`, bits \[7:6\]
    ///
    /// Hardware update of Access flag / Dirty state in translation tables.
    #[inline]
    pub const fn HTTU(&self) -> Result<super::enums::Httu, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x3);
        match super::enums::Httu::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "HTTU",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `HTTU`, bits \[7:6\].
    #[inline]
    pub const fn HTTU_bits(&self) -> u64 {
        support::get(self.0 as u64, 6, 0x3)
    }
    /// `DORMHINT`, bit \[8\]
    ///
    /// STATUSR.DORMANT is implemented.
    #[inline]
    pub const fn DORMHINT(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// `Hyp`, bit \[9\]
    ///
    /// EL2 (hypervisor) stage 1 contexts are supported.
    #[inline]
    pub const fn Hyp(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// `ATS`, bit \[10\]
    ///
    /// PCIe ATS is supported.
    #[inline]
    pub const fn ATS(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// `NS1ATS`, bit \[11\]
    ///
    /// Stage-1-only (split-stage) ATS is NOT supported.
    #[inline]
    pub const fn NS1ATS(&self) -> bool {
        support::get(self.0 as u64, 11, 0x1) != 0
    }
    /// `ASID16`, bit \[12\]
    ///
    /// 16-bit ASIDs are supported.
    #[inline]
    pub const fn ASID16(&self) -> bool {
        support::get(self.0 as u64, 12, 0x1) != 0
    }
    /// `MSI`, bit \[13\]
    ///
    /// Message-signalled interrupts are supported.
    #[inline]
    pub const fn MSI(&self) -> bool {
        support::get(self.0 as u64, 13, 0x1) != 0
    }
    /// `SEV`, bit \[14\]
    ///
    /// The SMMU can send WFE wake-up events to the PEs.
    #[inline]
    pub const fn SEV(&self) -> bool {
        support::get(self.0 as u64, 14, 0x1) != 0
    }
    /// `ATOS`, bit \[15\]
    ///
    /// Global Address Translation Operations (GATOS_*) are supported.
    #[inline]
    pub const fn ATOS(&self) -> bool {
        support::get(self.0 as u64, 15, 0x1) != 0
    }
    /// `PRI`, bit \[16\]
    ///
    /// PCIe Page Request Interface and the PRI queue are supported.
    #[inline]
    pub const fn PRI(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `VMW`, bit \[17\]
    ///
    /// VMID wildcard matching for TLB invalidation (CR0.VMW) is supported.
    #[inline]
    pub const fn VMW(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
    /// `VMID16`, bit \[18\]
    ///
    /// 16-bit VMIDs are supported.
    #[inline]
    pub const fn VMID16(&self) -> bool {
        support::get(self.0 as u64, 18, 0x1) != 0
    }
    /// `CD2L`, bit \[19\]
    ///
    /// Two-level Context descriptor tables are supported.
    #[inline]
    pub const fn CD2L(&self) -> bool {
        support::get(self.0 as u64, 19, 0x1) != 0
    }
    /// `VATOS`, bit \[20\]
    ///
    /// The virtual ATOS page is present.
    #[inline]
    pub const fn VATOS(&self) -> bool {
        support::get(self.0 as u64, 20, 0x1) != 0
    }
    /// `TTENDIAN`, bits \[22:21\]
    ///
    /// Endianness allowed for translation table walks.
    #[inline]
    pub const fn TTENDIAN(&self) -> Result<super::enums::TtEndian, FieldError> {
        let raw = support::get(self.0 as u64, 21, 0x3);
        match super::enums::TtEndian::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTENDIAN",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TTENDIAN`, bits \[22:21\].
    #[inline]
    pub const fn TTENDIAN_bits(&self) -> u64 {
        support::get(self.0 as u64, 21, 0x3)
    }
    /// `ATSRECERR`, bit \[23\]
    ///
    /// Extra configuration errors can be recorded for ATS and PRI (CR2.REC_CFG_ATS).
    #[inline]
    pub const fn ATSRECERR(&self) -> bool {
        support::get(self.0 as u64, 23, 0x1) != 0
    }
    /// `STALL_MODEL`, bits \[25:24\]
    ///
    /// Which fault models (stall, terminate) are available.
    #[inline]
    pub const fn STALL_MODEL(&self) -> Result<super::enums::StallModel, FieldError> {
        let raw = support::get(self.0 as u64, 24, 0x3);
        match super::enums::StallModel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "STALL_MODEL",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `STALL_MODEL`, bits \[25:24\].
    #[inline]
    pub const fn STALL_MODEL_bits(&self) -> u64 {
        support::get(self.0 as u64, 24, 0x3)
    }
    /// `TERM_MODEL`, bit \[26\]
    ///
    /// Set: a terminated transaction always aborts (CD.A must be 1).
    #[inline]
    pub const fn TERM_MODEL(&self) -> bool {
        support::get(self.0 as u64, 26, 0x1) != 0
    }
    /// `ST_LEVEL`, bits \[28:27\]
    ///
    /// Stream table formats supported.
    #[inline]
    pub const fn ST_LEVEL(&self) -> Result<super::enums::StLevel, FieldError> {
        let raw = support::get(self.0 as u64, 27, 0x3);
        match super::enums::StLevel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "ST_LEVEL",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `ST_LEVEL`, bits \[28:27\].
    #[inline]
    pub const fn ST_LEVEL_bits(&self) -> u64 {
        support::get(self.0 as u64, 27, 0x3)
    }
    /// `RME_IMPL`, bit \[30\]
    ///
    /// Realm Management Extension features are implemented.
    #[inline]
    pub const fn RME_IMPL(&self) -> bool {
        support::get(self.0 as u64, 30, 0x1) != 0
    }
}
impl Register for IDR0 {
    const NAME: &'static str = "IDR0";
    const OFFSET: usize = 0x0_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for IDR0 {}
impl ::core::fmt::Debug for IDR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR0", Self::FIELDS, &[self.0 as u64])
    }
}
/// Feature identification, part 1: queue and table sizes, presets and ID widths.
///
/// `IDR1`: 32-bit read-only register at offset 0x4 (block `page0` + 0x4).
///
/// Architecture reference: section 6.3.2.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR1(u32);
#[allow(non_snake_case)]
impl IDR1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x4_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SIDSIZE",
            lsb: 0,
            msb: 5,
        },
        FieldInfo {
            name: "SSIDSIZE",
            lsb: 6,
            msb: 10,
        },
        FieldInfo {
            name: "PRIQS",
            lsb: 11,
            msb: 15,
        },
        FieldInfo {
            name: "EVENTQS",
            lsb: 16,
            msb: 20,
        },
        FieldInfo {
            name: "CMDQS",
            lsb: 21,
            msb: 25,
        },
        FieldInfo {
            name: "ATTR_PERMS_OVR",
            lsb: 26,
            msb: 26,
        },
        FieldInfo {
            name: "ATTR_TYPES_OVR",
            lsb: 27,
            msb: 27,
        },
        FieldInfo {
            name: "REL",
            lsb: 28,
            msb: 28,
        },
        FieldInfo {
            name: "QUEUES_PRESET",
            lsb: 29,
            msb: 29,
        },
        FieldInfo {
            name: "TABLES_PRESET",
            lsb: 30,
            msb: 30,
        },
        FieldInfo {
            name: "ECMDQ",
            lsb: 31,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `SIDSIZE`, bits \[5:0\]
    ///
    /// Number of StreamID bits (0 to 32).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn SIDSIZE(&self) -> u8 {
        support::get(self.0 as u64, 0, 0x3f) as u8
    }
    /// `SSIDSIZE`, bits \[10:6\]
    ///
    /// Number of SubstreamID bits (0 to 20; 0 means no substreams).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn SSIDSIZE(&self) -> u8 {
        support::get(self.0 as u64, 6, 0x1f) as u8
    }
    /// `PRIQS`, bits \[15:11\]
    ///
    /// Maximum PRI queue size, log2 of entries (at most 19).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn PRIQS(&self) -> u8 {
        support::get(self.0 as u64, 11, 0x1f) as u8
    }
    /// `EVENTQS`, bits \[20:16\]
    ///
    /// Maximum Event queue size, log2 of entries (at most 19).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn EVENTQS(&self) -> u8 {
        support::get(self.0 as u64, 16, 0x1f) as u8
    }
    /// `CMDQS`, bits \[25:21\]
    ///
    /// Maximum Command queue size, log2 of entries (at most 19).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn CMDQS(&self) -> u8 {
        support::get(self.0 as u64, 21, 0x1f) as u8
    }
    /// `ATTR_PERMS_OVR`, bit \[26\]
    ///
    /// Instruction/data, privilege and NS input attributes can be overridden.
    #[inline]
    pub const fn ATTR_PERMS_OVR(&self) -> bool {
        support::get(self.0 as u64, 26, 0x1) != 0
    }
    /// `ATTR_TYPES_OVR`, bit \[27\]
    ///
    /// Memory type, shareability and allocation hints can be overridden.
    #[inline]
    pub const fn ATTR_TYPES_OVR(&self) -> bool {
        support::get(self.0 as u64, 27, 0x1) != 0
    }
    /// `REL`, bit \[28\]
    ///
    /// Preset base registers hold offsets from page 0 rather than absolute addresses.
    #[inline]
    pub const fn REL(&self) -> bool {
        support::get(self.0 as u64, 28, 0x1) != 0
    }
    /// `QUEUES_PRESET`, bit \[29\]
    ///
    /// Queue base registers are fixed by the implementation.
    #[inline]
    pub const fn QUEUES_PRESET(&self) -> bool {
        support::get(self.0 as u64, 29, 0x1) != 0
    }
    /// `TABLES_PRESET`, bit \[30\]
    ///
    /// Stream table base registers are fixed by the implementation.
    #[inline]
    pub const fn TABLES_PRESET(&self) -> bool {
        support::get(self.0 as u64, 30, 0x1) != 0
    }
    /// `ECMDQ`, bit \[31\]
    ///
    /// Enhanced Command queue interfaces exist (see IDR6).
    #[inline]
    pub const fn ECMDQ(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
}
impl Register for IDR1 {
    const NAME: &'static str = "IDR1";
    const OFFSET: usize = 0x4_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for IDR1 {}
impl ::core::fmt::Debug for IDR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR1", Self::FIELDS, &[self.0 as u64])
    }
}
/// Feature identification, part 3: later architecture extensions.
///
/// `IDR3`: 32-bit read-only register at offset 0xc (block `page0` + 0xc).
///
/// Architecture reference: section 6.3.4.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR3(u32);
#[allow(non_snake_case)]
impl IDR3 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xc_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "HAD",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "PBHA",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "XNX",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "PPS",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "MPAM",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "FWB",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "STT",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "RIL",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "BBML",
            lsb: 11,
            msb: 12,
        },
        FieldInfo {
            name: "E0PD",
            lsb: 13,
            msb: 13,
        },
        FieldInfo {
            name: "PTWNNC",
            lsb: 14,
            msb: 14,
        },
        FieldInfo {
            name: "DPT",
            lsb: 15,
            msb: 15,
        },
        FieldInfo {
            name: "PASIDTT",
            lsb: 16,
            msb: 16,
        },
        FieldInfo {
            name: "EPAN",
            lsb: 17,
            msb: 17,
        },
        FieldInfo {
            name: "S1PI",
            lsb: 18,
            msb: 18,
        },
        FieldInfo {
            name: "S2PI",
            lsb: 19,
            msb: 19,
        },
        FieldInfo {
            name: "S2PO",
            lsb: 20,
            msb: 20,
        },
        FieldInfo {
            name: "THE",
            lsb: 21,
            msb: 21,
        },
        FieldInfo {
            name: "MTEPERM",
            lsb: 22,
            msb: 22,
        },
        FieldInfo {
            name: "AIE",
            lsb: 23,
            msb: 23,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `HAD`, bit \[2\]
    ///
    /// Hierarchical attribute disables (CD.HAD0/HAD1) are honoured.
    #[inline]
    pub const fn HAD(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// `PBHA`, bit \[3\]
    ///
    /// Page-based hardware attributes are supported.
    #[inline]
    pub const fn PBHA(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// `XNX`, bit \[4\]
    ///
    /// Stage 2 execute-never can differ between EL0 and EL1.
    #[inline]
    pub const fn XNX(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `PPS`, bit \[5\]
    ///
    /// PASID is always used on PRI auto-responses, regardless of STE.PPAR.
    #[inline]
    pub const fn PPS(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `MPAM`, bit \[7\]
    ///
    /// Memory System Resource Partitioning and Monitoring is supported.
    #[inline]
    pub const fn MPAM(&self) -> bool {
        support::get(self.0 as u64, 7, 0x1) != 0
    }
    /// `FWB`, bit \[8\]
    ///
    /// Stage 2 can force the final memory type (STE.S2FWB).
    #[inline]
    pub const fn FWB(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// `STT`, bit \[9\]
    ///
    /// Small translation tables (larger TxSZ) are supported.
    #[inline]
    pub const fn STT(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// `RIL`, bit \[10\]
    ///
    /// Range invalidation and level hints in TLBI commands are supported.
    #[inline]
    pub const fn RIL(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// `BBML`, bits \[12:11\]
    ///
    /// Break-before-make behaviour level.
    #[inline]
    pub const fn BBML(&self) -> Result<super::enums::Bbml, FieldError> {
        let raw = support::get(self.0 as u64, 11, 0x3);
        match super::enums::Bbml::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "BBML",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `BBML`, bits \[12:11\].
    #[inline]
    pub const fn BBML_bits(&self) -> u64 {
        support::get(self.0 as u64, 11, 0x3)
    }
    /// `E0PD`, bit \[13\]
    ///
    /// The E0PD mechanism (CD.E0PD0/E0PD1) is supported.
    #[inline]
    pub const fn E0PD(&self) -> bool {
        support::get(self.0 as u64, 13, 0x1) != 0
    }
    /// `PTWNNC`, bit \[14\]
    ///
    /// STE.S2PTW = 0 treats Device-mapped stage 1 walks as Normal Non-cacheable.
    #[inline]
    pub const fn PTWNNC(&self) -> bool {
        support::get(self.0 as u64, 14, 0x1) != 0
    }
    /// `DPT`, bit \[15\]
    ///
    /// The Device Permission Table is supported for Non-secure streams.
    #[inline]
    pub const fn DPT(&self) -> bool {
        support::get(self.0 as u64, 15, 0x1) != 0
    }
    /// `PASIDTT`, bit \[16\]
    ///
    /// PASID on ATS Translated transactions is supported.
    #[inline]
    pub const fn PASIDTT(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `EPAN`, bit \[17\]
    ///
    /// Enhanced PAN is supported.
    #[inline]
    pub const fn EPAN(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
    /// `S1PI`, bit \[18\]
    ///
    /// Stage 1 permission indirection is supported.
    #[inline]
    pub const fn S1PI(&self) -> bool {
        support::get(self.0 as u64, 18, 0x1) != 0
    }
    /// `S2PI`, bit \[19\]
    ///
    /// Stage 2 permission indirection is supported.
    #[inline]
    pub const fn S2PI(&self) -> bool {
        support::get(self.0 as u64, 19, 0x1) != 0
    }
    /// `S2PO`, bit \[20\]
    ///
    /// Stage 2 permission overlays are supported.
    #[inline]
    pub const fn S2PO(&self) -> bool {
        support::get(self.0 as u64, 20, 0x1) != 0
    }
    /// `THE`, bit \[21\]
    ///
    /// The translation hardening extension is supported.
    #[inline]
    pub const fn THE(&self) -> bool {
        support::get(self.0 as u64, 21, 0x1) != 0
    }
    /// `MTEPERM`, bit \[22\]
    ///
    /// Stage 2 NoTagAccess memory attribute encodings are supported.
    #[inline]
    pub const fn MTEPERM(&self) -> bool {
        support::get(self.0 as u64, 22, 0x1) != 0
    }
    /// `AIE`, bit \[23\]
    ///
    /// Stage 1 attribute index extension (CD.AIE) is supported.
    #[inline]
    pub const fn AIE(&self) -> bool {
        support::get(self.0 as u64, 23, 0x1) != 0
    }
}
impl Register for IDR3 {
    const NAME: &'static str = "IDR3";
    const OFFSET: usize = 0xc_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR3::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for IDR3 {}
impl ::core::fmt::Debug for IDR3 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR3", Self::FIELDS, &[self.0 as u64])
    }
}
/// Feature identification, part 5: address sizes, granules and stall limit.
///
/// `IDR5`: 32-bit read-only register at offset 0x14 (block `page0` + 0x14).
///
/// Architecture reference: section 6.3.6.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR5(u32);
#[allow(non_snake_case)]
impl IDR5 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x14_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "OAS",
            lsb: 0,
            msb: 2,
        },
        FieldInfo {
            name: "GRAN4K",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "GRAN16K",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "GRAN64K",
            lsb: 6,
            msb: 6,
        },
        FieldInfo {
            name: "DS",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "D128",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "VAX",
            lsb: 10,
            msb: 11,
        },
        FieldInfo {
            name: "STALL_MAX",
            lsb: 16,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `OAS`, bits \[2:0\]
    ///
    /// Physical (output) address size.
    #[inline]
    pub const fn OAS(&self) -> Result<super::enums::OutputAddrSize, FieldError> {
        let raw = support::get(self.0 as u64, 0, 0x7);
        match super::enums::OutputAddrSize::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "OAS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `OAS`, bits \[2:0\].
    #[inline]
    pub const fn OAS_bits(&self) -> u64 {
        support::get(self.0 as u64, 0, 0x7)
    }
    /// `GRAN4K`, bit \[4\]
    ///
    /// The 4 KiB translation granule is supported.
    #[inline]
    pub const fn GRAN4K(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `GRAN16K`, bit \[5\]
    ///
    /// The 16 KiB translation granule is supported.
    #[inline]
    pub const fn GRAN16K(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `GRAN64K`, bit \[6\]
    ///
    /// The 64 KiB translation granule is supported.
    #[inline]
    pub const fn GRAN64K(&self) -> bool {
        support::get(self.0 as u64, 6, 0x1) != 0
    }
    /// `DS`, bit \[7\]
    ///
    /// 52-bit addresses with the 4K and 16K granules (LPA2 behaviour).
    #[inline]
    pub const fn DS(&self) -> bool {
        support::get(self.0 as u64, 7, 0x1) != 0
    }
    /// `D128`, bit \[8\]
    ///
    /// 128-bit VMSAv9-128 descriptors are supported.
    #[inline]
    pub const fn D128(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// `VAX`, bits \[11:10\]
    ///
    /// Largest virtual address size a CD.TTBx can translate.
    #[inline]
    pub const fn VAX(&self) -> Result<super::enums::VaExtend, FieldError> {
        let raw = support::get(self.0 as u64, 10, 0x3);
        match super::enums::VaExtend::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "VAX",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `VAX`, bits \[11:10\].
    #[inline]
    pub const fn VAX_bits(&self) -> u64 {
        support::get(self.0 as u64, 10, 0x3)
    }
    /// `STALL_MAX`, bits \[31:16\]
    ///
    /// Most stall records that can be outstanding without a resume or terminate.
    #[inline]
    pub const fn STALL_MAX(&self) -> u16 {
        support::get(self.0 as u64, 16, 0xffff) as u16
    }
}
impl Register for IDR5 {
    const NAME: &'static str = "IDR5";
    const OFFSET: usize = 0x14_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR5::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for IDR5 {}
impl ::core::fmt::Debug for IDR5 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR5", Self::FIELDS, &[self.0 as u64])
    }
}
/// Global enables; each field takes effect once CR0ACK shows the written value.
///
/// `CR0`: 32-bit read-write register at offset 0x20 (block `page0` + 0x20).
/// A write takes effect when `CR0ACK` reads back the same values.
///
/// Architecture reference: section 6.3.9.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct CR0(u32);
#[allow(non_snake_case)]
impl CR0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x20_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SMMUEN",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "PRIQEN",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "EVENTQEN",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "CMDQEN",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "ATSCHK",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "VMW",
            lsb: 6,
            msb: 8,
        },
        FieldInfo {
            name: "DPT_WALK_EN",
            lsb: 10,
            msb: 10,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `SMMUEN`, bit \[0\]
    ///
    /// Enable translation of Non-secure streams; when clear they follow GBPA.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SMMUEN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `SMMUEN`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SMMUEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `SMMUEN`, bit \[0\] to `v`.
    #[inline]
    pub fn set_SMMUEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `PRIQEN`, bit \[1\]
    ///
    /// Enable writes to the PRI queue.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn PRIQEN(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `PRIQEN`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `PRIQEN`, bit \[1\] to `v`.
    #[inline]
    pub fn set_PRIQEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `EVENTQEN`, bit \[2\]
    ///
    /// Enable writes to the Event queue.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQEN(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Returns the value with `EVENTQEN`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EVENTQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
    /// Sets `EVENTQEN`, bit \[2\] to `v`.
    #[inline]
    pub fn set_EVENTQEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 2, 0x1, v as u64) as u32;
    }
    /// `CMDQEN`, bit \[3\]
    ///
    /// Enable consumption of the Command queue.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQEN(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// Returns the value with `CMDQEN`, bit \[3\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CMDQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 3, 0x1, v as u64) as u32)
    }
    /// Sets `CMDQEN`, bit \[3\] to `v`.
    #[inline]
    pub fn set_CMDQEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 3, 0x1, v as u64) as u32;
    }
    /// `ATSCHK`, bit \[4\]
    ///
    /// Check ATS Translated traffic against STE.EATS (safe mode).
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn ATSCHK(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// Returns the value with `ATSCHK`, bit \[4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ATSCHK(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 4, 0x1, v as u64) as u32)
    }
    /// Sets `ATSCHK`, bit \[4\] to `v`.
    #[inline]
    pub fn set_ATSCHK(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 4, 0x1, v as u64) as u32;
    }
    /// `VMW`, bits \[8:6\]
    ///
    /// VMID wildcard applied by TLB invalidations.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn VMW(&self) -> Result<super::enums::VmidWildcard, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x7);
        match super::enums::VmidWildcard::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "VMW",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `VMW`, bits \[8:6\].
    #[inline]
    pub const fn VMW_bits(&self) -> u64 {
        support::get(self.0 as u64, 6, 0x7)
    }
    /// Returns the value with `VMW`, bits \[8:6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMW(self, v: super::enums::VmidWildcard) -> Self {
        Self(support::put(self.0 as u64, 6, 0x7, v.bits()) as u32)
    }
    /// Sets `VMW`, bits \[8:6\] to `v`.
    #[inline]
    pub fn set_VMW(&mut self, v: super::enums::VmidWildcard) {
        self.0 = support::put(self.0 as u64, 6, 0x7, v.bits()) as u32;
    }
    /// `DPT_WALK_EN`, bit \[10\]
    ///
    /// Enable Device Permission Table walks.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn DPT_WALK_EN(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// Returns the value with `DPT_WALK_EN`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DPT_WALK_EN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 10, 0x1, v as u64) as u32)
    }
    /// Sets `DPT_WALK_EN`, bit \[10\] to `v`.
    #[inline]
    pub fn set_DPT_WALK_EN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 10, 0x1, v as u64) as u32;
    }
    /// Whether `ack` (a `CR0ACK` read) acknowledges this value: the shared fields are equal.
    #[inline]
    pub const fn acked_by(self, ack: CR0ACK) -> bool {
        (self.0 ^ ack.0) & 0x5df_u32 == 0
    }
}
impl Register for CR0 {
    const NAME: &'static str = "CR0";
    const OFFSET: usize = 0x20_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CR0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for CR0 {}
impl Writable for CR0 {}
impl support::AckedBy for CR0 {
    type Ack = CR0ACK;
    const SHARED: u64 = 0x5df;
}
impl ::core::fmt::Debug for CR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR0", Self::FIELDS, &[self.0 as u64])
    }
}
/// Acknowledgement of CR0: reflects each CR0 field once its update has completed.
///
/// `CR0ACK`: 32-bit read-only register at offset 0x24 (block `page0` + 0x24).
///
/// Architecture reference: section 6.3.10.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct CR0ACK(u32);
#[allow(non_snake_case)]
impl CR0ACK {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x24_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SMMUEN",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "PRIQEN",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "EVENTQEN",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "CMDQEN",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "ATSCHK",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "VMW",
            lsb: 6,
            msb: 8,
        },
        FieldInfo {
            name: "DPT_WALK_EN",
            lsb: 10,
            msb: 10,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `SMMUEN`, bit \[0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SMMUEN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `PRIQEN`, bit \[1\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn PRIQEN(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// `EVENTQEN`, bit \[2\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQEN(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// `CMDQEN`, bit \[3\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQEN(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// `ATSCHK`, bit \[4\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn ATSCHK(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `VMW`, bits \[8:6\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn VMW(&self) -> Result<super::enums::VmidWildcard, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x7);
        match super::enums::VmidWildcard::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "VMW",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `VMW`, bits \[8:6\].
    #[inline]
    pub const fn VMW_bits(&self) -> u64 {
        support::get(self.0 as u64, 6, 0x7)
    }
    /// `DPT_WALK_EN`, bit \[10\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn DPT_WALK_EN(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
}
impl Register for CR0ACK {
    const NAME: &'static str = "CR0ACK";
    const OFFSET: usize = 0x24_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CR0ACK::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for CR0ACK {}
impl ::core::fmt::Debug for CR0ACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR0ACK", Self::FIELDS, &[self.0 as u64])
    }
}
/// Memory attributes of SMMU accesses to the queues and to the Stream table.
///
/// `CR1`: 32-bit read-write register at offset 0x28 (block `page0` + 0x28).
///
/// Architecture reference: section 6.3.11.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct CR1(u32);
#[allow(non_snake_case)]
impl CR1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x28_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "QUEUE_IC",
            lsb: 0,
            msb: 1,
        },
        FieldInfo {
            name: "QUEUE_OC",
            lsb: 2,
            msb: 3,
        },
        FieldInfo {
            name: "QUEUE_SH",
            lsb: 4,
            msb: 5,
        },
        FieldInfo {
            name: "TABLE_IC",
            lsb: 6,
            msb: 7,
        },
        FieldInfo {
            name: "TABLE_OC",
            lsb: 8,
            msb: 9,
        },
        FieldInfo {
            name: "TABLE_SH",
            lsb: 10,
            msb: 11,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `QUEUE_IC`, bits \[1:0\]
    ///
    /// Inner cacheability of queue accesses.
    #[inline]
    pub const fn QUEUE_IC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 0, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "QUEUE_IC",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `QUEUE_IC`, bits \[1:0\].
    #[inline]
    pub const fn QUEUE_IC_bits(&self) -> u64 {
        support::get(self.0 as u64, 0, 0x3)
    }
    /// Returns the value with `QUEUE_IC`, bits \[1:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_QUEUE_IC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 0, 0x3, v.bits()) as u32)
    }
    /// Sets `QUEUE_IC`, bits \[1:0\] to `v`.
    #[inline]
    pub fn set_QUEUE_IC(&mut self, v: super::enums::RegCacheability) {
        self.0 = support::put(self.0 as u64, 0, 0x3, v.bits()) as u32;
    }
    /// `QUEUE_OC`, bits \[3:2\]
    ///
    /// Outer cacheability of queue accesses.
    #[inline]
    pub const fn QUEUE_OC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 2, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "QUEUE_OC",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `QUEUE_OC`, bits \[3:2\].
    #[inline]
    pub const fn QUEUE_OC_bits(&self) -> u64 {
        support::get(self.0 as u64, 2, 0x3)
    }
    /// Returns the value with `QUEUE_OC`, bits \[3:2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_QUEUE_OC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 2, 0x3, v.bits()) as u32)
    }
    /// Sets `QUEUE_OC`, bits \[3:2\] to `v`.
    #[inline]
    pub fn set_QUEUE_OC(&mut self, v: super::enums::RegCacheability) {
        self.0 = support::put(self.0 as u64, 2, 0x3, v.bits()) as u32;
    }
    /// `QUEUE_SH`, bits \[5:4\]
    ///
    /// Shareability of queue accesses.
    #[inline]
    pub const fn QUEUE_SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "QUEUE_SH",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `QUEUE_SH`, bits \[5:4\].
    #[inline]
    pub const fn QUEUE_SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x3)
    }
    /// Returns the value with `QUEUE_SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_QUEUE_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Sets `QUEUE_SH`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_QUEUE_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 4, 0x3, v.bits()) as u32;
    }
    /// `TABLE_IC`, bits \[7:6\]
    ///
    /// Inner cacheability of Stream table accesses.
    #[inline]
    pub const fn TABLE_IC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TABLE_IC",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TABLE_IC`, bits \[7:6\].
    #[inline]
    pub const fn TABLE_IC_bits(&self) -> u64 {
        support::get(self.0 as u64, 6, 0x3)
    }
    /// Returns the value with `TABLE_IC`, bits \[7:6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TABLE_IC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 6, 0x3, v.bits()) as u32)
    }
    /// Sets `TABLE_IC`, bits \[7:6\] to `v`.
    #[inline]
    pub fn set_TABLE_IC(&mut self, v: super::enums::RegCacheability) {
        self.0 = support::put(self.0 as u64, 6, 0x3, v.bits()) as u32;
    }
    /// `TABLE_OC`, bits \[9:8\]
    ///
    /// Outer cacheability of Stream table accesses.
    #[inline]
    pub const fn TABLE_OC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 8, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TABLE_OC",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TABLE_OC`, bits \[9:8\].
    #[inline]
    pub const fn TABLE_OC_bits(&self) -> u64 {
        support::get(self.0 as u64, 8, 0x3)
    }
    /// Returns the value with `TABLE_OC`, bits \[9:8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TABLE_OC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 8, 0x3, v.bits()) as u32)
    }
    /// Sets `TABLE_OC`, bits \[9:8\] to `v`.
    #[inline]
    pub fn set_TABLE_OC(&mut self, v: super::enums::RegCacheability) {
        self.0 = support::put(self.0 as u64, 8, 0x3, v.bits()) as u32;
    }
    /// `TABLE_SH`, bits \[11:10\]
    ///
    /// Shareability of Stream table accesses.
    #[inline]
    pub const fn TABLE_SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 10, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TABLE_SH",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TABLE_SH`, bits \[11:10\].
    #[inline]
    pub const fn TABLE_SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 10, 0x3)
    }
    /// Returns the value with `TABLE_SH`, bits \[11:10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TABLE_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 10, 0x3, v.bits()) as u32)
    }
    /// Sets `TABLE_SH`, bits \[11:10\] to `v`.
    #[inline]
    pub fn set_TABLE_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 10, 0x3, v.bits()) as u32;
    }
}
impl Register for CR1 {
    const NAME: &'static str = "CR1";
    const OFFSET: usize = 0x28_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CR1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for CR1 {}
impl Writable for CR1 {}
impl ::core::fmt::Debug for CR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR1", Self::FIELDS, &[self.0 as u64])
    }
}
/// Further controls, writable only while CR0.SMMUEN is 0.
///
/// `CR2`: 32-bit read-write register at offset 0x2c (block `page0` + 0x2c).
///
/// Architecture reference: section 6.3.12.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct CR2(u32);
#[allow(non_snake_case)]
impl CR2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x2c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "E2H",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "RECINVSID",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "PTM",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "REC_CFG_ATS",
            lsb: 3,
            msb: 3,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `E2H`, bit \[0\]
    ///
    /// EL2 streams use the EL2-E2H regime (tagged with an ASID).
    #[inline]
    pub const fn E2H(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `E2H`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_E2H(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `E2H`, bit \[0\] to `v`.
    #[inline]
    pub fn set_E2H(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `RECINVSID`, bit \[1\]
    ///
    /// Record C_BAD_STREAMID for out-of-range StreamIDs.
    #[inline]
    pub const fn RECINVSID(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `RECINVSID`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RECINVSID(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `RECINVSID`, bit \[1\] to `v`.
    #[inline]
    pub fn set_RECINVSID(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `PTM`, bit \[2\]
    ///
    /// Private TLB maintenance: ignore broadcast Non-secure TLB invalidations.
    #[inline]
    pub const fn PTM(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Returns the value with `PTM`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PTM(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
    /// Sets `PTM`, bit \[2\] to `v`.
    #[inline]
    pub fn set_PTM(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 2, 0x1, v as u64) as u32;
    }
    /// `REC_CFG_ATS`, bit \[3\]
    ///
    /// Record the extended set of ATS/PRI configuration errors.
    #[inline]
    pub const fn REC_CFG_ATS(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// Returns the value with `REC_CFG_ATS`, bit \[3\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_REC_CFG_ATS(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 3, 0x1, v as u64) as u32)
    }
    /// Sets `REC_CFG_ATS`, bit \[3\] to `v`.
    #[inline]
    pub fn set_REC_CFG_ATS(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 3, 0x1, v as u64) as u32;
    }
}
impl Register for CR2 {
    const NAME: &'static str = "CR2";
    const OFFSET: usize = 0x2c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CR2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for CR2 {}
impl Writable for CR2 {}
impl ::core::fmt::Debug for CR2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR2", Self::FIELDS, &[self.0 as u64])
    }
}
/// Attributes (or abort) for Non-secure traffic while the SMMU is disabled.
///
/// `GBPA`: 32-bit read-write register at offset 0x44 (block `page0` + 0x44).
///
/// Architecture reference: section 6.3.14.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct GBPA(u32);
#[allow(non_snake_case)]
impl GBPA {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x44_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MemAttr",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "MTCFG",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "ALLOCCFG",
            lsb: 8,
            msb: 11,
        },
        FieldInfo {
            name: "SHCFG",
            lsb: 12,
            msb: 13,
        },
        FieldInfo {
            name: "PRIVCFG",
            lsb: 16,
            msb: 17,
        },
        FieldInfo {
            name: "INSTCFG",
            lsb: 18,
            msb: 19,
        },
        FieldInfo {
            name: "ABORT",
            lsb: 20,
            msb: 20,
        },
        FieldInfo {
            name: "Update",
            lsb: 31,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `MemAttr`, bits \[3:0\]
    ///
    /// Memory type used when MTCFG overrides, encoded like STE.MemAttr.
    #[inline]
    pub const fn MemAttr(&self) -> u8 {
        support::get(self.0 as u64, 0, 0xf) as u8
    }
    /// Returns the value with `MemAttr`, bits \[3:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_MemAttr(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("MemAttr", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0 as u64, 0, 0xf, raw) as u32))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `MemAttr`, bits \[3:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_MemAttr(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("MemAttr", v as u64, 0xf)?;
        self.0 = support::put(self.0 as u64, 0, 0xf, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `MTCFG`, bit \[4\]
    ///
    /// Memory type override.
    #[inline]
    pub const fn MTCFG(&self) -> Result<super::enums::GbpaMtCfg, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x1);
        match super::enums::GbpaMtCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "MTCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `MTCFG`, bit \[4\].
    #[inline]
    pub const fn MTCFG_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x1)
    }
    /// Returns the value with `MTCFG`, bit \[4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MTCFG(self, v: super::enums::GbpaMtCfg) -> Self {
        Self(support::put(self.0 as u64, 4, 0x1, v.bits()) as u32)
    }
    /// Sets `MTCFG`, bit \[4\] to `v`.
    #[inline]
    pub fn set_MTCFG(&mut self, v: super::enums::GbpaMtCfg) {
        self.0 = support::put(self.0 as u64, 4, 0x1, v.bits()) as u32;
    }
    /// `ALLOCCFG`, bits \[11:8\]
    ///
    /// Allocation hints: 0b0xxx keeps incoming, 0b1RWT forces RA, WA and TR.
    #[inline]
    pub const fn ALLOCCFG(&self) -> u8 {
        support::get(self.0 as u64, 8, 0xf) as u8
    }
    /// Returns the value with `ALLOCCFG`, bits \[11:8\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_ALLOCCFG(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("ALLOCCFG", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0 as u64, 8, 0xf, raw) as u32))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ALLOCCFG`, bits \[11:8\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_ALLOCCFG(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("ALLOCCFG", v as u64, 0xf)?;
        self.0 = support::put(self.0 as u64, 8, 0xf, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `SHCFG`, bits \[13:12\]
    ///
    /// Shareability override.
    #[inline]
    pub const fn SHCFG(&self) -> Result<super::enums::GbpaShCfg, FieldError> {
        let raw = support::get(self.0 as u64, 12, 0x3);
        match super::enums::GbpaShCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "SHCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `SHCFG`, bits \[13:12\].
    #[inline]
    pub const fn SHCFG_bits(&self) -> u64 {
        support::get(self.0 as u64, 12, 0x3)
    }
    /// Returns the value with `SHCFG`, bits \[13:12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SHCFG(self, v: super::enums::GbpaShCfg) -> Self {
        Self(support::put(self.0 as u64, 12, 0x3, v.bits()) as u32)
    }
    /// Sets `SHCFG`, bits \[13:12\] to `v`.
    #[inline]
    pub fn set_SHCFG(&mut self, v: super::enums::GbpaShCfg) {
        self.0 = support::put(self.0 as u64, 12, 0x3, v.bits()) as u32;
    }
    /// `PRIVCFG`, bits \[17:16\]
    ///
    /// Privilege override.
    #[inline]
    pub const fn PRIVCFG(&self) -> Result<super::enums::GbpaPrivCfg, FieldError> {
        let raw = support::get(self.0 as u64, 16, 0x3);
        match super::enums::GbpaPrivCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "PRIVCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `PRIVCFG`, bits \[17:16\].
    #[inline]
    pub const fn PRIVCFG_bits(&self) -> u64 {
        support::get(self.0 as u64, 16, 0x3)
    }
    /// Returns the value with `PRIVCFG`, bits \[17:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIVCFG(self, v: super::enums::GbpaPrivCfg) -> Self {
        Self(support::put(self.0 as u64, 16, 0x3, v.bits()) as u32)
    }
    /// Sets `PRIVCFG`, bits \[17:16\] to `v`.
    #[inline]
    pub fn set_PRIVCFG(&mut self, v: super::enums::GbpaPrivCfg) {
        self.0 = support::put(self.0 as u64, 16, 0x3, v.bits()) as u32;
    }
    /// `INSTCFG`, bits \[19:18\]
    ///
    /// Instruction/data override (reads only; writes are always data).
    #[inline]
    pub const fn INSTCFG(&self) -> Result<super::enums::GbpaInstCfg, FieldError> {
        let raw = support::get(self.0 as u64, 18, 0x3);
        match super::enums::GbpaInstCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "INSTCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `INSTCFG`, bits \[19:18\].
    #[inline]
    pub const fn INSTCFG_bits(&self) -> u64 {
        support::get(self.0 as u64, 18, 0x3)
    }
    /// Returns the value with `INSTCFG`, bits \[19:18\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_INSTCFG(self, v: super::enums::GbpaInstCfg) -> Self {
        Self(support::put(self.0 as u64, 18, 0x3, v.bits()) as u32)
    }
    /// Sets `INSTCFG`, bits \[19:18\] to `v`.
    #[inline]
    pub fn set_INSTCFG(&mut self, v: super::enums::GbpaInstCfg) {
        self.0 = support::put(self.0 as u64, 18, 0x3, v.bits()) as u32;
    }
    /// `ABORT`, bit \[20\]
    ///
    /// Abort all incoming transactions instead of bypassing them.
    #[inline]
    pub const fn ABORT(&self) -> bool {
        support::get(self.0 as u64, 20, 0x1) != 0
    }
    /// Returns the value with `ABORT`, bit \[20\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ABORT(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 20, 0x1, v as u64) as u32)
    }
    /// Sets `ABORT`, bit \[20\] to `v`.
    #[inline]
    pub fn set_ABORT(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 20, 0x1, v as u64) as u32;
    }
    /// `Update`, bit \[31\]
    ///
    /// Written as 1 together with the new value; reads 0 once the update has taken effect.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn Update(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `Update`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Update(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
    /// Sets `Update`, bit \[31\] to `v`.
    #[inline]
    pub fn set_Update(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 31, 0x1, v as u64) as u32;
    }
}
impl Register for GBPA {
    const NAME: &'static str = "GBPA";
    const OFFSET: usize = 0x44_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GBPA::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for GBPA {}
impl Writable for GBPA {}
impl ::core::fmt::Debug for GBPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GBPA", Self::FIELDS, &[self.0 as u64])
    }
}
/// Interrupt enables; each takes effect once IRQ_CTRLACK shows the written value.
///
/// `IRQ_CTRL`: 32-bit read-write register at offset 0x50 (block `page0` + 0x50).
/// A write takes effect when `IRQ_CTRLACK` reads back the same values.
///
/// Architecture reference: section 6.3.16.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct IRQ_CTRL(u32);
#[allow(non_snake_case)]
impl IRQ_CTRL {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x50_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "GERROR_IRQEN",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "PRIQ_IRQEN",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "EVENTQ_IRQEN",
            lsb: 2,
            msb: 2,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `GERROR_IRQEN`, bit \[0\]
    ///
    /// Enable the global error interrupt.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn GERROR_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `GERROR_IRQEN`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GERROR_IRQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `GERROR_IRQEN`, bit \[0\] to `v`.
    #[inline]
    pub fn set_GERROR_IRQEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `PRIQ_IRQEN`, bit \[1\]
    ///
    /// Enable the PRI queue interrupt.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn PRIQ_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `PRIQ_IRQEN`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIQ_IRQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `PRIQ_IRQEN`, bit \[1\] to `v`.
    #[inline]
    pub fn set_PRIQ_IRQEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `EVENTQ_IRQEN`, bit \[2\]
    ///
    /// Enable the Event queue interrupt.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQ_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Returns the value with `EVENTQ_IRQEN`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EVENTQ_IRQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
    /// Sets `EVENTQ_IRQEN`, bit \[2\] to `v`.
    #[inline]
    pub fn set_EVENTQ_IRQEN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 2, 0x1, v as u64) as u32;
    }
    /// Whether `ack` (a `IRQ_CTRLACK` read) acknowledges this value: the shared fields are equal.
    #[inline]
    pub const fn acked_by(self, ack: IRQ_CTRLACK) -> bool {
        (self.0 ^ ack.0) & 0x7_u32 == 0
    }
}
impl Register for IRQ_CTRL {
    const NAME: &'static str = "IRQ_CTRL";
    const OFFSET: usize = 0x50_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IRQ_CTRL::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for IRQ_CTRL {}
impl Writable for IRQ_CTRL {}
impl support::AckedBy for IRQ_CTRL {
    type Ack = IRQ_CTRLACK;
    const SHARED: u64 = 0x7;
}
impl ::core::fmt::Debug for IRQ_CTRL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IRQ_CTRL", Self::FIELDS, &[self.0 as u64])
    }
}
/// Acknowledgement of IRQ_CTRL: reflects each enable once its update has completed.
///
/// `IRQ_CTRLACK`: 32-bit read-only register at offset 0x54 (block `page0` + 0x54).
///
/// Architecture reference: section 6.3.18.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct IRQ_CTRLACK(u32);
#[allow(non_snake_case)]
impl IRQ_CTRLACK {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x54_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "GERROR_IRQEN",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "PRIQ_IRQEN",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "EVENTQ_IRQEN",
            lsb: 2,
            msb: 2,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `GERROR_IRQEN`, bit \[0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn GERROR_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `PRIQ_IRQEN`, bit \[1\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn PRIQ_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// `EVENTQ_IRQEN`, bit \[2\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQ_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
}
impl Register for IRQ_CTRLACK {
    const NAME: &'static str = "IRQ_CTRLACK";
    const OFFSET: usize = 0x54_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IRQ_CTRLACK::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for IRQ_CTRLACK {}
impl ::core::fmt::Debug for IRQ_CTRLACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IRQ_CTRLACK", Self::FIELDS, &[self.0 as u64])
    }
}
/// Global errors: an error is active while its bit differs from the same bit of GERRORN.
///
/// `GERROR`: 32-bit read-only register at offset 0x60 (block `page0` + 0x60).
/// A bit is active while it differs from the same bit of `GERRORN`.
///
/// Architecture reference: section 6.3.19.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct GERROR(u32);
#[allow(non_snake_case)]
impl GERROR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x60_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CMDQ_ERR",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "EVENTQ_ABT_ERR",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "PRIQ_ABT_ERR",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "MSI_CMDQ_ABT_ERR",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "MSI_EVENTQ_ABT_ERR",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "MSI_PRIQ_ABT_ERR",
            lsb: 6,
            msb: 6,
        },
        FieldInfo {
            name: "MSI_GERROR_ABT_ERR",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "SFM_ERR",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "CMDQP_ERR",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "DPT_ERR",
            lsb: 10,
            msb: 10,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `CMDQ_ERR`, bit \[0\]
    ///
    /// A command could not be processed; the reason is in CMDQ_CONS.ERR.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQ_ERR(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `EVENTQ_ABT_ERR`, bit \[2\]
    ///
    /// An Event queue access aborted; records may be lost.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// `PRIQ_ABT_ERR`, bit \[3\]
    ///
    /// A PRI queue access aborted; page requests may be lost.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn PRIQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// `MSI_CMDQ_ABT_ERR`, bit \[4\]
    ///
    /// A CMD_SYNC completion MSI aborted.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_CMDQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `MSI_EVENTQ_ABT_ERR`, bit \[5\]
    ///
    /// An Event queue MSI aborted.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `MSI_PRIQ_ABT_ERR`, bit \[6\]
    ///
    /// A PRI queue MSI aborted.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_PRIQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 6, 0x1) != 0
    }
    /// `MSI_GERROR_ABT_ERR`, bit \[7\]
    ///
    /// A GERROR MSI aborted.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_GERROR_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 7, 0x1) != 0
    }
    /// `SFM_ERR`, bit \[8\]
    ///
    /// The SMMU entered Service Failure Mode; acknowledging does not leave it.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SFM_ERR(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// `CMDQP_ERR`, bit \[9\]
    ///
    /// An error occurred on an Enhanced Command queue control page.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQP_ERR(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// `DPT_ERR`, bit \[10\]
    ///
    /// A DPT lookup fault occurred; details are in DPT_CFG_FAR.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn DPT_ERR(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// The active bits: those that differ from `ack` (a `GERRORN` read).
    #[inline]
    #[must_use]
    pub const fn active(self, ack: GERRORN) -> Self {
        Self((self.0 ^ ack.0) & 0x7fd_u32)
    }
}
impl Register for GERROR {
    const NAME: &'static str = "GERROR";
    const OFFSET: usize = 0x60_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GERROR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for GERROR {}
impl ::core::fmt::Debug for GERROR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERROR", Self::FIELDS, &[self.0 as u64])
    }
}
/// Global error acknowledgement: software toggles a bit to match GERROR.
///
/// `GERRORN`: 32-bit read-write register at offset 0x64 (block `page0` + 0x64).
///
/// Architecture reference: section 6.3.20.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct GERRORN(u32);
#[allow(non_snake_case)]
impl GERRORN {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x64_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CMDQ_ERR",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "EVENTQ_ABT_ERR",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "PRIQ_ABT_ERR",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "MSI_CMDQ_ABT_ERR",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "MSI_EVENTQ_ABT_ERR",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "MSI_PRIQ_ABT_ERR",
            lsb: 6,
            msb: 6,
        },
        FieldInfo {
            name: "MSI_GERROR_ABT_ERR",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "SFM_ERR",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "CMDQP_ERR",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "DPT_ERR",
            lsb: 10,
            msb: 10,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `CMDQ_ERR`, bit \[0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQ_ERR(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `CMDQ_ERR`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CMDQ_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `CMDQ_ERR`, bit \[0\] to `v`.
    #[inline]
    pub fn set_CMDQ_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `EVENTQ_ABT_ERR`, bit \[2\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Returns the value with `EVENTQ_ABT_ERR`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EVENTQ_ABT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
    /// Sets `EVENTQ_ABT_ERR`, bit \[2\] to `v`.
    #[inline]
    pub fn set_EVENTQ_ABT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 2, 0x1, v as u64) as u32;
    }
    /// `PRIQ_ABT_ERR`, bit \[3\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn PRIQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// Returns the value with `PRIQ_ABT_ERR`, bit \[3\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIQ_ABT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 3, 0x1, v as u64) as u32)
    }
    /// Sets `PRIQ_ABT_ERR`, bit \[3\] to `v`.
    #[inline]
    pub fn set_PRIQ_ABT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 3, 0x1, v as u64) as u32;
    }
    /// `MSI_CMDQ_ABT_ERR`, bit \[4\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_CMDQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// Returns the value with `MSI_CMDQ_ABT_ERR`, bit \[4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSI_CMDQ_ABT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 4, 0x1, v as u64) as u32)
    }
    /// Sets `MSI_CMDQ_ABT_ERR`, bit \[4\] to `v`.
    #[inline]
    pub fn set_MSI_CMDQ_ABT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 4, 0x1, v as u64) as u32;
    }
    /// `MSI_EVENTQ_ABT_ERR`, bit \[5\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// Returns the value with `MSI_EVENTQ_ABT_ERR`, bit \[5\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSI_EVENTQ_ABT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 5, 0x1, v as u64) as u32)
    }
    /// Sets `MSI_EVENTQ_ABT_ERR`, bit \[5\] to `v`.
    #[inline]
    pub fn set_MSI_EVENTQ_ABT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 5, 0x1, v as u64) as u32;
    }
    /// `MSI_PRIQ_ABT_ERR`, bit \[6\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_PRIQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 6, 0x1) != 0
    }
    /// Returns the value with `MSI_PRIQ_ABT_ERR`, bit \[6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSI_PRIQ_ABT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 6, 0x1, v as u64) as u32)
    }
    /// Sets `MSI_PRIQ_ABT_ERR`, bit \[6\] to `v`.
    #[inline]
    pub fn set_MSI_PRIQ_ABT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 6, 0x1, v as u64) as u32;
    }
    /// `MSI_GERROR_ABT_ERR`, bit \[7\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_GERROR_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 7, 0x1) != 0
    }
    /// Returns the value with `MSI_GERROR_ABT_ERR`, bit \[7\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSI_GERROR_ABT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 7, 0x1, v as u64) as u32)
    }
    /// Sets `MSI_GERROR_ABT_ERR`, bit \[7\] to `v`.
    #[inline]
    pub fn set_MSI_GERROR_ABT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 7, 0x1, v as u64) as u32;
    }
    /// `SFM_ERR`, bit \[8\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SFM_ERR(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Returns the value with `SFM_ERR`, bit \[8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SFM_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, v as u64) as u32)
    }
    /// Sets `SFM_ERR`, bit \[8\] to `v`.
    #[inline]
    pub fn set_SFM_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 8, 0x1, v as u64) as u32;
    }
    /// `CMDQP_ERR`, bit \[9\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQP_ERR(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Returns the value with `CMDQP_ERR`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CMDQP_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 9, 0x1, v as u64) as u32)
    }
    /// Sets `CMDQP_ERR`, bit \[9\] to `v`.
    #[inline]
    pub fn set_CMDQP_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 9, 0x1, v as u64) as u32;
    }
    /// `DPT_ERR`, bit \[10\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn DPT_ERR(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// Returns the value with `DPT_ERR`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DPT_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 10, 0x1, v as u64) as u32)
    }
    /// Sets `DPT_ERR`, bit \[10\] to `v`.
    #[inline]
    pub fn set_DPT_ERR(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 10, 0x1, v as u64) as u32;
    }
    /// The value to write so that every error active in `errors` (a `GERROR` read) is acknowledged:
    /// the shared bits are set equal to those of `GERROR`.
    #[inline]
    #[must_use]
    pub const fn acknowledge(self, errors: GERROR) -> Self {
        Self((self.0 & !0x7fd_u32) | (errors.0 & 0x7fd_u32))
    }
}
impl Register for GERRORN {
    const NAME: &'static str = "GERRORN";
    const OFFSET: usize = 0x64_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GERRORN::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for GERRORN {}
impl Writable for GERRORN {}
impl ::core::fmt::Debug for GERRORN {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERRORN", Self::FIELDS, &[self.0 as u64])
    }
}
/// Stream table base address and read-allocate hint.
///
/// `STRTAB_BASE`: 64-bit read-write register at offset 0x80 (block `page0` + 0x80).
///
/// Architecture reference: section 6.3.24.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct STRTAB_BASE(u64);
#[allow(non_snake_case)]
impl STRTAB_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ADDR",
            lsb: 6,
            msb: 55,
        },
        FieldInfo {
            name: "RA",
            lsb: 62,
            msb: 62,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `ADDR`, bits \[55:6\]
    ///
    /// Physical base of the Stream table, aligned to the table (or L1 table) size.
    /// The address, with bits \[5:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 6, 0x3ffffffffffff) << 6
    }
    /// Returns the value with `ADDR`, bits \[55:6\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 6, 0x3ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 6, 0x3ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:6\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 6, 0x3ffffffffffff)?;
        self.0 = support::put(self.0, 6, 0x3ffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `RA`, bit \[62\]
    ///
    /// Read-allocate hint for Stream table accesses.
    #[inline]
    pub const fn RA(&self) -> bool {
        support::get(self.0, 62, 0x1) != 0
    }
    /// Returns the value with `RA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
    /// Sets `RA`, bit \[62\] to `v`.
    #[inline]
    pub fn set_RA(&mut self, v: bool) {
        self.0 = support::put(self.0, 62, 0x1, v as u64);
    }
}
impl Register for STRTAB_BASE {
    const NAME: &'static str = "STRTAB_BASE";
    const OFFSET: usize = 0x80_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = STRTAB_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for STRTAB_BASE {}
impl Writable for STRTAB_BASE {}
impl ::core::fmt::Debug for STRTAB_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STRTAB_BASE", Self::FIELDS, &[self.0])
    }
}
/// Stream table format, size and two-level split.
///
/// `STRTAB_BASE_CFG`: 32-bit read-write register at offset 0x88 (block `page0` + 0x88).
///
/// Architecture reference: section 6.3.25.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct STRTAB_BASE_CFG(u32);
#[allow(non_snake_case)]
impl STRTAB_BASE_CFG {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x88_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SIZE",
            lsb: 0,
            msb: 5,
        },
        FieldInfo {
            name: "SPLIT",
            lsb: 6,
            msb: 10,
        },
        FieldInfo {
            name: "FMT",
            lsb: 16,
            msb: 17,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `LOG2SIZE`, bits \[5:0\]
    ///
    /// The table covers 2^LOG2SIZE StreamIDs.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn LOG2SIZE(&self) -> u8 {
        support::get(self.0 as u64, 0, 0x3f) as u8
    }
    /// Returns the value with `LOG2SIZE`, bits \[5:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0 as u64, 0, 0x3f, raw) as u32))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SIZE`, bits \[5:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SIZE(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SIZE", v as u64, 0x3f)?;
        self.0 = support::put(self.0 as u64, 0, 0x3f, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `SPLIT`, bits \[10:6\]
    ///
    /// StreamID bits resolved by a second-level table.
    #[inline]
    pub const fn SPLIT(&self) -> Result<super::enums::StrtabSplit, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x1f);
        match super::enums::StrtabSplit::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "SPLIT",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `SPLIT`, bits \[10:6\].
    #[inline]
    pub const fn SPLIT_bits(&self) -> u64 {
        support::get(self.0 as u64, 6, 0x1f)
    }
    /// Returns the value with `SPLIT`, bits \[10:6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SPLIT(self, v: super::enums::StrtabSplit) -> Self {
        Self(support::put(self.0 as u64, 6, 0x1f, v.bits()) as u32)
    }
    /// Sets `SPLIT`, bits \[10:6\] to `v`.
    #[inline]
    pub fn set_SPLIT(&mut self, v: super::enums::StrtabSplit) {
        self.0 = support::put(self.0 as u64, 6, 0x1f, v.bits()) as u32;
    }
    /// `FMT`, bits \[17:16\]
    ///
    /// Stream table layout.
    #[inline]
    pub const fn FMT(&self) -> Result<super::enums::StrtabFmt, FieldError> {
        let raw = support::get(self.0 as u64, 16, 0x3);
        match super::enums::StrtabFmt::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "FMT",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `FMT`, bits \[17:16\].
    #[inline]
    pub const fn FMT_bits(&self) -> u64 {
        support::get(self.0 as u64, 16, 0x3)
    }
    /// Returns the value with `FMT`, bits \[17:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_FMT(self, v: super::enums::StrtabFmt) -> Self {
        Self(support::put(self.0 as u64, 16, 0x3, v.bits()) as u32)
    }
    /// Sets `FMT`, bits \[17:16\] to `v`.
    #[inline]
    pub fn set_FMT(&mut self, v: super::enums::StrtabFmt) {
        self.0 = support::put(self.0 as u64, 16, 0x3, v.bits()) as u32;
    }
}
impl Register for STRTAB_BASE_CFG {
    const NAME: &'static str = "STRTAB_BASE_CFG";
    const OFFSET: usize = 0x88_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = STRTAB_BASE_CFG::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for STRTAB_BASE_CFG {}
impl Writable for STRTAB_BASE_CFG {}
impl ::core::fmt::Debug for STRTAB_BASE_CFG {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STRTAB_BASE_CFG", Self::FIELDS, &[self.0 as u64])
    }
}
/// Command queue base address and size.
///
/// `CMDQ_BASE`: 64-bit read-write register at offset 0x90 (block `page0` + 0x90).
///
/// Architecture reference: section 6.3.26.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMDQ_BASE(u64);
#[allow(non_snake_case)]
impl CMDQ_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x90_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SIZE",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 5,
            msb: 55,
        },
        FieldInfo {
            name: "RA",
            lsb: 62,
            msb: 62,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `LOG2SIZE`, bits \[4:0\]
    ///
    /// The queue holds 2^LOG2SIZE entries (at most IDR1.CMDQS).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn LOG2SIZE(&self) -> u8 {
        support::get(self.0, 0, 0x1f) as u8
    }
    /// Returns the value with `LOG2SIZE`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SIZE`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SIZE(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SIZE", v as u64, 0x1f)?;
        self.0 = support::put(self.0, 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `ADDR`, bits \[55:5\]
    ///
    /// Physical base of the queue, aligned to the larger of its size and 32 bytes.
    /// The address, with bits \[4:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 5, 0x7ffffffffffff) << 5
    }
    /// Returns the value with `ADDR`, bits \[55:5\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 5, 0x7ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 5, 0x7ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:5\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 5, 0x7ffffffffffff)?;
        self.0 = support::put(self.0, 5, 0x7ffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `RA`, bit \[62\]
    ///
    /// Read-allocate hint for Command queue accesses.
    #[inline]
    pub const fn RA(&self) -> bool {
        support::get(self.0, 62, 0x1) != 0
    }
    /// Returns the value with `RA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
    /// Sets `RA`, bit \[62\] to `v`.
    #[inline]
    pub fn set_RA(&mut self, v: bool) {
        self.0 = support::put(self.0, 62, 0x1, v as u64);
    }
}
impl Register for CMDQ_BASE {
    const NAME: &'static str = "CMDQ_BASE";
    const OFFSET: usize = 0x90_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = CMDQ_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for CMDQ_BASE {}
impl Writable for CMDQ_BASE {}
impl ::core::fmt::Debug for CMDQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_BASE", Self::FIELDS, &[self.0])
    }
}
/// Command queue producer index, written by software.
///
/// `CMDQ_PROD`: 32-bit read-write register at offset 0x98 (block `page0` + 0x98).
///
/// Architecture reference: section 6.3.27.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMDQ_PROD(u32);
#[allow(non_snake_case)]
impl CMDQ_PROD {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x98_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "WR",
        lsb: 0,
        msb: 19,
    }];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `WR`, bits \[19:0\]
    ///
    /// Write index; bit LOG2SIZE is the wrap flag, bits above it are zero.
    #[inline]
    pub const fn WR(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// Returns the value with `WR`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_WR(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("WR", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `WR`, bits \[19:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_WR(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("WR", v as u64, 0xfffff)?;
        self.0 = support::put(self.0 as u64, 0, 0xfffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
}
impl Register for CMDQ_PROD {
    const NAME: &'static str = "CMDQ_PROD";
    const OFFSET: usize = 0x98_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CMDQ_PROD::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for CMDQ_PROD {}
impl Writable for CMDQ_PROD {}
impl ::core::fmt::Debug for CMDQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_PROD", Self::FIELDS, &[self.0 as u64])
    }
}
/// Command queue consumer index and error code, written by the SMMU.
///
/// `CMDQ_CONS`: 32-bit read-write register at offset 0x9c (block `page0` + 0x9c).
///
/// Architecture reference: section 6.3.28.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMDQ_CONS(u32);
#[allow(non_snake_case)]
impl CMDQ_CONS {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x9c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "RD",
            lsb: 0,
            msb: 19,
        },
        FieldInfo {
            name: "ERR",
            lsb: 24,
            msb: 30,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `RD`, bits \[19:0\]
    ///
    /// Read index; bit LOG2SIZE is the wrap flag, bits above it read as zero.
    #[inline]
    pub const fn RD(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// Returns the value with `RD`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_RD(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("RD", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `RD`, bits \[19:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_RD(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("RD", v as u64, 0xfffff)?;
        self.0 = support::put(self.0 as u64, 0, 0xfffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `ERR`, bits \[30:24\]
    ///
    /// Why command consumption stopped (valid while GERROR.CMDQ_ERR is active).
    #[inline]
    pub const fn ERR(&self) -> Result<super::enums::CmdqError, FieldError> {
        let raw = support::get(self.0 as u64, 24, 0x7f);
        match super::enums::CmdqError::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "ERR",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `ERR`, bits \[30:24\].
    #[inline]
    pub const fn ERR_bits(&self) -> u64 {
        support::get(self.0 as u64, 24, 0x7f)
    }
    /// Returns the value with `ERR`, bits \[30:24\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ERR(self, v: super::enums::CmdqError) -> Self {
        Self(support::put(self.0 as u64, 24, 0x7f, v.bits()) as u32)
    }
    /// Sets `ERR`, bits \[30:24\] to `v`.
    #[inline]
    pub fn set_ERR(&mut self, v: super::enums::CmdqError) {
        self.0 = support::put(self.0 as u64, 24, 0x7f, v.bits()) as u32;
    }
}
impl Register for CMDQ_CONS {
    const NAME: &'static str = "CMDQ_CONS";
    const OFFSET: usize = 0x9c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CMDQ_CONS::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for CMDQ_CONS {}
impl Writable for CMDQ_CONS {}
impl ::core::fmt::Debug for CMDQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_CONS", Self::FIELDS, &[self.0 as u64])
    }
}
/// Event queue base address and size.
///
/// `EVTQ_BASE`: 64-bit read-write register at offset 0xa0 (block `page0` + 0xa0).
///
/// Architecture reference: section 6.3.29.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_BASE(u64);
#[allow(non_snake_case)]
impl EVTQ_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xa0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SIZE",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 5,
            msb: 55,
        },
        FieldInfo {
            name: "WA",
            lsb: 62,
            msb: 62,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `LOG2SIZE`, bits \[4:0\]
    ///
    /// The queue holds 2^LOG2SIZE entries (at most IDR1.EVENTQS).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn LOG2SIZE(&self) -> u8 {
        support::get(self.0, 0, 0x1f) as u8
    }
    /// Returns the value with `LOG2SIZE`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SIZE`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SIZE(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SIZE", v as u64, 0x1f)?;
        self.0 = support::put(self.0, 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `ADDR`, bits \[55:5\]
    ///
    /// Physical base of the queue, aligned to the larger of its size and 32 bytes.
    /// The address, with bits \[4:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 5, 0x7ffffffffffff) << 5
    }
    /// Returns the value with `ADDR`, bits \[55:5\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 5, 0x7ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 5, 0x7ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:5\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 5, 0x7ffffffffffff)?;
        self.0 = support::put(self.0, 5, 0x7ffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `WA`, bit \[62\]
    ///
    /// Write-allocate hint for Event queue accesses.
    #[inline]
    pub const fn WA(&self) -> bool {
        support::get(self.0, 62, 0x1) != 0
    }
    /// Returns the value with `WA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_WA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
    /// Sets `WA`, bit \[62\] to `v`.
    #[inline]
    pub fn set_WA(&mut self, v: bool) {
        self.0 = support::put(self.0, 62, 0x1, v as u64);
    }
}
impl Register for EVTQ_BASE {
    const NAME: &'static str = "EVTQ_BASE";
    const OFFSET: usize = 0xa0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = EVTQ_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for EVTQ_BASE {}
impl Writable for EVTQ_BASE {}
impl ::core::fmt::Debug for EVTQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_BASE", Self::FIELDS, &[self.0])
    }
}
/// PRI queue base address and size.
///
/// `PRIQ_BASE`: 64-bit read-write register at offset 0xc0 (block `page0` + 0xc0).
///
/// Architecture reference: section 6.3.33.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_BASE(u64);
#[allow(non_snake_case)]
impl PRIQ_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xc0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SIZE",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 5,
            msb: 55,
        },
        FieldInfo {
            name: "WA",
            lsb: 62,
            msb: 62,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `LOG2SIZE`, bits \[4:0\]
    ///
    /// The queue holds 2^LOG2SIZE entries (at most IDR1.PRIQS).
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn LOG2SIZE(&self) -> u8 {
        support::get(self.0, 0, 0x1f) as u8
    }
    /// Returns the value with `LOG2SIZE`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SIZE`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SIZE(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SIZE", v as u64, 0x1f)?;
        self.0 = support::put(self.0, 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `ADDR`, bits \[55:5\]
    ///
    /// Physical base of the queue, aligned to the larger of its size and 32 bytes.
    /// The address, with bits \[4:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 5, 0x7ffffffffffff) << 5
    }
    /// Returns the value with `ADDR`, bits \[55:5\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 5, 0x7ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 5, 0x7ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:5\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 5, 0x7ffffffffffff)?;
        self.0 = support::put(self.0, 5, 0x7ffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `WA`, bit \[62\]
    ///
    /// Write-allocate hint for PRI queue accesses.
    #[inline]
    pub const fn WA(&self) -> bool {
        support::get(self.0, 62, 0x1) != 0
    }
    /// Returns the value with `WA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_WA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
    /// Sets `WA`, bit \[62\] to `v`.
    #[inline]
    pub fn set_WA(&mut self, v: bool) {
        self.0 = support::put(self.0, 62, 0x1, v as u64);
    }
}
impl Register for PRIQ_BASE {
    const NAME: &'static str = "PRIQ_BASE";
    const OFFSET: usize = 0xc0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = PRIQ_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for PRIQ_BASE {}
impl Writable for PRIQ_BASE {}
impl ::core::fmt::Debug for PRIQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_BASE", Self::FIELDS, &[self.0])
    }
}
/// Event queue producer index (its architected location, in page 1).
///
/// `EVTQ_PROD`: 32-bit read-write register at offset 0x100a8 (block `page1` + 0xa8).
///
/// Architecture reference: section 6.3.95.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_PROD(u32);
#[allow(non_snake_case)]
impl EVTQ_PROD {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x100a8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "WR",
            lsb: 0,
            msb: 19,
        },
        FieldInfo {
            name: "OVFLG",
            lsb: 31,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `WR`, bits \[19:0\]
    ///
    /// Write index; bit LOG2SIZE is the wrap flag, bits above it read as zero.
    #[inline]
    pub const fn WR(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// Returns the value with `WR`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_WR(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("WR", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `WR`, bits \[19:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_WR(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("WR", v as u64, 0xfffff)?;
        self.0 = support::put(self.0 as u64, 0, 0xfffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `OVFLG`, bit \[31\]
    ///
    /// Toggled by the SMMU on overflow while it equals EVTQ_CONS.OVACKFLG.
    #[inline]
    pub const fn OVFLG(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `OVFLG`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OVFLG(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
    /// Sets `OVFLG`, bit \[31\] to `v`.
    #[inline]
    pub fn set_OVFLG(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 31, 0x1, v as u64) as u32;
    }
}
impl Register for EVTQ_PROD {
    const NAME: &'static str = "EVTQ_PROD";
    const OFFSET: usize = 0x100a8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = EVTQ_PROD::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for EVTQ_PROD {}
impl Writable for EVTQ_PROD {}
impl ::core::fmt::Debug for EVTQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_PROD", Self::FIELDS, &[self.0 as u64])
    }
}
/// Event queue consumer index (its architected location, in page 1).
///
/// `EVTQ_CONS`: 32-bit read-write register at offset 0x100ac (block `page1` + 0xac).
///
/// Architecture reference: section 6.3.96.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_CONS(u32);
#[allow(non_snake_case)]
impl EVTQ_CONS {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x100ac_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "RD",
            lsb: 0,
            msb: 19,
        },
        FieldInfo {
            name: "OVACKFLG",
            lsb: 31,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `RD`, bits \[19:0\]
    ///
    /// Read index; bit LOG2SIZE is the wrap flag, bits above it are zero.
    #[inline]
    pub const fn RD(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// Returns the value with `RD`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_RD(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("RD", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `RD`, bits \[19:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_RD(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("RD", v as u64, 0xfffff)?;
        self.0 = support::put(self.0 as u64, 0, 0xfffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `OVACKFLG`, bit \[31\]
    ///
    /// Software copies EVTQ_PROD.OVFLG here to acknowledge an overflow.
    #[inline]
    pub const fn OVACKFLG(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `OVACKFLG`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OVACKFLG(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
    /// Sets `OVACKFLG`, bit \[31\] to `v`.
    #[inline]
    pub fn set_OVACKFLG(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 31, 0x1, v as u64) as u32;
    }
}
impl Register for EVTQ_CONS {
    const NAME: &'static str = "EVTQ_CONS";
    const OFFSET: usize = 0x100ac_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = EVTQ_CONS::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for EVTQ_CONS {}
impl Writable for EVTQ_CONS {}
impl ::core::fmt::Debug for EVTQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_CONS", Self::FIELDS, &[self.0 as u64])
    }
}
/// PRI queue producer index (its architected location, in page 1).
///
/// `PRIQ_PROD`: 32-bit read-write register at offset 0x100c8 (block `page1` + 0xc8).
///
/// Architecture reference: section 6.3.97.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_PROD(u32);
#[allow(non_snake_case)]
impl PRIQ_PROD {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x100c8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "WR",
            lsb: 0,
            msb: 19,
        },
        FieldInfo {
            name: "OVFLG",
            lsb: 31,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `WR`, bits \[19:0\]
    ///
    /// Write index; bit LOG2SIZE is the wrap flag, bits above it read as zero.
    #[inline]
    pub const fn WR(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// Returns the value with `WR`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_WR(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("WR", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `WR`, bits \[19:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_WR(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("WR", v as u64, 0xfffff)?;
        self.0 = support::put(self.0 as u64, 0, 0xfffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `OVFLG`, bit \[31\]
    ///
    /// Toggled by the SMMU when page requests were lost to an overflow.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn OVFLG(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `OVFLG`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OVFLG(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
    /// Sets `OVFLG`, bit \[31\] to `v`.
    #[inline]
    pub fn set_OVFLG(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 31, 0x1, v as u64) as u32;
    }
}
impl Register for PRIQ_PROD {
    const NAME: &'static str = "PRIQ_PROD";
    const OFFSET: usize = 0x100c8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = PRIQ_PROD::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for PRIQ_PROD {}
impl Writable for PRIQ_PROD {}
impl ::core::fmt::Debug for PRIQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_PROD", Self::FIELDS, &[self.0 as u64])
    }
}
/// PRI queue consumer index (its architected location, in page 1).
///
/// `PRIQ_CONS`: 32-bit read-write register at offset 0x100cc (block `page1` + 0xcc).
///
/// Architecture reference: section 6.3.98.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_CONS(u32);
#[allow(non_snake_case)]
impl PRIQ_CONS {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x100cc_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "RD",
            lsb: 0,
            msb: 19,
        },
        FieldInfo {
            name: "OVACKFLG",
            lsb: 31,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `RD`, bits \[19:0\]
    ///
    /// Read index; bit LOG2SIZE is the wrap flag, bits above it are zero.
    #[inline]
    pub const fn RD(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// Returns the value with `RD`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_RD(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("RD", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `RD`, bits \[19:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_RD(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("RD", v as u64, 0xfffff)?;
        self.0 = support::put(self.0 as u64, 0, 0xfffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
    /// `OVACKFLG`, bit \[31\]
    ///
    /// Software copies PRIQ_PROD.OVFLG here to acknowledge an overflow.
    #[inline]
    pub const fn OVACKFLG(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `OVACKFLG`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OVACKFLG(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
    /// Sets `OVACKFLG`, bit \[31\] to `v`.
    #[inline]
    pub fn set_OVACKFLG(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 31, 0x1, v as u64) as u32;
    }
}
impl Register for PRIQ_CONS {
    const NAME: &'static str = "PRIQ_CONS";
    const OFFSET: usize = 0x100cc_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = PRIQ_CONS::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0 as u64
    }
}
impl Readable for PRIQ_CONS {}
impl Writable for PRIQ_CONS {}
impl ::core::fmt::Debug for PRIQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_CONS", Self::FIELDS, &[self.0 as u64])
    }
}
