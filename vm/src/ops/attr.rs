//! Attribute access: `getattr`, `setattr`, `delattr`, and `load_method` (the `LOAD_METHOD` fast
//! path that avoids creating a bound method for `obj.method(...)`).
//!
//! Builtin types keep their methods as `Builtin` objects in the type's dict; special attributes of
//! functions, code objects, frames, exceptions and numbers are answered here.

use crate::interp::{PyErr, PyResult, Vm};
use crate::objects::types::{as_type, dict_get_str, str_eq};
use crate::objects::{ObjRef, PyObject, PyStr};
use crate::ops::objattr::{is_heap_type, is_python_level};
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    pub(crate) fn no_attr(&self, obj: &Value, name: &str) -> PyErr {
        let e = match obj.as_obj() {
            Some(PyObject::Type(t)) => self.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                t.name, name
            )),
            Some(PyObject::Module(m)) => {
                self.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
            }
            _ => self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            )),
        };
        self.set_exc_attr(&e, "name", self.new_str(name));
        self.set_exc_attr(&e, "obj", obj.clone());
        e
    }

    /// Look `name` up on the type of `obj` (its MRO).
    fn type_lookup(&self, obj: &Value, name: &str) -> Option<Value> {
        let t = self.type_of(obj);
        as_type(&t).lookup(name)
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match &**o {
                PyObject::Instance(_) => return self.instance_getattr(obj, name),
                PyObject::Type(_) => return self.type_getattr(obj, name),
                PyObject::Super(_) => return self.super_getattr(obj, name),
                PyObject::Exception(e) if is_heap_type(&e.typ) => {
                    return self.instance_getattr(obj, name);
                }
                _ => {}
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(m) = self.type_lookup(obj, name) {
            return Ok(self.bind_descriptor(m, obj));
        }
        Err(self.no_attr(obj, name))
    }

    /// getattr with a default for a missing attribute (AttributeError only).
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.types.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Bind a method found on a builtin type to an instance.
    fn bind_descriptor(&self, m: Value, obj: &Value) -> Value {
        if let Some(PyObject::Builtin(b)) = m.as_obj()
            && b.self_.is_none()
            && !b.owner.starts_with("static:")
            && !matches!(obj.as_obj(), Some(PyObject::Type(_)))
        {
            return self.bind_builtin(b, obj);
        }
        m
    }

    /// `LOAD_METHOD`: (callable, self) for a method call without binding, or (Null, attribute).
    pub fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<(Value, Value)> {
        if let Some(PyObject::Instance(i)) = obj.as_obj() {
            let t = as_type(&i.class);
            if let Some(m) = t.lookup(name)
                && t.lookup("__getattribute__")
                    .is_none_or(|g| !is_python_level(&g))
                && i.get_attr(name).is_none()
            {
                match m.as_obj() {
                    Some(PyObject::Function(_)) => return Ok((m, obj.clone())),
                    Some(PyObject::Builtin(b))
                        if b.self_.is_none() && !b.owner.starts_with("static:") =>
                    {
                        let target = Self::inst_base(obj).unwrap_or(obj).clone();
                        return Ok((m, target));
                    }
                    _ => {}
                }
            }
            let v = self.getattr(obj, name)?;
            return Ok((Value::Null, v));
        }
        if !matches!(
            obj.as_obj(),
            Some(
                PyObject::Type(_)
                    | PyObject::Module(_)
                    | PyObject::Namespace(_)
                    | PyObject::Super(_)
            )
        ) && let Some(m) = self.type_lookup(obj, name)
            && let Some(PyObject::Builtin(b)) = m.as_obj()
            && b.self_.is_none()
            && !b.owner.starts_with("static:")
        {
            return Ok((m, obj.clone()));
        }
        let v = self.getattr(obj, name)?;
        Ok((Value::Null, v))
    }

    fn str_val(&self, s: &str) -> Value {
        Value::obj(PyObject::Str(PyStr::new(s)))
    }

    /// Attributes that are not methods in a type dict.
    pub(crate) fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(o) = obj else {
            return Ok(match (obj, name) {
                (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }),
                (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
                (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
                (Value::Float(_), "real") => Some(obj.clone()),
                (Value::Float(_), "imag") => Some(Value::Float(0.0)),
                _ => None,
            });
        };
        Ok(match &**o {
            PyObject::Int(_) => match name {
                "real" | "numerator" => Some(obj.clone()),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            PyObject::Function(f) => match name {
                "__name__" => Some(self.str_val(&f.name.borrow())),
                "__qualname__" => Some(self.str_val(&f.qualname.borrow())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.clone()),
                "__defaults__" => Some(f.defaults.borrow().clone()),
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
                "__code__" => Some(Value::obj(PyObject::Code(f.code.clone()))),
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__closure__" => Some(match &f.closure {
                    Some(c) => self.new_tuple(c.iter().map(|x| Value::Obj(x.clone())).collect()),
                    None => Value::None,
                }),
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Some(Value::Obj(
                        d.get_or_insert_with(|| Rc::new(PyObject::Dict(Default::default())))
                            .clone(),
                    ))
                }
                _ => match &*f.dict.borrow() {
                    Some(d) => match &**d {
                        PyObject::Dict(dd) => dict_get_str(&dd.borrow(), name),
                        _ => None,
                    },
                    None => None,
                },
            },
            PyObject::Builtin(b) => match name {
                "__name__" | "__qualname__" => Some(self.str_val(b.name)),
                "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
                "__module__" => Some(if b.self_.is_none() {
                    self.str_val(b.owner)
                } else {
                    Value::None
                }),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            PyObject::Method { func, self_ } => match name {
                "__func__" => Some(func.clone()),
                "__self__" => Some(self_.clone()),
                _ => {
                    let f = func.clone();
                    return self.special_attr(&f, name);
                }
            },
            PyObject::Code(c) => self.code_attr(c, name),
            PyObject::Property(p) => match name {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                _ => None,
            },
            PyObject::StaticMethod(f) | PyObject::ClassMethod(f) => match name {
                "__func__" | "__wrapped__" => Some(f.clone()),
                _ => None,
            },
            PyObject::Frame(f) => match name {
                "f_back" => Some(f.back.clone().map(Value::Obj).unwrap_or(Value::None)),
                "f_code" => Some(Value::obj(PyObject::Code(f.code.clone()))),
                "f_lineno" => {
                    // live while the frame runs, the snapshot afterwards
                    let live = self
                        .frames
                        .get(f.index)
                        .filter(|fr| fr.serial == f.serial)
                        .map(|fr| fr.lineno());
                    Some(Value::Int(live.unwrap_or(f.lineno) as i64))
                }
                "f_lasti" => Some(Value::Int(f.lasti as i64 * 2)),
                "f_locals" => Some(Value::Obj(f.locals.clone())),
                "f_globals" => Some(Value::Obj(f.globals.clone())),
                "f_builtins" => Some(Value::Obj(self.builtins.clone())),
                _ => None,
            },
            PyObject::Type(t) => match name {
                "__name__" => Some(self.str_val(&t.name)),
                "__qualname__" => Some(self.str_val(&t.qualname)),
                "__module__" => Some(self.str_val(&t.module)),
                "__doc__" => Some(Value::None),
                "__mro__" => Some(
                    self.new_tuple(
                        t.mro
                            .borrow()
                            .iter()
                            .map(|x| Value::Obj(x.clone()))
                            .collect(),
                    ),
                ),
                "__bases__" => {
                    Some(self.new_tuple(t.bases.iter().map(|x| Value::Obj(x.clone())).collect()))
                }
                "__base__" => Some(
                    t.bases
                        .first()
                        .map(|b| Value::Obj(b.clone()))
                        .unwrap_or(Value::None),
                ),
                _ => t.lookup(name),
            },
            PyObject::Module(m) => match &*m.dict {
                PyObject::Dict(d) => match dict_get_str(&d.borrow(), name) {
                    Some(v) => Some(v),
                    None if name == "__dict__" => Some(Value::Obj(m.dict.clone())),
                    None => None,
                },
                _ => None,
            },
            PyObject::Namespace(d) => dict_get_str(&d.borrow(), name),
            PyObject::Exception(e) => match name {
                "args" => Some(e.args.borrow().clone()),
                "__cause__" => Some(e.cause.borrow().clone()),
                "__context__" => Some(e.context.borrow().clone()),
                "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
                "__traceback__" => Some(Value::None),
                _ => match &*e.dict.borrow() {
                    Some(d) => match &**d {
                        PyObject::Dict(dd) => dict_get_str(&dd.borrow(), name),
                        _ => None,
                    },
                    None => None,
                },
            },
            PyObject::BigRange(r) => match name {
                "start" => Some(Value::from_bigint(r.start.clone())),
                "stop" => Some(Value::from_bigint(r.stop.clone())),
                "step" => Some(Value::from_bigint(r.step.clone())),
                _ => None,
            },
            PyObject::Tuple(items) => {
                let addr = Rc::as_ptr(o) as usize;
                self.struct_seqs
                    .iter()
                    .find(|(a, _, _)| *a == addr)
                    .and_then(|(_, _, fields)| fields.iter().position(|f| *f == name))
                    .map(|i| items[i].clone())
            }
            PyObject::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            PyObject::Slice(s) => match name {
                "start" => Some(s[0].clone()),
                "stop" => Some(s[1].clone()),
                "step" => Some(s[2].clone()),
                _ => None,
            },
            PyObject::File(f) => match name {
                "name" => Some(self.str_val(&f.borrow().name)),
                "mode" => Some(self.str_val(&f.borrow().mode)),
                "closed" => Some(Value::Bool(f.borrow().closed)),
                _ => None,
            },
            PyObject::Generator(g) => match name {
                "__name__" => Some(self.str_val(&g.borrow().name)),
                "__qualname__" => Some(self.str_val(&g.borrow().qualname)),
                "gi_running" => Some(Value::Bool(g.borrow().running)),
                "gi_code" => Some(Value::obj(PyObject::Code(g.borrow().code.clone()))),
                "gi_frame" => Some(crate::modules::frames::generator_frame(self, g)),
                "gi_yieldfrom" => Some(
                    self.yield_from_target(o)
                        .map_or(Value::None, |(recv, _)| recv),
                ),
                _ => None,
            },
            PyObject::Cell(c) => match name {
                "cell_contents" => {
                    let v = c.borrow().clone();
                    if matches!(v, Value::Null) {
                        return Err(self.value_error("Cell is empty"));
                    }
                    Some(v)
                }
                _ => None,
            },
            _ => None,
        })
    }

    fn code_attr(&mut self, c: &Rc<crate::bytecode::CodeObject>, name: &str) -> Option<Value> {
        let strs = |vm: &Vm, v: &[String]| vm.new_tuple(v.iter().map(|s| vm.str_val(s)).collect());
        Some(match name {
            "co_code" => Value::obj(PyObject::Bytes(c.code_bytes().into_boxed_slice())),
            "co_consts" => self.new_tuple(c.consts.clone()),
            "co_names" => self.new_tuple(c.names.clone()),
            "co_varnames" => strs(self, &c.varnames),
            "co_cellvars" => strs(self, &c.cellvars),
            "co_freevars" => strs(self, &c.freevars),
            "co_argcount" => Value::Int(c.argcount as i64),
            "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
            "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
            "co_nlocals" => Value::Int(c.varnames.len() as i64),
            "co_stacksize" => Value::Int(c.max_stack as i64),
            "co_flags" => Value::Int(c.flags as i64),
            "co_name" => self.str_val(&c.name),
            "co_qualname" => self.str_val(&c.qualname),
            "co_filename" => self.str_val(&c.filename),
            "co_firstlineno" => Value::Int(c.firstlineno as i64),
            _ => return None,
        })
    }

    /// `obj.name = v`.
    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let Value::Obj(o) = obj else {
            return Err(self.setattr_error(obj, name));
        };
        match &**o {
            PyObject::Instance(i) if is_heap_type(&i.class) => self.instance_setattr(obj, name, v),
            PyObject::Exception(e) if is_heap_type(&e.typ) => self.instance_setattr(obj, name, v),
            PyObject::Type(t) if t.heap.is_some() => self.type_setattr(obj, name, v),
            PyObject::Function(f) => {
                match name {
                    "__name__" => *f.name.borrow_mut() = self.attr_str(&v, "__name__")?,
                    "__qualname__" => {
                        *f.qualname.borrow_mut() = self.attr_str(&v, "__qualname__")?
                    }
                    "__doc__" => *f.doc.borrow_mut() = v,
                    "__defaults__" => *f.defaults.borrow_mut() = v,
                    "__kwdefaults__" => *f.kwdefaults.borrow_mut() = v,
                    _ => {
                        let d = f
                            .dict
                            .borrow_mut()
                            .get_or_insert_with(|| Rc::new(PyObject::Dict(Default::default())))
                            .clone();
                        self.str_dict_set(&d, name, v);
                    }
                }
                Ok(())
            }
            PyObject::Module(m) => {
                let d = m.dict.clone();
                self.str_dict_set(&d, name, v);
                Ok(())
            }
            PyObject::Namespace(d) => {
                let k = self.intern(name);
                let h = self.hash(&k)?;
                d.borrow_mut()
                    .insert(h, k, v, |a, b| Ok::<bool, ()>(str_eq(a, b)))
                    .ok();
                Ok(())
            }
            PyObject::Exception(_) => self.exception_setattr(obj, name, v),
            _ => Err(self.setattr_error(obj, name)),
        }
    }

    /// Attribute assignment on an exception: the chaining attributes, `args`, else its dict.
    pub(crate) fn exception_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        let Some(o) = obj.as_objref() else {
            unreachable!()
        };
        match &**o {
            PyObject::Exception(e) => {
                match name {
                    "__cause__" => {
                        *e.cause.borrow_mut() = v;
                        e.suppress_context.set(true);
                    }
                    "__context__" => *e.context.borrow_mut() = v,
                    "__suppress_context__" => e.suppress_context.set(self.is_true(&v)?),
                    "args" => {
                        let items = self.collect(&v)?;
                        *e.args.borrow_mut() = self.new_tuple(items);
                    }
                    _ => {
                        let err = PyErr(o.clone());
                        self.set_exc_attr(&err, name, v);
                    }
                }
                Ok(())
            }
            _ => Err(self.setattr_error(obj, name)),
        }
    }

    fn attr_str(&self, v: &Value, what: &str) -> PyResult<String> {
        match v.str_ref() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(self.type_error(format!("{what} must be set to a string object"))),
        }
    }

    fn setattr_error(&self, obj: &Value, name: &str) -> PyErr {
        if let Some(PyObject::Type(t)) = obj.as_obj() {
            return self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name, t.name
            ));
        }
        if self.type_lookup(obj, name).is_some() {
            return self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                name
            ));
        }
        let readonly = match obj {
            Value::Int(_) | Value::Bool(_) => {
                ["real", "imag", "numerator", "denominator"].contains(&name)
            }
            Value::Float(_) => ["real", "imag"].contains(&name),
            _ => match obj.as_obj() {
                Some(PyObject::Int(_)) => {
                    ["real", "imag", "numerator", "denominator"].contains(&name)
                }
                Some(PyObject::Range(_) | PyObject::BigRange(_) | PyObject::Slice(_)) => {
                    ["start", "stop", "step"].contains(&name)
                }
                _ => false,
            },
        };
        if readonly {
            return self.attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                name,
                self.type_name(obj)
            ));
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            name
        ))
    }

    /// Insert into a dict known to have str keys.
    pub fn str_dict_set(&mut self, d: &ObjRef, name: &str, v: Value) {
        if let PyObject::Dict(dd) = &**d {
            let k = self.intern(name);
            let h = k.str_ref().unwrap().hash();
            dd.borrow_mut()
                .insert(h, k, v, |a, b| Ok::<bool, ()>(str_eq(a, b)))
                .ok();
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj.as_obj() {
            Some(PyObject::Instance(i)) if is_heap_type(&i.class) => {
                return self.instance_delattr(obj, name);
            }
            Some(PyObject::Type(t)) if t.heap.is_some() => return self.type_delattr(obj, name),
            _ => {}
        }
        let dict = match obj.as_obj() {
            Some(PyObject::Function(f)) => f.dict.borrow().clone(),
            Some(PyObject::Module(m)) => Some(m.dict.clone()),
            _ => None,
        };
        if let Some(d) = dict
            && let PyObject::Dict(dd) = &*d
        {
            let k = self.intern(name);
            let h = k.str_ref().unwrap().hash();
            if dd
                .borrow_mut()
                .remove(h, &k, |a, b| Ok::<bool, ()>(str_eq(a, b)))
                .ok()
                .flatten()
                .is_some()
            {
                return Ok(());
            }
        }
        Err(self.no_attr(obj, name))
    }
}
