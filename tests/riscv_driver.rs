//! The RISC-V IOMMU driver (`iommugen_runtime::riscv`) on the mock's RISC-V IOMMU: bring-up,
//! ddtp modes and 1/2/3-level directories, paging domains of every format DMA is played
//! through, identity and blocked, PASIDs with the semantics' answer (a), faults read from the
//! fault queue, translations stale until IODIR/IOTINVAL (with the mutants that skip them
//! caught), recovery from an illegal command, a command timeout, a stalled queue and a fault
//! queue overflow, and shutdown freeing everything.

use iommugen_mock::riscv::spec::enums::{FaultCause, IommuMode};
use iommugen_mock::riscv::spec::regs::{cqcsr, ddtp, fqcsr, icvec, ipsr};
use iommugen_mock::riscv::{Cause, RiscvMock};
use iommugen_mock::Transfer;
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::{DmaBuf, Hal};
use iommugen_runtime::pgtable::Prot;
use iommugen_runtime::planted::Mutation;
use iommugen_runtime::riscv::cq::{CMD_ILL, CMD_TO};
use iommugen_runtime::riscv::spec::enums as rt;
use iommugen_runtime::riscv::spec::fq::FAULT;
use iommugen_runtime::riscv::{Config, DdtMode, Iommu, Pending, Stage, Target, Vectors};

/// edu's device_id on QEMU (00:02.0), the second edu's (00:1f.0), and one that needs three
/// levels of extended contexts.
const DID: u32 = 0x10;
const DID_F8: u32 = 0xf8;
const DID_FF00: u32 = 0xff00;
const IOVA: u64 = 0x7_1234_5000;
const RW: Prot = Prot::READ.union(Prot::WRITE);

fn driver(m: &RiscvMock, config: Config) -> Iommu<RiscvMock> {
    Iommu::new(m.clone(), config).expect("bring-up")
}

fn page(m: &RiscvMock, pattern: u64) -> DmaBuf {
    let p = m.dma_alloc(4096, 4096).unwrap();
    for i in 0..512 {
        m.dma_write(&p, i, pattern);
    }
    p
}

/// Reads 8 bytes at `iova` as `did` (with `pid`): the word, or the cause of the fault.
fn read_as(m: &RiscvMock, did: u32, pid: Option<u32>, iova: u64) -> Result<u64, Cause> {
    let d = m.dma(did, pid, iova, Transfer::Read(8));
    match d.termination() {
        Some(t) => Err(t.cause),
        None => Ok(u64::from_le_bytes(d.data[..8].try_into().unwrap())),
    }
}

fn faults(iommu: &mut Iommu<RiscvMock>) -> Vec<FAULT> {
    let mut v = Vec::new();
    iommu.drain_faults(|f| v.push(f));
    v
}

const PAGE_FAULT: Result<u64, Cause> = Err(Cause::Fault(FaultCause::ReadPageFault));

#[test]
fn brings_up_with_queues_and_a_three_level_directory() {
    let m = RiscvMock::new();
    let iommu = driver(&m, Config::default());
    assert_eq!(iommu.caps.pasid_bits(), 8);
    assert_eq!(m.reg::<ddtp>().iommu_mode(), Ok(IommuMode::LVL3));
    assert!(m.reg::<cqcsr>().cqon() && m.reg::<fqcsr>().fqon());
    assert_eq!(iommu.mode(), DdtMode::Translate);
    // Unattached devices are blocked: the directory has no valid context for them.
    assert_eq!(
        read_as(&m, DID, None, 0x8000_0000),
        Err(Cause::Fault(FaultCause::DdtEntryNotValid))
    );
}

#[test]
fn off_and_bare_modes() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let src = page(&m, 0xba4e);
    iommu.set_mode(DdtMode::Bare).unwrap();
    assert_eq!(read_as(&m, DID, None, src.addr), Ok(0xba4e));
    iommu.set_mode(DdtMode::Off).unwrap();
    assert_eq!(
        read_as(&m, DID, None, src.addr),
        Err(Cause::Fault(FaultCause::AllInboundDisallowed))
    );
    let f = faults(&mut iommu);
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].DID(), f[0].iotval()), (DID, src.addr));
    iommu.set_mode(DdtMode::Translate).unwrap();
    iommu.attach_dev(DID, Target::Identity).unwrap();
    assert_eq!(read_as(&m, DID, None, src.addr), Ok(0xba4e));
}

