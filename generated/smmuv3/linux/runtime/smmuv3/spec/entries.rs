// SPDX-License-Identifier: MIT OR Apache-2.0

//! In-memory structures of `smmuv3`, as arrays of little-endian 64-bit words.
use super::support::{self, FieldError, FieldInfo, Layout, UsedBits};
#[cfg(not(iommugen_test))]
/// Level 1 Stream table descriptor: locates and sizes one level-2 array of STEs.
///
/// `L1STD`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 5.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub(crate) struct L1STD(pub(crate) [u64; 1]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl L1STD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "Span",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "L2Ptr",
            lsb: 6,
            msb: 55,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        Self([0; 1])
    }
    /// Returns the value with `Span`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_Span(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Span", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 0, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `L2Ptr`, bits \[55:6\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_L2Ptr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("L2Ptr", v, 6, 0x3ffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 6, 0x3ffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for L1STD {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for L1STD {
    const WORDS: usize = 1;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for L1STD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "L1STD", Self::FIELDS, &self.0)
    }
}
/// Stream table entry: per-StreamID configuration (stages, CD table, stage 2, ATS, overrides).
///
/// `STE`: 64 bytes, 8 little-endian 64-bit words.
///
/// Architecture reference: section 5.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct STE(pub(crate) [u64; 8]);
#[allow(non_snake_case)]
impl STE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "V",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "Config",
            lsb: 1,
            msb: 3,
        },
        FieldInfo {
            name: "S1Fmt",
            lsb: 4,
            msb: 5,
        },
        FieldInfo {
            name: "S1ContextPtr",
            lsb: 6,
            msb: 55,
        },
        FieldInfo {
            name: "S1CDMax",
            lsb: 59,
            msb: 63,
        },
        FieldInfo {
            name: "S1DSS",
            lsb: 64,
            msb: 65,
        },
        FieldInfo {
            name: "S1CIR",
            lsb: 66,
            msb: 67,
        },
        FieldInfo {
            name: "S1COR",
            lsb: 68,
            msb: 69,
        },
        FieldInfo {
            name: "S1CSH",
            lsb: 70,
            msb: 71,
        },
        FieldInfo {
            name: "S2HWU59",
            lsb: 72,
            msb: 72,
        },
        FieldInfo {
            name: "S2HWU60",
            lsb: 73,
            msb: 73,
        },
        FieldInfo {
            name: "S2HWU61",
            lsb: 74,
            msb: 74,
        },
        FieldInfo {
            name: "S2HWU62",
            lsb: 75,
            msb: 75,
        },
        FieldInfo {
            name: "DRE",
            lsb: 76,
            msb: 76,
        },
        FieldInfo {
            name: "CONT",
            lsb: 77,
            msb: 80,
        },
        FieldInfo {
            name: "DCP",
            lsb: 81,
            msb: 81,
        },
        FieldInfo {
            name: "PPAR",
            lsb: 82,
            msb: 82,
        },
        FieldInfo {
            name: "MEV",
            lsb: 83,
            msb: 83,
        },
        FieldInfo {
            name: "SW_RESERVED",
            lsb: 84,
            msb: 87,
        },
        FieldInfo {
            name: "S1PIE",
            lsb: 88,
            msb: 88,
        },
        FieldInfo {
            name: "S2FWB",
            lsb: 89,
            msb: 89,
        },
        FieldInfo {
            name: "S1MPAM",
            lsb: 90,
            msb: 90,
        },
        FieldInfo {
            name: "S1STALLD",
            lsb: 91,
            msb: 91,
        },
        FieldInfo {
            name: "EATS",
            lsb: 92,
            msb: 93,
        },
        FieldInfo {
            name: "STRW",
            lsb: 94,
            msb: 95,
        },
        FieldInfo {
            name: "MemAttr",
            lsb: 96,
            msb: 99,
        },
        FieldInfo {
            name: "MTCFG",
            lsb: 100,
            msb: 100,
        },
        FieldInfo {
            name: "ALLOCCFG",
            lsb: 101,
            msb: 104,
        },
        FieldInfo {
            name: "SHCFG",
            lsb: 108,
            msb: 109,
        },
        FieldInfo {
            name: "NSCFG",
            lsb: 110,
            msb: 111,
        },
        FieldInfo {
            name: "PRIVCFG",
            lsb: 112,
            msb: 113,
        },
        FieldInfo {
            name: "INSTCFG",
            lsb: 114,
            msb: 115,
        },
        FieldInfo {
            name: "S2VMID",
            lsb: 128,
            msb: 143,
        },
        FieldInfo {
            name: "S2T0SZ",
            lsb: 160,
            msb: 165,
        },
        FieldInfo {
            name: "S2SL0",
            lsb: 166,
            msb: 167,
        },
        FieldInfo {
            name: "S2IR0",
            lsb: 168,
            msb: 169,
        },
        FieldInfo {
            name: "S2OR0",
            lsb: 170,
            msb: 171,
        },
        FieldInfo {
            name: "S2SH0",
            lsb: 172,
            msb: 173,
        },
        FieldInfo {
            name: "S2TG",
            lsb: 174,
            msb: 175,
        },
        FieldInfo {
            name: "S2PS",
            lsb: 176,
            msb: 178,
        },
        FieldInfo {
            name: "S2AA64",
            lsb: 179,
            msb: 179,
        },
        FieldInfo {
            name: "S2ENDI",
            lsb: 180,
            msb: 180,
        },
        FieldInfo {
            name: "S2AFFD",
            lsb: 181,
            msb: 181,
        },
        FieldInfo {
            name: "S2PTW",
            lsb: 182,
            msb: 182,
        },
        FieldInfo {
            name: "S2HD",
            lsb: 183,
            msb: 183,
        },
        FieldInfo {
            name: "S2HA",
            lsb: 184,
            msb: 184,
        },
        FieldInfo {
            name: "S2S",
            lsb: 185,
            msb: 185,
        },
        FieldInfo {
            name: "S2R",
            lsb: 186,
            msb: 186,
        },
        FieldInfo {
            name: "S2HAFT",
            lsb: 187,
            msb: 187,
        },
        FieldInfo {
            name: "S2PIE",
            lsb: 188,
            msb: 188,
        },
        FieldInfo {
            name: "S2POE",
            lsb: 189,
            msb: 189,
        },
        FieldInfo {
            name: "DPT_VMATCH",
            lsb: 190,
            msb: 191,
        },
        FieldInfo {
            name: "S2NSW",
            lsb: 192,
            msb: 192,
        },
        FieldInfo {
            name: "S2NSA",
            lsb: 193,
            msb: 193,
        },
        FieldInfo {
            name: "S2SL0_2",
            lsb: 194,
            msb: 194,
        },
        FieldInfo {
            name: "S2DS",
            lsb: 195,
            msb: 195,
        },
        FieldInfo {
            name: "S2TTB",
            lsb: 196,
            msb: 247,
        },
        FieldInfo {
            name: "S2SKL",
            lsb: 253,
            msb: 254,
        },
        FieldInfo {
            name: "PARTID",
            lsb: 272,
            msb: 287,
        },
        FieldInfo {
            name: "S_S2T0SZ",
            lsb: 288,
            msb: 293,
        },
        FieldInfo {
            name: "S_S2SL0",
            lsb: 294,
            msb: 295,
        },
        FieldInfo {
            name: "S_S2TG",
            lsb: 302,
            msb: 303,
        },
        FieldInfo {
            name: "MECID",
            lsb: 304,
            msb: 319,
        },
        FieldInfo {
            name: "PMG",
            lsb: 320,
            msb: 327,
        },
        FieldInfo {
            name: "MPAM_NS",
            lsb: 328,
            msb: 328,
        },
        FieldInfo {
            name: "AssuredOnly",
            lsb: 329,
            msb: 329,
        },
        FieldInfo {
            name: "TL0",
            lsb: 330,
            msb: 330,
        },
        FieldInfo {
            name: "TL1",
            lsb: 331,
            msb: 331,
        },
        FieldInfo {
            name: "VMSPtr",
            lsb: 332,
            msb: 375,
        },
        FieldInfo {
            name: "S2SW",
            lsb: 384,
            msb: 384,
        },
        FieldInfo {
            name: "S2SA",
            lsb: 385,
            msb: 385,
        },
        FieldInfo {
            name: "S_S2SL0_2",
            lsb: 386,
            msb: 386,
        },
        FieldInfo {
            name: "S_S2TTB",
            lsb: 388,
            msb: 439,
        },
        FieldInfo {
            name: "S_S2SKL",
            lsb: 445,
            msb: 446,
        },
        FieldInfo {
            name: "S2POI",
            lsb: 448,
            msb: 511,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        Self([0; 8])
    }
    /// Returns the value with `V`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_V(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 0, 0x1, v as u64);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// `Config`, bits \[3:1\]
    ///
    /// Which translation stages apply to the stream.
    #[inline]
    pub(crate) const fn Config(&self) -> Result<super::enums::StreamConfig, FieldError> {
        let raw = support::get(self.0[0], 1, 0x7);
        match super::enums::StreamConfig::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "Config",
                value: raw,
            }),
        }
    }
    /// Returns the value with `Config`, bits \[3:1\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_Config(self, v: super::enums::StreamConfig) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 1, 0x7, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `S1Fmt`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_S1Fmt(self, v: super::enums::STE_S1Fmt) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 4, 0x3, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `S1ContextPtr`, bits \[55:6\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_S1ContextPtr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("S1ContextPtr", v, 6, 0x3ffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 6, 0x3ffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `S1CDMax`, bits \[63:59\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_S1CDMax(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S1CDMax", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 59, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    #[cfg(not(iommugen_test))]
    /// `S1DSS`, bits \[65:64\]
    ///
    /// What a transaction without a SubstreamID does when substreams are enabled.
    #[inline]
    pub(crate) const fn S1DSS(&self) -> Result<super::enums::STE_S1DSS, FieldError> {
        let raw = support::get(self.0[1], 0, 0x3);
        match super::enums::STE_S1DSS::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S1DSS",
                value: raw,
            }),
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `S1DSS`, bits \[65:64\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_S1DSS(self, v: super::enums::STE_S1DSS) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `S1CIR`, bits \[67:66\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_S1CIR(self, v: super::enums::CdFetchCacheability) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 2, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `S1COR`, bits \[69:68\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_S1COR(self, v: super::enums::CdFetchCacheability) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 4, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `S1CSH`, bits \[71:70\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_S1CSH(self, v: super::enums::CfgShareability) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 6, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `STRW`, bits \[95:94\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_STRW(self, v: super::enums::SteStrw) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 30, 0x3, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `SHCFG`, bits \[109:108\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_SHCFG(self, v: super::enums::SteShCfg) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0x3, v.bits());
            Self(words)
        }
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub(crate) const fn used_bits(&self) -> Self {
        let mut used = [0u64; 8];
        used[0] |= 0x1;
        if support::get(self.0[0], 0, 0x1) != 0 {
            used[0] |= 0xe;
            used[1] |= 0x1e000;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && matches!(support::get(self.0[0], 1, 0x7), 0x4..=0x7)
        {
            used[1] |= 0xf01ff000c0000;
            used[4] |= 0xffff0000ffff0000;
            used[5] |= 0x1ff;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && matches!(support::get(self.0[0], 1, 0x7), 0x5 | 0x7)
        {
            used[0] |= 0xf8fffffffffffff0;
            used[1] |= 0xcd0000ff;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && matches!(support::get(self.0[0], 1, 0x7), 0x5..=0x7)
        {
            used[1] |= 0x30021000;
            used[2] |= 0xffff;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && matches!(support::get(self.0[0], 1, 0x7), 0x4 | 0x6..=0x7)
        {
            used[1] |= 0xf00000000000;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && support::get(self.0[0], 1, 0x7) == 0x5
            && support::get(self.0[1], 0, 0x3) == 0x1
        {
            used[1] |= 0xf00000000000;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && matches!(support::get(self.0[0], 1, 0x7), 0x6..=0x7)
        {
            used[1] |= 0x2000f00;
            used[2] |= 0x3fffffff00000000;
            used[3] |= 0x60ffffffffffffff;
            used[4] |= 0xc0ff00000000;
            used[5] |= 0xe00;
            used[6] |= 0x60fffffffffffff7;
            used[7] |= 0xffffffffffffffff;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && support::get(self.0[0], 1, 0x7) == 0x5
            && support::get(self.0[1], 28, 0x3) != 0x0
        {
            used[2] |= 0x200000000000000;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && matches!(support::get(self.0[0], 1, 0x7), 0x5..=0x7)
            && support::get(self.0[1], 28, 0x3) == 0x3
        {
            used[2] |= 0xc000000000000000;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && support::get(self.0[0], 1, 0x7) == 0x7
            && support::get(self.0[1], 26, 0x1) != 0
        {
            used[5] |= 0xfffffffffff000;
        }
        Self(used)
    }
    /// The bits that may change in any order between `self` and `target` (the spec's
    /// `update_safe` rules): the hardware may see them take their new values before or after
    /// the rest of the update without harm, so a hitless writer need not order them. A rule
    /// with a condition applies when the condition holds for both values.
    ///
    /// Update-safe fields of `STE`: `MEV`, `EATS`.
    ///
    /// Architecture reference: section 5.2.
    pub(crate) const fn update_safe(&self, target: &Self) -> Self {
        let mut safe = [0u64; 8];
        safe[1] |= 0x80000;
        if (matches!(support::get(self.0[1], 28, 0x3), 0x0..=0x1)
            && support::get(self.0[2], 57, 0x1) == 0)
            && (matches!(support::get(target.0[1], 28, 0x3), 0x0..=0x1)
                && support::get(target.0[2], 57, 0x1) == 0)
        {
            safe[1] |= 0x30000000;
        }
        Self(safe)
    }
}
impl Default for STE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for STE {
    const WORDS: usize = 8;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for STE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "STE", Self::FIELDS, &self.0)
    }
}
impl UsedBits for STE {
    #[inline]
    fn used_bits(&self) -> Self {
        STE::used_bits(self)
    }
    #[inline]
    fn update_safe(&self, target: &Self) -> Self {
        STE::update_safe(self, target)
    }
}
#[cfg(not(iommugen_test))]
/// Level 1 CD table descriptor: locates one level-2 table of CDs.
///
/// `L1CD`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 5.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub(crate) struct L1CD(pub(crate) [u64; 1]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl L1CD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "V",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "L2Ptr",
            lsb: 12,
            msb: 55,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        Self([0; 1])
    }
    /// Returns the value with `V`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_V(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `L2Ptr`, bits \[55:12\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_L2Ptr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("L2Ptr", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for L1CD {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for L1CD {
    const WORDS: usize = 1;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for L1CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "L1CD", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Context descriptor: stage 1 translation configuration for one (Sub)stream.
///
/// `CD`: 64 bytes, 8 little-endian 64-bit words.
///
/// Architecture reference: section 5.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub(crate) struct CD(pub(crate) [u64; 8]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "T0SZ",
            lsb: 0,
            msb: 5,
        },
        FieldInfo {
            name: "TG0",
            lsb: 6,
            msb: 7,
        },
        FieldInfo {
            name: "IR0",
            lsb: 8,
            msb: 9,
        },
        FieldInfo {
            name: "OR0",
            lsb: 10,
            msb: 11,
        },
        FieldInfo {
            name: "SH0",
            lsb: 12,
            msb: 13,
        },
        FieldInfo {
            name: "EPD0",
            lsb: 14,
            msb: 14,
        },
        FieldInfo {
            name: "ENDI",
            lsb: 15,
            msb: 15,
        },
        FieldInfo {
            name: "T1SZ",
            lsb: 16,
            msb: 21,
        },
        FieldInfo {
            name: "TG1",
            lsb: 22,
            msb: 23,
        },
        FieldInfo {
            name: "IR1",
            lsb: 24,
            msb: 25,
        },
        FieldInfo {
            name: "OR1",
            lsb: 26,
            msb: 27,
        },
        FieldInfo {
            name: "SH1",
            lsb: 28,
            msb: 29,
        },
        FieldInfo {
            name: "EPD1",
            lsb: 30,
            msb: 30,
        },
        FieldInfo {
            name: "V",
            lsb: 31,
            msb: 31,
        },
        FieldInfo {
            name: "IPS",
            lsb: 32,
            msb: 34,
        },
        FieldInfo {
            name: "AFFD",
            lsb: 35,
            msb: 35,
        },
        FieldInfo {
            name: "WXN",
            lsb: 36,
            msb: 36,
        },
        FieldInfo {
            name: "UWXN",
            lsb: 37,
            msb: 37,
        },
        FieldInfo {
            name: "TBI0",
            lsb: 38,
            msb: 38,
        },
        FieldInfo {
            name: "TBI1",
            lsb: 39,
            msb: 39,
        },
        FieldInfo {
            name: "PAN",
            lsb: 40,
            msb: 40,
        },
        FieldInfo {
            name: "AA64",
            lsb: 41,
            msb: 41,
        },
        FieldInfo {
            name: "HD",
            lsb: 42,
            msb: 42,
        },
        FieldInfo {
            name: "HA",
            lsb: 43,
            msb: 43,
        },
        FieldInfo {
            name: "S",
            lsb: 44,
            msb: 44,
        },
        FieldInfo {
            name: "R",
            lsb: 45,
            msb: 45,
        },
        FieldInfo {
            name: "A",
            lsb: 46,
            msb: 46,
        },
        FieldInfo {
            name: "ASET",
            lsb: 47,
            msb: 47,
        },
        FieldInfo {
            name: "ASID",
            lsb: 48,
            msb: 63,
        },
        FieldInfo {
            name: "NSCFG0",
            lsb: 64,
            msb: 64,
        },
        FieldInfo {
            name: "HAD0",
            lsb: 65,
            msb: 65,
        },
        FieldInfo {
            name: "E0PD0",
            lsb: 66,
            msb: 66,
        },
        FieldInfo {
            name: "HAFT",
            lsb: 67,
            msb: 67,
        },
        FieldInfo {
            name: "TTB0",
            lsb: 68,
            msb: 119,
        },
        FieldInfo {
            name: "PnCH",
            lsb: 122,
            msb: 122,
        },
        FieldInfo {
            name: "EPAN",
            lsb: 123,
            msb: 123,
        },
        FieldInfo {
            name: "HWU059",
            lsb: 124,
            msb: 124,
        },
        FieldInfo {
            name: "HWU060",
            lsb: 125,
            msb: 125,
        },
        FieldInfo {
            name: "HWU061",
            lsb: 126,
            msb: 126,
        },
        FieldInfo {
            name: "HWU062",
            lsb: 127,
            msb: 127,
        },
        FieldInfo {
            name: "NSCFG1",
            lsb: 128,
            msb: 128,
        },
        FieldInfo {
            name: "HAD1",
            lsb: 129,
            msb: 129,
        },
        FieldInfo {
            name: "E0PD1",
            lsb: 130,
            msb: 130,
        },
        FieldInfo {
            name: "AIE",
            lsb: 131,
            msb: 131,
        },
        FieldInfo {
            name: "TTB1",
            lsb: 132,
            msb: 183,
        },
        FieldInfo {
            name: "DS",
            lsb: 186,
            msb: 186,
        },
        FieldInfo {
            name: "PIE",
            lsb: 187,
            msb: 187,
        },
        FieldInfo {
            name: "HWU159",
            lsb: 188,
            msb: 188,
        },
        FieldInfo {
            name: "HWU160",
            lsb: 189,
            msb: 189,
        },
        FieldInfo {
            name: "HWU161",
            lsb: 190,
            msb: 190,
        },
        FieldInfo {
            name: "HWU162",
            lsb: 191,
            msb: 191,
        },
        FieldInfo {
            name: "MAIR0",
            lsb: 192,
            msb: 223,
        },
        FieldInfo {
            name: "MAIR1",
            lsb: 224,
            msb: 255,
        },
        FieldInfo {
            name: "AMAIR0",
            lsb: 256,
            msb: 287,
        },
        FieldInfo {
            name: "AMAIR1",
            lsb: 288,
            msb: 319,
        },
        FieldInfo {
            name: "PARTID",
            lsb: 352,
            msb: 367,
        },
        FieldInfo {
            name: "PMG",
            lsb: 368,
            msb: 375,
        },
        FieldInfo {
            name: "PIIU",
            lsb: 384,
            msb: 431,
        },
        FieldInfo {
            name: "PIIP",
            lsb: 448,
            msb: 495,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        Self([0; 8])
    }
    /// Returns the value with `T0SZ`, bits \[5:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_T0SZ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("T0SZ", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 0, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `TG0`, bits \[7:6\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_TG0(self, v: super::enums::Tg0Granule) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 6, 0x3, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `IR0`, bits \[9:8\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_IR0(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `OR0`, bits \[11:10\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_OR0(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `SH0`, bits \[13:12\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_SH0(self, v: super::enums::CfgShareability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x3, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `EPD1`, bit \[30\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_EPD1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 30, 0x1, v as u64);
            Self(words)
        }
    }
    /// `V`, bit \[31\]
    ///
    /// Valid; when 0 the rest of the CD is IGNORED and use of it raises C_BAD_CD.
    #[inline]
    pub(crate) const fn V(&self) -> bool {
        support::get(self.0[0], 31, 0x1) != 0
    }
    /// Returns the value with `V`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_V(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `IPS`, bits \[34:32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_IPS(self, v: super::enums::PhysAddrSize) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x7, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `AA64`, bit \[41\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_AA64(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 41, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `HD`, bit \[42\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_HD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 42, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `HA`, bit \[43\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_HA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 43, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `R`, bit \[45\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_R(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 45, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `A`, bit \[46\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_A(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 46, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `ASET`, bit \[47\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_ASET(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 47, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `ASID`, bits \[63:48\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_ASID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `TTB0`, bits \[119:68\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_TTB0(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("TTB0", v, 4, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 4, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `MAIR0`, bits \[223:192\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_MAIR0(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub(crate) const fn used_bits(&self) -> Self {
        let mut used = [0u64; 8];
        used[0] |= 0x80000000;
        if support::get(self.0[0], 31, 0x1) != 0 {
            used[0] |= 0xffffffffffffc000;
            used[1] |= 0xc0000000000000c;
            used[2] |= 0xfcffffffffffffff;
            used[3] |= 0xffffffffffffffff;
            used[4] |= 0xffffffffffffffff;
            used[5] |= 0xffffff00000000;
            used[6] |= 0xffffffffffff;
            used[7] |= 0xffffffffffff;
        }
        if support::get(self.0[0], 31, 0x1) != 0 && support::get(self.0[0], 14, 0x1) == 0 {
            used[0] |= 0x3fff;
            used[1] |= 0xf0fffffffffffff3;
        }
        Self(used)
    }
    /// The bits that may change in any order between `self` and `target` (the spec's
    /// `update_safe` rules): the hardware may see them take their new values before or after
    /// the rest of the update without harm, so a hitless writer need not order them. A rule
    /// with a condition applies when the condition holds for both values.
    ///
    /// No field of `CD` is update-safe: this is always zero.
    ///
    /// Architecture reference: section 5.4.
    pub(crate) const fn update_safe(&self, target: &Self) -> Self {
        let _ = target;
        let safe = [0u64; 8];
        Self(safe)
    }
}
#[cfg(not(iommugen_test))]
impl Default for CD {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for CD {
    const WORDS: usize = 8;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CD", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
impl UsedBits for CD {
    #[inline]
    fn used_bits(&self) -> Self {
        CD::used_bits(self)
    }
    #[inline]
    fn update_safe(&self, target: &Self) -> Self {
        CD::update_safe(self, target)
    }
}
