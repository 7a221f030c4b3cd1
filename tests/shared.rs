//! The runtime with its state split the way the Linux module splits it: the command queue and a
//! paging domain's translation tables each behind a lock of their own, reached through
//! `shared::Guarded`, and waits for the SMMU made with no lock held. The locks here are checking
//! stand-ins on the mock: they fail the test if a lock is taken while another is held, or if
//! the clock waits while one is held.

mod watch;

use iommugen_mock::{MockSmmu, Outcome, Transfer};
use iommugen_runtime::error::Error;
use iommugen_runtime::hal::{Clock, Hal};
use iommugen_runtime::smmuv3::attach::Target;
use iommugen_runtime::smmuv3::cmdq::{self, Inserted};
use iommugen_runtime::smmuv3::domain::{self, Invalidation, RW};
use iommugen_runtime::smmuv3::smmu::{Config, Smmu};
use iommugen_runtime::smmuv3::spec::cmdq::{CMDQ_Command, CMD_TLBI_NH_ASID};
use watch::{Lock, Watch, WatchClock};

const SID: u32 = 0x10;
const IOVA: u64 = 0x4000_0000;

fn smmu() -> Smmu<MockSmmu> {
    Smmu::new(MockSmmu::new(), Config::default()).expect("bring-up")
}

fn tlbi(asid: u16) -> CMDQ_Command {
    CMDQ_Command::CMD_TLBI_NH_ASID(CMD_TLBI_NH_ASID::new().with_ASID(asid))
}

#[test]
fn batches_in_flight_together_complete_in_order_each_with_its_own_rejection() {
    let mut s = smmu();
    let (hal, q) = s.command_queue();
    // The SMMU holds the first CMD_SYNC: two batches are in flight at once.
    hal.set_faults(|f| f.hang_sync = true);
    let Inserted::Batch(a, Ok(())) = q.insert(hal, &mut [Ok(tlbi(1))].into_iter()) else {
        panic!("batch a not written");
    };
    let Inserted::Batch(b, Ok(())) = q.insert(hal, &mut [Ok(tlbi(2))].into_iter()) else {
        panic!("batch b not written");
    };
    assert_eq!(q.look(hal, a), None);
    assert_eq!(q.look(hal, b), None);
    hal.set_faults(|f| f.hang_sync = false);
    hal.relax();
    assert_eq!(q.look(hal, b), Some(Ok(())), "b completes with a");
    assert_eq!(q.look(hal, a), Some(Ok(())));

    // The SMMU rejects the first command of batch c; batch d, written while the queue is stopped
    // on the error, is not to blame for it, and whoever looks first repairs the queue.
    hal.set_faults(|f| f.reject_commands = 1);
    let Inserted::Batch(c, Ok(())) = q.insert(hal, &mut [Ok(tlbi(3))].into_iter()) else {
        panic!("batch c not written");
    };
    let Inserted::Batch(d, Ok(())) = q.insert(hal, &mut [Ok(tlbi(4))].into_iter()) else {
        panic!("batch d not written");
    };
    let mut looks = 0;
    let d_done = loop {
        looks += 1;
        if let Some(r) = q.look(hal, d) {
            break r;
        }
        assert!(looks < 10, "batch d never completed");
    };
    assert_eq!(d_done, Ok(()));
    assert_eq!(
        q.look(hal, c),
        Some(Err(Error::CommandError {
            code: 1,
            opcode: 0x11
        }))
    );
    assert_eq!(q.stats.errors, 1);
}

#[test]
fn many_batches_lap_the_ring_and_a_full_ring_is_waited_for() {
    let mut s = Smmu::new(
        MockSmmu::new(),
        Config {
            cmdq_log2: 3,
            ..Config::default()
        },
    )
    .expect("bring-up");
    let (hal, q) = s.command_queue();
    // 8 slots: while the SMMU holds a CMD_SYNC, batches fill the ring, then it is full.
    hal.set_faults(|f| f.hang_sync = true);
    let mut tickets = Vec::new();
    let full = loop {
        match q.insert(hal, &mut [Ok(tlbi(1)), Ok(tlbi(2))].into_iter()) {
            Inserted::Batch(t, Ok(())) => tickets.push(t),
            other => break other,
        }
        assert!(tickets.len() < 8, "the ring never filled");
    };
    assert!(matches!(full, Inserted::Full { .. }), "{full:?}");
    assert_eq!(q.has_room(hal), None);
    hal.set_faults(|f| f.hang_sync = false);
    hal.relax();
    assert_eq!(q.has_room(hal), Some(Ok(())));
    for t in tickets {
        assert_eq!(q.look(hal, t), Some(Ok(())));
    }
    // 40 batches lap the 8-slot ring many times; each is recognised as complete.
    for i in 0..40 {
        let cmds: Vec<_> = (0..i % 5).map(|a| Ok(tlbi(a))).collect();
        q.submit_all(hal, cmds).expect("submit");
    }
    assert_eq!(q.stats.timeouts, 0);
}

