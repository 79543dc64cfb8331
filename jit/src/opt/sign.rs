//! Sign facts for `//` and `%` by a constant: when the dividend is known to be non-negative the
//! floor division needs no sign correction (two instructions off a loop-carried dependency chain,
//! which is what bounds loops like `a, b = b, (a + b) % m`).
//!
//! Int params whose value the recorder saw to be non-negative are assumed to stay so; an
//! assumption holds if the loop carries a value provably non-negative under the assumptions (a
//! fixpoint drops those that do not). The surviving assumptions become entry checks (a failing one
//! leaves before the trace has done anything), so they hold on every iteration by induction.

use crate::ir::{Opc, Ref, Trace, Ty};
use std::collections::BTreeSet;

/// Which instructions produce a non-negative int, given the assumed param slots.
fn facts(t: &Trace, hyp: &BTreeSet<u32>) -> Vec<bool> {
    let mut nn = vec![false; t.insts.len()];
    for (k, i) in t.insts.iter().enumerate() {
        let (a, b) = (
            nn.get(i.a.0 as usize).copied().unwrap_or(false),
            nn.get(i.b.0 as usize).copied().unwrap_or(false),
        );
        nn[k] = match i.op {
            Opc::Param => i.ty == Ty::Int && hyp.contains(&(i.imm as u32)),
            Opc::ConstInt => i.imm >= 0,
            Opc::Mod => t.const_divisor(i.b).is_some(),
            Opc::FloorDiv => a && t.const_divisor(i.b).is_some(),
            Opc::AddOv | Opc::MulOv | Opc::BitOr | Opc::BitXor => a && b,
            Opc::BitAnd => a || b,
            Opc::SeqLen => true,
            _ => false,
        };
    }
    nn
}

pub fn run(t: &mut Trace) {
    if t.bridge {
        return;
    }
    let mut hyp: BTreeSet<u32> = t.seen_nonneg.iter().copied().collect();
    let nn = loop {
        let nn = facts(t, &hyp);
        let bad: Vec<u32> = t
            .carried
            .iter()
            .filter(|&&(slot, _, end)| hyp.contains(&slot) && !nn[end.0 as usize])
            .map(|c| c.0)
            .collect();
        if bad.is_empty() {
            break nn;
        }
        for s in bad {
            hyp.remove(&s);
        }
    };
    let mut used = false;
    for k in 0..t.insts.len() {
        let i = &t.insts[k];
        if matches!(i.op, Opc::Mod | Opc::FloorDiv)
            && t.const_divisor(i.b).is_some()
            && nn[i.a.0 as usize]
        {
            t.insts[k].imm = 1;
            used = true;
        }
    }
    if used {
        t.nonneg_params = t
            .insts
            .iter()
            .enumerate()
            .filter(|(_, i)| i.op == Opc::Param && i.ty == Ty::Int && hyp.contains(&(i.imm as u32)))
            .map(|(k, _)| Ref(k as u32))
            .collect();
    }
}
