// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `CMDQ` queue: its 16-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register, UsedBits,
    Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x10_usize;
/// The producer and consumer indexes carry a wrap bit above the index: the queue is empty when they are equal, full when only the wrap bits differ.
pub const WRAP_BIT: bool = true;
/// Invalidate the cached STE of one stream (and the CDs and VMS data cached through it).
///
/// `CMD_CFGI_STE`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_CFGI_STE(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_CFGI_STE {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x3);
            Self(words)
        }
    }
    /// `SSec`, bit \[10\]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn SSec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit \[10\] to `v`.
    #[inline]
    pub fn set_SSec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
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
    /// `Leaf`, bit \[64\]
    ///
    /// Only the STE is invalidated, not the level-1 Stream table descriptors walked to it.
    #[inline]
    pub const fn Leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit \[64\] to `v`.
    #[inline]
    pub fn set_Leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x3;
}
impl Default for CMD_CFGI_STE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_CFGI_STE {
    const NAME: &'static str = "CMD_CFGI_STE";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_CFGI_STE::FIELDS;
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
impl QueueRecord for CMD_CFGI_STE {
    const OPCODE: u64 = 0x3;
}
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
pub struct CMD_CFGI_STE_RANGE(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_CFGI_STE_RANGE {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x4);
            Self(words)
        }
    }
    /// `SSec`, bit \[10\]
    ///
    /// On the Secure queue, the StreamIDs are Secure.
    #[inline]
    pub const fn SSec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit \[10\] to `v`.
    #[inline]
    pub fn set_SSec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `StreamID`, bits \[63:32\]
    ///
    /// Any StreamID in the block; its low Range+1 bits are ignored.
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
    /// `Range`, bits \[68:64\]
    ///
    /// Block size exponent minus one: 2^(Range+1) StreamIDs; 31 means all (CMD_CFGI_ALL).
    #[inline]
    pub const fn Range(&self) -> u8 {
        support::get(self.0[1], 0, 0x1f) as u8
    }
    /// Returns the value with `Range`, bits \[68:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_Range(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Range", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 0, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Range`, bits \[68:64\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_Range(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Range", v as u64, 0x1f)?;
        self.0[1] = support::put(self.0[1], 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x4;
}
impl Default for CMD_CFGI_STE_RANGE {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_CFGI_STE_RANGE {
    const NAME: &'static str = "CMD_CFGI_STE_RANGE";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_CFGI_STE_RANGE::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_CFGI_STE_RANGE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_STE_RANGE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_CFGI_STE_RANGE {
    const OPCODE: u64 = 0x4;
}
/// Invalidate one cached CD, the one at index SubstreamID of the stream's CD table.
///
/// `CMD_CFGI_CD`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x5 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_CFGI_CD(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_CFGI_CD {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x5);
            Self(words)
        }
    }
    /// `SSec`, bit \[10\]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn SSec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit \[10\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit \[10\] to `v`.
    #[inline]
    pub fn set_SSec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `SubstreamID`, bits \[31:12\]
    ///
    /// CD table index to invalidate (0 for a single-CD configuration).
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
    /// `Leaf`, bit \[64\]
    ///
    /// Only the CD is invalidated, not the level-1 CD descriptor walked to it.
    #[inline]
    pub const fn Leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit \[64\] to `v`.
    #[inline]
    pub fn set_Leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x5;
}
impl Default for CMD_CFGI_CD {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_CFGI_CD {
    const NAME: &'static str = "CMD_CFGI_CD";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_CFGI_CD::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_CFGI_CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_CD", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_CFGI_CD {
    const OPCODE: u64 = 0x5;
}
/// Invalidate all stage 1 EL1 entries of a VMID, global ones included (VMALLE1).
///
/// `CMD_TLBI_NH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x10 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_NH_ALL(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_NH_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "VMID",
        lsb: 32,
        msb: 47,
    }];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x10);
            Self(words)
        }
    }
    /// `VMID`, bits \[47:32\]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[47:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits \[47:32\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x10;
}
impl Default for CMD_TLBI_NH_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NH_ALL {
    const NAME: &'static str = "CMD_TLBI_NH_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_NH_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_NH_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_NH_ALL {
    const OPCODE: u64 = 0x10;
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
pub struct CMD_TLBI_NH_ASID(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_NH_ASID {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x11);
            Self(words)
        }
    }
    /// `VMID`, bits \[47:32\]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[47:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits \[47:32\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `ASID`, bits \[63:48\]
    #[inline]
    pub const fn ASID(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits \[63:48\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ASID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits \[63:48\] to `v`.
    #[inline]
    pub fn set_ASID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x11;
}
impl Default for CMD_TLBI_NH_ASID {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NH_ASID {
    const NAME: &'static str = "CMD_TLBI_NH_ASID";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_NH_ASID::FIELDS;
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
impl QueueRecord for CMD_TLBI_NH_ASID {
    const OPCODE: u64 = 0x11;
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
pub struct CMD_TLBI_NH_VA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_NH_VA {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x12);
            Self(words)
        }
    }
    /// `NUM`, bits \[16:12\]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn NUM(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits \[16:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_NUM(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("NUM", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `NUM`, bits \[16:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_NUM(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits \[25:20\]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn SCALE(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits \[25:20\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SCALE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("SCALE", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 20, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SCALE`, bits \[25:20\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SCALE(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `VMID`, bits \[47:32\]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[47:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits \[47:32\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `ASID`, bits \[63:48\]
    #[inline]
    pub const fn ASID(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits \[63:48\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ASID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits \[63:48\] to `v`.
    #[inline]
    pub fn set_ASID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// `Leaf`, bit \[64\]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn Leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit \[64\] to `v`.
    #[inline]
    pub fn set_Leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit \[71\]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn TTL128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit \[71\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TTL128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit \[71\] to `v`.
    #[inline]
    pub fn set_TTL128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits \[73:72\]
    #[inline]
    pub const fn TTL(&self) -> Result<super::enums::TlbiLevel, FieldError> {
        let raw = support::get(self.0[1], 8, 0x3);
        match super::enums::TlbiLevel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTL",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TTL`, bits \[73:72\].
    #[inline]
    pub const fn TTL_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits \[73:72\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TTL(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits \[73:72\] to `v`.
    #[inline]
    pub fn set_TTL(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits \[75:74\]
    #[inline]
    pub const fn TG(&self) -> Result<super::enums::TlbiGranule, FieldError> {
        let raw = support::get(self.0[1], 10, 0x3);
        match super::enums::TlbiGranule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TG`, bits \[75:74\].
    #[inline]
    pub const fn TG_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits \[75:74\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TG(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits \[75:74\] to `v`.
    #[inline]
    pub fn set_TG(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits \[127:76\]
    ///
    /// Virtual address, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn Address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits \[127:76\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_Address(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("Address", v, 12, 0xfffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 12, 0xfffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Address`, bits \[127:76\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_Address(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("Address", v, 12, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 8, 0x3);
        if super::enums::TlbiLevel::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TTL",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 10, 0x3);
        if super::enums::TlbiGranule::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TG",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x12;
}
impl Default for CMD_TLBI_NH_VA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NH_VA {
    const NAME: &'static str = "CMD_TLBI_NH_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_NH_VA::FIELDS;
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
impl QueueRecord for CMD_TLBI_NH_VA {
    const OPCODE: u64 = 0x12;
}
/// Invalidate all Non-secure EL1 entries of a VMID at every stage (VMALLS12E1).
///
/// `CMD_TLBI_S12_VMALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x28 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S12_VMALL(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S12_VMALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "VMID",
        lsb: 32,
        msb: 47,
    }];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x28);
            Self(words)
        }
    }
    /// `VMID`, bits \[47:32\]
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[47:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits \[47:32\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x28;
}
impl Default for CMD_TLBI_S12_VMALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S12_VMALL {
    const NAME: &'static str = "CMD_TLBI_S12_VMALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S12_VMALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S12_VMALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S12_VMALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S12_VMALL {
    const OPCODE: u64 = 0x28;
}
/// Invalidate stage 2 entries by IPA and VMID (IPAS2{L}E1); not combined S1+S2 entries.
///
/// `CMD_TLBI_S2_IPA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x2a in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S2_IPA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S2_IPA {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
            msb: 119,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x2a);
            Self(words)
        }
    }
    /// `NUM`, bits \[16:12\]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn NUM(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits \[16:12\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_NUM(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("NUM", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 12, 0x1f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `NUM`, bits \[16:12\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_NUM(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits \[25:20\]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn SCALE(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits \[25:20\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SCALE(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("SCALE", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 20, 0x3f, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SCALE`, bits \[25:20\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SCALE(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `VMID`, bits \[47:32\]
    #[inline]
    pub const fn VMID(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits \[47:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_VMID(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits \[47:32\] to `v`.
    #[inline]
    pub fn set_VMID(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `Leaf`, bit \[64\]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn Leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit \[64\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit \[64\] to `v`.
    #[inline]
    pub fn set_Leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit \[71\]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn TTL128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit \[71\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TTL128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit \[71\] to `v`.
    #[inline]
    pub fn set_TTL128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits \[73:72\]
    #[inline]
    pub const fn TTL(&self) -> Result<super::enums::TlbiLevel, FieldError> {
        let raw = support::get(self.0[1], 8, 0x3);
        match super::enums::TlbiLevel::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TTL",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TTL`, bits \[73:72\].
    #[inline]
    pub const fn TTL_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits \[73:72\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TTL(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits \[73:72\] to `v`.
    #[inline]
    pub fn set_TTL(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits \[75:74\]
    #[inline]
    pub const fn TG(&self) -> Result<super::enums::TlbiGranule, FieldError> {
        let raw = support::get(self.0[1], 10, 0x3);
        match super::enums::TlbiGranule::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "TG",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `TG`, bits \[75:74\].
    #[inline]
    pub const fn TG_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits \[75:74\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_TG(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits \[75:74\] to `v`.
    #[inline]
    pub fn set_TG(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits \[119:76\]
    ///
    /// Non-secure IPA, bits \[55:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn Address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `Address`, bits \[119:76\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_Address(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("Address", v, 12, 0xfffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 12, 0xfffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Address`, bits \[119:76\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_Address(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("Address", v, 12, 0xfffffffffff)?;
        self.0[1] = support::put(self.0[1], 12, 0xfffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 8, 0x3);
        if super::enums::TlbiLevel::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TTL",
                value: raw,
            });
        }
        let raw = support::get(self.0[1], 10, 0x3);
        if super::enums::TlbiGranule::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "TG",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x2a;
}
impl Default for CMD_TLBI_S2_IPA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S2_IPA {
    const NAME: &'static str = "CMD_TLBI_S2_IPA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S2_IPA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S2_IPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S2_IPA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S2_IPA {
    const OPCODE: u64 = 0x2a;
}
/// Invalidate all Non-secure non-EL2 entries at all stages (Non-secure ALLE1).
///
/// `CMD_TLBI_NSNH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x30 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.4.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_NSNH_ALL(pub [u64; 2]);
impl CMD_TLBI_NSNH_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x30);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x30;
}
impl Default for CMD_TLBI_NSNH_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NSNH_ALL {
    const NAME: &'static str = "CMD_TLBI_NSNH_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_NSNH_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_NSNH_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NSNH_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_NSNH_ALL {
    const OPCODE: u64 = 0x30;
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
pub struct CMD_SYNC(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_SYNC {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x46);
            Self(words)
        }
    }
    /// `CS`, bits \[13:12\]
    ///
    /// ComplSignal: how completion is signalled.
    #[inline]
    pub const fn CS(&self) -> Result<super::enums::ComplSignal, FieldError> {
        let raw = support::get(self.0[0], 12, 0x3);
        match super::enums::ComplSignal::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "CS",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `CS`, bits \[13:12\].
    #[inline]
    pub const fn CS_bits(&self) -> u64 {
        support::get(self.0[0], 12, 0x3)
    }
    /// Returns the value with `CS`, bits \[13:12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_CS(self, v: super::enums::ComplSignal) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CS`, bits \[13:12\] to `v`.
    #[inline]
    pub fn set_CS(&mut self, v: super::enums::ComplSignal) {
        self.0[0] = support::put(self.0[0], 12, 0x3, v.bits());
    }
    /// `MSH`, bits \[23:22\]
    ///
    /// Shareability of the MSI write (0b01 is reserved and treated as Non-shareable).
    #[inline]
    pub const fn MSH(&self) -> Result<super::enums::MsiShareability, FieldError> {
        let raw = support::get(self.0[0], 22, 0x3);
        match super::enums::MsiShareability::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => ::core::result::Result::Err(FieldError::Reserved {
                field: "MSH",
                value: raw,
            }),
        }
    }
    /// The raw encoding of `MSH`, bits \[23:22\].
    #[inline]
    pub const fn MSH_bits(&self) -> u64 {
        support::get(self.0[0], 22, 0x3)
    }
    /// Returns the value with `MSH`, bits \[23:22\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSH(self, v: super::enums::MsiShareability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 22, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `MSH`, bits \[23:22\] to `v`.
    #[inline]
    pub fn set_MSH(&mut self, v: super::enums::MsiShareability) {
        self.0[0] = support::put(self.0[0], 22, 0x3, v.bits());
    }
    /// `MSIAttr`, bits \[27:24\]
    ///
    /// Memory type of the MSI write, encoded as STE.MemAttr.
    #[inline]
    pub const fn MSIAttr(&self) -> u8 {
        support::get(self.0[0], 24, 0xf) as u8
    }
    /// Returns the value with `MSIAttr`, bits \[27:24\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_MSIAttr(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("MSIAttr", v as u64, 0xf) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[0] = support::put(words[0], 24, 0xf, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `MSIAttr`, bits \[27:24\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_MSIAttr(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("MSIAttr", v as u64, 0xf)?;
        self.0[0] = support::put(self.0[0], 24, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `MSIData`, bits \[63:32\]
    ///
    /// 32-bit value written by the MSI.
    #[inline]
    pub const fn MSIData(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `MSIData`, bits \[63:32\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSIData(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `MSIData`, bits \[63:32\] to `v`.
    #[inline]
    pub fn set_MSIData(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `MSIAddress`, bits \[119:66\]
    ///
    /// Physical address of the MSI, bits \[55:2\]; zero means no MSI write.
    /// The address, with bits \[1:0\] zero.
    #[inline]
    pub const fn MSIAddress(&self) -> u64 {
        support::get(self.0[1], 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `MSIAddress`, bits \[119:66\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_MSIAddress(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("MSIAddress", v, 2, 0x3fffffffffffff) {
            ::core::result::Result::Ok(raw) => ::core::result::Result::Ok({
                let mut words = self.0;
                words[1] = support::put(words[1], 2, 0x3fffffffffffff, raw);
                Self(words)
            }),
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `MSIAddress`, bits \[119:66\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_MSIAddress(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("MSIAddress", v, 2, 0x3fffffffffffff)?;
        self.0[1] = support::put(self.0[1], 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `MSI_NS`, bit \[127\]
    ///
    /// Realm queue only: the MSI targets Non-secure PA space; RES0 on other queues.
    #[inline]
    pub const fn MSI_NS(&self) -> bool {
        support::get(self.0[1], 63, 0x1) != 0
    }
    /// Returns the value with `MSI_NS`, bit \[127\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_MSI_NS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `MSI_NS`, bit \[127\] to `v`.
    #[inline]
    pub fn set_MSI_NS(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 63, 0x1, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 12, 0x3);
        if super::enums::ComplSignal::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CS",
                value: raw,
            });
        }
        let raw = support::get(self.0[0], 22, 0x3);
        if super::enums::MsiShareability::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "MSH",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x46;
}
impl Default for CMD_SYNC {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_SYNC {
    const NAME: &'static str = "CMD_SYNC";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_SYNC::FIELDS;
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
impl QueueRecord for CMD_SYNC {
    const OPCODE: u64 = 0x46;
}
/// Every record of queue `CMDQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum CMDQ_Command {
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
    /// `CMD_TLBI_S12_VMALL`.
    CMD_TLBI_S12_VMALL(CMD_TLBI_S12_VMALL),
    /// `CMD_TLBI_S2_IPA`.
    CMD_TLBI_S2_IPA(CMD_TLBI_S2_IPA),
    /// `CMD_TLBI_NSNH_ALL`.
    CMD_TLBI_NSNH_ALL(CMD_TLBI_NSNH_ALL),
    /// `CMD_SYNC`.
    CMD_SYNC(CMD_SYNC),
}
impl CMDQ_Command {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::CMD_CFGI_STE(r) => r.0,
            Self::CMD_CFGI_STE_RANGE(r) => r.0,
            Self::CMD_CFGI_CD(r) => r.0,
            Self::CMD_TLBI_NH_ALL(r) => r.0,
            Self::CMD_TLBI_NH_ASID(r) => r.0,
            Self::CMD_TLBI_NH_VA(r) => r.0,
            Self::CMD_TLBI_S12_VMALL(r) => r.0,
            Self::CMD_TLBI_S2_IPA(r) => r.0,
            Self::CMD_TLBI_NSNH_ALL(r) => r.0,
            Self::CMD_SYNC(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0xff);
        match opcode {
            0x3 => {
                let r = CMD_CFGI_STE(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_CFGI_STE(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x4 => {
                let r = CMD_CFGI_STE_RANGE(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_CFGI_STE_RANGE(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x5 => {
                let r = CMD_CFGI_CD(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_CFGI_CD(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x10 => {
                let r = CMD_TLBI_NH_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_NH_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x11 => {
                let r = CMD_TLBI_NH_ASID(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_NH_ASID(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x12 => {
                let r = CMD_TLBI_NH_VA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_NH_VA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x28 => {
                let r = CMD_TLBI_S12_VMALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S12_VMALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2a => {
                let r = CMD_TLBI_S2_IPA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S2_IPA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x30 => {
                let r = CMD_TLBI_NSNH_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_NSNH_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x46 => {
                let r = CMD_SYNC(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => ::core::result::Result::Ok(Self::CMD_SYNC(r)),
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            _ => ::core::result::Result::Err(DecodeError::UnknownOpcode {
                queue: "CMDQ",
                opcode,
            }),
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::CMD_CFGI_STE(_) => "CMD_CFGI_STE",
            Self::CMD_CFGI_STE_RANGE(_) => "CMD_CFGI_STE_RANGE",
            Self::CMD_CFGI_CD(_) => "CMD_CFGI_CD",
            Self::CMD_TLBI_NH_ALL(_) => "CMD_TLBI_NH_ALL",
            Self::CMD_TLBI_NH_ASID(_) => "CMD_TLBI_NH_ASID",
            Self::CMD_TLBI_NH_VA(_) => "CMD_TLBI_NH_VA",
            Self::CMD_TLBI_S12_VMALL(_) => "CMD_TLBI_S12_VMALL",
            Self::CMD_TLBI_S2_IPA(_) => "CMD_TLBI_S2_IPA",
            Self::CMD_TLBI_NSNH_ALL(_) => "CMD_TLBI_NSNH_ALL",
            Self::CMD_SYNC(_) => "CMD_SYNC",
        }
    }
}
