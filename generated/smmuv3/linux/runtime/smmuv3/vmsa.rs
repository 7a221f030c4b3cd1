// SPDX-License-Identifier: MIT OR Apache-2.0

//! The SMMUv3's translation-table formats, VMSAv8-64 stage 1 and stage 2, as
//! [`Format`]s of the core's page-table engine: how a [`Prot`] becomes a block or page
//! descriptor, and how a descriptor read back is recognised. Every bit is set and read through
//! the descriptor types generated from the spec (`spec::pagetables::vmsav8_64_stage1` and
//! `vmsav8_64_stage2`); the geometry comes from their `GRANULE_*` tables. Nothing here knows a
//! bit position.

use super::super::pgtable::{Format, MemType, Prot};
use super::super::support::{FieldError, GranuleInfo};
use super::spec::enums::{PtS1Ap, PtShareability};
use super::spec::pagetables::vmsav8_64_stage1 as s1;

/// Stage 1 `AttrIndx` of normal memory: MAIR attribute 0, write-back cacheable.
pub(crate) const S1_ATTR_NORMAL_WB: u8 = 0;
/// Stage 1 `AttrIndx` of device memory: MAIR attribute 1, Device-nGnRE.
pub(crate) const S1_ATTR_DEVICE_NGNRE: u8 = 1;
/// Stage 1 `AttrIndx` of non-cacheable normal memory: MAIR attribute 2.
pub(crate) const S1_ATTR_NORMAL_NC: u8 = 2;
#[cfg(not(iommugen_test))]
/// The MAIR value a stage 1 context descriptor needs for the three `AttrIndx` values
/// (Arm ARM D19.2, MAIR_EL1): attribute 0 = `0xff` (Normal, inner and outer write-back
/// non-transient read/write-allocate), attribute 1 = `0x04` (Device-nGnRE), attribute 2 =
/// `0x44` (Normal, inner and outer non-cacheable).
pub(crate) const S1_MAIR: u64 = 0xff | (0x04 << 8) | (0x44 << 16);

/// VMSAv8-64 stage 1 (VA to IPA or PA, selected by a context descriptor).
///
/// Leaves get `AttrIndx` [`S1_ATTR_NORMAL_WB`] (shareability inner) for [`Prot::CACHE`],
/// [`S1_ATTR_DEVICE_NGNRE`] (outer) for [`Prot::MMIO`] and [`S1_ATTR_NORMAL_NC`] (outer) for
/// neither, `AP` from [`Prot::WRITE`] and [`Prot::PRIV`],
/// `AF` = 1, `nG` = 1 (every SMMU stage 1 context is tagged with its ASID) and `UXN` = `PXN` =
/// not [`Prot::EXEC`]. Table descriptors set no hierarchical limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage1 {}

/// The shareability a leaf of this memory type gets.
const fn shareability(prot: Prot) -> PtShareability {
    match prot.mem_type() {
        MemType::WriteBack => PtShareability::InnerShareable,
        // Non-cacheable and device memory are outer shareable whatever SH says; say so.
        MemType::NonCacheable | MemType::Device => PtShareability::OuterShareable,
    }
}

const fn s1_ap(prot: Prot) -> PtS1Ap {
    match (prot.writable(), prot.privileged()) {
        (true, false) => PtS1Ap::ReadWrite,
        (true, true) => PtS1Ap::PrivReadWrite,
        (false, false) => PtS1Ap::ReadOnly,
        (false, true) => PtS1Ap::PrivReadOnly,
    }
}

const fn s1_attr(prot: Prot) -> u8 {
    match prot.mem_type() {
        MemType::WriteBack => S1_ATTR_NORMAL_WB,
        MemType::NonCacheable => S1_ATTR_NORMAL_NC,
        MemType::Device => S1_ATTR_DEVICE_NGNRE,
    }
}

/// The memory type of a stage 1 `AttrIndx` the runtime writes.
const fn s1_mem_type(attr: u8) -> Prot {
    match attr {
        S1_ATTR_NORMAL_WB => MemType::WriteBack.prot(),
        S1_ATTR_DEVICE_NGNRE => MemType::Device.prot(),
        _ => MemType::NonCacheable.prot(),
    }
}

/// Stage 1 leaf encoding, shared by `Block` and `Page` (same accessors, different OA field).
macro_rules! s1_leaf {
    ($ty:ty, $oa:expr, $prot:expr) => {{
        let prot: Prot = $prot;
        let d = <$ty>::new()
            .with_OA($oa)?
            .with_AttrIndx(s1_attr(prot))?
            .with_AP(s1_ap(prot))
            .with_SH(shareability(prot))
            .with_AF(true)
            .with_nG(true)
            .with_UXN(!prot.executable())
            .with_PXN(!prot.executable());
        Ok(d.bits())
    }};
}

/// Stage 1 leaf decoding.
macro_rules! s1_prot {
    ($d:expr) => {{
        let d = $d;
        let mut prot = match d.AP() {
            Ok(PtS1Ap::ReadWrite) => Prot::READ.union(Prot::WRITE),
            Ok(PtS1Ap::PrivReadWrite) => Prot::READ.union(Prot::WRITE).union(Prot::PRIV),
            Ok(PtS1Ap::ReadOnly) => Prot::READ,
            Ok(PtS1Ap::PrivReadOnly) => Prot::READ.union(Prot::PRIV),
            Err(_) => Prot::NONE,
        };
        prot = prot.union(s1_mem_type(d.AttrIndx()));
        if !d.UXN() {
            prot = prot.union(Prot::EXEC);
        }
        prot
    }};
}

impl Format for Stage1 {
    const VA_BITS: u32 = s1::VA_BITS;
    const OA_BITS: u32 = s1::OA_BITS;
    const GRANULES: &'static [GranuleInfo] = s1::GRANULES;

    #[inline]
    fn table(next: u64) -> Result<u64, FieldError> {
        Ok(s1::Table::new().with_NLTA(next)?.bits())
    }

    #[inline]
    fn table_addr(raw: u64) -> Option<u64> {
        s1::Table::matches(raw).then(|| s1::Table(raw).NLTA())
    }

    #[inline]
    fn block(oa: u64, prot: Prot) -> Result<u64, FieldError> {
        s1_leaf!(s1::Block, oa, prot)
    }

    #[inline]
    fn block_oa(raw: u64) -> Option<u64> {
        s1::Block::matches(raw).then(|| s1::Block(raw).OA())
    }

    #[inline]
    fn page(oa: u64, prot: Prot) -> Result<u64, FieldError> {
        s1_leaf!(s1::Page, oa, prot)
    }

    #[inline]
    fn page_oa(raw: u64) -> Option<u64> {
        s1::Page::matches(raw).then(|| s1::Page(raw).OA())
    }

    fn leaf_prot(raw: u64, page: bool) -> Prot {
        if page {
            s1_prot!(s1::Page(raw))
        } else {
            s1_prot!(s1::Block(raw))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
}
