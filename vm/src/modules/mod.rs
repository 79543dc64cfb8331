//! Native modules, the embedded Python library, and the import statement.
//!
//! Every native module is built on first import by its `make` function and cached in
//! `sys.modules`. Modules written in Python live in `vm/lib/NAME.py`, embedded in the binary at
//! build time (`build.rs`), and are compiled and run on first import. Importing anything else
//! raises `ModuleNotFoundError` (file-based modules and the `.pyc` cache are a later issue).

pub mod bisect;
pub mod frames;
pub mod itertools;
pub mod math;
pub mod random;
pub mod sys;
pub mod time;

use crate::builtins::{func, set};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::types::dict_get_str;
use crate::objects::{ModuleObj, ObjRef, PyObject};
use crate::value::Value;
use std::rc::Rc;

type MakeModule = fn(&mut Vm, &ObjRef);

/// The native modules: name and the function that fills its namespace.
const NATIVE: &[(&str, MakeModule)] = &[
    ("sys", sys::make),
    ("math", math::make),
    ("time", time::make),
    ("_itertools", itertools::make),
    ("_random", random::make),
    ("_bisect", bisect::make),
    ("inspect", make_inspect),
    ("platform", make_platform),
    ("dis", make_dis),
    ("builtins", make_builtins),
];

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));
}

pub fn is_native(name: &str) -> bool {
    NATIVE.iter().any(|(n, _)| *n == name)
}

pub fn init(vm: &mut Vm) {
    // sys is imported eagerly (tracebacks and print need sys.stdout/stderr).
    let _ = import_native(vm, "sys");
}

pub fn new_module(vm: &mut Vm, name: &str) -> (Value, ObjRef) {
    let d: ObjRef = Rc::new(PyObject::Dict(Default::default()));
    let n = vm.new_str(name);
    set(vm, &d, "__name__", n);
    set(vm, &d, "__doc__", Value::None);
    set(vm, &d, "__package__", vm.new_str(""));
    let m = Value::obj(PyObject::Module(ModuleObj {
        name: name.to_string(),
        dict: d.clone(),
    }));
    (m, d)
}

fn import_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let mods = vm.modules.clone();
    if let PyObject::Dict(d) = &*mods
        && let Some(m) = dict_get_str(&d.borrow(), name)
    {
        return Ok(Some(m));
    }
    let Some((_, make)) = NATIVE.iter().find(|(n, _)| *n == name) else {
        return import_embedded(vm, name);
    };
    let (m, d) = if name == "builtins" {
        let d = vm.builtins.clone();
        (
            Value::obj(PyObject::Module(ModuleObj {
                name: "builtins".into(),
                dict: d.clone(),
            })),
            d,
        )
    } else {
        new_module(vm, name)
    };
    vm.str_dict_set(&mods, name, m.clone());
    make(vm, &d);
    Ok(Some(m))
}

/// Import a module of the embedded library: compile its source, run it in a new module
/// (registered in `sys.modules` first, so circular imports see the partly built module).
fn import_embedded(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some((_, src)) = embedded::LIB.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let filename = format!("<frozen {name}>");
    let code = crate::compile::compile_module(src, &filename).map_err(|e| {
        vm.new_exc_msg(
            &vm.types.exc.syntax_error.clone(),
            format!("{} (in embedded module {name})", e.message),
        )
    })?;
    let (m, d) = new_module(vm, name);
    let mods = vm.modules.clone();
    vm.str_dict_set(&mods, name, m.clone());
    if let Err(e) = vm.run_code(code, d) {
        if let PyObject::Dict(md) = &*mods {
            let k = vm.intern(name);
            let h = k.str_ref().unwrap().hash();
            md.borrow_mut()
                .remove(h, &k, |a, b| {
                    Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
                })
                .ok();
        }
        return Err(e);
    }
    Ok(Some(m))
}

/// `IMPORT_NAME`.
pub fn import(vm: &mut Vm, name: &str, _fromlist: &Value, level: &Value) -> PyResult<Value> {
    if !matches!(level, Value::Int(0)) {
        return Err(vm.new_exc_msg(
            &vm.types.exc.import_error.clone(),
            "attempted relative import with no known parent package",
        ));
    }
    let top = name.split('.').next().unwrap_or(name);
    match import_native(vm, top)? {
        Some(m) => {
            if name.contains('.') {
                return Err(module_not_found(vm, name));
            }
            Ok(m)
        }
        None => Err(module_not_found(vm, name)),
    }
}

