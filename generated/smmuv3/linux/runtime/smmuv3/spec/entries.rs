// SPDX-License-Identifier: MIT OR Apache-2.0

//! In-memory structures of `smmuv3`, as arrays of little-endian 64-bit words.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Level 1 Stream table descriptor: locates and sizes one level-2 array of STEs.
///
/// `L1STD`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 5.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct L1STD(pub [u64; 1]);
#[allow(non_snake_case)]
impl L1STD {
    /// Number of 64-bit words.
    pub const WORDS: usize = 1;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        Self([0; 1])
    }
    /// `Span`, bits \[4:0\]
    ///
    /// Level-2 array size: 0 = invalid, 1..11 = 2^(Span - 1) STEs; 12..31 behave as 0.
    #[inline]
    pub const fn Span(&self) -> u8 {
        support::get(self.0[0], 0, 0x1f) as u8
    }
    /// Returns the value with `Span`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_Span(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Span", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 0, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Span`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_Span(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Span", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `L2Ptr`, bits \[55:6\]
    ///
    /// Level-2 array base; the SMMU aligns it to the array size (bits \[5 + Span - 1:0\] zero).
    /// The address, with bits \[5:0\] zero.
    #[inline]
    pub const fn L2Ptr(&self) -> u64 {
        support::get(self.0[0], 6, 0x3ffffffffffff) << 6
    }
    /// Returns the value with `L2Ptr`, bits \[55:6\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_L2Ptr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("L2Ptr", v, 6, 0x3ffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 6, 0x3ffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `L2Ptr`, bits \[55:6\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_L2Ptr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("L2Ptr", v, 6, 0x3ffffffffffff)?;
        self.0[0] = support::put(self.0[0], 6, 0x3ffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
impl Default for L1STD {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for L1STD {
    const NAME: &'static str = "L1STD";
    const WORDS: usize = 1;
    const FIELDS: &'static [FieldInfo] = L1STD::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
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
pub struct STE(pub [u64; 8]);
#[allow(non_snake_case)]
impl STE {
    /// Number of 64-bit words.
    pub const WORDS: usize = 8;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        Self([0; 8])
    }
    /// `V`, bit \[0\]
    ///
    /// Valid; when 0 every other field is IGNORED and traffic is aborted (C_BAD_STE).
    #[inline]
    pub const fn V(&self) -> bool {
        support::get(self.0[0], 0, 0x1) != 0
    }
    /// Returns the value with `V`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_V(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `V`, bit \[0\] to `v`.
    #[inline]
    pub fn set_V(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 0, 0x1, v as u64);
    }
    /// `Config`, bits \[3:1\]
    ///
    /// Which translation stages apply to the stream.
    #[inline]
    pub const fn Config(&self) -> Result<super::enums::StreamConfig, FieldError> {
        let raw = support::get(self.0[0], 1, 0x7);
        match super::enums::StreamConfig::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "Config",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `Config`, bits \[3:1\].
    #[inline]
    pub const fn Config_bits(&self) -> u64 {
        support::get(self.0[0], 1, 0x7)
    }
    /// Returns the value with `Config`, bits \[3:1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Config(self, v: super::enums::StreamConfig) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 1, 0x7, v.bits());
            Self(words)
        }
    }
    /// Sets `Config`, bits \[3:1\] to `v`.
    #[inline]
    pub fn set_Config(&mut self, v: super::enums::StreamConfig) {
        self.0[0] = support::put(self.0[0], 1, 0x7, v.bits());
    }
    /// `S1Fmt`, bits \[5:4\]
    ///
    /// Layout of the CD table at S1ContextPtr (IGNORED when S1CDMax == 0).
    #[inline]
    pub const fn S1Fmt(&self) -> Result<super::enums::STE_S1Fmt, FieldError> {
        let raw = support::get(self.0[0], 4, 0x3);
        match super::enums::STE_S1Fmt::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S1Fmt",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S1Fmt`, bits \[5:4\].
    #[inline]
    pub const fn S1Fmt_bits(&self) -> u64 {
        support::get(self.0[0], 4, 0x3)
    }
    /// Returns the value with `S1Fmt`, bits \[5:4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1Fmt(self, v: super::enums::STE_S1Fmt) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 4, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S1Fmt`, bits \[5:4\] to `v`.
    #[inline]
    pub fn set_S1Fmt(&mut self, v: super::enums::STE_S1Fmt) {
        self.0[0] = support::put(self.0[0], 4, 0x3, v.bits());
    }
    /// `S1ContextPtr`, bits \[55:6\]
    ///
    /// CD, CD table or L1CD table base; an IPA when stage 2 translates.
    /// The address, with bits \[5:0\] zero.
    #[inline]
    pub const fn S1ContextPtr(&self) -> u64 {
        support::get(self.0[0], 6, 0x3ffffffffffff) << 6
    }
    /// Returns the value with `S1ContextPtr`, bits \[55:6\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_S1ContextPtr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("S1ContextPtr", v, 6, 0x3ffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 6, 0x3ffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S1ContextPtr`, bits \[55:6\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_S1ContextPtr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("S1ContextPtr", v, 6, 0x3ffffffffffff)?;
        self.0[0] = support::put(self.0[0], 6, 0x3ffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `S1CDMax`, bits \[63:59\]
    ///
    /// The CD table has 2^S1CDMax entries; 0 means one CD and substreams disabled.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn S1CDMax(&self) -> u8 {
        support::get(self.0[0], 59, 0x1f) as u8
    }
    /// Returns the value with `S1CDMax`, bits \[63:59\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S1CDMax(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S1CDMax", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 59, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S1CDMax`, bits \[63:59\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S1CDMax(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S1CDMax", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 59, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `S1DSS`, bits \[65:64\]
    ///
    /// What a transaction without a SubstreamID does when substreams are enabled.
    #[inline]
    pub const fn S1DSS(&self) -> Result<super::enums::STE_S1DSS, FieldError> {
        let raw = support::get(self.0[1], 0, 0x3);
        match super::enums::STE_S1DSS::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S1DSS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S1DSS`, bits \[65:64\].
    #[inline]
    pub const fn S1DSS_bits(&self) -> u64 {
        support::get(self.0[1], 0, 0x3)
    }
    /// Returns the value with `S1DSS`, bits \[65:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1DSS(self, v: super::enums::STE_S1DSS) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S1DSS`, bits \[65:64\] to `v`.
    #[inline]
    pub fn set_S1DSS(&mut self, v: super::enums::STE_S1DSS) {
        self.0[1] = support::put(self.0[1], 0, 0x3, v.bits());
    }
    /// `S1CIR`, bits \[67:66\]
    ///
    /// Inner cacheability of CD and L1CD fetches.
    #[inline]
    pub const fn S1CIR(&self) -> Result<super::enums::CdFetchCacheability, FieldError> {
        let raw = support::get(self.0[1], 2, 0x3);
        match super::enums::CdFetchCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S1CIR",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S1CIR`, bits \[67:66\].
    #[inline]
    pub const fn S1CIR_bits(&self) -> u64 {
        support::get(self.0[1], 2, 0x3)
    }
    /// Returns the value with `S1CIR`, bits \[67:66\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1CIR(self, v: super::enums::CdFetchCacheability) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 2, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S1CIR`, bits \[67:66\] to `v`.
    #[inline]
    pub fn set_S1CIR(&mut self, v: super::enums::CdFetchCacheability) {
        self.0[1] = support::put(self.0[1], 2, 0x3, v.bits());
    }
    /// `S1COR`, bits \[69:68\]
    ///
    /// Outer cacheability of CD and L1CD fetches.
    #[inline]
    pub const fn S1COR(&self) -> Result<super::enums::CdFetchCacheability, FieldError> {
        let raw = support::get(self.0[1], 4, 0x3);
        match super::enums::CdFetchCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S1COR",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S1COR`, bits \[69:68\].
    #[inline]
    pub const fn S1COR_bits(&self) -> u64 {
        support::get(self.0[1], 4, 0x3)
    }
    /// Returns the value with `S1COR`, bits \[69:68\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1COR(self, v: super::enums::CdFetchCacheability) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 4, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S1COR`, bits \[69:68\] to `v`.
    #[inline]
    pub fn set_S1COR(&mut self, v: super::enums::CdFetchCacheability) {
        self.0[1] = support::put(self.0[1], 4, 0x3, v.bits());
    }
    /// `S1CSH`, bits \[71:70\]
    ///
    /// Shareability of CD and L1CD fetches.
    #[inline]
    pub const fn S1CSH(&self) -> Result<super::enums::CfgShareability, FieldError> {
        let raw = support::get(self.0[1], 6, 0x3);
        match super::enums::CfgShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S1CSH",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S1CSH`, bits \[71:70\].
    #[inline]
    pub const fn S1CSH_bits(&self) -> u64 {
        support::get(self.0[1], 6, 0x3)
    }
    /// Returns the value with `S1CSH`, bits \[71:70\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1CSH(self, v: super::enums::CfgShareability) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 6, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S1CSH`, bits \[71:70\] to `v`.
    #[inline]
    pub fn set_S1CSH(&mut self, v: super::enums::CfgShareability) {
        self.0[1] = support::put(self.0[1], 6, 0x3, v.bits());
    }
    /// `S2HWU59`, bit \[72\]
    ///
    /// Stage 2 descriptor bit 59 has IMPLEMENTATION DEFINED hardware use (PBHA).
    #[inline]
    pub const fn S2HWU59(&self) -> bool {
        support::get(self.0[1], 8, 0x1) != 0
    }
    /// Returns the value with `S2HWU59`, bit \[72\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HWU59(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HWU59`, bit \[72\] to `v`.
    #[inline]
    pub fn set_S2HWU59(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 8, 0x1, v as u64);
    }
    /// `S2HWU60`, bit \[73\]
    ///
    /// Stage 2 descriptor bit 60 has IMPLEMENTATION DEFINED hardware use (PBHA).
    #[inline]
    pub const fn S2HWU60(&self) -> bool {
        support::get(self.0[1], 9, 0x1) != 0
    }
    /// Returns the value with `S2HWU60`, bit \[73\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HWU60(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 9, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HWU60`, bit \[73\] to `v`.
    #[inline]
    pub fn set_S2HWU60(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 9, 0x1, v as u64);
    }
    /// `S2HWU61`, bit \[74\]
    ///
    /// Stage 2 descriptor bit 61 has IMPLEMENTATION DEFINED hardware use (PBHA).
    #[inline]
    pub const fn S2HWU61(&self) -> bool {
        support::get(self.0[1], 10, 0x1) != 0
    }
    /// Returns the value with `S2HWU61`, bit \[74\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HWU61(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HWU61`, bit \[74\] to `v`.
    #[inline]
    pub fn set_S2HWU61(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 10, 0x1, v as u64);
    }
    /// `S2HWU62`, bit \[75\]
    ///
    /// Stage 2 descriptor bit 62 has IMPLEMENTATION DEFINED hardware use (PBHA).
    #[inline]
    pub const fn S2HWU62(&self) -> bool {
        support::get(self.0[1], 11, 0x1) != 0
    }
    /// Returns the value with `S2HWU62`, bit \[75\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HWU62(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HWU62`, bit \[75\] to `v`.
    #[inline]
    pub fn set_S2HWU62(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 11, 0x1, v as u64);
    }
    /// `DRE`, bit \[76\]
    ///
    /// Destructive Read Enable: permit read-invalidate and Invalidate CMOs from the device.
    #[inline]
    pub const fn DRE(&self) -> bool {
        support::get(self.0[1], 12, 0x1) != 0
    }
    /// Returns the value with `DRE`, bit \[76\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DRE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 12, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DRE`, bit \[76\] to `v`.
    #[inline]
    pub fn set_DRE(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 12, 0x1, v as u64);
    }
    /// `CONT`, bits \[80:77\]
    ///
    /// Contiguous hint: this STE is identical to all STEs of an aligned 2^CONT span.
    /// The base-2 logarithm of the size.
    #[inline]
    pub const fn CONT(&self) -> u8 {
        support::get(self.0[1], 13, 0xf) as u8
    }
    /// Returns the value with `CONT`, bits \[80:77\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_CONT(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("CONT", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 13, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `CONT`, bits \[80:77\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_CONT(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("CONT", v as u64, 0xf)?;
        self.0[1] = support::put(self.0[1], 13, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `DCP`, bit \[81\]
    ///
    /// Directed Cache Prefetch: permit cache-stashing hint transactions.
    #[inline]
    pub const fn DCP(&self) -> bool {
        support::get(self.0[1], 17, 0x1) != 0
    }
    /// Returns the value with `DCP`, bit \[81\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DCP(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 17, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DCP`, bit \[81\] to `v`.
    #[inline]
    pub fn set_DCP(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 17, 0x1, v as u64);
    }
    /// `PPAR`, bit \[82\]
    ///
    /// PRI auto-responses on PRI queue overflow may carry a PASID prefix.
    #[inline]
    pub const fn PPAR(&self) -> bool {
        support::get(self.0[1], 18, 0x1) != 0
    }
    /// Returns the value with `PPAR`, bit \[82\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PPAR(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 18, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PPAR`, bit \[82\] to `v`.
    #[inline]
    pub fn set_PPAR(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 18, 0x1, v as u64);
    }
    /// `MEV`, bit \[83\]
    ///
    /// Merge Events: permit similar fault records of this stream to be coalesced.
    #[inline]
    pub const fn MEV(&self) -> bool {
        support::get(self.0[1], 19, 0x1) != 0
    }
    /// Returns the value with `MEV`, bit \[83\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MEV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 19, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `MEV`, bit \[83\] to `v`.
    #[inline]
    pub fn set_MEV(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 19, 0x1, v as u64);
    }
    /// `SW_RESERVED`, bits \[87:84\]
    ///
    /// Reserved for software; IGNORED by the SMMU.
    #[inline]
    pub const fn SW_RESERVED(&self) -> u8 {
        support::get(self.0[1], 20, 0xf) as u8
    }
    /// Returns the value with `SW_RESERVED`, bits \[87:84\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SW_RESERVED(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("SW_RESERVED", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 20, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SW_RESERVED`, bits \[87:84\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SW_RESERVED(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SW_RESERVED", v as u64, 0xf)?;
        self.0[1] = support::put(self.0[1], 20, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `S1PIE`, bit \[88\]
    ///
    /// CDs reached through this STE may enable stage 1 permission indirection (CD.PIE).
    #[inline]
    pub const fn S1PIE(&self) -> bool {
        support::get(self.0[1], 24, 0x1) != 0
    }
    /// Returns the value with `S1PIE`, bit \[88\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1PIE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 24, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S1PIE`, bit \[88\] to `v`.
    #[inline]
    pub fn set_S1PIE(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 24, 0x1, v as u64);
    }
    /// `S2FWB`, bit \[89\]
    ///
    /// Stage 2 forced write-back (as HCR_EL2.FWB): stage 2 MemAttr can override stage 1.
    #[inline]
    pub const fn S2FWB(&self) -> bool {
        support::get(self.0[1], 25, 0x1) != 0
    }
    /// Returns the value with `S2FWB`, bit \[89\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2FWB(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 25, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2FWB`, bit \[89\] to `v`.
    #[inline]
    pub fn set_S2FWB(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 25, 0x1, v as u64);
    }
    /// `S1MPAM`, bit \[90\]
    ///
    /// MPAM PARTID/PMG for client traffic come from the CD (and VMS) rather than the STE.
    #[inline]
    pub const fn S1MPAM(&self) -> bool {
        support::get(self.0[1], 26, 0x1) != 0
    }
    /// Returns the value with `S1MPAM`, bit \[90\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1MPAM(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 26, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S1MPAM`, bit \[90\] to `v`.
    #[inline]
    pub fn set_S1MPAM(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 26, 0x1, v as u64);
    }
    /// `S1STALLD`, bit \[91\]
    ///
    /// Stage 1 Stall Disable: CDs may not select the stall fault model.
    #[inline]
    pub const fn S1STALLD(&self) -> bool {
        support::get(self.0[1], 27, 0x1) != 0
    }
    /// Returns the value with `S1STALLD`, bit \[91\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S1STALLD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 27, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S1STALLD`, bit \[91\] to `v`.
    #[inline]
    pub fn set_S1STALLD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 27, 0x1, v as u64);
    }
    /// `EATS`, bits \[93:92\]
    ///
    /// Enable PCIe ATS translation requests and (with CR0.ATSCHK) Translated traffic.
    #[inline]
    pub const fn EATS(&self) -> Result<super::enums::SteEats, FieldError> {
        let raw = support::get(self.0[1], 28, 0x3);
        match super::enums::SteEats::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "EATS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `EATS`, bits \[93:92\].
    #[inline]
    pub const fn EATS_bits(&self) -> u64 {
        support::get(self.0[1], 28, 0x3)
    }
    /// Returns the value with `EATS`, bits \[93:92\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EATS(self, v: super::enums::SteEats) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 28, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `EATS`, bits \[93:92\] to `v`.
    #[inline]
    pub fn set_EATS(&mut self, v: super::enums::SteEats) {
        self.0[1] = support::put(self.0[1], 28, 0x3, v.bits());
    }
    /// `STRW`, bits \[95:94\]
    ///
    /// StreamWorld (translation regime) for stage-1-only streams.
    #[inline]
    pub const fn STRW(&self) -> Result<super::enums::SteStrw, FieldError> {
        let raw = support::get(self.0[1], 30, 0x3);
        match super::enums::SteStrw::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "STRW",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `STRW`, bits \[95:94\].
    #[inline]
    pub const fn STRW_bits(&self) -> u64 {
        support::get(self.0[1], 30, 0x3)
    }
    /// Returns the value with `STRW`, bits \[95:94\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STRW(self, v: super::enums::SteStrw) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 30, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `STRW`, bits \[95:94\] to `v`.
    #[inline]
    pub fn set_STRW(&mut self, v: super::enums::SteStrw) {
        self.0[1] = support::put(self.0[1], 30, 0x3, v.bits());
    }
    /// `MemAttr`, bits \[99:96\]
    ///
    /// Memory type override (stage 2 MemAttr\[3:0\] encoding), applied when MTCFG == Override.
    #[inline]
    pub const fn MemAttr(&self) -> u8 {
        support::get(self.0[1], 32, 0xf) as u8
    }
    /// Returns the value with `MemAttr`, bits \[99:96\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_MemAttr(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("MemAttr", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 32, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `MemAttr`, bits \[99:96\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_MemAttr(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("MemAttr", v as u64, 0xf)?;
        self.0[1] = support::put(self.0[1], 32, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `MTCFG`, bit \[100\]
    ///
    /// Memory type configuration: keep the incoming type or replace it with MemAttr.
    #[inline]
    pub const fn MTCFG(&self) -> Result<super::enums::SteMtCfg, FieldError> {
        let raw = support::get(self.0[1], 36, 0x1);
        match super::enums::SteMtCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "MTCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `MTCFG`, bit \[100\].
    #[inline]
    pub const fn MTCFG_bits(&self) -> u64 {
        support::get(self.0[1], 36, 0x1)
    }
    /// Returns the value with `MTCFG`, bit \[100\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MTCFG(self, v: super::enums::SteMtCfg) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 36, 0x1, v.bits());
            Self(words)
        }
    }
    /// Sets `MTCFG`, bit \[100\] to `v`.
    #[inline]
    pub fn set_MTCFG(&mut self, v: super::enums::SteMtCfg) {
        self.0[1] = support::put(self.0[1], 36, 0x1, v.bits());
    }
    /// `ALLOCCFG`, bits \[104:101\]
    ///
    /// Allocation hints override: 0b0xxx use incoming; 0b1RWT force Read/Write-Allocate/Transient.
    #[inline]
    pub const fn ALLOCCFG(&self) -> u8 {
        support::get(self.0[1], 37, 0xf) as u8
    }
    /// Returns the value with `ALLOCCFG`, bits \[104:101\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_ALLOCCFG(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("ALLOCCFG", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 37, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ALLOCCFG`, bits \[104:101\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_ALLOCCFG(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("ALLOCCFG", v as u64, 0xf)?;
        self.0[1] = support::put(self.0[1], 37, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `SHCFG`, bits \[109:108\]
    ///
    /// Shareability override for traffic that bypasses stage 1.
    #[inline]
    pub const fn SHCFG(&self) -> Result<super::enums::SteShCfg, FieldError> {
        let raw = support::get(self.0[1], 44, 0x3);
        match super::enums::SteShCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "SHCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `SHCFG`, bits \[109:108\].
    #[inline]
    pub const fn SHCFG_bits(&self) -> u64 {
        support::get(self.0[1], 44, 0x3)
    }
    /// Returns the value with `SHCFG`, bits \[109:108\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SHCFG(self, v: super::enums::SteShCfg) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `SHCFG`, bits \[109:108\] to `v`.
    #[inline]
    pub fn set_SHCFG(&mut self, v: super::enums::SteShCfg) {
        self.0[1] = support::put(self.0[1], 44, 0x3, v.bits());
    }
    /// `NSCFG`, bits \[111:110\]
    ///
    /// NS attribute override for Secure/Realm streams bypassing stage 1; IGNORED if Non-secure.
    #[inline]
    pub const fn NSCFG(&self) -> Result<super::enums::SteNsCfg, FieldError> {
        let raw = support::get(self.0[1], 46, 0x3);
        match super::enums::SteNsCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "NSCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `NSCFG`, bits \[111:110\].
    #[inline]
    pub const fn NSCFG_bits(&self) -> u64 {
        support::get(self.0[1], 46, 0x3)
    }
    /// Returns the value with `NSCFG`, bits \[111:110\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSCFG(self, v: super::enums::SteNsCfg) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 46, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `NSCFG`, bits \[111:110\] to `v`.
    #[inline]
    pub fn set_NSCFG(&mut self, v: super::enums::SteNsCfg) {
        self.0[1] = support::put(self.0[1], 46, 0x3, v.bits());
    }
    /// `PRIVCFG`, bits \[113:112\]
    ///
    /// Privilege attribute override applied before permission checks.
    #[inline]
    pub const fn PRIVCFG(&self) -> Result<super::enums::StePrivCfg, FieldError> {
        let raw = support::get(self.0[1], 48, 0x3);
        match super::enums::StePrivCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "PRIVCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `PRIVCFG`, bits \[113:112\].
    #[inline]
    pub const fn PRIVCFG_bits(&self) -> u64 {
        support::get(self.0[1], 48, 0x3)
    }
    /// Returns the value with `PRIVCFG`, bits \[113:112\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIVCFG(self, v: super::enums::StePrivCfg) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 48, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `PRIVCFG`, bits \[113:112\] to `v`.
    #[inline]
    pub fn set_PRIVCFG(&mut self, v: super::enums::StePrivCfg) {
        self.0[1] = support::put(self.0[1], 48, 0x3, v.bits());
    }
    /// `INSTCFG`, bits \[115:114\]
    ///
    /// Instruction/data attribute override for reads, applied before permission checks.
    #[inline]
    pub const fn INSTCFG(&self) -> Result<super::enums::SteInstCfg, FieldError> {
        let raw = support::get(self.0[1], 50, 0x3);
        match super::enums::SteInstCfg::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "INSTCFG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `INSTCFG`, bits \[115:114\].
    #[inline]
    pub const fn INSTCFG_bits(&self) -> u64 {
        support::get(self.0[1], 50, 0x3)
    }
    /// Returns the value with `INSTCFG`, bits \[115:114\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_INSTCFG(self, v: super::enums::SteInstCfg) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 50, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `INSTCFG`, bits \[115:114\] to `v`.
    #[inline]
    pub fn set_INSTCFG(&mut self, v: super::enums::SteInstCfg) {
        self.0[1] = support::put(self.0[1], 50, 0x3, v.bits());
    }
    /// `S2VMID`, bits \[143:128\]
    ///
    /// VMID tagging TLB entries of NS-EL1 (or Secure/Realm stage 2) translations.
    #[inline]
    pub const fn S2VMID(&self) -> u16 {
        support::get(self.0[2], 0, 0xffff) as u16
    }
    /// Returns the value with `S2VMID`, bits \[143:128\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2VMID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `S2VMID`, bits \[143:128\] to `v`.
    #[inline]
    pub fn set_S2VMID(&mut self, v: u16) {
        self.0[2] = support::put(self.0[2], 0, 0xffff, v as u64);
    }
    /// `S2T0SZ`, bits \[165:160\]
    ///
    /// Stage 2 input (IPA) region size is 2^(64 - S2T0SZ), as VTCR_EL2.T0SZ.
    #[inline]
    pub const fn S2T0SZ(&self) -> u8 {
        support::get(self.0[2], 32, 0x3f) as u8
    }
    /// Returns the value with `S2T0SZ`, bits \[165:160\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S2T0SZ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S2T0SZ", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 32, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S2T0SZ`, bits \[165:160\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S2T0SZ(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S2T0SZ", v as u64, 0x3f)?;
        self.0[2] = support::put(self.0[2], 32, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `S2SL0`, bits \[167:166\]
    ///
    /// Stage 2 starting level, as VTCR_EL2.SL0 (with S2SL0_2 when S2DS == 1 and 4K granule).
    #[inline]
    pub const fn S2SL0(&self) -> u8 {
        support::get(self.0[2], 38, 0x3) as u8
    }
    /// Returns the value with `S2SL0`, bits \[167:166\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S2SL0(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S2SL0", v as u64, 0x3) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 38, 0x3, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S2SL0`, bits \[167:166\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S2SL0(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S2SL0", v as u64, 0x3)?;
        self.0[2] = support::put(self.0[2], 38, 0x3, raw);
        ::core::result::Result::Ok(())
    }
    /// `S2IR0`, bits \[169:168\]
    ///
    /// Inner cacheability of stage 2 translation table walks.
    #[inline]
    pub const fn S2IR0(&self) -> Result<super::enums::WalkCacheability, FieldError> {
        let raw = support::get(self.0[2], 40, 0x3);
        match super::enums::WalkCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S2IR0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S2IR0`, bits \[169:168\].
    #[inline]
    pub const fn S2IR0_bits(&self) -> u64 {
        support::get(self.0[2], 40, 0x3)
    }
    /// Returns the value with `S2IR0`, bits \[169:168\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2IR0(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S2IR0`, bits \[169:168\] to `v`.
    #[inline]
    pub fn set_S2IR0(&mut self, v: super::enums::WalkCacheability) {
        self.0[2] = support::put(self.0[2], 40, 0x3, v.bits());
    }
    /// `S2OR0`, bits \[171:170\]
    ///
    /// Outer cacheability of stage 2 translation table walks.
    #[inline]
    pub const fn S2OR0(&self) -> Result<super::enums::WalkCacheability, FieldError> {
        let raw = support::get(self.0[2], 42, 0x3);
        match super::enums::WalkCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S2OR0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S2OR0`, bits \[171:170\].
    #[inline]
    pub const fn S2OR0_bits(&self) -> u64 {
        support::get(self.0[2], 42, 0x3)
    }
    /// Returns the value with `S2OR0`, bits \[171:170\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2OR0(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 42, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S2OR0`, bits \[171:170\] to `v`.
    #[inline]
    pub fn set_S2OR0(&mut self, v: super::enums::WalkCacheability) {
        self.0[2] = support::put(self.0[2], 42, 0x3, v.bits());
    }
    /// `S2SH0`, bits \[173:172\]
    ///
    /// Shareability of stage 2 translation table walks.
    #[inline]
    pub const fn S2SH0(&self) -> Result<super::enums::CfgShareability, FieldError> {
        let raw = support::get(self.0[2], 44, 0x3);
        match super::enums::CfgShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S2SH0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S2SH0`, bits \[173:172\].
    #[inline]
    pub const fn S2SH0_bits(&self) -> u64 {
        support::get(self.0[2], 44, 0x3)
    }
    /// Returns the value with `S2SH0`, bits \[173:172\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2SH0(self, v: super::enums::CfgShareability) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 44, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S2SH0`, bits \[173:172\] to `v`.
    #[inline]
    pub fn set_S2SH0(&mut self, v: super::enums::CfgShareability) {
        self.0[2] = support::put(self.0[2], 44, 0x3, v.bits());
    }
    /// `S2TG`, bits \[175:174\]
    ///
    /// Stage 2 translation granule.
    #[inline]
    pub const fn S2TG(&self) -> Result<super::enums::Tg0Granule, FieldError> {
        let raw = support::get(self.0[2], 46, 0x3);
        match super::enums::Tg0Granule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S2TG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S2TG`, bits \[175:174\].
    #[inline]
    pub const fn S2TG_bits(&self) -> u64 {
        support::get(self.0[2], 46, 0x3)
    }
    /// Returns the value with `S2TG`, bits \[175:174\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2TG(self, v: super::enums::Tg0Granule) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 46, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S2TG`, bits \[175:174\] to `v`.
    #[inline]
    pub fn set_S2TG(&mut self, v: super::enums::Tg0Granule) {
        self.0[2] = support::put(self.0[2], 46, 0x3, v.bits());
    }
    /// `S2PS`, bits \[178:176\]
    ///
    /// Stage 2 output address size (capped to SMMU_IDR5.OAS).
    #[inline]
    pub const fn S2PS(&self) -> Result<super::enums::PhysAddrSize, FieldError> {
        let raw = support::get(self.0[2], 48, 0x7);
        match super::enums::PhysAddrSize::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S2PS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S2PS`, bits \[178:176\].
    #[inline]
    pub const fn S2PS_bits(&self) -> u64 {
        support::get(self.0[2], 48, 0x7)
    }
    /// Returns the value with `S2PS`, bits \[178:176\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PS(self, v: super::enums::PhysAddrSize) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 48, 0x7, v.bits());
            Self(words)
        }
    }
    /// Sets `S2PS`, bits \[178:176\] to `v`.
    #[inline]
    pub fn set_S2PS(&mut self, v: super::enums::PhysAddrSize) {
        self.0[2] = support::put(self.0[2], 48, 0x7, v.bits());
    }
    /// `S2AA64`, bit \[179\]
    ///
    /// Stage 2 table format: 1 = VMSAv8-64; 0 = VMSAv8-32 LPAE, or VMSAv9-128 if IDR5.D128.
    #[inline]
    pub const fn S2AA64(&self) -> bool {
        support::get(self.0[2], 51, 0x1) != 0
    }
    /// Returns the value with `S2AA64`, bit \[179\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2AA64(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 51, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2AA64`, bit \[179\] to `v`.
    #[inline]
    pub fn set_S2AA64(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 51, 0x1, v as u64);
    }
    /// `S2ENDI`, bit \[180\]
    ///
    /// Stage 2 translation tables are big-endian.
    #[inline]
    pub const fn S2ENDI(&self) -> bool {
        support::get(self.0[2], 52, 0x1) != 0
    }
    /// Returns the value with `S2ENDI`, bit \[180\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2ENDI(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 52, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2ENDI`, bit \[180\] to `v`.
    #[inline]
    pub fn set_S2ENDI(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 52, 0x1, v as u64);
    }
    /// `S2AFFD`, bit \[181\]
    ///
    /// Stage 2 Access flag faults disabled (AF treated as 1) when S2HA == 0.
    #[inline]
    pub const fn S2AFFD(&self) -> bool {
        support::get(self.0[2], 53, 0x1) != 0
    }
    /// Returns the value with `S2AFFD`, bit \[181\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2AFFD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 53, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2AFFD`, bit \[181\] to `v`.
    #[inline]
    pub fn set_S2AFFD(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 53, 0x1, v as u64);
    }
    /// `S2PTW`, bit \[182\]
    ///
    /// Protected Table Walk: stage 1 walks and CD fetches to stage 2 Device memory fault.
    #[inline]
    pub const fn S2PTW(&self) -> bool {
        support::get(self.0[2], 54, 0x1) != 0
    }
    /// Returns the value with `S2PTW`, bit \[182\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PTW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 54, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2PTW`, bit \[182\] to `v`.
    #[inline]
    pub fn set_S2PTW(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 54, 0x1, v as u64);
    }
    /// `S2HD`, bit \[183\]
    ///
    /// Hardware update of stage 2 dirty state (with S2HA).
    #[inline]
    pub const fn S2HD(&self) -> bool {
        support::get(self.0[2], 55, 0x1) != 0
    }
    /// Returns the value with `S2HD`, bit \[183\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 55, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HD`, bit \[183\] to `v`.
    #[inline]
    pub fn set_S2HD(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 55, 0x1, v as u64);
    }
    /// `S2HA`, bit \[184\]
    ///
    /// Hardware update of stage 2 Access flags.
    #[inline]
    pub const fn S2HA(&self) -> bool {
        support::get(self.0[2], 56, 0x1) != 0
    }
    /// Returns the value with `S2HA`, bit \[184\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 56, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HA`, bit \[184\] to `v`.
    #[inline]
    pub fn set_S2HA(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 56, 0x1, v as u64);
    }
    /// `S2S`, bit \[185\]
    ///
    /// Stage 2 faults stall the transaction (stall fault model).
    #[inline]
    pub const fn S2S(&self) -> bool {
        support::get(self.0[2], 57, 0x1) != 0
    }
    /// Returns the value with `S2S`, bit \[185\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2S(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 57, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2S`, bit \[185\] to `v`.
    #[inline]
    pub fn set_S2S(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 57, 0x1, v as u64);
    }
    /// `S2R`, bit \[186\]
    ///
    /// Stage 2 faults are recorded in the Event queue.
    #[inline]
    pub const fn S2R(&self) -> bool {
        support::get(self.0[2], 58, 0x1) != 0
    }
    /// Returns the value with `S2R`, bit \[186\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2R(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 58, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2R`, bit \[186\] to `v`.
    #[inline]
    pub fn set_S2R(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 58, 0x1, v as u64);
    }
    /// `S2HAFT`, bit \[187\]
    ///
    /// Hardware update of the Access flag in stage 2 Table descriptors (needs S2HA).
    #[inline]
    pub const fn S2HAFT(&self) -> bool {
        support::get(self.0[2], 59, 0x1) != 0
    }
    /// Returns the value with `S2HAFT`, bit \[187\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2HAFT(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 59, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2HAFT`, bit \[187\] to `v`.
    #[inline]
    pub fn set_S2HAFT(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 59, 0x1, v as u64);
    }
    /// `S2PIE`, bit \[188\]
    ///
    /// Stage 2 uses the Indirect Permission Scheme (as VTCR_EL2.S2PIE).
    #[inline]
    pub const fn S2PIE(&self) -> bool {
        support::get(self.0[2], 60, 0x1) != 0
    }
    /// Returns the value with `S2PIE`, bit \[188\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2PIE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 60, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2PIE`, bit \[188\] to `v`.
    #[inline]
    pub fn set_S2PIE(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 60, 0x1, v as u64);
    }
    /// `S2POE`, bit \[189\]
    ///
    /// Stage 2 permission overlays (S2POI) apply (as VTCR_EL2.S2POE).
    #[inline]
    pub const fn S2POE(&self) -> bool {
        support::get(self.0[2], 61, 0x1) != 0
    }
    /// Returns the value with `S2POE`, bit \[189\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2POE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 61, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2POE`, bit \[189\] to `v`.
    #[inline]
    pub fn set_S2POE(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 61, 0x1, v as u64);
    }
    /// `DPT_VMATCH`, bits \[191:190\]
    ///
    /// VMID matching requirement for DPT checks when EATS == FullAtsDpt.
    #[inline]
    pub const fn DPT_VMATCH(&self) -> Result<super::enums::DptVmatch, FieldError> {
        let raw = support::get(self.0[2], 62, 0x3);
        match super::enums::DptVmatch::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "DPT_VMATCH",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `DPT_VMATCH`, bits \[191:190\].
    #[inline]
    pub const fn DPT_VMATCH_bits(&self) -> u64 {
        support::get(self.0[2], 62, 0x3)
    }
    /// Returns the value with `DPT_VMATCH`, bits \[191:190\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DPT_VMATCH(self, v: super::enums::DptVmatch) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 62, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `DPT_VMATCH`, bits \[191:190\] to `v`.
    #[inline]
    pub fn set_DPT_VMATCH(&mut self, v: super::enums::DptVmatch) {
        self.0[2] = support::put(self.0[2], 62, 0x3, v.bits());
    }
    /// `S2NSW`, bit \[192\]
    ///
    /// NS bit of stage 2 walks of a Secure stream's Non-secure IPA space (via S2TTB).
    #[inline]
    pub const fn S2NSW(&self) -> bool {
        support::get(self.0[3], 0, 0x1) != 0
    }
    /// Returns the value with `S2NSW`, bit \[192\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2NSW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2NSW`, bit \[192\] to `v`.
    #[inline]
    pub fn set_S2NSW(&mut self, v: bool) {
        self.0[3] = support::put(self.0[3], 0, 0x1, v as u64);
    }
    /// `S2NSA`, bit \[193\]
    ///
    /// NS bit output by stage 2 translations of a Secure stream's Non-secure IPA space.
    #[inline]
    pub const fn S2NSA(&self) -> bool {
        support::get(self.0[3], 1, 0x1) != 0
    }
    /// Returns the value with `S2NSA`, bit \[193\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2NSA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2NSA`, bit \[193\] to `v`.
    #[inline]
    pub fn set_S2NSA(&mut self, v: bool) {
        self.0[3] = support::put(self.0[3], 1, 0x1, v as u64);
    }
    /// `S2SL0_2`, bit \[194\]
    ///
    /// Bit \[2\] of the stage 2 starting level (FEAT_LPA2 4K granule, S2DS == 1).
    #[inline]
    pub const fn S2SL0_2(&self) -> bool {
        support::get(self.0[3], 2, 0x1) != 0
    }
    /// Returns the value with `S2SL0_2`, bit \[194\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2SL0_2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2SL0_2`, bit \[194\] to `v`.
    #[inline]
    pub fn set_S2SL0_2(&mut self, v: bool) {
        self.0[3] = support::put(self.0[3], 2, 0x1, v as u64);
    }
    /// `S2DS`, bit \[195\]
    ///
    /// 52-bit addresses with 4K/16K stage 2 granules (as VTCR_EL2.DS).
    #[inline]
    pub const fn S2DS(&self) -> bool {
        support::get(self.0[3], 3, 0x1) != 0
    }
    /// Returns the value with `S2DS`, bit \[195\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2DS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 3, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2DS`, bit \[195\] to `v`.
    #[inline]
    pub fn set_S2DS(&mut self, v: bool) {
        self.0[3] = support::put(self.0[3], 3, 0x1, v as u64);
    }
    /// `S2TTB`, bits \[247:196\]
    ///
    /// Stage 2 translation table base; \[51:4\] for VMSAv8-64, \[55:4\] for VMSAv9-128.
    /// The address, with bits \[3:0\] zero.
    #[inline]
    pub const fn S2TTB(&self) -> u64 {
        support::get(self.0[3], 4, 0xfffffffffffff) << 4
    }
    /// Returns the value with `S2TTB`, bits \[247:196\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_S2TTB(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("S2TTB", v, 4, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 4, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S2TTB`, bits \[247:196\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_S2TTB(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("S2TTB", v, 4, 0xfffffffffffff)?;
        self.0[3] = support::put(self.0[3], 4, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `S2SKL`, bits \[254:253\]
    ///
    /// Levels skipped at the initial stage 2 lookup via S2TTB (VMSAv9-128 only).
    #[inline]
    pub const fn S2SKL(&self) -> u8 {
        support::get(self.0[3], 61, 0x3) as u8
    }
    /// Returns the value with `S2SKL`, bits \[254:253\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S2SKL(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S2SKL", v as u64, 0x3) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 61, 0x3, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S2SKL`, bits \[254:253\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S2SKL(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S2SKL", v as u64, 0x3)?;
        self.0[3] = support::put(self.0[3], 61, 0x3, raw);
        ::core::result::Result::Ok(())
    }
    /// `PARTID`, bits \[287:272\]
    ///
    /// MPAM PARTID for accesses related to this stream.
    #[inline]
    pub const fn PARTID(&self) -> u16 {
        support::get(self.0[4], 16, 0xffff) as u16
    }
    /// Returns the value with `PARTID`, bits \[287:272\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PARTID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[4] = support::put(words[4], 16, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `PARTID`, bits \[287:272\] to `v`.
    #[inline]
    pub fn set_PARTID(&mut self, v: u16) {
        self.0[4] = support::put(self.0[4], 16, 0xffff, v as u64);
    }
    /// `S_S2T0SZ`, bits \[293:288\]
    ///
    /// Secure IPA region size for S_S2TTB, as VSTCR_EL2.T0SZ.
    #[inline]
    pub const fn S_S2T0SZ(&self) -> u8 {
        support::get(self.0[4], 32, 0x3f) as u8
    }
    /// Returns the value with `S_S2T0SZ`, bits \[293:288\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S_S2T0SZ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S_S2T0SZ", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[4] = support::put(words[4], 32, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S_S2T0SZ`, bits \[293:288\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S_S2T0SZ(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S_S2T0SZ", v as u64, 0x3f)?;
        self.0[4] = support::put(self.0[4], 32, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `S_S2SL0`, bits \[295:294\]
    ///
    /// Secure stage 2 starting level for S_S2TTB.
    #[inline]
    pub const fn S_S2SL0(&self) -> u8 {
        support::get(self.0[4], 38, 0x3) as u8
    }
    /// Returns the value with `S_S2SL0`, bits \[295:294\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S_S2SL0(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S_S2SL0", v as u64, 0x3) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[4] = support::put(words[4], 38, 0x3, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S_S2SL0`, bits \[295:294\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S_S2SL0(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S_S2SL0", v as u64, 0x3)?;
        self.0[4] = support::put(self.0[4], 38, 0x3, raw);
        ::core::result::Result::Ok(())
    }
    /// `S_S2TG`, bits \[303:302\]
    ///
    /// Secure stage 2 translation granule for S_S2TTB.
    #[inline]
    pub const fn S_S2TG(&self) -> Result<super::enums::Tg0Granule, FieldError> {
        let raw = support::get(self.0[4], 46, 0x3);
        match super::enums::Tg0Granule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "S_S2TG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `S_S2TG`, bits \[303:302\].
    #[inline]
    pub const fn S_S2TG_bits(&self) -> u64 {
        support::get(self.0[4], 46, 0x3)
    }
    /// Returns the value with `S_S2TG`, bits \[303:302\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S_S2TG(self, v: super::enums::Tg0Granule) -> Self {
        {
            let mut words = self.0;
            words[4] = support::put(words[4], 46, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `S_S2TG`, bits \[303:302\] to `v`.
    #[inline]
    pub fn set_S_S2TG(&mut self, v: super::enums::Tg0Granule) {
        self.0[4] = support::put(self.0[4], 46, 0x3, v.bits());
    }
    /// `MECID`, bits \[319:304\]
    ///
    /// Memory Encryption Context ID for Realm streams (FEAT_MEC).
    #[inline]
    pub const fn MECID(&self) -> u16 {
        support::get(self.0[4], 48, 0xffff) as u16
    }
    /// Returns the value with `MECID`, bits \[319:304\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MECID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[4] = support::put(words[4], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `MECID`, bits \[319:304\] to `v`.
    #[inline]
    pub fn set_MECID(&mut self, v: u16) {
        self.0[4] = support::put(self.0[4], 48, 0xffff, v as u64);
    }
    /// `PMG`, bits \[327:320\]
    ///
    /// MPAM PMG for accesses related to this stream.
    #[inline]
    pub const fn PMG(&self) -> u8 {
        support::get(self.0[5], 0, 0xff) as u8
    }
    /// Returns the value with `PMG`, bits \[327:320\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PMG(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 0, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `PMG`, bits \[327:320\] to `v`.
    #[inline]
    pub fn set_PMG(&mut self, v: u8) {
        self.0[5] = support::put(self.0[5], 0, 0xff, v as u64);
    }
    /// `MPAM_NS`, bit \[328\]
    ///
    /// Secure/Realm streams: use the Non-secure PARTID space.
    #[inline]
    pub const fn MPAM_NS(&self) -> bool {
        support::get(self.0[5], 8, 0x1) != 0
    }
    /// Returns the value with `MPAM_NS`, bit \[328\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MPAM_NS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 8, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `MPAM_NS`, bit \[328\] to `v`.
    #[inline]
    pub fn set_MPAM_NS(&mut self, v: bool) {
        self.0[5] = support::put(self.0[5], 8, 0x1, v as u64);
    }
    /// `AssuredOnly`, bit \[329\]
    ///
    /// Stage 2 AssuredOnly permission checks enabled (as VTCR_EL2.AssuredOnly).
    #[inline]
    pub const fn AssuredOnly(&self) -> bool {
        support::get(self.0[5], 9, 0x1) != 0
    }
    /// Returns the value with `AssuredOnly`, bit \[329\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AssuredOnly(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 9, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AssuredOnly`, bit \[329\] to `v`.
    #[inline]
    pub fn set_AssuredOnly(&mut self, v: bool) {
        self.0[5] = support::put(self.0[5], 9, 0x1, v as u64);
    }
    /// `TL0`, bit \[330\]
    ///
    /// Stage 2 TopLevel0 check enable (as VTCR_EL2.TL0).
    #[inline]
    pub const fn TL0(&self) -> bool {
        support::get(self.0[5], 10, 0x1) != 0
    }
    /// Returns the value with `TL0`, bit \[330\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TL0(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TL0`, bit \[330\] to `v`.
    #[inline]
    pub fn set_TL0(&mut self, v: bool) {
        self.0[5] = support::put(self.0[5], 10, 0x1, v as u64);
    }
    /// `TL1`, bit \[331\]
    ///
    /// Stage 2 TopLevel1 check enable (as VTCR_EL2.TL1).
    #[inline]
    pub const fn TL1(&self) -> bool {
        support::get(self.0[5], 11, 0x1) != 0
    }
    /// Returns the value with `TL1`, bit \[331\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TL1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TL1`, bit \[331\] to `v`.
    #[inline]
    pub fn set_TL1(&mut self, v: bool) {
        self.0[5] = support::put(self.0[5], 11, 0x1, v as u64);
    }
    /// `VMSPtr`, bits \[375:332\]
    ///
    /// Virtual Machine Structure base (4 KiB aligned), holding the PARTID map for nesting.
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn VMSPtr(&self) -> u64 {
        support::get(self.0[5], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `VMSPtr`, bits \[375:332\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_VMSPtr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("VMSPtr", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[5] = support::put(words[5], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `VMSPtr`, bits \[375:332\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_VMSPtr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("VMSPtr", v, 12, 0xfffffffffff)?;
        self.0[5] = support::put(self.0[5], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `S2SW`, bit \[384\]
    ///
    /// NS bit of stage 2 walks of a Secure stream's Secure IPA space (via S_S2TTB).
    #[inline]
    pub const fn S2SW(&self) -> bool {
        support::get(self.0[6], 0, 0x1) != 0
    }
    /// Returns the value with `S2SW`, bit \[384\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2SW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[6] = support::put(words[6], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2SW`, bit \[384\] to `v`.
    #[inline]
    pub fn set_S2SW(&mut self, v: bool) {
        self.0[6] = support::put(self.0[6], 0, 0x1, v as u64);
    }
    /// `S2SA`, bit \[385\]
    ///
    /// NS bit output by stage 2 translations of a Secure stream's Secure IPA space.
    #[inline]
    pub const fn S2SA(&self) -> bool {
        support::get(self.0[6], 1, 0x1) != 0
    }
    /// Returns the value with `S2SA`, bit \[385\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2SA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[6] = support::put(words[6], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2SA`, bit \[385\] to `v`.
    #[inline]
    pub fn set_S2SA(&mut self, v: bool) {
        self.0[6] = support::put(self.0[6], 1, 0x1, v as u64);
    }
    /// `S_S2SL0_2`, bit \[386\]
    ///
    /// Bit \[2\] of the Secure stage 2 starting level.
    #[inline]
    pub const fn S_S2SL0_2(&self) -> bool {
        support::get(self.0[6], 2, 0x1) != 0
    }
    /// Returns the value with `S_S2SL0_2`, bit \[386\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S_S2SL0_2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[6] = support::put(words[6], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S_S2SL0_2`, bit \[386\] to `v`.
    #[inline]
    pub fn set_S_S2SL0_2(&mut self, v: bool) {
        self.0[6] = support::put(self.0[6], 2, 0x1, v as u64);
    }
    /// `S_S2TTB`, bits \[439:388\]
    ///
    /// Secure stage 2 translation table base; \[51:4\] for VMSAv8-64, \[55:4\] for VMSAv9-128.
    /// The address, with bits \[3:0\] zero.
    #[inline]
    pub const fn S_S2TTB(&self) -> u64 {
        support::get(self.0[6], 4, 0xfffffffffffff) << 4
    }
    /// Returns the value with `S_S2TTB`, bits \[439:388\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_S_S2TTB(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("S_S2TTB", v, 4, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[6] = support::put(words[6], 4, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S_S2TTB`, bits \[439:388\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_S_S2TTB(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("S_S2TTB", v, 4, 0xfffffffffffff)?;
        self.0[6] = support::put(self.0[6], 4, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `S_S2SKL`, bits \[446:445\]
    ///
    /// Levels skipped at the initial Secure stage 2 lookup via S_S2TTB (VMSAv9-128 only).
    #[inline]
    pub const fn S_S2SKL(&self) -> u8 {
        support::get(self.0[6], 61, 0x3) as u8
    }
    /// Returns the value with `S_S2SKL`, bits \[446:445\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_S_S2SKL(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("S_S2SKL", v as u64, 0x3) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[6] = support::put(words[6], 61, 0x3, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `S_S2SKL`, bits \[446:445\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_S_S2SKL(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("S_S2SKL", v as u64, 0x3)?;
        self.0[6] = support::put(self.0[6], 61, 0x3, raw);
        ::core::result::Result::Ok(())
    }
    /// `S2POI`, bits \[511:448\]
    ///
    /// Stage 2 permission overlay interpretations: 16 4-bit values indexed by POIndex.
    #[inline]
    pub const fn S2POI(&self) -> u64 {
        support::get(self.0[7], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `S2POI`, bits \[511:448\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2POI(self, v: u64) -> Self {
        {
            let mut words = self.0;
            words[7] = support::put(words[7], 0, 0xffffffffffffffff, v);
            Self(words)
        }
    }
    /// Sets `S2POI`, bits \[511:448\] to `v`.
    #[inline]
    pub fn set_S2POI(&mut self, v: u64) {
        self.0[7] = support::put(self.0[7], 0, 0xffffffffffffffff, v);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 1, 0x7);
        if super::enums::StreamConfig::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "Config",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 4, 0x3);
        if super::enums::STE_S1Fmt::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S1Fmt",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 0, 0x3);
        if super::enums::STE_S1DSS::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S1DSS",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 2, 0x3);
        if super::enums::CdFetchCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S1CIR",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 4, 0x3);
        if super::enums::CdFetchCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S1COR",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 6, 0x3);
        if super::enums::CfgShareability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S1CSH",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 28, 0x3);
        if super::enums::SteEats::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "EATS",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 30, 0x3);
        if super::enums::SteStrw::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "STRW",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 36, 0x1);
        if super::enums::SteMtCfg::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "MTCFG",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 44, 0x3);
        if super::enums::SteShCfg::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "SHCFG",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 46, 0x3);
        if super::enums::SteNsCfg::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "NSCFG",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 48, 0x3);
        if super::enums::StePrivCfg::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "PRIVCFG",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 50, 0x3);
        if super::enums::SteInstCfg::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "INSTCFG",
                value: raw,
            });
        }
        let raw = support::get(self.0[2], 40, 0x3);
        if super::enums::WalkCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S2IR0",
                value: raw,
            });
        }
        let raw = support::get(self.0[2], 42, 0x3);
        if super::enums::WalkCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S2OR0",
                value: raw,
            });
        }
        let raw = support::get(self.0[2], 44, 0x3);
        if super::enums::CfgShareability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S2SH0",
                value: raw,
            });
        }
        let raw = support::get(self.0[2], 46, 0x3);
        if super::enums::Tg0Granule::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S2TG",
                value: raw,
            });
        }
        let raw = support::get(self.0[2], 48, 0x7);
        if super::enums::PhysAddrSize::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S2PS",
                value: raw,
            });
        }
        let raw = support::get(self.0[2], 62, 0x3);
        if super::enums::DptVmatch::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "DPT_VMATCH",
                value: raw,
            });
        }
        let raw = support::get(self.0[4], 46, 0x3);
        if super::enums::Tg0Granule::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "S_S2TG",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub const fn used_bits(&self) -> Self {
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
    pub const fn update_safe(&self, target: &Self) -> Self {
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
    const NAME: &'static str = "STE";
    const WORDS: usize = 8;
    const FIELDS: &'static [FieldInfo] = STE::FIELDS;
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
/// Level 1 CD table descriptor: locates one level-2 table of CDs.
///
/// `L1CD`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 5.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct L1CD(pub [u64; 1]);
#[allow(non_snake_case)]
impl L1CD {
    /// Number of 64-bit words.
    pub const WORDS: usize = 1;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        Self([0; 1])
    }
    /// `V`, bit \[0\]
    ///
    /// L2Ptr is valid; when 0 a CD fetch through it aborts with C_BAD_SUBSTREAMID.
    #[inline]
    pub const fn V(&self) -> bool {
        support::get(self.0[0], 0, 0x1) != 0
    }
    /// Returns the value with `V`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_V(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `V`, bit \[0\] to `v`.
    #[inline]
    pub fn set_V(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 0, 0x1, v as u64);
    }
    /// `L2Ptr`, bits \[55:12\]
    ///
    /// Level-2 CD table base (4 KiB aligned; an IPA when stage 2 translates).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn L2Ptr(&self) -> u64 {
        support::get(self.0[0], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `L2Ptr`, bits \[55:12\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_L2Ptr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("L2Ptr", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `L2Ptr`, bits \[55:12\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_L2Ptr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("L2Ptr", v, 12, 0xfffffffffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
impl Default for L1CD {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for L1CD {
    const NAME: &'static str = "L1CD";
    const WORDS: usize = 1;
    const FIELDS: &'static [FieldInfo] = L1CD::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for L1CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "L1CD", Self::FIELDS, &self.0)
    }
}
/// Context descriptor: stage 1 translation configuration for one (Sub)stream.
///
/// `CD`: 64 bytes, 8 little-endian 64-bit words.
///
/// Architecture reference: section 5.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CD(pub [u64; 8]);
#[allow(non_snake_case)]
impl CD {
    /// Number of 64-bit words.
    pub const WORDS: usize = 8;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        Self([0; 8])
    }
    /// `T0SZ`, bits \[5:0\]
    ///
    /// TTB0 input region size is 2^(64 - T0SZ), as TCR_ELx.T0SZ.
    #[inline]
    pub const fn T0SZ(&self) -> u8 {
        support::get(self.0[0], 0, 0x3f) as u8
    }
    /// Returns the value with `T0SZ`, bits \[5:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_T0SZ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("T0SZ", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 0, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `T0SZ`, bits \[5:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_T0SZ(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("T0SZ", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 0, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `TG0`, bits \[7:6\]
    ///
    /// TTB0 translation granule.
    #[inline]
    pub const fn TG0(&self) -> Result<super::enums::Tg0Granule, FieldError> {
        let raw = support::get(self.0[0], 6, 0x3);
        match super::enums::Tg0Granule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TG0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TG0`, bits \[7:6\].
    #[inline]
    pub const fn TG0_bits(&self) -> u64 {
        support::get(self.0[0], 6, 0x3)
    }
    /// Returns the value with `TG0`, bits \[7:6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TG0(self, v: super::enums::Tg0Granule) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 6, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG0`, bits \[7:6\] to `v`.
    #[inline]
    pub fn set_TG0(&mut self, v: super::enums::Tg0Granule) {
        self.0[0] = support::put(self.0[0], 6, 0x3, v.bits());
    }
    /// `IR0`, bits \[9:8\]
    ///
    /// Inner cacheability of TTB0 walks.
    #[inline]
    pub const fn IR0(&self) -> Result<super::enums::WalkCacheability, FieldError> {
        let raw = support::get(self.0[0], 8, 0x3);
        match super::enums::WalkCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "IR0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `IR0`, bits \[9:8\].
    #[inline]
    pub const fn IR0_bits(&self) -> u64 {
        support::get(self.0[0], 8, 0x3)
    }
    /// Returns the value with `IR0`, bits \[9:8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_IR0(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `IR0`, bits \[9:8\] to `v`.
    #[inline]
    pub fn set_IR0(&mut self, v: super::enums::WalkCacheability) {
        self.0[0] = support::put(self.0[0], 8, 0x3, v.bits());
    }
    /// `OR0`, bits \[11:10\]
    ///
    /// Outer cacheability of TTB0 walks.
    #[inline]
    pub const fn OR0(&self) -> Result<super::enums::WalkCacheability, FieldError> {
        let raw = support::get(self.0[0], 10, 0x3);
        match super::enums::WalkCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "OR0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `OR0`, bits \[11:10\].
    #[inline]
    pub const fn OR0_bits(&self) -> u64 {
        support::get(self.0[0], 10, 0x3)
    }
    /// Returns the value with `OR0`, bits \[11:10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OR0(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `OR0`, bits \[11:10\] to `v`.
    #[inline]
    pub fn set_OR0(&mut self, v: super::enums::WalkCacheability) {
        self.0[0] = support::put(self.0[0], 10, 0x3, v.bits());
    }
    /// `SH0`, bits \[13:12\]
    ///
    /// Shareability of TTB0 walks.
    #[inline]
    pub const fn SH0(&self) -> Result<super::enums::CfgShareability, FieldError> {
        let raw = support::get(self.0[0], 12, 0x3);
        match super::enums::CfgShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "SH0",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `SH0`, bits \[13:12\].
    #[inline]
    pub const fn SH0_bits(&self) -> u64 {
        support::get(self.0[0], 12, 0x3)
    }
    /// Returns the value with `SH0`, bits \[13:12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH0(self, v: super::enums::CfgShareability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `SH0`, bits \[13:12\] to `v`.
    #[inline]
    pub fn set_SH0(&mut self, v: super::enums::CfgShareability) {
        self.0[0] = support::put(self.0[0], 12, 0x3, v.bits());
    }
    /// `EPD0`, bit \[14\]
    ///
    /// TTB0 walk disable: a TLB miss in the TTB0 range is a Translation fault.
    #[inline]
    pub const fn EPD0(&self) -> bool {
        support::get(self.0[0], 14, 0x1) != 0
    }
    /// Returns the value with `EPD0`, bit \[14\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EPD0(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 14, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `EPD0`, bit \[14\] to `v`.
    #[inline]
    pub fn set_EPD0(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 14, 0x1, v as u64);
    }
    /// `ENDI`, bit \[15\]
    ///
    /// Translation tables are big-endian.
    #[inline]
    pub const fn ENDI(&self) -> bool {
        support::get(self.0[0], 15, 0x1) != 0
    }
    /// Returns the value with `ENDI`, bit \[15\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ENDI(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 15, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `ENDI`, bit \[15\] to `v`.
    #[inline]
    pub fn set_ENDI(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 15, 0x1, v as u64);
    }
    /// `T1SZ`, bits \[21:16\]
    ///
    /// TTB1 input region size is 2^(64 - T1SZ), as TCR_ELx.T1SZ.
    #[inline]
    pub const fn T1SZ(&self) -> u8 {
        support::get(self.0[0], 16, 0x3f) as u8
    }
    /// Returns the value with `T1SZ`, bits \[21:16\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_T1SZ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("T1SZ", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 16, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `T1SZ`, bits \[21:16\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_T1SZ(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("T1SZ", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 16, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `TG1`, bits \[23:22\]
    ///
    /// TTB1 translation granule (TG1 encoding).
    #[inline]
    pub const fn TG1(&self) -> Result<super::enums::Tg1Granule, FieldError> {
        let raw = support::get(self.0[0], 22, 0x3);
        match super::enums::Tg1Granule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TG1",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TG1`, bits \[23:22\].
    #[inline]
    pub const fn TG1_bits(&self) -> u64 {
        support::get(self.0[0], 22, 0x3)
    }
    /// Returns the value with `TG1`, bits \[23:22\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TG1(self, v: super::enums::Tg1Granule) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 22, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG1`, bits \[23:22\] to `v`.
    #[inline]
    pub fn set_TG1(&mut self, v: super::enums::Tg1Granule) {
        self.0[0] = support::put(self.0[0], 22, 0x3, v.bits());
    }
    /// `IR1`, bits \[25:24\]
    ///
    /// Inner cacheability of TTB1 walks.
    #[inline]
    pub const fn IR1(&self) -> Result<super::enums::WalkCacheability, FieldError> {
        let raw = support::get(self.0[0], 24, 0x3);
        match super::enums::WalkCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "IR1",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `IR1`, bits \[25:24\].
    #[inline]
    pub const fn IR1_bits(&self) -> u64 {
        support::get(self.0[0], 24, 0x3)
    }
    /// Returns the value with `IR1`, bits \[25:24\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_IR1(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 24, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `IR1`, bits \[25:24\] to `v`.
    #[inline]
    pub fn set_IR1(&mut self, v: super::enums::WalkCacheability) {
        self.0[0] = support::put(self.0[0], 24, 0x3, v.bits());
    }
    /// `OR1`, bits \[27:26\]
    ///
    /// Outer cacheability of TTB1 walks.
    #[inline]
    pub const fn OR1(&self) -> Result<super::enums::WalkCacheability, FieldError> {
        let raw = support::get(self.0[0], 26, 0x3);
        match super::enums::WalkCacheability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "OR1",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `OR1`, bits \[27:26\].
    #[inline]
    pub const fn OR1_bits(&self) -> u64 {
        support::get(self.0[0], 26, 0x3)
    }
    /// Returns the value with `OR1`, bits \[27:26\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OR1(self, v: super::enums::WalkCacheability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 26, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `OR1`, bits \[27:26\] to `v`.
    #[inline]
    pub fn set_OR1(&mut self, v: super::enums::WalkCacheability) {
        self.0[0] = support::put(self.0[0], 26, 0x3, v.bits());
    }
    /// `SH1`, bits \[29:28\]
    ///
    /// Shareability of TTB1 walks.
    #[inline]
    pub const fn SH1(&self) -> Result<super::enums::CfgShareability, FieldError> {
        let raw = support::get(self.0[0], 28, 0x3);
        match super::enums::CfgShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "SH1",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `SH1`, bits \[29:28\].
    #[inline]
    pub const fn SH1_bits(&self) -> u64 {
        support::get(self.0[0], 28, 0x3)
    }
    /// Returns the value with `SH1`, bits \[29:28\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SH1(self, v: super::enums::CfgShareability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 28, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `SH1`, bits \[29:28\] to `v`.
    #[inline]
    pub fn set_SH1(&mut self, v: super::enums::CfgShareability) {
        self.0[0] = support::put(self.0[0], 28, 0x3, v.bits());
    }
    /// `EPD1`, bit \[30\]
    ///
    /// TTB1 walk disable: a TLB miss in the TTB1 range is a Translation fault.
    #[inline]
    pub const fn EPD1(&self) -> bool {
        support::get(self.0[0], 30, 0x1) != 0
    }
    /// Returns the value with `EPD1`, bit \[30\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EPD1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 30, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `EPD1`, bit \[30\] to `v`.
    #[inline]
    pub fn set_EPD1(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 30, 0x1, v as u64);
    }
    /// `V`, bit \[31\]
    ///
    /// Valid; when 0 the rest of the CD is IGNORED and use of it raises C_BAD_CD.
    #[inline]
    pub const fn V(&self) -> bool {
        support::get(self.0[0], 31, 0x1) != 0
    }
    /// Returns the value with `V`, bit \[31\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_V(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `V`, bit \[31\] to `v`.
    #[inline]
    pub fn set_V(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 31, 0x1, v as u64);
    }
    /// `IPS`, bits \[34:32\]
    ///
    /// Stage 1 output (intermediate physical) address size.
    #[inline]
    pub const fn IPS(&self) -> Result<super::enums::PhysAddrSize, FieldError> {
        let raw = support::get(self.0[0], 32, 0x7);
        match super::enums::PhysAddrSize::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "IPS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `IPS`, bits \[34:32\].
    #[inline]
    pub const fn IPS_bits(&self) -> u64 {
        support::get(self.0[0], 32, 0x7)
    }
    /// Returns the value with `IPS`, bits \[34:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_IPS(self, v: super::enums::PhysAddrSize) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x7, v.bits());
            Self(words)
        }
    }
    /// Sets `IPS`, bits \[34:32\] to `v`.
    #[inline]
    pub fn set_IPS(&mut self, v: super::enums::PhysAddrSize) {
        self.0[0] = support::put(self.0[0], 32, 0x7, v.bits());
    }
    /// `AFFD`, bit \[35\]
    ///
    /// Access Flag Fault Disable: AF treated as 1 when HA == 0.
    #[inline]
    pub const fn AFFD(&self) -> bool {
        support::get(self.0[0], 35, 0x1) != 0
    }
    /// Returns the value with `AFFD`, bit \[35\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AFFD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AFFD`, bit \[35\] to `v`.
    #[inline]
    pub fn set_AFFD(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 35, 0x1, v as u64);
    }
    /// `WXN`, bit \[36\]
    ///
    /// Write eXecute Never: instruction reads of writable pages fault.
    #[inline]
    pub const fn WXN(&self) -> bool {
        support::get(self.0[0], 36, 0x1) != 0
    }
    /// Returns the value with `WXN`, bit \[36\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_WXN(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 36, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `WXN`, bit \[36\] to `v`.
    #[inline]
    pub fn set_WXN(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 36, 0x1, v as u64);
    }
    /// `UWXN`, bit \[37\]
    ///
    /// Unprivileged Write eXecute Never (VMSAv8-32 LPAE only).
    #[inline]
    pub const fn UWXN(&self) -> bool {
        support::get(self.0[0], 37, 0x1) != 0
    }
    /// Returns the value with `UWXN`, bit \[37\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_UWXN(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 37, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `UWXN`, bit \[37\] to `v`.
    #[inline]
    pub fn set_UWXN(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 37, 0x1, v as u64);
    }
    /// `TBI0`, bit \[38\]
    ///
    /// Top Byte Ignore for the TTB0 range.
    #[inline]
    pub const fn TBI0(&self) -> bool {
        support::get(self.0[0], 38, 0x1) != 0
    }
    /// Returns the value with `TBI0`, bit \[38\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TBI0(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TBI0`, bit \[38\] to `v`.
    #[inline]
    pub fn set_TBI0(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 38, 0x1, v as u64);
    }
    /// `TBI1`, bit \[39\]
    ///
    /// Top Byte Ignore for the TTB1 range.
    #[inline]
    pub const fn TBI1(&self) -> bool {
        support::get(self.0[0], 39, 0x1) != 0
    }
    /// Returns the value with `TBI1`, bit \[39\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TBI1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TBI1`, bit \[39\] to `v`.
    #[inline]
    pub fn set_TBI1(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 39, 0x1, v as u64);
    }
    /// `PAN`, bit \[40\]
    ///
    /// Privileged Access Never.
    #[inline]
    pub const fn PAN(&self) -> bool {
        support::get(self.0[0], 40, 0x1) != 0
    }
    /// Returns the value with `PAN`, bit \[40\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PAN(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 40, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PAN`, bit \[40\] to `v`.
    #[inline]
    pub fn set_PAN(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 40, 0x1, v as u64);
    }
    /// `AA64`, bit \[41\]
    ///
    /// Table format: 1 = VMSAv8-64; 0 = VMSAv8-32 LPAE, or VMSAv9-128 if SMMU_IDR5.D128.
    #[inline]
    pub const fn AA64(&self) -> bool {
        support::get(self.0[0], 41, 0x1) != 0
    }
    /// Returns the value with `AA64`, bit \[41\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AA64(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 41, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AA64`, bit \[41\] to `v`.
    #[inline]
    pub fn set_AA64(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 41, 0x1, v as u64);
    }
    /// `HD`, bit \[42\]
    ///
    /// Hardware update of dirty state (with HA).
    #[inline]
    pub const fn HD(&self) -> bool {
        support::get(self.0[0], 42, 0x1) != 0
    }
    /// Returns the value with `HD`, bit \[42\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 42, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HD`, bit \[42\] to `v`.
    #[inline]
    pub fn set_HD(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 42, 0x1, v as u64);
    }
    /// `HA`, bit \[43\]
    ///
    /// Hardware update of Access flags.
    #[inline]
    pub const fn HA(&self) -> bool {
        support::get(self.0[0], 43, 0x1) != 0
    }
    /// Returns the value with `HA`, bit \[43\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 43, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HA`, bit \[43\] to `v`.
    #[inline]
    pub fn set_HA(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 43, 0x1, v as u64);
    }
    /// `S`, bit \[44\]
    ///
    /// Stage 1 faults stall the transaction (stall fault model).
    #[inline]
    pub const fn S(&self) -> bool {
        support::get(self.0[0], 44, 0x1) != 0
    }
    /// Returns the value with `S`, bit \[44\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 44, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S`, bit \[44\] to `v`.
    #[inline]
    pub fn set_S(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 44, 0x1, v as u64);
    }
    /// `R`, bit \[45\]
    ///
    /// Stage 1 faults are recorded in the Event queue.
    #[inline]
    pub const fn R(&self) -> bool {
        support::get(self.0[0], 45, 0x1) != 0
    }
    /// Returns the value with `R`, bit \[45\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_R(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 45, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `R`, bit \[45\] to `v`.
    #[inline]
    pub fn set_R(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 45, 0x1, v as u64);
    }
    /// `A`, bit \[46\]
    ///
    /// Stage 1 faults abort the transaction (rather than RAZ/WI).
    #[inline]
    pub const fn A(&self) -> bool {
        support::get(self.0[0], 46, 0x1) != 0
    }
    /// Returns the value with `A`, bit \[46\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_A(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 46, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `A`, bit \[46\] to `v`.
    #[inline]
    pub fn set_A(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 46, 0x1, v as u64);
    }
    /// `ASET`, bit \[47\]
    ///
    /// ASID set: 1 = not shared with PE ASIDs (no broadcast TLB invalidation by ASID).
    #[inline]
    pub const fn ASET(&self) -> bool {
        support::get(self.0[0], 47, 0x1) != 0
    }
    /// Returns the value with `ASET`, bit \[47\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ASET(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 47, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `ASET`, bit \[47\] to `v`.
    #[inline]
    pub fn set_ASET(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 47, 0x1, v as u64);
    }
    /// `ASID`, bits \[63:48\]
    ///
    /// Address Space Identifier tagging TLB entries from this CD.
    #[inline]
    pub const fn ASID(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits \[63:48\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ASID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits \[63:48\] to `v`.
    #[inline]
    pub fn set_ASID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// `NSCFG0`, bit \[64\]
    ///
    /// NS attribute of the starting-level TTB0 fetch (Secure streams only).
    #[inline]
    pub const fn NSCFG0(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `NSCFG0`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSCFG0(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSCFG0`, bit \[64\] to `v`.
    #[inline]
    pub fn set_NSCFG0(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `HAD0`, bit \[65\]
    ///
    /// Hierarchical Attribute Disable for TTB0 walks (DisCH0 when SMMU_IDR5.D128 == 1).
    #[inline]
    pub const fn HAD0(&self) -> bool {
        support::get(self.0[1], 1, 0x1) != 0
    }
    /// Returns the value with `HAD0`, bit \[65\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HAD0(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HAD0`, bit \[65\] to `v`.
    #[inline]
    pub fn set_HAD0(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 1, 0x1, v as u64);
    }
    /// `E0PD0`, bit \[66\]
    ///
    /// Unprivileged accesses to the TTB0 range fault (as TCR_ELx.E0PD0).
    #[inline]
    pub const fn E0PD0(&self) -> bool {
        support::get(self.0[1], 2, 0x1) != 0
    }
    /// Returns the value with `E0PD0`, bit \[66\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_E0PD0(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `E0PD0`, bit \[66\] to `v`.
    #[inline]
    pub fn set_E0PD0(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 2, 0x1, v as u64);
    }
    /// `HAFT`, bit \[67\]
    ///
    /// Hardware update of the Access flag in stage 1 Table descriptors (needs HA).
    #[inline]
    pub const fn HAFT(&self) -> bool {
        support::get(self.0[1], 3, 0x1) != 0
    }
    /// Returns the value with `HAFT`, bit \[67\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HAFT(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 3, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HAFT`, bit \[67\] to `v`.
    #[inline]
    pub fn set_HAFT(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 3, 0x1, v as u64);
    }
    /// `TTB0`, bits \[119:68\]
    ///
    /// TTB0 translation table base; \[51:4\] for VMSAv8-64, \[55:4\] for VMSAv9-128.
    /// The address, with bits \[3:0\] zero.
    #[inline]
    pub const fn TTB0(&self) -> u64 {
        support::get(self.0[1], 4, 0xfffffffffffff) << 4
    }
    /// Returns the value with `TTB0`, bits \[119:68\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_TTB0(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("TTB0", v, 4, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 4, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `TTB0`, bits \[119:68\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_TTB0(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("TTB0", v, 4, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 4, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PnCH`, bit \[122\]
    ///
    /// Stage 1 Protected attribute enable (as TCR2_ELx.PnCH).
    #[inline]
    pub const fn PnCH(&self) -> bool {
        support::get(self.0[1], 58, 0x1) != 0
    }
    /// Returns the value with `PnCH`, bit \[122\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnCH(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 58, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnCH`, bit \[122\] to `v`.
    #[inline]
    pub fn set_PnCH(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 58, 0x1, v as u64);
    }
    /// `EPAN`, bit \[123\]
    ///
    /// Enhanced PAN: PAN also covers unprivileged-executable pages.
    #[inline]
    pub const fn EPAN(&self) -> bool {
        support::get(self.0[1], 59, 0x1) != 0
    }
    /// Returns the value with `EPAN`, bit \[123\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EPAN(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 59, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `EPAN`, bit \[123\] to `v`.
    #[inline]
    pub fn set_EPAN(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 59, 0x1, v as u64);
    }
    /// `HWU059`, bit \[124\]
    ///
    /// TTB0 descriptor bit 59 has IMPLEMENTATION DEFINED use (PBHA, when HAD0 == 1).
    #[inline]
    pub const fn HWU059(&self) -> bool {
        support::get(self.0[1], 60, 0x1) != 0
    }
    /// Returns the value with `HWU059`, bit \[124\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU059(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 60, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU059`, bit \[124\] to `v`.
    #[inline]
    pub fn set_HWU059(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 60, 0x1, v as u64);
    }
    /// `HWU060`, bit \[125\]
    ///
    /// TTB0 descriptor bit 60 has IMPLEMENTATION DEFINED use (PBHA, when HAD0 == 1).
    #[inline]
    pub const fn HWU060(&self) -> bool {
        support::get(self.0[1], 61, 0x1) != 0
    }
    /// Returns the value with `HWU060`, bit \[125\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU060(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 61, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU060`, bit \[125\] to `v`.
    #[inline]
    pub fn set_HWU060(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 61, 0x1, v as u64);
    }
    /// `HWU061`, bit \[126\]
    ///
    /// TTB0 descriptor bit 61 has IMPLEMENTATION DEFINED use (SKL0\[0\] when D128 == 1).
    #[inline]
    pub const fn HWU061(&self) -> bool {
        support::get(self.0[1], 62, 0x1) != 0
    }
    /// Returns the value with `HWU061`, bit \[126\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU061(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 62, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU061`, bit \[126\] to `v`.
    #[inline]
    pub fn set_HWU061(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 62, 0x1, v as u64);
    }
    /// `HWU062`, bit \[127\]
    ///
    /// TTB0 descriptor bit 62 has IMPLEMENTATION DEFINED use (SKL0\[1\] when D128 == 1).
    #[inline]
    pub const fn HWU062(&self) -> bool {
        support::get(self.0[1], 63, 0x1) != 0
    }
    /// Returns the value with `HWU062`, bit \[127\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU062(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU062`, bit \[127\] to `v`.
    #[inline]
    pub fn set_HWU062(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 63, 0x1, v as u64);
    }
    /// `NSCFG1`, bit \[128\]
    ///
    /// NS attribute of the starting-level TTB1 fetch (Secure streams only).
    #[inline]
    pub const fn NSCFG1(&self) -> bool {
        support::get(self.0[2], 0, 0x1) != 0
    }
    /// Returns the value with `NSCFG1`, bit \[128\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSCFG1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSCFG1`, bit \[128\] to `v`.
    #[inline]
    pub fn set_NSCFG1(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 0, 0x1, v as u64);
    }
    /// `HAD1`, bit \[129\]
    ///
    /// Hierarchical Attribute Disable for TTB1 walks (DisCH1 when SMMU_IDR5.D128 == 1).
    #[inline]
    pub const fn HAD1(&self) -> bool {
        support::get(self.0[2], 1, 0x1) != 0
    }
    /// Returns the value with `HAD1`, bit \[129\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HAD1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HAD1`, bit \[129\] to `v`.
    #[inline]
    pub fn set_HAD1(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 1, 0x1, v as u64);
    }
    /// `E0PD1`, bit \[130\]
    ///
    /// Unprivileged accesses to the TTB1 range fault (as TCR_ELx.E0PD1).
    #[inline]
    pub const fn E0PD1(&self) -> bool {
        support::get(self.0[2], 2, 0x1) != 0
    }
    /// Returns the value with `E0PD1`, bit \[130\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_E0PD1(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `E0PD1`, bit \[130\] to `v`.
    #[inline]
    pub fn set_E0PD1(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 2, 0x1, v as u64);
    }
    /// `AIE`, bit \[131\]
    ///
    /// Stage 1 attribute extension: AttrIndx\[3\] selects among MAIR/AMAIR bytes.
    #[inline]
    pub const fn AIE(&self) -> bool {
        support::get(self.0[2], 3, 0x1) != 0
    }
    /// Returns the value with `AIE`, bit \[131\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AIE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 3, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AIE`, bit \[131\] to `v`.
    #[inline]
    pub fn set_AIE(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 3, 0x1, v as u64);
    }
    /// `TTB1`, bits \[183:132\]
    ///
    /// TTB1 translation table base; \[51:4\] for VMSAv8-64, \[55:4\] for VMSAv9-128.
    /// The address, with bits \[3:0\] zero.
    #[inline]
    pub const fn TTB1(&self) -> u64 {
        support::get(self.0[2], 4, 0xfffffffffffff) << 4
    }
    /// Returns the value with `TTB1`, bits \[183:132\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_TTB1(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("TTB1", v, 4, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 4, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `TTB1`, bits \[183:132\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_TTB1(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("TTB1", v, 4, 0xfffffffffffff)?;
        self.0[2] = support::put(self.0[2], 4, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `DS`, bit \[186\]
    ///
    /// 52-bit addresses with 4K/16K granules (as TCR_ELx.DS, FEAT_LPA2).
    #[inline]
    pub const fn DS(&self) -> bool {
        support::get(self.0[2], 58, 0x1) != 0
    }
    /// Returns the value with `DS`, bit \[186\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 58, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DS`, bit \[186\] to `v`.
    #[inline]
    pub fn set_DS(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 58, 0x1, v as u64);
    }
    /// `PIE`, bit \[187\]
    ///
    /// Stage 1 Indirect Permission Scheme (needs STE.S1PIE).
    #[inline]
    pub const fn PIE(&self) -> bool {
        support::get(self.0[2], 59, 0x1) != 0
    }
    /// Returns the value with `PIE`, bit \[187\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PIE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 59, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PIE`, bit \[187\] to `v`.
    #[inline]
    pub fn set_PIE(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 59, 0x1, v as u64);
    }
    /// `HWU159`, bit \[188\]
    ///
    /// TTB1 descriptor bit 59 has IMPLEMENTATION DEFINED use (PBHA, when HAD1 == 1).
    #[inline]
    pub const fn HWU159(&self) -> bool {
        support::get(self.0[2], 60, 0x1) != 0
    }
    /// Returns the value with `HWU159`, bit \[188\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU159(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 60, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU159`, bit \[188\] to `v`.
    #[inline]
    pub fn set_HWU159(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 60, 0x1, v as u64);
    }
    /// `HWU160`, bit \[189\]
    ///
    /// TTB1 descriptor bit 60 has IMPLEMENTATION DEFINED use (PBHA, when HAD1 == 1).
    #[inline]
    pub const fn HWU160(&self) -> bool {
        support::get(self.0[2], 61, 0x1) != 0
    }
    /// Returns the value with `HWU160`, bit \[189\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU160(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 61, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU160`, bit \[189\] to `v`.
    #[inline]
    pub fn set_HWU160(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 61, 0x1, v as u64);
    }
    /// `HWU161`, bit \[190\]
    ///
    /// TTB1 descriptor bit 61 has IMPLEMENTATION DEFINED use (SKL1\[0\] when D128 == 1).
    #[inline]
    pub const fn HWU161(&self) -> bool {
        support::get(self.0[2], 62, 0x1) != 0
    }
    /// Returns the value with `HWU161`, bit \[190\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU161(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 62, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU161`, bit \[190\] to `v`.
    #[inline]
    pub fn set_HWU161(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 62, 0x1, v as u64);
    }
    /// `HWU162`, bit \[191\]
    ///
    /// TTB1 descriptor bit 62 has IMPLEMENTATION DEFINED use (SKL1\[1\] when D128 == 1).
    #[inline]
    pub const fn HWU162(&self) -> bool {
        support::get(self.0[2], 63, 0x1) != 0
    }
    /// Returns the value with `HWU162`, bit \[191\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_HWU162(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `HWU162`, bit \[191\] to `v`.
    #[inline]
    pub fn set_HWU162(&mut self, v: bool) {
        self.0[2] = support::put(self.0[2], 63, 0x1, v as u64);
    }
    /// `MAIR0`, bits \[223:192\]
    ///
    /// Memory attribute indirection, MAIR bits \[31:0\] (Attr0 to Attr3).
    #[inline]
    pub const fn MAIR0(&self) -> u32 {
        support::get(self.0[3], 0, 0xffffffff) as u32
    }
    /// Returns the value with `MAIR0`, bits \[223:192\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MAIR0(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `MAIR0`, bits \[223:192\] to `v`.
    #[inline]
    pub fn set_MAIR0(&mut self, v: u32) {
        self.0[3] = support::put(self.0[3], 0, 0xffffffff, v as u64);
    }
    /// `MAIR1`, bits \[255:224\]
    ///
    /// Memory attribute indirection, MAIR bits \[63:32\] (Attr4 to Attr7).
    #[inline]
    pub const fn MAIR1(&self) -> u32 {
        support::get(self.0[3], 32, 0xffffffff) as u32
    }
    /// Returns the value with `MAIR1`, bits \[255:224\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MAIR1(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `MAIR1`, bits \[255:224\] to `v`.
    #[inline]
    pub fn set_MAIR1(&mut self, v: u32) {
        self.0[3] = support::put(self.0[3], 32, 0xffffffff, v as u64);
    }
    /// `AMAIR0`, bits \[287:256\]
    ///
    /// Auxiliary memory attribute indirection, AMAIR bits \[31:0\] (IMPLEMENTATION DEFINED).
    #[inline]
    pub const fn AMAIR0(&self) -> u32 {
        support::get(self.0[4], 0, 0xffffffff) as u32
    }
    /// Returns the value with `AMAIR0`, bits \[287:256\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AMAIR0(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[4] = support::put(words[4], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `AMAIR0`, bits \[287:256\] to `v`.
    #[inline]
    pub fn set_AMAIR0(&mut self, v: u32) {
        self.0[4] = support::put(self.0[4], 0, 0xffffffff, v as u64);
    }
    /// `AMAIR1`, bits \[319:288\]
    ///
    /// Auxiliary memory attribute indirection, AMAIR bits \[63:32\] (IMPLEMENTATION DEFINED).
    #[inline]
    pub const fn AMAIR1(&self) -> u32 {
        support::get(self.0[4], 32, 0xffffffff) as u32
    }
    /// Returns the value with `AMAIR1`, bits \[319:288\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AMAIR1(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[4] = support::put(words[4], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `AMAIR1`, bits \[319:288\] to `v`.
    #[inline]
    pub fn set_AMAIR1(&mut self, v: u32) {
        self.0[4] = support::put(self.0[4], 32, 0xffffffff, v as u64);
    }
    /// `PARTID`, bits \[367:352\]
    ///
    /// MPAM PARTID for client traffic when STE.S1MPAM == 1 (virtual when nested).
    #[inline]
    pub const fn PARTID(&self) -> u16 {
        support::get(self.0[5], 32, 0xffff) as u16
    }
    /// Returns the value with `PARTID`, bits \[367:352\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PARTID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `PARTID`, bits \[367:352\] to `v`.
    #[inline]
    pub fn set_PARTID(&mut self, v: u16) {
        self.0[5] = support::put(self.0[5], 32, 0xffff, v as u64);
    }
    /// `PMG`, bits \[375:368\]
    ///
    /// MPAM PMG for client traffic when STE.S1MPAM == 1.
    #[inline]
    pub const fn PMG(&self) -> u8 {
        support::get(self.0[5], 48, 0xff) as u8
    }
    /// Returns the value with `PMG`, bits \[375:368\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PMG(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[5] = support::put(words[5], 48, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `PMG`, bits \[375:368\] to `v`.
    #[inline]
    pub fn set_PMG(&mut self, v: u8) {
        self.0[5] = support::put(self.0[5], 48, 0xff, v as u64);
    }
    /// `PIIU`, bits \[431:384\]
    ///
    /// Unprivileged base permission interpretations: 16 3-bit values indexed by PIIndex.
    #[inline]
    pub const fn PIIU(&self) -> u64 {
        support::get(self.0[6], 0, 0xffffffffffff)
    }
    /// Returns the value with `PIIU`, bits \[431:384\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PIIU(self, v: u64) -> Result<Self, FieldError> {
        match support::fit("PIIU", v, 0xffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[6] = support::put(words[6], 0, 0xffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PIIU`, bits \[431:384\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PIIU(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit("PIIU", v, 0xffffffffffff)?;
        self.0[6] = support::put(self.0[6], 0, 0xffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PIIP`, bits \[495:448\]
    ///
    /// Privileged base permission interpretations: 16 3-bit values indexed by PIIndex.
    #[inline]
    pub const fn PIIP(&self) -> u64 {
        support::get(self.0[7], 0, 0xffffffffffff)
    }
    /// Returns the value with `PIIP`, bits \[495:448\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PIIP(self, v: u64) -> Result<Self, FieldError> {
        match support::fit("PIIP", v, 0xffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[7] = support::put(words[7], 0, 0xffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PIIP`, bits \[495:448\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PIIP(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit("PIIP", v, 0xffffffffffff)?;
        self.0[7] = support::put(self.0[7], 0, 0xffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 6, 0x3);
        if super::enums::Tg0Granule::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TG0",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 8, 0x3);
        if super::enums::WalkCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "IR0",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 10, 0x3);
        if super::enums::WalkCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "OR0",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 12, 0x3);
        if super::enums::CfgShareability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "SH0",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 22, 0x3);
        if super::enums::Tg1Granule::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TG1",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 24, 0x3);
        if super::enums::WalkCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "IR1",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 26, 0x3);
        if super::enums::WalkCacheability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "OR1",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 28, 0x3);
        if super::enums::CfgShareability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "SH1",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 32, 0x7);
        if super::enums::PhysAddrSize::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "IPS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub const fn used_bits(&self) -> Self {
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
    pub const fn update_safe(&self, target: &Self) -> Self {
        let _ = target;
        let safe = [0u64; 8];
        Self(safe)
    }
}
impl Default for CD {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CD {
    const NAME: &'static str = "CD";
    const WORDS: usize = 8;
    const FIELDS: &'static [FieldInfo] = CD::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CD", Self::FIELDS, &self.0)
    }
}
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
