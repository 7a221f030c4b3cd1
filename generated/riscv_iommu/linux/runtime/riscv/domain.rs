// SPDX-License-Identifier: MIT OR Apache-2.0

//! Paging domains: translation tables of one RISC-V format on the generic engine, tagged at
//! the first stage by a PSCID and at the G-stage by a GSCID (RISC-V IOMMU 2.3.1, 3.1.1), with
//! map, unmap and the IOTLB invalidation unmap needs: IOTINVAL.VMA (PSCV = 1) or
//! IOTINVAL.GVMA (GV = 1), as the core's invalidation plan ([`invalidate`]) decides over what
//! these commands reach ([`REACH`]): by address (AV = 1), one command per smallest leaf size
//! of the range, for up to [`MAX_BY_ADDRESS`] commands when leaves alone were removed, else of
//! the whole PSCID or GSCID (which also drops cached non-leaf entries: an address-ranged
//! invalidation need only drop leaves, as SFENCE.VMA). A freed domain's identifier is
//! invalidated whole before another domain may get it.
//!
//! [`invalidate`]: super::super::invalidate

use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::invalidate::{Plan, Reach, Scope};
use super::super::pgtable::{Granule, PageTable, Prot};
use super::super::store::TryVec;
use super::attach::refused;
use super::cq::Command;
use super::format::{Sv39, Sv39x4, Sv48, Sv48x4, Sv57};
use super::iommu::Iommu;
use super::spec::cq::{IOTINVAL_GVMA, IOTINVAL_VMA};
use super::spec::entries::{DC, PC};
use super::spec::enums::{DcFscMode, IohgatpMode, IosatpMode};
use super::spec::semantics::{self as sem, DomainKind};

/// Commands by address before a whole-identifier invalidation is cheaper.
pub(crate) const MAX_BY_ADDRESS: u64 = 64;

/// What IOTINVAL.VMA/GVMA reach: 4K granules, no range commands, and by address (AV = 1) the
/// leaf entries alone (as SFENCE.VMA), so an unmap that unhooked tables takes the whole PSCID or
/// GSCID.
const REACH: Reach = Reach {
    granule_bits: 12,
    range: false,
    walks_by_address: false,
    max_by_address: MAX_BY_ADDRESS,
};

pub(crate) use super::super::attach::DomainId;

/// A paging domain's format: which stage translates, with which tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// First stage, Sv39.
    Sv39,
    /// First stage, Sv48.
    Sv48,
    /// First stage, Sv57.
    Sv57,
    /// G-stage, Sv39x4.
    Sv39x4,
    /// G-stage, Sv48x4.
    Sv48x4,
}

impl Stage {
    /// Whether it is a G-stage format.
    pub(crate) const fn g_stage(self) -> bool {
        matches!(self, Stage::Sv39x4 | Stage::Sv48x4)
    }
}

/// A domain's tables, one type per format.
#[derive(Debug)]
enum Tables {
    Sv39(PageTable<Sv39>),
    Sv48(PageTable<Sv48>),
    Sv57(PageTable<Sv57>),
    Sv39x4(PageTable<Sv39x4>),
    Sv48x4(PageTable<Sv48x4>),
}

/// Runs `$e` with `$pt` bound to the tables, whatever their format.
macro_rules! with_tables {
    ($t:expr, $pt:ident => $e:expr) => {
        match $t {
            Tables::Sv39($pt) => $e,
            Tables::Sv48($pt) => $e,
            Tables::Sv57($pt) => $e,
            Tables::Sv39x4($pt) => $e,
            Tables::Sv48x4($pt) => $e,
        }
    };
}

/// A paging domain.
#[derive(Debug)]
pub(crate) struct Domain {
    /// Its format.
    pub(crate) stage: Stage,
    tables: Tables,
    /// Its PSCID (first stage) or GSCID (G-stage).
    pub(crate) tag: u32,
    /// A process address space (SVA): only a PASID may use it.
    pub(crate) sva: bool,
    /// Attachments (RIDs and PASIDs) using it.
    pub(crate) users: u32,
}

impl Domain {
    /// The root table's address.
    pub(crate) fn root(&self) -> u64 {
        with_tables!(&self.tables, t => t.root())
    }

    /// Fills a device context's translation fields for this domain: fsc (mode, root, PSCID)
    /// with iohgatp Bare, or iohgatp (mode, root, GSCID) with fsc Bare.
    pub(crate) fn dc(&self, dc: DC) -> Result<DC> {
        let other = if self.stage.g_stage() {
            dc.with_fsc_MODE(DcFscMode::Bare)
        } else {
            dc.with_iohgatp_MODE(IohgatpMode::Bare)
        };
        self.fill(other)
    }

