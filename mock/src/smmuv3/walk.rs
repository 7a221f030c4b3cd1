//! The VMSAv8-64 table formats over the engine's walker: the geometry (levels, index bits,
//! entry spans) and descriptor kinds (`Table`, `Block`, `Page` with their identifying bits)
//! generated from the spec's page-table formats, and the walk cache filled on the way. Stage 1 walks TTB0 or TTB1
//! of a CD (T0SZ/T1SZ range checks, TBI, EPDx, hierarchical APTable/XNTable limits unless
//! HADx, AF, AP and XN permissions, PAN, WXN); stage 2 walks S2TTB (S2T0SZ, S2SL0 with
//! concatenated start tables, S2TG, S2PS, S2AP, XN, AF unless S2AFFD); nested translation runs
//! every stage 1 descriptor fetch, the CD fetch and the final IPA through stage 2. Faults come
//! out in the architecture's priority order: translation, address size, access flag, permission.

use iommugen_runtime::smmuv3::spec::entries::{CD, STE};
use iommugen_runtime::smmuv3::spec::enums::{FaultClass, Tg0Granule};
use iommugen_runtime::smmuv3::spec::pagetables::{vmsav8_64_stage1 as s1, vmsav8_64_stage2 as s2};
use iommugen_runtime::smmuv3::spec::regs::CR2;
use iommugen_runtime::smmuv3::spec::support::{GranuleInfo, LevelInfo};

use super::config::MockConfig;
use super::evtq::FaultKind;
use super::stream::{cd_granule, Ctx};
use super::tlb::{Kind, Regime, S1Perms, S2Perms, TlbEntry, WalkEntry};
use super::Model;
use crate::engine::walk::{self, mask, resume, Level, Step, TableFormat};

/// A stage 2 configuration decoded from an STE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct S2Cfg {
    pub vmid: u16,
    pub granule: &'static GranuleInfo,
    /// IPA size in bits (64 - S2T0SZ).
    pub ia_bits: u32,
    /// Index into `granule.levels` of the start level.
    pub start: usize,
    /// Index bits resolved at the start level (beyond a full level: concatenated tables).
    pub start_bits: u32,
    pub ttb: u64,
    /// Output size in bits (S2PS capped to the OAS).
    pub ps_bits: u32,
    pub affd: bool,
}

/// A fault of one stage, before it becomes an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct StageFault {
    pub kind: FaultKind,
    pub s2: bool,
    pub class: FaultClass,
    pub ipa: u64,
}

fn find_granule(granules: &'static [GranuleInfo], size: u64) -> Option<&'static GranuleInfo> {
    granules.iter().find(|g| g.size == size)
}

fn granule_size(cfg: &MockConfig, g: Tg0Granule) -> Option<u64> {
    match g {
        Tg0Granule::Granule4K if cfg.gran4k => Some(0x1000),
        Tg0Granule::Granule16K if cfg.gran16k => Some(0x4000),
        Tg0Granule::Granule64K if cfg.gran64k => Some(0x1_0000),
        _ => None,
    }
}

/// The stage 1 geometry of a granule, if the implementation supports it.
pub(crate) fn s1_granule(cfg: &MockConfig, g: Tg0Granule) -> Option<&'static GranuleInfo> {
    granule_size(cfg, g).and_then(|size| find_granule(s1::GRANULES, size))
}

/// Index bits a level resolves for an input of `ia_bits` bits.
fn level_bits(l: &LevelInfo, ia_bits: u32) -> u32 {
    l.index_msb
        .min(ia_bits.saturating_sub(1))
        .saturating_sub(l.index_lsb)
        + 1
}

/// A level of a VMSAv8-64 walk resolving `bits` index bits.
fn level(l: &LevelInfo, bits: u32) -> Level {
    Level {
        level: l.level,
        index_lsb: l.index_lsb,
        index_bits: bits,
        span: l.entry_span,
        entry_bytes: 8,
        last: l.last,
        block: l.leaf,
    }
}

