//! The builtins classes are made of: `__build_class__`, `property`, `staticmethod`,
//! `classmethod`, `super`, the methods of `object` and `type` that user classes inherit
//! (`__new__`, `__init__`, `__setattr__`, ...), and the `__new__`/`__init__` of builtin types
//! that subclasses call (`super().__init__(items)` in a `list` subclass).

use super::{func, reg, reg_static, set};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::instance::Super;
use crate::objects::types::{as_type, is_subtype};
use crate::objects::{ObjRef, PyObject};
use crate::value::Value;

fn build_class(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.build_class(a)
}

/// Positional-or-keyword arguments by name, in order (`property(fget, fset, fdel, doc)`).
fn named_args(a: &Args, names: &[&str]) -> Vec<Value> {
    let pos = a.pos();
    names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            pos.get(i)
                .or_else(|| a.kw(n))
                .cloned()
                .unwrap_or(Value::None)
        })
        .collect()
}

fn new_property(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rest = Args {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    if rest.pos().len() > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            rest.pos().len()
        )));
    }
    let v = named_args(&rest, &["fget", "fset", "fdel", "doc"]);
    let mut doc = v[3].clone();
    if doc.is_none() && !v[0].is_none() {
        doc = vm.getattr_opt(&v[0], "__doc__")?.unwrap_or(Value::None);
    }
    Ok(vm.new_property(v[0].clone(), v[1].clone(), v[2].clone(), doc))
}

fn property_parts(vm: &Vm, v: &Value) -> PyResult<[Value; 4]> {
    match v.as_obj() {
        Some(PyObject::Property(p)) => Ok([
            p.fget.clone(),
            p.fset.clone(),
            p.fdel.clone(),
            p.doc.clone(),
        ]),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_with(vm: &mut Vm, a: &Args, which: usize) -> PyResult<Value> {
    let [f] = super::method_args(vm, a, "property.setter", 1, 1)? else {
        unreachable!()
    };
    let mut parts = property_parts(vm, &a.args[0])?;
    parts[which] = f.clone();
    let [g, s, d, doc] = parts;
    let p = vm.new_property(g, s, d, doc);
    if let (Some(PyObject::Property(old)), Some(PyObject::Property(new))) =
        (a.args[0].as_obj(), p.as_obj())
    {
        *new.name.borrow_mut() = old.name.borrow().clone();
    }
    Ok(p)
}

fn property_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    property_with(vm, &a, 0)
}
fn property_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    property_with(vm, &a, 1)
}
fn property_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    property_with(vm, &a, 2)
}

fn property_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "__get__", 1, 2)?;
    if p[0].is_none() {
        return Ok(a.args[0].clone());
    }
    let cls = vm.type_of(&p[0]);
    vm.descr_get(a.args[0].clone(), &p[0], &cls)
}

fn property_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "__set__", 2, 2)?;
    let [_, fset, ..] = property_parts(vm, &a.args[0])?;
    if fset.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&fset, p)?;
    Ok(Value::None)
}

fn new_staticmethod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::check_args(vm, "staticmethod", &a, 2, 2)?;
    Ok(Value::obj(PyObject::StaticMethod(a.args[1].clone())))
}

fn new_classmethod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::check_args(vm, "classmethod", &a, 2, 2)?;
    Ok(Value::obj(PyObject::ClassMethod(a.args[1].clone())))
}

fn new_super(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("super() takes no keyword arguments"));
    }
    let (this, obj) = match a.pos().len() - 1 {
        0 => vm.super_from_frame()?,
        1 => (a.args[1].clone(), Value::None),
        2 => (a.args[1].clone(), a.args[2].clone()),
        n => {
            return Err(vm.type_error(format!("super() takes at most 2 arguments ({n} given)")));
        }
    };
    let Some(this_t) = this
        .as_objref()
        .filter(|t| matches!(&***t, PyObject::Type(_)))
    else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&this)
        )));
    };
    let obj_type = if obj.is_none() {
        this_t.clone()
    } else {
        match obj.as_objref() {
            Some(t) if matches!(&**t, PyObject::Type(_)) && is_subtype(t, this_t) => t.clone(),
            _ if vm.isinstance(&obj, this_t) => vm.type_of(&obj),
            _ => {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
        }
    };
    Ok(Value::obj(PyObject::Super(Box::new(Super {
        this: this_t.clone(),
        obj,
        obj_type,
    }))))
}

/// `object.__new__(cls, *args)`, and the `__new__` of builtin types (`int.__new__(cls, 5)`).
fn tp_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(cls) = a
        .args
        .first()
        .and_then(|c| c.as_objref())
        .filter(|t| matches!(&***t, PyObject::Type(_)))
        .cloned()
    else {
        let what = a
            .args
            .first()
            .map(|v| vm.type_name(v))
            .unwrap_or_else(|| "nothing".into());
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({what})"
        )));
    };
    let rest = &a.args[1..];
    vm.tp_new(&cls, rest, a.kwnames)
}

