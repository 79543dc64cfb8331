//! `str % args` (printf-style) and `str.format(...)`, on top of the template parsers in
//! `objects/strmethods.rs` and the number formatting in `objects/format.rs`.

use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::format::{percent_float, percent_int};
use crate::objects::strmethods::{
    FmtPiece, PctNum, PctPiece, parse_format_template_partial, parse_percent_template,
};
use crate::ops::arith::{Num, as_num};
use crate::value::Value;
use num_traits::Signed;

fn int_parts(v: &Value) -> Option<(bool, String)> {
    match as_num(v)? {
        Num::I(i) => Some((i < 0, i.unsigned_abs().to_string())),
        Num::B(b) => Some((b.is_negative(), b.magnitude().to_string())),
        Num::F(_) => None,
    }
}

/// The number a numeric conversion formats, for an instance of a user-defined class: `%d` takes
/// `__int__` (or `__index__`), `%x`/`%o` `__index__`, `%f` and friends `__float__`, `%c` an int
/// subclass's value. Anything else is returned as it is (and rejected by the conversion).
fn numeric_arg(vm: &mut Vm, v: Value, conv: char) -> PyResult<Value> {
    if vm.user_class(&v).is_none() {
        return Ok(v);
    }
    let has = |vm: &Vm, name: &str| vm.py_special(&v, name).is_some();
    match conv {
        'd' | 'i' | 'u' if has(vm, "__int__") || has(vm, "__index__") => vm.int_from(&v),
        'x' | 'X' | 'o' | 'c' | 'd' | 'i' | 'u' if vm.user_index_like(&v) => vm.user_index(&v),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G'
            if has(vm, "__float__") || has(vm, "__index__") || Vm::inst_base(&v).is_some() =>
        {
            vm.float_from(&v).map(Value::Float)
        }
        'd' | 'i' | 'u' => match Vm::inst_base(&v) {
            Some(b @ Value::Float(_)) => Ok(b.clone()),
            _ => Ok(v),
        },
        _ => Ok(v),
    }
}

/// `fmt % args` for a str `fmt`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let t = fmt.str_ref().unwrap().as_str().to_string();
    let out = percent_core(vm, &t, args, false)?;
    Ok(vm.new_str(out))
}

/// `fmt % args` for a bytes `fmt`: the template is processed as Latin-1 text, so every byte is one
/// char below U+0100 and the result encodes back byte for byte.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let Some(PyObject::Bytes(b)) = fmt.as_obj() else {
        unreachable!()
    };
    let t = b_as_s(&latin1(b));
    let out = percent_core(vm, &t, args, true)?;
    let bytes: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(Value::obj(PyObject::Bytes(bytes.into_boxed_slice())))
}

