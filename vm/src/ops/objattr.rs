//! The attribute protocol of user-defined classes and their instances: `object.__getattribute__`,
//! `__setattr__` and `__delattr__` (data descriptors, then the instance's attributes, then other
//! class attributes), `type.__getattribute__` for classes, `super()` lookups, descriptors
//! (functions become bound methods; `staticmethod`, `classmethod`, `property`, and any class with
//! `__get__`/`__set__`/`__delete__`), and the `__getattr__`/`__getattribute__`/`__setattr__`/
//! `__delattr__` hooks.

use crate::interp::{PyResult, Vm};
use crate::objects::types::{as_type, types_modified};
use crate::objects::{BuiltinFunction, ObjRef, PyObject};
use crate::value::Value;
use std::rc::Rc;

/// Is `t` a class made by a `class` statement (or `type(name, bases, ns)`)?
pub fn is_heap_type(t: &ObjRef) -> bool {
    matches!(&**t, PyObject::Type(tt) if tt.heap.is_some())
}

/// The class of `v` when it is user-defined (see `Vm::user_class`).
#[inline]
pub fn user_class_of(v: &Value) -> Option<&ObjRef> {
    let Value::Obj(o) = v else {
        return None;
    };
    match &**o {
        PyObject::Instance(i) if is_heap_type(&i.class) => Some(&i.class),
        PyObject::Exception(e) if is_heap_type(&e.typ) => Some(&e.typ),
        PyObject::Type(t) => match &t.heap {
            Some(h) if is_heap_type(&h.meta) => Some(&h.meta),
            _ => None,
        },
        _ => None,
    }
}

/// Does the user-defined class of `v` define `name` in Python?
pub fn has_py_special(v: &Value, name: &str) -> bool {
    user_class_of(v).is_some_and(|c| as_type(c).lookup(name).is_some_and(|m| is_python_level(&m)))
}

/// Does `d` (a class attribute) define `__set__` or `__delete__` (so it takes precedence over
/// the instance's own attributes)?
pub fn is_data_descr(d: &Value) -> bool {
    match d.as_obj() {
        Some(PyObject::Property(_)) => true,
        Some(PyObject::Instance(i)) if is_heap_type(&i.class) => {
            let t = as_type(&i.class);
            t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
        }
        _ => false,
    }
}

/// Is `m` (found on a class) implemented in Python rather than by a builtin type?
pub fn is_python_level(m: &Value) -> bool {
    !matches!(m.as_obj(), Some(PyObject::Builtin(_)))
}

