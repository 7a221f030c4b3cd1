//! What every harness over the driver runtime shares (the mock's and the bare-metal ones): the
//! runtime's driver objects behind one trait ([`Driver`]: the SMMUv3's `Smmu` with feature
//! `smmuv3`, the RISC-V IOMMU's `Iommu` with feature `riscv`), a universe domain as a runtime
//! attach target, an operation applied to a device ID (StreamID or device_id) with the
//! runtime's result as the suite's answer, and domain allocation and free (each harness maps
//! its own observation pages into a new domain).

use alloc::format;
use alloc::string::ToString;

use iommugen_runtime::attach::{DomainId, Target};
use iommugen_runtime::error::{Error, Refusal, Result};
use iommugen_runtime::hal::Hal;

use crate::harness::Answer;
use crate::model::{self, Domain, Kind, Op};

/// A driver object of the runtime as the harnesses drive it: brought up on a HAL, the
/// semantics' operations on a device ID, domains allocated, mapped and freed, the IOMMU's
/// fault records drained, shut down.
pub trait Driver: Sized {
    /// The hardware access it runs on.
    type Hal: Hal;
    /// How it is brought up.
    type Config: Copy;
    /// Brings the IOMMU up.
    fn bring_up(hal: Self::Hal, config: Self::Config) -> Result<Self>;
    /// Its hardware access.
    fn hal(&self) -> &Self::Hal;
    /// A new paging domain (the architecture's default format), or an SVA domain.
    fn alloc_domain(&mut self, sva: bool) -> Result<DomainId>;
    /// Maps `[iova, iova + size)` to `pa`, readable and writable.
    fn map_rw(&mut self, id: DomainId, iova: u64, pa: u64, size: u64) -> Result<()>;
    /// Frees a domain (refused while in use).
    fn free_domain(&mut self, id: DomainId) -> Result<()>;
    /// `attach_dev` of the semantics.
    fn attach_dev(&mut self, dev: u32, target: Target) -> Result<()>;
    /// `detach_dev`.
    fn detach_dev(&mut self, dev: u32) -> Result<()>;
    /// `set_dev_pasid`.
    fn set_dev_pasid(&mut self, dev: u32, pasid: u32, target: Target) -> Result<()>;
    /// `remove_dev_pasid`.
    fn remove_dev_pasid(&mut self, dev: u32, pasid: u32) -> Result<()>;
    /// `release_owner`.
    fn release_owner(&mut self, dev: u32) -> Result<()>;
    /// Consumes the fault (event) records and clears error conditions, so the queues keep
    /// room for the next observations.
    fn drain(&mut self);
    /// Turns the IOMMU off and frees everything the driver allocated.
    fn shutdown(self) -> Result<()>;
}

#[cfg(feature = "smmuv3")]
impl<H: Hal> Driver for iommugen_runtime::smmuv3::smmu::Smmu<H> {
    type Hal = H;
    type Config = iommugen_runtime::smmuv3::smmu::Config;

    fn bring_up(hal: H, config: Self::Config) -> Result<Self> {
        Self::new(hal, config)
    }

    fn hal(&self) -> &H {
        &self.hal
    }

    fn alloc_domain(&mut self, sva: bool) -> Result<DomainId> {
        if sva {
            self.alloc_sva_domain()
        } else {
            self.alloc_paging_domain()
        }
    }

    fn map_rw(&mut self, id: DomainId, iova: u64, pa: u64, size: u64) -> Result<()> {
        self.map(id, iova, pa, size, iommugen_runtime::smmuv3::domain::RW)
    }

    fn free_domain(&mut self, id: DomainId) -> Result<()> {
        Self::free_domain(self, id)
    }

    fn attach_dev(&mut self, dev: u32, target: Target) -> Result<()> {
        Self::attach_dev(self, dev, target)
    }

    fn detach_dev(&mut self, dev: u32) -> Result<()> {
        Self::detach_dev(self, dev)
    }

    fn set_dev_pasid(&mut self, dev: u32, pasid: u32, target: Target) -> Result<()> {
        Self::set_dev_pasid(self, dev, pasid, target)
    }

