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
        if self.user_class(v).is_some() {
            let i = self.user_index(v)?;
            return self.to_index(&i);
        }
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => {
                Err(self.overflow_error("Python int too large to convert to C ssize_t"))
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// Like `to_index` but keeps big ints (for `int`-typed arguments such as `pow` exponents).
    pub fn to_int_value(&mut self, v: &Value) -> PyResult<Value> {
        if self.user_class(v).is_some() {
            return self.user_index(v);
        }
        match v {
            Value::Int(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => Ok(v.clone()),
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// Does a user-defined object stand for an int (`__index__`, or an int subclass)?
    pub(crate) fn user_index_like(&self, v: &Value) -> bool {
        self.user_class(v).is_some()
            && (self.py_special(v, "__index__").is_some() || Self::inst_base(v).is_some())
    }

    /// `operator.index(v)` for an instance of a user-defined class (`__index__`, which must
    /// return an int; an int subclass gives its value).
    pub(crate) fn user_index(&mut self, v: &Value) -> PyResult<Value> {
        let r = match self.call_special(v, "__index__", &[]) {
            Some(r) => r?,
            None => match Self::inst_base(v) {
                Some(b) if matches!(as_num(b), Some(Num::I(_) | Num::B(_))) => b.clone(),
                _ => {
                    return Err(self.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    )));
                }
            },
        };
        match as_num(&r) {
            Some(Num::I(i)) => Ok(Value::Int(i)),
            Some(Num::B(_)) => Ok(r),
            _ if Self::inst_base(&r)
                .is_some_and(|b| matches!(as_num(b), Some(Num::I(_) | Num::B(_)))) =>
            {
                Ok(Self::inst_base(&r).unwrap().clone())
            }
            _ => Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            ))),
        }
    }

    /// A float from a number (for math functions): "must be real number, not str".
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        if self.user_class(v).is_some() {
            let f = self.float_from(v)?;
            return Ok(f);
        }
        match as_num(v) {
            Some(n) => self.num_to_f64(&n),
            None => Err(self.type_error(format!("must be real number, not {}", self.type_name(v)))),
        }
    }

    /// `float(v)`.
    pub fn float_from(&mut self, v: &Value) -> PyResult<f64> {
        if self.user_class(v).is_some() {
            if let Some(r) = self.call_special(v, "__float__", &[]) {
                let r = r?;
                return match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(self.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        self.type_name(v),
                        self.type_name(&r)
                    ))),
                };
            }
            if self.py_special(v, "__index__").is_some() {
                let i = self.user_index(v)?;
                return self.float_from(&i);
            }
            if let Some(b) = Self::inst_base(v) {
                let b = b.clone();
                return self.float_from(&b);
            }
        }
        if let Some(s) = v.str_ref() {
            let s = s.as_str();
            let ascii = if s.is_ascii() {
                None
            } else {
                Some(transform_decimal_and_space(s))
            };
            return crate::objects::format::parse_float(ascii.as_deref().unwrap_or(s)).ok_or_else(
                || {
                    self.value_error(format!(
                        "could not convert string to float: {}",
                        crate::objects::strmethods::repr(s)
                    ))
                },
            );
        }
        if let Some(PyObject::Bytes(b)) = v.as_obj() {
            let parsed = std::str::from_utf8(b)
                .ok()
                .filter(|t| t.is_ascii())
                .and_then(crate::objects::format::parse_float);
            return parsed.ok_or_else(|| {
                self.value_error(format!(
                    "could not convert string to float: {}",
                    crate::objects::strmethods::bytes_repr(b)
                ))
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
        if self.user_class(v).is_some() {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = self.call_special(v, name, &[]) {
                    let r = r?;
                    return match as_num(&r) {
                        Some(Num::I(_) | Num::B(_)) if !matches!(r, Value::Bool(_)) => Ok(r),
                        Some(Num::I(i)) => Ok(Value::Int(i)),
                        _ => Err(self.type_error(format!(
                            "{name} returned non-int (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
            }
            if let Some(b) = Self::inst_base(v) {
                let b = b.clone();
                return self.int_from(&b);
            }
        }
        if let Some(s) = v.str_ref() {
            return self.int_from_str(s.as_str(), 10);
        }
        if let Some(PyObject::Bytes(b)) = v.as_obj() {
            return self.int_from_bytes_literal(b, 10);
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

    /// `int(s, base)` for a str: CPython first maps Unicode whitespace to ' ' and Unicode decimal
    /// digits to ASCII ones (`_PyUnicode_TransformDecimalAndSpaceToASCII`), then parses.
    pub fn int_from_str(&mut self, s: &str, base: u32) -> PyResult<Value> {
        let ascii = if s.is_ascii() {
            None
        } else {
            Some(transform_decimal_and_space(s))
        };
        let t = ascii.as_deref().unwrap_or(s);
        self.int_from_ascii(t.as_bytes(), base, || crate::objects::strmethods::repr(s))
    }

    /// `int(b, base)` for bytes: ASCII only.
    pub fn int_from_bytes_literal(&mut self, b: &[u8], base: u32) -> PyResult<Value> {
        self.int_from_ascii(b, base, || crate::objects::strmethods::bytes_repr(b))
    }

    /// CPython's `PyLong_FromString` on ASCII text: whitespace, sign, base prefixes (base 0
    /// infers), single underscores between digits. `shown` renders the argument for the message.
    fn int_from_ascii(
        &mut self,
        t: &[u8],
        base: u32,
        shown: impl Fn() -> String,
    ) -> PyResult<Value> {
        let err = |vm: &Vm| {
            vm.value_error(format!(
                "invalid literal for int() with base {base}: {}",
                shown()
            ))
        };
        let is_ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
        let start = t.iter().position(|c| !is_ws(c)).unwrap_or(t.len());
        let end = t.iter().rposition(|c| !is_ws(c)).map_or(start, |i| i + 1);
        let mut s = &t[start..end];
        let neg = match s.first() {
            Some(b'-') => {
                s = &s[1..];
                true
            }
            Some(b'+') => {
                s = &s[1..];
                false
            }
            _ => false,
        };
        let prefix = |c: u8| s.len() >= 2 && s[0] == b'0' && s[1].to_ascii_lowercase() == c;
        let mut radix = base;
        if base == 0 {
            radix = if prefix(b'x') {
                16
            } else if prefix(b'o') {
                8
            } else if prefix(b'b') {
                2
            } else {
                10
            };
        }
        let old_octal = base == 0 && radix == 10 && s.first() == Some(&b'0');
        if radix == 16 && prefix(b'x') || radix == 8 && prefix(b'o') || radix == 2 && prefix(b'b') {
            s = &s[2..];
            if s.first() == Some(&b'_') {
                s = &s[1..];
            }
        }
        if s.is_empty()
            || s[0] == b'_'
            || s[s.len() - 1] == b'_'
            || s.windows(2).any(|w| w == b"__")
        {
            return Err(err(self));
        }
        let digits: Vec<u8> = s.iter().copied().filter(|c| *c != b'_').collect();
        if !digits.iter().all(|c| (*c as char).is_digit(radix)) {
            return Err(err(self));
        }
        if old_octal && digits.iter().any(|c| *c != b'0') {
            return Err(err(self));
        }
        if !radix.is_power_of_two() && digits.len() > super::repr::INT_MAX_STR_DIGITS {
            return Err(self.value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                super::repr::INT_MAX_STR_DIGITS,
                digits.len()
            )));
        }
        let text = std::str::from_utf8(&digits).unwrap();
        if let Ok(v) = i64::from_str_radix(text, radix) {
            return Ok(Value::Int(if neg { -v } else { v }));
        }
        let b = BigInt::parse_bytes(&digits, radix).ok_or_else(|| err(self))?;
        Ok(Value::from_bigint(if neg { -b } else { b }))
    }

    /// A number as f64 for float-only contexts (`math.*`), converting big ints with overflow checks.
    pub fn big_or_small_to_f64(&mut self, v: &Value) -> PyResult<f64> {
        if self.user_class(v).is_some() {
            return self.float_from(v);
        }
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

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace becomes ' ', decimal
/// digits their ASCII digit, other non-ASCII chars '?' (so that they fail to parse).
fn transform_decimal_and_space(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if crate::objects::strmethods::is_space_char(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from(b'0' + d as u8)
            } else {
                '?'
            }
        })
        .collect()
}

/// The value of a Unicode decimal digit (category Nd). Nd characters come in runs of ten, 0 to 9,
/// so the value is the distance from the start of the run of decimals, modulo 10.
fn decimal_value(c: char) -> Option<u32> {
    let is_dec = |x: u32| {
        char::from_u32(x)
            .is_some_and(|ch| crate::objects::strmethods::isdecimal(ch.encode_utf8(&mut [0; 4])))
    };
    let cp = c as u32;
    if !is_dec(cp) {
        return None;
    }
    let mut first = cp;
    while first > 0 && is_dec(first - 1) {
        first -= 1;
    }
    Some((cp - first) % 10)
}
