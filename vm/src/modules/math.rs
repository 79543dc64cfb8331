//! The `math` module. Float functions follow C99/CPython: a domain error is `ValueError: math domain
//! error`, an overflow `OverflowError: math range error`. Integer functions (`gcd`, `factorial`,
//! `comb`, `isqrt`, ...) work on big ints.

use crate::builtins::{func, set};
use crate::interp::{PyResult, Vm};
use crate::objects::ObjRef;
use crate::objects::function::Args;
use crate::ops::arith::{Num, as_num, to_big};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
#[allow(unused_imports)]
use num_integer::Roots as _;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain(vm: &Vm) -> crate::interp::PyErr {
    vm.value_error("math domain error")
}
fn range_err(vm: &Vm) -> crate::interp::PyErr {
    vm.overflow_error("math range error")
}

fn arg_f(vm: &mut Vm, a: &Args, i: usize, name: &str, n: usize) -> PyResult<f64> {
    let p = a.pos();
    if p.len() != n {
        return Err(vm.type_error(if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                p.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", p.len())
        }));
    }
    vm.big_or_small_to_f64(&p[i])
}

/// Apply a float function with CPython's error rules: NaN out of non-NaN in is a domain error,
/// infinity out of finite in is a range error.
fn checked(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $over:expr);* $(;)?) => {
        $( fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = arg_f(vm, &a, 0, stringify!($name), 1)?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $over)
        } )*
    };
}

unary! {
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => libm::asinh, false;
    acosh => libm::acosh, false;
    fabs => f64::abs, false;
    radians => f64::to_radians, false;
    erf => libm::erf, false;
    erfc => libm::erfc, false;
    cbrt => f64::cbrt, false;
}

/// degrees() may overflow to inf without an error, as in CPython.
fn degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "degrees", 1)?;
    Ok(Value::Float(x.to_degrees()))
}

fn sqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "sqrt", 1)?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn atanh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "atanh", 1)?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.atanh()))
}

fn gamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "gamma", 1)?;
    if x == f64::NEG_INFINITY || (x <= 0.0 && x.fract() == 0.0) {
        return Err(domain(vm));
    }
    checked(vm, x, libm::tgamma(x), true)
}

fn lgamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "lgamma", 1)?;
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(domain(vm));
    }
    checked(vm, x, libm::lgamma(x), true)
}

/// A positive big int too large for a float, split as `m * 2**e` (CPython's `loghelper` takes
/// the log of a big int this way only when converting it to a float overflows).
fn huge_int(b: &BigInt) -> Option<(f64, i64)> {
    (b.is_positive() && num_traits::ToPrimitive::to_f64(b).is_none_or(f64::is_infinite))
        .then(|| big_frexp(b))
}

/// log of a positive number given as a value (works for huge ints).
fn log_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match as_num(v) {
        Some(Num::B(b)) if huge_int(b).is_some() => {
            let (m, e) = huge_int(b).unwrap();
            Ok(m.ln() + e as f64 * std::f64::consts::LN_2)
        }
        Some(Num::B(b)) if !b.is_positive() => Err(domain(vm)),
        Some(n) => {
            let x = vm.num_to_f64(&n)?;
            if x <= 0.0 || x.is_nan() {
                if x.is_nan() {
                    return Ok(x);
                }
                return Err(domain(vm));
            }
            Ok(x.ln())
        }
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error(format!("log expected 1 or 2 arguments, got {}", p.len())));
    }
    let num = log_value(vm, &p[0])?;
    if p.len() == 2 {
        let den = log_value(vm, &p[1])?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

/// A positive big int as `m * 2**e` with `m` in [0.5, 1) (CPython's `_PyLong_Frexp`), so logs of
/// huge ints are `log(m) + e*log(2)` without overflow.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = (bits - 63).max(0);
    let top = (b >> shift as usize).to_f64().unwrap();
    let (m, e) = libm::frexp(top);
    (m, e as i64 + shift)
}

fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Num::B(b)) = a.pos().first().and_then(as_num)
        && let Some((m, e)) = huge_int(b)
    {
        return Ok(Value::Float(m.log2() + e as f64));
    }
    let x = arg_f(vm, &a, 0, "log2", 1)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log2()))
}

fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Num::B(b)) = a.pos().first().and_then(as_num)
        && let Some((m, e)) = huge_int(b)
    {
        return Ok(Value::Float(
            m.log10() + e as f64 * std::f64::consts::LOG10_2,
        ));
    }
    let x = arg_f(vm, &a, 0, "log10", 1)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log10()))
}

fn log1p(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "log1p", 1)?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.ln_1p()))
}

fn to_int_round(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument (0 given)"
        )));
    };
    let v = v.clone();
    int_round_value(vm, &v, name, f)
}

