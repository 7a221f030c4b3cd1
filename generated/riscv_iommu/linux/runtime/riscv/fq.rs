// SPDX-License-Identifier: MIT OR Apache-2.0

//! The fault queue and the page-request queue (RISC-V IOMMU 3.2-3.3, 5.7-5.8, 5.10-5.11):
//! rings the IOMMU writes records into at its tail (`fqt`, `pqt`) and software consumes from
//! its head (`fqh`, `pqh`), enabled through `fqcsr`/`pqcsr` with the on/busy handshake: the
//! core's record queue engine ([`queue::record`](super::super::queue::record)) with head/tail
//! indexes, serving both through [`QueueRegs`], which says where each queue's registers are.
//!
//! Overflow: when the queue is full the IOMMU drops records and sets `fqof`/`pqof`; draining
//! clears it once the records it holds are consumed, so recording starts again (the drops are
//! counted). A memory fault writing a record (`fqmf`/`pqmf`) is cleared and counted likewise.

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::mmio::{read, write};
#[cfg(not(iommugen_test))]
use super::super::poll::poll;
#[cfg(not(iommugen_test))]
use super::super::queue::record::{RecordArch, RecordQueue, Seen, MAX_WORDS};
#[cfg(not(iommugen_test))]
use super::super::ring::HeadTail;
#[cfg(not(iommugen_test))]
use super::super::support::{Readable, Writable};
#[cfg(not(iommugen_test))]
use super::cq::HANDSHAKE_US;
#[cfg(not(iommugen_test))]
use super::spec::fq::FAULT;
#[cfg(not(iommugen_test))]
use super::spec::pq::PAGE_REQUEST;
#[cfg(not(iommugen_test))]
use super::spec::regs::{fqb, fqcsr, fqh, fqt, pqb, pqcsr, pqh, pqt};

#[cfg(not(iommugen_test))]
/// The registers of one record queue (its record and size are its [`RecordArch`]).
pub(crate) trait QueueRegs {
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
    /// The enable (with `on` = enabled), the interrupt enable (`ie`: `fie`, `pie`) and, with
    /// `clear_overflow`/`clear_fault`, the write-1-to-clear error bits.
    fn csr(on: bool, ie: bool, clear_overflow: bool, clear_fault: bool) -> Self::Csr;
    /// Whether the queue's interrupt is enabled (`fie`, `pie`).
    fn ie(csr: Self::Csr) -> bool;
    /// Whether the queue is on and not busy, as `on` asks.
    fn settled(csr: Self::Csr, on: bool) -> bool;
    /// Whether `busy` is set.
    fn busy(csr: Self::Csr) -> bool;
    /// Overflow and memory-fault bits.
    fn errors(csr: Self::Csr) -> (bool, bool);
}

#[cfg(not(iommugen_test))]
/// The fault queue's registers and 32-byte [`FAULT`] records.
#[derive(Debug)]
pub(crate) enum FaultRegs {}
#[cfg(not(iommugen_test))]
/// The page-request queue's registers and 16-byte [`PAGE_REQUEST`] records.
#[derive(Debug)]
pub(crate) enum PageRequestRegs {}

#[cfg(not(iommugen_test))]
macro_rules! queue_regs {
    ($ty:ty, $name:literal, $rec:ident, $words:literal, $b:ident, $h:ident, $t:ident, $csr:ident,
     $en:ident, $ie:ident, $ie_get:ident, $of:ident, $mf:ident, $on:ident, $clr_of:ident, $clr_mf:ident) => {
        impl QueueRegs for $ty {
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

            fn csr(on: bool, ie: bool, clear_overflow: bool, clear_fault: bool) -> $csr {
                let mut c = $csr::from_bits(0).$en(on).$ie(ie);
                if clear_overflow {
                    c = c.$clr_of();
                }
                if clear_fault {
                    c = c.$clr_mf();
                }
                c
            }

            fn ie(csr: $csr) -> bool {
                csr.$ie_get()
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
        }

        impl RecordArch for $ty {
            type Index = HeadTail;
            type Record = $rec;
            /// Overflow and memory-fault bits of the control register.
            type Status = (bool, bool);
            type Ack = ();
            const NAME: &'static str = $name;
            const WORDS: usize = $words;
            // The base register's LOG2SZ-1 is 5 bits.
            const LOG2: (u32, u32) = (1, 20);
            const ALIGN: usize = 4096;

            fn index(log2: u32) -> HeadTail {
                HeadTail::new(log2)
            }

            fn producer<H: Hal>(hal: &H) -> (u32, (bool, bool)) {
                // The error bits are read first: a record that caused one is then already
                // behind the tail read after them.
                let errors = <$ty>::errors(read(hal));
                (<$ty>::tail(read(hal)), errors)
            }

            fn record(words: &[u64; MAX_WORDS]) -> $rec {
                let mut r = [0u64; $words];
                r.copy_from_slice(&words[..$words]);
                $rec(r)
            }

            fn acknowledge<H: Hal>(
                hal: &H,
                head: u32,
                (overflowed, memory_fault): (bool, bool),
                _ack: &mut (),
            ) -> Seen {
                write(hal, <$ty>::head(head));
                if overflowed || memory_fault {
                    // The interrupt enable is written back as it is.
                    let ie = <$ty>::ie(read(hal));
                    write(hal, <$ty>::csr(true, ie, overflowed, memory_fault));
                }
                Seen {
                    overflowed,
                    memory_fault,
                }
            }
        }
    };
}

#[cfg(not(iommugen_test))]
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
    with_fie,
    fie,
    fqof,
    fqmf,
    fqon,
    clear_fqof,
    clear_fqmf
);
#[cfg(not(iommugen_test))]
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
    with_pie,
    pie,
    pqof,
    pqmf,
    pqon,
    clear_pqof,
    clear_pqmf
);

#[cfg(not(iommugen_test))]
/// The fault queue.
pub(crate) type FaultQueue = RecordQueue<FaultRegs>;
#[cfg(not(iommugen_test))]
/// The page-request queue.
pub(crate) type PageRequestQueue = RecordQueue<PageRequestRegs>;

#[cfg(not(iommugen_test))]
pub(crate) use super::super::queue::record::Drained;

#[cfg(not(iommugen_test))]
impl<R: QueueRegs + RecordArch> RecordQueue<R> {
    fn set_csr<H: Hal>(hal: &H, on: bool, ie: bool) -> Result<()> {
        poll(hal, R::NAME, HANDSHAKE_US, || {
            let c: R::Csr = read(hal);
            (!R::busy(c)).then_some(())
        })?;
        write(hal, R::csr(on, on && ie, false, false));
        poll(hal, R::NAME, HANDSHAKE_US, || {
            R::settled(read::<H, R::Csr>(hal), on).then_some(())
        })
    }

    /// Points the base register at the queue and turns it on (head 0; the IOMMU resets its
    /// tail), with its interrupt enabled if `interrupts`.
    pub(crate) fn enable<H: Hal>(&mut self, hal: &H, interrupts: bool) -> Result<()> {
        write(hal, R::base(self.log2size(), self.buffer().addr)?);
        self.reset_indexes();
        write(hal, R::head(0));
        Self::set_csr(hal, true, interrupts)
    }

    /// Turns the queue and its interrupt off.
    pub(crate) fn disable<H: Hal>(&mut self, hal: &H) -> Result<()> {
        Self::set_csr(hal, false, false)
    }
}
