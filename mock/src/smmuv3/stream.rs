//! Configuration lookup: the Stream table (linear, or two-level through L1STDs), STE
//! validation, the CD table (one CD, linear, or two-level through L1CDs), CD validation, and
//! the configuration cache that holds valid STEs, L1STDs, CDs and L1CDs until a CFGI command
//! removes them. A transaction's configuration resolves to bypass or a translation context, or
//! terminates it with the event the architecture names (C_BAD_STREAMID, F_STE_FETCH,
//! C_BAD_STE, C_BAD_SUBSTREAMID, F_STREAM_DISABLED, F_CD_FETCH, C_BAD_CD).

use iommugen_runtime::smmuv3::spec::entries::{CD, L1CD, L1STD, STE};
use iommugen_runtime::smmuv3::spec::enums::{
    FaultClass, STE_S1Fmt, SteEats, SteInstCfg, StePrivCfg, SteStrw, StreamConfig, StrtabFmt,
    Tg0Granule, Tg1Granule, STE_S1DSS,
};
use iommugen_runtime::smmuv3::spec::regs::{CR2, GBPA, STRTAB_BASE, STRTAB_BASE_CFG};
use iommugen_runtime::smmuv3::spec::support::GranuleInfo;

use super::config::MockConfig;
use super::dma::{Cause, Term};
use super::evtq;
use super::tlb::Regime;
use super::walk::{s1_granule, s2_config, S2Cfg};
use super::Model;
use crate::engine::cache::Keyed;
use crate::engine::dma::{Route, Txn};

/// Cached configuration structures.
#[derive(Debug, Clone, Default)]
pub(crate) struct ConfigCache {
    /// STEs by StreamID.
    pub ste: Keyed<u32, STE>,
    /// Level-1 Stream table descriptors by L1 index.
    pub l1std: Keyed<u32, L1STD>,
    /// CDs by (StreamID, SubstreamID).
    pub cd: Keyed<(u32, u32), CD>,
    /// Level-1 CD descriptors by (StreamID, L1 index).
    pub l1cd: Keyed<(u32, u32), L1CD>,
}

impl ConfigCache {
    /// CMD_CFGI_STE: the STE (and the CDs cached through it); with `l1`, its L1STD too.
    pub fn invalidate_ste(&mut self, sid: u32, l1: Option<u32>) {
        self.ste.remove(&sid);
        self.cd.retain(|&(s, _)| s != sid);
        self.l1cd.retain(|&(s, _)| s != sid);
        if let Some(i) = l1 {
            self.l1std.remove(&i);
        }
    }

    /// CMD_CFGI_STE_RANGE: StreamIDs `first..=last`, with their L1STDs (index = sid >> split).
    pub fn invalidate_range(&mut self, first: u32, last: u32, split: u32) {
        let inside = |s: u32| s >= first && s <= last;
        self.ste.retain(|&s| !inside(s));
        self.cd.retain(|&(s, _)| !inside(s));
        self.l1cd.retain(|&(s, _)| !inside(s));
        let (f, l) = (
            first.checked_shr(split).unwrap_or(0),
            last.checked_shr(split).unwrap_or(0),
        );
        self.l1std.retain(|&i| i < f || i > l);
    }

    /// CMD_CFGI_ALL.
    pub fn invalidate_all(&mut self) {
        *self = ConfigCache::default();
    }

    /// CMD_CFGI_CD: one CD, and without `leaf` the L1CD leading to it.
    pub fn invalidate_cd(&mut self, sid: u32, ssid: u32, leaf: bool) {
        self.cd.remove(&(sid, ssid));
        if !leaf {
            self.l1cd.retain(|&(s, _)| s != sid);
        }
    }

    /// CMD_CFGI_CD_ALL.
    pub fn invalidate_cd_all(&mut self, sid: u32) {
        self.cd.retain(|&(s, _)| s != sid);
        self.l1cd.retain(|&(s, _)| s != sid);
    }
}

/// Everything a translation needs about a stream (and substream).
#[derive(Debug, Clone)]
pub struct Ctx {
    pub(crate) sid: u32,
    pub(crate) ssid: Option<u32>,
    pub(crate) ste: STE,
    /// The CD when stage 1 translates.
    pub(crate) cd: Option<CD>,
    /// Stage 2 when it translates.
    pub(crate) s2: Option<S2Cfg>,
    pub(crate) regime: Regime,
    pub(crate) vmid: u16,
    /// The first access of the transaction (for reports of faults while fetching the CD).
    pub(crate) txn: Txn,
}

