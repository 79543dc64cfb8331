//! The recorder: while the interpreter runs one iteration of a hot loop, turn each bytecode into
//! trace IR, specialised on the values it observes in the frame, with guards that make the
//! specialisation safe.
//!
//! The recorder keeps an abstract copy of the frame: for each local written in this iteration the
//! IR value it holds (`cur`), the loop-carried `Param`s read so far, and the value stack as IR
//! values. Every guard gets a snapshot of that state *before* the instruction it belongs to, so a
//! failing guard resumes the interpreter at that instruction, which then runs it for real.

use crate::abort::Abort;
use crate::ir::{Inst, NO_REF, NO_SNAP, Opc, Ref, Snapshot, Trace, Ty};
use pyjit_vm::bytecode::opcodes::Op;
use pyjit_vm::interp::Frame;
use pyjit_vm::value::Value;
use std::collections::BTreeMap;

pub struct Recorder {
    pub trace: Trace,
    /// Locals written in this iteration, with their current IR value.
    cur: BTreeMap<u32, Ref>,
    /// The `Param` of each slot read (or carried) so far.
    params: BTreeMap<u32, Ref>,
    /// The abstract value stack (above the locals); the first `entry_depth` entries are `Param`s.
    stack: Vec<Ref>,
    /// The frame being recorded (its serial number) and how many frames were live.
    pub root_serial: u64,
    pub root_depth: usize,
    /// The code object holding the loop.
    pub code: std::rc::Rc<pyjit_vm::bytecode::CodeObject>,
    limit: usize,
}

/// What recording one instruction led to.
pub enum Step {
    Continue,
    /// The loop closed: the trace is complete.
    Closed,
}

fn value_ty(v: &Value) -> Option<Ty> {
    match v {
        Value::Int(_) => Some(Ty::Int),
        Value::Float(_) => Some(Ty::Float),
        Value::Bool(_) => Some(Ty::Bool),
        _ => None,
    }
}

impl Recorder {
    /// Start recording at the loop header `f.pc` of frame `f`.
    pub fn new(f: &Frame, frames: usize, limit: usize) -> Result<Recorder, Abort> {
        let nl = f.code.nlocalsplus();
        let mut r = Recorder {
            trace: Trace {
                header: f.pc as u32,
                nlocalsplus: nl as u32,
                entry_depth: (f.localsplus.len() - nl) as u32,
                name: format!("{}:{}", f.code.qualname, f.code.line_at(f.pc)),
                ..Trace::default()
            },
            cur: BTreeMap::new(),
            params: BTreeMap::new(),
            stack: Vec::new(),
            root_serial: f.serial,
            root_depth: frames,
            code: f.code.clone(),
            limit,
        };
        for i in nl..f.localsplus.len() {
            let ty = match &f.localsplus[i] {
                Value::Obj(_) => Ty::Obj,
                v => value_ty(v).ok_or(Abort::UnsupportedType)?,
            };
            let p = r.param(i as u32, ty);
            r.stack.push(p);
        }
        Ok(r)
    }

    fn emit(&mut self, op: Opc, a: Ref, b: Ref, imm: i64, ty: Ty) -> Ref {
        self.trace.insts.push(Inst {
            op,
            a,
            b,
            imm,
            ty,
            snap: NO_SNAP,
        });
        Ref(self.trace.insts.len() as u32 - 1)
    }

    fn param(&mut self, slot: u32, ty: Ty) -> Ref {
        let r = self.emit(Opc::Param, NO_REF, NO_REF, slot as i64, ty);
        self.params.insert(slot, r);
        r
    }

    /// A guard resuming at `pc` with the current abstract state.
    fn guard(&mut self, op: Opc, a: Ref, b: Ref, ty: Ty, pc: usize) -> Ref {
        let nl = self.trace.nlocalsplus;
        let mut entries: Vec<(u32, Ref)> = self.cur.iter().map(|(&s, &r)| (s, r)).collect();
        for (i, &r) in self
            .stack
            .iter()
            .enumerate()
            .skip(self.trace.entry_depth as usize)
        {
            entries.push((nl + i as u32, r));
        }
        self.trace.snaps.push(Snapshot {
            pc: pc as u32,
            stack_depth: self.stack.len() as u32,
            entries,
        });
        let r = self.emit(op, a, b, 0, ty);
        self.trace.insts[r.0 as usize].snap = self.trace.snaps.len() as u32 - 1;
        r
    }

    fn ty(&self, r: Ref) -> Ty {
        self.trace.ty(r)
    }

    fn pop(&mut self) -> Ref {
        self.stack.pop().expect("recorder stack underflow")
    }

    fn load_local(&mut self, f: &Frame, i: u32) -> Result<Ref, Abort> {
        if let Some(&r) = self.cur.get(&i) {
            return Ok(r);
        }
        if let Some(&r) = self.params.get(&i) {
            return Ok(r);
        }
        let ty = value_ty(&f.localsplus[i as usize]).ok_or(Abort::UnsupportedType)?;
        Ok(self.param(i, ty))
    }

