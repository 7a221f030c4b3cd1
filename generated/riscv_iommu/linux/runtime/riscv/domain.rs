// SPDX-License-Identifier: MIT OR Apache-2.0

//! Paging domains: translation tables of one RISC-V format on the generic engine, tagged at
//! the first stage by a PSCID and at the G-stage by a GSCID (RISC-V IOMMU 2.3.1, 3.1.1), with
//! map, unmap and the IOTLB invalidation unmap needs: IOTINVAL.VMA (PSCV = 1) or
//! IOTINVAL.GVMA (GV = 1), as the core's invalidation plan ([`invalidate`]) decides over what
//! these commands reach (`REACH`): by address (AV = 1), one command per smallest leaf size
//! of the range, for up to [`MAX_BY_ADDRESS`] commands when leaves alone were removed, else of
//! the whole PSCID or GSCID (which also drops cached non-leaf entries: an address-ranged
//! invalidation need only drop leaves, as SFENCE.VMA). A freed domain's identifier is
//! invalidated whole before another domain may get it.
//!
//! A domain's translation tables ([`DomainTables`]) are either kept by the [`Iommu`] (one owner
//! of everything: [`Iommu::alloc_domain`], [`Iommu::map`], [`Iommu::unmap`]) or handed to the
//! caller with an identifier of the caller's ([`Iommu::alloc_detached_domain`]), which keeps
//! each domain's tables behind a lock of its own: [`unmap`] then invalidates through the shared
//! command queue, the tables locked only to change them and the queue only to write commands
//! and look for their completion. The IOMMU's state (identifiers, contexts, attachments)
//! records each domain's identifier and root either way.
//!
//! [`invalidate`]: super::super::invalidate

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::invalidate::Reach;
#[cfg(not(iommugen_test))]
use super::super::pgtable::Format;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::super::store::TryVec;
#[cfg(not(iommugen_test))]
use super::attach::refused;
#[cfg(not(iommugen_test))]
use super::cq::CommandQueue;
#[cfg(not(iommugen_test))]
use super::format::{Sv39, Sv48, Sv57};
#[cfg(not(iommugen_test))]
use super::iommu::Iommu;
#[cfg(not(iommugen_test))]
use super::spec::entries::{DC, PC};
#[cfg(not(iommugen_test))]
use super::spec::enums::{DcFscMode, IohgatpMode, IosatpMode};
#[cfg(not(iommugen_test))]
use super::spec::semantics::{self as sem, DomainKind};
#[cfg(not(iommugen_test))]
use super::spec::support::{GranuleInfo, LevelInfo};

#[cfg(not(iommugen_test))]
/// Commands by address before a whole-identifier invalidation is cheaper.
pub(crate) const MAX_BY_ADDRESS: u64 = 64;

#[cfg(not(iommugen_test))]
/// What IOTINVAL.VMA/GVMA reach: 4K granules, no range commands, and by address (AV = 1) the
/// leaf entries alone (as SFENCE.VMA), so an unmap that unhooked tables takes the whole PSCID or
/// GSCID.
pub(super) const REACH: Reach = Reach {
    granule_bits: 12,
    range: false,
    walks_by_address: false,
    max_by_address: MAX_BY_ADDRESS,
};

#[cfg(not(iommugen_test))]
pub(crate) use super::super::attach::DomainId;
#[cfg(not(iommugen_test))]
use super::tables::Tag;
#[cfg(not(iommugen_test))]
pub(crate) use super::tables::{unmap, DomainTables};

#[cfg(not(iommugen_test))]
/// A paging domain's format: which stage translates, with which tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// First stage, Sv39.
    Sv39,
    /// First stage, Sv48.
    Sv48,
    /// First stage, Sv57.
    Sv57,
}

#[cfg(not(iommugen_test))]
impl Stage {
    /// Whether it is a G-stage format.
    pub(crate) const fn g_stage(self) -> bool {
        false
    }

    /// Its format: name, input address bits and geometry (the generated page-table formats').
    fn format(self) -> FormatInfo {
        match self {
            Stage::Sv39 => FormatInfo::of::<Sv39>(),
            Stage::Sv48 => FormatInfo::of::<Sv48>(),
            Stage::Sv57 => FormatInfo::of::<Sv57>(),
        }
    }

