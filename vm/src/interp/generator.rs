//! Generators: a generator object owns its suspended frame. Resuming pushes that frame on
//! `Vm::frames` as an entry frame and runs the eval loop until `YIELD_VALUE` (the loop returns
//! with `Vm::yielded` set and the frame still on the stack, which is taken back here) or the
//! frame returns or raises (the generator is then finished).
//!
//! Not yet: `yield from`, `throw()`, and running `finally` blocks when a suspended generator is
//! closed or dropped (its frame is simply released).

use super::{Frame, PyResult, Vm};
use crate::objects::{GenState, ObjRef, PyObject};
use crate::value::Value;
use std::cell::RefCell;

pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// `RETURN_GENERATOR`: wrap the (already bound) frame in a generator object.
    pub(crate) fn make_generator(&mut self, frame: Box<Frame>) -> Value {
        let (name, qualname) = (frame.code.name.clone(), frame.code.qualname.clone());
        Value::obj(PyObject::Generator(Box::new(RefCell::new(GenState {
            frame: Some(frame),
            running: false,
            exc_info: Value::None,
            name,
            qualname,
        }))))
    }

    /// Resume a generator, sending `sent` as the value of the suspended `yield`.
    pub fn gen_resume(&mut self, genobj: &ObjRef, sent: Value) -> PyResult<Resumed> {
        let PyObject::Generator(g) = &**genobj else {
            unreachable!("gen_resume on a non-generator")
        };
        let (frame, gen_exc) = {
            let mut st = g.borrow_mut();
            if st.running {
                drop(st);
                return Err(self.value_error("generator already executing"));
            }
            match st.frame.take() {
                Some(f) => {
                    st.running = true;
                    (f, std::mem::take(&mut st.exc_info))
                }
                None => return Ok(Resumed::Returned(Value::None)),
            }
        };
        // the generator runs with its own handled-exception state; the caller's comes back after
        let caller_exc = std::mem::replace(&mut self.exc_info, gen_exc);
        let mut frame = frame;
        // the value of the suspended `yield` (popped by the POP_TOP after RETURN_GENERATOR on the
        // first resume); YIELD_VALUE's stack effect is 0, so this stays within max_stack
        frame.localsplus.push(sent);
        let stack_height = self.frames.len();
        self.yielded = false;
        let r = self.run_frame(frame);
        let yielded = std::mem::take(&mut self.yielded);
        let gen_exc = std::mem::replace(&mut self.exc_info, caller_exc);
        let mut st = g.borrow_mut();
        st.running = false;
        if yielded {
            st.exc_info = gen_exc;
        }
        match r {
            Ok(v) if yielded => {
                debug_assert_eq!(self.frames.len(), stack_height + 1);
                let mut fr = self.frames.pop().expect("suspended generator frame");
                fr.entry = false;
                st.frame = Some(fr);
                Ok(Resumed::Yielded(v))
            }
            Ok(v) => Ok(Resumed::Returned(v)),
            Err(e) => {
                drop(st);
                // PEP 479: a StopIteration escaping a generator becomes RuntimeError
                if self.exc_matches(&e, &self.types.exc.stop_iteration.clone()) {
                    let err = self.runtime_error("generator raised StopIteration");
                    if let PyObject::Exception(x) = &*err.0 {
                        *x.cause.borrow_mut() = Value::Obj(e.0.clone());
                        *x.context.borrow_mut() = Value::Obj(e.0.clone());
                        x.suppress_context.set(true);
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// `next(gen)`: Some(value) or None when the generator finishes.
    pub fn gen_next(&mut self, genobj: &ObjRef) -> PyResult<Option<Value>> {
        match self.gen_resume(genobj, Value::None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }
}

fn this(a: &crate::objects::function::Args) -> ObjRef {
    match &a.args[0] {
        Value::Obj(o) => o.clone(),
        _ => unreachable!("generator method on a non-generator"),
    }
}

fn just_started(g: &ObjRef) -> bool {
    match &**g {
        PyObject::Generator(st) => st.borrow().frame.as_ref().is_some_and(|f| {
            // suspended at the POP_TOP right after RETURN_GENERATOR
            f.pc > 0 && f.code.code[f.pc - 1].op == crate::bytecode::Op::RETURN_GENERATOR as u8
        }),
        _ => false,
    }
}

fn send(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let g = this(&a);
    let v = match a.pos() {
        [_, v] => v.clone(),
        p => {
            return Err(vm.type_error(format!(
                "generator.send() takes exactly one argument ({} given)",
                p.len() - 1
            )));
        }
    };
    if !v.is_none() && just_started(&g) {
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    match vm.gen_resume(&g, v)? {
        Resumed::Yielded(x) => Ok(x),
        Resumed::Returned(r) => {
            let t = Value::Obj(vm.types.exc.stop_iteration.clone());
            let args: Vec<Value> = if r.is_none() { vec![] } else { vec![r] };
            let e = vm.call(&t, &args)?;
            let Value::Obj(o) = e else { unreachable!() };
            Err(super::PyErr(o))
        }
    }
}

fn close(_vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    if let PyObject::Generator(st) = &*this(&a) {
        let old = st.borrow_mut().frame.take();
        drop(old);
    }
    Ok(Value::None)
}

fn throw(vm: &mut Vm, _a: crate::objects::function::Args) -> PyResult<Value> {
    Err(vm.not_implemented("generator.throw() is not supported yet by pyjit"))
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    crate::builtins::reg(vm, &t, "send", send);
    crate::builtins::reg(vm, &t, "close", close);
    crate::builtins::reg(vm, &t, "throw", throw);
}
