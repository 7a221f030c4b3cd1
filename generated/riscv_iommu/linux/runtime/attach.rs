// SPDX-License-Identifier: MIT OR Apache-2.0

//! The attach state machine of any architecture, driven by its generated semantics: each
//! operation of the shared contract checks its generated precondition (`check_<op>`), updates
//! the device's API state (the RID's domain and the device's own PASID table), counts the
//! domains' users, then realises the state: the per-PASID entries the generated rules make
//! (stale ones cleared first, then PASID 0, then every attached PASID), then the device's
//! entry, each written by the architecture ([`Driver`]) through the hitless writer.

use super::arch::{Driver, Op, Semantics};
use super::error::{Error, Result};
use super::store::{VecMap, VecSet};

/// The domain types of the shared contract (`specs/common/iommu_domain.iommu`); each
/// architecture's generated `DomainKind` has the same four.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// DMA faults.
    Blocked,
    #[cfg(not(iommugen_test))]
    /// DMA addresses are physical addresses.
    Identity,
    #[cfg(not(iommugen_test))]
    /// Translated through the domain's page table.
    Paging,
    #[cfg(not(iommugen_test))]
    /// Translated through a process address space.
    Sva,
}

/// A handle to a paging domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct DomainId(pub(crate) u32);

/// A domain as an attachment target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    #[cfg(not(iommugen_test))]
    /// A paging (or SVA) domain.
    Domain(DomainId),
    #[cfg(not(iommugen_test))]
    /// The identity domain: DMA addresses are physical addresses.
    Identity,
    /// The blocked domain: DMA faults.
    Blocked,
}

impl Target {
    #[cfg(not(iommugen_test))]
    /// The paging domain, if the target is one.
    pub(crate) const fn domain(self) -> Option<DomainId> {
        match self {
            Target::Domain(id) => Some(id),
            _ => None,
        }
    }
}

/// One device's API state: its RID's domain, the domain of each PASID, and which PASID
/// entries are valid in memory.
#[derive(Debug)]
pub(crate) struct Attachment {
    rid: (Target, Kind),
    pasids: VecMap<u32, (DomainId, Kind)>,
    live: VecSet<u32>,
}

impl Default for Attachment {
    fn default() -> Self {
        Attachment {
            rid: (Target::Blocked, Kind::Blocked),
            pasids: VecMap::new(),
            live: VecSet::new(),
        }
    }
}

impl Attachment {
    #[cfg(not(iommugen_test))]
    /// The domain type of the RID.
    pub(crate) fn rid(&self) -> Kind {
        self.rid.1
    }

    #[cfg(not(iommugen_test))]
    /// The RID's domain.
    pub(crate) fn rid_target(&self) -> Target {
        self.rid.0
    }

    #[cfg(not(iommugen_test))]
    /// The domain type of PASID `p`, if it has a domain.
    pub(crate) fn pasid(&self, p: u32) -> Option<Kind> {
        self.pasids.get(&p).map(|x| x.1)
    }

    #[cfg(not(iommugen_test))]
    /// Whether no PASID has a domain.
    pub(crate) fn pasid_empty(&self) -> bool {
        self.pasids.is_empty()
    }
}

/// The API state of every device, by device ID (SMMUv3: StreamID; RISC-V: device ID).
pub(crate) type Devices = VecMap<u32, Attachment>;

fn device<D: Driver>(d: &mut D, dev: u32) -> Result<&mut Attachment> {
    d.device_in_range(dev)?;
    Ok(d.devices()
        .try_get_or_insert_with(dev, Attachment::default)?)
}

fn check<D: Driver>(d: &mut D, dev: u32, op: Op) -> Result<()> {
    let a = device(d, dev)?;
    D::Sem::check(op, a).map_err(Error::Refused)
}

#[cfg(not(iommugen_test))]
fn kind_of<D: Driver>(d: &D, t: Target) -> Result<Kind> {
    match t {
        Target::Identity => Ok(Kind::Identity),
        Target::Blocked => Ok(Kind::Blocked),
        Target::Domain(id) => d.domain_kind(id),
    }
}

#[cfg(not(iommugen_test))]
/// Attaches `target` to DMA without a PASID from `dev`. PASIDs keep their domains.
pub(crate) fn attach_dev<D: Driver>(d: &mut D, dev: u32, target: Target) -> Result<()> {
    let kind = kind_of(d, target)?;
    check(d, dev, Op::AttachDev(kind))?;
    set_rid(d, dev, target, kind)
}

