//! Register handshakes and register-file behaviour of the model, through the `Hal` impl and the
//! generated register types: ID registers, CR0/CR0ACK, IRQ_CTRL/IRQ_CTRLACK, GBPA with Update,
//! GERROR/GERRORN, aliases, 32-bit halves, read-only and unknown registers, slow handshakes.

mod common;

use common::{poll, read, write};
use iommugen_mock::spec::enums::{OutputAddrSize, StLevel, StallModel, TtFormat};
use iommugen_mock::spec::regs::{
    CMDQ_BASE, CR0, CR0ACK, EVTQ_PROD, GBPA, GERROR, GERRORN, IDR0, IDR1, IDR5, IRQ_CTRL,
    IRQ_CTRLACK, STRTAB_BASE,
};
use iommugen_mock::{GerrorStorm, MockSmmu, Violation};
use iommugen_runtime::hal::{Clock, Hal};

#[test]
fn id_registers_describe_the_configuration() {
    let s = MockSmmu::new();
    let idr0 = read::<IDR0>(&s);
    assert!(
        idr0.S1P() && idr0.S2P() && idr0.CD2L() && idr0.ASID16() && idr0.VMID16() && idr0.COHACC()
    );
    assert_eq!(idr0.TTF(), Ok(TtFormat::AArch64));
    assert_eq!(idr0.ST_LEVEL(), Ok(StLevel::TwoLevel));
    assert_eq!(idr0.STALL_MODEL(), Ok(StallModel::TerminateOnly));
    let idr1 = read::<IDR1>(&s);
    assert_eq!(
        (
            idr1.SIDSIZE(),
            idr1.SSIDSIZE(),
            idr1.CMDQS(),
            idr1.EVENTQS()
        ),
        (16, 8, 19, 19)
    );
    let idr5 = read::<IDR5>(&s);
    assert_eq!(idr5.OAS(), Ok(OutputAddrSize::Bits44));
    assert!(idr5.GRAN4K() && idr5.GRAN16K() && idr5.GRAN64K());
    assert!(s.violations().is_empty());
}

#[test]
fn cr0_is_acknowledged_in_cr0ack() {
    let s = MockSmmu::new();
    let v = CR0::from_bits(0).with_CMDQEN(true).with_EVENTQEN(true);
    write(&s, v);
    assert!(v.acked_by(read::<CR0ACK>(&s)));
    assert_eq!(read::<CR0>(&s), v);
    write(&s, CR0::from_bits(0));
    assert_eq!(read::<CR0ACK>(&s).bits(), 0);
}

#[test]
fn slow_acknowledgement_follows_the_virtual_clock() {
    let s = MockSmmu::new();
    s.set_faults(|f| f.ack_delay_ns = 50_000);
    let v = CR0::from_bits(0).with_SMMUEN(true);
    write(&s, v);
    assert!(
        !v.acked_by(read::<CR0ACK>(&s)),
        "acknowledged before the delay"
    );
    let start = s.now_ns();
    assert!(poll(&s, 1_000_000, || v.acked_by(read::<CR0ACK>(&s))));
    let waited = s.now_ns() - start;
    assert!((50_000..=51_000).contains(&waited), "waited {waited} ns");

    // A handshake that never completes times out after exactly the bound.
    s.set_faults(|f| f.ack_delay_ns = u64::MAX);
    write(&s, CR0::from_bits(0));
    let start = s.now_ns();
    assert!(!poll(&s, 10_000, || read::<CR0ACK>(&s).bits() == 0));
    assert_eq!(s.now_ns() - start, 11_000);
}

#[test]
fn irq_ctrl_is_acknowledged() {
    let s = MockSmmu::new();
    let v = IRQ_CTRL::from_bits(0)
        .with_GERROR_IRQEN(true)
        .with_EVENTQ_IRQEN(true);
    write(&s, v);
    assert!(v.acked_by(read::<IRQ_CTRLACK>(&s)));
}

#[test]
fn gbpa_update_handshake() {
    let s = MockSmmu::new();
    assert_eq!(
        read::<GBPA>(&s).bits(),
        0x0000_1000,
        "reset value as QEMU 10 reports"
    );
    write(&s, GBPA::from_bits(0).with_ABORT(true).with_Update(true));
    let g = read::<GBPA>(&s);
    assert!(
        !g.Update(),
        "Update clears once the update has taken effect"
    );
    assert_eq!(g.bits(), 0x0010_0000);
    // Without Update the write is ignored.
    write(&s, GBPA::from_bits(0));
    assert_eq!(read::<GBPA>(&s).bits(), 0x0010_0000);
    assert_eq!(s.take_violations(), vec![Violation::GbpaWithoutUpdate]);
    // With a delay, Update stays set until the device is done.
    s.set_faults(|f| f.ack_delay_ns = 5_000);
    write(&s, GBPA::from_bits(0).with_Update(true));
    assert!(read::<GBPA>(&s).Update());
    assert!(poll(&s, 100_000, || !read::<GBPA>(&s).Update()));
    assert_eq!(read::<GBPA>(&s).bits(), 0);
}

