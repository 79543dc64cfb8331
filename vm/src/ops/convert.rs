//! Conversions: index-sized ints (`__index__`), floats (`float()`), ints from strings and floats
//! (`int()`), with CPython's error messages.

use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::ops::arith::{Num, as_num, big_to_f64};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

impl Vm {
    /// An int usable as an index (`operator.index`): bools and ints; big ints raise OverflowError.
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => {
                Err(self.overflow_error("Python int too large to convert to C ssize_t"))
            }
            _ => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    /// Like `to_index` but keeps big ints (for `int`-typed arguments such as `pow` exponents).
    pub fn to_int_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => Ok(v.clone()),
            _ => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }

    /// A float from a number (for math functions): "must be real number, not str".
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match as_num(v) {
            Some(n) => self.num_to_f64(&n),
            None => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    /// `float(v)`.
    pub fn float_from(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(s) = v.str_ref() {
            return crate::objects::format::parse_float(s.as_str()).ok_or_else(|| {
                self.value_error(format!("could not convert string to float: {}", crate::objects::strmethods::repr(s.as_str())))
            });
        }
        match as_num(v) {
            Some(n) => self.num_to_f64(&n),
            None => Err(self.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                self.type_name(v)
            ))),
        }
    }

    /// `int(v)` (no base).
    pub fn int_from(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(s) = v.str_ref() {
            return self.int_from_str(s.as_str(), 10);
        }
        if let Some(PyObject::Bytes(b)) = v.as_obj() {
            let s = String::from_utf8_lossy(b).into_owned();
            return self.int_from_str(&s, 10);
        }
        match as_num(v) {
            Some(Num::I(i)) => Ok(Value::Int(i)),
            Some(Num::B(_)) => Ok(v.clone()),
            Some(Num::F(f)) => self.int_from_float(f),
            None => Err(self.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                self.type_name(v)
            ))),
        }
    }

    pub fn int_from_float(&mut self, f: f64) -> PyResult<Value> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.2e18 {
            return Ok(Value::Int(t as i64));
        }
        Ok(Value::from_bigint(BigInt::from_f64(t).unwrap()))
    }

    /// `int(s, base)`: whitespace, sign, underscores between digits, base prefixes (base 0 infers).
    pub fn int_from_str(&mut self, s: &str, base: u32) -> PyResult<Value> {
        let err = |vm: &Vm| {
            vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base,
                crate::objects::strmethods::repr(s)
            ))
        };
        let t = s.trim_matches(|c: char| c.is_whitespace());
        let (neg, body) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let lower = body.to_ascii_lowercase();
        let mut radix = base;
        let mut digits: &str = &lower;
        let prefixed = |p: &str| lower.starts_with(p);
        if base == 0 || base == 16 && prefixed("0x") || base == 8 && prefixed("0o") || base == 2 && prefixed("0b") {
            if prefixed("0x") {
                radix = 16;
                digits = &lower[2..];
            } else if prefixed("0o") {
                radix = 8;
                digits = &lower[2..];
            } else if prefixed("0b") {
                radix = 2;
                digits = &lower[2..];
            } else if base == 0 {
                radix = 10;
                if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                    return Err(err(self));
                }
            }
            // after a prefix, one leading underscore is allowed
            if digits.starts_with('_') && digits.len() != lower.len() {
                digits = &digits[1..];
            }
        }
        if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
            return Err(err(self));
        }
        let clean: String = digits.chars().filter(|c| *c != '_').collect();
        if !clean.chars().all(|c| c.is_digit(radix)) {
            // allow non-ASCII decimal digits for base 10
            if radix == 10 && clean.chars().all(|c| c.is_numeric()) {
                let ascii: Option<String> = clean.chars().map(|c| c.to_digit(10).and_then(|d| char::from_digit(d, 10))).collect();
                if let Some(a) = ascii {
                    return self.int_from_str(&format!("{}{}", if neg { "-" } else { "" }, a), 10);
                }
            }
            return Err(err(self));
        }
        if radix == 10 && clean.len() > super::repr::INT_MAX_STR_DIGITS {
            return Err(self.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                super::repr::INT_MAX_STR_DIGITS,
                clean.len()
            )));
        }
        if let Ok(v) = i64::from_str_radix(&clean, radix) {
            return Ok(Value::Int(if neg { -v } else { v }));
        }
        let b = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(|| err(self))?;
        Ok(Value::from_bigint(if neg { -b } else { b }))
    }

    /// A number as f64 for float-only contexts (`math.*`), converting big ints with overflow checks.
    pub fn big_or_small_to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match as_num(v) {
            Some(Num::B(b)) => big_to_f64(self, b),
            Some(n) => self.num_to_f64(&n),
            None => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    /// An int value as i64 if it fits.
    pub fn small_int(v: &Value) -> Option<i64> {
        match v {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::Obj(o) => match &**o {
                PyObject::Int(b) => b.to_i64(),
                _ => None,
            },
            _ => None,
        }
    }
}
