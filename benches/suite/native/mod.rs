//! Native Rust twins of benchmark programs: the same algorithm, the same arithmetic in the same
//! order, the same printed checksum, compiled by rustc. They are the speed-of-light reference
//! (`jit/native` in the table). Each takes the program's size and returns its stdout.

mod fannkuch;
mod nbody;
mod spectral_norm;

type Twin = fn(u64) -> String;

/// The twins, by program name.
const TWINS: &[(&str, Twin)] = &[
    ("fannkuch", fannkuch::run),
    ("nbody", nbody::run),
    ("spectral_norm", spectral_norm::run),
];

pub fn find(name: &str) -> Option<Twin> {
    TWINS.iter().find(|(n, _)| *n == name).map(|&(_, t)| t)
}
