//! The command queue: consumption with the wrap bit, the CERROR_ILL flow (consumption stops at
//! the bad command, GERROR.CMDQ_ERR, acknowledgement in GERRORN, the replaced command re-read),
//! injected illegal and aborted commands, a CMD_SYNC that never completes, SYNC interrupts.

mod common;

use common::{poll, read, write, Rig};
use iommugen_mock::spec::cmdq::{
    CMDQ_Command, CMD_CFGI_STE, CMD_SYNC, CMD_TLBI_EL3_ALL, CMD_TLBI_NSNH_ALL,
};
use iommugen_mock::spec::enums::{CmdqError, ComplSignal};
use iommugen_mock::spec::regs::{CMDQ_CONS, CMDQ_PROD, GERROR, GERRORN};
use iommugen_mock::{Irqs, MockConfig};
use iommugen_runtime::hal::{Clock, Hal};

fn sync() -> CMDQ_Command {
    CMDQ_Command::CMD_SYNC(CMD_SYNC::new())
}

/// The command error in effect, if any: CMDQ_CONS.ERR while GERROR.CMDQ_ERR is active.
fn cmdq_error(rig: &Rig) -> Option<(CmdqError, u32)> {
    let active = read::<GERROR>(&rig.smmu).active(read::<GERRORN>(&rig.smmu));
    let cons = read::<CMDQ_CONS>(&rig.smmu);
    active
        .CMDQ_ERR()
        .then(|| (cons.ERR().expect("ERR decodes"), cons.RD()))
}

fn acknowledge(rig: &Rig) {
    let gerror = read::<GERROR>(&rig.smmu);
    write(&rig.smmu, read::<GERRORN>(&rig.smmu).acknowledge(gerror));
}

#[test]
fn consumption_wraps() {
    let rig = Rig::new();
    // 16-entry queue: 40 commands wrap it twice and more.
    for _ in 0..8 {
        assert!(rig.run(&[CMDQ_Command::CMD_TLBI_NSNH_ALL(CMD_TLBI_NSNH_ALL::new()); 4]));
    }
    let cons = read::<CMDQ_CONS>(&rig.smmu).RD();
    assert_eq!(cons, 40 % 32, "index and wrap bit");
    assert_eq!(rig.smmu.stats().commands, 40);
    assert_eq!(rig.smmu.stats().syncs, 8);
}

#[test]
fn illegal_command_stops_the_queue_until_acknowledged() {
    let rig = Rig::new();
    let bad = CMDQ_Command::CMD_TLBI_EL3_ALL(CMD_TLBI_EL3_ALL::new()); // Secure-only: illegal here.
    rig.push(&[
        CMDQ_Command::CMD_TLBI_NSNH_ALL(CMD_TLBI_NSNH_ALL::new()),
        bad,
        sync(),
    ]);
    assert_eq!(
        cmdq_error(&rig),
        Some((CmdqError::CERROR_ILL, 1)),
        "CONS points at the bad command"
    );
    assert_eq!(read::<CMDQ_PROD>(&rig.smmu).WR(), 3);
    // Pushing more does not restart consumption while the error is active.
    rig.push(&[sync()]);
    assert_eq!(read::<CMDQ_CONS>(&rig.smmu).RD(), 1);

    // Software replaces the bad command with a CMD_SYNC (as Linux does) and acknowledges.
    let words = sync().encode();
    rig.smmu.dma_write(&rig.cmdq, 2, words[0]);
    rig.smmu.dma_write(&rig.cmdq, 3, words[1]);
    rig.smmu.wmb();
    acknowledge(&rig);
    assert_eq!(cmdq_error(&rig), None);
    assert!(rig.drained());
    assert_eq!(rig.smmu.stats().command_errors, 1);
}

