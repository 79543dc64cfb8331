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
    /// it returns, a guard exit has written the interpreter state back into the frame(s). Returns
    /// `true` when the JIT wants to record from there (a side trace from a hot exit): the
    /// interpreter then continues in its recording loop.
    fn run_trace(&mut self, vm: &mut Vm, id: u32) -> bool;
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
            let record = hooks.run_trace(self, id);
            self.jit = Some(hooks);
            if record {
                self.jit_recording = true;
                return BackEdge::Record;
            }
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

    /// What a trace must watch to treat global `names[namei]` of frame `f` as a constant: the
    /// words (address, value) that hold while the binding is unchanged, the value, and the dicts
    /// those addresses point into (to keep alive). `None` when the name is unbound or its value is
    /// of a kind the JIT does not watch.
    pub fn jit_global(&self, f: &super::Frame, namei: usize) -> Option<GlobalWatch> {
        let name = &f.code.names[namei];
        let h = name.str_ref()?.hash();
        let eq = |a: &Value, b: &Value| Ok::<bool, ()>(crate::objects::types::str_eq(a, b));
        let mut words = Vec::new();
        let mut keep = Vec::new();
        let mut found = None;
        for (d, what) in [
            (&f.globals, "globals keys"),
            (&self.builtins, "builtins keys"),
        ] {
            let PyObject::Dict(cell) = &**d else {
                return None;
            };
            let dict = cell.try_borrow().ok()?;
            words.push((dict.keys_version_addr() as usize, dict.keys_version(), what));
            keep.push(Value::Obj(d.clone()));
            if let Ok(Some(pos)) = dict.find_index(h, name, eq) {
                let addr = dict.value_addr(pos)?;
                found = Some((addr, dict.value_at(pos)?.clone()));
                break;
            }
        }
        let (addr, value) = found?;
        // SAFETY: `addr` points at an initialised `Value` of a dict borrowed above (no longer
        // borrowed, but nothing has run since). Its tag word is always initialised; the payload
        // word is read only for variants whose payload fills it (int, float, object).
        unsafe {
            let w = addr as *const u64;
            words.push((addr as usize, *w, "tag"));
            match value {
                Value::Int(_) | Value::Float(_) | Value::Obj(_) => words.push((
                    addr as usize + crate::value::PAYLOAD_OFFSET,
                    *w.add(1),
                    "value",
                )),
                Value::None => {}
                _ => return None,
            }
        }
        let in_globals = keep.len() == 1;
        Some(GlobalWatch {
            words,
            value,
            keep,
            addr: addr as usize,
            in_globals,
        })
    }

    /// Whether a call of `func` with `n` positional arguments binds them one to one (the calls
    /// traces inline).
    pub fn jit_exact_args(func: &crate::objects::function::Function, n: usize) -> bool {
        Self::exact_args(func, n)
    }

    /// Deoptimisation: push the interpreter frame of a call a compiled trace had inlined, with
    /// `values` as its `localsplus` (locals, then the value stack) and resuming at `pc`.
    pub fn jit_push_frame(&mut self, fobj: &crate::objects::ObjRef, values: Vec<Value>, pc: usize) {
        let PyObject::Function(func) = &**fobj else {
            unreachable!("inlined call of a non-function")
        };
        let mut fr = self.new_frame(fobj, func);
        debug_assert!(values.len() <= fr.localsplus.capacity());
        fr.localsplus.extend(values);
        fr.pc = pc;
        self.depth += 1;
        self.push_frame(fr);
    }

    /// Install the JIT: `threshold` backward jumps make a loop hot.
    pub fn install_jit(&mut self, hooks: Box<dyn JitHooks>, threshold: u32) {
        self.jit = Some(hooks);
        self.jit_threshold = threshold.clamp(1, i32::MAX as u32) as i32;
    }
}

