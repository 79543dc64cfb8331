//! Iteration: `iter()` for the builtin iterables and `next()` for the builtin iterators.
//!
//! Dict and set iterators remember the size at creation and raise CPython's RuntimeError when the
//! container changes size during iteration.

use crate::interp::{PyResult, Vm};
use crate::objects::types::as_type;
use crate::objects::{IterState, PyObject};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    fn new_iter(&self, st: IterState) -> Value {
        Value::obj(PyObject::Iter(Box::new(RefCell::new(st))))
    }

    /// `iter(v)`, or None if `v` is not iterable.
    pub fn try_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = v else { return Ok(None) };
        Ok(Some(match &**o {
            PyObject::List(_) | PyObject::Tuple(_) | PyObject::Bytes(_) => {
                self.new_iter(IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                })
            }
            PyObject::Str(_) => self.new_iter(IterState::Str {
                s: o.clone(),
                byte_pos: 0,
            }),
            PyObject::BigRange(r) => self.new_iter(crate::builtins::bigrange::iter(r)),
            PyObject::Range(r) => {
                let n = r.len();
                self.new_iter(IterState::Range {
                    next: r.start,
                    stop: n,
                    step: r.step,
                })
            }
            PyObject::Dict(d) => {
                let (len, kv) = (d.borrow().len(), d.borrow().keys_version());
                self.new_iter(IterState::DictKeys {
                    dict: o.clone(),
                    pos: 0,
                    len_at_start: len,
                    kv,
                })
            }
            PyObject::Set(s) => {
                let len = s.borrow().len();
                self.new_iter(IterState::Set {
                    set: o.clone(),
                    pos: 0,
                    len_at_start: len,
                })
            }
            PyObject::FrozenSet(s) => {
                let len = s.len();
                self.new_iter(IterState::Set {
                    set: o.clone(),
                    pos: 0,
                    len_at_start: len,
                })
            }
            PyObject::Iter(_) | PyObject::Generator(_) => v.clone(),
            PyObject::DictView { dict, kind } => {
                let PyObject::Dict(d) = &**dict else {
                    unreachable!()
                };
                let (len, kv) = (d.borrow().len(), d.borrow().keys_version());
                let (dict, pos, len_at_start) = (dict.clone(), 0, len);
                self.new_iter(match kind {
                    0 => IterState::DictKeys {
                        dict,
                        pos,
                        len_at_start,
                        kv,
                    },
                    1 => IterState::DictValues {
                        dict,
                        pos,
                        len_at_start,
                        kv,
                    },
                    _ => IterState::DictItems {
                        dict,
                        pos,
                        len_at_start,
                        kv,
                    },
                })
            }
            PyObject::File(_) => v.clone(),
            PyObject::Namespace(_) => return Ok(None),
            _ if self.user_class(v).is_some() => return self.user_iter(v),
            _ => return Ok(None),
        }))
    }

    /// `iter()` of an instance of a user-defined class: `__iter__`, else the sequence protocol
    /// through `__getitem__`.
    fn user_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let cls = self.user_class(v).unwrap().clone();
        if let Some(Value::None) = as_type(&cls).lookup("__iter__") {
            return Ok(None);
        }
        if let Some(r) = self.call_special(v, "__iter__", &[]) {
            let it = r?;
            let ok = match it.as_obj() {
                Some(PyObject::Iter(_) | PyObject::Generator(_) | PyObject::File(_)) => true,
                _ => self
                    .user_class(&it)
                    .is_some_and(|c| as_type(c).lookup("__next__").is_some()),
            };
            if !ok {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(Some(it));
        }
        if let Some(b) = Self::inst_base(v)
            && as_type(&cls).lookup("__iter__").is_some()
        {
            let b = b.clone();
            return self.try_iter(&b);
        }
        if self.py_special(v, "__getitem__").is_some() {
            return Ok(Some(self.new_iter(IterState::GetItem {
                obj: v.clone(),
                index: 0,
            })));
        }
        match Self::inst_base(v) {
            Some(b) => {
                let b = b.clone();
                self.try_iter(&b)
            }
            None => Ok(None),
        }
    }

    /// `next()` of an instance of a user-defined class (`__next__`; StopIteration ends it).
    fn user_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match self.call_special(it, "__next__", &[]) {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) if self.exc_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                Ok(None)
            }
            Some(Err(e)) => Err(e),
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
        }
    }

    /// `iter(v)`, raising TypeError when `v` is not iterable.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        match self.try_iter(v)? {
            Some(it) => Ok(it),
            None => Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v)))),
        }
    }

    /// One step of a dict view iterator: the next (key, value), or None at the end; raises
    /// CPython's errors when the dict changed size or keys during the iteration.
    fn dict_step(
        &self,
        dict: &crate::objects::ObjRef,
        pos: &mut usize,
        len_at_start: &mut usize,
        kv: &mut u64,
    ) -> PyResult<Option<(Value, Value)>> {
        let PyObject::Dict(d) = &**dict else {
            unreachable!()
        };
        let d = d.borrow();
        if d.len() != *len_at_start {
            *len_at_start = usize::MAX;
            return Err(self.runtime_error("dictionary changed size during iteration"));
        }
        if d.keys_version() != *kv {
            *kv = d.keys_version();
            return Err(self.runtime_error("dictionary keys changed during iteration"));
        }
        let Some((p, e)) = d.entry_at(*pos) else {
            return Ok(None);
        };
        *pos = p + 1;
        Ok(Some((e.key.clone(), e.value.clone())))
    }

    /// `FOR_ITER` fused with the `UNPACK_SEQUENCE n` that follows it, for `zip` and `enumerate`
    /// over range, list and tuple iterators and for `dict.items()`: the item's `n` parts go
    /// straight onto `stack` in unpacking order (the first part on top), and the tuple is never
    /// built; nothing else can observe it. `None`: another iterator, or `n` does not fit; the
    /// caller takes the general path. `Some(Ok(false))`: exhausted.
    pub fn next_unpacked(
        &mut self,
        it: &Value,
        n: usize,
        stack: &mut Vec<Value>,
    ) -> Option<PyResult<bool>> {
        let Some(PyObject::Iter(cell)) = it.as_obj() else {
            return None;
        };
        let mut st = cell.try_borrow_mut().ok()?;
        match &mut *st {
            IterState::Zip {
                iters,
                strict: false,
            } if iters.len() == n && iters.iter().all(is_pure) => {
                let base = stack.len();
                for sub in iters.iter() {
                    match next_pure(sub) {
                        Some(x) => stack.push(x),
                        None => {
                            stack.truncate(base);
                            *st = IterState::Exhausted;
                            return Some(Ok(false));
                        }
                    }
                }
                stack[base..].reverse();
                Some(Ok(true))
            }
            IterState::Enumerate {
                iter,
                count: Value::Int(c),
            } if n == 2 && *c < i64::MAX && is_pure(iter) => match next_pure(iter) {
                Some(x) => {
                    stack.push(x);
                    stack.push(Value::Int(*c));
                    *c += 1;
                    Some(Ok(true))
                }
                None => Some(Ok(false)),
            },
            IterState::DictItems {
                dict,
                pos,
                len_at_start,
                kv,
            } if n == 2 => Some(match self.dict_step(dict, pos, len_at_start, kv) {
                Ok(Some((k, v))) => {
                    stack.push(v);
                    stack.push(k);
                    Ok(true)
                }
                Ok(None) => Ok(false),
                Err(e) => Err(e),
            }),
            _ => None,
        }
    }

    /// Advance an iterator: Some(item), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        let cell = match &**o {
            PyObject::Iter(c) => c,
            PyObject::Generator(_) => return self.gen_next(o),
            PyObject::File(_) => return crate::builtins::files::file_next_line(self, it),
            _ if self.user_class(it).is_some() => return self.user_next(it),
            _ => {
                return Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                )));
            }
        };
        // Fast, non-reentrant states first: their borrow is never held across a call.
        {
            let mut st = cell.borrow_mut();
            match &mut *st {
                IterState::Seq { .. } | IterState::Range { .. } => return Ok(step_pure(&mut st)),
                IterState::Combinatoric(c) => return Ok(c.next().map(|t| self.new_tuple(t))),
                IterState::Str { s, byte_pos } => {
                    let PyObject::Str(ps) = &**s else {
                        unreachable!()
                    };
                    let text = ps.as_str();
                    return Ok(match text[*byte_pos..].chars().next() {
                        Some(c) => {
                            *byte_pos += c.len_utf8();
                            let mut buf = [0u8; 4];
                            let cs: &str = c.encode_utf8(&mut buf);
                            Some(self.intern_char(cs))
                        }
                        None => None,
                    });
                }
                IterState::DictKeys { .. }
                | IterState::DictValues { .. }
                | IterState::DictItems { .. } => {
                    let kind = match &*st {
                        IterState::DictKeys { .. } => 0,
                        IterState::DictValues { .. } => 1,
                        _ => 2,
                    };
                    let (IterState::DictKeys {
                        dict,
                        pos,
                        len_at_start,
                        kv,
                    }
                    | IterState::DictValues {
                        dict,
                        pos,
                        len_at_start,
                        kv,
                    }
                    | IterState::DictItems {
                        dict,
                        pos,
                        len_at_start,
                        kv,
                    }) = &mut *st
                    else {
                        unreachable!()
                    };
                    let Some((k, v)) = self.dict_step(dict, pos, len_at_start, kv)? else {
                        return Ok(None);
                    };
                    return Ok(Some(match kind {
                        0 => k,
                        1 => v,
                        _ => self.new_tuple(vec![k, v]),
                    }));
                }
                IterState::Set {
                    set,
                    pos,
                    len_at_start,
                } => {
                    let item = match &**set {
                        PyObject::Set(s) => {
                            let s = s.borrow();
                            if s.len() != *len_at_start {
                                *len_at_start = usize::MAX;
                                return Err(self.runtime_error("Set changed size during iteration"));
                            }
                            s.entry_at(*pos).map(|(p, _, k)| (p, k.clone()))
                        }
                        PyObject::FrozenSet(s) => s.entry_at(*pos).map(|(p, _, k)| (p, k.clone())),
                        _ => unreachable!(),
                    };
                    return Ok(match item {
                        Some((p, k)) => {
                            *pos = p + 1;
                            Some(k)
                        }
                        None => None,
                    });
                }
                IterState::Reversed { seq, index } => {
                    if *index < 0 {
                        return Ok(None);
                    }
                    let i = *index as usize;
                    let item = match seq.as_obj() {
                        Some(PyObject::List(l)) => l.borrow().get(i).cloned(),
                        Some(PyObject::Tuple(t)) => t.get(i).cloned(),
                        Some(PyObject::Str(s)) => Some(self.new_str(s.char_at(i).to_string())),
                        Some(PyObject::Range(r)) => Some(Value::Int(r.get(i as i64))),
                        Some(PyObject::Bytes(b)) => b.get(i).map(|x| Value::Int(*x as i64)),
                        _ => None,
                    };
                    *index -= 1;
                    if item.is_none() {
                        *index = -1;
                    }
                    return Ok(item);
                }
                IterState::BigRange {
                    next,
                    remaining,
                    step,
                } => {
                    if num_traits::Zero::is_zero(remaining) {
                        return Ok(None);
                    }
                    let v = next.clone();
                    *remaining -= 1;
                    *next += &*step;
                    return Ok(Some(Value::from_bigint(v)));
                }
                IterState::Exhausted => return Ok(None),
                _ => {}
            }
        }
        // States that call back into Python: clone what is needed, release the borrow, then call.
        let st = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
        let (result, new_state) = self.next_reentrant(st);
        *cell.borrow_mut() = new_state;
        result
    }

    fn next_reentrant(&mut self, st: IterState) -> (PyResult<Option<Value>>, IterState) {
        match st {
            IterState::Enumerate { iter, count } => match self.next(&iter) {
                Ok(Some(x)) => {
                    let next_count = match self.binary_op(
                        &count,
                        &Value::Int(1),
                        crate::bytecode::opcodes::BinOpKind::Add,
                    ) {
                        Ok(c) => c,
                        Err(e) => return (Err(e), IterState::Enumerate { iter, count }),
                    };
                    let t = self.new_tuple(vec![count, x]);
                    (
                        Ok(Some(t)),
                        IterState::Enumerate {
                            iter,
                            count: next_count,
                        },
                    )
                }
                other => (other, IterState::Enumerate { iter, count }),
            },
            IterState::Zip { iters, strict } => {
                if iters.is_empty() {
                    return (Ok(None), IterState::Zip { iters, strict });
                }
                let mut items = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it) {
                        Ok(Some(x)) => items.push(x),
                        Ok(None) => {
                            if strict {
                                if i > 0 {
                                    let msg = if i == 1 {
                                        "zip() argument 2 is shorter than argument 1".to_string()
                                    } else {
                                        format!(
                                            "zip() argument {} is shorter than arguments 1-{}",
                                            i + 1,
                                            i
                                        )
                                    };
                                    return (Err(self.value_error(msg)), IterState::Exhausted);
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    match self.next(other) {
                                        Ok(Some(_)) => {
                                            let msg = if j == 1 {
                                                "zip() argument 2 is longer than argument 1"
                                                    .to_string()
                                            } else {
                                                format!(
                                                    "zip() argument {} is longer than arguments 1-{}",
                                                    j + 1,
                                                    j
                                                )
                                            };
                                            return (
                                                Err(self.value_error(msg)),
                                                IterState::Exhausted,
                                            );
                                        }
                                        Ok(None) => {}
                                        Err(e) => return (Err(e), IterState::Exhausted),
                                    }
                                }
                            }
                            return (Ok(None), IterState::Exhausted);
                        }
                        Err(e) => return (Err(e), IterState::Zip { iters, strict }),
                    }
                }
                let t = self.new_tuple(items);
                (Ok(Some(t)), IterState::Zip { iters, strict })
            }
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match self.next(it) {
                        Ok(Some(x)) => args.push(x),
                        Ok(None) => return (Ok(None), IterState::Exhausted),
                        Err(e) => return (Err(e), IterState::Map { func, iters }),
                    }
                }
                let r = self.call(&func, &args);
                (r.map(Some), IterState::Map { func, iters })
            }
            IterState::Filter { func, iter } => loop {
                match self.next(&iter) {
                    Ok(Some(x)) => {
                        let keep = if func.is_none() {
                            self.is_true(&x)
                        } else {
                            self.call(&func, std::slice::from_ref(&x))
                                .and_then(|r| self.is_true(&r))
                        };
                        match keep {
                            Ok(true) => return (Ok(Some(x)), IterState::Filter { func, iter }),
                            Ok(false) => continue,
                            Err(e) => return (Err(e), IterState::Filter { func, iter }),
                        }
                    }
                    other => return (other, IterState::Filter { func, iter }),
                }
            },
            IterState::GetItem { obj, index } => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => (
                    Ok(Some(v)),
                    IterState::GetItem {
                        obj,
                        index: index + 1,
                    },
                ),
                Err(e)
                    if self.exc_matches(&e, &self.types.exc.index_error.clone())
                        || self.exc_matches(&e, &self.types.exc.stop_iteration.clone()) =>
                {
                    (Ok(None), IterState::Exhausted)
                }
                Err(e) => (Err(e), IterState::GetItem { obj, index }),
            },
            IterState::Callable { func, sentinel } => match self.call(&func, &[]) {
                Ok(v) => match self.eq(&v, &sentinel) {
                    Ok(true) => (Ok(None), IterState::Exhausted),
                    Ok(false) => (Ok(Some(v)), IterState::Callable { func, sentinel }),
                    Err(e) => (Err(e), IterState::Callable { func, sentinel }),
                },
                Err(e) => (Err(e), IterState::Callable { func, sentinel }),
            },
            other => (Ok(None), other),
        }
    }

    /// A one-character string, interned for ASCII.
    pub fn intern_char(&mut self, c: &str) -> Value {
        if c.len() == 1 {
            self.ascii_chars[c.as_bytes()[0] as usize].clone()
        } else {
            self.new_str(c)
        }
    }

    /// Collect any iterable into a Vec (fast paths for lists and tuples).
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match &**o {
                PyObject::List(l) => return Ok(l.borrow().clone()),
                PyObject::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// A new list iterator (for `reversed` etc.).
    pub fn seq_iter(&self, seq: Value) -> Value {
        Value::obj(PyObject::Iter(Box::new(RefCell::new(IterState::Seq {
            seq,
            index: 0,
        }))))
    }

    pub fn rc_iter(&self, st: IterState) -> Rc<PyObject> {
        Rc::new(PyObject::Iter(Box::new(RefCell::new(st))))
    }
}

