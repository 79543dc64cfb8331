//! `range` objects whose bounds or length do not fit in `i64` (`range(10**20)`). Ranges that fit
//! are `RangeObj` (the fast, common case); both are the Python type `range`.

use crate::interp::{PyResult, Vm};
use crate::objects::{IterState, PyObject, RangeObj};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    pub fn len(&self) -> BigInt {
        let (lo, hi, st) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -self.step.clone())
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - BigInt::one()) / st + BigInt::one()
        }
    }
}

/// Build a range from int values (any size); a `RangeObj` when everything fits in i64.
pub fn make_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let r = BigRange { start, stop, step };
    if let (Some(a), Some(b), Some(c)) = (r.start.to_i64(), r.stop.to_i64(), r.step.to_i64())
        && r.len().to_i64().is_some()
        && c != i64::MIN
    {
        return Value::obj(PyObject::Range(RangeObj {
            start: a,
            stop: b,
            step: c,
        }));
    }
    Value::obj(PyObject::BigRange(Box::new(r)))
}

pub fn len_checked(vm: &Vm, r: &BigRange) -> PyResult<usize> {
    r.len()
        .to_usize()
        .filter(|n| *n <= i64::MAX as usize)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn repr(r: &BigRange) -> String {
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// `r[i]` for an int index of any size.
pub fn item(vm: &Vm, r: &BigRange, i: &BigInt) -> PyResult<Value> {
    let n = r.len();
    let k = if i.is_negative() { i + &n } else { i.clone() };
    if k.is_negative() || k >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(&r.start + k * &r.step))
}

pub fn contains(r: &BigRange, x: &BigInt) -> bool {
    let n = r.len();
    if n.is_zero() {
        return false;
    }
    let off = x - &r.start;
    if !off.mod_floor(&r.step).is_zero() {
        return false;
    }
    let k = off / &r.step;
    !k.is_negative() && k < n
}

pub fn iter(r: &BigRange) -> IterState {
    IterState::BigRange {
        next: r.start.clone(),
        remaining: r.len(),
        step: r.step.clone(),
    }
}

/// The big-int view of any range object (for slicing and comparisons).
pub fn as_big(o: &PyObject) -> Option<BigRange> {
    match o {
        PyObject::Range(r) => Some(BigRange {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
        }),
        PyObject::BigRange(b) => Some(BigRange {
            start: b.start.clone(),
            stop: b.stop.clone(),
            step: b.step.clone(),
        }),
        _ => None,
    }
}

/// `r[slice]` with CPython's resulting start/stop/step, computed on big ints.
pub fn slice(vm: &mut Vm, r: &BigRange, sl: &[Value; 3]) -> PyResult<Value> {
    let n = r.len();
    let big = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match crate::ops::arith::as_num(v) {
            Some(x @ (crate::ops::arith::Num::I(_) | crate::ops::arith::Num::B(_))) => {
                Ok(Some(crate::ops::arith::to_big(&x)))
            }
            _ => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = big(vm, &sl[2])?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &n - 1)
    } else {
        (BigInt::zero(), n.clone())
    };
    let adjust = |v: BigInt| -> BigInt {
        if v.is_negative() {
            let v = v + &n;
            if v < lower { lower.clone() } else { v }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = match big(vm, &sl[0])? {
        Some(v) => adjust(v),
        None => {
            if step.is_negative() {
                upper.clone()
            } else {
                lower.clone()
            }
        }
    };
    let stop = match big(vm, &sl[1])? {
        Some(v) => adjust(v),
        None => {
            if step.is_negative() {
                lower.clone()
            } else {
                upper.clone()
            }
        }
    };
    let new_step = &r.step * &step;
    let new_start = &r.start + start * &r.step;
    let new_stop = &r.start + stop * &r.step;
    Ok(make_range(new_start, new_stop, new_step))
}
