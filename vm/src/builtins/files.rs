//! `open()` and file objects (text and binary; read, write, append), plus `sys.stdout`/`stderr`/`stdin`.
//!
//! A file opened for reading is read whole at `open()`; writes go straight to the OS file.

use super::{io, reg, self_arg};
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{FileKind, FileObj, PyObject};
use crate::value::Value;
use std::cell::RefCell;
use std::io::Write;

pub fn std_stream(kind: FileKind, name: &str, mode: &str) -> Value {
    Value::obj(PyObject::File(Box::new(RefCell::new(FileObj {
        name: name.into(),
        mode: mode.into(),
        kind,
        closed: false,
    }))))
}

fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::interp::PyErr {
    let errno = e.raw_os_error().unwrap_or(5) as i64;
    let msg = match e.raw_os_error() {
        Some(2) => "No such file or directory".to_string(),
        Some(13) => "Permission denied".to_string(),
        Some(21) => "Is a directory".to_string(),
        Some(20) => "Not a directory".to_string(),
        Some(17) => "File exists".to_string(),
        _ => {
            let t = e.to_string();
            t.split(" (os error").next().unwrap_or(&t).to_string()
        }
    };
    let os = vm.types.exc.os_error.clone();
    let args = [Value::Int(errno), vm.new_str(msg), vm.new_str(path)];
    vm.make_os_error(&os, &args)
}

/// The read buffer of a file: text mode decodes UTF-8 and translates `\r\n` and `\r` to `\n`.
fn text_buffer(data: Vec<u8>, binary: bool) -> FileKind {
    if binary {
        return FileKind::Read {
            data,
            pos: 0,
            binary,
            bad_utf8: None,
        };
    }
    match String::from_utf8(data) {
        Ok(s) => {
            let t = if s.contains('\r') {
                s.replace("\r\n", "\n").replace('\r', "\n")
            } else {
                s
            };
            FileKind::Read {
                data: t.into_bytes(),
                pos: 0,
                binary,
                bad_utf8: None,
            }
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let data = e.into_bytes();
            let bad = Some((data[at], at));
            FileKind::Read {
                data,
                pos: 0,
                binary,
                bad_utf8: bad,
            }
        }
    }
}

fn decode_error(vm: &Vm, bad: (u8, usize)) -> crate::interp::PyErr {
    let kind = if bad.0 >= 0x80 && bad.0 < 0xc0 || bad.0 >= 0xf8 {
        "invalid start byte"
    } else {
        "invalid continuation byte"
    };
    vm.new_exc_msg(
        &vm.types.exc.unicode_decode_error,
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {}: {kind}",
            bad.0, bad.1
        ),
    )
}

/// Byte length of the first `n` characters of UTF-8 `bytes` (all of them when fewer).
fn char_prefix_len(bytes: &[u8], n: usize) -> usize {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|s| s.char_indices().nth(n).map(|(i, _)| i))
        .unwrap_or(bytes.len())
}

pub fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let path = pos
        .first()
        .or(a.kw("file"))
        .cloned()
        .ok_or_else(|| vm.type_error("open() missing required argument 'file' (pos 1)"))?;
    let mode = pos
        .get(1)
        .or(a.kw("mode"))
        .and_then(|m| m.str_ref().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| "r".into());
    let Some(p) = path.str_ref().map(|s| s.as_str().to_string()) else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&path)
        )));
    };
    let binary = mode.contains('b');
    if mode.contains('+') {
        return Err(vm.not_implemented(format!("file mode '{mode}' is not supported yet by pyjit")));
    }
    let kind = if mode.contains('r') && !mode.contains('+') {
        match std::fs::read(&p) {
            Ok(data) => text_buffer(data, binary),
            Err(e) => return Err(os_error(vm, &e, &p)),
        }
    } else if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.write(true).create(true).truncate(true);
        }
        match o.open(&p) {
            Ok(file) => FileKind::Write { file, binary },
            Err(e) => return Err(os_error(vm, &e, &p)),
        }
    } else {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    };
    Ok(Value::obj(PyObject::File(Box::new(RefCell::new(
        FileObj {
            name: p,
            mode,
            kind,
            closed: false,
        },
    )))))
}

