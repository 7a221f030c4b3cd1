//! Register handshakes and register-file behaviour of the model, through the `Hal` impl and the
//! generated register types: ID registers, CR0/CR0ACK, IRQ_CTRL/IRQ_CTRLACK, GBPA with Update,
//! GERROR/GERRORN, aliases, 32-bit halves, read-only and unknown registers, slow handshakes.

mod common;

use common::{poll, read, write};
use iommugen_mock::spec::enums::{OutputAddrSize, StLevel, StallModel, TtFormat};
use iommugen_mock::spec::regs::{
    CmdqBase, Cr0, Cr0ack, EvtqProd, Gbpa, Gerror, Gerrorn, Idr0, Idr1, Idr5, IrqCtrl, IrqCtrlack,
    StrtabBase,
};
use iommugen_mock::{GerrorStorm, MockSmmu, Violation};
use iommugen_runtime::hal::{Clock, Hal};

#[test]
fn id_registers_describe_the_configuration() {
    let s = MockSmmu::new();
    let idr0 = read::<Idr0>(&s);
    assert!(
        idr0.s1p() && idr0.s2p() && idr0.cd2l() && idr0.asid16() && idr0.vmid16() && idr0.cohacc()
    );
    assert_eq!(idr0.ttf(), Ok(TtFormat::AArch64));
    assert_eq!(idr0.st_level(), Ok(StLevel::TwoLevel));
    assert_eq!(idr0.stall_model(), Ok(StallModel::TerminateOnly));
    let idr1 = read::<Idr1>(&s);
    assert_eq!(
        (
            idr1.sidsize(),
            idr1.ssidsize(),
            idr1.cmdqs(),
            idr1.eventqs()
        ),
        (16, 8, 19, 19)
    );
    let idr5 = read::<Idr5>(&s);
    assert_eq!(idr5.oas(), Ok(OutputAddrSize::Bits44));
    assert!(idr5.gran4k() && idr5.gran16k() && idr5.gran64k());
    assert!(s.violations().is_empty());
}

#[test]
fn cr0_is_acknowledged_in_cr0ack() {
    let s = MockSmmu::new();
    let v = Cr0::from_bits(0).with_cmdqen(true).with_eventqen(true);
    write(&s, v);
    assert!(v.acked_by(read::<Cr0ack>(&s)));
    assert_eq!(read::<Cr0>(&s), v);
    write(&s, Cr0::from_bits(0));
    assert_eq!(read::<Cr0ack>(&s).bits(), 0);
}

#[test]
fn slow_acknowledgement_follows_the_virtual_clock() {
    let s = MockSmmu::new();
    s.set_faults(|f| f.ack_delay_ns = 50_000);
    let v = Cr0::from_bits(0).with_smmuen(true);
    write(&s, v);
    assert!(
        !v.acked_by(read::<Cr0ack>(&s)),
        "acknowledged before the delay"
    );
    let start = s.now_ns();
    assert!(poll(&s, 1_000_000, || v.acked_by(read::<Cr0ack>(&s))));
    let waited = s.now_ns() - start;
    assert!((50_000..=51_000).contains(&waited), "waited {waited} ns");

    // A handshake that never completes times out after exactly the bound.
    s.set_faults(|f| f.ack_delay_ns = u64::MAX);
    write(&s, Cr0::from_bits(0));
    let start = s.now_ns();
    assert!(!poll(&s, 10_000, || read::<Cr0ack>(&s).bits() == 0));
    assert_eq!(s.now_ns() - start, 11_000);
}

#[test]
fn irq_ctrl_is_acknowledged() {
    let s = MockSmmu::new();
    let v = IrqCtrl::from_bits(0)
        .with_gerror_irqen(true)
        .with_eventq_irqen(true);
    write(&s, v);
    assert!(v.acked_by(read::<IrqCtrlack>(&s)));
}

#[test]
fn gbpa_update_handshake() {
    let s = MockSmmu::new();
    assert_eq!(
        read::<Gbpa>(&s).bits(),
        0x0000_1000,
        "reset value as QEMU 10 reports"
    );
    write(&s, Gbpa::from_bits(0).with_abort(true).with_update(true));
    let g = read::<Gbpa>(&s);
    assert!(
        !g.update(),
        "Update clears once the update has taken effect"
    );
    assert_eq!(g.bits(), 0x0010_0000);
    // Without Update the write is ignored.
    write(&s, Gbpa::from_bits(0));
    assert_eq!(read::<Gbpa>(&s).bits(), 0x0010_0000);
    assert_eq!(s.take_violations(), vec![Violation::GbpaWithoutUpdate]);
    // With a delay, Update stays set until the device is done.
    s.set_faults(|f| f.ack_delay_ns = 5_000);
    write(&s, Gbpa::from_bits(0).with_update(true));
    assert!(read::<Gbpa>(&s).update());
    assert!(poll(&s, 100_000, || !read::<Gbpa>(&s).update()));
    assert_eq!(read::<Gbpa>(&s).bits(), 0);
}

#[test]
fn gerror_is_acknowledged_by_toggling_gerrorn() {
    let s = MockSmmu::new();
    let sfm = Gerrorn::from_bits(0).with_sfm_err(true).bits();
    s.set_faults(|f| {
        f.gerror_storm = Some(GerrorStorm {
            bits: sfm,
            repeats: 2,
        })
    });
    let mut acks = 0;
    loop {
        let gerror = read::<Gerror>(&s);
        let gerrorn = read::<Gerrorn>(&s);
        let active = gerror.active(gerrorn);
        if active.bits() == 0 {
            break;
        }
        assert!(active.sfm_err());
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
    write(&s, EvtqProd::from_bits(0).with_wr(5).unwrap());
    assert_eq!(s.mmio_read32(0xa8), 5);
    s.mmio_write32(0xa8, 6);
    assert_eq!(read::<EvtqProd>(&s).wr(), 6);

    // 32-bit halves of a 64-bit register.
    s.mmio_write32(StrtabBase::OFFSET, 0x4000_0040);
    s.mmio_write32(StrtabBase::OFFSET + 4, 0x1);
    assert_eq!(read::<StrtabBase>(&s).addr(), 0x1_4000_0040);
    assert_eq!(s.mmio_read32(StrtabBase::OFFSET + 4), 1);

    // Read-only registers ignore writes; unknown offsets read as zero; RES0 bits stay zero.
    let idr0 = read::<Idr0>(&s).bits();
    s.mmio_write32(Idr0::OFFSET, 0);
    assert_eq!(read::<Idr0>(&s).bits(), idr0);
    assert_eq!(s.mmio_read32(0x3ff0), 0);
    s.mmio_write64(CmdqBase::OFFSET, 1 << 63);
    assert_eq!(read::<CmdqBase>(&s).bits(), 0);
    // A 64-bit access to a 32-bit register.
    s.mmio_write64(Cr0::OFFSET, 1);
    assert_eq!(read::<Cr0>(&s).bits(), 0);
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
    write(&s, StrtabBase::from_bits(0).with_addr(0x4000_0000).unwrap());
    write(&s, Cr0::from_bits(0).with_smmuen(true));
    write(&s, StrtabBase::from_bits(0).with_addr(0x5000_0000).unwrap());
    assert_eq!(read::<StrtabBase>(&s).addr(), 0x4000_0000);
    assert_eq!(
        s.take_violations(),
        vec![Violation::WriteWhileEnabled {
            name: "STRTAB_BASE"
        }]
    );
}
