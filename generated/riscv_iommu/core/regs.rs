//! Registers of `riscv_iommu`: one value type per register, with its offset and typed fields.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
};
/// Offset of register block `iommu` from the device's MMIO base.
pub const IOMMU_BASE: usize = 0x0_usize;
/// Size in bytes of register block `iommu`.
pub const IOMMU_SIZE: usize = 0x1000_usize;
/// Size of the device's whole MMIO region.
pub const MMIO_SIZE: usize = 0x1000_usize;
/// What the IOMMU implements. Read-only.
///
/// `capabilities`: 64-bit read-only register at offset 0x0 (block `iommu` + 0x0).
///
/// Architecture reference: section 5.3.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct capabilities(u64);
#[allow(non_snake_case)]
impl capabilities {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x0_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `version`, bits \[7:0\]
    ///
    /// Specification version: major in \[7:4\], minor in \[3:0\] (0x10 for 1.0).
    #[inline]
    pub const fn version(&self) -> u8 {
        support::get(self.0, 0, 0xff) as u8
    }
    /// `Sv32`, bit \[8\]
    ///
    /// Sv32 first-stage translation (with SXL = 1).
    #[inline]
    pub const fn Sv32(&self) -> bool {
        support::get(self.0, 8, 0x1) != 0
    }
    /// `Sv39`, bit \[9\]
    #[inline]
    pub const fn Sv39(&self) -> bool {
        support::get(self.0, 9, 0x1) != 0
    }
    /// `Sv48`, bit \[10\]
    #[inline]
    pub const fn Sv48(&self) -> bool {
        support::get(self.0, 10, 0x1) != 0
    }
    /// `Sv57`, bit \[11\]
    #[inline]
    pub const fn Sv57(&self) -> bool {
        support::get(self.0, 11, 0x1) != 0
    }
    /// `Svpbmt`, bit \[15\]
    ///
    /// Page-based memory types.
    #[inline]
    pub const fn Svpbmt(&self) -> bool {
        support::get(self.0, 15, 0x1) != 0
    }
    /// `Sv32x4`, bit \[16\]
    ///
    /// Sv32x4 second-stage translation (with GXL = 1).
    #[inline]
    pub const fn Sv32x4(&self) -> bool {
        support::get(self.0, 16, 0x1) != 0
    }
    /// `Sv39x4`, bit \[17\]
    #[inline]
    pub const fn Sv39x4(&self) -> bool {
        support::get(self.0, 17, 0x1) != 0
    }
    /// `Sv48x4`, bit \[18\]
    #[inline]
    pub const fn Sv48x4(&self) -> bool {
        support::get(self.0, 18, 0x1) != 0
    }
    /// `Sv57x4`, bit \[19\]
    #[inline]
    pub const fn Sv57x4(&self) -> bool {
        support::get(self.0, 19, 0x1) != 0
    }
    /// `AMO_MRIF`, bit \[21\]
    ///
    /// Atomic updates of MRIFs.
    #[inline]
    pub const fn AMO_MRIF(&self) -> bool {
        support::get(self.0, 21, 0x1) != 0
    }
    /// `MSI_FLAT`, bit \[22\]
    ///
    /// MSI address translation with basic-mode MSI PTEs (and the extended device context).
    #[inline]
    pub const fn MSI_FLAT(&self) -> bool {
        support::get(self.0, 22, 0x1) != 0
    }
    /// `MSI_MRIF`, bit \[23\]
    ///
    /// MSI address translation with MRIF-mode MSI PTEs.
    #[inline]
    pub const fn MSI_MRIF(&self) -> bool {
        support::get(self.0, 23, 0x1) != 0
    }
    /// `AMO_HWAD`, bit \[24\]
    ///
    /// Atomic updates of the A and D bits of PTEs.
    #[inline]
    pub const fn AMO_HWAD(&self) -> bool {
        support::get(self.0, 24, 0x1) != 0
    }
    /// `ATS`, bit \[25\]
    ///
    /// PCIe Address Translation Services and Page Request Interface.
    #[inline]
    pub const fn ATS(&self) -> bool {
        support::get(self.0, 25, 0x1) != 0
    }
    /// `T2GPA`, bit \[26\]
    ///
    /// Guest physical addresses returned in ATS translation completions.
    #[inline]
    pub const fn T2GPA(&self) -> bool {
        support::get(self.0, 26, 0x1) != 0
    }
    /// `END`, bit \[27\]
    ///
    /// When 0, one endianness for in-memory structures; when 1, fctl.BE selects.
    #[inline]
    pub const fn END(&self) -> bool {
        support::get(self.0, 27, 0x1) != 0
    }
    /// `IGS`, bits \[29:28\]
    #[inline]
    pub const fn IGS(&self) -> Result<super::enums::Igs, FieldError> {
        let raw = support::get(self.0, 28, 0x3);
        match super::enums::Igs::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "IGS",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `IGS`, bits \[29:28\].
    #[inline]
    pub const fn IGS_bits(&self) -> u64 {
        support::get(self.0, 28, 0x3)
    }
    /// `HPM`, bit \[30\]
    ///
    /// Hardware performance monitor.
    #[inline]
    pub const fn HPM(&self) -> bool {
        support::get(self.0, 30, 0x1) != 0
    }
    /// `DBG`, bit \[31\]
    ///
    /// The translation-request debug interface.
    #[inline]
    pub const fn DBG(&self) -> bool {
        support::get(self.0, 31, 0x1) != 0
    }
    /// `PAS`, bits \[37:32\]
    ///
    /// Physical address size.
    #[inline]
    pub const fn PAS(&self) -> u8 {
        support::get(self.0, 32, 0x3f) as u8
    }
    /// `PD8`, bit \[38\]
    ///
    /// One-level process directory, 8-bit process_id.
    #[inline]
    pub const fn PD8(&self) -> bool {
        support::get(self.0, 38, 0x1) != 0
    }
    /// `PD17`, bit \[39\]
    ///
    /// Two-level process directory, 17-bit process_id.
    #[inline]
    pub const fn PD17(&self) -> bool {
        support::get(self.0, 39, 0x1) != 0
    }
    /// `PD20`, bit \[40\]
    ///
    /// Three-level process directory, 20-bit process_id.
    #[inline]
    pub const fn PD20(&self) -> bool {
        support::get(self.0, 40, 0x1) != 0
    }
}
impl Register for capabilities {
    const NAME: &'static str = "capabilities";
    const OFFSET: usize = 0x0_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = capabilities::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for capabilities {}
impl ::core::fmt::Debug for capabilities {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "capabilities", Self::FIELDS, &[self.0])
    }
}
/// Features control.
///
/// `fctl`: 32-bit read-write register at offset 0x8 (block `iommu` + 0x8).
///
/// Architecture reference: section 5.4.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct fctl(u32);
#[allow(non_snake_case)]
impl fctl {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `BE`, bit \[0\]
    ///
    /// Big-endian in-memory structures and accesses (when capabilities.END allows).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn BE(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `BE`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_BE(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `BE`, bit \[0\] to `v`.
    #[inline]
    pub fn set_BE(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `WSI`, bit \[1\]
    ///
    /// Wire-signaled interrupts instead of MSIs.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn WSI(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `WSI`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_WSI(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `WSI`, bit \[1\] to `v`.
    #[inline]
    pub fn set_WSI(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `GXL`, bit \[2\]
    ///
    /// Second stage translation for 32-bit guests (Sv32x4).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn GXL(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Returns the value with `GXL`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GXL(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, v as u64) as u32)
    }
    /// Sets `GXL`, bit \[2\] to `v`.
    #[inline]
    pub fn set_GXL(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 2, 0x1, v as u64) as u32;
    }
}
impl Register for fctl {
    const NAME: &'static str = "fctl";
    const OFFSET: usize = 0x8_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = fctl::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for fctl {}
impl Writable for fctl {}
impl ::core::fmt::Debug for fctl {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fctl", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Device directory table pointer and translation mode. Software waits for busy to read 0
/// before writing and after each write.
///
/// `ddtp`: 64-bit read-write register at offset 0x10 (block `iommu` + 0x10).
///
/// Architecture reference: section 5.5.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct ddtp(u64);
#[allow(non_snake_case)]
impl ddtp {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x10_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `iommu_mode`, bits \[3:0\]
    ///
    /// The translation mode (resets to Off or Bare).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn iommu_mode(&self) -> Result<super::enums::IommuMode, FieldError> {
        let raw = support::get(self.0, 0, 0xf);
        match super::enums::IommuMode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "iommu_mode",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `iommu_mode`, bits \[3:0\].
    #[inline]
    pub const fn iommu_mode_bits(&self) -> u64 {
        support::get(self.0, 0, 0xf)
    }
    /// Returns the value with `iommu_mode`, bits \[3:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_iommu_mode(self, v: super::enums::IommuMode) -> Self {
        Self(support::put(self.0, 0, 0xf, v.bits()))
    }
    /// Sets `iommu_mode`, bits \[3:0\] to `v`.
    #[inline]
    pub fn set_iommu_mode(&mut self, v: super::enums::IommuMode) {
        self.0 = support::put(self.0, 0, 0xf, v.bits());
    }
    /// `busy`, bit \[4\]
    ///
    /// Set while the IOMMU acts on a write to ddtp.
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub const fn busy(&self) -> bool {
        support::get(self.0, 4, 0x1) != 0
    }
    /// `PPN`, bits \[53:10\]
    ///
    /// Root page of the device directory table.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
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
    /// Mask of the busy bits.
    pub const BUSY_MASK: u64 = 0x10_u64;
    /// Whether the hardware has finished acting on `written` (the last value written): no busy bit is set.
    #[inline]
    pub const fn settled(self, _written: Self) -> bool {
        self.0 & Self::BUSY_MASK == 0
    }
}
impl Register for ddtp {
    const NAME: &'static str = "ddtp";
    const OFFSET: usize = 0x10_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = ddtp::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for ddtp {}
impl Writable for ddtp {}
impl ::core::fmt::Debug for ddtp {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ddtp", Self::FIELDS, &[self.0])
    }
}
/// Command queue base.
///
/// `cqb`: 64-bit read-write register at offset 0x18 (block `iommu` + 0x18).
///
/// Architecture reference: section 5.6.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct cqb(u64);
#[allow(non_snake_case)]
impl cqb {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x18_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `LOG2SZ_1`, bits \[4:0\]
    ///
    /// log2(entries) - 1.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn LOG2SZ_1(&self) -> u8 {
        support::get(self.0, 0, 0x1f) as u8
    }
    /// Returns the value with `LOG2SZ_1`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SZ_1(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SZ_1", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SZ_1`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SZ_1(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SZ_1", v as u64, 0x1f)?;
        self.0 = support::put(self.0, 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `PPN`, bits \[53:10\]
    ///
    /// The queue's base (4 KiB aligned, or 2^LOG2SZ x 16 for more than 256 entries).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
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
impl Register for cqb {
    const NAME: &'static str = "cqb";
    const OFFSET: usize = 0x18_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = cqb::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for cqb {}
impl Writable for cqb {}
impl ::core::fmt::Debug for cqb {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqb", Self::FIELDS, &[self.0])
    }
}
/// Command queue head: the next command the IOMMU will fetch.
///
/// `cqh`: 32-bit read-only register at offset 0x20 (block `iommu` + 0x20).
///
/// Architecture reference: section 5.7.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct cqh(u32);
impl cqh {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x20_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "index",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `index`, bits \[31:0\]
    #[inline]
    pub const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
}
impl Register for cqh {
    const NAME: &'static str = "cqh";
    const OFFSET: usize = 0x20_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = cqh::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for cqh {}
impl ::core::fmt::Debug for cqh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqh", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Command queue tail: where software writes the next command.
///
/// `cqt`: 32-bit read-write register at offset 0x24 (block `iommu` + 0x24).
///
/// Architecture reference: section 5.8.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct cqt(u32);
impl cqt {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x24_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "index",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `index`, bits \[31:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `index`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_index(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `index`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_index(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for cqt {
    const NAME: &'static str = "cqt";
    const OFFSET: usize = 0x24_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = cqt::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for cqt {}
impl Writable for cqt {}
impl ::core::fmt::Debug for cqt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqt", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Fault queue base.
///
/// `fqb`: 64-bit read-write register at offset 0x28 (block `iommu` + 0x28).
///
/// Architecture reference: section 5.9.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct fqb(u64);
#[allow(non_snake_case)]
impl fqb {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x28_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `LOG2SZ_1`, bits \[4:0\]
    ///
    /// log2(entries) - 1.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn LOG2SZ_1(&self) -> u8 {
        support::get(self.0, 0, 0x1f) as u8
    }
    /// Returns the value with `LOG2SZ_1`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SZ_1(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SZ_1", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SZ_1`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SZ_1(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SZ_1", v as u64, 0x1f)?;
        self.0 = support::put(self.0, 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `PPN`, bits \[53:10\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
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
impl Register for fqb {
    const NAME: &'static str = "fqb";
    const OFFSET: usize = 0x28_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = fqb::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for fqb {}
impl Writable for fqb {}
impl ::core::fmt::Debug for fqb {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqb", Self::FIELDS, &[self.0])
    }
}
/// Fault queue head: the next record software reads.
///
/// `fqh`: 32-bit read-write register at offset 0x30 (block `iommu` + 0x30).
///
/// Architecture reference: section 5.10.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct fqh(u32);
impl fqh {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x30_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "index",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `index`, bits \[31:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `index`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_index(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `index`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_index(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for fqh {
    const NAME: &'static str = "fqh";
    const OFFSET: usize = 0x30_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = fqh::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for fqh {}
impl Writable for fqh {}
impl ::core::fmt::Debug for fqh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqh", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Fault queue tail: where the IOMMU writes the next record.
///
/// `fqt`: 32-bit read-only register at offset 0x34 (block `iommu` + 0x34).
///
/// Architecture reference: section 5.11.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct fqt(u32);
impl fqt {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x34_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "index",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `index`, bits \[31:0\]
    #[inline]
    pub const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
}
impl Register for fqt {
    const NAME: &'static str = "fqt";
    const OFFSET: usize = 0x34_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = fqt::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for fqt {}
impl ::core::fmt::Debug for fqt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqt", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Page-request queue base.
///
/// `pqb`: 64-bit read-write register at offset 0x38 (block `iommu` + 0x38).
///
/// Architecture reference: section 5.12.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct pqb(u64);
#[allow(non_snake_case)]
impl pqb {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x38_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `LOG2SZ_1`, bits \[4:0\]
    ///
    /// log2(entries) - 1.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn LOG2SZ_1(&self) -> u8 {
        support::get(self.0, 0, 0x1f) as u8
    }
    /// Returns the value with `LOG2SZ_1`, bits \[4:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_LOG2SZ_1(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("LOG2SZ_1", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x1f, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `LOG2SZ_1`, bits \[4:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_LOG2SZ_1(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("LOG2SZ_1", v as u64, 0x1f)?;
        self.0 = support::put(self.0, 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `PPN`, bits \[53:10\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
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
impl Register for pqb {
    const NAME: &'static str = "pqb";
    const OFFSET: usize = 0x38_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = pqb::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for pqb {}
impl Writable for pqb {}
impl ::core::fmt::Debug for pqb {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqb", Self::FIELDS, &[self.0])
    }
}
/// Page-request queue head.
///
/// `pqh`: 32-bit read-write register at offset 0x40 (block `iommu` + 0x40).
///
/// Architecture reference: section 5.13.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct pqh(u32);
impl pqh {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x40_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "index",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `index`, bits \[31:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `index`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_index(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `index`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_index(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for pqh {
    const NAME: &'static str = "pqh";
    const OFFSET: usize = 0x40_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = pqh::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for pqh {}
impl Writable for pqh {}
impl ::core::fmt::Debug for pqh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqh", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Page-request queue tail.
///
/// `pqt`: 32-bit read-only register at offset 0x44 (block `iommu` + 0x44).
///
/// Architecture reference: section 5.14.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct pqt(u32);
impl pqt {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x44_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "index",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `index`, bits \[31:0\]
    #[inline]
    pub const fn index(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
}
impl Register for pqt {
    const NAME: &'static str = "pqt";
    const OFFSET: usize = 0x44_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = pqt::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for pqt {}
impl ::core::fmt::Debug for pqt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqt", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Command queue control and status. Enabling: write cqen = 1, wait until busy = 0 and
/// cqon = 1.
///
/// `cqcsr`: 32-bit read-write register at offset 0x48 (block `iommu` + 0x48).
///
/// Architecture reference: section 5.15.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct cqcsr(u32);
impl cqcsr {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x48_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `cqen`, bit \[0\]
    ///
    /// Command queue enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn cqen(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `cqen`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_cqen(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `cqen`, bit \[0\] to `v`.
    #[inline]
    pub fn set_cqen(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `cie`, bit \[1\]
    ///
    /// Command queue interrupt enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn cie(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `cie`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_cie(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `cie`, bit \[1\] to `v`.
    #[inline]
    pub fn set_cie(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `cqmf`, bit \[8\]
    ///
    /// Memory fault while accessing the queue; the queue stops.
    #[inline]
    pub const fn cqmf(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Sets `cqmf`, bit \[8\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_cqmf(self) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, 0x1) as u32)
    }
    /// `cmd_to`, bit \[9\]
    ///
    /// A command timed out; the queue stops.
    #[inline]
    pub const fn cmd_to(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Sets `cmd_to`, bit \[9\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_cmd_to(self) -> Self {
        Self(support::put(self.0 as u64, 9, 0x1, 0x1) as u32)
    }
    /// `cmd_ill`, bit \[10\]
    ///
    /// An illegal or unsupported command was fetched; the queue stops.
    #[inline]
    pub const fn cmd_ill(&self) -> bool {
        support::get(self.0 as u64, 10, 0x1) != 0
    }
    /// Sets `cmd_ill`, bit \[10\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_cmd_ill(self) -> Self {
        Self(support::put(self.0 as u64, 10, 0x1, 0x1) as u32)
    }
    /// `fence_w_ip`, bit \[11\]
    ///
    /// An IOFENCE.C with WSI = 1 completed (wire-signaled interrupt pending).
    #[inline]
    pub const fn fence_w_ip(&self) -> bool {
        support::get(self.0 as u64, 11, 0x1) != 0
    }
    /// Sets `fence_w_ip`, bit \[11\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_fence_w_ip(self) -> Self {
        Self(support::put(self.0 as u64, 11, 0x1, 0x1) as u32)
    }
    /// `cqon`, bit \[16\]
    ///
    /// The command queue is active.
    ///
    /// Resets to 0x0.
    ///
    /// Follows `cqen` once the hardware has acted on a write of it.
    #[inline]
    pub const fn cqon(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `busy`, bit \[17\]
    ///
    /// Set while the IOMMU acts on a write to cqcsr.
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub const fn busy(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
    /// Mask of the busy bits.
    pub const BUSY_MASK: u32 = 0x20000_u32;
    /// Whether the hardware has finished acting on `written` (the last value written): no busy bit is set, `cqon` reads what was written to `cqen`.
    #[inline]
    pub const fn settled(self, written: Self) -> bool {
        self.0 & Self::BUSY_MASK == 0
            && support::get(self.0 as u64, 16, 0x1)
                == support::get(written.0 as u64, 0, 0x1)
    }
}
impl Register for cqcsr {
    const NAME: &'static str = "cqcsr";
    const OFFSET: usize = 0x48_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = cqcsr::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for cqcsr {}
impl Writable for cqcsr {}
impl ::core::fmt::Debug for cqcsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "cqcsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Fault queue control and status.
///
/// `fqcsr`: 32-bit read-write register at offset 0x4c (block `iommu` + 0x4c).
///
/// Architecture reference: section 5.16.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct fqcsr(u32);
impl fqcsr {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x4c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `fqen`, bit \[0\]
    ///
    /// Fault queue enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn fqen(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `fqen`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_fqen(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `fqen`, bit \[0\] to `v`.
    #[inline]
    pub fn set_fqen(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `fie`, bit \[1\]
    ///
    /// Fault queue interrupt enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn fie(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `fie`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_fie(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `fie`, bit \[1\] to `v`.
    #[inline]
    pub fn set_fie(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `fqmf`, bit \[8\]
    ///
    /// Memory fault while writing the queue.
    #[inline]
    pub const fn fqmf(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Sets `fqmf`, bit \[8\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_fqmf(self) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, 0x1) as u32)
    }
    /// `fqof`, bit \[9\]
    ///
    /// The queue overflowed: records were dropped.
    #[inline]
    pub const fn fqof(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Sets `fqof`, bit \[9\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_fqof(self) -> Self {
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
    pub const fn fqon(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `busy`, bit \[17\]
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub const fn busy(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
    /// Mask of the busy bits.
    pub const BUSY_MASK: u32 = 0x20000_u32;
    /// Whether the hardware has finished acting on `written` (the last value written): no busy bit is set, `fqon` reads what was written to `fqen`.
    #[inline]
    pub const fn settled(self, written: Self) -> bool {
        self.0 & Self::BUSY_MASK == 0
            && support::get(self.0 as u64, 16, 0x1)
                == support::get(written.0 as u64, 0, 0x1)
    }
}
impl Register for fqcsr {
    const NAME: &'static str = "fqcsr";
    const OFFSET: usize = 0x4c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = fqcsr::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for fqcsr {}
impl Writable for fqcsr {}
impl ::core::fmt::Debug for fqcsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "fqcsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Page-request queue control and status.
///
/// `pqcsr`: 32-bit read-write register at offset 0x50 (block `iommu` + 0x50).
///
/// Architecture reference: section 5.17.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct pqcsr(u32);
impl pqcsr {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x50_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `pqen`, bit \[0\]
    ///
    /// Page-request queue enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn pqen(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `pqen`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pqen(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `pqen`, bit \[0\] to `v`.
    #[inline]
    pub fn set_pqen(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `pie`, bit \[1\]
    ///
    /// Page-request queue interrupt enable.
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn pie(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Returns the value with `pie`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pie(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, v as u64) as u32)
    }
    /// Sets `pie`, bit \[1\] to `v`.
    #[inline]
    pub fn set_pie(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 1, 0x1, v as u64) as u32;
    }
    /// `pqmf`, bit \[8\]
    ///
    /// Memory fault while writing the queue.
    #[inline]
    pub const fn pqmf(&self) -> bool {
        support::get(self.0 as u64, 8, 0x1) != 0
    }
    /// Sets `pqmf`, bit \[8\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_pqmf(self) -> Self {
        Self(support::put(self.0 as u64, 8, 0x1, 0x1) as u32)
    }
    /// `pqof`, bit \[9\]
    ///
    /// The queue overflowed: requests were answered by the IOMMU.
    #[inline]
    pub const fn pqof(&self) -> bool {
        support::get(self.0 as u64, 9, 0x1) != 0
    }
    /// Sets `pqof`, bit \[9\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_pqof(self) -> Self {
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
    pub const fn pqon(&self) -> bool {
        support::get(self.0 as u64, 16, 0x1) != 0
    }
    /// `busy`, bit \[17\]
    ///
    /// Resets to 0x0.
    ///
    /// Busy: set by the hardware while it acts on a write to the register; poll until it reads 0 before writing again.
    #[inline]
    pub const fn busy(&self) -> bool {
        support::get(self.0 as u64, 17, 0x1) != 0
    }
    /// Mask of the busy bits.
    pub const BUSY_MASK: u32 = 0x20000_u32;
    /// Whether the hardware has finished acting on `written` (the last value written): no busy bit is set, `pqon` reads what was written to `pqen`.
    #[inline]
    pub const fn settled(self, written: Self) -> bool {
        self.0 & Self::BUSY_MASK == 0
            && support::get(self.0 as u64, 16, 0x1)
                == support::get(written.0 as u64, 0, 0x1)
    }
}
impl Register for pqcsr {
    const NAME: &'static str = "pqcsr";
    const OFFSET: usize = 0x50_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = pqcsr::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for pqcsr {}
impl Writable for pqcsr {}
impl ::core::fmt::Debug for pqcsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "pqcsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Interrupt pending status.
///
/// `ipsr`: 32-bit read-write register at offset 0x54 (block `iommu` + 0x54).
///
/// Architecture reference: section 5.18.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct ipsr(u32);
impl ipsr {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x54_usize;
    /// The value after reset.
    pub const RESET: Self = Self(0x0);
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `cip`, bit \[0\]
    ///
    /// Command queue interrupt pending.
    #[inline]
    pub const fn cip(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Sets `cip`, bit \[0\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_cip(self) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, 0x1) as u32)
    }
    /// `fip`, bit \[1\]
    ///
    /// Fault queue interrupt pending.
    #[inline]
    pub const fn fip(&self) -> bool {
        support::get(self.0 as u64, 1, 0x1) != 0
    }
    /// Sets `fip`, bit \[1\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_fip(self) -> Self {
        Self(support::put(self.0 as u64, 1, 0x1, 0x1) as u32)
    }
    /// `pmip`, bit \[2\]
    ///
    /// Performance monitoring interrupt pending.
    #[inline]
    pub const fn pmip(&self) -> bool {
        support::get(self.0 as u64, 2, 0x1) != 0
    }
    /// Sets `pmip`, bit \[2\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_pmip(self) -> Self {
        Self(support::put(self.0 as u64, 2, 0x1, 0x1) as u32)
    }
    /// `pip`, bit \[3\]
    ///
    /// Page-request queue interrupt pending.
    #[inline]
    pub const fn pip(&self) -> bool {
        support::get(self.0 as u64, 3, 0x1) != 0
    }
    /// Sets `pip`, bit \[3\], so that writing the value clears it (write 1 to clear).
    #[inline]
    #[must_use]
    pub const fn clear_pip(self) -> Self {
        Self(support::put(self.0 as u64, 3, 0x1, 0x1) as u32)
    }
}
impl Register for ipsr {
    const NAME: &'static str = "ipsr";
    const OFFSET: usize = 0x54_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = ipsr::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for ipsr {}
impl Writable for ipsr {}
impl ::core::fmt::Debug for ipsr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ipsr", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Performance counter overflow status (shadows of the OF bits). Present when
/// capabilities.HPM is 1.
///
/// `iocountovf`: 32-bit read-only register at offset 0x58 (block `iommu` + 0x58).
///
/// Architecture reference: section 5.19.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct iocountovf(u32);
#[allow(non_snake_case)]
impl iocountovf {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x58_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CY",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "HPM",
            lsb: 1,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `CY`, bit \[0\]
    ///
    /// iohpmcycles.OF.
    #[inline]
    pub const fn CY(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// `HPM`, bits \[31:1\]
    ///
    /// iohpmevt1-31.OF.
    #[inline]
    pub const fn HPM(&self) -> u32 {
        support::get(self.0 as u64, 1, 0x7fffffff) as u32
    }
}
impl Register for iocountovf {
    const NAME: &'static str = "iocountovf";
    const OFFSET: usize = 0x58_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = iocountovf::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for iocountovf {}
impl ::core::fmt::Debug for iocountovf {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "iocountovf", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Performance counter inhibits.
///
/// `iocountinh`: 32-bit read-write register at offset 0x5c (block `iommu` + 0x5c).
///
/// Architecture reference: section 5.20.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct iocountinh(u32);
#[allow(non_snake_case)]
impl iocountinh {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x5c_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CY",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "HPM",
            lsb: 1,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `CY`, bit \[0\]
    ///
    /// Inhibits iohpmcycles.
    #[inline]
    pub const fn CY(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `CY`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CY(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `CY`, bit \[0\] to `v`.
    #[inline]
    pub fn set_CY(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
    /// `HPM`, bits \[31:1\]
    ///
    /// Bit x inhibits iohpmctr x.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn HPM(&self) -> u32 {
        support::get(self.0 as u64, 1, 0x7fffffff) as u32
    }
    /// Returns the value with `HPM`, bits \[31:1\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_HPM(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("HPM", v as u64, 0x7fffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0 as u64, 1, 0x7fffffff, raw) as u32),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `HPM`, bits \[31:1\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_HPM(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("HPM", v as u64, 0x7fffffff)?;
        self.0 = support::put(self.0 as u64, 1, 0x7fffffff, raw) as u32;
        ::core::result::Result::Ok(())
    }
}
impl Register for iocountinh {
    const NAME: &'static str = "iocountinh";
    const OFFSET: usize = 0x5c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = iocountinh::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for iocountinh {}
impl Writable for iocountinh {}
impl ::core::fmt::Debug for iocountinh {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "iocountinh", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// Cycle counter.
///
/// `iohpmcycles`: 64-bit read-write register at offset 0x60 (block `iommu` + 0x60).
///
/// Architecture reference: section 5.21.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct iohpmcycles(u64);
#[allow(non_snake_case)]
impl iohpmcycles {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x60_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "counter",
            lsb: 0,
            msb: 62,
        },
        FieldInfo {
            name: "OF",
            lsb: 63,
            msb: 63,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `counter`, bits \[62:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn counter(&self) -> u64 {
        support::get(self.0, 0, 0x7fffffffffffffff)
    }
    /// Returns the value with `counter`, bits \[62:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_counter(self, v: u64) -> Result<Self, FieldError> {
        match support::fit("counter", v, 0x7fffffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 0, 0x7fffffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `counter`, bits \[62:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_counter(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit("counter", v, 0x7fffffffffffffff)?;
        self.0 = support::put(self.0, 0, 0x7fffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `OF`, bit \[63\]
    ///
    /// Overflow.
    #[inline]
    pub const fn OF(&self) -> bool {
        support::get(self.0, 63, 0x1) != 0
    }
    /// Returns the value with `OF`, bit \[63\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OF(self, v: bool) -> Self {
        Self(support::put(self.0, 63, 0x1, v as u64))
    }
    /// Sets `OF`, bit \[63\] to `v`.
    #[inline]
    pub fn set_OF(&mut self, v: bool) {
        self.0 = support::put(self.0, 63, 0x1, v as u64);
    }
}
impl Register for iohpmcycles {
    const NAME: &'static str = "iohpmcycles";
    const OFFSET: usize = 0x60_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = iohpmcycles::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for iohpmcycles {}
impl Writable for iohpmcycles {}
impl ::core::fmt::Debug for iohpmcycles {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "iohpmcycles", Self::FIELDS, &[self.0])
    }
}
/// Event counters 1 to 31.
///
/// `iohpmctr`: 64-bit read-write register at offset 0x68 (block `iommu` + 0x68).
/// An array: `iohpmctr` 1 to 31, 8 bytes apart; `OFFSET` is that of element 1.
///
/// Architecture reference: section 5.22.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct iohpmctr(u64);
impl iohpmctr {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x68_usize;
    /// Number of the first element.
    pub const FIRST: usize = 0x1_usize;
    /// Number of the last element.
    pub const LAST: usize = 0x1f_usize;
    /// Bytes between elements.
    pub const STRIDE: usize = 0x8_usize;
    /// Byte offset of element `n`, or `None` outside `FIRST..=LAST`.
    #[inline]
    pub const fn offset_of(n: usize) -> Option<usize> {
        match n.checked_sub(Self::FIRST) {
            Some(i) if n <= Self::LAST => Some(Self::OFFSET + i * Self::STRIDE),
            _ => None,
        }
    }
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "counter",
            lsb: 0,
            msb: 63,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `counter`, bits \[63:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn counter(&self) -> u64 {
        support::get(self.0, 0, 0xffffffffffffffff)
    }
    /// Returns the value with `counter`, bits \[63:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_counter(self, v: u64) -> Self {
        Self(support::put(self.0, 0, 0xffffffffffffffff, v))
    }
    /// Sets `counter`, bits \[63:0\] to `v`.
    #[inline]
    pub fn set_counter(&mut self, v: u64) {
        self.0 = support::put(self.0, 0, 0xffffffffffffffff, v);
    }
}
impl Register for iohpmctr {
    const NAME: &'static str = "iohpmctr";
    const OFFSET: usize = 0x68_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = iohpmctr::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for iohpmctr {}
impl Writable for iohpmctr {}
impl ::core::fmt::Debug for iohpmctr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "iohpmctr", Self::FIELDS, &[self.0])
    }
}
/// Event selectors 1 to 31.
///
/// `iohpmevt`: 64-bit read-write register at offset 0x160 (block `iommu` + 0x160).
/// An array: `iohpmevt` 1 to 31, 8 bytes apart; `OFFSET` is that of element 1.
///
/// Architecture reference: section 5.23.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct iohpmevt(u64);
#[allow(non_snake_case)]
impl iohpmevt {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x160_usize;
    /// Number of the first element.
    pub const FIRST: usize = 0x1_usize;
    /// Number of the last element.
    pub const LAST: usize = 0x1f_usize;
    /// Bytes between elements.
    pub const STRIDE: usize = 0x8_usize;
    /// Byte offset of element `n`, or `None` outside `FIRST..=LAST`.
    #[inline]
    pub const fn offset_of(n: usize) -> Option<usize> {
        match n.checked_sub(Self::FIRST) {
            Some(i) if n <= Self::LAST => Some(Self::OFFSET + i * Self::STRIDE),
            _ => None,
        }
    }
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "eventID",
            lsb: 0,
            msb: 14,
        },
        FieldInfo {
            name: "DMASK",
            lsb: 15,
            msb: 15,
        },
        FieldInfo {
            name: "PID_PSCID",
            lsb: 16,
            msb: 35,
        },
        FieldInfo {
            name: "DID_GSCID",
            lsb: 36,
            msb: 59,
        },
        FieldInfo {
            name: "PV_PSCV",
            lsb: 60,
            msb: 60,
        },
        FieldInfo {
            name: "DV_GSCV",
            lsb: 61,
            msb: 61,
        },
        FieldInfo {
            name: "IDT",
            lsb: 62,
            msb: 62,
        },
        FieldInfo {
            name: "OF",
            lsb: 63,
            msb: 63,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `eventID`, bits \[14:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn eventID(&self) -> Result<super::enums::HpmEvent, FieldError> {
        let raw = support::get(self.0, 0, 0x7fff);
        match super::enums::HpmEvent::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "eventID",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `eventID`, bits \[14:0\].
    #[inline]
    pub const fn eventID_bits(&self) -> u64 {
        support::get(self.0, 0, 0x7fff)
    }
    /// Returns the value with `eventID`, bits \[14:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_eventID(self, v: super::enums::HpmEvent) -> Self {
        Self(support::put(self.0, 0, 0x7fff, v.bits()))
    }
    /// Sets `eventID`, bits \[14:0\] to `v`.
    #[inline]
    pub fn set_eventID(&mut self, v: super::enums::HpmEvent) {
        self.0 = support::put(self.0, 0, 0x7fff, v.bits());
    }
    /// `DMASK`, bit \[15\]
    ///
    /// Partial matching of DID_GSCID.
    #[inline]
    pub const fn DMASK(&self) -> bool {
        support::get(self.0, 15, 0x1) != 0
    }
    /// Returns the value with `DMASK`, bit \[15\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DMASK(self, v: bool) -> Self {
        Self(support::put(self.0, 15, 0x1, v as u64))
    }
    /// Sets `DMASK`, bit \[15\] to `v`.
    #[inline]
    pub fn set_DMASK(&mut self, v: bool) {
        self.0 = support::put(self.0, 15, 0x1, v as u64);
    }
    /// `PID_PSCID`, bits \[35:16\]
    ///
    /// process_id (IDT = 0) or PSCID (IDT = 1) to filter on.
    #[inline]
    pub const fn PID_PSCID(&self) -> u32 {
        support::get(self.0, 16, 0xfffff) as u32
    }
    /// Returns the value with `PID_PSCID`, bits \[35:16\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PID_PSCID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID_PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 16, 0xfffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PID_PSCID`, bits \[35:16\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PID_PSCID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PID_PSCID", v as u64, 0xfffff)?;
        self.0 = support::put(self.0, 16, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `DID_GSCID`, bits \[59:36\]
    ///
    /// device_id (IDT = 0) or GSCID (IDT = 1) to filter on.
    #[inline]
    pub const fn DID_GSCID(&self) -> u32 {
        support::get(self.0, 36, 0xffffff) as u32
    }
    /// Returns the value with `DID_GSCID`, bits \[59:36\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_DID_GSCID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID_GSCID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 36, 0xffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `DID_GSCID`, bits \[59:36\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_DID_GSCID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("DID_GSCID", v as u64, 0xffffff)?;
        self.0 = support::put(self.0, 36, 0xffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PV_PSCV`, bit \[60\]
    #[inline]
    pub const fn PV_PSCV(&self) -> bool {
        support::get(self.0, 60, 0x1) != 0
    }
    /// Returns the value with `PV_PSCV`, bit \[60\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PV_PSCV(self, v: bool) -> Self {
        Self(support::put(self.0, 60, 0x1, v as u64))
    }
    /// Sets `PV_PSCV`, bit \[60\] to `v`.
    #[inline]
    pub fn set_PV_PSCV(&mut self, v: bool) {
        self.0 = support::put(self.0, 60, 0x1, v as u64);
    }
    /// `DV_GSCV`, bit \[61\]
    #[inline]
    pub const fn DV_GSCV(&self) -> bool {
        support::get(self.0, 61, 0x1) != 0
    }
    /// Returns the value with `DV_GSCV`, bit \[61\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DV_GSCV(self, v: bool) -> Self {
        Self(support::put(self.0, 61, 0x1, v as u64))
    }
    /// Sets `DV_GSCV`, bit \[61\] to `v`.
    #[inline]
    pub fn set_DV_GSCV(&mut self, v: bool) {
        self.0 = support::put(self.0, 61, 0x1, v as u64);
    }
    /// `IDT`, bit \[62\]
    ///
    /// Filter ID type.
    #[inline]
    pub const fn IDT(&self) -> bool {
        support::get(self.0, 62, 0x1) != 0
    }
    /// Returns the value with `IDT`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_IDT(self, v: bool) -> Self {
        Self(support::put(self.0, 62, 0x1, v as u64))
    }
    /// Sets `IDT`, bit \[62\] to `v`.
    #[inline]
    pub fn set_IDT(&mut self, v: bool) {
        self.0 = support::put(self.0, 62, 0x1, v as u64);
    }
    /// `OF`, bit \[63\]
    ///
    /// Overflow.
    #[inline]
    pub const fn OF(&self) -> bool {
        support::get(self.0, 63, 0x1) != 0
    }
    /// Returns the value with `OF`, bit \[63\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_OF(self, v: bool) -> Self {
        Self(support::put(self.0, 63, 0x1, v as u64))
    }
    /// Sets `OF`, bit \[63\] to `v`.
    #[inline]
    pub fn set_OF(&mut self, v: bool) {
        self.0 = support::put(self.0, 63, 0x1, v as u64);
    }
}
impl Register for iohpmevt {
    const NAME: &'static str = "iohpmevt";
    const OFFSET: usize = 0x160_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = iohpmevt::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for iohpmevt {}
impl Writable for iohpmevt {}
impl ::core::fmt::Debug for iohpmevt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "iohpmevt", Self::FIELDS, &[self.0])
    }
}
/// Translation-request interface: the IOVA to translate. Present when capabilities.DBG is 1.
///
/// `tr_req_iova`: 64-bit read-write register at offset 0x258 (block `iommu` + 0x258).
///
/// Architecture reference: section 5.24.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct tr_req_iova(u64);
impl tr_req_iova {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x258_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "vpn",
            lsb: 12,
            msb: 63,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `vpn`, bits \[63:12\]
    ///
    /// The IOVA's page number, in place (IOVA bits \[63:12\]).
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn vpn(&self) -> u64 {
        support::get(self.0, 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `vpn`, bits \[63:12\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_vpn(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("vpn", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 12, 0xfffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `vpn`, bits \[63:12\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_vpn(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("vpn", v, 12, 0xfffffffffffff)?;
        self.0 = support::put(self.0, 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for tr_req_iova {
    const NAME: &'static str = "tr_req_iova";
    const OFFSET: usize = 0x258_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = tr_req_iova::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for tr_req_iova {}
impl Writable for tr_req_iova {}
impl ::core::fmt::Debug for tr_req_iova {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "tr_req_iova", Self::FIELDS, &[self.0])
    }
}
/// Translation-request control: writing Go_Busy = 1 starts a translation, the IOMMU clears it
/// when tr_response holds the result.
///
/// `tr_req_ctl`: 64-bit read-write register at offset 0x260 (block `iommu` + 0x260).
///
/// Architecture reference: section 5.25.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct tr_req_ctl(u64);
#[allow(non_snake_case)]
impl tr_req_ctl {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x260_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "Go_Busy",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "Priv",
            lsb: 1,
            msb: 1,
        },
        FieldInfo {
            name: "Exe",
            lsb: 2,
            msb: 2,
        },
        FieldInfo {
            name: "NW",
            lsb: 3,
            msb: 3,
        },
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
            name: "DID",
            lsb: 40,
            msb: 63,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `Go_Busy`, bit \[0\]
    ///
    /// Resets to 0x0.
    #[inline]
    pub const fn Go_Busy(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// Returns the value with `Go_Busy`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Go_Busy(self, v: bool) -> Self {
        Self(support::put(self.0, 0, 0x1, v as u64))
    }
    /// Sets `Go_Busy`, bit \[0\] to `v`.
    #[inline]
    pub fn set_Go_Busy(&mut self, v: bool) {
        self.0 = support::put(self.0, 0, 0x1, v as u64);
    }
    /// `Priv`, bit \[1\]
    ///
    /// Privileged-mode access.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn Priv(&self) -> bool {
        support::get(self.0, 1, 0x1) != 0
    }
    /// Returns the value with `Priv`, bit \[1\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Priv(self, v: bool) -> Self {
        Self(support::put(self.0, 1, 0x1, v as u64))
    }
    /// Sets `Priv`, bit \[1\] to `v`.
    #[inline]
    pub fn set_Priv(&mut self, v: bool) {
        self.0 = support::put(self.0, 1, 0x1, v as u64);
    }
    /// `Exe`, bit \[2\]
    ///
    /// Execute permission requested.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn Exe(&self) -> bool {
        support::get(self.0, 2, 0x1) != 0
    }
    /// Returns the value with `Exe`, bit \[2\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Exe(self, v: bool) -> Self {
        Self(support::put(self.0, 2, 0x1, v as u64))
    }
    /// Sets `Exe`, bit \[2\] to `v`.
    #[inline]
    pub fn set_Exe(&mut self, v: bool) {
        self.0 = support::put(self.0, 2, 0x1, v as u64);
    }
    /// `NW`, bit \[3\]
    ///
    /// No write: read permission only.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn NW(&self) -> bool {
        support::get(self.0, 3, 0x1) != 0
    }
    /// Returns the value with `NW`, bit \[3\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NW(self, v: bool) -> Self {
        Self(support::put(self.0, 3, 0x1, v as u64))
    }
    /// Sets `NW`, bit \[3\] to `v`.
    #[inline]
    pub fn set_NW(&mut self, v: bool) {
        self.0 = support::put(self.0, 3, 0x1, v as u64);
    }
    /// `PID`, bits \[31:12\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn PID(&self) -> u32 {
        support::get(self.0, 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xfffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PID", v as u64, 0xfffff)?;
        self.0 = support::put(self.0, 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PV`, bit \[32\]
    ///
    /// PID is valid.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn PV(&self) -> bool {
        support::get(self.0, 32, 0x1) != 0
    }
    /// Returns the value with `PV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PV(self, v: bool) -> Self {
        Self(support::put(self.0, 32, 0x1, v as u64))
    }
    /// Sets `PV`, bit \[32\] to `v`.
    #[inline]
    pub fn set_PV(&mut self, v: bool) {
        self.0 = support::put(self.0, 32, 0x1, v as u64);
    }
    /// `DID`, bits \[63:40\]
    ///
    /// The device_id.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn DID(&self) -> u32 {
        support::get(self.0, 40, 0xffffff) as u32
    }
    /// Returns the value with `DID`, bits \[63:40\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_DID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 40, 0xffffff, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `DID`, bits \[63:40\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_DID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("DID", v as u64, 0xffffff)?;
        self.0 = support::put(self.0, 40, 0xffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for tr_req_ctl {
    const NAME: &'static str = "tr_req_ctl";
    const OFFSET: usize = 0x260_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = tr_req_ctl::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for tr_req_ctl {}
impl Writable for tr_req_ctl {}
impl ::core::fmt::Debug for tr_req_ctl {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "tr_req_ctl", Self::FIELDS, &[self.0])
    }
}
/// Translation-request response.
///
/// `tr_response`: 64-bit read-only register at offset 0x268 (block `iommu` + 0x268).
///
/// Architecture reference: section 5.26.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct tr_response(u64);
#[allow(non_snake_case)]
impl tr_response {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x268_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "fault",
            lsb: 0,
            msb: 0,
        },
        FieldInfo {
            name: "PBMT",
            lsb: 7,
            msb: 8,
        },
        FieldInfo {
            name: "S",
            lsb: 9,
            msb: 9,
        },
        FieldInfo {
            name: "PPN",
            lsb: 10,
            msb: 53,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `fault`, bit \[0\]
    ///
    /// The translation faulted.
    #[inline]
    pub const fn fault(&self) -> bool {
        support::get(self.0, 0, 0x1) != 0
    }
    /// `PBMT`, bits \[8:7\]
    #[inline]
    pub const fn PBMT(&self) -> Result<super::enums::Pbmt, FieldError> {
        let raw = support::get(self.0, 7, 0x3);
        match super::enums::Pbmt::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "PBMT",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `PBMT`, bits \[8:7\].
    #[inline]
    pub const fn PBMT_bits(&self) -> u64 {
        support::get(self.0, 7, 0x3)
    }
    /// `S`, bit \[9\]
    ///
    /// The translation covers a range larger than 4 KiB (encoded in PPN's low bits).
    #[inline]
    pub const fn S(&self) -> bool {
        support::get(self.0, 9, 0x1) != 0
    }
    /// `PPN`, bits \[53:10\]
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn PPN(&self) -> u64 {
        support::get(self.0, 10, 0xfffffffffff) << 12
    }
}
impl Register for tr_response {
    const NAME: &'static str = "tr_response";
    const OFFSET: usize = 0x268_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = tr_response::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for tr_response {}
impl ::core::fmt::Debug for tr_response {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "tr_response", Self::FIELDS, &[self.0])
    }
}
/// Interrupt cause to vector: which vector each interrupt source signals.
///
/// `icvec`: 64-bit read-write register at offset 0x2f8 (block `iommu` + 0x2f8).
///
/// Architecture reference: section 5.27.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct icvec(u64);
impl icvec {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x2f8_usize;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `civ`, bits \[3:0\]
    ///
    /// Command queue interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn civ(&self) -> u8 {
        support::get(self.0, 0, 0xf) as u8
    }
    /// Returns the value with `civ`, bits \[3:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_civ(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("civ", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `civ`, bits \[3:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_civ(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("civ", v as u64, 0xf)?;
        self.0 = support::put(self.0, 0, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `fiv`, bits \[7:4\]
    ///
    /// Fault queue interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn fiv(&self) -> u8 {
        support::get(self.0, 4, 0xf) as u8
    }
    /// Returns the value with `fiv`, bits \[7:4\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_fiv(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("fiv", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 4, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `fiv`, bits \[7:4\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_fiv(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("fiv", v as u64, 0xf)?;
        self.0 = support::put(self.0, 4, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `pmiv`, bits \[11:8\]
    ///
    /// Performance monitoring interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn pmiv(&self) -> u8 {
        support::get(self.0, 8, 0xf) as u8
    }
    /// Returns the value with `pmiv`, bits \[11:8\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_pmiv(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("pmiv", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 8, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `pmiv`, bits \[11:8\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_pmiv(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("pmiv", v as u64, 0xf)?;
        self.0 = support::put(self.0, 8, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `piv`, bits \[15:12\]
    ///
    /// Page-request queue interrupt vector.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn piv(&self) -> u8 {
        support::get(self.0, 12, 0xf) as u8
    }
    /// Returns the value with `piv`, bits \[15:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_piv(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("piv", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 12, 0xf, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `piv`, bits \[15:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_piv(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("piv", v as u64, 0xf)?;
        self.0 = support::put(self.0, 12, 0xf, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for icvec {
    const NAME: &'static str = "icvec";
    const OFFSET: usize = 0x2f8_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = icvec::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for icvec {}
impl Writable for icvec {}
impl ::core::fmt::Debug for icvec {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "icvec", Self::FIELDS, &[self.0])
    }
}
/// MSI configuration table: the address of vector x (msi_addr_x).
///
/// `msi_addr`: 64-bit read-write register at offset 0x300 (block `iommu` + 0x300).
/// An array: `msi_addr` 0 to 15, 16 bytes apart; `OFFSET` is that of element 0.
///
/// Architecture reference: section 5.28.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct msi_addr(u64);
#[allow(non_snake_case)]
impl msi_addr {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x300_usize;
    /// Number of the first element.
    pub const FIRST: usize = 0x0_usize;
    /// Number of the last element.
    pub const LAST: usize = 0xf_usize;
    /// Bytes between elements.
    pub const STRIDE: usize = 0x10_usize;
    /// Byte offset of element `n`, or `None` outside `FIRST..=LAST`.
    #[inline]
    pub const fn offset_of(n: usize) -> Option<usize> {
        match n.checked_sub(Self::FIRST) {
            Some(i) if n <= Self::LAST => Some(Self::OFFSET + i * Self::STRIDE),
            _ => None,
        }
    }
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "reserved",
            lsb: 0,
            msb: 1,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 2,
            msb: 55,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u64) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// `reserved`, bits \[1:0\]
    ///
    /// Fixed to 0.
    #[inline]
    pub const fn reserved(&self) -> u8 {
        support::get(self.0, 0, 0x3) as u8
    }
    /// Returns the value with `reserved`, bits \[1:0\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_reserved(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("reserved", v as u64, 0x3) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(Self(support::put(self.0, 0, 0x3, raw)))
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `reserved`, bits \[1:0\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_reserved(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("reserved", v as u64, 0x3)?;
        self.0 = support::put(self.0, 0, 0x3, raw);
        ::core::result::Result::Ok(())
    }
    /// `ADDR`, bits \[55:2\]
    ///
    /// The 4-byte aligned MSI address.
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0, 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[55:2\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok(
                    Self(support::put(self.0, 2, 0x3fffffffffffff, raw)),
                )
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[55:2\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffff)?;
        self.0 = support::put(self.0, 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
}
impl Register for msi_addr {
    const NAME: &'static str = "msi_addr";
    const OFFSET: usize = 0x300_usize;
    const WIDTH: u32 = 64;
    const FIELDS: &'static [FieldInfo] = msi_addr::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        self.0
    }
}
impl Readable for msi_addr {}
impl Writable for msi_addr {}
impl ::core::fmt::Debug for msi_addr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "msi_addr", Self::FIELDS, &[self.0])
    }
}
/// MSI configuration table: the data of vector x (msi_data_x).
///
/// `msi_data`: 32-bit read-write register at offset 0x308 (block `iommu` + 0x308).
/// An array: `msi_data` 0 to 15, 16 bytes apart; `OFFSET` is that of element 0.
///
/// Architecture reference: section 5.28.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct msi_data(u32);
impl msi_data {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x308_usize;
    /// Number of the first element.
    pub const FIRST: usize = 0x0_usize;
    /// Number of the last element.
    pub const LAST: usize = 0xf_usize;
    /// Bytes between elements.
    pub const STRIDE: usize = 0x10_usize;
    /// Byte offset of element `n`, or `None` outside `FIRST..=LAST`.
    #[inline]
    pub const fn offset_of(n: usize) -> Option<usize> {
        match n.checked_sub(Self::FIRST) {
            Some(i) if n <= Self::LAST => Some(Self::OFFSET + i * Self::STRIDE),
            _ => None,
        }
    }
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "data",
            lsb: 0,
            msb: 31,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `data`, bits \[31:0\]
    ///
    /// WARL: any value may be written, a legal one is read back; read the field after writing to learn what the hardware kept.
    #[inline]
    pub const fn data(&self) -> u32 {
        support::get(self.0 as u64, 0, 0xffffffff) as u32
    }
    /// Returns the value with `data`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_data(self, v: u32) -> Self {
        Self(support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32)
    }
    /// Sets `data`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_data(&mut self, v: u32) {
        self.0 = support::put(self.0 as u64, 0, 0xffffffff, v as u64) as u32;
    }
}
impl Register for msi_data {
    const NAME: &'static str = "msi_data";
    const OFFSET: usize = 0x308_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = msi_data::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for msi_data {}
impl Writable for msi_data {}
impl ::core::fmt::Debug for msi_data {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "msi_data", Self::FIELDS, &[u64::from(self.0)])
    }
}
/// MSI configuration table: the control of vector x (msi_vec_ctl_x).
///
/// `msi_vec_ctl`: 32-bit read-write register at offset 0x30c (block `iommu` + 0x30c).
/// An array: `msi_vec_ctl` 0 to 15, 16 bytes apart; `OFFSET` is that of element 0.
///
/// Architecture reference: section 5.28.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct msi_vec_ctl(u32);
#[allow(non_snake_case)]
impl msi_vec_ctl {
    /// Byte offset from the device's MMIO base.
    pub const OFFSET: usize = 0x30c_usize;
    /// Number of the first element.
    pub const FIRST: usize = 0x0_usize;
    /// Number of the last element.
    pub const LAST: usize = 0xf_usize;
    /// Bytes between elements.
    pub const STRIDE: usize = 0x10_usize;
    /// Byte offset of element `n`, or `None` outside `FIRST..=LAST`.
    #[inline]
    pub const fn offset_of(n: usize) -> Option<usize> {
        match n.checked_sub(Self::FIRST) {
            Some(i) if n <= Self::LAST => Some(Self::OFFSET + i * Self::STRIDE),
            _ => None,
        }
    }
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "M",
            lsb: 0,
            msb: 0,
        },
    ];
    /// The value from raw register bits.
    #[inline]
    pub const fn from_bits(raw: u32) -> Self {
        Self(raw)
    }
    /// The raw register bits.
    #[inline]
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// `M`, bit \[0\]
    ///
    /// Masked: the vector's MSIs are held pending.
    #[inline]
    pub const fn M(&self) -> bool {
        support::get(self.0 as u64, 0, 0x1) != 0
    }
    /// Returns the value with `M`, bit \[0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_M(self, v: bool) -> Self {
        Self(support::put(self.0 as u64, 0, 0x1, v as u64) as u32)
    }
    /// Sets `M`, bit \[0\] to `v`.
    #[inline]
    pub fn set_M(&mut self, v: bool) {
        self.0 = support::put(self.0 as u64, 0, 0x1, v as u64) as u32;
    }
}
impl Register for msi_vec_ctl {
    const NAME: &'static str = "msi_vec_ctl";
    const OFFSET: usize = 0x30c_usize;
    const WIDTH: u32 = 32;
    const FIELDS: &'static [FieldInfo] = msi_vec_ctl::FIELDS;
    #[inline]
    fn from_raw(raw: u64) -> Self {
        Self(raw as u32)
    }
    #[inline]
    fn to_raw(self) -> u64 {
        u64::from(self.0)
    }
}
impl Readable for msi_vec_ctl {}
impl Writable for msi_vec_ctl {}
impl ::core::fmt::Debug for msi_vec_ctl {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "msi_vec_ctl", Self::FIELDS, &[u64::from(self.0)])
    }
}
