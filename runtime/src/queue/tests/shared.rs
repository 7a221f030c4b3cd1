//! The queue shared as the Linux module shares it: behind a lock, with a [`Doorbell`] its HAL
//! names, rung after every hold, and waiters that look at the registers with no lock; and the
//! doorbell rung by several threads at once.

extern crate std;

use alloc::vec::Vec;
use core::cell::Cell;
use core::sync::atomic::{AtomicU32, Ordering::Relaxed};
use std::sync::Mutex;

use super::super::super::error::Error;
use super::super::super::hal::{Clock, DmaBuf, Hal, Registers};
use super::super::super::ring::{HeadTail, Protocol, Ring};
use super::super::super::shared::Guarded;
use super::super::command::{submit, CommandArch, CommandQueue, Ticket, TIMEOUT_US};
use super::super::doorbell::{look_unlocked, Doorbell, Look, Unlocked};
use super::{ticket, Dev, HtQ, Mini, RingQ, BAD, ERR, NOP, PROD};

/// A clock that steps the device at every wait: an IOMMU that consumes while CPUs wait.
struct Stepping<'d, P> {
    dev: &'d Dev,
    p: P,
    buf: DmaBuf,
}

impl<P: Protocol> Clock for Stepping<'_, P> {
    fn now_ns(&self) -> u64 {
        self.dev.now_ns()
    }
    fn relax(&self) {
        self.dev.step(self.p, &self.buf, 1000);
        self.dev.relax()
    }
}

/// The queue behind its lock (`holds` counts the holds), the doorbell rung after each.
struct Shared<'d, P>
where
    Mini<P>: CommandArch,
{
    dev: &'d Dev,
    queue: CommandQueue<Mini<P>>,
    holds: Cell<u32>,
}

impl<'d, P> Shared<'d, P>
where
    Mini<P>: CommandArch,
{
    fn new(dev: &'d Dev, queue: CommandQueue<Mini<P>>) -> Self {
        Shared {
            dev,
            queue,
            holds: Cell::new(0),
        }
    }
}

impl<P, C: Clock> Guarded<C, CommandQueue<Mini<P>>> for Shared<'_, P>
where
    Mini<P>: CommandArch,
{
    type Hal = Dev;

    fn with<R>(&mut self, _clock: &C, f: impl FnOnce(&Dev, &mut CommandQueue<Mini<P>>) -> R) -> R {
        self.holds.set(self.holds.get() + 1);
        let r = f(self.dev, &mut self.queue);
        <Self as Guarded<C, _>>::ring(self);
        r
    }

    fn ring(&self) {
        if let Some(bell) = self.dev.doorbell() {
            bell.ring::<Mini<P>>(self.dev);
        }
    }

    fn unlocked(&self) -> Option<Unlocked<'_>> {
        let bell = self.dev.doorbell()?;
        Some(Unlocked {
            regs: self.dev,
            bell,
        })
    }
}

fn unlocked(d: &Dev) -> Unlocked<'_> {
    Unlocked {
        regs: d,
        bell: d.bell.as_ref().expect("a shared queue's HAL"),
    }
}

fn look<P>(d: &Dev, t: &Ticket) -> Look
where
    Mini<P>: CommandArch,
{
    look_unlocked::<Mini<P>>(unlocked(d), t)
}

#[test]
fn a_shared_batch_is_published_after_its_hold_and_waited_for_with_no_lock() {
    let d = Dev::shared();
    let queue = RingQ::new(&d, 4).unwrap();
    let clock = Stepping {
        dev: &d,
        p: Ring::new(4),
        buf: queue.buffer(),
    };
    let mut q = Shared::new(&d, queue);
    submit(&clock, &mut q, [Ok(NOP), Ok(NOP)]).unwrap();
    assert_eq!((d.reg(PROD).get(), d.prod_writes.get()), (3, 1));
    assert_eq!(
        q.holds.get(),
        1,
        "the batch's hold only: no look took the lock"
    );
    assert_eq!(d.cons_reads.get(), 2, "pending, then complete");
    assert!(!unlocked(&d).bell.pending());
    assert_eq!(q.queue.stats.publishes, 1);
}

