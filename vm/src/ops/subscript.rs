//! Subscription: `x[i]`, `x[a:b:c]`, `x[i] = v`, `del x[i]` for the builtin types, with CPython's
//! slice semantics (`PySlice_Unpack` + `PySlice_AdjustIndices`).

use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{PyObject, PyStr, RangeObj};
use crate::ops::arith::{Num, as_num};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// A slice resolved against a sequence length: start, stop, step and the number of items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len).map(move |k| (s.start + k as i64 * s.step) as usize)
    }
}

impl Vm {
    /// Resolve a slice object against a sequence of length `n`.
    pub fn slice_indices(&mut self, sl: &[Value; 3], n: usize) -> PyResult<SliceIdx> {
        let n = n as i64;
        let step = if sl[2].is_none() {
            1
        } else {
            self.slice_index(&sl[2])?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let adjust = |v: i64| -> i64 {
            if v < 0 {
                let v = v.saturating_add(n);
                if v < lower { lower } else { v }
            } else if v > upper {
                upper
            } else {
                v
            }
        };
        let start = if sl[0].is_none() {
            if step < 0 { upper } else { lower }
        } else {
            adjust(self.slice_index(&sl[0])?)
        };
        let stop = if sl[1].is_none() {
            if step < 0 { lower } else { upper }
        } else {
            adjust(self.slice_index(&sl[1])?)
        };
        let len = if step > 0 {
            if stop > start {
                ((stop - start - 1) / step + 1) as usize
            } else {
                0
            }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len,
        })
    }

