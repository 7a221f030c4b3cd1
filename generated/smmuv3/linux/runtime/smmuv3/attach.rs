// SPDX-License-Identifier: MIT OR Apache-2.0

//! Attaching domains to devices, realising the spec's semantics: each operation checks the
//! preconditions generated from the spec (`check_<op>`), updates the device's API state (the
//! RID's domain and its own PASID table), then rewrites the hardware entries the generated
//! `realise_<entry>` rules prescribe for that state: CDs first, then the STE, each through the
//! hitless writer with the configuration invalidations it needs.

use super::super::error::{Error, Refusal, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::hitless::{write_entry, EntryStore};
use super::super::shared::Guarded;
use super::super::store::{VecMap, VecSet};
use super::cdtab::CdTable;
use super::cmdq::CommandQueue;
use super::domain::DomainId;
use super::smmu::Smmu;
use super::spec::entries::{CD, STE};
use super::spec::enums::{StreamConfig, STE_S1DSS};
use super::spec::semantics::{self as sem, DeviceState, DomainKind};

pub use super::super::attach::Target;

/// One device's API state and its CD table.
pub struct Device {
    /// The RID's domain.
    pub(super) rid: (Target, DomainKind),
    /// The domain of each PASID.
    pub(super) pasids: VecMap<u32, (DomainId, DomainKind)>,
    pub(super) cdtab: Option<CdTable>,
    /// SubstreamIDs whose CD in memory is valid.
    live_cds: VecSet<u32>,
}

impl Device {
    fn new() -> Self {
        Device {
            rid: (Target::Blocked, DomainKind::Blocked),
            pasids: VecMap::new(),
            cdtab: None,
            live_cds: VecSet::new(),
        }
    }
}

impl DeviceState for Device {
    fn rid(&self) -> DomainKind {
        self.rid.1
    }

    fn pasid(&self, i: u32) -> Option<DomainKind> {
        self.pasids.get(&i).map(|p| p.1)
    }

    fn pasid_empty(&self) -> bool {
        self.pasids.is_empty()
    }
}

/// An STE or CD in DMA memory, synced through the command queue.
struct DmaEntry<'a, H: Hal, Q: Guarded<H, CommandQueue>> {
    smmu: &'a mut Smmu<H, Q>,
    buf: DmaBuf,
    word: usize,
    sync: Sync,
}

#[derive(Clone, Copy)]
enum Sync {
    Ste(u32),
    Cd(u32, u32),
}

impl<H: Hal, Q: Guarded<H, CommandQueue>> EntryStore for DmaEntry<'_, H, Q> {
    fn read(&self, i: usize) -> u64 {
        self.smmu.hal.dma_read(&self.buf, self.word + i)
    }

    fn write(&mut self, i: usize, value: u64) {
        self.smmu.hal.dma_write(&self.buf, self.word + i, value);
    }

    fn sync(&mut self) -> Result<()> {
        self.smmu.hal.wmb();
        match self.sync {
            Sync::Ste(sid) => self.smmu.sync_ste(sid),
            Sync::Cd(sid, ssid) => self.smmu.sync_cd(sid, ssid, true),
        }
    }
}

impl From<sem::OpError> for Refusal {
    fn from(e: sem::OpError) -> Self {
        match e {
            sem::OpError::Einval => Refusal::Einval,
            sem::OpError::Ebusy => Refusal::Ebusy,
        }
    }
}

pub(super) fn refused(e: sem::OpError) -> Error {
    Error::Refused(e.into())
}

impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    fn kind_of(&self, t: Target) -> Result<DomainKind> {
        Ok(match t {
            Target::Identity => DomainKind::Identity,
            Target::Blocked => DomainKind::Blocked,
            Target::Domain(id) => {
                if self.domain(id)?.sva {
                    DomainKind::Sva
                } else {
                    DomainKind::Paging
                }
            }
        })
    }

    pub(super) fn device(&mut self, sid: u32) -> Result<&mut Device> {
        if self.config.sid_bits < 32 && sid >> self.config.sid_bits != 0 {
            return Err(Error::InvalidArgument {
                what: "StreamID beyond the stream table",
            });
        }
        Ok(self.devices.try_get_or_insert_with(sid, Device::new)?)
    }

    /// The domain type attached to the RID of `sid`, and to each of its PASIDs.
    pub fn attachment(
        &self,
        sid: u32,
    ) -> (DomainKind, impl Iterator<Item = (u32, DomainKind)> + '_) {
        let d = self.devices.get(&sid);
        let pasids = d
            .into_iter()
            .flat_map(|d| d.pasids.iter().map(|(p, (_, k))| (*p, *k)));
        (d.map_or(DomainKind::Blocked, |d| d.rid.1), pasids)
    }

    /// Whether `sid` has an API attachment (a RID domain other than blocked, or a PASID).
    pub(super) fn has_api_attachment(&self, sid: u32) -> bool {
        self.devices
            .get(&sid)
            .is_some_and(|d| d.rid.1 != DomainKind::Blocked || !d.pasids.is_empty())
    }

    /// Attaches `target` to DMA without a PASID from `sid`. PASIDs keep their domains.
    pub fn attach_dev(&mut self, sid: u32, target: Target) -> Result<()> {
        let kind = self.kind_of(target)?;
        sem::check_attach_dev(self.device(sid)?, kind).map_err(refused)?;
        self.set_rid(sid, target, kind)
    }

    /// Detaches the RID's domain: DMA without a PASID is blocked; PASIDs keep translating.
    pub fn detach_dev(&mut self, sid: u32) -> Result<()> {
        sem::check_detach_dev(self.device(sid)?).map_err(refused)?;
        self.set_rid(sid, Target::Blocked, DomainKind::Blocked)
    }

    /// Attaches `target` to PASID `pasid` of `sid` (the spec allows paging and SVA domains).
    pub fn set_dev_pasid(&mut self, sid: u32, pasid: u32, target: Target) -> Result<()> {
        let kind = self.kind_of(target)?;
        sem::check_set_dev_pasid(self.device(sid)?, pasid, kind).map_err(refused)?;
        let Target::Domain(domain) = target else {
            return Err(Error::Unsupported {
                what: "only paging and SVA domains can serve a PASID",
            });
        };
        if pasid == 0 || pasid >> self.config.pasid_bits != 0 {
            return Err(if self.config.pasid_bits == 0 {
                Error::Unsupported {
                    what: "PASIDs (the SMMU has no SubstreamIDs, IDR1.SSIDSIZE = 0)",
                }
            } else {
                Error::InvalidArgument {
                    what: "PASID outside the device's CD table",
                }
            });
        }
        let dev = self.device(sid)?;
        let old = dev.pasids.try_insert(pasid, (domain, kind))?;
        self.use_domain(Some(domain), old.map(|o| o.0));
        self.realise(sid)
    }

    /// Removes the domain of PASID `pasid` of `sid`; DMA with it faults afterwards.
    pub fn remove_dev_pasid(&mut self, sid: u32, pasid: u32) -> Result<()> {
        sem::check_remove_dev_pasid(self.device(sid)?, pasid).map_err(refused)?;
        let old = self.device(sid)?.pasids.remove(&pasid);
        let old = old.map(|o| o.0);
        self.use_domain(None, old);
        self.realise(sid)
    }

    /// Releases DMA ownership of `sid`: refused while PASIDs are attached.
    pub fn release_owner(&mut self, sid: u32) -> Result<()> {
        sem::check_release_owner(self.device(sid)?).map_err(refused)?;
        self.set_rid(sid, Target::Blocked, DomainKind::Blocked)
    }

    pub(super) fn set_rid(&mut self, sid: u32, target: Target, kind: DomainKind) -> Result<()> {
        let dev = self.device(sid)?;
        let old = core::mem::replace(&mut dev.rid, (target, kind));
        let (new_id, old_id) = (domain_of(target), domain_of(old.0));
        self.use_domain(new_id, old_id);
        self.realise(sid)
    }

    pub(super) fn use_domain(&mut self, new: Option<DomainId>, old: Option<DomainId>) {
        if let Some(d) = new.and_then(|n| self.domains.get_mut(&n.0)) {
            d.users += 1;
        }
        if let Some(d) = old.and_then(|o| self.domains.get_mut(&o.0)) {
            d.users = d.users.saturating_sub(1);
        }
    }

    /// Rewrites the CDs, then the STE, of `sid` as the spec's realise rules require.
    pub(super) fn realise(&mut self, sid: u32) -> Result<()> {
        self.drop_s2(sid);
        let dev = self.devices.get(&sid).ok_or(Error::InvalidArgument {
            what: "no such device",
        })?;
        let ste = sem::realise_STE(dev, STE::new().with_V(true)).ok_or(Error::Unsupported {
            what: "no realise rule for this STE state",
        })?;
        let needs_cds =
            ste.Config() == Ok(StreamConfig::S1Trans) || ste.Config() == Ok(StreamConfig::Nested);

        // The CDs, before an STE that points at them.
        if needs_cds {
            if self.devices.get(&sid).is_some_and(|d| d.cdtab.is_none()) {
                let t = CdTable::new(
                    &self.hal,
                    self.config.pasid_bits,
                    self.features.two_level_cd,
                )?;
                if let Some(d) = self.devices.get_mut(&sid) {
                    d.cdtab = Some(t);
                }
            }
            // PASIDs whose CD is valid in memory but no longer attached get cleared first (in
            // SubstreamID order; each step looks the next one up, as write_cd changes the set).
            let mut after = 0;
            while let Some(p) = self.devices.get(&sid).and_then(|d| {
                let mut p = d.live_cds.first_after(&after);
                while let Some(q) = p.filter(|q| d.pasids.contains_key(q)) {
                    p = d.live_cds.first_after(q);
                }
                p.copied()
            }) {
                self.write_cd(sid, p, None)?;
                after = p;
            }
            // Then SubstreamID 0 (the RID's domain) and every attached PASID.
            let rid_domain = self.devices.get(&sid).and_then(|d| domain_of(d.rid.0));
            self.write_cd(sid, 0, rid_domain)?;
            let mut after = 0;
            while let Some((p, id)) = self
                .devices
                .get(&sid)
                .and_then(|d| d.pasids.first_after(&after))
                .map(|(p, (id, _))| (*p, *id))
            {
                self.write_cd(sid, p, Some(id))?;
                after = p;
            }
        }
        let cd_ptr = self
            .devices
            .get(&sid)
            .and_then(|d| d.cdtab.as_ref())
            .map(|t| t.point(STE::new()));
        let ste = super::ste::complete(ste, cd_ptr)?;
        self.write_ste(sid, &ste)?;
        Ok(())
    }

    /// Writes any STE for `sid` through the hitless writer (for tests and tools: the driver's
    /// own updates go through the attach operations). Returns what the transition cost.
    pub fn write_ste(&mut self, sid: u32, ste: &STE) -> Result<super::super::hitless::Transition> {
        let (slot, l1_changed) = self.strtab.slot(&self.hal, sid)?;
        if l1_changed {
            self.sync_ste_range(sid)?;
        }
        self.stats.ste_writes += 1;
        let mut entry = DmaEntry {
            smmu: self,
            buf: slot.buf,
            word: slot.word,
            sync: Sync::Ste(sid),
        };
        write_entry(&mut entry, ste)
    }

    /// Nests stage-1 domain `s1` (for DMA without a PASID) inside stage-2 domain `s2` for
    /// StreamID `sid`: the SMMU walks the CD table and the stage-1 tables as IPAs through `s2`,
    /// so `s2` must map the memory they live in. Like [`Smmu::attach_s2`] this is outside the
    /// API state machine: the device must have no API attachment, and a later API operation
    /// replaces it.
    pub fn attach_nested(
        &mut self,
        sid: u32,
        s1: DomainId,
        s2: super::stage2::S2DomainId,
    ) -> Result<()> {
        if self.has_api_attachment(sid) {
            return Err(Error::Busy {
                what: "the device has API attachments",
            });
        }
        // Room for the bookkeeping first, so nothing fails once the hardware is changed.
        self.s2_attached.try_reserve(1)?;
        let s2_ste = self.s2(s2)?.ste(self.features.oas_bits)?;
        let cd = self.domain(s1)?.cd(self.features.oas_bits)?;
        if self.devices.get(&sid).is_none_or(|d| d.cdtab.is_none()) {
            let t = CdTable::new(
                &self.hal,
                self.config.pasid_bits,
                self.features.two_level_cd,
            )?;
            self.device(sid)?.cdtab = Some(t);
        }
        let Some(table) = self.devices.get_mut(&sid).and_then(|d| d.cdtab.as_mut()) else {
            return Err(Error::Corrupt {
                what: "CD table missing",
            });
        };
        let (slot, l1_changed) = table.slot(&self.hal, 0)?;
        let ptr = table.point(STE::new())?;
        if l1_changed {
            self.sync_cd(sid, 0, false)?;
        }
        let mut entry = DmaEntry {
            smmu: self,
            buf: slot.buf,
            word: slot.word,
            sync: Sync::Cd(sid, 0),
        };
        write_entry(&mut entry, &cd)?;
        if let Some(d) = self.devices.get_mut(&sid) {
            d.live_cds.try_insert(0)?;
        }
        let ste = super::ste::with_cd_table(
            s2_ste
                .with_Config(StreamConfig::Nested)
                .with_S1DSS(STE_S1DSS::Ssid0),
            &ptr,
        );
        self.write_ste(sid, &ste)?;
        self.note_s2(sid, s2, true)
    }

    /// The STE fields that point at the CD table `sid` holds (S1ContextPtr, S1Fmt, S1CDMax),
    /// if it has one, whether or not its STE points at it now: a CD table outlives the
    /// attachments that needed it, and checks of the driver's history read it.
    pub fn cd_table(&self, sid: u32) -> Option<STE> {
        let t = self.devices.get(&sid)?.cdtab.as_ref()?;
        t.point(STE::new()).ok()
    }

    /// The device address of the STE of `sid`, if its table exists.
    pub fn ste_addr(&self, sid: u32) -> Option<u64> {
        self.strtab.find(sid).map(|s| s.buf.word_addr(s.word))
    }

    /// Writes CD `ssid` of `sid`: valid for `domain` when the realise rules say so.
    fn write_cd(&mut self, sid: u32, ssid: u32, domain: Option<DomainId>) -> Result<()> {
        let dev = self.devices.get(&sid).ok_or(Error::InvalidArgument {
            what: "no such device",
        })?;
        let base = match domain {
            Some(id) => self.domain(id)?.cd(self.features.oas_bits)?,
            None => CD::new(),
        };
        let realised = if ssid == 0 {
            sem::realise_CD(dev, base)
        } else {
            sem::realise_CD_p(dev, ssid, base)
        };
        // A CD is valid when the rules say so and a domain fills it; otherwise all zero.
        let cd = match (realised, domain) {
            (Some(cd), Some(_)) if cd.V() => cd,
            _ => CD::new(),
        };
        let Some(dev) = self.devices.get_mut(&sid) else {
            return Err(Error::InvalidArgument {
                what: "no such device",
            });
        };
        if cd.V() {
            dev.live_cds.try_insert(ssid)?;
        } else {
            dev.live_cds.remove(&ssid);
        }
        let Some(table) = dev.cdtab.as_mut() else {
            return Err(Error::Corrupt {
                what: "CD table missing",
            });
        };
        let (slot, l1_changed) = table.slot(&self.hal, ssid)?;
        if l1_changed {
            self.sync_cd(sid, ssid, false)?;
        }
        self.stats.cd_writes += 1;
        let mut entry = DmaEntry {
            smmu: self,
            buf: slot.buf,
            word: slot.word,
            sync: Sync::Cd(sid, ssid),
        };
        write_entry(&mut entry, &cd)?;
        Ok(())
    }
}

pub(super) fn domain_of(t: Target) -> Option<DomainId> {
    t.domain()
}
