// SPDX-License-Identifier: MIT OR Apache-2.0

//! Registers of `smmuv3`: one value type per register, with its offset and typed fields.
#[cfg(not(iommugen_test))]
use super::support::{self, FieldError, FieldInfo, Readable, Register, Writable};
#[cfg(not(iommugen_test))]
/// Feature identification, part 0: translation stages, formats and optional features.
///
/// `IDR0`: 32-bit read-only register at offset 0x0 (block `page0` + 0x0).
///
/// Architecture reference: section 6.3.1.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct IDR0(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl IDR0 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }
    /// `S2P`, bit \[0\]
    ///
    /// Stage 2 translation is implemented.
    #[inline]
    pub(crate) const fn S2P(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `S1P`, bit \[1\]
    ///
    /// Stage 1 translation is implemented.
    #[inline]
    pub(crate) const fn S1P(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// `TTF`, bits \[3:2\]
    ///
    /// Translation table formats usable at both stages.
    #[inline]
    pub(crate) const fn TTF(&self) -> Result<super::enums::TtFormat, FieldError> {
        let raw = support::get(self.0 as u64, 2, 0x3);
        match super::enums::TtFormat::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTF",
                value: raw,
            }),
        }
    }
    /// `COHACC`, bit \[4\]
    ///
    /// Tables, structures, queues and MSIs can be accessed IO-coherently.
    #[inline]
    pub(crate) const fn COHACC(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `ATS`, bit \[10\]
    ///
    /// PCIe ATS is supported.
    #[inline]
    pub(crate) const fn ATS(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// `ASID16`, bit \[12\]
    ///
    /// 16-bit ASIDs are supported.
    #[inline]
    pub(crate) const fn ASID16(&self) -> bool {
        support::get(self.0 as u64, 12, 0x1) != 0
    }
    /// `MSI`, bit \[13\]
    ///
    /// Message-signalled interrupts are supported.
    #[inline]
    pub(crate) const fn MSI(&self) -> bool {
        support::get(self.0 as u64, 13, 0x1) != 0
    }
    /// `PRI`, bit \[16\]
    ///
    /// PCIe Page Request Interface and the PRI queue are supported.
    #[inline]
    pub(crate) const fn PRI(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `VMID16`, bit \[18\]
    ///
    /// 16-bit VMIDs are supported.
    #[inline]
    pub(crate) const fn VMID16(&self) -> bool {
        support::get(self.0 as u64, 18, 0x1) != 0
    }
    /// `CD2L`, bit \[19\]
    ///
    /// Two-level Context descriptor tables are supported.
    #[inline]
    pub(crate) const fn CD2L(&self) -> bool {
        support::get(self.0 as u64, 19, 0x1) != 0
    }
    /// `TTENDIAN`, bits \[22:21\]
    ///
    /// Endianness allowed for translation table walks.
    #[inline]
    pub(crate) const fn TTENDIAN(&self) -> Result<super::enums::TtEndian, FieldError> {
        let raw = support::get(self.0 as u64, 21, 0x3);
        match super::enums::TtEndian::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTENDIAN",
                value: raw,
            }),
        }
    }
    /// `STALL_MODEL`, bits \[25:24\]
    ///
    /// Which fault models (stall, terminate) are available.
    #[inline]
    pub(crate) const fn STALL_MODEL(&self) -> Result<super::enums::StallModel, FieldError> {
        let raw = support::get(self.0 as u64, 24, 0x3);
        match super::enums::StallModel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "STALL_MODEL",
                value: raw,
            }),
        }
    }
    /// `ST_LEVEL`, bits \[28:27\]
    ///
    /// Stream table formats supported.
    #[inline]
    pub(crate) const fn ST_LEVEL(&self) -> Result<super::enums::StLevel, FieldError> {
        let raw = support::get(self.0 as u64, 27, 0x3);
        match super::enums::StLevel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "ST_LEVEL",
                value: raw,
            }),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Register for IDR0 {
    const OFFSET: usize = 0x0_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for IDR0 {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for IDR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR0", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Feature identification, part 1: queue and table sizes, presets and ID widths.
///
/// `IDR1`: 32-bit read-only register at offset 0x4 (block `page0` + 0x4).
///
/// Architecture reference: section 6.3.2.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct IDR1(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl IDR1 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }
    /// `SIDSIZE`, bits \[5:0\]
    ///
    /// Number of StreamID bits (0 to 32).
    /// The base-2 logarithm of the size.
    #[inline]
    pub(crate) const fn SIDSIZE(&self) -> u8 {
        support::get(self.0 as u64, 0, 0x3f) as u8
    }
    /// `SSIDSIZE`, bits \[10:6\]
    ///
    /// Number of SubstreamID bits (0 to 20; 0 means no substreams).
    /// The base-2 logarithm of the size.
    #[inline]
    pub(crate) const fn SSIDSIZE(&self) -> u8 {
        support::get(self.0 as u64, 6, 0x1f) as u8
    }
    /// `PRIQS`, bits \[15:11\]
    ///
    /// Maximum PRI queue size, log2 of entries (at most 19).
    /// The base-2 logarithm of the size.
    #[inline]
    pub(crate) const fn PRIQS(&self) -> u8 {
        support::get(self.0 as u64, 11, 0x1f) as u8
    }
    /// `EVENTQS`, bits \[20:16\]
    ///
    /// Maximum Event queue size, log2 of entries (at most 19).
    /// The base-2 logarithm of the size.
    #[inline]
    pub(crate) const fn EVENTQS(&self) -> u8 {
        support::get(self.0 as u64, 16, 0x1f) as u8
    }
    /// `CMDQS`, bits \[25:21\]
    ///
    /// Maximum Command queue size, log2 of entries (at most 19).
    /// The base-2 logarithm of the size.
    #[inline]
    pub(crate) const fn CMDQS(&self) -> u8 {
        support::get(self.0 as u64, 21, 0x1f) as u8
    }
}
#[cfg(not(iommugen_test))]
impl Register for IDR1 {
    const OFFSET: usize = 0x4_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for IDR1 {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for IDR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR1", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Feature identification, part 3: later architecture extensions.
///
/// `IDR3`: 32-bit read-only register at offset 0xc (block `page0` + 0xc).
///
/// Architecture reference: section 6.3.4.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct IDR3(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl IDR3 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }
    /// `RIL`, bit \[10\]
    ///
    /// Range invalidation and level hints in TLBI commands are supported.
    #[inline]
    pub(crate) const fn RIL(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
}
#[cfg(not(iommugen_test))]
impl Register for IDR3 {
    const OFFSET: usize = 0xc_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for IDR3 {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for IDR3 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR3", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Feature identification, part 5: address sizes, granules and stall limit.
///
/// `IDR5`: 32-bit read-only register at offset 0x14 (block `page0` + 0x14).
///
/// Architecture reference: section 6.3.6.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct IDR5(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl IDR5 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }
    /// `OAS`, bits \[2:0\]
    ///
    /// Physical (output) address size.
    #[inline]
    pub(crate) const fn OAS(&self) -> Result<super::enums::OutputAddrSize, FieldError> {
        let raw = support::get(self.0 as u64, 0, 0x7);
        match super::enums::OutputAddrSize::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "OAS",
                value: raw,
            }),
        }
    }
    /// `GRAN4K`, bit \[4\]
    ///
    /// The 4 KiB translation granule is supported.
    #[inline]
    pub(crate) const fn GRAN4K(&self) -> bool {
        support::get(self.0 as u64, 4, 0x1) != 0
    }
    /// `GRAN16K`, bit \[5\]
    ///
    /// The 16 KiB translation granule is supported.
    #[inline]
    pub(crate) const fn GRAN16K(&self) -> bool {
        support::get(self.0 as u64, 5, 0x1) != 0
    }
    /// `GRAN64K`, bit \[6\]
    ///
    /// The 64 KiB translation granule is supported.
    #[inline]
    pub(crate) const fn GRAN64K(&self) -> bool {
        support::get(self.0 as u64, 6, 0x1) != 0
    }
}
#[cfg(not(iommugen_test))]
impl Register for IDR5 {
    const OFFSET: usize = 0x14_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for IDR5 {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for IDR5 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IDR5", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Global enables; each field takes effect once CR0ACK shows the written value.
///
/// `CR0`: 32-bit read-write register at offset 0x20 (block `page0` + 0x20).
/// A write takes effect when `CR0ACK` reads back the same values.
///
/// Architecture reference: section 6.3.9.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct CR0(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CR0 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `SMMUEN`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_SMMUEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Returns the value with `EVENTQEN`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_EVENTQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
    /// Returns the value with `CMDQEN`, bit \[3\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_CMDQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 3, 0x1, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for CR0 {
    const OFFSET: usize = 0x20_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CR0 {}
#[cfg(not(iommugen_test))]
impl Writable for CR0 {}
#[cfg(not(iommugen_test))]
impl support::AckedBy for CR0 {
    type Ack = CR0ACK;
    const SHARED: u64 = 0x5df;
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CR0 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR0", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Acknowledgement of CR0: reflects each CR0 field once its update has completed.
///
/// `CR0ACK`: 32-bit read-only register at offset 0x24 (block `page0` + 0x24).
///
/// Architecture reference: section 6.3.10.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct CR0ACK(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CR0ACK {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
}
#[cfg(not(iommugen_test))]
impl Register for CR0ACK {
    const OFFSET: usize = 0x24_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CR0ACK {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CR0ACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR0ACK", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Memory attributes of SMMU accesses to the queues and to the Stream table.
///
/// `CR1`: 32-bit read-write register at offset 0x28 (block `page0` + 0x28).
///
/// Architecture reference: section 6.3.11.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct CR1(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CR1 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `QUEUE_IC`, bits \[1:0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_QUEUE_IC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 0, 0x3, v.bits()) as u32)
    }
    /// Returns the value with `QUEUE_OC`, bits \[3:2\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_QUEUE_OC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 2, 0x3, v.bits()) as u32)
    }
    /// Returns the value with `QUEUE_SH`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_QUEUE_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 4, 0x3, v.bits()) as u32)
    }
    /// Returns the value with `TABLE_IC`, bits \[7:6\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_TABLE_IC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 6, 0x3, v.bits()) as u32)
    }
    /// Returns the value with `TABLE_OC`, bits \[9:8\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_TABLE_OC(self, v: super::enums::RegCacheability) -> Self {
        Self(support::put(self.0 as u64, 8, 0x3, v.bits()) as u32)
    }
    /// Returns the value with `TABLE_SH`, bits \[11:10\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_TABLE_SH(self, v: super::enums::RegShareability) -> Self {
        Self(support::put(self.0 as u64, 10, 0x3, v.bits()) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for CR1 {
    const OFFSET: usize = 0x28_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CR1 {}
#[cfg(not(iommugen_test))]
impl Writable for CR1 {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CR1 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR1", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Further controls, writable only while CR0.SMMUEN is 0.
///
/// `CR2`: 32-bit read-write register at offset 0x2c (block `page0` + 0x2c).
///
/// Architecture reference: section 6.3.12.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
pub(crate) struct CR2(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CR2 {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `RECINVSID`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_RECINVSID(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Returns the value with `PTM`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_PTM(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for CR2 {
    const OFFSET: usize = 0x2c_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CR2 {}
#[cfg(not(iommugen_test))]
impl Writable for CR2 {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CR2 {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CR2", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Attributes (or abort) for Non-secure traffic while the SMMU is disabled.
///
/// `GBPA`: 32-bit read-write register at offset 0x44 (block `page0` + 0x44).
///
/// Architecture reference: section 6.3.14.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct GBPA(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl GBPA {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `ABORT`, bit \[20\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_ABORT(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 20, 0x1, v as u64) as u32)
    }
    /// `Update`, bit \[31\]
    ///
    /// Written as 1 together with the new value; reads 0 once the update has taken effect.
    ///
    /// Resets to 0x0.
    #[inline]
    pub(crate) const fn Update(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
    /// Returns the value with `Update`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_Update(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for GBPA {
    const OFFSET: usize = 0x44_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for GBPA {}
#[cfg(not(iommugen_test))]
impl Writable for GBPA {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for GBPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GBPA", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Interrupt enables; each takes effect once IRQ_CTRLACK shows the written value.
///
/// `IRQ_CTRL`: 32-bit read-write register at offset 0x50 (block `page0` + 0x50).
/// A write takes effect when `IRQ_CTRLACK` reads back the same values.
///
/// Architecture reference: section 6.3.16.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IRQ_CTRL(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl IRQ_CTRL {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `GERROR_IRQEN`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_GERROR_IRQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Returns the value with `EVENTQ_IRQEN`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_EVENTQ_IRQEN(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for IRQ_CTRL {
    const OFFSET: usize = 0x50_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for IRQ_CTRL {}
#[cfg(not(iommugen_test))]
impl Writable for IRQ_CTRL {}
#[cfg(not(iommugen_test))]
impl support::AckedBy for IRQ_CTRL {
    type Ack = IRQ_CTRLACK;
    const SHARED: u64 = 0x7;
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for IRQ_CTRL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IRQ_CTRL", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Acknowledgement of IRQ_CTRL: reflects each enable once its update has completed.
///
/// `IRQ_CTRLACK`: 32-bit read-only register at offset 0x54 (block `page0` + 0x54).
///
/// Architecture reference: section 6.3.18.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IRQ_CTRLACK(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl IRQ_CTRLACK {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
}
#[cfg(not(iommugen_test))]
impl Register for IRQ_CTRLACK {
    const OFFSET: usize = 0x54_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for IRQ_CTRLACK {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for IRQ_CTRLACK {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IRQ_CTRLACK", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Global errors: an error is active while its bit differs from the same bit of GERRORN.
///
/// `GERROR`: 32-bit read-only register at offset 0x60 (block `page0` + 0x60).
/// A bit is active while it differs from the same bit of `GERRORN`.
///
/// Architecture reference: section 6.3.19.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct GERROR(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl GERROR {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }
    /// `CMDQ_ERR`, bit \[0\]
    ///
    /// A command could not be processed; the reason is in CMDQ_CONS.ERR.
    ///
    /// Resets to 0x0.
    #[inline]
    pub(crate) const fn CMDQ_ERR(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `EVENTQ_ABT_ERR`, bit \[2\]
    ///
    /// An Event queue access aborted; records may be lost.
    ///
    /// Resets to 0x0.
    #[inline]
    pub(crate) const fn EVENTQ_ABT_ERR(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// The active bits: those that differ from `ack` (a `GERRORN` read).
    #[inline]
    #[must_use]
    pub(crate) const fn active(self, ack: GERRORN) -> Self {
        Self((self.0 ^ ack.0) & 0x7fd_u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for GERROR {
    const OFFSET: usize = 0x60_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for GERROR {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for GERROR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERROR", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Global error acknowledgement: software toggles a bit to match GERROR.
///
/// `GERRORN`: 32-bit read-write register at offset 0x64 (block `page0` + 0x64).
///
/// Architecture reference: section 6.3.20.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct GERRORN(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl GERRORN {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// Returns the value with `CMDQ_ERR`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_CMDQ_ERR(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// The value to write so that every error active in `errors` (a `GERROR` read) is acknowledged:
    /// the shared bits are set equal to those of `GERROR`.
    #[inline]
    #[must_use]
    pub(crate) const fn acknowledge(self, errors: GERROR) -> Self {
        Self((self.0 & !0x7fd_u32) | (errors.0 & 0x7fd_u32))
    }
}
#[cfg(not(iommugen_test))]
impl Register for GERRORN {
    const OFFSET: usize = 0x64_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for GERRORN {}
#[cfg(not(iommugen_test))]
impl Writable for GERRORN {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for GERRORN {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "GERRORN", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Stream table base address and read-allocate hint.
///
/// `STRTAB_BASE`: 64-bit read-write register at offset 0x80 (block `page0` + 0x80).
///
/// Architecture reference: section 6.3.24.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct STRTAB_BASE(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl STRTAB_BASE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// Returns the value with `ADDR`, bits \[55:6\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 6, 0x3ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 6, 0x3ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `RA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_RA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
}
#[cfg(not(iommugen_test))]
impl Register for STRTAB_BASE {
    const OFFSET: usize = 0x80_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for STRTAB_BASE {}
#[cfg(not(iommugen_test))]
impl Writable for STRTAB_BASE {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for STRTAB_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STRTAB_BASE", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Stream table format, size and two-level split.
///
/// `STRTAB_BASE_CFG`: 32-bit read-write register at offset 0x88 (block `page0` + 0x88).
///
/// Architecture reference: section 6.3.25.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct STRTAB_BASE_CFG(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl STRTAB_BASE_CFG {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `LOG2SIZE`, bits \[5:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0 as u64, 0, 0x3f, raw) as u32))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `SPLIT`, bits \[10:6\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_SPLIT(self, v: super::enums::StrtabSplit) -> Self {
        Self(support::put(self.0 as u64, 6, 0x1f, v.bits()) as u32)
    }
    /// Returns the value with `FMT`, bits \[17:16\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_FMT(self, v: super::enums::StrtabFmt) -> Self {
        Self(support::put(self.0 as u64, 16, 0x3, v.bits()) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for STRTAB_BASE_CFG {
    const OFFSET: usize = 0x88_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for STRTAB_BASE_CFG {}
#[cfg(not(iommugen_test))]
impl Writable for STRTAB_BASE_CFG {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for STRTAB_BASE_CFG {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STRTAB_BASE_CFG", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue base address and size.
///
/// `CMDQ_BASE`: 64-bit read-write register at offset 0x90 (block `page0` + 0x90).
///
/// Architecture reference: section 6.3.26.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMDQ_BASE(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CMDQ_BASE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// Returns the value with `LOG2SIZE`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `ADDR`, bits \[55:5\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 5, 0x7ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 5, 0x7ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `RA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_RA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
}
#[cfg(not(iommugen_test))]
impl Register for CMDQ_BASE {
    const OFFSET: usize = 0x90_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CMDQ_BASE {}
#[cfg(not(iommugen_test))]
impl Writable for CMDQ_BASE {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CMDQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_BASE", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue producer index, written by software.
///
/// `CMDQ_PROD`: 32-bit read-write register at offset 0x98 (block `page0` + 0x98).
///
/// Architecture reference: section 6.3.27.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMDQ_PROD(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CMDQ_PROD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "WR",
        lsb: 0,
        msb: 19,
    }];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
}
#[cfg(not(iommugen_test))]
impl Register for CMDQ_PROD {
    const OFFSET: usize = 0x98_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CMDQ_PROD {}
#[cfg(not(iommugen_test))]
impl Writable for CMDQ_PROD {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CMDQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_PROD", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue consumer index and error code, written by the SMMU.
///
/// `CMDQ_CONS`: 32-bit read-write register at offset 0x9c (block `page0` + 0x9c).
///
/// Architecture reference: section 6.3.28.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMDQ_CONS(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CMDQ_CONS {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// `RD`, bits \[19:0\]
    ///
    /// Read index; bit LOG2SIZE is the wrap flag, bits above it read as zero.
    #[inline]
    pub(crate) const fn RD(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// `ERR`, bits \[30:24\]
    ///
    /// Why command consumption stopped (valid while GERROR.CMDQ_ERR is active).
    #[inline]
    pub(crate) const fn ERR(&self) -> Result<super::enums::CmdqError, FieldError> {
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
    pub(crate) const fn ERR_bits(&self) -> u64 {
        support::get(self.0 as u64, 24, 0x7f)
    }
}
#[cfg(not(iommugen_test))]
impl Register for CMDQ_CONS {
    const OFFSET: usize = 0x9c_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for CMDQ_CONS {}
#[cfg(not(iommugen_test))]
impl Writable for CMDQ_CONS {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CMDQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMDQ_CONS", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Event queue base address and size.
///
/// `EVTQ_BASE`: 64-bit read-write register at offset 0xa0 (block `page0` + 0xa0).
///
/// Architecture reference: section 6.3.29.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct EVTQ_BASE(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl EVTQ_BASE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// Returns the value with `LOG2SIZE`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_LOG2SIZE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SIZE", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `ADDR`, bits \[55:5\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 5, 0x7ffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 5, 0x7ffffffffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `WA`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_WA(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
}
#[cfg(not(iommugen_test))]
impl Register for EVTQ_BASE {
    const OFFSET: usize = 0xa0_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for EVTQ_BASE {}
#[cfg(not(iommugen_test))]
impl Writable for EVTQ_BASE {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for EVTQ_BASE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_BASE", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Event queue producer index (its architected location, in page 1).
///
/// `EVTQ_PROD`: 32-bit read-write register at offset 0x100a8 (block `page1` + 0xa8).
///
/// Architecture reference: section 6.3.95.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct EVTQ_PROD(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl EVTQ_PROD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// `WR`, bits \[19:0\]
    ///
    /// Write index; bit LOG2SIZE is the wrap flag, bits above it read as zero.
    #[inline]
    pub(crate) const fn WR(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xfffff) as u32
    }
    /// `OVFLG`, bit \[31\]
    ///
    /// Toggled by the SMMU on overflow while it equals EVTQ_CONS.OVACKFLG.
    #[inline]
    pub(crate) const fn OVFLG(&self) -> bool {
        support::get(self.0 as u64, 31, 0x1) != 0
    }
}
#[cfg(not(iommugen_test))]
impl Register for EVTQ_PROD {
    const OFFSET: usize = 0x100a8_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for EVTQ_PROD {}
#[cfg(not(iommugen_test))]
impl Writable for EVTQ_PROD {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for EVTQ_PROD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_PROD", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Event queue consumer index (its architected location, in page 1).
///
/// `EVTQ_CONS`: 32-bit read-write register at offset 0x100ac (block `page1` + 0xac).
///
/// Architecture reference: section 6.3.96.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct EVTQ_CONS(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl EVTQ_CONS {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `RD`, bits \[19:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_RD(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("RD", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 0, 0xfffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `OVACKFLG`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_OVACKFLG(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 31, 0x1, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for EVTQ_CONS {
    const OFFSET: usize = 0x100ac_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for EVTQ_CONS {}
#[cfg(not(iommugen_test))]
impl Writable for EVTQ_CONS {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for EVTQ_CONS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "EVTQ_CONS", Self::FIELDS, &[u64::from(self.0)])
    }
}
