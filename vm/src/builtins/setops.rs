//! `set` and `frozenset`: construction, the operators, and the methods. Tables keep CPython's slot
//! layout (`objects/hashtable.rs`), so iteration order matches CPython.

use super::{reg, self_arg};
use crate::bytecode::opcodes::BinOpKind;
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{PyObject, SetData};
use crate::ops::compare::eq_pure;
use crate::value::Value;
use std::cell::RefCell;

fn eqf(a: &Value, b: &Value) -> Result<bool, ()> {
    eq_pure(a, b).ok_or(())
}

fn user_eq(vm: &Vm) -> crate::interp::PyErr {
    vm.not_implemented("set elements with user-defined __eq__")
}

/// The table of a set or frozenset value (cloned out of the borrow).
pub fn table_of(v: &Value) -> Option<SetData> {
    match v.as_obj()? {
        PyObject::Set(s) => Some(s.borrow().copy()),
        PyObject::FrozenSet(s) => Some(s.copy()),
        _ => None,
    }
}

/// Build a table from any iterable (sets are merged, preserving CPython's copy layout).
pub fn table_from(vm: &mut Vm, v: &Value) -> PyResult<SetData> {
    if let Some(t) = table_of(v) {
        return Ok(t);
    }
    let items = vm.collect(v)?;
    let mut t = SetData::new();
    for x in items {
        let h = vm.hash(&x)?;
        {
            let k = x.clone();
            vm.with_py_eq(&k, |eq| t.insert(h, x.clone(), eq))?;
        }
    }
    Ok(t)
}

pub fn new_set(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let mut t = SetData::new();
    for x in items {
        let h = vm.hash(&x)?;
        {
            let k = x.clone();
            vm.with_py_eq(&k, |eq| t.insert(h, x.clone(), eq))?;
        }
    }
    Ok(wrap(t, frozen))
}

pub fn wrap(t: SetData, frozen: bool) -> Value {
    if frozen {
        Value::obj(PyObject::FrozenSet(Box::new(t)))
    } else {
        Value::obj(PyObject::Set(Box::new(RefCell::new(t))))
    }
}

/// `SET_ADD` / `s.add(x)`.
pub fn set_add(vm: &mut Vm, s: &Value, x: Value) -> PyResult<()> {
    let h = vm.hash(&x)?;
    if let Some(PyObject::Set(t)) = s.as_obj() {
        {
            let k = x.clone();
            vm.with_py_eq(&k, |eq| t.borrow_mut().insert(h, x.clone(), eq))?;
        }
    }
    Ok(())
}

/// `SET_UPDATE` / `s.update(it)`.
pub fn set_update(vm: &mut Vm, s: &Value, src: &Value) -> PyResult<()> {
    let Some(PyObject::Set(t)) = s.as_obj() else {
        return Ok(());
    };
    if let Some(o) = table_of(src) {
        if src.is(s) {
            return Ok(());
        }
        t.borrow_mut().merge(&o, eqf).map_err(|_| user_eq(vm))?;
        return Ok(());
    }
    let items = vm.collect(src)?;
    for x in items {
        let h = vm.hash(&x)?;
        {
            let k = x.clone();
            vm.with_py_eq(&k, |eq| t.borrow_mut().insert(h, x.clone(), eq))?;
        }
    }
    Ok(())
}

/// `set_binop` for elements with a Python-level `__eq__`: element by element, membership through
/// the `__eq__`-aware lookups.
fn set_binop_py_eq(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: BinOpKind,
    frozen: bool,
) -> PyResult<Value> {
    let (ia, ib) = (vm.collect(a)?, vm.collect(b)?);
    let mut out = Vec::new();
    let base = op.base();
    if base == BinOpKind::Or {
        out.extend(ia.iter().cloned());
    }
    for x in &ia {
        let in_b = vm.contains(b, x)?;
        if (base == BinOpKind::And && in_b)
            || (matches!(base, BinOpKind::Subtract | BinOpKind::Xor) && !in_b)
        {
            out.push(x.clone());
        }
    }
    if matches!(base, BinOpKind::Or | BinOpKind::Xor) {
        for x in &ib {
            if !vm.contains(a, x)? {
                out.push(x.clone());
            }
        }
    }
    let r = new_set(vm, out, frozen)?;
    if op.is_inplace()
        && let (Some(PyObject::Set(cell)), Some(t)) = (a.as_obj(), table_of(&r))
    {
        *cell.borrow_mut() = t;
        return Ok(a.clone());
    }
    Ok(r)
}

