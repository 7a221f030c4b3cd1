// SPDX-License-Identifier: MIT OR Apache-2.0

//! The queue engine, written once for every architecture: the command queue software produces
//! and the IOMMU consumes ([`command`]), and the record queues the IOMMU produces and software
//! consumes (event, fault and page-request queues: [`record`]). Both run over an index protocol
//! of [`ring`](super::ring) (SMMUv3's wrap-bit indexes, RISC-V's head/tail) and over a small
//! trait an architecture implements: [`command::CommandArch`] (how a command and the completion
//! command are encoded, which registers hold the indexes, how an error shows and how the queue
//! goes on after it) and [`record::RecordArch`] (the record size, the producer register, how an
//! overflow shows and is acknowledged). The architecture's own modules (`smmuv3::cmdq`,
//! `smmuv3::evtq`, `riscv::cq`, `riscv::fq`) are those implementations and nothing more.

pub(crate) mod command;
pub(crate) mod doorbell;
pub(crate) mod record;
mod submit;
