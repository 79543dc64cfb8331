//! Entering a trace and leaving it: the exit block of a failed guard has already stored the
//! snapshot's values into the frame's slots; `resume` finishes the job on the Rust side (the
//! value-stack length and the bytecode position), so the interpreter continues with exactly the
//! state it would have had at that instruction. Also the fault-injection switch.

use crate::ir::Trace;
use pyjit_vm::interp::Vm;
use pyjit_vm::value::Value;
use std::sync::atomic::{AtomicU64, Ordering};

/// A compiled trace's entry point: (frame slots, scratch area, the VM) -> exit code.
pub type TraceFn = unsafe extern "C" fn(*mut Value, *mut Value, *mut Vm) -> i32;

/// Run the compiled trace `entry` on the innermost frame of `vm` (at the trace's loop header);
/// returns the exit code. `scratch` must have room for the trace's `scratch_len` values.
pub fn enter(entry: TraceFn, vm: &mut Vm, scratch: &mut [[u64; 2]]) -> i32 {
    let slots = vm
        .frames
        .last_mut()
        .expect("a frame is executing")
        .localsplus
        .as_mut_ptr();
    let vmp: *mut Vm = vm;
    // SAFETY: the trace reads and writes only slots below `nlocalsplus + max_stack` of this frame
    // (the capacity reserved when the frame was made): its Params are slots the recorder saw in
    // this code object's frames, its exits write locals and stack slots of the snapshot depth.
    // A number stored into a local or a stack slot below the entry depth first releases an
    // object the slot holds (`Lower::store_slot`, after the exit's objects are cloned); an
    // object is assigned with clone-then-drop (`SetSlot`); stack slots above the length are
    // uninitialised memory, written without a drop. No Rust
    // reference into the VM is live during the call: the only helper that uses `vmp` calls a
    // builtin, which does not push, pop or move frames (the boxed frame keeps its address).
    unsafe { entry(slots, scratch.as_mut_ptr() as *mut Value, vmp) }
}

/// Finish the exit through snapshot `snap` of `t`: set the loop frame's stack depth and position,
/// then create the interpreter frames of the calls the trace had inlined.
///
/// # Safety
/// The trace's exit block for `snap` must have just written the snapshot's entries into the
/// innermost frame of `vm` and, for inlined frames, into `scratch`.
pub unsafe fn resume(t: &Trace, snap: u32, vm: &mut Vm, scratch: &[[u64; 2]]) {
    let s = &t.snaps[snap as usize];
    let f = vm.frames.last_mut().expect("a frame is executing");
    let len = t.nlocalsplus as usize + s.stack_depth as usize;
    debug_assert!(len <= f.localsplus.capacity());
    // SAFETY: slots below the trace's entry depth were initialised before the trace ran and the
    // trace never writes them; the exit block initialised every stack slot from the entry depth up
    // to `stack_depth` (the recorder puts each of them in the snapshot).
    unsafe { f.localsplus.set_len(len) };
    f.pc = s.pc as usize;
    for fr in &s.inlined {
        let n = (fr.nlocalsplus + fr.stack_depth) as usize;
        let mut values = vec![Value::Null; n];
        for &(slot, _) in &fr.entries {
            let at = (fr.scratch + slot) as usize;
            // SAFETY: the exit block wrote a `Value` (tag and payload words, an object's reference
            // counted by a clone) at this scratch position; it is moved out exactly once.
            values[slot as usize] = unsafe { std::ptr::read(scratch[at].as_ptr() as *const Value) };
        }
        let Value::Obj(func) = &t.consts[fr.func as usize] else {
            unreachable!("an inlined frame's function is an object")
        };
        vm.jit_push_frame(func, values, fr.pc as usize);
    }
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
