//! The transition report: for every ordered pair of canonical STE configurations and of CD
//! configurations, what the hitless writer does (syncs issued, whether the entry passed through
//! an invalid state), checked against the hitless oracle at every single 64-bit store: the
//! entry, masked by the bits its own value uses, equals the start or the target masked the same
//! way; an invalid entry is seen only on a breaking transition.

use super::error::Result;
use super::hitless::{write_entry, ArrayStore};
use super::spec::entries::{Cd, Ste};
use super::spec::enums::{
    CdFetchCacheability, CfgShareability, SteEats, SteS1Fmt, SteS1dss, SteShCfg, SteStrw,
    StreamConfig,
};
use super::spec::support::{FieldError, Layout, UsedBits};
use super::store::TryVec;

/// One row of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The entry kind (`STE` or `CD`).
    pub entry: &'static str,
    /// The starting configuration.
    pub from: &'static str,
    /// The target configuration.
    pub to: &'static str,
    /// Syncs the writer issued.
    pub syncs: u32,
    /// Whether the entry was invalid at some point.
    pub breaking: bool,
    /// Stores the writer made.
    pub stores: u32,
    /// Whether every intermediate state passed the oracle.
    pub hitless_ok: bool,
}

fn s1_ste(dss: SteS1dss) -> core::result::Result<Ste, FieldError> {
    let ste = Ste::new()
        .with_v(true)
        .with_config(StreamConfig::S1Trans)
        .with_s1_fmt(SteS1Fmt::Linear)
        .with_s1_context_ptr(0x4010_0000)?
        .with_s1cd_max(4)?
        .with_s1dss(dss)
        .with_s1cir(CdFetchCacheability::WriteBackRa)
        .with_s1cor(CdFetchCacheability::WriteBackRa)
        .with_s1csh(CfgShareability::InnerShareable)
        .with_strw(SteStrw::El1)
        .with_eats(SteEats::Abort);
    Ok(if dss == SteS1dss::Bypass {
        ste.with_shcfg(SteShCfg::Incoming)
    } else {
        ste
    })
}

fn with_s2(ste: Ste) -> Result<Ste> {
    // VMID 1, a table at 0x4020_0000 starting at level 1, 44-bit output.
    super::stage2::with_stage2(ste.with_shcfg(SteShCfg::Incoming), 1, 0x4020_0000, 1, 44)
}