#[test]
fn map_dma_unmap_fault_in_every_directory_depth() {
    for levels in 1..=3 {
        let m = RiscvMock::new();
        let mut iommu = driver(
            &m,
            Config {
                ddt_levels: levels,
                ..Config::default()
            },
        );
        let dids: &[u32] = match levels {
            1 => &[DID],
            2 => &[DID, DID_F8],
            _ => &[DID, DID_F8, DID_FF00],
        };
        let src = page(&m, 0x5139_0000 + u64::from(levels));
        let d = iommu.alloc_domain(Stage::Sv39).unwrap();
        iommu.map(d, IOVA, src.addr, 0x1000, RW).unwrap();
        for &did in dids {
            iommu.attach_dev(did, Target::Domain(d)).unwrap();
            assert_eq!(
                read_as(&m, did, None, IOVA + 8),
                Ok(0x5139_0000 + u64::from(levels))
            );
        }
        // A write goes through too.
        let w = m.dma(DID, None, IOVA + 16, Transfer::Write(&7u64.to_le_bytes()));
        assert!(w.is_ok());
        assert_eq!(m.dma_read(&src, 2), 7);
        assert_eq!(iommu.unmap(d, IOVA, 0x1000).unwrap(), 0x1000);
        for &did in dids {
            assert_eq!(read_as(&m, did, None, IOVA), PAGE_FAULT);
        }
        let f = faults(&mut iommu);
        assert_eq!(f.len(), dids.len());
        for (f, &did) in f.iter().zip(dids) {
            assert_eq!(f.CAUSE(), Ok(rt::FaultCause::ReadPageFault));
            assert_eq!(f.TTYP(), Ok(rt::FaultTtyp::UntranslatedRead));
            assert_eq!((f.DID(), f.iotval(), f.PV()), (did, IOVA, false));
        }
    }
}

#[test]
fn every_format_translates() {
    for stage in [
        Stage::Sv39,
        Stage::Sv48,
        Stage::Sv57,
        Stage::Sv39x4,
        Stage::Sv48x4,
    ] {
        let m = RiscvMock::new();
        let mut iommu = driver(&m, Config::default());
        let src = page(&m, 0xf0f0);
        let d = iommu.alloc_domain(stage).unwrap();
        // A 2 MiB superpage too, where the output is aligned for one.
        iommu.map(d, IOVA, src.addr, 0x1000, RW).unwrap();
        iommu
            .map(d, 0x4000_0000, 0x8000_0000, 0x20_0000, Prot::READ)
            .unwrap();
        assert_eq!(iommu.iova_to_phys(d, IOVA + 4), Some(src.addr + 4));
        iommu.attach_dev(DID, Target::Domain(d)).unwrap();
        assert_eq!(read_as(&m, DID, None, IOVA), Ok(0xf0f0), "{stage:?}");
        let off = src.addr - 0x8000_0000;
        assert_eq!(
            read_as(&m, DID, None, 0x4000_0000 + off),
            Ok(0xf0f0),
            "{stage:?}"
        );
        iommu.unmap(d, IOVA, 0x1000).unwrap();
        let want = if stage.g_stage() {
            Err(Cause::Fault(FaultCause::ReadGuestPageFault))
        } else {
            PAGE_FAULT
        };
        assert_eq!(read_as(&m, DID, None, IOVA), want, "{stage:?}");
    }
}

#[test]
fn identity_and_blocked() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let src = page(&m, 0x1d);
    iommu.attach_dev(DID, Target::Identity).unwrap();
    assert_eq!(read_as(&m, DID, None, src.addr), Ok(0x1d));
    iommu.attach_dev(DID, Target::Blocked).unwrap();
    assert_eq!(
        read_as(&m, DID, None, src.addr),
        Err(Cause::Fault(FaultCause::DdtEntryNotValid))
    );
}

