//! The `sys` module.

use crate::builtins::files::std_stream;
use crate::builtins::{func, set};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{Dict, FileKind, ObjRef, PyObject};
use crate::value::Value;
use std::cell::RefCell;

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = Value::Obj(vm.types.exc.system_exit.clone());
    // PyErr_SetObject semantics: a tuple value becomes the exception's args
    let args: Vec<Value> = match a.pos() {
        [v] if matches!(v.as_obj(), Some(PyObject::Tuple(_))) => vm.collect(v)?,
        p => p.to_vec(),
    };
    let e = vm.call(&t, &args)?;
    let Value::Obj(o) = e else { unreachable!() };
    Err(crate::interp::PyErr(o))
}

fn getrecursionlimit(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    let n = vm.to_index(v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.new_exc_msg(
            &vm.types.exc.recursion_error.clone(),
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    match &e {
        Value::Obj(o) => {
            let t = match &**o {
                PyObject::Exception(x) => Value::Obj(x.typ.clone()),
                _ => Value::None,
            };
            Ok(vm.new_tuple(vec![t, e.clone(), Value::None]))
        }
        _ => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn exception(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone())
}

fn intern(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos().first().and_then(|v| v.str_ref()) {
        Some(s) => {
            let s = s.as_str().to_string();
            Ok(vm.intern(&s))
        }
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

fn getsizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let n = crate::builtins::functions::length(vm, v).unwrap_or(0);
    Ok(Value::Int(56 + 8 * n as i64))
}

fn namespace(vm: &mut Vm, items: Vec<(&str, Value)>) -> Value {
    let d: ObjRef = std::rc::Rc::new(PyObject::Dict(Box::new(RefCell::new(Dict::new()))));
    for (k, v) in items {
        vm.str_dict_set(&d, k, v);
    }
    let PyObject::Dict(dd) = &*d else {
        unreachable!()
    };
    Value::obj(PyObject::Namespace(Box::new(RefCell::new(
        dd.borrow().clone(),
    ))))
}

pub fn make(vm: &mut Vm, d: &ObjRef) {
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|s| vm.new_str(s)).collect();
    let argv = vm.new_list(argv);
    set(vm, d, "argv", argv);
    set(vm, d, "exit", func("exit", "sys", exit));
    set(
        vm,
        d,
        "getrecursionlimit",
        func("getrecursionlimit", "sys", getrecursionlimit),
    );
    set(
        vm,
        d,
        "setrecursionlimit",
        func("setrecursionlimit", "sys", setrecursionlimit),
    );
    set(
        vm,
        d,
        "_getframe",
        func("_getframe", "sys", super::frames::getframe),
    );
    set(vm, d, "exc_info", func("exc_info", "sys", exc_info));
    set(vm, d, "exception", func("exception", "sys", exception));
    set(vm, d, "intern", func("intern", "sys", intern));
    set(vm, d, "getsizeof", func("getsizeof", "sys", getsizeof));
    set(
        vm,
        d,
        "stdout",
        std_stream(FileKind::Stdout, "<stdout>", "w"),
    );
    set(
        vm,
        d,
        "stderr",
        std_stream(FileKind::Stderr, "<stderr>", "w"),
    );
    set(vm, d, "stdin", std_stream(FileKind::Stdin, "<stdin>", "r"));
    set(vm, d, "maxsize", Value::Int(i64::MAX));
    set(vm, d, "maxunicode", Value::Int(0x10ffff));
    set(
        vm,
        d,
        "byteorder",
        vm.new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set(
        vm,
        d,
        "platform",
        vm.new_str(if cfg!(target_os = "linux") {
            "linux"
        } else {
            std::env::consts::OS
        }),
    );
    set(
        vm,
        d,
        "version",
        vm.new_str(concat!("3.11.7 (pyjit ", env!("CARGO_PKG_VERSION"), ")")),
    );
    let vi = vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        vm.new_str("final"),
        Value::Int(0),
    ];
    let vi = vm.new_tuple(vi);
    if let Value::Obj(o) = &vi {
        vm.struct_seqs.push((
            std::rc::Rc::as_ptr(o) as usize,
            "sys.version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
        ));
    }
    set(vm, d, "version_info", vi);
    set(vm, d, "hexversion", Value::Int(0x030b07f0));
    let ver = vm.new_tuple(vec![
        Value::Int(0),
        Value::Int(1),
        Value::Int(0),
        vm.new_str("alpha"),
        Value::Int(0),
    ]);
    let imp = namespace(
        vm,
        vec![
            ("name", vm.new_str("pyjit")),
            ("cache_tag", vm.new_str("pyjit-01")),
            ("version", ver),
        ],
    );
    set(vm, d, "implementation", imp);
    let modules = Value::Obj(vm.modules.clone());
    set(vm, d, "modules", modules);
    let path = vm.new_list(Vec::new());
    set(vm, d, "path", path);
    set(
        vm,
        d,
        "dont_write_bytecode",
        Value::Bool(vm.dont_write_bytecode),
    );
    let fi = namespace(
        vm,
        vec![
            ("max", Value::Float(f64::MAX)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("max_exp", Value::Int(1024)),
            ("min_exp", Value::Int(-1021)),
            ("radix", Value::Int(2)),
        ],
    );
    set(vm, d, "float_info", fi);
}
