// SPDX-License-Identifier: MIT OR Apache-2.0

//! Registers of `riscv_iommu`: one value type per register, with its offset and typed fields.
#[cfg(not(iommugen_test))]
use super::support::{self, FieldError, FieldInfo, Readable, Register, Writable};
#[cfg(not(iommugen_test))]
/// What the IOMMU implements. Read-only.
///
/// `capabilities`: 64-bit read-only register at offset 0x0 (block `iommu` + 0x0).
///
/// Architecture reference: section 5.3.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct capabilities(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl capabilities {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "version",
            lsb: 0,
            msb: 7,
        },
        FieldInfo {
            name: "Sv32",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "Sv39",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "Sv48",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "Sv57",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "Svpbmt",
            lsb: 15,
            msb: 15,
        },
        FieldInfo {
            name: "Sv32x4",
            lsb: 16,
            msb: 16,
        },
        FieldInfo {
            name: "Sv39x4",
            lsb: 17,
            msb: 17,
        },
        FieldInfo {
            name: "Sv48x4",
            lsb: 18,
            msb: 18,
        },
        FieldInfo {
            name: "Sv57x4",
            lsb: 19,
            msb: 19,
        },
        FieldInfo {
            name: "AMO_MRIF",
            lsb: 21,
            msb: 21,
        },
        FieldInfo {
            name: "MSI_FLAT",
            lsb: 22,
            msb: 22,
        },
        FieldInfo {
            name: "MSI_MRIF",
            lsb: 23,
            msb: 23,
        },
        FieldInfo {
            name: "AMO_HWAD",
            lsb: 24,
            msb: 24,
        },
        FieldInfo {
            name: "ATS",
            lsb: 25,
            msb: 25,
        },
        FieldInfo {
            name: "T2GPA",
            lsb: 26,
            msb: 26,
        },
        FieldInfo {
            name: "END",
            lsb: 27,
            msb: 27,
        },
        FieldInfo {
            name: "IGS",
            lsb: 28,
            msb: 29,
        },
        FieldInfo {
            name: "HPM",
            lsb: 30,
            msb: 30,
        },
        FieldInfo {
            name: "DBG",
            lsb: 31,
            msb: 31,
        },
        FieldInfo {
            name: "PAS",
            lsb: 32,
            msb: 37,
        },
        FieldInfo {
            name: "PD8",
            lsb: 38,
            msb: 38,
        },
        FieldInfo {
            name: "PD17",
            lsb: 39,
            msb: 39,
        },
        FieldInfo {
            name: "PD20",
            lsb: 40,
            msb: 40,
        },
    ];
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u64 {
        self.0
    }
    /// `version`, bits \[7:0\]
    ///
    /// Specification version: major in \[7:4\], minor in \[3:0\] (0x10 for 1.0).
    #[inline]
    pub(crate) const fn version(&self) -> u8 {
        support::get(self.0, 0, 0xff) as u8
    }
    /// `Sv39`, bit \[9\]
    #[inline]
    pub(crate) const fn Sv39(&self) -> bool {
        support::get(self.0, 9, 0x1) != 0
    }
    /// `Sv48`, bit \[10\]
    #[inline]
    pub(crate) const fn Sv48(&self) -> bool {
        support::get(self.0, 10, 0x1) != 0
    }
    /// `Sv57`, bit \[11\]
    #[inline]
    pub(crate) const fn Sv57(&self) -> bool {
        support::get(self.0, 11, 0x1) != 0
    }
    /// `Sv39x4`, bit \[17\]
    #[inline]
    pub(crate) const fn Sv39x4(&self) -> bool {
        support::get(self.0, 17, 0x1) != 0
    }
    /// `Sv48x4`, bit \[18\]
    #[inline]
    pub(crate) const fn Sv48x4(&self) -> bool {
        support::get(self.0, 18, 0x1) != 0
    }
    /// `MSI_FLAT`, bit \[22\]
    ///
    /// MSI address translation with basic-mode MSI PTEs (and the extended device context).
    #[inline]
    pub(crate) const fn MSI_FLAT(&self) -> bool {
        support::get(self.0, 22, 0x1) != 0
    }
    /// `AMO_HWAD`, bit \[24\]
    ///
    /// Atomic updates of the A and D bits of PTEs.
    #[inline]
    pub(crate) const fn AMO_HWAD(&self) -> bool {
        support::get(self.0, 24, 0x1) != 0
    }
    /// `ATS`, bit \[25\]
    ///
    /// PCIe Address Translation Services and Page Request Interface.
    #[inline]
    pub(crate) const fn ATS(&self) -> bool {
        support::get(self.0, 25, 0x1) != 0
    }
    /// `IGS`, bits \[29:28\]
    #[inline]
    pub(crate) const fn IGS(&self) -> Result<super::enums::Igs, FieldError> {
        let raw = support::get(self.0, 28, 0x3);
        match super::enums::Igs::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "IGS",
                value: raw,
            }),
        }
    }
    /// `PAS`, bits \[37:32\]
    ///
    /// Physical address size.
    #[inline]
    pub(crate) const fn PAS(&self) -> u8 {
        support::get(self.0, 32, 0x3f) as u8
    }
    /// `PD8`, bit \[38\]
    ///
    /// One-level process directory, 8-bit process_id.
    #[inline]
    pub(crate) const fn PD8(&self) -> bool {
        support::get(self.0, 38, 0x1) != 0
    }
    /// `PD17`, bit \[39\]
    ///
    /// Two-level process directory, 17-bit process_id.
    #[inline]
    pub(crate) const fn PD17(&self) -> bool {
        support::get(self.0, 39, 0x1) != 0
    }
    /// `PD20`, bit \[40\]
    ///
    /// Three-level process directory, 20-bit process_id.
    #[inline]
    pub(crate) const fn PD20(&self) -> bool {
        support::get(self.0, 40, 0x1) != 0
    }
}
#[cfg(not(iommugen_test))]
impl Register for capabilities {
    const OFFSET: usize = 0x0_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for capabilities {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for capabilities {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "capabilities", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Features control.
///
/// `fctl`: 32-bit read-write register at offset 0x8 (block `iommu` + 0x8).
///
/// Architecture reference: section 5.4.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct fctl(u32);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl fctl {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "BE",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "WSI",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "GXL",
            lsb: 2,
            msb: 2,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// `BE`, bit \[0\]
    ///
    /// Big-endian in-memory structures and accesses (when capabilities.END allows).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub(crate) const fn BE(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `BE`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_BE(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Returns the value with `WSI`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_WSI(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// `GXL`, bit \[2\]
    ///
    /// Second stage translation for 32-bit guests (Sv32x4).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub(crate) const fn GXL(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Returns the value with `GXL`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_GXL(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for fctl {
    const OFFSET: usize = 0x8_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for fctl {}
#[cfg(not(iommugen_test))]
impl Writable for fctl {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for fctl {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fctl", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Device directory table pointer and translation mode. Software waits for busy to read 0
/// before writing and after each write.
///
/// `ddtp`: 64-bit read-write register at offset 0x10 (block `iommu` + 0x10).
///
/// Architecture reference: section 5.5.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct ddtp(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl ddtp {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "iommu_mode",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "busy",
            lsb: 4,
            msb: 4,
        },
        FieldInfo {
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw encoding of `iommu_mode`, bits \[3:0\].
    #[inline]
    pub(crate) const fn iommu_mode_bits(&self) -> u64 {
        support::get(self.0, 0, 0xf)
    }
    /// Returns the value with `iommu_mode`, bits \[3:0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_iommu_mode(self, v: super::enums::IommuMode) -> Self {
        Self(support::put(self.0, 0, 0xf, v.bits()))
    }
    /// `busy`, bit \[4\]
    ///
    /// Set while the IOMMU acts on a write to ddtp.
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub(crate) const fn busy(&self) -> bool {
        support::get(self.0, 4, 0x1) != 0
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
impl Register for ddtp {
    const OFFSET: usize = 0x10_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for ddtp {}
#[cfg(not(iommugen_test))]
impl Writable for ddtp {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for ddtp {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ddtp", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue base.
///
/// `cqb`: 64-bit read-write register at offset 0x18 (block `iommu` + 0x18).
///
/// Architecture reference: section 5.6.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct cqb(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl cqb {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SZ_1",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// Returns the value with `LOG2SZ_1`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_LOG2SZ_1(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SZ_1", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
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
impl Register for cqb {
    const OFFSET: usize = 0x18_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for cqb {}
#[cfg(not(iommugen_test))]
impl Writable for cqb {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for cqb {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqb", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue head: the next command the IOMMU will fetch.
///
/// `cqh`: 32-bit read-only register at offset 0x20 (block `iommu` + 0x20).
///
/// Architecture reference: section 5.7.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct cqh(u32);
#[cfg(not(iommugen_test))]
impl cqh {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "index",
        lsb: 0,
        msb: 31,
    }];
    /// `index`, bits \[31:0\]
    #[inline]
    pub(crate) const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
}
#[cfg(not(iommugen_test))]
impl Register for cqh {
    const OFFSET: usize = 0x20_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for cqh {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for cqh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqh", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue tail: where software writes the next command.
///
/// `cqt`: 32-bit read-write register at offset 0x24 (block `iommu` + 0x24).
///
/// Architecture reference: section 5.8.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct cqt(u32);
#[cfg(not(iommugen_test))]
impl cqt {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "index",
        lsb: 0,
        msb: 31,
    }];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `index`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_index(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for cqt {
    const OFFSET: usize = 0x24_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for cqt {}
#[cfg(not(iommugen_test))]
impl Writable for cqt {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for cqt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqt", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Fault queue base.
///
/// `fqb`: 64-bit read-write register at offset 0x28 (block `iommu` + 0x28).
///
/// Architecture reference: section 5.9.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct fqb(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl fqb {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SZ_1",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// Returns the value with `LOG2SZ_1`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_LOG2SZ_1(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SZ_1", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
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
impl Register for fqb {
    const OFFSET: usize = 0x28_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for fqb {}
#[cfg(not(iommugen_test))]
impl Writable for fqb {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for fqb {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqb", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Fault queue head: the next record software reads.
///
/// `fqh`: 32-bit read-write register at offset 0x30 (block `iommu` + 0x30).
///
/// Architecture reference: section 5.10.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct fqh(u32);
#[cfg(not(iommugen_test))]
impl fqh {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "index",
        lsb: 0,
        msb: 31,
    }];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `index`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_index(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for fqh {
    const OFFSET: usize = 0x30_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for fqh {}
#[cfg(not(iommugen_test))]
impl Writable for fqh {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for fqh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqh", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Fault queue tail: where the IOMMU writes the next record.
///
/// `fqt`: 32-bit read-only register at offset 0x34 (block `iommu` + 0x34).
///
/// Architecture reference: section 5.11.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct fqt(u32);
#[cfg(not(iommugen_test))]
impl fqt {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "index",
        lsb: 0,
        msb: 31,
    }];
    /// `index`, bits \[31:0\]
    #[inline]
    pub(crate) const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
}
#[cfg(not(iommugen_test))]
impl Register for fqt {
    const OFFSET: usize = 0x34_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for fqt {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for fqt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqt", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Page-request queue base.
///
/// `pqb`: 64-bit read-write register at offset 0x38 (block `iommu` + 0x38).
///
/// Architecture reference: section 5.12.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct pqb(u64);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl pqb {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "LOG2SZ_1",
            lsb: 0,
            msb: 4,
        },
        FieldInfo {
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// Returns the value with `LOG2SZ_1`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_LOG2SZ_1(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SZ_1", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
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
impl Register for pqb {
    const OFFSET: usize = 0x38_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for pqb {}
#[cfg(not(iommugen_test))]
impl Writable for pqb {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for pqb {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqb", Self::FIELDS, &[self.0])
    }
}
#[cfg(not(iommugen_test))]
/// Page-request queue head.
///
/// `pqh`: 32-bit read-write register at offset 0x40 (block `iommu` + 0x40).
///
/// Architecture reference: section 5.13.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct pqh(u32);
#[cfg(not(iommugen_test))]
impl pqh {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "index",
        lsb: 0,
        msb: 31,
    }];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `index`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_index(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for pqh {
    const OFFSET: usize = 0x40_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for pqh {}
#[cfg(not(iommugen_test))]
impl Writable for pqh {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for pqh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqh", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Page-request queue tail.
///
/// `pqt`: 32-bit read-only register at offset 0x44 (block `iommu` + 0x44).
///
/// Architecture reference: section 5.14.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct pqt(u32);
#[cfg(not(iommugen_test))]
impl pqt {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "index",
        lsb: 0,
        msb: 31,
    }];
    /// `index`, bits \[31:0\]
    #[inline]
    pub(crate) const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
}
#[cfg(not(iommugen_test))]
impl Register for pqt {
    const OFFSET: usize = 0x44_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for pqt {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for pqt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqt", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Command queue control and status. Enabling: write cqen = 1, wait until busy = 0 and
/// cqon = 1.
///
/// `cqcsr`: 32-bit read-write register at offset 0x48 (block `iommu` + 0x48).
///
/// Architecture reference: section 5.15.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct cqcsr(u32);
#[cfg(not(iommugen_test))]
impl cqcsr {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "cqen",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "cie",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "cqmf",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "cmd_to",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "cmd_ill",
            lsb: 10,
            msb: 10,
        },
        FieldInfo {
            name: "fence_w_ip",
            lsb: 11,
            msb: 11,
        },
        FieldInfo {
            name: "cqon",
            lsb: 16,
            msb: 16,
        },
        FieldInfo {
            name: "busy",
            lsb: 17,
            msb: 17,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `cqen`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_cqen(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// `cqmf`, bit \[8\]
    ///
    /// Memory fault while accessing the queue; the queue stops.
    #[inline]
    pub(crate) const fn cqmf(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Sets `cqmf`, bit \[8\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_cqmf(self) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, 0x1) as u32)
    }
    /// `cmd_to`, bit \[9\]
    ///
    /// A command timed out; the queue stops.
    #[inline]
    pub(crate) const fn cmd_to(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Sets `cmd_to`, bit \[9\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_cmd_to(self) -> Self {
        Self(support::put(self.0 as u64, 9, 0x1, 0x1) as u32)
    }
    /// `cmd_ill`, bit \[10\]
    ///
    /// An illegal or unsupported command was fetched; the queue stops.
    #[inline]
    pub(crate) const fn cmd_ill(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// Sets `cmd_ill`, bit \[10\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_cmd_ill(self) -> Self {
        Self(support::put(self.0 as u64, 10, 0x1, 0x1) as u32)
    }
    /// `busy`, bit \[17\]
    ///
    /// Set while the IOMMU acts on a write to cqcsr.
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub(crate) const fn busy(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
    /// Mask of the busy bits.
    pub(crate) const BUSY_MASK: u32 = 0x20000_u32;
    /// Whether the hardware has finished acting on `written` (the last value written): no busy bit is set, `cqon` reads what was written to `cqen`.
    #[inline]
    pub(crate) const fn settled(self, written: Self) -> bool {
        self.0 & Self::BUSY_MASK == 0
            && support::get(self.0 as u64, 16, 0x1) == support::get(written.0 as u64, 0, 0x1)
    }
}
#[cfg(not(iommugen_test))]
impl Register for cqcsr {
    const OFFSET: usize = 0x48_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for cqcsr {}
#[cfg(not(iommugen_test))]
impl Writable for cqcsr {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for cqcsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqcsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Fault queue control and status.
///
/// `fqcsr`: 32-bit read-write register at offset 0x4c (block `iommu` + 0x4c).
///
/// Architecture reference: section 5.16.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct fqcsr(u32);
#[cfg(not(iommugen_test))]
impl fqcsr {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "fqen",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "fie",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "fqmf",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "fqof",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "fqon",
            lsb: 16,
            msb: 16,
        },
        FieldInfo {
            name: "busy",
            lsb: 17,
            msb: 17,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `fqen`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_fqen(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// `fie`, bit \[1\]
    ///
    /// Fault queue interrupt enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub(crate) const fn fie(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `fie`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_fie(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// `fqmf`, bit \[8\]
    ///
    /// Memory fault while writing the queue.
    #[inline]
    pub(crate) const fn fqmf(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Sets `fqmf`, bit \[8\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_fqmf(self) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, 0x1) as u32)
    }
    /// `fqof`, bit \[9\]
    ///
    /// The queue overflowed: records were dropped.
    #[inline]
    pub(crate) const fn fqof(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Sets `fqof`, bit \[9\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_fqof(self) -> Self {
        Self(support::put(self.0 as u64, 9, 0x1, 0x1) as u32)
    }
    /// `fqon`, bit \[16\]
    ///
    /// The fault queue is active.
    ///
    /// Resets to 0x0.
    ///
    /// Follows `fqen` once the hardware has acted on a write of it.
    #[inline]
    pub(crate) const fn fqon(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `busy`, bit \[17\]
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub(crate) const fn busy(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
}
#[cfg(not(iommugen_test))]
impl Register for fqcsr {
    const OFFSET: usize = 0x4c_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for fqcsr {}
#[cfg(not(iommugen_test))]
impl Writable for fqcsr {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for fqcsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqcsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Page-request queue control and status.
///
/// `pqcsr`: 32-bit read-write register at offset 0x50 (block `iommu` + 0x50).
///
/// Architecture reference: section 5.17.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct pqcsr(u32);
#[cfg(not(iommugen_test))]
impl pqcsr {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "pqen",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "pie",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "pqmf",
            lsb: 8,
            msb: 8,
        },
        FieldInfo {
            name: "pqof",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "pqon",
            lsb: 16,
            msb: 16,
        },
        FieldInfo {
            name: "busy",
            lsb: 17,
            msb: 17,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// Returns the value with `pqen`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_pqen(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// `pie`, bit \[1\]
    ///
    /// Page-request queue interrupt enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub(crate) const fn pie(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `pie`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub(crate) const fn with_pie(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// `pqmf`, bit \[8\]
    ///
    /// Memory fault while writing the queue.
    #[inline]
    pub(crate) const fn pqmf(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Sets `pqmf`, bit \[8\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_pqmf(self) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, 0x1) as u32)
    }
    /// `pqof`, bit \[9\]
    ///
    /// The queue overflowed: requests were answered by the IOMMU.
    #[inline]
    pub(crate) const fn pqof(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Sets `pqof`, bit \[9\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_pqof(self) -> Self {
        Self(support::put(self.0 as u64, 9, 0x1, 0x1) as u32)
    }
    /// `pqon`, bit \[16\]
    ///
    /// The page-request queue is active.
    ///
    /// Resets to 0x0.
    ///
    /// Follows `pqen` once the hardware has acted on a write of it.
    #[inline]
    pub(crate) const fn pqon(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `busy`, bit \[17\]
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub(crate) const fn busy(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
}
#[cfg(not(iommugen_test))]
impl Register for pqcsr {
    const OFFSET: usize = 0x50_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for pqcsr {}
#[cfg(not(iommugen_test))]
impl Writable for pqcsr {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for pqcsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqcsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Interrupt pending status.
///
/// `ipsr`: 32-bit read-write register at offset 0x54 (block `iommu` + 0x54).
///
/// Architecture reference: section 5.18.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct ipsr(u32);
#[cfg(not(iommugen_test))]
impl ipsr {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "cip",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "fip",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "pmip",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "pip",
            lsb: 3,
            msb: 3,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }
    /// `cip`, bit \[0\]
    ///
    /// Command queue interrupt pending.
    #[inline]
    pub(crate) const fn cip(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Sets `cip`, bit \[0\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_cip(self) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, 0x1) as u32)
    }
    /// `fip`, bit \[1\]
    ///
    /// Fault queue interrupt pending.
    #[inline]
    pub(crate) const fn fip(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Sets `fip`, bit \[1\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_fip(self) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, 0x1) as u32)
    }
    /// `pmip`, bit \[2\]
    ///
    /// Performance monitoring interrupt pending.
    #[inline]
    pub(crate) const fn pmip(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Sets `pmip`, bit \[2\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_pmip(self) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, 0x1) as u32)
    }
    /// `pip`, bit \[3\]
    ///
    /// Page-request queue interrupt pending.
    #[inline]
    pub(crate) const fn pip(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// Sets `pip`, bit \[3\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub(crate) const fn clear_pip(self) -> Self {
        Self(support::put(self.0 as u64, 3, 0x1, 0x1) as u32)
    }
}
#[cfg(not(iommugen_test))]
impl Register for ipsr {
    const OFFSET: usize = 0x54_usize;
    const WIDTH: u32 = 32;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
#[cfg(not(iommugen_test))]
impl Readable for ipsr {}
#[cfg(not(iommugen_test))]
impl Writable for ipsr {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for ipsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ipsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
#[cfg(not(iommugen_test))]
/// Interrupt cause to vector: which vector each interrupt source signals.
///
/// `icvec`: 64-bit read-write register at offset 0x2f8 (block `iommu` + 0x2f8).
///
/// Architecture reference: section 5.27.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct icvec(u64);
#[cfg(not(iommugen_test))]
impl icvec {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "civ",
            lsb: 0,
            msb: 3,
        },
        FieldInfo {
            name: "fiv",
            lsb: 4,
            msb: 7,
        },
        FieldInfo {
            name: "pmiv",
            lsb: 8,
            msb: 11,
        },
        FieldInfo {
            name: "piv",
            lsb: 12,
            msb: 15,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub(crate) const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// `civ`, bits \[3:0\]
    ///
    /// Command queue interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub(crate) const fn civ(&self) -> u8 {
        support::get(self.0, 0, 0xf) as u8
    }
    /// Returns the value with `civ`, bits \[3:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_civ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("civ", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// `fiv`, bits \[7:4\]
    ///
    /// Fault queue interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub(crate) const fn fiv(&self) -> u8 {
        support::get(self.0, 4, 0xf) as u8
    }
    /// Returns the value with `fiv`, bits \[7:4\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_fiv(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("fiv", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 4, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// `pmiv`, bits \[11:8\]
    ///
    /// Performance monitoring interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub(crate) const fn pmiv(&self) -> u8 {
        support::get(self.0, 8, 0xf) as u8
    }
    /// Returns the value with `pmiv`, bits \[11:8\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_pmiv(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("pmiv", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 8, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// `piv`, bits \[15:12\]
    ///
    /// Page-request queue interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub(crate) const fn piv(&self) -> u8 {
        support::get(self.0, 12, 0xf) as u8
    }
    /// Returns the value with `piv`, bits \[15:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub(crate) const fn with_piv(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("piv", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
}
#[cfg(not(iommugen_test))]
impl Register for icvec {
    const OFFSET: usize = 0x2f8_usize;
    const WIDTH: u32 = 64;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
#[cfg(not(iommugen_test))]
impl Readable for icvec {}
#[cfg(not(iommugen_test))]
impl Writable for icvec {}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for icvec {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "icvec", Self::FIELDS, &[self.0])
    }
}
