//! Generators: a generator object owns its suspended frame. Resuming pushes that frame on
//! `Vm::frames` as an entry frame and runs the eval loop until `YIELD_VALUE` (the loop returns
//! with `Vm::yielded` set and the frame still on the stack, which is taken back here) or the
//! frame returns or raises (the generator is then finished).
//!
//! `throw()` unwinds the exception from the suspended `yield` (delegating to the sub-iterator of a
//! `yield from` first); `close()` throws `GeneratorExit`. Not yet: running `finally` blocks when a
//! suspended generator is dropped without being closed (its frame is simply released).

use super::{Frame, PyErr, PyResult, Vm};
use crate::bytecode::Op;
use crate::objects::{GenState, ObjRef, PyObject};
use crate::value::Value;
use std::cell::RefCell;

pub enum Resumed {
    Yielded(Value),
    Returned(Value),
}

/// How a generator is resumed.
enum Resume {
    /// `next()` / `send(v)`: the value of the suspended `yield`.
    Send(Value),
    /// `throw(e)`: raise at the suspended `yield`.
    Throw(PyErr),
    /// The sub-iterator of its `yield from` returned this value (after a delegated `throw`);
    /// continue at the given `SEND` exit target.
    FromReturned(Value, usize),
}

impl Vm {
    /// `RETURN_GENERATOR`: wrap the (already bound) frame in a generator object.
    pub(crate) fn make_generator(&mut self, frame: Box<Frame>) -> Value {
        let (name, qualname) = (frame.code.name.clone(), frame.code.qualname.clone());
        let code = frame.code.clone();
        Value::obj(PyObject::Generator(Box::new(RefCell::new(GenState {
            code,
            frame: Some(frame),
            running: false,
            exc_info: Value::None,
            name,
            qualname,
        }))))
    }

    /// Resume a generator, sending `sent` as the value of the suspended `yield`.
    pub fn gen_resume(&mut self, genobj: &ObjRef, sent: Value) -> PyResult<Resumed> {
        self.gen_run(genobj, Resume::Send(sent))
    }