fn int_round_value(vm: &mut Vm, v: &Value, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if vm.user_class(v).is_some() {
        // the class's __floor__/__ceil__/__trunc__, a builtin subclass's value, or __float__
        if let Some(r) = vm.call_special(v, &format!("__{name}__"), &[]) {
            return r;
        }
        if let Some(b) = Vm::inst_base(v) {
            let b = b.clone();
            return int_round_value(vm, &b, name, f);
        }
        if name == "trunc" {
            return Err(vm.type_error(format!(
                "type {} doesn't define __trunc__ method",
                vm.type_name(v)
            )));
        }
        let x = vm.float_from(v)?;
        return vm.int_from_float(f(x));
    }
    match as_num(v) {
        Some(Num::I(i)) => Ok(Value::Int(i)),
        Some(Num::B(_)) => Ok(v.clone()),
        Some(Num::F(x)) => vm.int_from_float(f(x)),
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}
fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    to_int_round(vm, &a, "floor", f64::floor)
}
fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    to_int_round(vm, &a, "ceil", f64::ceil)
}
fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    to_int_round(vm, &a, "trunc", f64::trunc)
}

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "pow", 2)?;
    let y = vm.big_or_small_to_f64(&a.pos()[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let y = arg_f(vm, &a, 0, "atan2", 2)?;
    let x = vm.big_or_small_to_f64(&a.pos()[1])?;
    Ok(Value::Float(y.atan2(x)))
}

fn fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "fmod", 2)?;
    let y = vm.big_or_small_to_f64(&a.pos()[1])?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(x % y))
}

fn remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "remainder", 2)?;
    let y = vm.big_or_small_to_f64(&a.pos()[1])?;
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

fn copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "copysign", 2)?;
    let y = vm.big_or_small_to_f64(&a.pos()[1])?;
    Ok(Value::Float(x.copysign(y)))
}

fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "ldexp", 2)?;
    let e = vm.to_index(&a.pos()[1])?;
    let r = libm::ldexp(x, e.clamp(-100_000, 100_000) as i32);
    checked(vm, x, r, true)
}

fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "frexp", 1)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "modf", 1)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract().copysign(x), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for v in a.pos() {
        vals.push(vm.big_or_small_to_f64(v)?);
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    for v in vals {
        acc = acc.hypot(v);
    }
    Ok(Value::Float(acc))
}

fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!("dist expected 2 arguments, got {}", p.len())));
    }
    let (x, y) = (vm.collect(&p[0])?, vm.collect(&p[1])?);
    if x.len() != y.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (u, v) in x.iter().zip(y.iter()) {
        let d = vm.to_f64(u)? - vm.to_f64(v)?;
        acc = acc.hypot(d);
    }
    Ok(Value::Float(acc))
}

fn pred(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, name, 1)?;
    Ok(Value::Bool(f(x)))
}
fn isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isnan", f64::is_nan)
}
fn isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isinf", f64::is_infinite)
}
fn isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            p.len()
        )));
    }
    let x = vm.to_f64(&p[0])?;
    let y = vm.to_f64(&p[1])?;
    let rel = match a.kw("rel_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 1e-9,
    };
    let abs_t = match a.kw("abs_tol") {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_t < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (y - x).abs();
    Ok(Value::Bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs_t,
    ))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match as_num(v) {
        Some(n @ (Num::I(_) | Num::B(_))) => Ok(to_big(&n)),
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for v in a.pos() {
        let x = int_arg(vm, v)?;
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for v in a.pos() {
        let x = int_arg(vm, v)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("math.factorial() takes exactly one argument (0 given)"));
    };
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn comb_perm(vm: &mut Vm, a: Args, is_comb: bool) -> PyResult<Value> {
    let name = if is_comb { "comb" } else { "perm" };
    let p = a.pos();
    if p.is_empty() || p.len() > 2 || (is_comb && p.len() != 2) {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", p.len())));
    }
    let n = int_arg(vm, &p[0])?;
    if p.len() == 1 {
        return factorial(vm, a);
    }
    let k = int_arg(vm, &p[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    let k = if is_comb {
        k.min((&n - BigInt::from(k)).to_u64().unwrap_or(u64::MAX))
    } else {
        k
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - BigInt::from(i);
        if is_comb {
            r /= BigInt::from(i + 1);
        }
    }
    Ok(Value::from_bigint(r))
}
fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    comb_perm(vm, a, true)
}
fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    comb_perm(vm, a, false)
}

fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("math.isqrt() takes exactly one argument (0 given)"));
    };
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// Shewchuk's exact summation, as CPython's `math.fsum`.
fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("math.fsum() takes exactly one argument (0 given)"));
    };
    let items = vm.collect(v)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for it in items {
        let mut x = vm.to_f64(&it)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("prod() missing required argument 'iterable' (pos 1)"));
    };
    let mut acc = a.kw("start").cloned().unwrap_or(Value::Int(1));
    let items = vm.collect(v)?;
    for it in items {
        acc = vm.binary_op(&acc, &it, crate::bytecode::opcodes::BinOpKind::Multiply)?;
    }
    Ok(acc)
}

fn nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "nextafter", 2)?;
    let y = vm.big_or_small_to_f64(&a.pos()[1])?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg_f(vm, &a, 0, "ulp", 1)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, 0.0)));
    }
    Ok(Value::Float(up - x))
}

pub fn make(vm: &mut Vm, d: &ObjRef) {
    let table: &[(&'static str, crate::objects::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("cbrt", cbrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("pow", pow),
        ("fmod", fmod),
        ("remainder", remainder),
        ("copysign", copysign),
        ("ldexp", ldexp),
        ("frexp", frexp),
        ("modf", modf),
        ("hypot", hypot),
        ("dist", dist),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isqrt", isqrt),
        ("fsum", fsum),
        ("prod", prod),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for &(name, f) in table {
        set(vm, d, name, func(name, "math", f));
    }
    set(vm, d, "pi", Value::Float(std::f64::consts::PI));
    set(vm, d, "e", Value::Float(std::f64::consts::E));
    set(vm, d, "tau", Value::Float(std::f64::consts::TAU));
    set(vm, d, "inf", Value::Float(f64::INFINITY));
    set(vm, d, "nan", Value::Float(f64::NAN));
}
