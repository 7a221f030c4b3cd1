// SPDX-License-Identifier: MIT OR Apache-2.0

//! The translation-table format [`PageTable`](super::PageTable) is parameterised by: how a
//! [`Prot`] becomes a block or page descriptor, and how a descriptor read back is recognised.
//! An architecture implements it over the descriptor types generated from its spec (the
//! SMMUv3's VMSAv8-64 stage 1 and stage 2 are in `smmuv3::vmsa`); the geometry comes from the
//! spec's `GRANULE_*` tables.

use super::super::support::{FieldError, GranuleInfo};
use super::Prot;

/// A translation-table format: descriptor encodings and the geometry of each granule.
///
/// `PageTable` decides where descriptors go (from the granule's [`GranuleInfo`]); a format only
/// builds and recognises single descriptors. Level matters only to tell a page (final level)
/// from a table descriptor, which share their identifying bits; `PageTable` asks for the right
/// kind.
pub(crate) trait Format {
    #[cfg(not(iommugen_test))]
    /// The format's name, for diagnostics.
    const NAME: &'static str;
    /// The widest input address, in bits.
    const VA_BITS: u32;
    /// The widest output address, in bits.
    const OA_BITS: u32;
    /// The granules the format supports, with their level geometry.
    const GRANULES: &'static [GranuleInfo];

    /// A table descriptor pointing at the next-level table at `next`.
    fn table(next: u64) -> Result<u64, FieldError>;
    /// The next-level table address if `raw` is a table descriptor (at a non-final level).
    fn table_addr(raw: u64) -> Option<u64>;
    /// A block descriptor mapping `oa` (aligned to the block size by the caller) with `prot`.
    fn block(oa: u64, prot: Prot) -> Result<u64, FieldError>;
    /// The output address if `raw` is a block descriptor (at a block level).
    fn block_oa(raw: u64) -> Option<u64>;
    /// A page descriptor mapping `oa` with `prot`.
    fn page(oa: u64, prot: Prot) -> Result<u64, FieldError>;
    /// The output address if `raw` is a page descriptor (at the final level).
    fn page_oa(raw: u64) -> Option<u64>;
    /// The permissions and memory type of a block (`page == false`) or page descriptor, as
    /// [`Format::block`] and [`Format::page`] encode them: encoding the result again gives the
    /// same descriptor. Bits a format cannot express come back normalised (stage 1 has no
    /// write-only mapping and reports it readable; stage 2 has no privilege).
    fn leaf_prot(raw: u64, page: bool) -> Prot;
}