    /// As a float (converting an int operand).
    fn as_float(&mut self, r: Ref) -> Ref {
        if self.ty(r) == Ty::Int {
            self.emit(Opc::IntToFloat, r, NO_REF, 0, Ty::Float)
        } else {
            r
        }
    }

    /// Record the instruction at `pc` (before the interpreter runs it) in frame `f`.
    pub fn record(&mut self, f: &Frame, pc: usize, op: Op, arg: u32) -> Result<Step, Abort> {
        if self.trace.insts.len() > self.limit {
            return Err(Abort::TraceTooLong);
        }
        // the instruction after this one (past any EXTENDED_ARG prefixes)
        let mut next = pc + 1;
        while f.code.code[next - 1].op == Op::EXTENDED_ARG as u8 {
            next += 1;
        }
        match op {
            Op::NOP | Op::RESUME => {}
            Op::LOAD_FAST => {
                let r = self.load_local(f, arg)?;
                self.stack.push(r);
            }
            Op::STORE_FAST => {
                // objects are never written by a trace (its exits store only unboxed values)
                if self.ty(*self.stack.last().unwrap()) == Ty::Obj {
                    return Err(Abort::UnsupportedType);
                }
                let r = self.pop();
                self.cur.insert(arg, r);
            }
            Op::LOAD_CONST => {
                let r = match &f.code.consts[arg as usize] {
                    Value::Int(i) => self.emit(Opc::ConstInt, NO_REF, NO_REF, *i, Ty::Int),
                    Value::Float(x) => self.emit(
                        Opc::ConstFloat,
                        NO_REF,
                        NO_REF,
                        x.to_bits() as i64,
                        Ty::Float,
                    ),
                    Value::Bool(b) => {
                        self.emit(Opc::ConstBool, NO_REF, NO_REF, *b as i64, Ty::Bool)
                    }
                    _ => return Err(Abort::UnsupportedConst),
                };
                self.stack.push(r);
            }
            Op::POP_TOP => {
                self.pop();
            }
            Op::COPY => {
                let r = self.stack[self.stack.len() - arg as usize];
                if self.ty(r) == Ty::Obj {
                    return Err(Abort::UnsupportedType);
                }
                self.stack.push(r);
            }
            Op::SWAP => {
                let n = self.stack.len();
                if arg as usize > n - self.trace.entry_depth as usize {
                    return Err(Abort::StackMismatch);
                }
                self.stack.swap(n - 1, n - arg as usize);
            }
            Op::BINARY_OP => self.binary_op(pc, arg)?,
            Op::COMPARE_OP => {
                let (a, b) = (
                    self.stack[self.stack.len() - 2],
                    self.stack[self.stack.len() - 1],
                );
                let op = match (self.ty(a), self.ty(b)) {
                    (Ty::Int, Ty::Int) => Opc::CmpInt,
                    (Ty::Float, Ty::Float) => Opc::CmpFloat,
                    _ => return Err(Abort::UnsupportedType),
                };
                self.stack.truncate(self.stack.len() - 2);
                let r = self.emit(op, a, b, arg as i64, Ty::Bool);
                self.stack.push(r);
            }
            Op::UNARY_NEGATIVE => {
                let a = *self.stack.last().unwrap();
                let r = match self.ty(a) {
                    Ty::Int => self.guard(Opc::NegOv, a, NO_REF, Ty::Int, pc),
                    Ty::Float => self.emit(Opc::FNeg, a, NO_REF, 0, Ty::Float),
                    _ => return Err(Abort::UnsupportedType),
                };
                self.pop();
                self.stack.push(r);
            }
            Op::UNARY_NOT => {
                let a = self.pop();
                let c = self.truth(a)?;
                let r = self.emit(Opc::Not, c, NO_REF, 0, Ty::Bool);
                self.stack.push(r);
            }
            Op::POP_JUMP_FORWARD_IF_FALSE
            | Op::POP_JUMP_FORWARD_IF_TRUE
            | Op::POP_JUMP_BACKWARD_IF_FALSE
            | Op::POP_JUMP_BACKWARD_IF_TRUE => {
                let observed = match f.localsplus.last() {
                    Some(Value::Bool(b)) => *b,
                    Some(Value::Int(i)) => *i != 0,
                    Some(Value::Float(x)) => *x != 0.0,
                    _ => return Err(Abort::UnsupportedType),
                };
                let a = *self.stack.last().unwrap();
                let c = self.truth(a)?;
                let g = if observed {
                    Opc::GuardTrue
                } else {
                    Opc::GuardFalse
                };
                self.guard(g, c, NO_REF, Ty::Void, pc);
                self.pop();
                let jump_if = matches!(
                    op,
                    Op::POP_JUMP_FORWARD_IF_TRUE | Op::POP_JUMP_BACKWARD_IF_TRUE
                );
                let backward = matches!(
                    op,
                    Op::POP_JUMP_BACKWARD_IF_FALSE | Op::POP_JUMP_BACKWARD_IF_TRUE
                );
                if observed == jump_if && backward {
                    return self.close(next - arg as usize);
                }
            }
            Op::JUMP_FORWARD => {}
            Op::JUMP_BACKWARD => return self.close(next - arg as usize),
            Op::FOR_ITER => {
                let it = *self.stack.last().unwrap();
                let Some(top) = f.localsplus.last() else {
                    return Err(Abort::UnsupportedType);
                };
                let Value::Obj(o) = top else {
                    return Err(Abort::UnsupportedType);
                };
                // SAFETY: `top` is an initialised value of the live frame's value stack.
                if self.ty(it) != Ty::Obj
                    || unsafe { pyjit_vm::interp::jit::pyjit_is_range_iter(top) } == 0
                {
                    return Err(Abort::UnsupportedType);
                }
                if !range_has_next(o) {
                    return Err(Abort::LoopExit);
                }
                let r = self.guard(Opc::RangeNext, it, NO_REF, Ty::Int, pc);
                self.stack.push(r);
            }
            Op::CALL
            | Op::RETURN_VALUE
            | Op::RETURN_GENERATOR
            | Op::YIELD_VALUE
            | Op::CALL_FUNCTION_EX => return Err(Abort::LeftFrame),
            _ => return Err(Abort::UnsupportedOp),
        }
        Ok(Step::Continue)
    }

