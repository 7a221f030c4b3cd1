//! The engine is architecture-neutral: a minimal second architecture runs on it with no SMMUv3
//! code. It uses the RISC-V IOMMU's generated register table
//! (`generated/riscv_iommu/mock/regfile.rs`: ddtp, cqb/cqh/cqt, fqb/fqh/fqt, cqcsr/fqcsr with
//! their on/busy handshakes from `HANDSHAKES`) and its head/tail queue protocol; device
//! contexts are one 8-byte entry per device ID in a one-level table at ddtp.PPN, each pointing
//! at a one-level page table walked by the engine's walker, and translations are cached in the
//! engine's cache. Command and record layouts are the toy's own, not the RISC-V formats.

use iommugen_runtime::hal::Hal;

use super::arch::Architecture;
use super::cache::{Cache, Cached};
use super::device::Engine;
use super::dma::{Route, Term, Transfer, Txn};
use super::handle::Mock;
use super::mem::Memory;
use super::queue::{self, Consumer, Produced, Protocol, Ring, Step};
use super::record::{EventFate, Misuse};
use super::regfile::Written;
use super::walk::{self, mask, Level, TableFormat};

/// The register table generated from `specs/riscv_iommu.iommu` (included once, by the RISC-V
/// architecture; the toy uses the table, none of that architecture's behaviour).
use crate::riscv::table as riscv_table;

/// Toy command opcodes (word 0, bits [6:0]); word 0 bits [63:32] name a device.
const INVAL: u64 = 1;
const FENCE: u64 = 2;
/// Toy fault causes.
const CAUSE_INVALID_PTE: u32 = 1;
const CAUSE_WRITE: u32 = 2;
const CAUSE_BAD_DEVICE: u32 = 3;
/// cqcsr/fqcsr bits (RISC-V IOMMU 5.15, 5.16).
const CQMF: u64 = 1 << 8;
const CMD_ILL: u64 = 1 << 10;
const FQMF: u64 = 1 << 8;
const FQOF: u64 = 1 << 9;
const ON: u64 = 1 << 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fault {
    device: u32,
    iova: u64,
    cause: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ToyCause {
    Off,
    Fault,
    Bus,
}

#[derive(Debug, Clone, Copy)]
struct Line {
    device: u32,
    ia: u64,
    oa: u64,
    write: bool,
}

impl Cached for Line {
    fn ia(&self) -> u64 {
        self.ia
    }
    fn size(&self) -> u64 {
        0x1000
    }
}

struct ToyCtx {
    device: u32,
    root: u64,
    txn: Txn,
}

struct Toy {
    tlb: Cache<Line>,
    /// Fault injection: a FENCE is held while set.
    hold: bool,
    held: bool,
}

type ToyEngine = Engine<Toy>;

fn reg(e: &ToyEngine, name: &str) -> u64 {
    e.regs.find(name).map_or(0, |i| e.regs.value(i))
}

fn set(e: &mut ToyEngine, name: &str, value: u64) {
    if let Some(i) = e.regs.find(name) {
        e.regs.set(i, value);
    }
}

/// A queue from a cqb/fqb value: LOG2SZ-1 [4:0], PPN [53:10].
fn ring(base_reg: u64, entry_bytes: u64) -> Ring {
    Ring {
        base: ((base_reg >> 10) & mask(44)) << 12,
        log2: (base_reg & 0x1f) as u32 + 1,
        entry_bytes,
        protocol: Protocol::HeadTail,
    }
}

fn fault(device: u32, iova: u64, cause: u32) -> Term<Fault, ToyCause> {
    Term {
        cause: ToyCause::Fault,
        event: Some(Fault {
            device,
            iova,
            cause,
        }),
        record: true,
        abort: true,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CqError {
    Fetch,
    Illegal,
}

struct Cq<'a>(&'a mut ToyEngine);

impl Consumer for Cq<'_> {
    type Error = CqError;

    fn stopped(&mut self) -> bool {
        reg(self.0, "cqcsr") & (CQMF | CMD_ILL) != 0
    }

    fn indexes(&mut self) -> (u32, u32) {
        (reg(self.0, "cqt") as u32, reg(self.0, "cqh") as u32)
    }

    fn fetch(&mut self, addr: u64, words: usize) -> Result<Vec<u64>, CqError> {
        self.0
            .dev_read_words(addr, words, "command queue")
            .ok_or(CqError::Fetch)
    }

    fn execute(&mut self, entry: &[u64]) -> Result<Step, CqError> {
        let (w0, w1) = (entry[0], entry[1]);
        match w0 & 0x7f {
            INVAL => {
                let device = (w0 >> 32) as u32;
                self.0.arch.tlb.invalidate(None, |l| l.device == device);
            }
            FENCE if self.0.arch.hold => {
                self.0.arch.held = true;
                return Ok(Step::Hold);
            }
            FENCE => {
                self.0.mem.write_u32(w1, 1);
            }
            _ => return Err(CqError::Illegal),
        }
        Ok(Step::Consumed)
    }

    fn advance(&mut self, cons: u32) {
        set(self.0, "cqh", u64::from(cons));
    }

    fn error(&mut self, error: CqError) {
        let bit = match error {
            CqError::Fetch => CQMF,
            CqError::Illegal => CMD_ILL,
        };
        if let Some(i) = self.0.regs.find("cqcsr") {
            self.0.regs.update(i, bit, bit);
        }
    }
}

fn process_cq(e: &mut ToyEngine) {
    e.arch.held = false;
    if reg(e, "cqcsr") & ON != 0 {
        let r = ring(reg(e, "cqb"), 16);
        queue::consume(&mut Cq(e), &r);
    }
}

/// The one-level page table of a device: 512 entries of V [0], W [2], PPN [53:10].
struct PageTable<'a> {
    e: &'a mut ToyEngine,
    device: u32,
    iova: u64,
}

