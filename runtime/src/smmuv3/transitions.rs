//! The transition report: for every ordered pair of canonical STE configurations and of CD
//! configurations, what the hitless writer does (syncs issued, whether the entry passed through
//! an invalid state), checked against the hitless oracle at every single 64-bit store: the
//! entry, masked by the bits its own value uses, equals the start or the target masked the same
//! way, update-safe bits aside (`shows_old_or_new`); an invalid entry is seen only on a
//! breaking transition.

use super::super::error::Result;
use super::super::hitless::{write_entry, ArrayStore};
use super::super::store::TryVec;
use super::spec::entries::{CD, STE};
use super::spec::enums::{STE_S1Fmt, SteEats, StreamConfig, STE_S1DSS};
use super::spec::support::{FieldError, Layout, UsedBits};

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

/// A stage-1 STE with S1DSS = `dss` over a linear CD table of 16 entries at 0x4010_0000, built
/// as the driver builds it ([`super::ste::with_cd_table`]).
fn s1_ste(dss: STE_S1DSS) -> core::result::Result<STE, FieldError> {
    let table = STE::new()
        .with_S1Fmt(STE_S1Fmt::Linear)
        .with_S1ContextPtr(0x4010_0000)?
        .with_S1CDMax(4)?;
    let ste = STE::new()
        .with_V(true)
        .with_Config(StreamConfig::S1Trans)
        .with_S1DSS(dss)
        .with_EATS(SteEats::Abort);
    Ok(super::ste::with_cd_table(ste, &table))
}

fn with_s2(ste: STE) -> Result<STE> {
    // VMID 1, a table at 0x4020_0000 starting at level 1, 44-bit output.
    super::stage2::with_stage2(super::ste::passthrough_attrs(ste), 1, 0x4020_0000, 1, 44)
}

/// A nested STE: a CD table with `dss` over the stage 2 of `with_s2`.
pub fn nested_ste(dss: STE_S1DSS) -> Result<STE> {
    with_s2(s1_ste(dss)?.with_Config(StreamConfig::Nested))
}

