//! Attaching domains to devices, realising the spec's semantics (answer (a) of the seed
//! thread: detaching the RID leaves PASIDs translating) through device and process contexts
//! (RISC-V IOMMU 2.3-2.4): each operation checks the preconditions generated from the spec
//! (`check_<op>`), updates the device's API state (the RID's domain and its own PASID table),
//! then writes what the generated `realise_dc`/`realise_pc` rules prescribe for that state:
//! the process contexts first, then the device context, each through the hitless writer, with
//! IODIR.INVAL_PDT / IODIR.INVAL_DDT after every change of a directory.
//!
//! The rules name PD20 for a device context with a process directory; the driver builds the
//! widest directory the IOMMU walks (`capabilities.PD20/PD17/PD8`) and sets that mode.

use super::super::error::Refusal;
use super::super::error::{Error, Result};
use super::super::hal::Hal;
use super::super::hitless::{write_entry, EntryStore, Transition};
use super::super::store::{VecMap, VecSet};
use super::cq::{Command, CommandQueue};
use super::dir::{Directory, Slot};
use super::domain::DomainId;
use super::iommu::Iommu;
use super::spec::cq::{IodirInvalDdt, IodirInvalPdt};
use super::spec::directories::pdt;
use super::spec::entries::{Dc, Ddte, Pc, Pdte};
use super::spec::semantics::{self as sem, DeviceState, DomainKind, OpError};

/// A domain as an attachment target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A paging domain.
    Domain(DomainId),
    /// The identity domain: DMA addresses are physical addresses.
    Identity,
    /// The blocked domain: DMA faults.
    Blocked,
}

/// One device's API state and its process directory.
#[derive(Debug)]
pub struct Device {
    rid: (Target, DomainKind),
    pasids: VecMap<u32, (DomainId, DomainKind)>,
    pdt: Option<Directory>,
    /// Process IDs whose context is valid in memory.
    live_pcs: VecSet<u32>,
    /// A nested attachment outside the API (first-stage domain, G-stage domain).
    nested: Option<(DomainId, DomainId)>,
}

impl Device {
    fn new() -> Self {
        Device {
            rid: (Target::Blocked, DomainKind::Blocked),
            pasids: VecMap::new(),
            pdt: None,
            live_pcs: VecSet::new(),
            nested: None,
        }
    }

    /// The G-stage domain that first-stage domain `s1` is nested in here, if it is.
    pub(super) fn nested_in(&self, s1: DomainId) -> Option<DomainId> {
        self.nested.filter(|n| n.0 == s1).map(|n| n.1)
    }

    /// Frees its process directory.
    pub(super) fn destroy<H: Hal>(self, hal: &H) {
        if let Some(p) = self.pdt {
            p.destroy(hal);
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

/// A refusal of the semantics as the runtime's error.
pub(super) fn refused(e: OpError) -> Error {
    Error::Refused(match e {
        OpError::Einval => Refusal::Einval,
        OpError::Ebusy => Refusal::Ebusy,
    })
}

/// A device or process context in memory: `words` 64-bit words at `slot` (a base device
/// context is the first 4 words of the layout, whose other words then read as zero), made
/// current by `inval` and an IOFENCE.C.
struct CtxStore<'a, H: Hal> {
    hal: &'a H,
    cq: &'a mut CommandQueue,
    slot: Slot,
    words: usize,
    inval: Option<Command>,
}

impl<H: Hal> EntryStore for CtxStore<'_, H> {
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
            Some(c) => self.cq.submit(self.hal, &[c]),
            None => Ok(()),
        }
    }
}

impl<H: Hal> Iommu<H> {
    fn device(&mut self, did: u32) -> Result<&mut Device> {
        if !self.ddt.covers(u64::from(did)) {
            return Err(Error::InvalidArgument {
                what: "device_id beyond the device directory",
            });
        }
        Ok(self.devices.try_get_or_insert_with(did, Device::new)?)
    }

    /// The domain type attached to the RID of `did`, and the PASIDs attached.
    pub fn attachment(&self, did: u32) -> (DomainKind, impl Iterator<Item = u32> + '_) {
        let d = self.devices.get(&did);
        let pasids = d.into_iter().flat_map(|d| d.pasids.keys().copied());
        (d.map_or(DomainKind::Blocked, |d| d.rid.1), pasids)
    }

