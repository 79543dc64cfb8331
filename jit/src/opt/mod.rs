//! The optimiser: one pass per file, run in order, with the IR verifier between passes in debug
//! builds. Passes rewrite instructions in place (a removed instruction becomes `Nop`), so `Ref`s and
//! snapshots never need renumbering.

mod cse;
mod dce;
mod fold;
mod licm;
mod sign;
pub mod verify;

use crate::ir::{Ref, Trace};

/// Run every pass over `t`.
pub fn optimize(t: &mut Trace) {
    let passes: [(&str, fn(&mut Trace)); 5] = [
        ("fold", fold::run),
        ("cse", cse::run),
        ("dce", dce::run),
        ("licm", licm::run),
        ("sign", sign::run),
    ];
    for (name, pass) in passes {
        pass(t);
        if cfg!(debug_assertions)
            && let Err(e) = verify::verify(t)
        {
            panic!("IR verifier failed after pass '{name}': {e}");
        }
    }
}

/// Replace every use of `from` by `to` (operands, snapshots, loop-carried values).
pub(crate) fn replace_uses(t: &mut Trace, map: &[Ref]) {
    let m = |r: Ref| -> Ref {
        if (r.0 as usize) < map.len() {
            map[r.0 as usize]
        } else {
            r
        }
    };
    for i in &mut t.insts {
        for r in i.args_mut() {
            *r = m(*r);
        }
    }
    for s in &mut t.snaps {
        for r in s.refs_mut() {
            *r = m(*r);
        }
    }
    for c in &mut t.carried {
        c.2 = m(c.2);
    }
}
