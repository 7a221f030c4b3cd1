//! Times each generated accessor in `iommugen-zerocost` against its hand-written twin.
//!
//! Each benchmark group is one pair from `src/lib.rs`, with a `generated` and a `hand-written`
//! function applying the access to the same batch of values. The functions are
//! `#[inline(never)]`, so each element costs a call plus the access itself. After the run the
//! ratio generated / hand-written of the median times is printed for every group measured.
//!
//! `tests/asm.rs` is the proof that the two sides are the same code; this benchmark only
//! corroborates it, and its ratios are as noisy as the machine. Most pairs are merged by LLVM
//! into one function, so both sides run the very same instructions at the same address: the
//! spread of their ratios around 1.0 is the noise floor of the run.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use criterion::{measurement::WallTime, BenchmarkGroup, Criterion, Throughput};
use iommugen_zerocost::smmuv3::entries::STE;
use iommugen_zerocost::smmuv3::support::FieldError;
use iommugen_zerocost::*;

/// Elements per batch.
const BATCH: usize = 1024;

/// Deterministic pseudo-random words (xorshift64*).
fn words(seed: u64) -> Vec<u64> {
    let mut x = seed | 1;
    (0..BATCH)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            x.wrapping_mul(0x2545_f491_4f6c_dd1d)
        })
        .collect()
}

/// Addresses for `S1ContextPtr`: mostly valid (64-byte aligned, below 2^56), with every eighth
/// misaligned and every sixteenth too wide, so the checked setters take each path.
fn addresses() -> Vec<u64> {
    words(7)
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            let valid = w & 0x00ff_ffff_ffff_ffc0;
            match i % 16 {
                7 => valid | 0x8,
                15 => valid | 1 << 60,
                _ => valid,
            }
        })
        .collect()
}

fn stes() -> Vec<STE> {
    let w = words(3);
    (0..BATCH)
        .map(|i| STE(core::array::from_fn(|j| w[(i + j) % BATCH])))
        .collect()
}

/// Applies every pair once to the same inputs and checks that the two sides agree, results and
/// entries alike, so that the benchmark times equivalent work.
fn check_equivalence() {
    let (mut g, mut h, addrs) = (stes(), stes(), addresses());
    for ((g, h), &a) in g.iter_mut().zip(&mut h).zip(&addrs) {
        ste_set_config_s1trans_gen(g);
        ste_set_config_s1trans_hand(&mut h.0);
        ste_set_s1dss_bypass_gen(g);
        ste_set_s1dss_bypass_hand(&mut h.0);
        assert_eq!(
            ste_try_set_s1_context_ptr_gen(g, a),
            ste_try_set_s1_context_ptr_hand(&mut h.0, a)
        );
        assert_eq!(
            ste_set_s1_context_ptr_aligned_gen(g, a ^ 1),
            ste_set_s1_context_ptr_aligned_hand(&mut h.0, a ^ 1)
        );
        ste_set_s1_context_ptr_in_range_gen(g, a.rotate_left(3));
        ste_set_s1_context_ptr_in_range_hand(&mut h.0, a.rotate_left(3));
        assert_eq!(ste_config_bits_gen(g), ste_config_bits_hand(&h.0));
        assert_eq!(ste_s1dss_bits_gen(g), ste_s1dss_bits_hand(&h.0));
        assert_eq!(ste_s1_context_ptr_gen(g), ste_s1_context_ptr_hand(&h.0));
    }
    assert!(
        g == h,
        "generated and hand-written setters left different STEs"
    );
    for (&r, v) in words(2).iter().zip(0u8..) {
        assert_eq!(cr0_smmuen_gen(r as u32), cr0_smmuen_hand(r as u32));
        assert_eq!(
            cr0_set_smmuen_gen(r as u32, v & 1 != 0),
            cr0_set_smmuen_hand(r as u32, v & 1 != 0)
        );
        assert_eq!(cr0_enable_all_gen(r as u32), cr0_enable_all_hand(r as u32));
        assert_eq!(cmdq_base_log2size_gen(r), cmdq_base_log2size_hand(r));
        assert_eq!(
            cmdq_base_set_log2size_gen(r, v % 64),
            cmdq_base_set_log2size_hand(r, v % 64)
        );
        assert_eq!(
            cmdq_base_set_log2size_fitting_gen(r, v),
            cmdq_base_set_log2size_fitting_hand(r, v)
        );
    }
}

// The batch loops. Both sides of a pair run the same instantiation of the same loop, through a
// function pointer hidden from the optimiser, so they execute the same loop code at the same
// address and differ only in the function called. (With a loop per side, code placement alone
// moves the timings by tens of percent, even when both sides call the very same function.)

#[inline(never)]
fn run1<A: Copy, R>(f: fn(A) -> R, xs: &[A]) {
    let f = black_box(f);
    xs.iter().for_each(|&x| _ = black_box(f(black_box(x))));
}

