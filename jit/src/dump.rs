//! Printers for `--dump-ir` (trace IR with snapshots); CLIF and machine code are printed by
//! Cranelift itself (see `lower.rs`).

use crate::ir::{Opc, Trace};
use std::fmt::Write;

/// The trace as text: one instruction per line, guards followed by their snapshot.
pub fn ir(t: &Trace) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "trace {} header={} nlocalsplus={} entry_depth={}",
        t.name, t.header, t.nlocalsplus, t.entry_depth
    );
    for (k, i) in t.insts.iter().enumerate() {
        if i.op == Opc::Nop {
            continue;
        }
        let _ = write!(s, "  %{k:<4} {:<5} {:<11}", i.ty.name(), i.op.name());
        if i.pre {
            s.push_str(" [hoisted]");
        }
        for r in i.args() {
            let _ = write!(s, " {r}");
        }
        match i.op {
            Opc::Param | Opc::SetSlot => {
                let _ = write!(s, " slot={}", i.imm);
            }
            Opc::ConstFloat => {
                let _ = write!(s, " {:?}", f64::from_bits(i.imm as u64));
            }
            Opc::ConstInt
            | Opc::ConstBool
            | Opc::CmpInt
            | Opc::CmpFloat
            | Opc::LoadElem
            | Opc::ElemRef => {
                let _ = write!(s, " {}", i.imm);
            }
            Opc::SeqPtr => {
                let _ = write!(s, " {}", if i.imm == 0 { "list" } else { "tuple" });
            }
            Opc::ConstObj | Opc::GuardIs | Opc::CallPure => {
                let _ = write!(s, " {}", short(&t.consts[i.imm as usize]));
            }
            Opc::GuardWatch => {
                let _ = write!(s, " {}", t.watches[i.imm as usize].what);
            }
            Opc::GuardShape => {
                let _ = write!(s, " {:?}", t.shapes[i.imm as usize]);
            }
            _ => {}
        }
        if i.op.is_guard() {
            let snap = &t.snaps[i.snap as usize];
            let _ = write!(
                s,
                "  -> exit {} pc={} depth={} [",
                i.snap, snap.pc, snap.stack_depth
            );
            for (n, (slot, r)) in snap.entries.iter().enumerate() {
                let _ = write!(s, "{}{slot}={r}", if n > 0 { " " } else { "" });
            }
            s.push(']');
            for f in &snap.inlined {
                let _ = write!(
                    s,
                    " + frame {} pc={} depth={} [",
                    short(&t.consts[f.func as usize]),
                    f.pc,
                    f.stack_depth
                );
                for (n, (slot, r)) in f.entries.iter().enumerate() {
                    let _ = write!(s, "{}{slot}={r}", if n > 0 { " " } else { "" });
                }
                s.push(']');
            }
        }
        s.push('\n');
    }
    if t.bridge {
        let _ = write!(s, "  rejoin header={} storing", t.header);
        for (slot, _, end) in &t.carried {
            let _ = write!(s, " {slot}<-{end}");
        }
    } else {
        let _ = write!(s, "  loop");
        for (slot, p, end) in &t.carried {
            let _ = write!(s, " {slot}:{p}<-{end}");
        }
    }
    s.push('\n');
    s
}

/// A short description of a constant object for dumps.
fn short(v: &pyjit_vm::value::Value) -> String {
    use pyjit_vm::objects::PyObject;
    use pyjit_vm::value::Value;
    match v {
        Value::Null => "NULL".to_string(),
        Value::None => "None".to_string(),
        Value::Obj(o) => match &**o {
            PyObject::Function(f) => format!("<function {}>", f.code.qualname),
            PyObject::Builtin(b) => format!("<builtin {}.{}>", b.owner, b.name),
            other => format!("<{}>", other.kind_name()),
        },
        other => format!("{other:?}"),
    }
}
