// SPDX-License-Identifier: MIT OR Apache-2.0

//! In-memory structures of `riscv_iommu`, as arrays of little-endian 64-bit words.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// A non-leaf DDT entry: points at the next-level table.
///
/// `DDTE`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 2.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct DDTE(pub [u64; 1]);
#[allow(non_snake_case)]
impl DDTE {
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
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 1])
    }
    /// `V`, bit \[0\]
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
    /// `PPN`, bits \[53:10\]
    ///
    /// The next-level table.
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn PPN(&self) -> u64 {
        support::get(self.0[0], 10, 0xfffffffffff) << 12
    }
    /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 10, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PPN`, bits \[53:10\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
        self.0[0] = support::put(self.0[0], 10, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
impl Default for DDTE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for DDTE {
    const NAME: &'static str = "DDTE";
    const WORDS: usize = 1;
    const FIELDS: &'static [FieldInfo] = DDTE::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for DDTE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "DDTE", Self::FIELDS, &self.0)
    }
}
/// A device context, in the extended format (64 bytes, capabilities.MSI_FLAT = 1). The base
/// format is its first 32 bytes (tc, iohgatp, ta, fsc).
///
/// `DC`: 64 bytes, 8 little-endian 64-bit words.
///
/// Architecture reference: section 2.1.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct DC(pub [u64; 8]);
#[allow(non_snake_case)]
impl DC {
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
            name: "EN_ATS",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "EN_PRI",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "T2GPA",
            lsb: 3,
            msb: 3,
        },
        FieldInfo {
            name: "DTF",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "PDTV",
            lsb: 5,
            msb: 5,
        },
        FieldInfo {
            name: "PRPR",
            lsb: 6,
            msb: 6,
        },
        FieldInfo {
            name: "GADE",
            lsb: 7,
            msb: 7,
        },
        FieldInfo {
            name: "SADE",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "DPE",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "SBE",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "SXL",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "iohgatp_PPN",
            lsb: 64,
            msb: 107,
        },
        FieldInfo {
            name: "iohgatp_GSCID",
            lsb: 108,
            msb: 123,
        },
        FieldInfo {
            name: "iohgatp_MODE",
            lsb: 124,
            msb: 127,
        },
        FieldInfo {
            name: "PSCID",
            lsb: 140,
            msb: 159,
        },
        FieldInfo {
            name: "fsc_PPN",
            lsb: 192,
            msb: 235,
        },
        FieldInfo {
            name: "fsc_MODE",
            lsb: 252,
            msb: 255,
        },
        FieldInfo {
            name: "msiptp_PPN",
            lsb: 256,
            msb: 299,
        },
        FieldInfo {
            name: "msiptp_MODE",
            lsb: 316,
            msb: 319,
        },
        FieldInfo {
            name: "msi_addr_mask",
            lsb: 320,
            msb: 371,
        },
        FieldInfo {
            name: "msi_addr_pattern",
            lsb: 384,
            msb: 435,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 8])
    }
    /// `V`, bit \[0\]
    ///
    /// Valid.
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
    /// `EN_ATS`, bit \[1\]
    ///
    /// PCIe ATS requests allowed.
    #[inline]
    pub const fn EN_ATS(&self) -> bool {
        support::get(self.0[0], 1, 0x1) != 0
    }
    /// Returns the value with `EN_ATS`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EN_ATS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `EN_ATS`, bit \[1\] to `v`.
    #[inline]
    pub fn set_EN_ATS(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 1, 0x1, v as u64);
    }
    /// `EN_PRI`, bit \[2\]
    ///
    /// PCIe page requests allowed.
    #[inline]
    pub const fn EN_PRI(&self) -> bool {
        support::get(self.0[0], 2, 0x1) != 0
    }
    /// Returns the value with `EN_PRI`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EN_PRI(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `EN_PRI`, bit \[2\] to `v`.
    #[inline]
    pub fn set_EN_PRI(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 2, 0x1, v as u64);
    }
    /// `T2GPA`, bit \[3\]
    ///
    /// ATS translation completions return guest physical addresses.
    #[inline]
    pub const fn T2GPA(&self) -> bool {
        support::get(self.0[0], 3, 0x1) != 0
    }
    /// Returns the value with `T2GPA`, bit \[3\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_T2GPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 3, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `T2GPA`, bit \[3\] to `v`.
    #[inline]
    pub fn set_T2GPA(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 3, 0x1, v as u64);
    }
    /// `DTF`, bit \[4\]
    ///
    /// Disable translation fault reporting.
    #[inline]
    pub const fn DTF(&self) -> bool {
        support::get(self.0[0], 4, 0x1) != 0
    }
    /// Returns the value with `DTF`, bit \[4\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DTF(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 4, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DTF`, bit \[4\] to `v`.
    #[inline]
    pub fn set_DTF(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 4, 0x1, v as u64);
    }
    /// `PDTV`, bit \[5\]
    ///
    /// fsc holds a process directory pointer (pdtp) instead of iosatp.
    #[inline]
    pub const fn PDTV(&self) -> bool {
        support::get(self.0[0], 5, 0x1) != 0
    }
    /// Returns the value with `PDTV`, bit \[5\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PDTV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 5, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PDTV`, bit \[5\] to `v`.
    #[inline]
    pub fn set_PDTV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 5, 0x1, v as u64);
    }
    /// `PRPR`, bit \[6\]
    ///
    /// PASID in page-request group responses.
    #[inline]
    pub const fn PRPR(&self) -> bool {
        support::get(self.0[0], 6, 0x1) != 0
    }
    /// Returns the value with `PRPR`, bit \[6\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRPR(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 6, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PRPR`, bit \[6\] to `v`.
    #[inline]
    pub fn set_PRPR(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 6, 0x1, v as u64);
    }
    /// `GADE`, bit \[7\]
    ///
    /// Hardware updates of A/D bits in second-stage PTEs.
    #[inline]
    pub const fn GADE(&self) -> bool {
        support::get(self.0[0], 7, 0x1) != 0
    }
    /// Returns the value with `GADE`, bit \[7\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GADE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GADE`, bit \[7\] to `v`.
    #[inline]
    pub fn set_GADE(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 7, 0x1, v as u64);
    }
    /// `SADE`, bit \[8\]
    ///
    /// Hardware updates of A/D bits in first-stage PTEs.
    #[inline]
    pub const fn SADE(&self) -> bool {
        support::get(self.0[0], 8, 0x1) != 0
    }
    /// Returns the value with `SADE`, bit \[8\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SADE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 8, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SADE`, bit \[8\] to `v`.
    #[inline]
    pub fn set_SADE(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 8, 0x1, v as u64);
    }
    /// `DPE`, bit \[9\]
    ///
    /// Default process: transactions without a process_id use process_id 0 (with PDTV = 1).
    #[inline]
    pub const fn DPE(&self) -> bool {
        support::get(self.0[0], 9, 0x1) != 0
    }
    /// Returns the value with `DPE`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DPE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 9, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DPE`, bit \[9\] to `v`.
    #[inline]
    pub fn set_DPE(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 9, 0x1, v as u64);
    }
    /// `SBE`, bit \[10\]
    ///
    /// Big-endian first-stage tables and process directory.
    #[inline]
    pub const fn SBE(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SBE`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SBE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SBE`, bit \[10\] to `v`.
    #[inline]
    pub fn set_SBE(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `SXL`, bit \[11\]
    ///
    /// 32-bit first-stage translation (Sv32).
    #[inline]
    pub const fn SXL(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SXL`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SXL(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SXL`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SXL(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `iohgatp_PPN`, bits \[107:64\]
    ///
    /// Root of the second-stage page table (16 KiB aligned).
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn iohgatp_PPN(&self) -> u64 {
        support::get(self.0[1], 0, 0xfffffffffff) << 12
    }
    /// Returns the value with `iohgatp_PPN`, bits \[107:64\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_iohgatp_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("iohgatp_PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `iohgatp_PPN`, bits \[107:64\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_iohgatp_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("iohgatp_PPN", v, 12, 0xfffffffffff)?;
        self.0[1] = support::put(self.0[1], 0, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `iohgatp_GSCID`, bits \[123:108\]
    ///
    /// Guest soft-context ID.
    #[inline]
    pub const fn iohgatp_GSCID(&self) -> u16 {
        support::get(self.0[1], 44, 0xffff) as u16
    }
    /// Returns the value with `iohgatp_GSCID`, bits \[123:108\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_iohgatp_GSCID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `iohgatp_GSCID`, bits \[123:108\] to `v`.
    #[inline]
    pub fn set_iohgatp_GSCID(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 44, 0xffff, v as u64);
    }
    /// `iohgatp_MODE`, bits \[127:124\]
    #[inline]
    pub const fn iohgatp_MODE(&self) -> Result<super::enums::IohgatpMode, FieldError> {
        let raw = support::get(self.0[1], 60, 0xf);
        match super::enums::IohgatpMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "iohgatp_MODE",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `iohgatp_MODE`, bits \[127:124\].
    #[inline]
    pub const fn iohgatp_MODE_bits(&self) -> u64 {
        support::get(self.0[1], 60, 0xf)
    }
    /// Returns the value with `iohgatp_MODE`, bits \[127:124\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_iohgatp_MODE(self, v: super::enums::IohgatpMode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// Sets `iohgatp_MODE`, bits \[127:124\] to `v`.
    #[inline]
    pub fn set_iohgatp_MODE(&mut self, v: super::enums::IohgatpMode) {
        self.0[1] = support::put(self.0[1], 60, 0xf, v.bits());
    }
    /// `PSCID`, bits \[159:140\]
    ///
    /// Process soft-context ID, used when PDTV = 0.
    #[inline]
    pub const fn PSCID(&self) -> u32 {
        support::get(self.0[2], 12, 0xfffff) as u32
    }
    /// Returns the value with `PSCID`, bits \[159:140\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PSCID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PSCID`, bits \[159:140\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PSCID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PSCID", v as u64, 0xfffff)?;
        self.0[2] = support::put(self.0[2], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `fsc_PPN`, bits \[235:192\]
    ///
    /// Root of the first-stage page table (PDTV = 0) or of the process directory (PDTV = 1).
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn fsc_PPN(&self) -> u64 {
        support::get(self.0[3], 0, 0xfffffffffff) << 12
    }
    /// Returns the value with `fsc_PPN`, bits \[235:192\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_fsc_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("fsc_PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 0, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `fsc_PPN`, bits \[235:192\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_fsc_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("fsc_PPN", v, 12, 0xfffffffffff)?;
        self.0[3] = support::put(self.0[3], 0, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `fsc_MODE`, bits \[255:252\]
    #[inline]
    pub const fn fsc_MODE(&self) -> Result<super::enums::DcFscMode, FieldError> {
        let raw = support::get(self.0[3], 60, 0xf);
        match super::enums::DcFscMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "fsc_MODE",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `fsc_MODE`, bits \[255:252\].
    #[inline]
    pub const fn fsc_MODE_bits(&self) -> u64 {
        support::get(self.0[3], 60, 0xf)
    }
    /// Returns the value with `fsc_MODE`, bits \[255:252\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_fsc_MODE(self, v: super::enums::DcFscMode) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// Sets `fsc_MODE`, bits \[255:252\] to `v`.
    #[inline]
    pub fn set_fsc_MODE(&mut self, v: super::enums::DcFscMode) {
        self.0[3] = support::put(self.0[3], 60, 0xf, v.bits());
    }
    /// `msiptp_PPN`, bits \[299:256\]
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn msiptp_PPN(&self) -> u64 {
        support::get(self.0[4], 0, 0xfffffffffff) << 12
    }
    /// Returns the value with `msiptp_PPN`, bits \[299:256\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_msiptp_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("msiptp_PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[4] = support::put(words[4], 0, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `msiptp_PPN`, bits \[299:256\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_msiptp_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("msiptp_PPN", v, 12, 0xfffffffffff)?;
        self.0[4] = support::put(self.0[4], 0, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `msiptp_MODE`, bits \[319:316\]
    #[inline]
    pub const fn msiptp_MODE(&self) -> Result<super::enums::MsiptpMode, FieldError> {
        let raw = support::get(self.0[4], 60, 0xf);
        match super::enums::MsiptpMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "msiptp_MODE",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `msiptp_MODE`, bits \[319:316\].
    #[inline]
    pub const fn msiptp_MODE_bits(&self) -> u64 {
        support::get(self.0[4], 60, 0xf)
    }
    /// Returns the value with `msiptp_MODE`, bits \[319:316\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_msiptp_MODE(self, v: super::enums::MsiptpMode) -> Self {
        {
            let mut words = self.0;
            words[4] = support::put(words[4], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// Sets `msiptp_MODE`, bits \[319:316\] to `v`.
    #[inline]
    pub fn set_msiptp_MODE(&mut self, v: super::enums::MsiptpMode) {
        self.0[4] = support::put(self.0[4], 60, 0xf, v.bits());
    }
    /// `msi_addr_mask`, bits \[371:320\]
    ///
    /// Which guest physical page-number bits select the interrupt file.
    #[inline]
    pub const fn msi_addr_mask(&self) -> u64 {
        support::get(self.0[5], 0, 0xfffffffffffff)
    }
    /// Returns the value with `msi_addr_mask`, bits \[371:320\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_msi_addr_mask(self, v: u64) -> Result<Self, FieldError> {
        match support::fit("msi_addr_mask", v, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[5] = support::put(words[5], 0, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `msi_addr_mask`, bits \[371:320\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_msi_addr_mask(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit("msi_addr_mask", v, 0xfffffffffffff)?;
        self.0[5] = support::put(self.0[5], 0, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `msi_addr_pattern`, bits \[435:384\]
    ///
    /// The page-number bits an MSI address must match (where the mask bit is 0).
    #[inline]
    pub const fn msi_addr_pattern(&self) -> u64 {
        support::get(self.0[6], 0, 0xfffffffffffff)
    }
    /// Returns the value with `msi_addr_pattern`, bits \[435:384\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_msi_addr_pattern(self, v: u64) -> Result<Self, FieldError> {
        match support::fit("msi_addr_pattern", v, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[6] = support::put(words[6], 0, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `msi_addr_pattern`, bits \[435:384\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_msi_addr_pattern(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit("msi_addr_pattern", v, 0xfffffffffffff)?;
        self.0[6] = support::put(self.0[6], 0, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 60, 0xf);
        if super::enums::IohgatpMode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "iohgatp_MODE",
                value: raw,
            });
        }
        let raw = support::get(self.0[3], 60, 0xf);
        if super::enums::DcFscMode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "fsc_MODE",
                value: raw,
            });
        }
        let raw = support::get(self.0[4], 60, 0xf);
        if super::enums::MsiptpMode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "msiptp_MODE",
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
            used[0] |= 0xffe;
            used[1] |= 0xf000000000000000;
            used[3] |= 0xf000000000000000;
            used[4] |= 0xf000000000000000;
        }
        if support::get(self.0[0], 0, 0x1) != 0 && support::get(self.0[1], 60, 0xf) != 0x0 {
            used[1] |= 0xfffffffffffffff;
        }
        if support::get(self.0[0], 0, 0x1) != 0 && support::get(self.0[3], 60, 0xf) != 0x0 {
            used[3] |= 0xfffffffffff;
        }
        if support::get(self.0[0], 0, 0x1) != 0
            && support::get(self.0[0], 5, 0x1) == 0
            && support::get(self.0[3], 60, 0xf) != 0x0
        {
            used[2] |= 0xfffff000;
        }
        if support::get(self.0[0], 0, 0x1) != 0 && support::get(self.0[4], 60, 0xf) == 0x1 {
            used[4] |= 0xfffffffffff;
            used[5] |= 0xfffffffffffff;
            used[6] |= 0xfffffffffffff;
        }
        Self(used)
    }
    /// The bits that may change in any order between `self` and `target` (the spec's
    /// `update_safe` rules): the hardware may see them take their new values before or after
    /// the rest of the update without harm, so a hitless writer need not order them. A rule
    /// with a condition applies when the condition holds for both values.
    ///
    /// No field of `DC` is update-safe: this is always zero.
    ///
    /// Architecture reference: section 2.3.
    pub const fn update_safe(&self, target: &Self) -> Self {
        let _ = target;
        let safe = [0u64; 8];
        Self(safe)
    }
}
impl Default for DC {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for DC {
    const NAME: &'static str = "DC";
    const WORDS: usize = 8;
    const FIELDS: &'static [FieldInfo] = DC::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for DC {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "DC", Self::FIELDS, &self.0)
    }
}
impl UsedBits for DC {
    #[inline]
    fn used_bits(&self) -> Self {
        DC::used_bits(self)
    }
    #[inline]
    fn update_safe(&self, target: &Self) -> Self {
        DC::update_safe(self, target)
    }
}
/// A non-leaf PDT entry: points at the next-level table.
///
/// `PDTE`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 2.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct PDTE(pub [u64; 1]);
#[allow(non_snake_case)]
impl PDTE {
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
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 1])
    }
    /// `V`, bit \[0\]
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
    /// `PPN`, bits \[53:10\]
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn PPN(&self) -> u64 {
        support::get(self.0[0], 10, 0xfffffffffff) << 12
    }
    /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 10, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PPN`, bits \[53:10\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
        self.0[0] = support::put(self.0[0], 10, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
impl Default for PDTE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for PDTE {
    const NAME: &'static str = "PDTE";
    const WORDS: usize = 1;
    const FIELDS: &'static [FieldInfo] = PDTE::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for PDTE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PDTE", Self::FIELDS, &self.0)
    }
}
/// A process context.
///
/// `PC`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 2.2.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct PC(pub [u64; 2]);
#[allow(non_snake_case)]
impl PC {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "V",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "ENS",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "SUM",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "PSCID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "fsc_PPN",
            lsb: 64,
            msb: 107,
        },
        FieldInfo {
            name: "fsc_MODE",
            lsb: 124,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 2])
    }
    /// `V`, bit \[0\]
    ///
    /// Valid.
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
    /// `ENS`, bit \[1\]
    ///
    /// Supervisor-privilege transactions allowed.
    #[inline]
    pub const fn ENS(&self) -> bool {
        support::get(self.0[0], 1, 0x1) != 0
    }
    /// Returns the value with `ENS`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ENS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `ENS`, bit \[1\] to `v`.
    #[inline]
    pub fn set_ENS(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 1, 0x1, v as u64);
    }
    /// `SUM`, bit \[2\]
    ///
    /// Supervisor access to user pages (with ENS).
    #[inline]
    pub const fn SUM(&self) -> bool {
        support::get(self.0[0], 2, 0x1) != 0
    }
    /// Returns the value with `SUM`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SUM(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SUM`, bit \[2\] to `v`.
    #[inline]
    pub fn set_SUM(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 2, 0x1, v as u64);
    }
    /// `PSCID`, bits \[31:12\]
    ///
    /// Process soft-context ID.
    #[inline]
    pub const fn PSCID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PSCID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PSCID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PSCID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PSCID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PSCID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `fsc_PPN`, bits \[107:64\]
    ///
    /// Root of the first-stage page table.
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn fsc_PPN(&self) -> u64 {
        support::get(self.0[1], 0, 0xfffffffffff) << 12
    }
    /// Returns the value with `fsc_PPN`, bits \[107:64\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_fsc_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("fsc_PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `fsc_PPN`, bits \[107:64\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_fsc_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("fsc_PPN", v, 12, 0xfffffffffff)?;
        self.0[1] = support::put(self.0[1], 0, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `fsc_MODE`, bits \[127:124\]
    #[inline]
    pub const fn fsc_MODE(&self) -> Result<super::enums::IosatpMode, FieldError> {
        let raw = support::get(self.0[1], 60, 0xf);
        match super::enums::IosatpMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "fsc_MODE",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `fsc_MODE`, bits \[127:124\].
    #[inline]
    pub const fn fsc_MODE_bits(&self) -> u64 {
        support::get(self.0[1], 60, 0xf)
    }
    /// Returns the value with `fsc_MODE`, bits \[127:124\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_fsc_MODE(self, v: super::enums::IosatpMode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// Sets `fsc_MODE`, bits \[127:124\] to `v`.
    #[inline]
    pub fn set_fsc_MODE(&mut self, v: super::enums::IosatpMode) {
        self.0[1] = support::put(self.0[1], 60, 0xf, v.bits());
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 60, 0xf);
        if super::enums::IosatpMode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "fsc_MODE",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub const fn used_bits(&self) -> Self {
        let mut used = [0u64; 2];
        used[0] |= 0x1;
        if support::get(self.0[0], 0, 0x1) != 0 {
            used[0] |= 0xfffff006;
            used[1] |= 0xf000000000000000;
        }
        if support::get(self.0[0], 0, 0x1) != 0 && support::get(self.0[1], 60, 0xf) != 0x0 {
            used[1] |= 0xfffffffffff;
        }
        Self(used)
    }
    /// The bits that may change in any order between `self` and `target` (the spec's
    /// `update_safe` rules): the hardware may see them take their new values before or after
    /// the rest of the update without harm, so a hitless writer need not order them. A rule
    /// with a condition applies when the condition holds for both values.
    ///
    /// No field of `PC` is update-safe: this is always zero.
    ///
    /// Architecture reference: section 2.3.
    pub const fn update_safe(&self, target: &Self) -> Self {
        let _ = target;
        let safe = [0u64; 2];
        Self(safe)
    }
}
impl Default for PC {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for PC {
    const NAME: &'static str = "PC";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = PC::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for PC {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PC", Self::FIELDS, &self.0)
    }
}
impl UsedBits for PC {
    #[inline]
    fn used_bits(&self) -> Self {
        PC::used_bits(self)
    }
    #[inline]
    fn update_safe(&self, target: &Self) -> Self {
        PC::update_safe(self, target)
    }
}
/// A basic-mode (write-through) MSI PTE: the MSI is written to PPN's page (M = 3).
///
/// `MSI_PTE`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 2.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct MSI_PTE(pub [u64; 2]);
#[allow(non_snake_case)]
impl MSI_PTE {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "V",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "M",
            lsb: 1,
            msb: 2,
        },
        FieldInfo {
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
        FieldInfo {
            name: "C",
            lsb: 63,
            msb: 63,
        },
        FieldInfo {
            name: "ignored",
            lsb: 64,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 2])
    }
    /// `V`, bit \[0\]
    ///
    /// Valid.
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
    /// `M`, bits \[2:1\]
    #[inline]
    pub const fn M(&self) -> Result<super::enums::MsiPteMode, FieldError> {
        let raw = support::get(self.0[0], 1, 0x3);
        match super::enums::MsiPteMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "M",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `M`, bits \[2:1\].
    #[inline]
    pub const fn M_bits(&self) -> u64 {
        support::get(self.0[0], 1, 0x3)
    }
    /// Returns the value with `M`, bits \[2:1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_M(self, v: super::enums::MsiPteMode) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 1, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `M`, bits \[2:1\] to `v`.
    #[inline]
    pub fn set_M(&mut self, v: super::enums::MsiPteMode) {
        self.0[0] = support::put(self.0[0], 1, 0x3, v.bits());
    }
    /// `PPN`, bits \[53:10\]
    ///
    /// The interrupt file's page.
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn PPN(&self) -> u64 {
        support::get(self.0[0], 10, 0xfffffffffff) << 12
    }
    /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 10, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PPN`, bits \[53:10\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_PPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("PPN", v, 12, 0xfffffffffff)?;
        self.0[0] = support::put(self.0[0], 10, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `C`, bit \[63\]
    ///
    /// Custom format: further interpretation is implementation defined.
    #[inline]
    pub const fn C(&self) -> bool {
        support::get(self.0[0], 63, 0x1) != 0
    }
    /// Returns the value with `C`, bit \[63\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_C(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `C`, bit \[63\] to `v`.
    #[inline]
    pub fn set_C(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 63, 0x1, v as u64);
    }
    /// `ignored`, bits \[127:64\]
    ///
    /// Ignored by the IOMMU in basic mode; free for software.
    #[inline]
    pub const fn ignored(&self) -> u64 {
        support::get(self.0[1], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `ignored`, bits \[127:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ignored(self, v: u64) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffffffffffffffff, v);
            Self(words)
        }
    }
    /// Sets `ignored`, bits \[127:64\] to `v`.
    #[inline]
    pub fn set_ignored(&mut self, v: u64) {
        self.0[1] = support::put(self.0[1], 0, 0xffffffffffffffff, v);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 1, 0x3);
        if super::enums::MsiPteMode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "M",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
impl Default for MSI_PTE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for MSI_PTE {
    const NAME: &'static str = "MSI_PTE";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = MSI_PTE::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for MSI_PTE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "MSI_PTE", Self::FIELDS, &self.0)
    }
}
/// An MRIF-mode MSI PTE: the MSI is recorded in a memory-resident interrupt file and a notice
/// MSI is sent (M = 1, with capabilities.MSI_MRIF).
///
/// `MSI_PTE_MRIF`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 2.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct MSI_PTE_MRIF(pub [u64; 2]);
#[allow(non_snake_case)]
impl MSI_PTE_MRIF {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "V",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "M",
            lsb: 1,
            msb: 2,
        },
        FieldInfo {
            name: "MRIF_Address",
            lsb: 7,
            msb: 53,
        },
        FieldInfo {
            name: "C",
            lsb: 63,
            msb: 63,
        },
        FieldInfo {
            name: "N90",
            lsb: 64,
            msb: 73,
        },
        FieldInfo {
            name: "NPPN",
            lsb: 74,
            msb: 117,
        },
        FieldInfo {
            name: "N10",
            lsb: 124,
            msb: 124,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 2])
    }
    /// `V`, bit \[0\]
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
    /// `M`, bits \[2:1\]
    #[inline]
    pub const fn M(&self) -> Result<super::enums::MsiPteMode, FieldError> {
        let raw = support::get(self.0[0], 1, 0x3);
        match super::enums::MsiPteMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "M",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `M`, bits \[2:1\].
    #[inline]
    pub const fn M_bits(&self) -> u64 {
        support::get(self.0[0], 1, 0x3)
    }
    /// Returns the value with `M`, bits \[2:1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_M(self, v: super::enums::MsiPteMode) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 1, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `M`, bits \[2:1\] to `v`.
    #[inline]
    pub fn set_M(&mut self, v: super::enums::MsiPteMode) {
        self.0[0] = support::put(self.0[0], 1, 0x3, v.bits());
    }
    /// `MRIF_Address`, bits \[53:7\]
    ///
    /// The MRIF's address (512-byte aligned; the field holds address bits \[55:9\]).
    /// The address (the field holds it shifted right by 9), with bits \[8:0\] zero.
    #[inline]
    pub const fn MRIF_Address(&self) -> u64 {
        support::get(self.0[0], 7, 0x7fffffffffff) << 9
    }
    /// Returns the value with `MRIF_Address`, bits \[53:7\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_MRIF_Address(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("MRIF_Address", v, 9, 0x7fffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 7, 0x7fffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `MRIF_Address`, bits \[53:7\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_MRIF_Address(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("MRIF_Address", v, 9, 0x7fffffffffff)?;
        self.0[0] = support::put(self.0[0], 7, 0x7fffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `C`, bit \[63\]
    #[inline]
    pub const fn C(&self) -> bool {
        support::get(self.0[0], 63, 0x1) != 0
    }
    /// Returns the value with `C`, bit \[63\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_C(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `C`, bit \[63\] to `v`.
    #[inline]
    pub fn set_C(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 63, 0x1, v as u64);
    }
    /// `N90`, bits \[73:64\]
    ///
    /// Notice identity, bits \[9:0\].
    #[inline]
    pub const fn N90(&self) -> u16 {
        support::get(self.0[1], 0, 0x3ff) as u16
    }
    /// Returns the value with `N90`, bits \[73:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_N90(self, v: u16) -> Result<Self, FieldError> {
        match support::fit("N90", v as u64, 0x3ff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0x3ff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `N90`, bits \[73:64\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_N90(&mut self, v: u16) -> Result<(), FieldError> {
        let raw = support::fit("N90", v as u64, 0x3ff)?;
        self.0[1] = support::put(self.0[1], 0, 0x3ff, raw);
        ::core::result::Result::Ok(())
    }
    /// `NPPN`, bits \[117:74\]
    ///
    /// The page the notice MSI is written to.
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn NPPN(&self) -> u64 {
        support::get(self.0[1], 10, 0xfffffffffff) << 12
    }
    /// Returns the value with `NPPN`, bits \[117:74\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_NPPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("NPPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 10, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `NPPN`, bits \[117:74\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_NPPN(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("NPPN", v, 12, 0xfffffffffff)?;
        self.0[1] = support::put(self.0[1], 10, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `N10`, bit \[124\]
    ///
    /// Notice identity, bit 10.
    #[inline]
    pub const fn N10(&self) -> bool {
        support::get(self.0[1], 60, 0x1) != 0
    }
    /// Returns the value with `N10`, bit \[124\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_N10(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 60, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `N10`, bit \[124\] to `v`.
    #[inline]
    pub fn set_N10(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 60, 0x1, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 1, 0x3);
        if super::enums::MsiPteMode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "M",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
impl Default for MSI_PTE_MRIF {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for MSI_PTE_MRIF {
    const NAME: &'static str = "MSI_PTE_MRIF";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = MSI_PTE_MRIF::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for MSI_PTE_MRIF {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "MSI_PTE_MRIF", Self::FIELDS, &self.0)
    }
}
