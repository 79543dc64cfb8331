//! The IR verifier: operands defined before use (a `Param` is defined on loop entry), operand types
//! as each op expects, guards with valid snapshots whose values are all defined.

use crate::ir::{NO_REF, Opc, Ref, Trace, Ty};

pub fn verify(t: &Trace) -> Result<(), String> {
    let defined_at = |r: Ref, at: usize| -> bool {
        let i = r.0 as usize;
        i < t.insts.len() && (i < at || t.insts[i].op == Opc::Param) && t.insts[i].op != Opc::Nop
    };
    for (at, inst) in t.insts.iter().enumerate() {
        if inst.op == Opc::Nop {
            continue;
        }
        let args = [inst.a, inst.b, inst.c];
        for (k, &r) in args.iter().enumerate() {
            if k < inst.op.nargs() {
                if r == NO_REF || !defined_at(r, at) {
                    return Err(format!("%{at} {}: operand {r} not defined", inst.op.name()));
                }
            } else if r != NO_REF {
                return Err(format!("%{at} {}: unexpected operand {r}", inst.op.name()));
            }
        }
        let want = match inst.op {
            Opc::AddOv | Opc::SubOv | Opc::MulOv | Opc::NegOv | Opc::FloorDiv | Opc::Mod => {
                Some(Ty::Int)
            }
            Opc::BitAnd | Opc::BitOr | Opc::BitXor | Opc::CmpInt | Opc::IntIsTrue => Some(Ty::Int),
            Opc::IntToFloat => Some(Ty::Int),
            Opc::FAdd | Opc::FSub | Opc::FMul | Opc::FDiv | Opc::FNeg | Opc::CmpFloat => {
                Some(Ty::Float)
            }
            Opc::FloatIsTrue => Some(Ty::Float),
            Opc::Not | Opc::GuardTrue | Opc::GuardFalse => Some(Ty::Bool),
            Opc::RangeNext | Opc::SeqNext | Opc::GuardRangeIter | Opc::SeqPtr | Opc::GuardIs => {
                Some(Ty::Obj)
            }
            Opc::SeqLen => Some(Ty::Int),
            _ => None,
        };
        if let Some(w) = want {
            for &r in &args[..inst.op.nargs()] {
                if t.ty(r) != w {
                    return Err(format!(
                        "%{at} {}: operand {r} is {}, expected {}",
                        inst.op.name(),
                        t.ty(r).name(),
                        w.name()
                    ));
                }
            }
        }
        if inst.op == Opc::CallPure && !matches!(inst.ty, Ty::Int | Ty::Float | Ty::Bool) {
            return Err(format!(
                "%{at} CallPure: result type {} unknown",
                inst.ty.name()
            ));
        }
        if inst.op.is_guard() {
            let Some(s) = t.snaps.get(inst.snap as usize) else {
                return Err(format!("%{at} {}: no snapshot", inst.op.name()));
            };
            for r in s.refs() {
                if !defined_at(r, at) {
                    return Err(format!("%{at}: snapshot uses undefined {r}"));
                }
            }
        }
    }
    for &(slot, p, end) in &t.carried {
        if t.bridge {
            if p != NO_REF {
                return Err(format!("bridge: carried slot {slot} has a param"));
            }
        } else if t.insts[p.0 as usize].op != Opc::Param || t.ty(p) != t.ty(end) {
            return Err(format!(
                "carried slot {slot}: bad param {p} or end value {end}"
            ));
        }
        if !defined_at(end, t.insts.len()) {
            return Err(format!("carried slot {slot}: end value {end} not defined"));
        }
    }
    Ok(())
}
