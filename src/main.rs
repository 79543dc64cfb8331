//! The `pyjit` command line, following the conventions of `python3` and `pypy3`:
//!
//! ```text
//! pyjit [run] [--interp|--jit] [--jit-threshold N] [--jit-param k=v,...] [--dump-ir]
//!       [--dump-clif] [--dump-asm] [--jit-stats[=json]] FILE [ARGS...]
//! pyjit -c CODE [ARGS...]
//! pyjit dis FILE
//! ```
//!
//! Arguments after FILE (or after `-c CODE`) belong to the program (`sys.argv`), so the command line
//! is parsed by hand rather than by an argument-parsing library.

use std::process::ExitCode;

const USAGE: &str = "usage: pyjit [run] [--interp|--jit] [--jit-threshold N] [--jit-param k=v,...]
                   [--dump-ir] [--dump-clif] [--dump-asm] [--jit-stats[=json]] [--jit-target ARCH]
                   FILE [ARGS...]
       pyjit -c CODE [ARGS...]
       pyjit dis FILE
";

/// Native stack for the interpreter thread; deep Rust-level recursion becomes RecursionError well
/// before it is exhausted.
const STACK_SIZE: usize = 256 << 20;

fn read_source(path: &str) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(_) => {
                eprintln!("SyntaxError: Non-UTF-8 code in file '{path}'");
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            eprintln!(
                "pyjit: can't open file '{path}': [Errno {errno}] {}",
                strip_os_suffix(&e.to_string())
            );
            Err(ExitCode::from(2))
        }
    }
}

fn strip_os_suffix(s: &str) -> String {
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn status(code: i32) -> ExitCode {
    ExitCode::from((code & 0xff) as u8)
}

fn real_main(args: Vec<String>) -> ExitCode {
    let mut i = 0;
    let mut dis = false;
    if args.first().map(|s| s.as_str()) == Some("run") {
        i = 1;
    } else if args.first().map(|s| s.as_str()) == Some("dis") {
        dis = true;
        i = 1;
    }
    let mut jit = true;
    let mut params = pyjit_jit::Params::default();
    let mut out = pyjit_jit::Output::default();
    if let Ok(spec) = std::env::var("PYJIT_LOG")
        && !spec.is_empty()
    {
        let (sections, file) = match spec.split_once(':') {
            Some((s, f)) => (s, Some(f.to_string())),
            None => (spec.as_str(), None),
        };
        out.log_sections = sections.split(',').map(str::to_string).collect();
        out.log_file = file;
    }
    while i < args.len() {
        let value = |i: usize| -> Result<&String, ExitCode> {
            args.get(i + 1).ok_or_else(|| {
                eprintln!("pyjit: {} needs a value\n{USAGE}", args[i]);
                ExitCode::from(2)
            })
        };
        match args[i].as_str() {
            "--interp" => {
                jit = false;
                i += 1
            }
            "--jit" => {
                jit = true;
                i += 1
            }
            "--jit-threshold" | "--jit-param" => {
                let v = match value(i) {
                    Ok(v) => v,
                    Err(c) => return c,
                };
                let spec = if args[i] == "--jit-threshold" {
                    format!("threshold={v}")
                } else {
                    v.clone()
                };
                if let Err(e) = pyjit_jit::params::parse_into(&mut params, &spec) {
                    eprintln!("pyjit: {e}");
                    return ExitCode::from(2);
                }
                i += 2;
            }
            "--dump-ir" => {
                out.dump_ir = true;
                i += 1
            }
            "--dump-clif" => {
                out.dump_clif = true;
                i += 1
            }
            "--dump-asm" => {
                out.dump_asm = true;
                i += 1
            }
            "--jit-stats" => {
                out.stats = pyjit_jit::StatsFormat::Text;
                i += 1
            }
            "--jit-stats=json" => {
                out.stats = pyjit_jit::StatsFormat::Json;
                i += 1
            }
            "--jit-target" => {
                match value(i) {
                    Ok(v) => out.target = Some(v.clone()),
                    Err(c) => return c,
                }
                i += 2;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    return ExitCode::from(2);
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return status(run(code, "<string>", argv, jit.then_some((params, out))));
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-B" | "-u" => i += 1,
            s if s.starts_with('-') && s != "-" => {
                eprintln!("pyjit: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => break,
        }
    }
    let Some(path) = args.get(i) else {
        eprintln!("pyjit: the REPL is not available yet; give a FILE or -c CODE\n{USAGE}");
        return ExitCode::from(2);
    };
    let source = match read_source(path) {
        Ok(s) => s,
        Err(c) => return c,
    };
    if dis {
        return match pyjit_vm::dis_source(&source, path) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(c) => status(c),
        };
    }
    let argv: Vec<String> = args[i..].to_vec();
    status(run(&source, path, argv, jit.then_some((params, out))))
}

/// Run a program, with the tracing JIT installed unless `--interp` was given.
fn run(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    jit: Option<(pyjit_jit::Params, pyjit_jit::Output)>,
) -> i32 {
    let Some((params, out)) = jit else {
        return pyjit_vm::run_main(source, filename, argv);
    };
    let threshold = params.threshold.min(u32::MAX as u64) as u32;
    let j = match pyjit_jit::Jit::new(params, out) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("pyjit: cannot start the JIT: {e}");
            return 2;
        }
    };
    pyjit_vm::run_main_with(source, filename, argv, |vm| {
        vm.install_jit(Box::new(j), threshold)
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    pyjit_vm::STACK_SIZE.store(STACK_SIZE, std::sync::atomic::Ordering::Relaxed);
    let handle = std::thread::Builder::new()
        .name("pyjit-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || real_main(args))
        .expect("spawn interpreter thread");
    match handle.join() {
        Ok(code) => code,
        Err(_) => ExitCode::from(70),
    }
}
