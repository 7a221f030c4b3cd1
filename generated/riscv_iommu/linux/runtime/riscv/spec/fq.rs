// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `FQ` queue: its 32-byte records and their encoding.
#[cfg(not(iommugen_test))]
use super::support::{self, FieldError, FieldInfo, Layout};
#[cfg(not(iommugen_test))]
/// A fault or event record.
///
/// `FAULT`: 32 bytes, 4 little-endian 64-bit words.
///
/// Architecture reference: section 3.2.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(clippy::upper_case_acronyms)]
pub(crate) struct FAULT(pub(crate) [u64; 4]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl FAULT {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        Self([0; 4])
    }
    /// `CAUSE`, bits \[11:0\]
    #[inline]
    pub(crate) const fn CAUSE(&self) -> Result<super::enums::FaultCause, FieldError> {
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
    pub(crate) const fn CAUSE_bits(&self) -> u64 {
        support::get(self.0[0], 0, 0xfff)
    }
    /// `PID`, bits \[31:12\]
    ///
    /// The process_id of the transaction (when PV).
    #[inline]
    pub(crate) const fn PID(&self) -> u32 {
        support::get(self.0[0], 12, 0xfffff) as u32
    }
    /// `PV`, bit \[32\]
    ///
    /// PID is valid.
    #[inline]
    pub(crate) const fn PV(&self) -> bool {
        support::get(self.0[0], 32, 0x1) != 0
    }
    /// `DID`, bits \[63:40\]
    ///
    /// The device_id of the transaction.
    #[inline]
    pub(crate) const fn DID(&self) -> u32 {
        support::get(self.0[0], 40, 0xffffff) as u32
    }
    /// `iotval`, bits \[191:128\]
    ///
    /// Transaction-type and cause specific: the faulting IOVA for a page fault.
    #[inline]
    pub(crate) const fn iotval(&self) -> u64 {
        support::get(self.0[2], 0, 0xffffffffffffffff)
    }
}
#[cfg(not(iommugen_test))]
impl Default for FAULT {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for FAULT {
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
impl ::core::fmt::Debug for FAULT {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "FAULT", Self::FIELDS, &self.0)
    }
}