#[test]
fn pasids_follow_answer_a() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let (a, b) = (page(&m, 0xaaaa), page(&m, 0xbbbb));
    let da = iommu.alloc_domain(Stage::Sv39).unwrap();
    let db = iommu.alloc_domain(Stage::Sv48).unwrap();
    iommu.map(da, IOVA, a.addr, 0x1000, RW).unwrap();
    iommu.map(db, IOVA, b.addr, 0x1000, RW).unwrap();
    iommu.attach_dev(DID, Target::Domain(da)).unwrap();
    iommu.set_dev_pasid(DID, 5, Target::Domain(db)).unwrap();
    assert!(iommu.dc(DID).unwrap().PDTV());
    assert_eq!(read_as(&m, DID, None, IOVA), Ok(0xaaaa));
    assert_eq!(read_as(&m, DID, Some(5), IOVA), Ok(0xbbbb));
    // Another PASID is not attached.
    assert_eq!(
        read_as(&m, DID, Some(6), IOVA),
        Err(Cause::Fault(FaultCause::PdtEntryNotValid))
    );
    // Detaching the RID leaves the PASID translating.
    iommu.detach_dev(DID).unwrap();
    assert!(read_as(&m, DID, None, IOVA).is_err());
    assert_eq!(read_as(&m, DID, Some(5), IOVA), Ok(0xbbbb));
    // Ownership cannot be released while a PASID is attached; freeing its domain neither.
    assert!(matches!(iommu.release_owner(DID), Err(Error::Refused(_))));
    assert!(matches!(iommu.free_domain(db), Err(Error::Refused(_))));
    // Identity for the RID with a PASID: DMA without one is untranslated.
    iommu.attach_dev(DID, Target::Identity).unwrap();
    assert_eq!(read_as(&m, DID, None, a.addr), Ok(0xaaaa));
    assert_eq!(read_as(&m, DID, Some(5), IOVA), Ok(0xbbbb));
    // The PASID removed: it faults, and its fault names it.
    iommu.remove_dev_pasid(DID, 5).unwrap();
    assert!(read_as(&m, DID, Some(5), IOVA).is_err());
    iommu.release_owner(DID).unwrap();
    assert!(!iommu.dc(DID).unwrap().V());
    let f = faults(&mut iommu);
    let pid_fault = f
        .iter()
        .find(|f| f.PV())
        .expect("a fault with a process ID");
    assert_eq!((pid_fault.PID(), pid_fault.DID()), (6, DID));
    iommu.free_domain(da).unwrap();
    iommu.free_domain(db).unwrap();
    // PASIDs beyond PD8 are refused.
    let dc = iommu.alloc_domain(Stage::Sv39).unwrap();
    assert!(matches!(
        iommu.set_dev_pasid(DID, 256, Target::Domain(dc)),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn pasids_of_two_devices_are_their_own() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let (a, b) = (page(&m, 0xa), page(&m, 0xb));
    let rid = iommu.alloc_domain(Stage::Sv39).unwrap();
    let p = iommu.alloc_domain(Stage::Sv39).unwrap();
    iommu.map(rid, IOVA, a.addr, 0x1000, RW).unwrap();
    iommu.map(p, IOVA, b.addr, 0x1000, RW).unwrap();
    for did in [DID, DID_F8] {
        iommu.attach_dev(did, Target::Domain(rid)).unwrap();
    }
    iommu.set_dev_pasid(DID, 3, Target::Domain(p)).unwrap();
    assert_eq!(read_as(&m, DID, Some(3), IOVA), Ok(0xb));
    // The other device has no process directory: a process ID is refused there.
    assert_eq!(
        read_as(&m, DID_F8, Some(3), IOVA),
        Err(Cause::Fault(FaultCause::TransactionTypeDisallowed))
    );
}

/// A translation cached by the IOMMU, then the leaf removed: the driver's IOTINVAL makes the
/// next access fault; the mutant that skips it keeps reading the old page.
#[test]
fn unmap_is_stale_until_iotinval() {
    for (mutation, stale) in [
        (Mutation::None, false),
        (Mutation::SkipUnmapInvalidation, true),
    ] {
        let m = RiscvMock::new();
        let mut iommu = driver(
            &m,
            Config {
                mutation,
                ..Config::default()
            },
        );
        let src = page(&m, 0x57a1e);
        let d = iommu.alloc_domain(Stage::Sv39).unwrap();
        iommu.map(d, IOVA, src.addr, 0x1000, RW).unwrap();
        iommu.attach_dev(DID, Target::Domain(d)).unwrap();
        assert_eq!(read_as(&m, DID, None, IOVA), Ok(0x57a1e));
        assert!(m.cached_translations() > 0);
        iommu.unmap(d, IOVA, 0x1000).unwrap();
        let r = read_as(&m, DID, None, IOVA);
        assert_eq!(r.is_ok(), stale, "{mutation:?}: {r:?}");
    }
}

/// A device context cached by the IOMMU, then the device detached: IODIR.INVAL_DDT makes the
/// next access fault; the mutants that skip it keep translating.
#[test]
fn detach_is_stale_until_iodir() {
    for (mutation, stale) in [
        (Mutation::None, false),
        (Mutation::SkipSteInvalidation, true),
        (Mutation::SkipDetachInvalidation, true),
    ] {
        let m = RiscvMock::new();
        let mut iommu = driver(
            &m,
            Config {
                mutation,
                ..Config::default()
            },
        );
        let src = page(&m, 0xd1);
        let d = iommu.alloc_domain(Stage::Sv39).unwrap();
        iommu.map(d, IOVA, src.addr, 0x1000, RW).unwrap();
        iommu.attach_dev(DID, Target::Domain(d)).unwrap();
        assert_eq!(read_as(&m, DID, None, IOVA), Ok(0xd1));
        iommu.detach_dev(DID).unwrap();
        let r = read_as(&m, DID, None, IOVA);
        assert_eq!(r.is_ok(), stale, "{mutation:?}: {r:?}");
    }
}

/// The semantics' mutants on the PASID sequence of the seed thread.
#[test]
fn semantic_mutants_are_caught() {
    let run = |mutation| {
        let m = RiscvMock::new();
        let mut iommu = driver(
            &m,
            Config {
                mutation,
                ..Config::default()
            },
        );
        let b = page(&m, 0xbb);
        let rid = iommu.alloc_domain(Stage::Sv39).unwrap();
        let p = iommu.alloc_domain(Stage::Sv39).unwrap();
        iommu.map(p, IOVA, b.addr, 0x1000, RW).unwrap();
        iommu.attach_dev(DID, Target::Domain(rid)).unwrap();
        iommu.attach_dev(DID_F8, Target::Domain(rid)).unwrap();
        iommu.set_dev_pasid(DID, 1, Target::Domain(p)).unwrap();
        let detach = iommu.detach_dev(DID).is_ok();
        let pasid_after = read_as(&m, DID, Some(1), IOVA).is_ok();
        let other_has_pasid = read_as(&m, DID_F8, Some(1), IOVA).is_ok();
        let release = iommu.release_owner(DID).is_ok();
        (detach, pasid_after, other_has_pasid, release)
    };
    let good = run(Mutation::None);
    assert_eq!(good, (true, true, false, false));
    for m in [
        Mutation::DetachKillsPasids,
        Mutation::DetachRefusedWithPasids,
        Mutation::SharedPasidTable,
        Mutation::ReleaseIgnoresPasids,
    ] {
        assert_ne!(run(m), good, "{m:?} not caught");
    }
}

#[test]
fn illegal_command_is_replaced_and_the_queue_goes_on() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    // Opcode 0 is reserved.
    let e = iommu.submit_raw([0, 0]).unwrap_err();
    assert_eq!(
        e,
        Error::CommandError {
            code: CMD_ILL,
            opcode: 0
        }
    );
    assert!(!m.reg::<cqcsr>().cmd_ill());
    assert_eq!(iommu.cq_stats().errors, 1);
    // The queue runs the next commands.
    iommu.invalidate_all().unwrap();
    let src = page(&m, 0x11);
    let d = iommu.alloc_domain(Stage::Sv39).unwrap();
    iommu.map(d, IOVA, src.addr, 0x1000, RW).unwrap();
    iommu.attach_dev(DID, Target::Domain(d)).unwrap();
    assert_eq!(read_as(&m, DID, None, IOVA), Ok(0x11));
}