#[test]
fn a_detached_domain_takes_the_callers_asid() {
    let mut s = smmu();
    let own = s.hal.clone();
    let (id, tables) = s.alloc_detached_domain_with_asid(&own, 5).expect("domain");
    assert_eq!((s.asid(id), tables.asid()), (Ok(5), 5));
    // In use, 0, or beyond the SMMU's ASID bits: refused, and nothing allocated.
    let live = own.live_allocations();
    assert_eq!(
        s.alloc_detached_domain_with_asid(&own, 5).err(),
        Some(Error::Busy { what: "ASID" })
    );
    let bits = s.features.asid_bits;
    for bad in [0u32, 1 << bits] {
        if let Ok(asid) = u16::try_from(bad) {
            assert!(matches!(
                s.alloc_detached_domain_with_asid(&own, asid),
                Err(Error::InvalidArgument { .. })
            ));
        }
    }
    assert_eq!(own.live_allocations(), live);
    // The runtime's own search skips it.
    let (other, t2) = s.alloc_detached_domain(&own).expect("domain");
    assert_ne!(s.asid(other), Ok(5));
    s.free_domain(id).expect("free");
    tables.destroy(&own);
    s.free_domain(other).expect("free");
    t2.destroy(&own);
}

#[test]
fn a_detached_domain_unmaps_with_one_lock_at_a_time_and_waits_unlocked() {
    let mut s = smmu();
    let pa = s.hal.dma_alloc(0x2000, 4096).unwrap().addr;
    // The device's own tables (stream table level 2, CD table) first, so what is counted
    // below is the domain's.
    let first = s.alloc_paging_domain().unwrap();
    s.attach_dev(SID, Target::Domain(first)).unwrap();
    s.attach_dev(SID, Target::Blocked).unwrap();
    s.free_domain(first).unwrap();
    let live = s.hal.live_allocations();
    // The tables' memory through a handle of their own, as the module gives each domain a HAL.
    let own = s.hal.clone();
    let (id, mut tables) = s.alloc_detached_domain(&own).expect("domain");
    assert_eq!(s.asid(id), Ok(tables.asid()));
    // The SMMU does not reach tables the caller holds.
    assert!(s.map(id, IOVA, pa, 4096, RW).is_err());
    assert!(s.iova_to_phys(id, IOVA).is_err());
    tables.map(&own, IOVA, pa, 0x2000, RW).expect("map");
    s.attach_dev(SID, Target::Domain(id)).expect("attach");
    let read = |s: &Smmu<MockSmmu>, iova| s.hal.dma(SID, None, iova, Transfer::Read(8)).outcome;
    assert_eq!(read(&s, IOVA), Outcome::Translated);
    assert_eq!(read(&s, IOVA + 0x1000), Outcome::Translated);

    let watch = Watch::default();
    {
        let (hal, queue) = s.command_queue();
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
        // The SMMU holds the CMD_SYNC for a few polls: the unmap waits, with no lock held.
        hal.set_faults(|f| f.hang_sync = true);
        watch.release_after.set(Some(3));
        let strict = Invalidation::new(false, false);
        let done = domain::unmap(&clock, &mut t, &mut q, IOVA, 4096, strict).expect("unmap");
        assert_eq!((done.bytes, done.commands), (4096, 1));
        assert!(watch.waits.get() >= 3, "the wait did not poll");
        // The tables once to unmap, the queue to write the batch and for each look.
        assert!(watch.locks.get() >= 5, "{} lock holds", watch.locks.get());
        // Lazy: no command; the leaf may stay in the TLB until the flush.
        let lazy = Invalidation::new(false, true);
        let done = domain::unmap(&clock, &mut t, &mut q, IOVA + 0x1000, 4096, lazy).expect("unmap");
        assert_eq!((done.bytes, done.commands), (4096, 0));
    }
    assert!(
        matches!(read(&s, IOVA), Outcome::Terminated(_)),
        "strict unmap left a translation"
    );
    assert_eq!(
        read(&s, IOVA + 0x1000),
        Outcome::Translated,
        "the stale TLB entry of a lazy unmap"
    );
    {
        let (hal, queue) = s.command_queue();
        let clock = WatchClock { hal, watch: &watch };
        let mut q = Lock {
            name: "queue",
            value: queue,
            hal,
            watch: &watch,
        };
        domain::flush(&clock, &mut q, tables.asid()).expect("flush");
    }
    assert!(
        matches!(read(&s, IOVA + 0x1000), Outcome::Terminated(_)),
        "flushed"
    );
    assert_eq!(tables.iova_to_phys(&own, IOVA), None);

    // Freeing: refused while attached; then the caller destroys the tables.
    assert!(s.free_domain(id).is_err());
    s.attach_dev(SID, Target::Blocked).expect("block");
    s.free_domain(id).expect("free");
    tables.destroy(&own);
    assert_eq!(s.hal.live_allocations(), live, "every table freed");
    assert!(s.hal.violations().is_empty(), "{:?}", s.hal.violations());
}

#[test]
fn submissions_through_a_lock_wait_unlocked_and_report_rejections() {
    let mut s = smmu();
    let watch = Watch::default();
    let (hal, queue) = s.command_queue();
    let clock = WatchClock { hal, watch: &watch };
    let mut q = Lock {
        name: "queue",
        value: queue,
        hal,
        watch: &watch,
    };
    hal.set_faults(|f| f.hang_sync = true);
    watch.release_after.set(Some(2));
    cmdq::submit(&clock, &mut q, (0..100).map(|a| Ok(tlbi(a)))).expect("100 commands");
    assert!(watch.waits.get() >= 2);
    hal.set_faults(|f| f.reject_commands = 1);
    let r = cmdq::submit(&clock, &mut q, [Ok(tlbi(7)), Ok(tlbi(8))]);
    assert_eq!(
        r,
        Err(Error::CommandError {
            code: 1,
            opcode: 0x11
        })
    );
    cmdq::submit(&clock, &mut q, []).expect("the queue goes on");
}
