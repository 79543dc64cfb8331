//! `cargo bench --bench suite [-- OPTIONS]`: the benchmark suite (see `benches/README.md`).

#[path = "suite/mod.rs"]
mod suite;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(code) = suite::native_dispatch(&args) {
        return code;
    }
    let opts = match suite::Options::parse(&args) {
        Ok(o) => o,
        Err(e) => {
            eprint!("{e}");
            return ExitCode::from(2);
        }
    };
    let pyjit = Path::new(env!("CARGO_BIN_EXE_pyjit"));
    match suite::run(&opts, pyjit, Path::new(env!("CARGO_MANIFEST_DIR"))) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("some engine failed or printed another checksum than python3 (see above)");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("suite: {e}");
            ExitCode::FAILURE
        }
    }
}
