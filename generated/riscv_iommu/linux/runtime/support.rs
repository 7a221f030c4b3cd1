// SPDX-License-Identifier: MIT OR Apache-2.0

//! Support code shared by every generated module: field errors, field tables, the bit helpers
//! that every generated accessor compiles down to, and the traits the driver runtime uses to
//! handle registers and in-memory layouts generically. `no_std`, no dependencies.

use ::core::fmt;

/// Why a value was refused by a field setter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldError {
    /// The value does not fit in the field.
    OutOfRange {
        /// The field's architectural name.
        field: &'static str,
        /// The value given.
        value: u64,
        /// The largest value the field holds.
        max: u64,
    },
    /// An address is not aligned as the field requires.
    Misaligned {
        /// The field's architectural name.
        field: &'static str,
        /// The address given.
        value: u64,
        /// The required alignment in bytes.
        align: u64,
    },
    #[cfg(not(iommugen_test))]
    /// The field holds an encoding that its enumeration reserves.
    Reserved {
        /// The field's architectural name.
        field: &'static str,
        /// The raw value found.
        value: u64,
    },
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            FieldError::OutOfRange { field, value, max } => {
                write!(f, "{value:#x} does not fit field {field} (max {max:#x})")
            }
            FieldError::Misaligned {
                field,
                value,
                align,
            } => {
                write!(
                    f,
                    "address {value:#x} for field {field} is not {align:#x}-byte aligned"
                )
            }
            #[cfg(not(iommugen_test))]
            FieldError::Reserved { field, value } => {
                write!(f, "field {field} holds the reserved encoding {value:#x}")
            }
        }
    }
}

/// Where a field lies: absolute bit positions within its register or record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldInfo {
    /// The architectural name.
    pub(crate) name: &'static str,
    /// Lowest bit.
    pub(crate) lsb: u32,
    /// Highest bit.
    pub(crate) msb: u32,
}

impl FieldInfo {
    /// The 64-bit word holding the field.
    pub(crate) const fn word(&self) -> usize {
        (self.lsb / 64) as usize
    }

    /// The field's raw value in `words`.
    pub(crate) const fn get(&self, words: &[u64]) -> u64 {
        get(
            words[self.word()],
            self.lsb % 64,
            mask(self.msb - self.lsb + 1),
        )
    }
}

/// A mask of `width` low bits.
#[inline(always)]
pub(crate) const fn mask(width: u32) -> u64 {
    if width >= 64 {
        u64::MAX
    } else {
        (1u64 << width) - 1
    }
}

/// Reads the field at `shift` with `mask` (already shifted down) from `word`.
#[inline(always)]
pub(crate) const fn get(word: u64, shift: u32, mask: u64) -> u64 {
    (word >> shift) & mask
}

/// Replaces the field at `shift` with `mask` in `word` by `value` (which must fit).
#[inline(always)]
pub(crate) const fn put(word: u64, shift: u32, mask: u64, value: u64) -> u64 {
    (word & !(mask << shift)) | ((value & mask) << shift)
}

/// Checks that `value` fits in `mask`.
#[inline(always)]
pub(crate) const fn fit(field: &'static str, value: u64, mask: u64) -> Result<u64, FieldError> {
    if value & !mask == 0 {
        Ok(value)
    } else {
        Err(FieldError::OutOfRange {
            field,
            value,
            max: mask,
        })
    }
}

/// Checks an address for a field holding address bits `[shift + width - 1 : shift]` in place,
/// and returns the field value (the address shifted down).
#[inline(always)]
pub(crate) const fn fit_address(
    field: &'static str,
    addr: u64,
    shift: u32,
    mask: u64,
) -> Result<u64, FieldError> {
    let align = 1u64 << shift;
    if addr & (align - 1) != 0 {
        return Err(FieldError::Misaligned {
            field,
            value: addr,
            align,
        });
    }
    if (addr >> shift) & !mask != 0 {
        return Err(FieldError::OutOfRange {
            field,
            value: addr,
            max: (mask << shift) | (align - 1),
        });
    }
    Ok(addr >> shift)
}

/// Writes `NAME { FIELD: 0x.., ... }` for the non-zero fields of a layout.
pub(crate) fn fmt_fields(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    fields: &[FieldInfo],
    words: &[u64],
) -> fmt::Result {
    write!(f, "{name} {{")?;
    let mut first = true;
    for field in fields {
        let v = field.get(words);
        if v != 0 {
            write!(f, "{} {}: {v:#x}", if first { "" } else { "," }, field.name)?;
            first = false;
        }
    }
    write!(f, "{}}}", if first { "" } else { " " })
}

#[cfg(not(iommugen_test))]
/// A register of the programming interface, as a value.
pub(crate) trait Register: Copy {
    /// Byte offset from the start of the device's MMIO region.
    const OFFSET: usize;
    /// Width in bits: 32 or 64.
    const WIDTH: u32;
    /// The value from raw register bits (the upper half is ignored for 32-bit registers).
    fn from_raw(raw: u64) -> Self;
    /// The raw register bits.
    fn to_raw(self) -> u64;
}

#[cfg(not(iommugen_test))]
/// A register software may read.
pub(crate) trait Readable: Register {}

#[cfg(not(iommugen_test))]
/// A register software may write.
pub(crate) trait Writable: Register {}

/// An in-memory structure made of little-endian 64-bit words.
pub(crate) trait Layout: Copy + Default {
    /// Number of 64-bit words.
    const WORDS: usize;
    /// The words.
    fn words(&self) -> &[u64];
    /// The words, mutably.
    fn words_mut(&mut self) -> &mut [u64];
}

/// A layout whose hardware-read bits depend on its own value (the spec's `used` rules).
pub(crate) trait UsedBits: Layout {
    /// A value of the same shape with every bit set that the hardware reads in `self`.
    fn used_bits(&self) -> Self;
    /// A value of the same shape with every bit set that may change in any order in an update
    /// from `self` to `target` (the spec's `update_safe` rules).
    fn update_safe(&self, target: &Self) -> Self;
}

/// One lookup level of a translation granule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LevelInfo {
    /// The level number.
    pub(crate) level: u32,
    /// Lowest input-address bit indexed at this level.
    pub(crate) index_lsb: u32,
    /// Highest input-address bit indexed at this level.
    pub(crate) index_msb: u32,
    /// Bytes mapped by one descriptor at this level.
    pub(crate) entry_span: u64,
    /// Whether a block (or page) descriptor may appear here.
    pub(crate) leaf: bool,
    /// Whether this is the final level.
    pub(crate) last: bool,
}

/// A translation granule and its levels, start level first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GranuleInfo {
    /// Granule size in bytes.
    pub(crate) size: u64,
    /// log2 of the size.
    pub(crate) shift: u32,
    /// The lookup levels, start level first.
    pub(crate) levels: &'static [LevelInfo],
}
