// SPDX-License-Identifier: MIT OR Apache-2.0

//! The RISC-V IOMMU on the core's attach state machine (`crate::attach`, over the seam of
//! `crate::arch`): [`RiscvSemantics`] forwards to the semantics generated from
//! `specs/riscv_iommu.iommu` (`check_<op>`, `realise_DC`, `realise_PC`), and the driver object
//! [`Iommu`] is the core's [`Driver`]: device_ids in the directory's reach, PASIDs in the process
//! directory's, the base entries, the process directory (PD20, PD17 or PD8, the widest the
//! capabilities offer: the rules name PD20, the driver sets the mode it built), and device and
//! process contexts written through the hitless writer with IODIR.INVAL_DDT / IODIR.INVAL_PDT
//! (RISC-V IOMMU 2.3-2.4, 3.1.3). The core realises answer (a): detaching the RID leaves PASIDs
//! translating (DC with PDTV = 1, DPE = 1, process 0 the RID's domain).
//!
//! Outside the API: a two-stage attachment (`attach_nested`), and the mutants of the semantics
//! (test builds only), which act around the core's operations.

#[cfg(not(iommugen_test))]
use super::super::arch::{Driver, Op, Semantics};
#[cfg(not(iommugen_test))]
use super::super::attach::{self as core_attach, Attachment, Devices, DomainId, Kind, Target};
#[cfg(not(iommugen_test))]
use super::super::error::{Error, Refusal, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::hitless::{write_entry, EntryStore, Transition};
#[cfg(not(iommugen_test))]
use super::super::queue::command;
#[cfg(not(iommugen_test))]
use super::super::shared::Guarded;
#[cfg(not(iommugen_test))]
use super::cq::{Command, CommandQueue};
#[cfg(not(iommugen_test))]
use super::dir::{Directory, Slot};
#[cfg(not(iommugen_test))]
use super::iommu::Iommu;
#[cfg(not(iommugen_test))]
use super::spec::cq::{IODIR_INVAL_DDT, IODIR_INVAL_PDT};
#[cfg(not(iommugen_test))]
use super::spec::directories::pdt;
#[cfg(not(iommugen_test))]
use super::spec::entries::{DC, DDTE, PC, PDTE};
#[cfg(not(iommugen_test))]
use super::spec::semantics::{self as sem, DeviceState, DomainKind, OpError};

#[cfg(not(iommugen_test))]
/// The RISC-V IOMMU's generated semantics, as the core calls them: DC and PC.
#[derive(Debug)]
pub(crate) enum RiscvSemantics {}

#[cfg(not(iommugen_test))]
fn kind(k: Kind) -> DomainKind {
    match k {
        Kind::Blocked => DomainKind::Blocked,
        Kind::Identity => DomainKind::Identity,
        Kind::Paging => DomainKind::Paging,
        Kind::Sva => DomainKind::Sva,
    }
}

#[cfg(not(iommugen_test))]
impl DeviceState for Attachment {
    fn rid(&self) -> DomainKind {
        kind(Attachment::rid(self))
    }

    fn pasid(&self, i: u32) -> Option<DomainKind> {
        Attachment::pasid(self, i).map(kind)
    }

    fn pasid_empty(&self) -> bool {
        Attachment::pasid_empty(self)
    }
}

#[cfg(not(iommugen_test))]
/// A refusal of the generated semantics as the core's.
fn refusal(e: OpError) -> Refusal {
    match e {
        OpError::Einval => Refusal::Einval,
        OpError::Ebusy => Refusal::Ebusy,
    }
}

#[cfg(not(iommugen_test))]
/// A refusal of the semantics as the runtime's error.
pub(super) fn refused(e: OpError) -> Error {
    Error::Refused(refusal(e))
}

#[cfg(not(iommugen_test))]
impl Semantics for RiscvSemantics {
    type DeviceEntry = DC;
    type PasidEntry = PC;

    fn check(op: Op, dev: &Attachment) -> core::result::Result<(), Refusal> {
        match op {
            Op::AttachDev(k) => sem::check_attach_dev(dev, kind(k)),
            Op::SetDevPasid(p, k) => sem::check_set_dev_pasid(dev, p, kind(k)),
            Op::RemoveDevPasid(p) => sem::check_remove_dev_pasid(dev, p),
        }
        .map_err(refusal)
    }

    fn realise_device(dev: &Attachment, base: DC) -> Option<DC> {
        sem::realise_DC(dev, base)
    }

    fn realise_pasid(dev: &Attachment, pasid: u32, base: PC) -> Option<PC> {
        if pasid == 0 {
            sem::realise_PC(dev, base)
        } else {
            sem::realise_PC_p(dev, pasid, base)
        }
    }

    fn pasid_entry_valid(e: &PC) -> bool {
        e.V()
    }

    fn uses_pasid_table(e: &DC) -> bool {
        e.PDTV()
    }
}

#[cfg(not(iommugen_test))]
/// A device or process context in memory: `words` 64-bit words at `slot` (a base device
/// context is the first 4 words of the layout, whose other words then read as zero), made
/// current by `inval` and an IOFENCE.C.
struct CtxStore<'a, H: Hal, Q: Guarded<H, CommandQueue>> {
    hal: &'a H,
    cq: &'a mut Q,
    slot: Slot,
    words: usize,
    inval: Option<Command>,
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> EntryStore for CtxStore<'_, H, Q> {
    fn read(&self, i: usize) -> u64 {
        if i < self.words {
            self.hal.dma_read(&self.slot.buf, self.slot.word + i)
        } else {
            0
        }
    }

    fn write(&mut self, i: usize, value: u64) {
        if i < self.words {
            self.hal
                .dma_write(&self.slot.buf, self.slot.word + i, value);
        }
    }

    fn sync(&mut self) -> Result<()> {
        self.hal.wmb();
        match self.inval {
            Some(c) => command::submit(self.hal, self.cq, [Ok(c)]),
            None => Ok(()),
        }
    }
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Driver for Iommu<H, Q> {
    type Sem = RiscvSemantics;

    fn devices(&mut self) -> &mut Devices {
        &mut self.devices
    }

    fn devices_ref(&self) -> &Devices {
        &self.devices
    }

    fn device_in_range(&self, dev: u32) -> Result<()> {
        if self.ddt.covers(u64::from(dev)) {
            Ok(())
        } else {
            Err(Error::InvalidArgument {
                what: "device_id beyond the device directory",
            })
        }
    }

    fn pasid_in_range(&self, pasid: u32) -> Result<()> {
        let bits = self.caps.pasid_bits();
        if bits == 0 {
            return Err(Error::Unsupported {
                what: "PASIDs (capabilities: no PD8, PD17 or PD20)",
            });
        }
        if pasid == 0 || pasid >> bits != 0 {
            return Err(Error::InvalidArgument {
                what: "PASID outside the process directory",
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

    fn pasid_base(&self, id: Option<DomainId>) -> Result<PC> {
        match id {
            Some(id) => self.domain(id)?.pc(),
            None => Ok(PC::new()),
        }
    }

    fn device_base(&self) -> DC {
        DC::new()
    }

    fn ensure_pasid_table(&mut self, dev: u32) -> Result<()> {
        if self.pdts.contains_key(&dev) {
            return Ok(());
        }
        let mode = self.caps.pd.ok_or(Error::Unsupported {
            what: "a process directory (capabilities: no PD8, PD17 or PD20)",
        })?;
        let layout = pdt::PC.layout(mode as u64).ok_or(Error::Unsupported {
            what: "process directory mode missing from the generated layouts",
        })?;
        self.pdts.try_reserve(1)?;
        let t = Directory::new(&self.hal, layout)?;
        self.pdts.try_insert(dev, t)?;
        Ok(())
    }

    fn write_pasid_entry(&mut self, dev: u32, pasid: u32, e: &PC) -> Result<()> {
        let inval = self.inval(dev, Some(pasid))?;
        let table = self.pdts.get_mut(&dev).ok_or(Error::Corrupt {
            what: "process directory missing",
        })?;
        let (slot, new_table) = table.slot(&self.hal, u64::from(pasid), |addr| {
            Ok(PDTE::new().with_V(true).with_PPN(addr)?.0[0])
        })?;
        if new_table {
            self.iodir_pdt(dev, pasid)?;
        }
        self.stats.pc_writes += 1;
        let mut store = CtxStore {
            hal: &self.hal,
            cq: &mut self.cq,
            slot,
            words: PC::WORDS,
            inval,
        };
        write_entry(&mut store, e).map(|_| ())
    }

    /// Completes the realised DC: with a process directory, its mode and root; for a paging
    /// RID domain without one, the domain's stage (fsc or iohgatp).
    fn write_device_entry(&mut self, dev: u32, e: DC) -> Result<()> {
        let dc = if e.PDTV() {
            let mode = self.caps.pd.ok_or(Error::Unsupported {
                what: "a process directory (capabilities: no PD8, PD17 or PD20)",
            })?;
            let root = self.pdts.get(&dev).map_or(0, Directory::root);
            e.with_fsc_MODE(mode).with_fsc_PPN(root)?
        } else {
            let rid = self.devices.get(&dev).map(Attachment::rid_target);
            match rid {
                Some(Target::Domain(id)) if e.V() => self.domain(id)?.dc(e)?,
                _ => e,
            }
        };
        self.write_dc(dev, &dc).map(|_| ())
    }
}

#[cfg(not(iommugen_test))]
impl<H: Hal, Q: Guarded<H, CommandQueue>> Iommu<H, Q> {
    /// Ends a two-stage attachment of `did`, if it has one (an API operation replaces it).
    fn end_nested(&mut self, did: u32) {
        if let Some((s1, s2)) = self.nested.remove(&did) {
            self.use_domain(None, Some(s1));
            self.use_domain(None, Some(s2));
        }
    }

    /// Attaches `target` to DMA without a PASID from `did`. PASIDs keep their domains.
    pub(crate) fn attach_dev(&mut self, did: u32, target: Target) -> Result<()> {
        if let Target::Domain(id) = target {
            let pasids = self.devices.get(&did).is_some_and(|a| !a.pasid_empty());
            if pasids && self.domain(id)?.stage.g_stage() {
                return Err(Error::Unsupported {
                    what: "a G-stage RID domain under a process directory (nested PASIDs)",
                });
            }
        }
        self.end_nested(did);
        core_attach::attach_dev(self, did, target)
    }

    /// Attaches paging or SVA domain `target` to PASID `pasid` of `did`.
    pub(crate) fn set_dev_pasid(&mut self, did: u32, pasid: u32, target: Target) -> Result<()> {
        if let Target::Domain(id) = target {
            self.domain(id)?.pc()?;
        }
        if let Some(Target::Domain(rid)) = self.devices.get(&did).map(Attachment::rid_target) {
            if self.domain(rid)?.stage.g_stage() {
                return Err(Error::Unsupported {
                    what: "PASIDs under a G-stage RID domain (nested PASIDs)",
                });
            }
        }
        core_attach::set_dev_pasid(self, did, pasid, target)?;
        Ok(())
    }

    /// Removes the domain of PASID `pasid` of `did`; DMA with it faults afterwards.
    pub(crate) fn remove_dev_pasid(&mut self, did: u32, pasid: u32) -> Result<()> {
        core_attach::remove_dev_pasid(self, did, pasid)
    }

    /// The invalidation after a context of `did` (and process `pid`) changed, unless a mutant
    /// skips it.
    fn inval(&self, did: u32, pid: Option<u32>) -> Result<Option<Command>> {
        Ok(Some(match pid {
            None => IODIR_INVAL_DDT::new().with_DV(true).with_DID(did)?.0,
            Some(p) => {
                IODIR_INVAL_PDT::new()
                    .with_DV(true)
                    .with_DID(did)?
                    .with_PID(p)?
                    .0
            }
        }))
    }

    /// Writes the device context of `did` through the hitless writer.
    pub(crate) fn write_dc(&mut self, did: u32, dc: &DC) -> Result<Transition> {
        let inval = self.inval(did, None)?;
        let (slot, new_table) = self.ddt.slot(&self.hal, u64::from(did), |addr| {
            Ok(DDTE::new().with_V(true).with_PPN(addr)?.0[0])
        })?;
        if new_table {
            self.iodir_ddt(Some(did))?;
        }
        self.stats.dc_writes += 1;
        let words = (self
            .ddt
            .layout()
            .levels
            .last()
            .map_or(32, |l| l.entry_bytes)
            / 8) as usize;
        let mut store = CtxStore {
            hal: &self.hal,
            cq: &mut self.cq,
            slot,
            words,
            inval,
        };
        if inval.is_some() {
            self.stats.iodir += 1;
        }
        write_entry(&mut store, dc)
    }
}
