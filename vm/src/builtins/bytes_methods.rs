//! Methods of `bytes`, with CPython 3.11's semantics, argument conventions and messages. Character
//! classes and case mappings are ASCII-only, as in CPython's `bytes_methods.c`.

use super::{reg, reg_static};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{NativeFn, PyObject};
use crate::value::Value;

// ------------------------------------------------------------------ argument binding

/// The calling convention CPython uses for a builtin method, which decides its error messages.
#[derive(Clone, Copy)]
pub(crate) enum Style {
    /// `METH_NOARGS`.
    NoArgs,
    /// `METH_O`: exactly one positional argument.
    One,
    /// Argument Clinic, positional-only parameters (`min..=max` of them).
    Pos(usize, usize),
    /// `METH_VARARGS` parsed by `PyArg_ParseTuple` (`min..=max` positional arguments).
    VarArgs(usize, usize),
    /// Argument Clinic with keywords: parameter names, how many leading ones are positional-only,
    /// and how many are required.
    Kw(&'static [&'static str], usize, usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Bind the arguments of a method call (after `self`, which is `args[0]`) to its parameters;
/// `qual` is the type name CPython shows for `METH_NOARGS`/`METH_O`/`METH_VARARGS` methods.
pub(crate) fn bind<'a>(
    vm: &Vm,
    a: &Args<'a>,
    qual: &str,
    name: &str,
    style: Style,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = &a.pos()[1..];
    let n = pos.len();
    let nkw = a.kwnames.len();
    let no_kw = |vm: &Vm, full: bool| -> PyResult<()> {
        if nkw > 0 {
            let f = if full {
                format!("{qual}.{name}")
            } else {
                name.to_string()
            };
            return Err(vm.type_error(format!("{f}() takes no keyword arguments")));
        }
        Ok(())
    };
    match style {
        Style::NoArgs => {
            no_kw(vm, true)?;
            if n != 0 {
                return Err(
                    vm.type_error(format!("{qual}.{name}() takes no arguments ({n} given)"))
                );
            }
            Ok(Vec::new())
        }
        Style::One => {
            no_kw(vm, true)?;
            if n != 1 {
                return Err(vm.type_error(format!(
                    "{qual}.{name}() takes exactly one argument ({n} given)"
                )));
            }
            Ok(vec![Some(&pos[0])])
        }
        Style::Pos(min, max) => {
            no_kw(vm, false)?;
            if n < min {
                let q = if min == max { "" } else { "at least " };
                return Err(vm.type_error(format!(
                    "{name} expected {q}{min} argument{}, got {n}",
                    plural(min)
                )));
            }
            if n > max {
                let q = if min == max { "" } else { "at most " };
                return Err(vm.type_error(format!(
                    "{name} expected {q}{max} argument{}, got {n}",
                    plural(max)
                )));
            }
            Ok((0..max).map(|i| pos.get(i)).collect())
        }
        Style::VarArgs(min, max) => {
            no_kw(vm, true)?;
            if n < min {
                return Err(vm.type_error(format!(
                    "{name}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                )));
            }
            if n > max {
                return Err(vm.type_error(format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                )));
            }
            Ok((0..max).map(|i| pos.get(i)).collect())
        }
        Style::Kw(names, posonly, required) => {
            let max = names.len();
            if n + nkw > max {
                let kw = if n == 0 { "keyword " } else { "" };
                return Err(vm.type_error(format!(
                    "{name}() takes at most {max} {kw}argument{} ({} given)",
                    plural(max),
                    n + nkw
                )));
            }
            if n < posonly.min(required) {
                let q = if posonly.min(required) < max {
                    "at least"
                } else {
                    "exactly"
                };
                let m = posonly.min(required);
                return Err(vm.type_error(format!(
                    "{name}() takes {q} {m} positional argument{} ({n} given)",
                    plural(m)
                )));
            }
            let mut out: Vec<Option<&'a Value>> = (0..max).map(|i| pos.get(i)).collect();
            for (k, v) in a.kwargs() {
                match names.iter().position(|p| *p == k) {
                    Some(i) if i >= posonly => {
                        if i < n {
                            return Err(vm.type_error(format!(
                                "argument for {name}() given by name ('{k}') and position ({})",
                                i + 1
                            )));
                        }
                        out[i] = Some(v);
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "'{k}' is an invalid keyword argument for {name}()"
                        )));
                    }
                }
            }
            if let Some(i) = (0..required).find(|i| out[*i].is_none()) {
                return Err(vm.type_error(format!(
                    "{name}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
            Ok(out)
        }
    }
}

/// An optional `str` argument of a codec method (`encoding`, `errors`).
pub(crate) fn opt_str_arg<'a>(
    vm: &Vm,
    v: Option<&'a Value>,
    func: &str,
    param: &str,
) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => match v.str_ref() {
            Some(s) => Ok(Some(s.as_str())),
            None => Err(vm.type_error(format!(
                "{func}() argument '{param}' must be str, not {}",
                type_display(vm, v)
            ))),
        },
    }
}

