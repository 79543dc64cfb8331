//! What a suite run produces: the tables (markdown, on stdout and in `results.md`) and
//! `results.json`.

use crate::suite::engines::{Engine, Kind};
use crate::suite::json::{self, Json};
use crate::suite::measure::{Cell, Outcome, geomean};
use crate::suite::programs::Program;

pub struct Run<'a> {
    pub engines: &'a [Engine],
    pub notes: &'a [String],
    pub programs: &'a [Program],
    pub outcomes: &'a [Outcome],
    pub machine: &'a [(&'static str, String)],
    pub runs: usize,
    pub quick: bool,
}

/// The ratio columns: (numerator, denominator). Below 1, the numerator engine is faster.
pub const RATIOS: &[(Kind, Kind)] = &[
    (Kind::Jit, Kind::CPython),
    (Kind::Jit, Kind::PyPy),
    (Kind::Jit, Kind::Native),
    (Kind::Interp, Kind::CPython),
];

impl Run<'_> {
    fn index(&self, k: Kind) -> Option<usize> {
        self.engines.iter().position(|e| e.kind == k)
    }

    fn cell(&self, p: usize, k: Kind) -> Option<&Cell> {
        self.outcomes[p].cells[self.index(k)?].as_ref()
    }

    /// Median time of engine `k` on program `p`, when it ran and printed python3's checksum.
    fn time(&self, p: usize, k: Kind) -> Option<f64> {
        self.cell(p, k).filter(|c| c.ok()).and_then(Cell::median)
    }

    pub fn ratio(&self, p: usize, (a, b): (Kind, Kind)) -> Option<f64> {
        Some(self.time(p, a)? / self.time(p, b)?)
    }

    pub fn ratio_geomean(&self, r: (Kind, Kind)) -> Option<f64> {
        let v: Vec<f64> = (0..self.programs.len())
            .filter_map(|p| self.ratio(p, r))
            .collect();
        geomean(&v)
    }

    pub fn ratio_name(&self, (a, b): (Kind, Kind)) -> Option<String> {
        let key = |k| self.index(k).map(|i| self.engines[i].key);
        Some(format!("{}/{}", key(a)?, key(b)?))
    }

    /// Every problem of every run, for the closing summary (empty: all checksums matched).
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (p, o) in self.outcomes.iter().enumerate() {
            for (e, cell) in self.engines.iter().zip(&o.cells) {
                for pr in cell.iter().flat_map(|c| &c.problems) {
                    out.push(format!("{} under {}: {pr}", self.programs[p].name, e.label));
                }
            }
            for pr in &o.warmup_problems {
                out.push(format!("{}: {pr}", self.programs[p].name));
            }
        }
        out
    }

    /// The markdown tables: times with ratios and JIT statistics, then peak memory.
    pub fn tables(&self) -> String {
        let ratios: Vec<(Kind, Kind)> = RATIOS
            .iter()
            .copied()
            .filter(|r| self.ratio_name(*r).is_some())
            .collect();
        let mut s = String::new();
        s += "| program | size |";
        for e in self.engines {
            s += &format!(" {} (s) |", e.label);
        }
        for r in &ratios {
            s += &format!(" {} |", self.ratio_name(*r).unwrap());
        }
        s += " JIT: traces / aborts / bridges / guard fails / compile ms |\n";
        s += &"|---".repeat(2 + self.engines.len() + ratios.len() + 1);
        s += "|\n";
        for (p, prog) in self.programs.iter().enumerate() {
            let o = &self.outcomes[p];
            s += &format!("| {} | {} |", prog.name, o.size);
            for c in &o.cells {
                s += &format!(" {} |", time_cell(c.as_ref()));
            }
            for r in &ratios {
                s += &format!(" {} |", fmt_ratio(self.ratio(p, *r)));
            }
            s += &format!(" {} |\n", stats_cell(o.jit_stats.as_deref()));
        }
        s += "| **geometric mean** | |";
        s += &" |".repeat(self.engines.len());
        for r in &ratios {
            s += &format!(" **{}** |", fmt_ratio(self.ratio_geomean(*r)));
        }
        s += " |\n\nPeak RSS (MiB, median of the runs):\n\n| program |";
        for e in self.engines {
            s += &format!(" {} |", e.label);
        }
        s += "\n";
        s += &"|---".repeat(1 + self.engines.len());
        s += "|\n";
        for (p, prog) in self.programs.iter().enumerate() {
            s += &format!("| {} |", prog.name);
            for c in &self.outcomes[p].cells {
                let m = c.as_ref().and_then(Cell::rss_median_kb);
                s += &match m {
                    Some(kb) => format!(" {:.1} |", kb as f64 / 1024.0),
                    None => " - |".to_string(),
                };
            }
            s += "\n";
        }
        s
    }

    pub fn json(&self) -> String {
        let engines = self
            .engines
            .iter()
            .map(|e| {
                Json::obj(vec![
                    ("key", Json::str(e.key)),
                    ("label", Json::str(e.label)),
                ])
            })
            .collect();
        let programs = self
            .programs
            .iter()
            .enumerate()
            .map(|(p, prog)| self.program_json(p, prog))
            .collect();
        let geo = RATIOS
            .iter()
            .filter_map(|&r| Some((self.ratio_name(r)?, Json::opt(self.ratio_geomean(r)))))
            .collect();
        let machine = self
            .machine
            .iter()
            .map(|(k, v)| (k.to_string(), Json::str(v.clone())))
            .collect();
        let root = Json::obj(vec![
            ("machine", Json::Obj(machine)),
            ("mode", Json::str(if self.quick { "quick" } else { "full" })),
            ("runs", Json::Num(self.runs as f64)),
            ("engines", Json::Arr(engines)),
            (
                "notes",
                Json::Arr(self.notes.iter().map(|n| Json::str(n.clone())).collect()),
            ),
            (
                "ratio_meaning",
                Json::str("a/b = median time of a / median time of b: below 1, a is faster"),
            ),
            ("programs", Json::Arr(programs)),
            ("geomean", Json::Obj(geo)),
            (
                "problems",
                Json::Arr(self.problems().into_iter().map(Json::Str).collect()),
            ),
        ]);
        let mut out = String::new();
        root.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn program_json(&self, p: usize, prog: &Program) -> Json {
        let o = &self.outcomes[p];
        let results = self
            .engines
            .iter()
            .zip(&o.cells)
            .filter_map(|(e, c)| Some((e.key.to_string(), cell_json(c.as_ref()?))))
            .collect();
        let ratios = RATIOS
            .iter()
            .filter_map(|&r| Some((self.ratio_name(r)?, Json::opt(self.ratio(p, r)))))
            .collect();
        let warmup = o
            .warmup
            .iter()
            .map(|(e, t)| {
                let times = t.iter().map(|&x| Json::Num(x)).collect();
                (self.engines[*e].key.to_string(), Json::Arr(times))
            })
            .collect();
        Json::obj(vec![
            ("name", Json::str(prog.name.clone())),
            ("description", Json::str(prog.description.clone())),
            ("size", Json::Num(o.size as f64)),
            ("results", Json::Obj(results)),
            ("ratios", Json::Obj(ratios)),
            (
                "jit_stats",
                o.jit_stats.clone().map_or(Json::Null, Json::Raw),
            ),
            ("warmup_seconds_per_iteration", Json::Obj(warmup)),
        ])
    }
}

