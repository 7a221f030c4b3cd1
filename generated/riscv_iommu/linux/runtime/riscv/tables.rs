// SPDX-License-Identifier: MIT OR Apache-2.0

//! A paging domain's translation tables ([`DomainTables`]: the tables of one RISC-V format on
//! the core's page-table engine, with the domain's PSCID or GSCID) and the IOTLB invalidations
//! of an unmap built from the core's plan ([`Tag`]). [`unmap`] serves the domains whose tables
//! the caller keeps behind a lock of its own: the tables locked to change them, the shared
//! command queue only to write commands and to look for their completion.

#[cfg(not(iommugen_test))]
use super::super::error::Result;
#[cfg(not(iommugen_test))]
use super::super::hal::{Clock, Hal};
#[cfg(not(iommugen_test))]
use super::super::invalidate::{self, Plan, Scope, UnmapTables, UnmapUnlocked, Unmapping};
#[cfg(not(iommugen_test))]
use super::super::pgtable::{Granule, PageTable, Prot, TableStats, Unmapped};
#[cfg(not(iommugen_test))]
use super::super::queue::command;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::cq::{Command, CommandQueue};
#[cfg(not(iommugen_test))]
use super::domain::{Stage, REACH};
#[cfg(not(iommugen_test))]
use super::format::{Sv39, Sv48, Sv57};
#[cfg(not(iommugen_test))]
use super::spec::cq::{IOTINVAL_GVMA, IOTINVAL_VMA};

#[cfg(not(iommugen_test))]
/// A domain's tables, one type per format. Each use matches every format in plain code, no
/// macro: the Linux module's copy of the runtime drops the arms of the formats its driver never
/// builds, with their variants.
#[derive(Debug)]
pub(super) enum Tables {
    Sv39(PageTable<Sv39>),
    Sv48(PageTable<Sv48>),
    Sv57(PageTable<Sv57>),
}

#[cfg(not(iommugen_test))]
/// A domain's format and identifier: what its IOTLB invalidations name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag {
    /// The format.
    pub(super) stage: Stage,
    /// The PSCID (first stage) or GSCID (G-stage).
    pub(super) id: u32,
}

#[cfg(not(iommugen_test))]
impl Tag {
    /// The invalidation of the whole identifier.
    pub(super) fn invalidate_all(self) -> Result<Command> {
        Ok(if self.stage.g_stage() {
            IOTINVAL_GVMA::new()
                .with_GV(true)
                .with_GSCID(self.id as u16)
                .0
        } else {
            IOTINVAL_VMA::new().with_PSCV(true).with_PSCID(self.id)?.0
        })
    }

    /// The invalidation of the leaves at `addr`.
    pub(super) fn invalidate_at(self, addr: u64) -> Result<Command> {
        Ok(if self.stage.g_stage() {
            IOTINVAL_GVMA::new()
                .with_GV(true)
                .with_GSCID(self.id as u16)
                .with_AV(true)
                .with_ADDR(addr)?
                .0
        } else {
            IOTINVAL_VMA::new()
                .with_PSCV(true)
                .with_PSCID(self.id)?
                .with_AV(true)
                .with_ADDR(addr)?
                .0
        })
    }

    /// Each step of the core's plan for an unmap: by address, or `None` for the whole
    /// identifier (the plan has no range steps: IOTINVAL has none).
    pub(super) fn steps(
        iova: u64,
        size: u64,
        gone: &Unmapped,
    ) -> impl Iterator<Item = Option<u64>> + Clone {
        Plan::new(iova, size, gone.tlb_sizes(), gone.tables_removed(), REACH).map(|s| match s {
            Scope::Address(a) => Some(a),
            Scope::Context | Scope::Range { .. } => None,
        })
    }

    /// The command of one step.
    pub(super) fn invalidate(self, step: Option<u64>) -> Result<Command> {
        match step {
            Some(a) => self.invalidate_at(a),
            None => self.invalidate_all(),
        }
    }
}

#[cfg(not(iommugen_test))]
/// A paging domain's translation tables, format and identifier: what map, unmap and their
/// IOTLB invalidation need, apart from the IOMMU's state. Its memory comes from, and goes back
/// through, one HAL: the one it was made with.
#[derive(Debug)]
pub(crate) struct DomainTables {
    pub(super) tables: Tables,
    tag: Tag,
}

#[cfg(not(iommugen_test))]
impl DomainTables {
    /// Empty tables of `stage` for a domain with identifier `tag`, allocated through `hal`.
    pub(crate) fn new<H: Hal>(hal: &H, stage: Stage, tag: u32) -> Result<Self> {
        let (g, bits) = (Granule::Size4K, stage.va_bits());
        let tables = match stage {
            Stage::Sv39 => PageTable::new(hal, g, bits).map(Tables::Sv39),
            Stage::Sv48 => PageTable::new(hal, g, bits).map(Tables::Sv48),
            Stage::Sv57 => PageTable::new(hal, g, bits).map(Tables::Sv57),
        }?;
        Ok(DomainTables {
            tables,
            tag: Tag { stage, id: tag },
        })
    }

