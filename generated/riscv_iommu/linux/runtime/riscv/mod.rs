// SPDX-License-Identifier: MIT OR Apache-2.0

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

pub(crate) mod attach;
pub(crate) mod cq;
pub(crate) mod dir;
pub(crate) mod domain;
pub(crate) mod features;
pub(crate) mod format;
pub(crate) mod fq;
pub(crate) mod iommu;
pub(crate) mod spec;
pub(crate) mod tables;
pub(crate) mod view;

#[cfg(not(iommugen_test))]
pub(crate) use super::attach::{DomainId, Target};
#[cfg(not(iommugen_test))]
pub(crate) use domain::{DomainTables, Stage};
#[cfg(not(iommugen_test))]
pub(crate) use iommu::{Config, Iommu, Vectors};
