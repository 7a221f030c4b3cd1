//! The attach state machine on a minimal architecture with no SMMUv3 code: one-word device and
//! PASID entries in host memory, semantics written after the shared contract, and a driver
//! that writes entries through the hitless writer and counts its invalidations.

use alloc::vec::Vec;

use super::super::arch::{Driver, Op, Semantics};
use super::super::error::{Error, Refusal, Result};
use super::super::hitless::{write_entry, EntryStore};
use super::super::store::VecMap;
use super::super::support::{FieldInfo, Layout, UsedBits};
use super::*;

/// A device entry: V (bit 0), T (bit 1: translate through the PASID table), the table's address
/// (bits 12..). The hardware reads only V while V is clear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Dev([u64; 1]);
/// A PASID entry: V (bit 0), the page table's root (bits 12..).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Pas([u64; 1]);

macro_rules! layout {
    ($t:ident, $name:literal) => {
        impl Layout for $t {
            const NAME: &'static str = $name;
            const WORDS: usize = 1;
            const FIELDS: &'static [FieldInfo] = &[];
            fn words(&self) -> &[u64] {
                &self.0
            }
            fn words_mut(&mut self) -> &mut [u64] {
                &mut self.0
            }
        }
        impl UsedBits for $t {
            fn used_bits(&self) -> Self {
                $t([if self.0[0] & 1 != 0 { !0 } else { 1 }])
            }
            fn update_safe(&self, _target: &Self) -> Self {
                $t([0])
            }
        }
    };
}
layout!(Dev, "DEV");
layout!(Pas, "PAS");

/// The contract's preconditions and realise rules for the two entries.
struct Sem;

impl Semantics for Sem {
    type DeviceEntry = Dev;
    type PasidEntry = Pas;

    fn check(op: Op, dev: &Attachment) -> core::result::Result<(), Refusal> {
        match op {
            Op::AttachDev(Kind::Sva) => Err(Refusal::Einval),
            Op::SetDevPasid(_, k) if !matches!(k, Kind::Paging | Kind::Sva) => Err(Refusal::Einval),
            Op::ReleaseOwner if !dev.pasid_empty() => Err(Refusal::Ebusy),
            _ => Ok(()),
        }
    }

    fn realise_device(dev: &Attachment, base: Dev) -> Option<Dev> {
        Some(match (dev.rid(), dev.pasid_empty()) {
            (Kind::Blocked, true) => Dev([base.0[0] & !1]),
            (Kind::Identity, true) => Dev([base.0[0] | 1]),
            _ => Dev([base.0[0] | 0b11]),
        })
    }

    fn realise_pasid(dev: &Attachment, pasid: u32, base: Pas) -> Option<Pas> {
        let valid = if pasid == 0 {
            dev.rid() == Kind::Paging
        } else {
            dev.pasid(pasid).is_some()
        };
        Some(Pas([if valid { base.0[0] | 1 } else { base.0[0] & !1 }]))
    }

    fn pasid_entry_valid(e: &Pas) -> bool {
        e.0[0] & 1 != 0
    }

    fn uses_pasid_table(e: &Dev) -> bool {
        e.0[0] & 0b10 != 0
    }
}

/// One word of host memory, synced by counting.
struct Word<'a> {
    word: &'a mut u64,
    syncs: &'a mut u32,
}

impl EntryStore for Word<'_> {
    fn read(&self, _i: usize) -> u64 {
        *self.word
    }
    fn write(&mut self, _i: usize, value: u64) {
        *self.word = value;
    }
    fn sync(&mut self) -> Result<()> {
        *self.syncs += 1;
        Ok(())
    }
}

#[derive(Default)]
struct Toy {
    devices: Devices,
    /// Domain ID -> (SVA, users).
    domains: VecMap<u32, (bool, u32)>,
    dev_entries: VecMap<u32, u64>,
    /// (device, PASID) -> entry; a device's table is at `0x1000 * (device + 1)`.
    pasid_entries: VecMap<(u32, u32), u64>,
    tables: Vec<u32>,
    syncs: u32,
}

impl Driver for Toy {
    type Sem = Sem;

