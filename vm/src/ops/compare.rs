//! Equality, ordering and membership for the builtin types.
//!
//! Numbers compare exactly across int, big int and float (`2**53 + 1 != float(2**53)`); sequences
//! compare lexicographically by their first unequal items; sets compare by inclusion.

use crate::bytecode::opcodes::CmpOpKind;
use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::ops::arith::{Num, as_num};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

/// `x <op> y` for the `COMPARE_OP` argument `arg` (CPython's `Py_LT`..`Py_GE` numbering), on ints
/// or floats (NaN compares false except for `!=`, as IEEE and Python require). Shared by the
/// eval loop's fast paths and the JIT's constant folding.
#[inline(always)]
pub fn cmp_prim<T: PartialOrd>(x: &T, y: &T, arg: u32) -> bool {
    match arg {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Exact comparison of two numbers (None when a NaN is involved).
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::I(x), Num::I(y)) => Some(x.cmp(y)),
        (Num::F(x), Num::F(y)) => x.partial_cmp(y),
        (Num::I(x), Num::F(y)) => int_float_cmp(&BigInt::from(*x), *y),
        (Num::F(x), Num::I(y)) => int_float_cmp(&BigInt::from(*y), *x).map(|o| o.reverse()),
        (Num::B(x), Num::F(y)) => int_float_cmp(x, *y),
        (Num::F(x), Num::B(y)) => int_float_cmp(y, *x).map(|o| o.reverse()),
        (Num::B(x), Num::B(y)) => Some((*x).cmp(*y)),
        (Num::B(x), Num::I(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (Num::I(x), Num::B(y)) => Some(BigInt::from(*x).cmp(y)),
    }
}

fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64()
        && small.unsigned_abs() < (1 << 53)
    {
        return (small as f64).partial_cmp(&f);
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl).unwrap();
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

thread_local! {
    /// Set when `eq_pure` gave up because the comparison recursed too deep (self-referencing or
    /// very deeply nested containers); `Vm::eq` turns it into RecursionError.
    static EQ_TOO_DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Equality that never runs Python code: Some(answer) for builtin values, None when a user-defined
/// `__eq__` would have to decide (never the case for the types pyjit has today).
pub fn eq_pure(a: &Value, b: &Value) -> Option<bool> {
    use crate::ops::objattr::{has_py_special, user_class_of};
    if crate::interp::stack_pointer()
        < crate::interp::STACK_FLOOR.load(std::sync::atomic::Ordering::Relaxed)
    {
        EQ_TOO_DEEP.with(|c| c.set(true));
        return None;
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Some(num_cmp(&x, &y) == Some(Ordering::Equal));
    }
    if user_class_of(a).is_some() || user_class_of(b).is_some() {
        if a.is(b) && !has_py_special(a, "__eq__") {
            return Some(true);
        }
        if has_py_special(a, "__eq__") || has_py_special(b, "__eq__") {
            return None;
        }
        return match (Vm::inst_base(a), Vm::inst_base(b)) {
            (None, None) => Some(a.is(b)),
            (x, y) => eq_pure(x.unwrap_or(a), y.unwrap_or(b)),
        };
    }
    match (a, b) {
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                // identity implies equality for containers (CPython's PyObject_RichCompare shortcut
                // in containers); floats NaN are unboxed so never reach here.
                return Some(true);
            }
            match (&**x, &**y) {
                (PyObject::Str(s), PyObject::Str(t)) => Some(s.as_str() == t.as_str()),
                (PyObject::Bytes(s), PyObject::Bytes(t)) => Some(s == t),
                (PyObject::Tuple(s), PyObject::Tuple(t)) => seq_eq(s, t),
                (PyObject::List(s), PyObject::List(t)) => {
                    let (s, t) = (s.borrow().clone(), t.borrow().clone());
                    seq_eq(&s, &t)
                }
                (
                    PyObject::Range(_) | PyObject::BigRange(_),
                    PyObject::Range(_) | PyObject::BigRange(_),
                ) => {
                    // equal as sequences: same length, and (if non-empty) same first item and step
                    let (r, q) = (
                        crate::builtins::bigrange::as_big(x)?,
                        crate::builtins::bigrange::as_big(y)?,
                    );
                    let (lr, lq) = (r.len(), q.len());
                    Some(
                        lr == lq
                            && (num_traits::Zero::is_zero(&lr)
                                || (r.start == q.start
                                    && (num_traits::One::is_one(&lr) || r.step == q.step))),
                    )
                }
                (PyObject::Dict(d), PyObject::Dict(e)) => {
                    let (d, e) = (d.borrow().clone(), e.borrow().clone());
                    if d.len() != e.len() {
                        return Some(false);
                    }
                    for en in d.iter() {
                        match e
                            .get(en.hash, &en.key, |p, q| eq_pure(p, q).ok_or(()))
                            .ok()?
                        {
                            Some(v) => {
                                if !eq_pure(&en.value, v)? {
                                    return Some(false);
                                }
                            }
                            None => return Some(false),
                        }
                    }
                    Some(true)
                }
                (
                    PyObject::Set(_) | PyObject::FrozenSet(_),
                    PyObject::Set(_) | PyObject::FrozenSet(_),
                ) => {
                    let (sa, sb) = (set_items(x), set_items(y));
                    if sa.len() != sb.len() {
                        return Some(false);
                    }
                    Some(subset(&sa, y))
                }
                // bound methods are equal when they bind the same object to equal functions
                (
                    PyObject::Method { func: f, self_: s },
                    PyObject::Method { func: g, self_: t },
                ) => Some(s.is(t) && eq_pure(f, g)?),
                (PyObject::Slice(s), PyObject::Slice(t)) => {
                    Some(eq_pure(&s[0], &t[0])? && eq_pure(&s[1], &t[1])? && eq_pure(&s[2], &t[2])?)
                }
                _ => Some(false),
            }
        }
        _ => Some(a.is(b)),
    }
}