#[inline(never)]
fn run2<A: Copy, B: Copy, R>(f: fn(A, B) -> R, xs: &[(A, B)]) {
    let f = black_box(f);
    xs.iter()
        .for_each(|&(x, y)| _ = black_box(f(black_box(x), y)));
}

#[inline(never)]
fn run_ref<R>(f: fn(&STE) -> R, stes: &[STE]) {
    let f = black_box(f);
    stes.iter().for_each(|s| _ = black_box(f(black_box(s))));
}

#[inline(never)]
fn run_mut<R>(f: fn(&mut STE) -> R, stes: &mut [STE]) {
    let f = black_box(f);
    stes.iter_mut().for_each(|s| _ = black_box(f(black_box(s))));
}

#[inline(never)]
fn run_mut_arg<R>(f: fn(&mut STE, u64) -> R, stes: &mut [STE], args: &[u64]) {
    let f = black_box(f);
    stes.iter_mut()
        .zip(args)
        .for_each(|(s, &a)| _ = black_box(f(black_box(s), a)));
}

/// A hand-written STE function, which takes the raw words, as a function taking `STE`, so that it
/// runs in the same loop as its generated twin.
macro_rules! on_ste {
    ($f:expr, $from:ty, $to:ty) => {
        // SAFETY: `STE` is `#[repr(transparent)]` over `[u64; 8]`, so `&STE` and `&[u64; 8]`
        // (and their `&mut`) are ABI-compatible, and a function taking one may be called
        // through a pointer whose signature has the other in its place.
        unsafe { std::mem::transmute::<$from, $to>($f) }
    };
}

/// Benchmarks one pair over `BATCH` elements: `generated` and `hand-written` side by side.
fn pair(c: &mut Criterion, name: &str, mut run: impl FnMut(&mut criterion::Bencher<'_>, bool)) {
    let mut group: BenchmarkGroup<'_, WallTime> = c.benchmark_group(name);
    group.throughput(Throughput::Elements(BATCH as u64));
    group.bench_function("generated", |b| run(b, true));
    group.bench_function("hand-written", |b| run(b, false));
    group.finish();
}

/// Picks the generated (`true`) or hand-written function.
fn pick<F>(generated: bool, generated_fn: F, hand_fn: F) -> F {
    if generated {
        generated_fn
    } else {
        hand_fn
    }
}

fn registers(c: &mut Criterion) {
    let raw64 = words(2);
    let raw32: Vec<u32> = raw64.iter().map(|&w| w as u32).collect();
    let set32: Vec<(u32, bool)> = raw32.iter().map(|&r| (r, r & 0x8000 != 0)).collect();
    // LOG2SIZE values 0..=63: half of them too wide, so the checked setter takes both paths.
    let set64: Vec<(u64, u8)> = raw64.iter().map(|&w| (w, (w >> 58) as u8)).collect();

    pair(c, "cr0_smmuen", |b, g| {
        let f = pick(g, cr0_smmuen_gen as fn(u32) -> bool, cr0_smmuen_hand);
        b.iter(|| run1(f, &raw32))
    });
    pair(c, "cr0_set_smmuen", |b, g| {
        let f = pick(
            g,
            cr0_set_smmuen_gen as fn(u32, bool) -> u32,
            cr0_set_smmuen_hand,
        );
        b.iter(|| run2(f, &set32))
    });
    pair(c, "cr0_enable_all", |b, g| {
        let f = pick(g, cr0_enable_all_gen as fn(u32) -> u32, cr0_enable_all_hand);
        b.iter(|| run1(f, &raw32))
    });
    pair(c, "cmdq_base_log2size", |b, g| {
        let f = pick(
            g,
            cmdq_base_log2size_gen as fn(u64) -> u8,
            cmdq_base_log2size_hand,
        );
        b.iter(|| run1(f, &raw64))
    });
    pair(c, "cmdq_base_set_log2size", |b, g| {
        let f = pick(
            g,
            cmdq_base_set_log2size_gen as fn(u64, u8) -> _,
            cmdq_base_set_log2size_hand,
        );
        b.iter(|| run2(f, &set64))
    });
    pair(c, "cmdq_base_set_log2size_fitting", |b, g| {
        let f = pick(
            g,
            cmdq_base_set_log2size_fitting_gen as fn(u64, u8) -> u64,
            cmdq_base_set_log2size_fitting_hand,
        );
        b.iter(|| run2(f, &set64))
    });
}

fn entries(c: &mut Criterion) {
    let mut stes = stes();
    let addrs = addresses();

    pair(c, "ste_set_config_s1trans", |b, g| {
        let hand = on_ste!(ste_set_config_s1trans_hand, fn(&mut [u64; 8]), fn(&mut STE));
        let f = pick(g, ste_set_config_s1trans_gen as fn(&mut STE), hand);
        b.iter(|| run_mut(f, &mut stes))
    });
    pair(c, "ste_config_bits", |b, g| {
        let hand = on_ste!(ste_config_bits_hand, fn(&[u64; 8]) -> u64, fn(&STE) -> u64);
        let f = pick(g, ste_config_bits_gen as fn(&STE) -> u64, hand);
        b.iter(|| run_ref(f, &stes))
    });
    pair(c, "ste_set_s1dss_bypass", |b, g| {
        let hand = on_ste!(ste_set_s1dss_bypass_hand, fn(&mut [u64; 8]), fn(&mut STE));
        let f = pick(g, ste_set_s1dss_bypass_gen as fn(&mut STE), hand);
        b.iter(|| run_mut(f, &mut stes))
    });
    pair(c, "ste_s1dss_bits", |b, g| {
        let hand = on_ste!(ste_s1dss_bits_hand, fn(&[u64; 8]) -> u64, fn(&STE) -> u64);
        let f = pick(g, ste_s1dss_bits_gen as fn(&STE) -> u64, hand);
        b.iter(|| run_ref(f, &stes))
    });
    pair(c, "ste_s1_context_ptr", |b, g| {
        let hand = on_ste!(
            ste_s1_context_ptr_hand,
            fn(&[u64; 8]) -> u64,
            fn(&STE) -> u64
        );
        let f = pick(g, ste_s1_context_ptr_gen as fn(&STE) -> u64, hand);
        b.iter(|| run_ref(f, &stes))
    });
    type TrySet = fn(&mut STE, u64) -> Result<(), FieldError>;
    type TrySetRaw = fn(&mut [u64; 8], u64) -> Result<(), FieldError>;
    pair(c, "ste_set_s1_context_ptr_aligned", |b, g| {
        let hand = on_ste!(ste_set_s1_context_ptr_aligned_hand, TrySetRaw, TrySet);
        let f = pick(g, ste_set_s1_context_ptr_aligned_gen as TrySet, hand);
        b.iter(|| run_mut_arg(f, &mut stes, &addrs))
    });
    pair(c, "ste_set_s1_context_ptr_in_range", |b, g| {
        let hand = on_ste!(
            ste_set_s1_context_ptr_in_range_hand,
            fn(&mut [u64; 8], u64),
            fn(&mut STE, u64)
        );
        let f = pick(
            g,
            ste_set_s1_context_ptr_in_range_gen as fn(&mut STE, u64),
            hand,
        );
        b.iter(|| run_mut_arg(f, &mut stes, &addrs))
    });
    pair(c, "ste_try_set_s1_context_ptr", |b, g| {
        let hand = on_ste!(ste_try_set_s1_context_ptr_hand, TrySetRaw, TrySet);
        let f = pick(g, ste_try_set_s1_context_ptr_gen as TrySet, hand);
        b.iter(|| run_mut_arg(f, &mut stes, &addrs))
    });
}

/// Where criterion keeps its results, found the way criterion finds it.
fn criterion_home() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return Some(home.into());
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return Some(Path::new(&target).join("criterion"));
    }
    let out = Command::new(std::env::var_os("CARGO")?)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .output()
        .ok()?;
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    Some(Path::new(meta["target_directory"].as_str()?).join("criterion"))
}

