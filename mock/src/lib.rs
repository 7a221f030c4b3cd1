//! A userspace model of the Arm SMMUv3 and of the RISC-V IOMMU, so drivers run end to end
//! without hardware, built as a generic device-model engine ([`engine`]) and each
//! architecture's behaviour ([`smmuv3`], [`riscv`]) behind the engine's
//! [`Architecture`](engine::Architecture) trait. The crate-root re-exports are the SMMUv3's;
//! the RISC-V IOMMU is [`riscv::RiscvMock`].
//!
//! [`MockSmmu`] implements the runtime's [`Hal`](iommugen_runtime::hal::Hal): MMIO reaches a
//! register file driven by the table generated from the spec
//! (`generated/smmuv3/mock/regfile.rs`, see [`table`] and [`regfile`]); DMA memory is
//! simulated physical memory; time is virtual and advances in `relax()`, so timeouts are
//! deterministic. Behind the registers sits a model of the device built on the generated types
//! (`iommugen_runtime::smmuv3::spec`): CR0/CR0ACK, GBPA, IRQ_CTRL, GERROR/GERRORN handshakes; the
//! command queue with CFGI/TLBI/SYNC and command errors; linear and two-level stream and CD
//! tables with STE/CD validation; stage 1, stage 2 and nested walks; a configuration cache and
//! an IOTLB that stay stale until invalidated; the event queue with overflow. Tests play DMA
//! masters ([`MockSmmu::dma`]), observe CPU stores into tables ([`MockSmmu::watch`]), inject
//! faults ([`Faults`]) and read what the model noticed ([`Violation`], [`LoggedEvent`]).
#![forbid(unsafe_code)]

pub mod engine;
pub mod riscv;
pub mod smmuv3;

pub use engine::{mem, regfile};
pub use smmuv3::{config, dma, faults, report, table};

pub use config::MockConfig;
pub use dma::{Cause, Dma, Outcome, Termination};
pub use engine::dma::{Attrs, Segment, Transfer};
pub use engine::observer::{Store, WatchId};
pub use faults::{Faults, GerrorStorm};
pub use iommugen_runtime::smmuv3::spec;
pub use report::{EventFate, Irqs, LoggedEvent, Stats, Violation};
pub use smmuv3::peek::{CachedConfig, CachedTranslation, CachedWalk};
pub use smmuv3::MockSmmu;