#[test]
fn command_timeout_and_stall_recover() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    m.inject_command_timeout();
    let e = iommu.invalidate_all().unwrap_err();
    assert!(
        matches!(e, Error::CommandError { code: CMD_TO, .. }),
        "{e:?}"
    );
    assert!(!m.reg::<cqcsr>().cmd_to());
    iommu.invalidate_all().unwrap();
    // A queue that makes no progress: bounded wait, then the queue is restarted.
    m.stall_command_queue(true);
    let e = iommu.invalidate_all().unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
    assert_eq!(iommu.cq_stats().restarts, 1);
    m.stall_command_queue(false);
    iommu.invalidate_all().unwrap();
    iommu.attach_dev(DID, Target::Identity).unwrap();
    let src = page(&m, 0x22);
    assert_eq!(read_as(&m, DID, None, src.addr), Ok(0x22));
}

#[test]
fn tables_stay_allocated_when_the_unmap_invalidation_fails() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let d = iommu.alloc_domain(Stage::Sv39).unwrap();
    // 2 MiB of pages: unmapping all of it detaches their final-level table.
    let src = page(&m, 0x77);
    for k in 0..512 {
        iommu
            .map(d, 0x20_0000 + k * 0x1000, src.addr, 0x1000, RW)
            .unwrap();
    }
    let live = m.live_allocations();
    // The IOTINVAL never completes: the table a walk may still reach is not freed.
    m.stall_command_queue(true);
    let e = iommu.unmap(d, 0x20_0000, 0x20_0000).unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
    assert_eq!(
        m.live_allocations(),
        live,
        "a detached table freed before its IOTINVAL"
    );
    m.stall_command_queue(false);
    // With the queue working, a detached table goes back.
    for k in 0..512 {
        iommu
            .map(d, 0x40_0000 + k * 0x1000, src.addr, 0x1000, RW)
            .unwrap();
    }
    let live = m.live_allocations();
    assert_eq!(iommu.unmap(d, 0x40_0000, 0x20_0000).unwrap(), 0x20_0000);
    assert_eq!(m.live_allocations(), live - 1);
}