fn cell_json(c: &Cell) -> Json {
    Json::obj(vec![
        ("median", Json::opt(c.median())),
        ("min", Json::opt(c.min())),
        ("max", Json::opt(c.max())),
        (
            "times",
            Json::Arr(c.times.iter().map(|&t| Json::Num(t)).collect()),
        ),
        (
            "peak_rss_kib",
            Json::Arr(c.rss_kb.iter().map(|&k| Json::Num(k as f64)).collect()),
        ),
        ("checksum_ok", Json::Bool(c.ok())),
        (
            "problems",
            Json::Arr(c.problems.iter().map(|p| Json::str(p.clone())).collect()),
        ),
    ])
}

fn time_cell(c: Option<&Cell>) -> String {
    let Some(c) = c else {
        return "-".into();
    };
    if c.problems.iter().any(|p| p.starts_with("MISMATCH")) {
        return "**MISMATCH**".into();
    }
    if !c.ok() {
        return "**FAILED**".into();
    }
    c.median().map_or("-".into(), |t| format!("{t:.3}"))
}

fn fmt_ratio(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{r:.2}"))
}

fn stats_cell(stats: Option<&str>) -> String {
    let Some(s) = stats else {
        return "-".into();
    };
    let n = |k| json::field(s, k).unwrap_or(f64::NAN);
    format!(
        "{} / {} / {} / {} / {:.1}",
        n("traces"),
        n("aborts"),
        n("bridges"),
        n("guard_failures"),
        n("compile_ms_total")
    )
}