    /// A slice bound: an int (big ints clamp), or an object with `__index__`.
    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        if self.user_index_like(v) {
            let i = self.user_index(v)?;
            return self.slice_index(&i);
        }
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &**o {
                PyObject::Int(b) => Ok(if num_traits::Signed::is_negative(b) {
                    i64::MIN
                } else {
                    i64::MAX
                }),
                _ => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
            _ => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Normalise a sequence index (negative from the end); None if out of range.
    fn seq_index(&mut self, idx: &Value, n: usize, what: &str) -> PyResult<Option<usize>> {
        if self.user_index_like(idx) {
            let i = self.user_index(idx)?;
            return self.seq_index(&i, n, what);
        }
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => {
                if what == "range" {
                    return Ok(None);
                }
                return Err(self.index_error("cannot fit 'int' into an index-sized integer"));
            }
            _ if what == "string" => {
                return Err(self.type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(idx)
                )));
            }
            _ => {
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    self.type_name(idx)
                )));
            }
        };
        let i = if i < 0 { i + n as i64 } else { i };
        Ok(if i < 0 || i >= n as i64 {
            None
        } else {
            Some(i as usize)
        })
    }

    pub fn getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        if self.user_class(obj).is_some() {
            return self.user_getitem(obj, idx);
        }
        if let Some(PyObject::Type(t)) = obj.as_obj()
            && t.heap.is_some()
            && let Some(f) = t.lookup("__class_getitem__")
        {
            let f = match f.as_obj() {
                Some(PyObject::ClassMethod(g)) => g.clone(),
                _ => f,
            };
            return self.call(&f, &[obj.clone(), idx.clone()]);
        }
        if let Some(PyObject::Type(t)) = obj.as_obj()
            && t.heap.is_some()
            && self.user_class(obj).is_none()
        {
            return Err(self.type_error(format!("type '{}' is not subscriptable", t.name)));
        }
        let Value::Obj(o) = obj else {
            return Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            )));
        };
        let slice = match idx.as_obj() {
            Some(PyObject::Slice(s)) => Some(s.clone()),
            _ => None,
        };
        match &**o {
            PyObject::List(l) => {
                if let Some(sl) = slice {
                    let n = l.borrow().len();
                    let si = self.slice_indices(&sl, n)?;
                    let items = l.borrow();
                    let v: Vec<Value> = si.indices().map(|i| items[i].clone()).collect();
                    drop(items);
                    return Ok(self.new_list(v));
                }
                let n = l.borrow().len();
                match self.seq_index(idx, n, "list")? {
                    Some(i) => Ok(l.borrow()[i].clone()),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            PyObject::Tuple(t) => {
                if let Some(sl) = slice {
                    let si = self.slice_indices(&sl, t.len())?;
                    if si.step == 1 && si.len == t.len() {
                        return Ok(obj.clone());
                    }
                    let v: Vec<Value> = si.indices().map(|i| t[i].clone()).collect();
                    return Ok(self.new_tuple(v));
                }
                match self.seq_index(idx, t.len(), "tuple")? {
                    Some(i) => Ok(t[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            PyObject::Str(s) => {
                if let Some(sl) = slice {
                    let si = self.slice_indices(&sl, s.char_len())?;
                    let out: String = if s.is_ascii() {
                        let b = s.as_str().as_bytes();
                        if si.step == 1 {
                            s.as_str()[si.start.max(0) as usize..si.start.max(0) as usize + si.len]
                                .to_string()
                        } else {
                            si.indices().map(|i| b[i] as char).collect()
                        }
                    } else {
                        let chars: Vec<char> = s.as_str().chars().collect();
                        si.indices().map(|i| chars[i]).collect()
                    };
                    return Ok(Value::obj(PyObject::Str(PyStr::new(out))));
                }
                match self.seq_index(idx, s.char_len(), "string")? {
                    Some(i) => {
                        let c = s.char_at(i);
                        let mut buf = [0u8; 4];
                        let cs: &str = c.encode_utf8(&mut buf);
                        Ok(self.intern_char(cs))
                    }
                    None => Err(self.index_error("string index out of range")),
                }
            }
            PyObject::Bytes(b) => {
                if let Some(sl) = slice {
                    let si = self.slice_indices(&sl, b.len())?;
                    let v: Vec<u8> = si.indices().map(|i| b[i]).collect();
                    return Ok(Value::obj(PyObject::Bytes(v.into_boxed_slice())));
                }
                match self.seq_index(idx, b.len(), "byte")? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(self.index_error("index out of range")),
                }
            }
            PyObject::BigRange(r) => {
                if let Some(sl) = slice {
                    return crate::builtins::bigrange::slice(self, r, &sl);
                }
                match crate::ops::arith::as_num(idx) {
                    Some(n @ (crate::ops::arith::Num::I(_) | crate::ops::arith::Num::B(_)))
                        if !matches!(idx, Value::Float(_)) =>
                    {
                        crate::builtins::bigrange::item(self, r, &crate::ops::arith::to_big(&n))
                    }
                    _ => Err(self.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        self.type_name(idx)
                    ))),
                }
            }
            PyObject::Range(_)
                if slice.is_none() && matches!(idx.as_obj(), Some(PyObject::Int(_))) =>
            {
                // a big-int index on an i64 range (out of range unless negative and huge)
                let big = crate::builtins::bigrange::as_big(o).unwrap();
                let Some(PyObject::Int(i)) = idx.as_obj() else {
                    unreachable!()
                };
                crate::builtins::bigrange::item(self, &big, i)
            }
            PyObject::Range(r) => {
                let n = r.len() as usize;
                if let Some(sl) = slice {
                    // CPython's compute_slice: the slice's indices() mapped through the range
                    let si = self.slice_indices(&sl, n)?;
                    let (rs, rst) = (r.start as i128, r.step as i128);
                    let start = rs + si.start as i128 * rst;
                    let stop = rs + si.stop as i128 * rst;
                    let step = rst * si.step as i128;
                    let (Ok(start), Ok(stop), Ok(step)) = (
                        i64::try_from(start),
                        i64::try_from(stop),
                        i64::try_from(step),
                    ) else {
                        let big = crate::builtins::bigrange::as_big(o).unwrap();
                        return crate::builtins::bigrange::slice(self, &big, &sl);
                    };
                    return Ok(Value::obj(PyObject::Range(RangeObj { start, stop, step })));
                }
                match self.seq_index(idx, n, "range")? {
                    Some(i) => Ok(Value::Int(r.get(i as i64))),
                    None => Err(self.index_error("range object index out of range")),
                }
            }
            PyObject::Dict(d) => {
                let h = self.hash(idx)?;
                let found =
                    self.with_py_eq(idx, |eq| d.borrow().get(h, idx, eq).map(|v| v.cloned()))?;
                match found {
                    Some(v) => Ok(v),
                    None => Err(self.key_error(idx.clone())),
                }
            }
            PyObject::Type(t)
                if t.name == "type"
                    || t.name == "list"
                    || t.name == "dict"
                    || t.name == "tuple" =>
            {
                Err(self.not_implemented(
                    "generic alias types (list[int]) are not supported yet by pyjit",
                ))
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    /// `obj[idx]` for an instance of a user-defined class: `__getitem__`, else the builtin
    /// value's item (with `__missing__` for dict subclasses).
    fn user_getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(obj, "__getitem__", std::slice::from_ref(idx)) {
            return r;
        }
        if let Some(b) = Self::inst_base(obj) {
            let b = b.clone();
            if let Some(PyObject::Dict(d)) = b.as_obj()
                && let Some(m) = self.py_special(obj, "__missing__")
            {
                return match crate::builtins::dicts::dict_get(self, d, idx)? {
                    Some(v) => Ok(v),
                    None => self.call_method_value(&m, obj, std::slice::from_ref(idx)),
                };
            }
            return self.getitem(&b, idx);
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    pub fn setitem(&mut self, obj: &Value, idx: &Value, val: Value) -> PyResult<()> {
        if self.user_class(obj).is_some() {
            if let Some(r) = self.call_special(obj, "__setitem__", &[idx.clone(), val.clone()]) {
                return r.map(|_| ());
            }
            if let Some(b) = Self::inst_base(obj) {
                let b = b.clone();
                return self.setitem(&b, idx, val);
            }
            return Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            )));
        }
        let Value::Obj(o) = obj else {
            return Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            )));
        };
        match &**o {
            PyObject::List(l) => {
                if let Some(PyObject::Slice(sl)) = idx.as_obj() {
                    let sl = sl.clone();
                    let items = match val.as_obj() {
                        Some(PyObject::List(_) | PyObject::Tuple(_)) => self.collect(&val)?,
                        _ => match self.try_iter(&val)? {
                            Some(it) => self.collect(&it)?,
                            None => return Err(self.type_error("can only assign an iterable")),
                        },
                    };
                    let n = l.borrow().len();
                    let si = self.slice_indices(&sl, n)?;
                    let mut list = l.borrow_mut();
                    if si.step == 1 {
                        let start = si.start.max(0) as usize;
                        let stop = (start + si.len).max(start);
                        list.splice(start..stop, items);
                        return Ok(());
                    }
                    if items.len() != si.len {
                        drop(list);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            si.len
                        )));
                    }
                    for (k, i) in si.indices().enumerate() {
                        list[i] = items[k].clone();
                    }
                    return Ok(());
                }
                let n = l.borrow().len();
                match self.seq_index(idx, n, "list")? {
                    Some(i) => {
                        let old = std::mem::replace(&mut l.borrow_mut()[i], val);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            PyObject::Dict(d) => {
                let h = self.hash(idx)?;
                crate::builtins::dicts::dict_insert_hashed(self, d, h, idx.clone(), val)
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        if self.user_class(obj).is_some() {
            if let Some(r) = self.call_special(obj, "__delitem__", std::slice::from_ref(idx)) {
                return r.map(|_| ());
            }
            if let Some(b) = Self::inst_base(obj) {
                let b = b.clone();
                return self.delitem(&b, idx);
            }
            return Err(self.type_error(format!(
                "'{}' object does not support item deletion",
                self.type_name(obj)
            )));
        }
        let Value::Obj(o) = obj else {
            return Err(self.type_error(format!(
                "'{}' object does not support item deletion",
                self.type_name(obj)
            )));
        };
        match &**o {
            PyObject::List(l) => {
                if let Some(PyObject::Slice(sl)) = idx.as_obj() {
                    let sl = sl.clone();
                    let n = l.borrow().len();
                    let si = self.slice_indices(&sl, n)?;
                    let mut del: Vec<usize> = si.indices().collect();
                    del.sort_unstable();
                    let mut list = l.borrow_mut();
                    let mut k = 0;
                    let mut i = 0;
                    list.retain(|_| {
                        let keep = !(k < del.len() && del[k] == i);
                        if !keep {
                            k += 1;
                        }
                        i += 1;
                        keep
                    });
                    return Ok(());
                }
                let n = l.borrow().len();
                match self.seq_index(idx, n, "list")? {
                    Some(i) => {
                        let old = l.borrow_mut().remove(i);
                        drop(old);
                        Ok(())
                    }
                    None => Err(self.index_error("list assignment index out of range")),
                }
            }
            PyObject::Dict(d) => {
                let h = self.hash(idx)?;
                let r = self.with_py_eq(idx, |eq| d.borrow_mut().remove(h, idx, eq))?;
                match r {
                    Some(_) => Ok(()),
                    None => Err(self.key_error(idx.clone())),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.type_name(obj)
            ))),
        }
    }
}

