//! Builtin functions (`print`, `len`, `sorted`, `min`, ...). Type constructors (`int(...)`,
//! `list(...)`) are in `types_new.rs`.

use super::{check_args, func, io, set};
use crate::bytecode::opcodes::{BinOpKind, CmpOpKind};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{IterState, ObjRef, PyObject};
use crate::ops::arith::{Num, as_num};
use crate::ops::compare::num_cmp;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn register(vm: &mut Vm, b: &ObjRef) {
    let table: &[(&'static str, crate::objects::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("any", any),
        ("all", all),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("format", format),
        ("id", id),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("hash", hash),
        ("input", input),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("exit", exit),
        ("eval", eval),
        ("exec", exec),
        ("quit", exit),
    ];
    for &(name, f) in table {
        set(vm, b, name, func(name, "builtins", f));
    }
    set(vm, b, "open", func("open", "io", super::files::open));
}

fn print(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in a.kwargs() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = match v.str_ref() {
                        Some(s) => s.as_str().to_string(),
                        None => {
                            return Err(vm.type_error(format!(
                                "sep must be None or a string, not {}",
                                vm.type_name(v)
                            )));
                        }
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    end = match v.str_ref() {
                        Some(s) => s.as_str().to_string(),
                        None => {
                            return Err(vm.type_error(format!(
                                "end must be None or a string, not {}",
                                vm.type_name(v)
                            )));
                        }
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.is_true(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                );
            }
        }
    }
    let mut out = String::new();
    for (i, v) in a.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v.str_ref() {
            Some(s) => out.push_str(s.as_str()),
            None => out.push_str(&vm.to_str(v)?),
        }
    }
    out.push_str(&end);
    if file.is_none() {
        io::write_stdout(&out);
        if flush {
            io::flush_stdout();
        }
        Ok(Value::None)
    } else {
        let w = vm.getattr(&file, "write")?;
        let s = vm.new_str(out);
        vm.call(&w, &[s])?;
        if flush && let Some(fl) = vm.getattr_opt(&file, "flush")? {
            vm.call(&fl, &[])?;
        }
        Ok(Value::None)
    }
}

/// `len(v)`.
/// `len()` of an instance of a user-defined class (`__len__`, which must give an int >= 0).
fn user_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(r) = vm.call_special(v, "__len__", &[]) {
        let r = r?;
        let n = match &r {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&r)
                )));
            }
        };
        if n < 0 {
            return Err(vm.value_error("__len__() should return >= 0"));
        }
        return Ok(n as usize);
    }
    match Vm::inst_base(v) {
        Some(b) => {
            let b = b.clone();
            length(vm, &b)
        }
        None => Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))),
    }
}

pub fn length(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        return Ok(match &**o {
            PyObject::Str(s) => s.char_len(),
            PyObject::Bytes(b) => b.len(),
            PyObject::Tuple(t) => t.len(),
            PyObject::List(l) => l.borrow().len(),
            PyObject::Dict(d) => d.borrow().len(),
            PyObject::Set(s) => s.borrow().len(),
            PyObject::FrozenSet(s) => s.len(),
            PyObject::Range(r) => r.len() as usize,
            PyObject::BigRange(r) => super::bigrange::len_checked(vm, r)?,
            PyObject::DictView { dict, .. } => match &**dict {
                PyObject::Dict(d) => d.borrow().len(),
                _ => 0,
            },
            _ if vm.user_class(v).is_some() => return user_len(vm, v),
            _ => {
                return Err(
                    vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                );
            }
        });
    }
    Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
}

fn len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "len", &a, 1, 1)?;
    Ok(Value::Int(length(vm, &a.args[0])? as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "repr", &a, 1, 1)?;
    let s = vm.repr(&a.args[0])?;
    Ok(vm.new_str(s))
}

/// Escape non-ASCII characters the way `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn ascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "ascii", &a, 1, 1)?;
    let s = vm.repr(&a.args[0])?;
    Ok(vm.new_str(ascii_escape(&s)))
}

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "abs", &a, 1, 1)?;
    vm.abs(&a.args[0])
}

fn min_max(vm: &mut Vm, a: Args, name: &str, op: CmpOpKind) -> PyResult<Value> {
    let pos = a.pos();
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in a.kwargs() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call(&key, std::slice::from_ref(&item))?
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                if vm.order(&k, bk, op)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, "min", CmpOpKind::Lt)
}
fn max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, "max", CmpOpKind::Gt)
}

