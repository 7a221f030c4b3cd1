//! The seam between the engine and an architecture: the [`Architecture`] trait. The engine
//! calls it at the points where only the architecture knows what happens: which registers are
//! hidden, which writes it refuses and what a write sets going (a doorbell starts the command
//! queue, an enable is acknowledged), what a completed handshake does, what deferred work is
//! due, and for DMA how a requester's configuration resolves, how an access translates and
//! where a fault record goes. Everything else (register storage and masks, time and delayed
//! handshakes, memory, barrier checks, the DMA master, record logs, observers) is the
//! engine's, written once.

use std::fmt::Debug;

use super::device::Engine;
use super::dma::{Route, Term, Txn};
use super::record::{EventFate, Misuse};
use super::regfile::{RegRow, Written};

/// What an architecture adds to the engine. The architecture value is the device's own state
/// (implementation choices, caches, fault-injection switches, counters); its associated
/// functions take the whole [`Engine`] so they can use registers, memory and time.
pub trait Architecture: Sized {
    /// The row type of the architecture's generated register table.
    type Row: RegRow;
    /// A record the device writes to its event (fault) queue.
    type Record: Copy + Debug;
    /// Why a transaction was terminated.
    type Cause: Copy + Debug;
    /// Driver mistakes as the architecture reports them (the engine's own included).
    type Violation: From<Misuse> + Clone + Debug;
    /// The resolved configuration of a transaction that translates.
    type Context;

    /// The cause of a transaction whose output address is not RAM.
    const BUS_ERROR: Self::Cause;

    /// Registers that read as zero and ignore writes (a bank this implementation lacks).
    fn hidden(&self, _row: &Self::Row) -> bool {
        false
    }

    /// Virtual nanoseconds before the device acts on a write it schedules.
    fn ack_delay_ns(&self) -> u64;

    /// Virtual nanoseconds one `Hal::relax()` takes.
    fn relax_step_ns(&self) -> u64;

    /// Whether CPU stores to memory must be ordered by a barrier before a write of `row` (a
    /// doorbell, an enable).
    fn orders_stores(&self, row: &Self::Row) -> bool;

    /// Whether a software write of `value` to register `index` is allowed now (a refused write
    /// is reported by the architecture and ignored).
    fn write_allowed(e: &mut Engine<Self>, index: usize, value: u64) -> bool;

    /// Acts on a software write that the register file has applied.
    fn written(e: &mut Engine<Self>, w: Written);

    /// The device acts on register `index` once a scheduled write is due
    /// ([`Engine::schedule`]).
    fn complete(e: &mut Engine<Self>, index: usize);

    /// Deferred work that runs on every access (a queue released from a held completion).
    fn tick(e: &mut Engine<Self>);

    /// Resolves the configuration of a transaction from `stream` with an optional `process`
    /// (substream, PASID) identifier.
    #[allow(clippy::type_complexity)]
    fn resolve(
        e: &mut Engine<Self>,
        stream: u32,
        process: Option<u32>,
        txn: Txn,
    ) -> Result<Route<Self::Context>, Term<Self::Record, Self::Cause>>;

    /// The transaction's access after the configuration's overrides.
    fn access(ctx: &Self::Context) -> Txn;

    /// Translates one access of a resolved transaction.
    fn translate(
        e: &mut Engine<Self>,
        ctx: &Self::Context,
        txn: &Txn,
    ) -> Result<u64, Term<Self::Record, Self::Cause>>;

    /// Offers a record to the architecture's event (fault) queue.
    fn record(e: &mut Engine<Self>, record: Self::Record) -> EventFate;
}
