//! Attaching domains to devices: the SMMUv3 on the core's attach state machine
//! (`attach`, over the seam of `arch`). The [`Smmu`] is the core's [`Driver`], with the
//! generated semantics of the STE and CD ([`Smmuv3`]): StreamIDs in the stream table's reach,
//! SubstreamIDs below 2^SSIDSIZE, a domain's CD as the base the CD rules start from, each
//! device's CD table (allocated on first use), and CDs and STEs written through the hitless
//! writer with CFGI_CD and CFGI_STE. Each operation checks the preconditions generated from the
//! spec, then the core rewrites the CDs and the STE as the `realise` rules say.
//!
//! Outside the API: stage-2 and nested attachments, and the mutants of the semantics (test
//! builds only), which act around the core's operations.

use super::super::arch::Driver;
use super::super::attach::{self as core_attach, Attachment, Devices, Kind};
use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::hitless::{write_entry, EntryStore};
use super::super::shared::Guarded;
use super::cdtab::CdTable;
use super::cmdq::CommandQueue;
use super::domain::DomainId;
use super::seam::{domain_kind, Smmuv3};
use super::smmu::Smmu;
use super::spec::entries::{CD, STE};
use super::spec::enums::{StreamConfig, STE_S1DSS};
use super::spec::semantics::DomainKind;

pub use super::super::attach::Target;

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

impl<H: Hal, Q: Guarded<H, CommandQueue>> Driver for Smmu<H, Q> {
    type Sem = Smmuv3;

    fn devices(&mut self) -> &mut Devices {
        &mut self.devices
    }

    fn devices_ref(&self) -> &Devices {
        &self.devices
    }

    fn device_in_range(&self, sid: u32) -> Result<()> {
        if self.config.sid_bits < 32 && sid >> self.config.sid_bits != 0 {
            return Err(Error::InvalidArgument {
                what: "StreamID beyond the stream table",
            });
        }
        Ok(())
    }

    fn pasid_in_range(&self, pasid: u32) -> Result<()> {
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
        Ok(())
    }

    fn domain_kind(&self, id: DomainId) -> Result<Kind> {
        Ok(if self.domain(id)?.sva {
            Kind::Sva
        } else {
            Kind::Paging
        })
    }

    fn use_domain(&mut self, new: Option<DomainId>, old: Option<DomainId>) {
        if let Some(d) = new.and_then(|n| self.domains.get_mut(&n.0)) {
            d.users += 1;
        }
        if let Some(d) = old.and_then(|o| self.domains.get_mut(&o.0)) {
            d.users = d.users.saturating_sub(1);
        }
    }

    fn pasid_base(&self, id: Option<DomainId>) -> Result<CD> {
        match id {
            Some(id) => Ok(self.domain(id)?.cd(self.features.oas_bits)?),
            None => Ok(CD::new()),
        }
    }

    fn device_base(&self) -> STE {
        STE::new().with_V(true)
    }

    fn ensure_pasid_table(&mut self, sid: u32) -> Result<()> {
        if self.cdtabs.contains_key(&sid) {
            return Ok(());
        }
        self.cdtabs.try_reserve(1)?;
        let t = CdTable::new(
            &self.hal,
            self.config.pasid_bits,
            self.features.two_level_cd,
        )?;
        self.cdtabs.try_insert(sid, t)?;
        Ok(())
    }

    fn write_pasid_entry(&mut self, sid: u32, ssid: u32, cd: &CD) -> Result<()> {
        let table = self.cdtabs.get_mut(&sid).ok_or(Error::Corrupt {
            what: "CD table missing",
        })?;
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
        write_entry(&mut entry, cd)?;
        Ok(())
    }

    /// Completes the realised STE ([`super::ste::complete`]: the CD table's pointer fields, a
    /// bypass stream's attributes) and writes it; a stage-2 attachment it replaces is forgotten.
    fn write_device_entry(&mut self, sid: u32, ste: STE) -> Result<()> {
        self.drop_s2(sid);
        let cd_ptr = self.cdtabs.get(&sid).map(|t| t.point(STE::new()));
        let ste = super::ste::complete(ste, cd_ptr)?;
        self.write_ste(sid, &ste)?;
        Ok(())
    }