#[test]
fn a_command_stopped_on_in_a_shared_batch_is_reported_to_its_submitter() {
    let d = Dev::shared();
    let queue = HtQ::new(&d, 4).unwrap();
    let clock = Stepping {
        dev: &d,
        p: HeadTail::new(4),
        buf: queue.buffer(),
    };
    let mut q = Shared::new(&d, queue);
    let r = submit(&clock, &mut q, [Ok(NOP), Ok(BAD), Ok(NOP)]);
    assert_eq!(
        r,
        Err(Error::CommandError {
            code: BAD as u8,
            opcode: BAD as u8
        })
    );
    assert_eq!(unlocked(&d).bell.stops(), 1);
    assert_eq!(q.queue.stats.errors, 1);
    assert_eq!(d.reg(ERR).get(), 0, "resumed");
    // The queue goes on: the next batch completes with no error.
    submit(&clock, &mut q, [Ok(NOP)]).unwrap();
}

#[test]
fn a_stop_recovered_by_another_cpu_sends_the_waiter_to_the_lock() {
    let d = Dev::shared();
    let mut q = RingQ::new(&d, 4).unwrap();
    let bell = unlocked(&d).bell;
    let a = ticket(q.insert(&d, &mut [Ok(BAD)].into_iter()));
    let b = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    assert_eq!(d.reg(PROD).get(), 0, "recorded, not written, in the hold");
    bell.ring::<Mini<Ring>>(&d);
    assert_eq!(d.reg(PROD).get(), 4, "both batches in one write");
    d.step(Ring::new(4), &q.buffer(), 16);
    assert_eq!(look::<Ring>(&d, &a), Look::Ask, "the queue stopped");
    // b's waiter recovers under the lock; the device then runs everything.
    assert_eq!(q.look(&d, b), None);
    d.step(Ring::new(4), &q.buffer(), 16);
    // Past both batches, but a command was stopped on since they were written: the registers
    // cannot say whose.
    assert_eq!(look::<Ring>(&d, &a), Look::Ask);
    assert_eq!(look::<Ring>(&d, &b), Look::Ask);
    assert!(matches!(
        q.look(&d, a),
        Some(Err(Error::CommandError { .. }))
    ));
    assert_eq!(q.look(&d, b), Some(Ok(())));
    // A batch written after the stop completes with no lock.
    let c = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    bell.ring::<Mini<Ring>>(&d);
    assert_eq!(look::<Ring>(&d, &c), Look::Pending);
    d.step(Ring::new(4), &q.buffer(), 16);
    assert_eq!(look::<Ring>(&d, &c), Look::Complete);
}

#[test]
fn a_waiter_lapped_by_later_batches_reads_pending_and_the_lock_tells() {
    let d = Dev::shared();
    // 4 slots: a batch of one command and its FENCE is half the ring.
    let mut q = RingQ::new(&d, 2).unwrap();
    let bell = unlocked(&d).bell;
    let first = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    bell.ring::<Mini<Ring>>(&d);
    d.step(Ring::new(2), &q.buffer(), 2);
    assert_eq!(look::<Ring>(&d, &first), Look::Complete);
    let mut last = first;
    for _ in 0..2 {
        last = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
        bell.ring::<Mini<Ring>>(&d);
        d.step(Ring::new(2), &q.buffer(), 2);
    }
    assert_eq!(look::<Ring>(&d, &last), Look::Complete);
    // A whole lap past `first`: its position reads as before the consumer.
    assert_eq!(look::<Ring>(&d, &first), Look::Pending);
    assert_eq!(q.look(&d, first), Some(Ok(())));
}

#[test]
fn head_tail_indexes_complete_with_no_lock_only_at_the_batch_end() {
    let d = Dev::shared();
    let mut q = HtQ::new(&d, 4).unwrap();
    let bell = unlocked(&d).bell;
    let a = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    let b = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    bell.ring::<Mini<HeadTail>>(&d);
    assert_eq!(
        look::<HeadTail>(&d, &a),
        Look::Ask,
        "before or past: cannot tell"
    );
    d.step(HeadTail::new(4), &q.buffer(), 16);
    assert_eq!(look::<HeadTail>(&d, &b), Look::Complete);
    assert_eq!(look::<HeadTail>(&d, &a), Look::Ask);
    assert_eq!(q.look(&d, a), Some(Ok(())));
}

/// Registers whose producer write runs `exclusive` on the same doorbell: a locked path (a
/// resume, a restart) that needs the register while another CPU is writing it.
struct Reentrant<'d> {
    dev: &'d Dev,
    ran: Cell<bool>,
    waited_ns: Cell<u64>,
    /// Whether a ring tried inside the write, after the exclusive path, wrote the register.
    rang_inside: Cell<bool>,
}

