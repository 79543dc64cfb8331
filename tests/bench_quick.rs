//! The benchmark suite's quick mode, as CI runs it: every program of `benches/programs/` once per
//! engine at its small size, with the warm-up runs, through the same harness code as
//! `cargo bench --bench suite -- --quick --warmup`. It fails when any engine fails or prints
//! another checksum than python3, or when the harness does not write its four outputs. Timings
//! are reported, never asserted.

#[path = "../benches/suite/mod.rs"]
mod suite;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The harness runs native twins by re-running its own binary with `--native NAME SIZE`.
    if let Some(code) = suite::native_dispatch(&args) {
        return code;
    }
    if args.iter().any(|a| a == "--list") {
        // `cargo test -- --list` (nextest's discovery) asks what tests this binary has.
        println!("bench_quick: test");
        return ExitCode::SUCCESS;
    }
    let out = std::env::temp_dir().join(format!("pyjit-bench-quick-{}", std::process::id()));
    let filter = std::env::var("PYJIT_TEST_FILTER").unwrap_or_default();
    let out_arg = out.to_string_lossy().into_owned();
    let args = [
        "--quick",
        "--warmup",
        "--timeout",
        "120",
        "--out",
        &out_arg,
        "--filter",
        &filter,
    ];
    let opts = suite::Options::parse(&args.map(String::from)).expect("valid options");
    let pyjit = Path::new(env!("CARGO_BIN_EXE_pyjit"));
    let ok = match suite::run(&opts, pyjit, Path::new(env!("CARGO_MANIFEST_DIR"))) {
        Ok(ok) => ok,
        Err(e) => {
            eprintln!("bench_quick: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut missing = Vec::new();
    for f in ["results.json", "results.md", "chart.svg", "warmup.svg"] {
        let text = std::fs::read_to_string(out.join(f)).unwrap_or_default();
        let wellformed = match f {
            "results.json" => text.starts_with('{') && text.contains("\"geomean\""),
            "results.md" => text.contains("geometric mean"),
            _ => text.starts_with("<svg") && text.trim_end().ends_with("</svg>"),
        };
        if !wellformed {
            missing.push(f);
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    if !missing.is_empty() {
        eprintln!("bench_quick: missing or malformed outputs: {missing:?}");
        return ExitCode::FAILURE;
    }
    if !ok {
        eprintln!("bench_quick: an engine failed or printed another checksum than python3");
        return ExitCode::FAILURE;
    }
    eprintln!("bench_quick: ok");
    ExitCode::SUCCESS
}