fn seq_eq(s: &[Value], t: &[Value]) -> Option<bool> {
    if s.len() != t.len() {
        return Some(false);
    }
    for (p, q) in s.iter().zip(t.iter()) {
        if !p.is(q) && !eq_pure(p, q)? {
            return Some(false);
        }
    }
    Some(true)
}

/// (hash, key) pairs of a set or frozenset object.
pub fn set_items(o: &PyObject) -> Vec<(i64, Value)> {
    match o {
        PyObject::Set(s) => s.borrow().iter().map(|(h, k)| (h, k.clone())).collect(),
        PyObject::FrozenSet(s) => s.iter().map(|(h, k)| (h, k.clone())).collect(),
        _ => Vec::new(),
    }
}

/// Are all `items` in the set object `other`?
fn subset(items: &[(i64, Value)], other: &PyObject) -> bool {
    let check = |t: &crate::objects::SetData| {
        items
            .iter()
            .all(|(h, k)| matches!(t.find(*h, k, |p, q| eq_pure(p, q).ok_or(())), Ok(Some(_))))
    };
    match other {
        PyObject::Set(s) => check(&s.borrow()),
        PyObject::FrozenSet(s) => check(s),
        _ => false,
    }
}

impl Vm {
    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match eq_pure(a, b) {
            Some(r) => Ok(r),
            None => {
                if EQ_TOO_DEEP.with(|c| c.replace(false)) {
                    return Err(self.new_exc_msg(
                        &self.types.exc.recursion_error,
                        "maximum recursion depth exceeded in comparison",
                    ));
                }
                if self.user_class(a).is_some() || self.user_class(b).is_some() {
                    let r = self.compare_special(a, b, CmpOpKind::Eq)?;
                    return self.is_true(&r);
                }
                self.eq_containers(a, b)
            }
        }
    }

    /// Run a hash-table operation (dict or set lookup, insert, remove) whose key comparisons may
    /// need a Python-level `__eq__`. The table cannot stay borrowed while Python code runs, so the
    /// operation gives up at the first such comparison; the answer is computed outside the borrow
    /// and the operation is retried with it remembered (keys are compared by identity first, as
    /// CPython's tables do).
    pub fn with_py_eq<T>(
        &mut self,
        key: &Value,
        mut op: impl FnMut(&mut dyn FnMut(&Value, &Value) -> Result<bool, ()>) -> Result<T, ()>,
    ) -> PyResult<T> {
        let mut memo: Vec<(usize, bool)> = Vec::new();
        loop {
            let mut pending: Option<Value> = None;
            let r = op(&mut |a: &Value, b: &Value| {
                if a.is(b) {
                    return Ok(true);
                }
                // the common case first: two exact strs (equal hashes, different objects)
                if let (Value::Obj(x), Value::Obj(y)) = (a, b)
                    && let (PyObject::Str(x), PyObject::Str(y)) = (&**x, &**y)
                {
                    return Ok(x.as_str() == y.as_str());
                }
                if let Some(x) = eq_pure(a, b) {
                    return Ok(x);
                }
                let other = if a.is(key) { b } else { a };
                match memo.iter().find(|(id, _)| *id == other.identity()) {
                    Some(&(_, ans)) => Ok(ans),
                    None => {
                        pending = Some(other.clone());
                        Err(())
                    }
                }
            });
            match (r, pending) {
                (Ok(t), _) => return Ok(t),
                (Err(()), Some(k)) => {
                    let ans = self.eq(&k, key)?;
                    memo.push((k.identity(), ans));
                }
                (Err(()), None) => return Err(self.not_implemented("this comparison of keys")),
            }
        }
    }

    /// Equality of builtin containers holding objects with a Python-level `__eq__`.
    fn eq_containers(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let seqs = |v: &Value| -> Option<(u8, Vec<Value>)> {
            match v.as_obj()? {
                PyObject::List(l) => Some((0, l.borrow().clone())),
                PyObject::Tuple(t) => Some((1, t.to_vec())),
                _ => None,
            }
        };
        if let (Some((ka, sa)), Some((kb, sb))) = (seqs(a), seqs(b)) {
            if ka != kb || sa.len() != sb.len() {
                return Ok(false);
            }
            self.enter()?;
            for (x, y) in sa.iter().zip(sb.iter()) {
                match x.is(y) || self.eq(x, y).inspect_err(|_| self.leave())? {
                    true => {}
                    false => {
                        self.leave();
                        return Ok(false);
                    }
                }
            }
            self.leave();
            return Ok(true);
        }
        match (a.as_obj(), b.as_obj()) {
            (Some(PyObject::Dict(da)), Some(PyObject::Dict(db))) => {
                let ea: Vec<(Value, Value)> = da
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                if ea.len() != db.borrow().len() {
                    return Ok(false);
                }
                for (k, v) in ea {
                    match crate::builtins::dicts::dict_get(self, db, &k)? {
                        Some(w) if v.is(&w) || self.eq(&v, &w)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            (
                Some(PyObject::Set(_) | PyObject::FrozenSet(_)),
                Some(PyObject::Set(_) | PyObject::FrozenSet(_)),
            ) => {
                let (ia, ib) = (self.collect(a)?, self.collect(b)?);
                if ia.len() != ib.len() {
                    return Ok(false);
                }
                for x in ia {
                    if !self.contains(b, &x)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => Err(self.not_implemented("equality of these objects")),
        }
    }

    pub(crate) fn cmp_unsupported(
        &self,
        a: &Value,
        b: &Value,
        op: CmpOpKind,
    ) -> crate::interp::PyErr {
        self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Rich comparison `a <op> b`.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<Value> {
        if self.user_class(a).is_some() || self.user_class(b).is_some() {
            return self.compare_special(a, b, op);
        }
        match op {
            CmpOpKind::Eq => return Ok(Value::Bool(self.eq(a, b)?)),
            CmpOpKind::Ne => return Ok(Value::Bool(!self.eq(a, b)?)),
            _ => {}
        }
        Ok(Value::Bool(self.order(a, b, op)?))
    }

    /// Ordering comparisons (`<`, `<=`, `>`, `>=`).
    pub fn order(&mut self, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<bool> {
        let ord = if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            num_cmp(&x, &y)
        } else {
            match (a.as_obj(), b.as_obj()) {
                (Some(PyObject::Str(s)), Some(PyObject::Str(t))) => {
                    Some(s.as_str().cmp(t.as_str()))
                }
                (Some(PyObject::Bytes(s)), Some(PyObject::Bytes(t))) => Some(s.cmp(t)),
                (Some(PyObject::Tuple(s)), Some(PyObject::Tuple(t))) => {
                    let (s, t) = (s.to_vec(), t.to_vec());
                    return self.seq_order(&s, &t, op);
                }
                (Some(PyObject::List(s)), Some(PyObject::List(t))) => {
                    let (s, t) = (s.borrow().clone(), t.borrow().clone());
                    return self.seq_order(&s, &t, op);
                }
                (
                    Some(x @ (PyObject::Set(_) | PyObject::FrozenSet(_))),
                    Some(y @ (PyObject::Set(_) | PyObject::FrozenSet(_))),
                ) => {
                    let (sa, sb) = (set_items(x), set_items(y));
                    return Ok(match op {
                        CmpOpKind::Le => subset(&sa, y),
                        CmpOpKind::Lt => sa.len() < sb.len() && subset(&sa, y),
                        CmpOpKind::Ge => subset(&sb, x),
                        CmpOpKind::Gt => sb.len() < sa.len() && subset(&sb, x),
                        _ => unreachable!(),
                    });
                }
                _ => {
                    if self.user_class(a).is_some() || self.user_class(b).is_some() {
                        let r = self.compare_special(a, b, op)?;
                        return self.is_true(&r);
                    }
                    return Err(self.cmp_unsupported(a, b, op));
                }
            }
        };
        Ok(match ord {
            None => false,
            Some(o) => match op {
                CmpOpKind::Lt => o == Ordering::Less,
                CmpOpKind::Le => o != Ordering::Greater,
                CmpOpKind::Gt => o == Ordering::Greater,
                CmpOpKind::Ge => o != Ordering::Less,
                CmpOpKind::Eq => o == Ordering::Equal,
                CmpOpKind::Ne => o != Ordering::Equal,
            },
        })
    }

    fn seq_order(&mut self, s: &[Value], t: &[Value], op: CmpOpKind) -> PyResult<bool> {
        for (p, q) in s.iter().zip(t.iter()) {
            if !p.is(q) && !self.eq(p, q)? {
                self.enter().map_err(|_| {
                    self.new_exc_msg(
                        &self.types.exc.recursion_error,
                        "maximum recursion depth exceeded in comparison",
                    )
                })?;
                let r = self.order(p, q, op);
                self.leave();
                return r;
            }
        }
        let (ls, lt) = (s.len(), t.len());
        Ok(match op {
            CmpOpKind::Lt => ls < lt,
            CmpOpKind::Le => ls <= lt,
            CmpOpKind::Gt => ls > lt,
            CmpOpKind::Ge => ls >= lt,
            CmpOpKind::Eq => ls == lt,
            CmpOpKind::Ne => ls != lt,
        })
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if self.user_class(container).is_some() {
            if let Some(r) =
                self.call_special(container, "__contains__", std::slice::from_ref(item))
            {
                let r = r?;
                return self.is_true(&r);
            }
            if let Some(b) = Self::inst_base(container) {
                let b = b.clone();
                return self.contains(&b, item);
            }
        }
        if let Value::Obj(o) = container {
            match &**o {
                PyObject::Str(s) => {
                    let Some(sub) = item.str_ref() else {
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        )));
                    };
                    return Ok(s.as_str().contains(sub.as_str()));
                }
                PyObject::Bytes(b) => {
                    return match item {
                        Value::Int(i) => Ok(b.contains(&(*i as u8))),
                        _ => match item.as_obj() {
                            Some(PyObject::Bytes(sub)) => {
                                Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                            }
                            _ => Err(self.type_error(format!(
                                "a bytes-like object is required, not '{}'",
                                self.type_name(item)
                            ))),
                        },
                    };
                }
                PyObject::List(l) => {
                    let items = l.borrow().clone();
                    for x in items.iter() {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                PyObject::Tuple(t) => {
                    for x in t.iter() {
                        if x.is(item) || self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                PyObject::Dict(d) => {
                    let h = self.hash(item)?;
                    return self
                        .with_py_eq(item, |eq| d.borrow().get(h, item, eq).map(|v| v.is_some()));
                }
                PyObject::Set(s) => {
                    let item = &crate::builtins::setops::frozen_key(item);
                    let h = self.hash(item)?;
                    return self
                        .with_py_eq(item, |eq| s.borrow().find(h, item, eq).map(|v| v.is_some()));
                }
                PyObject::FrozenSet(s) => {
                    let item = &crate::builtins::setops::frozen_key(item);
                    let h = self.hash(item)?;
                    return self.with_py_eq(item, |eq| s.find(h, item, eq).map(|v| v.is_some()));
                }
                PyObject::BigRange(r) => {
                    if let Some(n @ (Num::I(_) | Num::B(_))) = as_num(item)
                        && !matches!(item, Value::Float(_))
                    {
                        return Ok(crate::builtins::bigrange::contains(
                            r,
                            &crate::ops::arith::to_big(&n),
                        ));
                    }
                }
                PyObject::Range(r) => {
                    if let Some(Num::B(b)) = as_num(item) {
                        let big = crate::builtins::bigrange::as_big(o).unwrap();
                        return Ok(crate::builtins::bigrange::contains(&big, b));
                    }
                    if let Some(Num::I(i)) = as_num(item)
                        && !matches!(item, Value::Float(_))
                    {
                        let n = r.len();
                        if n == 0 {
                            return Ok(false);
                        }
                        let off = i as i128 - r.start as i128;
                        if off % r.step as i128 != 0 {
                            return Ok(false);
                        }
                        let k = off / r.step as i128;
                        return Ok(k >= 0 && k < n as i128);
                    }
                }
                _ => {}
            }
        }
        // generic: iterate
        let Some(it) = self.try_iter(container)? else {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        };
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
