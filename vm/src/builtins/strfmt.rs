//! `str % args` (printf-style) and `str.format(...)`, on top of the template parsers in
//! `objects/strmethods.rs` and the number formatting in `objects/format.rs`.

use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::format::{percent_float, percent_int};
use crate::objects::strmethods::{FmtPiece, PctNum, PctPiece, parse_format_template, parse_percent_template};
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

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let t = fmt.str_ref().unwrap().as_str().to_string();
    let pieces = parse_percent_template(&t).map_err(|m| vm.value_error(m))?;
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
            PctPiece::Conv { key, flags, width, precision, conv } => {
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
                        Some(vm.to_index(&w).map_err(|_| vm.type_error("* wants int"))?.max(0) as usize)
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
                        let kv = vm.new_str(k.as_str());
                        vm.getitem(m, &kv)?
                    }
                    None => next_arg(vm)?,
                };
                let piece = match conv {
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
                            (Value::Int(i), _) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                                Some(c) => c.to_string(),
                                None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
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
                            let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                            return Err(vm.type_error(format!("%{conv} format: {what} is required, not {}", vm.type_name(&v))));
                        };
                        percent_int(neg, &digits, &flags, width, precision, conv)
                    }
                    'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                        let Some(n) = as_num(&v) else {
                            return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(&v))));
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
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn pad_str(s: &str, width: Option<usize>, left: bool) -> String {
    let n = s.chars().count();
    match width {
        Some(w) if w > n => {
            let pad = " ".repeat(w - n);
            if left { format!("{s}{pad}") } else { format!("{pad}{s}") }
        }
        _ => s.to_string(),
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, template: &str, args: &[Value], kwargs: &[(&str, &Value)], depth: u32) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let pieces = parse_format_template(template).map_err(|m| vm.value_error(m))?;
    let mut out = String::new();
    let mut auto_idx = 0usize;
    let mut manual = false;
    let mut auto = false;
    for p in pieces {
        match p {
            FmtPiece::Literal(s) => out.push_str(&s),
            FmtPiece::Field { name, conversion, spec } => {
                // split the field name into the first part and attribute/index accessors
                let first_end = name.find(['.', '[']).unwrap_or(name.len());
                let first = &name[..first_end];
                let mut v = if first.is_empty() {
                    if manual {
                        return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
                    }
                    auto = true;
                    let i = auto_idx;
                    auto_idx += 1;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => {
                            return Err(vm.index_error(format!(
                                "Replacement index {i} out of range for positional args tuple"
                            )));
                        }
                    }
                } else if let Ok(i) = first.parse::<usize>() {
                    if auto {
                        return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
                    }
                    manual = true;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => {
                            return Err(vm.index_error(format!(
                                "Replacement index {i} out of range for positional args tuple"
                            )));
                        }
                    }
                } else {
                    match kwargs.iter().find(|(k, _)| *k == first) {
                        Some((_, v)) => (*v).clone(),
                        None => return Err(vm.key_error(vm.new_str(first))),
                    }
                };
                let mut rest = &name[first_end..];
                while !rest.is_empty() {
                    if let Some(r) = rest.strip_prefix('.') {
                        let end = r.find(['.', '[']).unwrap_or(r.len());
                        v = vm.getattr(&v, &r[..end])?;
                        rest = &r[end..];
                    } else if let Some(r) = rest.strip_prefix('[') {
                        let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
                        let key = &r[..end];
                        let k = match key.parse::<i64>() {
                            Ok(i) => Value::Int(i),
                            Err(_) => vm.new_str(key),
                        };
                        v = vm.getitem(&v, &k)?;
                        rest = &r[end + 1..];
                    } else {
                        return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
                    }
                }
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
                    Some(c) => {
                        return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
                    }
                    None => v,
                };
                let spec = if spec.contains('{') { str_format(vm, &spec, args, kwargs, depth + 1)? } else { spec };
                out.push_str(&vm.format(&v, &spec)?);
            }
        }
    }
    Ok(out)
}
