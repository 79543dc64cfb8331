//! Special methods of the builtin types (`(1).__add__(2)`, `[].__len__()`, `hasattr(x,
//! "__iter__")`), each delegating to the one implementation of its protocol in `ops/`.
//!
//! Binary operators and rich comparisons return `NotImplemented` when the protocol reports a
//! TypeError for the operand types, as CPython's slot wrappers do. Which type gets which method is
//! a table (`TABLE`): the single place to look when a type should (not) have a special method.

use super::reg;
use crate::bytecode::opcodes::{BinOpKind, CmpOpKind};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{NativeFn, PyObject};
use crate::value::Value;

fn arg1<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match a.pos() {
        [_, x] => Ok(x),
        p => Err(vm.type_error(
            format!("expected 1 argument, got {}", p.len().saturating_sub(1))
                .replace("expected", &format!("{name} expected")),
        )),
    }
}

fn not_implemented_on_type_error(vm: &Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if vm.exc_matches(&e, &vm.types.exc.type_error) => {
            Ok(Value::obj(PyObject::NotImplemented))
        }
        other => other,
    }
}

/// int's operator methods only accept ints (`(3).__mul__(2.0)` is NotImplemented; float's accept
/// ints).
fn int_with_non_int(s: &Value, other: &Value) -> bool {
    use crate::ops::arith::{Num, as_num};
    matches!(as_num(s), Some(Num::I(_) | Num::B(_))) && matches!(as_num(other), Some(Num::F(_)))
}

macro_rules! binops {
    ($($name:ident, $rname:ident => $kind:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let other = arg1(vm, &a, stringify!($name))?.clone();
                if int_with_non_int(&a.args[0], &other) {
                    return Ok(Value::obj(PyObject::NotImplemented));
                }
                let r = vm.binary_op(&a.args[0], &other, BinOpKind::$kind);
                not_implemented_on_type_error(vm, r)
            }
            fn $rname(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let other = arg1(vm, &a, stringify!($rname))?.clone();
                if int_with_non_int(&a.args[0], &other) {
                    return Ok(Value::obj(PyObject::NotImplemented));
                }
                let r = vm.binary_op(&other, &a.args[0], BinOpKind::$kind);
                not_implemented_on_type_error(vm, r)
            }
        )*
    };
}

binops! {
    add, radd => Add; sub, rsub => Subtract; mul, rmul => Multiply; truediv, rtruediv => TrueDivide;
    floordiv, rfloordiv => FloorDivide; modulo, rmodulo => Remainder; pow, rpow => Power;
    lshift, rlshift => Lshift; rshift, rrshift => Rshift; and, rand => And; or, ror => Or; xor, rxor => Xor;
}

macro_rules! cmps {
    ($($name:ident => $kind:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                let other = arg1(vm, &a, stringify!($name))?.clone();
                let r = vm.compare(&a.args[0], &other, CmpOpKind::$kind);
                not_implemented_on_type_error(vm, r)
            }
        )*
    };
}

cmps! { lt => Lt; le => Le; gt => Gt; ge => Ge; }

/// `__eq__`/`__ne__` of builtins: NotImplemented across unrelated types (`(1).__eq__("a")`).
fn comparable(vm: &Vm, a: &Value, b: &Value) -> bool {
    // float's comparison accepts ints; int's does not accept floats
    if matches!(a, Value::Float(_)) && crate::ops::arith::as_num(b).is_some() {
        return true;
    }
    let (ta, tb) = (vm.type_of_ref(a), vm.type_of_ref(b));
    crate::objects::types::is_subtype(ta, tb) || crate::objects::types::is_subtype(tb, ta)
}

/// The builtin value behind `v` (a subclass instance's base), or `v`.
fn unwrap(v: &Value) -> &Value {
    Vm::inst_base(v).unwrap_or(v)
}

fn eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = arg1(vm, &a, "__eq__")?.clone();
    if vm.user_class(unwrap(&a.args[0])).is_some() {
        // object.__eq__: identity, else NotImplemented
        return Ok(if a.args[0].is(&other) {
            Value::Bool(true)
        } else {
            Value::obj(PyObject::NotImplemented)
        });
    }
    if !comparable(vm, &a.args[0], &other) {
        return Ok(Value::obj(PyObject::NotImplemented));
    }
    Ok(Value::Bool(vm.eq(&a.args[0], &other)?))
}

fn ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let other = arg1(vm, &a, "__ne__")?.clone();
    if vm.user_class(unwrap(&a.args[0])).is_some() {
        // object.__ne__: the inverse of __eq__ unless that is NotImplemented
        let r = match vm.py_special(&a.args[0], "__eq__") {
            Some(m) => vm.call_method_value(&m, &a.args[0], std::slice::from_ref(&other))?,
            None if a.args[0].is(&other) => Value::Bool(true),
            None => Value::obj(PyObject::NotImplemented),
        };
        if matches!(r.as_obj(), Some(PyObject::NotImplemented)) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.is_true(&r)?));
    }
    if !comparable(vm, &a.args[0], &other) {
        return Ok(Value::obj(PyObject::NotImplemented));
    }
    Ok(Value::Bool(!vm.eq(&a.args[0], &other)?))
}

macro_rules! unary {
    ($($name:ident => |$vm:ident, $v:ident| $body:expr;)*) => {
        $(
            fn $name($vm: &mut Vm, a: Args) -> PyResult<Value> {
                if a.pos().len() != 1 {
                    return Err($vm.type_error(format!("expected 0 arguments, got {}", a.pos().len() - 1)));
                }
                let $v = &a.args[0];
                $body
            }
        )*
    };
}