/// The canonical STE configurations, by name. `nested-bypass-ats` is what a hypervisor
/// gives a guest's stream: stage 1 bypassed for traffic without a SubstreamID, ATS enabled
/// (EATS = FullAts) and fault records mergeable (MEV).
pub fn canonical_stes() -> Result<[(&'static str, STE); 8]> {
    let (abort, bypass) = (super::ste::abort(), super::ste::bypass());
    let s2 = with_s2(STE::new().with_V(true).with_Config(StreamConfig::S2Trans))?;
    let nested_ats = nested_ste(STE_S1DSS::Bypass)?
        .with_EATS(SteEats::FullAts)
        .with_MEV(true);
    Ok([
        ("abort", abort),
        ("bypass", bypass),
        ("s1-ssid0", s1_ste(STE_S1DSS::Ssid0)?),
        ("s1-bypass", s1_ste(STE_S1DSS::Bypass)?),
        ("s1-terminate", s1_ste(STE_S1DSS::Terminate)?),
        ("s2", s2),
        ("nested", nested_ste(STE_S1DSS::Ssid0)?),
        ("nested-bypass-ats", nested_ats),
    ])
}

fn s1_cd(asid: u16, ttb0: u64, sva: bool) -> core::result::Result<CD, FieldError> {
    super::domain::stage1_cd(asid, ttb0, 44, sva)
}

/// The canonical CD configurations, by name.
pub fn canonical_cds() -> core::result::Result<[(&'static str, CD); 4], FieldError> {
    Ok([
        ("empty", CD::new()),
        ("s1", s1_cd(1, 0x4030_0000, false)?),
        ("s1-other-asid", s1_cd(2, 0x4040_0000, false)?),
        ("sva", s1_cd(3, 0x4050_0000, true)?),
    ])
}

/// Whether an entry the SMMU may read in the middle of an update from `from` to `to` shows
/// one of the two configurations: on the bits `state` uses it equals `from` or `to`, except
/// for bits that may change in any order between it and that value (update-safe bits both use).
pub fn shows_old_or_new<L: UsedBits>(state: &L, from: &L, to: &L) -> bool {
    let used = state.used_bits();
    let same = |x: &L| {
        let safe = state.update_safe(x);
        let x_used = x.used_bits();
        (0..L::WORDS).all(|i| {
            let u = used.words()[i];
            let ignore = safe.words()[i] & u & x_used.words()[i];
            (state.words()[i] ^ x.words()[i]) & u & !ignore == 0
        })
    };
    same(from) || same(to)
}

/// The oracle for one observed state.
fn state_ok<L: UsedBits>(state: &L, from: &L, to: &L, breaking: bool) -> bool {
    let v_word = L::default().used_bits();
    let invalid = state
        .words()
        .iter()
        .zip(v_word.words())
        .all(|(s, v)| s & v == 0);
    shows_old_or_new(state, from, to) || (breaking && invalid)
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
            rows.try_push(run_pair::<STE, 8>("STE", *a, *b)?)?;
        }
    }
    let cds = canonical_cds()?;
    for a in &cds {
        for b in &cds {
            rows.try_push(run_pair::<CD, 8>("CD", *a, *b)?)?;
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
        assert_eq!(rows.len(), 8 * 8 + 4 * 4);
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
        // Between a hypervisor's nested STE and stage 2 only: Config (qword 0) switches, and
        // EATS and MEV (qword 1) differ but are update-safe: hitless both ways.
        for (a, b) in [("nested-bypass-ats", "s2"), ("s2", "nested-bypass-ats")] {
            let r = find("STE", a, b);
            assert!(r.hitless_ok && !r.breaking && r.syncs >= 1, "{r:?}");
        }
    }

    /// Every state the writer stores on the way from `from` to `to`, and what it cost.
    fn states(from: &STE, to: &STE) -> (crate::hitless::Transition, TryVec<STE>) {
        let mut seen: TryVec<STE> = TryVec::new();
        let mut observe = |w: &[u64; 8], synced: bool| {
            if !synced {
                seen.try_push(STE(*w)).expect("memory");
            }
        };
        let mut store = ArrayStore {
            words: from.0,
            observe: &mut observe,
        };
        let t = write_entry(&mut store, to).expect("write");
        assert_eq!(store.words, to.0);
        (t, seen)
    }

    /// The transition both ways: hitless, and every stored state passes the oracle.
    fn assert_hitless_both_ways(a: &STE, b: &STE) {
        for (from, to) in [(a, b), (b, a)] {
            let (t, seen) = states(from, to);
            assert!(!t.breaking, "{from:?} -> {to:?}: {t:?}");
            for s in &seen {
                assert!(s.V(), "an invalid entry on the way: {s:?}");
                assert!(shows_old_or_new(s, from, to), "a mix: {s:?}");
            }
        }
    }

    fn s2() -> STE {
        with_s2(STE::new().with_V(true).with_Config(StreamConfig::S2Trans)).expect("s2")
    }

    #[test]
    fn the_generated_update_safe_masks_hold_mev_and_eats() {
        // STE.MEV is bit 83 (qword 1 bit 19), STE.EATS bits [93:92] (qword 1 bits 29:28),
        // STE.S2S bit 185 (qword 2 bit 57); IHI 0070 5.2.
        let (mev, eats) = (1u64 << 19, 0b11u64 << 28);
        let plain = s2();
        let safe = plain.update_safe(&plain.with_EATS(SteEats::FullAts));
        assert_eq!(safe.0, [0, mev | eats, 0, 0, 0, 0, 0, 0]);
        // Split-stage ATS in either value, or S2S in either, leaves EATS ordered.
        let split = plain
            .with_Config(StreamConfig::Nested)
            .with_EATS(SteEats::SplitStageAts);
        assert_eq!(plain.update_safe(&split).0[1], mev);
        assert_eq!(split.update_safe(&plain).0[1], mev);
        let stall = plain.with_S2S(true);
        assert_eq!(plain.update_safe(&stall).0[1], mev);
        assert_eq!(stall.update_safe(&plain).0[1], mev);
        assert_eq!(stall.0[2] ^ plain.0[2], 1 << 57);
        // CDs have no update-safe fields.
        let cds = canonical_cds().expect("cds");
        assert_eq!(cds[1].1.update_safe(&cds[2].1).0, [0; 8]);
    }

    #[test]
    fn nested_with_ats_and_stage2_switch_without_a_break() {
        // Config (qword 0) and EATS, MEV (qword 1) all differ: without update-safe bits two
        // qwords would need ordering and the entry would be broken.
        let nested = nested_ste(STE_S1DSS::Bypass)
            .expect("nested")
            .with_EATS(SteEats::FullAts)
            .with_MEV(true);
        assert_hitless_both_ways(&nested, &s2());
        // The same with ATS left enabled on the stage-2 STE, or MEV kept.
        assert_hitless_both_ways(&nested, &s2().with_EATS(SteEats::FullAts));
        assert_hitless_both_ways(&nested, &s2().with_MEV(true));
    }

    #[test]
    fn a_mev_flip_rides_along_a_config_change() {
        let nested = nested_ste(STE_S1DSS::Ssid0).expect("nested");
        assert_hitless_both_ways(&s2(), &nested.with_MEV(true));
        assert_hitless_both_ways(&s2().with_MEV(true), &nested);
        // And alone, in a live stage-1 STE.
        let s1 = s1_ste(STE_S1DSS::Bypass).expect("s1");
        assert_hitless_both_ways(&s1, &s1.with_MEV(true));
    }

    #[test]
    fn eats_stays_ordered_with_split_stage_ats() {
        // Nested with split-stage ATS to stage 2 without ATS: EATS is not update-safe, so it
        // orders qword 1 as well as qword 0 and the update breaks the entry.
        let split = nested_ste(STE_S1DSS::Bypass)
            .expect("nested")
            .with_EATS(SteEats::SplitStageAts);
        for (from, to) in [(&split, &s2()), (&s2(), &split)] {
            let (t, seen) = states(from, to);
            assert!(t.breaking, "{t:?}");
            assert!(seen.iter().all(|s| !s.V() || shows_old_or_new(s, from, to)));
        }
    }

    #[test]
    fn eats_stays_ordered_when_stage2_stalls() {
        // From a stalling stage 2 without ATS to a non-stalling one with ATS: EATS = FullAts
        // with S2S = 1 is ILLEGAL (SMMUv3.0), so EATS must not be written before S2S is cleared.
        let stall = s2().with_S2S(true);
        let ats = s2().with_EATS(SteEats::FullAts);
        for (from, to) in [(&stall, &ats), (&ats, &stall)] {
            let (t, seen) = states(from, to);
            assert!(t.breaking, "{t:?}");
            for s in &seen {
                let illegal = s.V() && s.S2S() && s.EATS() == Ok(SteEats::FullAts);
                assert!(!illegal, "FullAts with S2S on the way: {s:?}");
            }
        }
    }
}
