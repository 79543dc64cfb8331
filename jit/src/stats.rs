//! The JIT's counters and their two renderings for `--jit-stats` (text for people) and
//! `--jit-stats=json` (one line for tools such as the benchmark suite), both on stderr.

use crate::abort::Abort;
use std::collections::HashMap;
use std::time::Duration;

/// How `--jit-stats` prints, if at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatsFormat {
    #[default]
    Off,
    Text,
    /// A single line `jit-stats-json: {...}`.
    Json,
}

#[derive(Default)]
pub(crate) struct Stats {
    pub loops: u64,
    pub recordings: u64,
    pub aborts: HashMap<&'static str, u64>,
    pub guard_failures: u64,
    pub compile_times: Vec<Duration>,
    pub code_bytes: u64,
    pub bridges: u64,
}

impl Stats {
    /// Total and median compile time, in milliseconds.
    fn compile_ms(&self) -> (f64, f64) {
        let mut times = self.compile_times.clone();
        times.sort();
        let total: Duration = times.iter().sum();
        let median = times.get(times.len() / 2).copied().unwrap_or_default();
        (total.as_secs_f64() * 1e3, median.as_secs_f64() * 1e3)
    }

    /// The aborts in the order of the reasons table, with their counts.
    fn aborts(&self) -> impl Iterator<Item = (&'static str, u64)> + '_ {
        Abort::ALL
            .iter()
            .filter_map(|a| self.aborts.get(a.text()).map(|&n| (a.text(), n)))
    }

    pub fn render(&self, format: StatsFormat, traces: usize) -> String {
        let (total, median) = self.compile_ms();
        let aborted: u64 = self.aborts.values().sum();
        match format {
            StatsFormat::Off => String::new(),
            StatsFormat::Text => {
                let mut s = String::from("jit-stats:\n");
                s += &format!("  loops hot:          {}\n", self.loops);
                s += &format!("  recordings:         {}\n", self.recordings);
                s += &format!("  traces compiled:    {traces}\n");
                s += &format!("  aborts:             {aborted}\n");
                for (why, n) in self.aborts() {
                    s += &format!("    {why:<44} {n}\n");
                }
                s += &format!("  guard failures:     {}\n", self.guard_failures);
                s += &format!("  bridges:            {}\n", self.bridges);
                s += &format!("  compile time:       total {total:.3} ms, median {median:.3} ms\n");
                s += &format!("  code bytes:         {}\n", self.code_bytes);
                s
            }
            StatsFormat::Json => {
                let reasons: Vec<String> = self
                    .aborts()
                    .map(|(why, n)| format!("{}:{n}", json_str(why)))
                    .collect();
                format!(
                    "jit-stats-json: {{\"loops_hot\":{},\"recordings\":{},\"traces\":{traces},\
                     \"aborts\":{aborted},\"aborts_by_reason\":{{{}}},\"guard_failures\":{},\
                     \"bridges\":{},\"compile_ms_total\":{total:.3},\"compile_ms_median\":{median:.3},\
                     \"code_bytes\":{}}}\n",
                    self.loops,
                    self.recordings,
                    reasons.join(","),
                    self.guard_failures,
                    self.bridges,
                    self.code_bytes
                )
            }
        }
    }
}

/// `s` as a JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            c if (c as u32) < 0x20 => out += &format!("\\u{:04x}", c as u32),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
