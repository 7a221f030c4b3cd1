// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `FQ` queue: its 32-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x20_usize;
/// The producer and consumer indexes have no wrap bit: the queue is empty when they are equal and full when `prod + 1 == cons` (modulo its size), so one slot stays free.
pub const WRAP_BIT: bool = false;
/// The queue's control and status register, `fqcsr`.
pub const CSR: &str = "fqcsr";
/// A fault or event record.
///
/// `FAULT`: 32 bytes, 4 little-endian 64-bit words.
///
/// Architecture reference: section 3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub struct FAULT(pub [u64; 4]);
#[allow(non_snake_case)]
impl FAULT {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "CAUSE",
            lsb: 0,
            msb: 11,
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
            name: "PRIV",
            lsb: 33,
            msb: 33,
        },
        FieldInfo {
            name: "TTYP",
            lsb: 34,
            msb: 39,
        },
        FieldInfo {
            name: "DID",
            lsb: 40,
            msb: 63,
        },
        FieldInfo {
            name: "iotval",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "iotval2",
            lsb: 192,
            msb: 255,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 4])
    }
    /// `CAUSE`, bits \[11:0\]
    #[inline]
    pub const fn CAUSE(&self) -> Result<super::enums::FaultCause, FieldError> {
        let raw = support::get(self.0[0], 0, 0xfff);
        match super::enums::FaultCause::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CAUSE",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CAUSE`, bits \[11:0\].
    #[inline]
    pub const fn CAUSE_bits(&self) -> u64 {
        support::get(self.0[0], 0, 0xfff)
    }
    /// Returns the value with `CAUSE`, bits \[11:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CAUSE(self, v: super::enums::FaultCause) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 0, 0xfff, v.bits());
            Self(words)
        }
    }
    /// Sets `CAUSE`, bits \[11:0\] to `v`.
    #[inline]
    pub fn set_CAUSE(&mut self, v: super::enums::FaultCause) {
        self.0[0] = support::put(self.0[0], 0, 0xfff, v.bits());
    }
    /// `PID`, bits \[31:12\]
    ///
    /// The process_id of the transaction (when PV).
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
    /// The transaction requested supervisor privilege.
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
    /// `TTYP`, bits \[39:34\]
    #[inline]
    pub const fn TTYP(&self) -> Result<super::enums::FaultTtyp, FieldError> {
        let raw = support::get(self.0[0], 34, 0x3f);
        match super::enums::FaultTtyp::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTYP",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TTYP`, bits \[39:34\].
    #[inline]
    pub const fn TTYP_bits(&self) -> u64 {
        support::get(self.0[0], 34, 0x3f)
    }
    /// Returns the value with `TTYP`, bits \[39:34\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TTYP(self, v: super::enums::FaultTtyp) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 34, 0x3f, v.bits());
            Self(words)
        }
    }
    /// Sets `TTYP`, bits \[39:34\] to `v`.
    #[inline]
    pub fn set_TTYP(&mut self, v: super::enums::FaultTtyp) {
        self.0[0] = support::put(self.0[0], 34, 0x3f, v.bits());
    }
    /// `DID`, bits \[63:40\]
    ///
    /// The device_id of the transaction.
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
    /// `iotval`, bits \[191:128\]
    ///
    /// Transaction-type and cause specific: the faulting IOVA for a page fault.
    #[inline]
    pub const fn iotval(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `iotval`, bits \[191:128\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_iotval(self, v: u64) -> Self {
        {
            let mut words = self.0;
            words[2] = support::put(words[2], 0, 0xffffffffffffffff, v);
            Self(words)
        }
    }
    /// Sets `iotval`, bits \[191:128\] to `v`.
    #[inline]
    pub fn set_iotval(&mut self, v: u64) {
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, v);
    }
    /// `iotval2`, bits \[255:192\]
    ///
    /// Cause specific: the guest physical address for a guest-page fault.
    #[inline]
    pub const fn iotval2(&self) -> u64 {
        support::get(self.0[3], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `iotval2`, bits \[255:192\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_iotval2(self, v: u64) -> Self {
        {
            let mut words = self.0;
            words[3] = support::put(words[3], 0, 0xffffffffffffffff, v);
            Self(words)
        }
    }
    /// Sets `iotval2`, bits \[255:192\] to `v`.
    #[inline]
    pub fn set_iotval2(&mut self, v: u64) {
        self.0[3] = support::put(self.0[3], 0, 0xffffffffffffffff, v);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 0, 0xfff);
        if super::enums::FaultCause::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CAUSE",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 34, 0x3f);
        if super::enums::FaultTtyp::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TTYP",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
impl Default for FAULT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FAULT {
    const NAME: &'static str = "FAULT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FAULT::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FAULT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "FAULT", Self::FIELDS, &self.0)
    }
}
/// Every record of queue `FQ`.
///
/// Records are 32 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
pub enum FQ_Event {
    /// `FAULT`.
    FAULT(FAULT),
}
impl FQ_Event {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 4] {
        match self {
            Self::FAULT(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 4]) -> Result<Self, DecodeError> {
        let r = FAULT(*raw);
        match r.validate() {
            ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::FAULT(r)),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(DecodeError::Field(e)),
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::FAULT(_) => "FAULT",
        }
    }
}