/// `a |= b`, `a -= b`, `a ^= b` when keys compare through a Python-level `__eq__`: key by key
/// of `b` in its table order, on `a`'s own table, as CPython's `set_update_internal`,
/// `set_difference_update_internal` and `set_symmetric_difference_update` do (so the result
/// keeps CPython's order).
fn inplace_py_eq(
    vm: &mut Vm,
    cell: &RefCell<SetData>,
    tb: &SetData,
    base: BinOpKind,
) -> PyResult<()> {
    let keys: Vec<(i64, Value)> = tb.iter().map(|(h, k)| (h, k.clone())).collect();
    for (h, k) in keys {
        let add = match base {
            BinOpKind::Or => true,
            BinOpKind::Subtract => {
                vm.with_py_eq(&k, |eq| cell.borrow_mut().remove(h, &k, eq))?;
                false
            }
            _ => vm
                .with_py_eq(&k, |eq| cell.borrow_mut().remove(h, &k, eq))?
                .is_none(),
        };
        if add {
            vm.with_py_eq(&k, |eq| cell.borrow_mut().insert(h, k.clone(), eq))?;
        }
    }
    Ok(())
}

/// A set's or frozenset's table, borrowed (no copy).
enum TableRef<'a> {
    Cell(std::cell::Ref<'a, SetData>),
    Plain(&'a SetData),
}

impl std::ops::Deref for TableRef<'_> {
    type Target = SetData;
    fn deref(&self) -> &SetData {
        match self {
            TableRef::Cell(r) => r,
            TableRef::Plain(t) => t,
        }
    }
}

fn table_ref(v: &Value) -> Option<TableRef<'_>> {
    match v.as_obj()? {
        PyObject::Set(s) => Some(TableRef::Cell(s.borrow())),
        PyObject::FrozenSet(s) => Some(TableRef::Plain(s)),
        _ => None,
    }
}

