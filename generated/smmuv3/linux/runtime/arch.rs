// SPDX-License-Identifier: MIT OR Apache-2.0

//! The seam between the core and an architecture: what the core's attach state machine
//! ([`attach`](super::attach)) asks of an IOMMU, in two traits.
//!
//! [`Semantics`] is the architecture's generated API semantics (`spec::semantics`): the
//! preconditions of each operation of the shared contract (`check_<op>`) and the `realise`
//! rules of its two entry kinds, the device's entry (SMMUv3: the STE; RISC-V: the device
//! context, DC) and the per-PASID entry (SMMUv3: the CD; RISC-V: the process context, PC), each
//! made from a base entry through the generated setters. An implementation only forwards to the
//! generated functions, whose `DeviceState` it implements for [`Attachment`]; it decides
//! nothing itself.
//!
//! [`Driver`] is the architecture's driver object: probe and features (how many PASIDs the
//! device takes), how an entry is made for a domain (the base entry the realise rules start
//! from, and what the rules leave to the implementation, such as where the PASID table is),
//! how an entry reaches memory (through the hitless writer, with the invalidations its
//! architecture needs: SMMUv3's CFGI_STE and CFGI_CD, RISC-V's IODIR.INVAL_DDT and
//! IODIR.INVAL_PDT), and its errors. Interrupts and fault records stay the architecture's own
//! (an `EventQueue` or fault queue of its own, over [`ring`](super::ring)'s index protocols).
//!
//! The core keeps the API state (the RID's domain and the PASID table of every device), the
//! domains' user counts and the order in which entries are written: per-PASID entries before a
//! device entry that points at them, stale ones cleared first.

#[cfg(not(iommugen_test))]
use super::attach::{Attachment, DomainId, Kind};
#[cfg(not(iommugen_test))]
use super::error::{Refusal, Result};
#[cfg(not(iommugen_test))]
use super::support::UsedBits;

#[cfg(not(iommugen_test))]
/// An operation of the shared contract (`specs/common/iommu_domain.iommu`), with its
/// arguments, as the generated `check_<op>` functions take them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// `attach_dev(d)`: attach a domain of type `Kind` to the RID.
    AttachDev(Kind),
    /// `set_dev_pasid(p, d)`: attach a domain of type `Kind` to PASID `p`.
    SetDevPasid(u32, Kind),
    /// `remove_dev_pasid(p)`.
    RemoveDevPasid(u32),
}

#[cfg(not(iommugen_test))]
/// An architecture's generated semantics (`spec::semantics`), as the core calls them.
pub(crate) trait Semantics {
    /// The device's entry (SMMUv3 STE, RISC-V DC).
    type DeviceEntry: UsedBits + Copy;
    /// The per-PASID entry (SMMUv3 CD, RISC-V PC).
    type PasidEntry: UsedBits + Copy;

    /// The generated precondition of `op` (`check_<op>`) on the device's API state.
    fn check(op: Op, dev: &Attachment) -> core::result::Result<(), Refusal>;
    /// The generated `realise_<device entry>`: `base` with the fields the rules name set, or
    /// `None` when no rule applies.
    fn realise_device(dev: &Attachment, base: Self::DeviceEntry) -> Option<Self::DeviceEntry>;
    /// The generated `realise_<PASID entry>` of PASID `pasid`; PASID 0 is the entry the RID's
    /// domain translates through when the device entry points at a PASID table.
    fn realise_pasid(
        dev: &Attachment,
        pasid: u32,
        base: Self::PasidEntry,
    ) -> Option<Self::PasidEntry>;
    /// Whether a PASID entry is valid (its V bit).
    fn pasid_entry_valid(e: &Self::PasidEntry) -> bool;
    /// Whether a realised device entry translates through a PASID table (SMMUv3: Config
    /// selects stage 1; RISC-V: DC.tc.PDTV).
    fn uses_pasid_table(e: &Self::DeviceEntry) -> bool;
}

#[cfg(not(iommugen_test))]
/// An architecture's driver object, as the core's attach state machine drives it.
pub(crate) trait Driver {
    /// Its generated semantics.
    type Sem: Semantics;

    /// The API state of every device, kept by the core in the driver.
    fn devices(&mut self) -> &mut super::attach::Devices;
    /// The API state of every device, to read.
    fn devices_ref(&self) -> &super::attach::Devices;
    /// Whether `dev` names a device the IOMMU can translate for (StreamID or device ID in
    /// range).
    fn device_in_range(&self, dev: u32) -> Result<()>;
    /// Whether `pasid` is a PASID the device takes (SMMUv3: below 2^SSIDSIZE; RISC-V: below
    /// the process directory's reach); PASID 0 is never one.
    fn pasid_in_range(&self, pasid: u32) -> Result<()>;
    /// The type of a paging domain: [`Kind::Paging`] or [`Kind::Sva`].
    fn domain_kind(&self, id: DomainId) -> Result<Kind>;
    /// Counts one more user of `new` and one fewer of `old`.
    fn use_domain(&mut self, new: Option<DomainId>, old: Option<DomainId>);

    /// The base entry of a PASID entry for domain `id` (its page-table root, address-space
    /// tag and attributes: what the realise rules leave to the implementation), or the empty
    /// entry for `None`.
    fn pasid_base(&self, id: Option<DomainId>) -> Result<<Self::Sem as Semantics>::PasidEntry>;
    /// The base entry of the device's entry (the valid bit or its equivalent, which the rules
    /// may clear).
    fn device_base(&self) -> <Self::Sem as Semantics>::DeviceEntry;
    /// Makes sure the device has a PASID table (allocated on first use).
    fn ensure_pasid_table(&mut self, dev: u32) -> Result<()>;
    /// Writes PASID entry `pasid` of `dev` through the hitless writer, with the invalidation
    /// of that entry (SMMUv3: CFGI_CD; RISC-V: IODIR.INVAL_PDT).
    fn write_pasid_entry(
        &mut self,
        dev: u32,
        pasid: u32,
        e: &<Self::Sem as Semantics>::PasidEntry,
    ) -> Result<()>;
    /// Completes a realised device entry with what the rules leave to the implementation (the
    /// PASID table's address and size, stage-2 fields) and writes it through the hitless writer
    /// with its invalidation (SMMUv3: CFGI_STE; RISC-V: IODIR.INVAL_DDT).
    fn write_device_entry(
        &mut self,
        dev: u32,
        e: <Self::Sem as Semantics>::DeviceEntry,
    ) -> Result<()>;
}
