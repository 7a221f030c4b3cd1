// SPDX-License-Identifier: MIT OR Apache-2.0

//! The record queue engine: a ring of records the IOMMU produces and software consumes (SMMUv3:
//! the event queue and the PRI queue; RISC-V: the fault queue and the page-request queue), for
//! any architecture ([`RecordArch`]).
//!
//! A drain reads the producer index and what the architecture reports with it (an overflow, a
//! memory fault writing a record), consumes every record between the consumer and the producer
//! oldest first, at most one queue's worth so a storm cannot keep the caller there, then hands
//! the slots back by writing the consumer index and acknowledges what it saw, as the
//! architecture does it ([`RecordArch::acknowledge`]: SMMUv3 copies EVTQ_PROD.OVFLG into
//! EVTQ_CONS.OVACKFLG; RISC-V clears `fqof`/`fqmf` in `fqcsr`).

#[cfg(not(iommugen_test))]
use super::super::error::{Error, Result};
#[cfg(not(iommugen_test))]
use super::super::hal::{DmaBuf, Hal};
#[cfg(not(iommugen_test))]
use super::super::ring::Protocol;

#[cfg(not(iommugen_test))]
/// Most 64-bit words in a record (both architectures' largest records are 32 bytes).
pub(crate) const MAX_WORDS: usize = 4;

#[cfg(not(iommugen_test))]
/// What a drain saw besides the records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Seen {
    /// The queue had overflowed (records were dropped); the overflow is acknowledged.
    pub(crate) overflowed: bool,
    /// The IOMMU could not write a record (memory fault); acknowledged.
    pub(crate) memory_fault: bool,
}

#[cfg(not(iommugen_test))]
/// An architecture's record queue: what the engine cannot know.
pub(crate) trait RecordArch {
    /// The index protocol of the producer and consumer registers.
    type Index: Protocol;
    /// A record as the driver hands it on.
    type Record;
    /// What the producer side reports besides its index (overflow flags, error bits).
    type Status: Copy;
    /// What the driver keeps between drains to acknowledge overflows (SMMUv3: the last
    /// OVACKFLG written), or `()`.
    type Ack: Copy + Default;
    /// The queue's name, for diagnostics.
    const NAME: &'static str;
    /// Record size in 64-bit words (at most [`MAX_WORDS`]).
    const WORDS: usize;
    /// Smallest and largest log2 of the number of slots.
    const LOG2: (u32, u32);
    /// Least alignment of the queue's memory, in bytes.
    const ALIGN: usize;

    /// The protocol of a queue of `2^log2` slots.
    fn index(log2: u32) -> Self::Index;
    /// Reads the producer index and its status.
    fn producer<H: Hal>(hal: &H) -> (u32, Self::Status);
    /// A record from its words (the first [`RecordArch::WORDS`]).
    fn record(words: &[u64; MAX_WORDS]) -> Self::Record;
    /// Writes the consumer index `cons` (the slots before it are free again) and acknowledges
    /// what `status` reported; returns what that was.
    fn acknowledge<H: Hal>(hal: &H, cons: u32, status: Self::Status, ack: &mut Self::Ack) -> Seen;
}

#[cfg(not(iommugen_test))]
/// What one drain found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Drained {
    /// Records consumed.
    pub(crate) records: u32,
    /// The queue had overflowed (records were dropped); the overflow is acknowledged.
    pub(crate) overflowed: bool,
    /// The IOMMU could not write a record (memory fault); acknowledged.
    pub(crate) memory_fault: bool,
}

#[cfg(not(iommugen_test))]
/// Counters of what a record queue saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct RecordStats {
    /// Records consumed.
    pub(crate) records: u64,
    /// Overflows acknowledged (records were lost each time).
    pub(crate) overflows: u64,
    /// Memory faults acknowledged.
    pub(crate) memory_faults: u64,
}

#[cfg(not(iommugen_test))]
/// A record queue of architecture `A`: its memory and software's consumer index.
#[derive(Debug)]
pub(crate) struct RecordQueue<A: RecordArch> {
    buf: DmaBuf,
    log2: u32,
    index: A::Index,
    cons: u32,
    ack: A::Ack,
    /// Counters.
    pub(crate) stats: RecordStats,
}

#[cfg(not(iommugen_test))]
impl<A: RecordArch> RecordQueue<A> {
    /// Allocates a queue of `2^log2size` records.
    pub(crate) fn new<H: Hal>(hal: &H, log2size: u32) -> Result<Self> {
        let (min, max) = A::LOG2;
        if !(min..=max).contains(&log2size) || A::WORDS > MAX_WORDS {
            return Err(Error::InvalidArgument {
                what: "record queue size out of the architecture's range",
            });
        }
        let bytes = (A::WORDS * 8) << log2size;
        let buf = hal.dma_alloc(bytes, bytes.max(A::ALIGN))?;
        Ok(RecordQueue {
            buf,
            log2: log2size,
            index: A::index(log2size),
            cons: 0,
            ack: A::Ack::default(),
            stats: RecordStats::default(),
        })
    }

    /// The queue's memory.
    pub(crate) fn buffer(&self) -> DmaBuf {
        self.buf
    }

    /// log2 of the number of slots.
    pub(crate) fn log2size(&self) -> u32 {
        self.log2
    }

    /// Resets the consumer to what the registers hold after the indexes were zeroed.
    pub(crate) fn reset_indexes(&mut self) {
        self.cons = 0;
        self.ack = A::Ack::default();
    }

    /// Frees the queue's memory (when the IOMMU no longer writes it).
    pub(crate) fn free<H: Hal>(self, hal: &H) {
        hal.dma_free(self.buf);
    }

    /// Consumes every record the IOMMU has written, oldest first, at most one queue's worth,
    /// handing each to `f`; then writes the consumer index and acknowledges overflows and
    /// memory faults. Bounded by the queue's size.
    pub(crate) fn drain<H: Hal>(&mut self, hal: &H, mut f: impl FnMut(A::Record)) -> Drained {
        let (prod, status) = A::producer(hal);
        let prod = self.index.position(prod);
        // The index is read before the records it announces.
        hal.rmb();
        let mut records = 0;
        let mut words = [0u64; MAX_WORDS];
        let words_per = A::WORDS.min(MAX_WORDS);
        while !self.index.is_empty(prod, self.cons) && records < self.index.capacity() {
            let first = self.index.index(self.cons) as usize * A::WORDS;
            for (i, w) in words.iter_mut().take(words_per).enumerate() {
                *w = hal.dma_read(&self.buf, first + i);
            }
            f(A::record(&words));
            self.cons = self.index.advance(self.cons, 1);
            records += 1;
        }
        // The records are read before the IOMMU may reuse their slots.
        hal.rmb();
        let seen = A::acknowledge(hal, self.cons, status, &mut self.ack);
        self.stats.records += u64::from(records);
        self.stats.overflows += u64::from(seen.overflowed);
        self.stats.memory_faults += u64::from(seen.memory_fault);
        Drained {
            records,
            overflowed: seen.overflowed,
            memory_fault: seen.memory_fault,
        }
    }
}
