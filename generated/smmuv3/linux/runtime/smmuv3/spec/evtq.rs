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
/// Opcode 0x1 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FUut(pub [u64; 4]);
impl FUut {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [79:64]
    ///
    /// IMPLEMENTATION DEFINED cause of the fault.
    #[inline]
    pub const fn reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [79:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (the incoming attribute, before any STE override).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (the incoming attribute, before any STE override).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FUut {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FUut {
    const NAME: &'static str = "F_UUT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FUut::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FUut {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_UUT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FUut {
    const OPCODE: u64 = 0x1;
}
/// The StreamID is outside the range covered by the Stream table.
///
/// `C_BAD_STREAMID`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x2 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CBadStreamid(pub [u64; 4]);
impl CBadStreamid {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x2;
}
impl Default for CBadStreamid {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CBadStreamid {
    const NAME: &'static str = "C_BAD_STREAMID";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = CBadStreamid::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CBadStreamid {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_STREAMID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CBadStreamid {
    const OPCODE: u64 = 0x2;
}
/// Fetching the STE aborted, or its address was out of range.
///
/// `F_STE_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x3 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FSteFetch(pub [u64; 4]);
impl FSteFetch {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [79:64]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [79:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit [80]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn gpcf(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit [80] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gpcf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit [80] to `v`.
    #[inline]
    pub fn set_gpcf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `FetchAddr`, bits [247:195]
    ///
    /// Physical address of the STE fetch that aborted.
    /// The address, with bits [2:0] zero.
    #[inline]
    pub const fn fetch_addr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits [247:195] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_fetch_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits [247:195] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_fetch_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FSteFetch {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FSteFetch {
    const NAME: &'static str = "F_STE_FETCH";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FSteFetch::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FSteFetch {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_STE_FETCH", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FSteFetch {
    const OPCODE: u64 = 0x3;
}
/// The STE used by the transaction is invalid or misconfigured.
///
/// `C_BAD_STE`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x4 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CBadSte(pub [u64; 4]);
impl CBadSte {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x4;
}
impl Default for CBadSte {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CBadSte {
    const NAME: &'static str = "C_BAD_STE";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = CBadSte::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CBadSte {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_STE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CBadSte {
    const OPCODE: u64 = 0x4;
}
/// An ATS Translation Request arrived for a stream that does not allow ATS.
///
/// `F_BAD_ATS_TREQ`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x5 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.6.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FBadAtsTreq(pub [u64; 4]);
impl FBadAtsTreq {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Span`, bits [67:64]
    ///
    /// Number of STUs the request asked for.
    #[inline]
    pub const fn span(&self) -> u8 {
        support::get(self.0[1], 0, 0xf) as u8
    }
    /// Returns the value with `Span`, bits [67:64] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_span(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Span", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Span`, bits [67:64] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_span(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Span", v as u64, 0xf)?;
        self.0[1] = support::put(self.0[1], 0, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `PRIV`, bit [92]
    ///
    /// Privileged permission requested.
    #[inline]
    pub const fn priv_(&self) -> bool {
        support::get(self.0[1], 28, 0x1) != 0
    }
    /// Returns the value with `PRIV`, bit [92] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_priv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 28, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PRIV`, bit [92] to `v`.
    #[inline]
    pub fn set_priv(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 28, 0x1, v as u64);
    }
    /// `X`, bit [93]
    ///
    /// Execute permission requested.
    #[inline]
    pub const fn x(&self) -> bool {
        support::get(self.0[1], 29, 0x1) != 0
    }
    /// Returns the value with `X`, bit [93] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_x(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 29, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `X`, bit [93] to `v`.
    #[inline]
    pub fn set_x(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 29, 0x1, v as u64);
    }
    /// `W`, bit [94]
    ///
    /// Write permission requested.
    #[inline]
    pub const fn w(&self) -> bool {
        support::get(self.0[1], 30, 0x1) != 0
    }
    /// Returns the value with `W`, bit [94] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 30, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `W`, bit [94] to `v`.
    #[inline]
    pub fn set_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 30, 0x1, v as u64);
    }
    /// `R`, bit [95]
    ///
    /// Read permission requested.
    #[inline]
    pub const fn r(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `R`, bit [95] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_r(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `R`, bit [95] to `v`.
    #[inline]
    pub fn set_r(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `InputAddr`, bits [191:140]
    ///
    /// Address of the request, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `InputAddr`, bits [191:140] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:140] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FBadAtsTreq {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FBadAtsTreq {
    const NAME: &'static str = "F_BAD_ATS_TREQ";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FBadAtsTreq::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FBadAtsTreq {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_BAD_ATS_TREQ", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FBadAtsTreq {
    const OPCODE: u64 = 0x5;
}
/// A transaction without a SubstreamID met an STE that only accepts substream traffic.
///
/// `F_STREAM_DISABLED`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x6 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.7.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FStreamDisabled(pub [u64; 4]);
impl FStreamDisabled {
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
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x6;
}
impl Default for FStreamDisabled {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FStreamDisabled {
    const NAME: &'static str = "F_STREAM_DISABLED";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FStreamDisabled::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FStreamDisabled {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_STREAM_DISABLED", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FStreamDisabled {
    const OPCODE: u64 = 0x6;
}
/// An ATS Translated transaction arrived where bypassing translation is not allowed.
///
/// `F_TRANSL_FORBIDDEN`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x7 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.8.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FTranslForbidden(pub [u64; 4]);
impl FTranslForbidden {
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
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FTranslForbidden {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FTranslForbidden {
    const NAME: &'static str = "F_TRANSL_FORBIDDEN";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FTranslForbidden::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FTranslForbidden {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TRANSL_FORBIDDEN", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FTranslForbidden {
    const OPCODE: u64 = 0x7;
}
/// The SubstreamID is out of range or substreams are disabled for the stream.
///
/// `C_BAD_SUBSTREAMID`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x8 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.9.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CBadSubstreamid(pub [u64; 4]);
impl CBadSubstreamid {
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
    /// `SubstreamID`, bits [31:12]
    ///
    /// Always valid in this record (there is no SSV).
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x8;
}
impl Default for CBadSubstreamid {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CBadSubstreamid {
    const NAME: &'static str = "C_BAD_SUBSTREAMID";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = CBadSubstreamid::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CBadSubstreamid {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_SUBSTREAMID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CBadSubstreamid {
    const OPCODE: u64 = 0x8;
}
/// Fetching the CD aborted.
///
/// `F_CD_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x9 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.10.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FCdFetch(pub [u64; 4]);
impl FCdFetch {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [79:64]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [79:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit [80]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn gpcf(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit [80] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gpcf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit [80] to `v`.
    #[inline]
    pub fn set_gpcf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `FetchAddr`, bits [247:195]
    ///
    /// Physical address of the CD fetch that aborted.
    /// The address, with bits [2:0] zero.
    #[inline]
    pub const fn fetch_addr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits [247:195] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_fetch_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits [247:195] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_fetch_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FCdFetch {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FCdFetch {
    const NAME: &'static str = "F_CD_FETCH";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FCdFetch::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FCdFetch {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_CD_FETCH", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FCdFetch {
    const OPCODE: u64 = 0x9;
}
/// The fetched CD is invalid or misconfigured.
///
/// `C_BAD_CD`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0xa in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.11.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CBadCd(pub [u64; 4]);
impl CBadCd {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0xa;
}
impl Default for CBadCd {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CBadCd {
    const NAME: &'static str = "C_BAD_CD";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = CBadCd::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CBadCd {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_CD", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CBadCd {
    const OPCODE: u64 = 0xa;
}
/// Fetching or updating a translation table descriptor aborted.
///
/// `F_WALK_EABT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0xb in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.12.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FWalkEabt(pub [u64; 4]);
impl FWalkEabt {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [79:64]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [79:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit [80]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn gpcf(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit [80] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gpcf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit [80] to `v`.
    #[inline]
    pub fn set_gpcf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0) of the input transaction.
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit [102]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn nsipa(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_nsipa(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit [102] to `v`.
    #[inline]
    pub fn set_nsipa(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit [103]
    ///
    /// The walk was a stage 2 walk.
    #[inline]
    pub const fn s2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit [103] to `v`.
    #[inline]
    pub fn set_s2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits [105:104]
    #[inline]
    pub const fn class(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits [105:104].
    #[inline]
    pub const fn class_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits [105:104] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_class(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits [105:104] to `v`.
    #[inline]
    pub fn set_class(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `FetchAddr`, bits [247:195]
    ///
    /// Physical address of the descriptor access that aborted.
    /// The address, with bits [2:0] zero.
    #[inline]
    pub const fn fetch_addr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits [247:195] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_fetch_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits [247:195] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_fetch_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FWalkEabt {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FWalkEabt {
    const NAME: &'static str = "F_WALK_EABT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FWalkEabt::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FWalkEabt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_WALK_EABT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FWalkEabt {
    const OPCODE: u64 = 0xb;
}
/// No valid translation: out of the TxSZ range, a disabled TTBx, or an invalid descriptor.
///
/// `F_TRANSLATION`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x10 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.13.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FTranslation(pub [u64; 4]);
impl FTranslation {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits [79:64]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn stag(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stag(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits [79:64] to `v`.
    #[inline]
    pub fn set_stag(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit [95]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit [95] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit [95] to `v`.
    #[inline]
    pub fn set_stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit [102]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn nsipa(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_nsipa(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit [102] to `v`.
    #[inline]
    pub fn set_nsipa(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit [103]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn s2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit [103] to `v`.
    #[inline]
    pub fn set_s2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits [105:104]
    #[inline]
    pub const fn class(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits [105:104].
    #[inline]
    pub const fn class_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits [105:104] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_class(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits [105:104] to `v`.
    #[inline]
    pub fn set_class(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits [247:204]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn ipa(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits [247:204] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ipa(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits [247:204] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ipa(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FTranslation {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FTranslation {
    const NAME: &'static str = "F_TRANSLATION";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FTranslation::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FTranslation {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TRANSLATION", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FTranslation {
    const OPCODE: u64 = 0x10;
}
/// A descriptor or a bypassed stage output an address beyond the configured size.
///
/// `F_ADDR_SIZE`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x11 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.14.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FAddrSize(pub [u64; 4]);
impl FAddrSize {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits [79:64]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn stag(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stag(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits [79:64] to `v`.
    #[inline]
    pub fn set_stag(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit [95]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit [95] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit [95] to `v`.
    #[inline]
    pub fn set_stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit [102]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn nsipa(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_nsipa(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit [102] to `v`.
    #[inline]
    pub fn set_nsipa(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit [103]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn s2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit [103] to `v`.
    #[inline]
    pub fn set_s2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits [105:104]
    #[inline]
    pub const fn class(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits [105:104].
    #[inline]
    pub const fn class_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits [105:104] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_class(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits [105:104] to `v`.
    #[inline]
    pub fn set_class(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits [247:204]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn ipa(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits [247:204] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ipa(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits [247:204] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ipa(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FAddrSize {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FAddrSize {
    const NAME: &'static str = "F_ADDR_SIZE";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FAddrSize::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FAddrSize {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_ADDR_SIZE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FAddrSize {
    const OPCODE: u64 = 0x11;
}
/// A page or block descriptor had its Access flag clear and HTTU did not set it.
///
/// `F_ACCESS`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x12 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.15.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FAccess(pub [u64; 4]);
impl FAccess {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits [79:64]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn stag(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stag(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits [79:64] to `v`.
    #[inline]
    pub fn set_stag(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit [95]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit [95] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit [95] to `v`.
    #[inline]
    pub fn set_stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit [102]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn nsipa(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_nsipa(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit [102] to `v`.
    #[inline]
    pub fn set_nsipa(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit [103]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn s2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit [103] to `v`.
    #[inline]
    pub fn set_s2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits [105:104]
    #[inline]
    pub const fn class(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits [105:104].
    #[inline]
    pub const fn class_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits [105:104] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_class(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits [105:104] to `v`.
    #[inline]
    pub fn set_class(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits [247:204]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn ipa(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits [247:204] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ipa(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits [247:204] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ipa(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FAccess {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FAccess {
    const NAME: &'static str = "F_ACCESS";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FAccess::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FAccess {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_ACCESS", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FAccess {
    const OPCODE: u64 = 0x12;
}
/// The access is not permitted by the final descriptor's permissions.
///
/// `F_PERMISSION`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x13 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.16.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FPermission(pub [u64; 4]);
impl FPermission {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `STAG`, bits [79:64]
    ///
    /// Tag of the stalled transaction, for CMD_RESUME.
    #[inline]
    pub const fn stag(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `STAG`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stag(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `STAG`, bits [79:64] to `v`.
    #[inline]
    pub fn set_stag(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `Stall`, bit [95]
    ///
    /// The transaction is stalled awaiting CMD_RESUME or CMD_STALL_TERM.
    #[inline]
    pub const fn stall(&self) -> bool {
        support::get(self.0[1], 31, 0x1) != 0
    }
    /// Returns the value with `Stall`, bit [95] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stall(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 31, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Stall`, bit [95] to `v`.
    #[inline]
    pub fn set_stall(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 31, 0x1, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit [102]
    ///
    /// On the Secure queue with S2 set, the faulting IPA was Non-secure.
    #[inline]
    pub const fn nsipa(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_nsipa(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit [102] to `v`.
    #[inline]
    pub fn set_nsipa(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit [103]
    ///
    /// The fault arose at stage 2.
    #[inline]
    pub const fn s2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit [103] to `v`.
    #[inline]
    pub fn set_s2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `CLASS`, bits [105:104]
    #[inline]
    pub const fn class(&self) -> Result<super::enums::FaultClass, FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        match super::enums::FaultClass::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CLASS`, bits [105:104].
    #[inline]
    pub const fn class_bits(&self) -> u64 {
        support::get(self.0[1], 40, 0x3)
    }
    /// Returns the value with `CLASS`, bits [105:104] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_class(self, v: super::enums::FaultClass) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 40, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CLASS`, bits [105:104] to `v`.
    #[inline]
    pub fn set_class(&mut self, v: super::enums::FaultClass) {
        self.0[1] = support::put(self.0[1], 40, 0x3, v.bits());
    }
    /// `TTRnW`, bit [108]
    ///
    /// CLASS == TT only: a descriptor read (1) or write (0) hit the stage 2 permission fault.
    #[inline]
    pub const fn tt_rn_w(&self) -> bool {
        support::get(self.0[1], 44, 0x1) != 0
    }
    /// Returns the value with `TTRnW`, bit [108] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tt_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTRnW`, bit [108] to `v`.
    #[inline]
    pub fn set_tt_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 44, 0x1, v as u64);
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits [247:204]
    ///
    /// Stage 2 faults: the IPA being translated (UNKNOWN for stage 1 faults).
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn ipa(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits [247:204] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ipa(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits [247:204] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ipa(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FPermission {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FPermission {
    const NAME: &'static str = "F_PERMISSION";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FPermission::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FPermission {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_PERMISSION", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FPermission {
    const OPCODE: u64 = 0x13;
}
/// The transaction hit conflicting TLB entries.
///
/// `F_TLB_CONFLICT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x20 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.17.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FTlbConflict(pub [u64; 4]);
impl FTlbConflict {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [95:64]
    ///
    /// IMPLEMENTATION DEFINED nature of the conflict.
    #[inline]
    pub const fn reason(&self) -> u32 {
        support::get(self.0[1], 0, 0xffffffff) as u32
    }
    /// Returns the value with `Reason`, bits [95:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [95:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u32) {
        self.0[1] = support::put(self.0[1], 0, 0xffffffff, v as u64);
    }
    /// `PnU`, bit [97]
    ///
    /// Privileged access (after STE overrides).
    #[inline]
    pub const fn pn_u(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `PnU`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_pn_u(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `PnU`, bit [97] to `v`.
    #[inline]
    pub fn set_pn_u(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `InD`, bit [98]
    ///
    /// Instruction fetch (after STE overrides).
    #[inline]
    pub const fn in_d(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `InD`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_in_d(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `InD`, bit [98] to `v`.
    #[inline]
    pub fn set_in_d(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `RnW`, bit [99]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub const fn rn_w(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `RnW`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_rn_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `RnW`, bit [99] to `v`.
    #[inline]
    pub fn set_rn_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `NSIPA`, bit [102]
    ///
    /// On the Secure queue with S2 set, the IPA was Non-secure.
    #[inline]
    pub const fn nsipa(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `NSIPA`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_nsipa(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NSIPA`, bit [102] to `v`.
    #[inline]
    pub fn set_nsipa(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `S2`, bit [103]
    ///
    /// Stage 2 translation was involved; IPA is valid.
    #[inline]
    pub const fn s2(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `S2`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s2(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `S2`, bit [103] to `v`.
    #[inline]
    pub fn set_s2(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `InputAddr`, bits [191:128]
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Returns the value with `InputAddr`, bits [191:128] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 0, 0xffffffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 0, 0xffffffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:128] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("InputAddr", v, 0, 0xffffffffffffffff)?;
        self.0[2] = support::put(self.0[2], 0, 0xffffffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `IPA`, bits [247:204]
    ///
    /// Valid when S2 is set.
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn ipa(&self) -> u64 {
        support::get(self.0[3], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `IPA`, bits [247:204] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_ipa(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("IPA", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `IPA`, bits [247:204] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_ipa(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FTlbConflict {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FTlbConflict {
    const NAME: &'static str = "F_TLB_CONFLICT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FTlbConflict::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FTlbConflict {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TLB_CONFLICT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FTlbConflict {
    const OPCODE: u64 = 0x20;
}
/// The transaction hit conflicting configuration cache entries (STE.CONT overlap).
///
/// `F_CFG_CONFLICT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x21 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.18.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FCfgConflict(pub [u64; 4]);
impl FCfgConflict {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [95:64]
    ///
    /// IMPLEMENTATION DEFINED nature of the conflict.
    #[inline]
    pub const fn reason(&self) -> u32 {
        support::get(self.0[1], 0, 0xffffffff) as u32
    }
    /// Returns the value with `Reason`, bits [95:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [95:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u32) {
        self.0[1] = support::put(self.0[1], 0, 0xffffffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x21;
}
impl Default for FCfgConflict {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FCfgConflict {
    const NAME: &'static str = "F_CFG_CONFLICT";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FCfgConflict::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FCfgConflict {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_CFG_CONFLICT", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FCfgConflict {
    const OPCODE: u64 = 0x21;
}
/// A device hints that it will soon access a span of pages; no response is required.
///
/// `E_PAGE_REQUEST`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x24 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.19.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct EPageRequest(pub [u64; 4]);
impl EPageRequest {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `uX`, bit [97]
    ///
    /// Unprivileged execute anticipated.
    #[inline]
    pub const fn u_x(&self) -> bool {
        support::get(self.0[1], 33, 0x1) != 0
    }
    /// Returns the value with `uX`, bit [97] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_u_x(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 33, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `uX`, bit [97] to `v`.
    #[inline]
    pub fn set_u_x(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 33, 0x1, v as u64);
    }
    /// `uW`, bit [98]
    ///
    /// Unprivileged write anticipated.
    #[inline]
    pub const fn u_w(&self) -> bool {
        support::get(self.0[1], 34, 0x1) != 0
    }
    /// Returns the value with `uW`, bit [98] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_u_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 34, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `uW`, bit [98] to `v`.
    #[inline]
    pub fn set_u_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 34, 0x1, v as u64);
    }
    /// `uR`, bit [99]
    ///
    /// Unprivileged read anticipated.
    #[inline]
    pub const fn u_r(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// Returns the value with `uR`, bit [99] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_u_r(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 35, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `uR`, bit [99] to `v`.
    #[inline]
    pub fn set_u_r(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 35, 0x1, v as u64);
    }
    /// `pX`, bit [101]
    ///
    /// Privileged execute anticipated.
    #[inline]
    pub const fn p_x(&self) -> bool {
        support::get(self.0[1], 37, 0x1) != 0
    }
    /// Returns the value with `pX`, bit [101] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_p_x(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 37, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `pX`, bit [101] to `v`.
    #[inline]
    pub fn set_p_x(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 37, 0x1, v as u64);
    }
    /// `pW`, bit [102]
    ///
    /// Privileged write anticipated.
    #[inline]
    pub const fn p_w(&self) -> bool {
        support::get(self.0[1], 38, 0x1) != 0
    }
    /// Returns the value with `pW`, bit [102] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_p_w(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 38, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `pW`, bit [102] to `v`.
    #[inline]
    pub fn set_p_w(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 38, 0x1, v as u64);
    }
    /// `pR`, bit [103]
    ///
    /// Privileged read anticipated.
    #[inline]
    pub const fn p_r(&self) -> bool {
        support::get(self.0[1], 39, 0x1) != 0
    }
    /// Returns the value with `pR`, bit [103] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_p_r(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 39, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `pR`, bit [103] to `v`.
    #[inline]
    pub fn set_p_r(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 39, 0x1, v as u64);
    }
    /// `Span`, bits [115:108]
    ///
    /// Length of the span in 4 KiB pages.
    #[inline]
    pub const fn span(&self) -> u8 {
        support::get(self.0[1], 44, 0xff) as u8
    }
    /// Returns the value with `Span`, bits [115:108] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_span(self, v: u8) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 44, 0xff, v as u64);
            Self(words)
        }
    }
    /// Sets `Span`, bits [115:108] to `v`.
    #[inline]
    pub fn set_span(&mut self, v: u8) {
        self.0[1] = support::put(self.0[1], 44, 0xff, v as u64);
    }
    /// `InputAddr`, bits [191:140]
    ///
    /// Start of the span, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn input_addr(&self) -> u64 {
        support::get(self.0[2], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `InputAddr`, bits [191:140] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_input_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("InputAddr", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[2] = support::put(words[2], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `InputAddr`, bits [191:140] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_input_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for EPageRequest {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for EPageRequest {
    const NAME: &'static str = "E_PAGE_REQUEST";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = EPageRequest::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for EPageRequest {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "E_PAGE_REQUEST", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for EPageRequest {
    const OPCODE: u64 = 0x24;
}
/// Fetching the VMS aborted.
///
/// `F_VMS_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x25 in bits [7:0] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.20.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct FVmsFetch(pub [u64; 4]);
impl FVmsFetch {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is valid.
    #[inline]
    pub const fn ssv(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit [11] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ssv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit [11] to `v`.
    #[inline]
    pub fn set_ssv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 11, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    #[inline]
    pub const fn substream_id(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits [31:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_substream_id(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0xfffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits [31:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_substream_id(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 12, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `StreamID`, bits [63:32]
    #[inline]
    pub const fn stream_id(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_stream_id(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits [63:32] to `v`.
    #[inline]
    pub fn set_stream_id(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `Reason`, bits [79:64]
    ///
    /// IMPLEMENTATION DEFINED cause of the abort.
    #[inline]
    pub const fn reason(&self) -> u16 {
        support::get(self.0[1], 0, 0xffff) as u16
    }
    /// Returns the value with `Reason`, bits [79:64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_reason(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `Reason`, bits [79:64] to `v`.
    #[inline]
    pub fn set_reason(&mut self, v: u16) {
        self.0[1] = support::put(self.0[1], 0, 0xffff, v as u64);
    }
    /// `GPCF`, bit [80]
    ///
    /// The abort came from a granule protection check.
    #[inline]
    pub const fn gpcf(&self) -> bool {
        support::get(self.0[1], 16, 0x1) != 0
    }
    /// Returns the value with `GPCF`, bit [80] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_gpcf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 16, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `GPCF`, bit [80] to `v`.
    #[inline]
    pub fn set_gpcf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 16, 0x1, v as u64);
    }
    /// `FetchAddr`, bits [247:195]
    ///
    /// Physical address of the VMS fetch that aborted.
    /// The address, with bits [2:0] zero.
    #[inline]
    pub const fn fetch_addr(&self) -> u64 {
        support::get(self.0[3], 3, 0x1fffffffffffff) << 3
    }
    /// Returns the value with `FetchAddr`, bits [247:195] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_fetch_addr(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("FetchAddr", v, 3, 0x1fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[3] = support::put(words[3], 3, 0x1fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `FetchAddr`, bits [247:195] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_fetch_addr(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for FVmsFetch {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for FVmsFetch {
    const NAME: &'static str = "F_VMS_FETCH";
    const WORDS: usize = 4;
    const FIELDS: &'static [FieldInfo] = FVmsFetch::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for FVmsFetch {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_VMS_FETCH", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for FVmsFetch {
    const OPCODE: u64 = 0x25;
}
/// Every record of queue `EVTQ`.
///
/// Records are 32 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvtqEvent {
    /// `F_UUT`.
    FUut(FUut),
    /// `C_BAD_STREAMID`.
    CBadStreamid(CBadStreamid),
    /// `F_STE_FETCH`.
    FSteFetch(FSteFetch),
    /// `C_BAD_STE`.
    CBadSte(CBadSte),
    /// `F_BAD_ATS_TREQ`.
    FBadAtsTreq(FBadAtsTreq),
    /// `F_STREAM_DISABLED`.
    FStreamDisabled(FStreamDisabled),
    /// `F_TRANSL_FORBIDDEN`.
    FTranslForbidden(FTranslForbidden),
    /// `C_BAD_SUBSTREAMID`.
    CBadSubstreamid(CBadSubstreamid),
    /// `F_CD_FETCH`.
    FCdFetch(FCdFetch),
    /// `C_BAD_CD`.
    CBadCd(CBadCd),
    /// `F_WALK_EABT`.
    FWalkEabt(FWalkEabt),
    /// `F_TRANSLATION`.
    FTranslation(FTranslation),
    /// `F_ADDR_SIZE`.
    FAddrSize(FAddrSize),
    /// `F_ACCESS`.
    FAccess(FAccess),
    /// `F_PERMISSION`.
    FPermission(FPermission),
    /// `F_TLB_CONFLICT`.
    FTlbConflict(FTlbConflict),
    /// `F_CFG_CONFLICT`.
    FCfgConflict(FCfgConflict),
    /// `E_PAGE_REQUEST`.
    EPageRequest(EPageRequest),
    /// `F_VMS_FETCH`.
    FVmsFetch(FVmsFetch),
}
impl EvtqEvent {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 4] {
        match self {
            Self::FUut(r) => r.0,
            Self::CBadStreamid(r) => r.0,
            Self::FSteFetch(r) => r.0,
            Self::CBadSte(r) => r.0,
            Self::FBadAtsTreq(r) => r.0,
            Self::FStreamDisabled(r) => r.0,
            Self::FTranslForbidden(r) => r.0,
            Self::CBadSubstreamid(r) => r.0,
            Self::FCdFetch(r) => r.0,
            Self::CBadCd(r) => r.0,
            Self::FWalkEabt(r) => r.0,
            Self::FTranslation(r) => r.0,
            Self::FAddrSize(r) => r.0,
            Self::FAccess(r) => r.0,
            Self::FPermission(r) => r.0,
            Self::FTlbConflict(r) => r.0,
            Self::FCfgConflict(r) => r.0,
            Self::EPageRequest(r) => r.0,
            Self::FVmsFetch(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 4]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0xff);
        match opcode {
            0x1 => {
                let r = FUut(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::FUut(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2 => {
                let r = CBadStreamid(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CBadStreamid(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x3 => {
                let r = FSteFetch(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FSteFetch(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x4 => {
                let r = CBadSte(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::CBadSte(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x5 => {
                let r = FBadAtsTreq(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FBadAtsTreq(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x6 => {
                let r = FStreamDisabled(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FStreamDisabled(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x7 => {
                let r = FTranslForbidden(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FTranslForbidden(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x8 => {
                let r = CBadSubstreamid(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CBadSubstreamid(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x9 => {
                let r = FCdFetch(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::FCdFetch(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0xa => {
                let r = CBadCd(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::CBadCd(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0xb => {
                let r = FWalkEabt(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FWalkEabt(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x10 => {
                let r = FTranslation(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FTranslation(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x11 => {
                let r = FAddrSize(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FAddrSize(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x12 => {
                let r = FAccess(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::FAccess(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x13 => {
                let r = FPermission(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FPermission(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x20 => {
                let r = FTlbConflict(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FTlbConflict(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x21 => {
                let r = FCfgConflict(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FCfgConflict(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x24 => {
                let r = EPageRequest(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::EPageRequest(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x25 => {
                let r = FVmsFetch(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::FVmsFetch(r))
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
            Self::FUut(_) => "F_UUT",
            Self::CBadStreamid(_) => "C_BAD_STREAMID",
            Self::FSteFetch(_) => "F_STE_FETCH",
            Self::CBadSte(_) => "C_BAD_STE",
            Self::FBadAtsTreq(_) => "F_BAD_ATS_TREQ",
            Self::FStreamDisabled(_) => "F_STREAM_DISABLED",
            Self::FTranslForbidden(_) => "F_TRANSL_FORBIDDEN",
            Self::CBadSubstreamid(_) => "C_BAD_SUBSTREAMID",
            Self::FCdFetch(_) => "F_CD_FETCH",
            Self::CBadCd(_) => "C_BAD_CD",
            Self::FWalkEabt(_) => "F_WALK_EABT",
            Self::FTranslation(_) => "F_TRANSLATION",
            Self::FAddrSize(_) => "F_ADDR_SIZE",
            Self::FAccess(_) => "F_ACCESS",
            Self::FPermission(_) => "F_PERMISSION",
            Self::FTlbConflict(_) => "F_TLB_CONFLICT",
            Self::FCfgConflict(_) => "F_CFG_CONFLICT",
            Self::EPageRequest(_) => "E_PAGE_REQUEST",
            Self::FVmsFetch(_) => "F_VMS_FETCH",
        }
    }
}
