// SPDX-License-Identifier: MIT OR Apache-2.0

//! Translation table formats: descriptor types and per-granule geometry.
/// VMSAv8-64 stage 1 translation tables (VA to IPA or PA), as selected by a CD.
///
/// Stage 1 translation tables with 64-bit descriptors, 48-bit input and 48-bit output addresses.
///
/// Architecture reference: section D8.3.
pub(crate) mod vmsav8_64_stage1 {
    use super::super::support::{self, FieldError, FieldInfo};
    /// Input address size in bits.
    pub(crate) const VA_BITS: u32 = 48u32;
    /// Output address size in bits.
    pub(crate) const OA_BITS: u32 = 48u32;
    /// The 4K granule.
    /// 4 KiB granule: 9 index bits a level, 1 GiB blocks at level 1 and 2 MiB at level 2.
    ///
    /// level 0: VA\[47:39\], 549755813888 bytes per entry
    /// level 1: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 2: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 3: VA\[20:12\], 4096 bytes per entry (pages)
    pub(crate) const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,

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
    pub(crate) const GRANULE_16K: support::GranuleInfo = support::GranuleInfo {
        size: 0x4000,
        shift: 14u32,

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
    pub(crate) const GRANULE_64K: support::GranuleInfo = support::GranuleInfo {
        size: 0x10000,
        shift: 16u32,

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
    pub(crate) const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K, GRANULE_16K, GRANULE_64K];
    /// Points to the next-level table and limits the attributes of everything below it.
    ///
    /// Descriptor `Table`, found at a non-final level (points at the next table); identified by Valid = 1, Type = 1.
    ///
    /// Architecture reference: section D8.3.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Table(pub(crate) u64);
    #[allow(non_snake_case)]
    impl Table {
        /// Bits that identify this descriptor kind.
        pub(crate) const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x3;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// `NLTA`, bits \[47:12\]
        ///
        /// Next-level table address; 16K and 64K granules need bits \[13:12\] / \[15:12\] zero.
        /// The address, with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn NLTA(&self) -> u64 {
            support::get(self.0, 12, 0xfffffffff) << 12
        }
        /// Returns the value with `NLTA`, bits \[47:12\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_NLTA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("NLTA", v, 12, 0xfffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
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
    pub(crate) struct Block(pub(crate) u64);
    #[allow(non_snake_case)]
    impl Block {
        /// Bits that identify this descriptor kind.
        pub(crate) const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x1;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// `AttrIndx`, bits \[4:2\]
        ///
        /// Index of the memory attributes in the CD's MAIR.
        #[inline]
        pub(crate) const fn AttrIndx(&self) -> u8 {
            support::get(self.0, 2, 0x7) as u8
        }
        /// Returns the value with `AttrIndx`, bits \[4:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub(crate) const fn with_AttrIndx(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("AttrIndx", v as u64, 0x7) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0x7, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// `AP`, bits \[7:6\]
        ///
        /// Data access permissions, AP\[2:1\].
        #[inline]
        pub(crate) const fn AP(&self) -> Result<super::super::enums::PtS1Ap, FieldError> {
            let raw = support::get(self.0, 6, 0x3);
            match super::super::enums::PtS1Ap::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "AP",
                    value: raw,
                }),
            }
        }
        /// Returns the value with `AP`, bits \[7:6\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_AP(self, v: super::super::enums::PtS1Ap) -> Self {
            Self(support::put(self.0, 6, 0x3, v.bits()))
        }
        /// Returns the value with `SH`, bits \[9:8\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_SH(self, v: super::super::enums::PtShareability) -> Self {
            Self(support::put(self.0, 8, 0x3, v.bits()))
        }
        /// Returns the value with `AF`, bit \[10\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_AF(self, v: bool) -> Self {
            Self(support::put(self.0, 10, 0x1, v as u64))
        }
        /// Returns the value with `nG`, bit \[11\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_nG(self, v: bool) -> Self {
            Self(support::put(self.0, 11, 0x1, v as u64))
        }
        /// `OA`, bits \[47:21\]
        ///
        /// Output address, aligned to the block size: a 4K level-1 block needs \[29:21\] zero,
        /// a 16K block \[24:21\] and a 64K block \[28:21\].
        /// The address, with bits \[20:0\] zero.
        #[inline]
        pub(crate) const fn OA(&self) -> u64 {
            support::get(self.0, 21, 0x7ffffff) << 21
        }
        /// Returns the value with `OA`, bits \[47:21\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_OA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("OA", v, 21, 0x7ffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 21, 0x7ffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Returns the value with `PXN`, bit \[53\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_PXN(self, v: bool) -> Self {
            Self(support::put(self.0, 53, 0x1, v as u64))
        }
        /// `UXN`, bit \[54\]
        ///
        /// Unprivileged execute-never (XN in single-privilege regimes).
        #[inline]
        pub(crate) const fn UXN(&self) -> bool {
            support::get(self.0, 54, 0x1) != 0
        }
        /// Returns the value with `UXN`, bit \[54\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_UXN(self, v: bool) -> Self {
            Self(support::put(self.0, 54, 0x1, v as u64))
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
    pub(crate) struct Page(pub(crate) u64);
    #[allow(non_snake_case)]
    impl Page {
        /// Bits that identify this descriptor kind.
        pub(crate) const MATCH_MASK: u64 = 0x3;
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x3;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            raw & Self::MATCH_MASK == Self::MATCH_VALUE
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// `AttrIndx`, bits \[4:2\]
        ///
        /// Index of the memory attributes in the CD's MAIR.
        #[inline]
        pub(crate) const fn AttrIndx(&self) -> u8 {
            support::get(self.0, 2, 0x7) as u8
        }
        /// Returns the value with `AttrIndx`, bits \[4:2\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub(crate) const fn with_AttrIndx(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("AttrIndx", v as u64, 0x7) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 2, 0x7, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// `AP`, bits \[7:6\]
        ///
        /// Data access permissions, AP\[2:1\].
        #[inline]
        pub(crate) const fn AP(&self) -> Result<super::super::enums::PtS1Ap, FieldError> {
            let raw = support::get(self.0, 6, 0x3);
            match super::super::enums::PtS1Ap::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => ::core::result::Result::Err(FieldError::Reserved {
                    field: "AP",
                    value: raw,
                }),
            }
        }
        /// Returns the value with `AP`, bits \[7:6\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_AP(self, v: super::super::enums::PtS1Ap) -> Self {
            Self(support::put(self.0, 6, 0x3, v.bits()))
        }
        /// Returns the value with `SH`, bits \[9:8\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_SH(self, v: super::super::enums::PtShareability) -> Self {
            Self(support::put(self.0, 8, 0x3, v.bits()))
        }
        /// Returns the value with `AF`, bit \[10\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_AF(self, v: bool) -> Self {
            Self(support::put(self.0, 10, 0x1, v as u64))
        }
        /// Returns the value with `nG`, bit \[11\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_nG(self, v: bool) -> Self {
            Self(support::put(self.0, 11, 0x1, v as u64))
        }
        /// `OA`, bits \[47:12\]
        ///
        /// Output address (4K form); 16K and 64K pages need bits \[13:12\] / \[15:12\] zero.
        /// The address, with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn OA(&self) -> u64 {
            support::get(self.0, 12, 0xfffffffff) << 12
        }
        /// Returns the value with `OA`, bits \[47:12\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_OA(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("OA", v, 12, 0xfffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Returns the value with `PXN`, bit \[53\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_PXN(self, v: bool) -> Self {
            Self(support::put(self.0, 53, 0x1, v as u64))
        }
        /// `UXN`, bit \[54\]
        ///
        /// Unprivileged execute-never (XN in single-privilege regimes).
        #[inline]
        pub(crate) const fn UXN(&self) -> bool {
            support::get(self.0, 54, 0x1) != 0
        }
        /// Returns the value with `UXN`, bit \[54\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_UXN(self, v: bool) -> Self {
            Self(support::put(self.0, 54, 0x1, v as u64))
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
pub(crate) mod vmsav8_64_stage2 {}