    /// The truth value of `a` as a Bool.
    fn truth(&mut self, a: Ref) -> Result<Ref, Abort> {
        Ok(match self.ty(a) {
            Ty::Bool => a,
            Ty::Int => self.emit(Opc::IntIsTrue, a, NO_REF, 0, Ty::Bool),
            Ty::Float => self.emit(Opc::FloatIsTrue, a, NO_REF, 0, Ty::Bool),
            _ => return Err(Abort::UnsupportedType),
        })
    }

    fn binary_op(&mut self, pc: usize, arg: u32) -> Result<(), Abort> {
        let n = self.stack.len();
        let (a, b) = (self.stack[n - 2], self.stack[n - 1]);
        let kind = if arg >= 13 { arg - 13 } else { arg };
        let r = match (self.ty(a), self.ty(b)) {
            (Ty::Int, Ty::Int) => match kind {
                0 => self.guard(Opc::AddOv, a, b, Ty::Int, pc),
                10 => self.guard(Opc::SubOv, a, b, Ty::Int, pc),
                5 => self.guard(Opc::MulOv, a, b, Ty::Int, pc),
                2 => self.guard(Opc::FloorDiv, a, b, Ty::Int, pc),
                6 => self.guard(Opc::Mod, a, b, Ty::Int, pc),
                1 => self.emit(Opc::BitAnd, a, b, 0, Ty::Int),
                7 => self.emit(Opc::BitOr, a, b, 0, Ty::Int),
                12 => self.emit(Opc::BitXor, a, b, 0, Ty::Int),
                _ => return Err(Abort::UnsupportedOp),
            },
            (Ty::Float, Ty::Float) | (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int) => {
                let op = match kind {
                    0 => Opc::FAdd,
                    10 => Opc::FSub,
                    5 => Opc::FMul,
                    11 => Opc::FDiv,
                    _ => return Err(Abort::UnsupportedOp),
                };
                // CPython converts an int operand exactly when it fits a double's mantissa;
                // beyond 2**53 its mixed arithmetic still rounds the int once, as this does.
                let fa = self.as_float(a);
                let fb = self.as_float(b);
                if op == Opc::FDiv {
                    self.guard(op, fa, fb, Ty::Float, pc)
                } else {
                    self.emit(op, fa, fb, 0, Ty::Float)
                }
            }
            _ => return Err(Abort::UnsupportedType),
        };
        self.stack.truncate(n - 2);
        self.stack.push(r);
        Ok(())
    }

    /// A jump back to `target`: the loop closes if it is the header.
    fn close(&mut self, target: usize) -> Result<Step, Abort> {
        if target != self.trace.header as usize {
            return Err(Abort::InnerLoop);
        }
        if self.stack.len() != self.trace.entry_depth as usize {
            return Err(Abort::StackMismatch);
        }
        let cur: Vec<(u32, Ref)> = self.cur.iter().map(|(&s, &r)| (s, r)).collect();
        for (slot, end) in cur {
            let ty = self.ty(end);
            let p = match self.params.get(&slot) {
                Some(&p) => p,
                None => self.param(slot, ty),
            };
            if self.ty(p) != ty {
                return Err(Abort::TypeUnstable);
            }
            self.trace.carried.push((slot, p, end));
        }
        // Guards taken before a carried slot was written in the iteration resume with the value
        // the slot had at the top of the iteration.
        for s in &mut self.trace.snaps {
            for &(slot, p, _) in &self.trace.carried {
                if !s.entries.iter().any(|&(es, _)| es == slot) {
                    s.entries.push((slot, p));
                }
            }
            s.entries.sort_by_key(|&(slot, _)| slot);
        }
        Ok(Step::Closed)
    }
}

fn range_has_next(o: &pyjit_vm::objects::ObjRef) -> bool {
    match &**o {
        pyjit_vm::objects::PyObject::Iter(st) => matches!(
            &*st.borrow(),
            pyjit_vm::objects::IterState::Range { stop, .. } if *stop > 0
        ),
        _ => false,
    }
}
