// SPDX-License-Identifier: MIT OR Apache-2.0

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

#[cfg(not(iommugen_test))]
use super::super::arch::Driver;
#[cfg(not(iommugen_test))]
use super::super::attach::{self as core_attach, Devices, Kind};
#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{DmaBuf, Hal};
#[cfg(not(iommugen_test))]
use super::super::hitless::{write_entry, EntryStore};
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::cdtab::CdTable;
#[cfg(not(iommugen_test))]
use super::cmdq::CommandQueue;
#[cfg(not(iommugen_test))]
use super::domain::DomainId;
#[cfg(not(iommugen_test))]
use super::seam::Smmuv3;
#[cfg(not(iommugen_test))]
use super::smmu::Smmu;
#[cfg(not(iommugen_test))]
use super::spec::entries::{CD, STE};

#[cfg(not(iommugen_test))]
pub(crate) use super::super::attach::Target;

#[cfg(not(iommugen_test))]
/// An STE or CD in DMA memory, synced through the command queue.
struct DmaEntry<'a, H: Hal, Q: Guarded<H, CommandQueue>> {
    smmu: &'a mut Smmu<H, Q>,
    buf: DmaBuf,
    word: usize,
    sync: Sync,
}

#[cfg(not(iommugen_test))]
#[derive(Clone, Copy)]
enum Sync {
    Ste(u32),
    Cd(u32, u32),
}

#[cfg(not(iommugen_test))]
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

#[cfg(not(iommugen_test))]
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
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Smmu<H, Q> {
    /// Attaches `target` to DMA without a PASID from `sid`. PASIDs keep their domains.
    pub(crate) fn attach_dev(&mut self, sid: u32, target: Target) -> Result<()> {
        core_attach::attach_dev(self, sid, target)
    }

    /// Attaches `target` to PASID `pasid` of `sid` (the spec allows paging and SVA domains).
    pub(crate) fn set_dev_pasid(&mut self, sid: u32, pasid: u32, target: Target) -> Result<()> {
        core_attach::set_dev_pasid(self, sid, pasid, target)?;
        Ok(())
    }

    /// Removes the domain of PASID `pasid` of `sid`; DMA with it faults afterwards.
    pub(crate) fn remove_dev_pasid(&mut self, sid: u32, pasid: u32) -> Result<()> {
        core_attach::remove_dev_pasid(self, sid, pasid)
    }

    /// Writes any STE for `sid` through the hitless writer (for tests and tools: the driver's
    /// own updates go through the attach operations). Returns what the transition cost.
    pub(crate) fn write_ste(
        &mut self,
        sid: u32,
        ste: &STE,
    ) -> Result<super::super::hitless::Transition> {
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
}
