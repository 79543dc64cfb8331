//! The disassembler: prints code objects in the layout of CPython 3.11's `dis` module (source line,
//! jump-target marker, byte offset, opname, argument, `(argrepr)`), then the exception table, then
//! nested code objects. Argument rendering is driven by the opcode table's `ArgKind`.

use super::code::CodeObject;
use super::opcodes::{ArgKind, BinOpKind, CmpOpKind, Op, format_value};
use crate::interp::Vm;
use crate::objects::PyObject;
use crate::value::Value;
use std::fmt::Write;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// One decoded instruction: (byte offset, op, full argument, unit index after it).
fn instructions(code: &CodeObject) -> Vec<(usize, Op, u32, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut ext: u32 = 0;
    while i < code.code.len() {
        let u = code.code[i];
        let op = Op::from_u8(u.op).expect("valid opcode");
        let arg = (ext << 8) | u.arg as u32;
        ext = if op == Op::EXTENDED_ARG { arg } else { 0 };
        out.push((i * 2, op, arg, i + 1));
        i += 1;
    }
    out
}

fn jump_target(op: Op, arg: u32, next: usize) -> Option<usize> {
    match op.arg_kind() {
        ArgKind::JumpForward => Some((next + arg as usize) * 2),
        ArgKind::JumpBackward => Some((next - arg as usize) * 2),
        _ => None,
    }
}

fn argrepr(vm: &mut Vm, code: &CodeObject, op: Op, arg: u32, next: usize) -> String {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .and_then(|v| v.str_ref())
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    };
    match op.arg_kind() {
        ArgKind::Const => code
            .consts
            .get(arg as usize)
            .map(|c| vm.repr(c).unwrap_or_default())
            .unwrap_or_default(),
        ArgKind::Name => name(arg),
        ArgKind::GlobalName => {
            if arg & 1 != 0 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        ArgKind::Local => code.varnames.get(arg as usize).cloned().unwrap_or_default(),
        ArgKind::Deref => {
            if (arg as usize) < code.cellvars.len() + code.freevars.len() {
                code.deref_name(arg as usize).to_string()
            } else {
                String::new()
            }
        }
        ArgKind::JumpForward | ArgKind::JumpBackward => {
            format!("to {}", jump_target(op, arg, next).unwrap_or(0))
        }
        ArgKind::BinOp => BinOpKind::from_u32(arg)
            .map(|k| k.symbol().to_string())
            .unwrap_or_default(),
        ArgKind::CmpOp => CmpOpKind::from_u32(arg)
            .map(|k| k.symbol().to_string())
            .unwrap_or_default(),
        ArgKind::Num => match op {
            Op::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & format_value::CONV_MASK) as usize];
                if arg & format_value::HAVE_SPEC != 0 {
                    if conv.is_empty() {
                        "with format".into()
                    } else {
                        format!("{conv}, with format")
                    }
                } else {
                    conv.to_string()
                }
            }
            Op::MAKE_FUNCTION => {
                let names = ["defaults", "kwdefaults", "annotations", "closure"];
                let v: Vec<&str> = (0..4)
                    .filter(|b| arg & (1 << b) != 0)
                    .map(|b| names[b])
                    .collect();
                v.join(", ")
            }
            _ => String::new(),
        },
        ArgKind::None => String::new(),
    }
}

/// Disassemble `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject, vm: &mut Vm) -> String {
    let mut out = String::new();
    disassemble_one(code, vm, &mut out);
    for c in &code.consts {
        if let Value::Obj(o) = c
            && let PyObject::Code(inner) = &**o
        {
            let r = vm.repr(c).unwrap_or_default();
            let _ = writeln!(out, "\nDisassembly of {r}:");
            out.push_str(&disassemble(inner, vm));
        }
    }
    out
}

fn disassemble_one(code: &CodeObject, vm: &mut Vm, out: &mut String) {
    let ins = instructions(code);
    let mut targets: Vec<usize> = ins
        .iter()
        .filter_map(|&(_, op, arg, next)| jump_target(op, arg, next))
        .collect();
    targets.extend(code.exception_table.iter().map(|e| e.target as usize * 2));
    let max_line = code.lines.iter().copied().max().unwrap_or(0);
    let lineno_width = 3.max(max_line.to_string().len());
    let max_offset = ins.last().map(|i| i.0).unwrap_or(0);
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    let mut last_line = 0u32;
    for &(offset, op, arg, next) in &ins {
        let unit = offset / 2;
        let line = code.lines.get(unit).copied().unwrap_or(0);
        let starts_line = line != 0 && line != last_line;
        if starts_line {
            if offset > 0 {
                out.push('\n');
            }
            last_line = line;
        }
        let mut fields: Vec<String> = Vec::new();
        fields.push(if starts_line {
            format!("{line:>lineno_width$}")
        } else {
            " ".repeat(lineno_width)
        });
        fields.push("   ".into());
        fields.push(if targets.contains(&offset) {
            ">>".into()
        } else {
            "  ".into()
        });
        fields.push(format!("{offset:>offset_width$}"));
        fields.push(format!("{:<OPNAME_WIDTH$}", op.name()));
        if op.arg_kind() != ArgKind::None || arg != 0 {
            fields.push(format!("{arg:>OPARG_WIDTH$}"));
            let r = argrepr(vm, code, op, arg, next);
            if !r.is_empty() {
                fields.push(format!("({r})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                (e.end * 2).saturating_sub(2),
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}
