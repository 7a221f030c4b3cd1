// SPDX-License-Identifier: MIT OR Apache-2.0

//! Translation table formats: descriptor types and per-granule geometry.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// VMSAv8-64 stage 1 translation tables (VA to IPA or PA), as selected by a CD.
///
/// Stage 1 translation tables with 64-bit descriptors, 48-bit input and 48-bit output addresses.
///
/// Architecture reference: section D8.3.
pub mod vmsav8_64_stage1 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
        UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 1u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 48u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 48u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    /// 4 KiB granule: 9 index bits a level, 1 GiB blocks at level 1 and 2 MiB at level 2.
    ///
    /// level 0: VA\[47:39\], 549755813888 bytes per entry
    /// level 1: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 2: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 3: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
        levels: &[
            support::LevelInfo {
                level: 0u32,
                index_lsb: 39u32,
                index_msb: 47u32,
                entry_span: 0x8000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 30u32,
                index_msb: 38u32,
                entry_span: 0x40000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 21u32,
                index_msb: 29u32,
                entry_span: 0x200000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 12u32,
                index_msb: 20u32,
                entry_span: 0x1000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// The 16K granule.
    /// 16 KiB granule: level 0 resolves one bit (two entries); 32 MiB blocks at level 2.
    ///
    /// level 0: VA\[47:47\], 140737488355328 bytes per entry
    /// level 1: VA\[46:36\], 68719476736 bytes per entry
    /// level 2: VA\[35:25\], 33554432 bytes per entry (blocks allowed)
    /// level 3: VA\[24:14\], 16384 bytes per entry (pages)
    pub const GRANULE_16K: support::GranuleInfo = support::GranuleInfo {
        size: 0x4000,
        shift: 14u32,
        index_bits: 11u32,
        levels: &[
            support::LevelInfo {
                level: 0u32,
                index_lsb: 47u32,
                index_msb: 47u32,
                entry_span: 0x800000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 36u32,
                index_msb: 46u32,
                entry_span: 0x1000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 25u32,
                index_msb: 35u32,
                entry_span: 0x2000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 14u32,
                index_msb: 24u32,
                entry_span: 0x4000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// The 64K granule.
    /// 64 KiB granule: level 1 resolves six bits; 512 MiB blocks at level 2.
    ///
    /// level 1: VA\[47:42\], 4398046511104 bytes per entry
    /// level 2: VA\[41:29\], 536870912 bytes per entry (blocks allowed)
    /// level 3: VA\[28:16\], 65536 bytes per entry (pages)
    pub const GRANULE_64K: support::GranuleInfo = support::GranuleInfo {
        size: 0x10000,
        shift: 16u32,
        index_bits: 13u32,
        levels: &[
            support::LevelInfo {
                level: 1u32,
                index_lsb: 42u32,
                index_msb: 47u32,
                entry_span: 0x40000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 29u32,
                index_msb: 41u32,
                entry_span: 0x20000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 16u32,
                index_msb: 28u32,
                entry_span: 0x10000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// Every granule, smallest first as declared.
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K, GRANULE_16K, GRANULE_64K];
    /// Points to the next-level table and limits the attributes of everything below it.
    ///
    /// Descriptor `Table`, found at a non-final level (points at the next table); identified by Valid = 1, Type = 1.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Table(pub u64);
    #[allow(non_snake_case)]
    impl Table {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x3;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "Valid",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "Type",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "IGNORED_LO",
                lsb: 2,
                msb: 11,
            },
            FieldInfo {
                name: "NLTA",
                lsb: 12,
                msb: 47,
            },
            FieldInfo {
                name: "IGNORED_HI",
                lsb: 51,
                msb: 58,
            },
            FieldInfo {
                name: "PXNTable",
                lsb: 59,
                msb: 59,
            },
            FieldInfo {
                name: "UXNTable",
                lsb: 60,
                msb: 60,
            },
            FieldInfo {
                name: "APTable",
                lsb: 61,
                msb: 62,
            },
            FieldInfo {
                name: "NSTable",
                lsb: 63,
                msb: 63,
            },
        ];
        /// A descriptor of this kind with every other field zero.
        #[inline]
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `Valid`, bit \[0\]
        #[inline]
        pub const fn Valid(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `Valid`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Valid(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `Valid`, bit \[0\] to `v`.
        #[inline]
        pub fn set_Valid(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `Type`, bit \[1\]
        ///
        /// 1: table descriptor (at levels 0 to 2).
        #[inline]
        pub const fn Type(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `Type`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Type(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `Type`, bit \[1\] to `v`.
        #[inline]
        pub fn set_Type(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `IGNORED_LO`, bits \[11:2\]
        ///
        /// Ignored by the walker (bit 10 is the table AF under FEAT_HAFT).
        #[inline]
        pub const fn IGNORED_LO(&self) -> u16 {
            support::get(self.0, 2, 0x3ff) as u16
        }
        /// Returns the value with `IGNORED_LO`, bits \[11:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_IGNORED_LO(self, v: u16) -> Result<Self, FieldError> {
            match support::fit("IGNORED_LO", v as u64, 0x3ff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0x3ff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `IGNORED_LO`, bits \[11:2\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_IGNORED_LO(&mut self, v: u16) -> Result<(), FieldError> {
            let raw = support::fit("IGNORED_LO", v as u64, 0x3ff)?;
            self.0 = support::put(self.0, 2, 0x3ff, raw);
            ::core::result::Result::Ok(())
        }
        /// `NLTA`, bits \[47:12\]
        ///
        /// Next-level table address; 16K and 64K granules need bits \[13:12\] / \[15:12\] zero.
        /// The address, with bits \[11:0\] zero.
        #[inline]
        pub const fn NLTA(&self) -> u64 {
            support::get(self.0, 12, 0xfffffffff) << 12
        }
        /// Returns the value with `NLTA`, bits \[47:12\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_NLTA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("NLTA", v, 12, 0xfffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `NLTA`, bits \[47:12\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_NLTA(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("NLTA", v, 12, 0xfffffffff)?;
            self.0 = support::put(self.0, 12, 0xfffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `IGNORED_HI`, bits \[58:51\]
        ///
        /// Ignored by the walker; available to software.
        #[inline]
        pub const fn IGNORED_HI(&self) -> u8 {
            support::get(self.0, 51, 0xff) as u8
        }
        /// Returns the value with `IGNORED_HI`, bits \[58:51\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_IGNORED_HI(self, v: u8) -> Self {
            Self(support::put(self.0, 51, 0xff, v as u64))
        }
        /// Sets `IGNORED_HI`, bits \[58:51\] to `v`.
        #[inline]
        pub fn set_IGNORED_HI(&mut self, v: u8) {
            self.0 = support::put(self.0, 51, 0xff, v as u64);
        }
        /// `PXNTable`, bit \[59\]
        ///
        /// Privileged execute-never limit for lower levels.
        #[inline]
        pub const fn PXNTable(&self) -> bool {
            support::get(self.0, 59, 0x1) != 0
        }
        /// Returns the value with `PXNTable`, bit \[59\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PXNTable(self, v: bool) -> Self {
            Self(support::put(self.0, 59, 0x1, v as u64))
        }
        /// Sets `PXNTable`, bit \[59\] to `v`.
        #[inline]
        pub fn set_PXNTable(&mut self, v: bool) {
            self.0 = support::put(self.0, 59, 0x1, v as u64);
        }
        /// `UXNTable`, bit \[60\]
        ///
        /// Unprivileged execute-never limit (XNTable in single-privilege regimes).
        #[inline]
        pub const fn UXNTable(&self) -> bool {
            support::get(self.0, 60, 0x1) != 0
        }
        /// Returns the value with `UXNTable`, bit \[60\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_UXNTable(self, v: bool) -> Self {
            Self(support::put(self.0, 60, 0x1, v as u64))
        }
        /// Sets `UXNTable`, bit \[60\] to `v`.
        #[inline]
        pub fn set_UXNTable(&mut self, v: bool) {
            self.0 = support::put(self.0, 60, 0x1, v as u64);
        }
        /// `APTable`, bits \[62:61\]
        ///
        /// Access-permission limit for lower levels.
        #[inline]
        pub const fn APTable(&self) -> Result<super::super::enums::PtApTable, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::PtApTable::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "APTable",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `APTable`, bits \[62:61\].
        #[inline]
        pub const fn APTable_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `APTable`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_APTable(self, v: super::super::enums::PtApTable) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `APTable`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_APTable(&mut self, v: super::super::enums::PtApTable) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `NSTable`, bit \[63\]
        ///
        /// Secure walks only: lower levels are in the Non-secure space; RES0 otherwise.
        #[inline]
        pub const fn NSTable(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `NSTable`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_NSTable(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `NSTable`, bit \[63\] to `v`.
        #[inline]
        pub fn set_NSTable(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
        }
    }
    impl Default for Table {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Table {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Table", Self::FIELDS, &[self.0])
        }
    }
    /// Maps a block of the level's size: 1 GiB or 2 MiB (4K), 32 MiB (16K), 512 MiB (64K).
    ///
    /// Descriptor `Block`, found at a block level; identified by Valid = 1, Type = 0.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Block(pub u64);
    #[allow(non_snake_case)]
    impl Block {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x1;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Block;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "Valid",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "Type",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "AttrIndx",
                lsb: 2,
                msb: 4,
            },
            FieldInfo {
                name: "NS",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "AP",
                lsb: 6,
                msb: 7,
            },
            FieldInfo {
                name: "SH",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "AF",
                lsb: 10,
                msb: 10,
            },
            FieldInfo {
                name: "nG",
                lsb: 11,
                msb: 11,
            },
            FieldInfo {
                name: "nT",
                lsb: 16,
                msb: 16,
            },
            FieldInfo {
                name: "OA",
                lsb: 21,
                msb: 47,
            },
            FieldInfo {
                name: "GP",
                lsb: 50,
                msb: 50,
            },
            FieldInfo {
                name: "DBM",
                lsb: 51,
                msb: 51,
            },
            FieldInfo {
                name: "Contiguous",
                lsb: 52,
                msb: 52,
            },
            FieldInfo {
                name: "PXN",
                lsb: 53,
                msb: 53,
            },
            FieldInfo {
                name: "UXN",
                lsb: 54,
                msb: 54,
            },
            FieldInfo {
                name: "SW",
                lsb: 55,
                msb: 58,
            },
            FieldInfo {
                name: "PBHA",
                lsb: 59,
                msb: 62,
            },
            FieldInfo {
                name: "IGNORED",
                lsb: 63,
                msb: 63,
            },
        ];
        /// A descriptor of this kind with every other field zero.
        #[inline]
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `Valid`, bit \[0\]
        #[inline]
        pub const fn Valid(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `Valid`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Valid(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `Valid`, bit \[0\] to `v`.
        #[inline]
        pub fn set_Valid(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `Type`, bit \[1\]
        ///
        /// 0: block descriptor (at a block level).
        #[inline]
        pub const fn Type(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `Type`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Type(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `Type`, bit \[1\] to `v`.
        #[inline]
        pub fn set_Type(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `AttrIndx`, bits \[4:2\]
        ///
        /// Index of the memory attributes in the CD's MAIR.
        #[inline]
        pub const fn AttrIndx(&self) -> u8 {
            support::get(self.0, 2, 0x7) as u8
        }
        /// Returns the value with `AttrIndx`, bits \[4:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_AttrIndx(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("AttrIndx", v as u64, 0x7) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0x7, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `AttrIndx`, bits \[4:2\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_AttrIndx(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("AttrIndx", v as u64, 0x7)?;
            self.0 = support::put(self.0, 2, 0x7, raw);
            ::core::result::Result::Ok(())
        }
        /// `NS`, bit \[5\]
        ///
        /// Secure walks only: the output address is Non-secure; RES0 otherwise.
        #[inline]
        pub const fn NS(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `NS`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_NS(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `NS`, bit \[5\] to `v`.
        #[inline]
        pub fn set_NS(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `AP`, bits \[7:6\]
        ///
        /// Data access permissions, AP\[2:1\].
        #[inline]
        pub const fn AP(&self) -> Result<super::super::enums::PtS1Ap, FieldError> {
            let raw = support::get(self.0, 6, 0x3);
            match super::super::enums::PtS1Ap::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "AP",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `AP`, bits \[7:6\].
        #[inline]
        pub const fn AP_bits(&self) -> u64 {
            support::get(self.0, 6, 0x3)
        }
        /// Returns the value with `AP`, bits \[7:6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_AP(self, v: super::super::enums::PtS1Ap) -> Self {
            Self(support::put(self.0, 6, 0x3, v.bits()))
        }
        /// Sets `AP`, bits \[7:6\] to `v`.
        #[inline]
        pub fn set_AP(&mut self, v: super::super::enums::PtS1Ap) {
            self.0 = support::put(self.0, 6, 0x3, v.bits());
        }
        /// `SH`, bits \[9:8\]
        #[inline]
        pub const fn SH(&self) -> Result<super::super::enums::PtShareability, FieldError> {
            let raw = support::get(self.0, 8, 0x3);
            match super::super::enums::PtShareability::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `SH`, bits \[9:8\].
        #[inline]
        pub const fn SH_bits(&self) -> u64 {
            support::get(self.0, 8, 0x3)
        }
        /// Returns the value with `SH`, bits \[9:8\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_SH(self, v: super::super::enums::PtShareability) -> Self {
            Self(support::put(self.0, 8, 0x3, v.bits()))
        }
        /// Sets `SH`, bits \[9:8\] to `v`.
        #[inline]
        pub fn set_SH(&mut self, v: super::super::enums::PtShareability) {
            self.0 = support::put(self.0, 8, 0x3, v.bits());
        }
        /// `AF`, bit \[10\]
        ///
        /// Access flag: 0 faults (or is set by hardware when HTTU is enabled).
        #[inline]
        pub const fn AF(&self) -> bool {
            support::get(self.0, 10, 0x1) != 0
        }
        /// Returns the value with `AF`, bit \[10\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_AF(self, v: bool) -> Self {
            Self(support::put(self.0, 10, 0x1, v as u64))
        }
        /// Sets `AF`, bit \[10\] to `v`.
        #[inline]
        pub fn set_AF(&mut self, v: bool) {
            self.0 = support::put(self.0, 10, 0x1, v as u64);
        }
        /// `nG`, bit \[11\]
        ///
        /// Not global: the translation is tagged with the ASID.
        #[inline]
        pub const fn nG(&self) -> bool {
            support::get(self.0, 11, 0x1) != 0
        }
        /// Returns the value with `nG`, bit \[11\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_nG(self, v: bool) -> Self {
            Self(support::put(self.0, 11, 0x1, v as u64))
        }
        /// Sets `nG`, bit \[11\] to `v`.
        #[inline]
        pub fn set_nG(&mut self, v: bool) {
            self.0 = support::put(self.0, 11, 0x1, v as u64);
        }
        /// `nT`, bit \[16\]
        ///
        /// FEAT_BBM level 1 bit for changing block size without break-before-make; else RES0.
        #[inline]
        pub const fn nT(&self) -> bool {
            support::get(self.0, 16, 0x1) != 0
        }
        /// Returns the value with `nT`, bit \[16\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_nT(self, v: bool) -> Self {
            Self(support::put(self.0, 16, 0x1, v as u64))
        }
        /// Sets `nT`, bit \[16\] to `v`.
        #[inline]
        pub fn set_nT(&mut self, v: bool) {
            self.0 = support::put(self.0, 16, 0x1, v as u64);
        }
        /// `OA`, bits \[47:21\]
        ///
        /// Output address, aligned to the block size: a 4K level-1 block needs \[29:21\] zero,
        /// a 16K block \[24:21\] and a 64K block \[28:21\].
        /// The address, with bits \[20:0\] zero.
        #[inline]
        pub const fn OA(&self) -> u64 {
            support::get(self.0, 21, 0x7ffffff) << 21
        }
        /// Returns the value with `OA`, bits \[47:21\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_OA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("OA", v, 21, 0x7ffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 21, 0x7ffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `OA`, bits \[47:21\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_OA(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("OA", v, 21, 0x7ffffff)?;
            self.0 = support::put(self.0, 21, 0x7ffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `GP`, bit \[50\]
        ///
        /// Guarded page (FEAT_BTI); RES0 without BTI.
        #[inline]
        pub const fn GP(&self) -> bool {
            support::get(self.0, 50, 0x1) != 0
        }
        /// Returns the value with `GP`, bit \[50\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_GP(self, v: bool) -> Self {
            Self(support::put(self.0, 50, 0x1, v as u64))
        }
        /// Sets `GP`, bit \[50\] to `v`.
        #[inline]
        pub fn set_GP(&mut self, v: bool) {
            self.0 = support::put(self.0, 50, 0x1, v as u64);
        }
        /// `DBM`, bit \[51\]
        ///
        /// Dirty bit modifier: hardware may clear AP\[2\] on a write (HTTU dirty state).
        #[inline]
        pub const fn DBM(&self) -> bool {
            support::get(self.0, 51, 0x1) != 0
        }
        /// Returns the value with `DBM`, bit \[51\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_DBM(self, v: bool) -> Self {
            Self(support::put(self.0, 51, 0x1, v as u64))
        }
        /// Sets `DBM`, bit \[51\] to `v`.
        #[inline]
        pub fn set_DBM(&mut self, v: bool) {
            self.0 = support::put(self.0, 51, 0x1, v as u64);
        }
        /// `Contiguous`, bit \[52\]
        ///
        /// Hint: one of a naturally aligned run of contiguous entries with equal attributes.
        #[inline]
        pub const fn Contiguous(&self) -> bool {
            support::get(self.0, 52, 0x1) != 0
        }
        /// Returns the value with `Contiguous`, bit \[52\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Contiguous(self, v: bool) -> Self {
            Self(support::put(self.0, 52, 0x1, v as u64))
        }
        /// Sets `Contiguous`, bit \[52\] to `v`.
        #[inline]
        pub fn set_Contiguous(&mut self, v: bool) {
            self.0 = support::put(self.0, 52, 0x1, v as u64);
        }
        /// `PXN`, bit \[53\]
        ///
        /// Privileged execute-never (RES0 in single-privilege regimes).
        #[inline]
        pub const fn PXN(&self) -> bool {
            support::get(self.0, 53, 0x1) != 0
        }
        /// Returns the value with `PXN`, bit \[53\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PXN(self, v: bool) -> Self {
            Self(support::put(self.0, 53, 0x1, v as u64))
        }
        /// Sets `PXN`, bit \[53\] to `v`.
        #[inline]
        pub fn set_PXN(&mut self, v: bool) {
            self.0 = support::put(self.0, 53, 0x1, v as u64);
        }
        /// `UXN`, bit \[54\]
        ///
        /// Unprivileged execute-never (XN in single-privilege regimes).
        #[inline]
        pub const fn UXN(&self) -> bool {
            support::get(self.0, 54, 0x1) != 0
        }
        /// Returns the value with `UXN`, bit \[54\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_UXN(self, v: bool) -> Self {
            Self(support::put(self.0, 54, 0x1, v as u64))
        }
        /// Sets `UXN`, bit \[54\] to `v`.
        #[inline]
        pub fn set_UXN(&mut self, v: bool) {
            self.0 = support::put(self.0, 54, 0x1, v as u64);
        }
        /// `SW`, bits \[58:55\]
        ///
        /// Ignored by hardware; reserved for software use.
        #[inline]
        pub const fn SW(&self) -> u8 {
            support::get(self.0, 55, 0xf) as u8
        }
        /// Returns the value with `SW`, bits \[58:55\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_SW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("SW", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 55, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `SW`, bits \[58:55\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_SW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("SW", v as u64, 0xf)?;
            self.0 = support::put(self.0, 55, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBHA`, bits \[62:59\]
        ///
        /// Page-based hardware attributes (FEAT_HPDS2, CD.HWU bits); ignored unless enabled.
        #[inline]
        pub const fn PBHA(&self) -> u8 {
            support::get(self.0, 59, 0xf) as u8
        }
        /// Returns the value with `PBHA`, bits \[62:59\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_PBHA(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("PBHA", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 59, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PBHA`, bits \[62:59\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_PBHA(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("PBHA", v as u64, 0xf)?;
            self.0 = support::put(self.0, 59, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `IGNORED`, bit \[63\]
        ///
        /// Ignored by hardware in Non-secure and Secure regimes.
        #[inline]
        pub const fn IGNORED(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `IGNORED`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_IGNORED(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `IGNORED`, bit \[63\] to `v`.
        #[inline]
        pub fn set_IGNORED(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
        }
    }
    impl Default for Block {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Block {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Block", Self::FIELDS, &[self.0])
        }
    }
    /// Maps one granule-sized page at level 3.
    ///
    /// Descriptor `Page`, found at the final level; identified by Valid = 1, Type = 1.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Page(pub u64);
    #[allow(non_snake_case)]
    impl Page {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x3;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Page;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "Valid",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "Type",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "AttrIndx",
                lsb: 2,
                msb: 4,
            },
            FieldInfo {
                name: "NS",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "AP",
                lsb: 6,
                msb: 7,
            },
            FieldInfo {
                name: "SH",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "AF",
                lsb: 10,
                msb: 10,
            },
            FieldInfo {
                name: "nG",
                lsb: 11,
                msb: 11,
            },
            FieldInfo {
                name: "OA",
                lsb: 12,
                msb: 47,
            },
            FieldInfo {
                name: "GP",
                lsb: 50,
                msb: 50,
            },
            FieldInfo {
                name: "DBM",
                lsb: 51,
                msb: 51,
            },
            FieldInfo {
                name: "Contiguous",
                lsb: 52,
                msb: 52,
            },
            FieldInfo {
                name: "PXN",
                lsb: 53,
                msb: 53,
            },
            FieldInfo {
                name: "UXN",
                lsb: 54,
                msb: 54,
            },
            FieldInfo {
                name: "SW",
                lsb: 55,
                msb: 58,
            },
            FieldInfo {
                name: "PBHA",
                lsb: 59,
                msb: 62,
            },
            FieldInfo {
                name: "IGNORED",
                lsb: 63,
                msb: 63,
            },
        ];
        /// A descriptor of this kind with every other field zero.
        #[inline]
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `Valid`, bit \[0\]
        #[inline]
        pub const fn Valid(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `Valid`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Valid(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `Valid`, bit \[0\] to `v`.
        #[inline]
        pub fn set_Valid(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `Type`, bit \[1\]
        ///
        /// 1: page descriptor (at level 3; 0 there is reserved and behaves as invalid).
        #[inline]
        pub const fn Type(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `Type`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Type(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `Type`, bit \[1\] to `v`.
        #[inline]
        pub fn set_Type(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `AttrIndx`, bits \[4:2\]
        ///
        /// Index of the memory attributes in the CD's MAIR.
        #[inline]
        pub const fn AttrIndx(&self) -> u8 {
            support::get(self.0, 2, 0x7) as u8
        }
        /// Returns the value with `AttrIndx`, bits \[4:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_AttrIndx(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("AttrIndx", v as u64, 0x7) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0x7, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `AttrIndx`, bits \[4:2\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_AttrIndx(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("AttrIndx", v as u64, 0x7)?;
            self.0 = support::put(self.0, 2, 0x7, raw);
            ::core::result::Result::Ok(())
        }
        /// `NS`, bit \[5\]
        ///
        /// Secure walks only: the output address is Non-secure; RES0 otherwise.
        #[inline]
        pub const fn NS(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `NS`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_NS(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `NS`, bit \[5\] to `v`.
        #[inline]
        pub fn set_NS(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `AP`, bits \[7:6\]
        ///
        /// Data access permissions, AP\[2:1\].
        #[inline]
        pub const fn AP(&self) -> Result<super::super::enums::PtS1Ap, FieldError> {
            let raw = support::get(self.0, 6, 0x3);
            match super::super::enums::PtS1Ap::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "AP",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `AP`, bits \[7:6\].
        #[inline]
        pub const fn AP_bits(&self) -> u64 {
            support::get(self.0, 6, 0x3)
        }
        /// Returns the value with `AP`, bits \[7:6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_AP(self, v: super::super::enums::PtS1Ap) -> Self {
            Self(support::put(self.0, 6, 0x3, v.bits()))
        }
        /// Sets `AP`, bits \[7:6\] to `v`.
        #[inline]
        pub fn set_AP(&mut self, v: super::super::enums::PtS1Ap) {
            self.0 = support::put(self.0, 6, 0x3, v.bits());
        }
        /// `SH`, bits \[9:8\]
        #[inline]
        pub const fn SH(&self) -> Result<super::super::enums::PtShareability, FieldError> {
            let raw = support::get(self.0, 8, 0x3);
            match super::super::enums::PtShareability::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `SH`, bits \[9:8\].
        #[inline]
        pub const fn SH_bits(&self) -> u64 {
            support::get(self.0, 8, 0x3)
        }
        /// Returns the value with `SH`, bits \[9:8\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_SH(self, v: super::super::enums::PtShareability) -> Self {
            Self(support::put(self.0, 8, 0x3, v.bits()))
        }
        /// Sets `SH`, bits \[9:8\] to `v`.
        #[inline]
        pub fn set_SH(&mut self, v: super::super::enums::PtShareability) {
            self.0 = support::put(self.0, 8, 0x3, v.bits());
        }
        /// `AF`, bit \[10\]
        ///
        /// Access flag: 0 faults (or is set by hardware when HTTU is enabled).
        #[inline]
        pub const fn AF(&self) -> bool {
            support::get(self.0, 10, 0x1) != 0
        }
        /// Returns the value with `AF`, bit \[10\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_AF(self, v: bool) -> Self {
            Self(support::put(self.0, 10, 0x1, v as u64))
        }
        /// Sets `AF`, bit \[10\] to `v`.
        #[inline]
        pub fn set_AF(&mut self, v: bool) {
            self.0 = support::put(self.0, 10, 0x1, v as u64);
        }
        /// `nG`, bit \[11\]
        ///
        /// Not global: the translation is tagged with the ASID.
        #[inline]
        pub const fn nG(&self) -> bool {
            support::get(self.0, 11, 0x1) != 0
        }
        /// Returns the value with `nG`, bit \[11\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_nG(self, v: bool) -> Self {
            Self(support::put(self.0, 11, 0x1, v as u64))
        }
        /// Sets `nG`, bit \[11\] to `v`.
        #[inline]
        pub fn set_nG(&mut self, v: bool) {
            self.0 = support::put(self.0, 11, 0x1, v as u64);
        }
        /// `OA`, bits \[47:12\]
        ///
        /// Output address (4K form); 16K and 64K pages need bits \[13:12\] / \[15:12\] zero.
        /// The address, with bits \[11:0\] zero.
        #[inline]
        pub const fn OA(&self) -> u64 {
            support::get(self.0, 12, 0xfffffffff) << 12
        }
        /// Returns the value with `OA`, bits \[47:12\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_OA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("OA", v, 12, 0xfffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `OA`, bits \[47:12\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_OA(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("OA", v, 12, 0xfffffffff)?;
            self.0 = support::put(self.0, 12, 0xfffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `GP`, bit \[50\]
        ///
        /// Guarded page (FEAT_BTI); RES0 without BTI.
        #[inline]
        pub const fn GP(&self) -> bool {
            support::get(self.0, 50, 0x1) != 0
        }
        /// Returns the value with `GP`, bit \[50\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_GP(self, v: bool) -> Self {
            Self(support::put(self.0, 50, 0x1, v as u64))
        }
        /// Sets `GP`, bit \[50\] to `v`.
        #[inline]
        pub fn set_GP(&mut self, v: bool) {
            self.0 = support::put(self.0, 50, 0x1, v as u64);
        }
        /// `DBM`, bit \[51\]
        ///
        /// Dirty bit modifier: hardware may clear AP\[2\] on a write (HTTU dirty state).
        #[inline]
        pub const fn DBM(&self) -> bool {
            support::get(self.0, 51, 0x1) != 0
        }
        /// Returns the value with `DBM`, bit \[51\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_DBM(self, v: bool) -> Self {
            Self(support::put(self.0, 51, 0x1, v as u64))
        }
        /// Sets `DBM`, bit \[51\] to `v`.
        #[inline]
        pub fn set_DBM(&mut self, v: bool) {
            self.0 = support::put(self.0, 51, 0x1, v as u64);
        }
        /// `Contiguous`, bit \[52\]
        ///
        /// Hint: one of a naturally aligned run of contiguous entries with equal attributes.
        #[inline]
        pub const fn Contiguous(&self) -> bool {
            support::get(self.0, 52, 0x1) != 0
        }
        /// Returns the value with `Contiguous`, bit \[52\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Contiguous(self, v: bool) -> Self {
            Self(support::put(self.0, 52, 0x1, v as u64))
        }
        /// Sets `Contiguous`, bit \[52\] to `v`.
        #[inline]
        pub fn set_Contiguous(&mut self, v: bool) {
            self.0 = support::put(self.0, 52, 0x1, v as u64);
        }
        /// `PXN`, bit \[53\]
        ///
        /// Privileged execute-never (RES0 in single-privilege regimes).
        #[inline]
        pub const fn PXN(&self) -> bool {
            support::get(self.0, 53, 0x1) != 0
        }
        /// Returns the value with `PXN`, bit \[53\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PXN(self, v: bool) -> Self {
            Self(support::put(self.0, 53, 0x1, v as u64))
        }
        /// Sets `PXN`, bit \[53\] to `v`.
        #[inline]
        pub fn set_PXN(&mut self, v: bool) {
            self.0 = support::put(self.0, 53, 0x1, v as u64);
        }
        /// `UXN`, bit \[54\]
        ///
        /// Unprivileged execute-never (XN in single-privilege regimes).
        #[inline]
        pub const fn UXN(&self) -> bool {
            support::get(self.0, 54, 0x1) != 0
        }
        /// Returns the value with `UXN`, bit \[54\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_UXN(self, v: bool) -> Self {
            Self(support::put(self.0, 54, 0x1, v as u64))
        }
        /// Sets `UXN`, bit \[54\] to `v`.
        #[inline]
        pub fn set_UXN(&mut self, v: bool) {
            self.0 = support::put(self.0, 54, 0x1, v as u64);
        }
        /// `SW`, bits \[58:55\]
        ///
        /// Ignored by hardware; reserved for software use.
        #[inline]
        pub const fn SW(&self) -> u8 {
            support::get(self.0, 55, 0xf) as u8
        }
        /// Returns the value with `SW`, bits \[58:55\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_SW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("SW", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 55, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `SW`, bits \[58:55\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_SW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("SW", v as u64, 0xf)?;
            self.0 = support::put(self.0, 55, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBHA`, bits \[62:59\]
        ///
        /// Page-based hardware attributes (FEAT_HPDS2, CD.HWU bits); ignored unless enabled.
        #[inline]
        pub const fn PBHA(&self) -> u8 {
            support::get(self.0, 59, 0xf) as u8
        }
        /// Returns the value with `PBHA`, bits \[62:59\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_PBHA(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("PBHA", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 59, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PBHA`, bits \[62:59\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_PBHA(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("PBHA", v as u64, 0xf)?;
            self.0 = support::put(self.0, 59, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `IGNORED`, bit \[63\]
        ///
        /// Ignored by hardware in Non-secure and Secure regimes.
        #[inline]
        pub const fn IGNORED(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `IGNORED`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_IGNORED(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `IGNORED`, bit \[63\] to `v`.
        #[inline]
        pub fn set_IGNORED(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
        }
    }
    impl Default for Page {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Page {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Page", Self::FIELDS, &[self.0])
        }
    }
}
/// VMSAv8-64 stage 2 translation tables (IPA to PA), as selected by an STE.
/// The input is the IPA. The start level may instead be a level lower than shown, with up
/// to 16 tables concatenated there (STE.S2SL0/S2T0SZ); a 48-bit IPA with the 16K granule
/// must start at level 1 with two concatenated tables, as level 0 needs FEAT_LPA2.
///
/// Stage 2 translation tables with 64-bit descriptors, 48-bit input and 48-bit output addresses.
///
/// Architecture reference: section D8.3.
pub mod vmsav8_64_stage2 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
        UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 2u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 48u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 48u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    /// 4 KiB granule: 1 GiB blocks at level 1 and 2 MiB at level 2.
    ///
    /// level 0: VA\[47:39\], 549755813888 bytes per entry
    /// level 1: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 2: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 3: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
        levels: &[
            support::LevelInfo {
                level: 0u32,
                index_lsb: 39u32,
                index_msb: 47u32,
                entry_span: 0x8000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 30u32,
                index_msb: 38u32,
                entry_span: 0x40000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 21u32,
                index_msb: 29u32,
                entry_span: 0x200000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 12u32,
                index_msb: 20u32,
                entry_span: 0x1000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// The 16K granule.
    /// 16 KiB granule: 32 MiB blocks at level 2 (see the concatenation note above).
    ///
    /// level 0: VA\[47:47\], 140737488355328 bytes per entry
    /// level 1: VA\[46:36\], 68719476736 bytes per entry
    /// level 2: VA\[35:25\], 33554432 bytes per entry (blocks allowed)
    /// level 3: VA\[24:14\], 16384 bytes per entry (pages)
    pub const GRANULE_16K: support::GranuleInfo = support::GranuleInfo {
        size: 0x4000,
        shift: 14u32,
        index_bits: 11u32,
        levels: &[
            support::LevelInfo {
                level: 0u32,
                index_lsb: 47u32,
                index_msb: 47u32,
                entry_span: 0x800000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 36u32,
                index_msb: 46u32,
                entry_span: 0x1000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 25u32,
                index_msb: 35u32,
                entry_span: 0x2000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 14u32,
                index_msb: 24u32,
                entry_span: 0x4000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// The 64K granule.
    /// 64 KiB granule: 512 MiB blocks at level 2.
    ///
    /// level 1: VA\[47:42\], 4398046511104 bytes per entry
    /// level 2: VA\[41:29\], 536870912 bytes per entry (blocks allowed)
    /// level 3: VA\[28:16\], 65536 bytes per entry (pages)
    pub const GRANULE_64K: support::GranuleInfo = support::GranuleInfo {
        size: 0x10000,
        shift: 16u32,
        index_bits: 13u32,
        levels: &[
            support::LevelInfo {
                level: 1u32,
                index_lsb: 42u32,
                index_msb: 47u32,
                entry_span: 0x40000000000,
                leaf: false,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 29u32,
                index_msb: 41u32,
                entry_span: 0x20000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 16u32,
                index_msb: 28u32,
                entry_span: 0x10000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// Every granule, smallest first as declared.
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K, GRANULE_16K, GRANULE_64K];
    /// Points to the next-level table; stage 2 tables carry no hierarchical attributes.
    ///
    /// Descriptor `Table`, found at a non-final level (points at the next table); identified by Valid = 1, Type = 1.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Table(pub u64);
    #[allow(non_snake_case)]
    impl Table {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x3;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "Valid",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "Type",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "IGNORED_LO",
                lsb: 2,
                msb: 11,
            },
            FieldInfo {
                name: "NLTA",
                lsb: 12,
                msb: 47,
            },
            FieldInfo {
                name: "IGNORED_HI",
                lsb: 51,
                msb: 58,
            },
        ];
        /// A descriptor of this kind with every other field zero.
        #[inline]
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `Valid`, bit \[0\]
        #[inline]
        pub const fn Valid(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `Valid`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Valid(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `Valid`, bit \[0\] to `v`.
        #[inline]
        pub fn set_Valid(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `Type`, bit \[1\]
        ///
        /// 1: table descriptor (at levels 0 to 2).
        #[inline]
        pub const fn Type(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `Type`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Type(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `Type`, bit \[1\] to `v`.
        #[inline]
        pub fn set_Type(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `IGNORED_LO`, bits \[11:2\]
        ///
        /// Ignored by the walker (bit 10 is the table AF under FEAT_HAFT).
        #[inline]
        pub const fn IGNORED_LO(&self) -> u16 {
            support::get(self.0, 2, 0x3ff) as u16
        }
        /// Returns the value with `IGNORED_LO`, bits \[11:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_IGNORED_LO(self, v: u16) -> Result<Self, FieldError> {
            match support::fit("IGNORED_LO", v as u64, 0x3ff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0x3ff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `IGNORED_LO`, bits \[11:2\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_IGNORED_LO(&mut self, v: u16) -> Result<(), FieldError> {
            let raw = support::fit("IGNORED_LO", v as u64, 0x3ff)?;
            self.0 = support::put(self.0, 2, 0x3ff, raw);
            ::core::result::Result::Ok(())
        }
        /// `NLTA`, bits \[47:12\]
        ///
        /// Next-level table address; 16K and 64K granules need bits \[13:12\] / \[15:12\] zero.
        /// The address, with bits \[11:0\] zero.
        #[inline]
        pub const fn NLTA(&self) -> u64 {
            support::get(self.0, 12, 0xfffffffff) << 12
        }
        /// Returns the value with `NLTA`, bits \[47:12\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_NLTA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("NLTA", v, 12, 0xfffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `NLTA`, bits \[47:12\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_NLTA(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("NLTA", v, 12, 0xfffffffff)?;
            self.0 = support::put(self.0, 12, 0xfffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `IGNORED_HI`, bits \[58:51\]
        ///
        /// Ignored by the walker; available to software.
        #[inline]
        pub const fn IGNORED_HI(&self) -> u8 {
            support::get(self.0, 51, 0xff) as u8
        }
        /// Returns the value with `IGNORED_HI`, bits \[58:51\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_IGNORED_HI(self, v: u8) -> Self {
            Self(support::put(self.0, 51, 0xff, v as u64))
        }
        /// Sets `IGNORED_HI`, bits \[58:51\] to `v`.
        #[inline]
        pub fn set_IGNORED_HI(&mut self, v: u8) {
            self.0 = support::put(self.0, 51, 0xff, v as u64);
        }
    }
    impl Default for Table {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Table {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Table", Self::FIELDS, &[self.0])
        }
    }
    /// Maps a block of the level's size: 1 GiB or 2 MiB (4K), 32 MiB (16K), 512 MiB (64K).
    ///
    /// Descriptor `Block`, found at a block level; identified by Valid = 1, Type = 0.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Block(pub u64);
    #[allow(non_snake_case)]
    impl Block {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x1;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Block;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "Valid",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "Type",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "MemAttr",
                lsb: 2,
                msb: 5,
            },
            FieldInfo {
                name: "S2AP",
                lsb: 6,
                msb: 7,
            },
            FieldInfo {
                name: "SH",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "AF",
                lsb: 10,
                msb: 10,
            },
            FieldInfo {
                name: "FnXS",
                lsb: 11,
                msb: 11,
            },
            FieldInfo {
                name: "nT",
                lsb: 16,
                msb: 16,
            },
            FieldInfo {
                name: "OA",
                lsb: 21,
                msb: 47,
            },
            FieldInfo {
                name: "DBM",
                lsb: 51,
                msb: 51,
            },
            FieldInfo {
                name: "Contiguous",
                lsb: 52,
                msb: 52,
            },
            FieldInfo {
                name: "XN",
                lsb: 53,
                msb: 54,
            },
            FieldInfo {
                name: "SW",
                lsb: 55,
                msb: 58,
            },
            FieldInfo {
                name: "PBHA",
                lsb: 59,
                msb: 62,
            },
        ];
        /// A descriptor of this kind with every other field zero.
        #[inline]
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `Valid`, bit \[0\]
        #[inline]
        pub const fn Valid(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `Valid`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Valid(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `Valid`, bit \[0\] to `v`.
        #[inline]
        pub fn set_Valid(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `Type`, bit \[1\]
        ///
        /// 0: block descriptor (at a block level).
        #[inline]
        pub const fn Type(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `Type`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Type(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `Type`, bit \[1\] to `v`.
        #[inline]
        pub fn set_Type(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `MemAttr`, bits \[5:2\]
        ///
        /// Stage 2 memory type and cacheability, MemAttr\[3:0\]; with S2FWB bit 5 is RES0.
        #[inline]
        pub const fn MemAttr(&self) -> u8 {
            support::get(self.0, 2, 0xf) as u8
        }
        /// Returns the value with `MemAttr`, bits \[5:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_MemAttr(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("MemAttr", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `MemAttr`, bits \[5:2\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_MemAttr(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("MemAttr", v as u64, 0xf)?;
            self.0 = support::put(self.0, 2, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `S2AP`, bits \[7:6\]
        ///
        /// Stage 2 data access permissions, S2AP\[1:0\].
        #[inline]
        pub const fn S2AP(&self) -> Result<super::super::enums::PtS2Ap, FieldError> {
            let raw = support::get(self.0, 6, 0x3);
            match super::super::enums::PtS2Ap::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2AP",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `S2AP`, bits \[7:6\].
        #[inline]
        pub const fn S2AP_bits(&self) -> u64 {
            support::get(self.0, 6, 0x3)
        }
        /// Returns the value with `S2AP`, bits \[7:6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_S2AP(self, v: super::super::enums::PtS2Ap) -> Self {
            Self(support::put(self.0, 6, 0x3, v.bits()))
        }
        /// Sets `S2AP`, bits \[7:6\] to `v`.
        #[inline]
        pub fn set_S2AP(&mut self, v: super::super::enums::PtS2Ap) {
            self.0 = support::put(self.0, 6, 0x3, v.bits());
        }
        /// `SH`, bits \[9:8\]
        #[inline]
        pub const fn SH(&self) -> Result<super::super::enums::PtShareability, FieldError> {
            let raw = support::get(self.0, 8, 0x3);
            match super::super::enums::PtShareability::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `SH`, bits \[9:8\].
        #[inline]
        pub const fn SH_bits(&self) -> u64 {
            support::get(self.0, 8, 0x3)
        }
        /// Returns the value with `SH`, bits \[9:8\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_SH(self, v: super::super::enums::PtShareability) -> Self {
            Self(support::put(self.0, 8, 0x3, v.bits()))
        }
        /// Sets `SH`, bits \[9:8\] to `v`.
        #[inline]
        pub fn set_SH(&mut self, v: super::super::enums::PtShareability) {
            self.0 = support::put(self.0, 8, 0x3, v.bits());
        }
        /// `AF`, bit \[10\]
        ///
        /// Access flag: 0 faults (or is set by hardware when HTTU is enabled).
        #[inline]
        pub const fn AF(&self) -> bool {
            support::get(self.0, 10, 0x1) != 0
        }
        /// Returns the value with `AF`, bit \[10\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_AF(self, v: bool) -> Self {
            Self(support::put(self.0, 10, 0x1, v as u64))
        }
        /// Sets `AF`, bit \[10\] to `v`.
        #[inline]
        pub fn set_AF(&mut self, v: bool) {
            self.0 = support::put(self.0, 10, 0x1, v as u64);
        }
        /// `FnXS`, bit \[11\]
        ///
        /// FEAT_XS: 1 forces the XS attribute of the access to 0; RES0 otherwise.
        #[inline]
        pub const fn FnXS(&self) -> bool {
            support::get(self.0, 11, 0x1) != 0
        }
        /// Returns the value with `FnXS`, bit \[11\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_FnXS(self, v: bool) -> Self {
            Self(support::put(self.0, 11, 0x1, v as u64))
        }
        /// Sets `FnXS`, bit \[11\] to `v`.
        #[inline]
        pub fn set_FnXS(&mut self, v: bool) {
            self.0 = support::put(self.0, 11, 0x1, v as u64);
        }
        /// `nT`, bit \[16\]
        ///
        /// FEAT_BBM level 1 bit for changing block size without break-before-make; else RES0.
        #[inline]
        pub const fn nT(&self) -> bool {
            support::get(self.0, 16, 0x1) != 0
        }
        /// Returns the value with `nT`, bit \[16\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_nT(self, v: bool) -> Self {
            Self(support::put(self.0, 16, 0x1, v as u64))
        }
        /// Sets `nT`, bit \[16\] to `v`.
        #[inline]
        pub fn set_nT(&mut self, v: bool) {
            self.0 = support::put(self.0, 16, 0x1, v as u64);
        }
        /// `OA`, bits \[47:21\]
        ///
        /// Output address, aligned to the block size: a 4K level-1 block needs \[29:21\] zero,
        /// a 16K block \[24:21\] and a 64K block \[28:21\].
        /// The address, with bits \[20:0\] zero.
        #[inline]
        pub const fn OA(&self) -> u64 {
            support::get(self.0, 21, 0x7ffffff) << 21
        }
        /// Returns the value with `OA`, bits \[47:21\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_OA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("OA", v, 21, 0x7ffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 21, 0x7ffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `OA`, bits \[47:21\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_OA(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("OA", v, 21, 0x7ffffff)?;
            self.0 = support::put(self.0, 21, 0x7ffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `DBM`, bit \[51\]
        ///
        /// Dirty bit modifier: hardware may set S2AP\[1\] on a write (HTTU dirty state).
        #[inline]
        pub const fn DBM(&self) -> bool {
            support::get(self.0, 51, 0x1) != 0
        }
        /// Returns the value with `DBM`, bit \[51\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_DBM(self, v: bool) -> Self {
            Self(support::put(self.0, 51, 0x1, v as u64))
        }
        /// Sets `DBM`, bit \[51\] to `v`.
        #[inline]
        pub fn set_DBM(&mut self, v: bool) {
            self.0 = support::put(self.0, 51, 0x1, v as u64);
        }
        /// `Contiguous`, bit \[52\]
        ///
        /// Hint: one of a naturally aligned run of contiguous entries with equal attributes.
        #[inline]
        pub const fn Contiguous(&self) -> bool {
            support::get(self.0, 52, 0x1) != 0
        }
        /// Returns the value with `Contiguous`, bit \[52\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Contiguous(self, v: bool) -> Self {
            Self(support::put(self.0, 52, 0x1, v as u64))
        }
        /// Sets `Contiguous`, bit \[52\] to `v`.
        #[inline]
        pub fn set_Contiguous(&mut self, v: bool) {
            self.0 = support::put(self.0, 52, 0x1, v as u64);
        }
        /// `XN`, bits \[54:53\]
        ///
        /// Execute-never; without FEAT_XNX only bit 54 is used and bit 53 is RES0.
        #[inline]
        pub const fn XN(&self) -> Result<super::super::enums::PtS2Xn, FieldError> {
            let raw = support::get(self.0, 53, 0x3);
            match super::super::enums::PtS2Xn::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "XN",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `XN`, bits \[54:53\].
        #[inline]
        pub const fn XN_bits(&self) -> u64 {
            support::get(self.0, 53, 0x3)
        }
        /// Returns the value with `XN`, bits \[54:53\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_XN(self, v: super::super::enums::PtS2Xn) -> Self {
            Self(support::put(self.0, 53, 0x3, v.bits()))
        }
        /// Sets `XN`, bits \[54:53\] to `v`.
        #[inline]
        pub fn set_XN(&mut self, v: super::super::enums::PtS2Xn) {
            self.0 = support::put(self.0, 53, 0x3, v.bits());
        }
        /// `SW`, bits \[58:55\]
        ///
        /// Ignored by hardware; reserved for software use (bit 55 is NS in Realm state).
        #[inline]
        pub const fn SW(&self) -> u8 {
            support::get(self.0, 55, 0xf) as u8
        }
        /// Returns the value with `SW`, bits \[58:55\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_SW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("SW", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 55, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `SW`, bits \[58:55\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_SW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("SW", v as u64, 0xf)?;
            self.0 = support::put(self.0, 55, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBHA`, bits \[62:59\]
        ///
        /// Page-based hardware attributes (FEAT_HPDS2, STE.S2HWU bits); ignored unless enabled.
        #[inline]
        pub const fn PBHA(&self) -> u8 {
            support::get(self.0, 59, 0xf) as u8
        }
        /// Returns the value with `PBHA`, bits \[62:59\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_PBHA(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("PBHA", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 59, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PBHA`, bits \[62:59\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_PBHA(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("PBHA", v as u64, 0xf)?;
            self.0 = support::put(self.0, 59, 0xf, raw);
            ::core::result::Result::Ok(())
        }
    }
    impl Default for Block {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Block {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Block", Self::FIELDS, &[self.0])
        }
    }
    /// Maps one granule-sized page at level 3.
    ///
    /// Descriptor `Page`, found at the final level; identified by Valid = 1, Type = 1.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Page(pub u64);
    #[allow(non_snake_case)]
    impl Page {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x3;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Page;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "Valid",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "Type",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "MemAttr",
                lsb: 2,
                msb: 5,
            },
            FieldInfo {
                name: "S2AP",
                lsb: 6,
                msb: 7,
            },
            FieldInfo {
                name: "SH",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "AF",
                lsb: 10,
                msb: 10,
            },
            FieldInfo {
                name: "FnXS",
                lsb: 11,
                msb: 11,
            },
            FieldInfo {
                name: "OA",
                lsb: 12,
                msb: 47,
            },
            FieldInfo {
                name: "DBM",
                lsb: 51,
                msb: 51,
            },
            FieldInfo {
                name: "Contiguous",
                lsb: 52,
                msb: 52,
            },
            FieldInfo {
                name: "XN",
                lsb: 53,
                msb: 54,
            },
            FieldInfo {
                name: "SW",
                lsb: 55,
                msb: 58,
            },
            FieldInfo {
                name: "PBHA",
                lsb: 59,
                msb: 62,
            },
        ];
        /// A descriptor of this kind with every other field zero.
        #[inline]
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `Valid`, bit \[0\]
        #[inline]
        pub const fn Valid(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `Valid`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Valid(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `Valid`, bit \[0\] to `v`.
        #[inline]
        pub fn set_Valid(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `Type`, bit \[1\]
        ///
        /// 1: page descriptor (at level 3; 0 there is reserved and behaves as invalid).
        #[inline]
        pub const fn Type(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `Type`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Type(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `Type`, bit \[1\] to `v`.
        #[inline]
        pub fn set_Type(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `MemAttr`, bits \[5:2\]
        ///
        /// Stage 2 memory type and cacheability, MemAttr\[3:0\]; with S2FWB bit 5 is RES0.
        #[inline]
        pub const fn MemAttr(&self) -> u8 {
            support::get(self.0, 2, 0xf) as u8
        }
        /// Returns the value with `MemAttr`, bits \[5:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_MemAttr(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("MemAttr", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `MemAttr`, bits \[5:2\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_MemAttr(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("MemAttr", v as u64, 0xf)?;
            self.0 = support::put(self.0, 2, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `S2AP`, bits \[7:6\]
        ///
        /// Stage 2 data access permissions, S2AP\[1:0\].
        #[inline]
        pub const fn S2AP(&self) -> Result<super::super::enums::PtS2Ap, FieldError> {
            let raw = support::get(self.0, 6, 0x3);
            match super::super::enums::PtS2Ap::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "S2AP",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `S2AP`, bits \[7:6\].
        #[inline]
        pub const fn S2AP_bits(&self) -> u64 {
            support::get(self.0, 6, 0x3)
        }
        /// Returns the value with `S2AP`, bits \[7:6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_S2AP(self, v: super::super::enums::PtS2Ap) -> Self {
            Self(support::put(self.0, 6, 0x3, v.bits()))
        }
        /// Sets `S2AP`, bits \[7:6\] to `v`.
        #[inline]
        pub fn set_S2AP(&mut self, v: super::super::enums::PtS2Ap) {
            self.0 = support::put(self.0, 6, 0x3, v.bits());
        }
        /// `SH`, bits \[9:8\]
        #[inline]
        pub const fn SH(&self) -> Result<super::super::enums::PtShareability, FieldError> {
            let raw = support::get(self.0, 8, 0x3);
            match super::super::enums::PtShareability::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "SH",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `SH`, bits \[9:8\].
        #[inline]
        pub const fn SH_bits(&self) -> u64 {
            support::get(self.0, 8, 0x3)
        }
        /// Returns the value with `SH`, bits \[9:8\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_SH(self, v: super::super::enums::PtShareability) -> Self {
            Self(support::put(self.0, 8, 0x3, v.bits()))
        }
        /// Sets `SH`, bits \[9:8\] to `v`.
        #[inline]
        pub fn set_SH(&mut self, v: super::super::enums::PtShareability) {
            self.0 = support::put(self.0, 8, 0x3, v.bits());
        }
        /// `AF`, bit \[10\]
        ///
        /// Access flag: 0 faults (or is set by hardware when HTTU is enabled).
        #[inline]
        pub const fn AF(&self) -> bool {
            support::get(self.0, 10, 0x1) != 0
        }
        /// Returns the value with `AF`, bit \[10\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_AF(self, v: bool) -> Self {
            Self(support::put(self.0, 10, 0x1, v as u64))
        }
        /// Sets `AF`, bit \[10\] to `v`.
        #[inline]
        pub fn set_AF(&mut self, v: bool) {
            self.0 = support::put(self.0, 10, 0x1, v as u64);
        }
        /// `FnXS`, bit \[11\]
        ///
        /// FEAT_XS: 1 forces the XS attribute of the access to 0; RES0 otherwise.
        #[inline]
        pub const fn FnXS(&self) -> bool {
            support::get(self.0, 11, 0x1) != 0
        }
        /// Returns the value with `FnXS`, bit \[11\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_FnXS(self, v: bool) -> Self {
            Self(support::put(self.0, 11, 0x1, v as u64))
        }
        /// Sets `FnXS`, bit \[11\] to `v`.
        #[inline]
        pub fn set_FnXS(&mut self, v: bool) {
            self.0 = support::put(self.0, 11, 0x1, v as u64);
        }
        /// `OA`, bits \[47:12\]
        ///
        /// Output address (4K form); 16K and 64K pages need bits \[13:12\] / \[15:12\] zero.
        /// The address, with bits \[11:0\] zero.
        #[inline]
        pub const fn OA(&self) -> u64 {
            support::get(self.0, 12, 0xfffffffff) << 12
        }
        /// Returns the value with `OA`, bits \[47:12\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_OA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("OA", v, 12, 0xfffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `OA`, bits \[47:12\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_OA(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("OA", v, 12, 0xfffffffff)?;
            self.0 = support::put(self.0, 12, 0xfffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `DBM`, bit \[51\]
        ///
        /// Dirty bit modifier: hardware may set S2AP\[1\] on a write (HTTU dirty state).
        #[inline]
        pub const fn DBM(&self) -> bool {
            support::get(self.0, 51, 0x1) != 0
        }
        /// Returns the value with `DBM`, bit \[51\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_DBM(self, v: bool) -> Self {
            Self(support::put(self.0, 51, 0x1, v as u64))
        }
        /// Sets `DBM`, bit \[51\] to `v`.
        #[inline]
        pub fn set_DBM(&mut self, v: bool) {
            self.0 = support::put(self.0, 51, 0x1, v as u64);
        }
        /// `Contiguous`, bit \[52\]
        ///
        /// Hint: one of a naturally aligned run of contiguous entries with equal attributes.
        #[inline]
        pub const fn Contiguous(&self) -> bool {
            support::get(self.0, 52, 0x1) != 0
        }
        /// Returns the value with `Contiguous`, bit \[52\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_Contiguous(self, v: bool) -> Self {
            Self(support::put(self.0, 52, 0x1, v as u64))
        }
        /// Sets `Contiguous`, bit \[52\] to `v`.
        #[inline]
        pub fn set_Contiguous(&mut self, v: bool) {
            self.0 = support::put(self.0, 52, 0x1, v as u64);
        }
        /// `XN`, bits \[54:53\]
        ///
        /// Execute-never; without FEAT_XNX only bit 54 is used and bit 53 is RES0.
        #[inline]
        pub const fn XN(&self) -> Result<super::super::enums::PtS2Xn, FieldError> {
            let raw = support::get(self.0, 53, 0x3);
            match super::super::enums::PtS2Xn::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "XN",
                    value: raw,
                }),
            }
        }
        /// The raw encoding of `XN`, bits \[54:53\].
        #[inline]
        pub const fn XN_bits(&self) -> u64 {
            support::get(self.0, 53, 0x3)
        }
        /// Returns the value with `XN`, bits \[54:53\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_XN(self, v: super::super::enums::PtS2Xn) -> Self {
            Self(support::put(self.0, 53, 0x3, v.bits()))
        }
        /// Sets `XN`, bits \[54:53\] to `v`.
        #[inline]
        pub fn set_XN(&mut self, v: super::super::enums::PtS2Xn) {
            self.0 = support::put(self.0, 53, 0x3, v.bits());
        }
        /// `SW`, bits \[58:55\]
        ///
        /// Ignored by hardware; reserved for software use (bit 55 is NS in Realm state).
        #[inline]
        pub const fn SW(&self) -> u8 {
            support::get(self.0, 55, 0xf) as u8
        }
        /// Returns the value with `SW`, bits \[58:55\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_SW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("SW", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 55, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `SW`, bits \[58:55\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_SW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("SW", v as u64, 0xf)?;
            self.0 = support::put(self.0, 55, 0xf, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBHA`, bits \[62:59\]
        ///
        /// Page-based hardware attributes (FEAT_HPDS2, STE.S2HWU bits); ignored unless enabled.
        #[inline]
        pub const fn PBHA(&self) -> u8 {
            support::get(self.0, 59, 0xf) as u8
        }
        /// Returns the value with `PBHA`, bits \[62:59\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_PBHA(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("PBHA", v as u64, 0xf) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 59, 0xf, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PBHA`, bits \[62:59\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_PBHA(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("PBHA", v as u64, 0xf)?;
            self.0 = support::put(self.0, 59, 0xf, raw);
            ::core::result::Result::Ok(())
        }
    }
    impl Default for Page {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Page {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Page", Self::FIELDS, &[self.0])
        }
    }
}