    /// Sets this domain's stage in a device context (fsc or iohgatp), leaving the other.
    pub(crate) fn fill(&self, dc: DC) -> Result<DC> {
        let root = self.root();
        Ok(match self.stage {
            Stage::Sv39 | Stage::Sv48 | Stage::Sv57 => {
                let mode = match self.stage {
                    Stage::Sv39 => DcFscMode::Sv39,
                    Stage::Sv48 => DcFscMode::Sv48,
                    _ => DcFscMode::Sv57,
                };
                dc.with_fsc_MODE(mode)
                    .with_fsc_PPN(root)?
                    .with_PSCID(self.tag)?
            }
            Stage::Sv39x4 | Stage::Sv48x4 => {
                let mode = if self.stage == Stage::Sv39x4 {
                    IohgatpMode::Sv39x4
                } else {
                    IohgatpMode::Sv48x4
                };
                dc.with_iohgatp_MODE(mode)
                    .with_iohgatp_PPN(root)?
                    .with_iohgatp_GSCID(self.tag as u16)
            }
        })
    }

    /// A process context translating through this domain (first stage only).
    pub(crate) fn pc(&self) -> Result<PC> {
        let mode =
            match self.stage {
                Stage::Sv39 => IosatpMode::Sv39,
                Stage::Sv48 => IosatpMode::Sv48,
                Stage::Sv57 => IosatpMode::Sv57,
                Stage::Sv39x4 | Stage::Sv48x4 => return Err(Error::Unsupported {
                    what:
                        "a G-stage domain cannot serve a PASID (process contexts are first stage)",
                }),
            };
        Ok(PC::new()
            .with_fsc_MODE(mode)
            .with_fsc_PPN(self.root())?
            .with_PSCID(self.tag)?)
    }

    /// The invalidation of its whole identifier.
    fn invalidate_all(&self) -> Result<Command> {
        Ok(if self.stage.g_stage() {
            IOTINVAL_GVMA::new()
                .with_GV(true)
                .with_GSCID(self.tag as u16)
                .0
        } else {
            IOTINVAL_VMA::new().with_PSCV(true).with_PSCID(self.tag)?.0
        })
    }

    /// The invalidation of its whole identifier inside G-stage `gscid` (nested).
    fn invalidate_nested(&self, gscid: u16, addr: Option<u64>) -> Result<Command> {
        let c = IOTINVAL_VMA::new()
            .with_GV(true)
            .with_GSCID(gscid)
            .with_PSCV(true)
            .with_PSCID(self.tag)?;
        Ok(match addr {
            Some(a) => c.with_AV(true).with_ADDR(a)?.0,
            None => c.0,
        })
    }

    /// The invalidation of the leaves at `addr`.
    fn invalidate_at(&self, addr: u64) -> Result<Command> {
        Ok(if self.stage.g_stage() {
            IOTINVAL_GVMA::new()
                .with_GV(true)
                .with_GSCID(self.tag as u16)
                .with_AV(true)
                .with_ADDR(addr)?
                .0
        } else {
            IOTINVAL_VMA::new()
                .with_PSCV(true)
                .with_PSCID(self.tag)?
                .with_AV(true)
                .with_ADDR(addr)?
                .0
        })
    }

    /// Frees its tables (once no context points at them and the IOTLB forgot them).
    pub(crate) fn destroy<H: Hal>(self, hal: &H) {
        with_tables!(self.tables, t => t.destroy(hal));
    }
}

/// Identifiers (PSCIDs, GSCIDs): the lowest never used, or one freed.
#[derive(Debug)]
pub(crate) struct Ids {
    next: u32,
    limit: u32,
    free: TryVec<u32>,
}

impl Ids {
    /// Identifiers 1 to `limit - 1`.
    pub(crate) fn new(limit: u32) -> Self {
        Ids {
            next: 1,
            limit,
            free: TryVec::new(),
        }
    }

    fn take(&mut self) -> Result<u32> {
        if let Some(id) = self.free.pop() {
            return Ok(id);
        }
        if self.next >= self.limit {
            return Err(Error::Exhausted {
                what: "PSCIDs or GSCIDs",
            });
        }
        self.free.try_reserve(1)?;
        self.next += 1;
        Ok(self.next - 1)
    }

    fn put(&mut self, id: u32) {
        // Room was reserved when it was taken.
        let _ = self.free.try_push(id);
    }
}

impl<H: Hal> Iommu<H> {
    /// A new paging domain of `stage`, if the IOMMU implements that format.
    pub(crate) fn alloc_domain(&mut self, stage: Stage) -> Result<DomainId> {
        self.alloc(stage, false)
    }

    fn alloc(&mut self, stage: Stage, sva: bool) -> Result<DomainId> {
        let supported = match stage {
            Stage::Sv39 => self.caps.sv39,
            Stage::Sv48 => self.caps.sv48,
            Stage::Sv57 => self.caps.sv57,
            Stage::Sv39x4 => self.caps.sv39x4,
            Stage::Sv48x4 => self.caps.sv48x4,
        };
        if !supported {
            return Err(Error::Unsupported {
                what: "page-table format not in capabilities",
            });
        }
        self.domains.try_reserve(1)?;
        let ids = if stage.g_stage() {
            &mut self.gscids
        } else {
            &mut self.pscids
        };
        let tag = ids.take()?;
        let hal = &self.hal;
        let g = Granule::Size4K;
        let tables = match stage {
            Stage::Sv39 => PageTable::new(hal, g, 39).map(Tables::Sv39),
            Stage::Sv48 => PageTable::new(hal, g, 48).map(Tables::Sv48),
            Stage::Sv57 => PageTable::new(hal, g, 57).map(Tables::Sv57),
            Stage::Sv39x4 => PageTable::new(hal, g, 41).map(Tables::Sv39x4),
            Stage::Sv48x4 => PageTable::new(hal, g, 50).map(Tables::Sv48x4),
        };
        let tables = match tables {
            Ok(t) => t,
            Err(e) => {
                ids.put(tag);
                return Err(e);
            }
        };
        let id = self.next_domain;
        self.next_domain = self.next_domain.wrapping_add(1).max(1);
        self.domains.try_insert(
            id,
            Domain {
                stage,
                tables,
                tag,
                sva,
                users: 0,
            },
        )?;
        Ok(DomainId(id))
    }

