//! The JIT's state machine (profile -> record -> optimise -> compile -> link -> run/exit), the
//! registry of compiled traces, statistics and logging. `Jit` is what the interpreter's
//! `JitHooks` calls.

use crate::abort::Abort;
use crate::deopt::TraceFn;
use crate::ir::Trace;
use crate::lower::{self, BRIDGE_DONE, ENTRY_EXIT, HELPERS};
use crate::params::Params;
use crate::recorder::{Recorder, Step};
use crate::stats::{Stats, StatsFormat};
use crate::{deopt, dump};
use cranelift_codegen::Context;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module, default_libcall_names};
use pyjit_vm::bytecode::CodeObject;
use pyjit_vm::bytecode::opcodes::Op;
use pyjit_vm::interp::Vm;
use pyjit_vm::interp::jit::{JitHooks, NO_TRACE, RecordStep, find_loop};
use std::collections::HashMap;
use std::io::Write;
use std::time::Instant;

/// What `--dump-*` and `PYJIT_LOG` asked for.
#[derive(Clone, Debug, Default)]
pub struct Output {
    pub dump_ir: bool,
    pub dump_clif: bool,
    pub dump_asm: bool,
    pub stats: StatsFormat,
    /// `PYJIT_LOG` sections (`abort`, `compile`, `exit`, or `all`) and where they go.
    pub log_sections: Vec<String>,
    pub log_file: Option<String>,
    /// `--jit-target NAME`: compile traces for this architecture (e.g. `aarch64`) and dump them,
    /// without running them (the program runs in the interpreter).
    pub target: Option<String>,
}

struct Compiled {
    entry: TraceFn,
    trace: Trace,
    /// Failures of each guard (by snapshot).
    exits: Vec<u64>,
    /// Aborted bridge recordings from each exit.
    bridge_aborts: Vec<u64>,
    /// The bridge attached to each exit (its entry point, 0 = none); compiled code reads it.
    exit_table: Box<[usize]>,
    entry_fails: u64,
    /// The loop this trace belongs to: its header and value-stack depth there.
    header: u32,
    loop_depth: u32,
}

