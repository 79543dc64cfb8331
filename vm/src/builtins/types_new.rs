//! Constructors of the builtin types: `int(...)`, `str(...)`, `list(...)`, `range(...)`, ...
//! Each receives the type object as `args[0]`.

use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{Dict, IterState, NativeFn, PyObject};
use crate::value::Value;
use std::cell::RefCell;

fn rest<'a>(a: &Args<'a>) -> Args<'a> {
    Args {
        args: &a.args[1..],
        kwnames: a.kwnames,
    }
}

fn no_kw(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn max_args(vm: &Vm, a: &Args, name: &str, max: usize) -> PyResult<()> {
    let n = a.pos().len();
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// `complex(...)`: the type exists (so `isinstance(x, complex)` works), its values do not yet.
fn new_complex(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.not_implemented("complex numbers are not supported yet by pyjit"))
}

fn new_int(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    let mut base = a.kw("base").cloned();
    let p = a.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    if p.len() == 2 {
        base = Some(p[1].clone());
    }
    let Some(x) = p.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        None => vm.int_from(x),
        Some(b) => {
            let b = vm.to_index(&b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match (x.str_ref(), x.as_obj()) {
                (Some(s), _) => vm.int_from_str(s.as_str(), b as u32),
                (_, Some(PyObject::Bytes(bs))) => vm.int_from_bytes_literal(bs, b as u32),
                _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

fn new_float(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "float")?;
    max_args(vm, &a, "float", 1)?;
    match a.pos().first() {
        None => Ok(Value::Float(0.0)),
        Some(v) => Ok(Value::Float(vm.float_from(v)?)),
    }
}

fn new_bool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "bool")?;
    max_args(vm, &a, "bool", 1)?;
    match a.pos().first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.is_true(v)?)),
    }
}

/// `str(object='', encoding='utf-8', errors='strict')`.
fn new_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use super::bytes_methods::{Style, bind, opt_str_arg};
    let p = bind(
        vm,
        &a,
        "str",
        "str",
        Style::Kw(&["object", "encoding", "errors"], 0, 0),
    )?;
    let enc = opt_str_arg(vm, p[1], "str", "encoding")?;
    let errors = opt_str_arg(vm, p[2], "str", "errors")?;
    let Some(v) = p[0] else {
        return Ok(vm.new_str(""));
    };
    if p[1].is_none() && p[2].is_none() {
        return vm.to_str_value(v);
    }
    match v.as_obj() {
        Some(PyObject::Bytes(b)) => {
            let s = super::codecs::decode(vm, b, enc, errors)?;
            Ok(vm.new_str(s))
        }
        Some(PyObject::Str(_)) => Err(vm.type_error("decoding str is not supported")),
        _ => Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(v)
        ))),
    }
}

/// `bytes(source=b'', encoding=..., errors=...)`.
fn new_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use super::bytes_methods::{Style, bind, opt_str_arg};
    let p = bind(
        vm,
        &a,
        "bytes",
        "bytes",
        Style::Kw(&["source", "encoding", "errors"], 0, 0),
    )?;
    let enc = opt_str_arg(vm, p[1], "bytes", "encoding")?;
    let errors = opt_str_arg(vm, p[2], "bytes", "errors")?;
    let Some(v) = p[0] else {
        if enc.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Value::obj(PyObject::Bytes(Box::new([]))));
    };
    if let Some(s) = v.str_ref() {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let b = super::codecs::encode(vm, s.as_str(), Some(enc), errors)?;
        return Ok(Value::obj(PyObject::Bytes(b.into_boxed_slice())));
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    let bytes: Vec<u8> = match v {
        Value::Int(_) | Value::Bool(_) => {
            let n = vm.to_index(v)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            vec![0; n as usize]
        }
        Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Value::Obj(o) if matches!(&**o, PyObject::Bytes(_)) => return Ok(v.clone()),
        _ => {
            let Some(it) = vm.try_iter(v)? else {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(v)
                )));
            };
            let items = vm.collect(&it)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let i = match &it {
                    Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => -1,
                    _ => vm.to_index(&it)?,
                };
                if !(0..256).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
    };
    Ok(Value::obj(PyObject::Bytes(bytes.into_boxed_slice())))
}