/// A type name as CPython's `_PyArg_BadArgument` prints it (`None` for None).
fn type_display(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// A start/end argument (`_PyEval_SliceIndex`): None, or an int (big ints clamp).
pub(crate) fn slice_idx(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::Obj(o)) if matches!(&**o, PyObject::Int(_)) => {
            let PyObject::Int(b) = &**o else {
                unreachable!()
            };
            Ok(Some(if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }))
        }
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

fn bself<'a>(a: &Args<'a>) -> &'a [u8] {
    match a.args[0].as_obj() {
        Some(PyObject::Bytes(b)) => b,
        _ => unreachable!("bytes method called on a non-bytes object"),
    }
}

/// A bytes-like argument.
fn buf<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    match v.as_obj() {
        Some(PyObject::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn new_bytes(v: Vec<u8>) -> PyResult<Value> {
    Ok(Value::obj(PyObject::Bytes(v.into_boxed_slice())))
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.to_index(v)
}

/// A C `int` argument (`tabsize`, `bytes_per_sep`).
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(PyObject::Int(_)) = v.as_obj() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let i = vm.to_index(v)?;
    if i32::try_from(i).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(i)
}

// ------------------------------------------------------------------ algorithms

pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// CPython's ADJUST_INDICES; the result may have start > end.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s, e)
}

fn search(h: &[u8], n: &[u8], rev: bool) -> Option<usize> {
    if n.is_empty() {
        return Some(if rev { h.len() } else { 0 });
    }
    if n.len() > h.len() {
        return None;
    }
    if rev {
        h.windows(n.len()).rposition(|w| w == n)
    } else {
        h.windows(n.len()).position(|w| w == n)
    }
}

fn find_in(h: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (s, e) = adjust(start, end, h.len());
    if e - s < n.len() as i64 {
        return -1;
    }
    match search(&h[s as usize..e as usize], n, rev) {
        Some(i) => s + i as i64,
        None => -1,
    }
}

fn count_in(h: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let (s, e) = adjust(start, end, h.len());
    if e < s {
        return 0;
    }
    if n.is_empty() {
        return e - s + 1;
    }
    let mut hay = &h[s as usize..e as usize];
    let mut c = 0;
    while let Some(i) = search(hay, n, false) {
        c += 1;
        hay = &hay[i + n.len()..];
    }
    c
}

fn tailmatch(h: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, suffix: bool) -> bool {
    let len = h.len() as i64;
    let slen = sub.len() as i64;
    let (mut s, e) = adjust(start, end, h.len());
    if !suffix {
        if s > len - slen {
            return false;
        }
    } else {
        if e - s < slen || s > len {
            return false;
        }
        if e - slen > s {
            s = e - slen;
        }
    }
    if e - s < slen {
        return false;
    }
    &h[s as usize..(s + slen) as usize] == sub
}

fn split_ws(b: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = b.len();
    let mut left = maxsplit;
    loop {
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if left == 0 {
            // the rest, leading whitespace skipped, trailing kept
            out.push(b[i..].to_vec());
            break;
        }
        let st = i;
        while i < n && !is_space(b[i]) {
            i += 1;
        }
        out.push(b[st..i].to_vec());
        left -= 1;
    }
    out
}

fn rsplit_ws(b: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = b.len();
    let mut left = maxsplit;
    loop {
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push(b[..i].to_vec());
            break;
        }
        let en = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(b[i..en].to_vec());
        left -= 1;
    }
    out.reverse();
    out
}