    /// The format.
    pub(crate) fn stage(&self) -> Stage {
        self.tag.stage
    }

    /// The PSCID (first stage) or GSCID (G-stage).
    pub(crate) fn tag(&self) -> u32 {
        self.tag.id
    }

    /// The root table's address.
    pub(crate) fn root(&self) -> u64 {
        match &self.tables {
            Tables::Sv39(t) => t.root(),
            Tables::Sv48(t) => t.root(),
            Tables::Sv57(t) => t.root(),
        }
    }

    /// Maps `[iova, iova + size)` to `pa` (new mappings need no invalidation: the IOMMU
    /// caches no invalid entries, 3.1.1).
    pub(crate) fn map<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Result<()> {
        match &mut self.tables {
            Tables::Sv39(t) => t.map(hal, iova, pa, size, prot),
            Tables::Sv48(t) => t.map(hal, iova, pa, size, prot),
            Tables::Sv57(t) => t.map(hal, iova, pa, size, prot),
        }
    }

    /// The physical address `iova` translates to.
    pub(crate) fn iova_to_phys<H: Hal>(&self, hal: &H, iova: u64) -> Option<u64> {
        match &self.tables {
            Tables::Sv39(t) => t.iova_to_phys(hal, iova),
            Tables::Sv48(t) => t.iova_to_phys(hal, iova),
            Tables::Sv57(t) => t.iova_to_phys(hal, iova),
        }
    }

    /// The map and unmap calls so far, and their bytes.
    pub(crate) fn stats(&self) -> TableStats {
        match &self.tables {
            Tables::Sv39(t) => t.stats(),
            Tables::Sv48(t) => t.stats(),
            Tables::Sv57(t) => t.stats(),
        }
    }

    /// Frees every table. Only once no context points at the root and the identifier was
    /// invalidated ([`Iommu::free_domain`](super::iommu::Iommu::free_domain)).
    pub(crate) fn destroy<H: Hal>(self, hal: &H) {
        match self.tables {
            Tables::Sv39(t) => t.destroy(hal),
            Tables::Sv48(t) => t.destroy(hal),
            Tables::Sv57(t) => t.destroy(hal),
        }
    }
}

#[cfg(not(iommugen_test))]
/// Unmaps `[iova, iova + size)` from the tables `tables` guards, invalidates the IOTLB for it
/// through `queue` as the core's plan says (by address, or the whole PSCID or GSCID), and frees
/// the tables the unmap detached once the invalidation completed. The tables are locked to
/// unmap and again to free, the queue only to write the commands and for each look at `cqh`;
/// the IOFENCE.C is waited for with no lock held. For the domains whose tables the caller
/// keeps ([`Iommu::alloc_detached_domain`](super::iommu::Iommu::alloc_detached_domain)), which are never nested.
pub(crate) fn unmap<C, D, Q>(
    clock: &C,
    tables: &mut D,
    queue: &mut Q,
    iova: u64,
    size: u64,
) -> Result<Unmapping>
where
    C: Clock,
    D: Guarded<C, DomainTables> + UnmapUnlocked<DomainTables>,
    Q: Guarded<C, CommandQueue>,
{
    invalidate::unmap(clock, tables, iova, size, |tag: Tag, gone| {
        let steps = Tag::steps(iova, size, gone);
        let n = steps.clone().count() as u64;
        command::submit(clock, queue, steps.map(|s| tag.invalidate(s))).map(|()| n)
    })
}

#[cfg(not(iommugen_test))]
/// The core's [`unmap`](invalidate::unmap) reaches a domain's tables and its PSCID or GSCID.
impl UnmapTables for DomainTables {
    type Tag = Tag;

    #[inline(always)]
    fn unmap_into<H: Hal>(
        &mut self,
        hal: &H,
        iova: u64,
        size: u64,
        out: &mut Unmapped,
    ) -> Result<()> {
        match &mut self.tables {
            Tables::Sv39(t) => t.unmap_into(hal, iova, size, out),
            Tables::Sv48(t) => t.unmap_into(hal, iova, size, out),
            Tables::Sv57(t) => t.unmap_into(hal, iova, size, out),
        }
    }

    fn release<H: Hal>(&mut self, hal: &H, gone: Unmapped) {
        match &mut self.tables {
            Tables::Sv39(t) => t.release(hal, gone),
            Tables::Sv48(t) => t.release(hal, gone),
            Tables::Sv57(t) => t.release(hal, gone),
        }
    }

    #[inline]
    fn tag(&self) -> Tag {
        self.tag
    }
}
