//! The engines a program runs under: one table, in the order of the table's columns.

use crate::suite::native;
use crate::suite::programs::Program;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Jit,
    Interp,
    CPython,
    PyPy,
    Native,
}

/// (kind, key used in JSON and ratio names, label, chart colour).
const ENGINES: &[(Kind, &str, &str, &str)] = &[
    (Kind::Jit, "jit", "pyjit --jit", "#d62728"),
    (Kind::Interp, "interp", "pyjit --interp", "#ff9896"),
    (Kind::CPython, "cpython", "python3", "#1f77b4"),
    (Kind::PyPy, "pypy", "pypy3", "#2ca02c"),
    (Kind::Native, "native", "native Rust", "#7f7f7f"),
];

pub struct Engine {
    pub kind: Kind,
    pub key: &'static str,
    pub label: &'static str,
    pub colour: &'static str,
    pub exe: PathBuf,
}

impl Engine {
    /// The command that runs `prog` at `size` (with `--warmup`: printing per-iteration times),
    /// or `None` when this engine cannot run it (no native twin).
    pub fn command(&self, prog: &Program, size: u64, warmup: bool) -> Option<Command> {
        let mut c = Command::new(&self.exe);
        match self.kind {
            Kind::Native => {
                native::find(&prog.name)?;
                c.arg("--native").arg(&prog.name).arg(size.to_string());
                return Some(c);
            }
            Kind::Jit => {
                c.args(["run", "--jit", "--jit-stats=json"]);
            }
            Kind::Interp => {
                c.args(["run", "--interp"]);
            }
            Kind::CPython | Kind::PyPy => {}
        }
        c.arg(&prog.path).arg(size.to_string());
        if warmup {
            c.arg("--warmup");
        }
        // Same environment for every engine: no bytecode caches written.
        c.env("PYTHONDONTWRITEBYTECODE", "1");
        Some(c)
    }
}

/// The engines this machine has, and a note for each one skipped.
pub fn available(pyjit: &Path) -> Result<(Vec<Engine>, Vec<String>), String> {
    let mut engines = Vec::new();
    let mut notes = Vec::new();
    for &(kind, key, label, colour) in ENGINES {
        let exe = match kind {
            Kind::Jit | Kind::Interp => pyjit.to_path_buf(),
            Kind::CPython => which("python3")
                .map(real_python)
                .ok_or("python3 is not on PATH: it is the oracle, cannot run")?,
            Kind::PyPy => match which("pypy3") {
                Some(p) => real_python(p),
                None => {
                    notes.push(
                        "pypy3 is not installed (apt-get install -y pypy3): its column is skipped"
                            .to_string(),
                    );
                    continue;
                }
            },
            Kind::Native => std::env::current_exe().map_err(|e| format!("current_exe: {e}"))?,
        };
        engines.push(Engine {
            kind,
            key,
            label,
            colour,
            exe,
        });
    }
    Ok((engines, notes))
}

/// `name` found on `PATH`.
pub fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The interpreter behind `exe` (its `sys.executable`): a launcher such as a pyenv shim (a shell
/// script) would add its own start-up time, tens of milliseconds, to every run.
fn real_python(exe: PathBuf) -> PathBuf {
    let out = Command::new(&exe)
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let p = PathBuf::from(String::from_utf8_lossy(&o.stdout).trim());
            if p.is_file() { p } else { exe }
        }
        _ => exe,
    }
}

/// `exe --version`'s output (first line of stdout, or of stderr), for the machine description.
pub fn version(exe: &str) -> Option<String> {
    let out = Command::new(exe).arg("--version").output().ok()?;
    let text = if out.stdout.is_empty() {
        out.stderr
    } else {
        out.stdout
    };
    let text = String::from_utf8_lossy(&text);
    Some(
        text.lines()
            .collect::<Vec<_>>()
            .join(" ")
            .trim()
            .to_string(),
    )
}
