//! Binary and unary operators (`BINARY_OP`, `UNARY_*`) for the builtin types.
//!
//! Integers: `i64` fast paths with checked arithmetic; on overflow the operation is redone on
//! `BigInt`s and the result normalised (`Value::from_bigint`). Floor division and modulo round toward
//! negative infinity, as Python requires. `int / int` is correctly rounded even for big operands.

use crate::bytecode::opcodes::BinOpKind;
use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::{PyObject, PyStr};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A numeric operand: small int, big int or float (bools are ints).
pub enum Num<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::Float(f) => Some(Num::F(*f)),
        Value::Obj(o) => match &**o {
            PyObject::Int(b) => Some(Num::B(b)),
            _ => None,
        },
        _ => None,
    }
}

/// `a // b` and `a % b` for `a >= 0`, `b > 0` whose quotient is below 2**62 (`(3*q + r) // t`
/// in a pi spigot): the quotient estimated from the top 128 bits of `a` and 64 bits of `b`, then
/// corrected, in O(n) with one multiply-by-scalar and one subtraction, where a general division
/// normalises and copies both operands. None for other operands.
fn small_quotient(a: &BigInt, b: &BigInt) -> Option<(u64, BigInt)> {
    if a.sign() == num_bigint::Sign::Minus || b.sign() != num_bigint::Sign::Plus {
        return None;
    }
    let (abits, bbits) = (a.bits(), b.bits());
    if bbits < 64 || abits > bbits + 62 {
        return None;
    }
    let shift = bbits - 64;
    let a_top = (a >> shift).to_u128()?;
    let b_top = (b >> shift).to_u128()?;
    // b_top >= 2**63, so the estimate is the true quotient or one more
    let mut q = (a_top / b_top) as u64;
    let mut r = a - b * BigInt::from(q);
    while r.sign() == num_bigint::Sign::Minus {
        q -= 1;
        r += b;
    }
    while &r >= b {
        q += 1;
        r -= b;
    }
    Some((q, r))
}

/// `n` as a big int, borrowed when it is one.
fn big_ref<'a>(n: &Num<'a>) -> std::borrow::Cow<'a, BigInt> {
    match n {
        Num::I(i) => std::borrow::Cow::Owned(BigInt::from(*i)),
        Num::B(b) => std::borrow::Cow::Borrowed(b),
        Num::F(_) => unreachable!(),
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => (*b).clone(),
        Num::F(_) => unreachable!(),
    }
}

fn to_i128(n: &Num) -> Option<i128> {
    match n {
        Num::I(i) => Some(*i as i128),
        Num::B(b) => b.to_i128(),
        Num::F(_) => None,
    }
}

/// `a op b` on i128 operands for the operators whose result needs no error and fits: None sends
/// the operation to the big-int path (overflow, division by zero, shifts, powers).
fn i128_op(a: i128, b: i128, op: BinOpKind) -> Option<i128> {
    use BinOpKind::*;
    match op.base() {
        Add => a.checked_add(b),
        Subtract => a.checked_sub(b),
        Multiply => a.checked_mul(b),
        FloorDivide if b != 0 && !(a == i128::MIN && b == -1) => {
            let (q, r) = (a / b, a % b);
            Some(if r != 0 && ((r < 0) != (b < 0)) {
                q - 1
            } else {
                q
            })
        }
        Remainder if b != 0 && !(a == i128::MIN && b == -1) => {
            let r = a % b;
            Some(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            })
        }
        And => Some(a & b),
        Or => Some(a | b),
        Xor => Some(a ^ b),
        _ => None,
    }
}

