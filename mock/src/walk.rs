//! Translation: IOTLB lookups and, on a miss, walks of the VMSAv8-64 tables with the geometry
//! (levels, index bits, entry spans) and descriptor kinds (`Table`, `Block`, `Page` with their
//! identifying bits) generated from the spec's page-table formats. Stage 1 walks TTB0 or TTB1
//! of a CD (T0SZ/T1SZ range checks, TBI, EPDx, hierarchical APTable/XNTable limits unless
//! HADx, AF, AP and XN permissions, PAN, WXN); stage 2 walks S2TTB (S2T0SZ, S2SL0 with
//! concatenated start tables, S2TG, S2PS, S2AP, XN, AF unless S2AFFD); nested translation runs
//! every stage 1 descriptor fetch, the CD fetch and the final IPA through stage 2. Faults come
//! out in the architecture's priority order: translation, address size, access flag, permission.

use iommugen_runtime::spec::entries::{Cd, Ste};
use iommugen_runtime::spec::enums::{FaultClass, Tg0Granule};
use iommugen_runtime::spec::pagetables::{vmsav8_64_stage1 as s1, vmsav8_64_stage2 as s2};
use iommugen_runtime::spec::regs::Cr2;
use iommugen_runtime::spec::support::{GranuleInfo, LevelInfo};

use crate::config::MockConfig;
use crate::dma::{Cause, Term};
use crate::evtq::{self, FaultInfo, FaultKind};
use crate::model::Model;
use crate::stream::{cd_granule, Ctx};
use crate::tlb::{Kind, Regime, S1Perms, S2Perms, TlbEntry, WalkEntry};

/// One access of a transaction, after the STE's attribute overrides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Txn {
    pub iova: u64,
    pub write: bool,
    pub privileged: bool,
    pub instruction: bool,
}

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

fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// Index bits a level resolves for an input of `ia_bits` bits.
fn level_bits(l: &LevelInfo, ia_bits: u32) -> u32 {
    l.index_msb
        .min(ia_bits.saturating_sub(1))
        .saturating_sub(l.index_lsb)
        + 1
}

