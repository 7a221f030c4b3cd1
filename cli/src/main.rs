//! `iommugen`: the command-line front end. `check` reports diagnostics, `dump --json` prints the
//! checked IR, `fmt` rewrites a spec in canonical layout, `gen` writes the backends' code, `doc`
//! the HTML reference, `lsp` serves editors.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod lsp;

#[derive(Parser)]
#[command(
    name = "iommugen",
    version,
    about = "Compile .iommu specifications into drivers, device models and conformance suites"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and check a spec; print every diagnostic (exit status 1 on any error).
    Check {
        /// The spec file (a full spec or a fragment).
        file: PathBuf,
    },
    /// Print the checked IR of a spec.
    Dump {
        /// Print JSON (the only format for now).
        #[arg(long)]
        json: bool,
        /// The spec file.
        file: PathBuf,
    },
    /// Generate code from a spec into `OUT/<spec name>/`: the core layer (`core/`), the mock's
    /// register table (`mock/`), the conformance model (`conformance/`), the IR (`ir.json`) and,
    /// for SMMUv3, the Linux module (`linux/`, formatted with rustfmt).
    Gen {
        /// The spec file.
        file: PathBuf,
        /// The output directory.
        #[arg(long, default_value = "generated")]
        out: PathBuf,
    },
    /// Reports computed by the driver runtime for a spec.
    #[cfg(feature = "runtime")]
    Report {
        #[command(subcommand)]
        what: ReportKind,
    },
    /// Run the conformance suite generated from the spec's semantics against the driver
    /// runtime on the userspace mock SMMUv3.
    #[cfg(feature = "runtime")]
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
    /// Write a static HTML reference of a spec into OUT: every register, entry, queue record
    /// and page-table descriptor with its bit-field diagram, enums, used-bits rules and the
    /// semantics, cross-linked and searchable (open OUT/index.html; nothing is fetched).
    Doc {
        /// The spec file.
        file: PathBuf,
        /// The output directory (default: target/iommu-doc/<spec name>).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Run the language server on stdin/stdout (for editors): diagnostics as you type, hover,
    /// go to definition, document symbols and formatting of `.iommu` files.
    Lsp,
    /// Rewrite a spec in canonical layout.
    Fmt {
        /// The spec file.
        file: PathBuf,
        /// Do not write; exit with status 1 if the file is not formatted.
        #[arg(long)]
        check: bool,
    },
}