    fn devices(&mut self) -> &mut Devices {
        &mut self.devices
    }
    fn devices_ref(&self) -> &Devices {
        &self.devices
    }
    fn device_in_range(&self, dev: u32) -> Result<()> {
        if dev < 16 {
            Ok(())
        } else {
            Err(Error::InvalidArgument { what: "device" })
        }
    }
    fn pasid_in_range(&self, pasid: u32) -> Result<()> {
        if pasid > 0 && pasid < 8 {
            Ok(())
        } else {
            Err(Error::InvalidArgument { what: "PASID" })
        }
    }
    fn domain_kind(&self, id: DomainId) -> Result<Kind> {
        match self.domains.get(&id.0) {
            Some((true, _)) => Ok(Kind::Sva),
            Some((false, _)) => Ok(Kind::Paging),
            None => Err(Error::InvalidArgument { what: "domain" }),
        }
    }
    fn use_domain(&mut self, new: Option<DomainId>, old: Option<DomainId>) {
        if let Some(d) = new.and_then(|n| self.domains.get_mut(&n.0)) {
            d.1 += 1;
        }
        if let Some(d) = old.and_then(|o| self.domains.get_mut(&o.0)) {
            d.1 -= 1;
        }
    }
    fn pasid_base(&self, id: Option<DomainId>) -> Result<Pas> {
        Ok(Pas([id.map_or(0, |d| u64::from(d.0 + 1) << 20)]))
    }
    fn device_base(&self) -> Dev {
        Dev([1])
    }
    fn ensure_pasid_table(&mut self, dev: u32) -> Result<()> {
        if !self.tables.contains(&dev) {
            self.tables.push(dev);
        }
        Ok(())
    }
    fn write_pasid_entry(&mut self, dev: u32, pasid: u32, e: &Pas) -> Result<()> {
        let word = self
            .pasid_entries
            .try_get_or_insert_with((dev, pasid), || 0)?;
        write_entry(
            &mut Word {
                word,
                syncs: &mut self.syncs,
            },
            e,
        )?;
        Ok(())
    }
    fn write_device_entry(&mut self, dev: u32, e: Dev) -> Result<()> {
        // What the rules leave to the implementation: where the PASID table is.
        let e = if Sem::uses_pasid_table(&e) {
            Dev([e.0[0] | (0x1000 * u64::from(dev + 1))])
        } else {
            e
        };
        let word = self.dev_entries.try_get_or_insert_with(dev, || 0)?;
        write_entry(
            &mut Word {
                word,
                syncs: &mut self.syncs,
            },
            &e,
        )?;
        Ok(())
    }
}

fn toy() -> Toy {
    let mut t = Toy::default();
    t.domains.try_insert(1, (false, 0)).unwrap();
    t.domains.try_insert(2, (true, 0)).unwrap();
    t
}

fn pas(t: &Toy, dev: u32, pasid: u32) -> u64 {
    t.pasid_entries.get(&(dev, pasid)).copied().unwrap_or(0)
}

