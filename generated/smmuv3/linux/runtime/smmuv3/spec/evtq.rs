// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `EVTQ` queue: its 32-byte records and their encoding.
#[cfg(not(iommugen_test))]
use super::support::{self, DecodeError, FieldError, FieldInfo, Layout};
#[cfg(not(iommugen_test))]
/// The client presented a transaction the SMMU does not support.
///
/// `F_UUT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x1 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_UUT(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_UUT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x1);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_UUT {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_UUT {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_UUT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_UUT", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The StreamID is outside the range covered by the Stream table.
///
/// `C_BAD_STREAMID`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x2 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct C_BAD_STREAMID(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl C_BAD_STREAMID {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x2);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for C_BAD_STREAMID {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for C_BAD_STREAMID {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for C_BAD_STREAMID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_STREAMID", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Fetching the STE aborted, or its address was out of range.
///
/// `F_STE_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x3 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.4.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_STE_FETCH(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_STE_FETCH {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x3);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_STE_FETCH {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_STE_FETCH {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_STE_FETCH {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_STE_FETCH", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The STE used by the transaction is invalid or misconfigured.
///
/// `C_BAD_STE`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x4 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.5.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct C_BAD_STE(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl C_BAD_STE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x4);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for C_BAD_STE {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for C_BAD_STE {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for C_BAD_STE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_STE", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// An ATS Translation Request arrived for a stream that does not allow ATS.
///
/// `F_BAD_ATS_TREQ`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x5 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.6.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_BAD_ATS_TREQ(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_BAD_ATS_TREQ {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x5);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_BAD_ATS_TREQ {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_BAD_ATS_TREQ {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_BAD_ATS_TREQ {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_BAD_ATS_TREQ", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// A transaction without a SubstreamID met an STE that only accepts substream traffic.
///
/// `F_STREAM_DISABLED`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x6 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.7.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_STREAM_DISABLED(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_STREAM_DISABLED {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[FieldInfo {
        name: "StreamID",
        lsb: 32,
        msb: 63,
    }];
    /// A new value: all fields zero except any that identify the layout.
    #[inline]
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x6);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_STREAM_DISABLED {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_STREAM_DISABLED {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_STREAM_DISABLED {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_STREAM_DISABLED", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// An ATS Translated transaction arrived where bypassing translation is not allowed.
///
/// `F_TRANSL_FORBIDDEN`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x7 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.8.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_TRANSL_FORBIDDEN(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_TRANSL_FORBIDDEN {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x7);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_TRANSL_FORBIDDEN {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_TRANSL_FORBIDDEN {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_TRANSL_FORBIDDEN {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TRANSL_FORBIDDEN", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The SubstreamID is out of range or substreams are disabled for the stream.
///
/// `C_BAD_SUBSTREAMID`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x8 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.9.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct C_BAD_SUBSTREAMID(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl C_BAD_SUBSTREAMID {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x8);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for C_BAD_SUBSTREAMID {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for C_BAD_SUBSTREAMID {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for C_BAD_SUBSTREAMID {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_SUBSTREAMID", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Fetching the CD aborted.
///
/// `F_CD_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x9 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.10.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_CD_FETCH(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_CD_FETCH {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x9);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_CD_FETCH {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_CD_FETCH {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_CD_FETCH {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_CD_FETCH", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The fetched CD is invalid or misconfigured.
///
/// `C_BAD_CD`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0xa in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.11.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct C_BAD_CD(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl C_BAD_CD {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0xa);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for C_BAD_CD {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for C_BAD_CD {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for C_BAD_CD {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "C_BAD_CD", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Fetching or updating a translation table descriptor aborted.
///
/// `F_WALK_EABT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0xb in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.12.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_WALK_EABT(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_WALK_EABT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0xb);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_WALK_EABT {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_WALK_EABT {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_WALK_EABT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_WALK_EABT", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// No valid translation: out of the TxSZ range, a disabled TTBx, or an invalid descriptor.
///
/// `F_TRANSLATION`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x10 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.13.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_TRANSLATION(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_TRANSLATION {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
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
    pub(crate) const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub(crate) const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub(crate) const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub(crate) const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_TRANSLATION {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_TRANSLATION {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_TRANSLATION {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TRANSLATION", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// A descriptor or a bypassed stage output an address beyond the configured size.
///
/// `F_ADDR_SIZE`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x11 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.14.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_ADDR_SIZE(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_ADDR_SIZE {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
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
    pub(crate) const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub(crate) const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub(crate) const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub(crate) const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_ADDR_SIZE {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_ADDR_SIZE {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_ADDR_SIZE {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_ADDR_SIZE", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// A page or block descriptor had its Access flag clear and HTTU did not set it.
///
/// `F_ACCESS`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x12 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.15.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_ACCESS(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_ACCESS {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
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
    pub(crate) const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub(crate) const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub(crate) const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub(crate) const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_ACCESS {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_ACCESS {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_ACCESS {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_ACCESS", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The access is not permitted by the final descriptor's permissions.
///
/// `F_PERMISSION`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x13 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.16.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_PERMISSION(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_PERMISSION {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
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
    pub(crate) const fn SSV(&self) -> bool {
        support::get(self.0[0], 11, 0x1) != 0
    }
    /// `SubstreamID`, bits \[31:12\]
    #[inline]
    pub(crate) const fn SubstreamID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// `RnW`, bit \[99\]
    ///
    /// Read (1) or write (0).
    #[inline]
    pub(crate) const fn RnW(&self) -> bool {
        support::get(self.0[1], 35, 0x1) != 0
    }
    /// `InputAddr`, bits \[191:128\]
    #[inline]
    pub(crate) const fn InputAddr(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        let raw = support::get(self.0[1], 40, 0x3);
        if super::enums::FaultClass::from_bits(raw).is_none() {
            return ::core::result::Result::Err(FieldError::Reserved {
                field: "CLASS",
                value: raw,
            });
        }
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_PERMISSION {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_PERMISSION {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_PERMISSION {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_PERMISSION", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The transaction hit conflicting TLB entries.
///
/// `F_TLB_CONFLICT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x20 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.17.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_TLB_CONFLICT(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_TLB_CONFLICT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x20);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_TLB_CONFLICT {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_TLB_CONFLICT {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_TLB_CONFLICT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_TLB_CONFLICT", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// The transaction hit conflicting configuration cache entries (STE.CONT overlap).
///
/// `F_CFG_CONFLICT`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x21 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.18.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_CFG_CONFLICT(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_CFG_CONFLICT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x21);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_CFG_CONFLICT {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_CFG_CONFLICT {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_CFG_CONFLICT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_CFG_CONFLICT", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// A device hints that it will soon access a span of pages; no response is required.
///
/// `E_PAGE_REQUEST`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x24 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.19.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct E_PAGE_REQUEST(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl E_PAGE_REQUEST {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x24);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for E_PAGE_REQUEST {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for E_PAGE_REQUEST {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for E_PAGE_REQUEST {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "E_PAGE_REQUEST", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Fetching the VMS aborted.
///
/// `F_VMS_FETCH`: 32 bytes, 4 little-endian 64-bit words.
/// Opcode 0x25 in bits \[7:0\] of queue `EVTQ`.
///
/// Architecture reference: section 7.3.20.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct F_VMS_FETCH(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl F_VMS_FETCH {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        {
            let mut words = [0u64; 4];
            words[0] = support::put(0, 0, 0xff, 0x25);
            Self(words)
        }
    }
    /// Checks that every enumerated field holds a defined encoding.
    pub(crate) const fn validate(&self) -> Result<(), FieldError> {
        ::core::result::Result::Ok(())
    }
}
#[cfg(not(iommugen_test))]
impl Default for F_VMS_FETCH {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for F_VMS_FETCH {
    const WORDS: usize = 4;
    #[inline]
    fn words(&self) -> &[u64] {
        &self.0
    }
    #[inline]
    fn words_mut(&mut self) -> &mut [u64] {
        &mut self.0
    }
}
#[cfg(not(iommugen_test))]
impl ::core::fmt::Debug for F_VMS_FETCH {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "F_VMS_FETCH", Self::FIELDS, &self.0)
    }
}
#[cfg(not(iommugen_test))]
/// Every record of queue `EVTQ`.
///
/// Records are 32 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types)]
pub(crate) enum EVTQ_Event {
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
#[cfg(not(iommugen_test))]
impl EVTQ_Event {
    /// Decodes a record; unknown opcodes and reserved encodings are errors.
    pub(crate) const fn decode(raw: &[u64; 4]) -> Result<Self, DecodeError> {
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
}