    /// The semantics' type of a target.
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

    /// Attaches `target` to DMA without a PASID from `did`. PASIDs keep their domains.
    pub fn attach_dev(&mut self, did: u32, target: Target) -> Result<()> {
        let kind = self.kind_of(target)?;
        let dev = self.device(did)?;
        sem::check_attach_dev(dev, kind).map_err(refused)?;
        if let Target::Domain(id) = target {
            if !dev.pasids.is_empty() && self.domain(id)?.stage.g_stage() {
                return Err(Error::Unsupported {
                    what: "a G-stage RID domain under a process directory (nested PASIDs)",
                });
            }
        }
        self.set_rid(did, target, kind)
    }

    /// Detaches the RID's domain: DMA without a PASID is blocked; PASIDs keep translating.
    pub fn detach_dev(&mut self, did: u32) -> Result<()> {
        sem::check_detach_dev(self.device(did)?).map_err(refused)?;
        #[cfg(feature = "planted")]
        {
            use super::super::smmuv3::planted::Mutation;
            let m = self.config.mutation;
            if m == Mutation::DetachRefusedWithPasids && !self.device(did)?.pasids.is_empty() {
                return Err(refused(OpError::Ebusy));
            }
            if m == Mutation::DetachKillsPasids {
                let gone = self.device(did)?.pasids.take();
                for (_, (id, _)) in gone {
                    self.use_domain(None, Some(id));
                }
            }
        }
        self.set_rid(did, Target::Blocked, DomainKind::Blocked)
    }

    /// Attaches paging domain `target` to PASID `pasid` of `did`.
    pub fn set_dev_pasid(&mut self, did: u32, pasid: u32, target: Target) -> Result<()> {
        let kind = self.kind_of(target)?;
        sem::check_set_dev_pasid(self.device(did)?, pasid, kind).map_err(refused)?;
        let Target::Domain(id) = target else {
            return Err(Error::Unsupported {
                what: "only paging domains can serve a PASID",
            });
        };
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
        self.domain(id)?.pc()?;
        if let Target::Domain(rid) = self.device(did)?.rid.0 {
            if self.domain(rid)?.stage.g_stage() {
                return Err(Error::Unsupported {
                    what: "PASIDs under a G-stage RID domain (nested PASIDs)",
                });
            }
        }
        let old = self.device(did)?.pasids.try_insert(pasid, (id, kind))?;
        self.use_domain(Some(id), old.map(|o| o.0));
        #[cfg(feature = "planted")]
        if self.config.mutation == super::super::smmuv3::planted::Mutation::SharedPasidTable {
            // Devices with the same RID domain see the PASID too.
            let rid = self.device(did)?.rid;
            let mut others: super::super::store::TryVec<u32> = super::super::store::TryVec::new();
            for (d, dev) in self.devices.iter() {
                if *d != did && rid.0 != Target::Blocked && dev.rid.0 == rid.0 {
                    others.try_push(*d)?;
                }
            }
            for d in others {
                let old = self.device(d)?.pasids.try_insert(pasid, (id, kind))?;
                self.use_domain(Some(id), old.map(|o| o.0));
                self.realise(d)?;
            }
        }
        self.realise(did)
    }

    /// Removes the domain of PASID `pasid` of `did`; DMA with it faults afterwards.
    pub fn remove_dev_pasid(&mut self, did: u32, pasid: u32) -> Result<()> {
        sem::check_remove_dev_pasid(self.device(did)?, pasid).map_err(refused)?;
        let old = self.device(did)?.pasids.remove(&pasid);
        self.use_domain(None, old.map(|o| o.0));
        self.realise(did)
    }

    /// Releases DMA ownership of `did`: refused while PASIDs are attached.
    pub fn release_owner(&mut self, did: u32) -> Result<()> {
        #[cfg(feature = "planted")]
        if self.config.mutation == super::super::smmuv3::planted::Mutation::ReleaseIgnoresPasids {
            return self.set_rid(did, Target::Blocked, DomainKind::Blocked);
        }
        sem::check_release_owner(self.device(did)?).map_err(refused)?;
        self.set_rid(did, Target::Blocked, DomainKind::Blocked)
    }

