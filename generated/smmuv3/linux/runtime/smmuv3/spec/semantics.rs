// SPDX-License-Identifier: MIT OR Apache-2.0

//! The API semantics `iommu_domain`: domain types, operation preconditions and realisation rules.
#[cfg(not(iommugen_test))]
/// The contract of Linux's iommu_domain API, following the iommu list's answer on detaching a
/// RID domain while PASIDs are attached: detach affects only the address space without a
/// PASID, and DMA ownership may only be released once the PASID table is empty. Every RID has
/// its own PASID table, even when RIDs share domains.
///
/// How an SMMUv3 realises the contract: the STE of each StreamID and the CDs of its
/// SubstreamIDs (stage 1 translation for paging domains).
///
/// Semantics `iommu_domain`.
///
/// Architecture reference: section Linux include/linux/iommu.h.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum DomainKind {
    /// Translates through the domain's own page table.
    ///
    /// domain type `paging`: dma through it is translate.
    Paging,
    /// DMA addresses are physical addresses.
    ///
    /// domain type `identity`: dma through it is bypass.
    Identity,
    /// Every DMA is refused.
    ///
    /// domain type `blocked`: dma through it is fault.
    Blocked,
    /// A process address space (shared virtual addressing), only reachable through a PASID.
    ///
    /// domain type `sva`: dma through it is translate.
    Sva,
}
#[cfg(not(iommugen_test))]
/// Why an operation was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum OpError {
    /// `EINVAL`: the domain cannot be attached this way.
    Einval,
    /// `EBUSY`: still in use: the device has PASIDs attached, or the domain is attached.
    Ebusy,
}
#[cfg(not(iommugen_test))]
/// The per-device API state, as the implementation keeps it.
pub(crate) trait DeviceState {
    /// The domain type in slot `rid`.
    fn rid(&self) -> DomainKind;
    /// The domain type at index `i` of table `pasid` (1..=1048575), if any.
    fn pasid(&self, i: u32) -> Option<DomainKind>;
    /// Whether no index of table `pasid` holds a domain.
    fn pasid_empty(&self) -> bool;
}
#[cfg(not(iommugen_test))]
/// The preconditions of op `attach_dev`: `Ok` when it may proceed.
/// Attach a domain to the RID. Only the RID's address space changes: PASIDs keep theirs.
///
/// Effects: `dev.rid` becomes `d`.
#[allow(unused_variables)]
pub(crate) fn check_attach_dev(dev: &impl DeviceState, d: DomainKind) -> Result<(), OpError> {
    if d == DomainKind::Sva {
        return Err(OpError::Einval);
    }
    Ok(())
}
#[cfg(not(iommugen_test))]
/// The preconditions of op `set_dev_pasid`: `Ok` when it may proceed.
/// Attach a domain to one PASID of the device.
///
/// Effects: `dev.pasid[p]` becomes `d`.
#[allow(unused_variables)]
pub(crate) fn check_set_dev_pasid(
    dev: &impl DeviceState,
    p: u32,
    d: DomainKind,
) -> Result<(), OpError> {
    if !matches!(d, DomainKind::Paging | DomainKind::Sva) {
        return Err(OpError::Einval);
    }
    Ok(())
}
#[cfg(not(iommugen_test))]
/// The preconditions of op `remove_dev_pasid`: `Ok` when it may proceed.
/// Remove the domain of one PASID; DMA with that PASID faults afterwards.
///
/// Effects: `dev.pasid[p]` becomes none.
#[allow(unused_variables)]
pub(crate) fn check_remove_dev_pasid(dev: &impl DeviceState, p: u32) -> Result<(), OpError> {
    Ok(())
}
#[cfg(not(iommugen_test))]
/// The preconditions of op `domain_free`: `Ok` when it may proceed.
/// Free a domain (`iommu_domain_free`): refused while any device uses it, with or without
/// a PASID, as the API requires its callers to detach first. Nothing it translated may
/// be reached through its identifiers afterwards.
///
/// Effects: `d` is freed.
#[allow(unused_variables)]
pub(crate) fn check_domain_free(d: DomainKind, d_attached: bool) -> Result<(), OpError> {
    if !matches!(d, DomainKind::Paging | DomainKind::Sva) {
        return Err(OpError::Einval);
    }
    if d_attached {
        return Err(OpError::Ebusy);
    }
    Ok(())
}
#[cfg(not(iommugen_test))]
/// The `STE` the spec's `realise STE` rules make of `entry` for this state: the fields
/// the rules name set through their setters, the others as in `entry` (the
/// implementation's to choose), or `None` when no rule applies.
#[allow(unused_variables)]
#[allow(non_snake_case)]
#[must_use]
pub(crate) fn realise_STE(
    dev: &impl DeviceState,
    entry: super::entries::STE,
) -> Option<super::entries::STE> {
    if (dev.rid() == DomainKind::Blocked) && (dev.pasid_empty()) {
        return Some(entry.with_Config(super::enums::StreamConfig::Abort));
    }
    if (dev.rid() == DomainKind::Identity) && (dev.pasid_empty()) {
        return Some(entry.with_Config(super::enums::StreamConfig::Bypass));
    }
    if dev.rid() == DomainKind::Paging {
        return Some(
            entry
                .with_Config(super::enums::StreamConfig::S1Trans)
                .with_S1DSS(super::enums::STE_S1DSS::Ssid0),
        );
    }
    if (dev.rid() == DomainKind::Blocked) && (!dev.pasid_empty()) {
        return Some(
            entry
                .with_Config(super::enums::StreamConfig::S1Trans)
                .with_S1DSS(super::enums::STE_S1DSS::Terminate),
        );
    }
    if (dev.rid() == DomainKind::Identity) && (!dev.pasid_empty()) {
        return Some(
            entry
                .with_Config(super::enums::StreamConfig::S1Trans)
                .with_S1DSS(super::enums::STE_S1DSS::Bypass),
        );
    }
    None
}
#[cfg(not(iommugen_test))]
/// The `CD` the spec's `realise CD` rules make of `entry` for this state: the fields
/// the rules name set through their setters, the others as in `entry` (the
/// implementation's to choose), or `None` when no rule applies.
#[allow(unused_variables)]
#[allow(non_snake_case)]
#[must_use]
pub(crate) fn realise_CD(
    dev: &impl DeviceState,
    entry: super::entries::CD,
) -> Option<super::entries::CD> {
    if dev.rid() == DomainKind::Paging {
        return Some(entry.with_V(true));
    }
    if dev.rid() != DomainKind::Paging {
        return Some(entry.with_V(false));
    }
    None
}
#[cfg(not(iommugen_test))]
/// The `CD` the spec's `realise CD` rules make of `entry` for this state: the fields
/// the rules name set through their setters, the others as in `entry` (the
/// implementation's to choose), or `None` when no rule applies.
#[allow(unused_variables)]
#[allow(non_snake_case)]
#[must_use]
pub(crate) fn realise_CD_p(
    dev: &impl DeviceState,
    p: u32,
    entry: super::entries::CD,
) -> Option<super::entries::CD> {
    if dev.pasid(p).is_some() {
        return Some(entry.with_V(true));
    }
    if dev.pasid(p).is_none() {
        return Some(entry.with_V(false));
    }
    None
}