/// The tracing JIT.
pub struct Jit {
    pub params: Params,
    out: Output,
    module: JITModule,
    /// The foreign target of `--jit-target`, if any.
    target: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    helper_ids: Vec<u32>,
    recorder: Option<Recorder>,
    /// For a bridge being recorded: the trace and exit it starts from.
    bridge_from: Option<(u32, u32)>,
    traces: Vec<Compiled>,
    /// Global exit numbers -> (trace, snapshot).
    exit_owner: Vec<(u32, u32)>,
    /// Where exits write the frames of inlined calls.
    scratch: Vec<[u64; 2]>,
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
        // Cranelift's IR verifier costs about a third of the compile time; our own IR verifier
        // runs between passes in debug builds, and so does Cranelift's there
        let verify = if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        };
        flags
            .set("enable_verifier", verify)
            .map_err(|e| e.to_string())?;
        let isa = cranelift_native::builder()
            .map_err(|e| e.to_string())?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
        for &h in HELPERS {
            jb.symbol(h.name(), h.addr());
        }
        let mut module = JITModule::new(jb);
        let cc = module.isa().default_call_conv();
        let mut helper_ids = vec![0u32; HELPERS.len()];
        for &h in HELPERS {
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
            bridge_from: None,
            traces: Vec::new(),
            exit_owner: Vec::new(),
            scratch: Vec::new(),
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

    /// Optimise, compile and link the recorded trace; returns its id. `header`/`loop_depth`
    /// name the loop it belongs to.
    fn compile(&mut self, mut t: Trace, header: u32, loop_depth: u32) -> Result<u32, String> {
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
        let nsnaps = t.snaps.len();
        let exit_table: Box<[usize]> = vec![0usize; nsnaps].into_boxed_slice();
        let exit_base = self.exit_owner.len() as u32;
        let env = lower::Env {
            helper_ids: &self.helper_ids,
            fault: self.params.fault_rate > 0,
            exit_base,
            exit_table: exit_table.as_ptr() as usize,
        };
        lower::build(&t, &mut ctx.func, &env, self.module.isa().frontend_config());
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
        // (three pointer arguments, an i32 result, the platform's default C convention).
        let entry: TraceFn = unsafe { std::mem::transmute::<*const u8, TraceFn>(ptr) };
        let dt = start.elapsed();
        self.stats.compile_times.push(dt);
        let name = t.name.clone();
        self.log("compile", || {
            format!("trace {n} {name}: {} us", dt.as_micros())
        });
        if self.scratch.len() < t.scratch_len as usize {
            self.scratch.resize(t.scratch_len as usize, [0, 0]);
        }
        for k in 0..nsnaps {
            self.exit_owner.push((n, k as u32));
        }
        self.traces.push(Compiled {
            entry,
            trace: t,
            exits: vec![0; nsnaps],
            bridge_aborts: vec![0; nsnaps],
            exit_table,
            entry_fails: 0,
            header,
            loop_depth,
        });
        Ok(n)
    }

    /// Whether a bridge may start at exit `snap` of trace `id`: the exit is in the loop's frame and
    /// leaves no object on the value stack above the loop's depth (a bridge would consume it
    /// without dropping it), and bridges from it have not failed too often.
    fn bridge_ok(&self, id: u32, snap: u32) -> bool {
        let c = &self.traces[id as usize];
        let s = &c.trace.snaps[snap as usize];
        let floor = c.trace.nlocalsplus + c.loop_depth;
        self.target.is_none()
            && c.exit_table[snap as usize] == 0
            && c.bridge_aborts[snap as usize] < self.params.max_aborts
            && s.inlined.is_empty()
            && s.entries
                .iter()
                .all(|&(slot, r)| slot < floor || c.trace.ty(r) != crate::ir::Ty::Obj)
    }

    /// `--jit-stats`: the counters, on stderr.
    pub fn print_stats(&self) {
        eprint!("{}", self.stats.render(self.out.stats, self.traces.len()));
    }
}

