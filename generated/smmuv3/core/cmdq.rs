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
/// Opcode 0x1 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdPrefetchConfig(pub [u64; 2]);
impl CmdPrefetchConfig {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is supplied.
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
    pub const OPCODE: u64 = 0x1;
}
impl Default for CmdPrefetchConfig {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdPrefetchConfig {
    const NAME: &'static str = "CMD_PREFETCH_CONFIG";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdPrefetchConfig::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdPrefetchConfig {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_PREFETCH_CONFIG", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdPrefetchConfig {
    const OPCODE: u64 = 0x1;
}
/// Hint to prefetch configuration and TLB entries for a span of input addresses.
///
/// `CMD_PREFETCH_ADDR`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x2 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.2.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdPrefetchAddr(pub [u64; 2]);
impl CmdPrefetchAddr {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is supplied.
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
    /// `Size`, bits [68:64]
    ///
    /// Number of translations to prefetch, as a power-of-two multiple of the stride.
    #[inline]
    pub const fn size(&self) -> u8 {
        support::get(self.0[1], 0, 0x1f) as u8
    }
    /// Returns the value with `Size`, bits [68:64] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_size(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `Size`, bits [68:64] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_size(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Size", v as u64, 0x1f)?;
        self.0[1] = support::put(self.0[1], 0, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Stride`, bits [73:69]
    ///
    /// Prefetch stride is 2^(12 + Stride) bytes; RES0 in SMMUv3.0.
    #[inline]
    pub const fn stride(&self) -> u8 {
        support::get(self.0[1], 5, 0x1f) as u8
    }
    /// Returns the value with `Stride`, bits [73:69] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_stride(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `Stride`, bits [73:69] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_stride(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Stride", v as u64, 0x1f)?;
        self.0[1] = support::put(self.0[1], 5, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `NS`, bit [75]
    ///
    /// NS input to Secure stage 2 when stage 1 is not performed; RES0 off the Secure queue.
    #[inline]
    pub const fn ns(&self) -> bool {
        support::get(self.0[1], 11, 0x1) != 0
    }
    /// Returns the value with `NS`, bit [75] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ns(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 11, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `NS`, bit [75] to `v`.
    #[inline]
    pub fn set_ns(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 11, 0x1, v as u64);
    }
    /// `Address`, bits [127:76]
    ///
    /// First input address (VA or IPA), bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdPrefetchAddr {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdPrefetchAddr {
    const NAME: &'static str = "CMD_PREFETCH_ADDR";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdPrefetchAddr::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdPrefetchAddr {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_PREFETCH_ADDR", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdPrefetchAddr {
    const OPCODE: u64 = 0x2;
}
/// Invalidate the cached STE of one stream (and the CDs and VMS data cached through it).
///
/// `CMD_CFGI_STE`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x3 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdCfgiSte(pub [u64; 2]);
impl CmdCfgiSte {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
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
    /// `Leaf`, bit [64]
    ///
    /// Only the STE is invalidated, not the level-1 Stream table descriptors walked to it.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x3;
}
impl Default for CmdCfgiSte {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdCfgiSte {
    const NAME: &'static str = "CMD_CFGI_STE";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdCfgiSte::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdCfgiSte {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_STE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdCfgiSte {
    const OPCODE: u64 = 0x3;
}
/// Invalidate the STEs of an aligned block of 2^(Range+1) StreamIDs.
///
/// CMD_CFGI_ALL shares this opcode: it is CMD_CFGI_STE_RANGE with Range == 31, which
/// invalidates all cached configuration (STEs, CDs, level-1 descriptors, VMS) of the
/// Security state given by SSec; StreamID is then ignored (IHI 0070 4.3.6).
///
/// `CMD_CFGI_STE_RANGE`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x4 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdCfgiSteRange(pub [u64; 2]);
impl CmdCfgiSteRange {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamIDs are Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `StreamID`, bits [63:32]
    ///
    /// Any StreamID in the block; its low Range+1 bits are ignored.
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
    /// `Range`, bits [68:64]
    ///
    /// Block size exponent minus one: 2^(Range+1) StreamIDs; 31 means all (CMD_CFGI_ALL).
    #[inline]
    pub const fn range(&self) -> u8 {
        support::get(self.0[1], 0, 0x1f) as u8
    }
    /// Returns the value with `Range`, bits [68:64] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_range(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `Range`, bits [68:64] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_range(&mut self, v: u8) -> Result<(), FieldError> {
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
impl Default for CmdCfgiSteRange {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdCfgiSteRange {
    const NAME: &'static str = "CMD_CFGI_STE_RANGE";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdCfgiSteRange::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdCfgiSteRange {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_STE_RANGE", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdCfgiSteRange {
    const OPCODE: u64 = 0x4;
}
/// Invalidate one cached CD, the one at index SubstreamID of the stream's CD table.
///
/// `CMD_CFGI_CD`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x5 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdCfgiCd(pub [u64; 2]);
impl CmdCfgiCd {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `SubstreamID`, bits [31:12]
    ///
    /// CD table index to invalidate (0 for a single-CD configuration).
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
    /// `Leaf`, bit [64]
    ///
    /// Only the CD is invalidated, not the level-1 CD descriptor walked to it.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x5;
}
impl Default for CmdCfgiCd {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdCfgiCd {
    const NAME: &'static str = "CMD_CFGI_CD";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdCfgiCd::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdCfgiCd {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_CD", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdCfgiCd {
    const OPCODE: u64 = 0x5;
}
/// Invalidate all CDs (and level-1 CD descriptors) cached through one stream.
///
/// `CMD_CFGI_CD_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x6 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdCfgiCdAll(pub [u64; 2]);
impl CmdCfgiCdAll {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
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
impl Default for CmdCfgiCdAll {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdCfgiCdAll {
    const NAME: &'static str = "CMD_CFGI_CD_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdCfgiCdAll::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdCfgiCdAll {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_CD_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdCfgiCdAll {
    const OPCODE: u64 = 0x6;
}
/// Invalidate VMS.PARTID_MAP information cached by VMID (requires SMMU_IDR3.MPAM).
///
/// `CMD_CFGI_VMS_PIDM`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x7 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.3.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdCfgiVmsPidm(pub [u64; 2]);
impl CmdCfgiVmsPidm {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the VMID belongs to the Secure state.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `VMID`, bits [47:32]
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x7;
}
impl Default for CmdCfgiVmsPidm {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdCfgiVmsPidm {
    const NAME: &'static str = "CMD_CFGI_VMS_PIDM";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdCfgiVmsPidm::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdCfgiVmsPidm {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_CFGI_VMS_PIDM", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdCfgiVmsPidm {
    const OPCODE: u64 = 0x7;
}
/// Invalidate all stage 1 EL1 entries of a VMID, global ones included (VMALLE1).
///
/// `CMD_TLBI_NH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x10 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiNhAll(pub [u64; 2]);
impl CmdTlbiNhAll {
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
    /// `VMID`, bits [47:32]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x10;
}
impl Default for CmdTlbiNhAll {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiNhAll {
    const NAME: &'static str = "CMD_TLBI_NH_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiNhAll::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiNhAll {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiNhAll {
    const OPCODE: u64 = 0x10;
}
/// Invalidate non-global stage 1 EL1 entries by ASID and VMID (ASIDE1).
///
/// `CMD_TLBI_NH_ASID`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x11 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiNhAsid(pub [u64; 2]);
impl CmdTlbiNhAsid {
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
    /// `VMID`, bits [47:32]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `ASID`, bits [63:48]
    #[inline]
    pub const fn asid(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits [63:48] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_asid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits [63:48] to `v`.
    #[inline]
    pub fn set_asid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x11;
}
impl Default for CmdTlbiNhAsid {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiNhAsid {
    const NAME: &'static str = "CMD_TLBI_NH_ASID";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiNhAsid::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiNhAsid {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_ASID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiNhAsid {
    const OPCODE: u64 = 0x11;
}
/// Invalidate stage 1 EL1 entries by VA, ASID and VMID, plus global ones (VA{L}E1).
///
/// `CMD_TLBI_NH_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x12 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiNhVa(pub [u64; 2]);
impl CmdTlbiNhVa {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `VMID`, bits [47:32]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `ASID`, bits [63:48]
    #[inline]
    pub const fn asid(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits [63:48] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_asid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits [63:48] to `v`.
    #[inline]
    pub fn set_asid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiNhVa {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiNhVa {
    const NAME: &'static str = "CMD_TLBI_NH_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiNhVa::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiNhVa {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiNhVa {
    const OPCODE: u64 = 0x12;
}
/// Invalidate stage 1 EL1 entries by VA and VMID for all ASIDs (VAA{L}E1).
///
/// `CMD_TLBI_NH_VAA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x13 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiNhVaa(pub [u64; 2]);
impl CmdTlbiNhVaa {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `VMID`, bits [47:32]
    ///
    /// Matched only when stage 2 is supported for the queue's Security state, else RES0.
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiNhVaa {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiNhVaa {
    const NAME: &'static str = "CMD_TLBI_NH_VAA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiNhVaa::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiNhVaa {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NH_VAA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiNhVaa {
    const OPCODE: u64 = 0x13;
}
/// Invalidate all stage 1 EL3 entries (ALLE3); Secure queue only.
///
/// `CMD_TLBI_EL3_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x18 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiEl3All(pub [u64; 2]);
impl CmdTlbiEl3All {
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
impl Default for CmdTlbiEl3All {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiEl3All {
    const NAME: &'static str = "CMD_TLBI_EL3_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiEl3All::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiEl3All {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL3_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiEl3All {
    const OPCODE: u64 = 0x18;
}
/// Invalidate stage 1 EL3 entries by VA (VA{L}E3); Secure queue only.
///
/// `CMD_TLBI_EL3_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x1a in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.6.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiEl3Va(pub [u64; 2]);
impl CmdTlbiEl3Va {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiEl3Va {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiEl3Va {
    const NAME: &'static str = "CMD_TLBI_EL3_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiEl3Va::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiEl3Va {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL3_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiEl3Va {
    const OPCODE: u64 = 0x1a;
}
/// Invalidate all stage 1 NS-EL2 entries, ASID-tagged (E2H) or not (ALLE2).
///
/// `CMD_TLBI_EL2_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x20 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.7.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiEl2All(pub [u64; 2]);
impl CmdTlbiEl2All {
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
impl Default for CmdTlbiEl2All {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiEl2All {
    const NAME: &'static str = "CMD_TLBI_EL2_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiEl2All::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiEl2All {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiEl2All {
    const OPCODE: u64 = 0x20;
}
/// Invalidate non-global stage 1 NS-EL2-E2H entries by ASID.
///
/// `CMD_TLBI_EL2_ASID`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x21 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.10.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiEl2Asid(pub [u64; 2]);
impl CmdTlbiEl2Asid {
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
    /// `ASID`, bits [63:48]
    #[inline]
    pub const fn asid(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits [63:48] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_asid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits [63:48] to `v`.
    #[inline]
    pub fn set_asid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x21;
}
impl Default for CmdTlbiEl2Asid {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiEl2Asid {
    const NAME: &'static str = "CMD_TLBI_EL2_ASID";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiEl2Asid::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiEl2Asid {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_ASID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiEl2Asid {
    const OPCODE: u64 = 0x21;
}
/// Invalidate stage 1 NS-EL2 entries by VA (and ASID when SMMU_CR2.E2H == 1).
///
/// `CMD_TLBI_EL2_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x22 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.8.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiEl2Va(pub [u64; 2]);
impl CmdTlbiEl2Va {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `ASID`, bits [63:48]
    ///
    /// Ignored when SMMU_CR2.E2H == 0.
    #[inline]
    pub const fn asid(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits [63:48] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_asid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits [63:48] to `v`.
    #[inline]
    pub fn set_asid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiEl2Va {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiEl2Va {
    const NAME: &'static str = "CMD_TLBI_EL2_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiEl2Va::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiEl2Va {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiEl2Va {
    const OPCODE: u64 = 0x22;
}
/// Invalidate stage 1 NS-EL2 entries by VA for all ASIDs.
///
/// `CMD_TLBI_EL2_VAA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x23 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.9.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiEl2Vaa(pub [u64; 2]);
impl CmdTlbiEl2Vaa {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiEl2Vaa {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiEl2Vaa {
    const NAME: &'static str = "CMD_TLBI_EL2_VAA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiEl2Vaa::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiEl2Vaa {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_EL2_VAA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiEl2Vaa {
    const OPCODE: u64 = 0x23;
}
/// Invalidate all Non-secure EL1 entries of a VMID at every stage (VMALLS12E1).
///
/// `CMD_TLBI_S12_VMALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x28 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiS12Vmall(pub [u64; 2]);
impl CmdTlbiS12Vmall {
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
    /// `VMID`, bits [47:32]
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x28;
}
impl Default for CmdTlbiS12Vmall {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiS12Vmall {
    const NAME: &'static str = "CMD_TLBI_S12_VMALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiS12Vmall::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiS12Vmall {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S12_VMALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiS12Vmall {
    const OPCODE: u64 = 0x28;
}
/// Invalidate stage 2 entries by IPA and VMID (IPAS2{L}E1); not combined S1+S2 entries.
///
/// `CMD_TLBI_S2_IPA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x2a in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiS2Ipa(pub [u64; 2]);
impl CmdTlbiS2Ipa {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `VMID`, bits [47:32]
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [119:76]
    ///
    /// Non-secure IPA, bits [55:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [119:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [119:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiS2Ipa {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiS2Ipa {
    const NAME: &'static str = "CMD_TLBI_S2_IPA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiS2Ipa::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiS2Ipa {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S2_IPA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiS2Ipa {
    const OPCODE: u64 = 0x2a;
}
/// Invalidate all Non-secure non-EL2 entries at all stages (Non-secure ALLE1).
///
/// `CMD_TLBI_NSNH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x30 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.4.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiNsnhAll(pub [u64; 2]);
impl CmdTlbiNsnhAll {
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
impl Default for CmdTlbiNsnhAll {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiNsnhAll {
    const NAME: &'static str = "CMD_TLBI_NSNH_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiNsnhAll::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiNsnhAll {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_NSNH_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiNsnhAll {
    const OPCODE: u64 = 0x30;
}
/// Send an ATS Invalidation Request to a PCIe endpoint's ATC.
///
/// `CMD_ATC_INV`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x40 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.5.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdAtcInv(pub [u64; 2]);
impl CmdAtcInv {
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
    /// `Global`, bit [9]
    ///
    /// Set the Global Invalidate flag of the request; ignored unless SSV == 1.
    #[inline]
    pub const fn global(&self) -> bool {
        support::get(self.0[0], 9, 0x1) != 0
    }
    /// Returns the value with `Global`, bit [9] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_global(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 9, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Global`, bit [9] to `v`.
    #[inline]
    pub fn set_global(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 9, 0x1, v as u64);
    }
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is supplied and sent as a PASID prefix.
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
    /// `Size`, bits [69:64]
    ///
    /// Span is 4KB * 2^Size, aligned to its size; 52 means invalidate everything.
    #[inline]
    pub const fn size(&self) -> u8 {
        support::get(self.0[1], 0, 0x3f) as u8
    }
    /// Returns the value with `Size`, bits [69:64] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_size(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `Size`, bits [69:64] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_size(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("Size", v as u64, 0x3f)?;
        self.0[1] = support::put(self.0[1], 0, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Address`, bits [127:76]
    ///
    /// Untranslated address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdAtcInv {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdAtcInv {
    const NAME: &'static str = "CMD_ATC_INV";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdAtcInv::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdAtcInv {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_ATC_INV", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdAtcInv {
    const OPCODE: u64 = 0x40;
}
/// Complete a PRI page request group of an endpoint with a response code.
///
/// `CMD_PRI_RESP`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x41 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.5.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdPriResp(pub [u64; 2]);
impl CmdPriResp {
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
    /// `SSV`, bit [11]
    ///
    /// SubstreamID is supplied and sent as a PASID prefix.
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
    /// `PRGIndex`, bits [72:64]
    ///
    /// Page Request Group Index, from the page requests being answered.
    #[inline]
    pub const fn prg_index(&self) -> u16 {
        support::get(self.0[1], 0, 0x1ff) as u16
    }
    /// Returns the value with `PRGIndex`, bits [72:64] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_prg_index(self, v: u16) -> Result<Self, FieldError> {
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
    /// Sets `PRGIndex`, bits [72:64] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_prg_index(&mut self, v: u16) -> Result<(), FieldError> {
        let raw = support::fit("PRGIndex", v as u64, 0x1ff)?;
        self.0[1] = support::put(self.0[1], 0, 0x1ff, raw);
        ::core::result::Result::Ok(())
    }
    /// `Resp`, bits [77:76]
    #[inline]
    pub const fn resp(&self) -> Result<super::enums::PriResponse, FieldError> {
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
    /// The raw encoding of `Resp`, bits [77:76].
    #[inline]
    pub const fn resp_bits(&self) -> u64 {
        support::get(self.0[1], 12, 0x3)
    }
    /// Returns the value with `Resp`, bits [77:76] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_resp(self, v: super::enums::PriResponse) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 12, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `Resp`, bits [77:76] to `v`.
    #[inline]
    pub fn set_resp(&mut self, v: super::enums::PriResponse) {
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
impl Default for CmdPriResp {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdPriResp {
    const NAME: &'static str = "CMD_PRI_RESP";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdPriResp::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdPriResp {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_PRI_RESP", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdPriResp {
    const OPCODE: u64 = 0x41;
}
/// Invalidate all cached Device Permission Table information (requires SMMU_IDR3.DPT).
///
/// `CMD_DPTI_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x70 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.6.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdDptiAll(pub [u64; 2]);
impl CmdDptiAll {
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
impl Default for CmdDptiAll {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdDptiAll {
    const NAME: &'static str = "CMD_DPTI_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdDptiAll::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdDptiAll {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_DPTI_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdDptiAll {
    const OPCODE: u64 = 0x70;
}
/// Retry or terminate one stalled transaction, identified by StreamID and STAG.
///
/// `CMD_RESUME`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x44 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.7.1.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdResume(pub [u64; 2]);
impl CmdResume {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
    }
    /// `Ac`, bit [12]
    ///
    /// Action (Ac): retry the transaction, or terminate it as Ab says.
    #[inline]
    pub const fn ac(&self) -> Result<super::enums::ResumeAction, FieldError> {
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
    /// The raw encoding of `Ac`, bit [12].
    #[inline]
    pub const fn ac_bits(&self) -> u64 {
        support::get(self.0[0], 12, 0x1)
    }
    /// Returns the value with `Ac`, bit [12] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ac(self, v: super::enums::ResumeAction) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x1, v.bits());
            Self(words)
        }
    }
    /// Sets `Ac`, bit [12] to `v`.
    #[inline]
    pub fn set_ac(&mut self, v: super::enums::ResumeAction) {
        self.0[0] = support::put(self.0[0], 12, 0x1, v.bits());
    }
    /// `Ab`, bit [13]
    ///
    /// Abort (Ab): a terminated transaction gets an abort (1) or RAZ/WI completion (0).
    #[inline]
    pub const fn ab(&self) -> bool {
        support::get(self.0[0], 13, 0x1) != 0
    }
    /// Returns the value with `Ab`, bit [13] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ab(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 13, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Ab`, bit [13] to `v`.
    #[inline]
    pub fn set_ab(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 13, 0x1, v as u64);
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
    /// Stall tag, exactly as reported in the stall event record.
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
impl Default for CmdResume {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdResume {
    const NAME: &'static str = "CMD_RESUME";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdResume::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdResume {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_RESUME", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdResume {
    const OPCODE: u64 = 0x44;
}
/// Mark every stalled transaction of a stream for termination.
///
/// `CMD_STALL_TERM`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x45 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.7.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdStallTerm(pub [u64; 2]);
impl CmdStallTerm {
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
    /// `SSec`, bit [10]
    ///
    /// On the Secure queue, the StreamID is Secure.
    #[inline]
    pub const fn s_sec(&self) -> bool {
        support::get(self.0[0], 10, 0x1) != 0
    }
    /// Returns the value with `SSec`, bit [10] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_s_sec(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 10, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSec`, bit [10] to `v`.
    #[inline]
    pub fn set_s_sec(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 10, 0x1, v as u64);
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
    pub const OPCODE: u64 = 0x45;
}
impl Default for CmdStallTerm {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdStallTerm {
    const NAME: &'static str = "CMD_STALL_TERM";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdStallTerm::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdStallTerm {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_STALL_TERM", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdStallTerm {
    const OPCODE: u64 = 0x45;
}
/// Wait for completion of all earlier commands, then optionally signal completion.
///
/// `CMD_SYNC`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x46 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.7.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdSync(pub [u64; 2]);
impl CmdSync {
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
    /// `CS`, bits [13:12]
    ///
    /// ComplSignal: how completion is signalled.
    #[inline]
    pub const fn cs(&self) -> Result<super::enums::ComplSignal, FieldError> {
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
    /// The raw encoding of `CS`, bits [13:12].
    #[inline]
    pub const fn cs_bits(&self) -> u64 {
        support::get(self.0[0], 12, 0x3)
    }
    /// Returns the value with `CS`, bits [13:12] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_cs(self, v: super::enums::ComplSignal) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 12, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `CS`, bits [13:12] to `v`.
    #[inline]
    pub fn set_cs(&mut self, v: super::enums::ComplSignal) {
        self.0[0] = support::put(self.0[0], 12, 0x3, v.bits());
    }
    /// `MSH`, bits [23:22]
    ///
    /// Shareability of the MSI write (0b01 is reserved and treated as Non-shareable).
    #[inline]
    pub const fn msh(&self) -> Result<super::enums::MsiShareability, FieldError> {
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
    /// The raw encoding of `MSH`, bits [23:22].
    #[inline]
    pub const fn msh_bits(&self) -> u64 {
        support::get(self.0[0], 22, 0x3)
    }
    /// Returns the value with `MSH`, bits [23:22] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_msh(self, v: super::enums::MsiShareability) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 22, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `MSH`, bits [23:22] to `v`.
    #[inline]
    pub fn set_msh(&mut self, v: super::enums::MsiShareability) {
        self.0[0] = support::put(self.0[0], 22, 0x3, v.bits());
    }
    /// `MSIAttr`, bits [27:24]
    ///
    /// Memory type of the MSI write, encoded as STE.MemAttr.
    #[inline]
    pub const fn msi_attr(&self) -> u8 {
        support::get(self.0[0], 24, 0xf) as u8
    }
    /// Returns the value with `MSIAttr`, bits [27:24] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_msi_attr(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `MSIAttr`, bits [27:24] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_msi_attr(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("MSIAttr", v as u64, 0xf)?;
        self.0[0] = support::put(self.0[0], 24, 0xf, raw);
        ::core::result::Result::Ok(())
    }
    /// `MSIData`, bits [63:32]
    ///
    /// 32-bit value written by the MSI.
    #[inline]
    pub const fn msi_data(&self) -> u32 {
        support::get(self.0[0], 32, 0xffffffff) as u32
    }
    /// Returns the value with `MSIData`, bits [63:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_msi_data(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `MSIData`, bits [63:32] to `v`.
    #[inline]
    pub fn set_msi_data(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 32, 0xffffffff, v as u64);
    }
    /// `MSIAddress`, bits [119:66]
    ///
    /// Physical address of the MSI, bits [55:2]; zero means no MSI write.
    /// The address, with bits [1:0] zero.
    #[inline]
    pub const fn msi_address(&self) -> u64 {
        support::get(self.0[1], 2, 0x3fffffffffffff) << 2
    }
    /// Returns the value with `MSIAddress`, bits [119:66] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_msi_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `MSIAddress`, bits [119:66] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_msi_address(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("MSIAddress", v, 2, 0x3fffffffffffff)?;
        self.0[1] = support::put(self.0[1], 2, 0x3fffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `MSI_NS`, bit [127]
    ///
    /// Realm queue only: the MSI targets Non-secure PA space; RES0 on other queues.
    #[inline]
    pub const fn msi_ns(&self) -> bool {
        support::get(self.0[1], 63, 0x1) != 0
    }
    /// Returns the value with `MSI_NS`, bit [127] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_msi_ns(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `MSI_NS`, bit [127] to `v`.
    #[inline]
    pub fn set_msi_ns(&mut self, v: bool) {
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
impl Default for CmdSync {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdSync {
    const NAME: &'static str = "CMD_SYNC";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdSync::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdSync {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_SYNC", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdSync {
    const OPCODE: u64 = 0x46;
}
/// Invalidate all stage 1 S-EL2 entries; Secure queue only, needs Secure EL2.
///
/// `CMD_TLBI_S_EL2_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x50 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.11.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSEl2All(pub [u64; 2]);
impl CmdTlbiSEl2All {
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
impl Default for CmdTlbiSEl2All {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSEl2All {
    const NAME: &'static str = "CMD_TLBI_S_EL2_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSEl2All::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSEl2All {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSEl2All {
    const OPCODE: u64 = 0x50;
}
/// Invalidate non-global stage 1 S-EL2-E2H entries by ASID; Secure queue only.
///
/// `CMD_TLBI_S_EL2_ASID`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x51 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.14.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSEl2Asid(pub [u64; 2]);
impl CmdTlbiSEl2Asid {
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
    /// `ASID`, bits [63:48]
    #[inline]
    pub const fn asid(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits [63:48] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_asid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits [63:48] to `v`.
    #[inline]
    pub fn set_asid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x51;
}
impl Default for CmdTlbiSEl2Asid {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSEl2Asid {
    const NAME: &'static str = "CMD_TLBI_S_EL2_ASID";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSEl2Asid::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSEl2Asid {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_ASID", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSEl2Asid {
    const OPCODE: u64 = 0x51;
}
/// Invalidate stage 1 S-EL2 entries by VA (and ASID when SMMU_S_CR2.E2H == 1).
///
/// `CMD_TLBI_S_EL2_VA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x52 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.12.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSEl2Va(pub [u64; 2]);
impl CmdTlbiSEl2Va {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `ASID`, bits [63:48]
    ///
    /// Ignored when SMMU_S_CR2.E2H == 0.
    #[inline]
    pub const fn asid(&self) -> u16 {
        support::get(self.0[0], 48, 0xffff) as u16
    }
    /// Returns the value with `ASID`, bits [63:48] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_asid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 48, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `ASID`, bits [63:48] to `v`.
    #[inline]
    pub fn set_asid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 48, 0xffff, v as u64);
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiSEl2Va {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSEl2Va {
    const NAME: &'static str = "CMD_TLBI_S_EL2_VA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSEl2Va::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSEl2Va {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_VA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSEl2Va {
    const OPCODE: u64 = 0x52;
}
/// Invalidate stage 1 S-EL2 entries by VA for all ASIDs; Secure queue only.
///
/// `CMD_TLBI_S_EL2_VAA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x53 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.2.13.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSEl2Vaa(pub [u64; 2]);
impl CmdTlbiSEl2Vaa {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [127:76]
    ///
    /// Virtual address, bits [63:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [127:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [127:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiSEl2Vaa {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSEl2Vaa {
    const NAME: &'static str = "CMD_TLBI_S_EL2_VAA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSEl2Vaa::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSEl2Vaa {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_EL2_VAA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSEl2Vaa {
    const OPCODE: u64 = 0x53;
}
/// Invalidate all Secure EL1 entries of a VMID at every stage; needs Secure stage 2.
///
/// `CMD_TLBI_S_S12_VMALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x58 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSS12Vmall(pub [u64; 2]);
impl CmdTlbiSS12Vmall {
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
    /// `VMID`, bits [47:32]
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
    /// The record's opcode.
    pub const OPCODE: u64 = 0x58;
}
impl Default for CmdTlbiSS12Vmall {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSS12Vmall {
    const NAME: &'static str = "CMD_TLBI_S_S12_VMALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSS12Vmall::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSS12Vmall {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_S12_VMALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSS12Vmall {
    const OPCODE: u64 = 0x58;
}
/// Invalidate Secure stage 2 entries by IPA and VMID; needs Secure stage 2.
///
/// `CMD_TLBI_S_S2_IPA`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x5a in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSS2Ipa(pub [u64; 2]);
impl CmdTlbiSS2Ipa {
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
    /// `NUM`, bits [16:12]
    ///
    /// Range: (NUM + 1) * 2^SCALE granules; RES0 when TG is Unspecified.
    #[inline]
    pub const fn num(&self) -> u8 {
        support::get(self.0[0], 12, 0x1f) as u8
    }
    /// Returns the value with `NUM`, bits [16:12] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_num(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `NUM`, bits [16:12] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_num(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("NUM", v as u64, 0x1f)?;
        self.0[0] = support::put(self.0[0], 12, 0x1f, raw);
        ::core::result::Result::Ok(())
    }
    /// `SCALE`, bits [25:20]
    ///
    /// Range scale; 6 bits only when SMMU_IDR5.DS == 1, else bit 25 is RES0.
    #[inline]
    pub const fn scale(&self) -> u8 {
        support::get(self.0[0], 20, 0x3f) as u8
    }
    /// Returns the value with `SCALE`, bits [25:20] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_scale(self, v: u8) -> Result<Self, FieldError> {
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
    /// Sets `SCALE`, bits [25:20] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_scale(&mut self, v: u8) -> Result<(), FieldError> {
        let raw = support::fit("SCALE", v as u64, 0x3f)?;
        self.0[0] = support::put(self.0[0], 20, 0x3f, raw);
        ::core::result::Result::Ok(())
    }
    /// `VMID`, bits [47:32]
    #[inline]
    pub const fn vmid(&self) -> u16 {
        support::get(self.0[0], 32, 0xffff) as u16
    }
    /// Returns the value with `VMID`, bits [47:32] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_vmid(self, v: u16) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 32, 0xffff, v as u64);
            Self(words)
        }
    }
    /// Sets `VMID`, bits [47:32] to `v`.
    #[inline]
    pub fn set_vmid(&mut self, v: u16) {
        self.0[0] = support::put(self.0[0], 32, 0xffff, v as u64);
    }
    /// `Leaf`, bit [64]
    ///
    /// Only last-level (leaf) entries need be invalidated.
    #[inline]
    pub const fn leaf(&self) -> bool {
        support::get(self.0[1], 0, 0x1) != 0
    }
    /// Returns the value with `Leaf`, bit [64] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_leaf(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 0, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Leaf`, bit [64] to `v`.
    #[inline]
    pub fn set_leaf(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 0, 0x1, v as u64);
    }
    /// `TTL128`, bit [71]
    ///
    /// The TTL hint refers to 128-bit descriptors.
    #[inline]
    pub const fn ttl128(&self) -> bool {
        support::get(self.0[1], 7, 0x1) != 0
    }
    /// Returns the value with `TTL128`, bit [71] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl128(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 7, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `TTL128`, bit [71] to `v`.
    #[inline]
    pub fn set_ttl128(&mut self, v: bool) {
        self.0[1] = support::put(self.0[1], 7, 0x1, v as u64);
    }
    /// `TTL`, bits [73:72]
    #[inline]
    pub const fn ttl(&self) -> Result<super::enums::TlbiLevel, FieldError> {
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
    /// The raw encoding of `TTL`, bits [73:72].
    #[inline]
    pub const fn ttl_bits(&self) -> u64 {
        support::get(self.0[1], 8, 0x3)
    }
    /// Returns the value with `TTL`, bits [73:72] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_ttl(self, v: super::enums::TlbiLevel) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 8, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TTL`, bits [73:72] to `v`.
    #[inline]
    pub fn set_ttl(&mut self, v: super::enums::TlbiLevel) {
        self.0[1] = support::put(self.0[1], 8, 0x3, v.bits());
    }
    /// `TG`, bits [75:74]
    #[inline]
    pub const fn tg(&self) -> Result<super::enums::TlbiGranule, FieldError> {
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
    /// The raw encoding of `TG`, bits [75:74].
    #[inline]
    pub const fn tg_bits(&self) -> u64 {
        support::get(self.0[1], 10, 0x3)
    }
    /// Returns the value with `TG`, bits [75:74] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_tg(self, v: super::enums::TlbiGranule) -> Self {
        {
            let mut words = self.0;
            words[1] = support::put(words[1], 10, 0x3, v.bits());
            Self(words)
        }
    }
    /// Sets `TG`, bits [75:74] to `v`.
    #[inline]
    pub fn set_tg(&mut self, v: super::enums::TlbiGranule) {
        self.0[1] = support::put(self.0[1], 10, 0x3, v.bits());
    }
    /// `Address`, bits [119:76]
    ///
    /// IPA, bits [55:12].
    /// The address, with bits [11:0] zero.
    #[inline]
    pub const fn address(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffff) << 12
    }
    /// Returns the value with `Address`, bits [119:76] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_address(self, v: u64) -> Result<Self, FieldError> {
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
    /// Sets `Address`, bits [119:76] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_address(&mut self, v: u64) -> Result<(), FieldError> {
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
impl Default for CmdTlbiSS2Ipa {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSS2Ipa {
    const NAME: &'static str = "CMD_TLBI_S_S2_IPA";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSS2Ipa::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSS2Ipa {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_S_S2_IPA", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSS2Ipa {
    const OPCODE: u64 = 0x5a;
}
/// Invalidate all Secure non-EL2 entries at all stages (Secure ALLE1).
///
/// `CMD_TLBI_SNH_ALL`: 16 bytes, 2 little-endian 64-bit words.
/// Opcode 0x60 in bits [7:0] of queue `CMDQ`.
///
/// Architecture reference: section 4.4.4.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct CmdTlbiSnhAll(pub [u64; 2]);
impl CmdTlbiSnhAll {
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
impl Default for CmdTlbiSnhAll {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for CmdTlbiSnhAll {
    const NAME: &'static str = "CMD_TLBI_SNH_ALL";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = CmdTlbiSnhAll::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for CmdTlbiSnhAll {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "CMD_TLBI_SNH_ALL", Self::FIELDS, &self.0)
    }
}
impl QueueRecord for CmdTlbiSnhAll {
    const OPCODE: u64 = 0x60;
}
/// Every record of queue `CMDQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmdqCommand {
    /// `CMD_PREFETCH_CONFIG`.
    PrefetchConfig(CmdPrefetchConfig),
    /// `CMD_PREFETCH_ADDR`.
    PrefetchAddr(CmdPrefetchAddr),
    /// `CMD_CFGI_STE`.
    CfgiSte(CmdCfgiSte),
    /// `CMD_CFGI_STE_RANGE`.
    CfgiSteRange(CmdCfgiSteRange),
    /// `CMD_CFGI_CD`.
    CfgiCd(CmdCfgiCd),
    /// `CMD_CFGI_CD_ALL`.
    CfgiCdAll(CmdCfgiCdAll),
    /// `CMD_CFGI_VMS_PIDM`.
    CfgiVmsPidm(CmdCfgiVmsPidm),
    /// `CMD_TLBI_NH_ALL`.
    TlbiNhAll(CmdTlbiNhAll),
    /// `CMD_TLBI_NH_ASID`.
    TlbiNhAsid(CmdTlbiNhAsid),
    /// `CMD_TLBI_NH_VA`.
    TlbiNhVa(CmdTlbiNhVa),
    /// `CMD_TLBI_NH_VAA`.
    TlbiNhVaa(CmdTlbiNhVaa),
    /// `CMD_TLBI_EL3_ALL`.
    TlbiEl3All(CmdTlbiEl3All),
    /// `CMD_TLBI_EL3_VA`.
    TlbiEl3Va(CmdTlbiEl3Va),
    /// `CMD_TLBI_EL2_ALL`.
    TlbiEl2All(CmdTlbiEl2All),
    /// `CMD_TLBI_EL2_ASID`.
    TlbiEl2Asid(CmdTlbiEl2Asid),
    /// `CMD_TLBI_EL2_VA`.
    TlbiEl2Va(CmdTlbiEl2Va),
    /// `CMD_TLBI_EL2_VAA`.
    TlbiEl2Vaa(CmdTlbiEl2Vaa),
    /// `CMD_TLBI_S12_VMALL`.
    TlbiS12Vmall(CmdTlbiS12Vmall),
    /// `CMD_TLBI_S2_IPA`.
    TlbiS2Ipa(CmdTlbiS2Ipa),
    /// `CMD_TLBI_NSNH_ALL`.
    TlbiNsnhAll(CmdTlbiNsnhAll),
    /// `CMD_ATC_INV`.
    AtcInv(CmdAtcInv),
    /// `CMD_PRI_RESP`.
    PriResp(CmdPriResp),
    /// `CMD_DPTI_ALL`.
    DptiAll(CmdDptiAll),
    /// `CMD_RESUME`.
    Resume(CmdResume),
    /// `CMD_STALL_TERM`.
    StallTerm(CmdStallTerm),
    /// `CMD_SYNC`.
    Sync(CmdSync),
    /// `CMD_TLBI_S_EL2_ALL`.
    TlbiSEl2All(CmdTlbiSEl2All),
    /// `CMD_TLBI_S_EL2_ASID`.
    TlbiSEl2Asid(CmdTlbiSEl2Asid),
    /// `CMD_TLBI_S_EL2_VA`.
    TlbiSEl2Va(CmdTlbiSEl2Va),
    /// `CMD_TLBI_S_EL2_VAA`.
    TlbiSEl2Vaa(CmdTlbiSEl2Vaa),
    /// `CMD_TLBI_S_S12_VMALL`.
    TlbiSS12Vmall(CmdTlbiSS12Vmall),
    /// `CMD_TLBI_S_S2_IPA`.
    TlbiSS2Ipa(CmdTlbiSS2Ipa),
    /// `CMD_TLBI_SNH_ALL`.
    TlbiSnhAll(CmdTlbiSnhAll),
}
impl CmdqCommand {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::PrefetchConfig(r) => r.0,
            Self::PrefetchAddr(r) => r.0,
            Self::CfgiSte(r) => r.0,
            Self::CfgiSteRange(r) => r.0,
            Self::CfgiCd(r) => r.0,
            Self::CfgiCdAll(r) => r.0,
            Self::CfgiVmsPidm(r) => r.0,
            Self::TlbiNhAll(r) => r.0,
            Self::TlbiNhAsid(r) => r.0,
            Self::TlbiNhVa(r) => r.0,
            Self::TlbiNhVaa(r) => r.0,
            Self::TlbiEl3All(r) => r.0,
            Self::TlbiEl3Va(r) => r.0,
            Self::TlbiEl2All(r) => r.0,
            Self::TlbiEl2Asid(r) => r.0,
            Self::TlbiEl2Va(r) => r.0,
            Self::TlbiEl2Vaa(r) => r.0,
            Self::TlbiS12Vmall(r) => r.0,
            Self::TlbiS2Ipa(r) => r.0,
            Self::TlbiNsnhAll(r) => r.0,
            Self::AtcInv(r) => r.0,
            Self::PriResp(r) => r.0,
            Self::DptiAll(r) => r.0,
            Self::Resume(r) => r.0,
            Self::StallTerm(r) => r.0,
            Self::Sync(r) => r.0,
            Self::TlbiSEl2All(r) => r.0,
            Self::TlbiSEl2Asid(r) => r.0,
            Self::TlbiSEl2Va(r) => r.0,
            Self::TlbiSEl2Vaa(r) => r.0,
            Self::TlbiSS12Vmall(r) => r.0,
            Self::TlbiSS2Ipa(r) => r.0,
            Self::TlbiSnhAll(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let opcode = support::get(raw[0], 0, 0xff);
        match opcode {
            0x1 => {
                let r = CmdPrefetchConfig(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::PrefetchConfig(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2 => {
                let r = CmdPrefetchAddr(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::PrefetchAddr(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x3 => {
                let r = CmdCfgiSte(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CfgiSte(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x4 => {
                let r = CmdCfgiSteRange(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CfgiSteRange(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x5 => {
                let r = CmdCfgiCd(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CfgiCd(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x6 => {
                let r = CmdCfgiCdAll(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CfgiCdAll(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x7 => {
                let r = CmdCfgiVmsPidm(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::CfgiVmsPidm(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x10 => {
                let r = CmdTlbiNhAll(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiNhAll(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x11 => {
                let r = CmdTlbiNhAsid(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiNhAsid(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x12 => {
                let r = CmdTlbiNhVa(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiNhVa(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x13 => {
                let r = CmdTlbiNhVaa(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiNhVaa(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x18 => {
                let r = CmdTlbiEl3All(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiEl3All(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x1a => {
                let r = CmdTlbiEl3Va(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiEl3Va(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x20 => {
                let r = CmdTlbiEl2All(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiEl2All(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x21 => {
                let r = CmdTlbiEl2Asid(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiEl2Asid(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x22 => {
                let r = CmdTlbiEl2Va(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiEl2Va(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x23 => {
                let r = CmdTlbiEl2Vaa(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiEl2Vaa(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x28 => {
                let r = CmdTlbiS12Vmall(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiS12Vmall(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x2a => {
                let r = CmdTlbiS2Ipa(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiS2Ipa(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x30 => {
                let r = CmdTlbiNsnhAll(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiNsnhAll(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x40 => {
                let r = CmdAtcInv(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::AtcInv(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x41 => {
                let r = CmdPriResp(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::PriResp(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x70 => {
                let r = CmdDptiAll(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::DptiAll(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x44 => {
                let r = CmdResume(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::Resume(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x45 => {
                let r = CmdStallTerm(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::StallTerm(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x46 => {
                let r = CmdSync(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::Sync(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x50 => {
                let r = CmdTlbiSEl2All(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSEl2All(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x51 => {
                let r = CmdTlbiSEl2Asid(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSEl2Asid(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x52 => {
                let r = CmdTlbiSEl2Va(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSEl2Va(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x53 => {
                let r = CmdTlbiSEl2Vaa(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSEl2Vaa(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x58 => {
                let r = CmdTlbiSS12Vmall(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSS12Vmall(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x5a => {
                let r = CmdTlbiSS2Ipa(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSS2Ipa(r))
                    }
                    ::core::result::Result::Err(e) => {
                        ::core::result::Result::Err(DecodeError::Field(e))
                    }
                }
            }
            0x60 => {
                let r = CmdTlbiSnhAll(*raw);
                match r.validate() {
                    ::core::result::Result::Ok(()) => {
                        ::core::result::Result::Ok(Self::TlbiSnhAll(r))
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
            Self::PrefetchConfig(_) => "CMD_PREFETCH_CONFIG",
            Self::PrefetchAddr(_) => "CMD_PREFETCH_ADDR",
            Self::CfgiSte(_) => "CMD_CFGI_STE",
            Self::CfgiSteRange(_) => "CMD_CFGI_STE_RANGE",
            Self::CfgiCd(_) => "CMD_CFGI_CD",
            Self::CfgiCdAll(_) => "CMD_CFGI_CD_ALL",
            Self::CfgiVmsPidm(_) => "CMD_CFGI_VMS_PIDM",
            Self::TlbiNhAll(_) => "CMD_TLBI_NH_ALL",
            Self::TlbiNhAsid(_) => "CMD_TLBI_NH_ASID",
            Self::TlbiNhVa(_) => "CMD_TLBI_NH_VA",
            Self::TlbiNhVaa(_) => "CMD_TLBI_NH_VAA",
            Self::TlbiEl3All(_) => "CMD_TLBI_EL3_ALL",
            Self::TlbiEl3Va(_) => "CMD_TLBI_EL3_VA",
            Self::TlbiEl2All(_) => "CMD_TLBI_EL2_ALL",
            Self::TlbiEl2Asid(_) => "CMD_TLBI_EL2_ASID",
            Self::TlbiEl2Va(_) => "CMD_TLBI_EL2_VA",
            Self::TlbiEl2Vaa(_) => "CMD_TLBI_EL2_VAA",
            Self::TlbiS12Vmall(_) => "CMD_TLBI_S12_VMALL",
            Self::TlbiS2Ipa(_) => "CMD_TLBI_S2_IPA",
            Self::TlbiNsnhAll(_) => "CMD_TLBI_NSNH_ALL",
            Self::AtcInv(_) => "CMD_ATC_INV",
            Self::PriResp(_) => "CMD_PRI_RESP",
            Self::DptiAll(_) => "CMD_DPTI_ALL",
            Self::Resume(_) => "CMD_RESUME",
            Self::StallTerm(_) => "CMD_STALL_TERM",
            Self::Sync(_) => "CMD_SYNC",
            Self::TlbiSEl2All(_) => "CMD_TLBI_S_EL2_ALL",
            Self::TlbiSEl2Asid(_) => "CMD_TLBI_S_EL2_ASID",
            Self::TlbiSEl2Va(_) => "CMD_TLBI_S_EL2_VA",
            Self::TlbiSEl2Vaa(_) => "CMD_TLBI_S_EL2_VAA",
            Self::TlbiSS12Vmall(_) => "CMD_TLBI_S_S12_VMALL",
            Self::TlbiSS2Ipa(_) => "CMD_TLBI_S_S2_IPA",
            Self::TlbiSnhAll(_) => "CMD_TLBI_SNH_ALL",
        }
    }
}
