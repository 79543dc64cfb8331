//! Measuring: every program under every engine, runs interleaved across engines, each run's
//! stdout checked against python3's, JIT statistics and warm-up curves collected.

use crate::suite::engines::{Engine, Kind};
use crate::suite::process;
use crate::suite::programs::Program;
use std::path::Path;
use std::time::Duration;

/// One engine's runs of one program.
#[derive(Default)]
pub struct Cell {
    /// Wall seconds of the runs that exited 0 with python3's output.
    pub times: Vec<f64>,
    /// Peak RSS (KiB) of those runs.
    pub rss_kb: Vec<u64>,
    /// Runs that failed (exit status, timeout) or printed something else than python3, described.
    pub problems: Vec<String>,
}

impl Cell {
    pub fn median(&self) -> Option<f64> {
        median(&self.times)
    }
    pub fn min(&self) -> Option<f64> {
        self.times.iter().copied().reduce(f64::min)
    }
    pub fn max(&self) -> Option<f64> {
        self.times.iter().copied().reduce(f64::max)
    }
    pub fn rss_median_kb(&self) -> Option<u64> {
        let v: Vec<f64> = self.rss_kb.iter().map(|&k| k as f64).collect();
        median(&v).map(|m| m as u64)
    }
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub struct Outcome {
    pub size: u64,
    /// One per engine (in the engines' order); `None` where the engine cannot run the program.
    pub cells: Vec<Option<Cell>>,
    /// The `--jit-stats=json` object of the last `--jit` run, as printed.
    pub jit_stats: Option<String>,
    /// Per-iteration seconds from the `--warmup` run, per engine that took part.
    pub warmup: Vec<(usize, Vec<f64>)>,
    /// Problems of the warm-up runs.
    pub warmup_problems: Vec<String>,
}

pub struct Settings<'a> {
    pub runs: usize,
    pub quick: bool,
    pub warmup: bool,
    pub timeout: Duration,
    pub scratch: &'a Path,
}

/// The engines whose warm-up curve is recorded.
const WARMUP_ENGINES: &[Kind] = &[Kind::Jit, Kind::PyPy, Kind::CPython];

const STATS_PREFIX: &str = "jit-stats-json: ";

pub fn measure(prog: &Program, engines: &[Engine], set: &Settings, progress: &str) -> Outcome {
    let size = if set.quick {
        prog.quick_size
    } else {
        prog.default_size
    };
    let mut cells: Vec<Option<Cell>> = engines
        .iter()
        .map(|e| e.command(prog, size, false).map(|_| Cell::default()))
        .collect();
    let mut outputs: Vec<Vec<String>> = vec![Vec::new(); engines.len()];
    let mut jit_stats = None;
    for run in 0..set.runs {
        let mut line = format!("{progress} {} run {}/{}:", prog.name, run + 1, set.runs);
        for (i, e) in engines.iter().enumerate() {
            let Some(mut cmd) = e.command(prog, size, false) else {
                continue;
            };
            let cell = cells[i].as_mut().unwrap();
            match process::run(&mut cmd, set.scratch, set.timeout) {
                Err(err) => cell.problems.push(format!("could not run: {err}")),
                Ok(s) => {
                    if let Some(p) = failure(&s, set.timeout) {
                        cell.problems.push(p);
                        line += &format!(" {} FAILED", e.key);
                        continue;
                    }
                    if let Some(js) = s.stderr.lines().find_map(|l| l.strip_prefix(STATS_PREFIX)) {
                        jit_stats = Some(js.to_string());
                    }
                    line += &format!(" {} {:.3}", e.key, s.wall);
                    cell.times.push(s.wall);
                    cell.rss_kb.push(s.rss_kb);
                    outputs[i].push(s.stdout);
                }
            }
        }
        eprintln!("{line}");
    }
    check_outputs(engines, &mut cells, &outputs);
    let reference = engines
        .iter()
        .position(|e| e.kind == Kind::CPython)
        .and_then(|i| outputs[i].first().cloned());
    let (warmup, warmup_problems) = if set.warmup {
        warm_up(prog, engines, set, size, reference.as_deref())
    } else {
        (Vec::new(), Vec::new())
    };
    Outcome {
        size,
        cells,
        jit_stats,
        warmup,
        warmup_problems,
    }
}