    fn remove_dev_pasid(&mut self, dev: u32, pasid: u32) -> Result<()> {
        Self::remove_dev_pasid(self, dev, pasid)
    }

    fn release_owner(&mut self, dev: u32) -> Result<()> {
        Self::release_owner(self, dev)
    }

    fn drain(&mut self) {
        self.poll_events(|_| {});
        let _ = self.handle_gerror();
    }

    fn shutdown(self) -> Result<()> {
        Self::shutdown(self).map(|_| ())
    }
}

#[cfg(feature = "riscv")]
impl<H: Hal> Driver for iommugen_runtime::riscv::Iommu<H> {
    type Hal = H;
    type Config = iommugen_runtime::riscv::Config;

    fn bring_up(hal: H, config: Self::Config) -> Result<Self> {
        Self::new(hal, config)
    }

    fn hal(&self) -> &H {
        Self::hal(self)
    }

    /// Paging domains are first-stage Sv39.
    fn alloc_domain(&mut self, sva: bool) -> Result<DomainId> {
        if sva {
            self.alloc_sva_domain()
        } else {
            Self::alloc_domain(self, iommugen_runtime::riscv::Stage::Sv39)
        }
    }

    fn map_rw(&mut self, id: DomainId, iova: u64, pa: u64, size: u64) -> Result<()> {
        use iommugen_runtime::pgtable::Prot;
        self.map(id, iova, pa, size, Prot::READ | Prot::WRITE)
    }

    fn free_domain(&mut self, id: DomainId) -> Result<()> {
        Self::free_domain(self, id)
    }

    fn attach_dev(&mut self, dev: u32, target: Target) -> Result<()> {
        Self::attach_dev(self, dev, target)
    }

    fn detach_dev(&mut self, dev: u32) -> Result<()> {
        Self::detach_dev(self, dev)
    }

    fn set_dev_pasid(&mut self, dev: u32, pasid: u32, target: Target) -> Result<()> {
        Self::set_dev_pasid(self, dev, pasid, target)
    }

    fn remove_dev_pasid(&mut self, dev: u32, pasid: u32) -> Result<()> {
        Self::remove_dev_pasid(self, dev, pasid)
    }

    fn release_owner(&mut self, dev: u32) -> Result<()> {
        Self::release_owner(self, dev)
    }

    fn drain(&mut self) {
        self.drain_faults(|_| {});
    }

    fn shutdown(self) -> Result<()> {
        Self::shutdown(self).map(|_| ())
    }
}

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

/// Applies `op` to device `dev` (a StreamID or device_id), resolving attach targets with
/// `target`. The semantics' refusals come back as [`Answer::Refused`], any other error as
/// [`Answer::Failed`].
pub fn apply<D: Driver>(
    driver: &mut D,
    dev: u32,
    op: &Op,
    target: impl Fn(Domain) -> Option<Target>,
) -> Answer {
    let resolve = |d: &Domain| target(*d).ok_or_else(|| format!("unknown domain {d:?}"));
    let r = match op {
        Op::AttachDev { d } => match resolve(d) {
            Ok(t) => driver.attach_dev(dev, t),
            Err(e) => return Answer::Failed(e),
        },
        Op::DetachDev {} => driver.detach_dev(dev),
        Op::SetDevPasid { p, d } => match resolve(d) {
            Ok(t) => driver.set_dev_pasid(dev, *p, t),
            Err(e) => return Answer::Failed(e),
        },
        Op::RemoveDevPasid { p } => driver.remove_dev_pasid(dev, *p),
        Op::ReleaseOwner {} => driver.release_owner(dev),
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
pub fn free<D: Driver>(driver: Option<&mut D>, d: Domain, id: Option<DomainId>) -> Answer {
    let Some(id) = id else {
        return Answer::Failed(format!("{d:?} was not allocated"));
    };
    let Some(s) = driver else {
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
pub fn alloc<D: Driver>(driver: &mut D, d: Domain) -> Result<DomainId> {
    driver.alloc_domain(d.kind.pasid_only())
}
