//! Methods of `str`, binding the algorithms of `objects/strmethods.rs` to CPython 3.11's argument
//! conventions and messages (see `bytes_methods::bind`).

use super::bytes_methods::{Style, bind, opt_str_arg, slice_idx};
use super::{reg, reg_static};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::strmethods as sm;
use crate::objects::{Dict, PyObject};
use crate::value::Value;

fn s<'a>(a: &Args<'a>) -> &'a str {
    a.args[0].str_ref().unwrap().as_str()
}

fn ps<'a>(a: &Args<'a>) -> &'a crate::objects::PyStr {
    a.args[0].str_ref().unwrap()
}

fn bind_str<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    style: Style,
) -> PyResult<Vec<Option<&'a Value>>> {
    bind(vm, a, "str", name, style)
}

/// A required str argument; `what` prefixes the message (`"replace() argument 1 "`, or "").
fn str_of<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.str_ref() {
        Some(x) => Ok(x.as_str()),
        None => Err(vm.type_error(format!("{what}must be str, not {}", vm.type_name(v)))),
    }
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => vm.to_index(v),
        None => Ok(default),
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
        $( fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            bind_str(vm, &a, stringify!($name), Style::NoArgs)?;
            ret_str(vm, $f(s(&a)))
        } )*
    };
}
unary_str!(upper => sm::upper, lower => sm::lower, capitalize => sm::capitalize, title => sm::title,
    swapcase => sm::swapcase, casefold => sm::casefold);

macro_rules! pred_str {
    ($($name:ident => $f:path),* $(,)?) => {
        $( fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            bind_str(vm, &a, stringify!($name), Style::NoArgs)?;
            Ok(Value::Bool($f(s(&a))))
        } )*
    };
}
pred_str!(isdigit => sm::isdigit, isdecimal => sm::isdecimal, isnumeric => sm::isnumeric,
    isalpha => sm::isalpha, isalnum => sm::isalnum, isspace => sm::isspace, islower => sm::islower,
    isupper => sm::isupper, istitle => sm::istitle, isidentifier => sm::isidentifier,
    isprintable => sm::isprintable, isascii => sm::isascii);

fn split_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(Option<&'a str>, i64)> {
    let p = bind_str(vm, a, name, Style::Kw(&["sep", "maxsplit"], 0, 0))?;
    let sep = match p[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.str_ref() {
            Some(x) => Some(x.as_str()),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))));
            }
        },
    };
    Ok((sep, int_arg(vm, p[1], -1)?))
}
fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &a, "split")?;
    let r = sm::split(s(&a), sep, maxsplit).map_err(|m| vm.value_error(m))?;
    list_of(vm, r)
}
fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &a, "rsplit")?;
    let r = sm::rsplit(s(&a), sep, maxsplit).map_err(|m| vm.value_error(m))?;
    list_of(vm, r)
}
fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "splitlines", Style::Kw(&["keepends"], 0, 0))?;
    let keep = int_arg(vm, p[0], 0)? != 0;
    list_of(vm, sm::splitlines(s(&a), keep))
}

fn strip_args<'a>(vm: &Vm, a: &Args<'a>, name: &str) -> PyResult<Option<&'a str>> {
    let p = bind_str(vm, a, name, Style::Pos(0, 1))?;
    match p[0] {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.str_ref() {
            Some(x) => Ok(Some(x.as_str())),
            None => Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    }
}
/// A str method's result that is a part of the receiver: the receiver itself when nothing was
/// removed and it is an exact str (as CPython returns it), else a new str.
fn part_of_self(vm: &Vm, a: &Args, part: &str) -> PyResult<Value> {
    let recv = &a.args[0];
    if part.len() == s(a).len() && matches!(recv.as_obj(), Some(PyObject::Str(_))) {
        return Ok(recv.clone());
    }
    Ok(vm.new_str(part))
}
fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = strip_args(vm, &a, "strip")?;
    part_of_self(vm, &a, sm::strip(s(&a), c))
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = strip_args(vm, &a, "lstrip")?;
    part_of_self(vm, &a, sm::lstrip(s(&a), c))
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = strip_args(vm, &a, "rstrip")?;
    part_of_self(vm, &a, sm::rstrip(s(&a), c))
}

