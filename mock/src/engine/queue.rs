//! Queue mechanics in memory, parameterised by the index protocol. A queue is a ring of
//! `2^log2` entries of `entry_bytes` at `base`; software and device move a producer and a
//! consumer index. With [`Protocol::WrapBit`] the indexes carry one bit beyond the slot
//! number, toggled at each wrap: empty when the indexes are equal, full when they differ only
//! in that bit (every slot usable). With [`Protocol::HeadTail`] the indexes are slot numbers:
//! empty when equal, full when the producer is one behind the consumer (one slot unused).
//! [`consume`] runs a device-side consumer (a command queue) over a [`Consumer`];
//! [`Ring::produce`] writes one device-side record (an event or fault queue).

use super::mem::Memory;

/// How producer and consumer indexes tell a full queue from an empty one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// Indexes with a wrap bit above the slot number.
    WrapBit,
    /// Plain head and tail slot numbers; one slot stays free.
    HeadTail,
}

/// A queue in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ring {
    /// Address of slot 0.
    pub base: u64,
    /// log2 of the number of slots (at most 31).
    pub log2: u32,
    /// Bytes per slot (a multiple of 8).
    pub entry_bytes: u64,
    /// The index protocol.
    pub protocol: Protocol,
}

/// What became of a record offered by [`Ring::produce`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Produced {
    /// The queue was full; nothing was written.
    Full,
    /// The slot is outside RAM; nothing was written.
    Aborted,
    /// Written at `slot`; the producer index becomes `next`.
    Written {
        /// The slot written.
        slot: u32,
        /// The new producer index.
        next: u32,
    },
}

/// What a consumer did with one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Done: the consumer index moves past it.
    Consumed,
    /// Not done yet (a completion held): consumption stops, the index stays.
    Hold,
}

/// A device-side consumer of a queue: the architecture's registers and command semantics.
pub trait Consumer {
    /// What stops consumption with an error.
    type Error;
    /// Consumption is stopped (an error not yet acknowledged).
    fn stopped(&mut self) -> bool;
    /// The current (producer, consumer) indexes.
    fn indexes(&mut self) -> (u32, u32);
    /// Reads the entry at `addr` (`words` 64-bit words).
    fn fetch(&mut self, addr: u64, words: usize) -> Result<Vec<u64>, Self::Error>;
    /// Acts on one entry.
    fn execute(&mut self, entry: &[u64]) -> Result<Step, Self::Error>;
    /// Moves the consumer index to `cons`.
    fn advance(&mut self, cons: u32);
    /// Stops consumption with `error` (the consumer index stays at the entry).
    fn error(&mut self, error: Self::Error);
}

impl Ring {
    /// Number of slots.
    pub fn size(&self) -> u64 {
        1u64 << self.log2.min(31)
    }

    /// The bits of an index register the protocol uses.
    pub fn index_mask(&self) -> u32 {
        let m = match self.protocol {
            Protocol::WrapBit => (self.size() << 1) - 1,
            Protocol::HeadTail => self.size() - 1,
        };
        m as u32
    }

    /// Whether the queue is empty.
    pub fn is_empty(&self, prod: u32, cons: u32) -> bool {
        let m = self.index_mask();
        prod & m == cons & m
    }

    /// Whether the queue is full.
    pub fn is_full(&self, prod: u32, cons: u32) -> bool {
        let m = self.index_mask();
        let (p, c) = (u64::from(prod & m), u64::from(cons & m));
        match self.protocol {
            Protocol::WrapBit => p ^ c == self.size(),
            Protocol::HeadTail => (p + 1) & (self.size() - 1) == c,
        }
    }

    /// The slot an index names.
    pub fn slot(&self, index: u32) -> u32 {
        (u64::from(index) & (self.size() - 1)) as u32
    }

    /// The address of the slot an index names.
    pub fn address(&self, index: u32) -> u64 {
        self.base
            .wrapping_add(u64::from(self.slot(index)) * self.entry_bytes)
    }

    /// The index after `index`.
    pub fn next(&self, index: u32) -> u32 {
        index.wrapping_add(1) & self.index_mask()
    }

    /// Writes `words` as the next record unless the queue is full (or `force_full`).
    pub fn produce(
        &self,
        mem: &mut Memory,
        prod: u32,
        cons: u32,
        force_full: bool,
        words: &[u64],
    ) -> Produced {
        if force_full || self.is_full(prod, cons) {
            return Produced::Full;
        }
        let p = prod & self.index_mask();
        if !mem.write_words(self.address(p), words) {
            return Produced::Aborted;
        }
        Produced::Written {
            slot: self.slot(p),
            next: self.next(p),
        }
    }
}

/// Consumes entries until the queue is empty, an error stops it, or an entry is held; at
/// most one pass over the ring.
pub fn consume<C: Consumer>(c: &mut C, ring: &Ring) {
    let words = (ring.entry_bytes / 8) as usize;
    for _ in 0..=u64::from(ring.index_mask()) {
        if c.stopped() {
            return;
        }
        let (prod, cons) = c.indexes();
        if ring.is_empty(prod, cons) {
            return;
        }
        let cons = cons & ring.index_mask();
        let step = c
            .fetch(ring.address(cons), words)
            .and_then(|entry| c.execute(&entry));
        match step {
            Ok(Step::Consumed) => c.advance(ring.next(cons)),
            Ok(Step::Hold) => return,
            Err(e) => {
                c.error(e);
                return;
            }
        }
    }
}