fn object_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = a.args.len() - 1;
    vm.object_init(&a.args[0], n)?;
    Ok(Value::None)
}

fn name_arg(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.str_ref() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "__getattribute__", 1, 1)?;
    let name = name_arg(vm, &p[0])?;
    let obj = a.args[0].clone();
    match obj.as_obj() {
        Some(PyObject::Instance(_) | PyObject::Exception(_)) => vm.object_getattribute(&obj, &name),
        _ => vm.getattr(&obj, &name),
    }
}

fn object_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "__setattr__", 2, 2)?;
    let name = name_arg(vm, &p[0])?;
    let obj = a.args[0].clone();
    match obj.as_obj() {
        Some(PyObject::Instance(_)) => vm.object_setattr(&obj, &name, p[1].clone())?,
        _ => vm.setattr(&obj, &name, p[1].clone())?,
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "__delattr__", 1, 1)?;
    let name = name_arg(vm, &p[0])?;
    let obj = a.args[0].clone();
    match obj.as_obj() {
        Some(PyObject::Instance(_)) => vm.object_delattr(&obj, &name)?,
        _ => vm.delattr(&obj, &name)?,
    }
    Ok(Value::None)
}

/// `object.__init_subclass__()`: takes no arguments (an implicit classmethod; reached unbound).
fn object_init_subclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() || a.args.len() > 1 {
        let cls = match a.args.first().and_then(|c| c.as_obj()) {
            Some(PyObject::Type(t)) => format!("{}.", t.name),
            _ => String::new(),
        };
        return Err(vm.type_error(format!(
            "{cls}__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `function.__get__(obj, type=None)`: a method bound to `obj` (the function itself for None).
fn function_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "__get__", 1, 2)?;
    if p[0].is_none() {
        return Ok(a.args[0].clone());
    }
    Ok(Value::obj(PyObject::Method {
        func: a.args[0].clone(),
        self_: p[0].clone(),
    }))
}

/// `BaseException.with_traceback(tb)`: pyjit keeps no traceback objects; returns the exception.
fn exception_with_traceback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "with_traceback", 1, 1)?;
    Ok(a.args[0].clone())
}

/// `object.__getstate__()` (CPython 3.11): the instance's `__dict__`, or None when it has no
/// attributes there; paired with a dict of its set slot values when its classes have `__slots__`.
fn object_getstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args(vm, &a, "__getstate__", 0, 0)?;
    let obj = a.args[0].clone();
    let Some(cls) = vm.user_class(&obj).cloned() else {
        return Ok(Value::None);
    };
    // the slot names of the class and its bases
    let mut slot_names: Vec<String> = Vec::new();
    for t in as_type(&cls).mro.borrow().clone() {
        let decl = crate::objects::types::dict_get_str(&as_type(&t).dict.borrow(), "__slots__");
        let Some(decl) = decl else { continue };
        let items = match decl.str_ref() {
            Some(_) => vec![decl.clone()],
            None => vm.collect(&decl)?,
        };
        for n in items {
            if let Some(s) = n.str_ref()
                && !matches!(s.as_str(), "__dict__" | "__weakref__")
            {
                slot_names.push(s.as_str().to_string());
            }
        }
    }
    let has_dict = as_type(&cls)
        .heap
        .as_ref()
        .is_none_or(|h| h.slots.is_none());
    let mut state = Value::None;
    if has_dict {
        let d = vm.getattr(&obj, "__dict__")?;
        let names: Vec<Value> = match d.as_obj() {
            Some(PyObject::Dict(dd)) => dd.borrow().keys().cloned().collect(),
            _ => Vec::new(),
        };
        let own: Vec<Value> = names
            .into_iter()
            .filter(|k| {
                k.str_ref()
                    .is_none_or(|s| !slot_names.iter().any(|n| n == s.as_str()))
            })
            .collect();
        if !own.is_empty() {
            state = if slot_names.is_empty() {
                d
            } else {
                let s = vm.new_dict(crate::objects::Dict::new());
                for k in own {
                    let v = vm.getitem(&d, &k)?;
                    vm.setitem(&s, &k, v)?;
                }
                s
            };
        }
    }
    if slot_names.is_empty() {
        return Ok(state);
    }
    let slots = vm.new_dict(crate::objects::Dict::new());
    let mut any = false;
    for n in &slot_names {
        if let Some(v) = vm.getattr_opt(&obj, n)? {
            let k = vm.new_str(n.as_str());
            vm.setitem(&slots, &k, v)?;
            any = true;
        }
    }
    if !any {
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, slots]))
}

