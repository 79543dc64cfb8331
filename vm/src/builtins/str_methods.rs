//! Methods of `str`, binding the algorithms of `objects/strmethods.rs` to Python
//! argument conventions.

use super::{reg, reg_static};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::strmethods as sm;
use crate::objects::{Dict, PyObject};
use crate::value::Value;

fn s<'a>(a: &Args<'a>) -> &'a str {
    a.args[0].str_ref().unwrap().as_str()
}

/// Positional argument `i` (after self), or keyword `name`.
fn arg<'a>(a: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    a.pos().get(i + 1).or_else(|| a.kw(name))
}

fn str_arg<'a>(vm: &Vm, a: &Args<'a>, i: usize, name: &str, method: &str) -> PyResult<Option<&'a str>> {
    match arg(a, i, name) {
        None => Ok(None),
        Some(Value::None) => Ok(None),
        Some(v) => match v.str_ref() {
            Some(x) => Ok(Some(x.as_str())),
            None => Err(vm.type_error(format!("{method} arg must be None or str"))),
        },
    }
}

fn need_str<'a>(vm: &Vm, a: &Args<'a>, i: usize, method: &str) -> PyResult<&'a str> {
    match a.pos().get(i + 1) {
        Some(v) => match v.str_ref() {
            Some(x) => Ok(x.as_str()),
            None => Err(vm.type_error(format!("must be str, not {}", vm.type_name(v)))),
        },
        None => Err(vm.type_error(format!("{method}() takes at least {} argument ({} given)", i + 1, a.pos().len() - 1))),
    }
}

fn opt_int(vm: &mut Vm, a: &Args, i: usize, name: &str) -> PyResult<Option<i64>> {
    match arg(a, i, name) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let v = v.clone();
            Ok(Some(vm.to_index(&v)?))
        }
    }
}

fn ret_str(vm: &Vm, x: String) -> PyResult<Value> {
    Ok(vm.new_str(x))
}

fn list_of(vm: &Vm, v: Vec<String>) -> PyResult<Value> {
    Ok(vm.new_list(v.into_iter().map(|x| vm.new_str(x)).collect()))
}

macro_rules! unary_str {
    ($($name:ident => $f:path),* $(,)?) => {
        $( fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> { ret_str(vm, $f(s(&a))) } )*
    };
}
unary_str!(upper => sm::upper, lower => sm::lower, capitalize => sm::capitalize, title => sm::title,
    swapcase => sm::swapcase, casefold => sm::casefold);

macro_rules! pred_str {
    ($($name:ident => $f:path),* $(,)?) => {
        $( fn $name(_vm: &mut Vm, a: Args) -> PyResult<Value> { Ok(Value::Bool($f(s(&a)))) } )*
    };
}
pred_str!(isdigit => sm::isdigit, isdecimal => sm::isdecimal, isnumeric => sm::isnumeric,
    isalpha => sm::isalpha, isalnum => sm::isalnum, isspace => sm::isspace, islower => sm::islower,
    isupper => sm::isupper, istitle => sm::istitle, isidentifier => sm::isidentifier,
    isprintable => sm::isprintable, isascii => sm::isascii);

fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = str_arg(vm, &a, 0, "sep", "split")?;
    let maxsplit = opt_int(vm, &a, 1, "maxsplit")?.unwrap_or(-1);
    let r = sm::split(s(&a), sep, maxsplit).map_err(|m| vm.value_error(m))?;
    list_of(vm, r)
}
fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = str_arg(vm, &a, 0, "sep", "rsplit")?;
    let maxsplit = opt_int(vm, &a, 1, "maxsplit")?.unwrap_or(-1);
    let r = sm::rsplit(s(&a), sep, maxsplit).map_err(|m| vm.value_error(m))?;
    list_of(vm, r)
}
fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let keep = match arg(&a, 0, "keepends") {
        Some(v) => {
            let v = v.clone();
            vm.is_true(&v)?
        }
        None => false,
    };
    list_of(vm, sm::splitlines(s(&a), keep))
}
fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = str_arg(vm, &a, 0, "chars", "strip")?;
    ret_str(vm, sm::strip(s(&a), c))
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = str_arg(vm, &a, 0, "chars", "lstrip")?;
    ret_str(vm, sm::lstrip(s(&a), c))
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = str_arg(vm, &a, 0, "chars", "rstrip")?;
    ret_str(vm, sm::rstrip(s(&a), c))
}

fn find_args<'a>(vm: &mut Vm, a: &Args<'a>, m: &str) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let sub = need_str(vm, a, 0, m)?;
    let start = opt_int(vm, a, 1, "start")?;
    let end = opt_int(vm, a, 2, "end")?;
    Ok((sub, start, end))
}
fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "find")?;
    Ok(Value::Int(sm::find(s(&a), sub, st, en)))
}
fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "rfind")?;
    Ok(Value::Int(sm::rfind(s(&a), sub, st, en)))
}
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "index")?;
    match sm::find(s(&a), sub, st, en) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "rindex")?;
    match sm::rfind(s(&a), sub, st, en) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "count")?;
    Ok(Value::Int(sm::count(s(&a), sub, st, en) as i64))
}
fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let old = need_str(vm, &a, 0, "replace")?;
    let new = need_str(vm, &a, 1, "replace")?;
    let n = opt_int(vm, &a, 2, "count")?.unwrap_or(-1);
    ret_str(vm, sm::replace(s(&a), old, new, n))
}

