//! pyjit's tracing JIT, one pipeline stage per file:
//!
//! ```text
//!   trace.rs     state machine and registry: profile -> record -> optimise -> compile -> link
//!   recorder.rs  bytecode -> trace IR, specialised on observed values, with guards
//!   ir.rs        the trace IR (one op table) and snapshots (resume data)
//!   opt/         optimisation passes (fold, cse, dce) and the IR verifier
//!   lower.rs     trace IR -> Cranelift IR -> machine code
//!   deopt.rs     entering traces, and resuming the interpreter after a guard exit
//!   params.rs    every tunable, one table;   abort.rs  abort reasons, one table
//!   dump.rs      --dump-ir printer;           stats.rs  --jit-stats counters (text, json)
//! ```

pub mod abort;
pub mod deopt;
pub mod divmagic;
pub mod dump;
pub mod ir;
pub mod lower;
pub mod opt;
pub mod params;
pub mod recorder;
pub mod stats;
pub mod trace;

pub use params::Params;
pub use stats::StatsFormat;
pub use trace::{Jit, Output};
