//! `_random`: the native core of `random.Random` (`vm/lib/random.py`), as CPython's C
//! `_random.Random` is: the Mersenne Twister state and the functions that draw from it. The
//! Python class keeps the state in `self._state` and checks arguments itself.

use crate::builtins::{func, set};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::mersenne::Mt;
use crate::objects::{ObjRef, PyObject};
use crate::value::Value;
use num_bigint::{BigInt, BigUint, Sign};
use std::cell::RefCell;

fn state<'a>(vm: &Vm, a: &'a Args) -> PyResult<&'a RefCell<Mt>> {
    match a.pos().first().and_then(|v| v.as_obj()) {
        Some(PyObject::MtState(m)) => Ok(m),
        _ => Err(vm.type_error("_random: expected a MersenneTwister state")),
    }
}

/// `new()`: an unseeded (all-zero) state, as `random.Random.__new__` makes it.
fn new(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::obj(PyObject::MtState(Box::new(RefCell::new(
        Mt::default(),
    )))))
}

/// `seed(state, n)`: `init_by_array` with the 32-bit words of the non-negative int `n`.
fn seed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = state(vm, &a)?;
    let words: Vec<u32> = match a.pos().get(1) {
        Some(Value::Int(i)) if *i >= 0 => {
            let i = *i as u64;
            if i >> 32 == 0 {
                vec![i as u32]
            } else {
                vec![i as u32, (i >> 32) as u32]
            }
        }
        Some(Value::Obj(o)) if matches!(&**o, PyObject::Int(b) if b.sign() != Sign::Minus) => {
            let PyObject::Int(b) = &**o else {
                unreachable!()
            };
            b.to_u32_digits().1
        }
        _ => return Err(vm.type_error("_random.seed: expected a non-negative int")),
    };
    m.borrow_mut().seed(&words);
    Ok(Value::None)
}

fn random(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(state(vm, &a)?.borrow_mut().random()))
}

/// `getrandbits(state, k)` for an int `k >= 0` (the caller checked it).
fn getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = state(vm, &a)?;
    let Some(Value::Int(k)) = a.pos().get(1) else {
        return Err(vm.type_error("_random.getrandbits: expected an int"));
    };
    let k =
        usize::try_from(*k).map_err(|_| vm.value_error("number of bits must be non-negative"))?;
    let mut m = m.borrow_mut();
    if k <= 32 {
        return Ok(Value::Int(if k == 0 {
            0
        } else {
            (m.next_u32() >> (32 - k)) as i64
        }));
    }
    let words = m.getrandbits_words(k);
    Ok(Value::from_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::new(words),
    )))
}

/// `randbelow(state, n)` for `0 < n < 2**32`: CPython's `_randbelow_with_getrandbits`.
fn randbelow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = state(vm, &a)?;
    match a.pos().get(1) {
        Some(Value::Int(n)) if *n > 0 && *n <= u32::MAX as i64 => {
            Ok(Value::Int(m.borrow_mut().below(*n as u32) as i64))
        }
        _ => Err(vm.value_error("_random.randbelow: n must be in 1..2**32")),
    }
}

/// `getstate(state)`: the 624 words and the index, as a tuple of 625 ints.
fn getstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = state(vm, &a)?.borrow();
    let mut items: Vec<Value> = m.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(m.index as i64));
    drop(m);
    Ok(vm.new_tuple(items))
}

/// `setstate(state, words, index)`: 624 ints already reduced to 32 bits, and `0 <= index <= 624`
/// (the caller checked both, with CPython's messages).
fn setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = state(vm, &a)?;
    let p = a.pos();
    let (Some(PyObject::List(words)), Some(Value::Int(index))) =
        (p.get(1).and_then(|v| v.as_obj()), p.get(2))
    else {
        return Err(vm.type_error("_random.setstate: expected (state, list, int)"));
    };
    let words = words.borrow();
    let mut m = m.borrow_mut();
    if words.len() != m.mt.len() || !(0..=m.mt.len() as i64).contains(index) {
        return Err(vm.value_error("invalid state"));
    }
    for (slot, w) in m.mt.iter_mut().zip(words.iter()) {
        let Value::Int(w) = w else {
            return Err(vm.type_error("_random.setstate: words must be ints"));
        };
        *slot = *w as u32;
    }
    m.index = *index as usize;
    Ok(Value::None)
}

/// `urandom(n)`: `n` bytes from the operating system's generator (`os.urandom`, for
/// `SystemRandom`); reads exactly `n` bytes, never the whole endless device.
fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::io::Read;
    let Some(Value::Int(n)) = a.pos().first() else {
        return Err(vm.type_error("_random.urandom: expected an int"));
    };
    let n = usize::try_from(*n).map_err(|_| vm.value_error("negative argument not allowed"))?;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.new_exc_msg(&vm.types.exc.os_error.clone(), &e.to_string()))?;
    Ok(Value::obj(PyObject::Bytes(buf.into_boxed_slice())))
}

pub fn make(vm: &mut Vm, d: &ObjRef) {
    const M: &str = "_random";
    set(vm, d, "new", func("new", M, new));
    set(vm, d, "seed", func("seed", M, seed));
    set(vm, d, "random", func("random", M, random));
    set(vm, d, "getrandbits", func("getrandbits", M, getrandbits));
    set(vm, d, "randbelow", func("randbelow", M, randbelow));
    set(vm, d, "getstate", func("getstate", M, getstate));
    set(vm, d, "setstate", func("setstate", M, setstate));
    set(vm, d, "urandom", func("urandom", M, urandom));
}