fn with_file<R>(
    vm: &mut Vm,
    a: &Args,
    f: impl FnOnce(&mut Vm, &mut FileObj) -> PyResult<R>,
) -> PyResult<R> {
    let v = self_arg(a).clone();
    let Some(PyObject::File(cell)) = v.as_obj() else {
        unreachable!()
    };
    let mut fo = cell.borrow_mut();
    f(vm, &mut fo)
}

fn closed_err(vm: &Vm) -> crate::interp::PyErr {
    vm.value_error("I/O operation on closed file.")
}

fn make_text(vm: &Vm, bytes: &[u8], binary: bool) -> Value {
    if binary {
        Value::obj(PyObject::Bytes(bytes.to_vec().into_boxed_slice()))
    } else {
        vm.new_str(String::from_utf8_lossy(bytes).into_owned())
    }
}

fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = a.pos().get(1).cloned().unwrap_or(Value::None);
    with_file(vm, &a, |vm, f| {
        if f.closed {
            return Err(closed_err(vm));
        }
        let binary = matches!(f.kind, FileKind::Write { binary: true, .. });
        let (bytes, n): (Vec<u8>, usize) = match (&data.as_obj(), data.str_ref()) {
            (_, Some(s)) if !binary => (s.as_str().as_bytes().to_vec(), s.char_len()),
            (Some(PyObject::Bytes(b)), _) if binary => (b.to_vec(), b.len()),
            _ if binary => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&data)
                )));
            }
            _ => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(&data)
                )));
            }
        };
        match &mut f.kind {
            FileKind::Stdout => io::write_stdout(std::str::from_utf8(&bytes).unwrap_or("")),
            FileKind::Stderr => io::write_stderr(std::str::from_utf8(&bytes).unwrap_or("")),
            FileKind::Write { file, .. } => {
                file.write_all(&bytes).map_err(|e| os_error(vm, &e, ""))?;
            }
            _ => return Err(vm.new_exc_msg(&vm.types.exc.os_error, "not writable")),
        }
        Ok(Value::Int(n as i64))
    })
}

fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let size = a
        .pos()
        .get(1)
        .and_then(|v| {
            if let Value::Int(i) = v {
                Some(*i)
            } else {
                None
            }
        })
        .unwrap_or(-1);
    with_file(vm, &a, |vm, f| {
        if f.closed {
            return Err(closed_err(vm));
        }
        match &mut f.kind {
            FileKind::Read {
                data,
                pos,
                binary,
                bad_utf8,
            } => {
                if let Some(b) = bad_utf8 {
                    return Err(decode_error(vm, *b));
                }
                let rest = &data[*pos..];
                let take = if size < 0 {
                    rest.len()
                } else if *binary {
                    (size as usize).min(rest.len())
                } else {
                    char_prefix_len(rest, size as usize)
                };
                let out = make_text(vm, &rest[..take], *binary);
                *pos += take;
                Ok(out)
            }
            FileKind::Stdin => {
                let mut s = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
                Ok(vm.new_str(s))
            }
            _ => Err(vm.new_exc_msg(&vm.types.exc.os_error, "not readable")),
        }
    })
}

fn read_line(f: &mut FileObj) -> Option<(Vec<u8>, bool)> {
    read_line_limit(f, -1)
}

/// The next line (up to `limit` characters, or bytes in binary mode, when `limit >= 0`).
fn read_line_limit(f: &mut FileObj, limit: i64) -> Option<(Vec<u8>, bool)> {
    match &mut f.kind {
        FileKind::Read {
            data, pos, binary, ..
        } => {
            if *pos >= data.len() {
                return None;
            }
            let rest = &data[*pos..];
            let mut n = rest
                .iter()
                .position(|&b| b == b'\n')
                .map(|i| i + 1)
                .unwrap_or(rest.len());
            if limit >= 0 {
                let cap = if *binary {
                    limit as usize
                } else {
                    char_prefix_len(rest, limit as usize)
                };
                n = n.min(cap);
            }
            let line = rest[..n].to_vec();
            *pos += n;
            Some((line, *binary))
        }
        FileKind::Stdin => {
            let mut s = String::new();
            match std::io::stdin().read_line(&mut s) {
                Ok(0) | Err(_) => None,
                Ok(_) => Some((s.into_bytes(), false)),
            }
        }
        _ => None,
    }
}

