//! Translation of one access: IOTLB lookups and, on a miss, the stage 1 and stage 2 walks
//! ([`super::walk`]); stage 1 permissions (AP, XN, PAN, WXN, hierarchical limits), stage 2
//! permissions (S2AP, XN), nested translation of stage 1 outputs through stage 2, and faults
//! turned into terminations with the event the architecture names.

use iommugen_runtime::smmuv3::spec::entries::CD;
use iommugen_runtime::smmuv3::spec::enums::FaultClass;

use super::dma::{Cause, Term};
use super::evtq::{self, FaultInfo, FaultKind};
use super::stream::Ctx;
use super::tlb::{Kind, Regime, S1Perms, S2Perms, TlbEntry};
use super::walk::{S2Cfg, StageFault};
use super::Model;
use crate::engine::dma::Txn;

/// The input address with the top byte replaced by copies of bit 55 when TBI applies.
pub(crate) fn normalize(cd: &CD, va: u64) -> u64 {
    let upper = (va >> 55) & 1 == 1;
    let tbi = if upper { cd.TBI1() } else { cd.TBI0() };
    if !tbi {
        return va;
    }
    (va & 0x00ff_ffff_ffff_ffff) | if upper { 0xff00_0000_0000_0000 } else { 0 }
}

/// Whether a stage 1 translation permits the access.
pub(crate) fn s1_permits(p: &S1Perms, cd: &CD, t: &Txn) -> bool {
    if t.write && p.read_only {
        return false;
    }
    if t.instruction && cd.WXN() && !p.read_only {
        return false;
    }
    if t.privileged {
        // PAN: privileged data accesses to pages unprivileged code can reach fault.
        let pan = cd.PAN() && p.unpriv && !t.instruction;
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
            _ if f.s2 => ctx.ste.S2R(),
            _ => ctx.cd.is_some_and(|cd| cd.R()),
        };
        let abort = f.s2 || self.arch.cfg.term_model || ctx.cd.is_none_or(|cd| cd.A());
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
                    class: FaultClass::IN,
                    ipa: t.iova,
                };
                let e = self
                    .s2_entry(&s2, t.iova, FaultClass::IN)
                    .map_err(|f| self.term(ctx, t, f))?;
                let perms = e.s2.unwrap_or_default();
                if !s2_permits(&perms, t.write, t.instruction, t.privileged) {
                    return Err(self.term(ctx, t, fault(FaultKind::Permission)));
                }
                Ok(e.oa + (t.iova - e.ia))
            }
            (Some(cd), s2) => {
                let va = normalize(&cd, t.iova);
                let (asid, nested) = (cd.ASID(), s2.is_some());
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
                let e = match self.arch.tlb.lookup(ctx.regime, ctx.vmid, kind, va) {
                    Some(e) => {
                        self.arch.stats.tlb_hits += 1;
                        e
                    }
                    None => {
                        self.arch.stats.tlb_misses += 1;
                        self.fill(ctx, &cd, s2.as_ref(), va, t)?
                    }
                };
                let s1_fault = StageFault {
                    kind: FaultKind::Permission,
                    s2: false,
                    class: FaultClass::IN,
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
        cd: &CD,
        s2: Option<&S2Cfg>,
        va: u64,
        t: &Txn,
    ) -> Result<TlbEntry, Term> {
        let leaf = self
            .walk_s1(ctx, cd, s2, va)
            .map_err(|f| self.term(ctx, t, f))?;
        let (asid, global) = (cd.ASID(), leaf.global);
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
            self.arch.tlb.insert(e);
            return Ok(e);
        };
        // Stage 1 permissions are checked before the output goes through stage 2.
        if !s1_permits(&leaf.perms, cd, t) {
            let f = StageFault {
                kind: FaultKind::Permission,
                s2: false,
                class: FaultClass::IN,
                ipa: 0,
            };
            return Err(self.term(ctx, t, f));
        }
        let ipa = leaf.oa + (va - leaf.ia);
        let e2 = self
            .s2_entry(s2, ipa, FaultClass::IN)
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
        self.arch.tlb.insert(e);
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

    pub(crate) fn s2_read_pa(
        &mut self,
        s2: &S2Cfg,
        ipa: u64,
        class: FaultClass,
    ) -> Result<u64, StageFault> {
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
        if let Some(e) = self.arch.tlb.lookup(Regime::El1, s2.vmid, Kind::S2, ipa) {
            self.arch.stats.tlb_hits += 1;
            return Ok(e);
        }
        self.arch.stats.tlb_misses += 1;
        let e = self.walk_s2(s2, ipa, class)?;
        self.arch.tlb.insert(e);
        Ok(e)
    }
}