fn sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let mut start = Value::Int(0);
    if pos.len() == 2 {
        start = pos[1].clone();
    }
    if let Some(s) = a.kw("start") {
        start = s.clone();
    }
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    if start.str_ref().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Some(PyObject::Bytes(_)) = start.as_obj() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(&pos[0])?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => vm.binary_op(&acc, &x, BinOpKind::Add)?,
        };
    }
    Ok(acc)
}

/// Stable sort of `items` by `keys` with Python `<`, comparing as CPython's timsort starts
/// (`later < earlier`), so error messages name the operands in CPython's order.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            ks.push(vm.call(key, std::slice::from_ref(it))?);
        }
        ks
    };
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        idx.reverse();
    }
    // fast paths: all ints or all floats or all strs
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let all_float = keys.iter().all(|k| matches!(k, Value::Float(_)));
    let all_str = keys.iter().all(|k| k.str_ref().is_some());
    if all_int {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
    } else if all_float
        && !keys
            .iter()
            .any(|k| matches!(k, Value::Float(f) if f.is_nan()))
    {
        idx.sort_by(|&i, &j| match (&keys[i], &keys[j]) {
            (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap(),
            _ => std::cmp::Ordering::Equal,
        });
    } else if all_str {
        idx.sort_by(|&i, &j| {
            keys[i]
                .str_ref()
                .unwrap()
                .as_str()
                .cmp(keys[j].str_ref().unwrap().as_str())
        });
    } else if flat_tuple_keys(&keys) {
        idx.sort_by(|&i, &j| tuple_cmp(&keys[i], &keys[j]));
    } else {
        merge_sort(vm, &mut idx, &keys)?;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    *items = idx.into_iter().map(|i| old[i].clone()).collect();
    Ok(())
}

/// What a position of a sort key tuple holds, for `flat_tuple_keys`.
#[derive(Clone, Copy, PartialEq)]
enum KeyClass {
    Num,
    Str,
}

fn key_class(v: &Value) -> Option<KeyClass> {
    match v {
        Value::Int(_) | Value::Bool(_) => Some(KeyClass::Num),
        Value::Float(f) if !f.is_nan() => Some(KeyClass::Num),
        _ if v.str_ref().is_some() => Some(KeyClass::Str),
        _ => None,
    }
}

/// Are all keys tuples of small ints, floats (not NaN), bools or strs, with one kind (number or
/// str) per position across all keys? Then Python's `<` on them is a total order computed
/// without Python code (`tuple_cmp`), as CPython's `unsafe_tuple_compare` does.
fn flat_tuple_keys(keys: &[Value]) -> bool {
    let mut classes: Vec<KeyClass> = Vec::new();
    for k in keys {
        let Some(PyObject::Tuple(t)) = k.as_obj() else {
            return false;
        };
        for (i, x) in t.iter().enumerate() {
            let Some(c) = key_class(x) else {
                return false;
            };
            match classes.get(i) {
                Some(&have) if have != c => return false,
                Some(_) => {}
                None => classes.push(c),
            }
        }
    }
    true
}

/// Lexicographic order of two keys `flat_tuple_keys` accepted.
fn tuple_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (Some(PyObject::Tuple(a)), Some(PyObject::Tuple(b))) = (a.as_obj(), b.as_obj()) else {
        unreachable!("checked by flat_tuple_keys")
    };
    for (x, y) in a.iter().zip(b.iter()) {
        let o = match (x, y) {
            (Value::Int(p), Value::Int(q)) => p.cmp(q),
            _ => match (x.str_ref(), y.str_ref()) {
                (Some(p), Some(q)) => p.as_str().cmp(q.as_str()),
                // numbers, exactly across int and float (no NaN: checked)
                _ => match (as_num(x), as_num(y)) {
                    (Some(p), Some(q)) => num_cmp(&p, &q).unwrap_or(Ordering::Equal),
                    _ => unreachable!("checked by flat_tuple_keys"),
                },
            },
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

fn merge_sort(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    // binary insertion sort on runs of 32, then bottom-up merges; all comparisons are
    // `keys[later] < keys[earlier]`.
    let n = idx.len();
    let run = 32;
    let mut start = 0;
    while start < n {
        let end = (start + run).min(n);
        for i in start + 1..end {
            let pivot = idx[i];
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.order(&keys[pivot], &keys[idx[mid]], CmpOpKind::Lt)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            idx.copy_within(lo..i, lo + 1);
            idx[lo] = pivot;
        }
        start = end;
    }
    let mut width = run;
    let mut buf = vec![0usize; n];
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if vm.order(&keys[idx[j]], &keys[idx[i]], CmpOpKind::Lt)? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (hi - j)].copy_from_slice(&idx[j..hi]);
            lo = hi;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Parse `key=` and `reverse=` keyword arguments of sort/sorted.
pub fn sort_kwargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Value, bool)> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in a.kwargs() {
        match k {
            "key" => key = v.clone(),
            "reverse" => {
                let r = match v {
                    Value::Bool(b) => *b as i64,
                    _ => vm.to_index(v)?,
                };
                reverse = r != 0
            }
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok((key, reverse))
}

fn sorted(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let (key, reverse) = sort_kwargs(vm, &a, "sort")?;
    let mut items = vm.collect(&pos[0])?;
    if matches!(pos[0].as_obj(), Some(PyObject::List(_))) {
        items = items.to_vec();
    }
    sort_values(vm, &mut items, &key, reverse)?;
    Ok(vm.new_list(items))
}

fn class_tuple_check(
    vm: &mut Vm,
    t: &Value,
    what: &str,
    f: &mut dyn FnMut(&ObjRef) -> bool,
) -> PyResult<bool> {
    match t.as_obj() {
        Some(PyObject::Type(_)) => {
            let Value::Obj(o) = t else { unreachable!() };
            Ok(f(o))
        }
        Some(PyObject::Tuple(items)) => {
            for it in items.iter() {
                if class_tuple_check(vm, it, what, f)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!(
            "{what}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &a, 2, 2)?;
    let vt = vm.type_of(&a.args[0]);
    let r = class_tuple_check(vm, &a.args[1], "isinstance", &mut |t| {
        crate::objects::types::is_subtype(&vt, t)
    })?;
    Ok(Value::Bool(r))
}

fn issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &a, 2, 2)?;
    let Value::Obj(sub) = &a.args[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(&**sub, PyObject::Type(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let sub = sub.clone();
    let r = class_tuple_check(vm, &a.args[1], "issubclass", &mut |t| {
        crate::objects::types::is_subtype(&sub, t)
    })?;
    Ok(Value::Bool(r))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "iter", &a, 1, 2)?;
    if a.args.len() == 2 {
        return Ok(Value::obj(PyObject::Iter(Box::new(
            std::cell::RefCell::new(IterState::Callable {
                func: a.args[0].clone(),
                sentinel: a.args[1].clone(),
            }),
        ))));
    }
    vm.get_iter(&a.args[0])
}

fn next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "next", &a, 1, 2)?;
    if let Value::Obj(o) = &a.args[0]
        && let PyObject::Generator(_) = &**o
    {
        // a generator's return value travels in StopIteration.value
        return match vm.gen_resume(o, Value::None)? {
            crate::interp::generator::Resumed::Yielded(v) => Ok(v),
            crate::interp::generator::Resumed::Returned(r) => match a.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    let t = Value::Obj(vm.types.exc.stop_iteration.clone());
                    let args: Vec<Value> = if r.is_none() { vec![] } else { vec![r] };
                    match vm.call(&t, &args)? {
                        Value::Obj(e) => Err(crate::interp::PyErr(e)),
                        _ => unreachable!(),
                    }
                }
            },
        };
    }
    if !matches!(
        a.args[0].as_obj(),
        Some(PyObject::Iter(_) | PyObject::File(_))
    ) && vm.user_class(&a.args[0]).is_none()
    {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a.args[0])
        )));
    }
    match vm.next(&a.args[0])? {
        Some(v) => Ok(v),
        None => match a.args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

fn any(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "any", &a, 1, 1)?;
    let it = vm.get_iter(&a.args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "all", &a, 1, 1)?;
    let it = vm.get_iter(&a.args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "chr", &a, 1, 1)?;
    let v = if vm.user_class(&a.args[0]).is_some() {
        vm.to_int_value(&a.args[0])?
    } else {
        a.args[0].clone()
    };
    let i = match &v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "ord", &a, 1, 1)?;
    let v = &a.args[0];
    if let Some(s) = v.str_ref() {
        if s.char_len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        return Ok(Value::Int(s.as_str().chars().next().unwrap() as i64));
    }
    if let Some(PyObject::Bytes(b)) = v.as_obj() {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn radix(vm: &mut Vm, a: Args, name: &str, prefix: &str, r: u32) -> PyResult<Value> {
    check_args(vm, name, &a, 1, 1)?;
    let v = vm.to_int_value(&a.args[0])?;
    let b = match &v {
        Value::Int(i) => BigInt::from(*i),
        Value::Obj(o) => match &**o {
            PyObject::Int(b) => b.clone(),
            _ => unreachable!(),
        },
        _ => unreachable!(),
    };
    let s = format!(
        "{}{}{}",
        if b.is_negative() { "-" } else { "" },
        prefix,
        b.abs().to_str_radix(r)
    );
    Ok(vm.new_str(s))
}
fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "hex", "0x", 16)
}
fn oct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "oct", "0o", 8)
}
fn bin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "bin", "0b", 2)
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "format", &a, 1, 2)?;
    let spec = match a.args.get(1) {
        Some(s) => match s.str_ref() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                )));
            }
        },
        None => String::new(),
    };
    let s = vm.format(&a.args[0], &spec)?;
    Ok(vm.new_str(s))
}