fn split_sep(b: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = b;
    let mut left = maxsplit;
    while left != 0 {
        match search(rest, sep, false) {
            Some(i) => {
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out
}

fn rsplit_sep(b: &[u8], sep: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = b;
    let mut left = maxsplit;
    while left != 0 {
        match search(rest, sep, true) {
            Some(i) => {
                out.push(rest[i + sep.len()..].to_vec());
                rest = &rest[..i];
                left -= 1;
            }
            None => break,
        }
    }
    out.push(rest.to_vec());
    out.reverse();
    out
}

fn replace_bytes(s: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if max == 0 {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    if old.is_empty() {
        let mut done = 0;
        for &c in s {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut rest = s;
    let mut done = 0;
    while done < max {
        match search(rest, old, false) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(new);
                rest = &rest[i + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    out
}

fn strip_impl(b: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let strip = |c: u8| match chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut i = 0;
    let mut j = b.len();
    if left {
        while i < j && strip(b[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(b[j - 1]) {
            j -= 1;
        }
    }
    b[i..j].to_vec()
}

fn pad(b: &[u8], width: i64, fill: u8, left: i64) -> Vec<u8> {
    let marg = width - b.len() as i64;
    if marg <= 0 {
        return b.to_vec();
    }
    let mut out = vec![fill; left as usize];
    out.extend_from_slice(b);
    out.resize(width as usize, fill);
    out
}

// ------------------------------------------------------------------ methods

fn opt_buf<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<Option<&'a [u8]>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => buf(vm, v).map(Some),
    }
}

fn split_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str) -> PyResult<(Option<&'a [u8]>, i64)> {
    let p = bind(vm, a, "bytes", name, Style::Kw(&["sep", "maxsplit"], 0, 0))?;
    let sep = opt_buf(vm, p[0])?;
    let maxsplit = match p[1] {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    if sep.is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    Ok((sep, maxsplit))
}

fn list_of(vm: &Vm, parts: Vec<Vec<u8>>) -> PyResult<Value> {
    Ok(vm.new_list(
        parts
            .into_iter()
            .map(|p| Value::obj(PyObject::Bytes(p.into_boxed_slice())))
            .collect(),
    ))
}

fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, max) = split_args(vm, &a, "split")?;
    let b = bself(&a);
    list_of(
        vm,
        match sep {
            None => split_ws(b, max),
            Some(s) => split_sep(b, s, max),
        },
    )
}

fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sep, max) = split_args(vm, &a, "rsplit")?;
    let b = bself(&a);
    list_of(
        vm,
        match sep {
            None => rsplit_ws(b, max),
            Some(s) => rsplit_sep(b, s, max),
        },
    )
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &a,
        "bytes",
        "splitlines",
        Style::Kw(&["keepends"], 0, 0),
    )?;
    let keep = match p[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let b = bself(&a);
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let st = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < b.len() {
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keep {
                eol = i;
            }
        }
        out.push(b[st..eol].to_vec());
    }
    list_of(vm, out)
}

fn strip_method(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", name, Style::Pos(0, 1))?;
    let chars = opt_buf(vm, p[0])?;
    new_bytes(strip_impl(bself(&a), chars, left, right))
}
fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_method(vm, a, "strip", true, true)
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_method(vm, a, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_method(vm, a, "rstrip", false, true)
}

/// The argument of find/count/index: bytes, or an int naming one byte.
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    let byte = |i: i64| -> PyResult<Vec<u8>> {
        if (0..256).contains(&i) {
            Ok(vec![i as u8])
        } else {
            Err(vm.value_error("byte must be in range(0, 256)"))
        }
    };
    match v {
        Value::Int(i) => byte(*i),
        Value::Bool(b) => byte(*b as i64),
        Value::Obj(o) => match &**o {
            PyObject::Bytes(b) => Ok(b.to_vec()),
            PyObject::Int(_) => byte(-1),
            _ => Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))),
        },
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn find_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    let p = bind(vm, a, "bytes", name, Style::VarArgs(1, 3))?;
    let sub = sub_arg(vm, p[0].unwrap())?;
    let st = slice_idx(vm, p[1])?;
    let en = slice_idx(vm, p[2])?;
    Ok((sub, st, en))
}

fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "find")?;
    Ok(Value::Int(find_in(bself(&a), &sub, st, en, false)))
}
fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "rfind")?;
    Ok(Value::Int(find_in(bself(&a), &sub, st, en, true)))
}
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "index")?;
    match find_in(bself(&a), &sub, st, en, false) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "rindex")?;
    match find_in(bself(&a), &sub, st, en, true) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (sub, st, en) = find_args(vm, &a, "count")?;
    Ok(Value::Int(count_in(bself(&a), &sub, st, en)))
}