impl TableFormat for PageTable<'_> {
    type Leaf = Line;
    type Fault = Term<Fault, ToyCause>;

    fn level(&self, i: usize) -> Option<Level> {
        (i == 0).then_some(Level {
            level: 0,
            index_lsb: 12,
            index_bits: 9,
            span: 0x1000,
            entry_bytes: 8,
            last: true,
            block: false,
        })
    }

    fn exhausted(&self) -> Self::Fault {
        fault(self.device, self.iova, CAUSE_INVALID_PTE)
    }

    fn read(&mut self, addr: u64) -> Result<u64, Self::Fault> {
        self.e
            .dev_read(addr, "page table")
            .ok_or(fault(self.device, self.iova, CAUSE_INVALID_PTE))
    }

    fn step(&mut self, _: &Level, ia: u64, raw: u64) -> Result<walk::Step<Line>, Self::Fault> {
        if raw & 1 == 0 {
            return Err(fault(self.device, self.iova, CAUSE_INVALID_PTE));
        }
        Ok(walk::Step::Leaf(Line {
            device: self.device,
            ia: ia & !0xfff,
            oa: ((raw >> 10) & mask(44)) << 12,
            write: raw & 4 != 0,
        }))
    }
}

impl Architecture for Toy {
    type Row = riscv_table::RegSpec;
    type Record = Fault;
    type Cause = ToyCause;
    type Violation = Misuse;
    type Context = ToyCtx;

    const BUS_ERROR: ToyCause = ToyCause::Bus;

    fn ack_delay_ns(&self) -> u64 {
        0
    }

    fn relax_step_ns(&self) -> u64 {
        1_000
    }

    fn orders_stores(&self, row: &riscv_table::RegSpec) -> bool {
        row.name == "cqt"
    }

    fn write_allowed(e: &mut ToyEngine, index: usize, _: u64) -> bool {
        // The queue base is fixed while the queue is on.
        let name = e.regs.spec(index).map_or("", |r| r.name);
        !(name == "cqb" && reg(e, "cqcsr") & ON != 0)
    }

    fn written(e: &mut ToyEngine, w: Written) {
        match e.regs.spec(w.index).map_or("", |r| r.name) {
            "cqcsr" | "fqcsr" | "ddtp" => e.schedule(w.index),
            "cqt" => process_cq(e),
            _ => {}
        }
    }

