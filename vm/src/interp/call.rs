//! The call protocol: binding arguments to a new frame (CPython's rules and error messages), and
//! `Vm::call`, which calls any callable from Rust code.

use super::{Frame, PyResult, Vm};
use crate::bytecode::code::flags;
use crate::objects::function::Args;
use crate::objects::types::{as_type, str_eq};
use crate::objects::{Dict, Function, ObjRef, PyObject};
use crate::value::Value;
use std::rc::Rc;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

impl Vm {
    /// Create the frame for calling Python function `func` with `args` (positional first, then the
    /// values of the keywords named in `kwnames`).
    /// A frame for `fobj` with an empty `localsplus` of the right capacity, from the pool when
    /// possible (so calls do not allocate).
    #[inline(always)]
    pub(crate) fn new_frame(&mut self, fobj: &ObjRef, func: &Function) -> Box<Frame> {
        let code = &func.code;
        let serial = self.next_serial();
        match self.frame_pool.pop() {
            Some(mut fr) => {
                let need = code.nlocalsplus() + code.max_stack as usize;
                if fr.localsplus.capacity() < need {
                    fr.localsplus.reserve(need);
                }
                // A pooled frame keeps its last code/globals/function: recursion and repeated
                // calls of the same function skip the reference-count traffic.
                if !Rc::ptr_eq(&fr.code, code) {
                    fr.code = code.clone();
                }
                if !Rc::ptr_eq(&fr.globals, &func.globals) {
                    fr.globals = func.globals.clone();
                }
                if !fr.func.as_ref().is_some_and(|f| Rc::ptr_eq(f, fobj)) {
                    fr.func = Some(fobj.clone());
                }
                fr.pc = 0;
                // `recycle` left these empty
                debug_assert!(fr.locals.is_none() && fr.kwnames.is_none() && fr.init.is_none());
                fr.entry = false;
                fr.serial = serial;
                fr
            }
            None => Box::new(Frame {
                code: code.clone(),
                pc: 0,
                localsplus: Vec::with_capacity(code.nlocalsplus() + code.max_stack as usize),
                globals: func.globals.clone(),
                locals: None,
                func: Some(fobj.clone()),
                kwnames: None,
                entry: false,
                init: None,
                serial,
            }),
        }
    }

    /// Whether a `CALL` of `func` with `n` positional arguments and no keywords binds them one to
    /// one (no defaults, `*args`, `**kwargs` or keyword-only parameters): `frame_exact_args` applies.
    #[inline(always)]
    pub(crate) fn exact_args(func: &Function, n: usize) -> bool {
        let code = &func.code;
        n == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
    }

    /// The frame for a call that `exact_args` accepted: the `n` arguments at the end of `stack`
    /// (from `start`) are moved into the first `n` slots, the other locals start unbound, and
    /// `stack` is cut to `start`. Execution starts after the leading `RESUME` (a no-op).
    #[inline(always)]
    pub(crate) fn frame_exact_args(
        &mut self,
        fobj: ObjRef,
        stack: &mut Vec<Value>,
        start: usize,
    ) -> Box<Frame> {
        let PyObject::Function(func) = &*fobj else {
            unreachable!("frame_exact_args on a non-function")
        };
        let mut fr = self.new_frame(&fobj, func);
        let code = &func.code;
        let n = stack.len() - start;
        let nl = code.nlocalsplus();
        debug_assert!(fr.localsplus.is_empty() && fr.localsplus.capacity() >= nl && n <= nl);
        // SAFETY: `new_frame` returns an empty `localsplus` with capacity for at least
        // `nlocalsplus` values and `n == argcount <= nlocalsplus` (checked by `exact_args`). The
        // `n` values are moved (bitwise) out of `stack`, whose length is cut to `start` so each is
        // owned exactly once; the remaining `nl - n` slots are initialised to `Null` before the
        // length is set.
        unsafe {
            let src = stack.as_ptr().add(start);
            let dst = fr.localsplus.as_mut_ptr();
            for i in 0..n {
                std::ptr::write(dst.add(i), std::ptr::read(src.add(i)));
            }
            for i in n..nl {
                std::ptr::write(dst.add(i), Value::Null);
            }
            stack.set_len(start);
            fr.localsplus.set_len(nl);
        }
        if let Some(u) = code.code.first()
            && u.op == crate::bytecode::opcodes::Op::RESUME as u8
        {
            fr.pc = 1;
        }
        fr
    }