#[cfg(not(iommugen_test))]
/// Attaches `target` to PASID `pasid` of `dev`.
pub(crate) fn set_dev_pasid<D: Driver>(
    d: &mut D,
    dev: u32,
    pasid: u32,
    target: Target,
) -> Result<()> {
    let kind = kind_of(d, target)?;
    check(d, dev, Op::SetDevPasid(pasid, kind))?;
    let Target::Domain(domain) = target else {
        return Err(Error::Unsupported {
            what: "only paging and SVA domains can serve a PASID",
        });
    };
    d.pasid_in_range(pasid)?;
    let old = device(d, dev)?.pasids.try_insert(pasid, (domain, kind))?;
    d.use_domain(Some(domain), old.map(|o| o.0));
    realise(d, dev)
}

#[cfg(not(iommugen_test))]
/// Removes the domain of PASID `pasid` of `dev`; DMA with it faults afterwards.
pub(crate) fn remove_dev_pasid<D: Driver>(d: &mut D, dev: u32, pasid: u32) -> Result<()> {
    check(d, dev, Op::RemoveDevPasid(pasid))?;
    let old = device(d, dev)?.pasids.remove(&pasid).map(|o| o.0);
    d.use_domain(None, old);
    realise(d, dev)
}

#[cfg(not(iommugen_test))]
/// Makes `target` the RID's domain of `dev` (no precondition checked), then realises.
pub(crate) fn set_rid<D: Driver>(d: &mut D, dev: u32, target: Target, kind: Kind) -> Result<()> {
    let a = device(d, dev)?;
    let old = core::mem::replace(&mut a.rid, (target, kind));
    let (new, old) = (target.domain(), old.0.domain());
    d.use_domain(new, old);
    realise(d, dev)
}

#[cfg(not(iommugen_test))]
/// Rewrites the PASID entries, then the device entry, of `dev` as the realise rules say.
pub(crate) fn realise<D: Driver>(d: &mut D, dev: u32) -> Result<()> {
    let base = d.device_base();
    let entry = {
        let a = d.devices_ref().get(&dev).ok_or(Error::InvalidArgument {
            what: "no such device",
        })?;
        D::Sem::realise_device(a, base).ok_or(Error::Unsupported {
            what: "no realise rule for this device state",
        })?
    };
    if D::Sem::uses_pasid_table(&entry) {
        d.ensure_pasid_table(dev)?;
        // Entries valid in memory whose PASID is no longer attached are cleared first (in
        // PASID order; each step looks the next one up, as writing changes the set).
        let mut after = 0;
        while let Some(p) = d.devices_ref().get(&dev).and_then(|a| {
            let mut p = a.live.first_after(&after);
            while let Some(q) = p.filter(|q| a.pasids.contains_key(q)) {
                p = a.live.first_after(q);
            }
            p.copied()
        }) {
            write_pasid(d, dev, p, None)?;
            after = p;
        }
        // Then PASID 0 (the RID's domain) and every attached PASID.
        let rid = d.devices_ref().get(&dev).and_then(|a| a.rid.0.domain());
        write_pasid(d, dev, 0, rid)?;
        let mut after = 0;
        while let Some((p, id)) = d
            .devices_ref()
            .get(&dev)
            .and_then(|a| a.pasids.first_after(&after))
            .map(|(p, (id, _))| (*p, *id))
        {
            write_pasid(d, dev, p, Some(id))?;
            after = p;
        }
    }
    d.write_device_entry(dev, entry)
}

#[cfg(not(iommugen_test))]
/// Writes PASID entry `pasid` of `dev`: valid for `domain` when the realise rules say so and a
/// domain fills it, otherwise empty.
fn write_pasid<D: Driver>(d: &mut D, dev: u32, pasid: u32, domain: Option<DomainId>) -> Result<()> {
    let base = d.pasid_base(domain)?;
    let empty = d.pasid_base(None)?;
    let e = {
        let a = d.devices_ref().get(&dev).ok_or(Error::InvalidArgument {
            what: "no such device",
        })?;
        match (D::Sem::realise_pasid(a, pasid, base), domain) {
            (Some(e), Some(_)) if D::Sem::pasid_entry_valid(&e) => e,
            _ => empty,
        }
    };
    let valid = D::Sem::pasid_entry_valid(&e);
    let a = device(d, dev)?;
    if valid {
        a.live.try_insert(pasid)?;
    } else {
        a.live.remove(&pasid);
    }
    d.write_pasid_entry(dev, pasid, &e)
}
