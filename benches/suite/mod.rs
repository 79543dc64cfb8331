//! The benchmark suite's harness, shared by `cargo bench --bench suite` (`benches/suite_main.rs`)
//! and the CI smoke test of its quick mode (`tests/bench_quick.rs`).
//!
//! ```text
//!   programs.rs  the programs in benches/programs/ and their declared sizes
//!   engines.rs   the engines (pyjit --jit, --interp, python3, pypy3, native twins): one table
//!   process.rs   one child process: wall time, peak RSS, output, timeout
//!   measure.rs   runs interleaved across engines, checksums checked, JIT stats, warm-up curves
//!   report.rs    the tables and results.json;   chart.rs  chart.svg and warmup.svg
//!   native/      the Rust twins (same algorithm, same checksum): the speed of light
//! ```

pub mod chart;
pub mod engines;
pub mod json;
pub mod measure;
pub mod native;
pub mod process;
pub mod programs;
pub mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage: cargo bench --bench suite -- [--quick] [--warmup] [--filter NAME] [--runs N]
                                    [--timeout SECS] [--out DIR]
  --quick        every program once per engine at its small size (a smoke run)
  --warmup       also record per-iteration times under --jit, pypy3 and python3 (warmup.svg)
  --filter NAME  only programs whose name contains NAME
  --runs N       runs per engine and program (default 5; --quick: 1)
  --timeout SECS kill a run after this long (default 300)
  --out DIR      where results.json, results.md, chart.svg, warmup.svg go (default target/bench)
";

pub struct Options {
    pub quick: bool,
    pub warmup: bool,
    pub filter: String,
    pub runs: Option<usize>,
    pub timeout: u64,
    pub out: Option<PathBuf>,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options {
            quick: false,
            warmup: false,
            filter: String::new(),
            runs: None,
            timeout: 300,
            out: None,
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = || {
                it.next()
                    .cloned()
                    .ok_or(format!("{a} needs a value\n{USAGE}"))
            };
            match a.as_str() {
                "--quick" => o.quick = true,
                "--warmup" => o.warmup = true,
                "--filter" => o.filter = value()?,
                "--runs" => o.runs = Some(value()?.parse().map_err(|e| format!("--runs: {e}"))?),
                "--timeout" => {
                    o.timeout = value()?.parse().map_err(|e| format!("--timeout: {e}"))?
                }
                "--out" => o.out = Some(PathBuf::from(value()?)),
                // `cargo bench` passes --bench to every bench binary.
                "--bench" => {}
                "-h" | "--help" => return Err(USAGE.to_string()),
                other => return Err(format!("unknown argument {other}\n{USAGE}")),
            }
        }
        Ok(o)
    }
}

/// `--native NAME SIZE`: this binary runs a native twin (how the harness times them as
/// processes). `None` when the arguments ask for something else.
pub fn native_dispatch(args: &[String]) -> Option<ExitCode> {
    if args.first().map(String::as_str) != Some("--native") {
        return None;
    }
    let (Some(name), Some(size)) = (args.get(1), args.get(2).and_then(|s| s.parse().ok())) else {
        eprintln!("usage: --native NAME SIZE");
        return Some(ExitCode::from(2));
    };
    match native::find(name) {
        Some(twin) => {
            print!("{}", twin(size));
            Some(ExitCode::SUCCESS)
        }
        None => {
            eprintln!("no native twin named {name}");
            Some(ExitCode::from(2))
        }
    }
}

/// Runs the suite: `pyjit` is the binary under test, `root` the repository. Returns whether
/// every engine printed python3's checksum on every program.
pub fn run(opts: &Options, pyjit: &Path, root: &Path) -> Result<bool, String> {
    let programs = programs::discover(&root.join("benches/programs"), &opts.filter)?;
    if programs.is_empty() {
        return Err(format!("no program matches --filter {:?}", opts.filter));
    }
    let (engines, notes) = engines::available(pyjit)?;
    for n in &notes {
        eprintln!("note: {n}");
    }
    let out_dir = opts
        .out
        .clone()
        .unwrap_or_else(|| pyjit.parent().and_then(Path::parent).unwrap().join("bench"));
    let scratch = out_dir.join("scratch");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let runs = opts.runs.unwrap_or(if opts.quick { 1 } else { 5 });
    let settings = measure::Settings {
        runs,
        quick: opts.quick,
        warmup: opts.warmup,
        timeout: Duration::from_secs(opts.timeout),
        scratch: &scratch,
    };
    eprintln!(
        "{} programs x {} engines x {runs} runs{}; engines: {}",
        programs.len(),
        engines.len(),
        if opts.quick { " (quick sizes)" } else { "" },
        engines
            .iter()
            .map(|e| e.label)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut outcomes = Vec::new();
    for (i, p) in programs.iter().enumerate() {
        let progress = format!("[{}/{}]", i + 1, programs.len());
        outcomes.push(measure::measure(p, &engines, &settings, &progress));
    }
    let machine = machine(pyjit);
    let report = report::Run {
        engines: &engines,
        notes: &notes,
        programs: &programs,
        outcomes: &outcomes,
        machine: &machine,
        runs,
        quick: opts.quick,
    };
    let tables = report.tables();
    let mut md = String::from("Machine:");
    for (k, v) in &machine {
        md += &format!(" {k}: {v};");
    }
    md += &format!(
        "\n\nWhole-process wall time, median of {runs} interleaved runs; a/b = time of a / time \
         of b (below 1: a is faster).\n\n{tables}"
    );
    println!("\n{md}");
    let write = |name: &str, text: String| -> Result<(), String> {
        let path = out_dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        eprintln!("wrote {}", path.display());
        Ok(())
    };
    write("results.md", md)?;
    write("results.json", report.json())?;
    write("chart.svg", chart::bars(&report))?;
    if opts.warmup {
        write("warmup.svg", chart::warmup(&report))?;
    }
    let problems = report.problems();
    for p in &problems {
        eprintln!("PROBLEM: {p}");
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(problems.is_empty())
}

/// The machine and versions the figures were measured with.
fn machine(pyjit: &Path) -> Vec<(&'static str, String)> {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let mem = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|l| l.split_whitespace().next()?.parse::<f64>().ok())
        .map(|kb| format!("{:.1} GiB", kb / 1048576.0))
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cmd = |exe: &str, args: &[&str]| {
        std::process::Command::new(exe)
            .args(args)
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    };
    let root = pyjit.parent().and_then(Path::parent).and_then(Path::parent);
    let commit = root
        .map(|r| {
            cmd(
                "git",
                &["-C", &r.to_string_lossy(), "rev-parse", "--short", "HEAD"],
            )
        })
        .unwrap_or_default();
    vec![
        ("date", cmd("date", &["-u", "+%Y-%m-%d %H:%M UTC"])),
        ("cpu", cpu),
        ("cores", cores.to_string()),
        ("memory", mem),
        (
            "kernel",
            read("/proc/sys/kernel/osrelease").trim().to_string(),
        ),
        ("pyjit commit", commit),
        ("python3", engines::version("python3").unwrap_or_default()),
        (
            "pypy3",
            engines::version("pypy3").unwrap_or_else(|| "not installed".into()),
        ),
    ]
}