#[cfg(feature = "runtime")]
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
        Command::Check { file } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => {
                let fields: usize = spec.registers.iter().map(|r| r.fields.len()).sum::<usize>()
                    + spec.entries.iter().map(|e| e.fields.len()).sum::<usize>()
                    + spec
                        .queues
                        .iter()
                        .flat_map(|q| &q.records)
                        .map(|r| r.fields.len())
                        .sum::<usize>()
                    + spec
                        .page_tables
                        .iter()
                        .flat_map(|t| &t.descriptors)
                        .map(|d| d.layout.fields.len())
                        .sum::<usize>();
                let records: usize = spec.queues.iter().map(|q| q.records.len()).sum();
                let directories = match spec.directories.len() {
                    0 => String::new(),
                    1 => ", 1 directory".to_string(),
                    n => format!(", {n} directories"),
                };
                println!(
                    "{}: ok ({} registers, {} entries, {} queue records, {} page-table formats{directories}, {} fields{})",
                    file.display(),
                    spec.registers.len(),
                    spec.entries.len(),
                    records,
                    spec.page_tables.len(),
                    fields,
                    if spec.semantics.is_some() { ", semantics" } else { "" }
                );
                ExitCode::SUCCESS
            }
            Err(d) => report(&d),
        },
        Command::Dump { json: _, file } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => match serde_json::to_string_pretty(&spec) {
                Ok(s) => {
                    println!("{s}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: cannot serialise the IR: {e}");
                    ExitCode::FAILURE
                }
            },
            Err(d) => report(&d),
        },
        Command::Fmt { file, check } => fmt(&file, check),
        Command::Lsp => match lsp::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: language server: {e}");
                ExitCode::FAILURE
            }
        },
        Command::Doc { file, out } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => doc(&spec, out),
            Err(d) => report(&d),
        },
        #[cfg(feature = "runtime")]
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
        #[cfg(feature = "runtime")]
        Command::Report {
            what: ReportKind::Transitions { file },
        } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => report_transitions(&spec),
            Err(d) => report(&d),
        },
        Command::Gen { file, out } => match iommugen_dsl::load_file(&file) {
            Ok(spec) => gen(&spec, &out),
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

/// The IR the runtime was built from.
#[cfg(feature = "runtime")]
const BUILT_IR: &str = include_str!("../../generated/smmuv3/ir.json");

/// The built-in IR, for checking that a spec is the one the runtime was generated from.
#[cfg(feature = "runtime")]
fn built_ir() -> Result<iommugen_dsl::ir::Spec, ExitCode> {
    serde_json::from_str(BUILT_IR).map_err(|e| {
        eprintln!("error: the built-in IR does not load: {e}");
        ExitCode::FAILURE
    })
}

#[cfg(feature = "runtime")]
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
        println!(
            "former search, depth {depth}: {} operation sequences covered, merging histories on the model state up to symmetry; {} states; {} transitions and {} DMA observations checked in {:.1} s",
            r.sequences,
            r.states,
            r.transitions,
            r.observations,
            start.elapsed().as_secs_f64()
        );
        return if r.passed() {
            println!("PASS");
            ExitCode::SUCCESS
        } else {
            r.failures.iter().for_each(|f| println!("FAIL {f}"));
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
    println!(
        "conformance of {} ({} semantics) against: {}",
        spec.name,
        spec.semantics.as_ref().map_or("no", |s| s.name.as_str()),
        r.harness
    );
    println!(
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
    println!(
        "unmerged: all {} operation sequences of up to {} operations run and checked",
        r.sequences_run, search.unmerged
    );
    println!(
        "merged, depth {depth}: {} operation sequences covered, merging histories on {}; {} distinct states ({} model states); {} transitions checked",
        r.sequences,
        if r.fingerprinted { "the model state and the implementation's fingerprint" } else { "the path (no fingerprint: nothing merged)" },
        r.states, r.model_states, r.transitions
    );
    println!(
        "lifetime swarm, depth {}: each device operation with domain allocation and free: {} operation sequences covered; {} states; {} transitions checked",
        search.swarm_depth, r.swarm.2, r.swarm.0, r.swarm.1
    );
    println!(
        "random walks: {} of {} steps (seed {:#x}); {} DMA observations in all; {secs:.1} s",
        r.walks, search.walk_len, search.seed, r.observations
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
    println!(
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
        println!("not applicable ({n}): {why}");
    }
    if r.passed() {
        println!("PASS");
        ExitCode::SUCCESS
    } else {
        for f in &r.failures {
            println!("FAIL {f}");
        }
        ExitCode::FAILURE
    }
}

#[cfg(feature = "runtime")]
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
    match iommugen_runtime::transitions::report() {
        Ok(rows) => {
            // The configuration columns are as wide as the longest name.
            let w = rows.iter().map(|r| r.from.len()).max().unwrap_or(0).max(4);
            println!(
                "{:<5} {:<w$} {:<w$} {:>5} {:>6}  {:<8} oracle",
                "entry", "from", "to", "syncs", "stores", "update"
            );
            for r in &rows {
                println!(
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

fn gen(spec: &iommugen_dsl::ir::Spec, out: &std::path::Path) -> ExitCode {
    let files = match iommugen_codegen::generate_all(spec) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dir = out.join(&spec.name);
    match iommugen_codegen::write_tree(&dir, &files) {
        Ok(()) => {
            let lines: usize = files.iter().map(|f| f.contents.lines().count()).sum();
            println!(
                "{}: wrote {} files, {lines} lines",
                dir.display(),
                files.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn doc(spec: &iommugen_dsl::ir::Spec, out: Option<PathBuf>) -> ExitCode {
    let dir = out.unwrap_or_else(|| PathBuf::from("target/iommu-doc").join(&spec.name));
    let files = match iommugen_codegen::doc::files(spec) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        for f in &files {
            std::fs::write(dir.join(&f.path), &f.contents)?;
        }
        Ok(())
    };
    match write() {
        Ok(()) => {
            println!(
                "{}: wrote {} files; open {}",
                dir.display(),
                files.len(),
                dir.join("index.html").display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn fmt(file: &PathBuf, check: bool) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let name = file.display().to_string();
    // Only well-formed text is formatted: a syntax error is reported instead.
    let (_, diags) = iommugen_dsl::parse::parse(Default::default(), &text);
    if !diags.is_empty() {
        let mut sources = iommugen_dsl::source::SourceMap::default();
        sources.add(name, Some(file.clone()), text);
        return report(&iommugen_dsl::Diagnostics {
            items: diags,
            sources: std::sync::Arc::new(sources),
        });
    }
    let formatted = iommugen_dsl::format::format(&text);
    if check {
        if formatted != text {
            eprintln!(
                "{}: not formatted (run `iommugen fmt {}`)",
                file.display(),
                file.display()
            );
            return ExitCode::FAILURE;
        }
        return ExitCode::SUCCESS;
    }
    if formatted != text {
        if let Err(e) = std::fs::write(file, &formatted) {
            eprintln!("error: cannot write {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
