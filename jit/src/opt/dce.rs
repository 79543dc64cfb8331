//! Dead-code elimination: pure instructions whose result nothing uses (no live instruction, no
//! snapshot of a live guard, no loop-carried value) become `Nop`.

use crate::ir::{NO_REF, Opc, Trace};

pub fn run(t: &mut Trace) {
    let n = t.insts.len();
    let mut live = vec![false; n];
    for &(_, p, end) in &t.carried {
        for r in [p, end] {
            if r != NO_REF {
                live[r.0 as usize] = true;
            }
        }
    }
    for at in (0..n).rev() {
        let i = &t.insts[at];
        let needed = live[at] || (i.op != Opc::Nop && !i.op.is_pure() && i.op != Opc::Param);
        if !needed {
            continue;
        }
        live[at] = true;
        for r in i.args() {
            live[r.0 as usize] = true;
        }
        if i.op.is_guard() {
            for r in t.snaps[i.snap as usize].refs() {
                live[r.0 as usize] = true;
            }
        }
    }
    for (at, i) in t.insts.iter_mut().enumerate() {
        if !live[at] && i.op.is_pure() {
            i.kill();
        }
    }
}