fn prefix_test(vm: &mut Vm, a: Args, suffix: bool) -> PyResult<Value> {
    let name = if suffix { "endswith" } else { "startswith" };
    let p = bind(vm, &a, "bytes", name, Style::VarArgs(1, 3))?;
    let st = slice_idx(vm, p[1])?;
    let en = slice_idx(vm, p[2])?;
    let b = bself(&a);
    let x = p[0].unwrap();
    if let Some(PyObject::Tuple(t)) = x.as_obj() {
        for it in t.iter() {
            if tailmatch(b, buf(vm, it)?, st, en, suffix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match x.as_obj() {
        Some(PyObject::Bytes(sub)) => Ok(Value::Bool(tailmatch(b, sub, st, en, suffix))),
        _ => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(x)
        ))),
    }
}
fn startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_test(vm, a, false)
}
fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prefix_test(vm, a, true)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", "replace", Style::Pos(2, 3))?;
    let old = buf(vm, p[0].unwrap())?;
    let new = buf(vm, p[1].unwrap())?;
    let n = match p[2] {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    new_bytes(replace_bytes(bself(&a), old, new, n))
}

fn partition_impl(vm: &mut Vm, a: Args, rev: bool) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    let p = bind(vm, &a, "bytes", name, Style::One)?;
    let sep = buf(vm, p[0].unwrap())?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let b = bself(&a);
    let mk = |x: &[u8]| Value::obj(PyObject::Bytes(x.into()));
    let parts = match search(b, sep, rev) {
        Some(i) => [mk(&b[..i]), mk(sep), mk(&b[i + sep.len()..])],
        None if rev => [mk(b""), mk(b""), mk(b)],
        None => [mk(b), mk(b""), mk(b"")],
    };
    Ok(vm.new_tuple(parts.to_vec()))
}
fn partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", "join", Style::One)?;
    let it = p[0].unwrap().clone();
    let items = match vm.try_iter(&it)? {
        Some(iter) => vm.collect(&iter)?,
        None => return Err(vm.type_error("can only join an iterable")),
    };
    let sep = bself(&a);
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        match x.as_obj() {
            Some(PyObject::Bytes(b)) => out.extend_from_slice(b),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(x)
                )));
            }
        }
    }
    new_bytes(out)
}

fn map_bytes(a: &Args, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    new_bytes(f(bself(a)))
}

macro_rules! noargs {
    ($($name:ident => |$b:ident| $body:expr),* $(,)?) => {
        $( fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            bind(vm, &a, "bytes", stringify!($name), Style::NoArgs)?;
            let $b = bself(&a);
            $body
        } )*
    };
}

fn title_bytes(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn istitle_bytes(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn all_nonempty(b: &[u8], f: fn(&u8) -> bool) -> PyResult<Value> {
    Ok(Value::Bool(!b.is_empty() && b.iter().all(f)))
}

noargs!(
    upper => |b| new_bytes(b.to_ascii_uppercase()),
    lower => |b| new_bytes(b.to_ascii_lowercase()),
    swapcase => |b| new_bytes(b.iter().map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()),
    capitalize => |b| new_bytes(b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()),
    title => |b| new_bytes(title_bytes(b)),
    isalpha => |b| all_nonempty(b, u8::is_ascii_alphabetic),
    isdigit => |b| all_nonempty(b, u8::is_ascii_digit),
    isalnum => |b| all_nonempty(b, u8::is_ascii_alphanumeric),
    isspace => |b| all_nonempty(b, |c| is_space(*c)),
    isascii => |b| Ok(Value::Bool(b.is_ascii())),
    islower => |b| Ok(Value::Bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))),
    isupper => |b| Ok(Value::Bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))),
    istitle => |b| Ok(Value::Bool(istitle_bytes(b))),
);