#[test]
fn gerror_is_acknowledged_by_toggling_gerrorn() {
    let s = MockSmmu::new();
    let sfm = GERRORN::from_bits(0).with_SFM_ERR(true).bits();
    s.set_faults(|f| {
        f.gerror_storm = Some(GerrorStorm {
            bits: sfm,
            repeats: 2,
        })
    });
    let mut acks = 0;
    loop {
        let gerror = read::<GERROR>(&s);
        let gerrorn = read::<GERRORN>(&s);
        let active = gerror.active(gerrorn);
        if active.bits() == 0 {
            break;
        }
        assert!(active.SFM_ERR());
        write(&s, gerrorn.acknowledge(gerror));
        acks += 1;
        assert!(acks < 10);
    }
    assert_eq!(acks, 3, "raised once, then twice more on acknowledgement");
}

#[test]
fn aliases_halves_and_bad_accesses() {
    let s = MockSmmu::new();
    // EVTQ_PROD_P0 at 0xA8 is a view of EVTQ_PROD in page 1.
    write(&s, EVTQ_PROD::from_bits(0).with_WR(5).unwrap());
    assert_eq!(s.mmio_read32(0xa8), 5);
    s.mmio_write32(0xa8, 6);
    assert_eq!(read::<EVTQ_PROD>(&s).WR(), 6);

    // 32-bit halves of a 64-bit register.
    s.mmio_write32(STRTAB_BASE::OFFSET, 0x4000_0040);
    s.mmio_write32(STRTAB_BASE::OFFSET + 4, 0x1);
    assert_eq!(read::<STRTAB_BASE>(&s).ADDR(), 0x1_4000_0040);
    assert_eq!(s.mmio_read32(STRTAB_BASE::OFFSET + 4), 1);

    // Read-only registers ignore writes; unknown offsets read as zero; RES0 bits stay zero.
    let idr0 = read::<IDR0>(&s).bits();
    s.mmio_write32(IDR0::OFFSET, 0);
    assert_eq!(read::<IDR0>(&s).bits(), idr0);
    assert_eq!(s.mmio_read32(0x3ff0), 0);
    s.mmio_write64(CMDQ_BASE::OFFSET, 1 << 63);
    assert_eq!(read::<CMDQ_BASE>(&s).bits(), 0);
    // A 64-bit access to a 32-bit register.
    s.mmio_write64(CR0::OFFSET, 1);
    assert_eq!(read::<CR0>(&s).bits(), 0);
    // The Secure bank is RAZ/WI (no Secure state).
    s.mmio_write32(0x8020, 1);
    assert_eq!(s.mmio_read32(0x8024), 0);

    let v = s.take_violations();
    assert!(
        matches!(v[0], Violation::ReadOnlyWrite { name: "IDR0", .. }),
        "{v:?}"
    );
    assert!(matches!(
        v[1],
        Violation::UnknownRegister {
            offset: 0x3ff0,
            write: false,
            ..
        }
    ));
    assert!(matches!(
        v[2],
        Violation::Res0Written {
            name: "CMDQ_BASE",
            ..
        }
    ));
    assert!(matches!(
        v[3],
        Violation::WrongWidth {
            name: "CR0",
            width: 64
        }
    ));
    assert_eq!(v.len(), 4);
}

#[test]
fn base_registers_are_locked_while_enabled() {
    let s = MockSmmu::new();
    write(
        &s,
        STRTAB_BASE::from_bits(0).with_ADDR(0x4000_0000).unwrap(),
    );
    write(&s, CR0::from_bits(0).with_SMMUEN(true));
    write(
        &s,
        STRTAB_BASE::from_bits(0).with_ADDR(0x5000_0000).unwrap(),
    );
    assert_eq!(read::<STRTAB_BASE>(&s).ADDR(), 0x4000_0000);
    assert_eq!(
        s.take_violations(),
        vec![Violation::WriteWhileEnabled {
            name: "STRTAB_BASE"
        }]
    );
}