#[test]
fn fault_queue_overflow_is_cleared_and_recording_resumes() {
    let m = RiscvMock::new();
    let mut iommu = driver(
        &m,
        Config {
            fq_log2: 2,
            ..Config::default()
        },
    );
    for i in 0..16 {
        assert!(read_as(&m, DID, None, 0x8000_0000 + i * 0x1000).is_err());
    }
    assert!(m.reg::<fqcsr>().fqof());
    let mut n = 0;
    let d = iommu.drain_faults(|_| n += 1);
    assert!(d.overflowed);
    assert_eq!((n, d.records), (3, 3));
    assert!(!m.reg::<fqcsr>().fqof());
    assert!(read_as(&m, DID, None, 0x8000_0000).is_err());
    let f = faults(&mut iommu);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].CAUSE(), Ok(rt::FaultCause::DdtEntryNotValid));
}

#[test]
fn overflow_acknowledgement_keeps_the_fault_interrupt_enabled() {
    let m = RiscvMock::new();
    let mut iommu = driver(
        &m,
        Config {
            fq_log2: 2,
            vectors: Some(Vectors::spread(2)),
            ..Config::default()
        },
    );
    for i in 0..16 {
        assert!(read_as(&m, DID, None, 0x8000_0000 + i * 0x1000).is_err());
    }
    assert!(m.reg::<fqcsr>().fqof());
    let d = iommu.drain_faults(|_| {});
    assert!(d.overflowed);
    // Clearing fqof writes fqcsr whole: fie must be written back as it was.
    assert!(!m.reg::<fqcsr>().fqof());
    assert!(m.reg::<fqcsr>().fie() && m.reg::<fqcsr>().fqon());
    iommu.take_pending();
    assert!(read_as(&m, DID, None, 0x8000_0000).is_err());
    assert!(iommu.take_pending().fault);
}

#[test]
fn fault_interrupt_is_pending_until_taken() {
    let m = RiscvMock::new();
    // Without vectors the driver polls: no queue interrupts, nothing pending.
    let mut polled = driver(&m, Config::default());
    assert!(!m.reg::<fqcsr>().fie());
    assert!(read_as(&m, DID, None, 0x8000_0000).is_err());
    assert_eq!(polled.take_pending(), Pending::default());
    assert_eq!(faults(&mut polled).len(), 1);
    polled.shutdown().unwrap();

    let m = RiscvMock::new();
    let mut iommu = driver(
        &m,
        Config {
            vectors: Some(Vectors::spread(2)),
            ..Config::default()
        },
    );
    let v = iommu.vectors();
    assert_eq!((v.civ, v.fiv, v.pmiv, v.piv), (0, 1, 0, 1));
    assert_eq!(m.reg::<icvec>().fiv(), 1);
    assert!(m.reg::<fqcsr>().fie() && m.reg::<fqcsr>().fqon());
    assert_eq!(iommu.take_pending(), Pending::default());
    assert!(read_as(&m, DID, None, 0x8000_0000).is_err());
    assert!(m.reg::<ipsr>().fip());
    let p = iommu.take_pending();
    assert!(p.fault && !p.command && !p.page_request && !p.pm);
    // Acknowledged (write 1 to clear): not pending again until another record.
    assert!(!m.reg::<ipsr>().fip());
    assert_eq!(faults(&mut iommu).len(), 1);
    assert!(read_as(&m, DID, None, 0x8000_0000).is_err());
    assert!(iommu.take_pending().fault);
    assert_eq!(faults(&mut iommu).len(), 1);
    // Shutdown turns the queue and its interrupt off.
    iommu.shutdown().unwrap();
    assert!(!m.reg::<fqcsr>().fie() && !m.reg::<fqcsr>().fqen());
}

