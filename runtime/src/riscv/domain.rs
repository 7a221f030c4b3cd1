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

use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::invalidate::{Reach, UnmapTables};
use super::super::pgtable::{Format, Prot};
use super::super::shared::Guarded;
use super::super::store::TryVec;
use super::attach::refused;
use super::cq::{Command, CommandQueue};
use super::format::{Sv39, Sv39x4, Sv48, Sv48x4, Sv57};
use super::iommu::Iommu;
use super::spec::entries::{DC, PC};
use super::spec::enums::{DcFscMode, IohgatpMode, IosatpMode};
use super::spec::semantics::{self as sem, DomainKind};
use super::spec::support::{GranuleInfo, LevelInfo};

/// Commands by address before a whole-identifier invalidation is cheaper.
pub const MAX_BY_ADDRESS: u64 = 64;

/// What IOTINVAL.VMA/GVMA reach: 4K granules, no range commands, and by address (AV = 1) the
/// leaf entries alone (as SFENCE.VMA), so an unmap that unhooked tables takes the whole PSCID or
/// GSCID.
pub(super) const REACH: Reach = Reach {
    granule_bits: 12,
    range: false,
    walks_by_address: false,
    max_by_address: MAX_BY_ADDRESS,
};

pub use super::super::attach::DomainId;
use super::tables::Tag;
pub use super::tables::{unmap, DomainTables};

/// A paging domain's format: which stage translates, with which tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
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
    pub const fn g_stage(self) -> bool {
        matches!(self, Stage::Sv39x4 | Stage::Sv48x4)
    }

    /// Its format: name, input address bits and geometry (the generated page-table formats').
    fn format(self) -> FormatInfo {
        match self {
            Stage::Sv39 => FormatInfo::of::<Sv39>(),
            Stage::Sv48 => FormatInfo::of::<Sv48>(),
            Stage::Sv57 => FormatInfo::of::<Sv57>(),
            Stage::Sv39x4 => FormatInfo::of::<Sv39x4>(),
            Stage::Sv48x4 => FormatInfo::of::<Sv48x4>(),
        }
    }

    /// The format's name, as the manuals spell it (`Sv57`).
    pub fn name(self) -> &'static str {
        self.format().name
    }

    /// Input address bits its tables translate: 39, 48 or 57 virtual (first stage), 41 or 50
    /// guest-physical (G-stage).
    pub fn va_bits(self) -> u32 {
        self.format().va_bits
    }

    /// IOVA bits of a domain's aperture, which starts at 0: the first stage's virtual addresses
    /// are sign-extended (bits above `va_bits - 1` equal bit `va_bits - 1`), so the lower half,
    /// `va_bits - 1`; the G-stage's guest-physical addresses are zero-extended, all `va_bits`.
    pub fn aperture_bits(self) -> u32 {
        if self.g_stage() {
            self.va_bits()
        } else {
            self.va_bits() - 1
        }
    }

    /// log2 of what each table below the root covers (4 KiB granule), root side first: for
    /// Sv39 1 GiB and 2 MiB (30, 21), one more level per format step.
    pub fn table_shifts(self) -> impl Iterator<Item = u32> + Clone {
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
    pub const fn tag_bits(self) -> u32 {
        if self.g_stage() {
            16
        } else {
            20
        }
    }
}

/// A format's name, input address bits and geometry.
#[derive(Debug, Clone, Copy)]
struct FormatInfo {
    name: &'static str,
    va_bits: u32,
    granules: &'static [GranuleInfo],
}

impl FormatInfo {
    fn of<F: Format>() -> Self {
        FormatInfo {
            name: F::NAME,
            va_bits: F::VA_BITS,
            granules: F::GRANULES,
        }
    }
}

/// A paging domain, as the IOMMU's state records it.
#[derive(Debug)]
pub struct Domain {
    /// Its format.
    pub stage: Stage,
    /// Its tables, unless the caller holds them ([`Iommu::alloc_detached_domain`]).
    tables: Option<DomainTables>,
    /// The root table's address, fixed for the domain's life.
    root: u64,
    /// Its PSCID (first stage) or GSCID (G-stage).
    pub tag: u32,
    /// A process address space (SVA): only a PASID may use it.
    pub sva: bool,
    /// Attachments (RIDs and PASIDs) using it.
    pub users: u32,
}

