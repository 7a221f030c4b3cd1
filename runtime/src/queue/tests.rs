//! The queue engine on a minimal architecture of its own (no SMMUv3 or RISC-V code): three
//! registers (producer, consumer, error), opcodes NOP, FENCE (the completion command, writing
//! 32 zero bits over its own first word when word 1 holds an address) and BAD (which the device
//! stops on), a device model the test steps by hand, under either index protocol. The queue
//! shared with a doorbell, as the Linux module shares it, is in [`shared`].

use alloc::vec::Vec;
use core::cell::Cell;

use super::super::error::Error;
use super::super::hal::{Clock, DmaBuf, Hal, HalError, Registers};
use super::super::pgtable::testhal::TestHal;
use super::super::ring::{HeadTail, Protocol, Ring};
use super::command::{
    submit, CommandArch, CommandQueue, Completion, Inserted, Recovery, Ticket, Words, MAX_BATCH,
};
use super::doorbell::Doorbell;
use super::record::{Drained, RecordArch, RecordQueue, Seen, MAX_WORDS};

mod shared;

const PROD: usize = 0x0;
const CONS: usize = 0x4;
const ERR: usize = 0x8;
/// A second queue's registers (the record queue): producer, consumer, overflow flag.
const RPROD: usize = 0x10;
const RCONS: usize = 0x14;
const ROVF: usize = 0x18;

const NOP: u64 = 1;
const FENCE: u64 = 2;
const BAD: u64 = 0x7f;
/// The opcode a device that times out on a command reports (it runs it again after resume).
const SLOW: u64 = 3;

/// Host memory plus three registers; the device consumes only when the test steps it. With a
/// doorbell, it is the HAL of a shared queue's lock.
struct Dev {
    mem: TestHal,
    regs: [Cell<u32>; 8],
    cons_reads: Cell<u32>,
    prod_writes: Cell<u32>,
    bell: Option<Doorbell>,
}

impl Dev {
    fn new() -> Self {
        Dev {
            mem: TestHal::new(),
            regs: Default::default(),
            cons_reads: Cell::new(0),
            prod_writes: Cell::new(0),
            bell: None,
        }
    }

    /// The HAL of a shared queue's lock.
    fn shared() -> Self {
        Dev {
            bell: Some(Doorbell::new()),
            ..Dev::new()
        }
    }

    fn reg(&self, off: usize) -> &Cell<u32> {
        &self.regs[off / 4]
    }

    /// Consumes at most `n` commands of the queue in `buf` under protocol `p`; stops at a BAD
    /// or SLOW command with ERR set, or when the error is still pending.
    fn step<P: Protocol>(&self, p: P, buf: &DmaBuf, n: u32) {
        for _ in 0..n {
            let (prod, cons) = (self.reg(PROD).get(), self.reg(CONS).get());
            if self.reg(ERR).get() != 0 || p.is_empty(prod, cons) {
                return;
            }
            let slot = p.index(cons) as usize * 2;
            let w0 = self.mem.dma_read(buf, slot);
            match w0 & 0xff {
                BAD | SLOW => {
                    self.reg(ERR).set((w0 & 0xff) as u32);
                    return;
                }
                FENCE => {
                    let at = self.mem.dma_read(buf, slot + 1);
                    if at != 0 {
                        let w = ((at - buf.addr) / 8) as usize;
                        let v = self.mem.dma_read(buf, w);
                        self.mem.dma_write(buf, w, v & !0xffff_ffff);
                    }
                }
                _ => {}
            }
            self.reg(CONS).set(p.advance(cons, 1));
        }
    }
}

impl Clock for Dev {
    fn now_ns(&self) -> u64 {
        self.mem.now_ns()
    }
    fn relax(&self) {
        self.mem.relax()
    }
}

