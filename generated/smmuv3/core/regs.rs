//! Registers of `smmuv3`: one value type per register, with its offset and typed fields.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTF",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "HTTU",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTENDIAN",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "STALL_MODEL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "ST_LEVEL",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for IDR0 {}
impl ::core::fmt::Debug for IDR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR0", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for IDR1 {}
impl ::core::fmt::Debug for IDR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Feature identification, part 2: where the VATOS page is.
///
/// `IDR2`: 32-bit read-only register at offset 0x8 (block `page0` + 0x8).
///
/// Architecture reference: section 6.3.3.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR2(u32);
#[allow(non_snake_case)]
impl IDR2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "BA_VATOS",
            lsb: 0,
            msb: 9,
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
    /// `BA_VATOS`, bits \[9:0\]
    ///
    /// VATOS page offset from SMMU base + 0x20000, in 64 KiB units.
    #[inline]
    pub const fn BA_VATOS(&self) -> u16 {
        support::get(self.0 as u64, 0, 0x3ff) as u16
    }
}
impl Register for IDR2 {
    const NAME: &'static str = "IDR2";
    const OFFSET: usize = 0x8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for IDR2 {}
impl ::core::fmt::Debug for IDR2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR2", Self::FIELDS, &[u64::from(self.0)])
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "BBML",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for IDR3 {}
impl ::core::fmt::Debug for IDR3 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR3", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Feature identification, part 4: contents defined by the implementation.
///
/// `IDR4`: 32-bit read-only register at offset 0x10 (block `page0` + 0x10).
///
/// Architecture reference: section 6.3.5.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR4(u32);
impl IDR4 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x10_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
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
}
impl Register for IDR4 {
    const NAME: &'static str = "IDR4";
    const OFFSET: usize = 0x10_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR4::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for IDR4 {}
impl ::core::fmt::Debug for IDR4 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR4", Self::FIELDS, &[u64::from(self.0)])
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "OAS",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "VAX",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for IDR5 {}
impl ::core::fmt::Debug for IDR5 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR5", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Implementation identification: who built the SMMU and which product and revision.
///
/// `IIDR`: 32-bit read-only register at offset 0x18 (block `page0` + 0x18).
///
/// Architecture reference: section 6.3.7.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct IIDR(u32);
#[allow(non_snake_case)]
impl IIDR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x18_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "Implementer",
            lsb: 0,
            msb: 11,
        },
        FieldInfo {
            name: "Revision",
            lsb: 12,
            msb: 15,
        },
        FieldInfo {
            name: "Variant",
            lsb: 16,
            msb: 19,
        },
        FieldInfo {
            name: "ProductID",
            lsb: 20,
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
    /// `Implementer`, bits \[11:0\]
    ///
    /// JEP106 code of the implementer (0x43B for Arm).
    #[inline]
    pub const fn Implementer(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xfff) as u16
    }
    /// `Revision`, bits \[15:12\]
    ///
    /// Minor revision of the product.
    #[inline]
    pub const fn Revision(&self) -> u8 {
        support::get(self.0 as u64, 12, 0xf) as u8
    }
    /// `Variant`, bits \[19:16\]
    ///
    /// Product variant or major revision.
    #[inline]
    pub const fn Variant(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xf) as u8
    }
    /// `ProductID`, bits \[31:20\]
    ///
    /// Implementation-defined part number.
    #[inline]
    pub const fn ProductID(&self) -> u16 {
        support::get(self.0 as u64, 20, 0xfff) as u16
    }
}
impl Register for IIDR {
    const NAME: &'static str = "IIDR";
    const OFFSET: usize = 0x18_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IIDR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for IIDR {}
impl ::core::fmt::Debug for IIDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IIDR", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Architecture revision the implementation conforms to.
///
/// `AIDR`: 32-bit read-only register at offset 0x1c (block `page0` + 0x1c).
///
/// Architecture reference: section 6.3.8.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct AIDR(u32);
#[allow(non_snake_case)]
impl AIDR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x1c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ArchMinorRev",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "ArchMajorRev",
            lsb: 4,
            msb: 7,
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
    /// `ArchMinorRev`, bits \[3:0\]
    ///
    /// Minor revision: SMMUv3.`ArchMinorRev`.
    #[inline]
    pub const fn ArchMinorRev(&self) -> u8 {
        support::get(self.0 as u64, 0, 0xf) as u8
    }
    /// `ArchMajorRev`, bits \[7:4\]
    ///
    /// Major revision: 0 means SMMUv3.x.
    #[inline]
    pub const fn ArchMajorRev(&self) -> u8 {
        support::get(self.0 as u64, 4, 0xf) as u8
    }
}
impl Register for AIDR {
    const NAME: &'static str = "AIDR";
    const OFFSET: usize = 0x1c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = AIDR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for AIDR {}
impl ::core::fmt::Debug for AIDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "AIDR", Self::FIELDS, &[u64::from(self.0)])
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "VMW",
                    value: raw,
                })
            }
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
        u64::from(self.0)
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
        support::fmt_fields(f, "CR0", Self::FIELDS, &[u64::from(self.0)])
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "VMW",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for CR0ACK {}
impl ::core::fmt::Debug for CR0ACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR0ACK", Self::FIELDS, &[u64::from(self.0)])
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "QUEUE_IC",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "QUEUE_OC",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "QUEUE_SH",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TABLE_IC",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TABLE_OC",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TABLE_SH",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for CR1 {}
impl Writable for CR1 {}
impl ::core::fmt::Debug for CR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR1", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for CR2 {}
impl Writable for CR2 {}
impl ::core::fmt::Debug for CR2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR2", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Stage 2 permission indirection table for Non-secure state (v3.5).
///
/// `S2PII`: 64-bit read-write register at offset 0x30 (block `page0` + 0x30).
///
/// Architecture reference: section 6.3.17.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct S2PII(u64);
#[allow(non_snake_case)]
impl S2PII {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x30_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "S2PII0",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "S2PII1",
            lsb: 4,
            msb: 7,
        },
        FieldInfo {
            name: "S2PII2",
            lsb: 8,
            msb: 11,
        },
        FieldInfo {
            name: "S2PII3",
            lsb: 12,
            msb: 15,
        },
        FieldInfo {
            name: "S2PII4",
            lsb: 16,
            msb: 19,
        },
        FieldInfo {
            name: "S2PII5",
            lsb: 20,
            msb: 23,
        },
        FieldInfo {
            name: "S2PII6",
            lsb: 24,
            msb: 27,
        },
        FieldInfo {
            name: "S2PII7",
            lsb: 28,
            msb: 31,
        },
        FieldInfo {
            name: "S2PII8",
            lsb: 32,
            msb: 35,
        },
        FieldInfo {
            name: "S2PII9",
            lsb: 36,
            msb: 39,
        },
        FieldInfo {
            name: "S2PII10",
            lsb: 40,
            msb: 43,
        },
        FieldInfo {
            name: "S2PII11",
            lsb: 44,
            msb: 47,
        },
        FieldInfo {
            name: "S2PII12",
            lsb: 48,
            msb: 51,
        },
        FieldInfo {
            name: "S2PII13",
            lsb: 52,
            msb: 55,
        },
        FieldInfo {
            name: "S2PII14",
            lsb: 56,
            msb: 59,
        },
        FieldInfo {
            name: "S2PII15",
            lsb: 60,
            msb: 63,
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
    /// `S2PII0`, bits \[3:0\]
    #[inline]
    pub const fn S2PII0(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 0, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII0",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII0`, bits \[3:0\].
    #[inline]
    pub const fn S2PII0_bits(&self) -> u64 {
        support::get(self.0, 0, 0xf)
    }
    /// Returns the value with `S2PII0`, bits \[3:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII0(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 0, 0xf, v.bits()))
    }
    /// Sets `S2PII0`, bits \[3:0\] to `v`.
    #[inline]
    pub fn set_S2PII0(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 0, 0xf, v.bits());
    }
    /// `S2PII1`, bits \[7:4\]
    #[inline]
    pub const fn S2PII1(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 4, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII1",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII1`, bits \[7:4\].
    #[inline]
    pub const fn S2PII1_bits(&self) -> u64 {
        support::get(self.0, 4, 0xf)
    }
    /// Returns the value with `S2PII1`, bits \[7:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII1(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 4, 0xf, v.bits()))
    }
    /// Sets `S2PII1`, bits \[7:4\] to `v`.
    #[inline]
    pub fn set_S2PII1(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 4, 0xf, v.bits());
    }
    /// `S2PII2`, bits \[11:8\]
    #[inline]
    pub const fn S2PII2(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 8, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII2",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII2`, bits \[11:8\].
    #[inline]
    pub const fn S2PII2_bits(&self) -> u64 {
        support::get(self.0, 8, 0xf)
    }
    /// Returns the value with `S2PII2`, bits \[11:8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII2(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 8, 0xf, v.bits()))
    }
    /// Sets `S2PII2`, bits \[11:8\] to `v`.
    #[inline]
    pub fn set_S2PII2(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 8, 0xf, v.bits());
    }
    /// `S2PII3`, bits \[15:12\]
    #[inline]
    pub const fn S2PII3(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 12, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII3",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII3`, bits \[15:12\].
    #[inline]
    pub const fn S2PII3_bits(&self) -> u64 {
        support::get(self.0, 12, 0xf)
    }
    /// Returns the value with `S2PII3`, bits \[15:12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII3(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 12, 0xf, v.bits()))
    }
    /// Sets `S2PII3`, bits \[15:12\] to `v`.
    #[inline]
    pub fn set_S2PII3(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 12, 0xf, v.bits());
    }
    /// `S2PII4`, bits \[19:16\]
    #[inline]
    pub const fn S2PII4(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 16, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII4",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII4`, bits \[19:16\].
    #[inline]
    pub const fn S2PII4_bits(&self) -> u64 {
        support::get(self.0, 16, 0xf)
    }
    /// Returns the value with `S2PII4`, bits \[19:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII4(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 16, 0xf, v.bits()))
    }
    /// Sets `S2PII4`, bits \[19:16\] to `v`.
    #[inline]
    pub fn set_S2PII4(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 16, 0xf, v.bits());
    }
    /// `S2PII5`, bits \[23:20\]
    #[inline]
    pub const fn S2PII5(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 20, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII5",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII5`, bits \[23:20\].
    #[inline]
    pub const fn S2PII5_bits(&self) -> u64 {
        support::get(self.0, 20, 0xf)
    }
    /// Returns the value with `S2PII5`, bits \[23:20\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII5(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 20, 0xf, v.bits()))
    }
    /// Sets `S2PII5`, bits \[23:20\] to `v`.
    #[inline]
    pub fn set_S2PII5(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 20, 0xf, v.bits());
    }
    /// `S2PII6`, bits \[27:24\]
    #[inline]
    pub const fn S2PII6(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 24, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII6",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII6`, bits \[27:24\].
    #[inline]
    pub const fn S2PII6_bits(&self) -> u64 {
        support::get(self.0, 24, 0xf)
    }
    /// Returns the value with `S2PII6`, bits \[27:24\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII6(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 24, 0xf, v.bits()))
    }
    /// Sets `S2PII6`, bits \[27:24\] to `v`.
    #[inline]
    pub fn set_S2PII6(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 24, 0xf, v.bits());
    }
    /// `S2PII7`, bits \[31:28\]
    #[inline]
    pub const fn S2PII7(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 28, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII7",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII7`, bits \[31:28\].
    #[inline]
    pub const fn S2PII7_bits(&self) -> u64 {
        support::get(self.0, 28, 0xf)
    }
    /// Returns the value with `S2PII7`, bits \[31:28\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII7(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 28, 0xf, v.bits()))
    }
    /// Sets `S2PII7`, bits \[31:28\] to `v`.
    #[inline]
    pub fn set_S2PII7(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 28, 0xf, v.bits());
    }
    /// `S2PII8`, bits \[35:32\]
    #[inline]
    pub const fn S2PII8(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 32, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII8",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII8`, bits \[35:32\].
    #[inline]
    pub const fn S2PII8_bits(&self) -> u64 {
        support::get(self.0, 32, 0xf)
    }
    /// Returns the value with `S2PII8`, bits \[35:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII8(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 32, 0xf, v.bits()))
    }
    /// Sets `S2PII8`, bits \[35:32\] to `v`.
    #[inline]
    pub fn set_S2PII8(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 32, 0xf, v.bits());
    }
    /// `S2PII9`, bits \[39:36\]
    #[inline]
    pub const fn S2PII9(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 36, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII9",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII9`, bits \[39:36\].
    #[inline]
    pub const fn S2PII9_bits(&self) -> u64 {
        support::get(self.0, 36, 0xf)
    }
    /// Returns the value with `S2PII9`, bits \[39:36\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII9(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 36, 0xf, v.bits()))
    }
    /// Sets `S2PII9`, bits \[39:36\] to `v`.
    #[inline]
    pub fn set_S2PII9(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 36, 0xf, v.bits());
    }
    /// `S2PII10`, bits \[43:40\]
    #[inline]
    pub const fn S2PII10(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 40, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII10",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII10`, bits \[43:40\].
    #[inline]
    pub const fn S2PII10_bits(&self) -> u64 {
        support::get(self.0, 40, 0xf)
    }
    /// Returns the value with `S2PII10`, bits \[43:40\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII10(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 40, 0xf, v.bits()))
    }
    /// Sets `S2PII10`, bits \[43:40\] to `v`.
    #[inline]
    pub fn set_S2PII10(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 40, 0xf, v.bits());
    }
    /// `S2PII11`, bits \[47:44\]
    #[inline]
    pub const fn S2PII11(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 44, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII11",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII11`, bits \[47:44\].
    #[inline]
    pub const fn S2PII11_bits(&self) -> u64 {
        support::get(self.0, 44, 0xf)
    }
    /// Returns the value with `S2PII11`, bits \[47:44\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII11(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 44, 0xf, v.bits()))
    }
    /// Sets `S2PII11`, bits \[47:44\] to `v`.
    #[inline]
    pub fn set_S2PII11(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 44, 0xf, v.bits());
    }
    /// `S2PII12`, bits \[51:48\]
    #[inline]
    pub const fn S2PII12(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 48, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII12",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII12`, bits \[51:48\].
    #[inline]
    pub const fn S2PII12_bits(&self) -> u64 {
        support::get(self.0, 48, 0xf)
    }
    /// Returns the value with `S2PII12`, bits \[51:48\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII12(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 48, 0xf, v.bits()))
    }
    /// Sets `S2PII12`, bits \[51:48\] to `v`.
    #[inline]
    pub fn set_S2PII12(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 48, 0xf, v.bits());
    }
    /// `S2PII13`, bits \[55:52\]
    #[inline]
    pub const fn S2PII13(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 52, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII13",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII13`, bits \[55:52\].
    #[inline]
    pub const fn S2PII13_bits(&self) -> u64 {
        support::get(self.0, 52, 0xf)
    }
    /// Returns the value with `S2PII13`, bits \[55:52\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII13(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 52, 0xf, v.bits()))
    }
    /// Sets `S2PII13`, bits \[55:52\] to `v`.
    #[inline]
    pub fn set_S2PII13(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 52, 0xf, v.bits());
    }
    /// `S2PII14`, bits \[59:56\]
    #[inline]
    pub const fn S2PII14(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 56, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII14",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII14`, bits \[59:56\].
    #[inline]
    pub const fn S2PII14_bits(&self) -> u64 {
        support::get(self.0, 56, 0xf)
    }
    /// Returns the value with `S2PII14`, bits \[59:56\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII14(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 56, 0xf, v.bits()))
    }
    /// Sets `S2PII14`, bits \[59:56\] to `v`.
    #[inline]
    pub fn set_S2PII14(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 56, 0xf, v.bits());
    }
    /// `S2PII15`, bits \[63:60\]
    #[inline]
    pub const fn S2PII15(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 60, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII15",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII15`, bits \[63:60\].
    #[inline]
    pub const fn S2PII15_bits(&self) -> u64 {
        support::get(self.0, 60, 0xf)
    }
    /// Returns the value with `S2PII15`, bits \[63:60\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII15(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 60, 0xf, v.bits()))
    }
    /// Sets `S2PII15`, bits \[63:60\] to `v`.
    #[inline]
    pub fn set_S2PII15(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 60, 0xf, v.bits());
    }
}
impl Register for S2PII {
    const NAME: &'static str = "S2PII";
    const OFFSET: usize = 0x30_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S2PII::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S2PII {}
impl Writable for S2PII {}
impl ::core::fmt::Debug for S2PII {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S2PII", Self::FIELDS, &[self.0])
    }
}
/// Component status.
///
/// `STATUSR`: 32-bit read-only register at offset 0x40 (block `page0` + 0x40).
///
/// Architecture reference: section 6.3.13.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct STATUSR(u32);
#[allow(non_snake_case)]
impl STATUSR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x40_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DORMANT",
            lsb: 0,
            msb: 0,
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
    /// `DORMANT`, bit \[0\]
    ///
    /// Nothing is cached and no prefetch is in flight (when DORMHINT is set).
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn DORMANT(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
}
impl Register for STATUSR {
    const NAME: &'static str = "STATUSR";
    const OFFSET: usize = 0x40_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = STATUSR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for STATUSR {}
impl ::core::fmt::Debug for STATUSR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STATUSR", Self::FIELDS, &[u64::from(self.0)])
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "MTCFG",
                    value: raw,
                })
            }
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 8, 0xf, raw) as u32),
                )
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SHCFG",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "PRIVCFG",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "INSTCFG",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for GBPA {}
impl Writable for GBPA {}
impl ::core::fmt::Debug for GBPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GBPA", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Implementation-defined extra attributes for bypassing transactions.
///
/// `AGBPA`: 32-bit read-write register at offset 0x48 (block `page0` + 0x48).
///
/// Architecture reference: section 6.3.15.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct AGBPA(u32);
impl AGBPA {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x48_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
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
}
impl Register for AGBPA {
    const NAME: &'static str = "AGBPA";
    const OFFSET: usize = 0x48_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = AGBPA::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for AGBPA {}
impl Writable for AGBPA {}
impl ::core::fmt::Debug for AGBPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "AGBPA", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
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
        support::fmt_fields(f, "IRQ_CTRL", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for IRQ_CTRLACK {}
impl ::core::fmt::Debug for IRQ_CTRLACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IRQ_CTRLACK", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for GERROR {}
impl ::core::fmt::Debug for GERROR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERROR", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for GERRORN {}
impl Writable for GERRORN {}
impl ::core::fmt::Debug for GERRORN {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERRORN", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Global error MSI target address.
///
/// `GERROR_IRQ_CFG0`: 64-bit read-write register at offset 0x68 (block `page0` + 0x68).
///
/// Architecture reference: section 6.3.21.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GERROR_IRQ_CFG0(u64);
#[allow(non_snake_case)]
impl GERROR_IRQ_CFG0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x68_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ADDR",
            lsb: 2,
            msb: 55,
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
    /// `ADDR`, bits \[55:2\]
    ///
    /// Doorbell physical address; zero means no MSI is sent.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[55:2\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 2, 0x3fffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:2\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffff)?;
        self.0 = support::put(self.0, 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for GERROR_IRQ_CFG0 {
    const NAME: &'static str = "GERROR_IRQ_CFG0";
    const OFFSET: usize = 0x68_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = GERROR_IRQ_CFG0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for GERROR_IRQ_CFG0 {}
impl Writable for GERROR_IRQ_CFG0 {}
impl ::core::fmt::Debug for GERROR_IRQ_CFG0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERROR_IRQ_CFG0", Self::FIELDS, &[self.0])
    }
}
/// Global error MSI payload.
///
/// `GERROR_IRQ_CFG1`: 32-bit read-write register at offset 0x70 (block `page0` + 0x70).
///
/// Architecture reference: section 6.3.22.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GERROR_IRQ_CFG1(u32);
#[allow(non_snake_case)]
impl GERROR_IRQ_CFG1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x70_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DATA",
            lsb: 0,
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
    /// `DATA`, bits \[31:0\]
    ///
    /// Value written to the doorbell.
    #[inline]
    pub const fn DATA(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DATA(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `DATA`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_DATA(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for GERROR_IRQ_CFG1 {
    const NAME: &'static str = "GERROR_IRQ_CFG1";
    const OFFSET: usize = 0x70_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GERROR_IRQ_CFG1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for GERROR_IRQ_CFG1 {}
impl Writable for GERROR_IRQ_CFG1 {}
impl ::core::fmt::Debug for GERROR_IRQ_CFG1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERROR_IRQ_CFG1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Global error MSI memory attributes.
///
/// `GERROR_IRQ_CFG2`: 32-bit read-write register at offset 0x74 (block `page0` + 0x74).
///
/// Architecture reference: section 6.3.23.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GERROR_IRQ_CFG2(u32);
#[allow(non_snake_case)]
impl GERROR_IRQ_CFG2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x74_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MemAttr",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "SH",
            lsb: 4,
            msb: 5,
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
    /// Memory type of the MSI write, encoded like STE.MemAttr.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
    /// `SH`, bits \[5:4\]
    ///
    /// Shareability of the MSI write (ignored for Device types).
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[5:4\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x3)
    }
    /// Returns the value with `SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Sets `SH`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 4, 0x3, v.bits()) as u32;
    }
}
impl Register for GERROR_IRQ_CFG2 {
    const NAME: &'static str = "GERROR_IRQ_CFG2";
    const OFFSET: usize = 0x74_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GERROR_IRQ_CFG2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for GERROR_IRQ_CFG2 {}
impl Writable for GERROR_IRQ_CFG2 {}
impl ::core::fmt::Debug for GERROR_IRQ_CFG2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERROR_IRQ_CFG2", Self::FIELDS, &[u64::from(self.0)])
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 6, 0x3ffffffffffff, raw)),
                )
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0x3f, raw) as u32),
                )
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SPLIT",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "FMT",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for STRTAB_BASE_CFG {}
impl Writable for STRTAB_BASE_CFG {}
impl ::core::fmt::Debug for STRTAB_BASE_CFG {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STRTAB_BASE_CFG", Self::FIELDS, &[u64::from(self.0)])
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 5, 0x7ffffffffffff, raw)),
                )
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
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "WR",
            lsb: 0,
            msb: 19,
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
        u64::from(self.0)
    }
}
impl Readable for CMDQ_PROD {}
impl Writable for CMDQ_PROD {}
impl ::core::fmt::Debug for CMDQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_PROD", Self::FIELDS, &[u64::from(self.0)])
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "ERR",
                    value: raw,
                })
            }
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
        u64::from(self.0)
    }
}
impl Readable for CMDQ_CONS {}
impl Writable for CMDQ_CONS {}
impl ::core::fmt::Debug for CMDQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_CONS", Self::FIELDS, &[u64::from(self.0)])
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 5, 0x7ffffffffffff, raw)),
                )
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
/// Event queue producer index (the optional page 0 alias of the page 1 register).
///
/// `EVTQ_PROD_P0`: 32-bit read-write register at offset 0xa8 (block `page0` + 0xa8).
/// Another view of `EVTQ_PROD`.
///
/// Architecture reference: section 6.3.95.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_PROD_P0(u32);
#[allow(non_snake_case)]
impl EVTQ_PROD_P0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xa8_usize;
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
impl Register for EVTQ_PROD_P0 {
    const NAME: &'static str = "EVTQ_PROD_P0";
    const OFFSET: usize = 0xa8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = EVTQ_PROD_P0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for EVTQ_PROD_P0 {}
impl Writable for EVTQ_PROD_P0 {}
impl ::core::fmt::Debug for EVTQ_PROD_P0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_PROD_P0", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Event queue consumer index (the optional page 0 alias of the page 1 register).
///
/// `EVTQ_CONS_P0`: 32-bit read-write register at offset 0xac (block `page0` + 0xac).
/// Another view of `EVTQ_CONS`.
///
/// Architecture reference: section 6.3.96.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_CONS_P0(u32);
#[allow(non_snake_case)]
impl EVTQ_CONS_P0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xac_usize;
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
impl Register for EVTQ_CONS_P0 {
    const NAME: &'static str = "EVTQ_CONS_P0";
    const OFFSET: usize = 0xac_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = EVTQ_CONS_P0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for EVTQ_CONS_P0 {}
impl Writable for EVTQ_CONS_P0 {}
impl ::core::fmt::Debug for EVTQ_CONS_P0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_CONS_P0", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Event queue MSI target address.
///
/// `EVTQ_IRQ_CFG0`: 64-bit read-write register at offset 0xb0 (block `page0` + 0xb0).
///
/// Architecture reference: section 6.3.30.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_IRQ_CFG0(u64);
#[allow(non_snake_case)]
impl EVTQ_IRQ_CFG0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xb0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ADDR",
            lsb: 2,
            msb: 55,
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
    /// `ADDR`, bits \[55:2\]
    ///
    /// Doorbell physical address; zero means no MSI is sent.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[55:2\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 2, 0x3fffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:2\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffff)?;
        self.0 = support::put(self.0, 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for EVTQ_IRQ_CFG0 {
    const NAME: &'static str = "EVTQ_IRQ_CFG0";
    const OFFSET: usize = 0xb0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = EVTQ_IRQ_CFG0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for EVTQ_IRQ_CFG0 {}
impl Writable for EVTQ_IRQ_CFG0 {}
impl ::core::fmt::Debug for EVTQ_IRQ_CFG0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_IRQ_CFG0", Self::FIELDS, &[self.0])
    }
}
/// Event queue MSI payload.
///
/// `EVTQ_IRQ_CFG1`: 32-bit read-write register at offset 0xb8 (block `page0` + 0xb8).
///
/// Architecture reference: section 6.3.31.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_IRQ_CFG1(u32);
#[allow(non_snake_case)]
impl EVTQ_IRQ_CFG1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xb8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DATA",
            lsb: 0,
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
    /// `DATA`, bits \[31:0\]
    ///
    /// Value written to the doorbell.
    #[inline]
    pub const fn DATA(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DATA(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `DATA`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_DATA(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for EVTQ_IRQ_CFG1 {
    const NAME: &'static str = "EVTQ_IRQ_CFG1";
    const OFFSET: usize = 0xb8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = EVTQ_IRQ_CFG1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for EVTQ_IRQ_CFG1 {}
impl Writable for EVTQ_IRQ_CFG1 {}
impl ::core::fmt::Debug for EVTQ_IRQ_CFG1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_IRQ_CFG1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Event queue MSI memory attributes.
///
/// `EVTQ_IRQ_CFG2`: 32-bit read-write register at offset 0xbc (block `page0` + 0xbc).
///
/// Architecture reference: section 6.3.32.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct EVTQ_IRQ_CFG2(u32);
#[allow(non_snake_case)]
impl EVTQ_IRQ_CFG2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xbc_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MemAttr",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "SH",
            lsb: 4,
            msb: 5,
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
    /// Memory type of the MSI write, encoded like STE.MemAttr.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
    /// `SH`, bits \[5:4\]
    ///
    /// Shareability of the MSI write (ignored for Device types).
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[5:4\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x3)
    }
    /// Returns the value with `SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Sets `SH`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 4, 0x3, v.bits()) as u32;
    }
}
impl Register for EVTQ_IRQ_CFG2 {
    const NAME: &'static str = "EVTQ_IRQ_CFG2";
    const OFFSET: usize = 0xbc_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = EVTQ_IRQ_CFG2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for EVTQ_IRQ_CFG2 {}
impl Writable for EVTQ_IRQ_CFG2 {}
impl ::core::fmt::Debug for EVTQ_IRQ_CFG2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_IRQ_CFG2", Self::FIELDS, &[u64::from(self.0)])
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 5, 0x7ffffffffffff, raw)),
                )
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
/// PRI queue producer index (the optional page 0 alias of the page 1 register).
///
/// `PRIQ_PROD_P0`: 32-bit read-write register at offset 0xc8 (block `page0` + 0xc8).
/// Another view of `PRIQ_PROD`.
///
/// Architecture reference: section 6.3.97.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_PROD_P0(u32);
#[allow(non_snake_case)]
impl PRIQ_PROD_P0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xc8_usize;
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
impl Register for PRIQ_PROD_P0 {
    const NAME: &'static str = "PRIQ_PROD_P0";
    const OFFSET: usize = 0xc8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = PRIQ_PROD_P0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for PRIQ_PROD_P0 {}
impl Writable for PRIQ_PROD_P0 {}
impl ::core::fmt::Debug for PRIQ_PROD_P0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_PROD_P0", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// PRI queue consumer index (the optional page 0 alias of the page 1 register).
///
/// `PRIQ_CONS_P0`: 32-bit read-write register at offset 0xcc (block `page0` + 0xcc).
/// Another view of `PRIQ_CONS`.
///
/// Architecture reference: section 6.3.98.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_CONS_P0(u32);
#[allow(non_snake_case)]
impl PRIQ_CONS_P0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xcc_usize;
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
impl Register for PRIQ_CONS_P0 {
    const NAME: &'static str = "PRIQ_CONS_P0";
    const OFFSET: usize = 0xcc_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = PRIQ_CONS_P0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for PRIQ_CONS_P0 {}
impl Writable for PRIQ_CONS_P0 {}
impl ::core::fmt::Debug for PRIQ_CONS_P0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_CONS_P0", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// PRI queue MSI target address.
///
/// `PRIQ_IRQ_CFG0`: 64-bit read-write register at offset 0xd0 (block `page0` + 0xd0).
///
/// Architecture reference: section 6.3.34.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_IRQ_CFG0(u64);
#[allow(non_snake_case)]
impl PRIQ_IRQ_CFG0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xd0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ADDR",
            lsb: 2,
            msb: 55,
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
    /// `ADDR`, bits \[55:2\]
    ///
    /// Doorbell physical address; zero means no MSI is sent.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[55:2\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 2, 0x3fffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:2\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffff)?;
        self.0 = support::put(self.0, 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for PRIQ_IRQ_CFG0 {
    const NAME: &'static str = "PRIQ_IRQ_CFG0";
    const OFFSET: usize = 0xd0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = PRIQ_IRQ_CFG0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for PRIQ_IRQ_CFG0 {}
impl Writable for PRIQ_IRQ_CFG0 {}
impl ::core::fmt::Debug for PRIQ_IRQ_CFG0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_IRQ_CFG0", Self::FIELDS, &[self.0])
    }
}
/// PRI queue MSI payload.
///
/// `PRIQ_IRQ_CFG1`: 32-bit read-write register at offset 0xd8 (block `page0` + 0xd8).
///
/// Architecture reference: section 6.3.35.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_IRQ_CFG1(u32);
#[allow(non_snake_case)]
impl PRIQ_IRQ_CFG1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xd8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DATA",
            lsb: 0,
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
    /// `DATA`, bits \[31:0\]
    ///
    /// Value written to the doorbell.
    #[inline]
    pub const fn DATA(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DATA(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `DATA`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_DATA(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for PRIQ_IRQ_CFG1 {
    const NAME: &'static str = "PRIQ_IRQ_CFG1";
    const OFFSET: usize = 0xd8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = PRIQ_IRQ_CFG1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for PRIQ_IRQ_CFG1 {}
impl Writable for PRIQ_IRQ_CFG1 {}
impl ::core::fmt::Debug for PRIQ_IRQ_CFG1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_IRQ_CFG1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// PRI queue interrupt memory attributes and trigger condition.
///
/// `PRIQ_IRQ_CFG2`: 32-bit read-write register at offset 0xdc (block `page0` + 0xdc).
///
/// Architecture reference: section 6.3.36.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRIQ_IRQ_CFG2(u32);
#[allow(non_snake_case)]
impl PRIQ_IRQ_CFG2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0xdc_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MemAttr",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "SH",
            lsb: 4,
            msb: 5,
        },
        FieldInfo {
            name: "LO",
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
    /// Memory type of the MSI write, encoded like STE.MemAttr.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
    /// `SH`, bits \[5:4\]
    ///
    /// Shareability of the MSI write.
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[5:4\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x3)
    }
    /// Returns the value with `SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Sets `SH`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 4, 0x3, v.bits()) as u32;
    }
    /// `LO`, bit \[31\]
    ///
    /// Last only: interrupt on requests with the Last bit, not on queue non-empty.
    #[inline]
    pub const fn LO(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `LO`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_LO(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
    /// Sets `LO`, bit \[31\] to `v`.
    #[inline]
    pub fn set_LO(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 31, 0x1, v as u64) as u32;
    }
}
impl Register for PRIQ_IRQ_CFG2 {
    const NAME: &'static str = "PRIQ_IRQ_CFG2";
    const OFFSET: usize = 0xdc_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = PRIQ_IRQ_CFG2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for PRIQ_IRQ_CFG2 {}
impl Writable for PRIQ_IRQ_CFG2 {}
impl ::core::fmt::Debug for PRIQ_IRQ_CFG2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_IRQ_CFG2", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Global ATOS control: starts a translation request.
///
/// `GATOS_CTRL`: 32-bit read-write register at offset 0x100 (block `page0` + 0x100).
///
/// Architecture reference: section 6.3.37.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GATOS_CTRL(u32);
#[allow(non_snake_case)]
impl GATOS_CTRL {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x100_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "RUN",
            lsb: 0,
            msb: 0,
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
    /// `RUN`, bit \[0\]
    ///
    /// Written as 1 to run the translation; the SMMU clears it when GATOS_PAR is valid.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn RUN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `RUN`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RUN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `RUN`, bit \[0\] to `v`.
    #[inline]
    pub fn set_RUN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
}
impl Register for GATOS_CTRL {
    const NAME: &'static str = "GATOS_CTRL";
    const OFFSET: usize = 0x100_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GATOS_CTRL::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for GATOS_CTRL {}
impl Writable for GATOS_CTRL {}
impl ::core::fmt::Debug for GATOS_CTRL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GATOS_CTRL", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Global ATOS request stream: StreamID and optional SubstreamID.
///
/// `GATOS_SID`: 64-bit read-write register at offset 0x108 (block `page0` + 0x108).
///
/// Architecture reference: section 6.3.38.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GATOS_SID(u64);
#[allow(non_snake_case)]
impl GATOS_SID {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x108_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "STREAMID",
            lsb: 0,
            msb: 31,
        },
        FieldInfo {
            name: "SUBSTREAMID",
            lsb: 32,
            msb: 51,
        },
        FieldInfo {
            name: "SSID_VALID",
            lsb: 52,
            msb: 52,
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
    /// `STREAMID`, bits \[31:0\]
    #[inline]
    pub const fn STREAMID(&self) -> u32 {
        support::get(self.0, 0, 0xffffffff) as u32
    }
    /// Returns the value with `STREAMID`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STREAMID(self, v: u32) -> Self {
        Self(support::put(self.0, 0, 0xffffffff, v as u64))
    }
    /// Sets `STREAMID`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_STREAMID(&mut self, v: u32) {
        self.0 = support::put(self.0, 0, 0xffffffff, v as u64);
    }
    /// `SUBSTREAMID`, bits \[51:32\]
    #[inline]
    pub const fn SUBSTREAMID(&self) -> u32 {
        support::get(self.0, 32, 0xfffff) as u32
    }
    /// Returns the value with `SUBSTREAMID`, bits \[51:32\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SUBSTREAMID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SUBSTREAMID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 32, 0xfffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SUBSTREAMID`, bits \[51:32\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SUBSTREAMID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SUBSTREAMID", v as u64, 0xfffff)?;
        self.0 = support::put(self.0, 32, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `SSID_VALID`, bit \[52\]
    ///
    /// SUBSTREAMID is valid for the request.
    #[inline]
    pub const fn SSID_VALID(&self) -> bool {
        support::get(self.0, 52, 0x1) != 0
    }
    /// Returns the value with `SSID_VALID`, bit \[52\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSID_VALID(self, v: bool) -> Self {
        Self(support::put(self.0, 52, 0x1, v as u64))
    }
    /// Sets `SSID_VALID`, bit \[52\] to `v`.
    #[inline]
    pub fn set_SSID_VALID(&mut self, v: bool) {
        self.0 = support::put(self.0, 52, 0x1, v as u64);
    }
}
impl Register for GATOS_SID {
    const NAME: &'static str = "GATOS_SID";
    const OFFSET: usize = 0x108_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = GATOS_SID::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for GATOS_SID {}
impl Writable for GATOS_SID {}
impl ::core::fmt::Debug for GATOS_SID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GATOS_SID", Self::FIELDS, &[self.0])
    }
}
/// Global ATOS request address and access type.
///
/// `GATOS_ADDR`: 64-bit read-write register at offset 0x110 (block `page0` + 0x110).
///
/// Architecture reference: section 6.3.39.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GATOS_ADDR(u64);
#[allow(non_snake_case)]
impl GATOS_ADDR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x110_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "HTTUI",
            lsb: 6,
            msb: 6,
        },
        FieldInfo {
            name: "InD",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "RnW",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "PnU",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "TYPE",
            lsb: 10,
            msb: 11,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 12,
            msb: 63,
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
    /// `HTTUI`, bit \[6\]
    ///
    /// Inhibit Access flag / Dirty state updates for this request.
    #[inline]
    pub const fn HTTUI(&self) -> bool {
        support::get(self.0, 6, 0x1) != 0
    }
    /// Returns the value with `HTTUI`, bit \[6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HTTUI(self, v: bool) -> Self {
        Self(support::put(self.0, 6, 0x1, v as u64))
    }
    /// Sets `HTTUI`, bit \[6\] to `v`.
    #[inline]
    pub fn set_HTTUI(&mut self, v: bool) {
        self.0 = support::put(self.0, 6, 0x1, v as u64);
    }
    /// `InD`, bit \[7\]
    ///
    /// Instruction (1) or data (0) access; data for writes.
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0, 7, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[7\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        Self(support::put(self.0, 7, 0x1, v as u64))
    }
    /// Sets `InD`, bit \[7\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0 = support::put(self.0, 7, 0x1, v as u64);
    }
    /// `RnW`, bit \[8\]
    ///
    /// Read (1) or write (0) access.
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0, 8, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        Self(support::put(self.0, 8, 0x1, v as u64))
    }
    /// Sets `RnW`, bit \[8\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0 = support::put(self.0, 8, 0x1, v as u64);
    }
    /// `PnU`, bit \[9\]
    ///
    /// Privileged (1) or unprivileged (0) access.
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0, 9, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        Self(support::put(self.0, 9, 0x1, v as u64))
    }
    /// Sets `PnU`, bit \[9\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0 = support::put(self.0, 9, 0x1, v as u64);
    }
    /// `TYPE`, bits \[11:10\]
    ///
    /// Which stages to translate through.
    #[inline]
    pub const fn TYPE(&self) -> Result<super::enums::AtosType, FieldError> {
        let raw = support::get(self.0, 10, 0x3);
        match super::enums::AtosType::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TYPE",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `TYPE`, bits \[11:10\].
    #[inline]
    pub const fn TYPE_bits(&self) -> u64 {
        support::get(self.0, 10, 0x3)
    }
    /// Returns the value with `TYPE`, bits \[11:10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TYPE(self, v: super::enums::AtosType) -> Self {
        Self(support::put(self.0, 10, 0x3, v.bits()))
    }
    /// Sets `TYPE`, bits \[11:10\] to `v`.
    #[inline]
    pub fn set_TYPE(&mut self, v: super::enums::AtosType) {
        self.0 = support::put(self.0, 10, 0x3, v.bits());
    }
    /// `ADDR`, bits \[63:12\]
    ///
    /// Input address to translate, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits \[63:12\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 12, 0xfffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[63:12\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 12, 0xfffffffffffff)?;
        self.0 = support::put(self.0, 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for GATOS_ADDR {
    const NAME: &'static str = "GATOS_ADDR";
    const OFFSET: usize = 0x110_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = GATOS_ADDR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for GATOS_ADDR {}
impl Writable for GATOS_ADDR {}
impl ::core::fmt::Debug for GATOS_ADDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GATOS_ADDR", Self::FIELDS, &[self.0])
    }
}
/// Global ATOS result when FAULT is 0: output address and attributes.
///
/// `GATOS_PAR`: 64-bit read-only register at offset 0x118 (block `page0` + 0x118).
///
/// Architecture reference: section 6.3.40.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GATOS_PAR(u64);
#[allow(non_snake_case)]
impl GATOS_PAR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x118_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "FAULT",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "SH",
            lsb: 8,
            msb: 9,
        },
        FieldInfo {
            name: "Size",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 12,
            msb: 55,
        },
        FieldInfo {
            name: "ATTR",
            lsb: 56,
            msb: 63,
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
    /// `FAULT`, bit \[0\]
    ///
    /// 0: this view (a successful translation) applies.
    #[inline]
    pub const fn FAULT(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// `SH`, bits \[9:8\]
    ///
    /// Shareability of the result.
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0, 8, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[9:8\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0, 8, 0x3)
    }
    /// `Size`, bit \[11\]
    ///
    /// Set: the lowest set bit of ADDR encodes a size above 4 KiB.
    #[inline]
    pub const fn Size(&self) -> bool {
        support::get(self.0, 11, 0x1) != 0
    }
    /// `ADDR`, bits \[55:12\]
    ///
    /// Output address, bits \[55:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffff) << 12
    }
    /// `ATTR`, bits \[63:56\]
    ///
    /// Memory attributes in MAIR format.
    #[inline]
    pub const fn ATTR(&self) -> u8 {
        support::get(self.0, 56, 0xff) as u8
    }
}
impl Register for GATOS_PAR {
    const NAME: &'static str = "GATOS_PAR";
    const OFFSET: usize = 0x118_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = GATOS_PAR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for GATOS_PAR {}
impl ::core::fmt::Debug for GATOS_PAR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GATOS_PAR", Self::FIELDS, &[self.0])
    }
}
/// Global ATOS result when FAULT is 1: fault syndrome (same register as GATOS_PAR).
///
/// `GATOS_PAR_FAULT`: 64-bit read-only register at offset 0x118 (block `page0` + 0x118).
/// Another view of `GATOS_PAR`.
///
/// Architecture reference: section 6.3.40.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct GATOS_PAR_FAULT(u64);
#[allow(non_snake_case)]
impl GATOS_PAR_FAULT {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x118_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "FAULT",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "REASON",
            lsb: 1,
            msb: 2,
        },
        FieldInfo {
            name: "FAULTCODE",
            lsb: 4,
            msb: 11,
        },
        FieldInfo {
            name: "FADDR",
            lsb: 12,
            msb: 55,
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
    /// `FAULT`, bit \[0\]
    ///
    /// 1: this view (a fault or error) applies.
    #[inline]
    pub const fn FAULT(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// `REASON`, bits \[2:1\]
    ///
    /// Stage and cause of the fault.
    #[inline]
    pub const fn REASON(&self) -> Result<super::enums::AtosFaultReason, FieldError> {
        let raw = support::get(self.0, 1, 0x3);
        match super::enums::AtosFaultReason::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "REASON",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `REASON`, bits \[2:1\].
    #[inline]
    pub const fn REASON_bits(&self) -> u64 {
        support::get(self.0, 1, 0x3)
    }
    /// `FAULTCODE`, bits \[11:4\]
    ///
    /// Fault or error code (see 9.1.4).
    #[inline]
    pub const fn FAULTCODE(&self) -> u8 {
        support::get(self.0, 4, 0xff) as u8
    }
    /// `FADDR`, bits \[55:12\]
    ///
    /// Stage 2 faulting page address, bits \[55:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn FADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffff) << 12
    }
}
impl Register for GATOS_PAR_FAULT {
    const NAME: &'static str = "GATOS_PAR_FAULT";
    const OFFSET: usize = 0x118_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = GATOS_PAR_FAULT::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for GATOS_PAR_FAULT {}
impl ::core::fmt::Debug for GATOS_PAR_FAULT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GATOS_PAR_FAULT", Self::FIELDS, &[self.0])
    }
}
/// MPAM limits for Non-secure state.
///
/// `MPAMIDR`: 32-bit read-only register at offset 0x130 (block `page0` + 0x130).
///
/// Architecture reference: section 6.3.41.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct MPAMIDR(u32);
#[allow(non_snake_case)]
impl MPAMIDR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x130_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "PARTID_MAX",
            lsb: 0,
            msb: 15,
        },
        FieldInfo {
            name: "PMG_MAX",
            lsb: 16,
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
    /// `PARTID_MAX`, bits \[15:0\]
    ///
    /// Largest PARTID usable in Non-secure state.
    #[inline]
    pub const fn PARTID_MAX(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// `PMG_MAX`, bits \[23:16\]
    ///
    /// Largest PMG usable in Non-secure state.
    #[inline]
    pub const fn PMG_MAX(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xff) as u8
    }
}
impl Register for MPAMIDR {
    const NAME: &'static str = "MPAMIDR";
    const OFFSET: usize = 0x130_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = MPAMIDR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for MPAMIDR {}
impl ::core::fmt::Debug for MPAMIDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "MPAMIDR", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// MPAM labels for SMMU-originated accesses (tables, queues, MSIs).
///
/// `GMPAM`: 32-bit read-write register at offset 0x138 (block `page0` + 0x138).
///
/// Architecture reference: section 6.3.42.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct GMPAM(u32);
#[allow(non_snake_case)]
impl GMPAM {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x138_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SO_PARTID",
            lsb: 0,
            msb: 15,
        },
        FieldInfo {
            name: "SO_PMG",
            lsb: 16,
            msb: 23,
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
    /// `SO_PARTID`, bits \[15:0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SO_PARTID(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// Returns the value with `SO_PARTID`, bits \[15:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SO_PARTID(self, v: u16) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffff, v as u64) as u32)
    }
    /// Sets `SO_PARTID`, bits \[15:0\] to `v`.
    #[inline]
    pub fn set_SO_PARTID(&mut self, v: u16) {
        self.0 = support::put(self.0 as u64, 0, 0xffff, v as u64) as u32;
    }
    /// `SO_PMG`, bits \[23:16\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SO_PMG(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xff) as u8
    }
    /// Returns the value with `SO_PMG`, bits \[23:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SO_PMG(self, v: u8) -> Self {
        Self(support::put(self.0 as u64, 16, 0xff, v as u64) as u32)
    }
    /// Sets `SO_PMG`, bits \[23:16\] to `v`.
    #[inline]
    pub fn set_SO_PMG(&mut self, v: u8) {
        self.0 = support::put(self.0 as u64, 16, 0xff, v as u64) as u32;
    }
    /// `Update`, bit \[31\]
    ///
    /// Written as 1 with the new value; reads 0 once the update has taken effect.
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
impl Register for GMPAM {
    const NAME: &'static str = "GMPAM";
    const OFFSET: usize = 0x138_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GMPAM::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for GMPAM {}
impl Writable for GMPAM {}
impl ::core::fmt::Debug for GMPAM {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GMPAM", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// MPAM labels for client transactions in global bypass.
///
/// `GBPMPAM`: 32-bit read-write register at offset 0x13c (block `page0` + 0x13c).
///
/// Architecture reference: section 6.3.43.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct GBPMPAM(u32);
#[allow(non_snake_case)]
impl GBPMPAM {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x13c_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "GBP_PARTID",
            lsb: 0,
            msb: 15,
        },
        FieldInfo {
            name: "GBP_PMG",
            lsb: 16,
            msb: 23,
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
    /// `GBP_PARTID`, bits \[15:0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn GBP_PARTID(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// Returns the value with `GBP_PARTID`, bits \[15:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GBP_PARTID(self, v: u16) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffff, v as u64) as u32)
    }
    /// Sets `GBP_PARTID`, bits \[15:0\] to `v`.
    #[inline]
    pub fn set_GBP_PARTID(&mut self, v: u16) {
        self.0 = support::put(self.0 as u64, 0, 0xffff, v as u64) as u32;
    }
    /// `GBP_PMG`, bits \[23:16\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn GBP_PMG(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xff) as u8
    }
    /// Returns the value with `GBP_PMG`, bits \[23:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GBP_PMG(self, v: u8) -> Self {
        Self(support::put(self.0 as u64, 16, 0xff, v as u64) as u32)
    }
    /// Sets `GBP_PMG`, bits \[23:16\] to `v`.
    #[inline]
    pub fn set_GBP_PMG(&mut self, v: u8) {
        self.0 = support::put(self.0 as u64, 16, 0xff, v as u64) as u32;
    }
    /// `Update`, bit \[31\]
    ///
    /// Written as 1 with the new value; reads 0 once the update has taken effect.
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
impl Register for GBPMPAM {
    const NAME: &'static str = "GBPMPAM";
    const OFFSET: usize = 0x13c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = GBPMPAM::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for GBPMPAM {}
impl Writable for GBPMPAM {}
impl ::core::fmt::Debug for GBPMPAM {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GBPMPAM", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// VMID of the virtual machine granted the VATOS interface.
///
/// `VATOS_SEL`: 32-bit read-write register at offset 0x180 (block `page0` + 0x180).
///
/// Architecture reference: section 6.3.44.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct VATOS_SEL(u32);
#[allow(non_snake_case)]
impl VATOS_SEL {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x180_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "VMID",
            lsb: 0,
            msb: 15,
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
    /// `VMID`, bits \[15:0\]
    ///
    /// Must match STE.S2VMID of streams the VATOS user may translate.
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[15:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffff, v as u64) as u32)
    }
    /// Sets `VMID`, bits \[15:0\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0 = support::put(self.0 as u64, 0, 0xffff, v as u64) as u32;
    }
}
impl Register for VATOS_SEL {
    const NAME: &'static str = "VATOS_SEL";
    const OFFSET: usize = 0x180_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = VATOS_SEL::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for VATOS_SEL {}
impl Writable for VATOS_SEL {}
impl ::core::fmt::Debug for VATOS_SEL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "VATOS_SEL", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Feature identification, part 6: Enhanced Command queue geometry.
///
/// `IDR6`: 32-bit read-only register at offset 0x190 (block `page0` + 0x190).
///
/// Architecture reference: section 6.3.45.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub struct IDR6(u32);
#[allow(non_snake_case)]
impl IDR6 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x190_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CMDQ_CONTROL_PAGE_LOG2NUMQ",
            lsb: 16,
            msb: 19,
        },
        FieldInfo {
            name: "CMDQ_CONTROL_PAGE_LOG2NUMP",
            lsb: 24,
            msb: 27,
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
    /// `CMDQ_CONTROL_PAGE_LOG2NUMQ`, bits \[19:16\]
    ///
    /// Log2 of the number of ECMDQs per control page.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn CMDQ_CONTROL_PAGE_LOG2NUMQ(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xf) as u8
    }
    /// `CMDQ_CONTROL_PAGE_LOG2NUMP`, bits \[27:24\]
    ///
    /// Log2 of the number of Command queue control pages.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn CMDQ_CONTROL_PAGE_LOG2NUMP(&self) -> u8 {
        support::get(self.0 as u64, 24, 0xf) as u8
    }
}
impl Register for IDR6 {
    const NAME: &'static str = "IDR6";
    const OFFSET: usize = 0x190_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = IDR6::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for IDR6 {}
impl ::core::fmt::Debug for IDR6 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR6", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Device Permission Table base address (Non-secure).
///
/// `DPT_BASE`: 64-bit read-write register at offset 0x200 (block `page0` + 0x200).
///
/// Architecture reference: section 6.3.46.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct DPT_BASE(u64);
#[allow(non_snake_case)]
impl DPT_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x200_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "BADDR",
            lsb: 12,
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
    /// `BADDR`, bits \[55:12\]
    ///
    /// Physical base of level 0 of the DPT.
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn BADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `BADDR`, bits \[55:12\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_BADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("BADDR", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 12, 0xfffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `BADDR`, bits \[55:12\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_BADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("BADDR", v, 12, 0xfffffffffff)?;
        self.0 = support::put(self.0, 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `RA`, bit \[62\]
    ///
    /// Read-allocate hint for DPT accesses.
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
impl Register for DPT_BASE {
    const NAME: &'static str = "DPT_BASE";
    const OFFSET: usize = 0x200_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = DPT_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for DPT_BASE {}
impl Writable for DPT_BASE {}
impl ::core::fmt::Debug for DPT_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "DPT_BASE", Self::FIELDS, &[self.0])
    }
}
/// Device Permission Table geometry (Non-secure).
///
/// `DPT_BASE_CFG`: 32-bit read-write register at offset 0x208 (block `page0` + 0x208).
///
/// Architecture reference: section 6.3.47.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct DPT_BASE_CFG(u32);
#[allow(non_snake_case)]
impl DPT_BASE_CFG {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x208_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DPTPS",
            lsb: 0,
            msb: 2,
        },
        FieldInfo {
            name: "DPTGS",
            lsb: 14,
            msb: 15,
        },
        FieldInfo {
            name: "L0DPTSZ",
            lsb: 20,
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
    /// `DPTPS`, bits \[2:0\]
    ///
    /// Size of the physical address region the DPT protects.
    #[inline]
    pub const fn DPTPS(&self) -> Result<super::enums::DptRegionSize, FieldError> {
        let raw = support::get(self.0 as u64, 0, 0x7);
        match super::enums::DptRegionSize::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "DPTPS",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `DPTPS`, bits \[2:0\].
    #[inline]
    pub const fn DPTPS_bits(&self) -> u64 {
        support::get(self.0 as u64, 0, 0x7)
    }
    /// Returns the value with `DPTPS`, bits \[2:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DPTPS(self, v: super::enums::DptRegionSize) -> Self {
        Self(support::put(self.0 as u64, 0, 0x7, v.bits()) as u32)
    }
    /// Sets `DPTPS`, bits \[2:0\] to `v`.
    #[inline]
    pub fn set_DPTPS(&mut self, v: super::enums::DptRegionSize) {
        self.0 = support::put(self.0 as u64, 0, 0x7, v.bits()) as u32;
    }
    /// `DPTGS`, bits \[15:14\]
    ///
    /// DPT granule size.
    #[inline]
    pub const fn DPTGS(&self) -> Result<super::enums::DptGranule, FieldError> {
        let raw = support::get(self.0 as u64, 14, 0x3);
        match super::enums::DptGranule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "DPTGS",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `DPTGS`, bits \[15:14\].
    #[inline]
    pub const fn DPTGS_bits(&self) -> u64 {
        support::get(self.0 as u64, 14, 0x3)
    }
    /// Returns the value with `DPTGS`, bits \[15:14\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DPTGS(self, v: super::enums::DptGranule) -> Self {
        Self(support::put(self.0 as u64, 14, 0x3, v.bits()) as u32)
    }
    /// Sets `DPTGS`, bits \[15:14\] to `v`.
    #[inline]
    pub fn set_DPTGS(&mut self, v: super::enums::DptGranule) {
        self.0 = support::put(self.0 as u64, 14, 0x3, v.bits()) as u32;
    }
    /// `L0DPTSZ`, bits \[23:20\]
    ///
    /// Address bits covered by one level 0 DPT entry.
    #[inline]
    pub const fn L0DPTSZ(&self) -> Result<super::enums::DptL0Size, FieldError> {
        let raw = support::get(self.0 as u64, 20, 0xf);
        match super::enums::DptL0Size::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "L0DPTSZ",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `L0DPTSZ`, bits \[23:20\].
    #[inline]
    pub const fn L0DPTSZ_bits(&self) -> u64 {
        support::get(self.0 as u64, 20, 0xf)
    }
    /// Returns the value with `L0DPTSZ`, bits \[23:20\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_L0DPTSZ(self, v: super::enums::DptL0Size) -> Self {
        Self(support::put(self.0 as u64, 20, 0xf, v.bits()) as u32)
    }
    /// Sets `L0DPTSZ`, bits \[23:20\] to `v`.
    #[inline]
    pub fn set_L0DPTSZ(&mut self, v: super::enums::DptL0Size) {
        self.0 = support::put(self.0 as u64, 20, 0xf, v.bits()) as u32;
    }
}
impl Register for DPT_BASE_CFG {
    const NAME: &'static str = "DPT_BASE_CFG";
    const OFFSET: usize = 0x208_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = DPT_BASE_CFG::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for DPT_BASE_CFG {}
impl Writable for DPT_BASE_CFG {}
impl ::core::fmt::Debug for DPT_BASE_CFG {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "DPT_BASE_CFG", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Syndrome of the DPT lookup error reported by GERROR.DPT_ERR.
///
/// `DPT_CFG_FAR`: 64-bit read-write register at offset 0x210 (block `page0` + 0x210).
///
/// Architecture reference: section 6.3.48.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct DPT_CFG_FAR(u64);
#[allow(non_snake_case)]
impl DPT_CFG_FAR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x210_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "FAULT",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "LEVEL",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "DPT_FAULTCODE",
            lsb: 4,
            msb: 7,
        },
        FieldInfo {
            name: "FADDR",
            lsb: 12,
            msb: 55,
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
    /// `FAULT`, bit \[0\]
    ///
    /// One or more DPT lookup faults occurred; writing 0 clears the whole register.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn FAULT(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// Returns the value with `FAULT`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_FAULT(self, v: bool) -> Self {
        Self(support::put(self.0, 0, 0x1, v as u64))
    }
    /// Sets `FAULT`, bit \[0\] to `v`.
    #[inline]
    pub fn set_FAULT(&mut self, v: bool) {
        self.0 = support::put(self.0, 0, 0x1, v as u64);
    }
    /// `LEVEL`, bit \[1\]
    ///
    /// DPT level at which the fault occurred (0 or 1).
    #[inline]
    pub const fn LEVEL(&self) -> bool {
        support::get(self.0, 1, 0x1) != 0
    }
    /// `DPT_FAULTCODE`, bits \[7:4\]
    ///
    /// Kind of DPT lookup fault.
    #[inline]
    pub const fn DPT_FAULTCODE(&self) -> Result<super::enums::DptFaultCode, FieldError> {
        let raw = support::get(self.0, 4, 0xf);
        match super::enums::DptFaultCode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "DPT_FAULTCODE",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `DPT_FAULTCODE`, bits \[7:4\].
    #[inline]
    pub const fn DPT_FAULTCODE_bits(&self) -> u64 {
        support::get(self.0, 4, 0xf)
    }
    /// `FADDR`, bits \[55:12\]
    ///
    /// Physical address whose DPT check failed, bits \[55:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn FADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffff) << 12
    }
}
impl Register for DPT_CFG_FAR {
    const NAME: &'static str = "DPT_CFG_FAR";
    const OFFSET: usize = 0x210_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = DPT_CFG_FAR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for DPT_CFG_FAR {}
impl Writable for DPT_CFG_FAR {}
impl ::core::fmt::Debug for DPT_CFG_FAR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "DPT_CFG_FAR", Self::FIELDS, &[self.0])
    }
}
/// Where Command queue control page 0 is (first of up to 256, at a 32-byte stride).
///
/// `CMDQ_CONTROL_PAGE_BASE0`: 64-bit read-only register at offset 0x4000 (block `page0` + 0x4000).
///
/// Architecture reference: section 6.3.49.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMDQ_CONTROL_PAGE_BASE0(u64);
#[allow(non_snake_case)]
impl CMDQ_CONTROL_PAGE_BASE0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x4000_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CMDQ_CONTROL_PAGE_PRESET",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "CMDQGS",
            lsb: 1,
            msb: 2,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 16,
            msb: 55,
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
    /// `CMDQ_CONTROL_PAGE_PRESET`, bit \[0\]
    ///
    /// ECMDQ interfaces of this page are registers (always 1).
    #[inline]
    pub const fn CMDQ_CONTROL_PAGE_PRESET(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// `CMDQGS`, bits \[2:1\]
    ///
    /// Granule of the control page.
    #[inline]
    pub const fn CMDQGS(
        &self,
    ) -> Result<super::enums::CmdqControlPageGranule, FieldError> {
        let raw = support::get(self.0, 1, 0x3);
        match super::enums::CmdqControlPageGranule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "CMDQGS",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `CMDQGS`, bits \[2:1\].
    #[inline]
    pub const fn CMDQGS_bits(&self) -> u64 {
        support::get(self.0, 1, 0x3)
    }
    /// `ADDR`, bits \[55:16\]
    ///
    /// Page offset from the base of register page 0, bits \[55:16\].
    /// The address, with bits \[15:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 16, 0xffffffffff) << 16
    }
}
impl Register for CMDQ_CONTROL_PAGE_BASE0 {
    const NAME: &'static str = "CMDQ_CONTROL_PAGE_BASE0";
    const OFFSET: usize = 0x4000_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = CMDQ_CONTROL_PAGE_BASE0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for CMDQ_CONTROL_PAGE_BASE0 {}
impl ::core::fmt::Debug for CMDQ_CONTROL_PAGE_BASE0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_CONTROL_PAGE_BASE0", Self::FIELDS, &[self.0])
    }
}
/// Command queue control page 0 enable (reads as enabled).
///
/// `CMDQ_CONTROL_PAGE_CFG0`: 32-bit read-only register at offset 0x4008 (block `page0` + 0x4008).
///
/// Architecture reference: section 6.3.50.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMDQ_CONTROL_PAGE_CFG0(u32);
#[allow(non_snake_case)]
impl CMDQ_CONTROL_PAGE_CFG0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x4008_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "EN",
            lsb: 0,
            msb: 0,
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
    /// `EN`, bit \[0\]
    ///
    /// Control page enabled; always 1.
    #[inline]
    pub const fn EN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
}
impl Register for CMDQ_CONTROL_PAGE_CFG0 {
    const NAME: &'static str = "CMDQ_CONTROL_PAGE_CFG0";
    const OFFSET: usize = 0x4008_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CMDQ_CONTROL_PAGE_CFG0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for CMDQ_CONTROL_PAGE_CFG0 {}
impl ::core::fmt::Debug for CMDQ_CONTROL_PAGE_CFG0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(
            f,
            "CMDQ_CONTROL_PAGE_CFG0",
            Self::FIELDS,
            &[u64::from(self.0)],
        )
    }
}
/// Command queue control page 0 status (reads as enabled).
///
/// `CMDQ_CONTROL_PAGE_STATUS0`: 32-bit read-only register at offset 0x400c (block `page0` + 0x400c).
///
/// Architecture reference: section 6.3.51.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMDQ_CONTROL_PAGE_STATUS0(u32);
#[allow(non_snake_case)]
impl CMDQ_CONTROL_PAGE_STATUS0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x400c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ENACK",
            lsb: 0,
            msb: 0,
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
    /// `ENACK`, bit \[0\]
    ///
    /// Control page enable acknowledged; always 1.
    #[inline]
    pub const fn ENACK(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
}
impl Register for CMDQ_CONTROL_PAGE_STATUS0 {
    const NAME: &'static str = "CMDQ_CONTROL_PAGE_STATUS0";
    const OFFSET: usize = 0x400c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = CMDQ_CONTROL_PAGE_STATUS0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for CMDQ_CONTROL_PAGE_STATUS0 {}
impl ::core::fmt::Debug for CMDQ_CONTROL_PAGE_STATUS0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(
            f,
            "CMDQ_CONTROL_PAGE_STATUS0",
            Self::FIELDS,
            &[u64::from(self.0)],
        )
    }
}
/// Secure feature identification, part 0: Secure ECMDQ, stall model and MSIs.
///
/// `S_IDR0`: 32-bit read-only register at offset 0x8000 (block `page0` + 0x8000).
///
/// Architecture reference: section 6.3.52.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IDR0(u32);
#[allow(non_snake_case)]
impl S_IDR0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8000_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MSI",
            lsb: 13,
            msb: 13,
        },
        FieldInfo {
            name: "STALL_MODEL",
            lsb: 24,
            msb: 25,
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
    /// `MSI`, bit \[13\]
    ///
    /// Secure MSIs are supported for the Secure Event queue and GERROR.
    #[inline]
    pub const fn MSI(&self) -> bool {
        support::get(self.0 as u64, 13, 0x1) != 0
    }
    /// `STALL_MODEL`, bits \[25:24\]
    ///
    /// Fault models available to the Secure interface (encoded as IDR0.STALL_MODEL).
    #[inline]
    pub const fn STALL_MODEL(&self) -> Result<super::enums::StallModel, FieldError> {
        let raw = support::get(self.0 as u64, 24, 0x3);
        match super::enums::StallModel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "STALL_MODEL",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `STALL_MODEL`, bits \[25:24\].
    #[inline]
    pub const fn STALL_MODEL_bits(&self) -> u64 {
        support::get(self.0 as u64, 24, 0x3)
    }
    /// `ECMDQ`, bit \[31\]
    ///
    /// Secure Enhanced Command queue interfaces exist (see S_IDR6).
    #[inline]
    pub const fn ECMDQ(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
}
impl Register for S_IDR0 {
    const NAME: &'static str = "S_IDR0";
    const OFFSET: usize = 0x8000_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IDR0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IDR0 {}
impl ::core::fmt::Debug for S_IDR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IDR0", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure feature identification, part 1: whether Secure state exists, and SID width.
///
/// `S_IDR1`: 32-bit read-only register at offset 0x8004 (block `page0` + 0x8004).
///
/// Architecture reference: section 6.3.53.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IDR1(u32);
#[allow(non_snake_case)]
impl S_IDR1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8004_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "S_SIDSIZE",
            lsb: 0,
            msb: 5,
        },
        FieldInfo {
            name: "SEL2",
            lsb: 29,
            msb: 29,
        },
        FieldInfo {
            name: "SECURE_IMPL",
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
    /// `S_SIDSIZE`, bits \[5:0\]
    ///
    /// Number of Secure StreamID bits.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn S_SIDSIZE(&self) -> u8 {
        support::get(self.0 as u64, 0, 0x3f) as u8
    }
    /// `SEL2`, bit \[29\]
    ///
    /// Secure EL2 and Secure stage 2 are supported.
    #[inline]
    pub const fn SEL2(&self) -> bool {
        support::get(self.0 as u64, 29, 0x1) != 0
    }
    /// `SECURE_IMPL`, bit \[31\]
    ///
    /// Secure state is implemented; when clear all S_ registers are RAZ/WI.
    #[inline]
    pub const fn SECURE_IMPL(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
}
impl Register for S_IDR1 {
    const NAME: &'static str = "S_IDR1";
    const OFFSET: usize = 0x8004_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IDR1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IDR1 {}
impl ::core::fmt::Debug for S_IDR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IDR1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure feature identification, part 2: where the Secure VATOS page is.
///
/// `S_IDR2`: 32-bit read-only register at offset 0x8008 (block `page0` + 0x8008).
///
/// Architecture reference: section 6.3.54.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IDR2(u32);
#[allow(non_snake_case)]
impl S_IDR2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8008_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "BA_S_VATOS",
            lsb: 0,
            msb: 9,
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
    /// `BA_S_VATOS`, bits \[9:0\]
    ///
    /// Secure VATOS page offset from SMMU base + 0x20000, in 64 KiB units.
    #[inline]
    pub const fn BA_S_VATOS(&self) -> u16 {
        support::get(self.0 as u64, 0, 0x3ff) as u16
    }
}
impl Register for S_IDR2 {
    const NAME: &'static str = "S_IDR2";
    const OFFSET: usize = 0x8008_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IDR2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IDR2 {}
impl ::core::fmt::Debug for S_IDR2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IDR2", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure feature identification, part 3.
///
/// `S_IDR3`: 32-bit read-only register at offset 0x800c (block `page0` + 0x800c).
///
/// Architecture reference: section 6.3.55.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IDR3(u32);
#[allow(non_snake_case)]
impl S_IDR3 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x800c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SAMS",
            lsb: 6,
            msb: 6,
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
    /// `SAMS`, bit \[6\]
    ///
    /// Set: ATC invalidation and PRI responses are illegal on the Secure Command queue.
    #[inline]
    pub const fn SAMS(&self) -> bool {
        support::get(self.0 as u64, 6, 0x1) != 0
    }
}
impl Register for S_IDR3 {
    const NAME: &'static str = "S_IDR3";
    const OFFSET: usize = 0x800c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IDR3::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IDR3 {}
impl ::core::fmt::Debug for S_IDR3 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IDR3", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure feature identification, part 4: contents defined by the implementation.
///
/// `S_IDR4`: 32-bit read-only register at offset 0x8010 (block `page0` + 0x8010).
///
/// Architecture reference: section 6.3.56.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IDR4(u32);
impl S_IDR4 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8010_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
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
}
impl Register for S_IDR4 {
    const NAME: &'static str = "S_IDR4";
    const OFFSET: usize = 0x8010_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IDR4::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IDR4 {}
impl ::core::fmt::Debug for S_IDR4 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IDR4", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global enables; each field takes effect once S_CR0ACK shows the written value.
///
/// `S_CR0`: 32-bit read-write register at offset 0x8020 (block `page0` + 0x8020).
/// A write takes effect when `S_CR0ACK` reads back the same values.
///
/// Architecture reference: section 6.3.57.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CR0(u32);
#[allow(non_snake_case)]
impl S_CR0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8020_usize;
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
            name: "SIF",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "VMW",
            lsb: 6,
            msb: 8,
        },
        FieldInfo {
            name: "NSSTALLD",
            lsb: 9,
            msb: 9,
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
    /// Enable translation of Secure streams; when clear they follow S_GBPA.
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
    /// `EVENTQEN`, bit \[2\]
    ///
    /// Enable writes to the Secure Event queue.
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
    /// Enable consumption of the Secure Command queue.
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
    /// `SIF`, bit \[5\]
    ///
    /// Secure instruction fetches that would leave as Non-secure take a Permission fault.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SIF(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// Returns the value with `SIF`, bit \[5\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SIF(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 5, 0x1, v as u64) as u32)
    }
    /// Sets `SIF`, bit \[5\] to `v`.
    #[inline]
    pub fn set_SIF(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 5, 0x1, v as u64) as u32;
    }
    /// `VMW`, bits \[8:6\]
    ///
    /// VMID wildcard applied by Secure TLB invalidations.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn VMW(&self) -> Result<super::enums::VmidWildcard, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x7);
        match super::enums::VmidWildcard::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "VMW",
                    value: raw,
                })
            }
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
    /// `NSSTALLD`, bit \[9\]
    ///
    /// Forbid the stall model to the Non-secure interface.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn NSSTALLD(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Returns the value with `NSSTALLD`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSSTALLD(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 9, 0x1, v as u64) as u32)
    }
    /// Sets `NSSTALLD`, bit \[9\] to `v`.
    #[inline]
    pub fn set_NSSTALLD(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 9, 0x1, v as u64) as u32;
    }
    /// Whether `ack` (a `S_CR0ACK` read) acknowledges this value: the shared fields are equal.
    #[inline]
    pub const fn acked_by(self, ack: S_CR0ACK) -> bool {
        (self.0 ^ ack.0) & 0x3ed_u32 == 0
    }
}
impl Register for S_CR0 {
    const NAME: &'static str = "S_CR0";
    const OFFSET: usize = 0x8020_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_CR0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_CR0 {}
impl Writable for S_CR0 {}
impl support::AckedBy for S_CR0 {
    type Ack = S_CR0ACK;
    const SHARED: u64 = 0x3ed;
}
impl ::core::fmt::Debug for S_CR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CR0", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Acknowledgement of S_CR0: reflects each field once its update has completed.
///
/// `S_CR0ACK`: 32-bit read-only register at offset 0x8024 (block `page0` + 0x8024).
///
/// Architecture reference: section 6.3.58.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CR0ACK(u32);
#[allow(non_snake_case)]
impl S_CR0ACK {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8024_usize;
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
            name: "SIF",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "VMW",
            lsb: 6,
            msb: 8,
        },
        FieldInfo {
            name: "NSSTALLD",
            lsb: 9,
            msb: 9,
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
    /// `SIF`, bit \[5\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SIF(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `VMW`, bits \[8:6\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn VMW(&self) -> Result<super::enums::VmidWildcard, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x7);
        match super::enums::VmidWildcard::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "VMW",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `VMW`, bits \[8:6\].
    #[inline]
    pub const fn VMW_bits(&self) -> u64 {
        support::get(self.0 as u64, 6, 0x7)
    }
    /// `NSSTALLD`, bit \[9\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn NSSTALLD(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
}
impl Register for S_CR0ACK {
    const NAME: &'static str = "S_CR0ACK";
    const OFFSET: usize = 0x8024_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_CR0ACK::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_CR0ACK {}
impl ::core::fmt::Debug for S_CR0ACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CR0ACK", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Memory attributes of accesses to the Secure queues and Secure Stream table.
///
/// `S_CR1`: 32-bit read-write register at offset 0x8028 (block `page0` + 0x8028).
///
/// Architecture reference: section 6.3.59.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CR1(u32);
#[allow(non_snake_case)]
impl S_CR1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8028_usize;
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
    /// Inner cacheability of Secure queue accesses.
    #[inline]
    pub const fn QUEUE_IC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 0, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "QUEUE_IC",
                    value: raw,
                })
            }
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
    /// Outer cacheability of Secure queue accesses.
    #[inline]
    pub const fn QUEUE_OC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 2, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "QUEUE_OC",
                    value: raw,
                })
            }
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
    /// Shareability of Secure queue accesses.
    #[inline]
    pub const fn QUEUE_SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "QUEUE_SH",
                    value: raw,
                })
            }
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
    /// Inner cacheability of Secure Stream table accesses.
    #[inline]
    pub const fn TABLE_IC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 6, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TABLE_IC",
                    value: raw,
                })
            }
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
    /// Outer cacheability of Secure Stream table accesses.
    #[inline]
    pub const fn TABLE_OC(&self) -> Result<super::enums::RegCacheability, FieldError> {
        let raw = support::get(self.0 as u64, 8, 0x3);
        match super::enums::RegCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TABLE_OC",
                    value: raw,
                })
            }
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
    /// Shareability of Secure Stream table accesses.
    #[inline]
    pub const fn TABLE_SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 10, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TABLE_SH",
                    value: raw,
                })
            }
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
impl Register for S_CR1 {
    const NAME: &'static str = "S_CR1";
    const OFFSET: usize = 0x8028_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_CR1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_CR1 {}
impl Writable for S_CR1 {}
impl ::core::fmt::Debug for S_CR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CR1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Further Secure controls, writable only while S_CR0.SMMUEN is 0.
///
/// `S_CR2`: 32-bit read-write register at offset 0x802c (block `page0` + 0x802c).
///
/// Architecture reference: section 6.3.60.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CR2(u32);
#[allow(non_snake_case)]
impl S_CR2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x802c_usize;
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
    /// Secure EL2 streams use the EL2-E2H regime (tagged with an ASID).
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
    /// Record C_BAD_STREAMID for out-of-range Secure StreamIDs.
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
    /// Ignore broadcast TLB invalidations for Secure and EL3 regimes.
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
}
impl Register for S_CR2 {
    const NAME: &'static str = "S_CR2";
    const OFFSET: usize = 0x802c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_CR2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_CR2 {}
impl Writable for S_CR2 {}
impl ::core::fmt::Debug for S_CR2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CR2", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Stage 2 permission indirection table for Secure state (v3.5).
///
/// `S_S2PII`: 64-bit read-write register at offset 0x8030 (block `page0` + 0x8030).
///
/// Architecture reference: section 6.3.61.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_S2PII(u64);
#[allow(non_snake_case)]
impl S_S2PII {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8030_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "S2PII0",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "S2PII1",
            lsb: 4,
            msb: 7,
        },
        FieldInfo {
            name: "S2PII2",
            lsb: 8,
            msb: 11,
        },
        FieldInfo {
            name: "S2PII3",
            lsb: 12,
            msb: 15,
        },
        FieldInfo {
            name: "S2PII4",
            lsb: 16,
            msb: 19,
        },
        FieldInfo {
            name: "S2PII5",
            lsb: 20,
            msb: 23,
        },
        FieldInfo {
            name: "S2PII6",
            lsb: 24,
            msb: 27,
        },
        FieldInfo {
            name: "S2PII7",
            lsb: 28,
            msb: 31,
        },
        FieldInfo {
            name: "S2PII8",
            lsb: 32,
            msb: 35,
        },
        FieldInfo {
            name: "S2PII9",
            lsb: 36,
            msb: 39,
        },
        FieldInfo {
            name: "S2PII10",
            lsb: 40,
            msb: 43,
        },
        FieldInfo {
            name: "S2PII11",
            lsb: 44,
            msb: 47,
        },
        FieldInfo {
            name: "S2PII12",
            lsb: 48,
            msb: 51,
        },
        FieldInfo {
            name: "S2PII13",
            lsb: 52,
            msb: 55,
        },
        FieldInfo {
            name: "S2PII14",
            lsb: 56,
            msb: 59,
        },
        FieldInfo {
            name: "S2PII15",
            lsb: 60,
            msb: 63,
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
    /// `S2PII0`, bits \[3:0\]
    #[inline]
    pub const fn S2PII0(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 0, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII0",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII0`, bits \[3:0\].
    #[inline]
    pub const fn S2PII0_bits(&self) -> u64 {
        support::get(self.0, 0, 0xf)
    }
    /// Returns the value with `S2PII0`, bits \[3:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII0(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 0, 0xf, v.bits()))
    }
    /// Sets `S2PII0`, bits \[3:0\] to `v`.
    #[inline]
    pub fn set_S2PII0(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 0, 0xf, v.bits());
    }
    /// `S2PII1`, bits \[7:4\]
    #[inline]
    pub const fn S2PII1(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 4, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII1",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII1`, bits \[7:4\].
    #[inline]
    pub const fn S2PII1_bits(&self) -> u64 {
        support::get(self.0, 4, 0xf)
    }
    /// Returns the value with `S2PII1`, bits \[7:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII1(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 4, 0xf, v.bits()))
    }
    /// Sets `S2PII1`, bits \[7:4\] to `v`.
    #[inline]
    pub fn set_S2PII1(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 4, 0xf, v.bits());
    }
    /// `S2PII2`, bits \[11:8\]
    #[inline]
    pub const fn S2PII2(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 8, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII2",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII2`, bits \[11:8\].
    #[inline]
    pub const fn S2PII2_bits(&self) -> u64 {
        support::get(self.0, 8, 0xf)
    }
    /// Returns the value with `S2PII2`, bits \[11:8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII2(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 8, 0xf, v.bits()))
    }
    /// Sets `S2PII2`, bits \[11:8\] to `v`.
    #[inline]
    pub fn set_S2PII2(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 8, 0xf, v.bits());
    }
    /// `S2PII3`, bits \[15:12\]
    #[inline]
    pub const fn S2PII3(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 12, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII3",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII3`, bits \[15:12\].
    #[inline]
    pub const fn S2PII3_bits(&self) -> u64 {
        support::get(self.0, 12, 0xf)
    }
    /// Returns the value with `S2PII3`, bits \[15:12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII3(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 12, 0xf, v.bits()))
    }
    /// Sets `S2PII3`, bits \[15:12\] to `v`.
    #[inline]
    pub fn set_S2PII3(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 12, 0xf, v.bits());
    }
    /// `S2PII4`, bits \[19:16\]
    #[inline]
    pub const fn S2PII4(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 16, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII4",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII4`, bits \[19:16\].
    #[inline]
    pub const fn S2PII4_bits(&self) -> u64 {
        support::get(self.0, 16, 0xf)
    }
    /// Returns the value with `S2PII4`, bits \[19:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII4(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 16, 0xf, v.bits()))
    }
    /// Sets `S2PII4`, bits \[19:16\] to `v`.
    #[inline]
    pub fn set_S2PII4(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 16, 0xf, v.bits());
    }
    /// `S2PII5`, bits \[23:20\]
    #[inline]
    pub const fn S2PII5(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 20, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII5",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII5`, bits \[23:20\].
    #[inline]
    pub const fn S2PII5_bits(&self) -> u64 {
        support::get(self.0, 20, 0xf)
    }
    /// Returns the value with `S2PII5`, bits \[23:20\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII5(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 20, 0xf, v.bits()))
    }
    /// Sets `S2PII5`, bits \[23:20\] to `v`.
    #[inline]
    pub fn set_S2PII5(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 20, 0xf, v.bits());
    }
    /// `S2PII6`, bits \[27:24\]
    #[inline]
    pub const fn S2PII6(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 24, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII6",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII6`, bits \[27:24\].
    #[inline]
    pub const fn S2PII6_bits(&self) -> u64 {
        support::get(self.0, 24, 0xf)
    }
    /// Returns the value with `S2PII6`, bits \[27:24\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII6(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 24, 0xf, v.bits()))
    }
    /// Sets `S2PII6`, bits \[27:24\] to `v`.
    #[inline]
    pub fn set_S2PII6(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 24, 0xf, v.bits());
    }
    /// `S2PII7`, bits \[31:28\]
    #[inline]
    pub const fn S2PII7(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 28, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII7",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII7`, bits \[31:28\].
    #[inline]
    pub const fn S2PII7_bits(&self) -> u64 {
        support::get(self.0, 28, 0xf)
    }
    /// Returns the value with `S2PII7`, bits \[31:28\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII7(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 28, 0xf, v.bits()))
    }
    /// Sets `S2PII7`, bits \[31:28\] to `v`.
    #[inline]
    pub fn set_S2PII7(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 28, 0xf, v.bits());
    }
    /// `S2PII8`, bits \[35:32\]
    #[inline]
    pub const fn S2PII8(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 32, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII8",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII8`, bits \[35:32\].
    #[inline]
    pub const fn S2PII8_bits(&self) -> u64 {
        support::get(self.0, 32, 0xf)
    }
    /// Returns the value with `S2PII8`, bits \[35:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII8(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 32, 0xf, v.bits()))
    }
    /// Sets `S2PII8`, bits \[35:32\] to `v`.
    #[inline]
    pub fn set_S2PII8(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 32, 0xf, v.bits());
    }
    /// `S2PII9`, bits \[39:36\]
    #[inline]
    pub const fn S2PII9(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 36, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII9",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII9`, bits \[39:36\].
    #[inline]
    pub const fn S2PII9_bits(&self) -> u64 {
        support::get(self.0, 36, 0xf)
    }
    /// Returns the value with `S2PII9`, bits \[39:36\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII9(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 36, 0xf, v.bits()))
    }
    /// Sets `S2PII9`, bits \[39:36\] to `v`.
    #[inline]
    pub fn set_S2PII9(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 36, 0xf, v.bits());
    }
    /// `S2PII10`, bits \[43:40\]
    #[inline]
    pub const fn S2PII10(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 40, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII10",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII10`, bits \[43:40\].
    #[inline]
    pub const fn S2PII10_bits(&self) -> u64 {
        support::get(self.0, 40, 0xf)
    }
    /// Returns the value with `S2PII10`, bits \[43:40\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII10(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 40, 0xf, v.bits()))
    }
    /// Sets `S2PII10`, bits \[43:40\] to `v`.
    #[inline]
    pub fn set_S2PII10(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 40, 0xf, v.bits());
    }
    /// `S2PII11`, bits \[47:44\]
    #[inline]
    pub const fn S2PII11(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 44, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII11",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII11`, bits \[47:44\].
    #[inline]
    pub const fn S2PII11_bits(&self) -> u64 {
        support::get(self.0, 44, 0xf)
    }
    /// Returns the value with `S2PII11`, bits \[47:44\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII11(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 44, 0xf, v.bits()))
    }
    /// Sets `S2PII11`, bits \[47:44\] to `v`.
    #[inline]
    pub fn set_S2PII11(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 44, 0xf, v.bits());
    }
    /// `S2PII12`, bits \[51:48\]
    #[inline]
    pub const fn S2PII12(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 48, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII12",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII12`, bits \[51:48\].
    #[inline]
    pub const fn S2PII12_bits(&self) -> u64 {
        support::get(self.0, 48, 0xf)
    }
    /// Returns the value with `S2PII12`, bits \[51:48\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII12(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 48, 0xf, v.bits()))
    }
    /// Sets `S2PII12`, bits \[51:48\] to `v`.
    #[inline]
    pub fn set_S2PII12(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 48, 0xf, v.bits());
    }
    /// `S2PII13`, bits \[55:52\]
    #[inline]
    pub const fn S2PII13(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 52, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII13",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII13`, bits \[55:52\].
    #[inline]
    pub const fn S2PII13_bits(&self) -> u64 {
        support::get(self.0, 52, 0xf)
    }
    /// Returns the value with `S2PII13`, bits \[55:52\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII13(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 52, 0xf, v.bits()))
    }
    /// Sets `S2PII13`, bits \[55:52\] to `v`.
    #[inline]
    pub fn set_S2PII13(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 52, 0xf, v.bits());
    }
    /// `S2PII14`, bits \[59:56\]
    #[inline]
    pub const fn S2PII14(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 56, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII14",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII14`, bits \[59:56\].
    #[inline]
    pub const fn S2PII14_bits(&self) -> u64 {
        support::get(self.0, 56, 0xf)
    }
    /// Returns the value with `S2PII14`, bits \[59:56\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII14(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 56, 0xf, v.bits()))
    }
    /// Sets `S2PII14`, bits \[59:56\] to `v`.
    #[inline]
    pub fn set_S2PII14(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 56, 0xf, v.bits());
    }
    /// `S2PII15`, bits \[63:60\]
    #[inline]
    pub const fn S2PII15(&self) -> Result<super::enums::S2PermInterp, FieldError> {
        let raw = support::get(self.0, 60, 0xf);
        match super::enums::S2PermInterp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2PII15",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `S2PII15`, bits \[63:60\].
    #[inline]
    pub const fn S2PII15_bits(&self) -> u64 {
        support::get(self.0, 60, 0xf)
    }
    /// Returns the value with `S2PII15`, bits \[63:60\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PII15(self, v: super::enums::S2PermInterp) -> Self {
        Self(support::put(self.0, 60, 0xf, v.bits()))
    }
    /// Sets `S2PII15`, bits \[63:60\] to `v`.
    #[inline]
    pub fn set_S2PII15(&mut self, v: super::enums::S2PermInterp) {
        self.0 = support::put(self.0, 60, 0xf, v.bits());
    }
}
impl Register for S_S2PII {
    const NAME: &'static str = "S_S2PII";
    const OFFSET: usize = 0x8030_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_S2PII::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_S2PII {}
impl Writable for S_S2PII {}
impl ::core::fmt::Debug for S_S2PII {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_S2PII", Self::FIELDS, &[self.0])
    }
}
/// Global invalidation of every SMMU cache and TLB, for initialisation.
///
/// `S_INIT`: 32-bit read-write register at offset 0x803c (block `page0` + 0x803c).
///
/// Architecture reference: section 6.3.62.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_INIT(u32);
#[allow(non_snake_case)]
impl S_INIT {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x803c_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "INV_ALL",
            lsb: 0,
            msb: 0,
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
    /// `INV_ALL`, bit \[0\]
    ///
    /// Written as 1 to invalidate everything; reads 0 once the invalidation is done.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn INV_ALL(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `INV_ALL`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_INV_ALL(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `INV_ALL`, bit \[0\] to `v`.
    #[inline]
    pub fn set_INV_ALL(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
}
impl Register for S_INIT {
    const NAME: &'static str = "S_INIT";
    const OFFSET: usize = 0x803c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_INIT::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_INIT {}
impl Writable for S_INIT {}
impl ::core::fmt::Debug for S_INIT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_INIT", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Attributes (or abort) for Secure traffic while the Secure interface is disabled.
///
/// `S_GBPA`: 32-bit read-write register at offset 0x8044 (block `page0` + 0x8044).
///
/// Architecture reference: section 6.3.63.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GBPA(u32);
#[allow(non_snake_case)]
impl S_GBPA {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8044_usize;
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
            name: "NSCFG",
            lsb: 14,
            msb: 15,
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "MTCFG",
                    value: raw,
                })
            }
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 8, 0xf, raw) as u32),
                )
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SHCFG",
                    value: raw,
                })
            }
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
    /// `NSCFG`, bits \[15:14\]
    ///
    /// NS attribute override.
    #[inline]
    pub const fn NSCFG(&self) -> Result<super::enums::GbpaNsCfg, FieldError> {
        let raw = support::get(self.0 as u64, 14, 0x3);
        match super::enums::GbpaNsCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "NSCFG",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `NSCFG`, bits \[15:14\].
    #[inline]
    pub const fn NSCFG_bits(&self) -> u64 {
        support::get(self.0 as u64, 14, 0x3)
    }
    /// Returns the value with `NSCFG`, bits \[15:14\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSCFG(self, v: super::enums::GbpaNsCfg) -> Self {
        Self(support::put(self.0 as u64, 14, 0x3, v.bits()) as u32)
    }
    /// Sets `NSCFG`, bits \[15:14\] to `v`.
    #[inline]
    pub fn set_NSCFG(&mut self, v: super::enums::GbpaNsCfg) {
        self.0 = support::put(self.0 as u64, 14, 0x3, v.bits()) as u32;
    }
    /// `PRIVCFG`, bits \[17:16\]
    ///
    /// Privilege override.
    #[inline]
    pub const fn PRIVCFG(&self) -> Result<super::enums::GbpaPrivCfg, FieldError> {
        let raw = support::get(self.0 as u64, 16, 0x3);
        match super::enums::GbpaPrivCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "PRIVCFG",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "INSTCFG",
                    value: raw,
                })
            }
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
    /// Abort all incoming Secure transactions instead of bypassing them.
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
impl Register for S_GBPA {
    const NAME: &'static str = "S_GBPA";
    const OFFSET: usize = 0x8044_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GBPA::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GBPA {}
impl Writable for S_GBPA {}
impl ::core::fmt::Debug for S_GBPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GBPA", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Implementation-defined extra attributes for bypassing Secure transactions.
///
/// `S_AGBPA`: 32-bit read-write register at offset 0x8048 (block `page0` + 0x8048).
///
/// Architecture reference: section 6.3.64.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_AGBPA(u32);
impl S_AGBPA {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8048_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
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
}
impl Register for S_AGBPA {
    const NAME: &'static str = "S_AGBPA";
    const OFFSET: usize = 0x8048_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_AGBPA::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_AGBPA {}
impl Writable for S_AGBPA {}
impl ::core::fmt::Debug for S_AGBPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_AGBPA", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure interrupt enables; each takes effect once S_IRQ_CTRLACK shows it.
///
/// `S_IRQ_CTRL`: 32-bit read-write register at offset 0x8050 (block `page0` + 0x8050).
/// A write takes effect when `S_IRQ_CTRLACK` reads back the same values.
///
/// Architecture reference: section 6.3.65.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IRQ_CTRL(u32);
#[allow(non_snake_case)]
impl S_IRQ_CTRL {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8050_usize;
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
    /// Enable the Secure global error interrupt.
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
    /// `EVENTQ_IRQEN`, bit \[2\]
    ///
    /// Enable the Secure Event queue interrupt.
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
    /// Whether `ack` (a `S_IRQ_CTRLACK` read) acknowledges this value: the shared fields are equal.
    #[inline]
    pub const fn acked_by(self, ack: S_IRQ_CTRLACK) -> bool {
        (self.0 ^ ack.0) & 0x5_u32 == 0
    }
}
impl Register for S_IRQ_CTRL {
    const NAME: &'static str = "S_IRQ_CTRL";
    const OFFSET: usize = 0x8050_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IRQ_CTRL::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IRQ_CTRL {}
impl Writable for S_IRQ_CTRL {}
impl support::AckedBy for S_IRQ_CTRL {
    type Ack = S_IRQ_CTRLACK;
    const SHARED: u64 = 0x5;
}
impl ::core::fmt::Debug for S_IRQ_CTRL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IRQ_CTRL", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Acknowledgement of S_IRQ_CTRL: reflects each enable once its update has completed.
///
/// `S_IRQ_CTRLACK`: 32-bit read-only register at offset 0x8054 (block `page0` + 0x8054).
///
/// Architecture reference: section 6.3.66.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IRQ_CTRLACK(u32);
#[allow(non_snake_case)]
impl S_IRQ_CTRLACK {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8054_usize;
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
    /// `EVENTQ_IRQEN`, bit \[2\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQ_IRQEN(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
}
impl Register for S_IRQ_CTRLACK {
    const NAME: &'static str = "S_IRQ_CTRLACK";
    const OFFSET: usize = 0x8054_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IRQ_CTRLACK::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IRQ_CTRLACK {}
impl ::core::fmt::Debug for S_IRQ_CTRLACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IRQ_CTRLACK", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global errors: active while a bit differs from the same bit of S_GERRORN.
///
/// `S_GERROR`: 32-bit read-only register at offset 0x8060 (block `page0` + 0x8060).
/// A bit is active while it differs from the same bit of `S_GERRORN`.
///
/// Architecture reference: section 6.3.67.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GERROR(u32);
#[allow(non_snake_case)]
impl S_GERROR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8060_usize;
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
    /// A Secure command could not be processed; the reason is in S_CMDQ_CONS.ERR.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQ_ERR(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `EVENTQ_ABT_ERR`, bit \[2\]
    ///
    /// A Secure Event queue access aborted; records may be lost.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// `MSI_CMDQ_ABT_ERR`, bit \[4\]
    ///
    /// A Secure CMD_SYNC completion MSI aborted.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_CMDQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `MSI_EVENTQ_ABT_ERR`, bit \[5\]
    ///
    /// A Secure Event queue MSI aborted.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MSI_EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `MSI_GERROR_ABT_ERR`, bit \[7\]
    ///
    /// A Secure GERROR MSI aborted.
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
    /// An error occurred on a Secure Enhanced Command queue control page.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn CMDQP_ERR(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// The active bits: those that differ from `ack` (a `S_GERRORN` read).
    #[inline]
    #[must_use]
    pub const fn active(self, ack: S_GERRORN) -> Self {
        Self((self.0 ^ ack.0) & 0x3b5_u32)
    }
}
impl Register for S_GERROR {
    const NAME: &'static str = "S_GERROR";
    const OFFSET: usize = 0x8060_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GERROR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GERROR {}
impl ::core::fmt::Debug for S_GERROR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GERROR", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global error acknowledgement: software toggles a bit to match S_GERROR.
///
/// `S_GERRORN`: 32-bit read-write register at offset 0x8064 (block `page0` + 0x8064).
///
/// Architecture reference: section 6.3.68.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GERRORN(u32);
#[allow(non_snake_case)]
impl S_GERRORN {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8064_usize;
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
    /// The value to write so that every error active in `errors` (a `S_GERROR` read) is acknowledged:
    /// the shared bits are set equal to those of `S_GERROR`.
    #[inline]
    #[must_use]
    pub const fn acknowledge(self, errors: S_GERROR) -> Self {
        Self((self.0 & !0x3b5_u32) | (errors.0 & 0x3b5_u32))
    }
}
impl Register for S_GERRORN {
    const NAME: &'static str = "S_GERRORN";
    const OFFSET: usize = 0x8064_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GERRORN::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GERRORN {}
impl Writable for S_GERRORN {}
impl ::core::fmt::Debug for S_GERRORN {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GERRORN", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global error MSI target address.
///
/// `S_GERROR_IRQ_CFG0`: 64-bit read-write register at offset 0x8068 (block `page0` + 0x8068).
///
/// Architecture reference: section 6.3.69.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GERROR_IRQ_CFG0(u64);
#[allow(non_snake_case)]
impl S_GERROR_IRQ_CFG0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8068_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ADDR",
            lsb: 2,
            msb: 55,
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
    /// `ADDR`, bits \[55:2\]
    ///
    /// Doorbell physical address; zero means no MSI is sent.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[55:2\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 2, 0x3fffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:2\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffff)?;
        self.0 = support::put(self.0, 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for S_GERROR_IRQ_CFG0 {
    const NAME: &'static str = "S_GERROR_IRQ_CFG0";
    const OFFSET: usize = 0x8068_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_GERROR_IRQ_CFG0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_GERROR_IRQ_CFG0 {}
impl Writable for S_GERROR_IRQ_CFG0 {}
impl ::core::fmt::Debug for S_GERROR_IRQ_CFG0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GERROR_IRQ_CFG0", Self::FIELDS, &[self.0])
    }
}
/// Secure global error MSI payload.
///
/// `S_GERROR_IRQ_CFG1`: 32-bit read-write register at offset 0x8070 (block `page0` + 0x8070).
///
/// Architecture reference: section 6.3.70.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GERROR_IRQ_CFG1(u32);
#[allow(non_snake_case)]
impl S_GERROR_IRQ_CFG1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8070_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DATA",
            lsb: 0,
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
    /// `DATA`, bits \[31:0\]
    ///
    /// Value written to the doorbell.
    #[inline]
    pub const fn DATA(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DATA(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `DATA`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_DATA(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for S_GERROR_IRQ_CFG1 {
    const NAME: &'static str = "S_GERROR_IRQ_CFG1";
    const OFFSET: usize = 0x8070_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GERROR_IRQ_CFG1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GERROR_IRQ_CFG1 {}
impl Writable for S_GERROR_IRQ_CFG1 {}
impl ::core::fmt::Debug for S_GERROR_IRQ_CFG1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GERROR_IRQ_CFG1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global error MSI memory attributes.
///
/// `S_GERROR_IRQ_CFG2`: 32-bit read-write register at offset 0x8074 (block `page0` + 0x8074).
///
/// Architecture reference: section 6.3.71.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GERROR_IRQ_CFG2(u32);
#[allow(non_snake_case)]
impl S_GERROR_IRQ_CFG2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8074_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MemAttr",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "SH",
            lsb: 4,
            msb: 5,
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
    /// Memory type of the MSI write, encoded like STE.MemAttr.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
    /// `SH`, bits \[5:4\]
    ///
    /// Shareability of the MSI write (ignored for Device types).
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[5:4\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x3)
    }
    /// Returns the value with `SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Sets `SH`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 4, 0x3, v.bits()) as u32;
    }
}
impl Register for S_GERROR_IRQ_CFG2 {
    const NAME: &'static str = "S_GERROR_IRQ_CFG2";
    const OFFSET: usize = 0x8074_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GERROR_IRQ_CFG2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GERROR_IRQ_CFG2 {}
impl Writable for S_GERROR_IRQ_CFG2 {}
impl ::core::fmt::Debug for S_GERROR_IRQ_CFG2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GERROR_IRQ_CFG2", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Stream table base address and read-allocate hint.
///
/// `S_STRTAB_BASE`: 64-bit read-write register at offset 0x8080 (block `page0` + 0x8080).
///
/// Architecture reference: section 6.3.72.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_STRTAB_BASE(u64);
#[allow(non_snake_case)]
impl S_STRTAB_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8080_usize;
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
    /// Physical base of the Secure Stream table.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 6, 0x3ffffffffffff, raw)),
                )
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
    /// Read-allocate hint for Secure Stream table accesses.
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
impl Register for S_STRTAB_BASE {
    const NAME: &'static str = "S_STRTAB_BASE";
    const OFFSET: usize = 0x8080_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_STRTAB_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_STRTAB_BASE {}
impl Writable for S_STRTAB_BASE {}
impl ::core::fmt::Debug for S_STRTAB_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_STRTAB_BASE", Self::FIELDS, &[self.0])
    }
}
/// Secure Stream table format, size and two-level split.
///
/// `S_STRTAB_BASE_CFG`: 32-bit read-write register at offset 0x8088 (block `page0` + 0x8088).
///
/// Architecture reference: section 6.3.73.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_STRTAB_BASE_CFG(u32);
#[allow(non_snake_case)]
impl S_STRTAB_BASE_CFG {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8088_usize;
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
    /// The table covers 2^LOG2SIZE Secure StreamIDs.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0x3f, raw) as u32),
                )
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SPLIT",
                    value: raw,
                })
            }
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
    /// Secure Stream table layout.
    #[inline]
    pub const fn FMT(&self) -> Result<super::enums::StrtabFmt, FieldError> {
        let raw = support::get(self.0 as u64, 16, 0x3);
        match super::enums::StrtabFmt::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "FMT",
                    value: raw,
                })
            }
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
impl Register for S_STRTAB_BASE_CFG {
    const NAME: &'static str = "S_STRTAB_BASE_CFG";
    const OFFSET: usize = 0x8088_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_STRTAB_BASE_CFG::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_STRTAB_BASE_CFG {}
impl Writable for S_STRTAB_BASE_CFG {}
impl ::core::fmt::Debug for S_STRTAB_BASE_CFG {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_STRTAB_BASE_CFG", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Command queue base address and size.
///
/// `S_CMDQ_BASE`: 64-bit read-write register at offset 0x8090 (block `page0` + 0x8090).
///
/// Architecture reference: section 6.3.74.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CMDQ_BASE(u64);
#[allow(non_snake_case)]
impl S_CMDQ_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8090_usize;
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 5, 0x7ffffffffffff, raw)),
                )
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
    /// Read-allocate hint for Secure Command queue accesses.
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
impl Register for S_CMDQ_BASE {
    const NAME: &'static str = "S_CMDQ_BASE";
    const OFFSET: usize = 0x8090_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_CMDQ_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_CMDQ_BASE {}
impl Writable for S_CMDQ_BASE {}
impl ::core::fmt::Debug for S_CMDQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CMDQ_BASE", Self::FIELDS, &[self.0])
    }
}
/// Secure Command queue producer index, written by software.
///
/// `S_CMDQ_PROD`: 32-bit read-write register at offset 0x8098 (block `page0` + 0x8098).
///
/// Architecture reference: section 6.3.75.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CMDQ_PROD(u32);
#[allow(non_snake_case)]
impl S_CMDQ_PROD {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8098_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "WR",
            lsb: 0,
            msb: 19,
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
impl Register for S_CMDQ_PROD {
    const NAME: &'static str = "S_CMDQ_PROD";
    const OFFSET: usize = 0x8098_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_CMDQ_PROD::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_CMDQ_PROD {}
impl Writable for S_CMDQ_PROD {}
impl ::core::fmt::Debug for S_CMDQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CMDQ_PROD", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Command queue consumer index and error code, written by the SMMU.
///
/// `S_CMDQ_CONS`: 32-bit read-write register at offset 0x809c (block `page0` + 0x809c).
///
/// Architecture reference: section 6.3.76.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_CMDQ_CONS(u32);
#[allow(non_snake_case)]
impl S_CMDQ_CONS {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x809c_usize;
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
    /// Why Secure command consumption stopped (valid while S_GERROR.CMDQ_ERR is active).
    #[inline]
    pub const fn ERR(&self) -> Result<super::enums::CmdqError, FieldError> {
        let raw = support::get(self.0 as u64, 24, 0x7f);
        match super::enums::CmdqError::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "ERR",
                    value: raw,
                })
            }
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
impl Register for S_CMDQ_CONS {
    const NAME: &'static str = "S_CMDQ_CONS";
    const OFFSET: usize = 0x809c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_CMDQ_CONS::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_CMDQ_CONS {}
impl Writable for S_CMDQ_CONS {}
impl ::core::fmt::Debug for S_CMDQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_CMDQ_CONS", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Event queue base address and size.
///
/// `S_EVENTQ_BASE`: 64-bit read-write register at offset 0x80a0 (block `page0` + 0x80a0).
///
/// Architecture reference: section 6.3.77.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_EVENTQ_BASE(u64);
#[allow(non_snake_case)]
impl S_EVENTQ_BASE {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80a0_usize;
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 5, 0x7ffffffffffff, raw)),
                )
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
    /// Write-allocate hint for Secure Event queue accesses.
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
impl Register for S_EVENTQ_BASE {
    const NAME: &'static str = "S_EVENTQ_BASE";
    const OFFSET: usize = 0x80a0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_EVENTQ_BASE::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_EVENTQ_BASE {}
impl Writable for S_EVENTQ_BASE {}
impl ::core::fmt::Debug for S_EVENTQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_EVENTQ_BASE", Self::FIELDS, &[self.0])
    }
}
/// Secure Event queue producer index (the Secure queue has no page 1 copy).
///
/// `S_EVENTQ_PROD`: 32-bit read-write register at offset 0x80a8 (block `page0` + 0x80a8).
///
/// Architecture reference: section 6.3.78.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_EVENTQ_PROD(u32);
#[allow(non_snake_case)]
impl S_EVENTQ_PROD {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80a8_usize;
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
    /// Toggled by the SMMU on overflow while it equals S_EVENTQ_CONS.OVACKFLG.
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
impl Register for S_EVENTQ_PROD {
    const NAME: &'static str = "S_EVENTQ_PROD";
    const OFFSET: usize = 0x80a8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_EVENTQ_PROD::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_EVENTQ_PROD {}
impl Writable for S_EVENTQ_PROD {}
impl ::core::fmt::Debug for S_EVENTQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_EVENTQ_PROD", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Event queue consumer index.
///
/// `S_EVENTQ_CONS`: 32-bit read-write register at offset 0x80ac (block `page0` + 0x80ac).
///
/// Architecture reference: section 6.3.79.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_EVENTQ_CONS(u32);
#[allow(non_snake_case)]
impl S_EVENTQ_CONS {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80ac_usize;
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
    /// Software copies S_EVENTQ_PROD.OVFLG here to acknowledge an overflow.
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
impl Register for S_EVENTQ_CONS {
    const NAME: &'static str = "S_EVENTQ_CONS";
    const OFFSET: usize = 0x80ac_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_EVENTQ_CONS::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_EVENTQ_CONS {}
impl Writable for S_EVENTQ_CONS {}
impl ::core::fmt::Debug for S_EVENTQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_EVENTQ_CONS", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Event queue MSI target address.
///
/// `S_EVENTQ_IRQ_CFG0`: 64-bit read-write register at offset 0x80b0 (block `page0` + 0x80b0).
///
/// Architecture reference: section 6.3.80.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_EVENTQ_IRQ_CFG0(u64);
#[allow(non_snake_case)]
impl S_EVENTQ_IRQ_CFG0 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80b0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "ADDR",
            lsb: 2,
            msb: 55,
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
    /// `ADDR`, bits \[55:2\]
    ///
    /// Doorbell physical address; zero means no MSI is sent.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[55:2\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 2, 0x3fffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:2\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffff)?;
        self.0 = support::put(self.0, 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for S_EVENTQ_IRQ_CFG0 {
    const NAME: &'static str = "S_EVENTQ_IRQ_CFG0";
    const OFFSET: usize = 0x80b0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_EVENTQ_IRQ_CFG0::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_EVENTQ_IRQ_CFG0 {}
impl Writable for S_EVENTQ_IRQ_CFG0 {}
impl ::core::fmt::Debug for S_EVENTQ_IRQ_CFG0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_EVENTQ_IRQ_CFG0", Self::FIELDS, &[self.0])
    }
}
/// Secure Event queue MSI payload.
///
/// `S_EVENTQ_IRQ_CFG1`: 32-bit read-write register at offset 0x80b8 (block `page0` + 0x80b8).
///
/// Architecture reference: section 6.3.81.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_EVENTQ_IRQ_CFG1(u32);
#[allow(non_snake_case)]
impl S_EVENTQ_IRQ_CFG1 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80b8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "DATA",
            lsb: 0,
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
    /// `DATA`, bits \[31:0\]
    ///
    /// Value written to the doorbell.
    #[inline]
    pub const fn DATA(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DATA(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `DATA`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_DATA(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for S_EVENTQ_IRQ_CFG1 {
    const NAME: &'static str = "S_EVENTQ_IRQ_CFG1";
    const OFFSET: usize = 0x80b8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_EVENTQ_IRQ_CFG1::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_EVENTQ_IRQ_CFG1 {}
impl Writable for S_EVENTQ_IRQ_CFG1 {}
impl ::core::fmt::Debug for S_EVENTQ_IRQ_CFG1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_EVENTQ_IRQ_CFG1", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure Event queue MSI memory attributes.
///
/// `S_EVENTQ_IRQ_CFG2`: 32-bit read-write register at offset 0x80bc (block `page0` + 0x80bc).
///
/// Architecture reference: section 6.3.82.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_EVENTQ_IRQ_CFG2(u32);
#[allow(non_snake_case)]
impl S_EVENTQ_IRQ_CFG2 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x80bc_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "MemAttr",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "SH",
            lsb: 4,
            msb: 5,
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
    /// Memory type of the MSI write, encoded like STE.MemAttr.
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
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xf, raw) as u32),
                )
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
    /// `SH`, bits \[5:4\]
    ///
    /// Shareability of the MSI write (ignored for Device types).
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0 as u64, 4, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[5:4\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0 as u64, 4, 0x3)
    }
    /// Returns the value with `SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Sets `SH`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_SH(&mut self, v: super::enums::RegShareability) {
        self.0 = support::put(self.0 as u64, 4, 0x3, v.bits()) as u32;
    }
}
impl Register for S_EVENTQ_IRQ_CFG2 {
    const NAME: &'static str = "S_EVENTQ_IRQ_CFG2";
    const OFFSET: usize = 0x80bc_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_EVENTQ_IRQ_CFG2::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_EVENTQ_IRQ_CFG2 {}
impl Writable for S_EVENTQ_IRQ_CFG2 {}
impl ::core::fmt::Debug for S_EVENTQ_IRQ_CFG2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_EVENTQ_IRQ_CFG2", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global ATOS control: starts a translation request.
///
/// `S_GATOS_CTRL`: 32-bit read-write register at offset 0x8100 (block `page0` + 0x8100).
///
/// Architecture reference: section 6.3.83.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GATOS_CTRL(u32);
#[allow(non_snake_case)]
impl S_GATOS_CTRL {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8100_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "RUN",
            lsb: 0,
            msb: 0,
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
    /// `RUN`, bit \[0\]
    ///
    /// Written as 1 to run the translation; the SMMU clears it when S_GATOS_PAR is valid.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn RUN(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `RUN`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RUN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `RUN`, bit \[0\] to `v`.
    #[inline]
    pub fn set_RUN(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
}
impl Register for S_GATOS_CTRL {
    const NAME: &'static str = "S_GATOS_CTRL";
    const OFFSET: usize = 0x8100_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GATOS_CTRL::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GATOS_CTRL {}
impl Writable for S_GATOS_CTRL {}
impl ::core::fmt::Debug for S_GATOS_CTRL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GATOS_CTRL", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure global ATOS request stream: StreamID, SubstreamID and stream security.
///
/// `S_GATOS_SID`: 64-bit read-write register at offset 0x8108 (block `page0` + 0x8108).
///
/// Architecture reference: section 6.3.84.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GATOS_SID(u64);
#[allow(non_snake_case)]
impl S_GATOS_SID {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8108_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "STREAMID",
            lsb: 0,
            msb: 31,
        },
        FieldInfo {
            name: "SUBSTREAMID",
            lsb: 32,
            msb: 51,
        },
        FieldInfo {
            name: "SSID_VALID",
            lsb: 52,
            msb: 52,
        },
        FieldInfo {
            name: "SSEC",
            lsb: 53,
            msb: 53,
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
    /// `STREAMID`, bits \[31:0\]
    #[inline]
    pub const fn STREAMID(&self) -> u32 {
        support::get(self.0, 0, 0xffffffff) as u32
    }
    /// Returns the value with `STREAMID`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STREAMID(self, v: u32) -> Self {
        Self(support::put(self.0, 0, 0xffffffff, v as u64))
    }
    /// Sets `STREAMID`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_STREAMID(&mut self, v: u32) {
        self.0 = support::put(self.0, 0, 0xffffffff, v as u64);
    }
    /// `SUBSTREAMID`, bits \[51:32\]
    #[inline]
    pub const fn SUBSTREAMID(&self) -> u32 {
        support::get(self.0, 32, 0xfffff) as u32
    }
    /// Returns the value with `SUBSTREAMID`, bits \[51:32\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SUBSTREAMID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SUBSTREAMID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 32, 0xfffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SUBSTREAMID`, bits \[51:32\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SUBSTREAMID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SUBSTREAMID", v as u64, 0xfffff)?;
        self.0 = support::put(self.0, 32, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `SSID_VALID`, bit \[52\]
    ///
    /// SUBSTREAMID is valid for the request.
    #[inline]
    pub const fn SSID_VALID(&self) -> bool {
        support::get(self.0, 52, 0x1) != 0
    }
    /// Returns the value with `SSID_VALID`, bit \[52\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSID_VALID(self, v: bool) -> Self {
        Self(support::put(self.0, 52, 0x1, v as u64))
    }
    /// Sets `SSID_VALID`, bit \[52\] to `v`.
    #[inline]
    pub fn set_SSID_VALID(&mut self, v: bool) {
        self.0 = support::put(self.0, 52, 0x1, v as u64);
    }
    /// `SSEC`, bit \[53\]
    ///
    /// STREAMID names a Secure stream (1) or a Non-secure stream (0).
    #[inline]
    pub const fn SSEC(&self) -> bool {
        support::get(self.0, 53, 0x1) != 0
    }
    /// Returns the value with `SSEC`, bit \[53\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSEC(self, v: bool) -> Self {
        Self(support::put(self.0, 53, 0x1, v as u64))
    }
    /// Sets `SSEC`, bit \[53\] to `v`.
    #[inline]
    pub fn set_SSEC(&mut self, v: bool) {
        self.0 = support::put(self.0, 53, 0x1, v as u64);
    }
}
impl Register for S_GATOS_SID {
    const NAME: &'static str = "S_GATOS_SID";
    const OFFSET: usize = 0x8108_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_GATOS_SID::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_GATOS_SID {}
impl Writable for S_GATOS_SID {}
impl ::core::fmt::Debug for S_GATOS_SID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GATOS_SID", Self::FIELDS, &[self.0])
    }
}
/// Secure global ATOS request address and access type.
///
/// `S_GATOS_ADDR`: 64-bit read-write register at offset 0x8110 (block `page0` + 0x8110).
///
/// Architecture reference: section 6.3.85.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GATOS_ADDR(u64);
#[allow(non_snake_case)]
impl S_GATOS_ADDR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8110_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "NS",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "HTTUI",
            lsb: 6,
            msb: 6,
        },
        FieldInfo {
            name: "InD",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "RnW",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "PnU",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "TYPE",
            lsb: 10,
            msb: 11,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 12,
            msb: 63,
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
    /// `NS`, bit \[4\]
    ///
    /// IPA space (Non-secure when 1) for Secure stage-2-only lookups.
    #[inline]
    pub const fn NS(&self) -> bool {
        support::get(self.0, 4, 0x1) != 0
    }
    /// Returns the value with `NS`, bit \[4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NS(self, v: bool) -> Self {
        Self(support::put(self.0, 4, 0x1, v as u64))
    }
    /// Sets `NS`, bit \[4\] to `v`.
    #[inline]
    pub fn set_NS(&mut self, v: bool) {
        self.0 = support::put(self.0, 4, 0x1, v as u64);
    }
    /// `HTTUI`, bit \[6\]
    ///
    /// Inhibit Access flag / Dirty state updates for this request.
    #[inline]
    pub const fn HTTUI(&self) -> bool {
        support::get(self.0, 6, 0x1) != 0
    }
    /// Returns the value with `HTTUI`, bit \[6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HTTUI(self, v: bool) -> Self {
        Self(support::put(self.0, 6, 0x1, v as u64))
    }
    /// Sets `HTTUI`, bit \[6\] to `v`.
    #[inline]
    pub fn set_HTTUI(&mut self, v: bool) {
        self.0 = support::put(self.0, 6, 0x1, v as u64);
    }
    /// `InD`, bit \[7\]
    ///
    /// Instruction (1) or data (0) access; data for writes.
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0, 7, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[7\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        Self(support::put(self.0, 7, 0x1, v as u64))
    }
    /// Sets `InD`, bit \[7\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0 = support::put(self.0, 7, 0x1, v as u64);
    }
    /// `RnW`, bit \[8\]
    ///
    /// Read (1) or write (0) access.
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0, 8, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        Self(support::put(self.0, 8, 0x1, v as u64))
    }
    /// Sets `RnW`, bit \[8\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0 = support::put(self.0, 8, 0x1, v as u64);
    }
    /// `PnU`, bit \[9\]
    ///
    /// Privileged (1) or unprivileged (0) access.
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0, 9, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        Self(support::put(self.0, 9, 0x1, v as u64))
    }
    /// Sets `PnU`, bit \[9\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0 = support::put(self.0, 9, 0x1, v as u64);
    }
    /// `TYPE`, bits \[11:10\]
    ///
    /// Which stages to translate through.
    #[inline]
    pub const fn TYPE(&self) -> Result<super::enums::AtosType, FieldError> {
        let raw = support::get(self.0, 10, 0x3);
        match super::enums::AtosType::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TYPE",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `TYPE`, bits \[11:10\].
    #[inline]
    pub const fn TYPE_bits(&self) -> u64 {
        support::get(self.0, 10, 0x3)
    }
    /// Returns the value with `TYPE`, bits \[11:10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TYPE(self, v: super::enums::AtosType) -> Self {
        Self(support::put(self.0, 10, 0x3, v.bits()))
    }
    /// Sets `TYPE`, bits \[11:10\] to `v`.
    #[inline]
    pub fn set_TYPE(&mut self, v: super::enums::AtosType) {
        self.0 = support::put(self.0, 10, 0x3, v.bits());
    }
    /// `ADDR`, bits \[63:12\]
    ///
    /// Input address to translate, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits \[63:12\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 12, 0xfffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[63:12\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 12, 0xfffffffffffff)?;
        self.0 = support::put(self.0, 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for S_GATOS_ADDR {
    const NAME: &'static str = "S_GATOS_ADDR";
    const OFFSET: usize = 0x8110_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_GATOS_ADDR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_GATOS_ADDR {}
impl Writable for S_GATOS_ADDR {}
impl ::core::fmt::Debug for S_GATOS_ADDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GATOS_ADDR", Self::FIELDS, &[self.0])
    }
}
/// Secure global ATOS result when FAULT is 0: output address and attributes.
///
/// `S_GATOS_PAR`: 64-bit read-only register at offset 0x8118 (block `page0` + 0x8118).
///
/// Architecture reference: section 6.3.86.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GATOS_PAR(u64);
#[allow(non_snake_case)]
impl S_GATOS_PAR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8118_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "FAULT",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "SH",
            lsb: 8,
            msb: 9,
        },
        FieldInfo {
            name: "NS",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "Size",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 12,
            msb: 55,
        },
        FieldInfo {
            name: "ATTR",
            lsb: 56,
            msb: 63,
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
    /// `FAULT`, bit \[0\]
    ///
    /// 0: this view (a successful translation) applies.
    #[inline]
    pub const fn FAULT(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// `SH`, bits \[9:8\]
    ///
    /// Shareability of the result.
    #[inline]
    pub const fn SH(&self) -> Result<super::enums::RegShareability, FieldError> {
        let raw = support::get(self.0, 8, 0x3);
        match super::enums::RegShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `SH`, bits \[9:8\].
    #[inline]
    pub const fn SH_bits(&self) -> u64 {
        support::get(self.0, 8, 0x3)
    }
    /// `NS`, bit \[10\]
    ///
    /// Final NS attribute of the output address.
    #[inline]
    pub const fn NS(&self) -> bool {
        support::get(self.0, 10, 0x1) != 0
    }
    /// `Size`, bit \[11\]
    ///
    /// Set: the lowest set bit of ADDR encodes a size above 4 KiB.
    #[inline]
    pub const fn Size(&self) -> bool {
        support::get(self.0, 11, 0x1) != 0
    }
    /// `ADDR`, bits \[55:12\]
    ///
    /// Output address, bits \[55:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffff) << 12
    }
    /// `ATTR`, bits \[63:56\]
    ///
    /// Memory attributes in MAIR format.
    #[inline]
    pub const fn ATTR(&self) -> u8 {
        support::get(self.0, 56, 0xff) as u8
    }
}
impl Register for S_GATOS_PAR {
    const NAME: &'static str = "S_GATOS_PAR";
    const OFFSET: usize = 0x8118_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_GATOS_PAR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_GATOS_PAR {}
impl ::core::fmt::Debug for S_GATOS_PAR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GATOS_PAR", Self::FIELDS, &[self.0])
    }
}
/// Secure global ATOS result when FAULT is 1: fault syndrome (same register as S_GATOS_PAR).
///
/// `S_GATOS_PAR_FAULT`: 64-bit read-only register at offset 0x8118 (block `page0` + 0x8118).
/// Another view of `S_GATOS_PAR`.
///
/// Architecture reference: section 6.3.86.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GATOS_PAR_FAULT(u64);
#[allow(non_snake_case)]
impl S_GATOS_PAR_FAULT {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8118_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "FAULT",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "REASON",
            lsb: 1,
            msb: 2,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "FAULTCODE",
            lsb: 4,
            msb: 11,
        },
        FieldInfo {
            name: "FADDR",
            lsb: 12,
            msb: 55,
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
    /// `FAULT`, bit \[0\]
    ///
    /// 1: this view (a fault or error) applies.
    #[inline]
    pub const fn FAULT(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// `REASON`, bits \[2:1\]
    ///
    /// Stage and cause of the fault.
    #[inline]
    pub const fn REASON(&self) -> Result<super::enums::AtosFaultReason, FieldError> {
        let raw = support::get(self.0, 1, 0x3);
        match super::enums::AtosFaultReason::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "REASON",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `REASON`, bits \[2:1\].
    #[inline]
    pub const fn REASON_bits(&self) -> u64 {
        support::get(self.0, 1, 0x3)
    }
    /// `NSIPA`, bit \[3\]
    ///
    /// FADDR is a Non-secure IPA (Secure streams with SEL2).
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0, 3, 0x1) != 0
    }
    /// `FAULTCODE`, bits \[11:4\]
    ///
    /// Fault or error code (see 9.1.4).
    #[inline]
    pub const fn FAULTCODE(&self) -> u8 {
        support::get(self.0, 4, 0xff) as u8
    }
    /// `FADDR`, bits \[55:12\]
    ///
    /// Stage 2 faulting page address, bits \[55:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn FADDR(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffff) << 12
    }
}
impl Register for S_GATOS_PAR_FAULT {
    const NAME: &'static str = "S_GATOS_PAR_FAULT";
    const OFFSET: usize = 0x8118_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = S_GATOS_PAR_FAULT::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for S_GATOS_PAR_FAULT {}
impl ::core::fmt::Debug for S_GATOS_PAR_FAULT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GATOS_PAR_FAULT", Self::FIELDS, &[self.0])
    }
}
/// MPAM limits for Secure state.
///
/// `S_MPAMIDR`: 32-bit read-only register at offset 0x8130 (block `page0` + 0x8130).
///
/// Architecture reference: section 6.3.87.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_MPAMIDR(u32);
#[allow(non_snake_case)]
impl S_MPAMIDR {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8130_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "PARTID_MAX",
            lsb: 0,
            msb: 15,
        },
        FieldInfo {
            name: "PMG_MAX",
            lsb: 16,
            msb: 23,
        },
        FieldInfo {
            name: "HAS_MPAM_NS",
            lsb: 25,
            msb: 25,
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
    /// `PARTID_MAX`, bits \[15:0\]
    ///
    /// Largest PARTID usable in Secure state.
    #[inline]
    pub const fn PARTID_MAX(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// `PMG_MAX`, bits \[23:16\]
    ///
    /// Largest PMG usable in Secure state.
    #[inline]
    pub const fn PMG_MAX(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xff) as u8
    }
    /// `HAS_MPAM_NS`, bit \[25\]
    ///
    /// Secure accesses can be steered to the Non-secure PARTID space (MPAM_NS).
    #[inline]
    pub const fn HAS_MPAM_NS(&self) -> bool {
        support::get(self.0 as u64, 25, 0x1) != 0
    }
}
impl Register for S_MPAMIDR {
    const NAME: &'static str = "S_MPAMIDR";
    const OFFSET: usize = 0x8130_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_MPAMIDR::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_MPAMIDR {}
impl ::core::fmt::Debug for S_MPAMIDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_MPAMIDR", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// MPAM labels for SMMU-originated accesses of the Secure interface.
///
/// `S_GMPAM`: 32-bit read-write register at offset 0x8138 (block `page0` + 0x8138).
///
/// Architecture reference: section 6.3.88.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GMPAM(u32);
#[allow(non_snake_case)]
impl S_GMPAM {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8138_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SO_PARTID",
            lsb: 0,
            msb: 15,
        },
        FieldInfo {
            name: "SO_PMG",
            lsb: 16,
            msb: 23,
        },
        FieldInfo {
            name: "MPAM_NS",
            lsb: 24,
            msb: 24,
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
    /// `SO_PARTID`, bits \[15:0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SO_PARTID(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// Returns the value with `SO_PARTID`, bits \[15:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SO_PARTID(self, v: u16) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffff, v as u64) as u32)
    }
    /// Sets `SO_PARTID`, bits \[15:0\] to `v`.
    #[inline]
    pub fn set_SO_PARTID(&mut self, v: u16) {
        self.0 = support::put(self.0 as u64, 0, 0xffff, v as u64) as u32;
    }
    /// `SO_PMG`, bits \[23:16\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn SO_PMG(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xff) as u8
    }
    /// Returns the value with `SO_PMG`, bits \[23:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SO_PMG(self, v: u8) -> Self {
        Self(support::put(self.0 as u64, 16, 0xff, v as u64) as u32)
    }
    /// Sets `SO_PMG`, bits \[23:16\] to `v`.
    #[inline]
    pub fn set_SO_PMG(&mut self, v: u8) {
        self.0 = support::put(self.0 as u64, 16, 0xff, v as u64) as u32;
    }
    /// `MPAM_NS`, bit \[24\]
    ///
    /// Use the Non-secure PARTID space for these accesses.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MPAM_NS(&self) -> bool {
        support::get(self.0 as u64, 24, 0x1) != 0
    }
    /// Returns the value with `MPAM_NS`, bit \[24\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MPAM_NS(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 24, 0x1, v as u64) as u32)
    }
    /// Sets `MPAM_NS`, bit \[24\] to `v`.
    #[inline]
    pub fn set_MPAM_NS(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 24, 0x1, v as u64) as u32;
    }
    /// `Update`, bit \[31\]
    ///
    /// Written as 1 with the new value; reads 0 once the update has taken effect.
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
impl Register for S_GMPAM {
    const NAME: &'static str = "S_GMPAM";
    const OFFSET: usize = 0x8138_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GMPAM::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GMPAM {}
impl Writable for S_GMPAM {}
impl ::core::fmt::Debug for S_GMPAM {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GMPAM", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// MPAM labels for Secure client transactions in global bypass.
///
/// `S_GBPMPAM`: 32-bit read-write register at offset 0x813c (block `page0` + 0x813c).
///
/// Architecture reference: section 6.3.89.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_GBPMPAM(u32);
#[allow(non_snake_case)]
impl S_GBPMPAM {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x813c_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "GBP_PARTID",
            lsb: 0,
            msb: 15,
        },
        FieldInfo {
            name: "GBP_PMG",
            lsb: 16,
            msb: 23,
        },
        FieldInfo {
            name: "MPAM_NS",
            lsb: 24,
            msb: 24,
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
    /// `GBP_PARTID`, bits \[15:0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn GBP_PARTID(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// Returns the value with `GBP_PARTID`, bits \[15:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GBP_PARTID(self, v: u16) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffff, v as u64) as u32)
    }
    /// Sets `GBP_PARTID`, bits \[15:0\] to `v`.
    #[inline]
    pub fn set_GBP_PARTID(&mut self, v: u16) {
        self.0 = support::put(self.0 as u64, 0, 0xffff, v as u64) as u32;
    }
    /// `GBP_PMG`, bits \[23:16\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn GBP_PMG(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xff) as u8
    }
    /// Returns the value with `GBP_PMG`, bits \[23:16\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GBP_PMG(self, v: u8) -> Self {
        Self(support::put(self.0 as u64, 16, 0xff, v as u64) as u32)
    }
    /// Sets `GBP_PMG`, bits \[23:16\] to `v`.
    #[inline]
    pub fn set_GBP_PMG(&mut self, v: u8) {
        self.0 = support::put(self.0 as u64, 16, 0xff, v as u64) as u32;
    }
    /// `MPAM_NS`, bit \[24\]
    ///
    /// Use the Non-secure PARTID space for these transactions.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn MPAM_NS(&self) -> bool {
        support::get(self.0 as u64, 24, 0x1) != 0
    }
    /// Returns the value with `MPAM_NS`, bit \[24\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MPAM_NS(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 24, 0x1, v as u64) as u32)
    }
    /// Sets `MPAM_NS`, bit \[24\] to `v`.
    #[inline]
    pub fn set_MPAM_NS(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 24, 0x1, v as u64) as u32;
    }
    /// `Update`, bit \[31\]
    ///
    /// Written as 1 with the new value; reads 0 once the update has taken effect.
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
impl Register for S_GBPMPAM {
    const NAME: &'static str = "S_GBPMPAM";
    const OFFSET: usize = 0x813c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_GBPMPAM::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_GBPMPAM {}
impl Writable for S_GBPMPAM {}
impl ::core::fmt::Debug for S_GBPMPAM {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_GBPMPAM", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure VMID of the virtual machine granted the Secure VATOS interface.
///
/// `S_VATOS_SEL`: 32-bit read-write register at offset 0x8180 (block `page0` + 0x8180).
///
/// Architecture reference: section 6.3.90.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_VATOS_SEL(u32);
#[allow(non_snake_case)]
impl S_VATOS_SEL {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8180_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "VMID",
            lsb: 0,
            msb: 15,
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
    /// `VMID`, bits \[15:0\]
    ///
    /// Must match STE.S2VMID of streams the Secure VATOS user may translate.
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0 as u64, 0, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[15:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffff, v as u64) as u32)
    }
    /// Sets `VMID`, bits \[15:0\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0 = support::put(self.0 as u64, 0, 0xffff, v as u64) as u32;
    }
}
impl Register for S_VATOS_SEL {
    const NAME: &'static str = "S_VATOS_SEL";
    const OFFSET: usize = 0x8180_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_VATOS_SEL::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_VATOS_SEL {}
impl Writable for S_VATOS_SEL {}
impl ::core::fmt::Debug for S_VATOS_SEL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_VATOS_SEL", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Secure feature identification, part 6: Secure Enhanced Command queue geometry.
///
/// `S_IDR6`: 32-bit read-only register at offset 0x8190 (block `page0` + 0x8190).
///
/// Architecture reference: section 6.3.91.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct S_IDR6(u32);
#[allow(non_snake_case)]
impl S_IDR6 {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8190_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CMDQ_CONTROL_PAGE_LOG2NUMQ",
            lsb: 16,
            msb: 19,
        },
        FieldInfo {
            name: "CMDQ_CONTROL_PAGE_LOG2NUMP",
            lsb: 24,
            msb: 27,
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
    /// `CMDQ_CONTROL_PAGE_LOG2NUMQ`, bits \[19:16\]
    ///
    /// Log2 of the number of Secure ECMDQs per control page.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn CMDQ_CONTROL_PAGE_LOG2NUMQ(&self) -> u8 {
        support::get(self.0 as u64, 16, 0xf) as u8
    }
    /// `CMDQ_CONTROL_PAGE_LOG2NUMP`, bits \[27:24\]
    ///
    /// Log2 of the number of Secure Command queue control pages.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn CMDQ_CONTROL_PAGE_LOG2NUMP(&self) -> u8 {
        support::get(self.0 as u64, 24, 0xf) as u8
    }
}
impl Register for S_IDR6 {
    const NAME: &'static str = "S_IDR6";
    const OFFSET: usize = 0x8190_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = S_IDR6::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for S_IDR6 {}
impl ::core::fmt::Debug for S_IDR6 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "S_IDR6", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for EVTQ_PROD {}
impl Writable for EVTQ_PROD {}
impl ::core::fmt::Debug for EVTQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_PROD", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for EVTQ_CONS {}
impl Writable for EVTQ_CONS {}
impl ::core::fmt::Debug for EVTQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_CONS", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for PRIQ_PROD {}
impl Writable for PRIQ_PROD {}
impl ::core::fmt::Debug for PRIQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_PROD", Self::FIELDS, &[u64::from(self.0)])
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
        u64::from(self.0)
    }
}
impl Readable for PRIQ_CONS {}
impl Writable for PRIQ_CONS {}
impl ::core::fmt::Debug for PRIQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRIQ_CONS", Self::FIELDS, &[u64::from(self.0)])
    }
}