/// Floor division for i64 (None on overflow: MIN // -1).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// CPython's float divmod: (floor quotient, modulo with the sign of the divisor).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Correctly rounded `a / b` for integers.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
    if b.is_zero() {
        return Err("division by zero");
    }
    let negative = a.is_negative() != b.is_negative();
    let n = a.abs();
    let d = b.abs();
    if n.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    if n.bits() <= 53 && d.bits() <= 53 {
        let r = n.to_f64().unwrap() / d.to_f64().unwrap();
        return Ok(if negative { -r } else { r });
    }
    let e = n.bits() as i64 - d.bits() as i64;
    let shift = 55 - e;
    let (nn, dd) = if shift >= 0 {
        (n << shift as usize, d)
    } else {
        (n, d << (-shift) as usize)
    };
    let (q, r) = nn.div_rem(&dd);
    let mut q = q.to_u64().unwrap();
    let sticky = !r.is_zero();
    let qbits = 64 - q.leading_zeros() as i64;
    // exponent of the result: value = q * 2^-shift
    let mut exp = -shift;
    // target 53 significant bits, fewer for subnormals
    let top = qbits + exp; // value in [2^(top-1), 2^top)
    let min_exp = -1074i64;
    let keep = if top - 53 < min_exp {
        (top - min_exp).max(0)
    } else {
        53
    };
    let extra = qbits - keep;
    if extra > 0 {
        let half = 1u64 << (extra - 1);
        let rem = q & ((1u64 << extra) - 1);
        q >>= extra;
        exp += extra;
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let r = (q as f64) * 2f64.powi(exp.clamp(-1100, 1100) as i32);
    let r = if exp < -1022 {
        // avoid double rounding through powi underflow: scale in two steps
        (q as f64) * 2f64.powi((exp + 600) as i32) * 2f64.powi(-600)
    } else {
        r
    };
    if r.is_infinite() {
        return Err("integer division result too large for a float");
    }
    Ok(if negative { -r } else { r })
}

/// Big int to float, with CPython's OverflowError.
pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

impl Vm {
    pub fn num_to_f64(&self, n: &Num) -> PyResult<f64> {
        Ok(match n {
            Num::I(i) => *i as f64,
            Num::B(b) => big_to_f64(self, b)?,
            Num::F(f) => *f,
        })
    }