/// See `Vm::jit_global`.
pub struct GlobalWatch {
    /// The dicts' keys versions, then the binding's tag and payload words.
    pub words: Vec<(usize, u64, &'static str)>,
    pub value: Value,
    pub keep: Vec<Value>,
    /// The address of the binding's `Value` in its dict (valid while the keys versions hold).
    pub addr: usize,
    /// Found in the globals (not the builtins).
    pub in_globals: bool,
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

/// The items and length of the list (`kind` 0) or tuple (`kind` 1) in the `Value` at `slot`:
/// writes the address of its first item and its length to `out[0]`, `out[1]` and returns 1, or
/// returns 0 when it is not one. The address stays valid while the sequence is not resized (a
/// trace re-reads it after anything that may append).
///
/// # Safety
/// `slot` must point at an initialised `Value`; `out` must be valid for two `u64` writes.
pub unsafe extern "C" fn pyjit_seq_data(slot: *const Value, kind: u64, out: *mut u64) -> u8 {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return 0;
    };
    let (ptr, len) = match (&**o, kind) {
        (PyObject::List(l), 0) => {
            // SAFETY: no borrow of the list is held while a trace runs (the interpreter is not in
            // the middle of an instruction); the pointer is used only until the trace next calls
            // something that may resize the list.
            let v = unsafe { &*l.as_ptr() };
            (v.as_ptr(), v.len())
        }
        (PyObject::Tuple(t), 1) => (t.as_ptr(), t.len()),
        _ => return 0,
    };
    // SAFETY: see the function's contract.
    unsafe {
        *out = ptr as u64;
        *out.add(1) = len as u64;
    }
    1
}

/// `list.append(value)` for the list in the `Value` at `slot` (a clone of the `Value` at `val`).
///
/// # Safety
/// Both must point at initialised `Value`s; `slot` holds a list (the trace checked it).
pub unsafe extern "C" fn pyjit_list_append(slot: *const Value, val: *const Value) {
    // SAFETY: see the function's contract.
    let (o, v) = unsafe { (&*slot, &*val) };
    if let Value::Obj(o) = o
        && let PyObject::List(l) = &**o
    {
        l.borrow_mut().push(v.clone());
    }
}

/// Write a clone of the `Value` at `src` to `dst` (an exit materialising an object reference).
///
/// # Safety
/// `src` must point at an initialised `Value`, `dst` at memory for one `Value` that holds nothing
/// needing a drop (an uninitialised stack slot, a slot whose old value the caller accounts for, or
/// scratch space).
pub unsafe extern "C" fn pyjit_clone_into(dst: *mut Value, src: *const Value) {
    // SAFETY: see the function's contract.
    unsafe { std::ptr::write(dst, (*src).clone()) }
}

/// Store a clone of the `Value` at `src` into the frame slot at `dst`, then drop the slot's old
/// value (in that order, so `src` may point into an object only the old value kept alive).
///
/// # Safety
/// `src` must point at an initialised `Value`, `dst` at an initialised `Value` of a live frame.
pub unsafe extern "C" fn pyjit_assign(dst: *mut Value, src: *const Value) {
    // SAFETY: see the function's contract; the clone is made before `dst` is touched.
    let old = unsafe { std::ptr::replace(dst, (*src).clone()) };
    drop(old);
}

/// Drop the `Value` in the frame slot at `dst` (a compiled exit is about to store a number over
/// it). The slot is left holding a dropped value, which the caller overwrites at once.
///
/// # Safety
/// `dst` must point at an initialised `Value` of a live frame that nothing else reads before the
/// caller's store.
pub unsafe extern "C" fn pyjit_release(dst: *mut Value) {
    // SAFETY: see the function's contract.
    unsafe { std::ptr::drop_in_place(dst) }
}

/// Call the pure builtin in the `Value` at `func` with the `n` `Value`s at `args` (borrowed, not
/// consumed). When it returns a value whose tag is `tag`, its payload word goes to `out` and the
/// result is 1; otherwise (another type, or an exception) the result is dropped and 0 returned,
/// and the trace leaves before the call, which the interpreter then repeats (the builtin has no
/// side effects, so it may run twice).
///
/// # Safety
/// `vm` must be the running VM, `func` an initialised `Value`, `args` `n` initialised `Value`s,
/// `out` valid for one `u64` write.
pub unsafe extern "C" fn pyjit_call_pure(
    vm: *mut Vm,
    func: *const Value,
    args: *const Value,
    n: u64,
    tag: u64,
    out: *mut u64,
) -> u8 {
    // SAFETY: see the function's contract; the arguments are only borrowed for the call.
    let (vm, func, args) = unsafe {
        (
            &mut *vm,
            &*func,
            std::slice::from_raw_parts(args, n as usize),
        )
    };
    match vm.call(func, args) {
        Ok(v) => {
            let (t, w) = match v {
                Value::Int(i) => (crate::value::tag::INT, i as u64),
                Value::Float(x) => (crate::value::tag::FLOAT, x.to_bits()),
                Value::Bool(b) => (crate::value::tag::BOOL, b as u64),
                _ => return 0,
            };
            if t as u64 != tag {
                return 0;
            }
            // SAFETY: see the function's contract.
            unsafe { *out = w };
            1
        }
        Err(_) => 0,
    }
}

/// The state of the range iterator in the `Value` at `slot` (checked by `pyjit_is_range_iter`):
/// writes the next value, the count of values left and the step to `out[0..3]`. A trace keeps the
/// state in registers while it runs and stores it back with `pyjit_range_set` when it leaves.
///
/// # Safety
/// `slot` must point at an initialised `Value`; `out` must be valid for three `i64` writes.
pub unsafe extern "C" fn pyjit_range_state(slot: *const Value, out: *mut i64) -> u8 {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return 0;
    };
    let PyObject::Iter(st) = &**o else { return 0 };
    let Ok(s) = st.try_borrow() else { return 0 };
    match &*s {
        IterState::Range { next, stop, step } => {
            // SAFETY: see the function's contract.
            unsafe {
                *out = *next;
                *out.add(1) = *stop;
                *out.add(2) = *step;
            }
            1
        }
        _ => 0,
    }
}