/// In a bytes template `%b` is a synonym of `%s`: rewrite the conversion chars (same length, so
/// error indexes are unchanged) by walking the directives as the template parser does.
fn b_as_s(t: &str) -> String {
    let mut c: Vec<char> = t.chars().collect();
    let n = c.len();
    let mut i = 0;
    while i < n {
        if c[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < n && c[i] == '(' {
            let mut depth = 1;
            i += 1;
            while i < n && depth > 0 {
                match c[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
        }
        while i < n && "-+ #0".contains(c[i]) {
            i += 1;
        }
        let number = |i: &mut usize| {
            if *i < n && c[*i] == '*' {
                *i += 1;
            } else {
                while *i < n && c[*i].is_ascii_digit() {
                    *i += 1;
                }
            }
        };
        number(&mut i);
        if i < n && c[i] == '.' {
            i += 1;
            number(&mut i);
        }
        while i < n && "hlL".contains(c[i]) {
            i += 1;
        }
        if i < n {
            if c[i] == 'b' {
                c[i] = 's';
            }
            i += 1;
        }
    }
    c.into_iter().collect()
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// printf-style formatting; with `bytes`, the text is Latin-1 (one char per byte) and the
/// conversions follow `bytes.__mod__` (`%s`/`%b` take bytes, `%r`/`%a` give `ascii()`).
fn percent_core(vm: &mut Vm, t: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let pieces = parse_percent_template(t).map_err(|m| vm.value_error(m))?;
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.as_obj() {
        Some(PyObject::Tuple(t)) => (t.to_vec(), None),
        Some(PyObject::Dict(_)) => (vec![args.clone()], Some(args.clone())),
        _ => (vec![args.clone()], None),
    };
    let mut idx = 0;
    let mut out = String::new();
    let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
        if idx >= items.len() {
            return Err(vm.type_error("not enough arguments for format string"));
        }
        idx += 1;
        Ok(items[idx - 1].clone())
    };
    let mut used_mapping = false;
    for p in pieces {
        match p {
            PctPiece::Literal(s) => out.push_str(&s),
            PctPiece::Conv {
                key,
                flags,
                width,
                precision,
                conv,
            } => {
                let mut flags = flags;
                let width = match width {
                    Some(PctNum::Star) => {
                        let w = next_arg(vm)?;
                        let w = vm.to_index(&w).map_err(|_| vm.type_error("* wants int"))?;
                        if w < 0 {
                            flags.push('-');
                        }
                        Some(w.unsigned_abs() as usize)
                    }
                    Some(PctNum::N(n)) => Some(n),
                    None => None,
                };
                let precision = match precision {
                    Some(PctNum::Star) => {
                        let w = next_arg(vm)?;
                        Some(
                            vm.to_index(&w)
                                .map_err(|_| vm.type_error("* wants int"))?
                                .max(0) as usize,
                        )
                    }
                    Some(PctNum::N(n)) => Some(n),
                    None => None,
                };
                let v = match &key {
                    Some(k) => {
                        used_mapping = true;
                        let Some(m) = &mapping else {
                            return Err(vm.type_error("format requires a mapping"));
                        };
                        let kv = if bytes {
                            let kb: Vec<u8> = k.chars().map(|c| c as u32 as u8).collect();
                            Value::obj(PyObject::Bytes(kb.into_boxed_slice()))
                        } else {
                            vm.new_str(k.as_str())
                        };
                        vm.getitem(m, &kv)?
                    }
                    None => next_arg(vm)?,
                };
                let v = numeric_arg(vm, v, conv)?;
                let piece = match conv {
                    's' if bytes => {
                        let mut s = match v.as_obj() {
                            Some(PyObject::Bytes(b)) => latin1(b),
                            _ => {
                                return Err(vm.type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    vm.type_name(&v)
                                )));
                            }
                        };
                        if let Some(p) = precision {
                            s = s.chars().take(p).collect();
                        }
                        pad_str(&s, width, flags.contains('-'))
                    }
                    'r' | 'a' if bytes => {
                        let mut s = super::functions::ascii_escape(&vm.repr(&v)?);
                        if let Some(p) = precision {
                            s = s.chars().take(p).collect();
                        }
                        pad_str(&s, width, flags.contains('-'))
                    }
                    'c' if bytes => {
                        let c = match (&v, v.as_obj()) {
                            (_, Some(PyObject::Bytes(b))) if b.len() == 1 => b[0],
                            (Value::Int(i), _) => match u8::try_from(*i) {
                                Ok(c) => c,
                                Err(_) => return Err(vm.overflow_error("%c arg not in range(256)")),
                            },
                            (Value::Bool(b), _) => *b as u8,
                            (_, Some(PyObject::Int(_))) => {
                                return Err(vm.overflow_error("%c arg not in range(256)"));
                            }
                            _ => {
                                return Err(vm.type_error(
                                    "%c requires an integer in range(256) or a single byte",
                                ));
                            }
                        };
                        pad_str(&(c as char).to_string(), width, flags.contains('-'))
                    }
                    's' | 'r' | 'a' => {
                        let mut s = match conv {
                            's' => vm.to_str(&v)?,
                            'r' => vm.repr(&v)?,
                            _ => super::functions::ascii_escape(&vm.repr(&v)?),
                        };
                        if let Some(p) = precision {
                            s = s.chars().take(p).collect();
                        }
                        pad_str(&s, width, flags.contains('-'))
                    }
                    'c' => {
                        let s = match (&v, v.str_ref()) {
                            (_, Some(s)) if s.char_len() == 1 => s.as_str().to_string(),
                            (Value::Int(_) | Value::Bool(_), _) => match u32::try_from(match &v {
                                Value::Bool(b) => *b as i64,
                                Value::Int(i) => *i,
                                _ => 0,
                            })
                            .ok()
                            .and_then(char::from_u32)
                            {
                                Some(c) => c.to_string(),
                                None => {
                                    return Err(vm.overflow_error("%c arg not in range(0x110000)"));
                                }
                            },
                            _ => return Err(vm.type_error("%c requires int or char")),
                        };
                        pad_str(&s, width, flags.contains('-'))
                    }
                    'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                        let parts = match &v {
                            Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                                let iv = vm.int_from_float(*f)?;
                                int_parts(&iv)
                            }
                            _ => int_parts(&v),
                        };
                        let Some((neg, digits)) = parts else {
                            let what = if matches!(conv, 'd' | 'i' | 'u') {
                                "a real number"
                            } else {
                                "an integer"
                            };
                            return Err(vm.type_error(format!(
                                "%{conv} format: {what} is required, not {}",
                                vm.type_name(&v)
                            )));
                        };
                        percent_int(neg, &digits, &flags, width, precision, conv)
                    }
                    'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                        let Some(n) = as_num(&v) else {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(&v)
                            )));
                        };
                        let f = vm.num_to_f64(&n)?;
                        percent_float(f, &flags, width, precision, conv)
                    }
                    other => {
                        return Err(vm.value_error(format!(
                            "unsupported format character '{}' (0x{:x})",
                            other, other as u32
                        )));
                    }
                };
                out.push_str(&piece);
            }
        }
    }
    if mapping.is_none() && idx < items.len() && !used_mapping {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

fn pad_str(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            let pad = " ".repeat(w - n);
            if left {
                format!("{s}{pad}")
            } else {
                format!("{pad}{s}")
            }
        }
        _ => s.to_string(),
    }
}