/// Decodes and checks the stage 2 fields of an STE (`None`: C_BAD_STE).
pub(crate) fn s2_config(cfg: &MockConfig, ste: &STE) -> Option<S2Cfg> {
    if !ste.S2AA64() || ste.S2S() || ste.S2SL0_2() || ste.S2DS() || ste.S2PS().is_err() {
        return None;
    }
    let size = granule_size(cfg, ste.S2TG().ok()?)?;
    let granule = find_granule(s2::GRANULES, size)?;
    let t0sz = u32::from(ste.S2T0SZ());
    let ia_bits = 64u32.checked_sub(t0sz)?;
    if t0sz < 16 || ia_bits <= granule.shift {
        return None;
    }
    let level = match (granule.shift, ste.S2SL0()) {
        (12, 0) | (14, 1) | (16, 1) => 2,
        (12, 1) | (14, 2) | (16, 2) => 1,
        (12, 2) => 0,
        (14, 0) | (16, 0) => 3,
        _ => return None,
    };
    let start = granule.levels.iter().position(|l| l.level == level)?;
    let l = granule.levels.get(start)?;
    let bits = ia_bits.checked_sub(l.index_lsb)?;
    if bits == 0 || bits > l.index_msb - l.index_lsb + 1 + 4 {
        return None;
    }
    let ps_bits = MockConfig::decode_size(ste.S2PS_bits()).min(cfg.oas());
    let ttb = ste.S2TTB() & !((8u64 << bits) - 1);
    if ttb >> ps_bits != 0 {
        return None;
    }
    let vmid = if cfg.vmid16 {
        ste.S2VMID()
    } else {
        ste.S2VMID() & 0xff
    };
    Some(S2Cfg {
        vmid,
        granule,
        ia_bits,
        start,
        start_bits: bits,
        ttb,
        ps_bits,
        affd: ste.S2AFFD(),
    })
}

/// A stage 2 walk of one IPA.
struct S2Walk<'a> {
    m: &'a mut Model,
    s2: &'a S2Cfg,
    class: FaultClass,
    ipa: u64,
}

impl S2Walk<'_> {
    fn fault(&self, kind: FaultKind) -> StageFault {
        StageFault {
            kind,
            s2: true,
            class: self.class,
            ipa: self.ipa,
        }
    }
}

impl TableFormat for S2Walk<'_> {
    type Leaf = TlbEntry;
    type Fault = StageFault;

    fn level(&self, i: usize) -> Option<Level> {
        let l = self.s2.granule.levels.get(i)?;
        let bits = if i == self.s2.start {
            self.s2.start_bits
        } else {
            l.index_msb - l.index_lsb + 1
        };
        Some(level(l, bits))
    }

    fn exhausted(&self) -> StageFault {
        self.fault(FaultKind::Translation)
    }

    fn read(&mut self, pa: u64) -> Result<u64, StageFault> {
        let raw = self.m.dev_read(pa, "stage 2 translation table");
        let raw = raw.ok_or(self.fault(FaultKind::WalkAbort(pa)))?;
        self.m.arch.stats.walk_reads += 1;
        Ok(raw)
    }

    fn step(&mut self, l: &Level, ipa: u64, raw: u64) -> Result<Step<TlbEntry>, StageFault> {
        let s2 = self.s2;
        if raw & 1 == 0 {
            return Err(self.fault(FaultKind::Translation));
        }
        if !l.last && s2::Table::matches(raw) {
            let next = s2::Table(raw).NLTA() & !(s2.granule.size - 1);
            if next >> s2.ps_bits != 0 {
                return Err(self.fault(FaultKind::AddrSize));
            }
            self.m.arch.tlb.walk_insert(WalkEntry {
                regime: Regime::El1,
                vmid: s2.vmid,
                kind: Kind::S2,
                level: l.level,
                ia: ipa & !(l.span - 1),
                size: l.span,
                table: next,
                limits: S1Perms::default(),
            });
            return Ok(Step::Next(next));
        }
        let (oa, ap, af, xn) = if l.last && s2::Page::matches(raw) {
            let d = s2::Page(raw);
            (d.OA(), d.S2AP_bits(), d.AF(), d.XN_bits())
        } else if !l.last && l.block && s2::Block::matches(raw) {
            let d = s2::Block(raw);
            (d.OA(), d.S2AP_bits(), d.AF(), d.XN_bits())
        } else {
            return Err(self.fault(FaultKind::Translation));
        };
        let base = oa & !(l.span - 1);
        if base >> s2.ps_bits != 0 {
            return Err(self.fault(FaultKind::AddrSize));
        }
        if !af && !s2.affd {
            return Err(self.fault(FaultKind::Access));
        }
        let perms = S2Perms {
            read: ap & 1 != 0,
            write: ap & 2 != 0,
            xn: xn as u8,
        };
        let ia = ipa & !(l.span - 1);
        Ok(Step::Leaf(TlbEntry {
            regime: Regime::El1,
            vmid: s2.vmid,
            kind: Kind::S2,
            ia,
            size: l.span,
            oa: base,
            s1: None,
            s2: Some(perms),
            ipa: ia,
        }))
    }
}

