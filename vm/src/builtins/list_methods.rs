//! Methods of `list` and `tuple`.

use super::{reg, self_arg};
use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::function::Args;
use crate::value::Value;
use std::cell::RefCell;

fn list<'a>(a: &Args<'a>) -> &'a RefCell<Vec<Value>> {
    match self_arg(a).as_obj() {
        Some(PyObject::List(l)) => l,
        _ => unreachable!("list method on a non-list"),
    }
}

fn nargs(vm: &Vm, a: &Args, name: &str, n: usize) -> PyResult<()> {
    let got = a.pos().len() - 1;
    if got != n || a.has_kwargs() {
        let msg = match n {
            0 => format!("list.{name}() takes no arguments ({got} given)"),
            1 => format!("list.{name}() takes exactly one argument ({got} given)"),
            _ => format!("{name} expected {n} arguments, got {got}"),
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

fn append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    nargs(vm, &a, "append", 1)?;
    list(&a).borrow_mut().push(a.args[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    nargs(vm, &a, "extend", 1)?;
    let items = vm.collect(&a.args[1])?;
    list(&a).borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos().len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            a.pos().len() - 1
        )));
    }
    let i = vm.to_index(&a.args[1])?;
    let mut l = list(&a).borrow_mut();
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, a.args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let i = match a.pos().get(1) {
        Some(v) => Some(vm.to_index(v)?),
        None => None,
    };
    let mut l = list(&a).borrow_mut();
    if l.is_empty() {
        drop(l);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let i = i.unwrap_or(-1);
    let k = if i < 0 { i + n } else { i };
    if k < 0 || k >= n {
        drop(l);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(k as usize))
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    nargs(vm, &a, "remove", 1)?;
    let items = list(&a).borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&a.args[1]) || vm.eq(x, &a.args[1])? {
            let mut l = list(&a).borrow_mut();
            if i < l.len() {
                l.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn seq_items(a: &Args) -> Vec<Value> {
    match self_arg(a).as_obj() {
        Some(PyObject::List(l)) => l.borrow().clone(),
        Some(PyObject::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let is_tuple = matches!(self_arg(&a).as_obj(), Some(PyObject::Tuple(_)));
    let Some(x) = a.pos().get(1).cloned() else {
        return Err(vm.type_error("index expected at least 1 argument, got 0"));
    };
    let items = seq_items(&a);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.pos().get(2) {
        Some(v) => norm(vm.to_index(v)?),
        None => 0,
    };
    let end = match a.pos().get(3) {
        Some(v) => norm(vm.to_index(v)?),
        None => n,
    };
    for i in start..end.max(start) {
        let it = &items[i as usize];
        if it.is(&x) || vm.eq(it, &x)? {
            return Ok(Value::Int(i));
        }
    }
    if is_tuple {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    } else {
        let r = vm.repr(&x)?;
        Err(vm.value_error(format!("{r} is not in list")))
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(x) = a.pos().get(1).cloned() else {
        return Err(vm.type_error("count() takes exactly one argument (0 given)"));
    };
    let mut c = 0;
    for it in seq_items(&a) {
        if it.is(&x) || vm.eq(&it, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    nargs(vm, &a, "reverse", 0)?;
    list(&a).borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    nargs(vm, &a, "clear", 0)?;
    let old = std::mem::take(&mut *list(&a).borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    nargs(vm, &a, "copy", 0)?;
    let items = list(&a).borrow().clone();
    Ok(vm.new_list(items))
}

fn sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = super::functions::sort_kwargs(vm, &a, "sort")?;
    // CPython empties the list during the sort and detects modification
    let mut items = std::mem::take(&mut *list(&a).borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, &key, reverse);
    let modified = !list(&a).borrow().is_empty();
    *list(&a).borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = super::bigrange::as_big(self_arg(&a).as_obj().unwrap()).unwrap();
    let Some(x) = a.pos().get(1).cloned() else {
        return Err(vm.type_error("range.index() takes exactly one argument (0 given)"));
    };
    if let Some(n @ (crate::ops::arith::Num::I(_) | crate::ops::arith::Num::B(_))) =
        crate::ops::arith::as_num(&x)
        && !matches!(x, Value::Bool(_))
        && vm.contains(self_arg(&a), &x)?
    {
        let i = crate::ops::arith::to_big(&n);
        return Ok(Value::from_bigint((i - &r.start) / &r.step));
    }
    let rx = vm.repr(&x)?;
    Err(vm.value_error(format!("{rx} is not in range")))
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(x) = a.pos().get(1).cloned() else {
        return Err(vm.type_error("range.count() takes exactly one argument (0 given)"));
    };
    Ok(Value::Int(vm.contains(self_arg(&a), &x)? as i64))
}

pub fn register(vm: &mut Vm) {
    let r = vm.types.range.clone();
    reg(vm, &r, "index", range_index);
    reg(vm, &r, "count", range_count);
    let l = vm.types.list.clone();
    reg(vm, &l, "append", append);
    reg(vm, &l, "extend", extend);
    reg(vm, &l, "insert", insert);
    reg(vm, &l, "pop", pop);
    reg(vm, &l, "remove", remove);
    reg(vm, &l, "index", index);
    reg(vm, &l, "count", count);
    reg(vm, &l, "reverse", reverse);
    reg(vm, &l, "clear", clear);
    reg(vm, &l, "copy", copy);
    reg(vm, &l, "sort", sort);
    let t = vm.types.tuple.clone();
    reg(vm, &t, "index", index);
    reg(vm, &t, "count", count);
}
