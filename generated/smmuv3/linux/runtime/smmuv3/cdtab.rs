// SPDX-License-Identifier: MIT OR Apache-2.0

//! Context descriptor tables: one per device, indexed by SubstreamID (PASID; 0 for DMA without
//! a PASID). Linear up to 1024 CDs (64 KiB); beyond that two-level, with a level-1 array of
//! L1CD descriptors each pointing at a 64 KiB leaf of 1024 CDs, allocated on first use.

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{DmaBuf, Hal};
#[cfg(not(iommugen_test))]
use super::super::store::VecMap;
#[cfg(not(iommugen_test))]
use super::spec::entries::{L1CD, STE};
#[cfg(not(iommugen_test))]
use super::spec::enums::STE_S1Fmt;

#[cfg(not(iommugen_test))]
/// SubstreamID bits of one leaf table (1024 CDs, 64 KiB).
pub(crate) const LEAF_BITS: u32 = 10;

#[cfg(not(iommugen_test))]
/// Where a CD lives: its table and the index of its first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CdSlot {
    /// The table holding the CD.
    pub(crate) buf: DmaBuf,
    /// Index of the CD's first 64-bit word.
    pub(crate) word: usize,
}

#[cfg(not(iommugen_test))]
/// A context descriptor table.
pub(crate) struct CdTable {
    ssid_bits: u32,
    two_level: bool,
    /// The linear table, or the level-1 descriptor array.
    l1: DmaBuf,
    leaves: VecMap<u32, DmaBuf>,
}

#[cfg(not(iommugen_test))]
impl CdTable {
    /// A table for `ssid_bits` SubstreamID bits (0: one CD, for DMA without a PASID).
    pub(crate) fn new<H: Hal>(hal: &H, ssid_bits: u32, two_level_supported: bool) -> Result<Self> {
        if ssid_bits > 20 {
            return Err(Error::InvalidArgument {
                what: "SubstreamIDs are at most 20 bits",
            });
        }
        let two_level = ssid_bits > LEAF_BITS;
        if two_level && !two_level_supported {
            return Err(Error::Unsupported {
                what: "more than 1024 PASIDs without two-level CD tables (IDR0.CD2L)",
            });
        }
        let bytes = if two_level {
            8usize << (ssid_bits - LEAF_BITS)
        } else {
            64usize << ssid_bits
        };
        let l1 = hal.dma_alloc(bytes, bytes.max(64))?;
        Ok(CdTable {
            ssid_bits,
            two_level,
            l1,
            leaves: VecMap::new(),
        })
    }

    /// Fills the STE fields that point at this table (S1Fmt, S1ContextPtr, S1CDMax).
    pub(crate) fn point(&self, ste: STE) -> Result<STE> {
        let fmt = if self.two_level {
            STE_S1Fmt::TwoLevel64K
        } else {
            STE_S1Fmt::Linear
        };
        Ok(ste
            .with_S1Fmt(fmt)
            .with_S1ContextPtr(self.l1.addr)?
            .with_S1CDMax(self.ssid_bits as u8)?)
    }

    /// Where the CD of `ssid` is, allocating its leaf if needed. Returns the slot and whether
    /// a level-1 descriptor was written (the caller then invalidates the CD).
    pub(crate) fn slot<H: Hal>(&mut self, hal: &H, ssid: u32) -> Result<(CdSlot, bool)> {
        if ssid >> self.ssid_bits != 0 {
            return Err(Error::InvalidArgument {
                what: "SubstreamID beyond the CD table",
            });
        }
        if !self.two_level {
            return Ok((
                CdSlot {
                    buf: self.l1,
                    word: ssid as usize * 8,
                },
                false,
            ));
        }
        let l1i = ssid >> LEAF_BITS;
        let low = (ssid & ((1 << LEAF_BITS) - 1)) as usize;
        if let Some(b) = self.leaves.get(&l1i) {
            return Ok((
                CdSlot {
                    buf: *b,
                    word: low * 8,
                },
                false,
            ));
        }
        // Room in the map first: once the descriptor is written the leaf must be recorded.
        self.leaves.try_reserve(1)?;
        let bytes = 64usize << LEAF_BITS;
        let buf = hal.dma_alloc(bytes, bytes)?;
        hal.wmb();
        let desc = L1CD::new().with_V(true).with_L2Ptr(buf.addr)?;
        hal.dma_write(&self.l1, l1i as usize, desc.0[0]);
        hal.wmb();
        self.leaves.try_insert(l1i, buf)?;
        Ok((CdSlot { buf, word: low * 8 }, true))
    }
}
