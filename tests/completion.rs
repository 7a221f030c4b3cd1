//! Completion by memory write, on both mocks: a CMD_SYNC that signals its completion with an
//! MSI over its own slot (an SMMU with MSIs, coherent) and an IOFENCE.C with AV = 1 writing over
//! its own slot; each waiter reads memory, the consumer index only while the write has not come.
//! Errors and timeouts are still seen, and an SMMU without MSIs keeps polling CMDQ_CONS.

use iommugen_mock::riscv::RiscvMock;
use iommugen_mock::{MockConfig, MockSmmu, Outcome, Transfer};
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::{DmaBuf, Hal};
use iommugen_runtime::queue::command::Completion;
use iommugen_runtime::riscv::cq::CMD_ILL;
use iommugen_runtime::riscv::spec::cq::IOFENCE_C;
use iommugen_runtime::riscv::{Config as RvConfig, Iommu};
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::domain::RW;
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::cmdq::{CMDQ_Command, CMD_SYNC, CMD_TLBI_NH_ASID};
use iommugen_runtime::smmuv3::spec::enums::ComplSignal;

fn with_msis() -> Smmu<MockSmmu> {
    let cfg = MockConfig {
        msi: true,
        ..MockConfig::default()
    };
    Smmu::new(MockSmmu::with_config(cfg), Config::default()).expect("bring-up")
}

/// The commands in the queue's memory, slot by slot.
fn slots<H: Hal>(hal: &H, buf: &DmaBuf) -> Vec<[u64; 2]> {
    (0..buf.words() / 2)
        .map(|i| [hal.dma_read(buf, 2 * i), hal.dma_read(buf, 2 * i + 1)])
        .collect()
}

#[test]
fn a_cmd_sync_signals_completion_over_itself_on_an_smmu_with_msis() {
    let mut s = with_msis();
    assert_eq!(s.command_queue().1.completion_mode(), Completion::Memory);
    let tlbi = CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(3));
    s.hal.take_irqs();
    s.submit(&[tlbi; 70]).expect("two batches");
    assert_eq!(s.hal.take_irqs().cmd_sync, 2, "one MSI per batch");
    let (hal, q) = s.command_queue();
    let buf = q.buffer();
    // Every CMD_SYNC the driver wrote asks for the MSI at its own slot, and each one the SMMU
    // consumed was overwritten there (its first 32 bits are MSIData, 0).
    let mut written = 0;
    for (i, w) in slots(hal, &buf).into_iter().enumerate() {
        let c = CMD_SYNC(w);
        if w[1] != 0 && c.MSIAddress() == buf.addr + 16 * i as u64 {
            assert_eq!(
                w[0] as u32, 0,
                "slot {i}: the MSI write landed over the CMD_SYNC"
            );
            written += 1;
        }
    }
    assert!(
        written >= 3,
        "bring-up's and the two batches' CMD_SYNCs: {written}"
    );
    // The driver works on it.
    let pa = s.hal.dma_alloc(4096, 4096).unwrap().addr;
    let d = s.alloc_paging_domain().unwrap();
    s.map(d, 0x9000_0000, pa, 4096, RW).unwrap();
    s.attach_dev(0x10, Target::Domain(d)).unwrap();
    let t = s.hal.dma(0x10, None, 0x9000_0000, Transfer::Read(4));
    assert_eq!(t.outcome, Outcome::Translated);
    assert_eq!(s.unmap(d, 0x9000_0000, 4096), Ok(4096));
}

#[test]
fn with_msis_errors_and_hung_syncs_are_still_seen() {
    let mut s = with_msis();
    s.hal.set_faults(|f| f.abort_commands = 1);
    let r = s.submit(&[CMDQ_Command::CMD_SYNC(CMD_SYNC::new())]);
    assert!(
        matches!(r, Err(Error::CommandError { code: 2, .. })),
        "{r:?}"
    );
    s.hal.set_faults(|f| f.hang_sync = true);
    s.command_queue().1.timeout_us = 20_000;
    let r = s.submit(&[]);
    assert!(matches!(r, Err(Error::Timeout { .. })), "{r:?}");
    s.hal.set_faults(|f| f.hang_sync = false);
    s.submit(&[]).expect("the queue goes on");
    assert_eq!(s.command_stats().timeouts, 1);
}

#[test]
fn without_msis_cmdq_cons_is_polled() {
    let mut s = Smmu::new(MockSmmu::new(), Config::default()).expect("bring-up");
    assert_eq!(s.command_queue().1.completion_mode(), Completion::Polled);
    s.hal.take_irqs();
    s.submit(&[]).unwrap();
    assert_eq!(s.hal.take_irqs().cmd_sync, 0, "CS = SIG_NONE");
    let (hal, q) = s.command_queue();
    let buf = q.buffer();
    assert!(slots(hal, &buf)
        .into_iter()
        .filter(|w| w[0] & 0xff == 0x46)
        .all(|w| CMD_SYNC(w).CS() == Ok(ComplSignal::SIG_NONE)));
}

#[test]
fn an_iofence_c_writes_over_itself_and_errors_are_still_seen() {
    for completion in [Completion::Memory, Completion::Polled] {
        let m = RiscvMock::new();
        let config = RvConfig {
            completion,
            ..RvConfig::default()
        };
        let mut iommu = Iommu::new(m.clone(), config).expect("bring-up");
        iommu.invalidate_all().unwrap();
        let e = iommu.submit_raw([0, 0]).unwrap_err();
        assert_eq!(
            e,
            Error::CommandError {
                code: CMD_ILL,
                opcode: 0
            }
        );
        iommu.invalidate_all().unwrap();
        let (hal, q) = iommu.command_queue();
        assert_eq!(q.completion_mode(), completion);
        let buf = q.buffer();
        let (mut asked, mut written) = (0, 0);
        for (i, w) in slots(hal, &buf).into_iter().enumerate() {
            let f = IOFENCE_C(w);
            let own = buf.addr + 16 * i as u64;
            if w[0] & 0x7f == 2 && f.AV() {
                asked += 1;
            } else if w[0] == 0 && w[1] != 0 && f.ADDR() == own {
                written += 1;
            }
        }
        match completion {
            // Every fence asked for the write was consumed, so none is left unwritten.
            Completion::Memory => assert!(asked == 0 && written >= 3, "{asked} {written}"),
            Completion::Polled => assert_eq!((asked, written), (0, 0)),
        }
        assert_eq!(iommu.cq_stats().errors, 1);
    }
}
