//! A userspace model of the Arm SMMUv3, so the driver runtime runs end to end without hardware.
//!
//! [`MockSmmu`] implements the runtime's [`Hal`](iommugen_runtime::hal::Hal): MMIO reaches a
//! register file driven by the table generated from the spec
//! (`generated/smmuv3/mock/regfile.rs`, see [`table`] and [`regfile`]); DMA memory is
//! simulated physical memory; time is virtual and advances in `relax()`, so timeouts are
//! deterministic. Behind the registers sits a model of the device built on the generated types
//! (`iommugen_runtime::spec`): CR0/CR0ACK, GBPA, IRQ_CTRL, GERROR/GERRORN handshakes; the
//! command queue with CFGI/TLBI/SYNC and command errors; linear and two-level stream and CD
//! tables with STE/CD validation; stage 1, stage 2 and nested walks; a configuration cache and
//! an IOTLB that stay stale until invalidated; the event queue with overflow. Tests play DMA
//! masters ([`MockSmmu::dma`]), observe CPU stores into tables ([`MockSmmu::watch`]), inject
//! faults ([`Faults`]) and read what the model noticed ([`Violation`], [`LoggedEvent`]).
#![forbid(unsafe_code)]

/// The register table generated from `specs/smmuv3.iommu` by the mock backend.
#[rustfmt::skip] // generated code, formatted by its generator
#[path = "../../generated/smmuv3/mock/regfile.rs"]
pub mod table;

pub mod config;
pub mod dma;
pub mod faults;
pub mod mem;
pub mod regfile;
pub mod report;

mod cmdq;
mod evtq;
mod handle;
mod model;
mod peek;
mod stream;
mod tlb;
mod walk;

pub use config::MockConfig;
pub use dma::{Attrs, Cause, Dma, Outcome, Segment, Termination, Transfer};
pub use faults::{Faults, GerrorStorm};
pub use handle::{MockSmmu, Store, WatchId};
pub use iommugen_runtime::spec;
pub use peek::{CachedConfig, CachedTranslation, CachedWalk};
pub use report::{EventFate, Irqs, LoggedEvent, Stats, Violation};