    pub(super) fn domain(&self, id: DomainId) -> Result<&Domain> {
        self.domains.get(&id.0).ok_or(Error::InvalidArgument {
            what: "no such domain",
        })
    }

    /// Frees a domain no device uses (the semantics refuse it with EBUSY otherwise): its
    /// identifier is invalidated whole first, so the next domain to get it finds nothing
    /// cached.
    pub(crate) fn free_domain(&mut self, id: DomainId) -> Result<()> {
        let d = self.domain(id)?;
        let kind = if d.sva {
            DomainKind::Sva
        } else {
            DomainKind::Paging
        };
        sem::check_domain_free(kind, d.users != 0).map_err(refused)?;
        let cmd = d.invalidate_all()?;
        self.stats.iotinval += 1;
        self.submit(&[cmd])?;
        self.forget_domain(id);
        Ok(())
    }

    /// Drops domain `id`: its identifier back to the pool, its tables freed.
    fn forget_domain(&mut self, id: DomainId) {
        let Some(d) = self.domains.remove(&id.0) else {
            return;
        };
        if d.stage.g_stage() {
            self.gscids.put(d.tag);
        } else {
            self.pscids.put(d.tag);
        }
        d.destroy(&self.hal);
    }

    /// Maps `[iova, iova + size)` to `pa` in domain `id` (new mappings need no invalidation:
    /// the IOMMU caches no invalid entries, 3.1.1).
    pub(crate) fn map(
        &mut self,
        id: DomainId,
        iova: u64,
        pa: u64,
        size: u64,
        prot: Prot,
    ) -> Result<()> {
        let hal = &self.hal;
        let d = self.domains.get_mut(&id.0).ok_or(Error::InvalidArgument {
            what: "no such domain",
        })?;
        with_tables!(&mut d.tables, t => t.map(hal, iova, pa, size, prot))
    }

    /// Unmaps `[iova, iova + size)` from domain `id`, invalidates the IOTLB for it and frees
    /// the tables the unmap detached. Returns the bytes unmapped.
    pub(crate) fn unmap(&mut self, id: DomainId, iova: u64, size: u64) -> Result<u64> {
        let hal = &self.hal;
        let d = self.domains.get_mut(&id.0).ok_or(Error::InvalidArgument {
            what: "no such domain",
        })?;
        let un = with_tables!(&mut d.tables, t => t.unmap(hal, iova, size))?;
        let d = self.domain(id)?;
        let mut cmds: TryVec<Command> = TryVec::new();
        if !un.is_empty() {
            let plan = Plan::new(iova, size, un.tlb_sizes(), un.tables_removed(), REACH);
            // Each step by address, or `None` for the whole PSCID or GSCID (the plan has no
            // range steps: IOTINVAL has none).
            let steps = || {
                plan.clone().map(|s| match s {
                    Scope::Address(a) => Some(a),
                    Scope::Context | Scope::Range { .. } => None,
                })
            };
            cmds.try_reserve(plan.clone().count())?;
            for a in steps() {
                cmds.try_push(match a {
                    Some(a) => d.invalidate_at(a)?,
                    None => d.invalidate_all()?,
                })?;
            }
            // A first-stage domain nested in G-stage domains: its translations are tagged
            // with their GSCIDs too (GV = 1).
            if !d.stage.g_stage() {
                for g in self.nested_in(id) {
                    let gscid = self.domain(g).map_or(0, |g| g.tag as u16);
                    for a in steps() {
                        cmds.try_push(d.invalidate_nested(gscid, a)?)?;
                    }
                }
            }
        }
        let res = if cmds.is_empty() {
            Ok(())
        } else {
            self.stats.iotinval += cmds.len() as u64;
            self.submit(&cmds)
        };
        let bytes = un.bytes;
        if let Some(d) = self.domains.get_mut(&id.0) {
            let hal = &self.hal;
            with_tables!(&mut d.tables, t => t.release(hal, un));
        }
        res.map(|()| bytes)
    }

    /// The physical address `iova` maps to in domain `id`.
    pub(crate) fn iova_to_phys(&self, id: DomainId, iova: u64) -> Option<u64> {
        let d = self.domains.get(&id.0)?;
        with_tables!(&d.tables, t => t.iova_to_phys(&self.hal, iova))
    }
}