/// The access after the STE's privilege and instruction/data overrides.
pub(crate) fn overrides(ste: &STE, t: Txn) -> Txn {
    let privileged = match ste.PRIVCFG() {
        Ok(StePrivCfg::Unprivileged) => false,
        Ok(StePrivCfg::Privileged) => true,
        _ => t.privileged,
    };
    let instruction = !t.write
        && match ste.INSTCFG() {
            Ok(SteInstCfg::Data) => false,
            Ok(SteInstCfg::Instruction) => true,
            _ => t.instruction,
        };
    Txn {
        privileged,
        instruction,
        ..t
    }
}

/// A CD is usable: valid, AArch64, features this implementation has.
fn cd_legal(cfg: &MockConfig, cd: &CD) -> bool {
    if !cd.V()
        || !cd.AA64()
        || cd.S()
        || cd.ENDI()
        || (cfg.term_model && !cd.A())
        || cd.IPS().is_err()
    {
        return false;
    }
    let tsz_ok = |tsz: u8| (16..=39).contains(&tsz);
    let half0 = cd.EPD0()
        || (cd.TG0().ok().and_then(|g| s1_granule(cfg, g)).is_some() && tsz_ok(cd.T0SZ()));
    let tg1 = cd.TG1().ok().map(|g| match g {
        Tg1Granule::Granule4K => Tg0Granule::Granule4K,
        Tg1Granule::Granule16K => Tg0Granule::Granule16K,
        Tg1Granule::Granule64K => Tg0Granule::Granule64K,
    });
    let half1 = cd.EPD1() || (tg1.and_then(|g| s1_granule(cfg, g)).is_some() && tsz_ok(cd.T1SZ()));
    half0 && half1
}

/// Granule information of a CD's TG0/TG1 half (`None` if unsupported).
pub(crate) fn cd_granule(cfg: &MockConfig, cd: &CD, half: u32) -> Option<&'static GranuleInfo> {
    if half == 0 {
        cd.TG0().ok().and_then(|g| s1_granule(cfg, g))
    } else {
        let g = match cd.TG1().ok()? {
            Tg1Granule::Granule4K => Tg0Granule::Granule4K,
            Tg1Granule::Granule16K => Tg0Granule::Granule16K,
            Tg1Granule::Granule64K => Tg0Granule::Granule64K,
        };
        s1_granule(cfg, g)
    }
}

impl Model {
    /// Whether an STE is valid and legal for this implementation.
    fn ste_legal(&self, ste: &STE) -> bool {
        let Ok(config) = ste.Config() else {
            return false;
        };
        if !ste.V() {
            return false;
        }
        let (s1, s2) = match config {
            StreamConfig::Abort | StreamConfig::Bypass => return true,
            StreamConfig::S1Trans => (true, false),
            StreamConfig::S2Trans => (false, true),
            StreamConfig::Nested => (true, true),
        };
        if (s1 && !self.arch.cfg.s1p) || (s2 && !self.arch.cfg.s2p) || !self.eats_legal(ste, config)
        {
            return false;
        }
        if s1 {
            let cdmax = u32::from(ste.S1CDMax());
            if cdmax > self.arch.cfg.ssid_bits.min(20) {
                return false;
            }
            if cdmax > 0 {
                let fmt_ok = match ste.S1Fmt() {
                    Ok(STE_S1Fmt::Linear) => true,
                    Ok(_) => self.arch.cfg.cd2l,
                    Err(_) => false,
                };
                if !fmt_ok || ste.S1DSS().is_err() {
                    return false;
                }
            }
            let strw_ok = match ste.STRW() {
                Ok(SteStrw::El1) => true,
                Ok(SteStrw::El2) => self.arch.cfg.hyp || config == StreamConfig::Nested,
                _ => config == StreamConfig::Nested,
            };
            let oas = self.arch.cfg.oas();
            if !strw_ok || (!s2 && ste.S1ContextPtr() >> oas != 0) {
                return false;
            }
        }
        !s2 || s2_config(&self.arch.cfg, ste).is_some()
    }

    /// Whether STE.EATS is legal for a translating `config` (5.2): 0 without ATS; split-stage
    /// ATS only when nested; no DPT checks (not implemented); and, as in SMMUv3.0, Full ATS
    /// not with S2S (stalling stage 2 faults).
    fn eats_legal(&self, ste: &STE, config: StreamConfig) -> bool {
        match ste.EATS() {
            Ok(SteEats::Abort) => true,
            _ if !self.arch.cfg.ats => false,
            Ok(SteEats::FullAts) => !ste.S2S(),
            Ok(SteEats::SplitStageAts) => config == StreamConfig::Nested,
            Ok(SteEats::FullAtsDpt) | Err(_) => false,
        }
    }