fn new_list(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "list")?;
    max_args(vm, &a, "list", 1)?;
    let items = match a.pos().first() {
        None => Vec::new(),
        Some(v) => vm.collect(v)?,
    };
    Ok(vm.new_list(items))
}

fn new_tuple(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "tuple")?;
    max_args(vm, &a, "tuple", 1)?;
    match a.pos().first() {
        None => Ok(vm.new_tuple(Vec::new())),
        Some(v) if matches!(v.as_obj(), Some(PyObject::Tuple(_))) => Ok(v.clone()),
        Some(v) => {
            let items = vm.collect(v)?;
            Ok(vm.new_tuple(items))
        }
    }
}

fn new_dict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    max_args(vm, &a, "dict", 1)?;
    let d = RefCell::new(Dict::new());
    super::dicts::update_from(vm, &d, a.pos().first(), &a, false)?;
    Ok(vm.new_dict(d.into_inner()))
}

fn new_set_like(vm: &mut Vm, a: Args, frozen: bool) -> PyResult<Value> {
    let a = rest(&a);
    let name = if frozen { "frozenset" } else { "set" };
    no_kw(vm, &a, name)?;
    max_args(vm, &a, name, 1)?;
    match a.pos().first() {
        None => Ok(super::setops::wrap(Default::default(), frozen)),
        Some(v) => {
            if frozen && matches!(v.as_obj(), Some(PyObject::FrozenSet(_))) {
                return Ok(v.clone());
            }
            let t = super::setops::table_from(vm, v)?;
            Ok(super::setops::wrap(t, frozen))
        }
    }
}
fn new_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_set_like(vm, a, false)
}
fn new_frozenset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_set_like(vm, a, true)
}

fn new_range(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "range")?;
    let p = a.pos();
    let mut ints = Vec::with_capacity(3);
    for v in p {
        let iv = vm.to_int_value(v)?;
        ints.push(crate::ops::arith::to_big(
            &crate::ops::arith::as_num(&iv).unwrap(),
        ));
    }
    let one = num_bigint::BigInt::from(1);
    let zero = num_bigint::BigInt::from(0);
    let (start, stop, step) = match ints.len() {
        1 => (zero, ints[0].clone(), one),
        2 => (ints[0].clone(), ints[1].clone(), one),
        3 => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(super::bigrange::make_range(start, stop, step))
}

fn new_slice(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::bytes_methods::bind(
        vm,
        &a,
        "slice",
        "slice",
        super::bytes_methods::Style::Pos(1, 3),
    )?;
    let (s, e, st) = match p.as_slice() {
        [Some(e), None, None] => (Value::None, (*e).clone(), Value::None),
        [Some(s), Some(e), None] => ((*s).clone(), (*e).clone(), Value::None),
        [Some(s), Some(e), Some(st)] => ((*s).clone(), (*e).clone(), (*st).clone()),
        _ => unreachable!(),
    };
    Ok(Value::obj(PyObject::Slice(Box::new([s, e, st]))))
}

