//! Differential test: every `tests/programs/**/*.py` runs under pyjit and must produce exactly the
//! golden `.out` file made by CPython 3.11 (`python3 tests/regen_golden.py` regenerates them; the
//! format is described there): the same stdout, the same exit status and, for a failing program,
//! the same last line of stderr.
//!
//! Modes (each a test): `--interp`; `--jit` (default parameters); the JIT stress mode
//! (`--jit-threshold 1`: every loop is recorded on its first backward jump); and fault injection
//! (threshold 1 plus `fault_rate`: compiled guards fail at random, seeded, so every program keeps
//! leaving traces through their snapshots). All four must match CPython's golden output.
//! `PYJIT_TEST_FILTER=substr` runs a subset.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

struct Golden {
    stdout: String,
    exit: i32,
    stderr_last: Option<String>,
}

fn parse_golden(text: &str) -> Golden {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut stderr_last = None;
    if let Some(l) = lines.last()
        && let Some(rest) = l.strip_prefix("# stderr-last: ")
    {
        stderr_last = Some(rest.trim_end_matches('\n').to_string());
        lines.pop();
    }
    let exit_line = lines.pop().expect("golden file has an exit line");
    let exit_text = exit_line
        .strip_prefix("# exit: ")
        .expect("exit line")
        .trim_end();
    let no_newline = exit_text.ends_with("(no trailing newline)");
    let exit: i32 = exit_text
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut stdout: String = lines.concat();
    if no_newline {
        stdout.pop();
    }
    Golden {
        stdout,
        exit,
        stderr_last,
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

/// Run one program; None if it matches, Some(report) if not.
fn check(bin: &str, mode: &[&str], prog: &Path) -> Option<String> {
    let golden = parse_golden(&std::fs::read_to_string(prog.with_extension("out")).unwrap());
    let dir = prog.parent().unwrap();
    let name = prog.file_name().unwrap().to_str().unwrap();
    let child = Command::new(bin)
        .arg("run")
        .args(mode)
        .arg(name)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // a watchdog so a hang fails the test instead of blocking CI
    let pid = child.id();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let d2 = done.clone();
    std::thread::spawn(move || {
        for _ in 0..600 {
            std::thread::sleep(Duration::from_millis(100));
            if d2.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
        }
        let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
    });
    let out = child.wait_with_output().unwrap();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let code = out.status.code().unwrap_or(-1);
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default();
    let mut problems = Vec::new();
    if stdout != golden.stdout {
        let exp: Vec<&str> = golden.stdout.lines().collect();
        let got: Vec<&str> = stdout.lines().collect();
        let i = exp
            .iter()
            .zip(got.iter())
            .position(|(a, b)| a != b)
            .unwrap_or(exp.len().min(got.len()));
        problems.push(format!(
            "stdout differs at line {}:\n    expected: {:?}\n    got:      {:?}",
            i + 1,
            exp.get(i).copied().unwrap_or("<end>"),
            got.get(i).copied().unwrap_or("<end>")
        ));
    }
    if code != golden.exit {
        problems.push(format!("exit status {code}, expected {}", golden.exit));
    }
    if golden.exit != 0
        && let Some(exp) = &golden.stderr_last
        && &last != exp
    {
        problems.push(format!(
            "last stderr line:\n    expected: {exp:?}\n    got:      {last:?}"
        ));
    }
    if golden.exit == 0 && code != 0 {
        problems.push(format!(
            "stderr: {}",
            stderr.lines().rev().take(3).collect::<Vec<_>>().join(" | ")
        ));
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!(
            "{} [{}]\n  {}",
            prog.display(),
            mode.join(" "),
            problems.join("\n  ")
        ))
    }
}

fn run_corpus(mode: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut progs = Vec::new();
    collect(&root, &mut progs);
    if let Ok(f) = std::env::var("PYJIT_TEST_FILTER") {
        progs.retain(|p| p.to_string_lossy().contains(&f));
    }
    assert!(
        !progs.is_empty(),
        "no test programs found under {}",
        root.display()
    );
    let bin = env!("CARGO_BIN_EXE_pyjit");
    let queue = Mutex::new(progs.clone());
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let Some(p) = queue.lock().unwrap().pop() else {
                        return;
                    };
                    if let Some(f) = check(bin, mode, &p) {
                        failures.lock().unwrap().push(f);
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    let n = progs.len();
    println!(
        "{} passed, {} failed ({} mode)",
        n - failures.len(),
        failures.len(),
        mode.join(" ")
    );
    if !failures.is_empty() {
        panic!(
            "{} of {} programs differ from CPython:\n\n{}",
            failures.len(),
            n,
            failures.join("\n\n")
        );
    }
}

#[test]
fn corpus_interp() {
    run_corpus(&["--interp"]);
}

#[test]
fn corpus_jit() {
    run_corpus(&["--jit"]);
}

#[test]
fn corpus_jit_stress() {
    run_corpus(&["--jit", "--jit-threshold", "1"]);
}

#[test]
fn corpus_jit_fault_injection() {
    run_corpus(&[
        "--jit",
        "--jit-threshold",
        "1",
        "--jit-param",
        "fault_rate=7,fault_seed=2026",
    ]);
}
