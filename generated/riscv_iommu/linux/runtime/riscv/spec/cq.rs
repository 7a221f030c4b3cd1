// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `CQ` queue: its 16-byte records and their encoding.
use super::support::{self, FieldError, FieldInfo, Layout};
/// Invalidate first-stage (and, for a GSCID, nested) translations: all, by PSCID, by
/// address, or both.
///
/// `IOTINVAL_VMA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1 in bits \[6:0\] of queue `CQ`.
/// Function 0x0 in bits \[9:7\].
///
/// Architecture reference: section 3.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IOTINVAL_VMA(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl IOTINVAL_VMA {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "AV",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "PSCID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "PSCV",
            lsb: 32,
            msb: 32,
        },
        FieldInfo {
            name: "GV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "GSCID",
            lsb: 44,
            msb: 59,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 74,
            msb: 125,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x1);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// Returns the value with `AV`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_AV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
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
    /// Returns the value with `PSCV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_PSCV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `ADDR`, bits \[125:74\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 10, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for IOTINVAL_VMA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IOTINVAL_VMA {
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
impl ::core::fmt::Debug for IOTINVAL_VMA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IOTINVAL_VMA", Self::FIELDS, &self.0)
    }
}
/// Invalidate second-stage translations (and MSI page table entries): all, by GSCID, by
/// guest physical address.
///
/// `IOTINVAL_GVMA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1 in bits \[6:0\] of queue `CQ`.
/// Function 0x1 in bits \[9:7\].
///
/// Architecture reference: section 3.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IOTINVAL_GVMA(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl IOTINVAL_GVMA {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "AV",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "PSCID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "PSCV",
            lsb: 32,
            msb: 32,
        },
        FieldInfo {
            name: "GV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "GSCID",
            lsb: 44,
            msb: 59,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 74,
            msb: 125,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x1);
            words[0] = support::put(words[0], 7, 0x7, 0x1);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `AV`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_AV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `GV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_GV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `GSCID`, bits \[59:44\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_GSCID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 44, 0xffff, v as u64);
            Self(words)
        }
    }
    #[cfg(not(iommugen_test))]
    /// Returns the value with `ADDR`, bits \[125:74\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 10, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for IOTINVAL_GVMA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IOTINVAL_GVMA {
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
impl ::core::fmt::Debug for IOTINVAL_GVMA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IOTINVAL_GVMA", Self::FIELDS, &self.0)
    }
}
/// Fence: completes when every earlier command has; optionally writes DATA to ADDR and
/// signals a wire interrupt.
///
/// `IOFENCE_C`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x2 in bits \[6:0\] of queue `CQ`.
/// Function 0x0 in bits \[9:7\].
///
/// Architecture reference: section 3.1.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IOFENCE_C(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl IOFENCE_C {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "AV",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "WSI",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "PR",
            lsb: 12,
            msb: 12,
        },
        FieldInfo {
            name: "PW",
            lsb: 13,
            msb: 13,
        },
        FieldInfo {
            name: "DATA",
            lsb: 32,
            msb: 63,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 64,
            msb: 125,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x2);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// Returns the value with `AV`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_AV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `DATA`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_DATA(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `ADDR`, bits \[125:64\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub(crate) const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0x3fffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for IOFENCE_C {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IOFENCE_C {
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
impl ::core::fmt::Debug for IOFENCE_C {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IOFENCE_C", Self::FIELDS, &self.0)
    }
}
/// Invalidate cached device directory entries: all (DV = 0) or of one device_id.
///
/// `IODIR_INVAL_DDT`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits \[6:0\] of queue `CQ`.
/// Function 0x0 in bits \[9:7\].
///
/// Architecture reference: section 3.1.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IODIR_INVAL_DDT(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl IODIR_INVAL_DDT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "PID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "DV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "DID",
            lsb: 40,
            msb: 63,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x3);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// Returns the value with `DV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_DV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `DID`, bits \[63:40\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_DID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 40, 0xffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for IODIR_INVAL_DDT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IODIR_INVAL_DDT {
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
impl ::core::fmt::Debug for IODIR_INVAL_DDT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IODIR_INVAL_DDT", Self::FIELDS, &self.0)
    }
}
/// Invalidate cached process directory entries of one device_id and process_id.
///
/// `IODIR_INVAL_PDT`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits \[6:0\] of queue `CQ`.
/// Function 0x1 in bits \[9:7\].
///
/// Architecture reference: section 3.1.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct IODIR_INVAL_PDT(pub(crate) [u64; 2]);
#[allow(non_snake_case)]
impl IODIR_INVAL_PDT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "PID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "DV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "DID",
            lsb: 40,
            msb: 63,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x3);
            words[0] = support::put(words[0], 7, 0x7, 0x1);
            Self(words)
        }
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `DV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_DV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `DID`, bits \[63:40\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_DID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 40, 0xffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
impl Default for IODIR_INVAL_PDT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IODIR_INVAL_PDT {
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
impl ::core::fmt::Debug for IODIR_INVAL_PDT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IODIR_INVAL_PDT", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Send a PCIe page request group response to a device.
///
/// `ATS_PRGR`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x4 in bits \[6:0\] of queue `CQ`.
/// Function 0x1 in bits \[9:7\].
///
/// Architecture reference: section 3.1.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct ATS_PRGR(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl ATS_PRGR {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "PID",
            lsb: 12,
            msb: 31,
        },
        FieldInfo {
            name: "PV",
            lsb: 32,
            msb: 32,
        },
        FieldInfo {
            name: "DSV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "RID",
            lsb: 40,
            msb: 55,
        },
        FieldInfo {
            name: "DSEG",
            lsb: 56,
            msb: 63,
        },
        FieldInfo {
            name: "PRG_INDEX",
            lsb: 96,
            msb: 104,
        },
        FieldInfo {
            name: "RESP_CODE",
            lsb: 108,
            msb: 111,
        },
        FieldInfo {
            name: "DST_ID",
            lsb: 112,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x4);
            words[0] = support::put(words[0], 7, 0x7, 0x1);
            Self(words)
        }
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `PV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_PV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `DSV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_DSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `RID`, bits \[55:40\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_RID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 40, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `DSEG`, bits \[63:56\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_DSEG(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 56, 0xff, v as u64);
            Self(words)
        }
    }
    /// Returns the value with `PRG_INDEX`, bits \[104:96\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_PRG_INDEX(self, v: u16) -> Result<Self, FieldError> {
        match support::fit("PRG_INDEX", v as u64, 0x1ff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 32, 0x1ff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Returns the value with `RESP_CODE`, bits \[111:108\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_RESP_CODE(self, v: super::enums::PrgResponseCode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0xf, v.bits());
            Self(words)
        }
    }
}
#[cfg(not(iommugen_test))]
impl Default for ATS_PRGR {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for ATS_PRGR {
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
impl ::core::fmt::Debug for ATS_PRGR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ATS_PRGR", Self::FIELDS, &self.0)
    }
}