fn new_type(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    match a.pos().len() {
        1 => Ok(Value::Obj(vm.type_of(&a.args[0]))),
        3 => {
            let p = a.pos();
            let kw: Vec<(Value, Value)> = a
                .kwargs()
                .map(|(k, v)| (vm.new_str(k), v.clone()))
                .collect();
            let meta = vm.types.type_.clone();
            vm.type_new(&meta, &p[0], &p[1], &p[2], &kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn new_none(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.args.len() > 1 || a.has_kwargs() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn new_object(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.args.len() > 1 {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let object = vm.types.object.clone();
    vm.tp_new(&object, &[], &[])
}

fn new_enumerate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    let p = a.pos();
    let it =
        p.first().or(a.kw("iterable")).cloned().ok_or_else(|| {
            vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")
        })?;
    let start = p.get(1).or(a.kw("start")).cloned().unwrap_or(Value::Int(0));
    let start = vm.to_int_value(&start)?;
    let iter = vm.get_iter(&it)?;
    Ok(Value::obj(PyObject::Iter(Box::new(RefCell::new(
        IterState::Enumerate { iter, count: start },
    )))))
}

fn new_zip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    let strict = match a.kw("strict") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, v) in a.pos().iter().enumerate() {
        match vm.try_iter(v)? {
            Some(it) => iters.push(it),
            None => {
                return Err(
                    vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                );
            }
        }
    }
    Ok(Value::obj(PyObject::Iter(Box::new(RefCell::new(
        IterState::Zip { iters, strict },
    )))))
}

fn new_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "map")?;
    let p = a.pos();
    if p.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for v in &p[1..] {
        iters.push(vm.get_iter(v)?);
    }
    Ok(Value::obj(PyObject::Iter(Box::new(RefCell::new(
        IterState::Map {
            func: p[0].clone(),
            iters,
        },
    )))))
}

fn new_filter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "filter")?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", p.len())));
    }
    let iter = vm.get_iter(&p[1])?;
    Ok(Value::obj(PyObject::Iter(Box::new(RefCell::new(
        IterState::Filter {
            func: p[0].clone(),
            iter,
        },
    )))))
}

fn new_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = rest(&a);
    no_kw(vm, &a, "reversed")?;
    let p = a.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", p.len())));
    }
    let seq = &p[0];
    if vm.user_class(seq).is_some() {
        if let Some(r) = vm.call_special(seq, "__reversed__", &[]) {
            return r;
        }
        if let Some(b) = Vm::inst_base(seq) {
            let b = b.clone();
            let t = Value::Obj(vm.types.reversed.clone());
            return vm.call(&t, &[b]);
        }
        if vm.py_special(seq, "__getitem__").is_some() && vm.py_special(seq, "__len__").is_some() {
            let n = super::functions::length(vm, seq)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.getitem(seq, &Value::Int(i as i64))?);
            }
            let l = vm.new_list(items);
            return vm.get_iter(&l);
        }
    }
    let n = match seq.as_obj() {
        Some(PyObject::List(l)) => l.borrow().len(),
        Some(PyObject::Tuple(t)) => t.len(),
        Some(PyObject::Str(s)) => s.char_len(),
        Some(PyObject::Range(r)) => r.len() as usize,
        Some(PyObject::BigRange(r)) => {
            let n = r.len();
            let last = &r.start + (n.clone() - 1) * &r.step;
            let st = IterState::BigRange {
                next: last,
                remaining: n,
                step: -r.step.clone(),
            };
            return Ok(Value::obj(PyObject::Iter(Box::new(RefCell::new(st)))));
        }
        Some(PyObject::Bytes(b)) => b.len(),
        Some(PyObject::Dict(_)) => {
            let mut keys = vm.collect(seq)?;
            keys.reverse();
            let l = vm.new_list(keys);
            return vm.get_iter(&l);
        }
        _ => return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq)))),
    };
    Ok(Value::obj(PyObject::Iter(Box::new(RefCell::new(
        IterState::Reversed {
            seq: seq.clone(),
            index: n as isize - 1,
        },
    )))))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    let table: &[(&crate::objects::ObjRef, NativeFn)] = &[
        (&t.int, new_int),
        (&t.float, new_float),
        (&t.bool_, new_bool),
        (&t.str_, new_str),
        (&t.bytes, new_bytes),
        (&t.list, new_list),
        (&t.tuple, new_tuple),
        (&t.dict, new_dict),
        (&t.set, new_set),
        (&t.frozenset, new_frozenset),
        (&t.range, new_range),
        (&t.slice, new_slice),
        (&t.type_, new_type),
        (&t.object, new_object),
        (&t.none, new_none),
        (&t.enumerate, new_enumerate),
        (&t.zip, new_zip),
        (&t.map, new_map),
        (&t.filter, new_filter),
        (&t.reversed, new_reversed),
        (&t.complex, new_complex),
    ];
    for (ty, f) in table {
        if let PyObject::Type(tt) = &***ty {
            tt.new.set(Some(*f));
        }
    }
}
