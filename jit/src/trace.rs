//! The JIT's state machine (profile -> record -> optimise -> compile -> link -> run/exit), the
//! registry of compiled traces, statistics and logging. `Jit` is what the interpreter's
//! `JitHooks` calls.

use crate::abort::Abort;
use crate::ir::Trace;
use crate::lower::{self, ENTRY_EXIT, HELPERS, Helper};
use crate::params::Params;
use crate::recorder::{Recorder, Step};
use crate::{deopt, dump};
use cranelift_codegen::Context;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module, default_libcall_names};
use pyjit_vm::bytecode::CodeObject;
use pyjit_vm::bytecode::opcodes::Op;
use pyjit_vm::interp::Vm;
use pyjit_vm::interp::jit::{JitHooks, NO_TRACE, RecordStep, find_loop};
use pyjit_vm::value::Value;
use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

/// What `--dump-*` and `PYJIT_LOG` asked for.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub dump_ir: bool,
    pub dump_clif: bool,
    pub dump_asm: bool,
    pub stats: bool,
    /// `PYJIT_LOG` sections (`abort`, `compile`, `exit`, or `all`) and where they go.
    pub log_sections: Vec<String>,
    pub log_file: Option<String>,
    /// `--jit-target NAME`: compile traces for this architecture (e.g. `aarch64`) and dump them,
    /// without running them (the program runs in the interpreter).
    pub target: Option<String>,
}

type TraceFn = unsafe extern "C" fn(*mut Value) -> i32;

struct Compiled {
    entry: TraceFn,
    trace: Trace,
    exits: Vec<u64>,
    entry_fails: u64,
}

#[derive(Default)]
struct Stats {
    loops: u64,
    recordings: u64,
    aborts: HashMap<&'static str, u64>,
    guard_failures: u64,
    compile_times: Vec<Duration>,
    code_bytes: u64,
}

/// The tracing JIT.
pub struct Jit {
    pub params: Params,
    out: Output,
    module: JITModule,
    /// The foreign target of `--jit-target`, if any.
    target: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    helper_ids: [u32; 3],
    recorder: Option<Recorder>,
    traces: Vec<Compiled>,
    /// Aborted recordings per loop (code object address, header).
    aborts: HashMap<(usize, u32), u64>,
    stats: Stats,
    log: Option<Box<dyn Write>>,
}

impl Jit {
    pub fn new(params: Params, out: Output) -> Result<Jit, String> {
        let mut flags = settings::builder();
        flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
        flags.set("is_pic", "false").map_err(|e| e.to_string())?;
        let isa = cranelift_native::builder()
            .map_err(|e| e.to_string())?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
        jb.symbol(
            Helper::IsRangeIter.name(),
            pyjit_vm::interp::jit::pyjit_is_range_iter as *const u8,
        );
        jb.symbol(
            Helper::RangeNext.name(),
            pyjit_vm::interp::jit::pyjit_range_next as *const u8,
        );
        jb.symbol(Helper::Fault.name(), deopt::pyjit_fault as *const u8);
        let mut module = JITModule::new(jb);
        let cc = module.isa().default_call_conv();
        let mut helper_ids = [0u32; 3];
        for h in HELPERS {
            let id = module
                .declare_function(h.name(), Linkage::Import, &h.signature(cc))
                .map_err(|e| e.to_string())?;
            helper_ids[h as usize] = id.as_u32();
        }
        deopt::set_fault(params.fault_rate, params.fault_seed);
        let target = match &out.target {
            None => None,
            Some(name) => {
                let mut flags = settings::builder();
                flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
                let triple: target_lexicon::Triple = format!("{name}-unknown-linux-gnu")
                    .parse()
                    .map_err(|_| format!("unknown JIT target '{name}'"))?;
                let isa = cranelift_codegen::isa::lookup(triple)
                    .map_err(|e| format!("JIT target '{name}': {e}"))?
                    .finish(settings::Flags::new(flags))
                    .map_err(|e| e.to_string())?;
                Some(isa)
            }
        };
        let log: Option<Box<dyn Write>> = if out.log_sections.is_empty() {
            None
        } else {
            match &out.log_file {
                Some(p) => Some(Box::new(
                    std::fs::File::create(p).map_err(|e| format!("PYJIT_LOG file {p}: {e}"))?,
                )),
                None => Some(Box::new(std::io::stderr())),
            }
        };
        Ok(Jit {
            params,
            out,
            module,
            target,
            helper_ids,
            recorder: None,
            traces: Vec::new(),
            aborts: HashMap::new(),
            stats: Stats::default(),
            log,
        })
    }