/// Would `a ^= b` compare keys through a Python-level `__eq__`? It compares only `b`'s keys,
/// with `a`'s and with each other, so this pre-pass costs O(len(b)) and, when it passes, the
/// update cannot fail half-way.
fn inplace_needs_py_eq(ta: &SetData, tb: &SetData) -> bool {
    tb.iter().any(|(h, k)| {
        crate::ops::objattr::has_py_special(k, "__eq__") || ta.find(h, k, eqf).is_err()
    })
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` and their in-place forms; the result type follows `a`.
/// Keys compared through a Python-level `__eq__` take `set_binop_py_eq`.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
    let frozen = matches!(a.as_obj(), Some(PyObject::FrozenSet(_)));
    let base = op.base();
    if op.is_inplace()
        && let Some(PyObject::Set(cell)) = a.as_obj()
    {
        if a.is(b) {
            if matches!(base, BinOpKind::Subtract | BinOpKind::Xor) {
                cell.borrow_mut().clear();
            }
            return Ok(a.clone());
        }
        let tb = table_of(b).unwrap();
        let mut t = cell.borrow_mut();
        let done = match base {
            BinOpKind::And => match t.intersection(&tb, eqf) {
                Ok(mut r) => {
                    t.swap_bodies(&mut r);
                    true
                }
                Err(()) => false,
            },
            // `|=` and `-=` stopped half-way by a Python-level __eq__ continue key by key:
            // redoing the keys already done changes nothing (each is found by identity)
            BinOpKind::Or => t.merge(&tb, eqf).is_ok(),
            BinOpKind::Subtract => t.difference_update(&tb, eqf).is_ok(),
            // `^=` toggles, so it must not stop half-way: check first
            BinOpKind::Xor if inplace_needs_py_eq(&t, &tb) => false,
            BinOpKind::Xor => t.symmetric_difference_update(&tb, eqf).is_ok(),
            _ => unreachable!(),
        };
        drop(t);
        if !done {
            if base == BinOpKind::And {
                return set_binop_py_eq(vm, a, b, op, frozen);
            }
            inplace_py_eq(vm, cell, &tb, base)?;
        }
        return Ok(a.clone());
    }
    if base == BinOpKind::Or {
        // CPython's set_union: a copy of `a` updated with `b`
        let copy = wrap(table_of(a).unwrap(), false);
        set_binop(vm, &copy, b, BinOpKind::InplaceOr)?;
        return Ok(if frozen {
            wrap(table_of(&copy).unwrap(), true)
        } else {
            copy
        });
    }
    let r = {
        let (ta, tb) = (table_ref(a).unwrap(), table_ref(b).unwrap());
        match base {
            BinOpKind::Or => ta.union(&tb, eqf),
            BinOpKind::And => ta.intersection(&tb, eqf),
            BinOpKind::Subtract => ta.difference(&tb, eqf),
            BinOpKind::Xor => ta.symmetric_difference(&tb, eqf),
            _ => unreachable!(),
        }
    };
    match r {
        Ok(r) => Ok(wrap(r, frozen)),
        // a comparison needs a Python-level __eq__: nothing was changed, redo it element-wise
        Err(()) => set_binop_py_eq(vm, a, b, op, frozen),
    }
}

fn this<'a>(a: &Args<'a>) -> &'a Value {
    self_arg(a)
}

fn add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "set.add() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    set_add(vm, this(&a), p[1].clone())?;
    Ok(Value::None)
}

/// A `set` used as a key of a set lookup is looked up as the equal frozenset, as in CPython.
pub fn frozen_key(v: &Value) -> Value {
    match v.as_obj() {
        Some(PyObject::Set(s)) => wrap(s.borrow().copy(), true),
        _ => v.clone(),
    }
}

fn remove_impl(vm: &mut Vm, a: Args, missing_ok: bool) -> PyResult<Value> {
    super::method_args(
        vm,
        &a,
        if missing_ok {
            "set.discard"
        } else {
            "set.remove"
        },
        1,
        1,
    )?;
    let p = a.pos();
    let key = frozen_key(&p[1]);
    let x = &key;
    let h = vm.hash(x)?;
    let Some(PyObject::Set(t)) = this(&a).as_obj() else {
        unreachable!()
    };
    let r = vm.with_py_eq(x, |eq| t.borrow_mut().remove(h, x, eq))?;
    if r.is_none() && !missing_ok {
        return Err(vm.key_error(p[1].clone()));
    }
    Ok(Value::None)
}
fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    remove_impl(vm, a, false)
}
fn discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    remove_impl(vm, a, true)
}
fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "set.pop", 0, 0)?;
    let Some(PyObject::Set(t)) = this(&a).as_obj() else {
        unreachable!()
    };
    let r = t.borrow_mut().pop();
    r.ok_or_else(|| vm.key_error(vm.new_str("pop from an empty set")))
}
fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "set.clear", 0, 0)?;
    if let Some(PyObject::Set(t)) = this(&a).as_obj() {
        t.borrow_mut().clear();
    }
    Ok(Value::None)
}
fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "set.copy", 0, 0)?;
    let s = this(&a);
    if let Some(PyObject::FrozenSet(_)) = s.as_obj() {
        return Ok(s.clone());
    }
    Ok(wrap(table_of(s).unwrap(), false))
}
fn update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for src in &a.pos()[1..] {
        set_update(vm, this(&a), src)?;
    }
    Ok(Value::None)
}

/// Methods that combine with any number of iterables: union, intersection, difference, ...
fn multi(vm: &mut Vm, a: Args, op: BinOpKind) -> PyResult<Value> {
    let s = this(&a).clone();
    let frozen = matches!(s.as_obj(), Some(PyObject::FrozenSet(_)));
    let mut acc = wrap(table_of(&s).unwrap(), frozen);
    if op.is_inplace() {
        acc = s.clone();
    }
    for other in &a.pos()[1..] {
        let t = table_from(vm, other)?;
        let ov = wrap(t, true);
        acc = set_binop(vm, &acc, &ov, op)?;
    }
    Ok(if op.is_inplace() { Value::None } else { acc })
}
fn union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::Or)
}
fn intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::And)
}
fn difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::Subtract)
}
fn symmetric_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::Xor)
}
fn intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::InplaceAnd)
}
fn difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::InplaceSubtract)
}
fn symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    multi(vm, a, BinOpKind::InplaceXor)
}

fn rel(vm: &mut Vm, a: Args, which: u8) -> PyResult<Value> {
    let name = ["issubset", "issuperset", "isdisjoint"][which as usize];
    let q = format!("{}.{name}", vm.type_name(&a.args[0]));
    super::method_args(vm, &a, &q, 1, 1)?;
    let s = this(&a).clone();
    let other = wrap(table_from(vm, &a.pos()[1])?, true);
    Ok(Value::Bool(match which {
        0 => vm.order(&s, &other, crate::bytecode::opcodes::CmpOpKind::Le)?,
        1 => vm.order(&s, &other, crate::bytecode::opcodes::CmpOpKind::Ge)?,
        _ => {
            let i = set_binop(vm, &s, &other, BinOpKind::And)?;
            !vm.is_true(&i)?
        }
    }))
}
fn issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rel(vm, a, 0)
}
fn issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rel(vm, a, 1)
}
fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    rel(vm, a, 2)
}

pub fn register(vm: &mut Vm) {
    let (s, fs) = (vm.types.set.clone(), vm.types.frozenset.clone());
    for t in [&s, &fs] {
        reg(vm, t, "copy", copy);
        reg(vm, t, "union", union);
        reg(vm, t, "intersection", intersection);
        reg(vm, t, "difference", difference);
        reg(vm, t, "symmetric_difference", symmetric_difference);
        reg(vm, t, "issubset", issubset);
        reg(vm, t, "issuperset", issuperset);
        reg(vm, t, "isdisjoint", isdisjoint);
    }
    reg(vm, &s, "add", add);
    reg(vm, &s, "remove", remove);
    reg(vm, &s, "discard", discard);
    reg(vm, &s, "pop", pop);
    reg(vm, &s, "clear", clear);
    reg(vm, &s, "update", update);
    reg(vm, &s, "intersection_update", intersection_update);
    reg(vm, &s, "difference_update", difference_update);
    reg(
        vm,
        &s,
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}