/// A description of what went wrong with a run, if it did.
fn failure(s: &process::Sample, timeout: Duration) -> Option<String> {
    if s.timed_out {
        return Some(format!("timed out after {} s", timeout.as_secs()));
    }
    if s.status == Some(0) {
        return None;
    }
    let tail: Vec<&str> = s.stderr.lines().rev().take(3).collect();
    let tail: Vec<&str> = tail.into_iter().rev().collect();
    Some(match s.status {
        Some(c) => format!("exit status {c}: {}", tail.join(" | ")),
        None => format!("killed by a signal: {}", tail.join(" | ")),
    })
}

/// Every run's stdout must equal python3's first run's; a difference is a problem of that cell
/// (its times are then not comparable, and the table says MISMATCH).
fn check_outputs(engines: &[Engine], cells: &mut [Option<Cell>], outputs: &[Vec<String>]) {
    let Some(ci) = engines.iter().position(|e| e.kind == Kind::CPython) else {
        return;
    };
    let Some(reference) = outputs[ci].first().cloned() else {
        for c in cells.iter_mut().flatten() {
            c.problems
                .push("python3 did not finish: no checksum to compare".into());
        }
        return;
    };
    for (i, outs) in outputs.iter().enumerate() {
        let Some(cell) = cells[i].as_mut() else {
            continue;
        };
        for out in outs {
            if *out != reference {
                cell.problems.push(format!(
                    "MISMATCH: printed {:?}, python3 printed {:?}",
                    first_difference(out, &reference).0,
                    first_difference(out, &reference).1
                ));
            }
        }
    }
}

/// The first line where `a` and `b` differ.
fn first_difference<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    let mut al = a.lines();
    let mut bl = b.lines();
    loop {
        match (al.next(), bl.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (x, y) => return (x.unwrap_or("<end>"), y.unwrap_or("<end>")),
        }
    }
}

/// One `--warmup` run per warm-up engine: the seconds of each main-loop iteration.
fn warm_up(
    prog: &Program,
    engines: &[Engine],
    set: &Settings,
    size: u64,
    reference: Option<&str>,
) -> (Vec<(usize, Vec<f64>)>, Vec<String>) {
    let mut curves = Vec::new();
    let mut problems = Vec::new();
    for (i, e) in engines.iter().enumerate() {
        if !WARMUP_ENGINES.contains(&e.kind) {
            continue;
        }
        let Some(mut cmd) = e.command(prog, size, true) else {
            continue;
        };
        let s = match process::run(&mut cmd, set.scratch, set.timeout) {
            Ok(s) => s,
            Err(err) => {
                problems.push(format!("{}: could not run: {err}", e.key));
                continue;
            }
        };
        if let Some(p) = failure(&s, set.timeout) {
            problems.push(format!("{} --warmup: {p}", e.key));
            continue;
        }
        if reference.is_some_and(|r| r != s.stdout) {
            problems.push(format!(
                "{} --warmup: MISMATCH with python3's output",
                e.key
            ));
        }
        let times: Vec<f64> = s
            .stderr
            .lines()
            .filter_map(|l| l.strip_prefix("warmup "))
            .filter_map(|l| l.split_whitespace().nth(1)?.parse().ok())
            .collect();
        if times.is_empty() {
            problems.push(format!(
                "{} --warmup: printed no `warmup I SECONDS` lines",
                e.key
            ));
        }
        eprintln!(
            "  {} warm-up under {}: {} iterations",
            prog.name,
            e.key,
            times.len()
        );
        curves.push((i, times));
    }
    (curves, problems)
}

pub fn median(v: &[f64]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    Some(if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    })
}

/// The geometric mean of the positive values, if any.
pub fn geomean(v: &[f64]) -> Option<f64> {
    let v: Vec<f64> = v.iter().copied().filter(|x| *x > 0.0).collect();
    if v.is_empty() {
        return None;
    }
    Some((v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp())
}
