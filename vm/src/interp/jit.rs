//! The interpreter's side of the tracing JIT: loop-header counters, the hook trait the `jit` crate
//! implements, and the runtime helpers compiled traces call.
//!
//! The VM knows nothing of Cranelift. When a hook is installed (`Vm::jit`), every taken backward
//! jump calls `Vm::jit_backedge` with the frame at the loop header:
//!
//! - the header has a compiled trace: `JitHooks::run_trace` runs it on the frame; it returns after
//!   a guard exit has written the interpreter state (locals, value stack, `pc`) back into the frame,
//!   and the interpreter carries on from there;
//! - otherwise the header's counter is bumped; at the threshold `JitHooks::start_recording` is
//!   asked to record the loop, and the interpreter switches to its recording loop
//!   (`eval_loop::<true>`), which calls `JitHooks::record` before every instruction, until the hook
//!   says the recording has ended (loop closed, or aborted) and the normal loop takes over again.
//!
//! The interpreter's superinstructions (fused `LOAD_FAST; LOAD_CONST`, compare-and-jump, ...) are
//! off in the recording loop, so the recorder sees every instruction.

use super::Vm;
use crate::bytecode::opcodes::Op;
use crate::objects::{IterState, PyObject};
use crate::value::Value;

/// The state of one loop header of a code object (`CodeObject::jit_loops`).
#[derive(Clone, Copy, Debug)]
pub struct LoopSlot {
    /// Code-unit index of the loop header (the target of the backward jump).
    pub header: u32,
    /// Backward jumps seen since the last attempt; negative after an abort (back-off), and
    /// `i32::MIN` once the loop is blacklisted.
    pub count: i32,
    /// The compiled trace for this header, or `NO_TRACE`.
    pub trace: u32,
}

pub const NO_TRACE: u32 = u32::MAX;

/// The loop slot of `code` that `pred` picks, borrowed for update.
pub fn find_loop(
    code: &crate::bytecode::CodeObject,
    pred: impl Fn(&LoopSlot) -> bool,
) -> Option<std::cell::RefMut<'_, LoopSlot>> {
    std::cell::RefMut::filter_map(code.jit_loops.borrow_mut(), |v| {
        v.iter_mut().find(|s| pred(s))
    })
    .ok()
}

/// What `JitHooks::record` tells the recording loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordStep {
    /// Execute the instruction and keep recording.
    Continue,
    /// The recording has ended (compiled or aborted): execute the instruction normally.
    Stop,
}

/// Implemented by the JIT (`pyjit-jit`); installed in `Vm::jit`.
pub trait JitHooks {
    /// The loop whose header is the innermost frame's `pc` became hot. Return `true` to start
    /// recording it (the interpreter then calls `record` before each instruction).
    fn start_recording(&mut self, vm: &Vm) -> bool;
    /// Called before the instruction at `pc` (its first `EXTENDED_ARG` prefix, if any), decoded as
    /// `op`/`arg`, runs in the innermost frame.
    fn record(&mut self, vm: &Vm, pc: usize, op: Op, arg: u32) -> RecordStep;
    /// The interpreter abandoned the recording (for example an exception was raised).
    fn abort_recording(&mut self, vm: &Vm, why: &'static str);
    /// Run compiled trace `id` on the innermost frame, which is at the trace's loop header. When
    /// it returns, a guard exit has written the interpreter state back into the frame(s).
    fn run_trace(&mut self, vm: &mut Vm, id: u32);
    /// The program has finished (print statistics, close logs).
    fn finish(&mut self) {}
}

/// What the interpreter does after a backward jump.
pub(crate) enum BackEdge {
    /// Keep interpreting (maybe after running a trace: re-read the frame).
    Continue,
    /// Recording started: switch to the recording loop.
    Record,
}

impl Vm {
    /// A backward jump was taken to the innermost frame's `pc` (see the module documentation).
    pub(crate) fn jit_backedge(&mut self) -> BackEdge {
        let f = self.frames.last().expect("a frame is executing");
        let header = f.pc as u32;
        let code = f.code.clone();
        let mut loops = code.jit_loops.borrow_mut();
        let i = match loops.iter().position(|s| s.header == header) {
            Some(i) => i,
            None => {
                loops.push(LoopSlot {
                    header,
                    count: 0,
                    trace: NO_TRACE,
                });
                loops.len() - 1
            }
        };
        let slot = &mut loops[i];
        if slot.trace != NO_TRACE {
            let id = slot.trace;
            drop(loops);
            let mut hooks = self.jit.take().expect("JIT hooks installed");
            hooks.run_trace(self, id);
            self.jit = Some(hooks);
            return BackEdge::Continue;
        }
        if slot.count == i32::MIN {
            return BackEdge::Continue;
        }
        slot.count += 1;
        if slot.count < self.jit_threshold {
            return BackEdge::Continue;
        }
        slot.count = 0;
        drop(loops);
        let mut hooks = self.jit.take().expect("JIT hooks installed");
        let started = hooks.start_recording(self);
        self.jit = Some(hooks);
        if started {
            self.jit_recording = true;
            BackEdge::Record
        } else {
            BackEdge::Continue
        }
    }