    /// The format's name, as the manuals spell it (`Sv57`).
    pub(crate) fn name(self) -> &'static str {
        self.format().name
    }

    /// Input address bits its tables translate: 39, 48 or 57 virtual (first stage), 41 or 50
    /// guest-physical (G-stage).
    pub(crate) fn va_bits(self) -> u32 {
        self.format().va_bits
    }

    /// IOVA bits of a domain's aperture, which starts at 0: the first stage's virtual addresses
    /// are sign-extended (bits above `va_bits - 1` equal bit `va_bits - 1`), so the lower half,
    /// `va_bits - 1`; the G-stage's guest-physical addresses are zero-extended, all `va_bits`.
    pub(crate) fn aperture_bits(self) -> u32 {
        if self.g_stage() {
            self.va_bits()
        } else {
            self.va_bits() - 1
        }
    }

    /// log2 of what each table below the root covers (4 KiB granule), root side first: for
    /// Sv39 1 GiB and 2 MiB (30, 21), one more level per format step.
    pub(crate) fn table_shifts(self) -> impl Iterator<Item = u32> + Clone {
        let levels = self
            .format()
            .granules
            .iter()
            .find(|g: &&GranuleInfo| g.size == 4096)
            .map_or(&[][..], |g| g.levels);
        // A table at a level covers what one entry of the level above spans.
        let above = &levels[..levels.len().saturating_sub(1)];
        above.iter().map(|l: &LevelInfo| l.index_lsb)
    }

    /// Bits of its domains' identifier: a PSCID's 20 (`PSCID` of the device and process
    /// contexts) or a GSCID's 16 (`iohgatp.GSCID`).
    pub(crate) const fn tag_bits(self) -> u32 {
        if self.g_stage() {
            16
        } else {
            20
        }
    }
}

#[cfg(not(iommugen_test))]
/// A format's name, input address bits and geometry.
#[derive(Debug, Clone, Copy)]
struct FormatInfo {
    name: &'static str,
    va_bits: u32,
    granules: &'static [GranuleInfo],
}

#[cfg(not(iommugen_test))]
impl FormatInfo {
    fn of<F: Format>() -> Self {
        FormatInfo {
            name: F::NAME,
            va_bits: F::VA_BITS,
            granules: F::GRANULES,
        }
    }
}

#[cfg(not(iommugen_test))]
/// A paging domain, as the IOMMU's state records it.
#[derive(Debug)]
pub(crate) struct Domain {
    /// Its format.
    pub(crate) stage: Stage,
    /// Its tables, unless the caller holds them ([`Iommu::alloc_detached_domain`]).
    tables: Option<DomainTables>,
    /// The root table's address, fixed for the domain's life.
    root: u64,
    /// Its PSCID (first stage) or GSCID (G-stage).
    pub(crate) tag: u32,
    /// A process address space (SVA): only a PASID may use it.
    pub(crate) sva: bool,
    /// Attachments (RIDs and PASIDs) using it.
    pub(crate) users: u32,
}

#[cfg(not(iommugen_test))]
impl Domain {
    /// The root table's address.
    pub(crate) fn root(&self) -> u64 {
        self.root
    }

    fn tagged(&self) -> Tag {
        Tag {
            stage: self.stage,
            id: self.tag,
        }
    }

    /// Whether the caller holds its tables.
    pub(crate) fn detached(&self) -> bool {
        self.tables.is_none()
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
        })
    }

    /// A process context translating through this domain (first stage only).
    pub(crate) fn pc(&self) -> Result<PC> {
        let mode = match self.stage {
            Stage::Sv39 => IosatpMode::Sv39,
            Stage::Sv48 => IosatpMode::Sv48,
            Stage::Sv57 => IosatpMode::Sv57,
        };
        Ok(PC::new()
            .with_fsc_MODE(mode)
            .with_fsc_PPN(self.root())?
            .with_PSCID(self.tag)?)
    }

    /// Frees its tables, if the IOMMU keeps them (once no context points at them and the
    /// IOTLB forgot them).
    pub(crate) fn destroy<H: Hal>(self, hal: &H) {
        if let Some(t) = self.tables {
            t.destroy(hal);
        }
    }
}

#[cfg(not(iommugen_test))]
/// Identifiers (PSCIDs, GSCIDs): the lowest never used, or one freed; 0 is never given.
#[derive(Debug)]
pub(crate) struct Ids {
    free: TryVec<u32>,
}

