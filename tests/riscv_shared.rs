//! The RISC-V IOMMU driver with its state split the way the Linux module splits it: the command
//! queue and a paging domain's translation tables each behind a lock of their own, reached
//! through `shared::Guarded`, and IOFENCE.C waited for with no lock held. The locks are
//! checking stand-ins on the mock (as `shared.rs` for SMMUv3): they fail the test if a lock is
//! taken while another is held, or if the clock waits while one is held.

mod watch;

use std::cell::RefCell;

use iommugen_mock::riscv::RiscvMock;
use iommugen_mock::Transfer;
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::Hal;
use iommugen_runtime::pgtable::Prot;
use iommugen_runtime::riscv::cq::CommandQueue;
use iommugen_runtime::riscv::domain;
use iommugen_runtime::riscv::{Config, Iommu, Stage, Target};
use iommugen_runtime::shared::Guarded;
use watch::{Lock, Watch, WatchClock};

const DID: u32 = 0x10;
const IOVA: u64 = 0x4000_0000;
const RW: Prot = Prot::READ.union(Prot::WRITE);

fn read(m: &RiscvMock, iova: u64) -> Option<u64> {
    let d = m.dma(DID, None, iova, Transfer::Read(8));
    d.termination()
        .is_none()
        .then(|| u64::from_le_bytes(d.data[..8].try_into().unwrap()))
}

#[test]
fn a_detached_domain_takes_the_callers_pscid() {
    let m = RiscvMock::new();
    let mut iommu = Iommu::new(m.clone(), Config::default()).expect("bring-up");
    let own = m.clone();
    let live = m.live_allocations();
    let (id, tables) = iommu
        .alloc_detached_domain(&own, Stage::Sv39, 7)
        .expect("domain");
    assert_eq!((tables.tag(), tables.stage()), (7, Stage::Sv39));
    // In use, 0, or beyond PSCID's 20 bits: refused, and nothing allocated.
    let before = m.live_allocations();
    assert_eq!(
        iommu.alloc_detached_domain(&own, Stage::Sv48, 7).err(),
        Some(Error::Busy {
            what: "PSCID or GSCID"
        })
    );
    for bad in [0, 1 << 20] {
        assert!(matches!(
            iommu.alloc_detached_domain(&own, Stage::Sv39, bad),
            Err(Error::InvalidArgument { .. })
        ));
    }
    // A GSCID is 16 bits, and of another space than PSCIDs.
    assert!(matches!(
        iommu.alloc_detached_domain(&own, Stage::Sv39x4, 1 << 16),
        Err(Error::InvalidArgument { .. })
    ));
    assert_eq!(m.live_allocations(), before);
    let (g, gt) = iommu
        .alloc_detached_domain(&own, Stage::Sv39x4, 7)
        .expect("GSCID 7 beside PSCID 7");
    // The IOMMU does not reach tables the caller holds, and does not nest them.
    assert!(iommu.map(id, IOVA, 0x8000_0000, 0x1000, RW).is_err());
    assert!(iommu.unmap(id, IOVA, 0x1000).is_err());
    assert_eq!(iommu.iova_to_phys(id, IOVA), None);
    assert!(matches!(
        iommu.attach_nested(DID, id, g),
        Err(Error::Unsupported { .. })
    ));
    iommu.free_domain(id).expect("free");
    tables.destroy(&own);
    iommu.free_domain(g).expect("free");
    gt.destroy(&own);
    assert_eq!(m.live_allocations(), live, "every table freed");
}