    fn log(&mut self, section: &str, msg: impl FnOnce() -> String) {
        if let Some(w) = &mut self.log
            && self
                .out
                .log_sections
                .iter()
                .any(|s| s == section || s == "all")
        {
            let _ = writeln!(w, "[jit-{section}] {}", msg());
        }
    }

    /// Count an abandoned recording of the loop at `header` of `code`, and back the loop off (or
    /// blacklist it after `max_aborts`).
    fn abort(&mut self, code: &CodeObject, header: u32, why: Abort) {
        *self.stats.aborts.entry(why.text()).or_default() += 1;
        let key = (code as *const CodeObject as usize, header);
        let n = {
            let c = self.aborts.entry(key).or_default();
            *c += 1;
            *c
        };
        let blacklist = n >= self.params.max_aborts;
        let backoff = self.params.backoff.min(i32::MAX as u64) as i32;
        if let Some(mut s) = find_loop(code, |s| s.header == header) {
            s.count = if blacklist { i32::MIN } else { -backoff };
        }
        let name = format!("{}:{}", code.qualname, code.line_at(header as usize));
        self.log("abort", || {
            format!(
                "{name} header={header}: {}{}",
                why.text(),
                if blacklist { " (blacklisted)" } else { "" }
            )
        });
    }

    /// Optimise, compile and link the recorded trace; returns its id.
    fn compile(&mut self, mut t: Trace) -> Result<u32, String> {
        let start = Instant::now();
        if self.out.dump_ir {
            eprint!("--- IR (recorded) ---\n{}", dump::ir(&t));
        }
        if cfg!(debug_assertions) {
            crate::opt::verify::verify(&t).map_err(|e| format!("recorded IR invalid: {e}"))?;
        }
        crate::opt::optimize(&mut t);
        if self.out.dump_ir {
            eprint!("--- IR (optimised) ---\n{}", dump::ir(&t));
        }
        if let Some(isa) = &self.target {
            let (clif, asm) = lower::compile_for(&**isa, &t)?;
            if self.out.dump_clif {
                eprint!("--- CLIF {} ({}) ---\n{clif}", t.name, isa.triple());
            }
            if self.out.dump_asm {
                eprint!("--- asm {} ({}) ---\n{asm}", t.name, isa.triple());
            }
            return Err(format!("compiled for {}, not run", isa.triple()));
        }
        let n = self.traces.len() as u32;
        let cc = self.module.isa().default_call_conv();
        let id = self
            .module
            .declare_function(
                &format!("trace{n}"),
                Linkage::Local,
                &lower::trace_signature(cc),
            )
            .map_err(|e| e.to_string())?;
        let mut ctx = Context::new();
        ctx.func = cranelift_codegen::ir::Function::with_name_signature(
            cranelift_codegen::ir::UserFuncName::user(0, id.as_u32()),
            lower::trace_signature(cc),
        );
        lower::build(
            &t,
            &mut ctx.func,
            &self.helper_ids,
            self.params.fault_rate > 0,
            self.module.isa().frontend_config(),
        );
        if self.out.dump_clif {
            eprint!("--- CLIF {} ---\n{}", t.name, ctx.func.display());
        }
        ctx.set_disasm(self.out.dump_asm);
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| format!("{e:?}"))?;
        if let Some(code) = ctx.compiled_code() {
            self.stats.code_bytes += code.code_buffer().len() as u64;
            if self.out.dump_asm {
                eprint!(
                    "--- asm {} ---\n{}",
                    t.name,
                    lower::disassemble(self.module.isa(), code)
                );
            }
        }
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let ptr = self.module.get_finalized_function(id);
        // SAFETY: `ptr` is the entry of the function just defined with `trace_signature`
        // (one pointer argument, an i32 result, the platform's default C convention).
        let entry: TraceFn = unsafe { std::mem::transmute::<*const u8, TraceFn>(ptr) };
        let dt = start.elapsed();
        self.stats.compile_times.push(dt);
        let name = t.name.clone();
        let nsnaps = t.snaps.len();
        self.log("compile", || {
            format!("trace {n} {name}: {} us", dt.as_micros())
        });
        self.traces.push(Compiled {
            entry,
            trace: t,
            exits: vec![0; nsnaps],
            entry_fails: 0,
        });
        Ok(n)
    }

    /// `--jit-stats`: the counters, on stderr.
    pub fn print_stats(&self) {
        let s = &self.stats;
        let mut times: Vec<Duration> = s.compile_times.clone();
        times.sort();
        let total: Duration = times.iter().sum();
        let median = times.get(times.len() / 2).copied().unwrap_or_default();
        let bridges = 0;
        eprintln!("jit-stats:");
        eprintln!("  loops hot:          {}", s.loops);
        eprintln!("  recordings:         {}", s.recordings);
        eprintln!("  traces compiled:    {}", self.traces.len());
        let aborted: u64 = s.aborts.values().sum();
        eprintln!("  aborts:             {aborted}");
        for a in Abort::ALL {
            if let Some(n) = s.aborts.get(a.text()) {
                eprintln!("    {:<44} {n}", a.text());
            }
        }
        eprintln!("  guard failures:     {}", s.guard_failures);
        eprintln!("  bridges:            {bridges}");
        eprintln!(
            "  compile time:       total {:.3} ms, median {:.3} ms",
            total.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3
        );
        eprintln!("  code bytes:         {}", s.code_bytes);
    }
}