fn object_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.args[0].clone();
    let mut names: Vec<String> = Vec::new();
    if let Some(PyObject::Instance(i)) = obj.as_obj() {
        let a = i.attrs.borrow();
        match &a.dict {
            Some(d) => {
                if let PyObject::Dict(d) = &**d {
                    names.extend(
                        d.borrow()
                            .keys()
                            .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string())),
                    );
                }
            }
            None => names.extend(
                a.shape
                    .names
                    .iter()
                    .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string())),
            ),
        }
    }
    let cls = vm.type_of(&obj);
    for t in as_type(&cls).mro.borrow().iter() {
        names.extend(
            as_type(t)
                .dict
                .borrow()
                .keys()
                .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string())),
        );
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

/// `type.__new__(meta, name, bases, ns, **kwds)`.
fn type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let Some(meta) = p[0]
        .as_objref()
        .filter(|t| matches!(&***t, PyObject::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let kw: Vec<(Value, Value)> = a
        .kwargs()
        .map(|(k, v)| (vm.new_str(k), v.clone()))
        .collect();
    vm.type_new(&meta, &p[1], &p[2], &p[3], &kw)
}

fn type_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(cls) = a
        .args
        .first()
        .and_then(|c| c.as_objref())
        .filter(|t| matches!(&***t, PyObject::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    vm.type_call(&cls, &a.args[1..], a.kwnames)
}

fn type_mro(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(PyObject::Type(t)) = a.args[0].as_obj() else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    let items = t
        .mro
        .borrow()
        .iter()
        .map(|x| Value::Obj(x.clone()))
        .collect();
    Ok(vm.new_list(items))
}

fn exception_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&a.args[0])
        )));
    }
    if let Some(PyObject::Exception(e)) = a.args[0].as_obj() {
        *e.args.borrow_mut() = vm.new_tuple(a.args[1..].to_vec());
    }
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "list", 0, 1)?;
    let items = match p.first() {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    if let Some(PyObject::List(l)) = a.args[0].as_obj() {
        *l.borrow_mut() = items;
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(PyObject::Dict(d)) = a.args[0].as_obj() else {
        return Err(vm.type_error("descriptor '__init__' requires a 'dict' object"));
    };
    let rest = Args {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    if rest.pos().len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            rest.pos().len()
        )));
    }
    super::dicts::update_from(vm, d, rest.pos().first(), &rest, false)?;
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = super::method_args(vm, &a, "set", 0, 1)?;
    let t = match p.first() {
        Some(it) => super::setops::table_from(vm, it)?,
        None => crate::objects::SetData::new(),
    };
    if let Some(PyObject::Set(s)) = a.args[0].as_obj() {
        *s.borrow_mut() = t;
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm, b: &ObjRef) {
    set(
        vm,
        b,
        "__build_class__",
        func("__build_class__", "builtins", build_class),
    );
    let t = vm.types.clone();
    for (name, ty) in [
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        set(vm, b, name, Value::Obj(ty.clone()));
    }
    for (ty, f) in [
        (&t.property, new_property as crate::objects::NativeFn),
        (&t.staticmethod, new_staticmethod),
        (&t.classmethod, new_classmethod),
        (&t.super_, new_super),
    ] {
        as_type(ty).new.set(Some(f));
    }
    reg(vm, &t.property, "getter", property_getter);
    reg(vm, &t.property, "setter", property_setter);
    reg(vm, &t.property, "deleter", property_deleter);
    reg(vm, &t.property, "__get__", property_get);
    reg(vm, &t.property, "__set__", property_set);
    reg_static(vm, &t.object, "__new__", tp_new);
    reg(vm, &t.object, "__init__", object_init);
    reg(vm, &t.object, "__getattribute__", object_getattribute);
    reg(vm, &t.object, "__setattr__", object_setattr);
    reg(vm, &t.object, "__delattr__", object_delattr);
    reg_static(vm, &t.object, "__init_subclass__", object_init_subclass);
    reg(vm, &t.object, "__dir__", object_dir);
    reg(vm, &t.object, "__getstate__", object_getstate);
    for ty in [
        &t.int,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.tuple,
        &t.frozenset,
        &t.list,
        &t.dict,
        &t.set,
    ] {
        reg_static(vm, ty, "__new__", tp_new);
    }
    reg(vm, &t.list, "__init__", list_init);
    reg(vm, &t.dict, "__init__", dict_init);
    reg(vm, &t.set, "__init__", set_init);
    reg_static(vm, &t.type_, "__new__", type_new);
    reg(vm, &t.type_, "__init__", type_init);
    reg(vm, &t.type_, "__call__", type_call);
    reg(vm, &t.type_, "mro", type_mro);
    let base_exc = t.exc.base_exception.clone();
    reg_static(vm, &base_exc, "__new__", tp_new);
    reg(vm, &base_exc, "__init__", exception_init);
    reg(vm, &base_exc, "with_traceback", exception_with_traceback);
    reg(vm, &t.function, "__get__", function_get);
}
