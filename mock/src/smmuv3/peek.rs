//! What the SMMU holds, read without changing it: the CD a fetch would read from memory (through
//! the L1CD of a two-level table), and the contents of the configuration cache and the IOTLB.
//! Checks that compare implementation states use it (the conformance suite merges two histories
//! only when they leave the same configuration, in memory and in the caches).

use iommugen_runtime::smmuv3::spec::entries::{CD, L1CD, L1STD, STE};

use super::stream::Ctx;
use super::tlb::{Kind, Regime};
use super::MockSmmu;
use crate::engine::dma::Txn;

/// The configuration cache's contents, each kind sorted by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CachedConfig {
    /// STEs by StreamID.
    pub stes: Vec<(u32, STE)>,
    /// Level-1 stream table descriptors by level-1 index.
    pub l1stds: Vec<(u32, L1STD)>,
    /// CDs by (StreamID, SubstreamID).
    pub cds: Vec<((u32, u32), CD)>,
    /// Level-1 CD descriptors by (StreamID, level-1 index).
    pub l1cds: Vec<((u32, u32), L1CD)>,
}

/// A cached translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CachedTranslation {
    /// Translation regime EL2 (else EL1).
    pub el2: bool,
    /// VMID.
    pub vmid: u16,
    /// 1: stage 1 only, 2: stage 2 only, 3: both combined.
    pub stages: u8,
    /// ASID, for entries with a stage 1; `None` when global or stage 2 only.
    pub asid: Option<u16>,
    /// Input address.
    pub ia: u64,
    /// Bytes covered.
    pub size: u64,
    /// Output address of `ia`.
    pub oa: u64,
}

/// A cached table descriptor (walk cache).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CachedWalk {
    /// Translation regime EL2 (else EL1).
    pub el2: bool,
    /// VMID.
    pub vmid: u16,
    /// 1: stage 1, 2: stage 2, 3: stage 1 of a nested walk.
    pub stages: u8,
    /// ASID, for stage 1 entries; `None` when global or stage 2.
    pub asid: Option<u16>,
    /// Level of the descriptor.
    pub level: u32,
    /// First input address it covers.
    pub ia: u64,
    /// Address of the next-level table it points at.
    pub table: u64,
}

fn stages(k: Kind) -> (u8, Option<u16>) {
    let s = match k {
        Kind::S1 { .. } => 1,
        Kind::S2 => 2,
        Kind::Nested { .. } => 3,
    };
    (s, k.asid().filter(|a| !a.1).map(|a| a.0))
}

impl MockSmmu {
    /// The CD at `ssid` of the CD table the pointer fields of `ste` (S1ContextPtr, S1Fmt,
    /// S1CDMax) describe, read from memory as a fetch for `sid` would, or `None` when the fetch
    /// would fail (an invalid L1CD or CD). The caches, counters and reports are left as they
    /// were.
    pub fn peek_cd(&self, sid: u32, ste: STE, ssid: u32) -> Option<CD> {
        let mut m = self.model();
        let caches = std::mem::take(&mut m.arch.caches);
        let stats = m.arch.stats;
        let violations = m.violations.len();
        let ctx = Ctx {
            sid,
            ssid: Some(ssid),
            ste,
            cd: None,
            s2: None,
            regime: Regime::El1,
            vmid: 0,
            txn: Txn {
                iova: 0,
                write: false,
                privileged: false,
                instruction: false,
            },
        };
        let cd = m.fetch_cd(&ctx, ssid).ok();
        m.arch.caches = caches;
        m.arch.stats = stats;
        m.violations.truncate(violations);
        cd
    }

    /// What the configuration cache holds.
    pub fn cached_config(&self) -> CachedConfig {
        let m = self.model();
        let c = &m.arch.caches;
        CachedConfig {
            stes: c.ste.sorted(),
            l1stds: c.l1std.sorted(),
            cds: c.cd.sorted(),
            l1cds: c.l1cd.sorted(),
        }
    }

    /// What the IOTLB and the walk cache hold, each sorted.
    pub fn cached_translations(&self) -> (Vec<CachedTranslation>, Vec<CachedWalk>) {
        let m = self.model();
        let mut t: Vec<CachedTranslation> = m
            .arch
            .tlb
            .entries()
            .map(|e| {
                let (stages, asid) = stages(e.kind);
                CachedTranslation {
                    el2: e.regime == Regime::El2,
                    vmid: e.vmid,
                    stages,
                    asid,
                    ia: e.ia,
                    size: e.size,
                    oa: e.oa,
                }
            })
            .collect();
        let mut w: Vec<CachedWalk> = m
            .arch
            .tlb
            .walks()
            .map(|e| {
                let (stages, asid) = stages(e.kind);
                CachedWalk {
                    el2: e.regime == Regime::El2,
                    vmid: e.vmid,
                    stages,
                    asid,
                    level: e.level,
                    ia: e.ia,
                    table: e.table,
                }
            })
            .collect();
        t.sort();
        w.sort();
        (t, w)
    }
}