fn id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "id", &a, 1, 1)?;
    Ok(Value::Int(a.args[0].identity() as i64))
}

fn callable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "callable", &a, 1, 1)?;
    if vm.user_class(&a.args[0]).is_some() {
        let cls = vm.user_class(&a.args[0]).unwrap().clone();
        let has_call = crate::objects::types::as_type(&cls)
            .lookup("__call__")
            .is_some();
        return Ok(Value::Bool(
            has_call || matches!(a.args[0].as_obj(), Some(PyObject::Type(_))),
        ));
    }
    Ok(Value::Bool(matches!(
        a.args[0].as_obj(),
        Some(
            PyObject::Function(_)
                | PyObject::Builtin(_)
                | PyObject::Method { .. }
                | PyObject::Type(_)
        )
    )))
}

fn attr_name(vm: &Vm, v: &Value, _what: &str) -> PyResult<String> {
    match v.str_ref() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &a, 2, 3)?;
    let name = attr_name(vm, &a.args[1], "getattr")?;
    if a.args.len() == 3 {
        return Ok(vm
            .getattr_opt(&a.args[0], &name)?
            .unwrap_or_else(|| a.args[2].clone()));
    }
    vm.getattr(&a.args[0], &name)
}

fn setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &a, 3, 3)?;
    let name = attr_name(vm, &a.args[1], "setattr")?;
    vm.setattr(&a.args[0], &name, a.args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &a, 2, 2)?;
    let name = attr_name(vm, &a.args[1], "hasattr")?;
    Ok(Value::Bool(vm.getattr_opt(&a.args[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &a, 2, 2)?;
    let name = attr_name(vm, &a.args[1], "delattr")?;
    vm.delattr(&a.args[0], &name)?;
    Ok(Value::None)
}

fn divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &a, 2, 2)?;
    let (x, y) = (&a.args[0], &a.args[1]);
    if vm.user_class(x).is_some() || vm.user_class(y).is_some() {
        for (s, o, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
            if let Some(r) = vm.call_special(s, name, std::slice::from_ref(o)) {
                let r = r?;
                if !matches!(r.as_obj(), Some(PyObject::NotImplemented)) {
                    return Ok(r);
                }
            }
        }
        let (ux, uy) = (
            Vm::inst_base(x).unwrap_or(x).clone(),
            Vm::inst_base(y).unwrap_or(y).clone(),
        );
        if vm.user_class(&ux).is_none() && vm.user_class(&uy).is_none() {
            return divmod(vm, Args::new(&[ux, uy]));
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(x),
            vm.type_name(y)
        )));
    }
    if let (Some(Num::F(_)), _) | (_, Some(Num::F(_))) = (as_num(x), as_num(y))
        && as_num(x).is_some()
        && as_num(y).is_some()
    {
        let p = vm.to_f64(x)?;
        let q = vm.to_f64(y)?;
        if q == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (d, m) = crate::ops::arith::float_divmod(p, q);
        return Ok(vm.new_tuple(vec![Value::Float(d), Value::Float(m)]));
    }
    if as_num(x).is_none() || as_num(y).is_none() {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(x),
            vm.type_name(y)
        )));
    }
    let q = vm.binary_op(x, y, BinOpKind::FloorDivide)?;
    let r = vm.binary_op(x, y, BinOpKind::Remainder)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let mut args: Vec<Value> = pos.to_vec();
    for (k, v) in a.kwargs() {
        match k {
            "base" | "exp" | "mod" => args.push(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for pow()"))
                );
            }
        }
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "pow expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    if args.len() == 2 || args[2].is_none() {
        return vm.binary_op(&args[0], &args[1], BinOpKind::Power);
    }
    // int subclasses take part with their values
    let args: Vec<Value> = args
        .iter()
        .map(|v| match Vm::inst_base(v) {
            Some(b) if matches!(as_num(b), Some(Num::I(_) | Num::B(_))) => b.clone(),
            _ => v.clone(),
        })
        .collect();
    let ints = args
        .iter()
        .all(|v| matches!(as_num(v), Some(Num::I(_) | Num::B(_))));
    if !ints {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let big = |v: &Value| crate::ops::arith::to_big(&as_num(v).unwrap());
    let (b, e, m) = (big(&args[0]), big(&args[1]), big(&args[2]));
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let mut base = num_integer::Integer::mod_floor(&b, &mabs);
    let mut exp = e;
    if exp.is_negative() {
        // modular inverse
        let g = num_integer::Integer::extended_gcd(&base, &mabs);
        if !g.gcd.abs().to_u8().is_some_and(|x| x == 1) {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = num_integer::Integer::mod_floor(&g.x, &mabs);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(Value::from_bigint(r))
}

fn round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let mut nd = pos.get(1).cloned();
    if let Some(v) = a.kw("ndigits") {
        nd = Some(v.clone());
    }
    if pos.is_empty() {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    }
    let x = &pos[0];
    if vm.user_class(x).is_some() {
        let x = x.clone();
        let nd_args: Vec<Value> = nd.iter().filter(|v| !v.is_none()).cloned().collect();
        if let Some(r) = vm.call_special(&x, "__round__", &nd_args) {
            return r;
        }
        if let Some(b) = Vm::inst_base(&x) {
            let mut args = vec![b.clone()];
            args.extend(nd_args);
            return round(vm, Args::new(&args));
        }
    }
    let nd = match nd {
        Some(v) if !v.is_none() => Some(vm.to_index(&v)?),
        _ => None,
    };
    match as_num(x) {
        Some(Num::F(f)) => match nd {
            None => {
                let r = f.round_ties_even();
                vm.int_from_float(r)
            }
            Some(n) => {
                let r = crate::objects::format::round_float(f, n);
                if r.is_infinite() && f.is_finite() {
                    return Err(vm.overflow_error("rounded value too large to represent"));
                }
                Ok(Value::Float(r))
            }
        },
        Some(Num::I(_) | Num::B(_)) => {
            let v = match x {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => x.clone(),
            };
            match nd {
                None => Ok(v),
                Some(n) if n >= 0 => Ok(v),
                Some(n) => {
                    // round half to even at 10**(-n)
                    let b = crate::ops::arith::to_big(&as_num(&v).unwrap());
                    let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-n).min(10_000) as u32);
                    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(Value::from_bigint(q * p))
                }
            }
        }
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

fn hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "hash", &a, 1, 1)?;
    Ok(Value::Int(vm.hash(&a.args[0])?))
}

