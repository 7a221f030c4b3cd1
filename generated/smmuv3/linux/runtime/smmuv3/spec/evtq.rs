// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `EVTQ` queue: its 32-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x20_usize;
/// The producer and consumer indexes carry a wrap bit above the index: the queue is empty when they are equal, full when only the wrap bits differ.
pub const WRAP_BIT: bool = true;
/// The client presented a transaction the SMMU does not support.
///
/// `F_UUT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x1 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_UUT(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_UUT {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x1);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[79:64\]
    ///
    /// IMPLEMENTATION DEFINED cause of the fault.
    #[inline]
    pub const fn Reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (the incoming attribute, before any STE override).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (the incoming attribute, before any STE override).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x1;
}
impl Default for F_UUT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_UUT {
    const NAME: &'static str = "F_UUT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_UUT::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_UUT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_UUT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_UUT {
    const OPCODE: u64 = 0x1;
}
/// The StreamID is outside the range covered by the Stream table.
///
/// `C_BAD_STREAMID`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x2 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct C_BAD_STREAMID(pub [u64; 4]);
#[allow(non_snake_case)]
impl C_BAD_STREAMID {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x2);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x2;
}
impl Default for C_BAD_STREAMID {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for C_BAD_STREAMID {
    const NAME: &'static str = "C_BAD_STREAMID";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = C_BAD_STREAMID::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for C_BAD_STREAMID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_STREAMID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for C_BAD_STREAMID {
    const OPCODE: u64 = 0x2;
}
/// Fetching the STE aborted, or its address was out of range.
///
/// `F_STE_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x3 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_STE_FETCH(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_STE_FETCH {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "GPCF",
            lsb: 80,
            msb: 80,
        },
        FieldInfo {
            name: "FetchAddr",
            lsb: 195,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x3);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[79:64\]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn Reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit \[80\]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn GPCF(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit \[80\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GPCF(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit \[80\] to `v`.
    #[inline]
    pub fn set_GPCF(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `FetchAddr`, bits \[247:195\]
    ///
    /// Physical address of the STE fetch that aborted.
    /// The address, with bits \[2:0\] zero.
    #[inline]
    pub const fn FetchAddr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits \[247:195\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_FetchAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits \[247:195\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_FetchAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff)?;
        self.0[3] = support::put(self.0[3], 3, 0x1fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x3;
}
impl Default for F_STE_FETCH {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_STE_FETCH {
    const NAME: &'static str = "F_STE_FETCH";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_STE_FETCH::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_STE_FETCH {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_STE_FETCH", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_STE_FETCH {
    const OPCODE: u64 = 0x3;
}
/// The STE used by the transaction is invalid or misconfigured.
///
/// `C_BAD_STE`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x4 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct C_BAD_STE(pub [u64; 4]);
#[allow(non_snake_case)]
impl C_BAD_STE {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x4);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x4;
}
impl Default for C_BAD_STE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for C_BAD_STE {
    const NAME: &'static str = "C_BAD_STE";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = C_BAD_STE::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for C_BAD_STE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_STE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for C_BAD_STE {
    const OPCODE: u64 = 0x4;
}
/// An ATS Translation Request arrived for a stream that does not allow ATS.
///
/// `F_BAD_ATS_TREQ`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x5 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.6.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_BAD_ATS_TREQ(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_BAD_ATS_TREQ {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Span",
            lsb: 64,
            msb: 67,
        },
        FieldInfo {
            name: "PRIV",
            lsb: 92,
            msb: 92,
        },
        FieldInfo {
            name: "X",
            lsb: 93,
            msb: 93,
        },
        FieldInfo {
            name: "W",
            lsb: 94,
            msb: 94,
        },
        FieldInfo {
            name: "R",
            lsb: 95,
            msb: 95,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 140,
            msb: 191,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x5);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Span`, bits \[67:64\]
    ///
    /// Number of STUs the request asked for.
    #[inline]
    pub const fn Span(&self) -> u8 {
        support::get(self.0[1], 0, 0xf) as u8
    }
    /// Returns the value with `Span`, bits \[67:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_Span(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Span", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Span`, bits \[67:64\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_Span(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Span", v as u64, 0xf)?;
        self.0[1] = support::put(self.0[1], 0, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `PRIV`, bit \[92\]
    ///
    /// Privileged permission requested.
    #[inline]
    pub const fn PRIV(&self) -> bool {
        support::get(self.0[1], 28, 0x1) != 0
    }
    /// Returns the value with `PRIV`, bit \[92\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PRIV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 28, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PRIV`, bit \[92\] to `v`.
    #[inline]
    pub fn set_PRIV(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 28, 0x1, v as u64);
    }
    /// `X`, bit \[93\]
    ///
    /// Execute permission requested.
    #[inline]
    pub const fn X(&self) -> bool {
        support::get(self.0[1], 29, 0x1) != 0
    }
    /// Returns the value with `X`, bit \[93\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_X(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 29, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `X`, bit \[93\] to `v`.
    #[inline]
    pub fn set_X(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 29, 0x1, v as u64);
    }
    /// `W`, bit \[94\]
    ///
    /// Write permission requested.
    #[inline]
    pub const fn W(&self) -> bool {
        support::get(self.0[1], 30, 0x1) != 0
    }
    /// Returns the value with `W`, bit \[94\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_W(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 30, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `W`, bit \[94\] to `v`.
    #[inline]
    pub fn set_W(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 30, 0x1, v as u64);
    }
    /// `R`, bit \[95\]
    ///
    /// Read permission requested.
    #[inline]
    pub const fn R(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `R`, bit \[95\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_R(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `R`, bit \[95\] to `v`.
    #[inline]
    pub fn set_R(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `InputAddr`, bits \[191:140\]
    ///
    /// Address of the request, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `InputAddr`, bits \[191:140\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:140\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 12, 0xfffffffffffff)?;
        self.0[2] = support::put(self.0[2], 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x5;
}
impl Default for F_BAD_ATS_TREQ {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_BAD_ATS_TREQ {
    const NAME: &'static str = "F_BAD_ATS_TREQ";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_BAD_ATS_TREQ::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_BAD_ATS_TREQ {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_BAD_ATS_TREQ", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_BAD_ATS_TREQ {
    const OPCODE: u64 = 0x5;
}
/// A transaction without a SubstreamID met an STE that only accepts substream traffic.
///
/// `F_STREAM_DISABLED`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x6 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.7.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_STREAM_DISABLED(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_STREAM_DISABLED {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "StreamID",
        lsb: 32,
        msb: 63,
    }];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x6);
            Self(words)
        }
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x6;
}
impl Default for F_STREAM_DISABLED {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_STREAM_DISABLED {
    const NAME: &'static str = "F_STREAM_DISABLED";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_STREAM_DISABLED::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_STREAM_DISABLED {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_STREAM_DISABLED", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_STREAM_DISABLED {
    const OPCODE: u64 = 0x6;
}
/// An ATS Translated transaction arrived where bypassing translation is not allowed.
///
/// `F_TRANSL_FORBIDDEN`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x7 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.8.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_TRANSL_FORBIDDEN(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_TRANSL_FORBIDDEN {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "StreamID",
            lsb: 32,
            msb: 63,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x7);
            Self(words)
        }
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x7;
}
impl Default for F_TRANSL_FORBIDDEN {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_TRANSL_FORBIDDEN {
    const NAME: &'static str = "F_TRANSL_FORBIDDEN";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_TRANSL_FORBIDDEN::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_TRANSL_FORBIDDEN {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TRANSL_FORBIDDEN", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_TRANSL_FORBIDDEN {
    const OPCODE: u64 = 0x7;
}
/// The SubstreamID is out of range or substreams are disabled for the stream.
///
/// `C_BAD_SUBSTREAMID`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x8 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.9.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct C_BAD_SUBSTREAMID(pub [u64; 4]);
#[allow(non_snake_case)]
impl C_BAD_SUBSTREAMID {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x8);
            Self(words)
        }
    }
    /// `SubstreamID`, bits \[31:12\]
    ///
    /// Always valid in this record (there is no SSV).
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x8;
}
impl Default for C_BAD_SUBSTREAMID {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for C_BAD_SUBSTREAMID {
    const NAME: &'static str = "C_BAD_SUBSTREAMID";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = C_BAD_SUBSTREAMID::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for C_BAD_SUBSTREAMID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_SUBSTREAMID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for C_BAD_SUBSTREAMID {
    const OPCODE: u64 = 0x8;
}
/// Fetching the CD aborted.
///
/// `F_CD_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x9 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.10.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_CD_FETCH(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_CD_FETCH {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "GPCF",
            lsb: 80,
            msb: 80,
        },
        FieldInfo {
            name: "FetchAddr",
            lsb: 195,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x9);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[79:64\]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn Reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit \[80\]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn GPCF(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit \[80\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GPCF(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit \[80\] to `v`.
    #[inline]
    pub fn set_GPCF(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `FetchAddr`, bits \[247:195\]
    ///
    /// Physical address of the CD fetch that aborted.
    /// The address, with bits \[2:0\] zero.
    #[inline]
    pub const fn FetchAddr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits \[247:195\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_FetchAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits \[247:195\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_FetchAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff)?;
        self.0[3] = support::put(self.0[3], 3, 0x1fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x9;
}
impl Default for F_CD_FETCH {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_CD_FETCH {
    const NAME: &'static str = "F_CD_FETCH";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_CD_FETCH::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_CD_FETCH {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_CD_FETCH", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_CD_FETCH {
    const OPCODE: u64 = 0x9;
}
/// The fetched CD is invalid or misconfigured.
///
/// `C_BAD_CD`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0xa in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.11.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct C_BAD_CD(pub [u64; 4]);
#[allow(non_snake_case)]
impl C_BAD_CD {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0xa);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0xa;
}
impl Default for C_BAD_CD {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for C_BAD_CD {
    const NAME: &'static str = "C_BAD_CD";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = C_BAD_CD::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for C_BAD_CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_CD", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for C_BAD_CD {
    const OPCODE: u64 = 0xa;
}
/// Fetching or updating a translation table descriptor aborted.
///
/// `F_WALK_EABT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0xb in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.12.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_WALK_EABT(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_WALK_EABT {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "GPCF",
            lsb: 80,
            msb: 80,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "S2",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "CLASS",
            lsb: 104,
            msb: 105,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "FetchAddr",
            lsb: 195,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0xb);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[79:64\]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn Reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit \[80\]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn GPCF(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit \[80\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GPCF(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit \[80\] to `v`.
    #[inline]
    pub fn set_GPCF(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0) of the input transaction.
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit \[102\]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSIPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit \[102\] to `v`.
    #[inline]
    pub fn set_NSIPA(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit \[103\]
    ///
    /// The walk was a stage 2 walk.
    #[inline]
    pub const fn S2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit \[103\] to `v`.
    #[inline]
    pub fn set_S2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits \[105:104\]
    #[inline]
    pub const fn CLASS(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits \[105:104\].
    #[inline]
    pub const fn CLASS_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits \[105:104\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CLASS(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits \[105:104\] to `v`.
    #[inline]
    pub fn set_CLASS(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `FetchAddr`, bits \[247:195\]
    ///
    /// Physical address of the descriptor access that aborted.
    /// The address, with bits \[2:0\] zero.
    #[inline]
    pub const fn FetchAddr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits \[247:195\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_FetchAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits \[247:195\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_FetchAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff)?;
        self.0[3] = support::put(self.0[3], 3, 0x1fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0xb;
}
impl Default for F_WALK_EABT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_WALK_EABT {
    const NAME: &'static str = "F_WALK_EABT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_WALK_EABT::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_WALK_EABT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_WALK_EABT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_WALK_EABT {
    const OPCODE: u64 = 0xb;
}
/// No valid translation: out of the TxSZ range, a disabled TTBx, or an invalid descriptor.
///
/// `F_TRANSLATION`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x10 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.13.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_TRANSLATION(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_TRANSLATION {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "STAG",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "Stall",
            lsb: 95,
            msb: 95,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "S2",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "CLASS",
            lsb: 104,
            msb: 105,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "IPA",
            lsb: 204,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x10);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits \[79:64\]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn STAG(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STAG(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_STAG(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit \[95\]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn Stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit \[95\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit \[95\] to `v`.
    #[inline]
    pub fn set_Stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit \[102\]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSIPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit \[102\] to `v`.
    #[inline]
    pub fn set_NSIPA(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit \[103\]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn S2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit \[103\] to `v`.
    #[inline]
    pub fn set_S2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits \[105:104\]
    #[inline]
    pub const fn CLASS(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits \[105:104\].
    #[inline]
    pub const fn CLASS_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits \[105:104\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CLASS(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits \[105:104\] to `v`.
    #[inline]
    pub fn set_CLASS(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits \[247:204\]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn IPA(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits \[247:204\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_IPA(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits \[247:204\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_IPA(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("IPA", v, 12, 0xfffffffffff)?;
        self.0[3] = support::put(self.0[3], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x10;
}
impl Default for F_TRANSLATION {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_TRANSLATION {
    const NAME: &'static str = "F_TRANSLATION";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_TRANSLATION::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_TRANSLATION {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TRANSLATION", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_TRANSLATION {
    const OPCODE: u64 = 0x10;
}
/// A descriptor or a bypassed stage output an address beyond the configured size.
///
/// `F_ADDR_SIZE`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x11 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.14.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_ADDR_SIZE(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_ADDR_SIZE {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "STAG",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "Stall",
            lsb: 95,
            msb: 95,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "S2",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "CLASS",
            lsb: 104,
            msb: 105,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "IPA",
            lsb: 204,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x11);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits \[79:64\]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn STAG(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STAG(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_STAG(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit \[95\]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn Stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit \[95\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit \[95\] to `v`.
    #[inline]
    pub fn set_Stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit \[102\]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSIPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit \[102\] to `v`.
    #[inline]
    pub fn set_NSIPA(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit \[103\]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn S2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit \[103\] to `v`.
    #[inline]
    pub fn set_S2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits \[105:104\]
    #[inline]
    pub const fn CLASS(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits \[105:104\].
    #[inline]
    pub const fn CLASS_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits \[105:104\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CLASS(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits \[105:104\] to `v`.
    #[inline]
    pub fn set_CLASS(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits \[247:204\]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn IPA(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits \[247:204\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_IPA(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits \[247:204\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_IPA(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("IPA", v, 12, 0xfffffffffff)?;
        self.0[3] = support::put(self.0[3], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x11;
}
impl Default for F_ADDR_SIZE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_ADDR_SIZE {
    const NAME: &'static str = "F_ADDR_SIZE";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_ADDR_SIZE::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_ADDR_SIZE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_ADDR_SIZE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_ADDR_SIZE {
    const OPCODE: u64 = 0x11;
}
/// A page or block descriptor had its Access flag clear and HTTU did not set it.
///
/// `F_ACCESS`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x12 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.15.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_ACCESS(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_ACCESS {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "STAG",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "Stall",
            lsb: 95,
            msb: 95,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "S2",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "CLASS",
            lsb: 104,
            msb: 105,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "IPA",
            lsb: 204,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x12);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits \[79:64\]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn STAG(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STAG(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_STAG(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit \[95\]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn Stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit \[95\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit \[95\] to `v`.
    #[inline]
    pub fn set_Stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit \[102\]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSIPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit \[102\] to `v`.
    #[inline]
    pub fn set_NSIPA(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit \[103\]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn S2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit \[103\] to `v`.
    #[inline]
    pub fn set_S2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits \[105:104\]
    #[inline]
    pub const fn CLASS(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits \[105:104\].
    #[inline]
    pub const fn CLASS_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits \[105:104\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CLASS(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits \[105:104\] to `v`.
    #[inline]
    pub fn set_CLASS(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits \[247:204\]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn IPA(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits \[247:204\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_IPA(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits \[247:204\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_IPA(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("IPA", v, 12, 0xfffffffffff)?;
        self.0[3] = support::put(self.0[3], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x12;
}
impl Default for F_ACCESS {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_ACCESS {
    const NAME: &'static str = "F_ACCESS";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_ACCESS::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_ACCESS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_ACCESS", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_ACCESS {
    const OPCODE: u64 = 0x12;
}
/// The access is not permitted by the final descriptor's permissions.
///
/// `F_PERMISSION`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x13 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.16.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_PERMISSION(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_PERMISSION {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "STAG",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "Stall",
            lsb: 95,
            msb: 95,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "S2",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "CLASS",
            lsb: 104,
            msb: 105,
        },
        FieldInfo {
            name: "TTRnW",
            lsb: 108,
            msb: 108,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "IPA",
            lsb: 204,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x13);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits \[79:64\]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn STAG(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_STAG(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_STAG(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit \[95\]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn Stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit \[95\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit \[95\] to `v`.
    #[inline]
    pub fn set_Stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit \[102\]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSIPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit \[102\] to `v`.
    #[inline]
    pub fn set_NSIPA(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit \[103\]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn S2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit \[103\] to `v`.
    #[inline]
    pub fn set_S2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits \[105:104\]
    #[inline]
    pub const fn CLASS(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits \[105:104\].
    #[inline]
    pub const fn CLASS_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits \[105:104\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CLASS(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits \[105:104\] to `v`.
    #[inline]
    pub fn set_CLASS(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `TTRnW`, bit \[108\]
    ///
    /// CLASS == TT only: a descriptor read (1) or write (0) hit the stage 2 permission fault.
    #[inline]
    pub const fn TTRnW(&self) -> bool {
        support::get(self.0[1], 44, 0x1) != 0
    }
    /// Returns the value with `TTRnW`, bit \[108\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TTRnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTRnW`, bit \[108\] to `v`.
    #[inline]
    pub fn set_TTRnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 44, 0x1, v as u64);
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits \[247:204\]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn IPA(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits \[247:204\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_IPA(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits \[247:204\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_IPA(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("IPA", v, 12, 0xfffffffffff)?;
        self.0[3] = support::put(self.0[3], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x13;
}
impl Default for F_PERMISSION {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_PERMISSION {
    const NAME: &'static str = "F_PERMISSION";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_PERMISSION::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_PERMISSION {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_PERMISSION", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_PERMISSION {
    const OPCODE: u64 = 0x13;
}
/// The transaction hit conflicting TLB entries.
///
/// `F_TLB_CONFLICT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x20 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.17.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_TLB_CONFLICT(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_TLB_CONFLICT {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 95,
        },
        FieldInfo {
            name: "PnU",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "InD",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "RnW",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "NSIPA",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "S2",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 128,
            msb: 191,
        },
        FieldInfo {
            name: "IPA",
            lsb: 204,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x20);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[95:64\]
    ///
    /// IMPLEMENTATION DEFINED nature of the conflict.
    #[inline]
    pub const fn Reason(&self) -> u32 {
        support::get(self.0[1], 0, 0xffffffff) as u32
    }
    /// Returns the value with `Reason`, bits \[95:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[95:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u32) {
        self.0[1] = support::put(self.0[1], 0, 0xffffffff, v as u64);
    }
    /// `PnU`, bit \[97\]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn PnU(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_PnU(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit \[97\] to `v`.
    #[inline]
    pub fn set_PnU(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit \[98\]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn InD(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_InD(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit \[98\] to `v`.
    #[inline]
    pub fn set_InD(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_RnW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit \[99\] to `v`.
    #[inline]
    pub fn set_RnW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit \[102\]
    ///
    /// On the Secure queue with S2 set, the IPA was Non-secure.
    #[inline]
    pub const fn NSIPA(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NSIPA(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit \[102\] to `v`.
    #[inline]
    pub fn set_NSIPA(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit \[103\]
    ///
    /// Stage 2 translation was involved; IPA is valid.
    #[inline]
    pub const fn S2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_S2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit \[103\] to `v`.
    #[inline]
    pub fn set_S2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits \[191:128\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:128\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits \[247:204\]
    ///
    /// Valid when S2 is set.
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn IPA(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits \[247:204\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_IPA(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits \[247:204\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_IPA(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("IPA", v, 12, 0xfffffffffff)?;
        self.0[3] = support::put(self.0[3], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x20;
}
impl Default for F_TLB_CONFLICT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_TLB_CONFLICT {
    const NAME: &'static str = "F_TLB_CONFLICT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_TLB_CONFLICT::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_TLB_CONFLICT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TLB_CONFLICT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_TLB_CONFLICT {
    const OPCODE: u64 = 0x20;
}
/// The transaction hit conflicting configuration cache entries (STE.CONT overlap).
///
/// `F_CFG_CONFLICT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x21 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.18.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_CFG_CONFLICT(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_CFG_CONFLICT {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 95,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x21);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[95:64\]
    ///
    /// IMPLEMENTATION DEFINED nature of the conflict.
    #[inline]
    pub const fn Reason(&self) -> u32 {
        support::get(self.0[1], 0, 0xffffffff) as u32
    }
    /// Returns the value with `Reason`, bits \[95:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[95:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u32) {
        self.0[1] = support::put(self.0[1], 0, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x21;
}
impl Default for F_CFG_CONFLICT {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_CFG_CONFLICT {
    const NAME: &'static str = "F_CFG_CONFLICT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_CFG_CONFLICT::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_CFG_CONFLICT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_CFG_CONFLICT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_CFG_CONFLICT {
    const OPCODE: u64 = 0x21;
}
/// A device hints that it will soon access a span of pages; no response is required.
///
/// `E_PAGE_REQUEST`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x24 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.19.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct E_PAGE_REQUEST(pub [u64; 4]);
#[allow(non_snake_case)]
impl E_PAGE_REQUEST {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "uX",
            lsb: 97,
            msb: 97,
        },
        FieldInfo {
            name: "uW",
            lsb: 98,
            msb: 98,
        },
        FieldInfo {
            name: "uR",
            lsb: 99,
            msb: 99,
        },
        FieldInfo {
            name: "pX",
            lsb: 101,
            msb: 101,
        },
        FieldInfo {
            name: "pW",
            lsb: 102,
            msb: 102,
        },
        FieldInfo {
            name: "pR",
            lsb: 103,
            msb: 103,
        },
        FieldInfo {
            name: "Span",
            lsb: 108,
            msb: 115,
        },
        FieldInfo {
            name: "InputAddr",
            lsb: 140,
            msb: 191,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x24);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `uX`, bit \[97\]
    ///
    /// Unprivileged execute anticipated.
    #[inline]
    pub const fn uX(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `uX`, bit \[97\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_uX(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `uX`, bit \[97\] to `v`.
    #[inline]
    pub fn set_uX(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `uW`, bit \[98\]
    ///
    /// Unprivileged write anticipated.
    #[inline]
    pub const fn uW(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `uW`, bit \[98\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_uW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `uW`, bit \[98\] to `v`.
    #[inline]
    pub fn set_uW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `uR`, bit \[99\]
    ///
    /// Unprivileged read anticipated.
    #[inline]
    pub const fn uR(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `uR`, bit \[99\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_uR(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `uR`, bit \[99\] to `v`.
    #[inline]
    pub fn set_uR(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `pX`, bit \[101\]
    ///
    /// Privileged execute anticipated.
    #[inline]
    pub const fn pX(&self) -> bool {
        support::get(self.0[1], 37, 0x1) != 0
    }
    /// Returns the value with `pX`, bit \[101\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pX(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 37, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `pX`, bit \[101\] to `v`.
    #[inline]
    pub fn set_pX(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 37, 0x1, v as u64);
    }
    /// `pW`, bit \[102\]
    ///
    /// Privileged write anticipated.
    #[inline]
    pub const fn pW(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `pW`, bit \[102\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pW(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `pW`, bit \[102\] to `v`.
    #[inline]
    pub fn set_pW(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `pR`, bit \[103\]
    ///
    /// Privileged read anticipated.
    #[inline]
    pub const fn pR(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `pR`, bit \[103\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pR(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `pR`, bit \[103\] to `v`.
    #[inline]
    pub fn set_pR(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `Span`, bits \[115:108\]
    ///
    /// Length of the span in 4 KiB pages.
    #[inline]
    pub const fn Span(&self) -> u8 {
        support::get(self.0[1], 44, 0xff) as u8
    }
    /// Returns the value with `Span`, bits \[115:108\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Span(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `Span`, bits \[115:108\] to `v`.
    #[inline]
    pub fn set_Span(&mut self, v: u8) {
        self.0[1] = support::put(self.0[1], 44, 0xff, v as u64);
    }
    /// `InputAddr`, bits \[191:140\]
    ///
    /// Start of the span, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `InputAddr`, bits \[191:140\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_InputAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits \[191:140\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_InputAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 12, 0xfffffffffffff)?;
        self.0[2] = support::put(self.0[2], 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x24;
}
impl Default for E_PAGE_REQUEST {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for E_PAGE_REQUEST {
    const NAME: &'static str = "E_PAGE_REQUEST";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = E_PAGE_REQUEST::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for E_PAGE_REQUEST {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "E_PAGE_REQUEST", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for E_PAGE_REQUEST {
    const OPCODE: u64 = 0x24;
}
/// Fetching the VMS aborted.
///
/// `F_VMS_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x25 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.20.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct F_VMS_FETCH(pub [u64; 4]);
#[allow(non_snake_case)]
impl F_VMS_FETCH {
    /// Number of 64-bit words.
    pub const WORDS: usize = 4;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "SSV",
            lsb: 11,
            msb: 11,
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
            name: "Reason",
            lsb: 64,
            msb: 79,
        },
        FieldInfo {
            name: "GPCF",
            lsb: 80,
            msb: 80,
        },
        FieldInfo {
            name: "FetchAddr",
            lsb: 195,
            msb: 247,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x25);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[11\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[11\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[31:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[31:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits \[63:32\]
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits \[79:64\]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn Reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits \[79:64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits \[79:64\] to `v`.
    #[inline]
    pub fn set_Reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit \[80\]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn GPCF(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit \[80\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_GPCF(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit \[80\] to `v`.
    #[inline]
    pub fn set_GPCF(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `FetchAddr`, bits \[247:195\]
    ///
    /// Physical address of the VMS fetch that aborted.
    /// The address, with bits \[2:0\] zero.
    #[inline]
    pub const fn FetchAddr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits \[247:195\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_FetchAddr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits \[247:195\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_FetchAddr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff)?;
        self.0[3] = support::put(self.0[3], 3, 0x1fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x25;
}
impl Default for F_VMS_FETCH {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for F_VMS_FETCH {
    const NAME: &'static str = "F_VMS_FETCH";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = F_VMS_FETCH::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for F_VMS_FETCH {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_VMS_FETCH", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for F_VMS_FETCH {
    const OPCODE: u64 = 0x25;
}
/// Every record of queue `EVTQ`.
///
/// Records are 32 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum EVTQ_Event {
    /// `F_UUT`.
    F_UUT(F_UUT),
    /// `C_BAD_STREAMID`.
    C_BAD_STREAMID(C_BAD_STREAMID),
    /// `F_STE_FETCH`.
    F_STE_FETCH(F_STE_FETCH),
    /// `C_BAD_STE`.
    C_BAD_STE(C_BAD_STE),
    /// `F_BAD_ATS_TREQ`.
    F_BAD_ATS_TREQ(F_BAD_ATS_TREQ),
    /// `F_STREAM_DISABLED`.
    F_STREAM_DISABLED(F_STREAM_DISABLED),
    /// `F_TRANSL_FORBIDDEN`.
    F_TRANSL_FORBIDDEN(F_TRANSL_FORBIDDEN),
    /// `C_BAD_SUBSTREAMID`.
    C_BAD_SUBSTREAMID(C_BAD_SUBSTREAMID),
    /// `F_CD_FETCH`.
    F_CD_FETCH(F_CD_FETCH),
    /// `C_BAD_CD`.
    C_BAD_CD(C_BAD_CD),
    /// `F_WALK_EABT`.
    F_WALK_EABT(F_WALK_EABT),
    /// `F_TRANSLATION`.
    F_TRANSLATION(F_TRANSLATION),
    /// `F_ADDR_SIZE`.
    F_ADDR_SIZE(F_ADDR_SIZE),
    /// `F_ACCESS`.
    F_ACCESS(F_ACCESS),
    /// `F_PERMISSION`.
    F_PERMISSION(F_PERMISSION),
    /// `F_TLB_CONFLICT`.
    F_TLB_CONFLICT(F_TLB_CONFLICT),
    /// `F_CFG_CONFLICT`.
    F_CFG_CONFLICT(F_CFG_CONFLICT),
    /// `E_PAGE_REQUEST`.
    E_PAGE_REQUEST(E_PAGE_REQUEST),
    /// `F_VMS_FETCH`.
    F_VMS_FETCH(F_VMS_FETCH),
}
impl EVTQ_Event {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 4] {
        match self {
            Self::F_UUT(r) => r.0,
            Self::C_BAD_STREAMID(r) => r.0,
            Self::F_STE_FETCH(r) => r.0,
            Self::C_BAD_STE(r) => r.0,
            Self::F_BAD_ATS_TREQ(r) => r.0,
            Self::F_STREAM_DISABLED(r) => r.0,
            Self::F_TRANSL_FORBIDDEN(r) => r.0,
            Self::C_BAD_SUBSTREAMID(r) => r.0,
            Self::F_CD_FETCH(r) => r.0,
            Self::C_BAD_CD(r) => r.0,
            Self::F_WALK_EABT(r) => r.0,
            Self::F_TRANSLATION(r) => r.0,
            Self::F_ADDR_SIZE(r) => r.0,
            Self::F_ACCESS(r) => r.0,
            Self::F_PERMISSION(r) => r.0,
            Self::F_TLB_CONFLICT(r) => r.0,
            Self::F_CFG_CONFLICT(r) => r.0,
            Self::E_PAGE_REQUEST(r) => r.0,
            Self::F_VMS_FETCH(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 4]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0xff);
        match opcode {
            0x1 => {
                let r = F_UUT(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::F_UUT(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2 => {
                let r = C_BAD_STREAMID(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::C_BAD_STREAMID(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x3 => {
                let r = F_STE_FETCH(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_STE_FETCH(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x4 => {
                let r = C_BAD_STE(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::C_BAD_STE(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x5 => {
                let r = F_BAD_ATS_TREQ(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_BAD_ATS_TREQ(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x6 => {
                let r = F_STREAM_DISABLED(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_STREAM_DISABLED(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x7 => {
                let r = F_TRANSL_FORBIDDEN(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_TRANSL_FORBIDDEN(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x8 => {
                let r = C_BAD_SUBSTREAMID(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::C_BAD_SUBSTREAMID(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x9 => {
                let r = F_CD_FETCH(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_CD_FETCH(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0xa => {
                let r = C_BAD_CD(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::C_BAD_CD(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0xb => {
                let r = F_WALK_EABT(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_WALK_EABT(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x10 => {
                let r = F_TRANSLATION(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_TRANSLATION(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x11 => {
                let r = F_ADDR_SIZE(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_ADDR_SIZE(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x12 => {
                let r = F_ACCESS(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::F_ACCESS(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x13 => {
                let r = F_PERMISSION(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_PERMISSION(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x20 => {
                let r = F_TLB_CONFLICT(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_TLB_CONFLICT(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x21 => {
                let r = F_CFG_CONFLICT(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_CFG_CONFLICT(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x24 => {
                let r = E_PAGE_REQUEST(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::E_PAGE_REQUEST(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x25 => {
                let r = F_VMS_FETCH(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::F_VMS_FETCH(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            _ => ::core::result::Result::Err(DecodeError::UnknownOpcode {
                queue: "EVTQ",
                opcode,
            }),
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::F_UUT(_) => "F_UUT",
            Self::C_BAD_STREAMID(_) => "C_BAD_STREAMID",
            Self::F_STE_FETCH(_) => "F_STE_FETCH",
            Self::C_BAD_STE(_) => "C_BAD_STE",
            Self::F_BAD_ATS_TREQ(_) => "F_BAD_ATS_TREQ",
            Self::F_STREAM_DISABLED(_) => "F_STREAM_DISABLED",
            Self::F_TRANSL_FORBIDDEN(_) => "F_TRANSL_FORBIDDEN",
            Self::C_BAD_SUBSTREAMID(_) => "C_BAD_SUBSTREAMID",
            Self::F_CD_FETCH(_) => "F_CD_FETCH",
            Self::C_BAD_CD(_) => "C_BAD_CD",
            Self::F_WALK_EABT(_) => "F_WALK_EABT",
            Self::F_TRANSLATION(_) => "F_TRANSLATION",
            Self::F_ADDR_SIZE(_) => "F_ADDR_SIZE",
            Self::F_ACCESS(_) => "F_ACCESS",
            Self::F_PERMISSION(_) => "F_PERMISSION",
            Self::F_TLB_CONFLICT(_) => "F_TLB_CONFLICT",
            Self::F_CFG_CONFLICT(_) => "F_CFG_CONFLICT",
            Self::E_PAGE_REQUEST(_) => "E_PAGE_REQUEST",
            Self::F_VMS_FETCH(_) => "F_VMS_FETCH",
        }
    }
}
