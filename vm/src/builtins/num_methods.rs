//! Methods of `int` and `float`.

use super::{reg, reg_static};
use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::function::Args;
use crate::ops::arith::{Num, as_num, to_big};
use crate::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

fn big_self(a: &Args) -> BigInt {
    to_big(&as_num(&a.args[0]).unwrap())
}

fn bit_length(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(big_self(&a).abs().bits() as i64))
}

fn bit_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = big_self(&a).abs();
    Ok(Value::Int(
        b.to_u32_digits()
            .1
            .iter()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}

fn conjugate(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(match &a.args[0] {
        Value::Bool(b) => Value::Int(*b as i64),
        v => v.clone(),
    })
}

fn byteorder(vm: &mut Vm, a: &Args, pos: usize) -> PyResult<bool> {
    let v = a.pos().get(pos).or(a.kw("byteorder"));
    match v.and_then(|x| x.str_ref()).map(|s| s.as_str()) {
        Some("little") => Ok(true),
        Some("big") | None => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let length = match a.pos().get(1).or(a.kw("length")) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let little = byteorder(vm, &a, 2)?;
    let signed = match a.kw("signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let b = big_self(&a);
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::obj(PyObject::Bytes(bytes.into_boxed_slice())))
}

fn from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    let data = match p.first().and_then(|v| v.as_obj()) {
        Some(PyObject::Bytes(b)) => b.to_vec(),
        _ => {
            let items = match p.first() {
                Some(v) => vm.collect(v)?,
                None => {
                    return Err(
                        vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)")
                    );
                }
            };
            let mut out = Vec::new();
            for it in items {
                out.push(vm.to_index(&it)? as u8);
            }
            out
        }
    };
    let little = byteorder(
        vm,
        &Args {
            args: a.args,
            kwnames: a.kwnames,
        },
        1,
    )?;
    let signed = match a.kw("signed") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut d = data;
    if !little {
        d.reverse();
    }
    let b = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &d)
    };
    Ok(Value::from_bigint(b))
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = conjugate(vm, a)?;
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn fself(a: &Args) -> f64 {
    match as_num(&a.args[0]) {
        Some(Num::F(f)) => f,
        _ => 0.0,
    }
}

fn is_integer(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fself(&a);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fself(&a);
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1u64 << 52) - 1)) as i64;
    let mut e = if exp == 0 { -1074 } else { exp - 1075 };
    if exp != 0 {
        mant |= 1 << 52;
    }
    if mant == 0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant & 1 == 0 {
        mant >>= 1;
        e += 1;
    }
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if neg {
        num = -num;
    }
    Ok(vm.new_tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fself(&a);
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = f.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        // CPython always prints the 52 fraction bits as 13 hex digits
        let hex = format!("{mant:013x}");
        format!(
            "{}0x{}.{}p{}{}",
            if neg { "-" } else { "" },
            lead,
            hex,
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    Ok(vm.new_str(s))
}

/// `float.fromhex(s)`: exact, rounding half to even (including into the subnormal range).
fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(t) = a.pos().last().and_then(|v| v.str_ref()) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let s = t
        .as_str()
        .trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b')
        .to_ascii_lowercase();
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let bad = |vm: &Vm| vm.value_error("invalid hexadecimal floating-point string");
    let sign = |x: f64| Value::Float(if neg { -x } else { x });
    if body == "inf" || body == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if body == "nan" {
        return Ok(sign(f64::NAN));
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(vm));
            }
            // saturate: anything this large overflows or underflows anyway
            let mag = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 4)
                .min(i64::MAX / 4);
            (m, if e.starts_with('-') { -mag } else { mag })
        }
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty()
        || !ip.bytes().chain(fp.bytes()).all(|b| b.is_ascii_hexdigit())
    {
        return Err(bad(vm));
    }
    let digits: String = format!("{ip}{fp}");
    let m = BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(sign(0.0));
    }
    // value = m * 2**e
    let e = exp - 4 * fp.len() as i64;
    let top = m.bits() as i64 - 1 + e;
    let too_large =
        |vm: &Vm| vm.overflow_error("hexadecimal value too large to represent as a float");
    if top >= 1024 {
        return Err(too_large(vm));
    }
    if top < -1075 - 1 {
        return Ok(sign(0.0));
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mant: BigInt = if shift <= 0 {
        m << (-shift) as usize
    } else {
        let q: BigInt = &m >> shift as usize;
        let rem: BigInt = &m - (&q << shift as usize);
        let half = BigInt::from(1) << (shift - 1) as usize;
        if rem > half || rem == half && (&q & BigInt::from(1)) == BigInt::from(1) {
            q + 1
        } else {
            q
        }
    };
    let mant = num_traits::ToPrimitive::to_u64(&mant).unwrap();
    let r = libm::ldexp(mant as f64, lsb as i32);
    if r.is_infinite() {
        return Err(too_large(vm));
    }
    Ok(sign(r))
}

pub fn register(vm: &mut Vm) {
    let i = vm.types.int.clone();
    reg(vm, &i, "bit_length", bit_length);
    reg(vm, &i, "bit_count", bit_count);
    reg(vm, &i, "conjugate", conjugate);
    reg(vm, &i, "to_bytes", to_bytes);
    reg(vm, &i, "as_integer_ratio", int_as_integer_ratio);
    reg_static(vm, &i, "from_bytes", from_bytes);
    let f = vm.types.float.clone();
    reg(vm, &f, "is_integer", is_integer);
    reg(vm, &f, "as_integer_ratio", float_as_integer_ratio);
    reg(vm, &f, "hex", float_hex);
    reg(vm, &f, "conjugate", conjugate);
    reg_static(vm, &f, "fromhex", float_fromhex);
}
