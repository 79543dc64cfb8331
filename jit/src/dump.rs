//! Printers for `--dump-ir` (trace IR with snapshots); CLIF and machine code are printed by
//! Cranelift itself (see `lower.rs`).

use crate::ir::{NO_REF, Opc, Trace};
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
        for r in [i.a, i.b] {
            if r != NO_REF {
                let _ = write!(s, " {r}");
            }
        }
        match i.op {
            Opc::Param => {
                let _ = write!(s, " slot={}", i.imm);
            }
            Opc::ConstFloat => {
                let _ = write!(s, " {:?}", f64::from_bits(i.imm as u64));
            }
            Opc::ConstInt | Opc::ConstBool | Opc::CmpInt | Opc::CmpFloat => {
                let _ = write!(s, " {}", i.imm);
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
        }
        s.push('\n');
    }
    let _ = write!(s, "  loop");
    for (slot, p, end) in &t.carried {
        let _ = write!(s, " {slot}:{p}<-{end}");
    }
    s.push('\n');
    s
}