/// A completed stage 1 walk.
pub(crate) struct S1Leaf {
    pub ia: u64,
    pub size: u64,
    pub oa: u64,
    pub perms: S1Perms,
    pub global: bool,
}

/// A stage 1 walk of one VA (its descriptors read through stage 2 when nested).
struct S1Walk<'a> {
    m: &'a mut Model,
    cd: &'a CD,
    s2: Option<&'a S2Cfg>,
    granule: &'static GranuleInfo,
    ia_bits: u32,
    /// Output size in bits (IPS capped to the OAS).
    ips: u32,
    /// Hierarchical limits ignored (HADx).
    had: bool,
    limits: S1Perms,
    regime: Regime,
    vmid: u16,
    kind: Kind,
}

fn s1_fault(kind: FaultKind) -> StageFault {
    StageFault {
        kind,
        s2: false,
        class: FaultClass::IN,
        ipa: 0,
    }
}

impl TableFormat for S1Walk<'_> {
    type Leaf = S1Leaf;
    type Fault = StageFault;

    fn level(&self, i: usize) -> Option<Level> {
        let l = self.granule.levels.get(i)?;
        Some(level(l, level_bits(l, self.ia_bits)))
    }

    fn exhausted(&self) -> StageFault {
        s1_fault(FaultKind::Translation)
    }

    fn read(&mut self, desc: u64) -> Result<u64, StageFault> {
        let pa = match self.s2 {
            Some(s2) => self.m.s2_read_pa(s2, desc, FaultClass::TT)?,
            None => desc,
        };
        let raw = self.m.dev_read(pa, "stage 1 translation table");
        let raw = raw.ok_or(s1_fault(FaultKind::WalkAbort(pa)))?;
        self.m.arch.stats.walk_reads += 1;
        Ok(raw)
    }

    fn step(&mut self, l: &Level, va: u64, raw: u64) -> Result<Step<S1Leaf>, StageFault> {
        if raw & 1 == 0 {
            return Err(s1_fault(FaultKind::Translation));
        }
        if !l.last && s1::Table::matches(raw) {
            let d = s1::Table(raw);
            let next = d.NLTA() & !(self.granule.size - 1);
            if next >> self.ips != 0 {
                return Err(s1_fault(FaultKind::AddrSize));
            }
            if !self.had {
                // In `limits`, `unpriv` accumulates APTable[0]: unprivileged access denied.
                let ap = d.APTable_bits();
                self.limits.read_only |= ap & 2 != 0;
                self.limits.unpriv |= ap & 1 != 0;
                self.limits.pxn |= d.PXNTable();
                self.limits.uxn |= d.UXNTable();
            }
            self.m.arch.tlb.walk_insert(WalkEntry {
                regime: self.regime,
                vmid: self.vmid,
                kind: self.kind,
                level: l.level,
                ia: va & !(l.span - 1),
                size: l.span,
                table: next,
                limits: self.limits,
            });
            return Ok(Step::Next(next));
        }
        let (oa, ap, af, ng, pxn, uxn) = if l.last && s1::Page::matches(raw) {
            let d = s1::Page(raw);
            (d.OA(), d.AP_bits(), d.AF(), d.nG(), d.PXN(), d.UXN())
        } else if !l.last && l.block && s1::Block::matches(raw) {
            let d = s1::Block(raw);
            (d.OA(), d.AP_bits(), d.AF(), d.nG(), d.PXN(), d.UXN())
        } else {
            return Err(s1_fault(FaultKind::Translation));
        };
        let base = oa & !(l.span - 1);
        if base >> self.ips != 0 {
            return Err(s1_fault(FaultKind::AddrSize));
        }
        if !af && !self.cd.AFFD() {
            return Err(s1_fault(FaultKind::Access));
        }
        let limits = self.limits;
        let perms = S1Perms {
            read_only: ap & 2 != 0 || limits.read_only,
            unpriv: ap & 1 != 0 && !limits.unpriv,
            pxn: pxn || limits.pxn,
            uxn: uxn || limits.uxn,
        };
        Ok(Step::Leaf(S1Leaf {
            ia: va & !(l.span - 1),
            size: l.span,
            oa: base,
            perms,
            global: !ng,
        }))
    }
}

