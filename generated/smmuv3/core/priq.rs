//! The `PRIQ` queue: its 16-byte records and their encoding.
#[allow(unused_imports)]
use super::support::{
    self, DecodeError, FieldError, FieldInfo, Layout, QueueRecord, Readable, Register,
    UsedBits, Writable,
};
/// Size of one record in bytes.
pub const RECORD_BYTES: usize = 0x10_usize;
/// The producer and consumer indexes carry a wrap bit above the index: the queue is empty when they are equal, full when only the wrap bits differ.
pub const WRAP_BIT: bool = true;
/// One Page Request, or a Stop PASID marker (Last, W, R == 1, 0, 0 with SSV set).
///
/// `PRI_REQUEST`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 8.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub struct PRI_REQUEST(pub [u64; 2]);
#[allow(non_snake_case)]
impl PRI_REQUEST {
    /// Number of 64-bit words.
    pub const WORDS: usize = 2;
    /// Fields, lowest first.
    pub const FIELDS: &'static [FieldInfo] = &[
        FieldInfo {
            name: "StreamID",
            lsb: 0,
            msb: 31,
        },
        FieldInfo {
            name: "SubstreamID",
            lsb: 32,
            msb: 51,
        },
        FieldInfo {
            name: "Priv",
            lsb: 58,
            msb: 58,
        },
        FieldInfo {
            name: "X",
            lsb: 59,
            msb: 59,
        },
        FieldInfo {
            name: "R",
            lsb: 60,
            msb: 60,
        },
        FieldInfo {
            name: "W",
            lsb: 61,
            msb: 61,
        },
        FieldInfo {
            name: "Last",
            lsb: 62,
            msb: 62,
        },
        FieldInfo {
            name: "SSV",
            lsb: 63,
            msb: 63,
        },
        FieldInfo {
            name: "PRGIndex",
            lsb: 64,
            msb: 72,
        },
        FieldInfo {
            name: "PageAddress",
            lsb: 76,
            msb: 127,
        },
    ];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub const fn new() -> Self {
        Self([0; 2])
    }
    /// `StreamID`, bits \[31:0\]
    ///
    /// Requester; bits \[15:0\] equal the PCIe Requester ID.
    #[inline]
    pub const fn StreamID(&self) -> u32 {
        support::get(self.0[0], 0, 0xffffffff) as u32
    }
    /// Returns the value with `StreamID`, bits \[31:0\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_StreamID(self, v: u32) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 0, 0xffffffff, v as u64);
            Self(words)
        }
    }
    /// Sets `StreamID`, bits \[31:0\] to `v`.
    #[inline]
    pub fn set_StreamID(&mut self, v: u32) {
        self.0[0] = support::put(self.0[0], 0, 0xffffffff, v as u64);
    }
    /// `SubstreamID`, bits \[51:32\]
    ///
    /// The PASID of the request (UNKNOWN when SSV is clear).
    #[inline]
    pub const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 32, 0xfffff) as u32
    }
    /// Returns the value with `SubstreamID`, bits \[51:32\] set to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub const fn with_SubstreamID(self, v: u32) -> Result<Self, FieldError> {
        match support::fit("SubstreamID", v as u64, 0xfffff) {
            ::core::result::Result::Ok(raw) => {
                ::core::result::Result::Ok({
                    let mut words = self.0;
                    words[0] = support::put(words[0], 32, 0xfffff, raw);
                    Self(words)
                })
            }
            ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
        }
    }
    /// Sets `SubstreamID`, bits \[51:32\] to `v`.
    ///
    /// Fails if `v` does not fit in the field.
    #[inline]
    pub fn set_SubstreamID(&mut self, v: u32) -> Result<(), FieldError> {
        let raw = support::fit("SubstreamID", v as u64, 0xfffff)?;
        self.0[0] = support::put(self.0[0], 32, 0xfffff, raw);
        ::core::result::Result::Ok(())
    }
    /// `Priv`, bit \[58\]
    ///
    /// Privileged access requested.
    #[inline]
    pub const fn Priv(&self) -> bool {
        support::get(self.0[0], 58, 0x1) != 0
    }
    /// Returns the value with `Priv`, bit \[58\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Priv(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 58, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Priv`, bit \[58\] to `v`.
    #[inline]
    pub fn set_Priv(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 58, 0x1, v as u64);
    }
    /// `X`, bit \[59\]
    ///
    /// Execute access requested.
    #[inline]
    pub const fn X(&self) -> bool {
        support::get(self.0[0], 59, 0x1) != 0
    }
    /// Returns the value with `X`, bit \[59\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_X(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 59, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `X`, bit \[59\] to `v`.
    #[inline]
    pub fn set_X(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 59, 0x1, v as u64);
    }
    /// `R`, bit \[60\]
    ///
    /// Read access requested.
    #[inline]
    pub const fn R(&self) -> bool {
        support::get(self.0[0], 60, 0x1) != 0
    }
    /// Returns the value with `R`, bit \[60\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_R(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 60, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `R`, bit \[60\] to `v`.
    #[inline]
    pub fn set_R(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 60, 0x1, v as u64);
    }
    /// `W`, bit \[61\]
    ///
    /// Write access requested.
    #[inline]
    pub const fn W(&self) -> bool {
        support::get(self.0[0], 61, 0x1) != 0
    }
    /// Returns the value with `W`, bit \[61\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_W(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 61, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `W`, bit \[61\] to `v`.
    #[inline]
    pub fn set_W(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 61, 0x1, v as u64);
    }
    /// `Last`, bit \[62\]
    ///
    /// Last request of its Page Request Group: software answers with CMD_PRI_RESP.
    #[inline]
    pub const fn Last(&self) -> bool {
        support::get(self.0[0], 62, 0x1) != 0
    }
    /// Returns the value with `Last`, bit \[62\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_Last(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 62, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `Last`, bit \[62\] to `v`.
    #[inline]
    pub fn set_Last(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 62, 0x1, v as u64);
    }
    /// `SSV`, bit \[63\]
    ///
    /// The request carried a PASID.
    #[inline]
    pub const fn SSV(&self) -> bool {
        support::get(self.0[0], 63, 0x1) != 0
    }
    /// Returns the value with `SSV`, bit \[63\] set to `v`.
    #[inline]
    #[must_use]
    pub const fn with_SSV(self, v: bool) -> Self {
        {
            let mut words = self.0;
            words[0] = support::put(words[0], 63, 0x1, v as u64);
            Self(words)
        }
    }
    /// Sets `SSV`, bit \[63\] to `v`.
    #[inline]
    pub fn set_SSV(&mut self, v: bool) {
        self.0[0] = support::put(self.0[0], 63, 0x1, v as u64);
    }
    /// `PRGIndex`, bits \[72:64\]
    ///
    /// Page Request Group index, echoed in the response.
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
    /// `PageAddress`, bits \[127:76\]
    ///
    /// The requested page, bits \[63:12\].
    /// The address, with bits \[11:0\] zero.
    #[inline]
    pub const fn PageAddress(&self) -> u64 {
        support::get(self.0[1], 12, 0xfffffffffffff) << 12
    }
    /// Returns the value with `PageAddress`, bits \[127:76\] set to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub const fn with_PageAddress(self, v: u64) -> Result<Self, FieldError> {
        match support::fit_address("PageAddress", v, 12, 0xfffffffffffff) {
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
    /// Sets `PageAddress`, bits \[127:76\] to `v`.
    ///
    /// Fails if the address is misaligned or too wide for the field.
    #[inline]
    pub fn set_PageAddress(&mut self, v: u64) -> Result<(), FieldError> {
        let raw = support::fit_address("PageAddress", v, 12, 0xfffffffffffff)?;
        self.0[1] = support::put(self.0[1], 12, 0xfffffffffffff, raw);
        ::core::result::Result::Ok(())
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
impl Default for PRI_REQUEST {
    fn default() -> Self {
        Self::new()
    }
}
impl Layout for PRI_REQUEST {
    const NAME: &'static str = "PRI_REQUEST";
    const WORDS: usize = 2;
    const FIELDS: &'static [FieldInfo] = PRI_REQUEST::FIELDS;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
impl ::core::fmt::Debug for PRI_REQUEST {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PRI_REQUEST", Self::FIELDS, &self.0)
    }
}
/// Every record of queue `PRIQ`.
///
/// Records are 16 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub enum PRIQ_Request {
    /// `PRI_REQUEST`.
    PRI_REQUEST(PRI_REQUEST),
}
impl PRIQ_Request {
    /// The record as little-endian 64-bit words.
    #[inline]
    pub const fn encode(&self) -> [u64; 2] {
        match self {
            Self::PRI_REQUEST(r) => r.0,
        }
    }
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub const fn decode(raw: &[u64; 2]) -> Result<Self, DecodeError> {
        let r = PRI_REQUEST(*raw);
        match r.validate() {
            ::core::result::Result::Ok(()) => {
                ::core::result::Result::Ok(Self::PRI_REQUEST(r))
            }
            ::core::result::Result::Err(e) => {
                ::core::result::Result::Err(DecodeError::Field(e))
            }
        }
    }
    /// The record's architectural name.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::PRI_REQUEST(_) => "PRI_REQUEST",
        }
    }
}
