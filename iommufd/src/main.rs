//! `iommufd-conformance [DEPTH [WALKS]]`: the conformance suite generated from the spec's
//! semantics, run against the IOMMU driver of the running Linux kernel through iommufd and
//! VFIO, with QEMU's edu device as the DMA master (a static binary in the test initramfs of
//! `cargo xtask kernel`). Every sequence of up to 2 operations, the search to DEPTH (default
//! 3; nothing is merged, for the kernel cannot be inspected), then WALKS random walks of 12
//! steps (default 20). Prints what ran and every disagreement with its shortest sequence,
//! expected and observed; the last line is `iommufd-conformance: RESULT ...`. Exits 0 when the
//! suite ran (whatever it found), 2 when the kernel refused to hand the edu devices to VFIO
//! (vfio-pci's probe failed: the IOMMU driver lacks what VFIO requires; `NOT RUN: ...`), 1 when
//! the harness could not run for another reason.

mod harness;
mod sys;
mod uapi;
mod vfio;

use std::fs;
use std::path::Path;

use iommugen_conformance::suite::{self, Search};
use iommugen_conformance::universe::Universe;

/// The IOMMU driver serving the edu devices: the driver bound to the IOMMU's device, found
/// through `/sys/bus/pci/devices/BDF/iommu` (`.../<IOMMU's device>/iommu/<name>`); an IOMMU
/// registered without a parent device (Linux's RISC-V driver:
/// `/sys/devices/virtual/iommu/<name>`) by its name.
fn iommu_driver() -> String {
    let Some(bdf) = vfio::find_edus().ok().and_then(|v| v.into_iter().next()) else {
        return "unknown driver".into();
    };
    let iommu = format!("/sys/bus/pci/devices/{bdf}/iommu");
    let Ok(p) = fs::canonicalize(&iommu) else {
        return "no IOMMU driver".into();
    };
    let driver = p.parent().and_then(Path::parent).and_then(|dev| {
        let drv = fs::read_link(dev.join("driver")).ok()?;
        Some(drv.file_name()?.to_string_lossy().into_owned())
    });
    driver
        .or_else(|| Some(p.file_name()?.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "no IOMMU driver".into())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let number = |i: usize, def: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(def);
    let (depth, walks) = (number(1, 3), number(2, 20));
    let release = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let driver = format!("{} (Linux {})", iommu_driver(), release.trim());
    let mut h = match harness::IommufdHarness::new(&driver) {
        Ok(h) => h,
        Err(vfio::BindError::ProbeFailed(e)) => {
            println!("iommufd-conformance: NOT RUN against {driver}: {e}");
            std::process::exit(2);
        }
        Err(vfio::BindError::Other(e)) => {
            println!("iommufd-conformance: FAILED to set up: {e}");
            std::process::exit(1);
        }
    };
    // Every edu device is a universe device (the suite's standard universe has 2).
    let u = Universe::new(h.devices().min(2), 2, 1, 2);
    let search = Search {
        unmerged: 2,
        swarm_depth: 0,
        walks,
        max_failures: 20,
        ..Search::new(depth)
    };
    let start = std::time::Instant::now();
    let r = suite::run(&mut h, &u, &search);
    println!(
        "iommufd-conformance: {}: {} sequences of up to 2 operations run; depth {}: {} sequences, {} transitions (nothing merged); {} random walks ({} steps); {} DMA observations ({} edu transfers); {:.0} s",
        r.harness,
        r.sequences_run,
        r.depth,
        r.sequences,
        r.transitions,
        r.walks,
        r.walk_steps,
        r.observations,
        h.dmas,
        start.elapsed().as_secs_f64()
    );
    println!(
        "iommufd-conformance: edu transfers translated {}, passed through {}, faulted {}",
        h.seen[0], h.seen[1], h.seen[2]
    );
    for (why, n) in &r.not_applicable {
        println!("iommufd-conformance: not applicable ({n} steps): {why}");
    }
    for f in &r.failures {
        println!("iommufd-conformance: DISAGREEMENT {f}");
    }
    println!(
        "iommufd-conformance: RESULT {driver}: depth {}, {} sequences, {} disagreement(s)",
        r.depth,
        r.sequences,
        r.failures.len()
    );
}