/// Decodes and checks the stage 2 fields of an STE (`None`: C_BAD_STE).
pub(crate) fn s2_config(cfg: &MockConfig, ste: &Ste) -> Option<S2Cfg> {
    if !ste.s2aa64() || ste.s2s() || ste.s2sl0_2() || ste.s2ds() || ste.s2ps().is_err() {
        return None;
    }
    let size = granule_size(cfg, ste.s2tg().ok()?)?;
    let granule = find_granule(s2::GRANULES, size)?;
    let t0sz = u32::from(ste.s2t0sz());
    let ia_bits = 64u32.checked_sub(t0sz)?;
    if t0sz < 16 || ia_bits <= granule.shift {
        return None;
    }
    let level = match (granule.shift, ste.s2sl0()) {
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
    let ps_bits = MockConfig::decode_size(ste.s2ps_bits()).min(cfg.oas());
    let ttb = ste.s2ttb() & !((8u64 << bits) - 1);
    if ttb >> ps_bits != 0 {
        return None;
    }
    let vmid = if cfg.vmid16 {
        ste.s2vmid()
    } else {
        ste.s2vmid() & 0xff
    };
    Some(S2Cfg {
        vmid,
        granule,
        ia_bits,
        start,
        start_bits: bits,
        ttb,
        ps_bits,
        affd: ste.s2affd(),
    })
}

/// The input address with the top byte replaced by copies of bit 55 when TBI applies.
fn normalize(cd: &Cd, va: u64) -> u64 {
    let upper = (va >> 55) & 1 == 1;
    let tbi = if upper { cd.tbi1() } else { cd.tbi0() };
    if !tbi {
        return va;
    }
    (va & 0x00ff_ffff_ffff_ffff) | if upper { 0xff00_0000_0000_0000 } else { 0 }
}

/// Whether a stage 1 translation permits the access.
fn s1_permits(p: &S1Perms, cd: &Cd, t: &Txn) -> bool {
    if t.write && p.read_only {
        return false;
    }
    if t.instruction && cd.wxn() && !p.read_only {
        return false;
    }
    if t.privileged {
        // PAN: privileged data accesses to pages unprivileged code can reach fault.
        let pan = cd.pan() && p.unpriv && !t.instruction;
        let exec_bad = t.instruction && (p.pxn || (p.unpriv && !p.read_only));
        !pan && !exec_bad
    } else {
        p.unpriv && !(t.instruction && p.uxn)
    }
}

/// Whether a stage 2 translation permits the access.
fn s2_permits(p: &S2Perms, write: bool, instruction: bool, privileged: bool) -> bool {
    let exec = match p.xn {
        0 => true,
        1 => !privileged,
        3 => privileged,
        _ => false,
    };
    (if write { p.write } else { p.read }) && (!instruction || exec)
}

impl Model {
    /// Turns a stage fault into the termination of a transaction.
    pub(crate) fn term(&self, ctx: &Ctx, t: &Txn, f: StageFault) -> Term {
        let info = FaultInfo {
            sid: ctx.sid,
            ssid: ctx.ssid,
            iova: t.iova,
            ipa: f.ipa,
            read: !t.write,
            privileged: t.privileged,
            instruction: t.instruction,
            s2: f.s2,
            class: f.class,
        };
        let record = match f.kind {
            FaultKind::WalkAbort(_) => true,
            _ if f.s2 => ctx.ste.s2r(),
            _ => ctx.cd.is_some_and(|cd| cd.r()),
        };
        let abort = f.s2 || self.cfg.term_model || ctx.cd.is_none_or(|cd| cd.a());
        Term {
            cause: Cause::Translation,
            event: Some(evtq::fault(f.kind, &info)),
            record,
            abort,
        }
    }

    /// Translates the input address of one access.
    pub(crate) fn translate(&mut self, ctx: &Ctx, t: &Txn) -> Result<u64, Term> {
        match (ctx.cd, ctx.s2) {
            (None, None) => Ok(t.iova),
            (None, Some(s2)) => {
                let fault = |kind| StageFault {
                    kind,
                    s2: true,
                    class: FaultClass::In,
                    ipa: t.iova,
                };
                let e = self
                    .s2_entry(&s2, t.iova, FaultClass::In)
                    .map_err(|f| self.term(ctx, t, f))?;
                let perms = e.s2.unwrap_or_default();
                if !s2_permits(&perms, t.write, t.instruction, t.privileged) {
                    return Err(self.term(ctx, t, fault(FaultKind::Permission)));
                }
                Ok(e.oa + (t.iova - e.ia))
            }
            (Some(cd), s2) => {
                let va = normalize(&cd, t.iova);
                let (asid, nested) = (cd.asid(), s2.is_some());
                let kind = if nested {
                    Kind::Nested {
                        asid,
                        global: false,
                    }
                } else {
                    Kind::S1 {
                        asid,
                        global: false,
                    }
                };
                let e = match self.tlb.lookup(ctx.regime, ctx.vmid, kind, va) {
                    Some(e) => {
                        self.stats.tlb_hits += 1;
                        e
                    }
                    None => {
                        self.stats.tlb_misses += 1;
                        self.fill(ctx, &cd, s2.as_ref(), va, t)?
                    }
                };
                let s1_fault = StageFault {
                    kind: FaultKind::Permission,
                    s2: false,
                    class: FaultClass::In,
                    ipa: 0,
                };
                if !s1_permits(&e.s1.unwrap_or_default(), &cd, t) {
                    return Err(self.term(ctx, t, s1_fault));
                }
                if let Some(p) = e.s2 {
                    if !s2_permits(&p, t.write, t.instruction, t.privileged) {
                        let ipa = e.ipa + (va - e.ia);
                        return Err(self.term(
                            ctx,
                            t,
                            StageFault {
                                s2: true,
                                ipa,
                                ..s1_fault
                            },
                        ));
                    }
                }
                Ok(e.oa + (va - e.ia))
            }
        }
    }

    /// Walks for a stage 1 (or nested) TLB miss and caches the result.
    fn fill(
        &mut self,
        ctx: &Ctx,
        cd: &Cd,
        s2: Option<&S2Cfg>,
        va: u64,
        t: &Txn,
    ) -> Result<TlbEntry, Term> {
        let leaf = self
            .walk_s1(ctx, cd, s2, va)
            .map_err(|f| self.term(ctx, t, f))?;
        let (asid, global) = (cd.asid(), leaf.global);
        let Some(s2) = s2 else {
            let e = TlbEntry {
                regime: ctx.regime,
                vmid: ctx.vmid,
                kind: Kind::S1 { asid, global },
                ia: leaf.ia,
                size: leaf.size,
                oa: leaf.oa,
                s1: Some(leaf.perms),
                s2: None,
                ipa: 0,
            };
            self.tlb.insert(e);
            return Ok(e);
        };
        // Stage 1 permissions are checked before the output goes through stage 2.
        if !s1_permits(&leaf.perms, cd, t) {
            let f = StageFault {
                kind: FaultKind::Permission,
                s2: false,
                class: FaultClass::In,
                ipa: 0,
            };
            return Err(self.term(ctx, t, f));
        }
        let ipa = leaf.oa + (va - leaf.ia);
        let e2 = self
            .s2_entry(s2, ipa, FaultClass::In)
            .map_err(|f| self.term(ctx, t, f))?;
        let size = leaf.size.min(e2.size);
        let e = TlbEntry {
            regime: ctx.regime,
            vmid: ctx.vmid,
            kind: Kind::Nested { asid, global },
            ia: va & !(size - 1),
            size,
            oa: (e2.oa + (ipa - e2.ia)) & !(size - 1),
            s1: Some(leaf.perms),
            s2: e2.s2,
            ipa: ipa & !(size - 1),
        };
        self.tlb.insert(e);
        Ok(e)
    }

    /// Reads the address of a structure or descriptor given as an IPA: stage 2 must allow
    /// reading it.
    pub(crate) fn s2_fetch_address(
        &mut self,
        ctx: &Ctx,
        s2: &S2Cfg,
        ipa: u64,
        class: FaultClass,
    ) -> Result<u64, Term> {
        self.s2_read_pa(s2, ipa, class)
            .map_err(|f| self.term(ctx, &ctx.txn, f))
    }

    fn s2_read_pa(&mut self, s2: &S2Cfg, ipa: u64, class: FaultClass) -> Result<u64, StageFault> {
        let e = self.s2_entry(s2, ipa, class)?;
        if !e.s2.is_some_and(|p| p.read) {
            return Err(StageFault {
                kind: FaultKind::Permission,
                s2: true,
                class,
                ipa,
            });
        }
        Ok(e.oa + (ipa - e.ia))
    }

    /// The stage 2 translation of `ipa`, from the TLB or a walk.
    fn s2_entry(
        &mut self,
        s2: &S2Cfg,
        ipa: u64,
        class: FaultClass,
    ) -> Result<TlbEntry, StageFault> {
        if let Some(e) = self.tlb.lookup(Regime::El1, s2.vmid, Kind::S2, ipa) {
            self.stats.tlb_hits += 1;
            return Ok(e);
        }
        self.stats.tlb_misses += 1;
        let e = self.walk_s2(s2, ipa, class)?;
        self.tlb.insert(e);
        Ok(e)
    }

    fn walk_s2(&mut self, s2: &S2Cfg, ipa: u64, class: FaultClass) -> Result<TlbEntry, StageFault> {
        let fault = |kind| StageFault {
            kind,
            s2: true,
            class,
            ipa,
        };
        if ipa >> s2.ia_bits != 0 {
            return Err(fault(FaultKind::Translation));
        }
        let levels = s2.granule.levels;
        let gmask = s2.granule.size - 1;
        let (mut li, mut table) = (s2.start, s2.ttb);
        for j in (s2.start..levels.len().saturating_sub(1)).rev() {
            let Some(l) = levels.get(j) else { continue };
            if let Some(w) = self
                .tlb
                .walk_lookup(Regime::El1, s2.vmid, Kind::S2, l.level, ipa)
            {
                (li, table) = (j + 1, w.table);
                break;
            }
        }
        loop {
            let Some(l) = levels.get(li) else {
                return Err(fault(FaultKind::Translation));
            };
            let bits = if li == s2.start {
                s2.start_bits
            } else {
                l.index_msb - l.index_lsb + 1
            };
            let pa = table.wrapping_add(((ipa >> l.index_lsb) & mask(bits)) * 8);
            let raw = self
                .dev_read(pa, "stage 2 translation table")
                .ok_or(fault(FaultKind::WalkAbort(pa)))?;
            self.stats.walk_reads += 1;
            if raw & 1 == 0 {
                return Err(fault(FaultKind::Translation));
            }
            if !l.last && s2::Table::matches(raw) {
                let next = s2::Table(raw).nlta() & !gmask;
                if next >> s2.ps_bits != 0 {
                    return Err(fault(FaultKind::AddrSize));
                }
                let span = l.entry_span;
                let w = WalkEntry {
                    regime: Regime::El1,
                    vmid: s2.vmid,
                    kind: Kind::S2,
                    level: l.level,
                    ia: ipa & !(span - 1),
                    size: span,
                    table: next,
                    limits: S1Perms::default(),
                };
                self.tlb.walk_insert(w);
                (li, table) = (li + 1, next);
                continue;
            }
            let (oa, ap, af, xn) = if l.last && s2::Page::matches(raw) {
                let d = s2::Page(raw);
                (d.oa(), d.s2ap_bits(), d.af(), d.xn_bits())
            } else if !l.last && l.leaf && s2::Block::matches(raw) {
                let d = s2::Block(raw);
                (d.oa(), d.s2ap_bits(), d.af(), d.xn_bits())
            } else {
                return Err(fault(FaultKind::Translation));
            };
            let span = l.entry_span;
            let base = oa & !(span - 1);
            if base >> s2.ps_bits != 0 {
                return Err(fault(FaultKind::AddrSize));
            }
            if !af && !s2.affd {
                return Err(fault(FaultKind::Access));
            }
            let perms = S2Perms {
                read: ap & 1 != 0,
                write: ap & 2 != 0,
                xn: xn as u8,
            };
            let ia = ipa & !(span - 1);
            return Ok(TlbEntry {
                regime: Regime::El1,
                vmid: s2.vmid,
                kind: Kind::S2,
                ia,
                size: span,
                oa: base,
                s1: None,
                s2: Some(perms),
                ipa: ia,
            });
        }
    }

    fn walk_s1(
        &mut self,
        ctx: &Ctx,
        cd: &Cd,
        s2: Option<&S2Cfg>,
        va: u64,
    ) -> Result<S1Leaf, StageFault> {
        let fault = |kind| StageFault {
            kind,
            s2: false,
            class: FaultClass::In,
            ipa: 0,
        };
        let two_ranges = ctx.regime == Regime::El1 || self.reg::<Cr2>().e2h();
        let half = u32::from(two_ranges && (va >> 55) & 1 == 1);
        let (tsz, ttb, epd, tbi, had) = if half == 0 {
            (cd.t0sz(), cd.ttb0(), cd.epd0(), cd.tbi0(), cd.had0())
        } else {
            (cd.t1sz(), cd.ttb1(), cd.epd1(), cd.tbi1(), cd.had1())
        };
        let Some(g) = cd_granule(&self.cfg, cd, half) else {
            return Err(fault(FaultKind::Translation));
        };
        let ia_bits = 64u32
            .saturating_sub(u32::from(tsz))
            .min(s1::VA_BITS)
            .max(g.shift + 1);
        let top = if tbi { 56 } else { 64 };
        let upper = (va & mask(top)) >> ia_bits;
        let expected = if half == 0 { 0 } else { mask(top - ia_bits) };
        if epd || upper != expected {
            return Err(fault(FaultKind::Translation));
        }
        let ips = MockConfig::decode_size(cd.ips_bits()).min(self.cfg.oas());
        let Some(start) = g.levels.iter().position(|l| l.index_lsb < ia_bits) else {
            return Err(fault(FaultKind::Translation));
        };
        let start_bits = g.levels.get(start).map_or(0, |l| level_bits(l, ia_bits));
        let (mut li, mut table, mut limits) =
            (start, ttb & !((8u64 << start_bits) - 1), S1Perms::default());
        if table >> ips != 0 {
            return Err(fault(FaultKind::AddrSize));
        }
        let (regime, vmid, asid) = (ctx.regime, ctx.vmid, cd.asid());
        let kind = Kind::S1 {
            asid,
            global: false,
        };
        for j in (start..g.levels.len().saturating_sub(1)).rev() {
            let Some(l) = g.levels.get(j) else { continue };
            if let Some(w) = self.tlb.walk_lookup(regime, vmid, kind, l.level, va) {
                (li, table, limits) = (j + 1, w.table, w.limits);
                break;
            }
        }
        let gmask = g.size - 1;
        loop {
            let Some(l) = g.levels.get(li) else {
                return Err(fault(FaultKind::Translation));
            };
            let desc = table.wrapping_add(((va >> l.index_lsb) & mask(level_bits(l, ia_bits))) * 8);
            let pa = match s2 {
                Some(s2) => self.s2_read_pa(s2, desc, FaultClass::Tt)?,
                None => desc,
            };
            let raw = self
                .dev_read(pa, "stage 1 translation table")
                .ok_or(fault(FaultKind::WalkAbort(pa)))?;
            self.stats.walk_reads += 1;
            if raw & 1 == 0 {
                return Err(fault(FaultKind::Translation));
            }
            if !l.last && s1::Table::matches(raw) {
                let d = s1::Table(raw);
                let next = d.nlta() & !gmask;
                if next >> ips != 0 {
                    return Err(fault(FaultKind::AddrSize));
                }
                if !had {
                    // In `limits`, `unpriv` accumulates APTable[0]: unprivileged access denied.
                    let ap = d.ap_table_bits();
                    limits.read_only |= ap & 2 != 0;
                    limits.unpriv |= ap & 1 != 0;
                    limits.pxn |= d.pxn_table();
                    limits.uxn |= d.uxn_table();
                }
                let span = l.entry_span;
                let ia = va & !(span - 1);
                self.tlb.walk_insert(WalkEntry {
                    regime,
                    vmid,
                    kind,
                    level: l.level,
                    ia,
                    size: span,
                    table: next,
                    limits,
                });
                (li, table) = (li + 1, next);
                continue;
            }
            let (oa, ap, af, ng, pxn, uxn) = if l.last && s1::Page::matches(raw) {
                let d = s1::Page(raw);
                (d.oa(), d.ap_bits(), d.af(), d.n_g(), d.pxn(), d.uxn())
            } else if !l.last && l.leaf && s1::Block::matches(raw) {
                let d = s1::Block(raw);
                (d.oa(), d.ap_bits(), d.af(), d.n_g(), d.pxn(), d.uxn())
            } else {
                return Err(fault(FaultKind::Translation));
            };
            let span = l.entry_span;
            let base = oa & !(span - 1);
            if base >> ips != 0 {
                return Err(fault(FaultKind::AddrSize));
            }
            if !af && !cd.affd() {
                return Err(fault(FaultKind::Access));
            }
            let perms = S1Perms {
                read_only: ap & 2 != 0 || limits.read_only,
                unpriv: ap & 1 != 0 && !limits.unpriv,
                pxn: pxn || limits.pxn,
                uxn: uxn || limits.uxn,
            };
            return Ok(S1Leaf {
                ia: va & !(span - 1),
                size: span,
                oa: base,
                perms,
                global: !ng,
            });
        }
    }
}

/// A completed stage 1 walk.
struct S1Leaf {
    ia: u64,
    size: u64,
    oa: u64,
    perms: S1Perms,
    global: bool,
}