impl Hal for Dev {
    fn mmio_read32(&self, offset: usize) -> u32 {
        if offset == CONS {
            self.cons_reads.set(self.cons_reads.get() + 1);
        }
        self.reg(offset).get()
    }
    fn mmio_write32(&self, offset: usize, value: u32) {
        if offset == PROD {
            self.prod_writes.set(self.prod_writes.get() + 1);
        }
        self.reg(offset).set(value)
    }
    fn mmio_read64(&self, offset: usize) -> u64 {
        u64::from(self.mmio_read32(offset))
    }
    fn mmio_write64(&self, offset: usize, value: u64) {
        self.mmio_write32(offset, value as u32)
    }
    fn dma_alloc(&self, bytes: usize, align: usize) -> Result<DmaBuf, HalError> {
        self.mem.dma_alloc(bytes, align)
    }
    fn dma_free(&self, buf: DmaBuf) {
        self.mem.dma_free(buf)
    }
    fn dma_read(&self, buf: &DmaBuf, word: usize) -> u64 {
        self.mem.dma_read(buf, word)
    }
    fn dma_write(&self, buf: &DmaBuf, word: usize, value: u64) {
        self.mem.dma_write(buf, word, value)
    }
    fn wmb(&self) {}
    fn rmb(&self) {}
    fn doorbell(&self) -> Option<&Doorbell> {
        self.bell.as_ref()
    }
}

/// The minimal architecture, under index protocol `P` (a wrap-bit [`Ring`] or [`HeadTail`]).
struct Mini<P>(P);

macro_rules! mini {
    ($p:ty, $new:expr) => {
        impl CommandArch for Mini<$p> {
            type Index = $p;
            type Command = u64;
            type Fault = u32;
            const WAIT: &'static str = "FENCE";
            const ROOM: &'static str = "room";
            const LOG2: (u32, u32) = (1, 10);
            const ALIGN: usize = 16;

            fn index(log2: u32) -> $p {
                $new(log2)
            }
            fn encode(c: &u64) -> Words {
                [*c, 0]
            }
            fn completion(at: Option<u64>) -> Words {
                [FENCE, at.unwrap_or(0)]
            }
            fn publish<R: Registers + ?Sized>(regs: &R, prod: u32) {
                regs.write32(PROD, prod);
            }
            fn consumer<R: Registers + ?Sized>(regs: &R) -> (u32, Option<u32>) {
                let err = regs.read32(ERR);
                (regs.read32(CONS), (err != 0).then_some(err))
            }
            fn recovery(fault: u32) -> Recovery {
                Recovery {
                    code: fault as u8,
                    replace: u64::from(fault) == BAD,
                }
            }
            fn opcode(command: &Words) -> u8 {
                command[0] as u8
            }
            fn resume<H: Hal>(hal: &H, _fault: u32, _prod: u32) {
                hal.mmio_write32(ERR, 0);
            }
            fn restart<H: Hal>(
                hal: &H,
                _buf: &DmaBuf,
                _log2: u32,
            ) -> super::super::error::Result<bool> {
                for r in [PROD, CONS, ERR] {
                    hal.mmio_write32(r, 0);
                }
                // Register 0x1c counts restarts.
                hal.mmio_write32(0x1c, hal.mmio_read32(0x1c) + 1);
                Ok(true)
            }
        }
    };
}
mini!(Ring, Ring::new);
mini!(HeadTail, HeadTail::new);

type RingQ = CommandQueue<Mini<Ring>>;
type HtQ = CommandQueue<Mini<HeadTail>>;

fn ticket(i: Inserted) -> Ticket {
    match i {
        Inserted::Batch(t, Ok(())) => t,
        other => panic!("no batch: {other:?}"),
    }
}

#[test]
fn batches_are_closed_by_the_completion_command_and_published_once() {
    let d = Dev::new();
    let mut q = RingQ::new(&d, 8).unwrap();
    let mut cmds = core::iter::repeat_n(Ok(NOP), 100);
    let t = ticket(q.insert(&d, &mut cmds));
    assert_eq!(d.reg(PROD).get(), MAX_BATCH as u32 + 1);
    assert_eq!(q.look(&d, t), None, "nothing consumed yet");
    d.step(Ring::new(8), &q.buffer(), 1000);
    assert_eq!(q.look(&d, t), Some(Ok(())));
    let t2 = ticket(q.insert(&d, &mut cmds));
    assert_eq!(d.reg(PROD).get(), 102);
    d.step(Ring::new(8), &q.buffer(), 1000);
    assert_eq!(q.look(&d, t2), Some(Ok(())));
    assert_eq!(
        (q.stats.commands, q.stats.completions, q.stats.publishes),
        (102, 2, 2)
    );
}

