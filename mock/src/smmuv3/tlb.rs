//! The SMMUv3's IOTLB and walk-cache tags over the engine's caches. TLB entries hold completed translations (with the permission
//! bits of the descriptors that produced them), tagged like the architecture's: translation
//! regime, VMID, ASID or global, stage. Walk-cache entries hold table descriptors (a level's
//! next-table address for an input-address prefix), so an invalidation with Leaf = 1 leaves
//! them in place, as hardware may. Only TLBI commands remove entries, plus FIFO eviction beyond
//! the configured capacity; stale entries are what a missing invalidation looks like.

use crate::engine::cache::{Cache, Cached};

/// Translation regime of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// Non-secure EL1 (StreamWorld NS-EL1), and stage 2.
    El1,
    /// Non-secure EL2 / EL2-E2H.
    El2,
}

/// What an entry translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Stage 1 only: VA to PA.
    S1 {
        /// ASID of the context.
        asid: u16,
        /// Descriptor nG = 0: matches every ASID.
        global: bool,
    },
    /// Stage 2 only: IPA to PA.
    S2,
    /// Both stages combined: VA to PA.
    Nested {
        /// ASID of the context.
        asid: u16,
        /// Stage 1 descriptor nG = 0.
        global: bool,
    },
}

impl Kind {
    pub(crate) fn asid(self) -> Option<(u16, bool)> {
        match self {
            Kind::S1 { asid, global } | Kind::Nested { asid, global } => Some((asid, global)),
            Kind::S2 => None,
        }
    }
}

/// Permission bits of a stage 1 translation (after hierarchical limits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct S1Perms {
    /// Writes are not permitted (AP[2], or APTable[1] on the way).
    pub read_only: bool,
    /// Unprivileged accesses are permitted (AP[1], and no APTable[0] on the way).
    pub unpriv: bool,
    /// Privileged execute-never (PXN or PXNTable).
    pub pxn: bool,
    /// Unprivileged execute-never (UXN or UXNTable).
    pub uxn: bool,
}

/// Permission bits of a stage 2 translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct S2Perms {
    /// S2AP[0].
    pub read: bool,
    /// S2AP[1].
    pub write: bool,
    /// Execute-never, XN[1:0] (0: executable, 1: privileged execute-never, 2: never,
    /// 3: unprivileged execute-never).
    pub xn: u8,
}

/// A cached translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlbEntry {
    pub regime: Regime,
    pub vmid: u16,
    pub kind: Kind,
    /// Input address of the first byte (aligned to `size`).
    pub ia: u64,
    /// Bytes translated.
    pub size: u64,
    /// Output address of the first byte.
    pub oa: u64,
    pub s1: Option<S1Perms>,
    pub s2: Option<S2Perms>,
    /// Stage 2 input address of the first byte, for nested entries (for fault reports).
    pub ipa: u64,
}

/// A cached table descriptor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkEntry {
    pub regime: Regime,
    pub vmid: u16,
    /// `Kind::S1` (nested walks too) or `Kind::S2`.
    pub kind: Kind,
    /// Level of the table descriptor.
    pub level: u32,
    /// First input address the descriptor covers.
    pub ia: u64,
    /// Bytes it covers.
    pub size: u64,
    /// Next-level table address.
    pub table: u64,
    /// Hierarchical limits accumulated down to and including this descriptor.
    pub limits: S1Perms,
}

/// Which entries an invalidation removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub regime: Regime,
    /// `None`: any VMID.
    pub vmid: Option<u16>,
    /// Which stages: stage 1 (with nested), stage 2 only, or all.
    pub stages: Stages,
    /// Which ASIDs.
    pub asid: AsidMatch,
    /// `Some(range)`: entries overlapping it (global ones included unless `asid` excludes them).
    pub range: Option<(u64, u64)>,
    /// Leave walk-cache entries alone (Leaf = 1).
    pub leaf_only: bool,
}

/// ASIDs an invalidation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsidMatch {
    /// Every ASID, global entries included.
    Any,
    /// Non-global entries of this ASID (TLBI by ASID).
    NonGlobal(u16),
    /// Entries of this ASID and global ones (TLBI by VA).
    OrGlobal(u16),
}