#[cfg(not(iommugen_test))]
impl Default for Ids {
    /// No identifier taken yet.
    fn default() -> Self {
        Ids {
            free: TryVec::new(),
        }
    }
}

#[cfg(not(iommugen_test))]
impl Ids {
    fn put(&mut self, id: u32) {
        // Room was reserved when it was taken.
        let _ = self.free.try_push(id);
    }
}

#[cfg(not(iommugen_test))]
/// The error for a domain handle the runtime does not know.
const NO_DOMAIN: Error = Error::InvalidArgument {
    what: "no such domain",
};

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Iommu<H, Q> {
    /// Whether the IOMMU implements `stage`.
    fn check_stage(&self, stage: Stage) -> Result<()> {
        if self.caps.offers(stage) {
            Ok(())
        } else {
            Err(Error::Unsupported {
                what: "page-table format not in capabilities",
            })
        }
    }

    /// Records a domain (room reserved), under the next domain id.
    fn record(&mut self, d: Domain) -> Result<DomainId> {
        let id = self.next_domain;
        self.domains.try_insert(id, d)?;
        self.next_domain = self.next_domain.wrapping_add(1).max(1);
        Ok(DomainId(id))
    }

    /// A paging domain of `stage` whose tables the caller keeps (made through `hal`, the HAL
    /// the caller maps, unmaps and frees them with), with the identifier `tag` an ID allocator
    /// of the caller chose (the Linux module's `IdPool`): [`DomainTables::map`] and [`unmap`]
    /// serve it without the IOMMU's state; attaching and freeing it go through the IOMMU as for
    /// any domain, and once [`Iommu::free_domain`] succeeded the caller destroys the tables
    /// ([`DomainTables::destroy`]). Refused when `tag` is 0 or beyond the field (PSCID 20
    /// bits, GSCID 16: `InvalidArgument`), or when a domain of the same stage kind has it
    /// (`Busy`). Such a domain cannot be nested ([`Iommu::attach_nested`]).
    pub(crate) fn alloc_detached_domain<H2: Hal>(
        &mut self,
        hal: &H2,
        stage: Stage,
        tag: u32,
    ) -> Result<(DomainId, DomainTables)> {
        self.check_stage(stage)?;
        if tag == 0 || tag >> stage.tag_bits() != 0 {
            return Err(Error::InvalidArgument {
                what: "PSCID or GSCID out of range",
            });
        }
        let taken = self
            .domains
            .values()
            .any(|d| d.tag == tag && d.stage.g_stage() == stage.g_stage());
        if taken {
            return Err(Error::Busy {
                what: "PSCID or GSCID",
            });
        }
        self.domains.try_reserve(1)?;
        let tables = DomainTables::new(hal, stage, tag)?;
        let d = Domain {
            stage,
            root: tables.root(),
            tables: None,
            tag,
            sva: false,
            users: 0,
        };
        match self.record(d) {
            Ok(id) => Ok((id, tables)),
            Err(e) => {
                tables.destroy(hal);
                Err(e)
            }
        }
    }

    pub(super) fn domain(&self, id: DomainId) -> Result<&Domain> {
        self.domains.get(&id.0).ok_or(NO_DOMAIN)
    }

    /// Frees a domain no device uses (the semantics refuse it with EBUSY otherwise): its
    /// identifier is invalidated whole first, so the next domain to get it finds nothing
    /// cached. The tables of a domain the caller keeps are the caller's to destroy then.
    pub(crate) fn free_domain(&mut self, id: DomainId) -> Result<()> {
        let d = self.domain(id)?;
        let kind = if d.sva {
            DomainKind::Sva
        } else {
            DomainKind::Paging
        };
        sem::check_domain_free(kind, d.users != 0).map_err(refused)?;
        let cmd = d.tagged().invalidate_all()?;
        self.stats.iotinval += 1;
        self.submit(&[cmd])?;
        self.forget_domain(id);
        Ok(())
    }

    /// Drops domain `id`: its identifier back to the pool and its tables freed, when the IOMMU
    /// keeps them (a detached domain's identifier and tables are the caller's).
    fn forget_domain(&mut self, id: DomainId) {
        let Some(d) = self.domains.remove(&id.0) else {
            return;
        };
        if d.detached() {
            return;
        }
        if d.stage.g_stage() {
            self.gscids.put(d.tag);
        } else {
            self.pscids.put(d.tag);
        }
        d.destroy(&self.hal);
    }
}
