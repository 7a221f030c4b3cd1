// SPDX-License-Identifier: MIT OR Apache-2.0

//! The SMMUv3 event queue (IHI 0070, 3.5.2 and 7): the core's record queue engine
//! ([`queue::record`](super::super::queue::record)) over 32-byte event records with wrap-bit
//! indexes (EVTQ_PROD.WR, EVTQ_CONS.RD). What the architecture adds: each record decoded with
//! the generated types, and overflow: EVTQ_PROD.OVFLG differing from EVTQ_CONS.OVACKFLG means
//! events were lost, acknowledged by copying OVFLG into OVACKFLG with the consumer index.

#[cfg(not(iommugen_test))]
use super::super::error::Result;
#[cfg(not(iommugen_test))]
use super::super::hal::Hal;
#[cfg(not(iommugen_test))]
use super::super::mmio::{read, write};
#[cfg(not(iommugen_test))]
use super::super::queue::record::{RecordArch, RecordQueue, Seen, MAX_WORDS};
#[cfg(not(iommugen_test))]
use super::super::ring::Ring;
#[cfg(not(iommugen_test))]
use super::spec::evtq::EVTQ_Event;
#[cfg(not(iommugen_test))]
use super::spec::regs::{EVTQ_BASE, EVTQ_CONS, EVTQ_PROD};
#[cfg(not(iommugen_test))]
use super::spec::support::DecodeError;

#[cfg(not(iommugen_test))]
/// One record read from the event queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EventRecord {
    /// The record's words as the SMMU wrote them.
    pub(crate) raw: [u64; 4],
    /// The decoded event, or why it could not be decoded (an IMPLEMENTATION DEFINED event,
    /// a reserved encoding).
    pub(crate) event: core::result::Result<EVTQ_Event, DecodeError>,
}

#[cfg(not(iommugen_test))]
impl EventRecord {
    /// The event number (the record's type field).
    pub(crate) const fn number(&self) -> u8 {
        (self.raw[0] & 0xff) as u8
    }

    /// The StreamID the event is about (bits \[63:32\] of every record).
    pub(crate) const fn stream_id(&self) -> u32 {
        (self.raw[0] >> 32) as u32
    }
}

#[cfg(not(iommugen_test))]
/// Counters of what the queue saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct EvtqStats {
    /// Records consumed.
    pub(crate) events: u64,
    /// Records that did not decode.
    pub(crate) undecoded: u64,
    /// Overflows acknowledged (events were lost each time).
    pub(crate) overflows: u64,
    /// Aborted event queue writes reported by GERROR.EVENTQ_ABT_ERR (events were lost each
    /// time), counted by `Smmu::handle_gerror`.
    pub(crate) aborts: u64,
}

#[cfg(not(iommugen_test))]
/// The SMMUv3's event queue, as the engine sees it.
#[derive(Debug)]
pub(crate) enum Events {}

#[cfg(not(iommugen_test))]
impl RecordArch for Events {
    type Index = Ring;
    type Record = EventRecord;
    /// EVTQ_PROD.OVFLG.
    type Status = bool;
    /// The OVACKFLG last written.
    type Ack = bool;
    const WORDS: usize = 4;
    // IDR1.EVENTQS is at most 19.
    const LOG2: (u32, u32) = (1, 19);
    const ALIGN: usize = 32;

    fn index(log2: u32) -> Ring {
        Ring::new(log2)
    }

    fn producer<H: Hal>(hal: &H) -> (u32, bool) {
        let p: EVTQ_PROD = read(hal);
        (p.WR(), p.OVFLG())
    }

    fn record(words: &[u64; MAX_WORDS]) -> EventRecord {
        EventRecord {
            raw: *words,
            event: EVTQ_Event::decode(words),
        }
    }

    fn acknowledge<H: Hal>(hal: &H, cons: u32, ovflg: bool, ack: &mut bool) -> Seen {
        let overflowed = ovflg != *ack;
        *ack = ovflg;
        let c = EVTQ_CONS::from_bits(0).with_OVACKFLG(ovflg);
        write(hal, c.with_RD(cons).unwrap_or(c));
        Seen {
            overflowed,
            memory_fault: false,
        }
    }
}

#[cfg(not(iommugen_test))]
/// The event queue and what it saw.
pub(crate) struct EventQueue {
    queue: RecordQueue<Events>,
    /// Counters.
    pub(crate) stats: EvtqStats,
}

#[cfg(not(iommugen_test))]
impl EventQueue {
    /// Allocates a queue of `2^log2size` records.
    pub(crate) fn new<H: Hal>(hal: &H, log2size: u32) -> Result<Self> {
        Ok(EventQueue {
            queue: RecordQueue::new(hal, log2size)?,
            stats: EvtqStats::default(),
        })
    }

    /// The EVTQ_BASE value describing this queue.
    pub(crate) fn base(&self) -> Result<EVTQ_BASE> {
        Ok(EVTQ_BASE::from_bits(0)
            .with_ADDR(self.queue.buffer().addr)?
            .with_LOG2SIZE(self.queue.log2size() as u8)?
            .with_WA(true))
    }

    /// Resets the consumer to what the registers hold after EVTQ_PROD/CONS were zeroed.
    pub(crate) fn reset_indexes(&mut self) {
        self.queue.reset_indexes();
    }

    /// Consumes every record the SMMU has written (at most one queue's worth per call, so a
    /// storm cannot keep the caller here), passing each to `f`. Returns the number consumed.
    pub(crate) fn drain<H: Hal>(&mut self, hal: &H, mut f: impl FnMut(EventRecord)) -> usize {
        let mut undecoded = 0;
        let d = self.queue.drain(hal, |r| {
            undecoded += u64::from(r.event.is_err());
            f(r);
        });
        self.stats.events += u64::from(d.records);
        self.stats.undecoded += undecoded;
        self.stats.overflows += u64::from(d.overflowed);
        d.records as usize
    }
}
