// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `CMDQ` queue: its 16-byte records and their encoding.
use super::support::{self, FieldError, FieldInfo, Layout};
/// Invalidate the cached STE of one stream (and the CDs and VMS data cached through it).
///
/// `CMD_CFGI_STE`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_CFGI_STE(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl CMD_CFGI_STE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSec",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "StreamID",
            lsb: 32,
            msb: 63,
        },
        FieldInfo {
            name: "Leaf",
            lsb: 64,
            msb: 64,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x3);
            Self(words)
        }
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
}
impl Default for CMD_CFGI_STE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_CFGI_STE {
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
impl ::core::fmt::Debug for CMD_CFGI_STE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_STE", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Invalidate the STEs of an aligned block of 2^(Range+1) StreamIDs.
///
/// CMD_CFGI_ALL shares this opcode: it is CMD_CFGI_STE_RANGE with Range == 31, which
/// invalidates all cached configuration (STEs, CDs, level-1 descriptors, VMS) of the
/// Security state given by SSec; StreamID is then ignored (IHI 0070 4.3.6).
///
/// `CMD_CFGI_STE_RANGE`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x4 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_CFGI_STE_RANGE(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CMD_CFGI_STE_RANGE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSec",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "StreamID",
            lsb: 32,
            msb: 63,
        },
        FieldInfo {
            name: "Range",
            lsb: 64,
            msb: 68,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x4);
            Self(words)
        }
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `Range`, bits \[68:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_Range(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Range", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for CMD_CFGI_STE_RANGE {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for CMD_CFGI_STE_RANGE {
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
impl ::core::fmt::Debug for CMD_CFGI_STE_RANGE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_STE_RANGE", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Invalidate one cached CD, the one at index SubstreamID of the stream's CD table.
///
/// `CMD_CFGI_CD`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x5 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_CFGI_CD(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CMD_CFGI_CD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSec",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "SubstreamID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "StreamID",
            lsb: 32,
            msb: 63,
        },
        FieldInfo {
            name: "Leaf",
            lsb: 64,
            msb: 64,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x5);
            Self(words)
        }
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for CMD_CFGI_CD {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for CMD_CFGI_CD {
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
impl ::core::fmt::Debug for CMD_CFGI_CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_CD", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Invalidate all stage 1 EL1 entries of a VMID, global ones included (VMALLE1).
///
/// `CMD_TLBI_NH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x10 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_TLBI_NH_ALL(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl CMD_TLBI_NH_ALL {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "VMID",
        lsb: 32,
        msb: 47,
    }];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x10);
            Self(words)
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for CMD_TLBI_NH_ALL {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for CMD_TLBI_NH_ALL {
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
impl ::core::fmt::Debug for CMD_TLBI_NH_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_ALL", Self::FIELDS, &self.0)
    }
}
/// Invalidate non-global stage 1 EL1 entries by ASID and VMID (ASIDE1).
///
/// `CMD_TLBI_NH_ASID`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x11 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_TLBI_NH_ASID(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_NH_ASID {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "VMID",
            lsb: 32,
            msb: 47,
        },
        FieldInfo {
            name: "ASID",
            lsb: 48,
            msb: 63,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x11);
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
}
impl Default for CMD_TLBI_NH_ASID {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NH_ASID {
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
impl ::core::fmt::Debug for CMD_TLBI_NH_ASID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_ASID", Self::FIELDS, &self.0)
    }
}
/// Invalidate stage 1 EL1 entries by VA, ASID and VMID, plus global ones (VA{L}E1).
///
/// `CMD_TLBI_NH_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x12 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_TLBI_NH_VA(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_NH_VA {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "NUM",
            lsb: 12,
            msb: 16,
        },
        FieldInfo {
            name: "SCALE",
            lsb: 20,
            msb: 25,
        },
        FieldInfo {
            name: "VMID",
            lsb: 32,
            msb: 47,
        },
        FieldInfo {
            name: "ASID",
            lsb: 48,
            msb: 63,
        },
        FieldInfo {
            name: "Leaf",
            lsb: 64,
            msb: 64,
        },
        FieldInfo {
            name: "TTL128",
            lsb: 71,
            msb: 71,
        },
        FieldInfo {
            name: "TTL",
            lsb: 72,
            msb: 73,
        },
        FieldInfo {
            name: "TG",
            lsb: 74,
            msb: 75,
        },
        FieldInfo {
            name: "Address",
            lsb: 76,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x12);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `NUM`, bits \[16:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_NUM(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("NUM", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `SCALE`, bits \[25:20\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_SCALE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("SCALE", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 20, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
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
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `TG`, bits \[75:74\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_TG(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(iommugen_test)]
    /// `Address`, bits \[127:76\]
    ///
    /// Virtual address, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub(crate) const fn Address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits \[127:76\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_Address(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("Address", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for CMD_TLBI_NH_VA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NH_VA {
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
impl ::core::fmt::Debug for CMD_TLBI_NH_VA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_VA", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Invalidate all Non-secure non-EL2 entries at all stages (Non-secure ALLE1).
///
/// `CMD_TLBI_NSNH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x30 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.4.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_TLBI_NSNH_ALL(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
impl CMD_TLBI_NSNH_ALL {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x30);
            Self(words)
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for CMD_TLBI_NSNH_ALL {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for CMD_TLBI_NSNH_ALL {
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
impl ::core::fmt::Debug for CMD_TLBI_NSNH_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NSNH_ALL", Self::FIELDS, &self.0)
    }
}
/// Wait for completion of all earlier commands, then optionally signal completion.
///
/// `CMD_SYNC`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x46 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.7.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct CMD_SYNC(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl CMD_SYNC {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CS",
            lsb: 12,
            msb: 13,
        },
        FieldInfo {
            name: "MSH",
            lsb: 22,
            msb: 23,
        },
        FieldInfo {
            name: "MSIAttr",
            lsb: 24,
            msb: 27,
        },
        FieldInfo {
            name: "MSIData",
            lsb: 32,
            msb: 63,
        },
        FieldInfo {
            name: "MSIAddress",
            lsb: 66,
            msb: 119,
        },
        FieldInfo {
            name: "MSI_NS",
            lsb: 127,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x46);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `CS`, bits \[13:12\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_CS(self, v: super::enums::ComplSignal) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `MSH`, bits \[23:22\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_MSH(self, v: super::enums::MsiShareability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 22, 0x3, v.bits());
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `MSIAttr`, bits \[27:24\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_MSIAttr(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("MSIAttr", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 24, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `MSIData`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_MSIData(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `MSIAddress`, bits \[119:66\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_MSIAddress(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("MSIAddress", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 2, 0x3fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for CMD_SYNC {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_SYNC {
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
impl ::core::fmt::Debug for CMD_SYNC {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_SYNC", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Every record of queue `CMDQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub(crate) enum CMDQ_Command {
    /// `CMD_CFGI_STE`.
    CMD_CFGI_STE(CMD_CFGI_STE),
    /// `CMD_CFGI_STE_RANGE`.
    CMD_CFGI_STE_RANGE(CMD_CFGI_STE_RANGE),
    /// `CMD_CFGI_CD`.
    CMD_CFGI_CD(CMD_CFGI_CD),
    /// `CMD_TLBI_NH_ALL`.
    CMD_TLBI_NH_ALL(CMD_TLBI_NH_ALL),
    /// `CMD_TLBI_NH_ASID`.
    CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID),
    /// `CMD_TLBI_NH_VA`.
    CMD_TLBI_NH_VA(CMD_TLBI_NH_VA),
    /// `CMD_TLBI_NSNH_ALL`.
    CMD_TLBI_NSNH_ALL(CMD_TLBI_NSNH_ALL),
    /// `CMD_SYNC`.
    CMD_SYNC(CMD_SYNC),
}
#[cfg(not(iommugen_test))]
impl CMDQ_Command {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub(crate) const fn encode(&self) -> [u64; 2] {
        match self {
            Self::CMD_CFGI_STE(r) => r.0,
            Self::CMD_CFGI_STE_RANGE(r) => r.0,
            Self::CMD_CFGI_CD(r) => r.0,
            Self::CMD_TLBI_NH_ALL(r) => r.0,
            Self::CMD_TLBI_NH_ASID(r) => r.0,
            Self::CMD_TLBI_NH_VA(r) => r.0,
            Self::CMD_TLBI_NSNH_ALL(r) => r.0,
            Self::CMD_SYNC(r) => r.0,
        }
    }
}
