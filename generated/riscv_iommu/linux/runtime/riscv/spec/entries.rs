// SPDX-License-Identifier: MIT OR Apache-2.0

//! In-memory structures of `riscv_iommu`, as arrays of little-endian 64-bit words.
use super::support::{self, FieldError, FieldInfo, Layout, UsedBits};
#[cfg(not(iommugen_test))]
/// A non-leaf DDT entry: points at the next-level table.
///
/// `DDTE`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 2.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct DDTE(pub(crate) [u64; 1]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl DDTE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 10, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for DDTE {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for DDTE {
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
pub(crate) struct DC(pub(crate) [u64; 8]);
#[allow(non_snake_case)]
impl DC {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        Self([0; 8])
    }
    #[cfg(not(iommugen_test))]
    /// `V`, bit \[0\]
    ///
    /// Valid.
    #[inline]
    pub(crate) const fn V(&self) -> bool {
        support::get(self.0[0], 0, 0x1) != 0
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
    /// `PDTV`, bit \[5\]
    ///
    /// fsc holds a process directory pointer (pdtp) instead of iosatp.
    #[inline]
    pub(crate) const fn PDTV(&self) -> bool {
        support::get(self.0[0], 5, 0x1) != 0
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `PDTV`, bit \[5\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_PDTV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 5, 0x1, v as u64);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `DPE`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_DPE(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 9, 0x1, v as u64);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `iohgatp_MODE`, bits \[127:124\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_iohgatp_MODE(self, v: super::enums::IohgatpMode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// Returns the value with `PSCID`, bits \[159:140\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_PSCID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `fsc_PPN`, bits \[235:192\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_fsc_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("fsc_PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 0, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `fsc_MODE`, bits \[255:252\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_fsc_MODE(self, v: super::enums::DcFscMode) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub(crate) const fn used_bits(&self) -> Self {
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
    pub(crate) const fn update_safe(&self, target: &Self) -> Self {
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
#[cfg(not(iommugen_test))]
/// A non-leaf PDT entry: points at the next-level table.
///
/// `PDTE`: 8 bytes, 1 little-endian 64-bit words.
///
/// Architecture reference: section 2.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct PDTE(pub(crate) [u64; 1]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl PDTE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    /// Returns the value with `PPN`, bits \[53:10\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 10, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for PDTE {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for PDTE {
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
impl ::core::fmt::Debug for PDTE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PDTE", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// A process context.
///
/// `PC`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 2.2.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub(crate) struct PC(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl PC {
    /// Number of 64-bit words.
    pub(crate) const WORDS: usize = 2;
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        Self([0; 2])
    }
    /// `V`, bit \[0\]
    ///
    /// Valid.
    #[inline]
    pub(crate) const fn V(&self) -> bool {
        support::get(self.0[0], 0, 0x1) != 0
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
    /// Returns the value with `PSCID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_PSCID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `fsc_PPN`, bits \[107:64\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_fsc_PPN(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("fsc_PPN", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `fsc_MODE`, bits \[127:124\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_fsc_MODE(self, v: super::enums::IosatpMode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 60, 0xf, v.bits());
            Self(words)
        }
    }
    /// The bits the hardware reads for this value (the spec's `used` rules): a value of the
    /// same shape with those bits set.
    pub(crate) const fn used_bits(&self) -> Self {
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
    pub(crate) const fn update_safe(&self, target: &Self) -> Self {
        let _ = target;
        let safe = [0u64; 2];
        Self(safe)
    }
}
#[cfg(not(iommugen_test))]
impl Default for PC {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for PC {
    const WORDS: usize = 2;
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
impl ::core::fmt::Debug for PC {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PC", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
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
