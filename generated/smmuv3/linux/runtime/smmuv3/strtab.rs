// SPDX-License-Identifier: MIT OR Apache-2.0

//! The stream table: one STE per StreamID, linear or two-level. A two-level table has a level-1
//! array of descriptors (L1STD). At first every descriptor points at one shared, read-only
//! level-2 table of default (unattached) STEs, so a StreamID nobody configured gets the default
//! behaviour (abort or bypass) rather than C_BAD_STREAMID; the first time a StreamID in a range
//! is configured, the range gets a level-2 table of its own.

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{DmaBuf, Hal};
#[cfg(not(iommugen_test))]
use super::super::store::VecMap;
#[cfg(not(iommugen_test))]
use super::features::Features;
#[cfg(not(iommugen_test))]
use super::spec::entries::{L1STD, STE};
#[cfg(not(iommugen_test))]
use super::spec::enums::{StrtabFmt, StrtabSplit};
#[cfg(not(iommugen_test))]
use super::spec::regs::{STRTAB_BASE, STRTAB_BASE_CFG};

#[cfg(not(iommugen_test))]
/// StreamID bits resolved by a level-2 table (256 STEs, one PCI bus, 16 KiB).
pub(crate) const SPLIT: u32 = 8;
#[cfg(not(iommugen_test))]
/// Largest linear table the driver allocates (StreamID bits), 64 KiB of STEs.
pub(crate) const MAX_LINEAR_SID_BITS: u32 = 10;

#[cfg(not(iommugen_test))]
/// Where an STE lives: its table and the index of its first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SteSlot {
    /// The table holding the STE.
    pub(crate) buf: DmaBuf,
    /// Index of the STE's first 64-bit word in the table.
    pub(crate) word: usize,
}

#[cfg(not(iommugen_test))]
/// The stream table.
pub(crate) struct StreamTable {
    sid_bits: u32,
    two_level: bool,
    /// The linear table, or the level-1 descriptor array.
    l1: DmaBuf,
    /// Level-2 tables by level-1 index.
    l2: VecMap<u32, DmaBuf>,
    /// The shared table of default STEs every unconfigured range points at (two-level only).
    shared: Option<DmaBuf>,
    /// The STE every unattached StreamID holds.
    default: STE,
}

#[cfg(not(iommugen_test))]
impl StreamTable {
    /// Allocates a table for `sid_bits` StreamID bits (at most what the SMMU supports):
    /// linear when it is small or two-level tables are not supported, two-level otherwise.
    pub(crate) fn new<H: Hal>(
        hal: &H,
        features: &Features,
        sid_bits: u32,
        default: STE,
    ) -> Result<Self> {
        let sid_bits = sid_bits.min(features.sid_bits);
        let two_level = features.two_level_strtab && sid_bits > MAX_LINEAR_SID_BITS;
        if !two_level && sid_bits > MAX_LINEAR_SID_BITS {
            return Err(Error::Unsupported {
                what: "StreamIDs too wide for a linear stream table",
            });
        }
        let (entries, bytes) = if two_level {
            let n = 1usize << (sid_bits - SPLIT);
            (n, n * 8)
        } else {
            let n = 1usize << sid_bits;
            (n, n * 64)
        };
        let l1 = hal.dma_alloc(bytes, bytes.max(64))?;
        let mut t = StreamTable {
            sid_bits,
            two_level,
            l1,
            l2: VecMap::new(),
            shared: None,
            default,
        };
        if two_level {
            let shared = t.new_l2(hal)?;
            let desc = L1STD::new()
                .with_Span((SPLIT + 1) as u8)?
                .with_L2Ptr(shared.addr)?;
            for i in 0..entries {
                hal.dma_write(&l1, i, desc.0[0]);
            }
            t.shared = Some(shared);
        } else {
            for i in 0..entries {
                t.fill(hal, &l1, i * 8);
            }
        }
        hal.wmb();
        Ok(t)
    }

    /// A level-2 table filled with the default STE.
    fn new_l2<H: Hal>(&self, hal: &H) -> Result<DmaBuf> {
        let bytes = 64usize << SPLIT;
        let buf = hal.dma_alloc(bytes, bytes)?;
        for i in 0..1usize << SPLIT {
            self.fill(hal, &buf, i * 8);
        }
        Ok(buf)
    }

    fn fill<H: Hal>(&self, hal: &H, buf: &DmaBuf, word: usize) {
        for (j, w) in self.default.0.iter().enumerate() {
            hal.dma_write(buf, word + j, *w);
        }
    }

    /// The STRTAB_BASE and STRTAB_BASE_CFG values describing the table.
    pub(crate) fn registers(&self) -> Result<(STRTAB_BASE, STRTAB_BASE_CFG)> {
        let base = STRTAB_BASE::from_bits(0)
            .with_ADDR(self.l1.addr)?
            .with_RA(true);
        let cfg = STRTAB_BASE_CFG::from_bits(0).with_LOG2SIZE(self.sid_bits as u8)?;
        let cfg = if self.two_level {
            cfg.with_FMT(StrtabFmt::TwoLevel)
                .with_SPLIT(StrtabSplit::Split16K)
        } else {
            cfg.with_FMT(StrtabFmt::Linear)
        };
        Ok((base, cfg))
    }

    fn check_sid(&self, sid: u32) -> Result<()> {
        if self.sid_bits < 32 && sid >> self.sid_bits != 0 {
            return Err(Error::InvalidArgument {
                what: "StreamID beyond the stream table",
            });
        }
        Ok(())
    }

    /// Where the STE of `sid` is, allocating its level-2 table if needed. Returns the slot and
    /// whether a level-1 descriptor was written (the caller then invalidates the StreamID).
    pub(crate) fn slot<H: Hal>(&mut self, hal: &H, sid: u32) -> Result<(SteSlot, bool)> {
        self.check_sid(sid)?;
        if !self.two_level {
            return Ok((
                SteSlot {
                    buf: self.l1,
                    word: sid as usize * 8,
                },
                false,
            ));
        }
        let l1i = sid >> SPLIT;
        let low = (sid & ((1 << SPLIT) - 1)) as usize;
        if let Some(buf) = self.l2.get(&l1i) {
            return Ok((
                SteSlot {
                    buf: *buf,
                    word: low * 8,
                },
                false,
            ));
        }
        // Room in the map first: once the descriptor is written the table must be recorded.
        self.l2.try_reserve(1)?;
        let buf = self.new_l2(hal)?;
        // The level-2 table is complete before the descriptor that points at it.
        hal.wmb();
        let span = (SPLIT + 1) as u8;
        let desc = L1STD::new().with_Span(span)?.with_L2Ptr(buf.addr)?;
        hal.dma_write(&self.l1, l1i as usize, desc.0[0]);
        hal.wmb();
        self.l2.try_insert(l1i, buf)?;
        Ok((SteSlot { buf, word: low * 8 }, true))
    }
}
