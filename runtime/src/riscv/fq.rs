//! The fault queue and the page-request queue (RISC-V IOMMU 3.2-3.3, 5.7-5.8, 5.10-5.11):
//! rings the IOMMU writes records into at its tail (`fqt`, `pqt`) and software consumes from
//! its head (`fqh`, `pqh`), enabled through `fqcsr`/`pqcsr` with the on/busy handshake. One
//! engine, [`RecordQueue`], serves both through [`QueueRegs`].
//!
//! Overflow: when the queue is full the IOMMU drops records and sets `fqof`/`pqof`; draining
//! clears it once the records it holds are consumed, so recording starts again (the drops are
//! counted). A memory fault writing a record (`fqmf`/`pqmf`) is cleared and counted likewise.

use core::marker::PhantomData;

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::mmio::{read, write};
use super::super::poll::poll;
use super::super::support::{Readable, Writable};
use super::cq::HANDSHAKE_US;
use super::spec::fq::FAULT;
use super::spec::pq::PAGE_REQUEST;
use super::spec::regs::{fqb, fqcsr, fqh, fqt, pqb, pqcsr, pqh, pqt};

/// The registers of one record queue, and its record.
pub trait QueueRegs {
    /// Its name, for diagnostics.
    const NAME: &'static str;
    /// Record size in 64-bit words.
    const WORDS: usize;
    /// The record type.
    type Record: Copy;
    /// The base register.
    type Base: Writable;
    /// The head register (software's).
    type Head: Writable;
    /// The tail register (the IOMMU's).
    type Tail: Readable;
    /// The control and status register.
    type Csr: Readable + Writable;

    /// The base register for `2^log2` records at `addr`.
    fn base(log2: u32, addr: u64) -> Result<Self::Base>;
    /// The head register at `index`.
    fn head(index: u32) -> Self::Head;
    /// The tail's index.
    fn tail(t: Self::Tail) -> u32;
    /// The enable (with `on` = enabled) and, with `clear_overflow`/`clear_fault`, the
    /// write-1-to-clear error bits.
    fn csr(on: bool, clear_overflow: bool, clear_fault: bool) -> Self::Csr;
    /// Whether the queue is on and not busy, as `on` asks.
    fn settled(csr: Self::Csr, on: bool) -> bool;
    /// Whether `busy` is set.
    fn busy(csr: Self::Csr) -> bool;
    /// Overflow and memory-fault bits.
    fn errors(csr: Self::Csr) -> (bool, bool);
    /// The record from its words.
    fn record(words: &[u64]) -> Self::Record;
}

/// The fault queue's registers and 32-byte [`FAULT`] records.
#[derive(Debug)]
pub enum FaultRegs {}
/// The page-request queue's registers and 16-byte [`PAGE_REQUEST`] records.
#[derive(Debug)]
pub enum PageRequestRegs {}

macro_rules! queue_regs {
    ($ty:ty, $name:literal, $rec:ident, $words:literal, $b:ident, $h:ident, $t:ident, $csr:ident,
     $en:ident, $of:ident, $mf:ident, $on:ident, $clr_of:ident, $clr_mf:ident) => {
        impl QueueRegs for $ty {
            const NAME: &'static str = $name;
            const WORDS: usize = $words;
            type Record = $rec;
            type Base = $b;
            type Head = $h;
            type Tail = $t;
            type Csr = $csr;

            fn base(log2: u32, addr: u64) -> Result<$b> {
                let l = u8::try_from(log2 - 1)
                    .map_err(|_| Error::InvalidArgument { what: "queue size" })?;
                Ok($b::from_bits(0).with_LOG2SZ_1(l)?.with_PPN(addr)?)
            }

            fn head(index: u32) -> $h {
                $h::from_bits(0).with_index(index)
            }

            fn tail(t: $t) -> u32 {
                t.index()
            }

            fn csr(on: bool, clear_overflow: bool, clear_fault: bool) -> $csr {
                let mut c = $csr::from_bits(0).$en(on);
                if clear_overflow {
                    c = c.$clr_of();
                }
                if clear_fault {
                    c = c.$clr_mf();
                }
                c
            }

            fn settled(csr: $csr, on: bool) -> bool {
                !csr.busy() && csr.$on() == on
            }

            fn busy(csr: $csr) -> bool {
                csr.busy()
            }

            fn errors(csr: $csr) -> (bool, bool) {
                (csr.$of(), csr.$mf())
            }

            fn record(words: &[u64]) -> $rec {
                let mut r = [0u64; $words];
                r.copy_from_slice(&words[..$words]);
                $rec(r)
            }
        }
    };
}