impl JitHooks for Jit {
    fn start_recording(&mut self, vm: &Vm) -> bool {
        let f = vm.frames.last().expect("a frame is executing");
        self.stats.loops += 1;
        let p = &self.params;
        match Recorder::new(
            f,
            vm.frames.len(),
            p.trace_limit as usize,
            p.max_inline as usize,
            None,
        ) {
            Ok(r) => {
                self.stats.recordings += 1;
                self.recorder = Some(r);
                self.bridge_from = None;
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
        match rec.record(vm, f, pc, op, arg) {
            Ok(Step::Continue) => RecordStep::Continue,
            Ok(Step::Closed) => {
                let rec = self.recorder.take().unwrap();
                let code = rec.code.clone();
                let header = rec.trace.header;
                match self.bridge_from.take() {
                    Some((tid, snap)) => {
                        let depth = self.traces[tid as usize].loop_depth;
                        let mut t = rec.trace;
                        t.name = format!("bridge from trace {tid} exit {snap} ({})", t.name);
                        match self.compile(t, header, depth) {
                            Ok(id) => {
                                let entry = self.traces[id as usize].entry as usize;
                                self.traces[tid as usize].exit_table[snap as usize] = entry;
                                self.stats.bridges += 1;
                            }
                            Err(e) => {
                                self.log("abort", || format!("bridge compile error: {e}"));
                                self.bridge_abort(tid, snap, Abort::CompileError);
                            }
                        }
                    }
                    None => {
                        let depth = rec.trace.entry_depth;
                        match self.compile(rec.trace, header, depth) {
                            Ok(id) => {
                                if let Some(mut s) = find_loop(&code, |s| s.header == header) {
                                    s.trace = id;
                                }
                            }
                            Err(e) if self.target.is_some() => {
                                // a foreign-target trace is dumped, never run: do not record
                                // it again
                                self.log("compile", || e);
                                if let Some(mut s) = find_loop(&code, |s| s.header == header) {
                                    s.count = i32::MIN;
                                }
                            }
                            Err(e) => {
                                self.log("abort", || format!("compile error: {e}"));
                                self.abort(&code, header, Abort::CompileError);
                            }
                        }
                    }
                }
                RecordStep::Stop
            }
            Err(a) => {
                let rec = self.recorder.take().unwrap();
                match self.bridge_from.take() {
                    Some((tid, snap)) => self.bridge_abort(tid, snap, a),
                    None => self.abort(&rec.code, rec.trace.header, a),
                }
                RecordStep::Stop
            }
        }
    }

    fn abort_recording(&mut self, vm: &Vm, why: &'static str) {
        let _ = vm;
        if let Some(rec) = self.recorder.take() {
            match self.bridge_from.take() {
                Some((tid, snap)) => self.bridge_abort(tid, snap, Abort::Exception),
                None => self.abort(&rec.code, rec.trace.header, Abort::Exception),
            }
            self.log("abort", || format!("recording abandoned: {why}"));
        }
    }

    fn finish(&mut self) {
        if self.out.stats != StatsFormat::Off {
            self.print_stats();
        }
        if let Some(w) = &mut self.log {
            let _ = w.flush();
        }
    }

    fn run_trace(&mut self, vm: &mut Vm, id: u32) -> bool {
        let entry = self.traces[id as usize].entry;
        let f = vm.frames.last().expect("a frame is executing");
        // the same code object can run with other globals (exec): the trace's watches are on
        // the globals it was recorded with
        let same_globals = std::rc::Rc::as_ptr(&f.globals) as *const u8 as usize
            == self.traces[id as usize].trace.globals;
        let code = if same_globals {
            deopt::enter(entry, vm, &mut self.scratch)
        } else {
            ENTRY_EXIT
        };
        if code == ENTRY_EXIT {
            let c = &mut self.traces[id as usize];
            c.entry_fails += 1;
            if c.entry_fails > 100 {
                // the loop's types changed for good: unlink, so it can be recorded again
                let f = vm.frames.last().expect("a frame is executing");
                if let Some(mut s) = find_loop(&f.code, |s| s.trace == id) {
                    s.trace = NO_TRACE;
                    s.count = 0;
                }
            }
            return false;
        }
        debug_assert!(code >= 0 && code != BRIDGE_DONE, "bad exit code {code}");
        let (tid, snap) = self.exit_owner[code as usize];
        let c = &mut self.traces[tid as usize];
        // SAFETY: `code` names the snapshot whose exit block just wrote its entries.
        unsafe { deopt::resume(&c.trace, snap, vm, &self.scratch) };
        c.exits[snap as usize] += 1;
        let hot = c.exits[snap as usize] >= self.params.bridge_threshold;
        self.stats.guard_failures += 1;
        let (name, pc) = (c.trace.name.clone(), c.trace.snaps[snap as usize].pc);
        self.log("exit", || {
            format!("trace {tid} {name}: exit {snap} -> pc {pc}")
        });
        if !hot || !self.bridge_ok(tid, snap) {
            return false;
        }
        // a hot exit: record a side trace from here back to the loop's header
        let c = &mut self.traces[tid as usize];
        c.exits[snap as usize] = 0;
        let (header, depth) = (c.header, c.loop_depth);
        let f = vm.frames.last().expect("a frame is executing");
        let p = &self.params;
        match Recorder::new(
            f,
            vm.frames.len(),
            p.trace_limit as usize,
            p.max_inline as usize,
            Some((header, depth)),
        ) {
            Ok(r) => {
                self.stats.recordings += 1;
                self.recorder = Some(r);
                self.bridge_from = Some((tid, snap));
                true
            }
            Err(a) => {
                self.bridge_abort(tid, snap, a);
                false
            }
        }
    }
}

impl Jit {
    /// Count an abandoned bridge recording from exit `snap` of trace `tid`.
    fn bridge_abort(&mut self, tid: u32, snap: u32, why: Abort) {
        *self.stats.aborts.entry(why.text()).or_default() += 1;
        self.traces[tid as usize].bridge_aborts[snap as usize] += 1;
        self.log("abort", || {
            format!("bridge from trace {tid} exit {snap}: {}", why.text())
        });
    }
}