fn input(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_args(vm, "input", &a, 0, 1)?;
    if let Some(p) = a.args.first() {
        let s = vm.to_str(p)?;
        io::write_stdout(&s);
    }
    io::flush_stdout();
    let mut line = String::new();
    let n = std::io::stdin().read_line(&mut line).unwrap_or(0);
    if n == 0 {
        return Err(vm.new_exc_msg(&vm.types.exc.eof_error.clone(), "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(vm.new_str(line))
}

fn globals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm
        .frames
        .last()
        .map(|f| Value::Obj(f.globals.clone()))
        .unwrap_or(Value::None))
}

fn locals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    crate::modules::frames::current_locals(vm)
}

fn vars(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.args.is_empty() {
        return locals(vm, a);
    }
    vm.getattr(&a.args[0], "__dict__")
        .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute"))
}

fn dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    if a.args.is_empty() {
        let l = locals(vm, a)?;
        if let Some(PyObject::Dict(d)) = l.as_obj() {
            names = d
                .borrow()
                .keys()
                .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string()))
                .collect();
        }
    } else {
        let v = &a.args[0];
        let dict = match v.as_obj() {
            Some(PyObject::Module(m)) => Some(m.dict.clone()),
            _ => None,
        };
        if let Some(d) = dict
            && let PyObject::Dict(dd) = &*d
        {
            names = dd
                .borrow()
                .keys()
                .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string()))
                .collect();
        } else {
            // dir(T) lists T's attributes; dir(x) lists those of type(x)
            let t = match v {
                Value::Obj(o) if matches!(&**o, PyObject::Type(_)) => o.clone(),
                _ => vm.type_of(v),
            };
            for m in crate::objects::types::as_type(&t).mro.borrow().iter() {
                if let PyObject::Type(tt) = &**m {
                    names.extend(
                        tt.dict
                            .borrow()
                            .keys()
                            .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string())),
                    );
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// The (globals, locals) namespaces for eval/exec: explicit dicts, or the caller's.
fn namespaces(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(ObjRef, ObjRef)> {
    let pos = a.pos();
    let g = pos
        .get(1)
        .or(a.kw("globals"))
        .filter(|v| !v.is_none())
        .cloned();
    let l = pos
        .get(2)
        .or(a.kw("locals"))
        .filter(|v| !v.is_none())
        .cloned();
    let globals = match &g {
        Some(Value::Obj(o)) if matches!(&**o, PyObject::Dict(_)) => o.clone(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "{name}() globals must be a dict, not {}",
                vm.type_name(v)
            )));
        }
        None => match vm.frames.last() {
            Some(f) => f.globals.clone(),
            None => return Err(vm.runtime_error("no current frame")),
        },
    };
    let has_builtins = match &*globals {
        PyObject::Dict(d) => {
            crate::objects::types::dict_get_str(&d.borrow(), "__builtins__").is_some()
        }
        _ => true,
    };
    if !has_builtins {
        let b = Value::Obj(vm.builtins.clone());
        vm.str_dict_set(&globals, "__builtins__", b);
    }
    let locals = match &l {
        Some(Value::Obj(o)) if matches!(&**o, PyObject::Dict(_)) => o.clone(),
        Some(v) => {
            return Err(vm.type_error(format!("locals must be a mapping, not {}", vm.type_name(v))));
        }
        None if g.is_some() => globals.clone(),
        None => match crate::modules::frames::current_locals(vm)? {
            Value::Obj(o) => o,
            _ => globals.clone(),
        },
    };
    Ok((globals, locals))
}