#[test]
fn freed_identifier_is_invalidated_before_reuse() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let (a, b) = (page(&m, 0xa1), page(&m, 0xb2));
    let d1 = iommu.alloc_domain(Stage::Sv39).unwrap();
    iommu.map(d1, IOVA, a.addr, 0x1000, RW).unwrap();
    iommu.attach_dev(DID, Target::Domain(d1)).unwrap();
    assert_eq!(read_as(&m, DID, None, IOVA), Ok(0xa1));
    assert!(matches!(iommu.free_domain(d1), Err(Error::Refused(_))));
    iommu.detach_dev(DID).unwrap();
    iommu.free_domain(d1).unwrap();
    // The next domain gets the same PSCID.
    let d2 = iommu.alloc_domain(Stage::Sv39).unwrap();
    iommu.map(d2, IOVA, b.addr, 0x1000, RW).unwrap();
    iommu.attach_dev(DID, Target::Domain(d2)).unwrap();
    assert_eq!(read_as(&m, DID, None, IOVA), Ok(0xb2));
}

#[test]
fn shutdown_frees_everything() {
    let m = RiscvMock::new();
    let before = m.live_allocations();
    let mut iommu = driver(&m, Config::default());
    let src = page(&m, 0x5d);
    let d = iommu.alloc_domain(Stage::Sv48).unwrap();
    let g = iommu.alloc_domain(Stage::Sv39x4).unwrap();
    iommu.map(d, IOVA, src.addr, 0x20_0000, RW).unwrap();
    iommu.map(g, IOVA, src.addr, 0x1000, RW).unwrap();
    iommu.attach_dev(DID, Target::Domain(d)).unwrap();
    iommu.set_dev_pasid(DID, 7, Target::Domain(d)).unwrap();
    iommu.attach_dev(DID_FF00, Target::Domain(g)).unwrap();
    m.dma_free(src);
    iommu.shutdown().unwrap();
    assert_eq!(m.live_allocations(), before);
    assert_eq!(m.reg::<ddtp>().iommu_mode(), Ok(IommuMode::Off));
    assert!(!m.reg::<cqcsr>().cqon() && !m.reg::<fqcsr>().fqon());
    assert!(m.violations().is_empty(), "{:?}", m.violations());
}

/// Two-stage: a first-stage Sv39 domain nested in a G-stage Sv39x4 domain that maps RAM at
/// its own addresses; an unmap at the first stage is invalidated in the nested address space.
#[test]
fn nested_two_stage_translates() {
    let m = RiscvMock::new();
    let mut iommu = driver(&m, Config::default());
    let src = page(&m, 0x2516);
    let s1 = iommu.alloc_domain(Stage::Sv39).unwrap();
    let s2 = iommu.alloc_domain(Stage::Sv39x4).unwrap();
    iommu.map(s1, IOVA, src.addr, 0x1000, RW).unwrap();
    iommu
        .map(s2, 0x8000_0000, 0x8000_0000, 0x1000_0000, RW)
        .unwrap();
    iommu.attach_nested(DID, s1, s2).unwrap();
    assert_eq!(read_as(&m, DID, None, IOVA), Ok(0x2516));
    assert!(matches!(
        iommu.attach_nested(DID, s1, s2),
        Err(Error::Busy { .. })
    ));
    iommu.unmap(s1, IOVA, 0x1000).unwrap();
    assert_eq!(read_as(&m, DID, None, IOVA), PAGE_FAULT);
    // An API attachment replaces it, and the domains are free again.
    iommu.attach_dev(DID, Target::Identity).unwrap();
    iommu.free_domain(s1).unwrap();
    iommu.free_domain(s2).unwrap();
}
