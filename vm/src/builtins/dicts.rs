//! `dict` methods and the insertion helpers every dict write goes through.

use super::{reg, reg_static, self_arg};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{Dict, PyObject};
use crate::value::Value;
use std::cell::RefCell;

/// Insert into a dict being built (not yet shared).
pub fn insert(vm: &mut Vm, d: &mut Dict, h: i64, k: Value, v: Value) -> PyResult<()> {
    let key = k.clone();
    vm.with_py_eq(&key, |eq| d.insert(h, k.clone(), v.clone(), eq))
}

/// Insert into a shared dict object.
pub fn dict_insert_hashed(
    vm: &mut Vm,
    d: &RefCell<Dict>,
    h: i64,
    k: Value,
    v: Value,
) -> PyResult<()> {
    let key = k.clone();
    vm.with_py_eq(&key, |eq| {
        d.borrow_mut().insert(h, k.clone(), v.clone(), eq)
    })
}

pub fn dict_get(vm: &mut Vm, d: &RefCell<Dict>, k: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(k)?;
    vm.with_py_eq(k, |eq| d.borrow().get(h, k, eq).map(|v| v.cloned()))
}

fn this<'a>(args: &Args<'a>) -> &'a RefCell<Dict> {
    match self_arg(args).as_obj() {
        Some(PyObject::Dict(d)) => d,
        _ => unreachable!("dict method on a non-dict"),
    }
}

/// Build a dict from a mapping or an iterable of pairs, plus keyword arguments (`dict(...)`,
/// `d.update(...)`).
pub fn update_from(
    vm: &mut Vm,
    d: &RefCell<Dict>,
    src: Option<&Value>,
    args: &Args,
    skip_kw: bool,
) -> PyResult<()> {
    if let Some(src) = src {
        let src = Vm::inst_base(src)
            .filter(|b| matches!(b.as_obj(), Some(PyObject::Dict(_))))
            .unwrap_or(src);
        if !matches!(src.as_obj(), Some(PyObject::Dict(_)))
            && vm.user_class(src).is_some()
            && let Some(keys) = vm.getattr_opt(src, "keys")?
        {
            // a mapping: its keys(), then src[key]
            let ks = vm.call(&keys, &[])?;
            for k in vm.collect(&ks)? {
                let v = vm.getitem(src, &k)?;
                let h = vm.hash(&k)?;
                dict_insert_hashed(vm, d, h, k, v)?;
            }
        } else if let Some(PyObject::Dict(s)) = src.as_obj() {
            let entries: Vec<(i64, Value, Value)> = s
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                .collect();
            for (h, k, v) in entries {
                dict_insert_hashed(vm, d, h, k, v)?;
            }
        } else {
            let it = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.next(&it)? {
                let pair = match vm.collect(&item) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let h = vm.hash(&pair[0])?;
                dict_insert_hashed(vm, d, h, pair[0].clone(), pair[1].clone())?;
                i += 1;
            }
        }
    }
    if !skip_kw {
        for (k, v) in args.kwargs() {
            let key = vm.new_str(k);
            let h = vm.hash(&key)?;
            dict_insert_hashed(vm, d, h, key, v.clone())?;
        }
    }
    Ok(())
}

fn keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "dict.keys", 0, 0)?;
    let Value::Obj(o) = self_arg(&a) else {
        unreachable!()
    };
    Ok(Value::obj(PyObject::DictView {
        dict: o.clone(),
        kind: 0,
    }))
}
fn values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "dict.values", 0, 0)?;
    let Value::Obj(o) = self_arg(&a) else {
        unreachable!()
    };
    Ok(Value::obj(PyObject::DictView {
        dict: o.clone(),
        kind: 1,
    }))
}
fn items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "dict.items", 0, 0)?;
    let Value::Obj(o) = self_arg(&a) else {
        unreachable!()
    };
    Ok(Value::obj(PyObject::DictView {
        dict: o.clone(),
        kind: 2,
    }))
}

fn get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "get expected at least 1 argument, got {}",
            p.len() - 1
        )));
    }
    Ok(dict_get(vm, this(&a), &p[1])?.unwrap_or_else(|| p.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "setdefault", 1, 2)?;
    let p = a.pos();
    let d = this(&a);
    if let Some(v) = dict_get(vm, d, &p[1])? {
        return Ok(v);
    }
    let dv = p.get(2).cloned().unwrap_or(Value::None);
    let h = vm.hash(&p[1])?;
    dict_insert_hashed(vm, d, h, p[1].clone(), dv.clone())?;
    Ok(dv)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "pop", 1, 2)?;
    let p = a.pos();
    if p.len() < 2 {
        return Err(vm.type_error("pop expected at least 1 argument, got 0"));
    }
    let h = vm.hash(&p[1])?;
    let r = vm.with_py_eq(&p[1], |eq| this(&a).borrow_mut().remove(h, &p[1], eq))?;
    match r {
        Some((_, v)) => Ok(v),
        None => match p.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(p[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "dict.popitem", 0, 0)?;
    let r = this(&a).borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.key_error(vm.new_str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            p.len() - 1
        )));
    }
    update_from(vm, this(&a), p.get(1), &a, false)?;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "dict.clear", 0, 0)?;
    let old = std::mem::take(&mut *this(&a).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "dict.copy", 0, 0)?;
    let d = this(&a).borrow().clone();
    Ok(vm.new_dict(d))
}

fn fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    let (iterable, v) = match p.len() {
        2 => (&p[1], Value::None),
        3 => (&p[1], p[2].clone()),
        _ => return Err(vm.type_error("fromkeys expected at least 1 argument, got 0")),
    };
    let keys = vm.collect(iterable)?;
    let mut d = Dict::new();
    for k in keys {
        let h = vm.hash(&k)?;
        insert(vm, &mut d, h, k, v.clone())?;
    }
    Ok(vm.new_dict(d))
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    reg(vm, &t, "keys", keys);
    reg(vm, &t, "values", values);
    reg(vm, &t, "items", items);
    reg(vm, &t, "get", get);
    reg(vm, &t, "setdefault", setdefault);
    reg(vm, &t, "pop", pop);
    reg(vm, &t, "popitem", popitem);
    reg(vm, &t, "update", update);
    reg(vm, &t, "clear", clear);
    reg(vm, &t, "copy", copy);
    reg_static(vm, &t, "fromkeys", fromkeys_static);
}

fn fromkeys_static(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // called as dict.fromkeys(iterable[, value]): prepend a dummy self
    let mut v = vec![Value::None];
    v.extend_from_slice(a.args);
    fromkeys(
        vm,
        Args {
            args: &v,
            kwnames: a.kwnames,
        },
    )
}
