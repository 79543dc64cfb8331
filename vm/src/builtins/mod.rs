//! The `builtins` module and the methods of the builtin types.
//!
//! `init` creates the builtins dict (functions from `functions.rs`, the type objects, the exception
//! classes, constants) and fills each builtin type's dict with its methods (`*_methods.rs`), each
//! file registering one type's methods through `reg`.

pub mod bigrange;
pub mod bytes_methods;
pub mod classes;
pub mod codecs;
pub mod dicts;
pub mod dunders;
pub mod files;
pub mod functions;
pub mod io;
pub mod list_methods;
pub mod num_methods;
pub mod setops;
pub mod str_methods;
pub mod strfmt;
pub mod types_new;

use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{BuiltinFunction, NativeFn, ObjRef, PyObject};
use crate::value::Value;

/// Register a method on a builtin type.
pub fn reg(vm: &mut Vm, t: &ObjRef, name: &'static str, func: NativeFn) {
    let PyObject::Type(tt) = &**t else {
        unreachable!()
    };
    let owner: &'static str = Box::leak(tt.name.clone().into_boxed_str());
    let f = Value::obj(PyObject::Builtin(Box::new(BuiltinFunction {
        name,
        func,
        self_: None,
        owner,
        owner_type: Some(t.clone()),
    })));
    let k = vm.intern(name);
    let h = k.str_ref().unwrap().hash();
    tt.dict
        .borrow_mut()
        .insert(h, k, f, |a, b| {
            Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
        })
        .ok();
}

/// Register a static method / class-level function on a type (not bound to instances).
pub fn reg_static(vm: &mut Vm, t: &ObjRef, name: &'static str, func: NativeFn) {
    let PyObject::Type(tt) = &**t else {
        unreachable!()
    };
    let f = Value::obj(PyObject::Builtin(Box::new(BuiltinFunction {
        name,
        func,
        self_: None,
        owner: "static:",
        owner_type: None,
    })));
    let k = vm.intern(name);
    let h = k.str_ref().unwrap().hash();
    tt.dict
        .borrow_mut()
        .insert(h, k, f, |a, b| {
            Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
        })
        .ok();
}

/// A builtin function value (module-level function of a native module or of `builtins`).
pub fn func(name: &'static str, module: &'static str, f: NativeFn) -> Value {
    Value::obj(PyObject::Builtin(Box::new(BuiltinFunction {
        name,
        func: f,
        self_: None,
        owner: module,
        owner_type: None,
    })))
}

/// Set a name in a namespace dict.
pub fn set(vm: &mut Vm, d: &ObjRef, name: &str, v: Value) {
    vm.str_dict_set(d, name, v);
}

pub fn init(vm: &mut Vm) {
    let b = vm.builtins.clone();
    functions::register(vm, &b);
    let types = vm.types.clone();
    for (name, t) in [
        ("object", &types.object),
        ("type", &types.type_),
        ("int", &types.int),
        ("bool", &types.bool_),
        ("float", &types.float),
        ("str", &types.str_),
        ("bytes", &types.bytes),
        ("list", &types.list),
        ("tuple", &types.tuple),
        ("dict", &types.dict),
        ("set", &types.set),
        ("frozenset", &types.frozenset),
        ("range", &types.range),
        ("slice", &types.slice),
        ("enumerate", &types.enumerate),
        ("zip", &types.zip),
        ("map", &types.map),
        ("filter", &types.filter),
        ("reversed", &types.reversed),
        ("complex", &types.complex),
    ] {
        set(vm, &b, name, Value::Obj(t.clone()));
    }
    for (name, t) in types.exceptions.clone() {
        set(vm, &b, name, Value::Obj(t));
    }
    set(
        vm,
        &b,
        "EnvironmentError",
        Value::Obj(types.exc.os_error.clone()),
    );
    set(vm, &b, "IOError", Value::Obj(types.exc.os_error.clone()));
    set(vm, &b, "None", Value::None);
    set(vm, &b, "True", Value::Bool(true));
    set(vm, &b, "False", Value::Bool(false));
    set(vm, &b, "Ellipsis", Value::obj(PyObject::Ellipsis));
    set(
        vm,
        &b,
        "NotImplemented",
        Value::obj(PyObject::NotImplemented),
    );
    set(vm, &b, "__name__", vm.new_str("builtins"));
    types_new::install(vm);
    str_methods::register(vm);
    bytes_methods::register(vm);
    crate::ops::subscript::register(vm);
    list_methods::register(vm);
    dicts::register(vm);
    setops::register(vm);
    num_methods::register(vm);
    files::register(vm);
    dunders::register(vm);
    classes::register(vm, &b);
    crate::interp::generator::register(vm);
    crate::modules::init(vm);
}

/// Check the positional argument count of a builtin; CPython's messages.
pub fn check_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// The positional arguments of a builtin method after `self`, checked against `min..=max` with
/// CPython's messages (`set.remove() takes exactly one argument (0 given)`, `dict.clear() takes
/// no arguments (1 given)`, `setdefault expected at least 1 argument, got 0`).
pub fn method_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    qualname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if a.has_kwargs() {
        return Err(vm.type_error(format!("{qualname}() takes no keyword arguments")));
    }
    let p = &a.pos()[1..];
    let n = p.len();
    if n < min || n > max {
        let short = qualname.rsplit('.').next().unwrap_or(qualname);
        let msg = match (min, max) {
            (0, 0) => format!("{qualname}() takes no arguments ({n} given)"),
            (1, 1) => format!("{qualname}() takes exactly one argument ({n} given)"),
            _ if n < min => format!(
                "{short} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            ),
            _ => format!(
                "{short} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            ),
        };
        return Err(vm.type_error(msg));
    }
    Ok(p)
}

/// The `self` argument of a method of a builtin type (args[0]).
pub fn self_arg<'a>(args: &Args<'a>) -> &'a Value {
    &args.args[0]
}