/// The canonical STE configurations, by name.
pub fn canonical_stes() -> Result<[(&'static str, Ste); 7]> {
    let abort = Ste::new().with_v(true).with_config(StreamConfig::Abort);
    let bypass = Ste::new()
        .with_v(true)
        .with_config(StreamConfig::Bypass)
        .with_shcfg(SteShCfg::Incoming);
    let s2 = with_s2(Ste::new().with_v(true).with_config(StreamConfig::S2Trans))?;
    let nested = with_s2(s1_ste(SteS1dss::Ssid0)?.with_config(StreamConfig::Nested))?;
    Ok([
        ("abort", abort),
        ("bypass", bypass),
        ("s1-ssid0", s1_ste(SteS1dss::Ssid0)?),
        ("s1-bypass", s1_ste(SteS1dss::Bypass)?),
        ("s1-terminate", s1_ste(SteS1dss::Terminate)?),
        ("s2", s2),
        ("nested", nested),
    ])
}

fn s1_cd(asid: u16, ttb0: u64, sva: bool) -> core::result::Result<Cd, FieldError> {
    super::domain::stage1_cd(asid, ttb0, 44, sva)
}

/// The canonical CD configurations, by name.
pub fn canonical_cds() -> core::result::Result<[(&'static str, Cd); 4], FieldError> {
    Ok([
        ("empty", Cd::new()),
        ("s1", s1_cd(1, 0x4030_0000, false)?),
        ("s1-other-asid", s1_cd(2, 0x4040_0000, false)?),
        ("sva", s1_cd(3, 0x4050_0000, true)?),
    ])
}

/// The oracle for one observed state.
fn state_ok<L: UsedBits>(state: &L, from: &L, to: &L, breaking: bool) -> bool {
    let used = state.used_bits();
    let masked_eq = |a: &L| {
        state
            .words()
            .iter()
            .zip(a.words())
            .zip(used.words())
            .all(|((s, x), u)| (s ^ x) & u == 0)
    };
    let v_word = L::default().used_bits();
    let invalid = state
        .words()
        .iter()
        .zip(v_word.words())
        .all(|(s, v)| s & v == 0);
    masked_eq(from) || masked_eq(to) || (breaking && invalid)
}

fn run_pair<L: UsedBits + Layout, const N: usize>(
    entry: &'static str,
    from: (&'static str, L),
    to: (&'static str, L),
) -> Result<Row> {
    let mut words = [0u64; N];
    words.copy_from_slice(from.1.words());
    let mut states: TryVec<[u64; N]> = TryVec::new();
    let mut lost = None;
    let mut observe = |w: &[u64; N], _synced: bool| {
        if let Err(e) = states.try_push(*w) {
            lost = Some(e);
        }
    };
    let mut store = ArrayStore {
        words,
        observe: &mut observe,
    };
    let t = write_entry(&mut store, &to.1)?;
    let end = store.words;
    if let Some(e) = lost {
        return Err(e.into());
    }
    let stores = states.len() as u32 - t.syncs;
    let mut ok = end.as_slice() == to.1.words();
    let mut saw_invalid = false;
    for s in &states {
        let mut st = L::default();
        st.words_mut().copy_from_slice(s);
        ok &= state_ok(&st, &from.1, &to.1, t.breaking);
        let v_word = L::default().used_bits();
        saw_invalid |= st
            .words()
            .iter()
            .zip(v_word.words())
            .all(|(a, v)| a & v == 0);
    }
    // An invalid state must only appear on breaking transitions (or when an end is invalid).
    let ends_invalid = [&from.1, &to.1].iter().any(|e| {
        let v_word = L::default().used_bits();
        e.words()
            .iter()
            .zip(v_word.words())
            .all(|(a, v)| a & v == 0)
    });
    ok &= !saw_invalid || t.breaking || ends_invalid;
    Ok(Row {
        entry,
        from: from.0,
        to: to.0,
        syncs: t.syncs,
        breaking: t.breaking,
        stores,
        hitless_ok: ok,
    })
}

/// The report over every ordered pair of canonical STEs and of canonical CDs.
pub fn report() -> Result<TryVec<Row>> {
    let mut rows = TryVec::new();
    let stes = canonical_stes()?;
    for a in &stes {
        for b in &stes {
            rows.try_push(run_pair::<Ste, 8>("STE", *a, *b)?)?;
        }
    }
    let cds = canonical_cds()?;
    for a in &cds {
        for b in &cds {
            rows.try_push(run_pair::<Cd, 8>("CD", *a, *b)?)?;
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_transition_passes_the_oracle() {
        let rows = report().expect("report");
        assert_eq!(rows.len(), 7 * 7 + 4 * 4);
        for r in &rows {
            assert!(r.hitless_ok, "{r:?}");
            assert!(r.syncs <= 3, "{r:?}");
            if r.from == r.to {
                assert_eq!((r.syncs, r.breaking), (0, false), "{r:?}");
            }
        }
    }

    #[test]
    fn known_costs() {
        let rows = report().expect("report");
        let find = |e: &str, a: &str, b: &str| {
            rows.iter()
                .find(|r| r.entry == e && r.from == a && r.to == b)
                .cloned()
                .expect("row")
        };
        // Changing S1DSS only touches qword 1 while Config stays S1: hitless.
        let r = find("STE", "s1-ssid0", "s1-terminate");
        assert!(!r.breaking && r.syncs >= 1, "{r:?}");
        // Abort to bypass changes Config (qword 0) and SHCFG (qword 1, unused by abort): hitless.
        let r = find("STE", "abort", "bypass");
        assert!(!r.breaking, "{r:?}");
        // Swapping a CD's ASID and TTB0 changes two qwords the SMMU reads: breaking.
        let r = find("CD", "s1", "s1-other-asid");
        assert!(r.breaking, "{r:?}");
        // Installing a CD into an empty slot needs no break.
        let r = find("CD", "empty", "s1");
        assert!(!r.breaking, "{r:?}");
    }
}
