//! Entering a trace and leaving it: the exit block of a failed guard has already stored the
//! snapshot's values into the frame's slots; `resume` finishes the job on the Rust side (the
//! value-stack length and the bytecode position), so the interpreter continues with exactly the
//! state it would have had at that instruction. Also the fault-injection switch.

use crate::ir::Trace;
use pyjit_vm::interp::Frame;
use pyjit_vm::value::Value;
use std::sync::atomic::{AtomicU64, Ordering};

/// Run the compiled trace `entry` on frame `f` (at the trace's loop header); returns the exit code.
pub fn enter(entry: unsafe extern "C" fn(*mut Value) -> i32, f: &mut Frame) -> i32 {
    let slots = f.localsplus.as_mut_ptr();
    // SAFETY: the trace reads and writes only slots below `nlocalsplus + max_stack` of this frame
    // (the capacity reserved when the frame was made): its Params are slots the recorder saw in
    // this code object's frames, its exits write locals and stack slots of the snapshot depth.
    // It overwrites only slots whose tags it checked on entry to hold ints, floats or bools (no
    // reference is lost) or stack slots above the length (uninitialised memory).
    unsafe { entry(slots) }
}

/// Finish the exit through snapshot `snap` of `t`.
///
/// # Safety
/// The trace's exit block for `snap` must have just written the snapshot's entries into `f`.
pub unsafe fn resume(t: &Trace, snap: u32, f: &mut Frame) {
    let s = &t.snaps[snap as usize];
    let len = t.nlocalsplus as usize + s.stack_depth as usize;
    debug_assert!(len <= f.localsplus.capacity());
    // SAFETY: slots below the trace's entry depth were initialised before the trace ran and the
    // trace never writes them; the exit block initialised every stack slot from the entry depth up
    // to `stack_depth` (the recorder puts each of them in the snapshot).
    unsafe { f.localsplus.set_len(len) };
    f.pc = s.pc as usize;
}

static FAULT_RATE: AtomicU64 = AtomicU64::new(0);
static FAULT_STATE: AtomicU64 = AtomicU64::new(0);

/// Configure fault injection: one in `rate` guard checks fails (0 = never), seeded.
pub fn set_fault(rate: u64, seed: u64) {
    FAULT_RATE.store(rate, Ordering::Relaxed);
    FAULT_STATE.store(seed.max(1), Ordering::Relaxed);
}

/// Called by every guard when fault injection is compiled in: 1 to fail the guard on purpose.
pub extern "C" fn pyjit_fault() -> u8 {
    let rate = FAULT_RATE.load(Ordering::Relaxed);
    if rate == 0 {
        return 0;
    }
    // xorshift64
    let mut x = FAULT_STATE.load(Ordering::Relaxed);
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    FAULT_STATE.store(x, Ordering::Relaxed);
    (x % rate == 0) as u8
}
