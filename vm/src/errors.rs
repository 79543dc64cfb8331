//! Reporting errors as CPython does: uncaught exceptions as a traceback (with `__cause__` /
//! `__context__` chains), syntax errors with the offending line and a caret, `SystemExit` as an exit
//! status.

use crate::compile::CompileError;
use crate::interp::{PyErr, Vm};
use crate::objects::PyObject;
use crate::objects::types::as_type;
use crate::value::Value;
use ruff_python_parser::{LexicalErrorType, ParseErrorType};
use ruff_text_size::TextRange;
use std::collections::HashMap;

/// CPython's message for a parse error, where pyjit knows it; "invalid syntax" otherwise.
pub fn syntax_message(e: &ParseErrorType, source: &str, range: TextRange) -> String {
    match e {
        ParseErrorType::Lexical(l) => match l {
            LexicalErrorType::UnclosedStringError => {
                let line = source[..range.start().to_usize().min(source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                format!("unterminated string literal (detected at line {line})")
            }
            LexicalErrorType::IndentationError => {
                "unindent does not match any outer indentation level".into()
            }
            _ => "invalid syntax".into(),
        },
        _ => {
            let text = e.to_string();
            if text.contains("indented block") {
                "expected an indented block".into()
            } else if text.contains("Unexpected indentation") {
                "unexpected indent".into()
            } else {
                "invalid syntax".into()
            }
        }
    }
}

/// Print a compile error the way CPython prints a SyntaxError.
pub fn print_syntax_error(err: &CompileError, source: &str, filename: &str) {
    let mut out = format!("  File \"{}\", line {}\n", filename, err.line);
    if let Some(line) = source.lines().nth(err.line as usize - 1) {
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let col = (err.col as usize).saturating_sub(indent);
        out.push_str(&format!("    {}^\n", " ".repeat(col)));
    }
    let kind = if err.message.contains("indent") {
        "IndentationError"
    } else {
        "SyntaxError"
    };
    out.push_str(&format!("{kind}: {}\n", err.message));
    crate::builtins::io::write_stderr(&out);
}

/// `TypeName: message` (the last line of a traceback).
pub fn exception_line(vm: &mut Vm, e: &PyErr) -> String {
    let PyObject::Exception(x) = &*e.0 else {
        return "<non-exception>".into();
    };
    let t = as_type(&x.typ);
    let name = if t.module == "builtins" || t.module == "__main__" {
        t.name.clone()
    } else {
        format!("{}.{}", t.module, t.name)
    };
    let msg = vm
        .to_str(&Value::Obj(e.0.clone()))
        .unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The full traceback text for `e`, including chained exceptions.
pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    let mut sources: HashMap<String, Option<Vec<String>>> = HashMap::new();
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, e, &mut out, &mut sources, &mut seen);
    out
}

fn format_chain(
    vm: &mut Vm,
    e: &PyErr,
    out: &mut String,
    sources: &mut HashMap<String, Option<Vec<String>>>,
    seen: &mut Vec<usize>,
) {
    let id = std::rc::Rc::as_ptr(&e.0) as usize;
    seen.push(id);
    if let PyObject::Exception(x) = &*e.0 {
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        if let Value::Obj(c) = &cause {
            if !seen.contains(&(std::rc::Rc::as_ptr(c) as usize)) {
                format_chain(vm, &PyErr(c.clone()), out, sources, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Value::Obj(c) = &context
            && !x.suppress_context.get()
            && !seen.contains(&(std::rc::Rc::as_ptr(c) as usize))
        {
            format_chain(vm, &PyErr(c.clone()), out, sources, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = x.traceback.borrow().clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let file = &entry.code.filename;
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    file, entry.lineno, entry.code.name
                ));
                let lines = sources.entry(file.clone()).or_insert_with(|| {
                    std::fs::read_to_string(file)
                        .ok()
                        .map(|s| s.lines().map(|l| l.to_string()).collect())
                });
                if let Some(lines) = lines
                    && let Some(l) = lines.get(entry.lineno as usize - 1)
                {
                    let t = l.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
    }
    out.push_str(&exception_line(vm, e));
    out.push('\n');
}

/// Handle an exception that reached the top level: SystemExit gives its exit status; anything else
/// prints a traceback and gives 1.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    if vm.exc_matches(e, &vm.types.exc.system_exit.clone()) {
        let code = vm
            .getattr(&Value::Obj(e.0.clone()), "code")
            .unwrap_or(Value::None);
        return match &code {
            Value::None => 0,
            Value::Int(i) => *i as i32,
            Value::Bool(b) => *b as i32,
            other => {
                let s = vm.to_str(other).unwrap_or_default();
                crate::builtins::io::write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    let text = format_exception(vm, e);
    crate::builtins::io::write_stderr(&text);
    1
}
