//! The Arm SMMUv3 on the core: probe (`features`), the command and event queues (`cmdq`,
//! `evtq`), the stream and CD tables (`strtab`, `cdtab`), the one STE builder (`ste`), domains
//! and invalidation (`domain`, `stage2`), the attach state machine over the generated semantics
//! (`attach`), bring-up and errors (`smmu`), the VMSAv8-64 page-table formats (`vmsa`), and its
//! generated semantics behind the core's seam (`seam`).

pub mod spec;

pub mod attach;
pub mod cdtab;
pub mod cmdq;
pub mod domain;
pub mod evtq;
pub mod features;
#[cfg(feature = "planted")]
pub mod planted;
pub mod seam;
pub mod smmu;
pub mod stage2;
pub mod ste;
pub mod strtab;
/// The transition report and the hitless oracle (tools and tests: `iommugen-runner report`).
#[cfg(any(test, feature = "report"))]
pub mod transitions;
pub mod view;
pub mod vmsa;