fn module_not_found(vm: &Vm, name: &str) -> crate::interp::PyErr {
    let e = vm.new_exc_msg(
        &vm.types.exc.module_not_found_error,
        format!("No module named '{name}'"),
    );
    vm.set_exc_attr(&e, "name", vm.new_str(name));
    e
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &mut Vm, m: &Value, name: &str) -> PyResult<Value> {
    match vm.getattr_opt(m, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = match m.as_obj() {
                Some(PyObject::Module(mo)) => mo.name.clone(),
                _ => "?".into(),
            };
            Err(vm.new_exc_msg(
                &vm.types.exc.import_error.clone(),
                format!("cannot import name '{name}' from '{mname}' (unknown location)"),
            ))
        }
    }
}

/// `IMPORT_STAR`: copy the public names (or `__all__`) into the namespace.
pub fn import_star(vm: &mut Vm, m: &Value, ns: &ObjRef) -> PyResult<()> {
    let Some(PyObject::Module(mo)) = m.as_obj() else {
        return Ok(());
    };
    let PyObject::Dict(d) = &*mo.dict else {
        return Ok(());
    };
    let all = dict_get_str(&d.borrow(), "__all__");
    let names: Vec<String> = match all {
        Some(a) => vm
            .collect(&a)?
            .iter()
            .filter_map(|v| v.str_ref().map(|s| s.as_str().to_string()))
            .collect(),
        None => d
            .borrow()
            .keys()
            .filter_map(|k| k.str_ref().map(|s| s.as_str().to_string()))
            .filter(|k| !k.starts_with('_'))
            .collect(),
    };
    for n in names {
        let v = dict_get_str(&d.borrow(), &n);
        if let Some(v) = v {
            vm.str_dict_set(ns, &n, v);
        }
    }
    Ok(())
}

fn make_builtins(_vm: &mut Vm, _d: &ObjRef) {}

macro_rules! inspect_predicates {
    ($($name:ident => $pat:pat),* $(,)?) => {
        $( fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let Some(v) = a.pos().first() else {
                return Err(vm.type_error(concat!(stringify!($name), "() missing 1 required positional argument: 'object'")));
            };
            Ok(Value::Bool(matches!(v.as_obj(), Some($pat))))
        } )*
    };
}

inspect_predicates! {
    isfunction => PyObject::Function(_),
    isbuiltin => PyObject::Builtin(_),
    ismodule => PyObject::Module(_),
    isclass => PyObject::Type(_),
    ismethod => PyObject::Method { .. },
    iscode => PyObject::Code(_),
    isframe => PyObject::Frame(_),
}

fn make_inspect(vm: &mut Vm, d: &ObjRef) {
    set(
        vm,
        d,
        "currentframe",
        func("currentframe", "inspect", frames::currentframe),
    );
    let preds: &[(&'static str, crate::objects::NativeFn)] = &[
        ("isfunction", isfunction),
        ("isbuiltin", isbuiltin),
        ("ismodule", ismodule),
        ("isclass", isclass),
        ("ismethod", ismethod),
        ("iscode", iscode),
        ("isframe", isframe),
    ];
    for &(n, f) in preds {
        set(vm, d, n, func(n, "inspect", f));
    }
}

fn python_implementation(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_str("PyJit"))
}

fn python_version(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.new_str("3.11.7"))
}

fn make_platform(vm: &mut Vm, d: &ObjRef) {
    set(
        vm,
        d,
        "python_implementation",
        func("python_implementation", "platform", python_implementation),
    );
    set(
        vm,
        d,
        "python_version",
        func("python_version", "platform", python_version),
    );
}

fn dis_dis(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("dis() requires an argument in pyjit"));
    };
    let code = match v.as_obj() {
        Some(PyObject::Function(f)) => f.code.clone(),
        Some(PyObject::Code(c)) => c.clone(),
        Some(PyObject::Str(s)) => crate::compile::compile_module(s.as_str(), "<dis>")
            .map_err(|e| vm.new_exc_msg(&vm.types.exc.syntax_error.clone(), e.message.clone()))?,
        _ => {
            return Err(vm.type_error(format!(
                "don't know how to disassemble {} objects",
                vm.type_name(v)
            )));
        }
    };
    let text = crate::bytecode::dis::disassemble(&code, vm);
    crate::builtins::io::write_stdout(&text);
    Ok(Value::None)
}

fn make_dis(vm: &mut Vm, d: &ObjRef) {
    set(vm, d, "dis", func("dis", "dis", dis_dis));
}