fn prefix_test(vm: &mut Vm, a: Args, ends: bool) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    let Some(p) = a.pos().get(1).cloned() else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let st = opt_int(vm, &a, 1, "start")?;
    let en = opt_int(vm, &a, 2, "end")?;
    let test = |x: &str| if ends { sm::endswith(s(&a), x, st, en) } else { sm::startswith(s(&a), x, st, en) };
    if let Some(x) = p.str_ref() {
        return Ok(Value::Bool(test(x.as_str())));
    }
    if let Some(PyObject::Tuple(t)) = p.as_obj() {
        for it in t.iter() {
            match it.str_ref() {
                Some(x) => {
                    if test(x.as_str()) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(it)
                    )));
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        vm.type_name(&p)
    )))
}
fn startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_test(vm, a, false)
}
fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_test(vm, a, true)
}

fn fill_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(i64, char)> {
    let w = match a.pos().get(1) {
        Some(v) => {
            let v = v.clone();
            vm.to_index(&v)?
        }
        None => return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)"))),
    };
    let fill = match a.pos().get(2) {
        Some(v) => match v.str_ref() {
            Some(x) if x.char_len() == 1 => x.as_str().chars().next().unwrap(),
            _ => return Err(vm.type_error("The fill character must be exactly one character long")),
        },
        None => ' ',
    };
    Ok((w, fill))
}
fn center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, f) = fill_args(vm, &a, "center")?;
    ret_str(vm, sm::center(s(&a), w, f))
}
fn ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, f) = fill_args(vm, &a, "ljust")?;
    ret_str(vm, sm::ljust(s(&a), w, f))
}
fn rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, f) = fill_args(vm, &a, "rjust")?;
    ret_str(vm, sm::rjust(s(&a), w, f))
}
fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, _) = fill_args(vm, &a, "zfill")?;
    ret_str(vm, sm::zfill(s(&a), w))
}
fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = opt_int(vm, &a, 0, "tabsize")?.unwrap_or(8);
    ret_str(vm, sm::expandtabs(s(&a), t))
}
fn partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = need_str(vm, &a, 0, "partition")?;
    let (x, y, z) = sm::partition(s(&a), sep).map_err(|m| vm.value_error(m))?;
    Ok(vm.new_tuple(vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)]))
}
fn rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = need_str(vm, &a, 0, "rpartition")?;
    let (x, y, z) = sm::rpartition(s(&a), sep).map_err(|m| vm.value_error(m))?;
    Ok(vm.new_tuple(vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)]))
}
fn removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = need_str(vm, &a, 0, "removeprefix")?;
    ret_str(vm, sm::removeprefix(s(&a), p))
}
fn removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = need_str(vm, &a, 0, "removesuffix")?;
    ret_str(vm, sm::removesuffix(s(&a), p))
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = s(&a);
    let Some(it) = a.pos().get(1).cloned() else {
        return Err(vm.type_error("str.join() takes exactly one argument (0 given)"));
    };
    let items = vm.collect(&it).map_err(|_| vm.type_error("can only join an iterable"))?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match x.str_ref() {
            Some(t) => out.push_str(t.as_str()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )));
            }
        }
    }
    ret_str(vm, out)
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = s(&a).to_string();
    let pos = a.pos()[1..].to_vec();
    let kw: Vec<(&str, &Value)> = a.kwargs().collect();
    let r = super::strfmt::str_format(vm, &t, &pos, &kw, 0)?;
    ret_str(vm, r)
}

fn encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use super::bytes_methods::{Style, bind, opt_str_arg};
    let p = bind(vm, &a, "str", "encode", Style::Kw(&["encoding", "errors"], 0, 0))?;
    let enc = opt_str_arg(vm, p[0], "encode", "encoding")?;
    let errors = opt_str_arg(vm, p[1], "encode", "errors")?;
    let b = super::codecs::encode(vm, s(&a), enc, errors)?;
    Ok(Value::obj(PyObject::Bytes(b.into_boxed_slice())))
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    let mut d = Dict::new();
    if p.len() == 1 {
        return Ok(p[0].clone());
    }
    let (Some(x), Some(y)) = (p[0].str_ref(), p.get(1).and_then(|v| v.str_ref())) else {
        return Err(vm.type_error("maketrans() arguments must be str"));
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, t) in x.as_str().chars().zip(y.as_str().chars()) {
        let k = Value::Int(c as i64);
        let h = vm.hash(&k)?;
        super::dicts::insert(vm, &mut d, h, k, Value::Int(t as i64))?;
    }
    if let Some(z) = p.get(2).and_then(|v| v.str_ref()) {
        for c in z.as_str().chars() {
            let k = Value::Int(c as i64);
            let h = vm.hash(&k)?;
            super::dicts::insert(vm, &mut d, h, k, Value::None)?;
        }
    }
    Ok(vm.new_dict(d))
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let table = a.pos().get(1).cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in s(&a).chars() {
        let k = Value::Int(c as i64);
        match vm.getitem(&table, &k) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
            Ok(v) => match v.str_ref() {
                Some(t) => out.push_str(t.as_str()),
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
            Err(_) => out.push(c),
        }
    }
    ret_str(vm, out)
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let table: &[(&'static str, crate::objects::NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("casefold", casefold),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("join", join),
        ("format", format),
        ("encode", encode),
        ("translate", translate),
    ];
    for &(name, f) in table {
        reg(vm, &t, name, f);
    }
    reg_static(vm, &t, "maketrans", maketrans);
}