fn find_args<'a>(
    vm: &mut Vm,
    a: &Args<'a>,
    m: &str,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    let p = bind_str(vm, a, m, Style::VarArgs(1, 3))?;
    let sub = str_of(vm, p[0].unwrap(), "")?;
    let start = slice_idx(vm, p[1])?;
    let end = slice_idx(vm, p[2])?;
    Ok((sub, start, end))
}
fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "find")?;
    Ok(Value::Int(sm::find(ps(&a), sub, st, en)))
}
fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "rfind")?;
    Ok(Value::Int(sm::rfind(ps(&a), sub, st, en)))
}
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "index")?;
    match sm::find(ps(&a), sub, st, en) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "rindex")?;
    match sm::rfind(ps(&a), sub, st, en) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "count")?;
    Ok(Value::Int(sm::count(ps(&a), sub, st, en) as i64))
}
fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "replace", Style::Pos(2, 3))?;
    let old = str_of(vm, p[0].unwrap(), "replace() argument 1 ")?;
    let new = str_of(vm, p[1].unwrap(), "replace() argument 2 ")?;
    let n = int_arg(vm, p[2], -1)?;
    ret_str(vm, sm::replace(s(&a), old, new, n))
}

fn prefix_test(vm: &mut Vm, a: Args, ends: bool) -> PyResult<Value> {
    let name = if ends { "endswith" } else { "startswith" };
    let p = bind_str(vm, &a, name, Style::VarArgs(1, 3))?;
    let st = slice_idx(vm, p[1])?;
    let en = slice_idx(vm, p[2])?;
    let x = p[0].unwrap();
    let test = |x: &str| {
        if ends {
            sm::endswith(ps(&a), x, st, en)
        } else {
            sm::startswith(ps(&a), x, st, en)
        }
    };
    if let Some(x) = x.str_ref() {
        return Ok(Value::Bool(test(x.as_str())));
    }
    if let Some(PyObject::Tuple(t)) = x.as_obj() {
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
        vm.type_name(x)
    )))
}
fn startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_test(vm, a, false)
}
fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_test(vm, a, true)
}

fn fill_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(i64, char)> {
    let p = bind_str(vm, a, name, Style::Pos(1, 2))?;
    let w = vm.to_index(p[0].unwrap())?;
    let fill = match p[1] {
        Some(v) => match v.str_ref() {
            Some(x) if x.char_len() == 1 => x.as_str().chars().next().unwrap(),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )));
            }
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
    let p = bind_str(vm, &a, "zfill", Style::One)?;
    let w = vm.to_index(p[0].unwrap())?;
    ret_str(vm, sm::zfill(s(&a), w))
}
fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "expandtabs", Style::Kw(&["tabsize"], 0, 0))?;
    let t = int_arg(vm, p[0], 8)?;
    ret_str(vm, sm::expandtabs(s(&a), t))
}
fn partition_impl(vm: &mut Vm, a: Args, rev: bool) -> PyResult<Value> {
    let p = bind_str(
        vm,
        &a,
        if rev { "rpartition" } else { "partition" },
        Style::One,
    )?;
    let sep = str_of(vm, p[0].unwrap(), "")?;
    let r = if rev {
        sm::rpartition(s(&a), sep)
    } else {
        sm::partition(s(&a), sep)
    };
    let (x, y, z) = r.map_err(|m| vm.value_error(m))?;
    Ok(vm.new_tuple(vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)]))
}
fn partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}
fn removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "removeprefix", Style::One)?;
    let x = str_of(vm, p[0].unwrap(), "removeprefix() argument ")?;
    ret_str(vm, sm::removeprefix(s(&a), x))
}
fn removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "removesuffix", Style::One)?;
    let x = str_of(vm, p[0].unwrap(), "removesuffix() argument ")?;
    ret_str(vm, sm::removesuffix(s(&a), x))
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "join", Style::One)?;
    let it = p[0].unwrap().clone();
    let items = match it.as_obj() {
        Some(PyObject::List(_) | PyObject::Tuple(_)) => vm.collect(&it)?,
        _ => match vm.try_iter(&it)? {
            Some(iter) => vm.collect(&iter)?,
            None => return Err(vm.type_error("can only join an iterable")),
        },
    };
    let sep = s(&a);
    let total: usize = items
        .iter()
        .map(|x| x.str_ref().map_or(0, |t| t.as_str().len()))
        .sum::<usize>()
        + sep.len() * items.len().saturating_sub(1);
    let mut out = String::with_capacity(total);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        // a str subclass joins as the str it carries
        match x
            .str_ref()
            .or_else(|| Vm::inst_base(x).and_then(|b| b.str_ref()))
        {
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

fn format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "format_map", Style::One)?;
    let t = s(&a).to_string();
    let r = super::strfmt::str_format_map(vm, &t, p[0].unwrap())?;
    ret_str(vm, r)
}