/// An int argument as a BigInt (bools count), or None.
fn big_int_of(v: &Value) -> Option<BigInt> {
    match as_num(v)? {
        Num::I(i) => Some(BigInt::from(i)),
        Num::B(b) => Some(b.clone()),
        Num::F(_) => None,
    }
}

/// An object with `__index__` as the int it stands for; anything else as it is.
fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if vm.user_index_like(v) {
        vm.user_index(v)
    } else {
        Ok(v.clone())
    }
}

/// `slice.indices(length)`: CPython's `_PySlice_GetLongIndices`, on unbounded ints.
fn slice_indices_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use crate::builtins::bytes_methods::{Style, bind};
    let p = bind(vm, &a, "slice", "indices", Style::One)?;
    let Some(PyObject::Slice(sl)) = a.args[0].as_obj() else {
        unreachable!()
    };
    let len_v = &index_value(vm, p[0].unwrap())?;
    let Some(length) = big_int_of(len_v) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(len_v)
        )));
    };
    if length.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let component = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        let v = index_value(vm, v)?;
        big_int_of(&v).ok_or_else(|| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })
    };
    let step = if sl[2].is_none() {
        BigInt::from(1)
    } else {
        component(vm, &sl[2])?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg {
        (BigInt::from(-1), &length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |mut x: BigInt| -> BigInt {
        if x.is_negative() {
            x += &length;
            if x < lower { lower.clone() } else { x }
        } else if x > upper {
            upper.clone()
        } else {
            x
        }
    };
    let start = if sl[0].is_none() {
        if neg { upper.clone() } else { lower.clone() }
    } else {
        clamp(component(vm, &sl[0])?)
    };
    let stop = if sl[1].is_none() {
        if neg { lower.clone() } else { upper.clone() }
    } else {
        clamp(component(vm, &sl[1])?)
    };
    let t = [start, stop, step]
        .into_iter()
        .map(Value::from_bigint)
        .collect();
    Ok(vm.new_tuple(t))
}

/// Methods of `slice`.
pub fn register(vm: &mut Vm) {
    let t = vm.types.slice.clone();
    crate::builtins::reg(vm, &t, "indices", slice_indices_method);
}
