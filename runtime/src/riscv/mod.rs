//! The RISC-V IOMMU driver (cargo feature `riscv`), written over the runtime's generic modules
//! (the HAL, the hitless writer, the page-table engine, the fallible store, bounded polls,
//! typed register access) and the layer generated from `specs/riscv_iommu.iommu` ([`spec`]).
//!
//! - [`features`]: probe, capabilities decoded, fctl;
//! - [`cq`]: the command queue (IOFENCE.C completion, cmd_ill/cmd_to/cqmf recovery);
//! - [`fq`]: the fault and page-request queues (overflow handled);
//! - [`dir`]: the device and process directories over the generated layouts;
//! - [`format`]: Sv39/Sv48/Sv57 and Sv39x4/Sv48x4 on the page-table engine;
//! - [`domain`]: paging domains, PSCIDs/GSCIDs, IOTINVAL after unmap;
//! - [`tables`]: a domain's translation tables and the IOTINVAL commands of an unmap;
//! - [`attach`]: the core's attach state machine (`crate::attach`) driven through device and
//!   process contexts;
//! - [`iommu`]: bring-up, ddtp modes, IODIR, shutdown.

pub mod attach;
pub mod cq;
pub mod dir;
pub mod domain;
pub mod features;
pub mod format;
pub mod fq;
pub mod iommu;
#[cfg(feature = "planted")]
pub mod planted;
pub mod spec;
pub mod tables;
pub mod view;

pub use super::attach::{DomainId, Target};
pub use domain::{DomainTables, Stage};
pub use iommu::{Config, DdtMode, Iommu, Pending, Vectors};