impl Model {
    /// Walks stage 2 for `ipa`, resuming from the walk cache.
    pub(crate) fn walk_s2(
        &mut self,
        s2: &S2Cfg,
        ipa: u64,
        class: FaultClass,
    ) -> Result<TlbEntry, StageFault> {
        let mut w = S2Walk {
            m: self,
            s2,
            class,
            ipa,
        };
        if ipa >> s2.ia_bits != 0 {
            return Err(w.fault(FaultKind::Translation));
        }
        let levels = s2.granule.levels;
        let tlb = &w.m.arch.tlb;
        let (start, table) = resume(s2.start..levels.len().saturating_sub(1), |j| {
            let l = levels.get(j)?;
            let e = tlb.walk_lookup(Regime::El1, s2.vmid, Kind::S2, l.level, ipa)?;
            Some(e.table)
        })
        .unwrap_or((s2.start, s2.ttb));
        walk::walk(&mut w, start, table, ipa)
    }

    /// Walks stage 1 of `cd` for `va` (through stage 2 when nested), resuming from the walk
    /// cache.
    pub(crate) fn walk_s1(
        &mut self,
        ctx: &Ctx,
        cd: &CD,
        s2: Option<&S2Cfg>,
        va: u64,
    ) -> Result<S1Leaf, StageFault> {
        let two_ranges = ctx.regime == Regime::El1 || self.reg::<CR2>().E2H();
        let half = u32::from(two_ranges && (va >> 55) & 1 == 1);
        let (tsz, ttb, epd, tbi, had) = if half == 0 {
            (cd.T0SZ(), cd.TTB0(), cd.EPD0(), cd.TBI0(), cd.HAD0())
        } else {
            (cd.T1SZ(), cd.TTB1(), cd.EPD1(), cd.TBI1(), cd.HAD1())
        };
        let Some(g) = cd_granule(&self.arch.cfg, cd, half) else {
            return Err(s1_fault(FaultKind::Translation));
        };
        let ia_bits = 64u32
            .saturating_sub(u32::from(tsz))
            .min(s1::VA_BITS)
            .max(g.shift + 1);
        let top = if tbi { 56 } else { 64 };
        let upper = (va & mask(top)) >> ia_bits;
        let expected = if half == 0 { 0 } else { mask(top - ia_bits) };
        if epd || upper != expected {
            return Err(s1_fault(FaultKind::Translation));
        }
        let ips = MockConfig::decode_size(cd.IPS_bits()).min(self.arch.cfg.oas());
        let Some(start) = g.levels.iter().position(|l| l.index_lsb < ia_bits) else {
            return Err(s1_fault(FaultKind::Translation));
        };
        let start_bits = g.levels.get(start).map_or(0, |l| level_bits(l, ia_bits));
        let table = ttb & !((8u64 << start_bits) - 1);
        if table >> ips != 0 {
            return Err(s1_fault(FaultKind::AddrSize));
        }
        let (regime, vmid, asid) = (ctx.regime, ctx.vmid, cd.ASID());
        let kind = Kind::S1 {
            asid,
            global: false,
        };
        let tlb = &self.arch.tlb;
        let (start, (table, limits)) = resume(start..g.levels.len().saturating_sub(1), |j| {
            let l = g.levels.get(j)?;
            let e = tlb.walk_lookup(regime, vmid, kind, l.level, va)?;
            Some((e.table, e.limits))
        })
        .unwrap_or((start, (table, S1Perms::default())));
        let mut w = S1Walk {
            m: self,
            cd,
            s2,
            granule: g,
            ia_bits,
            ips,
            had,
            limits,
            regime,
            vmid,
            kind,
        };
        walk::walk(&mut w, start, table, va)
    }
}
