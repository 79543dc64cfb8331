//! Classes: the `class` statement (`__build_class__`: metaclass, namespace, body), class creation
//! (`type.__new__`: bases, instance layout, C3 MRO, `__slots__`, implicit static/class methods,
//! `__set_name__`, `__init_subclass__`, the `__class__` cell), and instantiation (`type.__call__`:
//! `__new__` then `__init__`).

use super::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::instance::{Instance, Property, Shape};
use crate::objects::types::{HeapInfo, TypeObj, as_type, dict_get_str, is_subtype, str_eq};
use crate::objects::{Dict, ObjRef, PyObject};
use crate::ops::objattr::is_python_level;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Builtin types a class statement may derive from; the others are "not an acceptable base type".
const BASE_OK: &[&str] = &[
    "object",
    "int",
    "float",
    "str",
    "bytes",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "type",
];

/// Builtin types whose instances are filled in by `__init__` (so `__new__` makes them empty).
const MUTABLE_LAYOUTS: &[&str] = &["list", "dict", "set"];

impl Vm {
    /// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
    pub fn build_class(&mut self, a: Args) -> PyResult<Value> {
        let pos = a.pos();
        if pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = pos[0].clone();
        let Some(PyObject::Function(_)) = func.as_obj() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let name = pos[1].clone();
        if name.str_ref().is_none() {
            return Err(self.type_error("__build_class__: name is not a string"));
        }
        let bases: Vec<Value> = pos[2..].to_vec();
        let mut meta: Option<Value> = None;
        let mut kw_names = Vec::new();
        let mut kw_values = Vec::new();
        for (k, v) in a.kwargs() {
            if k == "metaclass" {
                meta = Some(v.clone());
            } else {
                kw_names.push(self.new_str(k));
                kw_values.push(v.clone());
            }
        }
        let mut meta = match meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Obj(self.type_of(b)),
                None => Value::Obj(self.types.type_.clone()),
            },
        };
        // an explicit metaclass that is not a class is called as it is
        if matches!(meta.as_obj(), Some(PyObject::Type(_))) {
            meta = Value::Obj(self.calculate_meta(meta.as_objref().unwrap(), &bases)?);
        }
        // the namespace: meta.__prepare__(name, bases) when defined, else a new dict
        let bases_tuple = self.new_tuple(bases.clone());
        let ns = match self.getattr_opt(&meta, "__prepare__")? {
            Some(p) if !matches!(p.as_obj(), Some(PyObject::Builtin(_))) => {
                let mut pargs = vec![name.clone(), bases_tuple.clone()];
                pargs.extend(kw_values.iter().cloned());
                let ns = self.call_kw(&p, &pargs, &kw_names)?;
                if !matches!(ns.as_obj(), Some(PyObject::Dict(_))) {
                    return Err(self.not_implemented(
                        "__prepare__ returning a mapping other than dict is not supported yet",
                    ));
                }
                ns
            }
            _ => self.new_dict(Dict::new()),
        };
        // run the body with the namespace as its locals
        let fobj = func.as_objref().unwrap().clone();
        let mut frame = self.bind_args(&fobj, &[], &[])?;
        frame.locals = Some(ns.as_objref().unwrap().clone());
        let cell = self.run_frame(frame)?;
        let mut args = vec![name, bases_tuple, ns.clone()];
        args.extend(kw_values);
        let cls = self.call_kw(&meta, &args, &kw_names)?;
        // the __class__ cell of the methods (zero-argument super) refers to the new class
        if let Some(PyObject::Cell(c)) = cell.as_obj() {
            if let Some(PyObject::Type(_)) = cls.as_obj() {
                *c.borrow_mut() = cls.clone();
            }
        }
        Ok(cls)
    }

    /// The most derived metaclass of `meta` and the metaclasses of `bases`.
    fn calculate_meta(&mut self, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
        let mut winner = meta.clone();
        for b in bases {
            let bt = self.type_of(b);
            if is_subtype(&winner, &bt) {
                continue;
            }
            if is_subtype(&bt, &winner) {
                winner = bt;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, ns, **kwds)`: create a class.
    pub fn type_new(
        &mut self,
        meta: &ObjRef,
        name: &Value,
        bases: &Value,
        ns: &Value,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Some(name_s) = name.str_ref().map(|s| s.as_str().to_string()) else {
            return Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.type_name(name)
            )));
        };
        let Some(PyObject::Tuple(bases)) = bases.as_obj() else {
            return Err(self.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                self.type_name(bases)
            )));
        };
        let Some(PyObject::Dict(ns)) = ns.as_obj() else {
            return Err(self.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                self.type_name(ns)
            )));
        };
        let mut base_types: Vec<ObjRef> = Vec::new();
        for b in bases.iter() {
            match b.as_objref() {
                Some(t) if matches!(&**t, PyObject::Type(_)) => {
                    let tt = as_type(t);
                    if tt.heap.is_none() && !tt.is_exception && !BASE_OK.contains(&tt.name.as_str())
                    {
                        return Err(self.type_error(format!(
                            "type '{}' is not an acceptable base type",
                            tt.name
                        )));
                    }
                    base_types.push(t.clone());
                }
                _ => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", self.type_name(b)))
                    );
                }
            }
        }
        for (i, b) in base_types.iter().enumerate() {
            if base_types[..i].iter().any(|p| Rc::ptr_eq(p, b)) {
                return Err(self.type_error(format!("duplicate base class {}", as_type(b).name)));
            }
        }
        if base_types.is_empty() {
            base_types.push(self.types.object.clone());
        }
        let layout = self.solid_layout(&base_types)?;
        let mro_tail = self.c3_merge(&base_types)?;
        let mut dict: Dict = ns.borrow().clone();
        let qualname = match self.ns_take(&mut dict, "__qualname__") {
            Some(q) => match q.str_ref() {
                Some(s) => s.as_str().to_string(),
                None => {
                    return Err(self.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        self.type_name(&q)
                    )));
                }
            },
            None => name_s.clone(),
        };
        let module = match dict_get_str(&dict, "__module__") {
            Some(m) => self.to_str(&m)?,
            None => {
                let m = self
                    .frames
                    .last()
                    .and_then(|f| dict_get_str(&Self::dict_of(&f.globals).borrow(), "__name__"))
                    .unwrap_or_else(|| self.new_str("builtins"));
                let s = self.to_str(&m)?;
                self.dict_set_str(&mut dict, "__module__", m);
                s
            }
        };
        let slots = self.class_slots(&dict, &base_types)?;
        // implicit static and class methods
        for (n, wrap_static) in [
            ("__new__", true),
            ("__init_subclass__", false),
            ("__class_getitem__", false),
        ] {
            if let Some(f) = dict_get_str(&dict, n)
                && matches!(f.as_obj(), Some(PyObject::Function(_)))
            {
                let w = if wrap_static {
                    Value::obj(PyObject::StaticMethod(f))
                } else {
                    Value::obj(PyObject::ClassMethod(f))
                };
                self.dict_set_str(&mut dict, n, w);
            }
        }
        if dict_get_str(&dict, "__eq__").is_some() && dict_get_str(&dict, "__hash__").is_none() {
            self.dict_set_str(&mut dict, "__hash__", Value::None);
        }
        if dict_get_str(&dict, "__doc__").is_none() {
            self.dict_set_str(&mut dict, "__doc__", Value::None);
        }
        let classcell = self.ns_take(&mut dict, "__classcell__");
        let is_exception = base_types.iter().any(|b| as_type(b).is_exception);
        let heap = HeapInfo {
            meta: meta.clone(),
            root_shape: Shape::root(),
            slots,
            layout,
        };
        let t = TypeObj::new(
            name_s,
            qualname,
            module,
            base_types.clone(),
            dict,
            None,
            is_exception,
            Some(Box::new(heap)),
        );
        let cls = Rc::new(PyObject::Type(Box::new(t)));
        {
            let mut mro = vec![cls.clone()];
            mro.extend(mro_tail);
            *as_type(&cls).mro.borrow_mut() = mro;
        }
        if let Some(c) = classcell
            && let Some(PyObject::Cell(cell)) = c.as_obj()
        {
            *cell.borrow_mut() = Value::Obj(cls.clone());
        }
        let clsv = Value::Obj(cls.clone());
        // __set_name__ on the class attributes
        let entries: Vec<(Value, Value)> = as_type(&cls)
            .dict
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            match v.as_obj() {
                Some(PyObject::Property(p)) => {
                    if p.name.borrow().is_none() {
                        *p.name.borrow_mut() = k.str_ref().map(|s| s.as_str().to_string());
                    }
                }
                Some(PyObject::Instance(_)) => {
                    if let Some(r) = self.call_special(&v, "__set_name__", &[clsv.clone(), k]) {
                        r?;
                    }
                }
                _ => {}
            }
        }
        // __init_subclass__ of the parent
        self.init_subclass(&cls, kwargs)?;
        Ok(clsv)
    }

    /// `super(cls, cls).__init_subclass__(**kwargs)`.
    fn init_subclass(&mut self, cls: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
        let mro = as_type(cls).mro.borrow().clone();
        for t in &mro[1..] {
            let Some(f) = dict_get_str(&as_type(t).dict.borrow(), "__init_subclass__") else {
                continue;
            };
            let f = match f.as_obj() {
                Some(PyObject::ClassMethod(g)) => g.clone(),
                Some(PyObject::Builtin(_)) => {
                    if !kwargs.is_empty() {
                        return Err(self.type_error(format!(
                            "{}.__init_subclass__() takes no keyword arguments",
                            as_type(cls).name
                        )));
                    }
                    return Ok(());
                }
                _ => f,
            };
            let mut args = vec![Value::Obj(cls.clone())];
            let mut names = Vec::new();
            for (k, v) in kwargs {
                args.push(v.clone());
                names.push(k.clone());
            }
            self.call_kw(&f, &args, &names)?;
            return Ok(());
        }
        Ok(())
    }

    fn ns_take(&mut self, d: &mut Dict, name: &str) -> Option<Value> {
        let k = self.intern(name);
        let h = k.str_ref().unwrap().hash();
        d.remove(h, &k, |a, b| Ok::<bool, ()>(str_eq(a, b)))
            .ok()
            .flatten()
            .map(|(_, v)| v)
    }

    fn dict_set_str(&mut self, d: &mut Dict, name: &str, v: Value) {
        let k = self.intern(name);
        let h = k.str_ref().unwrap().hash();
        d.insert(h, k, v, |a, b| Ok::<bool, ()>(str_eq(a, b))).ok();
    }

    /// The builtin type whose values the instances carry (`int` for `class C(int)`), checking the
    /// bases agree ("multiple bases have instance lay-out conflict").
    fn solid_layout(&self, bases: &[ObjRef]) -> PyResult<Option<ObjRef>> {
        let mut layout: Option<ObjRef> = None;
        for b in bases {
            let bt = as_type(b);
            let l = match &bt.heap {
                Some(h) => h.layout.clone(),
                None if bt.is_exception || Rc::ptr_eq(b, &self.types.object) => None,
                None => Some(b.clone()),
            };
            match (&layout, l) {
                (_, None) => {}
                (None, Some(l)) => layout = Some(l),
                (Some(cur), Some(l)) => {
                    if is_subtype(&l, cur) {
                        layout = Some(l);
                    } else if !is_subtype(cur, &l) {
                        return Err(
                            self.type_error("multiple bases have instance lay-out conflict")
                        );
                    }
                }
            }
        }
        if layout.is_some() && bases.iter().any(|b| as_type(b).is_exception) {
            return Err(self.type_error("multiple bases have instance lay-out conflict"));
        }
        Ok(layout)
    }

    /// `__slots__` of a new class: None when its instances have a `__dict__`.
    fn class_slots(&mut self, dict: &Dict, bases: &[ObjRef]) -> PyResult<Option<Vec<String>>> {
        let Some(s) = dict_get_str(dict, "__slots__") else {
            return Ok(None);
        };
        let names = if s.str_ref().is_some() {
            vec![s]
        } else {
            self.collect(&s)?
        };
        let mut out = Vec::new();
        for n in names {
            let Some(ns) = n.str_ref() else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(&n)
                )));
            };
            let ns = ns.as_str().to_string();
            if ns == "__dict__" {
                return Ok(None);
            }
            out.push(ns);
        }
        for b in bases {
            match &as_type(b).heap {
                Some(h) => match &h.slots {
                    Some(s) => out.extend(s.iter().cloned()),
                    None => return Ok(None),
                },
                None => {}
            }
        }
        Ok(Some(out))
    }

    /// C3 linearisation of the bases' MROs (the new class's MRO without the class itself).
    fn c3_merge(&self, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|b| as_type(b).mro.borrow().clone())
            .collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let mut found = None;
            for s in &seqs {
                let cand = &s[0];
                let in_tail = seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
                if !in_tail {
                    found = Some(cand.clone());
                    break;
                }
            }
            let Some(c) = found else {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = as_type(&s[0]).name.clone();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// Call a user-defined class: the metaclass's `__call__` if it defines one in Python, else
    /// `type.__call__`.
    pub fn call_class(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let clsv = Value::Obj(cls.clone());
        if let Some(m) = self.py_special(&clsv, "__call__") {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(clsv);
            v.extend_from_slice(args);
            return self.call_kw(&m, &v, kwnames);
        }
        self.type_call(cls, args, kwnames)
    }

    /// For `CALL` of class `cls` with `n` positional arguments, when the call is `object.__new__`
    /// then a Python `__init__` that takes the instance and the arguments one to one (a plain
    /// class: metaclass `type`, no builtin base, not an exception): a new instance and that
    /// `__init__`, which the eval loop runs as a frame of its own (`Frame::init`).
    pub(crate) fn init_inline(&mut self, cls: &ObjRef, n: usize) -> Option<(Value, ObjRef)> {
        let PyObject::Type(t) = &**cls else {
            return None;
        };
        let h = t.heap.as_ref()?;
        if h.layout.is_some() || t.is_exception || !Rc::ptr_eq(&h.meta, &self.types.type_) {
            return None;
        }
        if t.lookup("__new__").is_some_and(|f| is_python_level(&f)) {
            return None;
        }
        let init = t.lookup("__init__")?;
        let Some(PyObject::Function(func)) = init.as_obj() else {
            return None;
        };
        if !Self::exact_args(func, n + 1)
            || func.code.flags & crate::bytecode::code::flags::GENERATOR != 0
        {
            return None;
        }
        let obj = Value::obj(PyObject::Instance(Box::new(Instance::new(
            cls.clone(),
            h.root_shape.clone(),
            None,
        ))));
        Some((obj, init.as_objref().unwrap().clone()))
    }

    /// `type.__call__(cls, *args, **kwargs)`: `cls.__new__(cls, ...)`, then `__init__`.
    pub fn type_call(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let t = as_type(cls);
        if t.heap.is_none() {
            return self.call_kw(&Value::Obj(cls.clone()), args, kwnames);
        }
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(Value::Obj(cls.clone()));
        v.extend_from_slice(args);
        let obj = match t.lookup("__new__") {
            Some(n) => {
                let n = match n.as_obj() {
                    Some(PyObject::StaticMethod(f)) => f.clone(),
                    _ => n,
                };
                self.call_kw(&n, &v, kwnames)?
            }
            None => self.tp_new(cls, args, kwnames)?,
        };
        if !crate::objects::types::is_subtype(self.type_of_ref(&obj), cls) {
            return Ok(obj);
        }
        let otype = self.type_of(&obj);
        if let Some(init) = as_type(&otype).lookup("__init__") {
            v[0] = obj.clone();
            let r = if is_python_level(&init) {
                let bound_args = v;
                match init.as_obj() {
                    Some(PyObject::Function(_)) => self.call_kw(&init, &bound_args, kwnames)?,
                    _ => {
                        let b = self.descr_get(init.clone(), &obj, &otype)?;
                        self.call_kw(&b, &bound_args[1..], kwnames)?
                    }
                }
            } else {
                self.call_kw(&init, &v, kwnames)?
            };
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// Which class along `cls`'s MRO defines `name`.
    fn provider(cls: &ObjRef, name: &str) -> Option<ObjRef> {
        as_type(cls)
            .mro
            .borrow()
            .iter()
            .find(|t| dict_get_str(&as_type(t).dict.borrow(), name).is_some())
            .cloned()
    }

    fn overrides(&self, cls: &ObjRef, name: &str) -> bool {
        Self::provider(cls, name).is_some_and(|p| !Rc::ptr_eq(&p, &self.types.object))
    }

    /// `object.__new__(cls, *args)` and the `__new__` of builtin types for subclasses: a new
    /// instance of `cls` (with the builtin value its layout needs).
    pub fn tp_new(&mut self, cls: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let t = as_type(cls);
        let Some(h) = &t.heap else {
            if Rc::ptr_eq(cls, &self.types.object) {
                return Ok(Value::obj(PyObject::Instance(Box::new(Instance::new(
                    cls.clone(),
                    Shape::root(),
                    None,
                )))));
            }
            return self.call_kw(&Value::Obj(cls.clone()), args, kwnames);
        };
        if t.is_exception {
            let e = self.new_exception(cls, args.to_vec());
            if is_subtype(cls, &self.types.exc.stop_iteration) {
                let v = args.first().cloned().unwrap_or(Value::None);
                self.set_exc_attr(&e, "value", v);
            }
            return Ok(Value::Obj(e.0));
        }
        let base = match &h.layout {
            None => {
                if !args.is_empty() {
                    if self.overrides(cls, "__new__") {
                        return Err(self.type_error(
                            "object.__new__() takes exactly one argument (the type to instantiate)",
                        ));
                    }
                    if !self.overrides(cls, "__init__") {
                        return Err(self.type_error(format!("{}() takes no arguments", t.name)));
                    }
                }
                None
            }
            Some(l) => {
                let lt = as_type(l);
                let Some(new) = lt.new.get() else {
                    return Err(self.type_error(format!("cannot create '{}' instances", lt.name)));
                };
                let mut v = vec![Value::Obj(l.clone())];
                if !MUTABLE_LAYOUTS.contains(&lt.name.as_str()) {
                    v.extend_from_slice(args);
                    Some(new(self, Args { args: &v, kwnames })?)
                } else {
                    Some(new(self, Args::new(&v))?)
                }
            }
        };
        Ok(Value::obj(PyObject::Instance(Box::new(Instance::new(
            cls.clone(),
            h.root_shape.clone(),
            base,
        )))))
    }

    /// `object.__init__(self, *args)`: excess arguments are an error unless `__new__` took them.
    pub fn object_init(&mut self, obj: &Value, nargs: usize) -> PyResult<()> {
        if nargs == 0 {
            return Ok(());
        }
        let cls = self.type_of(obj);
        if self.overrides(&cls, "__init__") {
            return Err(self.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !self.overrides(&cls, "__new__") {
            return Err(self.type_error(format!("{}() takes no arguments", as_type(&cls).name)));
        }
        Ok(())
    }

    /// Zero-argument `super()`: the `__class__` cell and first argument of the calling frame.
    pub fn super_from_frame(&mut self) -> PyResult<(Value, Value)> {
        let Some(f) = self.frames.last() else {
            return Err(self.runtime_error("super(): no current frame"));
        };
        let code = f.code.clone();
        if code.argcount == 0 && code.flags & crate::bytecode::code::flags::VARARGS == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let nlocals = code.nlocals();
        let mut first = f.localsplus.first().cloned().unwrap_or(Value::Null);
        // the first argument may have been moved into a cell
        for (i, arg) in code.cell2arg.iter().enumerate() {
            if *arg == Some(0)
                && let Some(PyObject::Cell(c)) = f.localsplus[nlocals + i].as_obj()
            {
                first = c.borrow().clone();
            }
        }
        if matches!(first, Value::Null) {
            return Err(self.runtime_error("super(): arg[0] deleted"));
        }
        let ncells = code.cellvars.len();
        let Some(fi) = code.freevars.iter().position(|n| n == "__class__") else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        let class = match f.localsplus[nlocals + ncells + fi].as_obj() {
            Some(PyObject::Cell(c)) => c.borrow().clone(),
            _ => Value::Null,
        };
        if !matches!(class.as_obj(), Some(PyObject::Type(_))) {
            return Err(self.runtime_error("super(): empty __class__ cell"));
        }
        Ok((class, first))
    }

    /// A new `property` object.
    pub fn new_property(&self, fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
        Value::obj(PyObject::Property(Box::new(Property {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(None),
        })))
    }
}