#[test]
fn undecodable_command_is_illegal() {
    let rig = Rig::new();
    // Opcode 0xff does not exist; a CMD_SYNC with the reserved CS encoding 0b11 neither.
    let bad_sync = CMDQ_Command::CMD_SYNC(CMD_SYNC([CMD_SYNC::new().0[0] | 3 << 12, 0]));
    for bad in [[0xff, 0], bad_sync.encode()] {
        rig.smmu.dma_write(
            &rig.cmdq,
            2 * (read::<CMDQ_PROD>(&rig.smmu).WR() as usize & 15),
            bad[0],
        );
        rig.smmu.dma_write(
            &rig.cmdq,
            2 * (read::<CMDQ_PROD>(&rig.smmu).WR() as usize & 15) + 1,
            bad[1],
        );
        rig.smmu.wmb();
        let prod = read::<CMDQ_PROD>(&rig.smmu).WR() + 1;
        write(&rig.smmu, CMDQ_PROD::from_bits(0).with_WR(prod).unwrap());
        assert_eq!(cmdq_error(&rig).map(|e| e.0), Some(CmdqError::CERROR_ILL));
        rig.smmu.set_faults(|_| {});
        // Skip it: replace with CMD_SYNC.
        let slot = 2 * (read::<CMDQ_CONS>(&rig.smmu).RD() as usize & 15);
        rig.smmu.dma_write(&rig.cmdq, slot, sync().encode()[0]);
        rig.smmu.dma_write(&rig.cmdq, slot + 1, 0);
        rig.smmu.wmb();
        acknowledge(&rig);
        assert!(rig.drained());
    }
}

#[test]
fn injected_command_errors() {
    let rig = Rig::new();
    let cfgi = CMDQ_Command::CMD_CFGI_STE(CMD_CFGI_STE::new().with_StreamID(1));
    rig.smmu.set_faults(|f| f.reject_commands = 1);
    rig.push(&[cfgi, sync()]);
    assert_eq!(cmdq_error(&rig), Some((CmdqError::CERROR_ILL, 0)));
    acknowledge(&rig);
    // The command is read again and is fine this time.
    assert!(rig.drained());

    rig.smmu.set_faults(|f| f.abort_commands = 2);
    rig.push(&[cfgi, sync()]);
    assert_eq!(cmdq_error(&rig).map(|e| e.0), Some(CmdqError::CERROR_ABT));
    acknowledge(&rig);
    assert_eq!(
        cmdq_error(&rig).map(|e| e.0),
        Some(CmdqError::CERROR_ABT),
        "the second fetch aborts too"
    );
    acknowledge(&rig);
    assert!(rig.drained());
}

#[test]
fn hung_sync_times_out_then_completes() {
    let rig = Rig::new();
    rig.smmu.set_faults(|f| f.hang_sync = true);
    let cfgi = CMDQ_Command::CMD_CFGI_STE(CMD_CFGI_STE::new().with_StreamID(1));
    rig.push(&[cfgi, sync()]);
    let start = rig.smmu.now_ns();
    assert!(
        !poll(&rig.smmu, 20_000, || rig.drained()),
        "a hung CMD_SYNC never completes"
    );
    assert_eq!(
        rig.smmu.now_ns() - start,
        21_000,
        "the timeout is deterministic"
    );
    assert_eq!(
        read::<CMDQ_CONS>(&rig.smmu).RD(),
        1,
        "CONS stops at the CMD_SYNC"
    );
    rig.smmu.set_faults(|f| f.hang_sync = false);
    assert!(poll(&rig.smmu, 20_000, || rig.drained()));
}

#[test]
fn sync_signals_completion() {
    let rig = Rig::queues(
        MockConfig {
            msi: true,
            ..MockConfig::default()
        },
        6,
        3,
    );
    let flag = rig.smmu.dma_alloc(8, 8).unwrap();
    let c = CMD_SYNC::new()
        .with_CS(ComplSignal::SIG_IRQ)
        .with_MSIData(0x5eed)
        .with_MSIAddress(flag.addr)
        .unwrap();
    rig.push(&[CMDQ_Command::CMD_SYNC(c)]);
    assert!(rig.drained());
    assert_eq!(rig.smmu.dma_read(&flag, 0), 0x5eed, "the MSI write landed");
    assert_eq!(
        rig.smmu.take_irqs(),
        Irqs {
            cmd_sync: 1,
            ..Irqs::default()
        }
    );
    let none = CMD_SYNC::new().with_CS(ComplSignal::SIG_NONE);
    rig.push(&[CMDQ_Command::CMD_SYNC(none)]);
    assert_eq!(rig.smmu.take_irqs(), Irqs::default());
}

#[test]
fn missing_barrier_before_the_doorbell_is_noticed() {
    let rig = Rig::new();
    let w = sync().encode();
    rig.smmu.dma_write(&rig.cmdq, 0, w[0]);
    rig.smmu.dma_write(&rig.cmdq, 1, w[1]);
    write(&rig.smmu, CMDQ_PROD::from_bits(0).with_WR(1).unwrap());
    assert!(
        rig.drained(),
        "the model is coherent; it only reports the missing barrier"
    );
    assert_eq!(
        rig.smmu.take_violations(),
        vec![iommugen_mock::Violation::MissingBarrier {
            before: "CMDQ_PROD"
        }]
    );
}