    /// The physical address of the STE of `sid`, through the L1STD for a two-level table.
    fn ste_address(&mut self, sid: u32) -> Result<u64, Term> {
        let bad = Term::config(evtq::bad_streamid(sid, None), self.reg::<CR2>().RECINVSID());
        let base = self.reg::<STRTAB_BASE>().ADDR();
        let cfg = self.reg::<STRTAB_BASE_CFG>();
        let log2 = u32::from(cfg.LOG2SIZE()).min(self.arch.cfg.sid_bits.min(32));
        if u64::from(sid) >> log2 != 0 {
            return Err(bad);
        }
        match cfg.FMT() {
            Ok(StrtabFmt::Linear) => Ok(base.wrapping_add(u64::from(sid) * 64)),
            Ok(StrtabFmt::TwoLevel) if self.arch.cfg.two_level_strtab => {
                let split = cfg.SPLIT_bits() as u32;
                if ![6, 8, 10].contains(&split) {
                    return Err(bad);
                }
                let l1_index = sid >> split;
                let l1 = match self.arch.caches.l1std.get(&l1_index) {
                    Some(d) => *d,
                    None => {
                        let pa = base.wrapping_add(u64::from(l1_index) * 8);
                        if self.arch.faults.ste_fetch_abort.contains(&sid) {
                            return Err(Term::config(evtq::ste_fetch(sid, None, pa), true));
                        }
                        let Some(raw) = self.dev_read(pa, "L1STD") else {
                            return Err(Term::config(evtq::ste_fetch(sid, None, pa), true));
                        };
                        let d = L1STD([raw]);
                        if (1..=11).contains(&d.Span()) {
                            self.arch.caches.l1std.insert(l1_index, d);
                        }
                        d
                    }
                };
                let span = u32::from(l1.Span());
                if span == 0 || span > 11 {
                    return Err(bad);
                }
                let span = span.min(split + 1);
                let l2_index = sid & ((1 << split) - 1);
                if l2_index >> (span - 1) != 0 {
                    return Err(bad);
                }
                let l2 = l1.L2Ptr() & !((64u64 << (span - 1)) - 1);
                Ok(l2.wrapping_add(u64::from(l2_index) * 64))
            }
            _ => Err(bad),
        }
    }

    /// The STE of `sid`, from the configuration cache or memory.
    pub(crate) fn fetch_ste(&mut self, sid: u32, ssid: Option<u32>) -> Result<STE, Term> {
        if let Some(ste) = self.arch.caches.ste.get(&sid) {
            return Ok(*ste);
        }
        let pa = self.ste_address(sid)?;
        let abort = Term::config(evtq::ste_fetch(sid, ssid, pa), true);
        if self.arch.faults.ste_fetch_abort.contains(&sid) {
            return Err(abort);
        }
        let Some(words) = self.dev_read_words(pa, 8, "STE") else {
            return Err(abort);
        };
        self.arch.stats.ste_fetches += 1;
        let mut ste = STE::new();
        ste.0.copy_from_slice(&words);
        if !self.ste_legal(&ste) {
            return Err(Term::config(evtq::bad_ste(sid, ssid), true));
        }
        self.arch.caches.ste.insert(sid, ste);
        Ok(ste)
    }

    /// Reads `n` words of CD-table memory at `addr` (an IPA when stage 2 translates).
    fn cd_table_read(
        &mut self,
        ctx: &Ctx,
        addr: u64,
        n: usize,
        what: &'static str,
    ) -> Result<Vec<u64>, Term> {
        let ssid = ctx.ssid;
        let pa = match &ctx.s2 {
            Some(s2) => self.s2_fetch_address(ctx, s2, addr, FaultClass::CD)?,
            None => addr,
        };
        self.dev_read_words(pa, n, what)
            .ok_or_else(|| Term::config(evtq::cd_fetch(ctx.sid, ssid, pa), true))
    }