    #[cfg(feature = "planted")]
    fn planted_released(
        &self,
        new: Option<DomainId>,
        old: Option<DomainId>,
        pasid: bool,
    ) -> Option<DomainId> {
        self.planted_user_released(new, old, pasid)
    }

    #[cfg(feature = "planted")]
    fn planted_keeps_stale_entries(&self, sid: u32) -> bool {
        self.planted_keeps_stale_cds(sid)
    }

    #[cfg(feature = "planted")]
    fn planted_skips_pasid_entry(&self, sid: u32, ssid: u32) -> bool {
        self.planted_skips_cd(sid, ssid)
    }
}

impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    /// The domain type attached to the RID of `sid`, and to each of its PASIDs.
    pub fn attachment(
        &self,
        sid: u32,
    ) -> (DomainKind, impl Iterator<Item = (u32, DomainKind)> + '_) {
        let d = self.devices.get(&sid);
        let pasids = d
            .into_iter()
            .flat_map(|d| d.pasids().map(|(p, _, k)| (p, domain_kind(k))));
        (
            d.map_or(DomainKind::Blocked, |d| domain_kind(d.rid())),
            pasids,
        )
    }

    /// Whether `sid` has an API attachment (a RID domain other than blocked, or a PASID).
    pub(super) fn has_api_attachment(&self, sid: u32) -> bool {
        self.devices.get(&sid).is_some_and(Attachment::attached)
    }

    /// Attaches `target` to DMA without a PASID from `sid`. PASIDs keep their domains.
    pub fn attach_dev(&mut self, sid: u32, target: Target) -> Result<()> {
        core_attach::attach_dev(self, sid, target)
    }

    /// Detaches the RID's domain: DMA without a PASID is blocked; PASIDs keep translating.
    pub fn detach_dev(&mut self, sid: u32) -> Result<()> {
        #[cfg(feature = "planted")]
        if let Some(r) = self.mutant_detach(sid) {
            return r;
        }
        core_attach::detach_dev(self, sid)
    }

    /// Attaches `target` to PASID `pasid` of `sid` (the spec allows paging and SVA domains).
    pub fn set_dev_pasid(&mut self, sid: u32, pasid: u32, target: Target) -> Result<()> {
        core_attach::set_dev_pasid(self, sid, pasid, target)?;
        #[cfg(feature = "planted")]
        self.mutant_share_pasid(sid, pasid, target)?;
        Ok(())
    }

    /// Removes the domain of PASID `pasid` of `sid`; DMA with it faults afterwards.
    pub fn remove_dev_pasid(&mut self, sid: u32, pasid: u32) -> Result<()> {
        core_attach::remove_dev_pasid(self, sid, pasid)
    }

    /// Releases DMA ownership of `sid`: refused while PASIDs are attached.
    pub fn release_owner(&mut self, sid: u32) -> Result<()> {
        #[cfg(feature = "planted")]
        if self.config.mutation == super::planted::Mutation::ReleaseIgnoresPasids {
            return core_attach::set_rid(self, sid, Target::Blocked, Kind::Blocked);
        }
        core_attach::release_owner(self, sid)
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
        self.device_in_range(sid)?;
        self.devices.try_reserve(1)?;
        self.ensure_pasid_table(sid)?;
        let Some(table) = self.cdtabs.get_mut(&sid) else {
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
        self.devices
            .try_get_or_insert_with(sid, Attachment::default)?
            .mark_live(0)?;
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
        self.cdtabs.get(&sid)?.point(STE::new()).ok()
    }

    /// The device address of the STE of `sid`, if its table exists.
    pub fn ste_addr(&self, sid: u32) -> Option<u64> {
        self.strtab.find(sid).map(|s| s.buf.word_addr(s.word))
    }
}
