//! The `CQ` queue: its 16-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
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
/// Opcode 0x1 in bits \[6:0\] of queue `CQ`.
/// Function 0x0 in bits \[9:7\].
///
/// Architecture reference: section 3.1.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct IOTINVAL_VMA(pub [u64; 2]);
#[allow(non_snake_case)]
impl IOTINVAL_VMA {
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
    /// `AV`, bit \[10\]
    ///
    /// ADDR is valid: invalidate one page.
    #[inline]
    pub const fn AV(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `AV`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AV`, bit \[10\] to `v`.
    #[inline]
    pub fn set_AV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `PSCID`, bits \[31:12\]
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0xfffff, raw);
                    Self(words)
                })
            }
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
    /// `PSCV`, bit \[32\]
    ///
    /// PSCID is valid.
    #[inline]
    pub const fn PSCV(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PSCV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PSCV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PSCV`, bit \[32\] to `v`.
    #[inline]
    pub fn set_PSCV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `GV`, bit \[33\]
    ///
    /// GSCID is valid.
    #[inline]
    pub const fn GV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `GV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_GV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `GSCID`, bits \[59:44\]
    #[inline]
    pub const fn GSCID(&self) -> u16 {
        support::get(self.0[0], 44, 0xffff) as u16
    }
    /// Returns the value with `GSCID`, bits \[59:44\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GSCID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 44, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `GSCID`, bits \[59:44\] to `v`.
    #[inline]
    pub fn set_GSCID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 44, 0xffff, v as u64);
    }
    /// `ADDR`, bits \[125:74\]
    ///
    /// The page's address.
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0[1], 10, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits \[125:74\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 10, 0xfffffffffffff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[125:74\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for IOTINVAL_VMA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IOTINVAL_VMA {
    const NAME: &'static str = "IOTINVAL_VMA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IOTINVAL_VMA::FIELDS;
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
impl QueueRecord for IOTINVAL_VMA {
    const OPCODE: u64 = 0x1;
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
pub struct IOTINVAL_GVMA(pub [u64; 2]);
#[allow(non_snake_case)]
impl IOTINVAL_GVMA {
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
    /// `AV`, bit \[10\]
    #[inline]
    pub const fn AV(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `AV`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AV`, bit \[10\] to `v`.
    #[inline]
    pub fn set_AV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `PSCID`, bits \[31:12\]
    ///
    /// Must be 0.
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0xfffff, raw);
                    Self(words)
                })
            }
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
    /// `PSCV`, bit \[32\]
    ///
    /// Must be 0.
    #[inline]
    pub const fn PSCV(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PSCV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PSCV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PSCV`, bit \[32\] to `v`.
    #[inline]
    pub fn set_PSCV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `GV`, bit \[33\]
    #[inline]
    pub const fn GV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `GV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_GV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `GSCID`, bits \[59:44\]
    #[inline]
    pub const fn GSCID(&self) -> u16 {
        support::get(self.0[0], 44, 0xffff) as u16
    }
    /// Returns the value with `GSCID`, bits \[59:44\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GSCID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 44, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `GSCID`, bits \[59:44\] to `v`.
    #[inline]
    pub fn set_GSCID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 44, 0xffff, v as u64);
    }
    /// `ADDR`, bits \[125:74\]
    ///
    /// The guest physical page's address.
    /// The address (the field holds it shifted right by 12), with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0[1], 10, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits \[125:74\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 10, 0xfffffffffffff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[125:74\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for IOTINVAL_GVMA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IOTINVAL_GVMA {
    const NAME: &'static str = "IOTINVAL_GVMA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IOTINVAL_GVMA::FIELDS;
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
impl QueueRecord for IOTINVAL_GVMA {
    const OPCODE: u64 = 0x1;
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
pub struct IOFENCE_C(pub [u64; 2]);
#[allow(non_snake_case)]
impl IOFENCE_C {
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
    /// `AV`, bit \[10\]
    ///
    /// Write DATA to ADDR on completion.
    #[inline]
    pub const fn AV(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `AV`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_AV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `AV`, bit \[10\] to `v`.
    #[inline]
    pub fn set_AV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `WSI`, bit \[11\]
    ///
    /// Set cqcsr.fence_w_ip (wire-signaled interrupt) on completion.
    #[inline]
    pub const fn WSI(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `WSI`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_WSI(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `WSI`, bit \[11\] to `v`.
    #[inline]
    pub fn set_WSI(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `PR`, bit \[12\]
    ///
    /// Orders previous reads.
    #[inline]
    pub const fn PR(&self) -> bool {
        support::get(self.0[0], 12, 0x1) != 0
    }
    /// Returns the value with `PR`, bit \[12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PR(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PR`, bit \[12\] to `v`.
    #[inline]
    pub fn set_PR(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 12, 0x1, v as u64);
    }
    /// `PW`, bit \[13\]
    ///
    /// Orders previous writes.
    #[inline]
    pub const fn PW(&self) -> bool {
        support::get(self.0[0], 13, 0x1) != 0
    }
    /// Returns the value with `PW`, bit \[13\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 13, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PW`, bit \[13\] to `v`.
    #[inline]
    pub fn set_PW(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 13, 0x1, v as u64);
    }
    /// `DATA`, bits \[63:32\]
    #[inline]
    pub const fn DATA(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `DATA`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DATA(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `DATA`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_DATA(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `ADDR`, bits \[125:64\]
    ///
    /// The 4-byte aligned address DATA is written to.
    /// The address (the field holds it shifted right by 2), with bits \[1:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0[1], 0, 0x3fffffffffffffff) << 2
    }
    /// Returns the value with `ADDR`, bits \[125:64\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 2, 0x3fffffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 0, 0x3fffffffffffffff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[125:64\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for IOFENCE_C {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IOFENCE_C {
    const NAME: &'static str = "IOFENCE_C";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IOFENCE_C::FIELDS;
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
impl QueueRecord for IOFENCE_C {
    const OPCODE: u64 = 0x2;
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
pub struct IODIR_INVAL_DDT(pub [u64; 2]);
#[allow(non_snake_case)]
impl IODIR_INVAL_DDT {
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
    /// `PID`, bits \[31:12\]
    ///
    /// Must be 0.
    #[inline]
    pub const fn PID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0xfffff, raw);
                    Self(words)
                })
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
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `DV`, bit \[33\]
    ///
    /// DID is valid.
    #[inline]
    pub const fn DV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_DV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `DID`, bits \[63:40\]
    #[inline]
    pub const fn DID(&self) -> u32 {
        support::get(self.0[0], 40, 0xffffff) as u32
    }
    /// Returns the value with `DID`, bits \[63:40\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_DID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 40, 0xffffff, raw);
                    Self(words)
                })
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
impl Default for IODIR_INVAL_DDT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IODIR_INVAL_DDT {
    const NAME: &'static str = "IODIR_INVAL_DDT";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IODIR_INVAL_DDT::FIELDS;
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
impl QueueRecord for IODIR_INVAL_DDT {
    const OPCODE: u64 = 0x3;
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
pub struct IODIR_INVAL_PDT(pub [u64; 2]);
#[allow(non_snake_case)]
impl IODIR_INVAL_PDT {
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
    /// `PID`, bits \[31:12\]
    #[inline]
    pub const fn PID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0xfffff, raw);
                    Self(words)
                })
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
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `DV`, bit \[33\]
    ///
    /// Must be 1.
    #[inline]
    pub const fn DV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_DV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `DID`, bits \[63:40\]
    #[inline]
    pub const fn DID(&self) -> u32 {
        support::get(self.0[0], 40, 0xffffff) as u32
    }
    /// Returns the value with `DID`, bits \[63:40\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_DID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("DID", v as u64, 0xffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 40, 0xffffff, raw);
                    Self(words)
                })
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
impl Default for IODIR_INVAL_PDT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for IODIR_INVAL_PDT {
    const NAME: &'static str = "IODIR_INVAL_PDT";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = IODIR_INVAL_PDT::FIELDS;
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
impl QueueRecord for IODIR_INVAL_PDT {
    const OPCODE: u64 = 0x3;
}
/// Send a PCIe ATS invalidation request to a device.
///
/// `ATS_INVAL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x4 in bits \[6:0\] of queue `CQ`.
/// Function 0x0 in bits \[9:7\].
///
/// Architecture reference: section 3.1.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct ATS_INVAL(pub [u64; 2]);
#[allow(non_snake_case)]
impl ATS_INVAL {
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
            name: "G",
            lsb: 64,
            msb: 64,
        },
        FieldInfo {
            name: "S",
            lsb: 75,
            msb: 75,
        },
        FieldInfo {
            name: "UADDR",
            lsb: 76,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0x7f, 0x4);
            words[0] = support::put(words[0], 7, 0x7, 0x0);
            Self(words)
        }
    }
    /// `PID`, bits \[31:12\]
    #[inline]
    pub const fn PID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0xfffff, raw);
                    Self(words)
                })
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
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PV`, bit \[32\]
    ///
    /// PID is valid (a PASID prefix is sent).
    #[inline]
    pub const fn PV(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PV`, bit \[32\] to `v`.
    #[inline]
    pub fn set_PV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `DSV`, bit \[33\]
    ///
    /// DSEG is valid.
    #[inline]
    pub const fn DSV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DSV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DSV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_DSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `RID`, bits \[55:40\]
    ///
    /// The PCIe requester ID.
    #[inline]
    pub const fn RID(&self) -> u16 {
        support::get(self.0[0], 40, 0xffff) as u16
    }
    /// Returns the value with `RID`, bits \[55:40\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 40, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `RID`, bits \[55:40\] to `v`.
    #[inline]
    pub fn set_RID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 40, 0xffff, v as u64);
    }
    /// `DSEG`, bits \[63:56\]
    ///
    /// The PCIe segment.
    #[inline]
    pub const fn DSEG(&self) -> u8 {
        support::get(self.0[0], 56, 0xff) as u8
    }
    /// Returns the value with `DSEG`, bits \[63:56\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DSEG(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 56, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `DSEG`, bits \[63:56\] to `v`.
    #[inline]
    pub fn set_DSEG(&mut self, v: u8) {
        self.0[0] = support::put(self.0[0], 56, 0xff, v as u64);
    }
    /// `G`, bit \[64\]
    ///
    /// Global invalidation.
    #[inline]
    pub const fn G(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `G`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_G(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `G`, bit \[64\] to `v`.
    #[inline]
    pub fn set_G(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `S`, bit \[75\]
    ///
    /// Size: the range is encoded in UADDR's low bits.
    #[inline]
    pub const fn S(&self) -> bool {
        support::get(self.0[1], 11, 0x1) != 0
    }
    /// Returns the value with `S`, bit \[75\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S`, bit \[75\] to `v`.
    #[inline]
    pub fn set_S(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 11, 0x1, v as u64);
    }
    /// `UADDR`, bits \[127:76\]
    ///
    /// The untranslated address, in place (bits \[63:12\]).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn UADDR(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `UADDR`, bits \[127:76\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_UADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("UADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 12, 0xfffffffffffff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `UADDR`, bits \[127:76\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_UADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("UADDR", v, 12, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x4;
    /// The record's function code.
    pub const FUNC: u64 = 0x0;
}
impl Default for ATS_INVAL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for ATS_INVAL {
    const NAME: &'static str = "ATS_INVAL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = ATS_INVAL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for ATS_INVAL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ATS_INVAL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for ATS_INVAL {
    const OPCODE: u64 = 0x4;
}
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
pub struct ATS_PRGR(pub [u64; 2]);
#[allow(non_snake_case)]
impl ATS_PRGR {
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
    /// `PID`, bits \[31:12\]
    #[inline]
    pub const fn PID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `PID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("PID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0xfffff, raw);
                    Self(words)
                })
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
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `PV`, bit \[32\]
    #[inline]
    pub const fn PV(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// Returns the value with `PV`, bit \[32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PV`, bit \[32\] to `v`.
    #[inline]
    pub fn set_PV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 32, 0x1, v as u64);
    }
    /// `DSV`, bit \[33\]
    #[inline]
    pub const fn DSV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `DSV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `DSV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_DSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `RID`, bits \[55:40\]
    #[inline]
    pub const fn RID(&self) -> u16 {
        support::get(self.0[0], 40, 0xffff) as u16
    }
    /// Returns the value with `RID`, bits \[55:40\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 40, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `RID`, bits \[55:40\] to `v`.
    #[inline]
    pub fn set_RID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 40, 0xffff, v as u64);
    }
    /// `DSEG`, bits \[63:56\]
    #[inline]
    pub const fn DSEG(&self) -> u8 {
        support::get(self.0[0], 56, 0xff) as u8
    }
    /// Returns the value with `DSEG`, bits \[63:56\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DSEG(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 56, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `DSEG`, bits \[63:56\] to `v`.
    #[inline]
    pub fn set_DSEG(&mut self, v: u8) {
        self.0[0] = support::put(self.0[0], 56, 0xff, v as u64);
    }
    /// `PRG_INDEX`, bits \[104:96\]
    ///
    /// The page request group index.
    #[inline]
    pub const fn PRG_INDEX(&self) -> u16 {
        support::get(self.0[1], 32, 0x1ff) as u16
    }
    /// Returns the value with `PRG_INDEX`, bits \[104:96\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PRG_INDEX(self, v: u16) -> Result<Self, FieldError> {
        match support::fit("PRG_INDEX", v as u64, 0x1ff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 32, 0x1ff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PRG_INDEX`, bits \[104:96\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PRG_INDEX(&mut self, v: u16) -> Result<(), FieldError> {
        let raw = support::fit("PRG_INDEX", v as u64, 0x1ff)?;
        self.0[1] = support::put(self.0[1], 32, 0x1ff, raw);
        ::core::result::Result::Ok(())
    }
    /// `RESP_CODE`, bits \[111:108\]
    #[inline]
    pub const fn RESP_CODE(&self) -> Result<super::enums::PrgResponseCode, FieldError> {
        let raw = support::get(self.0[1], 44, 0xf);
        match super::enums::PrgResponseCode::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "RESP_CODE",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `RESP_CODE`, bits \[111:108\].
    #[inline]
    pub const fn RESP_CODE_bits(&self) -> u64 {
        support::get(self.0[1], 44, 0xf)
    }
    /// Returns the value with `RESP_CODE`, bits \[111:108\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RESP_CODE(self, v: super::enums::PrgResponseCode) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0xf, v.bits());
            Self(words)
        }
    }
    /// Sets `RESP_CODE`, bits \[111:108\] to `v`.
    #[inline]
    pub fn set_RESP_CODE(&mut self, v: super::enums::PrgResponseCode) {
        self.0[1] = support::put(self.0[1], 44, 0xf, v.bits());
    }
    /// `DST_ID`, bits \[127:112\]
    ///
    /// The destination device ID.
    #[inline]
    pub const fn DST_ID(&self) -> u16 {
        support::get(self.0[1], 48, 0xffff) as u16
    }
    /// Returns the value with `DST_ID`, bits \[127:112\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_DST_ID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `DST_ID`, bits \[127:112\] to `v`.
    #[inline]
    pub fn set_DST_ID(&mut self, v: u16) {
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
impl Default for ATS_PRGR {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for ATS_PRGR {
    const NAME: &'static str = "ATS_PRGR";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = ATS_PRGR::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for ATS_PRGR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "ATS_PRGR", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for ATS_PRGR {
    const OPCODE: u64 = 0x4;
}
/// Every record of queue `CQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum CQ_Command {
    /// `IOTINVAL_VMA`.
    IOTINVAL_VMA(IOTINVAL_VMA),
    /// `IOTINVAL_GVMA`.
    IOTINVAL_GVMA(IOTINVAL_GVMA),
    /// `IOFENCE_C`.
    IOFENCE_C(IOFENCE_C),
    /// `IODIR_INVAL_DDT`.
    IODIR_INVAL_DDT(IODIR_INVAL_DDT),
    /// `IODIR_INVAL_PDT`.
    IODIR_INVAL_PDT(IODIR_INVAL_PDT),
    /// `ATS_INVAL`.
    ATS_INVAL(ATS_INVAL),
    /// `ATS_PRGR`.
    ATS_PRGR(ATS_PRGR),
}
impl CQ_Command {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::IOTINVAL_VMA(r) => r.0,
            Self::IOTINVAL_GVMA(r) => r.0,
            Self::IOFENCE_C(r) => r.0,
            Self::IODIR_INVAL_DDT(r) => r.0,
            Self::IODIR_INVAL_PDT(r) => r.0,
            Self::ATS_INVAL(r) => r.0,
            Self::ATS_PRGR(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0x7f) | support::get(raw[0], 7, 0x7) << 7;
        match opcode {
            0x1 => {
                let r = IOTINVAL_VMA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IOTINVAL_VMA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x81 => {
                let r = IOTINVAL_GVMA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IOTINVAL_GVMA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2 => {
                let r = IOFENCE_C(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IOFENCE_C(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x3 => {
                let r = IODIR_INVAL_DDT(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IODIR_INVAL_DDT(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x83 => {
                let r = IODIR_INVAL_PDT(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::IODIR_INVAL_PDT(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x4 => {
                let r = ATS_INVAL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::ATS_INVAL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x84 => {
                let r = ATS_PRGR(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::ATS_PRGR(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            _ => {
                ::core::result::Result::Err(DecodeError::UnknownOpcode {
                    queue: "CQ",
                    opcode,
                })
            }
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::IOTINVAL_VMA(_) => "IOTINVAL_VMA",
            Self::IOTINVAL_GVMA(_) => "IOTINVAL_GVMA",
            Self::IOFENCE_C(_) => "IOFENCE_C",
            Self::IODIR_INVAL_DDT(_) => "IODIR_INVAL_DDT",
            Self::IODIR_INVAL_PDT(_) => "IODIR_INVAL_PDT",
            Self::ATS_INVAL(_) => "ATS_INVAL",
            Self::ATS_PRGR(_) => "ATS_PRGR",
        }
    }
}