impl Vm {
    /// The class of `v` when it is user-defined, so its special methods may be Python code:
    /// instances of heap types (including exceptions), and classes whose metaclass is one.
    #[inline]
    pub fn user_class<'a>(&self, v: &'a Value) -> Option<&'a ObjRef> {
        user_class_of(v)
    }

    /// A special method implemented in Python on the user-defined class of `v`.
    pub fn py_special(&self, v: &Value, name: &str) -> Option<Value> {
        let cls = self.user_class(v)?;
        let m = as_type(cls).lookup(name)?;
        is_python_level(&m).then_some(m)
    }

    /// The builtin value inside an instance of a subclass of a builtin type.
    pub fn inst_base(v: &Value) -> Option<&Value> {
        match v.as_obj() {
            Some(PyObject::Instance(i)) => i.base.as_ref(),
            _ => None,
        }
    }

    /// Call `m`, found on the class of `obj`, as a method of `obj` (`type(obj).m(obj, *args)`
    /// with descriptors applied).
    pub fn call_method_value(&mut self, m: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        match m.as_obj() {
            Some(PyObject::Function(_)) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(obj.clone());
                v.extend_from_slice(args);
                self.call(m, &v)
            }
            _ => {
                let cls = self.type_of(obj);
                let bound = self.descr_get(m.clone(), obj, &cls)?;
                self.call(&bound, args)
            }
        }
    }

    /// Call the special method `name` of `obj` if its class defines it in Python.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        let m = self.py_special(obj, name)?;
        Some(self.call_method_value(&m, obj, args))
    }

    fn bound_method(func: Value, self_: Value) -> Value {
        Value::obj(PyObject::Method { func, self_ })
    }

    /// A builtin method descriptor bound to `obj` (to its builtin value for subclass instances).
    pub fn bind_builtin(&self, b: &BuiltinFunction, obj: &Value) -> Value {
        let target = Self::inst_base(obj).unwrap_or(obj).clone();
        Value::obj(PyObject::Builtin(Box::new(BuiltinFunction {
            name: b.name,
            func: b.func,
            self_: Some(target),
            owner: b.owner,
            owner_type: b.owner_type.clone(),
        })))
    }

    /// `d.__get__(obj, cls)`: a class attribute `d` accessed through instance `obj`.
    pub fn descr_get(&mut self, d: Value, obj: &Value, cls: &ObjRef) -> PyResult<Value> {
        let Some(o) = d.as_obj() else {
            return Ok(d);
        };
        match o {
            PyObject::Function(_) => Ok(Self::bound_method(d.clone(), obj.clone())),
            PyObject::StaticMethod(f) => Ok(f.clone()),
            PyObject::ClassMethod(f) => Ok(Self::bound_method(f.clone(), Value::Obj(cls.clone()))),
            PyObject::Property(p) => {
                if p.fget.is_none() {
                    return Err(self.attribute_error(format!(
                        "property {}of '{}' object has no getter",
                        prop_name(p),
                        self.type_name(obj)
                    )));
                }
                let fget = p.fget.clone();
                self.call(&fget, std::slice::from_ref(obj))
            }
            PyObject::Builtin(b)
                if b.self_.is_none()
                    && !b.owner.starts_with("static:")
                    && b.owner_type.is_some() =>
            {
                Ok(self.bind_builtin(b, obj))
            }
            PyObject::Instance(_) => match self.py_special(&d, "__get__") {
                Some(g) => self.call_method_value(&g, &d, &[obj.clone(), Value::Obj(cls.clone())]),
                None => Ok(d),
            },
            _ => Ok(d),
        }
    }

    /// A class attribute `d` accessed on the class `cls` itself (`A.f`, `A.cm`, `A.prop`).
    pub fn descr_get_class(&mut self, d: Value, cls: &ObjRef) -> PyResult<Value> {
        match d.as_obj() {
            Some(PyObject::StaticMethod(f)) => Ok(f.clone()),
            Some(PyObject::ClassMethod(f)) => {
                Ok(Self::bound_method(f.clone(), Value::Obj(cls.clone())))
            }
            Some(PyObject::Instance(_)) => match self.py_special(&d, "__get__") {
                Some(g) => self.call_method_value(&g, &d, &[Value::None, Value::Obj(cls.clone())]),
                None => Ok(d),
            },
            _ => Ok(d),
        }
    }

    /// `getattr(obj, name)` for instances of user-defined classes: `__getattribute__` if the class
    /// overrides it, else `object.__getattribute__`; then `__getattr__` on AttributeError.
    pub(crate) fn instance_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let r = match self.py_special(obj, "__getattribute__") {
            Some(ga) => {
                let n = self.new_str(name);
                self.call_method_value(&ga, obj, &[n])
            }
            None => self.object_getattribute(obj, name),
        };
        match r {
            Err(e) if self.exc_matches(&e, &self.types.exc.attribute_error.clone()) => {
                match self.py_special(obj, "__getattr__") {
                    Some(g) => {
                        let n = self.new_str(name);
                        self.call_method_value(&g, obj, &[n])
                    }
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `object.__getattribute__(obj, name)`.
    pub fn object_getattribute(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let cls = self.type_of(obj);
        if name == "__class__" {
            return Ok(Value::Obj(cls));
        }
        let descr = as_type(&cls).lookup(name);
        if let Some(d) = &descr
            && is_data_descr(d)
        {
            return self.descr_get(d.clone(), obj, &cls);
        }
        match obj.as_obj() {
            Some(PyObject::Instance(i)) => {
                if let Some(v) = i.get_attr(name) {
                    return Ok(v);
                }
                if name == "__dict__" && has_dict(&i.class) {
                    return Ok(Value::Obj(i.dict()));
                }
            }
            Some(PyObject::Exception(_)) => {
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
        match descr {
            Some(d) => self.descr_get(d, obj, &cls),
            None => {
                // attributes of the builtin value (`.real` of an int subclass)
                if let Some(b) = Self::inst_base(obj) {
                    let b = b.clone();
                    if let Some(v) = self.special_attr(&b, name)? {
                        return Ok(v);
                    }
                }
                Err(self.no_attr(obj, name))
            }
        }
    }

    /// `getattr(cls, name)` for class objects (`type.__getattribute__`).
    pub(crate) fn type_getattr(&mut self, tv: &Value, name: &str) -> PyResult<Value> {
        let Some(PyObject::Type(t)) = tv.as_obj() else {
            unreachable!()
        };
        let cls = tv.as_objref().unwrap().clone();
        let meta = self.type_of(tv);
        let meta_attr = if is_heap_type(&meta) {
            as_type(&meta).lookup(name)
        } else {
            None
        };
        if let Some(d) = &meta_attr
            && is_data_descr(d)
        {
            return self.descr_get(d.clone(), tv, &meta);
        }
        match name {
            "__name__" | "__qualname__" | "__module__" | "__mro__" | "__bases__" | "__base__"
            | "__class__" => return Ok(self.special_attr(tv, name)?.unwrap()),
            "__dict__" => {
                let d = t.dict.borrow().clone();
                return Ok(Value::obj(PyObject::Dict(Box::new(
                    std::cell::RefCell::new(d),
                ))));
            }
            _ => {}
        }
        if let Some(d) = t.lookup(name) {
            return self.descr_get_class(d, &cls);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(d, tv, &meta);
        }
        if !is_heap_type(&meta)
            && let Some(d) = as_type(&meta).lookup(name)
            && !matches!(name, "__new__" | "__init__" | "__call__")
        {
            return self.descr_get(d, tv, &meta);
        }
        if let Some(v) = self.special_attr(tv, name)? {
            return Ok(v);
        }
        if let Some(g) = self.py_special(tv, "__getattr__") {
            let n = self.new_str(name);
            return self.call_method_value(&g, tv, &[n]);
        }
        Err(self.no_attr(tv, name))
    }

    /// `super(T, obj).name`.
    pub(crate) fn super_getattr(&mut self, sv: &Value, name: &str) -> PyResult<Value> {
        let Some(PyObject::Super(s)) = sv.as_obj() else {
            unreachable!()
        };
        if name != "__class__" {
            let mro = as_type(&s.obj_type).mro.borrow().clone();
            let start = mro
                .iter()
                .position(|t| Rc::ptr_eq(t, &s.this))
                .map_or(mro.len(), |i| i + 1);
            for t in &mro[start..] {
                let found = crate::objects::types::dict_get_str(&as_type(t).dict.borrow(), name);
                if let Some(d) = found {
                    let obj_is_type = matches!(&s.obj, Value::Obj(o) if Rc::ptr_eq(o, &s.obj_type));
                    if s.obj.is_none() || obj_is_type {
                        return self.descr_get_class(d, &s.obj_type);
                    }
                    let (obj, ot) = (s.obj.clone(), s.obj_type.clone());
                    return self.descr_get(d, &obj, &ot);
                }
            }
        }
        self.object_getattribute(sv, name)
    }

    /// `setattr(obj, name, v)` for instances of user-defined classes.
    pub(crate) fn instance_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match self.py_special(obj, "__setattr__") {
            Some(sa) => {
                let n = self.new_str(name);
                self.call_method_value(&sa, obj, &[n, v]).map(|_| ())
            }
            None => self.object_setattr(obj, name, v),
        }
    }

    /// `object.__setattr__(obj, name, v)`.
    pub fn object_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(d) = as_type(&cls).lookup(name) {
            match d.as_obj() {
                Some(PyObject::Property(p)) => {
                    if p.fset.is_none() {
                        return Err(self.attribute_error(format!(
                            "property {}of '{}' object has no setter",
                            prop_name(p),
                            self.type_name(obj)
                        )));
                    }
                    let fset = p.fset.clone();
                    return self.call(&fset, &[obj.clone(), v]).map(|_| ());
                }
                Some(PyObject::Instance(_)) => {
                    if let Some(set) = self.py_special(&d, "__set__") {
                        return self
                            .call_method_value(&set, &d, &[obj.clone(), v])
                            .map(|_| ());
                    }
                    if self.py_special(&d, "__delete__").is_some() {
                        return Err(self.attribute_error("__set__"));
                    }
                }
                _ => {}
            }
        }
        match obj.as_obj() {
            Some(PyObject::Instance(i)) if is_heap_type(&i.class) => {
                if !slot_allowed(&i.class, name) {
                    return Err(self.no_attr(obj, name));
                }
                let k = self.intern(name);
                i.set_attr(k, v);
                Ok(())
            }
            Some(PyObject::Exception(_)) => self.exception_setattr(obj, name, v),
            _ => Err(self.no_attr(obj, name)),
        }
    }

    /// `delattr(obj, name)` for instances of user-defined classes.
    pub(crate) fn instance_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Some(da) = self.py_special(obj, "__delattr__") {
            let n = self.new_str(name);
            return self.call_method_value(&da, obj, &[n]).map(|_| ());
        }
        self.object_delattr(obj, name)
    }

    /// `object.__delattr__(obj, name)`.
    pub fn object_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Some(d) = as_type(&cls).lookup(name) {
            match d.as_obj() {
                Some(PyObject::Property(p)) => {
                    if p.fdel.is_none() {
                        return Err(self.attribute_error(format!(
                            "property {}of '{}' object has no deleter",
                            prop_name(p),
                            self.type_name(obj)
                        )));
                    }
                    let fdel = p.fdel.clone();
                    return self.call(&fdel, std::slice::from_ref(obj)).map(|_| ());
                }
                Some(PyObject::Instance(_)) => {
                    if let Some(del) = self.py_special(&d, "__delete__") {
                        return self.call_method_value(&del, &d, &[obj.clone()]).map(|_| ());
                    }
                    if self.py_special(&d, "__set__").is_some() {
                        return Err(self.attribute_error("__delete__"));
                    }
                }
                _ => {}
            }
        }
        if let Some(PyObject::Instance(i)) = obj.as_obj() {
            let k = self.intern(name);
            if i.del_attr(&k) {
                return Ok(());
            }
        }
        Err(self.no_attr(obj, name))
    }

    /// `setattr(cls, name, v)` on a user-defined class.
    pub(crate) fn type_setattr(&mut self, tv: &Value, name: &str, v: Value) -> PyResult<()> {
        let Some(PyObject::Type(t)) = tv.as_obj() else {
            unreachable!()
        };
        if let Some(sa) = self.py_special(tv, "__setattr__") {
            let n = self.new_str(name);
            return self.call_method_value(&sa, tv, &[n, v]).map(|_| ());
        }
        let k = self.intern(name);
        let h = k.str_ref().unwrap().hash();
        t.dict
            .borrow_mut()
            .insert(h, k, v, |a, b| {
                Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
            })
            .ok();
        types_modified();
        Ok(())
    }

    /// `delattr(cls, name)` on a user-defined class.
    pub(crate) fn type_delattr(&mut self, tv: &Value, name: &str) -> PyResult<()> {
        let Some(PyObject::Type(t)) = tv.as_obj() else {
            unreachable!()
        };
        let k = self.intern(name);
        let h = k.str_ref().unwrap().hash();
        let r = t.dict.borrow_mut().remove(h, &k, |a, b| {
            Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
        });
        types_modified();
        match r {
            Ok(Some(_)) => Ok(()),
            _ => Err(self.no_attr(tv, name)),
        }
    }
}

/// `'x' ` for a property assigned to a class attribute, empty otherwise (for messages).
fn prop_name(p: &crate::objects::instance::Property) -> String {
    match &*p.name.borrow() {
        Some(n) => format!("'{n}' "),
        None => String::new(),
    }
}

/// Do instances of `cls` have a `__dict__` (no `__slots__` all the way up)?
pub fn has_dict(cls: &ObjRef) -> bool {
    match &**cls {
        PyObject::Type(t) => t.heap.as_ref().is_some_and(|h| h.slots.is_none()),
        _ => false,
    }
}

/// May an instance of `cls` get attribute `name` (it has a `__dict__`, or `name` is a slot)?
fn slot_allowed(cls: &ObjRef, name: &str) -> bool {
    match &**cls {
        PyObject::Type(t) => match &t.heap {
            Some(h) => match &h.slots {
                None => true,
                Some(s) => s.iter().any(|x| x == name),
            },
            None => false,
        },
        _ => false,
    }
}