/// Automatic field numbering state of one `str.format` call, shared by the nested specs.
#[derive(Default)]
struct AutoNumber {
    next: usize,
    manual: bool,
    auto: bool,
}

/// CPython's `get_integer`: a non-empty run of ASCII digits, or None (then the text is a name/key).
fn field_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .ok()
        .filter(|n| *n <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))
}

/// Where named fields come from: `format`'s keyword arguments, or `format_map`'s mapping.
#[derive(Clone, Copy)]
enum Named<'a> {
    Kwargs(&'a [(&'a str, &'a Value)]),
    Mapping(&'a Value),
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(&str, &Value)],
    depth: u32,
) -> PyResult<String> {
    let mut state = AutoNumber::default();
    build_string(
        vm,
        template,
        args,
        Named::Kwargs(kwargs),
        2 - depth.min(2) as i32,
        &mut state,
    )
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult<String> {
    let mut state = AutoNumber::default();
    build_string(vm, template, &[], Named::Mapping(mapping), 2, &mut state)
}

/// CPython's `build_string`: one template (the whole string, or a nested format spec).
fn build_string(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: Named,
    recursion: i32,
    state: &mut AutoNumber,
) -> PyResult<String> {
    if recursion <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    // CPython parses lazily: the fields before a syntax error are rendered (and may raise) first.
    let (pieces, err) = parse_format_template_partial(template);
    let mut out = String::new();
    for p in pieces {
        match p {
            FmtPiece::Literal(s) => out.push_str(&s),
            FmtPiece::Field {
                name,
                conversion,
                spec,
            } => {
                let v = get_field(vm, &name, args, kwargs, state)?;
                let v = match conversion {
                    Some('r') => {
                        let s = vm.repr(&v)?;
                        vm.new_str(s)
                    }
                    Some('s') => vm.to_str_value(&v)?,
                    Some('a') => {
                        let s = vm.repr(&v)?;
                        vm.new_str(super::functions::ascii_escape(&s))
                    }
                    Some(c) if (c as u32) < 128 => {
                        return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                    }
                    Some(c) => {
                        return Err(vm.value_error(format!(
                            "Unknown conversion specifier \\x{:x}",
                            c as u32
                        )));
                    }
                    None => v,
                };
                let spec = if spec.contains('{') {
                    build_string(vm, &spec, args, kwargs, recursion - 1, state)?
                } else {
                    spec
                };
                out.push_str(&vm.format(&v, &spec)?);
            }
        }
    }
    match err {
        Some(m) => Err(vm.value_error(m)),
        None => Ok(out),
    }
}

/// CPython's `get_field_object`: the first part (auto number, index or keyword), then `.attr` and
/// `[key]` accessors.
fn get_field(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: Named,
    state: &mut AutoNumber,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let index = if first.is_empty() {
        if state.manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        state.auto = true;
        state.next += 1;
        Some(state.next - 1)
    } else {
        let i = field_integer(vm, first)?;
        if i.is_some() {
            if state.auto {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            state.manual = true;
        }
        i
    };
    let mut v = match index {
        Some(_) if matches!(kwargs, Named::Mapping(_)) => {
            return Err(vm.value_error("Format string contains positional fields"));
        }
        Some(i) => match args.get(i) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                )));
            }
        },
        None => match kwargs {
            Named::Kwargs(kw) => match kw.iter().find(|(k, _)| *k == first) {
                Some((_, v)) => (*v).clone(),
                None => return Err(vm.key_error(vm.new_str(first))),
            },
            Named::Mapping(m) => {
                let k = vm.new_str(first);
                vm.getitem(m, &k)?
            }
        },
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            v = vm.getattr(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match field_integer(vm, key)? {
                Some(i) => Value::Int(i as i64),
                None => vm.new_str(key),
            };
            v = vm.getitem(&v, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}
