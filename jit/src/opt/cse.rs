//! Common-subexpression elimination and redundant-guard removal. The trace is one straight line
//! (the loop body), so an earlier identical instruction dominates a later one: a repeated pure op,
//! a repeated overflow-checked op (the first one already guaranteed the result) and a repeated guard
//! on the same condition are all replaced by the first.

use super::replace_uses;
use crate::ir::{NO_REF, Opc, Ref, Trace};
use std::collections::HashMap;

pub fn run(t: &mut Trace) {
    let mut seen: HashMap<(Opc, Ref, Ref, Ref, i64), Ref> = HashMap::new();
    let mut map: Vec<Ref> = (0..t.insts.len() as u32).map(Ref).collect();
    for at in 0..t.insts.len() {
        let i = &mut t.insts[at];
        for r in i.args_mut() {
            if *r != NO_REF {
                *r = map[r.0 as usize];
            }
        }
        let reusable = i.op.is_pure()
            || matches!(
                i.op,
                Opc::AddOv
                    | Opc::SubOv
                    | Opc::MulOv
                    | Opc::NegOv
                    | Opc::FloorDiv
                    | Opc::Mod
                    | Opc::FDiv
                    | Opc::GuardTrue
                    | Opc::GuardFalse
                    | Opc::GuardIndex
                    | Opc::GuardWatch
                    | Opc::GuardIs
                    | Opc::GuardRangeIter
            );
        if !reusable {
            continue;
        }
        let key = (i.op, i.a, i.b, i.c, i.imm);
        match seen.get(&key) {
            Some(&first) => {
                map[at] = first;
                i.kill();
            }
            None => {
                seen.insert(key, Ref(at as u32));
            }
        }
    }
    replace_uses(t, &map);
}
