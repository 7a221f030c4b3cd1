//! The test runner: one line per test (`ok NAME (T ms)`, `FAIL NAME: reason`, `skip NAME: reason`),
//! then `N passed, M failed, K skipped`, then QEMU exits through semihosting with status 0 only
//! if nothing failed. A panic or an exception fails the running test and ends the run.

use alloc::string::String;
use core::cell::Cell;

use crate::hal::{self, SingleCore};

/// What a test concluded.
pub enum Outcome {
    /// It passed.
    Pass,
    /// It could not run here, and why.
    Skip(String),
}

/// A test's result: `Err` is a failure with its reason.
pub type TestResult = Result<Outcome, String>;

/// One test.
pub struct Test<C> {
    /// Its name.
    pub name: &'static str,
    /// Its body.
    pub run: fn(&mut C) -> TestResult,
}

static CURRENT: SingleCore<Cell<&'static str>> = SingleCore(Cell::new("boot"));
static COUNTS: SingleCore<Cell<(u32, u32, u32)>> = SingleCore(Cell::new((0, 0, 0)));

fn summary(extra_failure: bool) -> (u32, u32, u32) {
    let (p, f, s) = COUNTS.0.get();
    let f = f + u32::from(extra_failure);
    if s > 0 {
        crate::println!("{p} passed, {f} failed, {s} skipped");
    } else {
        crate::println!("{p} passed, {f} failed");
    }
    (p, f, s)
}

/// Reports a failure of the running test that ends the run (a panic or an exception), prints
/// the summary and exits with status 1. Does not allocate.
pub fn fatal(msg: core::fmt::Arguments) -> ! {
    crate::boot::emergency_print(format_args!("\nFAIL {}: {}\n", CURRENT.0.get(), msg));
    summary(true);
    hal::exit(1)
}

/// Runs every test in order, prints the summary and exits QEMU.
pub fn run_all<C>(ctx: &mut C, tests: &[Test<C>]) -> ! {
    for t in tests {
        CURRENT.0.set(t.name);
        let _ = hal::take_violations();
        let start = hal::now_ns();
        let r = (t.run)(ctx);
        let ms = (hal::now_ns() - start) / 1_000_000;
        let (n, first) = hal::take_violations();
        let r = match r {
            Ok(o) if n > 0 => Err(alloc::format!(
                "{n} HAL misuse(s), first: {first} (test outcome otherwise {})",
                if matches!(o, Outcome::Pass) {
                    "ok"
                } else {
                    "skip"
                }
            )),
            r => r,
        };
        let (p, f, s) = COUNTS.0.get();
        match r {
            Ok(Outcome::Pass) => {
                crate::println!("ok {} ({ms} ms)", t.name);
                COUNTS.0.set((p + 1, f, s));
            }
            Ok(Outcome::Skip(why)) => {
                crate::println!("skip {}: {why}", t.name);
                COUNTS.0.set((p, f, s + 1));
            }
            Err(why) => {
                crate::println!("FAIL {}: {why}", t.name);
                COUNTS.0.set((p, f + 1, s));
            }
        }
    }
    CURRENT.0.set("summary");
    let (heap, heap_peak) = hal::heap_usage();
    let (dma, dma_peak) = hal::dma_usage();
    crate::println!("# memory: heap {heap} bytes in use (peak {heap_peak}), DMA pool {dma} bytes in use (peak {dma_peak})");
    let (_, f, _) = summary(false);
    hal::exit(u32::from(f > 0))
}
