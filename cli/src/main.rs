//! `iommugen`: the command-line front end. `check` reports diagnostics, `dump --json` prints the
//! checked IR, `fmt` rewrites a spec in canonical layout, `gen` writes the backends' code, `doc`
//! the HTML reference, `lsp` serves editors.
//!
//! The generator depends on the spec language and the backends only, never on what it generated
//! (the driver runtime, the mock, the conformance suite, `generated/`): it builds from a checkout
//! without `generated/` and regenerates it. The commands that run the runtime are in
//! `iommugen-runner` (`runner/`); `iommugen conformance` and `iommugen report` hand over to that
//! binary when it is installed beside this one.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod lsp;

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
    name = "iommugen",
    version,
    about = "Compile .iommu specifications into drivers, device models and conformance suites",
    after_help = "The transition report and the conformance suite run the driver runtime built from \
                  generated/: `iommugen conformance` and `iommugen report` run `iommugen-runner` \
                  installed beside this binary (cargo build --release -p iommugen -p iommugen-runner)."
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
    /// Write a static HTML reference of a spec into OUT: every register, entry, queue record
    /// and page-table descriptor with its bit-field diagram, enums, used-bits rules and the
    /// semantics, cross-linked and searchable (open OUT/index.html; nothing is fetched).
    Doc {
        /// The spec file.
        file: PathBuf,
        /// The output directory (default: `target/iommu-doc/<spec name>`).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Run the conformance suite generated from a spec's semantics against the driver runtime
    /// (`iommugen-runner conformance`, which must be installed beside this binary).
    #[command(disable_help_flag = true)]
    Conformance {
        /// The runner's arguments (`iommugen-runner conformance --help` lists them).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
    /// Reports on the driver runtime's behaviour, such as the hitless writer's cost of every
    /// transition (`iommugen-runner report`, which must be installed beside this binary).
    #[command(disable_help_flag = true)]
    Report {
        /// The runner's arguments (`iommugen-runner report --help` lists them).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
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

/// Runs `iommugen-runner COMMAND ARGS...` from this binary's directory and returns its status.
fn run_runner(command: &str, args: &[std::ffi::OsString]) -> ExitCode {
    let name = format!("iommugen-runner{}", std::env::consts::EXE_SUFFIX);
    let runner = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(|d| d.join(&name)))
        .filter(|p| p.is_file());
    let Some(runner) = runner else {
        eprintln!(
            "error: `iommugen {command}` runs the driver runtime, which is the separate binary \
             `{name}`, and it is not installed beside this one\n  hint: build both \
             (`cargo build --release -p iommugen -p iommugen-runner`) or run it directly \
             (`cargo run --release -p iommugen-runner -- {command} ...`)"
        );
        return ExitCode::from(2);
    };
    match std::process::Command::new(&runner)
        .arg(command)
        .args(args)
        .status()
    {
        Ok(st) => match st.code() {
            Some(0) => ExitCode::SUCCESS,
            Some(c) => ExitCode::from(u8::try_from(c).unwrap_or(1)),
            None => ExitCode::FAILURE,
        },
        Err(e) => {
            eprintln!("error: cannot run {}: {e}", runner.display());
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Conformance { args } => run_runner("conformance", &args),
        Command::Report { args } => run_runner("report", &args),
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
                outln!(
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
                    outln!("{s}");
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
            outln!(
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
            outln!(
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