    /// Bind arguments that sit at the end of `stack` (from `start`), moving them into the new frame;
    /// `stack` is truncated to `start`. Used by `CALL` so arguments are not copied.
    pub fn bind_args_from_stack(
        &mut self,
        fobj: &ObjRef,
        stack: &mut Vec<Value>,
        start: usize,
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let PyObject::Function(func) = &**fobj else {
            unreachable!("bind_args on a non-function")
        };
        let code = &func.code;
        let n = stack.len() - start;
        if kwnames.is_empty()
            && n == code.argcount as usize
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        {
            let mut fr = self.new_frame(fobj, func);
            debug_assert!(
                fr.localsplus.is_empty() && fr.localsplus.capacity() >= code.nlocalsplus()
            );
            // SAFETY: moves the `n` argument values from the end of `stack` into the empty
            // `localsplus` (whose capacity is at least nlocalsplus >= argcount == n): the source
            // length is cut to `start` first, so each value is owned exactly once afterwards.
            unsafe {
                stack.set_len(start);
                std::ptr::copy_nonoverlapping(
                    stack.as_ptr().add(start),
                    fr.localsplus.as_mut_ptr(),
                    n,
                );
                fr.localsplus.set_len(n);
            }
            if code.nlocalsplus() > n {
                fr.localsplus.resize(code.nlocalsplus(), Value::Null);
            }
            if code.kwonlyargcount > 0 {
                self.fill_kwonly_defaults(func, &mut fr.localsplus)?;
            }
            return Ok(fr);
        }
        if !kwnames.is_empty()
            && let Some(fr) = self.bind_keywords_fast(fobj, func, stack, start, kwnames)?
        {
            return Ok(fr);
        }
        let args: Vec<Value> = stack.drain(start..).collect();
        self.bind_args(fobj, &args, kwnames)
    }

    /// Keyword calls of functions without `*args`/`**kwargs` whose keywords all name distinct,
    /// unfilled parameters and whose missing positional parameters all have defaults: bind by moving
    /// values into their slots. Anything else (including every error) is left to `bind_slow`, which
    /// reports CPython's messages; nothing is moved unless the fast path succeeds.
    fn bind_keywords_fast(
        &mut self,
        fobj: &ObjRef,
        func: &Function,
        stack: &mut Vec<Value>,
        start: usize,
        kwnames: &[Value],
    ) -> PyResult<Option<Box<Frame>>> {
        let code = &func.code;
        let n = stack.len() - start;
        let nkw = kwnames.len();
        let npos = n - nkw;
        let argcount = code.argcount as usize;
        let nparams = argcount + code.kwonlyargcount as usize;
        if nkw > 16 || npos > argcount || code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0 {
            return Ok(None);
        }
        let mut slots = [0usize; 16];
        for (i, k) in kwnames.iter().enumerate() {
            let Some(name) = k.str_ref() else {
                return Ok(None);
            };
            let Some(j) = code.varnames[code.posonlyargcount as usize..nparams]
                .iter()
                .position(|v| v == name.as_str())
            else {
                return Ok(None);
            };
            let j = j + code.posonlyargcount as usize;
            if j < npos || slots[..i].contains(&j) {
                return Ok(None);
            }
            slots[i] = j;
        }
        let defaults_v = func.defaults.borrow().clone();
        let defaults: &[Value] = match defaults_v.as_obj() {
            Some(PyObject::Tuple(t)) => t,
            _ => &[],
        };
        let first_default = argcount - defaults.len();
        for j in npos..argcount {
            if !slots[..nkw].contains(&j) && j < first_default {
                return Ok(None);
            }
        }
        let mut fr = self.new_frame(fobj, func);
        fr.localsplus.resize(code.nlocalsplus(), Value::Null);
        let mut moved = stack.drain(start..);
        for j in 0..npos {
            fr.localsplus[j] = moved.next().unwrap();
        }
        for &slot in &slots[..nkw] {
            fr.localsplus[slot] = moved.next().unwrap();
        }
        drop(moved);
        for j in npos..argcount {
            if matches!(fr.localsplus[j], Value::Null) {
                fr.localsplus[j] = defaults[j - first_default].clone();
            }
        }
        if code.kwonlyargcount > 0 {
            self.fill_kwonly_defaults(func, &mut fr.localsplus)?;
        }
        Ok(Some(fr))
    }

    pub fn bind_args(
        &mut self,
        fobj: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let PyObject::Function(func) = &**fobj else {
            unreachable!("bind_args on a non-function")
        };
        let code = &func.code;
        let nlp = code.nlocalsplus();
        let mut fr = self.new_frame(fobj, func);
        fr.localsplus.resize(nlp, Value::Null);
        let npos_given = args.len() - kwnames.len();
        let argcount = code.argcount as usize;
        let fast = kwnames.is_empty()
            && npos_given == argcount
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        let r = if fast {
            fr.localsplus[..argcount].clone_from_slice(args);
            if code.kwonlyargcount > 0 {
                self.fill_kwonly_defaults(func, &mut fr.localsplus)
            } else {
                Ok(())
            }
        } else {
            self.bind_slow(func, args, kwnames, &mut fr.localsplus)
        };
        match r {
            Ok(()) => Ok(fr),
            Err(e) => {
                self.recycle(fr);
                Err(e)
            }
        }
    }