queue_regs!(
    FaultRegs,
    "fault queue",
    FAULT,
    4,
    fqb,
    fqh,
    fqt,
    fqcsr,
    with_fqen,
    fqof,
    fqmf,
    fqon,
    clear_fqof,
    clear_fqmf
);
queue_regs!(
    PageRequestRegs,
    "page-request queue",
    PAGE_REQUEST,
    2,
    pqb,
    pqh,
    pqt,
    pqcsr,
    with_pqen,
    pqof,
    pqmf,
    pqon,
    clear_pqof,
    clear_pqmf
);

/// What one drain found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drained {
    /// Records consumed.
    pub records: u32,
    /// The queue had overflowed (records were dropped); the bit is cleared.
    pub overflowed: bool,
    /// The IOMMU could not write a record (memory fault); the bit is cleared.
    pub memory_fault: bool,
}

/// A queue of records the IOMMU writes: its memory and software's head.
#[derive(Debug)]
pub struct RecordQueue<R: QueueRegs> {
    buf: DmaBuf,
    log2: u32,
    head: u32,
    /// Overflows seen.
    pub overflows: u64,
    /// Records consumed.
    pub consumed: u64,
    _regs: PhantomData<R>,
}

/// The fault queue.
pub type FaultQueue = RecordQueue<FaultRegs>;
/// The page-request queue.
pub type PageRequestQueue = RecordQueue<PageRequestRegs>;

impl<R: QueueRegs> RecordQueue<R> {
    /// A queue of `2^log2` records.
    pub fn new<H: Hal>(hal: &H, log2: u32) -> Result<Self> {
        if !(1..=20).contains(&log2) {
            return Err(Error::InvalidArgument {
                what: "record queue size (log2 from 1 to 20)",
            });
        }
        let bytes = (R::WORDS * 8) << log2;
        let buf = hal.dma_alloc(bytes, bytes.max(4096))?;
        Ok(RecordQueue {
            buf,
            log2,
            head: 0,
            overflows: 0,
            consumed: 0,
            _regs: PhantomData,
        })
    }

    fn mask(&self) -> u32 {
        (1 << self.log2) - 1
    }

    fn set_csr<H: Hal>(hal: &H, on: bool) -> Result<()> {
        poll(hal, R::NAME, HANDSHAKE_US, || {
            let c: R::Csr = read(hal);
            (!R::busy(c)).then_some(())
        })?;
        write(hal, R::csr(on, false, false));
        poll(hal, R::NAME, HANDSHAKE_US, || {
            R::settled(read::<H, R::Csr>(hal), on).then_some(())
        })
    }

    /// Points the base register at the queue and turns it on (head 0; the IOMMU resets its
    /// tail).
    pub fn enable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        write(hal, R::base(self.log2, self.buf.addr)?);
        self.head = 0;
        write(hal, R::head(0));
        Self::set_csr(hal, true)
    }

    /// Turns the queue off.
    pub fn disable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        Self::set_csr(hal, false)
    }

    /// Frees the queue's memory (after [`RecordQueue::disable`]).
    pub fn free<H: Hal>(self, hal: &H) {
        hal.dma_free(self.buf);
    }

    /// Consumes every record between the head and the IOMMU's tail, oldest first, handing
    /// each to `f`, then clears overflow and memory-fault bits. Bounded by the queue size.
    pub fn drain<H: Hal>(&mut self, hal: &H, mut f: impl FnMut(R::Record)) -> Drained {
        let csr: R::Csr = read(hal);
        let (overflowed, memory_fault) = R::errors(csr);
        let tail = R::tail(read::<H, R::Tail>(hal)) & self.mask();
        hal.rmb();
        let mut d = Drained {
            records: 0,
            overflowed,
            memory_fault,
        };
        let mut words = [0u64; 4];
        while self.head != tail && d.records <= self.mask() {
            let first = self.head as usize * R::WORDS;
            for (i, w) in words.iter_mut().take(R::WORDS).enumerate() {
                *w = hal.dma_read(&self.buf, first + i);
            }
            f(R::record(&words));
            self.head = (self.head + 1) & self.mask();
            d.records += 1;
        }
        write(hal, R::head(self.head));
        self.consumed += u64::from(d.records);
        if overflowed || memory_fault {
            if overflowed {
                self.overflows += 1;
            }
            write(hal, R::csr(true, overflowed, memory_fault));
        }
        d
    }
}
