//! Translation table formats: descriptor types and per-granule geometry.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
};
/// Sv39 first-stage tables: three levels, 1 GiB and 2 MiB superpages.
///
/// Stage 1 translation tables with 64-bit descriptors, 39-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub mod sv39 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable,
        Register, UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 1u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 39u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 56u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    ///
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
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
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Pointer(pub u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
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
    pub struct Leaf(pub u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Leaf;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Sets `U`, bit \[4\] to `v`.
        #[inline]
        pub fn set_U(&mut self, v: bool) {
            self.0 = support::put(self.0, 4, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        ///
        /// Global mapping.
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `A`, bit \[6\]
        ///
        /// Accessed.
        #[inline]
        pub const fn A(&self) -> bool {
            support::get(self.0, 6, 0x1) != 0
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Sets `A`, bit \[6\] to `v`.
        #[inline]
        pub fn set_A(&mut self, v: bool) {
            self.0 = support::put(self.0, 6, 0x1, v as u64);
        }
        /// `D`, bit \[7\]
        ///
        /// Dirty.
        #[inline]
        pub const fn D(&self) -> bool {
            support::get(self.0, 7, 0x1) != 0
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// Sets `D`, bit \[7\] to `v`.
        #[inline]
        pub fn set_D(&mut self, v: bool) {
            self.0 = support::put(self.0, 7, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBMT`, bits \[62:61\]
        ///
        /// Page-based memory type (Svpbmt).
        #[inline]
        pub const fn PBMT(&self) -> Result<super::super::enums::Pbmt, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::Pbmt::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => {
                    ::core::result::Result::Err(FieldError::Reserved {
                        field: "PBMT",
                        value: raw,
                    })
                }
            }
        }
        /// The raw encoding of `PBMT`, bits \[62:61\].
        #[inline]
        pub const fn PBMT_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `PBMT`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PBMT(self, v: super::super::enums::Pbmt) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `PBMT`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_PBMT(&mut self, v: super::super::enums::Pbmt) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `N`, bit \[63\]
        ///
        /// NAPOT range (Svnapot): PPN's low bits encode a 64 KiB range.
        #[inline]
        pub const fn N(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `N`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_N(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `N`, bit \[63\] to `v`.
        #[inline]
        pub fn set_N(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
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
pub mod sv48 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable,
        Register, UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 1u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 48u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 56u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    ///
    /// level 3: VA\[47:39\], 549755813888 bytes per entry (blocks allowed)
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
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
    /// Every granule, smallest first as declared.
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Pointer(pub u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
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
    pub struct Leaf(pub u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Leaf;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Sets `U`, bit \[4\] to `v`.
        #[inline]
        pub fn set_U(&mut self, v: bool) {
            self.0 = support::put(self.0, 4, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        ///
        /// Global mapping.
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `A`, bit \[6\]
        ///
        /// Accessed.
        #[inline]
        pub const fn A(&self) -> bool {
            support::get(self.0, 6, 0x1) != 0
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Sets `A`, bit \[6\] to `v`.
        #[inline]
        pub fn set_A(&mut self, v: bool) {
            self.0 = support::put(self.0, 6, 0x1, v as u64);
        }
        /// `D`, bit \[7\]
        ///
        /// Dirty.
        #[inline]
        pub const fn D(&self) -> bool {
            support::get(self.0, 7, 0x1) != 0
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// Sets `D`, bit \[7\] to `v`.
        #[inline]
        pub fn set_D(&mut self, v: bool) {
            self.0 = support::put(self.0, 7, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBMT`, bits \[62:61\]
        ///
        /// Page-based memory type (Svpbmt).
        #[inline]
        pub const fn PBMT(&self) -> Result<super::super::enums::Pbmt, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::Pbmt::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => {
                    ::core::result::Result::Err(FieldError::Reserved {
                        field: "PBMT",
                        value: raw,
                    })
                }
            }
        }
        /// The raw encoding of `PBMT`, bits \[62:61\].
        #[inline]
        pub const fn PBMT_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `PBMT`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PBMT(self, v: super::super::enums::Pbmt) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `PBMT`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_PBMT(&mut self, v: super::super::enums::Pbmt) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `N`, bit \[63\]
        ///
        /// NAPOT range (Svnapot): PPN's low bits encode a 64 KiB range.
        #[inline]
        pub const fn N(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `N`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_N(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `N`, bit \[63\] to `v`.
        #[inline]
        pub fn set_N(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
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
/// Sv57 first-stage tables: five levels, 256 TiB to 2 MiB superpages.
///
/// Stage 1 translation tables with 64-bit descriptors, 57-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub mod sv57 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable,
        Register, UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 1u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 57u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 56u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    ///
    /// level 4: VA\[56:48\], 281474976710656 bytes per entry (blocks allowed)
    /// level 3: VA\[47:39\], 549755813888 bytes per entry (blocks allowed)
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
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
    /// Every granule, smallest first as declared.
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Pointer(pub u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
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
    pub struct Leaf(pub u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Leaf;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Sets `U`, bit \[4\] to `v`.
        #[inline]
        pub fn set_U(&mut self, v: bool) {
            self.0 = support::put(self.0, 4, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        ///
        /// Global mapping.
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `A`, bit \[6\]
        ///
        /// Accessed.
        #[inline]
        pub const fn A(&self) -> bool {
            support::get(self.0, 6, 0x1) != 0
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Sets `A`, bit \[6\] to `v`.
        #[inline]
        pub fn set_A(&mut self, v: bool) {
            self.0 = support::put(self.0, 6, 0x1, v as u64);
        }
        /// `D`, bit \[7\]
        ///
        /// Dirty.
        #[inline]
        pub const fn D(&self) -> bool {
            support::get(self.0, 7, 0x1) != 0
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// Sets `D`, bit \[7\] to `v`.
        #[inline]
        pub fn set_D(&mut self, v: bool) {
            self.0 = support::put(self.0, 7, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBMT`, bits \[62:61\]
        ///
        /// Page-based memory type (Svpbmt).
        #[inline]
        pub const fn PBMT(&self) -> Result<super::super::enums::Pbmt, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::Pbmt::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => {
                    ::core::result::Result::Err(FieldError::Reserved {
                        field: "PBMT",
                        value: raw,
                    })
                }
            }
        }
        /// The raw encoding of `PBMT`, bits \[62:61\].
        #[inline]
        pub const fn PBMT_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `PBMT`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PBMT(self, v: super::super::enums::Pbmt) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `PBMT`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_PBMT(&mut self, v: super::super::enums::Pbmt) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `N`, bit \[63\]
        ///
        /// NAPOT range (Svnapot): PPN's low bits encode a 64 KiB range.
        #[inline]
        pub const fn N(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `N`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_N(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `N`, bit \[63\] to `v`.
        #[inline]
        pub fn set_N(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
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
/// Sv39x4 second-stage tables: 41-bit guest physical addresses, a 16 KiB root.
///
/// Stage 2 translation tables with 64-bit descriptors, 41-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub mod sv39x4 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable,
        Register, UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 2u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 41u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 56u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    ///
    /// level 2: VA\[40:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
        levels: &[
            support::LevelInfo {
                level: 2u32,
                index_lsb: 30u32,
                index_msb: 40u32,
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
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Pointer(pub u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
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
    pub struct Leaf(pub u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Leaf;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Sets `U`, bit \[4\] to `v`.
        #[inline]
        pub fn set_U(&mut self, v: bool) {
            self.0 = support::put(self.0, 4, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        ///
        /// Global mapping.
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `A`, bit \[6\]
        ///
        /// Accessed.
        #[inline]
        pub const fn A(&self) -> bool {
            support::get(self.0, 6, 0x1) != 0
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Sets `A`, bit \[6\] to `v`.
        #[inline]
        pub fn set_A(&mut self, v: bool) {
            self.0 = support::put(self.0, 6, 0x1, v as u64);
        }
        /// `D`, bit \[7\]
        ///
        /// Dirty.
        #[inline]
        pub const fn D(&self) -> bool {
            support::get(self.0, 7, 0x1) != 0
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// Sets `D`, bit \[7\] to `v`.
        #[inline]
        pub fn set_D(&mut self, v: bool) {
            self.0 = support::put(self.0, 7, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBMT`, bits \[62:61\]
        ///
        /// Page-based memory type (Svpbmt).
        #[inline]
        pub const fn PBMT(&self) -> Result<super::super::enums::Pbmt, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::Pbmt::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => {
                    ::core::result::Result::Err(FieldError::Reserved {
                        field: "PBMT",
                        value: raw,
                    })
                }
            }
        }
        /// The raw encoding of `PBMT`, bits \[62:61\].
        #[inline]
        pub const fn PBMT_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `PBMT`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PBMT(self, v: super::super::enums::Pbmt) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `PBMT`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_PBMT(&mut self, v: super::super::enums::Pbmt) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `N`, bit \[63\]
        ///
        /// NAPOT range (Svnapot): PPN's low bits encode a 64 KiB range.
        #[inline]
        pub const fn N(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `N`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_N(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `N`, bit \[63\] to `v`.
        #[inline]
        pub fn set_N(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
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
/// Sv48x4 second-stage tables: 50-bit guest physical addresses, a 16 KiB root.
///
/// Stage 2 translation tables with 64-bit descriptors, 50-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub mod sv48x4 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable,
        Register, UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 2u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 50u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 56u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    ///
    /// level 3: VA\[49:39\], 549755813888 bytes per entry (blocks allowed)
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
        levels: &[
            support::LevelInfo {
                level: 3u32,
                index_lsb: 39u32,
                index_msb: 49u32,
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
    /// Every granule, smallest first as declared.
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Pointer(pub u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
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
    pub struct Leaf(pub u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Leaf;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Sets `U`, bit \[4\] to `v`.
        #[inline]
        pub fn set_U(&mut self, v: bool) {
            self.0 = support::put(self.0, 4, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        ///
        /// Global mapping.
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `A`, bit \[6\]
        ///
        /// Accessed.
        #[inline]
        pub const fn A(&self) -> bool {
            support::get(self.0, 6, 0x1) != 0
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Sets `A`, bit \[6\] to `v`.
        #[inline]
        pub fn set_A(&mut self, v: bool) {
            self.0 = support::put(self.0, 6, 0x1, v as u64);
        }
        /// `D`, bit \[7\]
        ///
        /// Dirty.
        #[inline]
        pub const fn D(&self) -> bool {
            support::get(self.0, 7, 0x1) != 0
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// Sets `D`, bit \[7\] to `v`.
        #[inline]
        pub fn set_D(&mut self, v: bool) {
            self.0 = support::put(self.0, 7, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBMT`, bits \[62:61\]
        ///
        /// Page-based memory type (Svpbmt).
        #[inline]
        pub const fn PBMT(&self) -> Result<super::super::enums::Pbmt, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::Pbmt::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => {
                    ::core::result::Result::Err(FieldError::Reserved {
                        field: "PBMT",
                        value: raw,
                    })
                }
            }
        }
        /// The raw encoding of `PBMT`, bits \[62:61\].
        #[inline]
        pub const fn PBMT_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `PBMT`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PBMT(self, v: super::super::enums::Pbmt) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `PBMT`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_PBMT(&mut self, v: super::super::enums::Pbmt) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `N`, bit \[63\]
        ///
        /// NAPOT range (Svnapot): PPN's low bits encode a 64 KiB range.
        #[inline]
        pub const fn N(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `N`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_N(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `N`, bit \[63\] to `v`.
        #[inline]
        pub fn set_N(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
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
/// Sv57x4 second-stage tables: 59-bit guest physical addresses, a 16 KiB root.
///
/// Stage 2 translation tables with 64-bit descriptors, 59-bit input and 56-bit output addresses.
///
/// Architecture reference: section 2.3.
pub mod sv57x4 {
    #[allow(unused_imports)]
    use super::super::support::{
        self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable,
        Register, UsedBits, Writable,
    };
    /// Translation stage.
    pub const STAGE: u32 = 2u32;
    /// Input address size in bits.
    pub const VA_BITS: u32 = 59u32;
    /// Output address size in bits.
    pub const OA_BITS: u32 = 56u32;
    /// Descriptor size in bits.
    pub const DESCRIPTOR_BITS: u32 = 64u32;
    /// The 4K granule.
    ///
    /// level 4: VA\[58:48\], 281474976710656 bytes per entry (blocks allowed)
    /// level 3: VA\[47:39\], 549755813888 bytes per entry (blocks allowed)
    /// level 2: VA\[38:30\], 1073741824 bytes per entry (blocks allowed)
    /// level 1: VA\[29:21\], 2097152 bytes per entry (blocks allowed)
    /// level 0: VA\[20:12\], 4096 bytes per entry (pages)
    pub const GRANULE_4K: support::GranuleInfo = support::GranuleInfo {
        size: 0x1000,
        shift: 12u32,
        index_bits: 9u32,
        levels: &[
            support::LevelInfo {
                level: 4u32,
                index_lsb: 48u32,
                index_msb: 58u32,
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
    /// Every granule, smallest first as declared.
    pub const GRANULES: &[support::GranuleInfo] = &[GRANULE_4K];
    /// A pointer to the next-level table (R = W = X = 0). D, A, U, PBMT and N are reserved in
    /// a non-leaf PTE.
    ///
    /// Descriptor `Pointer`, found at a non-final level (points at the next table); identified by V && !R && !W && !X.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(transparent)]
    pub struct Pointer(pub u64);
    #[allow(non_snake_case)]
    impl Pointer {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Table;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && raw & 0xe == 0
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The next-level table.
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
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
    pub struct Leaf(pub u64);
    #[allow(non_snake_case)]
    impl Leaf {
        /// Bits that identify this descriptor kind.
        pub const MATCH_MASK: u64 = 0x0;
        /// Their values.
        pub const MATCH_VALUE: u64 = 0x0;
        /// Where the descriptor may appear.
        pub const AT: support::DescriptorAt = support::DescriptorAt::Leaf;
        /// Fields, lowest first.
        pub const FIELDS: &'static [FieldInfo] = &[
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
        pub const fn new() -> Self {
            Self(Self::MATCH_VALUE)
        }
        /// Whether raw descriptor bits are of this kind.
        #[inline]
        pub const fn matches(raw: u64) -> bool {
            support::get(raw, 0, 0x1) != 0 && (raw & 0xe != 0)
        }
        /// The raw descriptor.
        #[inline]
        pub const fn bits(self) -> u64 {
            self.0
        }
        /// `V`, bit \[0\]
        #[inline]
        pub const fn V(&self) -> bool {
            support::get(self.0, 0, 0x1) != 0
        }
        /// Returns the value with `V`, bit \[0\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_V(self, v: bool) -> Self {
            Self(support::put(self.0, 0, 0x1, v as u64))
        }
        /// Sets `V`, bit \[0\] to `v`.
        #[inline]
        pub fn set_V(&mut self, v: bool) {
            self.0 = support::put(self.0, 0, 0x1, v as u64);
        }
        /// `R`, bit \[1\]
        #[inline]
        pub const fn R(&self) -> bool {
            support::get(self.0, 1, 0x1) != 0
        }
        /// Returns the value with `R`, bit \[1\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_R(self, v: bool) -> Self {
            Self(support::put(self.0, 1, 0x1, v as u64))
        }
        /// Sets `R`, bit \[1\] to `v`.
        #[inline]
        pub fn set_R(&mut self, v: bool) {
            self.0 = support::put(self.0, 1, 0x1, v as u64);
        }
        /// `W`, bit \[2\]
        #[inline]
        pub const fn W(&self) -> bool {
            support::get(self.0, 2, 0x1) != 0
        }
        /// Returns the value with `W`, bit \[2\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_W(self, v: bool) -> Self {
            Self(support::put(self.0, 2, 0x1, v as u64))
        }
        /// Sets `W`, bit \[2\] to `v`.
        #[inline]
        pub fn set_W(&mut self, v: bool) {
            self.0 = support::put(self.0, 2, 0x1, v as u64);
        }
        /// `X`, bit \[3\]
        #[inline]
        pub const fn X(&self) -> bool {
            support::get(self.0, 3, 0x1) != 0
        }
        /// Returns the value with `X`, bit \[3\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_X(self, v: bool) -> Self {
            Self(support::put(self.0, 3, 0x1, v as u64))
        }
        /// Sets `X`, bit \[3\] to `v`.
        #[inline]
        pub fn set_X(&mut self, v: bool) {
            self.0 = support::put(self.0, 3, 0x1, v as u64);
        }
        /// `U`, bit \[4\]
        ///
        /// Accessible in user mode (the IOMMU treats second-stage accesses as user accesses).
        #[inline]
        pub const fn U(&self) -> bool {
            support::get(self.0, 4, 0x1) != 0
        }
        /// Returns the value with `U`, bit \[4\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_U(self, v: bool) -> Self {
            Self(support::put(self.0, 4, 0x1, v as u64))
        }
        /// Sets `U`, bit \[4\] to `v`.
        #[inline]
        pub fn set_U(&mut self, v: bool) {
            self.0 = support::put(self.0, 4, 0x1, v as u64);
        }
        /// `G`, bit \[5\]
        ///
        /// Global mapping.
        #[inline]
        pub const fn G(&self) -> bool {
            support::get(self.0, 5, 0x1) != 0
        }
        /// Returns the value with `G`, bit \[5\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_G(self, v: bool) -> Self {
            Self(support::put(self.0, 5, 0x1, v as u64))
        }
        /// Sets `G`, bit \[5\] to `v`.
        #[inline]
        pub fn set_G(&mut self, v: bool) {
            self.0 = support::put(self.0, 5, 0x1, v as u64);
        }
        /// `A`, bit \[6\]
        ///
        /// Accessed.
        #[inline]
        pub const fn A(&self) -> bool {
            support::get(self.0, 6, 0x1) != 0
        }
        /// Returns the value with `A`, bit \[6\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_A(self, v: bool) -> Self {
            Self(support::put(self.0, 6, 0x1, v as u64))
        }
        /// Sets `A`, bit \[6\] to `v`.
        #[inline]
        pub fn set_A(&mut self, v: bool) {
            self.0 = support::put(self.0, 6, 0x1, v as u64);
        }
        /// `D`, bit \[7\]
        ///
        /// Dirty.
        #[inline]
        pub const fn D(&self) -> bool {
            support::get(self.0, 7, 0x1) != 0
        }
        /// Returns the value with `D`, bit \[7\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_D(self, v: bool) -> Self {
            Self(support::put(self.0, 7, 0x1, v as u64))
        }
        /// Sets `D`, bit \[7\] to `v`.
        #[inline]
        pub fn set_D(&mut self, v: bool) {
            self.0 = support::put(self.0, 7, 0x1, v as u64);
        }
        /// `RSW`, bits \[9:8\]
        ///
        /// Reserved for supervisor software.
        #[inline]
        pub const fn RSW(&self) -> u8 {
            support::get(self.0, 8, 0x3) as u8
        }
        /// Returns the value with `RSW`, bits \[9:8\] set to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub const fn with_RSW(self, v: u8) -> Result<Self, FieldError> {
            match support::fit("RSW", v as u64, 0x3) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(Self(support::put(self.0, 8, 0x3, raw)))
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `RSW`, bits \[9:8\] to `v`.
        ///
        /// Fails if `v` does not fit in the field.
        #[inline]
        pub fn set_RSW(&mut self, v: u8) -> Result<(), FieldError> {
            let raw = support::fit("RSW", v as u64, 0x3)?;
            self.0 = support::put(self.0, 8, 0x3, raw);
            ::core::result::Result::Ok(())
        }
        /// `PPN`, bits \[53:10\]
        ///
        /// The page's address (a superpage's low PPN bits are zero).
        /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
        #[inline]
        pub const fn PPN(&self) -> u64 {
            support::get(self.0, 10, 0xfffffffffff) << 12
        }
        /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
            match support::fit_address("PPN", v, 12, 0xfffffffffff) {
                ::core::result::Result::Ok(raw) => {
                    ::core::result::Result::Ok(
                        Self(support::put(self.0, 10, 0xfffffffffff, raw)),
                    )
                }
                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
            }
        }
        /// Sets `PPN`, bits \[53:10\] to `v`.
        ///
        /// Fails if the address is misaligned or too wide for the field.
        #[inline]
        pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
            let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
            self.0 = support::put(self.0, 10, 0xfffffffffff, raw);
            ::core::result::Result::Ok(())
        }
        /// `PBMT`, bits \[62:61\]
        ///
        /// Page-based memory type (Svpbmt).
        #[inline]
        pub const fn PBMT(&self) -> Result<super::super::enums::Pbmt, FieldError> {
            let raw = support::get(self.0, 61, 0x3);
            match super::super::enums::Pbmt::from_bits(raw) {
                Some(v) => ::core::result::Result::Ok(v),
                None => {
                    ::core::result::Result::Err(FieldError::Reserved {
                        field: "PBMT",
                        value: raw,
                    })
                }
            }
        }
        /// The raw encoding of `PBMT`, bits \[62:61\].
        #[inline]
        pub const fn PBMT_bits(&self) -> u64 {
            support::get(self.0, 61, 0x3)
        }
        /// Returns the value with `PBMT`, bits \[62:61\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_PBMT(self, v: super::super::enums::Pbmt) -> Self {
            Self(support::put(self.0, 61, 0x3, v.bits()))
        }
        /// Sets `PBMT`, bits \[62:61\] to `v`.
        #[inline]
        pub fn set_PBMT(&mut self, v: super::super::enums::Pbmt) {
            self.0 = support::put(self.0, 61, 0x3, v.bits());
        }
        /// `N`, bit \[63\]
        ///
        /// NAPOT range (Svnapot): PPN's low bits encode a 64 KiB range.
        #[inline]
        pub const fn N(&self) -> bool {
            support::get(self.0, 63, 0x1) != 0
        }
        /// Returns the value with `N`, bit \[63\] set to `v`.
        #[inline]
        #[must_use]
        pub const fn with_N(self, v: bool) -> Self {
            Self(support::put(self.0, 63, 0x1, v as u64))
        }
        /// Sets `N`, bit \[63\] to `v`.
        #[inline]
        pub fn set_N(&mut self, v: bool) {
            self.0 = support::put(self.0, 63, 0x1, v as u64);
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
