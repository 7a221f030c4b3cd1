//! `iommugen-runner`: runs the driver runtime, which is compiled from the checked-in
//! `generated/smmuv3/` layer. `report transitions` prints the hitless writer's cost of every
//! STE/CD transition; `conformance` runs the suite generated from the spec's semantics against the
//! runtime on the userspace mock. Both first check that the spec given is the one the build was
//! generated from. The generator (`iommugen`) is a separate binary that depends on none of this,
//! so a spec change that breaks the runtime's build never breaks the tool that regenerates it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// `println!` that ends the program quietly when standard output is a closed pipe (`... | head`)
/// and with a message on any other write error, instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("error: cannot write to standard output: {e}");
                std::process::exit(1);
            }
            std::process::exit(0);
        }
    }};
}

#[derive(Parser)]
#[command(
    name = "iommugen-runner",
    version,
    about = "Run the driver runtime built from generated/: reports and the conformance suite"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reports computed by the driver runtime for a spec.
    Report {
        #[command(subcommand)]
        what: ReportKind,
    },
    /// Run the conformance suite generated from the spec's semantics against the driver
    /// runtime on the userspace mock SMMUv3.
    Conformance {
        /// The spec (its semantics must be those the suite was built with).
        file: PathBuf,
        /// Longest operation sequence explored.
        #[arg(long, default_value_t = 4)]
        depth: usize,
        /// Devices in the universe.
        #[arg(long, default_value_t = 2)]
        devices: usize,
        /// Paging domains in the universe.
        #[arg(long, default_value_t = 2)]
        domains: u32,
        /// PASIDs per device in the universe.
        #[arg(long, default_value_t = 2)]
        pasids: u32,
        /// Run the former search instead (model states merged up to symmetry, no domain
        /// lifetimes, neighbouring StreamIDs), to compare.
        #[arg(long)]
        former: bool,
    },
}

#[derive(Subcommand)]
enum ReportKind {
    /// For every ordered pair of canonical STE and CD configurations: the syncs the hitless
    /// writer issues and whether the transition is hitless.
    Transitions {
        /// The spec (its used-bits rules must be those the runtime was built with).
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Conformance {
            file,
            depth,
            devices,
            domains,
            pasids,
            former,
        } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => conformance(&spec, depth, devices, domains, pasids, former),
            Err(d) => report(&d),
        },
        Command::Report {
            what: ReportKind::Transitions { file },
        } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => report_transitions(&spec),
            Err(d) => report(&d),
        },
    }
}

fn report(d: &iommugen_dsl::Diagnostics) -> ExitCode {
    use std::io::IsTerminal;
    let text = if std::io::stderr().is_terminal() {
        d.render_fancy()
    } else {
        d.render_plain()
    };
    eprint!("{text}");
    ExitCode::FAILURE
}

/// The IR the runtime, the mock and the suite were built from: written by the same `iommugen gen`
/// run as the generated layer they include.
const BUILT_IR: &str = include_str!("../../generated/smmuv3/ir.json");

/// The built-in IR, for checking that a spec is the one the runtime was generated from.
fn built_ir() -> Result<iommugen_dsl::ir::Spec, ExitCode> {
    serde_json::from_str(BUILT_IR).map_err(|e| {
        eprintln!("error: the built-in IR does not load: {e}");
        ExitCode::FAILURE
    })
}