/// Store a range iterator's state (see `pyjit_range_state`).
///
/// # Safety
/// `slot` must point at an initialised `Value`.
pub unsafe extern "C" fn pyjit_range_set(slot: *const Value, next: i64, left: i64) {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return;
    };
    if let PyObject::Iter(st) = &**o
        && let Ok(mut s) = st.try_borrow_mut()
        && let IterState::Range { next: n, stop, .. } = &mut *s
    {
        *n = next;
        *stop = left;
    }
}

/// `next()` of the list or tuple iterator in the `Value` at `slot` when the next item has tag
/// `tag`: writes its payload word to `out` (for an object, the address of the item's `Value`,
/// valid while the sequence is not resized), advances and returns 1.
/// Otherwise (another kind of iterator, exhausted, an item of another type) returns 0 and leaves
/// the iterator as it was, so the interpreter's `FOR_ITER` repeats the step.
///
/// # Safety
/// `slot` must point at an initialised `Value`; `out` must be valid for one `u64` write.
pub unsafe extern "C" fn pyjit_seq_next(slot: *const Value, tag: u64, out: *mut u64) -> u8 {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return 0;
    };
    let PyObject::Iter(st) = &**o else { return 0 };
    let Ok(mut s) = st.try_borrow_mut() else {
        return 0;
    };
    let IterState::Seq { seq, index } = &mut *s else {
        return 0;
    };
    let word = |v: Option<&Value>| match v {
        Some(Value::Int(i)) if tag == crate::value::tag::INT as u64 => Some(*i as u64),
        Some(Value::Float(x)) if tag == crate::value::tag::FLOAT as u64 => Some(x.to_bits()),
        Some(Value::Bool(b)) if tag == crate::value::tag::BOOL as u64 => Some(*b as u64),
        Some(v @ Value::Obj(_)) if tag == crate::value::tag::OBJ as u64 => {
            Some(v as *const Value as u64)
        }
        _ => None,
    };
    let w = match seq.as_obj() {
        Some(PyObject::List(l)) => match l.try_borrow() {
            Ok(items) => word(items.get(*index)),
            Err(_) => None,
        },
        Some(PyObject::Tuple(t)) => word(t.get(*index)),
        _ => None,
    };
    match w {
        Some(w) => {
            // SAFETY: see the function's contract.
            unsafe { *out = w };
            *index += 1;
            1
        }
        None => 0,
    }
}

/// The address of the attribute values of the instance in the `Value` at `slot`, when its shape is
/// the one at `shape` (so it is a plain instance whose attributes are in slots, laid out as the
/// shape says); 0 otherwise. The address stays valid while the instance keeps that shape (a trace
/// never changes an instance's shape: it stores only into existing slots).
///
/// # Safety
/// `slot` must point at an initialised `Value`; `shape` is the address of a live `Shape` the
/// caller keeps alive (so no other shape can have its address).
pub unsafe extern "C" fn pyjit_inst_values(slot: *const Value, shape: u64) -> u64 {
    // SAFETY: see the function's contract.
    let Value::Obj(o) = (unsafe { &*slot }) else {
        return 0;
    };
    let PyObject::Instance(i) = &**o else {
        return 0;
    };
    let Ok(a) = i.attrs.try_borrow() else {
        return 0;
    };
    if std::rc::Rc::as_ptr(&a.shape) as u64 != shape || a.dict.is_some() {
        return 0;
    }
    a.values.as_ptr() as u64
}

/// A shape a trace guards on, held alive by the trace.
#[derive(Clone)]
pub struct JitShape(pub std::rc::Rc<crate::objects::instance::Shape>);

impl JitShape {
    pub fn addr(&self) -> usize {
        std::rc::Rc::as_ptr(&self.0) as usize
    }
}

impl std::fmt::Debug for JitShape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<String> = self
            .0
            .names
            .iter()
            .map(|n| {
                n.str_ref()
                    .map_or(String::new(), |s| s.as_str().to_string())
            })
            .collect();
        write!(f, "shape({})", names.join(","))
    }
}