/// One step of a range or sequence iterator (list, tuple, bytes), which runs no Python code;
/// a sequence iterator that runs off its end becomes `Exhausted`, as CPython drops its sequence.
fn step_pure(st: &mut IterState) -> Option<Value> {
    match st {
        IterState::Range { next, stop, step } => {
            if *stop <= 0 {
                return None;
            }
            let v = *next;
            *stop -= 1;
            *next = next.wrapping_add(*step);
            Some(Value::Int(v))
        }
        IterState::Seq { seq, index } => {
            let item = match seq.as_obj() {
                Some(PyObject::List(l)) => l.borrow().get(*index).cloned(),
                Some(PyObject::Tuple(t)) => t.get(*index).cloned(),
                Some(PyObject::Bytes(b)) => b.get(*index).map(|x| Value::Int(*x as i64)),
                _ => None,
            };
            match item {
                Some(x) => {
                    *index += 1;
                    Some(x)
                }
                None => {
                    *st = IterState::Exhausted;
                    None
                }
            }
        }
        _ => None,
    }
}

/// Is `it` an iterator whose next item needs no Python code (`step_pure` steps it)?
fn is_pure(it: &Value) -> bool {
    let Some(PyObject::Iter(cell)) = it.as_obj() else {
        return false;
    };
    cell.try_borrow().is_ok_and(|st| {
        matches!(
            &*st,
            IterState::Range { .. } | IterState::Seq { .. } | IterState::Exhausted
        )
    })
}

/// The next item of an iterator `is_pure` accepted, as `Vm::next` would give it.
fn next_pure(it: &Value) -> Option<Value> {
    let Some(PyObject::Iter(cell)) = it.as_obj() else {
        unreachable!("checked by is_pure")
    };
    step_pure(&mut cell.borrow_mut())
}
