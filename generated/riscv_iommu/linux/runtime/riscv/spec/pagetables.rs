// SPDX-License-Identifier: MIT OR Apache-2.0

//! Translation table formats: descriptor types and per-granule geometry.
/// Sv39 first-stage tables: three levels, 1 GiB and 2 MiB superpages.
///
/// Stage 1 translation tables with 64-bit descriptors, 39-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub(crate) mod sv39 {
    use super::super::support::{self, FieldError, FieldInfo};
    /// Input address size in bits.
    pub(crate) const VA_BITS: u32 = 39u32;
    /// Output address size in bits.
    pub(crate) const OA_BITS: u32 = 56u32;
    /// The 4K granule.
    ///
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub(crate) const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,

        levels: &[
            support::LevelInfo {
                level: 2u32,
                index_lsb: 30u32,
                index_msb: 38u32,
                entry_span: 0x40000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 21u32,
                index_msb: 29u32,
                entry_span: 0x200000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 0u32,
                index_lsb: 12u32,
                index_msb: 20u32,
                entry_span: 0x1000,
                leaf: true,
                last: true,
            },
        ],
    };
    /// Every granule, smallest first as declared.
    pub(crate) const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Pointer(pub(crate) u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x0;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "V",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "R",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "W",
                lsb: 2,
                msb: 2,
            },
            FieldInfo {
                name: "X",
                lsb: 3,
                msb: 3,
            },
            FieldInfo {
                name: "G",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "RSW",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "PPN",
                lsb: 10,
                msb: 53,
            },
        ];
        /// The identifying field values with every other field zero; the fields the kind's condition names are still to be set.
        #[inline]
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 10, 0xfffffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    }
    impl Default for Pointer {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Pointer {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Pointer", Self::FIELDS, &[self.0])
        }
    }
    /// A leaf: a page or superpage (any of R, W, X set).
    ///
    /// Descriptor `Leaf`, found at a block level or the final level (a leaf); identified by V && (R || W || X).
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Leaf(pub(crate) u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x0;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "V",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "R",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "W",
                lsb: 2,
                msb: 2,
            },
            FieldInfo {
                name: "X",
                lsb: 3,
                msb: 3,
            },
            FieldInfo {
                name: "U",
                lsb: 4,
                msb: 4,
            },
            FieldInfo {
                name: "G",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "A",
                lsb: 6,
                msb: 6,
            },
            FieldInfo {
                name: "D",
                lsb: 7,
                msb: 7,
            },
            FieldInfo {
                name: "RSW",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "PPN",
                lsb: 10,
                msb: 53,
            },
            FieldInfo {
                name: "PBMT",
                lsb: 61,
                msb: 62,
            },
            FieldInfo {
                name: "N",
                lsb: 63,
                msb: 63,
            },
        ];
        /// The identifying field values with every other field zero; the fields the kind's condition names are still to be set.
        #[inline]
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// `R`, bit \[1\]
        #[inline]
        pub(crate) const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// `W`, bit \[2\]
        #[inline]
        pub(crate) const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// `X`, bit \[3\]
        #[inline]
        pub(crate) const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub(crate) const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 10, 0xfffffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    }
    impl Default for Leaf {
        fn default() -> Self {
            Self::new()
        }
    }
    impl ::core::fmt::Debug for Leaf {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Leaf", Self::FIELDS, &[self.0])
        }
    }
}
/// Sv48 first-stage tables: four levels, 512 GiB, 1 GiB and 2 MiB superpages.
///
/// Stage 1 translation tables with 64-bit descriptors, 48-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub(crate) mod sv48 {
    #[cfg(not(iommugen_test))]
    use super::super::support::{self, FieldError, FieldInfo};
    #[cfg(not(iommugen_test))]
    /// Input address size in bits.
    pub(crate) const VA_BITS: u32 = 48u32;
    #[cfg(not(iommugen_test))]
    /// Output address size in bits.
    pub(crate) const OA_BITS: u32 = 56u32;
    #[cfg(not(iommugen_test))]
    /// The 4K granule.
    ///
    /// level 3: VA\[47:39\], 549755813888 bytes per entry (blocks allowed)
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub(crate) const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,

        levels: &[
            support::LevelInfo {
                level: 3u32,
                index_lsb: 39u32,
                index_msb: 47u32,
                entry_span: 0x8000000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 30u32,
                index_msb: 38u32,
                entry_span: 0x40000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 21u32,
                index_msb: 29u32,
                entry_span: 0x200000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 0u32,
                index_lsb: 12u32,
                index_msb: 20u32,
                entry_span: 0x1000,
                leaf: true,
                last: true,
            },
        ],
    };
    #[cfg(not(iommugen_test))]
    /// Every granule, smallest first as declared.
    pub(crate) const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    #[cfg(not(iommugen_test))]
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Pointer(pub(crate) u64);
    #[cfg(not(iommugen_test))]
    #[allow(non_snake_case)]
    impl Pointer {
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x0;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "V",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "R",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "W",
                lsb: 2,
                msb: 2,
            },
            FieldInfo {
                name: "X",
                lsb: 3,
                msb: 3,
            },
            FieldInfo {
                name: "G",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "RSW",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "PPN",
                lsb: 10,
                msb: 53,
            },
        ];
        /// The identifying field values with every other field zero; the fields the kind's condition names are still to be set.
        #[inline]
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 10, 0xfffffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    }
    #[cfg(not(iommugen_test))]
    impl Default for Pointer {
        fn default() -> Self {
            Self::new()
        }
    }
    #[cfg(not(iommugen_test))]
    impl ::core::fmt::Debug for Pointer {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Pointer", Self::FIELDS, &[self.0])
        }
    }
    #[cfg(not(iommugen_test))]
    /// A leaf: a page or superpage (any of R, W, X set).
    ///
    /// Descriptor `Leaf`, found at a block level or the final level (a leaf); identified by V && (R || W || X).
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Leaf(pub(crate) u64);
    #[cfg(not(iommugen_test))]
    #[allow(non_snake_case)]
    impl Leaf {
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x0;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "V",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "R",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "W",
                lsb: 2,
                msb: 2,
            },
            FieldInfo {
                name: "X",
                lsb: 3,
                msb: 3,
            },
            FieldInfo {
                name: "U",
                lsb: 4,
                msb: 4,
            },
            FieldInfo {
                name: "G",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "A",
                lsb: 6,
                msb: 6,
            },
            FieldInfo {
                name: "D",
                lsb: 7,
                msb: 7,
            },
            FieldInfo {
                name: "RSW",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "PPN",
                lsb: 10,
                msb: 53,
            },
            FieldInfo {
                name: "PBMT",
                lsb: 61,
                msb: 62,
            },
            FieldInfo {
                name: "N",
                lsb: 63,
                msb: 63,
            },
        ];
        /// The identifying field values with every other field zero; the fields the kind's condition names are still to be set.
        #[inline]
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// `R`, bit \[1\]
        #[inline]
        pub(crate) const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// `W`, bit \[2\]
        #[inline]
        pub(crate) const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// `X`, bit \[3\]
        #[inline]
        pub(crate) const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub(crate) const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 10, 0xfffffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    }
    #[cfg(not(iommugen_test))]
    impl Default for Leaf {
        fn default() -> Self {
            Self::new()
        }
    }
    #[cfg(not(iommugen_test))]
    impl ::core::fmt::Debug for Leaf {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Leaf", Self::FIELDS, &[self.0])
        }
    }
}
/// Sv57 first-stage tables: five levels, 256 TiB to 2 MiB superpages.
///
/// Stage 1 translation tables with 64-bit descriptors, 57-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub(crate) mod sv57 {
    #[cfg(not(iommugen_test))]
    use super::super::support::{self, FieldError, FieldInfo};
    #[cfg(not(iommugen_test))]
    /// Input address size in bits.
    pub(crate) const VA_BITS: u32 = 57u32;
    #[cfg(not(iommugen_test))]
    /// Output address size in bits.
    pub(crate) const OA_BITS: u32 = 56u32;
    #[cfg(not(iommugen_test))]
    /// The 4K granule.
    ///
    /// level 4: VA\[56:48\], 281474976710656 bytes per entry (blocks allowed)
    /// level 3: VA\[47:39\], 549755813888 bytes per entry (blocks allowed)
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub(crate) const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,

        levels: &[
            support::LevelInfo {
                level: 4u32,
                index_lsb: 48u32,
                index_msb: 56u32,
                entry_span: 0x1000000000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 3u32,
                index_lsb: 39u32,
                index_msb: 47u32,
                entry_span: 0x8000000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 2u32,
                index_lsb: 30u32,
                index_msb: 38u32,
                entry_span: 0x40000000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 1u32,
                index_lsb: 21u32,
                index_msb: 29u32,
                entry_span: 0x200000,
                leaf: true,
                last: false,
            },
            support::LevelInfo {
                level: 0u32,
                index_lsb: 12u32,
                index_msb: 20u32,
                entry_span: 0x1000,
                leaf: true,
                last: true,
            },
        ],
    };
    #[cfg(not(iommugen_test))]
    /// Every granule, smallest first as declared.
    pub(crate) const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    #[cfg(not(iommugen_test))]
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Pointer(pub(crate) u64);
    #[cfg(not(iommugen_test))]
    #[allow(non_snake_case)]
    impl Pointer {
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x0;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "V",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "R",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "W",
                lsb: 2,
                msb: 2,
            },
            FieldInfo {
                name: "X",
                lsb: 3,
                msb: 3,
            },
            FieldInfo {
                name: "G",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "RSW",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "PPN",
                lsb: 10,
                msb: 53,
            },
        ];
        /// The identifying field values with every other field zero; the fields the kind's condition names are still to be set.
        #[inline]
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 10, 0xfffffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    }
    #[cfg(not(iommugen_test))]
    impl Default for Pointer {
        fn default() -> Self {
            Self::new()
        }
    }
    #[cfg(not(iommugen_test))]
    impl ::core::fmt::Debug for Pointer {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Pointer", Self::FIELDS, &[self.0])
        }
    }
    #[cfg(not(iommugen_test))]
    /// A leaf: a page or superpage (any of R, W, X set).
    ///
    /// Descriptor `Leaf`, found at a block level or the final level (a leaf); identified by V && (R || W || X).
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub(crate) struct Leaf(pub(crate) u64);
    #[cfg(not(iommugen_test))]
    #[allow(non_snake_case)]
    impl Leaf {
        /// Their values.
        pub(crate) const MATCH_VALUE: u64 = 0x0;
        /// Fields, lowest first.
        pub(crate) const FIELDS: &'static [FieldInfo] = &[
            FieldInfo {
                name: "V",
                lsb: 0,
                msb: 0,
            },
            FieldInfo {
                name: "R",
                lsb: 1,
                msb: 1,
            },
            FieldInfo {
                name: "W",
                lsb: 2,
                msb: 2,
            },
            FieldInfo {
                name: "X",
                lsb: 3,
                msb: 3,
            },
            FieldInfo {
                name: "U",
                lsb: 4,
                msb: 4,
            },
            FieldInfo {
                name: "G",
                lsb: 5,
                msb: 5,
            },
            FieldInfo {
                name: "A",
                lsb: 6,
                msb: 6,
            },
            FieldInfo {
                name: "D",
                lsb: 7,
                msb: 7,
            },
            FieldInfo {
                name: "RSW",
                lsb: 8,
                msb: 9,
            },
            FieldInfo {
                name: "PPN",
                lsb: 10,
                msb: 53,
            },
            FieldInfo {
                name: "PBMT",
                lsb: 61,
                msb: 62,
            },
            FieldInfo {
                name: "N",
                lsb: 63,
                msb: 63,
            },
        ];
        /// The identifying field values with every other field zero; the fields the kind's condition names are still to be set.
        #[inline]
        pub(crate) const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub(crate) const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub(crate) const fn bits(self) -> u64 {
            self.0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// `R`, bit \[1\]
        #[inline]
        pub(crate) const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// `W`, bit \[2\]
        #[inline]
        pub(crate) const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// `X`, bit \[3\]
        #[inline]
        pub(crate) const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub(crate) const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub(crate) const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub(crate) const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 10, 0xfffffffffff, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
    }
    #[cfg(not(iommugen_test))]
    impl Default for Leaf {
        fn default() -> Self {
            Self::new()
        }
    }
    #[cfg(not(iommugen_test))]
    impl ::core::fmt::Debug for Leaf {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            support::fmt_fields(f, "Leaf", Self::FIELDS, &[self.0])
        }
    }
}
/// Sv39x4 second-stage tables: 41-bit guest physical addresses, a 16 KiB root.
///
/// Stage 2 translation tables with 64-bit descriptors, 41-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub(crate) mod sv39x4 {}
/// Sv48x4 second-stage tables: 50-bit guest physical addresses, a 16 KiB root.
///
/// Stage 2 translation tables with 64-bit descriptors, 50-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub(crate) mod sv48x4 {}
/// Sv57x4 second-stage tables: 59-bit guest physical addresses, a 16 KiB root.
///
/// Stage 2 translation tables with 64-bit descriptors, 59-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub(crate) mod sv57x4 {}