impl Registers for Reentrant<'_> {
    fn read32(&self, offset: usize) -> u32 {
        self.dev.mmio_read32(offset)
    }
    fn write32(&self, offset: usize, value: u32) {
        let bell = unlocked(self.dev).bell;
        let start = self.dev.now_ns();
        bell.exclusive(self.dev, || self.ran.set(true));
        self.waited_ns.set(self.dev.now_ns() - start);
        // Still this write's: a ring now finds the doorbell taken and writes nothing.
        let writes = self.dev.prod_writes.get();
        bell.ring::<Mini<Ring>>(self.dev);
        self.rang_inside.set(self.dev.prod_writes.get() != writes);
        self.dev.mmio_write32(offset, value);
    }
    fn read64(&self, offset: usize) -> u64 {
        self.dev.mmio_read64(offset)
    }
    fn write64(&self, offset: usize, value: u64) {
        self.dev.mmio_write64(offset, value)
    }
}

#[test]
fn an_exclusive_writer_waits_for_the_doorbell_at_most_the_queue_deadline() {
    let d = Dev::shared();
    let mut q = RingQ::new(&d, 4).unwrap();
    let bell = unlocked(&d).bell;
    ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    let r = Reentrant {
        dev: &d,
        ran: Cell::new(false),
        waited_ns: Cell::new(0),
        rang_inside: Cell::new(false),
    };
    // The ring holds the doorbell while it writes; the exclusive path inside that write cannot
    // have it, waits out the deadline (the clock moves 1 us per wait) and runs anyway.
    bell.ring::<Mini<Ring>>(&r);
    assert!(r.ran.get());
    let waited_us = r.waited_ns.get() / 1000;
    assert!(
        (TIMEOUT_US..TIMEOUT_US + 10).contains(&waited_us),
        "{waited_us} us"
    );
    assert!(
        !r.rang_inside.get(),
        "the exclusive path released a doorbell it did not take"
    );
    assert_eq!(d.reg(PROD).get(), 2);
    // The ring's own release left the doorbell free: the next batch is written.
    ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    bell.ring::<Mini<Ring>>(&d);
    assert_eq!(d.reg(PROD).get(), 4);
}

/// Registers that record every producer write, for threads.
#[derive(Default)]
struct Recorder {
    writes: Mutex<Vec<u32>>,
}

impl Registers for Recorder {
    fn read32(&self, _offset: usize) -> u32 {
        0
    }
    fn write32(&self, offset: usize, value: u32) {
        assert_eq!(offset, PROD);
        self.writes.lock().unwrap().push(value);
    }
    fn read64(&self, _offset: usize) -> u64 {
        0
    }
    fn write64(&self, _offset: usize, _value: u64) {
        unreachable!("the producer register is 32 bits")
    }
}

#[test]
fn cpus_ringing_at_once_never_move_the_producer_back_and_leave_none_unwritten() {
    const THREADS: u32 = 4;
    const BATCHES: u32 = 2000;
    let bell = Doorbell::new();
    let regs = Recorder::default();
    let written = || regs.writes.lock().unwrap().last().copied().unwrap_or(0);
    // The queue's lock: batches are recorded in its order.
    let lock = Mutex::new(0u32);
    let (rings, more) = (AtomicU32::new(0), AtomicU32::new(0));
    std::thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..BATCHES {
                    let mine = {
                        let mut prod = lock.lock().unwrap();
                        *prod += 2;
                        bell.want(*prod);
                        *prod
                    };
                    bell.ring::<Mini<Ring>>(&regs);
                    rings.fetch_add(1, Relaxed);
                    // The waiter: rings again before each look until its batch is out.
                    while written() < mine {
                        bell.ring::<Mini<Ring>>(&regs);
                        more.fetch_add(1, Relaxed);
                        std::thread::yield_now();
                    }
                }
            });
        }
    });
    let writes = regs.writes.into_inner().unwrap();
    assert!(
        writes.windows(2).all(|w| w[0] < w[1]),
        "the register moved back or was written twice with one position"
    );
    assert_eq!(writes.last(), Some(&(THREADS * BATCHES * 2)));
    assert!(!bell.pending());
    // Each call writes once at most: fewer writes than batches when CPUs met.
    assert!(writes.len() as u32 <= rings.load(Relaxed) + more.load(Relaxed));
}
