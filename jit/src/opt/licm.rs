//! Loop-invariant code motion for what Cranelift cannot move itself: guards and loads on objects
//! the trace never writes (its `Obj` params and constants). A hoisted instruction runs once at the
//! trace's entry instead of every iteration (an `Obj` param is invariant unless the trace assigns
//! its slot, `SetSlot`); a hoisted guard that fails there leaves before the
//! trace has changed anything. Loads of list contents and dictionary words stay in the loop when
//! the loop contains an op that may change them (`Opc::clobbers`).

use crate::ir::{Opc, Trace, Ty};

pub fn run(t: &mut Trace) {
    let clobbered = t.insts.iter().any(|i| i.op.clobbers());
    // slots the trace assigns objects to hold another object in each iteration
    let assigned: Vec<i64> = t
        .insts
        .iter()
        .filter(|i| i.op == Opc::SetSlot)
        .map(|i| i.imm)
        .collect();
    let mut inv = vec![false; t.insts.len()];
    for at in 0..t.insts.len() {
        let i = &t.insts[at];
        if i.op == Opc::Param {
            inv[at] = i.ty == Ty::Obj && !assigned.contains(&i.imm);
            continue;
        }
        let reads_heap = matches!(i.op, Opc::SeqPtr | Opc::SeqLen | Opc::GuardWatch);
        if i.op.hoistable() && i.args().all(|r| inv[r.0 as usize]) && !(clobbered && reads_heap) {
            inv[at] = true;
            t.insts[at].pre = true;
        }
    }
}