/// The median time per iteration of one benchmark, if it was measured after `since`.
fn median_ns(home: &Path, group: &str, function: &str, since: SystemTime) -> Option<f64> {
    let path = home
        .join(group)
        .join(function)
        .join("new")
        .join("estimates.json");
    if path.metadata().ok()?.modified().ok()? < since {
        return None;
    }
    let estimates: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    estimates["median"]["point_estimate"].as_f64()
}

const GROUPS: &[&str] = &[
    "cr0_smmuen",
    "cr0_set_smmuen",
    "cr0_enable_all",
    "cmdq_base_log2size",
    "cmdq_base_set_log2size",
    "cmdq_base_set_log2size_fitting",
    "ste_set_config_s1trans",
    "ste_config_bits",
    "ste_set_s1dss_bypass",
    "ste_s1dss_bits",
    "ste_s1_context_ptr",
    "ste_set_s1_context_ptr_aligned",
    "ste_set_s1_context_ptr_in_range",
    "ste_try_set_s1_context_ptr",
];

fn main() {
    let started = SystemTime::now();
    // Every pair of the library is benchmarked.
    for pair in PAIRS.iter().chain(KNOWN_OVERHEAD.iter().map(|(p, _)| p)) {
        assert!(GROUPS.contains(pair), "{pair} has no benchmark");
    }
    check_equivalence();
    let mut c = Criterion::default().configure_from_args();
    registers(&mut c);
    entries(&mut c);
    c.final_summary();

    let Some(home) = criterion_home() else { return };
    let rows: Vec<_> = GROUPS
        .iter()
        .filter_map(|group| {
            let g = median_ns(&home, group, "generated", started)?;
            let h = median_ns(&home, group, "hand-written", started)?;
            Some((group, g, h))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    println!("\nmedian time per batch of {BATCH}: generated / hand-written");
    for (group, g, h) in rows {
        println!("  {group:<32} {:>9.1} ns / {:>9.1} ns = {:.3}", g, h, g / h);
    }
}