    fn complete(e: &mut ToyEngine, index: usize) {
        let Some(offset) = e.regs.spec(index).map(|r| r.offset) else {
            return;
        };
        let Some(h) = riscv_table::HANDSHAKES.iter().find(|h| h.offset == offset) else {
            return;
        };
        let v = e.regs.value(index);
        let mut new = v & !h.busy;
        for a in h.acks {
            let m = mask(a.width);
            new = (new & !(m << a.on_lsb)) | (((v >> a.enable_lsb) & m) << a.on_lsb);
        }
        e.regs.set(index, new);
    }

    fn tick(e: &mut ToyEngine) {
        if e.arch.held && !e.arch.hold {
            process_cq(e);
        }
    }

    fn resolve(
        e: &mut ToyEngine,
        device: u32,
        _: Option<u32>,
        txn: Txn,
    ) -> Result<Route<ToyCtx>, Term<Fault, ToyCause>> {
        let ddtp = reg(e, "ddtp");
        match ddtp & 0xf {
            0 => {
                return Err(Term {
                    cause: ToyCause::Off,
                    event: None,
                    record: false,
                    abort: true,
                })
            }
            1 => return Ok(Route::Bypass),
            _ => {}
        }
        let table = ((ddtp >> 10) & mask(44)) << 12;
        let entry = e.dev_read(table.wrapping_add(u64::from(device) * 8), "device table");
        match entry {
            Some(dc) if dc & 1 != 0 => Ok(Route::Translate(Box::new(ToyCtx {
                device,
                root: ((dc >> 10) & mask(44)) << 12,
                txn,
            }))),
            _ => Err(fault(device, txn.iova, CAUSE_BAD_DEVICE)),
        }
    }

    fn access(ctx: &ToyCtx) -> Txn {
        ctx.txn
    }

    fn translate(e: &mut ToyEngine, ctx: &ToyCtx, txn: &Txn) -> Result<u64, Term<Fault, ToyCause>> {
        let device = ctx.device;
        let line = match e.arch.tlb.lookup(txn.iova, |l| l.device == device) {
            Some(l) => l,
            None => {
                let mut pt = PageTable {
                    e,
                    device,
                    iova: txn.iova,
                };
                let l = walk::walk(&mut pt, 0, ctx.root, txn.iova)?;
                e.arch.tlb.insert(l);
                l
            }
        };
        if txn.write && !line.write {
            return Err(fault(device, txn.iova, CAUSE_WRITE));
        }
        Ok(line.oa + (txn.iova - line.ia))
    }

    fn record(e: &mut ToyEngine, f: Fault) -> EventFate {
        if reg(e, "fqcsr") & ON == 0 {
            return EventFate::QueueDisabled;
        }
        let r = ring(reg(e, "fqb"), 32);
        let (tail, head) = (reg(e, "fqt") as u32, reg(e, "fqh") as u32);
        let words = [u64::from(f.cause) | u64::from(f.device) << 32, f.iova, 0, 0];
        let fqcsr = e.regs.find("fqcsr").unwrap_or(usize::MAX);
        match r.produce(&mut e.mem, tail, head, false, &words) {
            Produced::Full => {
                e.regs.update(fqcsr, FQOF, FQOF);
                EventFate::Overflow
            }
            Produced::Aborted => {
                e.regs.update(fqcsr, FQMF, FQMF);
                EventFate::WriteAborted
            }
            Produced::Written { slot, next } => {
                set(e, "fqt", u64::from(next));
                EventFate::Recorded { index: slot }
            }
        }
    }
}

const RAM: u64 = 0x8000_0000;

fn toy() -> Mock<Toy> {
    let arch = Toy {
        tlb: Cache::new(64),
        hold: false,
        held: false,
    };
    let mem = Memory::new(RAM..RAM + 0x100_0000);
    Mock::from_engine(Engine::new(arch, riscv_table::REGISTERS, mem))
}

/// A base register value (cqb/fqb/ddtp layout): PPN of `addr`, low bits `low`.
fn base(addr: u64, low: u64) -> u64 {
    (addr >> 12) << 10 | low
}