    /// The CD at index `ssid` of the stream's CD table, from the cache or memory.
    pub(crate) fn fetch_cd(&mut self, ctx: &Ctx, ssid: u32) -> Result<CD, Term> {
        let sid = ctx.sid;
        if let Some(cd) = self.arch.caches.cd.get(&(sid, ssid)) {
            return Ok(*cd);
        }
        let ste = &ctx.ste;
        let ptr = ste.S1ContextPtr();
        let addr = if ste.S1CDMax() == 0 {
            ptr
        } else {
            match ste.S1Fmt() {
                Ok(STE_S1Fmt::Linear) => ptr.wrapping_add(u64::from(ssid) * 64),
                fmt => {
                    let split = if fmt == Ok(STE_S1Fmt::TwoLevel4K) {
                        6
                    } else {
                        10
                    };
                    let l1_index = ssid >> split;
                    let l1 = match self.arch.caches.l1cd.get(&(sid, l1_index)) {
                        Some(d) => *d,
                        None => {
                            let raw = self.cd_table_read(
                                ctx,
                                ptr.wrapping_add(u64::from(l1_index) * 8),
                                1,
                                "L1CD",
                            )?;
                            let d = L1CD([raw.first().copied().unwrap_or(0)]);
                            if d.V() {
                                self.arch.caches.l1cd.insert((sid, l1_index), d);
                            }
                            d
                        }
                    };
                    if !l1.V() {
                        return Err(Term::config(evtq::bad_substreamid(sid, ssid), true));
                    }
                    l1.L2Ptr()
                        .wrapping_add(u64::from(ssid & ((1 << split) - 1)) * 64)
                }
            }
        };
        let words = self.cd_table_read(ctx, addr, 8, "CD")?;
        self.arch.stats.cd_fetches += 1;
        let mut cd = CD::new();
        cd.0.copy_from_slice(&words);
        if !cd_legal(&self.arch.cfg, &cd) {
            return Err(Term::config(evtq::bad_cd(sid, ctx.ssid), true));
        }
        self.arch.caches.cd.insert((sid, ssid), cd);
        Ok(cd)
    }

    /// Resolves the configuration of a transaction from `sid` with an optional PASID.
    pub(crate) fn resolve(
        &mut self,
        sid: u32,
        pasid: Option<u32>,
        txn: Txn,
    ) -> Result<Route<Ctx>, Term> {
        if !self.enabled().SMMUEN() {
            let gbpa = GBPA::from_bits(self.arch.gbpa as u32);
            return if gbpa.ABORT() {
                Err(Term {
                    cause: Cause::GbpaAbort,
                    event: None,
                    record: false,
                    abort: true,
                })
            } else {
                Ok(Route::Bypass)
            };
        }
        let ste = self.fetch_ste(sid, pasid)?;
        let config = ste.Config().unwrap_or(StreamConfig::Abort);
        let bad_ssid = |p: u32| Term::config(evtq::bad_substreamid(sid, p), true);
        let (s1, s2) = match config {
            StreamConfig::Abort => {
                return Err(Term {
                    cause: Cause::SteAbort,
                    event: None,
                    record: false,
                    abort: true,
                })
            }
            StreamConfig::Bypass => {
                return match pasid {
                    Some(p) => Err(bad_ssid(p)),
                    None => Ok(Route::Bypass),
                }
            }
            StreamConfig::S1Trans => (true, false),
            StreamConfig::S2Trans => (false, true),
            StreamConfig::Nested => (true, true),
        };
        let s2cfg = if s2 {
            s2_config(&self.arch.cfg, &ste)
        } else {
            None
        };
        let regime = if s1 && !s2 && ste.STRW() == Ok(SteStrw::El2) {
            Regime::El2
        } else {
            Regime::El1
        };
        let vmid = if self.arch.cfg.s2p && regime == Regime::El1 {
            ste.S2VMID()
        } else {
            0
        };
        let txn = overrides(&ste, txn);
        let mut ctx = Ctx {
            sid,
            ssid: pasid,
            ste,
            cd: None,
            s2: s2cfg,
            regime,
            vmid,
            txn,
        };
        if s1 {
            let cdmax = u32::from(ste.S1CDMax());
            let index = match pasid {
                Some(p) => {
                    let limit = cdmax.min(self.arch.cfg.ssid_bits.min(20));
                    let ssid0_taken = ste.S1DSS() == Ok(STE_S1DSS::Ssid0) && p == 0;
                    if cdmax == 0 || u64::from(p) >> limit != 0 || ssid0_taken {
                        return Err(bad_ssid(p));
                    }
                    Some(p)
                }
                None if cdmax == 0 => Some(0),
                None => match ste.S1DSS() {
                    Ok(STE_S1DSS::Bypass) => None,
                    Ok(STE_S1DSS::Ssid0) => Some(0),
                    _ => return Err(Term::config(evtq::stream_disabled(sid), true)),
                },
            };
            if let Some(i) = index {
                ctx.cd = Some(self.fetch_cd(&ctx, i)?);
            }
        } else if let Some(p) = pasid {
            return Err(bad_ssid(p));
        }
        if ctx.cd.is_none() && ctx.s2.is_none() {
            return Ok(Route::Bypass);
        }
        Ok(Route::Translate(Box::new(ctx)))
    }

    /// CMD_PREFETCH_CONFIG: loads the configuration of a stream into the cache (errors are
    /// not reported for prefetches).
    pub(crate) fn prefetch_config(&mut self, sid: u32, ssid: Option<u32>) {
        if self.enabled().SMMUEN() {
            let txn = Txn {
                iova: 0,
                write: false,
                privileged: false,
                instruction: false,
            };
            let _ = self.resolve(sid, ssid, txn);
        }
    }
}