fn fill_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(i64, u8)> {
    let p = bind(vm, a, "bytes", name, Style::Pos(1, 2))?;
    let w = index_arg(vm, p[0].unwrap())?;
    let fill = match p[1] {
        None => b' ',
        Some(v) => match v.as_obj() {
            Some(PyObject::Bytes(f)) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    Ok((w, fill))
}
fn center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, f) = fill_args(vm, &a, "center")?;
    let b = bself(&a);
    let marg = w - b.len() as i64;
    let left = marg / 2 + (marg & w & 1);
    new_bytes(pad(b, w, f, left))
}
fn ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, f) = fill_args(vm, &a, "ljust")?;
    new_bytes(pad(bself(&a), w, f, 0))
}
fn rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (w, f) = fill_args(vm, &a, "rjust")?;
    let b = bself(&a);
    new_bytes(pad(b, w, f, w - b.len() as i64))
}
fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", "zfill", Style::One)?;
    let w = index_arg(vm, p[0].unwrap())?;
    let b = bself(&a);
    let fill = w - b.len() as i64;
    if fill <= 0 {
        return new_bytes(b.to_vec());
    }
    let mut out = pad(b, w, b'0', fill);
    if out
        .get(fill as usize)
        .is_some_and(|c| matches!(c, b'+' | b'-'))
    {
        out[0] = out[fill as usize];
        out[fill as usize] = b'0';
    }
    new_bytes(out)
}

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", "expandtabs", Style::Kw(&["tabsize"], 0, 0))?;
    let tab = match p[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in bself(&a) {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    new_bytes(out)
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", "removeprefix", Style::One)?;
    let x = buf(vm, p[0].unwrap())?;
    let b = bself(&a);
    map_bytes(&a, |_| b.strip_prefix(x).unwrap_or(b).to_vec())
}
fn removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(vm, &a, "bytes", "removesuffix", Style::One)?;
    let x = buf(vm, p[0].unwrap())?;
    let b = bself(&a);
    map_bytes(&a, |_| b.strip_suffix(x).unwrap_or(b).to_vec())
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &a,
        "bytes",
        "translate",
        Style::Kw(&["table", "delete"], 1, 1),
    )?;
    let table = opt_buf(vm, p[0])?;
    if table.is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = match p[1] {
        Some(v) => buf(vm, v)?,
        None => b"",
    };
    let out = bself(&a)
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect();
    new_bytes(out)
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // a static method: no `self` in args[0]; bind() skips args[0], so rebuild with a placeholder
    let mut all = vec![Value::None];
    all.extend_from_slice(a.args);
    let a2 = Args {
        args: &all,
        kwnames: a.kwnames,
    };
    let p = bind(vm, &a2, "bytes", "maketrans", Style::Pos(2, 2))?;
    let frm = buf(vm, p[0].unwrap())?;
    let to = buf(vm, p[1].unwrap())?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, x) in frm.iter().zip(to) {
        t[*f as usize] = *x;
    }
    new_bytes(t)
}

fn decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &a,
        "bytes",
        "decode",
        Style::Kw(&["encoding", "errors"], 0, 0),
    )?;
    let enc = opt_str_arg(vm, p[0], "decode", "encoding")?;
    let errors = opt_str_arg(vm, p[1], "decode", "errors")?;
    let s = super::codecs::decode(vm, bself(&a), enc, errors)?;
    Ok(vm.new_str(s))
}

/// `bytes.hex([sep[, bytes_per_sep]])`.
fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = bind(
        vm,
        &a,
        "bytes",
        "hex",
        Style::Kw(&["sep", "bytes_per_sep"], 0, 0),
    )?;
    let sep = match p[0] {
        None => None,
        Some(v) => {
            let len = match v.as_obj() {
                Some(PyObject::Str(s)) => s.char_len(),
                Some(PyObject::Bytes(b)) => b.len(),
                Some(PyObject::List(l)) => l.borrow().len(),
                Some(PyObject::Tuple(t)) => t.len(),
                _ => {
                    return Err(
                        vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                    );
                }
            };
            if len != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = match v.as_obj() {
                Some(PyObject::Str(s)) => s.as_str().chars().next().unwrap() as u32,
                Some(PyObject::Bytes(b)) => b[0] as u32,
                _ => return Err(vm.type_error("sep must be str or bytes.")),
            };
            if c > 127 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let per = match p[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let b = bself(&a);
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, x) in b.iter().enumerate() {
        if let Some(s) = sep
            && group > 0
            && i > 0
        {
            // positive: groups counted from the right; negative: from the left
            let boundary = if per > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push_str(&format!("{x:02x}"));
    }
    Ok(vm.new_str(out))
}

/// `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace allowed between pairs.
fn fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.has_kwargs() {
        return Err(vm.type_error("bytes.fromhex() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "bytes.fromhex() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    let Some(s) = p[0].str_ref() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&p[0])
        )));
    };
    let bad = |vm: &Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        let pos = s.as_str().chars().position(|c| !c.is_ascii()).unwrap();
        return Err(bad(vm, pos));
    }
    let t = s.as_str().as_bytes();
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut i = 0;
    while i < t.len() {
        if is_space(t[i]) {
            i += 1;
            continue;
        }
        let hi = (t[i] as char).to_digit(16).ok_or_else(|| bad(vm, i))?;
        let lo = t
            .get(i + 1)
            .and_then(|c| (*c as char).to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    new_bytes(out)
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    let table: &[(&'static str, NativeFn)] = &[
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
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("partition", partition),
        ("rpartition", rpartition),
        ("join", join),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("decode", decode),
        ("hex", hex),
    ];
    for &(name, f) in table {
        reg(vm, &t, name, f);
    }
    reg_static(vm, &t, "fromhex", fromhex);
    reg_static(vm, &t, "maketrans", maketrans);
}