    fn fill_kwonly_defaults(&mut self, func: &Function, buf: &mut [Value]) -> PyResult<()> {
        let code = &func.code;
        let argcount = code.argcount as usize;
        let mut missing: Vec<&str> = Vec::new();
        for i in argcount..argcount + code.kwonlyargcount as usize {
            if !matches!(buf[i], Value::Null) {
                continue;
            }
            let name = &code.varnames[i];
            let d = func.kwdefaults.borrow().clone();
            let found = match &d {
                Value::Obj(o) => match &**o {
                    PyObject::Dict(dd) => crate::objects::types::dict_get_str(&dd.borrow(), name),
                    _ => None,
                },
                _ => None,
            };
            match found {
                Some(v) => buf[i] = v,
                None => missing.push(name),
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} {}: {}",
                code.qualname,
                missing.len(),
                if missing.len() == 1 {
                    "required keyword-only argument"
                } else {
                    "required keyword-only arguments"
                },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    fn bind_slow(
        &mut self,
        func: &Function,
        args: &[Value],
        kwnames: &[Value],
        buf: &mut [Value],
    ) -> PyResult<()> {
        let code = func.code.clone();
        let qn = &code.qualname;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos = args.len() - kwnames.len();
        let has_varargs = code.has_flag(flags::VARARGS);
        let has_varkw = code.has_flag(flags::VARKEYWORDS);
        let mut slot = argcount + kwonly;
        let varargs_slot = if has_varargs {
            slot += 1;
            Some(slot - 1)
        } else {
            None
        };
        let varkw_slot = if has_varkw { Some(slot) } else { None };
        let mut kwdict = Dict::new();
        // positional
        let ncopy = npos.min(argcount);
        buf[..ncopy].clone_from_slice(&args[..ncopy]);
        if let Some(s) = varargs_slot {
            buf[s] = self.new_tuple(args[ncopy..npos].to_vec());
        }
        // keywords
        let mut posonly_as_kw: Vec<&str> = Vec::new();
        for (i, k) in kwnames.iter().enumerate() {
            let v = &args[npos + i];
            let name = k.str_ref().map(|s| s.as_str()).unwrap_or("");
            let idx = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| n == name);
            match idx {
                Some(j) if j >= code.posonlyargcount as usize => {
                    if !matches!(buf[j], Value::Null) {
                        return Err(self.type_error(format!(
                            "{qn}() got multiple values for argument '{name}'"
                        )));
                    }
                    buf[j] = v.clone();
                }
                other => {
                    if has_varkw {
                        let h = self.hash(k)?;
                        kwdict
                            .insert(h, k.clone(), v.clone(), |a, b| Ok::<bool, ()>(str_eq(a, b)))
                            .ok();
                    } else if other.is_some() {
                        posonly_as_kw.push(&code.varnames[other.unwrap()]);
                    } else {
                        return Err(self.type_error(format!(
                            "{qn}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(s) = varkw_slot {
            buf[s] = self.new_dict(kwdict);
        }
        // too many positional
        if npos > argcount && !has_varargs {
            let defaults = match &*func.defaults.borrow() {
                Value::Obj(o) => match &**o {
                    PyObject::Tuple(t) => t.len(),
                    _ => 0,
                },
                _ => 0,
            };
            let kw_given = (argcount..argcount + kwonly)
                .filter(|&j| !matches!(buf[j], Value::Null))
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                plural(argcount, "positional argument")
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{npos} {}", if npos == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!("{qn}() takes {takes} but {given} given")));
        }
        // positional defaults
        let defaults_v = func.defaults.borrow().clone();
        let defaults: &[Value] = match defaults_v.as_obj() {
            Some(PyObject::Tuple(t)) => t,
            _ => &[],
        };
        let first_default = argcount - defaults.len();
        let mut missing: Vec<&str> = Vec::new();
        for j in 0..argcount {
            if matches!(buf[j], Value::Null) {
                if j >= first_default {
                    buf[j] = defaults[j - first_default].clone();
                } else {
                    missing.push(&code.varnames[j]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qn}() missing {} {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "required positional argument"
                } else {
                    "required positional arguments"
                },
                name_list(&missing)
            )));
        }
        if kwonly > 0 {
            self.fill_kwonly_defaults(func, buf)?;
        }
        Ok(())
    }

    /// Run a frame to completion in a nested eval loop (a Rust-level re-entry).
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        self.enter()?;
        frame.entry = true;
        self.push_frame(frame);
        let r = self.eval();
        self.leave();
        r
    }

    /// Call any callable from Rust. `args` holds positional arguments, then the values of the
    /// keywords named in `kwnames`.
    pub fn call_kw(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.not_callable(callable));
        };
        match &**o {
            PyObject::Function(_) => {
                let frame = self.bind_args(o, args, kwnames)?;
                self.run_frame(frame)
            }
            PyObject::Builtin(b) => {
                if b.self_.is_none()
                    && let Some(t) = &b.owner_type
                {
                    self.check_descriptor_self(b, t, args, kwnames)?;
                    if let Some(v) = Self::unwrap_self(args) {
                        self.enter()?;
                        let r = (b.func)(self, Args { args: &v, kwnames });
                        self.leave();
                        return r;
                    }
                }
                self.enter()?;
                let r = match &b.self_ {
                    None => (b.func)(self, Args { args, kwnames }),
                    Some(s) => {
                        let mut v = Vec::with_capacity(args.len() + 1);
                        v.push(s.clone());
                        v.extend_from_slice(args);
                        (b.func)(self, Args { args: &v, kwnames })
                    }
                };
                self.leave();
                r
            }
            PyObject::Method { func, self_ } => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(self_.clone());
                v.extend_from_slice(args);
                let func = func.clone();
                self.call_kw(&func, &v, kwnames)
            }
            PyObject::Type(t) if t.heap.is_some() => self.call_class(o, args, kwnames),
            PyObject::Instance(_) => match self.py_special(callable, "__call__") {
                Some(m) => {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(callable.clone());
                    v.extend_from_slice(args);
                    self.call_kw(&m, &v, kwnames)
                }
                None => Err(self.not_callable(callable)),
            },
            PyObject::StaticMethod(f) => {
                let f = f.clone();
                self.call_kw(&f, args, kwnames)
            }
            PyObject::Type(t) => {
                let Some(new) = t.new.get() else {
                    if t.is_exception {
                        return self.make_exception_instance(o, args, kwnames);
                    }
                    return Err(self.type_error(format!("cannot create '{}' instances", t.name)));
                };
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(callable.clone());
                v.extend_from_slice(args);
                new(self, Args { args: &v, kwnames })
            }
            _ => Err(self.not_callable(callable)),
        }
    }

    /// The arguments of an unbound builtin method with `self` replaced by its builtin value, when
    /// `self` is an instance of a subclass of a builtin type (`list.append(my_list, x)`).
    pub(crate) fn unwrap_self(args: &[Value]) -> Option<Vec<Value>> {
        let b = Self::inst_base(args.first()?)?;
        let mut v = args.to_vec();
        v[0] = b.clone();
        Some(v)
    }

    /// An unbound method descriptor (`str.upper(x)`) needs an instance of its type first.
    pub(crate) fn check_descriptor_self(
        &self,
        b: &crate::objects::BuiltinFunction,
        t: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let tname = &as_type(t).name;
        if args.len() <= kwnames.len() {
            return Err(self.type_error(format!(
                "unbound method {}.{}() needs an argument",
                tname, b.name
            )));
        }
        if !crate::objects::types::is_subtype(self.type_of_ref(&args[0]), t) {
            return Err(self.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                tname,
                self.type_name(&args[0])
            )));
        }
        Ok(())
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `__main__.f()`,
    /// `len()`, `list.append()`.
    pub fn function_str(&self, callable: &Value) -> String {
        match callable.as_obj() {
            Some(PyObject::Function(f)) => {
                let q = f.qualname.borrow().clone();
                match f.module.str_ref() {
                    Some(m) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), q),
                    _ => format!("{q}()"),
                }
            }
            Some(PyObject::Builtin(b)) => match &b.self_ {
                Some(s) => format!("{}.{}()", self.type_name(s), b.name),
                None if b.owner != "builtins" && !b.owner.contains(':') && b.owner != "io" => {
                    format!("{}.{}()", b.owner, b.name)
                }
                None => format!("{}()", b.name),
            },
            Some(PyObject::Method { func, .. }) => self.function_str(func),
            Some(PyObject::Type(t)) => format!("{}()", t.name),
            _ => format!("{} object", self.type_name(callable)),
        }
    }

    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, &[])
    }

    pub fn not_callable(&self, v: &Value) -> super::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    fn make_exception_instance(
        &mut self,
        t: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        if !kwnames.is_empty() {
            return Err(
                self.type_error(format!("{}() takes no keyword arguments", as_type(t).name))
            );
        }
        if crate::objects::types::is_subtype(t, &self.types.exc.os_error) {
            return Ok(Value::Obj(self.make_os_error(t, args).0));
        }
        let e = self.new_exception(t, args.to_vec());
        if crate::objects::types::is_subtype(t, &self.types.exc.system_exit) {
            let code = match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => self.new_tuple(args.to_vec()),
            };
            self.set_exc_attr(&e, "code", code);
        }
        if crate::objects::types::is_subtype(t, &self.types.exc.stop_iteration) {
            let v = args.first().cloned().unwrap_or(Value::None);
            self.set_exc_attr(&e, "value", v);
        }
        Ok(Value::Obj(e.0))
    }

    /// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, with CPython's mapping of a
    /// plain `OSError` to the subclass for its errno (`OSError(2, ...)` is a FileNotFoundError) and its
    /// rule that `args` keeps only `(errno, strerror)` when a filename is given.
    pub fn make_os_error(&mut self, t: &ObjRef, args: &[Value]) -> super::PyErr {
        let mut typ = t.clone();
        let n = args.len();
        if (2..=5).contains(&n)
            && Rc::ptr_eq(t, &self.types.exc.os_error)
            && let Value::Int(errno) = args[0]
        {
            let x = &self.types.exc;
            let sub = match errno {
                1 | 13 => Some(&x.permission_error),
                2 => Some(&x.file_not_found_error),
                3 => Some(&x.process_lookup_error),
                4 => Some(&x.interrupted_error),
                10 => Some(&x.child_process_error),
                11 | 114 | 115 => Some(&x.blocking_io_error),
                17 => Some(&x.file_exists_error),
                20 => Some(&x.not_a_directory_error),
                21 => Some(&x.is_a_directory_error),
                32 | 108 => Some(&x.broken_pipe_error),
                103 => Some(&x.connection_aborted_error),
                104 => Some(&x.connection_reset_error),
                110 => Some(&x.timeout_error),
                111 => Some(&x.connection_refused_error),
                _ => None,
            };
            if let Some(s) = sub {
                typ = s.clone();
            }
        }
        let kept = if (3..=5).contains(&n) {
            args[..2].to_vec()
        } else {
            args.to_vec()
        };
        let e = self.new_exception(&typ, kept);
        let (errno, strerror) = if (2..=5).contains(&n) {
            (args[0].clone(), args[1].clone())
        } else {
            (Value::None, Value::None)
        };
        self.set_exc_attr(&e, "errno", errno);
        self.set_exc_attr(&e, "strerror", strerror);
        self.set_exc_attr(
            &e,
            "filename",
            if n >= 3 { args[2].clone() } else { Value::None },
        );
        self.set_exc_attr(
            &e,
            "filename2",
            if n >= 5 { args[4].clone() } else { Value::None },
        );
        e
    }

    /// Recycle a finished frame (its box and `localsplus` buffer) for the next call.
    /// The frame keeps its code, globals and function (see `new_frame`).
    #[inline(always)]
    pub(crate) fn recycle(&mut self, mut frame: Box<Frame>) {
        // Values without references (ints, floats, ...) need no drop: only objects are released.
        while let Some(v) = frame.localsplus.pop() {
            if let Value::Obj(o) = v {
                drop(o);
            }
        }
        if self.frame_pool.len() < 256 && frame.localsplus.capacity() <= 1024 {
            frame.locals = None;
            frame.init = None;
            frame.kwnames = None;
            super::push_inline(&mut self.frame_pool, frame);
        }
    }

    /// Make a Python function object (`MAKE_FUNCTION`).
    pub fn make_function(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        globals: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        closure: Option<Box<[ObjRef]>>,
    ) -> Value {
        let module = match &*globals {
            PyObject::Dict(d) => crate::objects::types::dict_get_str(&d.borrow(), "__name__"),
            _ => None,
        }
        .unwrap_or(Value::None);
        let doc = code
            .consts
            .first()
            .cloned()
            .filter(|c| c.str_ref().is_some())
            .unwrap_or(Value::None);
        let doc = if code.name == "<lambda>" || code.name.starts_with('<') {
            Value::None
        } else {
            doc
        };
        Value::obj(PyObject::Function(Box::new(Function {
            name: std::cell::RefCell::new(code.name.clone()),
            qualname: std::cell::RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            module,
            doc: std::cell::RefCell::new(doc),
            dict: std::cell::RefCell::new(None),
        })))
    }
}
