//! The conformance suite on QEMU's riscv-iommu-pci at RID level: the suite's engine and the
//! bare-metal harness of the aarch64 image (`conformance.rs`, shared) over the RISC-V driver,
//! the two edu devices as the universe's devices (device_ids 0x10 and 0xf8). The plan (the
//! universe, the searches, how each mutant is killed) is `iommugen_conformance::qemu_riscv`,
//! which `conformance/tests/riscv.rs` runs on the mock first with the same device_ids and the
//! same observations.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use iommugen_conformance::qemu_riscv::{self, Kill};
use iommugen_conformance::suite::{self, Report, Search};
use iommugen_conformance::universe::Universe;
use iommugen_runtime::riscv::{Config, Iommu};

use crate::conformance::{Model, QemuHarness};
use crate::hal::RvHal;
use crate::println;
use crate::runner::{Outcome, TestResult};
use crate::tests::Ctx;

/// QEMU's RISC-V IOMMU as the harness reports it: PASID operations run (process directories),
/// DMA with a PASID is not observed (edu issues none).
const MODEL: Model = Model {
    name: "QEMU's riscv-iommu-pci",
    ids: "device_ids",
    no_pasids: None,
};

/// Runs `search` over `u` on the driver brought up with `config`; the report and the edu
/// transfers.
fn run(
    ctx: &mut Ctx,
    config: Config,
    u: &Universe,
    search: &Search,
) -> Result<(Report, u32), String> {
    let (hal, edus) = ctx.harness_parts()?;
    let mut h: QemuHarness<'_, Iommu<RvHal>> = QemuHarness::new(edus, hal, MODEL, config)?;
    let r = suite::run(&mut h, u, search);
    let dmas = h.dmas;
    h.finish();
    Ok((r, dmas))
}

fn failures(r: &Report) -> String {
    let all: Vec<String> = r.failures.iter().map(|f| format!("{f}")).collect();
    all.join("; ")
}

/// The suite on the correct driver: every sequence of up to 2 operations on two devices with a
/// PASID each, then random walks; PASID operations run, PASID DMA is not observable.
pub fn conformance_rid_level(ctx: &mut Ctx) -> TestResult {
    let (r, dmas) = run(
        ctx,
        Config::default(),
        &qemu_riscv::universe(),
        &qemu_riscv::SEARCH,
    )?;
    println!(
        "#   {} sequences of up to 2 operations run, {} random walks ({} steps), {} DMA observations ({} edu transfers)",
        r.sequences_run, r.walks, r.walk_steps, r.observations, dmas
    );
    for (why, n) in &r.not_applicable {
        println!("#   not applicable ({n}): {why}");
    }
    if !r.passed() {
        return Err(failures(&r));
    }
    if r.sequences_run == 0 || r.walk_steps == 0 || r.observations == 0 {
        return Err("the suite ran nothing".into());
    }
    Ok(Outcome::Pass)
}

/// Runs one kill plan on the driver with `config` (a mutant or planted defect, `what`): killed,
/// or reported with the reason the suite cannot show it here (never counted as killed).
fn kill(ctx: &mut Ctx, what: &str, config: Config, kill: &Kill) -> Result<(), String> {
    match kill {
        Kill::Search { universe, search } => {
            let (r, dmas) = run(ctx, config, &universe(), search)?;
            match r.failures.first() {
                Some(f) => println!(
                    "#   {what}: killed after {} observations ({dmas} edu transfers): {f}",
                    r.observations
                ),
                None => {
                    return Err(format!(
                        "{what} survived ({} sequences, {} walks, {} observations)",
                        r.sequences_run, r.walks, r.observations
                    ))
                }
            }
        }
        Kill::Outside(why) => println!("#   {what}: not shown by the suite: {why}"),
    }
    Ok(())
}

/// Each mutant of the semantics and each planted defect of the RISC-V driver on QEMU's model:
/// killed by its search, or reported with the reason the suite cannot show it here.
pub fn conformance_kills_mutants(ctx: &mut Ctx) -> TestResult {
    for (m, plan) in qemu_riscv::MUTANTS {
        let config = Config {
            mutation: *m,
            ..Config::default()
        };
        kill(ctx, &format!("{m:?}"), config, plan)?;
    }
    for (p, plan) in qemu_riscv::PLANTED {
        let config = Config {
            planted: *p,
            ..Config::default()
        };
        kill(ctx, &format!("planted {p:?}"), config, plan)?;
    }
    Ok(Outcome::Pass)
}