impl JitHooks for Jit {
    fn start_recording(&mut self, vm: &Vm) -> bool {
        let f = vm.frames.last().expect("a frame is executing");
        self.stats.loops += 1;
        match Recorder::new(f, vm.frames.len(), self.params.trace_limit as usize) {
            Ok(r) => {
                self.stats.recordings += 1;
                self.recorder = Some(r);
                true
            }
            Err(a) => {
                self.abort(&f.code, f.pc as u32, a);
                false
            }
        }
    }

    fn record(&mut self, vm: &Vm, pc: usize, op: Op, arg: u32) -> RecordStep {
        let Some(rec) = self.recorder.as_mut() else {
            return RecordStep::Stop;
        };
        let f = vm.frames.last().expect("a frame is executing");
        let header = rec.trace.header;
        let step = if f.serial != rec.root_serial || vm.frames.len() != rec.root_depth {
            Err(Abort::LeftFrame)
        } else {
            rec.record(f, pc, op, arg)
        };
        match step {
            Ok(Step::Continue) => RecordStep::Continue,
            Ok(Step::Closed) => {
                let rec = self.recorder.take().unwrap();
                match self.compile(rec.trace) {
                    Ok(id) => {
                        if let Some(mut s) = find_loop(&f.code, |s| s.header == header) {
                            s.trace = id;
                        }
                    }
                    Err(e) if self.target.is_some() => {
                        // a foreign-target trace is dumped, never run: do not record it again
                        self.log("compile", || e);
                        if let Some(mut s) = find_loop(&f.code, |s| s.header == header) {
                            s.count = i32::MIN;
                        }
                    }
                    Err(e) => {
                        self.log("abort", || format!("compile error: {e}"));
                        self.abort(&f.code, header, Abort::CompileError);
                    }
                }
                RecordStep::Stop
            }
            Err(a) => {
                let rec = self.recorder.take().unwrap();
                self.abort(&rec.code, header, a);
                RecordStep::Stop
            }
        }
    }

    fn abort_recording(&mut self, vm: &Vm, why: &'static str) {
        let _ = vm;
        if let Some(rec) = self.recorder.take() {
            self.abort(&rec.code, rec.trace.header, Abort::Exception);
            self.log("abort", || format!("recording abandoned: {why}"));
        }
    }

    fn finish(&mut self) {
        if self.out.stats {
            self.print_stats();
        }
        if let Some(w) = &mut self.log {
            let _ = w.flush();
        }
    }

    fn run_trace(&mut self, vm: &mut Vm, id: u32) {
        let c = &mut self.traces[id as usize];
        let f = vm.frames.last_mut().expect("a frame is executing");
        let code = deopt::enter(c.entry, f);
        if code == ENTRY_EXIT {
            c.entry_fails += 1;
            if c.entry_fails > 100 {
                // the loop's types changed for good: unlink, so it can be recorded again
                if let Some(mut s) = find_loop(&f.code, |s| s.trace == id) {
                    s.trace = NO_TRACE;
                    s.count = 0;
                }
            }
            return;
        }
        // SAFETY: `code` is the index of the snapshot whose exit block just wrote its entries.
        unsafe { deopt::resume(&c.trace, code as u32, f) };
        c.exits[code as usize] += 1;
        self.stats.guard_failures += 1;
        let (name, pc) = (c.trace.name.clone(), c.trace.snaps[code as usize].pc);
        self.log("exit", || {
            format!("trace {id} {name}: exit {code} -> pc {pc}")
        });
    }
}