unary! {
    len => |vm, v| Ok(Value::Int(super::functions::length(vm, v)? as i64));
    repr => |vm, v| { let s = vm.repr_builtin(unwrap(v))?; Ok(vm.new_str(s)) };
    str => |vm, v| {
        let s = if matches!(v.as_obj(), Some(PyObject::Instance(_))) && Vm::inst_base(v).is_none() {
            vm.repr(v)?
        } else {
            vm.str_builtin(unwrap(v))?
        };
        Ok(vm.new_str(s))
    };
    hash => |vm, v| {
        let u = unwrap(v);
        if vm.user_class(u).is_some() {
            let id = u.identity() as i64;
            return Ok(Value::Int((id >> 4) | (id << 60)));
        }
        Ok(Value::Int(vm.hash(u)?))
    };
    bool_ => |vm, v| Ok(Value::Bool(vm.is_true(v)?));
    iter => |vm, v| vm.get_iter(v);
    next => |vm, v| match vm.next(v)? { Some(x) => Ok(x), None => Err(vm.stop_iteration()) };
    neg => |vm, v| vm.unary_negative(v);
    pos => |vm, v| vm.unary_positive(v);
    abs => |vm, v| vm.abs(v);
    invert => |vm, v| vm.unary_invert(v);
    int => |vm, v| vm.int_from(v);
    float => |vm, v| Ok(Value::Float(vm.float_from(v)?));
    index => |vm, v| vm.to_int_value(v);
}

fn contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = arg1(vm, &a, "__contains__")?.clone();
    Ok(Value::Bool(vm.contains(&a.args[0], &x)?))
}

fn getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = arg1(vm, &a, "__getitem__")?.clone();
    vm.getitem(&a.args[0], &k)
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [_, k, v] = a.pos() else {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            a.pos().len().saturating_sub(1)
        )));
    };
    vm.setitem(&a.args[0], k, v.clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = arg1(vm, &a, "__delitem__")?.clone();
    vm.delitem(&a.args[0], &k)?;
    Ok(Value::None)
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let spec = arg1(vm, &a, "__format__")?.clone();
    let Some(s) = spec.str_ref() else {
        return Err(vm.type_error(format!("argument must be str, not {}", vm.type_name(&spec))));
    };
    let v = unwrap(&a.args[0]);
    if vm.user_class(v).is_some() {
        // object.__format__
        if !s.as_str().is_empty() {
            return Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            )));
        }
        let out = vm.to_str(v)?;
        return Ok(vm.new_str(out));
    }
    let out = vm.format(v, s.as_str())?;
    Ok(vm.new_str(out))
}

const NUM_OPS: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", int),
    ("__float__", float),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
const INT_ONLY: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
    ("__index__", index),
];
const SEQ: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
const CONCAT: &[(&str, NativeFn)] = &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];
const MUTABLE: &[(&str, NativeFn)] = &[("__setitem__", setitem), ("__delitem__", delitem)];
const SET_OPS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__or__", or),
    ("__and__", and),
    ("__sub__", sub),
    ("__xor__", xor),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
const ITERATOR: &[(&str, NativeFn)] = &[("__iter__", iter), ("__next__", next)];
const OBJECT: &[(&str, NativeFn)] = &[
    ("__repr__", repr),
    ("__str__", str),
    ("__hash__", hash),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__format__", format),
];

pub fn register(vm: &mut Vm) {
    let t = vm.types.clone();
    let table: Vec<(&crate::objects::ObjRef, &[&[(&str, NativeFn)]])> = vec![
        (&t.object, &[OBJECT]),
        (&t.int, &[NUM_OPS, INT_ONLY]),
        (&t.float, &[NUM_OPS]),
        (&t.str_, &[SEQ, CONCAT, &[("__mod__", modulo)]]),
        (&t.bytes, &[SEQ, CONCAT, &[("__mod__", modulo)]]),
        (&t.list, &[SEQ, CONCAT, MUTABLE]),
        (&t.tuple, &[SEQ, CONCAT]),
        (
            &t.range,
            &[&[
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
                ("__getitem__", getitem),
            ]],
        ),
        (
            &t.dict,
            &[
                &[
                    ("__len__", len),
                    ("__iter__", iter),
                    ("__contains__", contains),
                    ("__getitem__", getitem),
                    ("__or__", or),
                ],
                MUTABLE,
            ],
        ),
        (&t.set, &[SET_OPS]),
        (&t.frozenset, &[SET_OPS]),
        (
            &t.dict_keys,
            &[&[
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
            ]],
        ),
        (&t.dict_values, &[&[("__len__", len), ("__iter__", iter)]]),
        (
            &t.dict_items,
            &[&[
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
            ]],
        ),
    ];
    for (ty, groups) in table {
        for group in groups {
            for &(name, f) in group.iter() {
                reg(vm, ty, name, f);
            }
        }
    }
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.list_reverseiterator,
        &t.callable_iterator,
        &t.text_io,
        &t.generator,
    ] {
        for &(name, f) in ITERATOR {
            reg(vm, ty, name, f);
        }
    }
    // unhashable containers: `__hash__` is None, as in CPython
    for ty in [&t.list, &t.dict, &t.set] {
        if let PyObject::Type(tt) = &**ty {
            let k = vm.intern("__hash__");
            let h = k.str_ref().unwrap().hash();
            tt.dict
                .borrow_mut()
                .insert(h, k, Value::None, |a, b| {
                    Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
                })
                .ok();
        }
    }
}
