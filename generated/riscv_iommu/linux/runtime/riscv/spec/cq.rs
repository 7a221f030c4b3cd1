// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `CQ` queue: its 16-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x10_usize;
/// The producer and consumer indexes have no wrap bit: the queue is empty when they are equal and full when `prod + 1 == cons` (modulo its size), so one slot stays free.
pub const WRAP_BIT: bool = false;
/// The queue's control and status register, `cqcsr`.
pub const CSR: &str = "cqcsr";
/// Invalidate first-stage (and, for a GSCID, nested) translations: all, by PSCID, by
/// address, or both.
///
/// `IOTINVAL_VMA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1 in bits [6:0] of queue `CQ`.
/// Function 0x0 in bits [9:7].
///
/// Architecture reference: section 3.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct IotinvalVma(pub [u64; 2]);
impl IotinvalVma {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x1);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// `AV`, bit [10]
    ///
    /// ADDR is valid: invalidate one page.
    #[inline]
    pub const fn av(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `AV`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_av(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AV`, bit [10] to `v`.
    #[inline]
    pub fn set_av(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `PSCID`, bits [31:12]
    #[inline]
    pub const fn pscid(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PSCID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_pscid(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PSCID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_pscid(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PSCID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PSCV`, bit [32]
    ///
    /// PSCID is valid.
    #[inline]
    pub const fn pscv(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PSCV`, bit [32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pscv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PSCV`, bit [32] to `v`.
    #[inline]
    pub fn set_pscv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `GV`, bit [33]
    ///
    /// GSCID is valid.
    #[inline]
    pub const fn gv(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `GV`, bit [33] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GV`, bit [33] to `v`.
    #[inline]
    pub fn set_gv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `GSCID`, bits [59:44]
    #[inline]
    pub const fn gscid(&self) -> u16 {
        support::get(self.0[0], 44, 0xffff) as u16
    }
    /// Returns the value with `GSCID`, bits [59:44] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gscid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 44, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `GSCID`, bits [59:44] to `v`.
    #[inline]
    pub fn set_gscid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 44, 0xffff, v as u64);
    }
    /// `ADDR`, bits [125:74]
    ///
    /// The page's address.
    /// The address (the field holds it shifted right by 12), with bits [11:0] zero.
    #[inline]
    pub const fn addr(&self) -> u64 {
        support::get(self.0[1], 10, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits [125:74] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 10, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits [125:74] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 12, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 10, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x1;
    /// The record's function code.
    pub const FUNC: u64 = 0x0;
}
impl Default for IotinvalVma {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IotinvalVma {
    const NAME: &'static str = "IOTINVAL_VMA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IotinvalVma::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for IotinvalVma {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IOTINVAL_VMA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for IotinvalVma {
    const OPCODE: u64 = 0x1;
}
/// Invalidate second-stage translations (and MSI page table entries): all, by GSCID, by
/// guest physical address.
///
/// `IOTINVAL_GVMA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1 in bits [6:0] of queue `CQ`.
/// Function 0x1 in bits [9:7].
///
/// Architecture reference: section 3.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct IotinvalGvma(pub [u64; 2]);
impl IotinvalGvma {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x1);
            words[0] = support::put(words[0], 7, 0x7, 0x1);
            Self(words)
        }
    }
    /// `AV`, bit [10]
    #[inline]
    pub const fn av(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `AV`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_av(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AV`, bit [10] to `v`.
    #[inline]
    pub fn set_av(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `PSCID`, bits [31:12]
    ///
    /// Must be 0.
    #[inline]
    pub const fn pscid(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PSCID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_pscid(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PSCID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PSCID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_pscid(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PSCID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PSCV`, bit [32]
    ///
    /// Must be 0.
    #[inline]
    pub const fn pscv(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PSCV`, bit [32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pscv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PSCV`, bit [32] to `v`.
    #[inline]
    pub fn set_pscv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `GV`, bit [33]
    #[inline]
    pub const fn gv(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `GV`, bit [33] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GV`, bit [33] to `v`.
    #[inline]
    pub fn set_gv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `GSCID`, bits [59:44]
    #[inline]
    pub const fn gscid(&self) -> u16 {
        support::get(self.0[0], 44, 0xffff) as u16
    }
    /// Returns the value with `GSCID`, bits [59:44] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gscid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 44, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `GSCID`, bits [59:44] to `v`.
    #[inline]
    pub fn set_gscid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 44, 0xffff, v as u64);
    }
    /// `ADDR`, bits [125:74]
    ///
    /// The guest physical page's address.
    /// The address (the field holds it shifted right by 12), with bits [11:0] zero.
    #[inline]
    pub const fn addr(&self) -> u64 {
        support::get(self.0[1], 10, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits [125:74] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 10, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits [125:74] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 12, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 10, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x1;
    /// The record's function code.
    pub const FUNC: u64 = 0x1;
}
impl Default for IotinvalGvma {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IotinvalGvma {
    const NAME: &'static str = "IOTINVAL_GVMA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IotinvalGvma::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for IotinvalGvma {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IOTINVAL_GVMA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for IotinvalGvma {
    const OPCODE: u64 = 0x1;
}
/// Fence: completes when every earlier command has; optionally writes DATA to ADDR and
/// signals a wire interrupt.
///
/// `IOFENCE_C`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x2 in bits [6:0] of queue `CQ`.
/// Function 0x0 in bits [9:7].
///
/// Architecture reference: section 3.1.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct IofenceC(pub [u64; 2]);
impl IofenceC {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x2);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// `AV`, bit [10]
    ///
    /// Write DATA to ADDR on completion.
    #[inline]
    pub const fn av(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `AV`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_av(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AV`, bit [10] to `v`.
    #[inline]
    pub fn set_av(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `WSI`, bit [11]
    ///
    /// Set cqcsr.fence_w_ip (wire-signaled interrupt) on completion.
    #[inline]
    pub const fn wsi(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `WSI`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_wsi(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `WSI`, bit [11] to `v`.
    #[inline]
    pub fn set_wsi(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `PR`, bit [12]
    ///
    /// Orders previous reads.
    #[inline]
    pub const fn pr(&self) -> bool {
        support::get(self.0[0], 12, 0x1) != 0
    }
    /// Returns the value with `PR`, bit [12] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pr(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PR`, bit [12] to `v`.
    #[inline]
    pub fn set_pr(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 12, 0x1, v as u64);
    }
    /// `PW`, bit [13]
    ///
    /// Orders previous writes.
    #[inline]
    pub const fn pw(&self) -> bool {
        support::get(self.0[0], 13, 0x1) != 0
    }
    /// Returns the value with `PW`, bit [13] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pw(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 13, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PW`, bit [13] to `v`.
    #[inline]
    pub fn set_pw(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 13, 0x1, v as u64);
    }
    /// `DATA`, bits [63:32]
    #[inline]
    pub const fn data(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_data(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `DATA`, bits [63:32] to `v`.
    #[inline]
    pub fn set_data(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `ADDR`, bits [125:64]
    ///
    /// The 4-byte aligned address DATA is written to.
    /// The address (the field holds it shifted right by 2), with bits [1:0] zero.
    #[inline]
    pub const fn addr(&self) -> u64 {
        support::get(self.0[1], 0, 0x3fffffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits [125:64] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0x3fffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits [125:64] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 2, 0x3fffffffffffffff)?;
        self.0[1] = support::put(self.0[1], 0, 0x3fffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x2;
    /// The record's function code.
    pub const FUNC: u64 = 0x0;
}
impl Default for IofenceC {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IofenceC {
    const NAME: &'static str = "IOFENCE_C";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IofenceC::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for IofenceC {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IOFENCE_C", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for IofenceC {
    const OPCODE: u64 = 0x2;
}
/// Invalidate cached device directory entries: all (DV = 0) or of one device_id.
///
/// `IODIR_INVAL_DDT`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits [6:0] of queue `CQ`.
/// Function 0x0 in bits [9:7].
///
/// Architecture reference: section 3.1.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct IodirInvalDdt(pub [u64; 2]);
impl IodirInvalDdt {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x3);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// `PID`, bits [31:12]
    ///
    /// Must be 0.
    #[inline]
    pub const fn pid(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_pid(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_pid(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `DV`, bit [33]
    ///
    /// DID is valid.
    #[inline]
    pub const fn dv(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DV`, bit [33] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_dv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DV`, bit [33] to `v`.
    #[inline]
    pub fn set_dv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `DID`, bits [63:40]
    #[inline]
    pub const fn did(&self) -> u32 {
        support::get(self.0[0], 40, 0xffffff) as u32
    }
    /// Returns the value with `DID`, bits [63:40] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_did(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 40, 0xffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `DID`, bits [63:40] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_did(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("DID", v as u64, 0xffffff)?;
        self.0[0] = support::put(self.0[0], 40, 0xffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x3;
    /// The record's function code.
    pub const FUNC: u64 = 0x0;
}
impl Default for IodirInvalDdt {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IodirInvalDdt {
    const NAME: &'static str = "IODIR_INVAL_DDT";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IodirInvalDdt::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for IodirInvalDdt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IODIR_INVAL_DDT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for IodirInvalDdt {
    const OPCODE: u64 = 0x3;
}
/// Invalidate cached process directory entries of one device_id and process_id.
///
/// `IODIR_INVAL_PDT`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits [6:0] of queue `CQ`.
/// Function 0x1 in bits [9:7].
///
/// Architecture reference: section 3.1.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct IodirInvalPdt(pub [u64; 2]);
impl IodirInvalPdt {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x3);
            words[0] = support::put(words[0], 7, 0x7, 0x1);
            Self(words)
        }
    }
    /// `PID`, bits [31:12]
    #[inline]
    pub const fn pid(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_pid(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_pid(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `DV`, bit [33]
    ///
    /// Must be 1.
    #[inline]
    pub const fn dv(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DV`, bit [33] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_dv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DV`, bit [33] to `v`.
    #[inline]
    pub fn set_dv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `DID`, bits [63:40]
    #[inline]
    pub const fn did(&self) -> u32 {
        support::get(self.0[0], 40, 0xffffff) as u32
    }
    /// Returns the value with `DID`, bits [63:40] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_did(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 40, 0xffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `DID`, bits [63:40] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_did(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("DID", v as u64, 0xffffff)?;
        self.0[0] = support::put(self.0[0], 40, 0xffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x3;
    /// The record's function code.
    pub const FUNC: u64 = 0x1;
}
impl Default for IodirInvalPdt {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IodirInvalPdt {
    const NAME: &'static str = "IODIR_INVAL_PDT";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IodirInvalPdt::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for IodirInvalPdt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "IODIR_INVAL_PDT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for IodirInvalPdt {
    const OPCODE: u64 = 0x3;
}
/// Send a PCIe page request group response to a device.
///
/// `ATS_PRGR`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x4 in bits [6:0] of queue `CQ`.
/// Function 0x1 in bits [9:7].
///
/// Architecture reference: section 3.1.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct AtsPrgr(pub [u64; 2]);
impl AtsPrgr {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x4);
            words[0] = support::put(words[0], 7, 0x7, 0x1);
            Self(words)
        }
    }
    /// `PID`, bits [31:12]
    #[inline]
    pub const fn pid(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_pid(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_pid(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("PID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PV`, bit [32]
    #[inline]
    pub const fn pv(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PV`, bit [32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PV`, bit [32] to `v`.
    #[inline]
    pub fn set_pv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `DSV`, bit [33]
    #[inline]
    pub const fn dsv(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DSV`, bit [33] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_dsv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DSV`, bit [33] to `v`.
    #[inline]
    pub fn set_dsv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `RID`, bits [55:40]
    #[inline]
    pub const fn rid(&self) -> u16 {
        support::get(self.0[0], 40, 0xffff) as u16
    }
    /// Returns the value with `RID`, bits [55:40] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 40, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `RID`, bits [55:40] to `v`.
    #[inline]
    pub fn set_rid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 40, 0xffff, v as u64);
    }
    /// `DSEG`, bits [63:56]
    #[inline]
    pub const fn dseg(&self) -> u8 {
        support::get(self.0[0], 56, 0xff) as u8
    }
    /// Returns the value with `DSEG`, bits [63:56] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_dseg(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 56, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `DSEG`, bits [63:56] to `v`.
    #[inline]
    pub fn set_dseg(&mut self, v: u8) {
        self.0[0] = support::put(self.0[0], 56, 0xff, v as u64);
    }
    /// `PRG_INDEX`, bits [104:96]
    ///
    /// The page request group index.
    #[inline]
    pub const fn prg_index(&self) -> u16 {
        support::get(self.0[1], 32, 0x1ff) as u16
    }
    /// Returns the value with `PRG_INDEX`, bits [104:96] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_prg_index(self, v: u16) -> Result<Self, FieldError> {
        match support::fit("PRG_INDEX", v as u64, 0x1ff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 32, 0x1ff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PRG_INDEX`, bits [104:96] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_prg_index(&mut self, v: u16) -> Result<(), FieldError> {
        let raw = support::fit("PRG_INDEX", v as u64, 0x1ff)?;
        self.0[1] = support::put(self.0[1], 32, 0x1ff, raw);
        ::core::result::Result::Ok(())
    }
    /// `RESP_CODE`, bits [111:108]
    #[inline]
    pub const fn resp_code(&self) -> Result<super::enums::PrgResponseCode, FieldError> {
        let raw = support::get(self.0[1], 44, 0xf);
        match super::enums::PrgResponseCode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "RESP_CODE",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `RESP_CODE`, bits [111:108].
    #[inline]
    pub const fn resp_code_bits(&self) -> u64 {
        support::get(self.0[1], 44, 0xf)
    }
    /// Returns the value with `RESP_CODE`, bits [111:108] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_resp_code(self, v: super::enums::PrgResponseCode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0xf, v.bits());
            Self(words)
        }
    }
    /// Sets `RESP_CODE`, bits [111:108] to `v`.
    #[inline]
    pub fn set_resp_code(&mut self, v: super::enums::PrgResponseCode) {
        self.0[1] = support::put(self.0[1], 44, 0xf, v.bits());
    }
    /// `DST_ID`, bits [127:112]
    ///
    /// The destination device ID.
    #[inline]
    pub const fn dst_id(&self) -> u16 {
        support::get(self.0[1], 48, 0xffff) as u16
    }
    /// Returns the value with `DST_ID`, bits [127:112] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_dst_id(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `DST_ID`, bits [127:112] to `v`.
    #[inline]
    pub fn set_dst_id(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 48, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 44, 0xf);
        if super::enums::PrgResponseCode::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "RESP_CODE",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x4;
    /// The record's function code.
    pub const FUNC: u64 = 0x1;
}
impl Default for AtsPrgr {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for AtsPrgr {
    const NAME: &'static str = "ATS_PRGR";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = AtsPrgr::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for AtsPrgr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ATS_PRGR", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for AtsPrgr {
    const OPCODE: u64 = 0x4;
}
/// Every record of queue `CQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CqCommand {
    /// `IOTINVAL_VMA`.
    IotinvalVma(IotinvalVma),
    /// `IOTINVAL_GVMA`.
    IotinvalGvma(IotinvalGvma),
    /// `IOFENCE_C`.
    IofenceC(IofenceC),
    /// `IODIR_INVAL_DDT`.
    IodirInvalDdt(IodirInvalDdt),
    /// `IODIR_INVAL_PDT`.
    IodirInvalPdt(IodirInvalPdt),
    /// `ATS_PRGR`.
    AtsPrgr(AtsPrgr),
}
impl CqCommand {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::IotinvalVma(r) => r.0,
            Self::IotinvalGvma(r) => r.0,
            Self::IofenceC(r) => r.0,
            Self::IodirInvalDdt(r) => r.0,
            Self::IodirInvalPdt(r) => r.0,
            Self::AtsPrgr(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0x7f) | support::get(raw[0], 7, 0x7) << 7;
        match opcode {
            0x1 => {
                let r = IotinvalVma(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IotinvalVma(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x81 => {
                let r = IotinvalGvma(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IotinvalGvma(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2 => {
                let r = IofenceC(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::IofenceC(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x3 => {
                let r = IodirInvalDdt(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IodirInvalDdt(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x83 => {
                let r = IodirInvalPdt(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IodirInvalPdt(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x84 => {
                let r = AtsPrgr(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::AtsPrgr(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            _ => ::core::result::Result::Err(DecodeError::UnknownOpcode {
                queue: "CQ",
                opcode,
            }),
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::IotinvalVma(_) => "IOTINVAL_VMA",
            Self::IotinvalGvma(_) => "IOTINVAL_GVMA",
            Self::IofenceC(_) => "IOFENCE_C",
            Self::IodirInvalDdt(_) => "IODIR_INVAL_DDT",
            Self::IodirInvalPdt(_) => "IODIR_INVAL_PDT",
            Self::AtsPrgr(_) => "ATS_PRGR",
        }
    }
}