#[test]
fn queue_protocols_tell_full_from_empty() {
    let ht = Ring {
        base: 0,
        log2: 2,
        entry_bytes: 16,
        protocol: Protocol::HeadTail,
    };
    assert!(ht.is_empty(1, 1) && !ht.is_full(1, 1));
    assert!(ht.is_full(3, 0) && ht.is_full(1, 2) && !ht.is_full(2, 0));
    assert_eq!((ht.next(3), ht.index_mask()), (0, 3));
    let wb = Ring {
        protocol: Protocol::WrapBit,
        ..ht
    };
    assert!(wb.is_full(4, 0) && wb.is_full(1, 5) && !wb.is_full(3, 0));
    assert!(wb.is_empty(5, 5) && !wb.is_empty(4, 0));
    assert_eq!((wb.next(7), wb.address(6)), (0, 32));
}

#[test]
fn head_tail_command_queue_from_the_riscv_register_table() {
    let m = toy();
    let cq = m.dma_alloc(4096, 4096).unwrap();
    let done = m.dma_alloc(64, 8).unwrap();
    // Four slots (LOG2SZ-1 = 1); cqcsr.cqon follows cqen through the generated handshake.
    m.mmio_write64(0x18, base(cq.addr, 1));
    assert_eq!(m.mmio_read32(0x48) & (1 << 16), 0);
    m.mmio_write32(0x48, 1);
    assert_ne!(m.mmio_read32(0x48) & (1 << 16), 0);
    // cqb is refused while the queue is on.
    m.mmio_write64(0x18, 0);
    assert_eq!(m.mmio_read64(0x18), base(cq.addr, 1));
    for i in 0..4u32 {
        let slot = (i % 4) as usize;
        m.dma_write(&cq, slot * 2, FENCE);
        m.dma_write(&cq, slot * 2 + 1, done.addr + u64::from(i) * 8);
        m.wmb();
        m.mmio_write32(0x24, (i + 1) % 4);
        assert_eq!(m.mmio_read32(0x20), (i + 1) % 4, "cqh after command {i}");
        assert_eq!(m.read_u64(done.addr + u64::from(i) * 8), Some(1));
    }
    // A held FENCE keeps the head until released; a store without a barrier is reported.
    m.model().arch.hold = true;
    m.dma_write(&cq, 0, FENCE);
    m.dma_write(&cq, 1, done.addr + 32);
    m.mmio_write32(0x24, 1);
    assert_eq!(
        m.take_violations(),
        vec![Misuse::MissingBarrier { before: "cqt" }]
    );
    assert_eq!(m.mmio_read32(0x20), 0);
    m.model().arch.hold = false;
    assert_eq!(m.mmio_read32(0x20), 1);
    assert_eq!(m.read_u64(done.addr + 32), Some(1));
    // An illegal command stops the queue with cmd_ill at the command.
    m.dma_write(&cq, 2, 0x7f);
    m.wmb();
    m.mmio_write32(0x24, 2);
    assert_eq!(m.mmio_read32(0x20), 1);
    assert_ne!(m.mmio_read32(0x48) & (1 << 10), 0);
    assert!(m.violations().is_empty());
}

/// Sets up device 5 translating iova 0x3000 to `data` read-only, and a 4-slot fault queue.
fn translating(m: &Mock<Toy>) -> (u64, u64, u64) {
    let ddt = m.dma_alloc(4096, 4096).unwrap().addr;
    let pt = m.dma_alloc(4096, 4096).unwrap().addr;
    let data = m.dma_alloc(4096, 4096).unwrap().addr;
    let fq = m.dma_alloc(4096, 4096).unwrap().addr;
    assert!(m.write_u64(ddt + 5 * 8, base(pt, 1)));
    assert!(m.write_u64(pt + 3 * 8, base(data, 1)));
    m.mmio_write64(0x10, base(ddt, 2));
    m.mmio_write64(0x28, base(fq, 1));
    m.mmio_write32(0x4c, 1);
    (pt, data, fq)
}

