// SPDX-License-Identifier: MIT OR Apache-2.0

//! The `PQ` queue: its 16-byte records and their encoding.
#[cfg(not(iommugen_test))]
use super::support::{self, FieldInfo, Layout};
#[cfg(not(iommugen_test))]
/// A PCIe page request.
///
/// `PAGE_REQUEST`: 16 bytes, 2 little-endian 64-bit words.
///
/// Architecture reference: section 3.3.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
#[allow(non_camel_case_types)]
pub(crate) struct PAGE_REQUEST(pub(crate) [u64; 2]);
#[cfg(not(iommugen_test))]
#[allow(non_snake_case)]
impl PAGE_REQUEST {
    /// Fields, lowest first.
    pub(crate) const FIELDS: &'static [FieldInfo] = &[
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
    pub(crate) const fn new() -> Self {
        Self([0; 2])
    }
    /// `PID`, bits \[31:12\]
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
    /// The device_id of the requester.
    #[inline]
    pub(crate) const fn DID(&self) -> u32 {
        support::get(self.0[0], 40, 0xffffff) as u32
    }
    /// `L`, bit \[66\]
    ///
    /// Last request of the group.
    #[inline]
    pub(crate) const fn L(&self) -> bool {
        support::get(self.0[1], 2, 0x1) != 0
    }
    /// `PRGI`, bits \[75:67\]
    ///
    /// The page request group index.
    #[inline]
    pub(crate) const fn PRGI(&self) -> u16 {
        support::get(self.0[1], 3, 0x1ff) as u16
    }
}
#[cfg(not(iommugen_test))]
impl Default for PAGE_REQUEST {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(not(iommugen_test))]
impl Layout for PAGE_REQUEST {
    const WORDS: usize = 2;
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
impl ::core::fmt::Debug for PAGE_REQUEST {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        support::fmt_fields(f, "PAGE_REQUEST", Self::FIELDS, &self.0)
    }
}
