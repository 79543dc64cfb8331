//! `repr()`, `str()` and `format()` of values.
//!
//! Containers guard against self-reference (`[...]`, `{...}`) with `Vm::repr_guard`, and count as a
//! Rust-level re-entry so deeply nested structures raise RecursionError, not a stack overflow.

use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::format::{self, FormatSpec};
use crate::objects::strmethods;
use crate::objects::types::as_type;
use crate::value::Value;
use std::rc::Rc;

/// CPython 3.11's limit on int <-> str conversion of huge decimal numbers.
pub const INT_MAX_STR_DIGITS: usize = 4300;

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if self.user_class(v).is_some() {
            if let Some(r) = self.call_special(v, "__repr__", &[]) {
                return self.expect_str(r?, "__repr__");
            }
            if let Some(b) = Self::inst_base(v) {
                let b = b.clone();
                return self.repr(&b);
            }
        }
        self.repr_builtin(v)
    }

    /// The repr builtin types give (`object.__repr__` for instances of user classes).
    pub fn repr_builtin(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".to_string(),
            Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format::float_repr(*f),
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => strmethods::repr(s.as_str()),
                PyObject::Int(b) => self.bigint_to_string(b)?,
                PyObject::Bytes(b) => strmethods::bytes_repr(b),
                PyObject::Tuple(t) => {
                    if t.is_empty() {
                        return Ok("()".into());
                    }
                    let addr = Rc::as_ptr(o) as usize;
                    if let Some(&(_, tname, fields)) =
                        self.struct_seqs.iter().find(|(a, _, _)| *a == addr)
                    {
                        let items = t.to_vec();
                        let mut parts = Vec::with_capacity(items.len());
                        for (f, v) in fields.iter().zip(items.iter()) {
                            parts.push(format!("{f}={}", self.repr(v)?));
                        }
                        return Ok(format!("{tname}({})", parts.join(", ")));
                    }
                    let items = t.to_vec();
                    let key = Rc::as_ptr(o) as usize;
                    if self.repr_active.contains(&key) {
                        return Ok("(...)".into());
                    }
                    let inner = self.repr_items(key, &items)?;
                    if items.len() == 1 {
                        format!("({inner},)")
                    } else {
                        format!("({inner})")
                    }
                }
                PyObject::List(l) => {
                    let items = l.borrow().clone();
                    let key = Rc::as_ptr(o) as usize;
                    if self.repr_active.contains(&key) {
                        return Ok("[...]".into());
                    }
                    format!("[{}]", self.repr_items(key, &items)?)
                }
                PyObject::Dict(d) => {
                    let key = Rc::as_ptr(o) as usize;
                    if self.repr_active.contains(&key) {
                        return Ok("{...}".into());
                    }
                    let entries: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    self.enter_repr()?;
                    self.repr_active.push(key);
                    let r = (|| {
                        let mut parts = Vec::with_capacity(entries.len());
                        for (k, v) in &entries {
                            parts.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
                        }
                        Ok(format!("{{{}}}", parts.join(", ")))
                    })();
                    self.repr_active.pop();
                    self.leave();
                    r?
                }
                PyObject::Set(_) | PyObject::FrozenSet(_) => {
                    let items: Vec<Value> = crate::ops::compare::set_items(o)
                        .into_iter()
                        .map(|(_, k)| k)
                        .collect();
                    let frozen = matches!(&**o, PyObject::FrozenSet(_));
                    if items.is_empty() {
                        return Ok(if frozen {
                            "frozenset()".into()
                        } else {
                            "set()".into()
                        });
                    }
                    let key = Rc::as_ptr(o) as usize;
                    if self.repr_active.contains(&key) {
                        return Ok(format!("{}(...)", self.type_name(v)));
                    }
                    let inner = self.repr_items(key, &items)?;
                    if frozen {
                        format!("frozenset({{{inner}}})")
                    } else {
                        format!("{{{inner}}}")
                    }
                }
                PyObject::BigRange(r) => crate::builtins::bigrange::repr(r),
                PyObject::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                PyObject::Slice(s) => {
                    let s = s.clone();
                    format!(
                        "slice({}, {}, {})",
                        self.repr(&s[0])?,
                        self.repr(&s[1])?,
                        self.repr(&s[2])?
                    )
                }
                PyObject::Function(f) => {
                    format!("<function {} at {:#x}>", f.qualname.borrow(), v.identity())
                }
                PyObject::Builtin(b) => match &b.self_ {
                    None if !crate::modules::is_native(b.owner)
                        && !["builtins", "io"].contains(&b.owner)
                        && !b.owner.contains(':') =>
                    {
                        let kind = if b.name.starts_with("__") && b.name.ends_with("__") {
                            "slot wrapper"
                        } else {
                            "method"
                        };
                        format!("<{kind} '{}' of '{}' objects>", b.name, b.owner)
                    }
                    None => format!("<built-in function {}>", b.name),
                    Some(s) => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_name(s),
                        s.identity()
                    ),
                },
                PyObject::Method { func, self_ } => {
                    let fname = match func.as_obj() {
                        Some(PyObject::Function(f)) => f.qualname.borrow().clone(),
                        _ => "?".into(),
                    };
                    let (func, self_) = (func.clone(), self_.clone());
                    let _ = func;
                    format!("<bound method {} of {}>", fname, self.repr(&self_)?)
                }
                PyObject::Code(c) => {
                    format!(
                        "<code object {} at {:#x}, file \"{}\", line {}>",
                        c.name,
                        v.identity(),
                        c.filename,
                        c.firstlineno
                    )
                }
                PyObject::Type(t) => {
                    if t.module == "builtins" {
                        format!("<class '{}'>", t.qualname)
                    } else {
                        format!("<class '{}.{}'>", t.module, t.qualname)
                    }
                }
                PyObject::Exception(e) => {
                    let name = as_type(&e.typ).name.clone();
                    let args = e.args.borrow().clone();
                    let items = match args.as_obj() {
                        Some(PyObject::Tuple(t)) => t.to_vec(),
                        _ => vec![],
                    };
                    if items.len() == 1 {
                        format!("{}({})", name, self.repr(&items[0])?)
                    } else {
                        format!("{}{}", name, self.repr(&args)?)
                    }
                }
                PyObject::Module(m) => {
                    if ["sys", "builtins"].contains(&m.name.as_str())
                        || crate::modules::is_native(&m.name)
                    {
                        format!("<module '{}' (built-in)>", m.name)
                    } else {
                        format!("<module '{}'>", m.name)
                    }
                }
                PyObject::Cell(_) => format!("<cell at {:#x}>", v.identity()),
                PyObject::Generator(g) => format!(
                    "<generator object {} at {:#x}>",
                    g.borrow().qualname,
                    v.identity()
                ),
                PyObject::Frame(f) => {
                    format!(
                        "<frame at {:#x}, file '{}', line {}, code {}>",
                        v.identity(),
                        f.code.filename,
                        f.lineno,
                        f.code.name
                    )
                }
                PyObject::File(f) => {
                    let f = f.borrow();
                    format!(
                        "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                        f.name, f.mode
                    )
                }
                PyObject::Namespace(d) => {
                    let entries: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    let mut parts = Vec::new();
                    for (k, val) in entries {
                        let ks = k
                            .str_ref()
                            .map(|s| s.as_str().to_string())
                            .unwrap_or_default();
                        parts.push(format!("{}={}", ks, self.repr(&val)?));
                    }
                    format!("namespace({})", parts.join(", "))
                }
                PyObject::Iter(_) => {
                    // builtins' iterators print bare, others with their module
                    // (`<itertools.permutations object at ...>`)
                    let t = self.type_of(v);
                    let t = as_type(&t);
                    if t.module == "builtins" {
                        format!("<{} object at {:#x}>", t.name, v.identity())
                    } else {
                        format!("<{}.{} object at {:#x}>", t.module, t.name, v.identity())
                    }
                }
                PyObject::DictView { dict, kind } => {
                    let items = self.collect(&Value::obj(PyObject::DictView {
                        dict: dict.clone(),
                        kind: *kind,
                    }))?;
                    let name = ["dict_keys", "dict_values", "dict_items"][*kind as usize];
                    let l = self.new_list(items);
                    format!("{}({})", name, self.repr(&l)?)
                }
                PyObject::NotImplemented => "NotImplemented".into(),
                PyObject::Ellipsis => "Ellipsis".into(),
                PyObject::Instance(i) => {
                    let t = as_type(&i.class);
                    format!(
                        "<{}.{} object at {:#x}>",
                        t.module,
                        t.qualname,
                        v.identity()
                    )
                }
                PyObject::Property(_) => format!("<property object at {:#x}>", v.identity()),
                PyObject::MtState(_) => {
                    format!("<_random.MersenneTwister object at {:#x}>", v.identity())
                }
                PyObject::StaticMethod(f) | PyObject::ClassMethod(f) => {
                    let kind = if matches!(&**o, PyObject::StaticMethod(_)) {
                        "staticmethod"
                    } else {
                        "classmethod"
                    };
                    let f = f.clone();
                    format!("<{kind}({})>", self.repr(&f)?)
                }
                PyObject::Super(s) => {
                    let (this, obj) = (Value::Obj(s.this.clone()), s.obj.clone());
                    let this = self.repr(&this)?;
                    if obj.is_none() {
                        format!("<super: {this}, NULL>")
                    } else {
                        let t = self.type_name(&obj);
                        format!("<super: {this}, <{t} object>>")
                    }
                }
            },
        })
    }

    /// The result of `__repr__`/`__str__`, which must be a str.
    fn expect_str(&self, r: Value, what: &str) -> PyResult<String> {
        match r.str_ref() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(self.type_error(format!(
                "{what} returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    /// `enter` with the message CPython uses when repr recursion runs too deep.
    fn enter_repr(&mut self) -> PyResult<()> {
        self.enter().map_err(|_| {
            self.new_exc_msg(
                &self.types.exc.recursion_error,
                "maximum recursion depth exceeded while getting the repr of an object",
            )
        })
    }

    fn repr_items(&mut self, key: usize, items: &[Value]) -> PyResult<String> {
        self.enter_repr()?;
        self.repr_active.push(key);
        let r = (|| {
            let mut parts = Vec::with_capacity(items.len());
            for x in items {
                parts.push(self.repr(x)?);
            }
            Ok(parts.join(", "))
        })();
        self.repr_active.pop();
        self.leave();
        r
    }

    pub fn bigint_to_string(&self, b: &num_bigint::BigInt) -> PyResult<String> {
        // 4300 decimal digits is about 14284 bits
        if b.bits() > 14_000 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > INT_MAX_STR_DIGITS {
                return Err(self.value_error(format!(
                    "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            return Ok(s);
        }
        Ok(b.to_string())
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        if self.user_class(v).is_some() {
            if let Some(r) = self.call_special(v, "__str__", &[]) {
                return self.expect_str(r?, "__str__");
            }
            if let Some(b) = Self::inst_base(v) {
                // a str subclass prints its text; others use their repr (object.__str__)
                let b = b.clone();
                return if b.str_ref().is_some() || self.py_special(v, "__repr__").is_none() {
                    self.to_str(&b)
                } else {
                    self.repr(v)
                };
            }
            if matches!(v.as_obj(), Some(PyObject::Instance(_))) {
                return self.repr(v);
            }
        }
        self.str_builtin(v)
    }

    /// The str builtin types give (exceptions: from `args`; others: their repr).
    pub fn str_builtin(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => Ok(s.as_str().to_string()),
                PyObject::Exception(e) => {
                    let args = e.args.borrow().clone();
                    let items = match args.as_obj() {
                        Some(PyObject::Tuple(t)) => t.to_vec(),
                        _ => vec![],
                    };
                    let is_key_error =
                        crate::objects::types::is_subtype(&e.typ, &self.types.exc.key_error);
                    if crate::objects::types::is_subtype(&e.typ, &self.types.exc.syntax_error)
                        && let (Ok(Some(fname)), Ok(Some(line))) = (
                            self.getattr_opt(v, "filename"),
                            self.getattr_opt(v, "lineno"),
                        )
                        && items.len() == 1
                        && !fname.is_none()
                    {
                        let msg = self.to_str(&items[0])?;
                        return Ok(format!(
                            "{msg} ({}, line {})",
                            self.to_str(&fname)?,
                            self.to_str(&line)?
                        ));
                    }
                    if crate::objects::types::is_subtype(&e.typ, &self.types.exc.os_error) {
                        let attr = |vm: &mut Vm, n: &str| vm.getattr(v, n).unwrap_or(Value::None);
                        let (errno, strerror) = (attr(self, "errno"), attr(self, "strerror"));
                        if !errno.is_none() && !strerror.is_none() {
                            let (f1, f2) = (attr(self, "filename"), attr(self, "filename2"));
                            let mut s = format!(
                                "[Errno {}] {}",
                                self.to_str(&errno)?,
                                self.to_str(&strerror)?
                            );
                            if !f1.is_none() {
                                s.push_str(&format!(": {}", self.repr(&f1)?));
                                if !f2.is_none() {
                                    s.push_str(&format!(" -> {}", self.repr(&f2)?));
                                }
                            }
                            return Ok(s);
                        }
                    }
                    match items.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&items[0]),
                        1 => self.to_str(&items[0]),
                        _ => self.repr(&args),
                    }
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a new str value (returns `v` itself when it already is a str).
    pub fn to_str_value(&mut self, v: &Value) -> PyResult<Value> {
        if v.str_ref().is_some() {
            return Ok(v.clone());
        }
        let s = self.to_str(v)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if self.user_class(v).is_some() {
            let sp = self.new_str(spec);
            if let Some(r) = self.call_special(v, "__format__", &[sp]) {
                let r = r?;
                return match r.str_ref() {
                    Some(s) => Ok(s.as_str().to_string()),
                    None => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    ))),
                };
            }
            if let Some(b) = Self::inst_base(v)
                && !spec.is_empty()
            {
                let b = b.clone();
                return self.format(&b, spec);
            }
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        let tn = self.type_name(v);
        let parsed = |vm: &Vm| -> PyResult<FormatSpec> {
            format::parse_spec_for(spec, &tn).map_err(|m| vm.value_error(m))
        };
        let to_err = |vm: &Vm, m: String| {
            if m.starts_with("%c arg not in range") || m.contains("too large to convert") {
                vm.overflow_error(m)
            } else {
                vm.value_error(m)
            }
        };
        match v {
            Value::Int(_) | Value::Bool(_) => {
                let s = parsed(self)?;
                let i = match v {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    _ => 0,
                };
                let digits = i.unsigned_abs().to_string();
                format::format_int(i < 0, &digits, &s)
                    .map_err(|m| to_err(self, m.replace("type 'int'", &format!("type '{tn}'"))))
            }
            Value::Float(f) => {
                let s = parsed(self)?;
                format::format_float(*f, &s).map_err(|m| to_err(self, m))
            }
            Value::Obj(o) => match &**o {
                PyObject::Int(b) => {
                    let s = parsed(self)?;
                    let digits = b.magnitude().to_string();
                    format::format_int(num_traits::Signed::is_negative(b), &digits, &s)
                        .map_err(|m| to_err(self, m))
                }
                PyObject::Str(st) => {
                    let s = parsed(self)?;
                    format::format_str(st.as_str(), &s).map_err(|m| to_err(self, m))
                }
                _ => Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    tn
                ))),
            },
            _ => Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                tn
            ))),
        }
    }
}