#[test]
fn translation_walk_cache_and_head_tail_fault_queue() {
    let m = toy();
    let (pt, data, fq) = translating(&m);
    assert!(m.write_bytes(data + 0x10, b"toy"));
    let d = m.dma(5, None, 0x3010, Transfer::Read(3));
    assert_eq!(
        (d.is_ok(), d.pa(), d.data.as_slice()),
        (true, Some(data + 0x10), &b"toy"[..])
    );
    // A write faults; the record goes to the fault queue at fqt.
    let d = m.dma(5, None, 0x3000, Transfer::Write(b"x"));
    let t = d.termination().unwrap();
    assert_eq!(t.cause, ToyCause::Fault);
    assert_eq!(t.fate, Some(EventFate::Recorded { index: 0 }));
    assert_eq!(m.mmio_read32(0x34), 1);
    assert_eq!(
        m.read_words(fq, 2),
        Some(vec![u64::from(CAUSE_WRITE) | 5 << 32, 0x3000])
    );
    // The cached translation stays stale until an INVAL command for the device.
    let other = m.dma_alloc(4096, 4096).unwrap().addr;
    assert!(m.write_u64(pt + 3 * 8, base(other, 1)));
    assert_eq!(m.dma(5, None, 0x3000, Transfer::Read(1)).pa(), Some(data));
    let cq = m.dma_alloc(4096, 4096).unwrap();
    m.mmio_write64(0x18, base(cq.addr, 1));
    m.mmio_write32(0x48, 1);
    m.dma_write(&cq, 0, INVAL | 5 << 32);
    m.wmb();
    m.mmio_write32(0x24, 1);
    assert_eq!(m.dma(5, None, 0x3000, Transfer::Read(1)).pa(), Some(other));
    // Unknown device, unmapped page: two more records fill the 4 slots (one stays free).
    let f = m.dma(6, None, 0, Transfer::Read(1)).event();
    assert_eq!(f.map(|f| f.cause), Some(CAUSE_BAD_DEVICE));
    let d = m.dma(5, None, 0x4000, Transfer::Read(1));
    assert_eq!(d.event().map(|f| f.cause), Some(CAUSE_INVALID_PTE));
    assert_eq!(
        d.termination().unwrap().fate,
        Some(EventFate::Recorded { index: 2 })
    );
    let d = m.dma(5, None, 0x4000, Transfer::Read(1));
    assert_eq!(d.termination().unwrap().fate, Some(EventFate::Overflow));
    assert_ne!(m.mmio_read32(0x4c) & (1 << 9), 0);
    // Software consumes one record (fqh): the next one fits.
    m.mmio_write32(0x30, 1);
    let d = m.dma(5, None, 0x4000, Transfer::Read(1));
    assert_eq!(
        d.termination().unwrap().fate,
        Some(EventFate::Recorded { index: 3 })
    );
    assert_eq!(m.events().len(), 5);
    // Bare mode bypasses, Off aborts without a record.
    m.mmio_write64(0x10, 1);
    assert_eq!(
        m.dma(9, None, RAM + 8, Transfer::Read(1)).pa(),
        Some(RAM + 8)
    );
    m.mmio_write64(0x10, 0);
    let d = m.dma(9, None, RAM, Transfer::Read(1));
    assert_eq!(
        d.termination().map(|t| (t.cause, t.event)),
        Some((ToyCause::Off, None))
    );
}

#[test]
fn tearing_observer_runs_between_stores() {
    let m = toy();
    let (pt, data, _) = translating(&m);
    let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let log = seen.clone();
    m.watch(pt..pt + 4096, move |h, s| {
        log.borrow_mut()
            .push((s.new, h.dma(5, None, 0x3000, Transfer::Read(1)).pa()));
    });
    // Two stores, each seen with the device idle after it: the PTE of 0x3000 cleared (DMA
    // faults), then the PTE of 0x4000 set (0x3000 still unmapped).
    assert!(m.write_words(pt + 3 * 8, &[0, base(data + 0x1000, 1)]));
    assert_eq!(
        *seen.borrow(),
        vec![(0, None), (base(data + 0x1000, 1), None)]
    );
    // Stores the observer does not watch, and the observer's own, are not reported.
    assert!(m.write_u64(data, 7));
    assert!(m.write_u64(pt + 3 * 8, base(data, 1)));
    assert_eq!(seen.borrow().last(), Some(&(base(data, 1), Some(data))));
    assert_eq!(seen.borrow().len(), 3);
}