#[test]
fn a_detached_domain_unmaps_with_one_lock_at_a_time_and_waits_unlocked() {
    let m = RiscvMock::new();
    let mut iommu = Iommu::new(m.clone(), Config::default()).expect("bring-up");
    let pa = m.dma_alloc(0x2000, 4096).unwrap();
    m.dma_write(&pa, 0, 0x600d);
    m.dma_write(&pa, 512, 0xbeef);
    // The device's directory levels first, so what is counted below is the domain's.
    iommu.attach_dev(DID, Target::Blocked).unwrap();
    let live = m.live_allocations();
    // The tables' memory through a handle of their own, as the module gives each domain a HAL.
    let own = m.clone();
    let (id, mut tables) = iommu
        .alloc_detached_domain(&own, Stage::Sv39, 3)
        .expect("domain");
    tables.map(&own, IOVA, pa.addr, 0x2000, RW).expect("map");
    assert_eq!(tables.iova_to_phys(&own, IOVA + 8), Some(pa.addr + 8));
    iommu.attach_dev(DID, Target::Domain(id)).expect("attach");
    assert_eq!(read(&m, IOVA), Some(0x600d));
    assert_eq!(read(&m, IOVA + 0x1000), Some(0xbeef));
    assert_eq!(iommu.dc(DID).map(|dc| dc.PSCID()), Some(3));

    let watch = Watch::default();
    {
        let (hal, queue) = iommu.command_queue();
        let clock = WatchClock { hal, watch: &watch };
        let mut t = Lock {
            name: "tables",
            value: &mut tables,
            hal,
            watch: &watch,
        };
        let mut q = Lock {
            name: "queue",
            value: queue,
            hal,
            watch: &watch,
        };
        // The IOMMU consumes nothing for a few polls: the unmap waits, with no lock held.
        hal.stall_command_queue(true);
        watch.release_after.set(Some(3));
        let done = domain::unmap(&clock, &mut t, &mut q, IOVA, 0x1000).expect("unmap");
        assert_eq!((done.bytes, done.commands), (0x1000, 1));
        assert!(watch.waits.get() >= 3, "the wait did not poll");
        // The tables once to unmap, the queue to write the batch and for each look.
        assert!(watch.locks.get() >= 5, "{} lock holds", watch.locks.get());
    }
    // IOTINVAL.VMA by address for PSCID 3 dropped the page; its neighbour still translates.
    assert_eq!(read(&m, IOVA), None, "unmap left a translation");
    assert_eq!(read(&m, IOVA + 0x1000), Some(0xbeef));
    assert_eq!(tables.iova_to_phys(&own, IOVA), None);

    // Freeing: refused while attached; then the caller destroys the tables.
    assert!(iommu.free_domain(id).is_err());
    iommu.attach_dev(DID, Target::Blocked).expect("block");
    iommu.free_domain(id).expect("free");
    tables.destroy(&own);
    assert_eq!(m.live_allocations(), live, "every table freed");
}

/// A command queue behind a lock of its own, as the Linux module keeps it.
struct SharedQueue<'x> {
    queue: &'x RefCell<CommandQueue>,
    hal: RiscvMock,
}

impl Guarded<RiscvMock, CommandQueue> for SharedQueue<'_> {
    type Hal = RiscvMock;

    fn with<R>(
        &mut self,
        _clock: &RiscvMock,
        f: impl FnOnce(&RiscvMock, &mut CommandQueue) -> R,
    ) -> R {
        let mut q = self.queue.try_borrow_mut().expect("queue lock taken twice");
        f(&self.hal, &mut q)
    }
}

#[test]
fn the_iommu_submits_through_a_shared_queue() {
    let m = RiscvMock::new();
    // The queue is made with the IOMMU's HAL, then held outside the IOMMU's state.
    let slot = RefCell::new(CommandQueue::new(&m, 8).expect("queue memory"));
    let mut iommu = Iommu::with_queue(m.clone(), Config::default(), |_, _| {
        Ok(SharedQueue {
            queue: &slot,
            hal: m.clone(),
        })
    })
    .expect("bring-up");
    // Bring-up submitted IODIR and IOTINVAL through the shared queue.
    assert!(slot.borrow().stats.completions >= 2);
    let pa = m.dma_alloc(0x1000, 4096).unwrap();
    m.dma_write(&pa, 0, 0x5a5a);
    let d = iommu.alloc_domain(Stage::Sv39).unwrap();
    iommu.map(d, IOVA, pa.addr, 0x1000, RW).unwrap();
    iommu.attach_dev(DID, Target::Domain(d)).unwrap();
    assert_eq!(read(&m, IOVA), Some(0x5a5a));
    let before = slot.borrow().stats.completions;
    assert_eq!(iommu.unmap(d, IOVA, 0x1000), Ok(0x1000));
    assert_eq!(read(&m, IOVA), None);
    assert!(slot.borrow().stats.completions > before);
    // Shutdown turns the queue off and stops it: a later submission waits for nothing.
    let hal = iommu.shutdown().expect("shutdown");
    assert!(slot.borrow().stopped());
    let mut q = SharedQueue {
        queue: &slot,
        hal: hal.clone(),
    };
    let r = iommugen_runtime::queue::command::submit(&hal, &mut q, [Ok([0u64, 0u64])]);
    assert_eq!(r, Ok(()));
}
