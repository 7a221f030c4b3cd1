// SPDX-License-Identifier: MIT OR Apache-2.0

//! The SMMUv3's generated semantics behind the core's seam ([`Semantics`]): the STE is the
//! device entry and the CD the per-PASID entry, and every answer is the generated function's
//! (`spec::semantics`), over the core's per-device API state ([`Attachment`]).

#[cfg(not(iommugen_test))]
use super::super::arch::{Op, Semantics};
#[cfg(not(iommugen_test))]
use super::super::attach::{Attachment, Kind};
#[cfg(not(iommugen_test))]
use super::super::error::{Error, Refusal};
#[cfg(not(iommugen_test))]
use super::spec::entries::{CD, STE};
#[cfg(not(iommugen_test))]
use super::spec::enums::StreamConfig;
#[cfg(not(iommugen_test))]
use super::spec::semantics::{self as sem, DeviceState, DomainKind};

#[cfg(not(iommugen_test))]
impl From<sem::OpError> for Refusal {
    fn from(e: sem::OpError) -> Self {
        match e {
            sem::OpError::Einval => Refusal::Einval,
            sem::OpError::Ebusy => Refusal::Ebusy,
        }
    }
}

#[cfg(not(iommugen_test))]
/// A refusal of the generated semantics as the runtime's error.
pub(super) fn refused(e: sem::OpError) -> Error {
    Error::Refused(e.into())
}

#[cfg(not(iommugen_test))]
/// The SMMUv3's semantics, as the core's attach state machine calls them.
pub(crate) enum Smmuv3 {}

#[cfg(not(iommugen_test))]
/// The generated domain type of a core [`Kind`] (the same four of the shared contract).
pub(crate) const fn domain_kind(k: Kind) -> DomainKind {
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
        domain_kind(Attachment::rid(self))
    }

    fn pasid(&self, i: u32) -> Option<DomainKind> {
        Attachment::pasid(self, i).map(domain_kind)
    }

    fn pasid_empty(&self) -> bool {
        Attachment::pasid_empty(self)
    }
}

#[cfg(not(iommugen_test))]
impl Semantics for Smmuv3 {
    type DeviceEntry = STE;
    type PasidEntry = CD;

    fn check(op: Op, dev: &Attachment) -> Result<(), Refusal> {
        match op {
            Op::AttachDev(k) => sem::check_attach_dev(dev, domain_kind(k)),
            Op::SetDevPasid(p, k) => sem::check_set_dev_pasid(dev, p, domain_kind(k)),
            Op::RemoveDevPasid(p) => sem::check_remove_dev_pasid(dev, p),
        }
        .map_err(Refusal::from)
    }

    fn realise_device(dev: &Attachment, base: STE) -> Option<STE> {
        sem::realise_STE(dev, base)
    }

    fn realise_pasid(dev: &Attachment, pasid: u32, base: CD) -> Option<CD> {
        if pasid == 0 {
            sem::realise_CD(dev, base)
        } else {
            sem::realise_CD_p(dev, pasid, base)
        }
    }

    fn pasid_entry_valid(e: &CD) -> bool {
        e.V()
    }

    fn uses_pasid_table(e: &STE) -> bool {
        matches!(e.Config(), Ok(StreamConfig::S1Trans | StreamConfig::Nested))
    }
}

#[cfg(test)]
mod tests {
    #[cfg(not(iommugen_test))]
    use super::super::super::attach::{DomainId, Target};
    use super::*;

    #[cfg(not(iommugen_test))]
    fn state(rid: Kind, pasids: &[(u32, Kind)]) -> Attachment {
        let target = match rid {
            Kind::Blocked => Target::Blocked,
            Kind::Identity => Target::Identity,
            Kind::Paging | Kind::Sva => Target::Domain(DomainId(1)),
        };
        let pasids: alloc::vec::Vec<_> = pasids.iter().map(|&(p, k)| (p, DomainId(2), k)).collect();
        Attachment::with_state((target, rid), &pasids).unwrap()
    }
}