#[test]
fn attach_realises_pasid_entries_before_the_device_entry() {
    let mut t = toy();
    attach_dev(&mut t, 3, Target::Domain(DomainId(1))).unwrap();
    assert_eq!(t.dev_entries.get(&3), Some(&(0x4000 | 0b11)));
    assert_eq!(
        pas(&t, 3, 0),
        (2 << 20) | 1,
        "PASID 0 translates for the RID"
    );
    assert_eq!(t.domains.get(&1), Some(&(false, 1)));

    set_dev_pasid(&mut t, 3, 5, Target::Domain(DomainId(2))).unwrap();
    assert_eq!(pas(&t, 3, 5), (3 << 20) | 1);
    assert_eq!(t.domains.get(&2), Some(&(true, 1)));

    // Detaching the RID leaves the PASID translating, through the table.
    detach_dev(&mut t, 3).unwrap();
    assert_eq!(pas(&t, 3, 0), 0, "PASID 0 is cleared");
    assert_eq!(pas(&t, 3, 5), (3 << 20) | 1);
    assert_eq!(t.dev_entries.get(&3), Some(&(0x4000 | 0b11)));
    assert_eq!(t.domains.get(&1), Some(&(false, 0)));

    // Ownership cannot be released while a PASID is attached.
    assert_eq!(
        release_owner(&mut t, 3),
        Err(Error::Refused(Refusal::Ebusy))
    );
    remove_dev_pasid(&mut t, 3, 5).unwrap();
    assert_eq!(t.dev_entries.get(&3), Some(&0), "blocked: V clear");
    assert_eq!(t.domains.get(&2), Some(&(true, 0)));
    release_owner(&mut t, 3).unwrap();
    let a = t.devices.get(&3).unwrap();
    // The device entry no longer points at the PASID table, so its entries stay as they were
    // until the table is used again; then the stale one is cleared before anything else.
    assert!(!a.attached() && a.entry_live(5));
    assert_eq!(pas(&t, 3, 5), (3 << 20) | 1);
    attach_dev(&mut t, 3, Target::Domain(DomainId(1))).unwrap();
    assert_eq!(pas(&t, 3, 5), 0);
    let a = t.devices.get(&3).unwrap();
    assert!(a.entry_live(0) && !a.entry_live(5));
}

#[test]
fn the_generated_preconditions_refuse_before_anything_changes() {
    let mut t = toy();
    assert_eq!(
        attach_dev(&mut t, 1, Target::Domain(DomainId(2))),
        Err(Error::Refused(Refusal::Einval)),
        "an SVA domain cannot serve the RID"
    );
    assert_eq!(
        set_dev_pasid(&mut t, 1, 2, Target::Identity),
        Err(Error::Refused(Refusal::Einval))
    );
    assert!(set_dev_pasid(&mut t, 1, 9, Target::Domain(DomainId(1))).is_err());
    assert!(attach_dev(&mut t, 16, Target::Identity).is_err());
    assert!(t.dev_entries.is_empty() && t.pasid_entries.is_empty() && t.syncs == 0);
    assert_eq!(t.domains.get(&1), Some(&(false, 0)));
}

#[test]
fn identity_needs_no_pasid_table_and_stale_entries_are_cleared() {
    let mut t = toy();
    attach_dev(&mut t, 0, Target::Identity).unwrap();
    assert_eq!(t.dev_entries.get(&0), Some(&1));
    assert!(t.tables.is_empty() && t.pasid_entries.is_empty());
    set_dev_pasid(&mut t, 0, 1, Target::Domain(DomainId(1))).unwrap();
    set_dev_pasid(&mut t, 0, 2, Target::Domain(DomainId(1))).unwrap();
    assert_eq!(t.domains.get(&1), Some(&(false, 2)));
    remove_dev_pasid(&mut t, 0, 1).unwrap();
    assert_eq!(pas(&t, 0, 1), 0);
    assert_eq!(pas(&t, 0, 2), (2 << 20) | 1);
    // Replacing a PASID's domain counts the old one out.
    set_dev_pasid(&mut t, 0, 2, Target::Domain(DomainId(2))).unwrap();
    assert_eq!(t.domains.get(&1), Some(&(false, 0)));
    assert_eq!(t.domains.get(&2), Some(&(true, 1)));
}

#[test]
fn an_attachment_reports_its_state() {
    let a = Attachment::with_state(
        (Target::Domain(DomainId(4)), Kind::Paging),
        &[(9, DomainId(2), Kind::Sva), (3, DomainId(1), Kind::Paging)],
    )
    .unwrap();
    assert_eq!(a.rid(), Kind::Paging);
    assert_eq!(a.rid_target().domain(), Some(DomainId(4)));
    assert_eq!(a.pasid(9), Some(Kind::Sva));
    assert_eq!(a.pasid_domain(3), Some(DomainId(1)));
    assert_eq!(a.pasid(4), None);
    let order: Vec<u32> = a.pasids().map(|(p, _, _)| p).collect();
    assert_eq!(order, [3, 9], "PASID order");
    assert!(a.attached() && !a.pasid_empty() && !a.entry_live(3));
    assert_eq!(Target::Identity.domain(), None);
}