fn readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let limit = match a.pos().get(1) {
        Some(Value::Int(i)) => *i,
        _ => -1,
    };
    with_file(vm, &a, |vm, f| {
        if f.closed {
            return Err(closed_err(vm));
        }
        if let FileKind::Read {
            bad_utf8: Some(b), ..
        } = f.kind
        {
            return Err(decode_error(vm, b));
        }
        let binary = matches!(f.kind, FileKind::Read { binary: true, .. });
        Ok(match read_line_limit(f, limit) {
            Some((l, b)) => make_text(vm, &l, b),
            None => make_text(vm, b"", binary),
        })
    })
}

fn readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let lines = with_file(vm, &a, |vm, f| {
        if f.closed {
            return Err(closed_err(vm));
        }
        let mut out = Vec::new();
        while let Some((l, b)) = read_line(f) {
            out.push(make_text(vm, &l, b));
        }
        Ok(out)
    })?;
    Ok(vm.new_list(lines))
}

/// `next()` on a file: the next line, or exhausted.
pub fn file_next_line(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(PyObject::File(cell)) = it.as_obj() else {
        unreachable!()
    };
    let mut f = cell.borrow_mut();
    if f.closed {
        return Err(closed_err(vm));
    }
    Ok(read_line(&mut f).map(|(l, b)| make_text(vm, &l, b)))
}

fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_file(vm, &a, |_vm, f| {
        if let FileKind::Write { file, .. } = &mut f.kind {
            let _ = file.flush();
        }
        if matches!(f.kind, FileKind::Read { .. } | FileKind::Write { .. }) {
            f.closed = true;
            f.kind = FileKind::Read {
                data: Vec::new(),
                pos: 0,
                binary: false,
                bad_utf8: None,
            };
        }
        Ok(Value::None)
    })
}

fn flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_file(vm, &a, |_vm, f| {
        match &mut f.kind {
            FileKind::Stdout => io::flush_stdout(),
            FileKind::Write { file, .. } => {
                let _ = file.flush();
            }
            _ => {}
        }
        Ok(Value::None)
    })
}

fn enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_file(vm, &a, |vm, f| {
        if f.closed {
            Err(closed_err(vm))
        } else {
            Ok(())
        }
    })?;
    Ok(self_arg(&a).clone())
}

fn writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(lines) = a.pos().get(1).cloned() else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    let w = vm.getattr(self_arg(&a), "write")?;
    for line in vm.collect(&lines)? {
        vm.call(&w, &[line])?;
    }
    Ok(Value::None)
}

fn readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_file(vm, &a, |vm, f| {
        if f.closed {
            return Err(closed_err(vm));
        }
        Ok(Value::Bool(matches!(
            f.kind,
            FileKind::Read { .. } | FileKind::Stdin
        )))
    })
}

fn writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_file(vm, &a, |vm, f| {
        if f.closed {
            return Err(closed_err(vm));
        }
        Ok(Value::Bool(matches!(
            f.kind,
            FileKind::Write { .. } | FileKind::Stdout | FileKind::Stderr
        )))
    })
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    close(
        vm,
        Args {
            args: &a.args[..1],
            kwnames: &[],
        },
    )?;
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_file(vm, &a, |_vm, f| {
        Ok(Value::Int(match f.kind {
            FileKind::Stdin => 0,
            FileKind::Stdout => 1,
            FileKind::Stderr => 2,
            _ => 3,
        }))
    })
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.text_io.clone();
    reg(vm, &t, "write", write);
    reg(vm, &t, "read", read);
    reg(vm, &t, "readline", readline);
    reg(vm, &t, "readlines", readlines);
    reg(vm, &t, "close", close);
    reg(vm, &t, "flush", flush);
    reg(vm, &t, "fileno", fileno);
    reg(vm, &t, "__enter__", enter);
    reg(vm, &t, "writelines", writelines);
    reg(vm, &t, "readable", readable);
    reg(vm, &t, "writable", writable);
    reg(vm, &t, "__exit__", exit);
}