#[test]
fn a_waiter_finds_its_completion_after_later_batches_lapped_the_ring() {
    for mode in [Completion::Polled, Completion::Memory] {
        let d = Dev::new();
        // 4 slots: every batch of one command and a FENCE is half the ring.
        let mut q = RingQ::new(&d, 2).unwrap();
        q.set_completion(mode);
        let first = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
        d.step(Ring::new(2), &q.buffer(), 2);
        for _ in 0..5 {
            // Five more batches: two and a half laps of the ring.
            let t = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
            d.step(Ring::new(2), &q.buffer(), 2);
            assert_eq!(q.look(&d, t), Some(Ok(())), "{mode:?}");
        }
        // The first batch's slots hold later commands now; its count says it completed.
        assert_eq!(q.look(&d, first), Some(Ok(())), "{mode:?}");
    }
}

#[test]
fn memory_completion_spares_the_consumer_read() {
    let d = Dev::new();
    let mut q = RingQ::new(&d, 4).unwrap();
    q.set_completion(Completion::Memory);
    let t = ticket(q.insert(&d, &mut [Ok(NOP), Ok(NOP)].into_iter()));
    let before = d.cons_reads.get();
    assert_eq!(q.look(&d, t), None);
    assert_eq!(
        d.cons_reads.get(),
        before + 1,
        "pending: the consumer is read"
    );
    d.step(Ring::new(4), &q.buffer(), 16);
    assert_eq!(q.look(&d, t), Some(Ok(())));
    assert_eq!(
        d.cons_reads.get(),
        before + 1,
        "done: read from memory alone"
    );
    // Polled, the same batch needs the register.
    q.set_completion(Completion::Polled);
    let t = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    d.step(Ring::new(4), &q.buffer(), 16);
    assert_eq!(q.look(&d, t), Some(Ok(())));
    assert_eq!(d.cons_reads.get(), before + 2);
}

#[test]
fn a_rejected_command_is_replaced_and_reported_to_its_submitter_only() {
    let d = Dev::new();
    let mut q = HtQ::new(&d, 4).unwrap();
    let p = HeadTail::new(4);
    let a = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    let b = ticket(q.insert(&d, &mut [Ok(NOP), Ok(BAD), Ok(NOP)].into_iter()));
    let c = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    d.step(p, &q.buffer(), 16);
    assert_eq!(d.reg(ERR).get(), BAD as u32, "the device stopped on it");
    // Whoever looks first recovers the queue.
    assert_eq!(q.look(&d, c), None);
    assert_eq!(d.reg(ERR).get(), 0);
    d.step(p, &q.buffer(), 16);
    assert_eq!(q.look(&d, a), Some(Ok(())));
    let e = Error::CommandError {
        code: BAD as u8,
        opcode: BAD as u8,
    };
    assert_eq!(q.look(&d, b), Some(Err(e)));
    assert_eq!(q.look(&d, c), Some(Ok(())));
    let rej = q.take_rejected();
    assert_eq!((rej.len(), rej[0].command), (1, [BAD, 0]));
    assert_eq!(q.stats.errors, 1);
}

#[test]
fn a_command_run_again_after_its_error_is_not_replaced() {
    let d = Dev::new();
    let mut q = RingQ::new(&d, 3).unwrap();
    let t = ticket(q.insert(&d, &mut [Ok(SLOW)].into_iter()));
    d.step(Ring::new(3), &q.buffer(), 8);
    assert_eq!(q.look(&d, t), None);
    // Not replaced: the device meets it again (and stops on it again), the error is counted
    // once per stop.
    assert_eq!(d.reg(ERR).get(), 0);
    assert_eq!(d.mem.dma_read(&q.buffer(), 0), SLOW);
    d.step(Ring::new(3), &q.buffer(), 8);
    assert_eq!(d.reg(ERR).get(), SLOW as u32);
    assert_eq!(q.look(&d, t), None);
    assert_eq!(q.stats.errors, 2);
}

