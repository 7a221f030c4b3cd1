//! What the engine reports besides registers and memory: the records the device generated
//! (each with what became of it: written to its queue, or dropped and why), and the driver
//! mistakes any device model notices the same way (MMIO to no register, wrong widths, RES0
//! bits, stores not ordered before a doorbell, DMA buffer misuse, device reads of freed
//! memory). An architecture's own report type takes these through `From<Misuse>`.

/// What became of a record (an event or fault record) the device generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventFate {
    /// Written to the queue at this index (without any wrap bit).
    Recorded {
        /// Queue slot.
        index: u32,
    },
    /// Dropped: the queue was not (acknowledged as) enabled.
    QueueDisabled,
    /// Dropped: the queue was full; the overflow was flagged as the architecture says.
    Overflow,
    /// Dropped: the queue memory is outside RAM; a global error was raised.
    WriteAborted,
    /// Not recorded because the configuration says so.
    Suppressed,
}

/// One record the device generated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Logged<R> {
    /// Virtual time in nanoseconds.
    pub time_ns: u64,
    /// The record.
    pub event: R,
    /// Whether software can see it.
    pub fate: EventFate,
}

/// A driver mistake the engine itself notices, whatever the architecture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Misuse {
    /// An MMIO access to an offset with no register.
    UnknownRegister {
        /// Byte offset.
        offset: usize,
        /// Access width in bits.
        width: u32,
        /// Whether it was a write.
        write: bool,
    },
    /// An access whose width does not fit the register.
    WrongWidth {
        /// The register.
        name: &'static str,
        /// Access width in bits.
        width: u32,
    },
    /// A write to a read-only register.
    ReadOnlyWrite {
        /// The register.
        name: &'static str,
        /// The value written.
        value: u64,
    },
    /// RES0 bits written as 1.
    Res0Written {
        /// The register.
        name: &'static str,
        /// The offending bits.
        bits: u64,
    },
    /// CPU stores to DMA memory not followed by a write barrier before this register write.
    MissingBarrier {
        /// The register written.
        before: &'static str,
    },
    /// A CPU access past the end of a DMA buffer.
    DmaBufOutOfRange {
        /// The buffer's address.
        addr: u64,
        /// The word index used.
        word: usize,
    },
    /// A free of something that is not a live DMA allocation.
    BadFree {
        /// The buffer's address.
        addr: u64,
    },
    /// The device read memory the driver had freed.
    FreedMemoryRead {
        /// Physical address.
        pa: u64,
        /// What was being read.
        what: &'static str,
    },
}

/// Engine counters every architecture shares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counters {
    /// Write barriers.
    pub wmb: u64,
    /// Read barriers.
    pub rmb: u64,
    /// DMA transactions played.
    pub dmas: u64,
}