    /// Resume a generator by raising `err` at its suspended `yield`.
    pub fn gen_throw(&mut self, genobj: &ObjRef, err: PyErr) -> PyResult<Resumed> {
        // a generator suspended in `yield from` passes the exception to its sub-iterator first
        if let Some((recv, exit)) = self.yield_from_target(genobj) {
            let is_exit = self.exc_matches(&err, &self.types.exc.generator_exit.clone());
            let r = match recv.as_obj() {
                Some(PyObject::Generator(_)) if is_exit => {
                    let o = recv.as_objref().unwrap().clone();
                    self.gen_close(&o).map(|_| None)
                }
                Some(PyObject::Generator(_)) => {
                    let o = recv.as_objref().unwrap().clone();
                    self.gen_throw(&o, err.clone()).map(Some)
                }
                _ => match self.getattr_opt(&recv, if is_exit { "close" } else { "throw" })? {
                    Some(m) if is_exit => self.call(&m, &[]).map(|_| None),
                    Some(m) => match self.call(&m, &[Value::Obj(err.0.clone())]) {
                        Ok(v) => Ok(Some(Resumed::Yielded(v))),
                        Err(e) if self.exc_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                            let v = self.getattr(&Value::Obj(e.0.clone()), "value")?;
                            Ok(Some(Resumed::Returned(v)))
                        }
                        Err(e) => Err(e),
                    },
                    None => Ok(None),
                },
            };
            match r {
                // the sub-iterator yielded: so does this generator
                Ok(Some(Resumed::Yielded(v))) => return Ok(Resumed::Yielded(v)),
                // it returned: `yield from` evaluates to its value
                Ok(Some(Resumed::Returned(v))) => {
                    return self.gen_run(genobj, Resume::FromReturned(v, exit));
                }
                // closed, or no throw(): raise in this generator
                Ok(None) => {}
                // it raised: continue with that exception here
                Err(e) => return self.gen_run(genobj, Resume::Throw(e)),
            }
        }
        self.gen_run(genobj, Resume::Throw(err))
    }

    /// The sub-iterator and the `SEND` exit target of a generator suspended in `yield from`.
    pub(crate) fn yield_from_target(&self, genobj: &ObjRef) -> Option<(Value, usize)> {
        let PyObject::Generator(g) = &**genobj else {
            return None;
        };
        let st = g.borrow();
        let f = st.frame.as_ref()?;
        let code = &f.code.code;
        // suspended right after `SEND; YIELD_VALUE`
        if f.pc < 2
            || code[f.pc - 1].op != Op::YIELD_VALUE as u8
            || code[f.pc - 2].op != Op::SEND as u8
        {
            return None;
        }
        let exit = f.pc - 1 + code[f.pc - 2].arg as usize;
        Some((f.localsplus.last()?.clone(), exit))
    }

    fn gen_run(&mut self, genobj: &ObjRef, how: Resume) -> PyResult<Resumed> {
        let PyObject::Generator(g) = &**genobj else {
            unreachable!("gen_run on a non-generator")
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
                None => {
                    return match how {
                        Resume::Throw(e) => Err(e),
                        _ => Ok(Resumed::Returned(Value::None)),
                    };
                }
            }
        };
        // the generator runs with its own handled-exception state; the caller's comes back after
        let caller_exc = std::mem::replace(&mut self.exc_info, gen_exc);
        let mut frame = frame;
        let stack_height = self.frames.len();
        self.yielded = false;
        let r = match how {
            Resume::Send(sent) => {
                // the value of the suspended `yield` (popped by the POP_TOP after RETURN_GENERATOR
                // on the first resume); YIELD_VALUE's stack effect is 0, so this stays within
                // max_stack
                frame.localsplus.push(sent);
                self.run_frame(frame)
            }
            Resume::FromReturned(v, exit) => {
                // `yield from` finished: replace the sub-iterator by its result, go to the exit
                frame.localsplus.pop();
                frame.localsplus.push(v);
                frame.pc = exit;
                self.run_frame(frame)
            }
            Resume::Throw(err) => match self.enter() {
                Err(e) => Err(e),
                Ok(()) => {
                    frame.entry = true;
                    self.push_frame(frame);
                    let r = match self.unwind(err, true) {
                        Ok(()) => self.eval(),
                        Err(e) => Err(e),
                    };
                    self.leave();
                    r
                }
            },
        };
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

    /// `gen.close()`: raise GeneratorExit at the suspended `yield`; the generator must not
    /// yield again.
    pub fn gen_close(&mut self, genobj: &ObjRef) -> PyResult<()> {
        let PyObject::Generator(g) = &**genobj else {
            return Ok(());
        };
        if g.borrow().frame.is_none() {
            return Ok(());
        }
        if just_started(genobj) {
            g.borrow_mut().frame = None;
            return Ok(());
        }
        let exit = self.new_exception(&self.types.exc.generator_exit.clone(), vec![]);
        match self.gen_throw(genobj, exit) {
            Ok(Resumed::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(Resumed::Returned(_)) => Ok(()),
            Err(e)
                if self.exc_matches(&e, &self.types.exc.generator_exit.clone())
                    || self.exc_matches(&e, &self.types.exc.stop_iteration.clone()) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `SEND`: advance the sub-iterator of a `yield from` with `v`.
    pub(crate) fn send_to(&mut self, recv: &Value, v: Value) -> PyResult<Resumed> {
        if let Some(PyObject::Generator(_)) = recv.as_obj() {
            let o = recv.as_objref().unwrap().clone();
            return self.gen_resume(&o, v);
        }
        if v.is_none() {
            return Ok(match self.next(recv)? {
                Some(x) => Resumed::Yielded(x),
                None => Resumed::Returned(Value::None),
            });
        }
        let m = self.getattr(recv, "send")?;
        match self.call(&m, &[v]) {
            Ok(x) => Ok(Resumed::Yielded(x)),
            Err(e) if self.exc_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                let r = self.getattr(&Value::Obj(e.0.clone()), "value")?;
                Ok(Resumed::Returned(r))
            }
            Err(e) => Err(e),
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
            Err(PyErr(o))
        }
    }
}

fn close(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    vm.gen_close(&this(&a))?;
    Ok(Value::None)
}

/// `gen.throw(exc)` / `gen.throw(type[, value])`.
fn throw(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let g = this(&a);
    let p = a.pos();
    if p.len() < 2 || p.len() > 4 {
        return Err(vm.type_error(format!(
            "throw expected at least 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let typ = &p[1];
    let err = match typ.as_obj() {
        Some(PyObject::Exception(_)) => PyErr(typ.as_objref().unwrap().clone()),
        Some(PyObject::Type(t)) if t.is_exception => {
            let args: Vec<Value> = match p.get(2) {
                None => vec![],
                Some(v) if v.is_none() => vec![],
                Some(v) => match v.as_obj() {
                    Some(PyObject::Tuple(t)) => t.to_vec(),
                    _ => vec![v.clone()],
                },
            };
            match vm.call(typ, &args)? {
                Value::Obj(o) => PyErr(o),
                _ => unreachable!(),
            }
        }
        _ => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            )));
        }
    };
    match vm.gen_throw(&g, err)? {
        Resumed::Yielded(x) => Ok(x),
        Resumed::Returned(r) => {
            let t = Value::Obj(vm.types.exc.stop_iteration.clone());
            let args: Vec<Value> = if r.is_none() { vec![] } else { vec![r] };
            let e = vm.call(&t, &args)?;
            let Value::Obj(o) = e else { unreachable!() };
            Err(PyErr(o))
        }
    }
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    crate::builtins::reg(vm, &t, "send", send);
    crate::builtins::reg(vm, &t, "close", close);
    crate::builtins::reg(vm, &t, "throw", throw);
}
