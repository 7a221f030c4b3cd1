//! The `CMDQ` queue: its 16-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x10_usize;
/// The producer and consumer indexes carry a wrap bit above the index: the queue is empty when they are equal, full when only the wrap bits differ.
pub const WRAP_BIT: bool = true;
/// Hint to fetch and cache the configuration (STE, CDs) used by a stream.
///
/// `CMD_PREFETCH_CONFIG`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_PREFETCH_CONFIG(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_PREFETCH_CONFIG {
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
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x1);
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
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is supplied.
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
    pub const OPCODE: u64 = 0x1;
}
impl Default for CMD_PREFETCH_CONFIG {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_PREFETCH_CONFIG {
    const NAME: &'static str = "CMD_PREFETCH_CONFIG";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_PREFETCH_CONFIG::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_PREFETCH_CONFIG {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_PREFETCH_CONFIG", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_PREFETCH_CONFIG {
    const OPCODE: u64 = 0x1;
}
/// Hint to prefetch configuration and TLB entries for a span of input addresses.
///
/// `CMD_PREFETCH_ADDR`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x2 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.2.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_PREFETCH_ADDR(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_PREFETCH_ADDR {
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
            name: "Size",
            lsb: 64,
            msb: 68,
        },
        FieldInfo {
            name: "Stride",
            lsb: 69,
            msb: 73,
        },
        FieldInfo {
            name: "NS",
            lsb: 75,
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
            words[0] = support::put(0, 0, 0xff, 0x2);
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
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is supplied.
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
    /// `Size`, bits \[68:64\]
    ///
    /// Number of translations to prefetch, as a power-of-two multiple of the stride.
    #[inline]
    pub const fn Size(&self) -> u8 {
        support::get(self.0[1], 0, 0x1f) as u8
    }
    /// Returns the value with `Size`, bits \[68:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_Size(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Size", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 0, 0x1f, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Size`, bits \[68:64\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_Size(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Size", v as u64, 0x1f)?;
        self.0[1] = support::put(self.0[1], 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Stride`, bits \[73:69\]
    ///
    /// Prefetch stride is 2^(12 + Stride) bytes; RES0 in SMMUv3.0.
    #[inline]
    pub const fn Stride(&self) -> u8 {
        support::get(self.0[1], 5, 0x1f) as u8
    }
    /// Returns the value with `Stride`, bits \[73:69\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_Stride(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Stride", v as u64, 0x1f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 5, 0x1f, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Stride`, bits \[73:69\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_Stride(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Stride", v as u64, 0x1f)?;
        self.0[1] = support::put(self.0[1], 5, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `NS`, bit \[75\]
    ///
    /// NS input to Secure stage 2 when stage 1 is not performed; RES0 off the Secure queue.
    #[inline]
    pub const fn NS(&self) -> bool {
        support::get(self.0[1], 11, 0x1) != 0
    }
    /// Returns the value with `NS`, bit \[75\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_NS(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NS`, bit \[75\] to `v`.
    #[inline]
    pub fn set_NS(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 11, 0x1, v as u64);
    }
    /// `Address`, bits \[127:76\]
    ///
    /// First input address (VA or IPA), bits \[63:12\].
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
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x2;
}
impl Default for CMD_PREFETCH_ADDR {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_PREFETCH_ADDR {
    const NAME: &'static str = "CMD_PREFETCH_ADDR";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_PREFETCH_ADDR::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_PREFETCH_ADDR {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_PREFETCH_ADDR", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_PREFETCH_ADDR {
    const OPCODE: u64 = 0x2;
}
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 0, 0x1f, raw);
                    Self(words)
                })
            }
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
/// Invalidate all CDs (and level-1 CD descriptors) cached through one stream.
///
/// `CMD_CFGI_CD_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x6 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_CFGI_CD_ALL(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_CFGI_CD_ALL {
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x6);
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
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x6;
}
impl Default for CMD_CFGI_CD_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_CFGI_CD_ALL {
    const NAME: &'static str = "CMD_CFGI_CD_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_CFGI_CD_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_CFGI_CD_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_CD_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_CFGI_CD_ALL {
    const OPCODE: u64 = 0x6;
}
/// Invalidate VMS.PARTID_MAP information cached by VMID (requires SMMU_IDR3.MPAM).
///
/// `CMD_CFGI_VMS_PIDM`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x7 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_CFGI_VMS_PIDM(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_CFGI_VMS_PIDM {
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
            name: "VMID",
            lsb: 32,
            msb: 47,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x7);
            Self(words)
        }
    }
    /// `SSec`, bit \[10\]
    ///
    /// On the Secure queue, the VMID belongs to the Secure state.
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
    pub const OPCODE: u64 = 0x7;
}
impl Default for CMD_CFGI_VMS_PIDM {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_CFGI_VMS_PIDM {
    const NAME: &'static str = "CMD_CFGI_VMS_PIDM";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_CFGI_VMS_PIDM::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_CFGI_VMS_PIDM {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_VMS_PIDM", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_CFGI_VMS_PIDM {
    const OPCODE: u64 = 0x7;
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
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "VMID",
            lsb: 32,
            msb: 47,
        },
    ];
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
/// Invalidate stage 1 EL1 entries by VA and VMID for all ASIDs (VAA{L}E1).
///
/// `CMD_TLBI_NH_VAA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x13 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_NH_VAA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_NH_VAA {
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
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x13);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    pub const OPCODE: u64 = 0x13;
}
impl Default for CMD_TLBI_NH_VAA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_NH_VAA {
    const NAME: &'static str = "CMD_TLBI_NH_VAA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_NH_VAA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_NH_VAA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_VAA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_NH_VAA {
    const OPCODE: u64 = 0x13;
}
/// Invalidate all stage 1 EL3 entries (ALLE3); Secure queue only.
///
/// `CMD_TLBI_EL3_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x18 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_EL3_ALL(pub [u64; 2]);
impl CMD_TLBI_EL3_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x18);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x18;
}
impl Default for CMD_TLBI_EL3_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_EL3_ALL {
    const NAME: &'static str = "CMD_TLBI_EL3_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_EL3_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_EL3_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL3_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_EL3_ALL {
    const OPCODE: u64 = 0x18;
}
/// Invalidate stage 1 EL3 entries by VA (VA{L}E3); Secure queue only.
///
/// `CMD_TLBI_EL3_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1a in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.6.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_EL3_VA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_EL3_VA {
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
            words[0] = support::put(0, 0, 0xff, 0x1a);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    pub const OPCODE: u64 = 0x1a;
}
impl Default for CMD_TLBI_EL3_VA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_EL3_VA {
    const NAME: &'static str = "CMD_TLBI_EL3_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_EL3_VA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_EL3_VA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL3_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_EL3_VA {
    const OPCODE: u64 = 0x1a;
}
/// Invalidate all stage 1 NS-EL2 entries, ASID-tagged (E2H) or not (ALLE2).
///
/// `CMD_TLBI_EL2_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x20 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.7.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_EL2_ALL(pub [u64; 2]);
impl CMD_TLBI_EL2_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x20);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x20;
}
impl Default for CMD_TLBI_EL2_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_EL2_ALL {
    const NAME: &'static str = "CMD_TLBI_EL2_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_EL2_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_EL2_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_EL2_ALL {
    const OPCODE: u64 = 0x20;
}
/// Invalidate non-global stage 1 NS-EL2-E2H entries by ASID.
///
/// `CMD_TLBI_EL2_ASID`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x21 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.10.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_EL2_ASID(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_EL2_ASID {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
            words[0] = support::put(0, 0, 0xff, 0x21);
            Self(words)
        }
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
    pub const OPCODE: u64 = 0x21;
}
impl Default for CMD_TLBI_EL2_ASID {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_EL2_ASID {
    const NAME: &'static str = "CMD_TLBI_EL2_ASID";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_EL2_ASID::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_EL2_ASID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_ASID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_EL2_ASID {
    const OPCODE: u64 = 0x21;
}
/// Invalidate stage 1 NS-EL2 entries by VA (and ASID when SMMU_CR2.E2H == 1).
///
/// `CMD_TLBI_EL2_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x22 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.8.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_EL2_VA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_EL2_VA {
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
            words[0] = support::put(0, 0, 0xff, 0x22);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
    /// `ASID`, bits \[63:48\]
    ///
    /// Ignored when SMMU_CR2.E2H == 0.
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    pub const OPCODE: u64 = 0x22;
}
impl Default for CMD_TLBI_EL2_VA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_EL2_VA {
    const NAME: &'static str = "CMD_TLBI_EL2_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_EL2_VA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_EL2_VA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_EL2_VA {
    const OPCODE: u64 = 0x22;
}
/// Invalidate stage 1 NS-EL2 entries by VA for all ASIDs.
///
/// `CMD_TLBI_EL2_VAA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x23 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.9.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_EL2_VAA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_EL2_VAA {
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
            words[0] = support::put(0, 0, 0xff, 0x23);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    pub const OPCODE: u64 = 0x23;
}
impl Default for CMD_TLBI_EL2_VAA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_EL2_VAA {
    const NAME: &'static str = "CMD_TLBI_EL2_VAA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_EL2_VAA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_EL2_VAA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_VAA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_EL2_VAA {
    const OPCODE: u64 = 0x23;
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
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "VMID",
            lsb: 32,
            msb: 47,
        },
    ];
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 12, 0xfffffffffff, raw);
                    Self(words)
                })
            }
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
/// Send an ATS Invalidation Request to a PCIe endpoint's ATC.
///
/// `CMD_ATC_INV`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x40 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.5.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_ATC_INV(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_ATC_INV {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "Global",
            lsb: 9,
            msb: 9,
        },
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
            name: "Size",
            lsb: 64,
            msb: 69,
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
            words[0] = support::put(0, 0, 0xff, 0x40);
            Self(words)
        }
    }
    /// `Global`, bit \[9\]
    ///
    /// Set the Global Invalidate flag of the request; ignored unless SSV == 1.
    #[inline]
    pub const fn Global(&self) -> bool {
        support::get(self.0[0], 9, 0x1) != 0
    }
    /// Returns the value with `Global`, bit \[9\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Global(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 9, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Global`, bit \[9\] to `v`.
    #[inline]
    pub fn set_Global(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 9, 0x1, v as u64);
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is supplied and sent as a PASID prefix.
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
    /// `Size`, bits \[69:64\]
    ///
    /// Span is 4KB * 2^Size, aligned to its size; 52 means invalidate everything.
    #[inline]
    pub const fn Size(&self) -> u8 {
        support::get(self.0[1], 0, 0x3f) as u8
    }
    /// Returns the value with `Size`, bits \[69:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_Size(self, v: u8) -> Result<Self, FieldError> {
        match support::fit("Size", v as u64, 0x3f) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 0, 0x3f, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `Size`, bits \[69:64\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_Size(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Size", v as u64, 0x3f)?;
        self.0[1] = support::put(self.0[1], 0, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Address`, bits \[127:76\]
    ///
    /// Untranslated address, bits \[63:12\].
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
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x40;
}
impl Default for CMD_ATC_INV {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_ATC_INV {
    const NAME: &'static str = "CMD_ATC_INV";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_ATC_INV::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_ATC_INV {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_ATC_INV", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_ATC_INV {
    const OPCODE: u64 = 0x40;
}
/// Complete a PRI page request group of an endpoint with a response code.
///
/// `CMD_PRI_RESP`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x41 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.5.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_PRI_RESP(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_PRI_RESP {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
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
            name: "PRGIndex",
            lsb: 64,
            msb: 72,
        },
        FieldInfo {
            name: "Resp",
            lsb: 76,
            msb: 77,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x41);
            Self(words)
        }
    }
    /// `SSV`, bit \[11\]
    ///
    /// SubstreamID is supplied and sent as a PASID prefix.
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
    /// `PRGIndex`, bits \[72:64\]
    ///
    /// Page Request Group Index, from the page requests being answered.
    #[inline]
    pub const fn PRGIndex(&self) -> u16 {
        support::get(self.0[1], 0, 0x1ff) as u16
    }
    /// Returns the value with `PRGIndex`, bits \[72:64\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_PRGIndex(self, v: u16) -> Result<Self, FieldError> {
        match support::fit("PRGIndex", v as u64, 0x1ff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 0, 0x1ff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `PRGIndex`, bits \[72:64\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_PRGIndex(&mut self, v: u16) -> Result<(), FieldError> {
        let raw = support::fit("PRGIndex", v as u64, 0x1ff)?;
        self.0[1] = support::put(self.0[1], 0, 0x1ff, raw);
        ::core::result::Result::Ok(())
    }
    /// `Resp`, bits \[77:76\]
    #[inline]
    pub const fn Resp(&self) -> Result<super::enums::PriResponse, FieldError> {
        let raw = support::get(self.0[1], 12, 0x3);
        match super::enums::PriResponse::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "Resp",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `Resp`, bits \[77:76\].
    #[inline]
    pub const fn Resp_bits(&self) -> u64 {
        support::get(self.0[1], 12, 0x3)
    }
    /// Returns the value with `Resp`, bits \[77:76\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Resp(self, v: super::enums::PriResponse) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 12, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `Resp`, bits \[77:76\] to `v`.
    #[inline]
    pub fn set_Resp(&mut self, v: super::enums::PriResponse) {
        self.0[1] = support::put(self.0[1], 12, 0x3, v.bits());
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 12, 0x3);
        if super::enums::PriResponse::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "Resp",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x41;
}
impl Default for CMD_PRI_RESP {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_PRI_RESP {
    const NAME: &'static str = "CMD_PRI_RESP";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_PRI_RESP::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_PRI_RESP {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_PRI_RESP", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_PRI_RESP {
    const OPCODE: u64 = 0x41;
}
/// Invalidate all cached Device Permission Table information (requires SMMU_IDR3.DPT).
///
/// `CMD_DPTI_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x70 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.6.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_DPTI_ALL(pub [u64; 2]);
impl CMD_DPTI_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x70);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x70;
}
impl Default for CMD_DPTI_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_DPTI_ALL {
    const NAME: &'static str = "CMD_DPTI_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_DPTI_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_DPTI_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_DPTI_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_DPTI_ALL {
    const OPCODE: u64 = 0x70;
}
/// Retry or terminate one stalled transaction, identified by StreamID and STAG.
///
/// `CMD_RESUME`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x44 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.7.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_RESUME(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_RESUME {
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
            name: "Ac",
            lsb: 12,
            msb: 12,
        },
        FieldInfo {
            name: "Ab",
            lsb: 13,
            msb: 13,
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x44);
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
    /// `Ac`, bit \[12\]
    ///
    /// Action (Ac): retry the transaction, or terminate it as Ab says.
    #[inline]
    pub const fn Ac(&self) -> Result<super::enums::ResumeAction, FieldError> {
        let raw = support::get(self.0[0], 12, 0x1);
        match super::enums::ResumeAction::from_bits(raw) {
            Some(v) => ::core::result::Result::Ok(v),
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "Ac",
                    value: raw,
                })
            }
        }
    }
    /// The raw encoding of `Ac`, bit \[12\].
    #[inline]
    pub const fn Ac_bits(&self) -> u64 {
        support::get(self.0[0], 12, 0x1)
    }
    /// Returns the value with `Ac`, bit \[12\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Ac(self, v: super::enums::ResumeAction) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x1, v.bits());
            Self(words)
        }
    }
    /// Sets `Ac`, bit \[12\] to `v`.
    #[inline]
    pub fn set_Ac(&mut self, v: super::enums::ResumeAction) {
        self.0[0] = support::put(self.0[0], 12, 0x1, v.bits());
    }
    /// `Ab`, bit \[13\]
    ///
    /// Abort (Ab): a terminated transaction gets an abort (1) or RAZ/WI completion (0).
    #[inline]
    pub const fn Ab(&self) -> bool {
        support::get(self.0[0], 13, 0x1) != 0
    }
    /// Returns the value with `Ab`, bit \[13\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Ab(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 13, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Ab`, bit \[13\] to `v`.
    #[inline]
    pub fn set_Ab(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 13, 0x1, v as u64);
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
    /// Stall tag, exactly as reported in the stall event record.
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
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[0], 12, 0x1);
        if super::enums::ResumeAction::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "Ac",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x44;
}
impl Default for CMD_RESUME {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_RESUME {
    const NAME: &'static str = "CMD_RESUME";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_RESUME::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_RESUME {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_RESUME", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_RESUME {
    const OPCODE: u64 = 0x44;
}
/// Mark every stalled transaction of a stream for termination.
///
/// `CMD_STALL_TERM`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x45 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.7.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_STALL_TERM(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_STALL_TERM {
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
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x45);
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
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x45;
}
impl Default for CMD_STALL_TERM {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_STALL_TERM {
    const NAME: &'static str = "CMD_STALL_TERM";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_STALL_TERM::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_STALL_TERM {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_STALL_TERM", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_STALL_TERM {
    const OPCODE: u64 = 0x45;
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "CS",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "MSH",
                    value: raw,
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 24, 0xf, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 2, 0x3fffffffffffff, raw);
                    Self(words)
                })
            }
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
/// Invalidate all stage 1 S-EL2 entries; Secure queue only, needs Secure EL2.
///
/// `CMD_TLBI_S_EL2_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x50 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.11.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S_EL2_ALL(pub [u64; 2]);
impl CMD_TLBI_S_EL2_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x50);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x50;
}
impl Default for CMD_TLBI_S_EL2_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S_EL2_ALL {
    const NAME: &'static str = "CMD_TLBI_S_EL2_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S_EL2_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S_EL2_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S_EL2_ALL {
    const OPCODE: u64 = 0x50;
}
/// Invalidate non-global stage 1 S-EL2-E2H entries by ASID; Secure queue only.
///
/// `CMD_TLBI_S_EL2_ASID`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x51 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.14.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S_EL2_ASID(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S_EL2_ASID {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
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
            words[0] = support::put(0, 0, 0xff, 0x51);
            Self(words)
        }
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
    pub const OPCODE: u64 = 0x51;
}
impl Default for CMD_TLBI_S_EL2_ASID {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S_EL2_ASID {
    const NAME: &'static str = "CMD_TLBI_S_EL2_ASID";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S_EL2_ASID::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S_EL2_ASID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_ASID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S_EL2_ASID {
    const OPCODE: u64 = 0x51;
}
/// Invalidate stage 1 S-EL2 entries by VA (and ASID when SMMU_S_CR2.E2H == 1).
///
/// `CMD_TLBI_S_EL2_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x52 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.12.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S_EL2_VA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S_EL2_VA {
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
            words[0] = support::put(0, 0, 0xff, 0x52);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
    /// `ASID`, bits \[63:48\]
    ///
    /// Ignored when SMMU_S_CR2.E2H == 0.
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    pub const OPCODE: u64 = 0x52;
}
impl Default for CMD_TLBI_S_EL2_VA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S_EL2_VA {
    const NAME: &'static str = "CMD_TLBI_S_EL2_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S_EL2_VA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S_EL2_VA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S_EL2_VA {
    const OPCODE: u64 = 0x52;
}
/// Invalidate stage 1 S-EL2 entries by VA for all ASIDs; Secure queue only.
///
/// `CMD_TLBI_S_EL2_VAA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x53 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.13.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S_EL2_VAA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S_EL2_VAA {
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
            words[0] = support::put(0, 0, 0xff, 0x53);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    pub const OPCODE: u64 = 0x53;
}
impl Default for CMD_TLBI_S_EL2_VAA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S_EL2_VAA {
    const NAME: &'static str = "CMD_TLBI_S_EL2_VAA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S_EL2_VAA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S_EL2_VAA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_VAA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S_EL2_VAA {
    const OPCODE: u64 = 0x53;
}
/// Invalidate all Secure EL1 entries of a VMID at every stage; needs Secure stage 2.
///
/// `CMD_TLBI_S_S12_VMALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x58 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S_S12_VMALL(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S_S12_VMALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "VMID",
            lsb: 32,
            msb: 47,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x58);
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
    pub const OPCODE: u64 = 0x58;
}
impl Default for CMD_TLBI_S_S12_VMALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S_S12_VMALL {
    const NAME: &'static str = "CMD_TLBI_S_S12_VMALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S_S12_VMALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S_S12_VMALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_S12_VMALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S_S12_VMALL {
    const OPCODE: u64 = 0x58;
}
/// Invalidate Secure stage 2 entries by IPA and VMID; needs Secure stage 2.
///
/// `CMD_TLBI_S_S2_IPA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x5a in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_S_S2_IPA(pub [u64; 2]);
#[allow(non_snake_case)]
impl CMD_TLBI_S_S2_IPA {
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
            words[0] = support::put(0, 0, 0xff, 0x5a);
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 12, 0x1f, raw);
                    Self(words)
                })
            }
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 20, 0x3f, raw);
                    Self(words)
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TTL",
                    value: raw,
                })
            }
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
            None => {
                ::core::result::Result::Err(FieldError::Reserved {
                    field: "TG",
                    value: raw,
                })
            }
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
    /// IPA, bits \[55:12\].
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
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[1] = support::put(words[1], 12, 0xfffffffffff, raw);
                    Self(words)
                })
            }
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
    pub const OPCODE: u64 = 0x5a;
}
impl Default for CMD_TLBI_S_S2_IPA {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_S_S2_IPA {
    const NAME: &'static str = "CMD_TLBI_S_S2_IPA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_S_S2_IPA::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_S_S2_IPA {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_S2_IPA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_S_S2_IPA {
    const OPCODE: u64 = 0x5a;
}
/// Invalidate all Secure non-EL2 entries at all stages (Secure ALLE1).
///
/// `CMD_TLBI_SNH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x60 in bits \[7:0\] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.4.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct CMD_TLBI_SNH_ALL(pub [u64; 2]);
impl CMD_TLBI_SNH_ALL {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        {
            let mut words = [0u64; 2];
            words[0] = support::put(0, 0, 0xff, 0x60);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x60;
}
impl Default for CMD_TLBI_SNH_ALL {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CMD_TLBI_SNH_ALL {
    const NAME: &'static str = "CMD_TLBI_SNH_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CMD_TLBI_SNH_ALL::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CMD_TLBI_SNH_ALL {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_SNH_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CMD_TLBI_SNH_ALL {
    const OPCODE: u64 = 0x60;
}
/// Every record of queue `CMDQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum CMDQ_Command {
    /// `CMD_PREFETCH_CONFIG`.
    CMD_PREFETCH_CONFIG(CMD_PREFETCH_CONFIG),
    /// `CMD_PREFETCH_ADDR`.
    CMD_PREFETCH_ADDR(CMD_PREFETCH_ADDR),
    /// `CMD_CFGI_STE`.
    CMD_CFGI_STE(CMD_CFGI_STE),
    /// `CMD_CFGI_STE_RANGE`.
    CMD_CFGI_STE_RANGE(CMD_CFGI_STE_RANGE),
    /// `CMD_CFGI_CD`.
    CMD_CFGI_CD(CMD_CFGI_CD),
    /// `CMD_CFGI_CD_ALL`.
    CMD_CFGI_CD_ALL(CMD_CFGI_CD_ALL),
    /// `CMD_CFGI_VMS_PIDM`.
    CMD_CFGI_VMS_PIDM(CMD_CFGI_VMS_PIDM),
    /// `CMD_TLBI_NH_ALL`.
    CMD_TLBI_NH_ALL(CMD_TLBI_NH_ALL),
    /// `CMD_TLBI_NH_ASID`.
    CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID),
    /// `CMD_TLBI_NH_VA`.
    CMD_TLBI_NH_VA(CMD_TLBI_NH_VA),
    /// `CMD_TLBI_NH_VAA`.
    CMD_TLBI_NH_VAA(CMD_TLBI_NH_VAA),
    /// `CMD_TLBI_EL3_ALL`.
    CMD_TLBI_EL3_ALL(CMD_TLBI_EL3_ALL),
    /// `CMD_TLBI_EL3_VA`.
    CMD_TLBI_EL3_VA(CMD_TLBI_EL3_VA),
    /// `CMD_TLBI_EL2_ALL`.
    CMD_TLBI_EL2_ALL(CMD_TLBI_EL2_ALL),
    /// `CMD_TLBI_EL2_ASID`.
    CMD_TLBI_EL2_ASID(CMD_TLBI_EL2_ASID),
    /// `CMD_TLBI_EL2_VA`.
    CMD_TLBI_EL2_VA(CMD_TLBI_EL2_VA),
    /// `CMD_TLBI_EL2_VAA`.
    CMD_TLBI_EL2_VAA(CMD_TLBI_EL2_VAA),
    /// `CMD_TLBI_S12_VMALL`.
    CMD_TLBI_S12_VMALL(CMD_TLBI_S12_VMALL),
    /// `CMD_TLBI_S2_IPA`.
    CMD_TLBI_S2_IPA(CMD_TLBI_S2_IPA),
    /// `CMD_TLBI_NSNH_ALL`.
    CMD_TLBI_NSNH_ALL(CMD_TLBI_NSNH_ALL),
    /// `CMD_ATC_INV`.
    CMD_ATC_INV(CMD_ATC_INV),
    /// `CMD_PRI_RESP`.
    CMD_PRI_RESP(CMD_PRI_RESP),
    /// `CMD_DPTI_ALL`.
    CMD_DPTI_ALL(CMD_DPTI_ALL),
    /// `CMD_RESUME`.
    CMD_RESUME(CMD_RESUME),
    /// `CMD_STALL_TERM`.
    CMD_STALL_TERM(CMD_STALL_TERM),
    /// `CMD_SYNC`.
    CMD_SYNC(CMD_SYNC),
    /// `CMD_TLBI_S_EL2_ALL`.
    CMD_TLBI_S_EL2_ALL(CMD_TLBI_S_EL2_ALL),
    /// `CMD_TLBI_S_EL2_ASID`.
    CMD_TLBI_S_EL2_ASID(CMD_TLBI_S_EL2_ASID),
    /// `CMD_TLBI_S_EL2_VA`.
    CMD_TLBI_S_EL2_VA(CMD_TLBI_S_EL2_VA),
    /// `CMD_TLBI_S_EL2_VAA`.
    CMD_TLBI_S_EL2_VAA(CMD_TLBI_S_EL2_VAA),
    /// `CMD_TLBI_S_S12_VMALL`.
    CMD_TLBI_S_S12_VMALL(CMD_TLBI_S_S12_VMALL),
    /// `CMD_TLBI_S_S2_IPA`.
    CMD_TLBI_S_S2_IPA(CMD_TLBI_S_S2_IPA),
    /// `CMD_TLBI_SNH_ALL`.
    CMD_TLBI_SNH_ALL(CMD_TLBI_SNH_ALL),
}
impl CMDQ_Command {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::CMD_PREFETCH_CONFIG(r) => r.0,
            Self::CMD_PREFETCH_ADDR(r) => r.0,
            Self::CMD_CFGI_STE(r) => r.0,
            Self::CMD_CFGI_STE_RANGE(r) => r.0,
            Self::CMD_CFGI_CD(r) => r.0,
            Self::CMD_CFGI_CD_ALL(r) => r.0,
            Self::CMD_CFGI_VMS_PIDM(r) => r.0,
            Self::CMD_TLBI_NH_ALL(r) => r.0,
            Self::CMD_TLBI_NH_ASID(r) => r.0,
            Self::CMD_TLBI_NH_VA(r) => r.0,
            Self::CMD_TLBI_NH_VAA(r) => r.0,
            Self::CMD_TLBI_EL3_ALL(r) => r.0,
            Self::CMD_TLBI_EL3_VA(r) => r.0,
            Self::CMD_TLBI_EL2_ALL(r) => r.0,
            Self::CMD_TLBI_EL2_ASID(r) => r.0,
            Self::CMD_TLBI_EL2_VA(r) => r.0,
            Self::CMD_TLBI_EL2_VAA(r) => r.0,
            Self::CMD_TLBI_S12_VMALL(r) => r.0,
            Self::CMD_TLBI_S2_IPA(r) => r.0,
            Self::CMD_TLBI_NSNH_ALL(r) => r.0,
            Self::CMD_ATC_INV(r) => r.0,
            Self::CMD_PRI_RESP(r) => r.0,
            Self::CMD_DPTI_ALL(r) => r.0,
            Self::CMD_RESUME(r) => r.0,
            Self::CMD_STALL_TERM(r) => r.0,
            Self::CMD_SYNC(r) => r.0,
            Self::CMD_TLBI_S_EL2_ALL(r) => r.0,
            Self::CMD_TLBI_S_EL2_ASID(r) => r.0,
            Self::CMD_TLBI_S_EL2_VA(r) => r.0,
            Self::CMD_TLBI_S_EL2_VAA(r) => r.0,
            Self::CMD_TLBI_S_S12_VMALL(r) => r.0,
            Self::CMD_TLBI_S_S2_IPA(r) => r.0,
            Self::CMD_TLBI_SNH_ALL(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0xff);
        match opcode {
            0x1 => {
                let r = CMD_PREFETCH_CONFIG(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_PREFETCH_CONFIG(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2 => {
                let r = CMD_PREFETCH_ADDR(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_PREFETCH_ADDR(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
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
            0x6 => {
                let r = CMD_CFGI_CD_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_CFGI_CD_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x7 => {
                let r = CMD_CFGI_VMS_PIDM(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_CFGI_VMS_PIDM(r))
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
            0x13 => {
                let r = CMD_TLBI_NH_VAA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_NH_VAA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x18 => {
                let r = CMD_TLBI_EL3_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_EL3_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x1a => {
                let r = CMD_TLBI_EL3_VA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_EL3_VA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x20 => {
                let r = CMD_TLBI_EL2_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_EL2_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x21 => {
                let r = CMD_TLBI_EL2_ASID(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_EL2_ASID(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x22 => {
                let r = CMD_TLBI_EL2_VA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_EL2_VA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x23 => {
                let r = CMD_TLBI_EL2_VAA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_EL2_VAA(r))
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
            0x40 => {
                let r = CMD_ATC_INV(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_ATC_INV(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x41 => {
                let r = CMD_PRI_RESP(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_PRI_RESP(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x70 => {
                let r = CMD_DPTI_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_DPTI_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x44 => {
                let r = CMD_RESUME(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_RESUME(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x45 => {
                let r = CMD_STALL_TERM(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_STALL_TERM(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x46 => {
                let r = CMD_SYNC(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_SYNC(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x50 => {
                let r = CMD_TLBI_S_EL2_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S_EL2_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x51 => {
                let r = CMD_TLBI_S_EL2_ASID(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S_EL2_ASID(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x52 => {
                let r = CMD_TLBI_S_EL2_VA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S_EL2_VA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x53 => {
                let r = CMD_TLBI_S_EL2_VAA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S_EL2_VAA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x58 => {
                let r = CMD_TLBI_S_S12_VMALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S_S12_VMALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x5a => {
                let r = CMD_TLBI_S_S2_IPA(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_S_S2_IPA(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x60 => {
                let r = CMD_TLBI_SNH_ALL(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CMD_TLBI_SNH_ALL(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            _ => {
                ::core::result::Result::Err(DecodeError::UnknownOpcode {
                    queue: "CMDQ",
                    opcode,
                })
            }
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::CMD_PREFETCH_CONFIG(_) => "CMD_PREFETCH_CONFIG",
            Self::CMD_PREFETCH_ADDR(_) => "CMD_PREFETCH_ADDR",
            Self::CMD_CFGI_STE(_) => "CMD_CFGI_STE",
            Self::CMD_CFGI_STE_RANGE(_) => "CMD_CFGI_STE_RANGE",
            Self::CMD_CFGI_CD(_) => "CMD_CFGI_CD",
            Self::CMD_CFGI_CD_ALL(_) => "CMD_CFGI_CD_ALL",
            Self::CMD_CFGI_VMS_PIDM(_) => "CMD_CFGI_VMS_PIDM",
            Self::CMD_TLBI_NH_ALL(_) => "CMD_TLBI_NH_ALL",
            Self::CMD_TLBI_NH_ASID(_) => "CMD_TLBI_NH_ASID",
            Self::CMD_TLBI_NH_VA(_) => "CMD_TLBI_NH_VA",
            Self::CMD_TLBI_NH_VAA(_) => "CMD_TLBI_NH_VAA",
            Self::CMD_TLBI_EL3_ALL(_) => "CMD_TLBI_EL3_ALL",
            Self::CMD_TLBI_EL3_VA(_) => "CMD_TLBI_EL3_VA",
            Self::CMD_TLBI_EL2_ALL(_) => "CMD_TLBI_EL2_ALL",
            Self::CMD_TLBI_EL2_ASID(_) => "CMD_TLBI_EL2_ASID",
            Self::CMD_TLBI_EL2_VA(_) => "CMD_TLBI_EL2_VA",
            Self::CMD_TLBI_EL2_VAA(_) => "CMD_TLBI_EL2_VAA",
            Self::CMD_TLBI_S12_VMALL(_) => "CMD_TLBI_S12_VMALL",
            Self::CMD_TLBI_S2_IPA(_) => "CMD_TLBI_S2_IPA",
            Self::CMD_TLBI_NSNH_ALL(_) => "CMD_TLBI_NSNH_ALL",
            Self::CMD_ATC_INV(_) => "CMD_ATC_INV",
            Self::CMD_PRI_RESP(_) => "CMD_PRI_RESP",
            Self::CMD_DPTI_ALL(_) => "CMD_DPTI_ALL",
            Self::CMD_RESUME(_) => "CMD_RESUME",
            Self::CMD_STALL_TERM(_) => "CMD_STALL_TERM",
            Self::CMD_SYNC(_) => "CMD_SYNC",
            Self::CMD_TLBI_S_EL2_ALL(_) => "CMD_TLBI_S_EL2_ALL",
            Self::CMD_TLBI_S_EL2_ASID(_) => "CMD_TLBI_S_EL2_ASID",
            Self::CMD_TLBI_S_EL2_VA(_) => "CMD_TLBI_S_EL2_VA",
            Self::CMD_TLBI_S_EL2_VAA(_) => "CMD_TLBI_S_EL2_VAA",
            Self::CMD_TLBI_S_S12_VMALL(_) => "CMD_TLBI_S_S12_VMALL",
            Self::CMD_TLBI_S_S2_IPA(_) => "CMD_TLBI_S_S2_IPA",
            Self::CMD_TLBI_SNH_ALL(_) => "CMD_TLBI_SNH_ALL",
        }
    }
}
