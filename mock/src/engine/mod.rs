//! The architecture-neutral device-model engine. Every algorithm a modelled IOMMU shares is
//! here once; an architecture supplies only its behaviour, behind [`Architecture`].
//!
//! What the engine does:
//! - [`regfile`]: the register file over a generated register table (access kinds, masks,
//!   aliases, `acked_by` and `toggled_by` handshakes, self-clearing bits), and [`device`]: MMIO
//!   dispatch with width checks, RES0 and read-only reports, writes acted on after a delay in
//!   virtual time, and the check that CPU stores are ordered before doorbells;
//! - [`mem`]: sparse physical memory and the DMA allocator (freed memory stays detectable);
//! - [`queue`]: rings in memory under the wrap-bit or head/tail index protocol, a device-side
//!   consumer loop (command queues) and record producer (event and fault queues);
//! - [`walk`]: multi-level table walks over a described geometry, resumed from a walk cache;
//! - [`cache`]: address-range caches (IOTLB, walk cache) and keyed configuration caches, both
//!   tagged by the architecture, emptied only by invalidation or eviction;
//! - [`dma`]: the DMA master (4 KiB pieces, bus errors, the first fault terminating);
//! - [`record`]: the log of generated records and their fate, and the driver mistakes every
//!   model notices; [`observer`]: callbacks between CPU stores (torn updates);
//! - [`handle`]: [`Mock`], the handle implementing the runtime's HAL.
//!
//! The seam, [`Architecture`]: the architecture's state (implementation choices, its caches,
//! fault-injection switches, counters) is a value inside the [`Engine`]; the engine calls the
//! trait to hide registers, refuse or act on software writes (what a doorbell or an enable
//! does, what each command means), complete scheduled handshakes, run deferred work, resolve a
//! transaction's configuration (directory formats, context decoding), translate an access
//! (its page-table formats, through [`walk`]) and write a fault record to its queue (through
//! [`queue`]). Fault injection is the architecture's switches at the engine's hooks: a
//! [`queue::Consumer`] fetch that aborts, an entry held, a producer forced full, a write
//! acted on late ([`Architecture::ack_delay_ns`]).

pub mod arch;
pub mod cache;
pub mod device;
pub mod dma;
pub mod handle;
pub mod mem;
pub mod observer;
pub mod queue;
pub mod record;
pub mod regfile;
pub mod walk;

#[cfg(test)]
mod toy;

pub use arch::Architecture;
pub use device::Engine;
pub use handle::Mock;
pub(crate) use regfile::impl_reg_row;