    fn set_rid(&mut self, did: u32, target: Target, kind: DomainKind) -> Result<()> {
        let dev = self.device(did)?;
        let (old, _) = core::mem::replace(&mut dev.rid, (target, kind));
        if let Some((s1, s2)) = dev.nested.take() {
            self.use_domain(None, Some(s1));
            self.use_domain(None, Some(s2));
        }
        let id = |t| match t {
            Target::Domain(id) => Some(id),
            _ => None,
        };
        self.use_domain(id(target), id(old));
        self.realise(did)
    }

    fn use_domain(&mut self, new: Option<DomainId>, old: Option<DomainId>) {
        if let Some(d) = new.and_then(|n| self.domains.get_mut(&n.0)) {
            d.users += 1;
        }
        if let Some(d) = old.and_then(|o| self.domains.get_mut(&o.0)) {
            d.users = d.users.saturating_sub(1);
        }
    }

    /// The invalidation after a context of `did` (and process `pid`) changed, unless a mutant
    /// skips it.
    fn inval(&self, did: u32, pid: Option<u32>) -> Result<Option<Command>> {
        #[cfg(feature = "planted")]
        {
            use super::super::smmuv3::planted::Mutation;
            let m = self.config.mutation;
            let detached = self
                .devices
                .get(&did)
                .is_some_and(|d| d.rid.0 == Target::Blocked);
            if m == Mutation::SkipSteInvalidation
                || (m == Mutation::SkipDetachInvalidation && detached && pid.is_none())
            {
                return Ok(None);
            }
        }
        Ok(Some(match pid {
            None => IodirInvalDdt::new().with_dv(true).with_did(did)?.0,
            Some(p) => {
                IodirInvalPdt::new()
                    .with_dv(true)
                    .with_did(did)?
                    .with_pid(p)?
                    .0
            }
        }))
    }

    /// Rewrites the process contexts, then the device context, of `did` as the spec's realise
    /// rules require.
    pub(super) fn realise(&mut self, did: u32) -> Result<()> {
        let dev = self.devices.get(&did).ok_or(Error::InvalidArgument {
            what: "no such device",
        })?;
        let base = match dev.rid.0 {
            Target::Domain(id) => self.domain(id)?.dc(Dc::new())?,
            _ => Dc::new(),
        };
        let mut dc = sem::realise_dc(dev, base).ok_or(Error::Unsupported {
            what: "no realise rule for this device state",
        })?;
        if dc.pdtv() {
            let mode = self.caps.pd.ok_or(Error::Unsupported {
                what: "a process directory (capabilities: no PD8, PD17 or PD20)",
            })?;
            if self.devices.get(&did).is_some_and(|d| d.pdt.is_none()) {
                let layout = pdt::PC.layout(mode as u64).ok_or(Error::Unsupported {
                    what: "process directory mode missing from the generated layouts",
                })?;
                let t = Directory::new(&self.hal, layout)?;
                if let Some(d) = self.devices.get_mut(&did) {
                    d.pdt = Some(t);
                }
            }
            self.write_pcs(did)?;
            let root = self
                .devices
                .get(&did)
                .and_then(|d| d.pdt.as_ref())
                .map_or(0, Directory::root);
            dc = dc.with_fsc_mode(mode).with_fsc_ppn(root)?;
        }
        self.write_dc(did, &dc)?;
        Ok(())
    }

    /// Writes the process contexts of `did`: those no longer attached cleared first, then
    /// process 0 (the RID's domain, for DMA without a PASID when DC.DPE = 1) and every PASID.
    fn write_pcs(&mut self, did: u32) -> Result<()> {
        let mut after = 0;
        while let Some(p) = self.devices.get(&did).and_then(|d| {
            let mut p = d.live_pcs.first_after(&after);
            while let Some(q) = p.filter(|q| d.pasids.contains_key(q)) {
                p = d.live_pcs.first_after(q);
            }
            p.copied()
        }) {
            self.write_pc(did, p)?;
            after = p;
        }
        self.write_pc(did, 0)?;
        let mut after = 0;
        while let Some(p) = self
            .devices
            .get(&did)
            .and_then(|d| d.pasids.first_after(&after))
            .map(|(p, _)| *p)
        {
            self.write_pc(did, p)?;
            after = p;
        }
        Ok(())
    }