    /// The recording loop's call before each instruction.
    pub(crate) fn jit_record(&mut self, pc: usize, op: Op, arg: u32) {
        let mut hooks = self.jit.take().expect("JIT hooks installed");
        if hooks.record(self, pc, op, arg) == RecordStep::Stop {
            self.jit_recording = false;
        }
        self.jit = Some(hooks);
    }

    /// The recording loop saw an exception: the recording cannot continue.
    pub(crate) fn jit_abort_recording(&mut self, why: &'static str) {
        if let Some(mut hooks) = self.jit.take() {
            hooks.abort_recording(self, why);
            self.jit = Some(hooks);
        }
        self.jit_recording = false;
    }

    /// Install the JIT: `threshold` backward jumps make a loop hot.
    pub fn install_jit(&mut self, hooks: Box<dyn JitHooks>, threshold: u32) {
        self.jit = Some(hooks);
        self.jit_threshold = threshold.clamp(1, i32::MAX as u32) as i32;
    }
}

// ---- runtime helpers called from compiled traces --------------------------------------------------

/// Whether the value in frame slot `slot` is a range iterator over `i64` values. Returns 0 or 1.
/// (Traces pass slot addresses, not object pointers, so they need not know how `Rc` lays out.)
///
/// # Safety
/// `slot` must point at an initialised `Value` in a live frame.
pub unsafe extern "C" fn pyjit_is_range_iter(slot: *const Value) -> u8 {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return 0;
    };
    match &**o {
        PyObject::Iter(st) => match st.try_borrow() {
            Ok(s) => matches!(&*s, IterState::Range { .. }) as u8,
            Err(_) => 0,
        },
        _ => 0,
    }
}

/// `next()` of the range iterator in frame slot `slot` (`pyjit_is_range_iter` was checked at trace
/// entry): stores the value at `out` and returns 1, or returns 0 when exhausted (the iterator is
/// then unchanged, so the interpreter's `FOR_ITER` sees the same exhaustion when it resumes).
///
/// # Safety
/// `slot` must point at an initialised `Value` in a live frame and `out` must be valid for one
/// `i64` write.
pub unsafe extern "C" fn pyjit_range_next(slot: *const Value, out: *mut i64) -> u8 {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return 0;
    };
    let PyObject::Iter(st) = &**o else { return 0 };
    let Ok(mut s) = st.try_borrow_mut() else {
        return 0;
    };
    match &mut *s {
        IterState::Range { next, stop, step } if *stop > 0 => {
            // SAFETY: see the function's contract.
            unsafe { *out = *next };
            *stop -= 1;
            *next = next.wrapping_add(*step);
            1
        }
        _ => 0,
    }
}