fn source_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<String> {
    match a.pos().first() {
        Some(v) => match (v.str_ref(), v.as_obj()) {
            (Some(s), _) => Ok(s.as_str().to_string()),
            (_, Some(PyObject::Bytes(b))) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            ))),
        },
        None => Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
    }
}

fn run_in(
    vm: &mut Vm,
    code: std::rc::Rc<crate::bytecode::CodeObject>,
    globals: ObjRef,
    locals: ObjRef,
) -> PyResult<Value> {
    vm.run_code_with(code, globals, locals)
}

fn compile_err(vm: &Vm, e: crate::compile::CompileError) -> crate::interp::PyErr {
    let err = vm.new_exc_msg(&vm.types.exc.syntax_error, e.message.clone());
    vm.set_exc_attr(&err, "msg", vm.new_str(e.message.clone()));
    vm.set_exc_attr(&err, "filename", vm.new_str("<string>"));
    vm.set_exc_attr(&err, "lineno", Value::Int(e.line as i64));
    vm.set_exc_attr(&err, "offset", Value::Int(e.col as i64 + 1));
    err
}

fn eval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = match a.pos().first().and_then(|v| v.as_obj()) {
        Some(PyObject::Code(c)) => c.clone(),
        _ => {
            let src = source_arg(vm, &a, "eval")?;
            crate::compile::compile_eval(&src, "<string>").map_err(|e| compile_err(vm, e))?
        }
    };
    let (g, l) = namespaces(vm, &a, "eval")?;
    run_in(vm, code, g, l)
}

fn exec(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = match a.pos().first().and_then(|v| v.as_obj()) {
        Some(PyObject::Code(c)) => c.clone(),
        _ => {
            let src = source_arg(vm, &a, "exec")?;
            crate::compile::compile_module(&src, "<string>").map_err(|e| compile_err(vm, e))?
        }
    };
    let (g, l) = namespaces(vm, &a, "exec")?;
    run_in(vm, code, g, l)?;
    Ok(Value::None)
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.types.exc.system_exit.clone();
    Err(crate::interp::PyErr(
        match vm.call(&Value::Obj(t), a.pos())? {
            Value::Obj(o) => o,
            _ => unreachable!(),
        },
    ))
}
