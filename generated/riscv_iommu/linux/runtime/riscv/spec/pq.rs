// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `PQ` queue: its 16-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x10_usize;
/// The producer and consumer indexes have no wrap bit: the queue is empty when they are equal and full when `prod + 1 == cons` (modulo its size), so one slot stays free.
pub const WRAP_BIT: bool = false;
/// The queue's control and status register, `pqcsr`.
pub const CSR: &str = "pqcsr";
/// A PCIe page request.
///
/// `PAGE_REQUEST`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PAGE_REQUEST(pub [u64; 2]);
#[allow(non_snake_case)]
impl PAGE_REQUEST {
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
            name: "PRIV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "EXEC",
            lsb: 34,
            msb: 34,
        },
        FieldInfo {
            name: "DID",
            lsb: 40,
            msb: 63,
        },
        FieldInfo {
            name: "R",
            lsb: 64,
            msb: 64,
        },
        FieldInfo {
            name: "W",
            lsb: 65,
            msb: 65,
        },
        FieldInfo {
            name: "L",
            lsb: 66,
            msb: 66,
        },
        FieldInfo {
            name: "PRGI",
            lsb: 67,
            msb: 75,
        },
        FieldInfo {
            name: "ADDR",
            lsb: 76,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 2])
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
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
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
    /// PID is valid.
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
    /// `PRIV`, bit \[33\]
    ///
    /// Privileged-mode access requested.
    #[inline]
    pub const fn PRIV(&self) -> bool {
        support::get(self.0[0], 33, 0x1) != 0
    }
    /// Returns the value with `PRIV`, bit \[33\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PRIV`, bit \[33\] to `v`.
    #[inline]
    pub fn set_PRIV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 33, 0x1, v as u64);
    }
    /// `EXEC`, bit \[34\]
    ///
    /// Execute permission requested.
    #[inline]
    pub const fn EXEC(&self) -> bool {
        support::get(self.0[0], 34, 0x1) != 0
    }
    /// Returns the value with `EXEC`, bit \[34\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_EXEC(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `EXEC`, bit \[34\] to `v`.
    #[inline]
    pub fn set_EXEC(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 34, 0x1, v as u64);
    }
    /// `DID`, bits \[63:40\]
    ///
    /// The device_id of the requester.
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
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 40, 0xffffff, raw);
                Self(words)
            }),
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
    /// `R`, bit \[64\]
    ///
    /// Read access requested.
    #[inline]
    pub const fn R(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `R`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_R(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `R`, bit \[64\] to `v`.
    #[inline]
    pub fn set_R(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `W`, bit \[65\]
    ///
    /// Write access requested.
    #[inline]
    pub const fn W(&self) -> bool {
        support::get(self.0[1], 1, 0x1) != 0
    }
    /// Returns the value with `W`, bit \[65\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_W(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 1, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `W`, bit \[65\] to `v`.
    #[inline]
    pub fn set_W(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 1, 0x1, v as u64);
    }
    /// `L`, bit \[66\]
    ///
    /// Last request of the group.
    #[inline]
    pub const fn L(&self) -> bool {
        support::get(self.0[1], 2, 0x1) != 0
    }
    /// Returns the value with `L`, bit \[66\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_L(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 2, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `L`, bit \[66\] to `v`.
    #[inline]
    pub fn set_L(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 2, 0x1, v as u64);
    }
    /// `PRGI`, bits \[75:67\]
    ///
    /// The page request group index.
    #[inline]
    pub const fn PRGI(&self) -> u16 {
        support::get(self.0[1], 3, 0x1ff) as u16
    }
    /// Returns the value with `PRGI`, bits \[75:67\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PRGI(self, v: u16) -> Result<Self, FieldError> {
        match support::fit("PRGI", v as u64, 0x1ff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 3, 0x1ff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PRGI`, bits \[75:67\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PRGI(&mut self, v: u16) -> Result<(), FieldError> {
        let raw = support::fit("PRGI", v as u64, 0x1ff)?;
        self.0[1] = support::put(self.0[1], 3, 0x1ff, raw);
        ::core::result::Result::Ok(())
    }
    /// `ADDR`, bits \[127:76\]
    ///
    /// The page's address, in place (bits \[63:12\]).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn ADDR(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `ADDR`, bits \[127:76\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ADDR(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("ADDR", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `ADDR`, bits \[127:76\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ADDR(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("ADDR", v, 12, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
impl Default for PAGE_REQUEST {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for PAGE_REQUEST {
    const NAME: &'static str = "PAGE_REQUEST";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = PAGE_REQUEST::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for PAGE_REQUEST {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PAGE_REQUEST", Self::FIELDS, &self.0)
    }
}
/// Every record of queue `PQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum PQ_Request {
    /// `PAGE_REQUEST`.
    PAGE_REQUEST(PAGE_REQUEST),
}
impl PQ_Request {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::PAGE_REQUEST(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let r = PAGE_REQUEST(*raw);
        match r.validate() {
            ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::PAGE_REQUEST(r)),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(DecodeError::Field(e)),
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::PAGE_REQUEST(_) => "PAGE_REQUEST",
        }
    }
}