/// Stages an invalidation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stages {
    /// Stage 1 and combined entries.
    S1,
    /// Stage 2 only entries (not combined ones, as TLBI_S2_IPA).
    S2,
    /// Everything.
    All,
}

impl Cached for TlbEntry {
    fn ia(&self) -> u64 {
        self.ia
    }
    fn size(&self) -> u64 {
        self.size
    }
}

impl Cached for WalkEntry {
    fn ia(&self) -> u64 {
        self.ia
    }
    fn size(&self) -> u64 {
        self.size
    }
}

/// The IOTLB and walk cache.
#[derive(Debug, Clone)]
pub struct Tlb {
    entries: Cache<TlbEntry>,
    walks: Cache<WalkEntry>,
}

impl Tlb {
    pub fn new(capacity: usize) -> Self {
        Tlb {
            entries: Cache::new(capacity),
            walks: Cache::new(capacity),
        }
    }

    /// The translation of `ia` in a context, if cached.
    pub fn lookup(&self, regime: Regime, vmid: u16, kind: Kind, ia: u64) -> Option<TlbEntry> {
        self.entries.lookup(ia, |e| {
            let ctx = e.regime == regime && e.vmid == vmid;
            let tag = match (e.kind, kind) {
                (Kind::S1 { asid: a, global: g }, Kind::S1 { asid, .. })
                | (Kind::Nested { asid: a, global: g }, Kind::Nested { asid, .. }) => {
                    g || a == asid
                }
                (Kind::S2, Kind::S2) => true,
                _ => false,
            };
            ctx && tag
        })
    }

    pub fn insert(&mut self, e: TlbEntry) {
        self.entries.insert(e);
    }

    /// A cached table descriptor at `level` covering `ia`, if any.
    pub fn walk_lookup(
        &self,
        regime: Regime,
        vmid: u16,
        kind: Kind,
        level: u32,
        ia: u64,
    ) -> Option<WalkEntry> {
        self.walks.lookup(ia, |w| {
            let tag = match (w.kind, kind) {
                (Kind::S1 { asid: a, .. }, Kind::S1 { asid, .. }) => a == asid,
                (Kind::S2, Kind::S2) => true,
                _ => false,
            };
            w.regime == regime && w.vmid == vmid && tag && w.level == level
        })
    }

    pub fn walk_insert(&mut self, w: WalkEntry) {
        self.walks.insert(w);
    }

    /// Whether a tag is in `s` (the input-address range is the cache's to check).
    fn matches(s: &Scope, regime: Regime, vmid: u16, kind: Kind) -> bool {
        if regime != s.regime || s.vmid.is_some_and(|v| v != vmid) {
            return false;
        }
        let stage_ok = match (s.stages, kind) {
            (Stages::All, _) => true,
            (Stages::S1, k) => k.asid().is_some(),
            (Stages::S2, k) => k == Kind::S2,
        };
        let asid_ok = match (s.asid, kind.asid()) {
            (AsidMatch::Any, _) => true,
            (AsidMatch::NonGlobal(want), Some((asid, global))) => !global && asid == want,
            (AsidMatch::OrGlobal(want), Some((asid, global))) => global || asid == want,
            (_, None) => false,
        };
        stage_ok && asid_ok
    }

    /// Removes the entries in `scope`; returns how many TLB entries went.
    pub fn invalidate(&mut self, scope: &Scope) -> usize {
        let n = self.entries.invalidate(scope.range, |e| {
            Self::matches(scope, e.regime, e.vmid, e.kind)
        });
        if !scope.leaf_only {
            // Walk-cache entries belong to an ASID and are never global.
            self.walks.invalidate(scope.range, |w| {
                Self::matches(scope, w.regime, w.vmid, w.kind)
            });
        }
        n
    }

    /// Drops everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.walks.clear();
    }

    /// Number of cached translations.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The cached translations.
    pub fn entries(&self) -> impl Iterator<Item = &TlbEntry> {
        self.entries.iter()
    }

    /// The cached table descriptors.
    pub fn walks(&self) -> impl Iterator<Item = &WalkEntry> {
        self.walks.iter()
    }
}