    pub(crate) fn unsupported_binop(&self, op: BinOpKind, a: &Value, b: &Value) -> PyErr {
        let sym = op.symbol();
        if op == BinOpKind::Power || op == BinOpKind::InplacePower {
            return self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op.is_inplace() {
                    "**="
                } else {
                    "** or pow()"
                },
                self.type_name(a),
                self.type_name(b)
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a <op> b` (including in-place forms, which mutate lists and sets in place).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op.base() {
                BinOpKind::And => return Ok(Value::Bool(x & y)),
                BinOpKind::Or => return Ok(Value::Bool(x | y)),
                BinOpKind::Xor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let Some(r) = self.num_op(&x, &y, op.base())? {
                return Ok(r);
            }
            return Err(self.unsupported_binop(op, a, b));
        }
        if self.user_class(a).is_some() || self.user_class(b).is_some() {
            return self.binary_special(a, b, op);
        }
        if let Some(r) = self.seq_op(a, b, op)? {
            return Ok(r);
        }
        Err(self.unsupported_binop(op, a, b))
    }

    fn num_op(&mut self, x: &Num, y: &Num, op: BinOpKind) -> PyResult<Option<Value>> {
        use BinOpKind::*;
        // float arithmetic if either side is a float
        if matches!(x, Num::F(_)) || matches!(y, Num::F(_)) {
            if matches!(op, And | Or | Xor | Lshift | Rshift | MatrixMultiply) {
                return Ok(None);
            }
            let a = self.num_to_f64(x)?;
            let b = self.num_to_f64(y)?;
            return self.float_op(a, b, op).map(Some);
        }
        if let (Num::I(a), Num::I(b)) = (x, y) {
            let (a, b) = (*a, *b);
            let r = match op {
                Add => a.checked_add(b).map(Value::Int),
                Subtract => a.checked_sub(b).map(Value::Int),
                Multiply => a.checked_mul(b).map(Value::Int),
                FloorDivide => {
                    if b == 0 {
                        return Err(self.zero_division("integer division or modulo by zero"));
                    }
                    floordiv_i64(a, b).map(Value::Int)
                }
                Remainder => {
                    if b == 0 {
                        return Err(self.zero_division("integer modulo by zero"));
                    }
                    Some(Value::Int(if b == -1 { 0 } else { mod_i64(a, b) }))
                }
                TrueDivide => {
                    if b == 0 {
                        return Err(self.zero_division("division by zero"));
                    }
                    if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                        Some(Value::Float(a as f64 / b as f64))
                    } else {
                        None
                    }
                }
                And => Some(Value::Int(a & b)),
                Or => Some(Value::Int(a | b)),
                Xor => Some(Value::Int(a ^ b)),
                Lshift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    if b < 63 && (a == 0 || (a.unsigned_abs().leading_zeros() as i64) > b + 1) {
                        Some(Value::Int(a << b))
                    } else if a == 0 {
                        Some(Value::Int(0))
                    } else {
                        None
                    }
                }
                Rshift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    Some(Value::Int(a >> b.min(63)))
                }
                Power => {
                    if b < 0 {
                        if a == 0 {
                            return Err(
                                self.zero_division("0.0 cannot be raised to a negative power")
                            );
                        }
                        return self.float_op(a as f64, b as f64, Power).map(Some);
                    }
                    if b <= u32::MAX as i64 {
                        a.checked_pow(b as u32).map(Value::Int)
                    } else {
                        None
                    }
                }
                MatrixMultiply => return Ok(None),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(r));
            }
        }
        // just past i64 (hashes, LCGs, products of two i64s): in i128, without BigInt operands
        if let (Some(a), Some(b)) = (to_i128(x), to_i128(y))
            && let Some(r) = i128_op(a, b, op)
        {
            return Ok(Some(match i64::try_from(r) {
                Ok(small) => Value::Int(small),
                Err(_) => Value::from_bigint(BigInt::from(r)),
            }));
        }
        // big-int path, on references (an operand of thousands of digits is not copied)
        let (a, b) = (big_ref(x), big_ref(y));
        let (a, b): (&BigInt, &BigInt) = (&a, &b);
        let r = match op {
            Add => Value::from_bigint(a + b),
            Subtract => Value::from_bigint(a - b),
            Multiply => Value::from_bigint(a * b),
            FloorDivide => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                match small_quotient(a, b) {
                    Some((q, _)) => Value::Int(q as i64),
                    None => Value::from_bigint(a.div_floor(b)),
                }
            }
            Remainder => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                match small_quotient(a, b) {
                    Some((_, r)) => Value::from_bigint(r),
                    None => Value::from_bigint(a.mod_floor(b)),
                }
            }
            TrueDivide => match int_true_div(a, b) {
                Ok(f) => Value::Float(f),
                Err(m) if m == "division by zero" => return Err(self.zero_division(m)),
                Err(m) => return Err(self.overflow_error(m)),
            },
            And => Value::from_bigint(a & b),
            Or => Value::from_bigint(a | b),
            Xor => Value::from_bigint(a ^ b),
            Lshift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if a.is_zero() {
                    // 0 << n is 0 for any n, however large (as CPython)
                    return Ok(Some(Value::Int(0)));
                }
                let Some(s) = b.to_usize().filter(|s| *s < (1usize << 32)) else {
                    return Err(self.overflow_error("too many digits in integer"));
                };
                Value::from_bigint(a << s)
            }
            Rshift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = b.to_usize().unwrap_or(usize::MAX).min(1 << 40);
                if s as u64 >= a.bits() {
                    Value::Int(if a.is_negative() { -1 } else { 0 })
                } else {
                    // num-bigint's `>>` rounds toward negative infinity, as Python's does
                    Value::from_bigint(a >> s)
                }
            }
            Power => {
                if b.is_negative() {
                    if a.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let fa = big_to_f64(self, a)?;
                    let fb = big_to_f64(self, b)?;
                    return self.float_op(fa, fb, Power).map(Some);
                }
                if a.is_zero() || a.is_one() {
                    Value::from_bigint(a.clone())
                } else if *a == BigInt::from(-1) {
                    Value::Int(if b.is_even() { 1 } else { -1 })
                } else {
                    let Some(e) = b.to_u32() else {
                        return Err(self.new_exc_msg(&self.types.exc.memory_error, ""));
                    };
                    Value::from_bigint(num_traits::pow::Pow::pow(a, e))
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    pub fn float_op(&mut self, a: f64, b: f64, op: BinOpKind) -> PyResult<Value> {
        use BinOpKind::*;
        Ok(Value::Float(match op {
            Add => a + b,
            Subtract => a - b,
            Multiply => a * b,
            TrueDivide => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            FloorDivide => {
                if b == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(a, b).0
            }
            Remainder => {
                if b == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(a, b).1
            }
            Power => return self.float_pow(a, b),
            _ => return Err(self.type_error("unsupported float operation")),
        }))
    }

    pub fn float_pow(&mut self, a: f64, b: f64) -> PyResult<Value> {
        if a == 0.0 && b < 0.0 && b.is_finite() {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
            return Err(self.not_implemented("complex numbers are not supported yet by pyjit (negative number raised to a fractional power)"));
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(Value::Float(r))
    }

    /// Sequence and container operators: `+`, `*` on str/list/tuple/bytes, set algebra, dict `|`,
    /// str `%` formatting. `None` when the types do not support the operator.
    pub(crate) fn seq_op(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOpKind,
    ) -> PyResult<Option<Value>> {
        use BinOpKind::*;
        let (Value::Obj(ao), bv) = (a, b) else {
            // int * seq
            if op.base() == Multiply
                && let Some(r) = self.times_seq(a, b)
            {
                return r.map(Some);
            }
            return Ok(None);
        };
        let base = op.base();
        match (&**ao, base) {
            (PyObject::Str(s), Add) => {
                if let Some(t) = bv.str_ref() {
                    let mut r = String::with_capacity(s.as_str().len() + t.as_str().len());
                    r.push_str(s.as_str());
                    r.push_str(t.as_str());
                    return Ok(Some(Value::obj(PyObject::Str(PyStr::new(r)))));
                }
                return Err(self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(bv)
                )));
            }
            (PyObject::Str(_), Remainder) => {
                return crate::builtins::strfmt::percent_format(self, a, b).map(Some);
            }
            (PyObject::Bytes(_), Remainder) => {
                return crate::builtins::strfmt::bytes_percent_format(self, a, b).map(Some);
            }
            (PyObject::List(l), Add) => {
                if let Some(PyObject::List(m)) = bv.as_obj() {
                    if op.is_inplace() {
                        let items = m.borrow().clone();
                        l.borrow_mut().extend(items);
                        return Ok(Some(a.clone()));
                    }
                    let mut v = l.borrow().clone();
                    v.extend(m.borrow().iter().cloned());
                    return Ok(Some(self.new_list(v)));
                }
                if op.is_inplace() {
                    let items = self.collect(bv)?;
                    l.borrow_mut().extend(items);
                    return Ok(Some(a.clone()));
                }
                return Err(self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(bv)
                )));
            }
            (PyObject::Tuple(t), Add) => {
                if let Some(PyObject::Tuple(u)) = bv.as_obj() {
                    let mut v = t.to_vec();
                    v.extend(u.iter().cloned());
                    return Ok(Some(self.new_tuple(v)));
                }
                return Err(self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(bv)
                )));
            }
            (PyObject::Bytes(x), Add) => {
                if let Some(PyObject::Bytes(y)) = bv.as_obj() {
                    let mut v = x.to_vec();
                    v.extend_from_slice(y);
                    return Ok(Some(Value::obj(PyObject::Bytes(v.into_boxed_slice()))));
                }
                return Err(
                    self.type_error(format!("can't concat {} to bytes", self.type_name(bv)))
                );
            }
            (
                PyObject::Str(_) | PyObject::List(_) | PyObject::Tuple(_) | PyObject::Bytes(_),
                Multiply,
            ) => {
                if let Some(n) = self.repeat_count(bv) {
                    let n = n?;
                    if op.is_inplace()
                        && let PyObject::List(l) = &**ao
                    {
                        let items = l.borrow().clone();
                        let mut out = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            out.extend(items.iter().cloned());
                        }
                        *l.borrow_mut() = out;
                        return Ok(Some(a.clone()));
                    }
                    return self.repeat(a, n).map(Some);
                }
                return Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(bv)
                )));
            }
            (PyObject::Set(_) | PyObject::FrozenSet(_), And | Or | Xor | Subtract) => {
                if matches!(bv.as_obj(), Some(PyObject::Set(_) | PyObject::FrozenSet(_))) {
                    return crate::builtins::setops::set_binop(self, a, b, op).map(Some);
                }
                return Ok(None);
            }
            (PyObject::DictView { kind, .. }, And | Or | Xor | Subtract) if *kind != 1 => {
                if self.try_iter(bv)?.is_none() {
                    return Ok(None);
                }
                let items = self.collect(a)?;
                let left = crate::builtins::setops::new_set(self, items, false)?;
                let right =
                    if matches!(bv.as_obj(), Some(PyObject::Set(_) | PyObject::FrozenSet(_))) {
                        bv.clone()
                    } else {
                        let items = self.collect(bv)?;
                        crate::builtins::setops::new_set(self, items, false)?
                    };
                return crate::builtins::setops::set_binop(self, &left, &right, base).map(Some);
            }
            (PyObject::Dict(d), Or) => {
                if let Some(PyObject::Dict(e)) = bv.as_obj() {
                    let other = e.borrow().clone();
                    if op.is_inplace() {
                        for en in other.iter() {
                            let (h, k, v) = (en.hash, en.key.clone(), en.value.clone());
                            crate::builtins::dicts::dict_insert_hashed(self, d, h, k, v)?;
                        }
                        return Ok(Some(a.clone()));
                    }
                    let mut nd = d.borrow().clone();
                    for en in other.iter() {
                        let (h, k, v) = (en.hash, en.key.clone(), en.value.clone());
                        nd.insert(h, k, v, |x, y| crate::ops::compare::eq_pure(x, y).ok_or(()))
                            .ok();
                    }
                    return Ok(Some(self.new_dict(nd)));
                }
                return Ok(None);
            }
            _ => {}
        }
        // seq * int where the int is on the right and the left is not a sequence is handled above;
        // int on the left with a sequence on the right:
        if base == Multiply
            && let Some(r) = self.times_seq(a, b)
        {
            return r.map(Some);
        }
        Ok(None)
    }

    /// `n * seq` for a builtin sequence `seq` (None for anything else): the sequence repeated
    /// when `n` stands for an int, else CPython's "can't multiply sequence by non-int".
    pub(crate) fn times_seq(&mut self, n: &Value, seq: &Value) -> Option<PyResult<Value>> {
        if !matches!(
            seq.as_obj(),
            Some(PyObject::Str(_) | PyObject::List(_) | PyObject::Tuple(_) | PyObject::Bytes(_))
        ) {
            return None;
        }
        Some(match self.repeat_count(n) {
            Some(k) => k.and_then(|k| self.repeat(seq, k)),
            None => Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(n)
            ))),
        })
    }

    /// The repeat count of `seq * n`, if `n` is an int (negative counts as 0).
    fn repeat_count(&mut self, n: &Value) -> Option<PyResult<usize>> {
        if self.user_index_like(n) {
            return match self.user_index(n) {
                Ok(i) => self.repeat_count(&i),
                Err(e) => Some(Err(e)),
            };
        }
        match n {
            Value::Int(i) => Some(Ok((*i).max(0) as usize)),
            Value::Bool(b) => Some(Ok(*b as usize)),
            Value::Obj(o) => match &**o {
                PyObject::Int(b) => {
                    if b.is_negative() {
                        Some(Ok(0))
                    } else {
                        Some(Err(self.overflow_error(
                            "cannot fit 'int' into an index-sized integer",
                        )))
                    }
                }
                _ => None,
            },
            _ => None,
        }
    }

    fn repeat(&mut self, seq: &Value, n: usize) -> PyResult<Value> {
        let Value::Obj(o) = seq else { unreachable!() };
        let len = match &**o {
            PyObject::Str(s) => s.as_str().len(),
            PyObject::List(l) => l.borrow().len(),
            PyObject::Tuple(t) => t.len(),
            PyObject::Bytes(b) => b.len(),
            _ => 0,
        };
        if len.checked_mul(n).is_none_or(|t| t > (1usize << 40)) {
            return Err(self.new_exc_msg(&self.types.exc.memory_error, ""));
        }
        Ok(match &**o {
            PyObject::Str(s) => Value::obj(PyObject::Str(PyStr::new(s.as_str().repeat(n)))),
            PyObject::Bytes(b) => Value::obj(PyObject::Bytes(b.repeat(n).into_boxed_slice())),
            PyObject::List(l) => {
                let items = l.borrow();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                self.new_list(v)
            }
            PyObject::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                self.new_tuple(v)
            }
            _ => unreachable!(),
        })
    }

    pub fn unary_negative(&mut self, v: &Value) -> PyResult<Value> {
        match as_num(v) {
            Some(Num::I(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(i)),
            }),
            Some(Num::B(b)) => Ok(Value::from_bigint(-b.clone())),
            Some(Num::F(f)) => Ok(Value::Float(-f)),
            None => {
                if let Some(r) = self.unary_special(v, "__neg__") {
                    return r;
                }
                Err(self.type_error(format!(
                    "bad operand type for unary -: '{}'",
                    self.type_name(v)
                )))
            }
        }
    }

    pub fn unary_positive(&mut self, v: &Value) -> PyResult<Value> {
        match as_num(v) {
            Some(Num::I(i)) => Ok(Value::Int(i)),
            Some(_) => Ok(v.clone()),
            None => {
                if let Some(r) = self.unary_special(v, "__pos__") {
                    return r;
                }
                Err(self.type_error(format!(
                    "bad operand type for unary +: '{}'",
                    self.type_name(v)
                )))
            }
        }
    }

    pub fn unary_invert(&mut self, v: &Value) -> PyResult<Value> {
        match as_num(v) {
            Some(Num::I(i)) => Ok(Value::Int(!i)),
            Some(Num::B(b)) => Ok(Value::from_bigint(-(b + BigInt::one()))),
            _ => {
                if let Some(r) = self.unary_special(v, "__invert__") {
                    return r;
                }
                Err(self.type_error(format!(
                    "bad operand type for unary ~: '{}'",
                    self.type_name(v)
                )))
            }
        }
    }

    /// `abs(v)`.
    pub fn abs(&mut self, v: &Value) -> PyResult<Value> {
        match as_num(v) {
            Some(Num::I(i)) => Ok(match i.checked_abs() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(BigInt::from(i).abs()),
            }),
            Some(Num::B(b)) => Ok(Value::from_bigint(b.abs())),
            Some(Num::F(f)) => Ok(Value::Float(f.abs())),
            None => {
                if let Some(r) = self.unary_special(v, "__abs__") {
                    return r;
                }
                Err(self.type_error(format!(
                    "bad operand type for abs(): '{}'",
                    self.type_name(v)
                )))
            }
        }
    }
}
