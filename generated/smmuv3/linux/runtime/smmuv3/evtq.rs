// SPDX-License-Identifier: MIT OR Apache-2.0

//! The event queue: 32-byte fault and configuration-error records the SMMU writes. Software
//! consumes from EVTQ_CONS up to EVTQ_PROD, decodes each record with the generated types, and
//! detects overflows (EVTQ_PROD.OVFLG differing from EVTQ_CONS.OVACKFLG), acknowledging them.

use super::super::error::{Error, Result};
use super::super::hal::{DmaBuf, Hal};
use super::super::mmio::{read, write};
use super::super::ring::Ring;
use super::spec::evtq::EVTQ_Event;
use super::spec::regs::{EVTQ_BASE, EVTQ_CONS, EVTQ_PROD};
use super::spec::support::DecodeError;

/// One record read from the event queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventRecord {
    /// The record's words as the SMMU wrote them.
    pub raw: [u64; 4],
    /// The decoded event, or why it could not be decoded (an IMPLEMENTATION DEFINED event,
    /// a reserved encoding).
    pub event: core::result::Result<EVTQ_Event, DecodeError>,
}

impl EventRecord {
    /// The event number (the record's type field).
    pub const fn number(&self) -> u8 {
        (self.raw[0] & 0xff) as u8
    }

    /// The StreamID the event is about (bits [63:32] of every record).
    pub const fn stream_id(&self) -> u32 {
        (self.raw[0] >> 32) as u32
    }
}

/// Counters of what the queue saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EvtqStats {
    /// Records consumed.
    pub events: u64,
    /// Records that did not decode.
    pub undecoded: u64,
    /// Overflows acknowledged (events were lost each time).
    pub overflows: u64,
    /// Aborted event queue writes reported by GERROR.EVENTQ_ABT_ERR (events were lost each
    /// time), counted by `Smmu::handle_gerror`.
    pub aborts: u64,
}

/// The event queue and its consumer index.
pub struct EventQueue {
    buf: DmaBuf,
    ring: Ring,
    cons: u32,
    ovack: bool,
    /// Counters.
    pub stats: EvtqStats,
}

impl EventQueue {
    /// Allocates a queue of `2^log2size` records.
    pub fn new<H: Hal>(hal: &H, log2size: u32) -> Result<Self> {
        if !(1..=19).contains(&log2size) {
            return Err(Error::InvalidArgument {
                what: "event queue log2size must be 1 to 19",
            });
        }
        let bytes = 32usize << log2size;
        let buf = hal.dma_alloc(bytes, bytes.max(32))?;
        Ok(EventQueue {
            buf,
            ring: Ring::new(log2size),
            cons: 0,
            ovack: false,
            stats: EvtqStats::default(),
        })
    }

    /// The EVTQ_BASE value describing this queue.
    pub fn base(&self) -> Result<EVTQ_BASE> {
        Ok(EVTQ_BASE::from_bits(0)
            .with_ADDR(self.buf.addr)?
            .with_LOG2SIZE(self.ring.log2size() as u8)?
            .with_WA(true))
    }

    /// Resets the consumer to what the registers hold after EVTQ_PROD/CONS were zeroed.
    pub fn reset_indexes(&mut self) {
        self.cons = 0;
        self.ovack = false;
    }

    /// Frees the queue's memory.
    pub fn free<H: Hal>(self, hal: &H) {
        hal.dma_free(self.buf);
    }

    /// Consumes every record the SMMU has written (at most one queue's worth per call, so a
    /// storm cannot keep the caller here), passing each to `f`. Returns the number consumed.
    pub fn drain<H: Hal>(&mut self, hal: &H, mut f: impl FnMut(EventRecord)) -> usize {
        let prod_reg: EVTQ_PROD = read(hal);
        let mask = (self.ring.slots() << 1) - 1;
        let prod = prod_reg.WR() & mask;
        hal.rmb();
        let mut n = 0;
        while !self.ring.is_empty(prod, self.cons) && n < self.ring.slots() as usize {
            let slot = self.ring.index(self.cons) as usize;
            let mut raw = [0u64; 4];
            for (i, w) in raw.iter_mut().enumerate() {
                *w = hal.dma_read(&self.buf, slot * 4 + i);
            }
            let event = EVTQ_Event::decode(&raw);
            if event.is_err() {
                self.stats.undecoded += 1;
            }
            self.stats.events += 1;
            f(EventRecord { raw, event });
            self.cons = self.ring.advance(self.cons, 1);
            n += 1;
        }
        // Acknowledge an overflow by copying OVFLG into OVACKFLG.
        if prod_reg.OVFLG() != self.ovack {
            self.stats.overflows += 1;
            self.ovack = prod_reg.OVFLG();
        }
        // The records are read before the SMMU may reuse their slots.
        hal.rmb();
        let cons = EVTQ_CONS::from_bits(0).with_OVACKFLG(self.ovack);
        let cons = cons.with_RD(self.cons).unwrap_or(cons);
        write(hal, cons);
        n
    }
}
