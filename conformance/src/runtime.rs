//! What every harness over the driver runtime shares (the mock's and the bare-metal one): a
//! universe domain as a runtime attach target, an operation applied to a StreamID with the
//! runtime's result as the suite's answer, and domain allocation and free (each harness maps its
//! own observation pages into a new domain).

use alloc::format;
use alloc::string::ToString;

use iommugen_runtime::error::{Error, Refusal, Result};
use iommugen_runtime::hal::Hal;
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::domain::DomainId;
use iommugen_runtime::smmuv3::smmu::Smmu;

use crate::harness::Answer;
use crate::model::{self, Domain, Kind, Op};

/// The runtime target of universe domain `d`: identity and blocked are the static domains,
/// the others the runtime domain `domains` pairs with `d`.
pub fn target(d: Domain, domains: impl IntoIterator<Item = (Domain, DomainId)>) -> Option<Target> {
    match d.kind {
        Kind::Identity => Some(Target::Identity),
        Kind::Blocked => Some(Target::Blocked),
        _ => domains
            .into_iter()
            .find(|x| x.0 == d)
            .map(|x| Target::Domain(x.1)),
    }
}

/// Applies `op` to StreamID `sid`, resolving attach targets with `target`. The semantics'
/// refusals come back as [`Answer::Refused`], any other error as [`Answer::Failed`].
pub fn apply<H: Hal>(
    smmu: &mut Smmu<H>,
    sid: u32,
    op: &Op,
    target: impl Fn(Domain) -> Option<Target>,
) -> Answer {
    let resolve = |d: &Domain| target(*d).ok_or_else(|| format!("unknown domain {d:?}"));
    let r = match op {
        Op::AttachDev { d } => match resolve(d) {
            Ok(t) => smmu.attach_dev(sid, t),
            Err(e) => return Answer::Failed(e),
        },
        Op::DetachDev {} => smmu.detach_dev(sid),
        Op::SetDevPasid { p, d } => match resolve(d) {
            Ok(t) => smmu.set_dev_pasid(sid, *p, t),
            Err(e) => return Answer::Failed(e),
        },
        Op::RemoveDevPasid { p } => smmu.remove_dev_pasid(sid, *p),
        Op::ReleaseOwner {} => smmu.release_owner(sid),
        Op::DomainAlloc { .. } | Op::DomainFree { .. } => {
            return Answer::Failed("a domain operation reached the device dispatch".into())
        }
    };
    answer(r)
}

/// The runtime's result as the suite's answer: the semantics' refusals are
/// [`Answer::Refused`], any other error [`Answer::Failed`].
pub fn answer(r: Result<()>) -> Answer {
    match r {
        Ok(()) => Answer::Ok,
        Err(Error::Refused(Refusal::Einval)) => Answer::Refused(model::Error::Einval),
        Err(Error::Refused(Refusal::Ebusy)) => Answer::Refused(model::Error::Ebusy),
        Err(e) => Answer::Failed(e.to_string()),
    }
}

/// Frees runtime domain `id`, the allocation of universe domain `d` (`None`: not allocated).
pub fn free<H: Hal>(smmu: Option<&mut Smmu<H>>, d: Domain, id: Option<DomainId>) -> Answer {
    let Some(id) = id else {
        return Answer::Failed(format!("{d:?} was not allocated"));
    };
    let Some(s) = smmu else {
        return Answer::Failed("not reset".into());
    };
    answer(s.free_domain(id))
}

/// A harness's allocation as the suite's answer.
pub fn allocated(r: core::result::Result<(), alloc::string::String>) -> Answer {
    match r {
        Ok(()) => Answer::Ok,
        Err(e) => Answer::Failed(e),
    }
}

/// A new runtime domain for universe domain `d` (paging, or SVA when PASID-only).
pub fn alloc<H: Hal>(smmu: &mut Smmu<H>, d: Domain) -> Result<DomainId> {
    if d.kind.pasid_only() {
        smmu.alloc_sva_domain()
    } else {
        smmu.alloc_paging_domain()
    }
}
