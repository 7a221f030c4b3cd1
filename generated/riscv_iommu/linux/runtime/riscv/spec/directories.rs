// SPDX-License-Identifier: MIT OR Apache-2.0

//! Directory tables: per format and mode, the levels and index split of each directory.
#[cfg(not(iommugen_test))]
/// One level of a directory: the ID bits that index its tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DirLevel {
    /// Lowest ID bit indexing this level.
    pub(crate) index_lsb: u32,
    /// Highest ID bit indexing this level.
    pub(crate) index_msb: u32,
    /// Entries in one table of this level.
    pub(crate) entries: u64,
    /// Bytes per entry.
    pub(crate) entry_bytes: u32,
    /// Whether the entries are leaves.
    pub(crate) leaf: bool,
}
#[cfg(not(iommugen_test))]
impl DirLevel {
    /// The index into this level's table for `id`.
    #[inline]
    pub(crate) const fn index(&self, id: u64) -> u64 {
        (id >> self.index_lsb) & (self.entries - 1)
    }
    /// Byte offset of `id`'s entry in this level's table.
    #[inline]
    pub(crate) const fn offset(&self, id: u64) -> u64 {
        self.index(id) * self.entry_bytes as u64
    }
}
#[cfg(not(iommugen_test))]
/// The levels of a directory in one mode, root first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DirLayout {
    /// The mode field's value.
    pub(crate) mode_value: u64,
    /// Root level first.
    pub(crate) levels: &'static [DirLevel],
}
#[cfg(not(iommugen_test))]
impl DirLayout {
    /// Whether `id` fits the ID bits this layout indexes.
    #[inline]
    pub(crate) const fn covers(&self, id: u64) -> bool {
        match self.levels.first() {
            Some(root) => root.index_msb >= 63 || id >> (root.index_msb + 1) == 0,
            None => false,
        }
    }
}
#[cfg(not(iommugen_test))]
/// One format of a directory: its leaf size and the layout of each mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DirFormat {
    /// The format's name.
    pub(crate) name: &'static str,
    /// The layouts, one per mode.
    pub(crate) layouts: &'static [DirLayout],
}
#[cfg(not(iommugen_test))]
impl DirFormat {
    /// The layout for a mode field value, if the mode has a directory.
    pub(crate) const fn layout(&self, mode_value: u64) -> Option<&'static DirLayout> {
        let mut i = 0;
        while i < self.layouts.len() {
            if self.layouts[i].mode_value == mode_value {
                return Some(&self.layouts[i]);
            }
            i += 1;
        }
        None
    }
}
/// The device directory table: located by ddtp, one to three levels deep as ddtp.iommu_mode
/// says; device_id is split differently for the base and extended device-context formats.
/// Every table is one 4 KiB page.
///
/// Directory `DDT`, indexed by the 24-bit `device_id`.
/// Its depth is chosen by `ddtp.iommu_mode`.
/// `ddtp.PPN` points at the root table.
/// Upper levels hold `DDTE` entries.
///
/// Architecture reference: section 2.1.
pub(crate) mod ddt {
    #[cfg(not(iommugen_test))]
    use super::{DirFormat, DirLayout, DirLevel};
    #[cfg(not(iommugen_test))]
    /// Base format: 32-byte device contexts, when capabilities.MSI_FLAT is 0.
    ///
    /// Leaves are the first 32 bytes of `DC`.
    /// Used when `capabilities.MSI_FLAT` is 0.
    /// - `LVL1` (2): \[6:0\]
    /// - `LVL2` (3): \[15:7\] \[6:0\]
    /// - `LVL3` (4): \[23:16\] \[15:7\] \[6:0\]
    pub(crate) const BASE: DirFormat = DirFormat {
        name: "base",

        layouts: &[
            DirLayout {
                mode_value: 0x2,
                levels: &[DirLevel {
                    index_lsb: 0,
                    index_msb: 6,
                    entries: 0x80,
                    entry_bytes: 32,
                    leaf: true,
                }],
            },
            DirLayout {
                mode_value: 0x3,
                levels: &[
                    DirLevel {
                        index_lsb: 7,
                        index_msb: 15,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 0,
                        index_msb: 6,
                        entries: 0x80,
                        entry_bytes: 32,
                        leaf: true,
                    },
                ],
            },
            DirLayout {
                mode_value: 0x4,
                levels: &[
                    DirLevel {
                        index_lsb: 16,
                        index_msb: 23,
                        entries: 0x100,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 7,
                        index_msb: 15,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 0,
                        index_msb: 6,
                        entries: 0x80,
                        entry_bytes: 32,
                        leaf: true,
                    },
                ],
            },
        ],
    };
    #[cfg(not(iommugen_test))]
    /// Extended format: 64-byte device contexts, when capabilities.MSI_FLAT is 1.
    ///
    /// Leaves are the first 64 bytes of `DC`.
    /// Used when `capabilities.MSI_FLAT` is 1.
    /// - `LVL1` (2): \[5:0\]
    /// - `LVL2` (3): \[14:6\] \[5:0\]
    /// - `LVL3` (4): \[23:15\] \[14:6\] \[5:0\]
    pub(crate) const EXTENDED: DirFormat = DirFormat {
        name: "extended",

        layouts: &[
            DirLayout {
                mode_value: 0x2,
                levels: &[DirLevel {
                    index_lsb: 0,
                    index_msb: 5,
                    entries: 0x40,
                    entry_bytes: 64,
                    leaf: true,
                }],
            },
            DirLayout {
                mode_value: 0x3,
                levels: &[
                    DirLevel {
                        index_lsb: 6,
                        index_msb: 14,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 0,
                        index_msb: 5,
                        entries: 0x40,
                        entry_bytes: 64,
                        leaf: true,
                    },
                ],
            },
            DirLayout {
                mode_value: 0x4,
                levels: &[
                    DirLevel {
                        index_lsb: 15,
                        index_msb: 23,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 6,
                        index_msb: 14,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 0,
                        index_msb: 5,
                        entries: 0x40,
                        entry_bytes: 64,
                        leaf: true,
                    },
                ],
            },
        ],
    };
}
/// The process directory table of a device: located by DC.fsc when DC.tc.PDTV is 1, one to
/// three levels deep as DC.fsc.MODE says. Every table is at most one 4 KiB page (the root of
/// PD20 holds 8 entries).
///
/// Directory `PDT`, indexed by the 20-bit `process_id`.
/// Its depth is chosen by `DC.fsc_MODE`.
/// `DC.fsc_PPN` points at the root table.
/// Upper levels hold `PDTE` entries.
///
/// Architecture reference: section 2.2.
pub(crate) mod pdt {
    #[cfg(not(iommugen_test))]
    use super::{DirFormat, DirLayout, DirLevel};
    #[cfg(not(iommugen_test))]
    /// Format `pc`.
    ///
    /// Leaves are the first 16 bytes of `PC`.
    /// - `PD8` (1): \[7:0\]
    /// - `PD17` (2): \[16:8\] \[7:0\]
    /// - `PD20` (3): \[19:17\] \[16:8\] \[7:0\]
    pub(crate) const PC: DirFormat = DirFormat {
        name: "pc",

        layouts: &[
            DirLayout {
                mode_value: 0x1,
                levels: &[DirLevel {
                    index_lsb: 0,
                    index_msb: 7,
                    entries: 0x100,
                    entry_bytes: 16,
                    leaf: true,
                }],
            },
            DirLayout {
                mode_value: 0x2,
                levels: &[
                    DirLevel {
                        index_lsb: 8,
                        index_msb: 16,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 0,
                        index_msb: 7,
                        entries: 0x100,
                        entry_bytes: 16,
                        leaf: true,
                    },
                ],
            },
            DirLayout {
                mode_value: 0x3,
                levels: &[
                    DirLevel {
                        index_lsb: 17,
                        index_msb: 19,
                        entries: 0x8,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 8,
                        index_msb: 16,
                        entries: 0x200,
                        entry_bytes: 8,
                        leaf: false,
                    },
                    DirLevel {
                        index_lsb: 0,
                        index_msb: 7,
                        entries: 0x100,
                        entry_bytes: 16,
                        leaf: true,
                    },
                ],
            },
        ],
    };
}