#[test]
fn submit_waits_with_a_deadline_and_restarts_a_stalled_queue() {
    let d = Dev::new();
    let mut q = HtQ::new(&d, 3).unwrap();
    q.timeout_us = 50;
    // The device never consumes: the wait times out, the architecture restarts the queue.
    let r = submit(&d, &mut q, [Ok(NOP)]);
    assert!(
        matches!(r, Err(Error::Timeout { what: "FENCE", .. })),
        "{r:?}"
    );
    assert_eq!((q.stats.timeouts, q.stats.restarts), (1, 1));
    assert_eq!(d.reg(0x1c).get(), 1);
    // Both indexes are 0 again and the queue goes on.
    assert_eq!(d.reg(PROD).get(), 0);
    let t = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    d.step(HeadTail::new(3), &q.buffer(), 8);
    assert_eq!(q.look(&d, t), Some(Ok(())));
}

#[test]
fn a_full_ring_is_reported_without_taking_a_command() {
    let d = Dev::new();
    let mut q = HtQ::new(&d, 2).unwrap(); // 4 slots, 3 usable: one batch fills it
    let _ = ticket(q.insert(&d, &mut [Ok(NOP)].into_iter()));
    let mut left = [Ok(NOP), Ok(NOP)].into_iter();
    assert!(matches!(q.insert(&d, &mut left), Inserted::Full { .. }));
    assert_eq!(left.len(), 2, "nothing taken");
    assert_eq!(q.has_room(&d), None);
    d.step(HeadTail::new(2), &q.buffer(), 8);
    assert_eq!(q.has_room(&d), Some(Ok(())));
    assert_eq!(q.stats.full, 1);
}

#[test]
fn a_queue_too_small_for_a_command_and_its_completion_is_refused() {
    let d = Dev::new();
    assert!(HtQ::new(&d, 1).is_err(), "2 slots, 1 usable");
    assert!(RingQ::new(&d, 1).is_ok(), "2 slots, both usable");
    assert!(
        RingQ::new(&d, 11).is_err(),
        "beyond the architecture's range"
    );
}

/// A record queue of the minimal architecture: 2-word records, a wrap-bit ring, an overflow
/// flag the device sets and the driver clears.
struct MiniRecords;

impl RecordArch for MiniRecords {
    type Index = Ring;
    type Record = [u64; 2];
    type Status = bool;
    type Ack = ();
    const NAME: &'static str = "records";
    const WORDS: usize = 2;
    const LOG2: (u32, u32) = (1, 10);
    const ALIGN: usize = 16;

    fn index(log2: u32) -> Ring {
        Ring::new(log2)
    }
    fn producer<H: Hal>(hal: &H) -> (u32, bool) {
        (hal.mmio_read32(RPROD), hal.mmio_read32(ROVF) != 0)
    }
    fn record(words: &[u64; MAX_WORDS]) -> [u64; 2] {
        [words[0], words[1]]
    }
    fn acknowledge<H: Hal>(hal: &H, cons: u32, ovf: bool, _ack: &mut ()) -> Seen {
        hal.mmio_write32(RCONS, cons);
        if ovf {
            hal.mmio_write32(ROVF, 0);
        }
        Seen {
            overflowed: ovf,
            memory_fault: false,
        }
    }
}

#[test]
fn records_are_drained_in_order_bounded_and_overflows_acknowledged() {
    let d = Dev::new();
    let mut q = RecordQueue::<MiniRecords>::new(&d, 2).unwrap();
    let ring = Ring::new(2);
    let buf = q.buffer();
    // The device writes 4 records (a full ring) and then overflows.
    let mut prod = 0;
    for i in 0..4u64 {
        let slot = ring.index(prod) as usize * 2;
        d.mem.dma_write(&buf, slot, i);
        d.mem.dma_write(&buf, slot + 1, 100 + i);
        prod = ring.advance(prod, 1);
    }
    d.reg(RPROD).set(prod);
    d.reg(ROVF).set(1);
    let mut got = Vec::new();
    let r = q.drain(&d, |rec| got.push(rec));
    assert_eq!(
        r,
        Drained {
            records: 4,
            overflowed: true,
            memory_fault: false
        }
    );
    assert_eq!(got, [[0, 100], [1, 101], [2, 102], [3, 103]]);
    assert_eq!(
        d.reg(RCONS).get(),
        prod,
        "wrap bit set: the slots are free again"
    );
    assert_eq!(d.reg(ROVF).get(), 0);
    // Nothing new: an empty drain.
    assert_eq!(q.drain(&d, |_| panic!("no record")).records, 0);
    assert_eq!((q.stats.records, q.stats.overflows), (4, 1));
}