fn encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "encode", Style::Kw(&["encoding", "errors"], 0, 0))?;
    let enc = opt_str_arg(vm, p[0], "encode", "encoding")?;
    let errors = opt_str_arg(vm, p[1], "encode", "errors")?;
    let b = super::codecs::encode(vm, s(&a), enc, errors)?;
    Ok(Value::obj(PyObject::Bytes(b.into_boxed_slice())))
}

/// A key of a `str.maketrans` dict: an int, or a str of length 1 (its code point).
fn trans_key(vm: &Vm, k: &Value) -> PyResult<Value> {
    if let Some(x) = k.str_ref() {
        if x.char_len() != 1 {
            return Err(vm.value_error("string keys in translate table must be of length 1"));
        }
        return Ok(Value::Int(x.as_str().chars().next().unwrap() as i64));
    }
    match k {
        Value::Int(_) => Ok(k.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => Ok(k.clone()),
        _ => Err(vm.type_error("keys in translate table must be strings or integers")),
    }
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // static: no self in args[0]; bind() skips args[0], so put a placeholder there
    let mut all = vec![Value::None];
    all.extend_from_slice(a.args);
    let a2 = Args {
        args: &all,
        kwnames: a.kwnames,
    };
    let p = bind_str(vm, &a2, "maketrans", Style::Pos(1, 3))?;
    let mut d = Dict::new();
    if p[1].is_none() {
        let Some(PyObject::Dict(src)) = p[0].unwrap().as_obj() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items: Vec<(Value, Value)> = src
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            let k = trans_key(vm, &k)?;
            let h = vm.hash(&k)?;
            super::dicts::insert(vm, &mut d, h, k, v)?;
        }
        return Ok(vm.new_dict(d));
    }
    let Some(x) = p[0].unwrap().str_ref() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_of(vm, p[1].unwrap(), "maketrans() argument 2 ")?;
    if x.char_len() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, t) in x.as_str().chars().zip(y.chars()) {
        let k = Value::Int(c as i64);
        let h = vm.hash(&k)?;
        super::dicts::insert(vm, &mut d, h, k, Value::Int(t as i64))?;
    }
    if let Some(z) = p[2] {
        for c in str_of(vm, z, "maketrans() argument 3 ")?.chars() {
            let k = Value::Int(c as i64);
            let h = vm.hash(&k)?;
            super::dicts::insert(vm, &mut d, h, k, Value::None)?;
        }
    }
    Ok(vm.new_dict(d))
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind_str(vm, &a, "translate", Style::One)?;
    let table = p[0].unwrap().clone();
    let lookup_error = vm.types.exc.lookup_error.clone();
    let mut out = String::new();
    for c in s(&a).chars() {
        let k = Value::Int(c as i64);
        match vm.getitem(&table, &k) {
            Ok(Value::None) => {}
            Ok(v @ (Value::Int(_) | Value::Bool(_))) => {
                let i = vm.to_index(&v)?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"));
                    }
                }
            }
            Ok(v) => match v.str_ref() {
                Some(t) => out.push_str(t.as_str()),
                None if matches!(v.as_obj(), Some(PyObject::Int(_))) => {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"));
                }
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            },
            Err(e) if vm.exc_matches(&e, &lookup_error) => out.push(c),
            Err(e) => return Err(e),
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
        ("format_map", format_map),
        ("translate", translate),
    ];
    for &(name, f) in table {
        reg(vm, &t, name, f);
    }
    reg_static(vm, &t, "maketrans", maketrans);
}
