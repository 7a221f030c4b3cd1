//! The generic register-file engine on a hand-written table (write-1-to-clear, self-clearing,
//! RES1, read-only fields, aliases, handshakes), and the generated SMMUv3 table against the
//! generated register types.

use iommugen_mock::regfile::RegFile;
use iommugen_mock::spec::regs::{CR0, CR0ACK, EVTQ_PROD, GBPA, GERROR, GERRORN, IRQ_CTRL};
use iommugen_mock::spec::support::{AckedBy, Register};
use iommugen_mock::table::{RegAccess, RegPartner, RegRef, RegSpec, REGISTERS};

const fn reg(name: &'static str, offset: usize, access: RegAccess) -> RegSpec {
    RegSpec {
        name,
        block: "b",
        offset,
        width: 32,
        access,
        reset: 0,
        writable: 0,
        w1c: 0,
        self_clearing: 0,
        res0: 0,
        res1: 0,
        acked_by: None,
        toggled_by: None,
        alias_of: None,
    }
}

static TOY: [RegSpec; 6] = [
    RegSpec {
        writable: 0x7,
        acked_by: Some(RegPartner {
            name: "CTRLACK",
            offset: 0x8,
            shared: 0x7,
        }),
        ..reg("CTRL", 0x4, RegAccess::ReadWrite)
    },
    reg("CTRLACK", 0x8, RegAccess::ReadOnly),
    RegSpec {
        toggled_by: Some(RegPartner {
            name: "ERRN",
            offset: 0x14,
            shared: 0x3,
        }),
        ..reg("ERR", 0x10, RegAccess::ReadOnly)
    },
    RegSpec {
        writable: 0x3,
        ..reg("ERRN", 0x14, RegAccess::ReadWrite)
    },
    // FAULT [0] w1c, FLUSH [1] self-clearing, BUSY [2] read-only field, bit 3 RES1.
    RegSpec {
        reset: 0x8,
        writable: 0x3,
        w1c: 0x1,
        self_clearing: 0x2,
        res1: 0x8,
        res0: !0xf & 0xffff_ffff,
        ..reg("STATUS", 0x18, RegAccess::ReadWrite)
    },
    RegSpec {
        alias_of: Some(RegRef {
            name: "STATUS",
            offset: 0x18,
        }),
        writable: 0x3,
        ..reg("STATUS_ALIAS", 0x118, RegAccess::ReadWrite)
    },
];

#[test]
fn engine_masks_and_handshakes() {
    let mut rf = RegFile::new(&TOY);
    let status = rf.at(0x18).unwrap();
    assert_eq!(rf.value(status), 0x8, "RES1 in the reset value");
    // The device sets FAULT and BUSY; software writes 1 to FAULT to clear it, BUSY is untouched.
    rf.set(status, 0x8 | 0x4 | 0x1);
    let w = rf.software_write(status, 0x1).unwrap();
    assert_eq!((w.old, w.new), (0xd, 0xc));
    // FLUSH: written as 1, cleared once the device acknowledges.
    rf.software_write(status, 0x2);
    assert!(rf.pending(status));
    rf.acknowledge(status);
    assert_eq!(rf.value(status), 0xc);
    // The alias reaches the same value.
    assert_eq!(rf.at(0x118), Some(status));

    let ctrl = rf.at(0x4).unwrap();
    rf.software_write(ctrl, 0xff);
    assert_eq!(rf.value(ctrl), 0x7);
    assert!(rf.pending(ctrl));
    rf.acknowledge(ctrl);
    assert_eq!(rf.value(rf.at(0x8).unwrap()), 0x7);
    assert!(!rf.pending(ctrl));
    assert_eq!(rf.software_write(rf.at(0x8).unwrap(), 0), None, "read-only");

    let (err, errn) = (rf.at(0x10).unwrap(), rf.at(0x14).unwrap());
    assert_eq!(rf.raise(err, 0x1), 0x1);
    assert_eq!(rf.raise(err, 0x3), 0x2, "bit 0 is already active");
    assert_eq!(rf.active(err), 0x3);
    rf.software_write(errn, rf.value(err));
    assert_eq!(rf.active(err), 0);
    assert_eq!(rf.at(0x1234), None);
}

fn row(name: &str) -> &'static RegSpec {
    REGISTERS
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("{name} in the table"))
}

fn check<R: Register>() {
    let r = row(R::NAME);
    assert_eq!((r.offset, r.width), (R::OFFSET, R::WIDTH), "{}", R::NAME);
}

#[test]
fn generated_table_matches_the_register_types() {
    check::<CR0>();
    check::<CR0ACK>();
    check::<GBPA>();
    check::<GERROR>();
    check::<GERRORN>();
    check::<IRQ_CTRL>();
    check::<EVTQ_PROD>();
    let cr0 = row("CR0");
    assert_eq!(
        cr0.acked_by.map(|p| (p.offset, p.shared)),
        Some((CR0ACK::OFFSET, <CR0 as AckedBy>::SHARED))
    );
    assert_eq!(
        row("GERROR").toggled_by.map(|p| p.offset),
        Some(GERRORN::OFFSET)
    );
    assert_eq!(
        row("EVTQ_PROD_P0").alias_of.map(|a| a.offset),
        Some(EVTQ_PROD::OFFSET)
    );
    assert_eq!(row("GBPA").self_clearing, 1 << 31);
    assert_eq!(row("IDR0").writable, 0);
    let mut names: Vec<&str> = REGISTERS.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), REGISTERS.len());
}