    /// Writes process context `pid` of `did` as the realise rules say: valid, translating
    /// through the domain attached, or all zero.
    fn write_pc(&mut self, did: u32, pid: u32) -> Result<()> {
        let dev = self.devices.get(&did).ok_or(Error::InvalidArgument {
            what: "no such device",
        })?;
        let domain = if pid == 0 {
            match dev.rid.0 {
                Target::Domain(id) => Some(id),
                _ => None,
            }
        } else {
            dev.pasids.get(&pid).map(|p| p.0)
        };
        let base = match domain {
            Some(id) => self.domain(id)?.pc()?,
            None => Pc::new(),
        };
        let realised = if pid == 0 {
            sem::realise_pc(dev, base)
        } else {
            sem::realise_pc_p(dev, pid, base)
        };
        let pc = match (realised, domain) {
            (Some(pc), Some(_)) if pc.v() => pc,
            _ => Pc::new(),
        };
        let was_live = dev.live_pcs.contains(&pid);
        if !pc.v() && !was_live {
            // Nothing valid in memory, nothing to clear.
            return Ok(());
        }
        let inval = self.inval(did, Some(pid))?;
        let Some(dev) = self.devices.get_mut(&did) else {
            return Ok(());
        };
        if pc.v() {
            dev.live_pcs.try_insert(pid)?;
        } else {
            dev.live_pcs.remove(&pid);
        }
        let table = dev.pdt.as_mut().ok_or(Error::Corrupt {
            what: "process directory missing",
        })?;
        let (slot, new_table) = table.slot(&self.hal, u64::from(pid), |addr| {
            Ok(Pdte::new().with_v(true).with_ppn(addr)?.0[0])
        })?;
        if new_table {
            self.iodir_pdt(did, pid)?;
        }
        self.stats.pc_writes += 1;
        let mut store = CtxStore {
            hal: &self.hal,
            cq: &mut self.cq,
            slot,
            words: Pc::WORDS,
            inval,
        };
        write_entry(&mut store, &pc)?;
        Ok(())
    }

    /// Nests first-stage domain `s1` inside G-stage domain `s2` for DMA without a PASID from
    /// `did` (two-stage translation: `s2` must map the memory `s1`'s tables live in, at their
    /// physical addresses). Outside the API state machine: the device must have no API
    /// attachment, and a later API operation replaces it.
    pub fn attach_nested(&mut self, did: u32, s1: DomainId, s2: DomainId) -> Result<()> {
        let dev = self.device(did)?;
        if dev.rid.0 != Target::Blocked || !dev.pasids.is_empty() || dev.nested.is_some() {
            return Err(Error::Busy {
                what: "the device has API attachments",
            });
        }
        let (a, b) = (self.domain(s1)?, self.domain(s2)?);
        if a.stage.g_stage() || !b.stage.g_stage() {
            return Err(Error::InvalidArgument {
                what: "nesting takes a first-stage and a G-stage domain",
            });
        }
        let dc = a.fill(b.fill(Dc::new().with_v(true))?)?;
        self.use_domain(Some(s1), None);
        self.use_domain(Some(s2), None);
        if let Some(d) = self.devices.get_mut(&did) {
            d.nested = Some((s1, s2));
        }
        self.write_dc(did, &dc).map(|_| ())
    }

    /// Writes the device context of `did` through the hitless writer.
    pub fn write_dc(&mut self, did: u32, dc: &Dc) -> Result<Transition> {
        let inval = self.inval(did, None)?;
        let (slot, new_table) = self.ddt.slot(&self.hal, u64::from(did), |addr| {
            Ok(Ddte::new().with_v(true).with_ppn(addr)?.0[0])
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

    /// The device context of `did` as in memory, if its tables exist.
    pub fn dc(&self, did: u32) -> Option<Dc> {
        let slot = self.ddt.find(u64::from(did))?;
        let words = (self.ddt.layout().levels.last()?.entry_bytes / 8) as usize;
        let mut dc = Dc::new();
        for (i, w) in dc.0.iter_mut().take(words).enumerate() {
            *w = self.hal.dma_read(&slot.buf, slot.word + i);
        }
        Some(dc)
    }
}
