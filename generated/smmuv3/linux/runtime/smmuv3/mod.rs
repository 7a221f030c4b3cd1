// SPDX-License-Identifier: MIT OR Apache-2.0

//! The Arm SMMUv3 on the core: probe (`features`), the command and event queues (`cmdq`,
//! `evtq`), the stream and CD tables (`strtab`, `cdtab`), the one STE builder (`ste`), domains
//! and invalidation (`domain`, `stage2`), the attach state machine over the generated semantics
//! (`attach`), bring-up and errors (`smmu`), the VMSAv8-64 page-table formats (`vmsa`), and its
//! generated semantics behind the core's seam (`seam`).

pub(crate) mod spec;

pub(crate) mod attach;
pub(crate) mod cdtab;
pub(crate) mod cmdq;
pub(crate) mod domain;
pub(crate) mod evtq;
pub(crate) mod features;
pub(crate) mod seam;
pub(crate) mod smmu;
pub(crate) mod stage2;
pub(crate) mod ste;
pub(crate) mod strtab;
pub(crate) mod view;
pub(crate) mod vmsa;
