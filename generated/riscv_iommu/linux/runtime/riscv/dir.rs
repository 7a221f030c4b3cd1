// SPDX-License-Identifier: MIT OR Apache-2.0

//! The device and process directories in memory (RISC-V IOMMU 2.1-2.2): radix tables whose
//! geometry comes from the generated directory layouts (`directories::ddt`, `directories::pdt`).
//! Non-leaf entries (DDTE, PDTE) are a valid bit and the next table's page number, built by the
//! caller's generated setters; the leaf level holds device or process contexts. Lower tables
//! are allocated when an ID first needs them and live until [`Directory::destroy`].

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{DmaBuf, Hal};
#[cfg(not(iommugen_test))]
use super::super::store::VecMap;
#[cfg(not(iommugen_test))]
use super::spec::directories::{DirLayout, DirLevel};

#[cfg(not(iommugen_test))]
/// Where a leaf entry lives: its table and first word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot {
    /// The leaf table.
    pub(crate) buf: DmaBuf,
    /// The entry's first 64-bit word in it.
    pub(crate) word: usize,
}

#[cfg(not(iommugen_test))]
/// A directory of one layout.
#[derive(Debug)]
pub(crate) struct Directory {
    layout: &'static DirLayout,
    root: DmaBuf,
    /// Tables below the root, by depth and the ID bits above the level that indexes them.
    tables: VecMap<(usize, u64), DmaBuf>,
}

#[cfg(not(iommugen_test))]
fn table_bytes(l: &DirLevel) -> usize {
    let bytes = (l.entries as usize).saturating_mul(l.entry_bytes as usize);
    bytes.max(4096)
}

#[cfg(not(iommugen_test))]
impl Directory {
    /// An empty directory of `layout` (its root allocated and zeroed).
    pub(crate) fn new<H: Hal>(hal: &H, layout: &'static DirLayout) -> Result<Self> {
        let root = layout.levels.first().ok_or(Error::Unsupported {
            what: "directory layout without levels",
        })?;
        let bytes = table_bytes(root);
        let root = hal.dma_alloc(bytes, 4096)?;
        hal.wmb();
        Ok(Directory {
            layout,
            root,
            tables: VecMap::new(),
        })
    }

    /// The root table's address (for ddtp.PPN or DC.fsc.PPN).
    pub(crate) fn root(&self) -> u64 {
        self.root.addr
    }

    /// The layout.
    pub(crate) fn layout(&self) -> &'static DirLayout {
        self.layout
    }

    /// Whether the layout covers `id`.
    pub(crate) fn covers(&self, id: u64) -> bool {
        self.layout.covers(id)
    }

    /// The slot of `id`, allocating the tables on the way; `pointer(addr)` builds the
    /// non-leaf entry for a table at `addr`. The second value says whether a non-leaf entry
    /// was written (the IOMMU may have cached its invalid predecessor).
    pub(crate) fn slot<H: Hal>(
        &mut self,
        hal: &H,
        id: u64,
        pointer: impl Fn(u64) -> Result<u64>,
    ) -> Result<(Slot, bool)> {
        if !self.covers(id) {
            return Err(Error::InvalidArgument {
                what: "ID beyond the directory",
            });
        }
        let levels: &[DirLevel] = self.layout.levels;
        let mut table = self.root;
        let mut wrote = false;
        for (depth, level) in levels.iter().enumerate() {
            let l: &DirLevel = level;
            let word = (l.offset(id) / 8) as usize;
            if l.leaf {
                return Ok((Slot { buf: table, word }, wrote));
            }
            let key = (depth + 1, id >> l.index_lsb);
            table = match self.tables.get(&key) {
                Some(t) => *t,
                None => {
                    let next = levels.get(depth + 1).ok_or(Error::Corrupt {
                        what: "directory layout ends at a non-leaf level",
                    })?;
                    self.tables.try_reserve(1)?;
                    let t = hal.dma_alloc(table_bytes(next), 4096)?;
                    let entry = match pointer(t.addr) {
                        Ok(e) => e,
                        Err(e) => {
                            hal.dma_free(t);
                            return Err(e);
                        }
                    };
                    // The zeroed table before the entry that publishes it.
                    hal.wmb();
                    hal.dma_write(&table, word, entry);
                    self.tables.try_insert(key, t)?;
                    wrote = true;
                    t
                }
            };
        }
        Err(Error::Corrupt {
            what: "directory layout without a leaf level",
        })
    }

    /// Frees every table (once the IOMMU no longer walks the directory).
    pub(crate) fn destroy<H: Hal>(mut self, hal: &H) {
        for (_, t) in self.tables.take() {
            hal.dma_free(t);
        }
        hal.dma_free(self.root);
    }
}