fn conformance(
    spec: &iommugen_dsl::ir::Spec,
    depth: usize,
    devices: usize,
    domains: u32,
    pasids: u32,
    former: bool,
) -> ExitCode {
    use iommugen_conformance::{mock_harness::MockHarness, suite, universe::Universe};
    let built = match built_ir() {
        Ok(b) => b,
        Err(c) => return c,
    };
    if spec.semantics != built.semantics {
        eprintln!(
            "error: the suite in this build was generated from different semantics than {}'s; run `iommugen gen` on it and rebuild",
            spec.name
        );
        return ExitCode::FAILURE;
    }
    if former {
        let u = Universe::new(devices, domains, 1, pasids).without_lifetimes();
        let start = std::time::Instant::now();
        let r = suite::run(
            &mut MockHarness::new().neighbours(),
            &u,
            &suite::Search::former(depth),
        );
        outln!(
            "former search, depth {depth}: {} operation sequences covered, merging histories on the model state up to symmetry; {} states; {} transitions and {} DMA observations checked in {:.1} s",
            r.sequences,
            r.states,
            r.transitions,
            r.observations,
            start.elapsed().as_secs_f64()
        );
        return if r.passed() {
            outln!("PASS");
            ExitCode::SUCCESS
        } else {
            r.failures.iter().for_each(|f| outln!("FAIL {f}"));
            ExitCode::FAILURE
        };
    }
    let u = Universe::new(devices, domains, 1, pasids);
    let start = std::time::Instant::now();
    let mut search = suite::Search::new(depth);
    search.max_failures = 10;
    let mut h = MockHarness::new();
    let sids = h.sids()[..devices.min(h.sids().len())].to_vec();
    let mut r = suite::run(&mut h, &u, &search);
    let secs = start.elapsed().as_secs_f64();
    outln!(
        "conformance of {} ({} semantics) against: {}",
        spec.name,
        spec.semantics.as_ref().map_or("no", |s| s.name.as_str()),
        r.harness
    );
    outln!(
        "universe: {devices} devices (StreamIDs {}), {} domains ({}; each may be freed and allocated again), PASIDs {:?}",
        sids.iter().map(|s| format!("{s:#x}")).collect::<Vec<_>>().join(", "),
        u.domains.len(),
        u.domains
            .iter()
            .map(|d| if d.id == 0 {
                d.kind.name().to_string()
            } else {
                format!("{}{}", d.kind.name(), d.id)
            })
            .collect::<Vec<_>>()
            .join(", "),
        u.pasids
    );
    outln!(
        "unmerged: all {} operation sequences of up to {} operations run and checked",
        r.sequences_run,
        search.unmerged
    );
    outln!(
        "merged, depth {depth}: {} operation sequences covered, merging histories on {}; {} distinct states ({} model states); {} transitions checked",
        r.sequences,
        if r.fingerprinted { "the model state and the implementation's fingerprint" } else { "the path (no fingerprint: nothing merged)" },
        r.states, r.model_states, r.transitions
    );
    outln!(
        "lifetime swarm, depth {}: each device operation with domain allocation and free: {} operation sequences covered; {} states; {} transitions checked",
        search.swarm_depth, r.swarm.2, r.swarm.0, r.swarm.1
    );
    outln!(
        "random walks: {} of {} steps (seed {:#x}); {} DMA observations in all; {secs:.1} s",
        r.walks,
        search.walk_len,
        search.seed,
        r.observations
    );
    // The geometry sweep: a device at every StreamID the stream table's layout singles out.
    let g = Universe::new(MockHarness::geometry(16).len(), domains, 1, pasids);
    let geometry = suite::Search {
        unmerged: 1,
        depth: 1,
        swarm_depth: 0,
        walks: 50,
        ..search
    };
    let start = std::time::Instant::now();
    let rg = suite::run(&mut MockHarness::new(), &g, &geometry);
    outln!(
        "geometry: {} devices at StreamIDs {}: {} transitions, {} walks, {} DMA observations in {:.1} s",
        g.devices,
        MockHarness::geometry(16).iter().map(|s| format!("{s:#x}")).collect::<Vec<_>>().join(", "),
        rg.transitions,
        rg.walks,
        rg.observations,
        start.elapsed().as_secs_f64()
    );
    r.failures.extend(rg.failures);
    for (why, n) in &r.not_applicable {
        outln!("not applicable ({n}): {why}");
    }
    if r.passed() {
        outln!("PASS");
        ExitCode::SUCCESS
    } else {
        for f in &r.failures {
            outln!("FAIL {f}");
        }
        ExitCode::FAILURE
    }
}

fn report_transitions(spec: &iommugen_dsl::ir::Spec) -> ExitCode {
    let built = match built_ir() {
        Ok(b) => b,
        Err(c) => return c,
    };
    let same_entry =
        |name: &str| spec.entry(name).map(|e| &e.fields) == built.entry(name).map(|e| &e.fields);
    if spec.used != built.used || !same_entry("STE") || !same_entry("CD") {
        eprintln!(
            "error: the runtime in this build was generated from a spec whose STE/CD layouts or used-bits rules differ from {}; run `iommugen gen` on it and rebuild",
            spec.name
        );
        return ExitCode::FAILURE;
    }
    match iommugen_runtime::smmuv3::transitions::report() {
        Ok(rows) => {
            // The configuration columns are as wide as the longest name.
            let w = rows.iter().map(|r| r.from.len()).max().unwrap_or(0).max(4);
            outln!(
                "{:<5} {:<w$} {:<w$} {:>5} {:>6}  {:<8} oracle",
                "entry",
                "from",
                "to",
                "syncs",
                "stores",
                "update"
            );
            for r in &rows {
                outln!(
                    "{:<5} {:<w$} {:<w$} {:>5} {:>6}  {:<8} {}",
                    r.entry,
                    r.from,
                    r.to,
                    r.syncs,
                    r.stores,
                    if r.breaking { "breaking" } else { "hitless" },
                    if r.hitless_ok { "ok" } else { "VIOLATED" }
                );
            }
            if rows.iter().all(|r| r.hitless_ok) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
