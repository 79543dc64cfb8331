//! Frame objects for introspection (`sys._getframe`, `inspect.currentframe`, `locals()`): snapshots
//! of the live frames on `Vm::frames`, each linked to its caller's snapshot.

use crate::interp::{Frame, PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{Dict, FrameObj, ObjRef, PyObject};
use crate::value::Value;
use std::rc::Rc;

/// A dict of a function frame's bound locals (including cells and free variables).
fn locals_snapshot(vm: &mut Vm, f: &Frame) -> ObjRef {
    if let Some(l) = &f.locals {
        return l.clone();
    }
    let mut d = Dict::new();
    let code = f.code.clone();
    let put = |vm: &mut Vm, d: &mut Dict, name: &str, v: &Value| {
        if matches!(v, Value::Null) {
            return;
        }
        let k = vm.intern(name);
        let h = k.str_ref().unwrap().hash();
        d.insert(h, k, v.clone(), |a, b| {
            Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
        })
        .ok();
    };
    for (i, n) in code.varnames.iter().enumerate() {
        if code.cellvars.contains(n) {
            continue;
        }
        put(vm, &mut d, n, &f.localsplus[i]);
    }
    let base = code.nlocals();
    for i in 0..code.cellvars.len() + code.freevars.len() {
        let name = code.deref_name(i).to_string();
        let v = match f.localsplus.get(base + i) {
            Some(Value::Obj(c)) => match &**c {
                PyObject::Cell(c) => c.borrow().clone(),
                _ => Value::Null,
            },
            _ => Value::Null,
        };
        put(vm, &mut d, &name, &v);
    }
    Rc::new(PyObject::Dict(Box::new(std::cell::RefCell::new(d))))
}

/// `gen.gi_frame`: a snapshot of a suspended generator's frame (None once it has finished; the
/// frame of a running generator is on the stack, and its snapshot has no caller here).
pub fn generator_frame(vm: &mut Vm, g: &std::cell::RefCell<crate::objects::GenState>) -> Value {
    let st = g.borrow();
    let Some(f) = st.frame.as_deref() else {
        return Value::None;
    };
    let fo = FrameObj {
        code: f.code.clone(),
        globals: f.globals.clone(),
        locals: locals_snapshot(vm, f),
        lineno: f.lineno(),
        lasti: f.lasti() as u32,
        back: None,
        serial: f.serial,
        index: usize::MAX,
    };
    Value::obj(PyObject::Frame(Box::new(fo)))
}

/// The frame object for `vm.frames[idx]` and its callers.
pub fn frame_object(vm: &mut Vm, idx: usize) -> Value {
    let mut back: Option<ObjRef> = None;
    for i in 0..=idx {
        let f: *const Frame = &*vm.frames[i];
        // SAFETY: frames are boxed and not popped while this function runs; `locals_snapshot` only
        // reads the frame and allocates new objects.
        let f = unsafe { &*f };
        let locals = locals_snapshot(vm, f);
        let fo = FrameObj {
            code: f.code.clone(),
            globals: f.globals.clone(),
            locals,
            lineno: f.lineno(),
            lasti: f.lasti() as u32,
            back: back.take(),
            serial: f.serial,
            index: i,
        };
        back = Some(Rc::new(PyObject::Frame(Box::new(fo))));
    }
    Value::Obj(back.unwrap())
}

pub fn getframe(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let depth = match a.pos().first() {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(frame_object(vm, (n - 1 - depth) as usize))
}

pub fn currentframe(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    if vm.frames.is_empty() {
        return Ok(Value::None);
    }
    let n = vm.frames.len();
    Ok(frame_object(vm, n - 1))
}

pub fn current_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(Value::None);
    };
    let f: *const Frame = &**f;
    // SAFETY: as in `frame_object`.
    Ok(Value::Obj(locals_snapshot(vm, unsafe { &*f })))
}
