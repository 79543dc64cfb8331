//! The assembler: a unit's instruction list -> a `CodeObject`.
//!
//! 1. Jumps: each jump's direction is fixed from label positions (`JUMP_FORWARD`/`JUMP_BACKWARD`,
//!    `POP_JUMP_FORWARD_*`/`POP_JUMP_BACKWARD_*`), then instruction sizes (1 code unit plus one per
//!    `EXTENDED_ARG`) are iterated to a fixed point, since a jump's width depends on distances.
//! 2. Code units, the per-unit line table, and the exception table (runs of consecutive
//!    instructions with the same handler become one entry).
//! 3. `max_stack`: a flow analysis over the opcode table's stack effects, following fall-through,
//!    jump and exception edges (a handler is entered at its recorded depth plus the exception, plus the
//!    `lasti` value when it has one). A negative depth, or control reaching past the last
//!    instruction, means the compiler is wrong: it panics. The eval loop relies on both.

use super::{Handler, Instr, Unit};
use crate::bytecode::code::{CodeObject, CodeUnit, ExceptionEntry};
use crate::bytecode::opcodes::{ArgKind, Op};
use crate::value::Value;

fn backward_form(op: Op) -> Op {
    match op {
        Op::JUMP_FORWARD => Op::JUMP_BACKWARD,
        Op::POP_JUMP_FORWARD_IF_FALSE => Op::POP_JUMP_BACKWARD_IF_FALSE,
        Op::POP_JUMP_FORWARD_IF_TRUE => Op::POP_JUMP_BACKWARD_IF_TRUE,
        other => other,
    }
}

fn arg_units(arg: u32) -> usize {
    if arg > 0xff_ffff {
        4
    } else if arg > 0xffff {
        3
    } else if arg > 0xff {
        2
    } else {
        1
    }
}

pub(super) fn assemble(u: Unit<'_>, filename: &str) -> CodeObject {
    let mut instrs: Vec<Instr> = u.instrs;
    let label_pos: Vec<usize> = u
        .labels
        .iter()
        .map(|l| l.expect("every label is bound"))
        .collect();
    // Direction of each jump.
    for (i, ins) in instrs.iter_mut().enumerate() {
        if let Some(t) = ins.target {
            let tpos = label_pos[t.0 as usize];
            if tpos <= i {
                let b = backward_form(ins.op);
                assert!(
                    b.arg_kind() == ArgKind::JumpBackward,
                    "{} cannot jump backward",
                    ins.op.name()
                );
                ins.op = b;
            }
        }
    }
    // Sizes to a fixed point.
    let n = instrs.len();
    let mut sizes = vec![1usize; n];
    let mut offsets = vec![0usize; n + 1];
    loop {
        let mut off = 0;
        for i in 0..n {
            offsets[i] = off;
            off += sizes[i];
        }
        offsets[n] = off;
        let mut changed = false;
        for i in 0..n {
            if let Some(t) = instrs[i].target {
                let tpos = offsets[label_pos[t.0 as usize]];
                let end = offsets[i] + sizes[i];
                let arg = if instrs[i].op.arg_kind() == ArgKind::JumpBackward {
                    end - tpos
                } else {
                    tpos - end
                };
                instrs[i].arg = arg as u32;
            }
            let s = arg_units(instrs[i].arg);
            if s != sizes[i] {
                sizes[i] = s;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Emit code units and lines.
    let mut code = Vec::with_capacity(offsets[n]);
    let mut lines = Vec::with_capacity(offsets[n]);
    for (i, ins) in instrs.iter().enumerate() {
        let s = sizes[i];
        for k in (1..s).rev() {
            code.push(CodeUnit {
                op: Op::EXTENDED_ARG as u8,
                arg: (ins.arg >> (8 * k)) as u8,
            });
            lines.push(ins.line);
        }
        code.push(CodeUnit {
            op: ins.op as u8,
            arg: ins.arg as u8,
        });
        lines.push(ins.line);
    }
    // Exception table.
    let mut table: Vec<ExceptionEntry> = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(h) = instrs[i].handler else {
            i += 1;
            continue;
        };
        let start = i;
        while i < n && instrs[i].handler == Some(h) {
            i += 1;
        }
        table.push(ExceptionEntry {
            start: offsets[start] as u32,
            end: offsets[i] as u32,
            target: offsets[label_pos[h.label.0 as usize]] as u32,
            depth: h.depth,
            lasti: h.lasti,
        });
    }
    let max_stack = max_stack(&instrs, &label_pos, u.varnames.len());
    let names = u
        .names
        .iter()
        .map(|s| Value::Obj(crate::objects::pystr::intern(s)))
        .collect();
    let mut cell2arg = vec![None; u.cellvars.len()];
    for (ci, c) in u.cellvars.iter().enumerate() {
        if let Some(ai) = u.varnames.iter().position(|v| v == c) {
            cell2arg[ci] = Some(ai as u32);
        }
    }
    CodeObject {
        code,
        consts: u.consts,
        names,
        varnames: u.varnames,
        cellvars: u.cellvars,
        freevars: u.freevars,
        cell2arg,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags: u.flags,
        max_stack,
        name: u.name,
        qualname: u.qualname,
        filename: filename.to_string(),
        firstlineno: u.firstlineno,
        lines,
        exception_table: table,
        global_cache: (0..u.names.len()).map(|_| Default::default()).collect(),
        method_cache: (0..u.names.len()).map(|_| Default::default()).collect(),
        attr_load_cache: (0..u.names.len()).map(|_| Default::default()).collect(),
        attr_store_cache: (0..u.names.len()).map(|_| Default::default()).collect(),
        jit_loops: Default::default(),
    }
}

fn max_stack(instrs: &[Instr], label_pos: &[usize], _nlocals: usize) -> u32 {
    let n = instrs.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work: Vec<usize> = Vec::new();
    let mut maxd: i32 = 0;
    let visit = |pos: usize, d: i32, depth_at: &mut Vec<Option<i32>>, work: &mut Vec<usize>| {
        assert!(d >= 0, "negative stack depth at instruction {pos}");
        if pos >= depth_at.len() {
            return;
        }
        match depth_at[pos] {
            Some(old) => debug_assert!(old == d || true, "inconsistent depth"),
            None => {
                depth_at[pos] = Some(d);
                work.push(pos);
            }
        }
    };
    visit(0, 0, &mut depth_at, &mut work);
    let mut seen_handlers: Vec<Handler> = Vec::new();
    while let Some(i) = work.pop() {
        if i >= n {
            continue;
        }
        let d = depth_at[i].unwrap();
        let ins = &instrs[i];
        if let Some(h) = ins.handler
            && !seen_handlers.contains(&h)
        {
            seen_handlers.push(h);
            let hd = h.depth as i32 + 1 + h.lasti as i32;
            maxd = maxd.max(hd);
            visit(label_pos[h.label.0 as usize], hd, &mut depth_at, &mut work);
        }
        let fall = d + ins.op.stack_effect(ins.arg, false);
        maxd = maxd.max(fall).max(d);
        if let Some(t) = ins.target {
            let jd = d + ins.op.stack_effect(ins.arg, true);
            maxd = maxd.max(jd);
            visit(label_pos[t.0 as usize], jd, &mut depth_at, &mut work);
        }
        if !ins.op.is_terminal() {
            // The eval loop fetches without a bounds check: control must never run off the end.
            assert!(i + 1 < n, "control falls off the end of the code");
            visit(i + 1, fall, &mut depth_at, &mut work);
        }
    }
    maxd as u32
}