impl Domain {
    /// The root table's address.
    pub fn root(&self) -> u64 {
        self.root
    }

    fn tagged(&self) -> Tag {
        Tag {
            stage: self.stage,
            id: self.tag,
        }
    }

    /// Whether the caller holds its tables.
    pub fn detached(&self) -> bool {
        self.tables.is_none()
    }

    /// Fills a device context's translation fields for this domain: fsc (mode, root, PSCID)
    /// with iohgatp Bare, or iohgatp (mode, root, GSCID) with fsc Bare.
    pub fn dc(&self, dc: DC) -> Result<DC> {
        let other = if self.stage.g_stage() {
            dc.with_fsc_MODE(DcFscMode::Bare)
        } else {
            dc.with_iohgatp_MODE(IohgatpMode::Bare)
        };
        self.fill(other)
    }

    /// Sets this domain's stage in a device context (fsc or iohgatp), leaving the other.
    pub fn fill(&self, dc: DC) -> Result<DC> {
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
    pub fn pc(&self) -> Result<PC> {
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

    /// Frees its tables, if the IOMMU keeps them (once no context points at them and the
    /// IOTLB forgot them).
    pub fn destroy<H: Hal>(self, hal: &H) {
        if let Some(t) = self.tables {
            t.destroy(hal);
        }
    }
}

/// Identifiers (PSCIDs, GSCIDs): the lowest never used, or one freed; 0 is never given.
#[derive(Debug)]
pub struct Ids {
    next: u32,
    free: TryVec<u32>,
}

impl Default for Ids {
    /// No identifier taken yet.
    fn default() -> Self {
        Ids {
            next: 1,
            free: TryVec::new(),
        }
    }
}

impl Ids {
    /// An identifier of `bits` bits.
    fn take(&mut self, bits: u32) -> Result<u32> {
        if let Some(id) = self.free.pop() {
            return Ok(id);
        }
        if self.next >> bits != 0 {
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

/// The error for a domain handle the runtime does not know.
const NO_DOMAIN: Error = Error::InvalidArgument {
    what: "no such domain",
};

/// The error for a domain whose tables the caller holds, asked of the [`Iommu`].
const DETACHED: Error = Error::InvalidArgument {
    what: "the domain's tables are held by the caller",
};

impl<H: Hal, Q: Guarded<H, CommandQueue>> Iommu<H, Q> {
    /// A new paging domain of `stage`, if the IOMMU implements that format.
    pub fn alloc_domain(&mut self, stage: Stage) -> Result<DomainId> {
        self.alloc(stage, false)
    }

    /// A new SVA domain: a process address space, first stage (Sv48 where the IOMMU has it,
    /// else Sv39), which only PASIDs may use.
    pub fn alloc_sva_domain(&mut self) -> Result<DomainId> {
        let stage = if self.caps.sv48 {
            Stage::Sv48
        } else {
            Stage::Sv39
        };
        self.alloc(stage, true)
    }

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

    fn alloc(&mut self, stage: Stage, sva: bool) -> Result<DomainId> {
        self.check_stage(stage)?;
        self.domains.try_reserve(1)?;
        let ids = if stage.g_stage() {
            &mut self.gscids
        } else {
            &mut self.pscids
        };
        let tag = ids.take(stage.tag_bits())?;
        let tables = match DomainTables::new(&self.hal, stage, tag) {
            Ok(t) => t,
            Err(e) => {
                ids.put(tag);
                return Err(e);
            }
        };
        self.record(Domain {
            stage,
            root: tables.root(),
            tables: Some(tables),
            tag,
            sva,
            users: 0,
        })
    }

    /// A paging domain of `stage` whose tables the caller keeps (made through `hal`, the HAL
    /// the caller maps, unmaps and frees them with), with the identifier `tag` an ID allocator
    /// of the caller chose (the Linux module's `IdPool`): [`DomainTables::map`] and [`unmap`]
    /// serve it without the IOMMU's state; attaching and freeing it go through the IOMMU as for
    /// any domain, and once [`Iommu::free_domain`] succeeded the caller destroys the tables
    /// ([`DomainTables::destroy`]). Refused when `tag` is 0 or beyond the field (PSCID 20
    /// bits, GSCID 16: `InvalidArgument`), or when a domain of the same stage kind has it
    /// (`Busy`). Such a domain cannot be nested ([`Iommu::attach_nested`]).
    pub fn alloc_detached_domain<H2: Hal>(
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
    pub fn free_domain(&mut self, id: DomainId) -> Result<()> {
        let d = self.domain(id)?;
        let kind = if d.sva {
            DomainKind::Sva
        } else {
            DomainKind::Paging
        };
        sem::check_domain_free(kind, d.users != 0).map_err(refused)?;
        let cmd = d.tagged().invalidate_all()?;
        #[cfg(feature = "planted")]
        if self.planted_free_skips_iotinval() {
            self.forget_domain(id);
            return Ok(());
        }
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

    /// Maps `[iova, iova + size)` to `pa` in domain `id` (new mappings need no invalidation:
    /// the IOMMU caches no invalid entries, 3.1.1).
    pub fn map(&mut self, id: DomainId, iova: u64, pa: u64, size: u64, prot: Prot) -> Result<()> {
        let Iommu { hal, domains, .. } = self;
        let d = domains.get_mut(&id.0).ok_or(NO_DOMAIN)?;
        let t = d.tables.as_mut().ok_or(DETACHED)?;
        t.map(hal, iova, pa, size, prot)
    }

    /// Unmaps `[iova, iova + size)` from domain `id`, invalidates the IOTLB for it and frees
    /// the tables the unmap detached. Returns the bytes unmapped.
    pub fn unmap(&mut self, id: DomainId, iova: u64, size: u64) -> Result<u64> {
        let un = {
            let Iommu { hal, domains, .. } = &mut *self;
            let d = domains.get_mut(&id.0).ok_or(NO_DOMAIN)?;
            d.tables.as_mut().ok_or(DETACHED)?.unmap(hal, iova, size)?
        };
        let d = self.domain(id)?;
        let tag = d.tagged();
        let mut cmds: TryVec<Command> = TryVec::new();
        if !un.is_empty() {
            let steps = Tag::steps(iova, size, &un);
            cmds.try_reserve(steps.clone().count())?;
            for s in steps.clone() {
                cmds.try_push(tag.invalidate(s)?)?;
            }
            // A first-stage domain nested in G-stage domains: its translations are tagged
            // with their GSCIDs too (GV = 1).
            if !d.stage.g_stage() {
                for g in self.nested_in(id) {
                    let gscid = self.domain(g).map_or(0, |g| g.tag as u16);
                    for s in steps.clone() {
                        cmds.try_push(tag.invalidate_nested(gscid, s)?)?;
                    }
                }
            }
        }
        #[cfg(feature = "planted")]
        if self.config.mutation == super::super::planted::Mutation::SkipUnmapInvalidation {
            cmds.clear();
        }
        let res = if cmds.is_empty() {
            Ok(())
        } else {
            self.stats.iotinval += cmds.len() as u64;
            self.submit(&cmds)
        };
        let bytes = un.bytes;
        // Detached tables are freed only once the invalidation completed: until then a walk
        // may still reach them (after a failure they are never reused).
        let Iommu { hal, domains, .. } = self;
        if let (Ok(()), Some(t)) = (&res, domains.get_mut(&id.0).and_then(|d| d.tables.as_mut())) {
            t.release(hal, un);
        }
        res.map(|()| bytes)
    }

    /// The physical address `iova` maps to in domain `id`.
    pub fn iova_to_phys(&self, id: DomainId, iova: u64) -> Option<u64> {
        let t = self.domains.get(&id.0)?.tables.as_ref()?;
        t.iova_to_phys(&self.hal, iova)
    }

    /// Tables of domain `id`, the root included (a domain the IOMMU keeps).
    pub fn table_count(&self, id: DomainId) -> Option<usize> {
        Some(self.domains.get(&id.0)?.tables.as_ref()?.table_count())
    }
}
