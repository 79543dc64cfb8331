//! The recorder: while the interpreter runs one iteration of a hot loop, turn each bytecode into
//! trace IR, specialised on the values it observes in the frame, with guards that make the
//! specialisation safe.
//!
//! The recorder keeps an abstract copy of the frames: for the loop's frame, the IR value of each
//! local written in this iteration (`cur`), the loop-carried `Param`s read so far, and the value
//! stack as IR values; for each Python call it inlines, a virtual frame with the same parts (its
//! locals start as the call's arguments). Every guard gets a snapshot of that state *before* the
//! instruction it belongs to, so a failing guard resumes the interpreter at that instruction
//! (creating the frames of inlined calls), which then runs it for real.

use crate::abort::Abort;
use crate::ir::{Inst, NO_REF, NO_SNAP, Opc, Ref, SnapFrame, Snapshot, Trace, Ty, Watch};
use pyjit_vm::bytecode::CodeObject;
use pyjit_vm::bytecode::opcodes::Op;
use pyjit_vm::interp::{Frame, Vm};
use pyjit_vm::objects::{ObjRef, PyObject};
use pyjit_vm::value::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

mod attrs;
use attrs::is_instance;

/// The abstract state of one frame.
#[derive(Default)]
struct FState {
    /// Locals written (for inlined frames: bound) so far, with their IR values.
    cur: BTreeMap<u32, Ref>,
    /// The value stack (above the locals).
    stack: Vec<Ref>,
}

/// An inlined call.
struct Inl {
    st: FState,
    /// `Trace::consts` index of the function.
    func: u32,
    code: Rc<CodeObject>,
    /// Where the caller resumes after the call returns.
    ret_pc: u32,
}

/// Where a recording starts: a loop header (a root trace) or a guard's exit (a bridge, which
/// ends when it reaches `header` again).
pub struct Recorder {
    pub trace: Trace,
    /// The `Param` of each root-frame slot read (or carried) so far.
    params: BTreeMap<u32, Ref>,
    root: FState,
    inl: Vec<Inl>,
    /// The frame being recorded (its serial number) and how many frames were live.
    pub root_serial: u64,
    pub root_depth: usize,
    /// The code object holding the loop.
    pub code: Rc<CodeObject>,
    limit: usize,
    max_inline: usize,
    /// Per sequence object: its `SeqPtr` and `SeqLen`.
    seqs: HashMap<Ref, (Ref, Ref)>,
    /// Objects already checked to be range iterators / checked identities.
    checked: HashSet<(Ref, i64)>,
    /// Slots of the loop's frame the trace has assigned objects to (`SetSlot`), with the refs
    /// that stand for them (the frame holds the values, so snapshots need not list them).
    root_objs: BTreeMap<u32, Ref>,
    /// Per (instance, shape index): its `GuardShape`; per (values, slot): its `ElemRef`.
    attr_refs: HashMap<(Ref, bool, i64), Ref>,
    /// A fix-up to apply once the interpreter has run the previous instruction.
    pending: Option<Pending>,
    /// A bridge (a side trace from a guard's exit, closed by a jump back to `trace.header`).
    pub bridge: bool,
    /// The value-stack depth at the loop header.
    loop_depth: u32,
    /// A snapshot could not be expressed: the recording must abort.
    poisoned: bool,
}

/// Fix-ups that need what the interpreter pushed.
enum Pending {
    /// `LOAD_METHOD` on a list: the method is a constant of the list type.
    Method { recv: Ref },
    /// `CallPure`: the type of the result.
    Result { r: Ref },
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
        Value::Obj(_) => Some(Ty::Obj),
        _ => None,
    }
}

/// Builtins with no side effects on int, float, bool, list and tuple arguments, which traces call
/// directly (a failing call is repeated by the interpreter, which raises).
/// Code flags of functions that are not plain calls (generators).
const NOT_INLINED: u32 = pyjit_vm::bytecode::code::flags::GENERATOR;

const PURE_BUILTINS: &[&str] = &["abs", "min", "max", "int", "float", "round", "bool", "pow"];

impl Recorder {
    /// Start recording at `f.pc` of frame `f`: a loop header, or (for a bridge) a guard's exit
    /// that rejoins the loop at `header`.
    pub fn new(
        f: &Frame,
        frames: usize,
        limit: usize,
        max_inline: usize,
        header: Option<(u32, u32)>,
    ) -> Result<Recorder, Abort> {
        let nl = f.code.nlocalsplus();
        let mut r = Recorder {
            trace: Trace {
                header: header.map_or(f.pc as u32, |h| h.0),
                nlocalsplus: nl as u32,
                entry_depth: (f.localsplus.len() - nl) as u32,
                name: format!("{}:{}", f.code.qualname, f.code.line_at(f.pc)),
                bridge: header.is_some(),
                ..Trace::default()
            },
            params: BTreeMap::new(),
            root: FState::default(),
            inl: Vec::new(),
            root_serial: f.serial,
            root_depth: frames,
            code: f.code.clone(),
            limit,
            max_inline,
            seqs: HashMap::new(),
            checked: HashSet::new(),
            attr_refs: HashMap::new(),
            root_objs: BTreeMap::new(),
            pending: None,
            bridge: header.is_some(),
            loop_depth: header.map_or((f.localsplus.len() - nl) as u32, |h| h.1),
            poisoned: false,
        };
        r.trace.globals = Rc::as_ptr(&f.globals) as *const u8 as usize;
        r.trace.keep.push(Value::Obj(f.globals.clone()));
        for i in nl..f.localsplus.len() {
            let ty = value_ty(&f.localsplus[i]).ok_or(Abort::UnsupportedType)?;
            let p = r.param(i as u32, ty);
            r.root.stack.push(p);
        }
        Ok(r)
    }

    fn emit3(&mut self, op: Opc, args: [Ref; 3], imm: i64, ty: Ty) -> Ref {
        self.trace.insts.push(Inst {
            op,
            a: args[0],
            b: args[1],
            c: args[2],
            imm,
            ty,
            snap: NO_SNAP,
            pre: false,
        });
        Ref(self.trace.insts.len() as u32 - 1)
    }

    fn emit(&mut self, op: Opc, a: Ref, b: Ref, imm: i64, ty: Ty) -> Ref {
        self.emit3(op, [a, b, NO_REF], imm, ty)
    }

    fn param(&mut self, slot: u32, ty: Ty) -> Ref {
        let r = self.emit(Opc::Param, NO_REF, NO_REF, slot as i64, ty);
        self.params.insert(slot, r);
        r
    }

    /// A constant object (kept alive by the trace).
    fn const_obj(&mut self, v: Value) -> Ref {
        let i = self.trace.consts.len() as i64;
        self.trace.consts.push(v);
        self.emit(Opc::ConstObj, NO_REF, NO_REF, i, Ty::Obj)
    }

    /// Guards on the words of global `names[namei]`: the dicts' keys versions, and unless
    /// `keys_only`, the binding's tag and payload.
    fn watch(
        &mut self,
        f: &Frame,
        namei: usize,
        w: &pyjit_vm::interp::jit::GlobalWatch,
        pc: usize,
        keys_only: bool,
    ) {
        let name = f.code.names[namei]
            .str_ref()
            .map_or(String::new(), |s| s.as_str().to_string());
        for &(addr, expected, what) in &w.words {
            if keys_only && !what.ends_with("keys") {
                continue;
            }
            let what = if what.ends_with("keys") {
                what.to_string()
            } else {
                format!("{name} {what}")
            };
            self.watch_word(addr, expected, what, pc);
        }
    }

    /// A guard that the word at `addr` still holds `expected` (one watch per word: CSE then
    /// removes the repeated guards).
    fn watch_word(&mut self, addr: usize, expected: u64, what: String, pc: usize) {
        let i = match self
            .trace
            .watches
            .iter()
            .position(|w| w.addr == addr && w.expected == expected)
        {
            Some(i) => i,
            None => {
                self.trace.watches.push(Watch {
                    addr,
                    expected,
                    what,
                });
                self.trace.watches.len() - 1
            }
        };
        self.guard3(Opc::GuardWatch, [NO_REF; 3], i as i64, Ty::Void, pc);
    }

    /// A constant: unboxed for numbers, a `ConstObj` for objects and `None`.
    fn constant(&mut self, v: &Value) -> Result<Ref, Abort> {
        Ok(match v {
            Value::Int(i) => self.emit(Opc::ConstInt, NO_REF, NO_REF, *i, Ty::Int),
            Value::Float(x) => self.emit(
                Opc::ConstFloat,
                NO_REF,
                NO_REF,
                x.to_bits() as i64,
                Ty::Float,
            ),
            Value::Bool(b) => self.emit(Opc::ConstBool, NO_REF, NO_REF, *b as i64, Ty::Bool),
            Value::None | Value::Obj(_) => self.const_obj(v.clone()),
            _ => return Err(Abort::UnsupportedConst),
        })
    }

    /// The object a `ConstObj` ref stands for.
    fn const_of(&self, r: Ref) -> Option<&Value> {
        let i = &self.trace.insts[r.0 as usize];
        (i.op == Opc::ConstObj).then(|| &self.trace.consts[i.imm as usize])
    }

    fn st(&mut self) -> &mut FState {
        match self.inl.last_mut() {
            Some(i) => &mut i.st,
            None => &mut self.root,
        }
    }

    fn stack(&self) -> &Vec<Ref> {
        match self.inl.last() {
            Some(i) => &i.st.stack,
            None => &self.root.stack,
        }
    }

    fn push(&mut self, r: Ref) {
        self.st().stack.push(r);
    }

    fn pop(&mut self) -> Ref {
        self.st().stack.pop().expect("recorder stack underflow")
    }

    fn peek(&self, k: usize) -> Ref {
        let s = self.stack();
        s[s.len() - 1 - k]
    }

    /// A guard at `pc`: a snapshot of the current abstract state, then the instruction.
    fn guard3(&mut self, op: Opc, args: [Ref; 3], imm: i64, ty: Ty, pc: usize) -> Ref {
        let nl = self.trace.nlocalsplus;
        let mut entries: Vec<(u32, Ref)> = self.root.cur.iter().map(|(&s, &r)| (s, r)).collect();
        // stack slots, except those still holding what they held when the trace was entered
        for (i, &r) in self.root.stack.iter().enumerate() {
            let slot = nl + i as u32;
            if (i as u32) < self.trace.entry_depth {
                let p = self.params.get(&slot).copied();
                if p == Some(r) {
                    continue;
                }
                if p.is_some_and(|p| self.trace.ty(p) == Ty::Obj) {
                    // the exit would overwrite a reference it does not own
                    self.poisoned = true;
                }
            }
            entries.push((slot, r));
        }
        let mut inlined = Vec::new();
        let mut scratch = 0u32;
        for (j, f) in self.inl.iter().enumerate() {
            let fnl = f.code.nlocalsplus() as u32;
            let mut e: Vec<(u32, Ref)> = f.st.cur.iter().map(|(&s, &r)| (s, r)).collect();
            for (i, &r) in f.st.stack.iter().enumerate() {
                e.push((fnl + i as u32, r));
            }
            let fpc = match self.inl.get(j + 1) {
                Some(next) => next.ret_pc,
                None => pc as u32,
            };
            inlined.push(SnapFrame {
                func: f.func,
                pc: fpc,
                stack_depth: f.st.stack.len() as u32,
                nlocalsplus: fnl,
                entries: e,
                scratch,
            });
            scratch += fnl + f.st.stack.len() as u32;
        }
        self.trace.scratch_len = self.trace.scratch_len.max(scratch);
        let root_pc = match self.inl.first() {
            Some(f) => f.ret_pc,
            None => pc as u32,
        };
        self.trace.snaps.push(Snapshot {
            pc: root_pc,
            stack_depth: self.root.stack.len() as u32,
            entries,
            inlined,
        });
        let r = self.emit3(op, args, imm, ty);
        self.trace.insts[r.0 as usize].snap = self.trace.snaps.len() as u32 - 1;
        r
    }

    fn guard(&mut self, op: Opc, a: Ref, b: Ref, ty: Ty, pc: usize) -> Ref {
        self.guard3(op, [a, b, NO_REF], 0, ty, pc)
    }

    fn ty(&self, r: Ref) -> Ty {
        self.trace.ty(r)
    }

    fn load_local(&mut self, f: &Frame, i: u32) -> Result<Ref, Abort> {
        if !self.inl.is_empty() {
            return self.st().cur.get(&i).copied().ok_or(Abort::UnboundLocal);
        }
        if let Some(&r) = self.root.cur.get(&i).or(self.root_objs.get(&i)) {
            return Ok(r);
        }
        if let Some(&r) = self.params.get(&i) {
            return Ok(r);
        }
        let v = &f.localsplus[i as usize];
        if matches!(v, Value::Null) {
            return Err(Abort::UnboundLocal);
        }
        let ty = value_ty(v).ok_or(Abort::UnsupportedType)?;
        if matches!(v, Value::Int(x) if *x >= 0) {
            self.trace.seen_nonneg.push(i);
        }
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

    /// The real value `k` entries below the top of the interpreter's stack.
    fn seen(f: &Frame, k: usize) -> &Value {
        &f.localsplus[f.localsplus.len() - 1 - k]
    }

    /// Record the instruction at `pc` (before the interpreter runs it) in the innermost frame
    /// `f` of `vm`.
    pub fn record(
        &mut self,
        vm: &Vm,
        f: &Frame,
        pc: usize,
        op: Op,
        arg: u32,
    ) -> Result<Step, Abort> {
        if self.trace.insts.len() > self.limit {
            return Err(Abort::TraceTooLong);
        }
        if self.poisoned {
            return Err(Abort::StackMismatch);
        }
        // still in the loop's frame, or in the frame of the innermost inlined call
        let in_place = match self.inl.last() {
            None => f.serial == self.root_serial && vm.frames.len() == self.root_depth,
            Some(c) => {
                vm.frames.len() == self.root_depth + self.inl.len() && Rc::ptr_eq(&f.code, &c.code)
            }
        };
        if !in_place {
            return Err(Abort::LeftFrame);
        }
        if let Some(p) = self.pending.take() {
            self.fix_up(f, p)?;
        }
        // the instruction after this one (past any EXTENDED_ARG prefixes)
        let mut next = pc + 1;
        while f.code.code[next - 1].op == Op::EXTENDED_ARG as u8 {
            next += 1;
        }
        match op {
            Op::NOP | Op::RESUME | Op::JUMP_FORWARD => {}
            Op::LOAD_FAST => {
                let r = self.load_local(f, arg)?;
                self.push(r);
            }
            Op::STORE_FAST if self.inl.is_empty() && self.ty(self.peek(0)) == Ty::Obj => {
                self.set_slot(arg)?;
            }
            Op::STORE_FAST => {
                if self.inl.is_empty() && self.root_objs.contains_key(&arg) {
                    // a slot holding an object the trace assigned now gets a number
                    return Err(Abort::TypeUnstable);
                }
                let r = self.pop();
                self.st().cur.insert(arg, r);
            }
            Op::LOAD_CONST => {
                let r = self.constant(&f.code.consts[arg as usize])?;
                self.push(r);
            }
            Op::LOAD_GLOBAL => {
                let namei = (arg >> 1) as usize;
                let w = vm.jit_global(f, namei).ok_or(Abort::UnsupportedGlobal)?;
                // a number this code also assigns is read from its dict entry each time;
                // anything else is a constant while the watched words hold
                let stored_here = f
                    .code
                    .code
                    .iter()
                    .any(|u| u.op == Op::STORE_GLOBAL as u8 && u.arg as usize == namei);
                let var = stored_here && matches!(w.value, Value::Int(_) | Value::Float(_));
                self.watch(f, namei, &w, pc, var);
                self.trace.keep.extend(w.keep.iter().cloned());
                if arg & 1 != 0 {
                    let n = self.const_obj(Value::Null);
                    self.push(n);
                }
                let r = if var {
                    let ty = value_ty(&w.value).unwrap();
                    let ptr = self.emit(Opc::ConstInt, NO_REF, NO_REF, w.addr as i64, Ty::Int);
                    let zero = self.emit(Opc::ConstInt, NO_REF, NO_REF, 0, Ty::Int);
                    self.guard3(
                        Opc::LoadElem,
                        [ptr, zero, NO_REF],
                        crate::lower::tag_of(ty),
                        ty,
                        pc,
                    )
                } else {
                    self.constant(&w.value)?
                };
                self.push(r);
            }
            Op::STORE_GLOBAL => {
                // a number over a number, in an existing binding: a store into the dict entry
                let v = self.peek(0);
                let w = vm
                    .jit_global(f, arg as usize)
                    .ok_or(Abort::UnsupportedGlobal)?;
                if !w.in_globals
                    || !matches!(w.value, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                    || !matches!(self.ty(v), Ty::Int | Ty::Float | Ty::Bool)
                {
                    return Err(Abort::UnsupportedGlobal);
                }
                self.watch(f, arg as usize, &w, pc, true);
                self.trace.keep.extend(w.keep.iter().cloned());
                let ptr = self.emit(Opc::ConstInt, NO_REF, NO_REF, w.addr as i64, Ty::Int);
                let zero = self.emit(Opc::ConstInt, NO_REF, NO_REF, 0, Ty::Int);
                self.guard3(Opc::StoreElem, [ptr, zero, v], 0, Ty::Void, pc);
                self.pop();
            }
            Op::PUSH_NULL => {
                let n = self.const_obj(Value::Null);
                self.push(n);
            }
            Op::POP_TOP => {
                self.pop();
            }
            Op::COPY => {
                let r = self.peek(arg as usize - 1);
                self.push(r);
            }
            Op::SWAP => {
                let st = self.st();
                let n = st.stack.len();
                st.stack.swap(n - 1, n - arg as usize);
            }
            Op::BINARY_OP => self.binary_op(pc, arg)?,
            Op::COMPARE_OP => {
                let (a, b) = (self.peek(1), self.peek(0));
                let op = match (self.ty(a), self.ty(b)) {
                    (Ty::Int, Ty::Int) | (Ty::Bool, Ty::Int) | (Ty::Int, Ty::Bool) => Opc::CmpInt,
                    (Ty::Float, Ty::Float) => Opc::CmpFloat,
                    _ => return Err(Abort::UnsupportedType),
                };
                self.pop();
                self.pop();
                let r = self.emit(op, a, b, arg as i64, Ty::Bool);
                self.push(r);
            }
            Op::IS_OP => {
                let (a, b) = (self.peek(1), self.peek(0));
                let kinds_ok = [Self::seen(f, 1), Self::seen(f, 0)]
                    .iter()
                    .all(|v| matches!(v, Value::None | Value::Obj(_)));
                if !kinds_ok || self.ty(a) != Ty::Obj || self.ty(b) != Ty::Obj {
                    return Err(Abort::UnsupportedType);
                }
                let r = self.guard3(Opc::IsSame, [a, b, NO_REF], arg as i64, Ty::Bool, pc);
                self.pop();
                self.pop();
                self.push(r);
            }
            Op::UNARY_NEGATIVE => {
                let a = self.peek(0);
                let r = match self.ty(a) {
                    Ty::Int => self.guard(Opc::NegOv, a, NO_REF, Ty::Int, pc),
                    Ty::Float => self.emit(Opc::FNeg, a, NO_REF, 0, Ty::Float),
                    _ => return Err(Abort::UnsupportedType),
                };
                self.pop();
                self.push(r);
            }
            Op::UNARY_NOT => {
                let a = self.pop();
                let c = self.truth(a)?;
                let r = self.emit(Opc::Not, c, NO_REF, 0, Ty::Bool);
                self.push(r);
            }
            Op::POP_JUMP_FORWARD_IF_FALSE
            | Op::POP_JUMP_FORWARD_IF_TRUE
            | Op::POP_JUMP_BACKWARD_IF_FALSE
            | Op::POP_JUMP_BACKWARD_IF_TRUE => {
                let observed = match Self::seen(f, 0) {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    Value::Float(x) => *x != 0.0,
                    _ => return Err(Abort::UnsupportedType),
                };
                let a = self.peek(0);
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
            Op::JUMP_BACKWARD => return self.close(next - arg as usize),
            Op::FOR_ITER if seq_iter_next(Self::seen(f, 0)).is_some() => {
                // a list or tuple iterator: the next item, specialised on its type
                let it = self.peek(0);
                let ty = match seq_iter_next(Self::seen(f, 0)).unwrap() {
                    None => return Err(Abort::LoopExit),
                    // an object item is its address in the sequence (the `STORE_FAST` that
                    // follows clones it into its slot)
                    Some(v) => value_ty(&v).ok_or(Abort::UnsupportedType)?,
                };
                if self.ty(it) != Ty::Obj {
                    return Err(Abort::UnsupportedType);
                }
                let r = self.guard3(
                    Opc::SeqNext,
                    [it, NO_REF, NO_REF],
                    crate::lower::tag_of(ty),
                    ty,
                    pc,
                );
                self.push(r);
            }
            Op::FOR_ITER => {
                let it = self.peek(0);
                let top = Self::seen(f, 0);
                // SAFETY: `top` is an initialised value of the live frame's value stack.
                if self.ty(it) != Ty::Obj
                    || unsafe { pyjit_vm::interp::jit::pyjit_is_range_iter(top) } == 0
                {
                    return Err(Abort::UnsupportedType);
                }
                if !range_has_next(top) {
                    return Err(Abort::LoopExit);
                }
                if self.checked.insert((it, -1)) {
                    self.guard(Opc::GuardRangeIter, it, NO_REF, Ty::Void, pc);
                }
                let r = self.guard(Opc::RangeNext, it, NO_REF, Ty::Int, pc);
                self.push(r);
            }
            Op::BINARY_SUBSCR => {
                let (c, i) = (self.peek(1), self.peek(0));
                let (ptr, idx) = self.seq_index(f, pc, c, i, 1, 0)?;
                let item = match (Self::seen(f, 1), Self::seen(f, 0)) {
                    (Value::Obj(o), Value::Int(k)) => seq_item(o, *k),
                    _ => None,
                };
                let ty = match item.as_ref().and_then(value_ty) {
                    Some(t @ (Ty::Int | Ty::Float | Ty::Bool)) => t,
                    _ => return Err(Abort::UnsupportedType),
                };
                let r = self.guard3(
                    Opc::LoadElem,
                    [ptr, idx, NO_REF],
                    crate::lower::tag_of(ty),
                    ty,
                    pc,
                );
                self.pop();
                self.pop();
                self.push(r);
            }
            Op::STORE_SUBSCR => {
                // stack: value, container, index
                let (v, c, i) = (self.peek(2), self.peek(1), self.peek(0));
                if !matches!(self.ty(v), Ty::Int | Ty::Float | Ty::Bool) {
                    return Err(Abort::UnsupportedType);
                }
                let (ptr, idx) = self.seq_index(f, pc, c, i, 1, 0)?;
                let old = match (Self::seen(f, 1), Self::seen(f, 0)) {
                    (Value::Obj(o), Value::Int(k)) => seq_item(o, *k),
                    _ => None,
                };
                if !matches!(old, Some(Value::Int(_) | Value::Float(_) | Value::Bool(_))) {
                    return Err(Abort::UnsupportedType);
                }
                self.guard3(Opc::StoreElem, [ptr, idx, v], 0, Ty::Void, pc);
                self.pop();
                self.pop();
                self.pop();
            }
            Op::LOAD_ATTR => self.load_attr(f, pc, arg)?,
            Op::STORE_ATTR => self.store_attr(f, pc, arg)?,
            Op::LOAD_METHOD if is_instance(Self::seen(f, 0)) => self.load_method(f, pc, arg)?,
            Op::LOAD_METHOD => {
                let recv = self.peek(0);
                let is_list =
                    matches!(Self::seen(f, 0), Value::Obj(o) if matches!(&**o, PyObject::List(_)));
                if !is_list || self.ty(recv) != Ty::Obj {
                    return Err(Abort::UnsupportedType);
                }
                // the list check makes the method a constant of the list type
                self.seq(pc, recv, 0)?;
                self.pop();
                let placeholder = self.const_obj(Value::Null);
                self.push(placeholder);
                self.push(recv);
                self.pending = Some(Pending::Method { recv });
            }
            Op::CALL => return self.call(f, pc, next, arg).map(|()| Step::Continue),
            Op::RETURN_VALUE if !self.inl.is_empty() => {
                let r = self.pop();
                self.inl.pop();
                self.push(r);
            }
            Op::RETURN_VALUE | Op::RETURN_GENERATOR | Op::YIELD_VALUE | Op::CALL_FUNCTION_EX => {
                return Err(Abort::LeftFrame);
            }
            _ => return Err(Abort::UnsupportedOp),
        }
        Ok(Step::Continue)
    }

    fn fix_up(&mut self, f: &Frame, p: Pending) -> Result<(), Abort> {
        match p {
            Pending::Method { recv } => {
                // the interpreter pushed (method, receiver)
                let m = Self::seen(f, 1).clone();
                let Value::Obj(o) = &m else {
                    return Err(Abort::UnsupportedCall);
                };
                if !matches!(&**o, PyObject::Builtin(_)) {
                    return Err(Abort::UnsupportedCall);
                }
                let r = self.const_obj(m);
                let st = self.st();
                let n = st.stack.len();
                debug_assert_eq!(st.stack[n - 1], recv);
                st.stack[n - 2] = r;
            }
            Pending::Result { r } => {
                self.trace.insts[r.0 as usize].ty = match Self::seen(f, 0) {
                    Value::Int(_) => Ty::Int,
                    Value::Float(_) => Ty::Float,
                    Value::Bool(_) => Ty::Bool,
                    _ => return Err(Abort::UnsupportedType),
                };
            }
        }
        Ok(())
    }

    /// The `SeqPtr`/`SeqLen` of the list (`kind` 0) or tuple (1) `c`.
    fn seq(&mut self, pc: usize, c: Ref, kind: i64) -> Result<(Ref, Ref), Abort> {
        if let Some(&p) = self.seqs.get(&c) {
            return Ok(p);
        }
        let ptr = self.guard3(Opc::SeqPtr, [c, NO_REF, NO_REF], kind, Ty::Int, pc);
        let len = self.emit(Opc::SeqLen, ptr, NO_REF, 0, Ty::Int);
        self.seqs.insert(c, (ptr, len));
        Ok((ptr, len))
    }

    /// Items pointer and checked index for `c[i]` (`c` and `i` at stack depths `kc`, `ki`).
    fn seq_index(
        &mut self,
        f: &Frame,
        pc: usize,
        c: Ref,
        i: Ref,
        kc: usize,
        ki: usize,
    ) -> Result<(Ref, Ref), Abort> {
        let kind = match Self::seen(f, kc) {
            Value::Obj(o) if matches!(&**o, PyObject::List(_)) => 0,
            Value::Obj(o) if matches!(&**o, PyObject::Tuple(_)) => 1,
            _ => return Err(Abort::UnsupportedType),
        };
        let Value::Int(k) = Self::seen(f, ki) else {
            return Err(Abort::UnsupportedType);
        };
        if self.ty(c) != Ty::Obj || self.ty(i) != Ty::Int {
            return Err(Abort::UnsupportedType);
        }
        let (ptr, len) = self.seq(pc, c, kind)?;
        let idx = if *k < 0 {
            // specialised on a negative index: count from the end
            let zero = self.emit(Opc::ConstInt, NO_REF, NO_REF, 0, Ty::Int);
            let neg = self.emit(Opc::CmpInt, i, zero, 0, Ty::Bool);
            self.guard(Opc::GuardTrue, neg, NO_REF, Ty::Void, pc);
            self.guard(Opc::AddOv, i, len, Ty::Int, pc)
        } else {
            i
        };
        self.guard(Opc::GuardIndex, idx, len, Ty::Void, pc);
        Ok((ptr, idx))
    }

    /// `CALL n`: inline a Python function, call a pure builtin, or `list.append`.
    fn call(&mut self, f: &Frame, pc: usize, next: usize, n: u32) -> Result<(), Abort> {
        let n = n as usize;
        if f.kwnames.is_some() {
            return Err(Abort::UnsupportedCall);
        }
        let is_meth = !matches!(Self::seen(f, n + 1), Value::Null);
        let callable = if is_meth {
            Self::seen(f, n + 1)
        } else {
            Self::seen(f, n)
        };
        let Value::Obj(co) = callable else {
            return Err(Abort::UnsupportedCall);
        };
        let cref = self.peek(if is_meth { n + 1 } else { n });
        // the callable must be known: a constant (from a watched global) or checked
        let cref_is_const = self
            .const_of(cref)
            .is_some_and(|v| matches!(v, Value::Obj(o) if Rc::ptr_eq(o, co)));
        if !cref_is_const {
            if self.ty(cref) != Ty::Obj {
                return Err(Abort::UnsupportedCall);
            }
            let k = self.const_obj(callable.clone());
            let ki = self.trace.insts[k.0 as usize].imm;
            if self.checked.insert((cref, ki)) {
                self.guard3(Opc::GuardIs, [cref, NO_REF, NO_REF], ki, Ty::Void, pc);
            }
        }
        match &**co {
            PyObject::Function(func) => {
                let nargs = n + is_meth as usize;
                let code = &func.code;
                if !Vm::jit_exact_args(func, nargs)
                    || !code.cellvars.is_empty()
                    || !code.freevars.is_empty()
                    || code.flags & NOT_INLINED != 0
                {
                    return Err(Abort::UnsupportedCall);
                }
                if self.inl.len() >= self.max_inline {
                    return Err(Abort::InlineTooDeep);
                }
                let k = self.const_obj(callable.clone());
                let fi = self.trace.insts[k.0 as usize].imm as u32;
                let args: Vec<Ref> = (0..nargs).rev().map(|k| self.peek(k)).collect();
                let st = self.st();
                let len = st.stack.len();
                st.stack.truncate(len - n - 2);
                let mut cur = BTreeMap::new();
                for (i, r) in args.into_iter().enumerate() {
                    cur.insert(i as u32, r);
                }
                self.inl.push(Inl {
                    st: FState {
                        cur,
                        stack: Vec::new(),
                    },
                    func: fi,
                    code: code.clone(),
                    ret_pc: next as u32,
                });
                Ok(())
            }
            PyObject::Builtin(b) => {
                if is_meth && b.name == "append" && b.owner == "list" && n == 1 {
                    let (recv, v) = (self.peek(1), self.peek(0));
                    if !matches!(self.ty(v), Ty::Int | Ty::Float | Ty::Bool) {
                        return Err(Abort::UnsupportedType);
                    }
                    self.emit(Opc::ListAppend, recv, v, 0, Ty::Void);
                    // appending may move the items
                    self.seqs.clear();
                    for _ in 0..3 {
                        self.pop();
                    }
                    let none = self.const_obj(Value::None);
                    self.push(none);
                    return Ok(());
                }
                if is_meth || b.self_.is_some() || b.owner != "builtins" {
                    return Err(Abort::UnsupportedCall);
                }
                if b.name == "len" && n == 1 {
                    let a = self.peek(0);
                    let kind = match Self::seen(f, 0) {
                        Value::Obj(o) if matches!(&**o, PyObject::List(_)) => 0,
                        Value::Obj(o) if matches!(&**o, PyObject::Tuple(_)) => 1,
                        _ => return Err(Abort::UnsupportedType),
                    };
                    if self.ty(a) != Ty::Obj {
                        return Err(Abort::UnsupportedType);
                    }
                    let (_, len) = self.seq(pc, a, kind)?;
                    for _ in 0..3 {
                        self.pop();
                    }
                    self.push(len);
                    return Ok(());
                }
                if !PURE_BUILTINS.contains(&b.name) || !(1..=3).contains(&n) {
                    return Err(Abort::UnsupportedCall);
                }
                let args: Vec<Ref> = (0..n).rev().map(|k| self.peek(k)).collect();
                if args
                    .iter()
                    .any(|&a| !matches!(self.ty(a), Ty::Int | Ty::Float | Ty::Bool))
                {
                    return Err(Abort::UnsupportedType);
                }
                let ci = self.trace.insts[cref.0 as usize].imm;
                let ci = if cref_is_const {
                    ci
                } else {
                    let k = self.const_obj(callable.clone());
                    self.trace.insts[k.0 as usize].imm
                };
                let mut a3 = [NO_REF; 3];
                a3[..n].copy_from_slice(&args);
                // the result's type is known once the interpreter has made the call
                let r = self.guard3(Opc::CallPure, a3, ci, Ty::Void, pc);
                for _ in 0..n + 2 {
                    self.pop();
                }
                self.push(r);
                self.pending = Some(Pending::Result { r });
                Ok(())
            }
            _ => Err(Abort::UnsupportedCall),
        }
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
        let (a, b) = (self.peek(1), self.peek(0));
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
        self.pop();
        self.pop();
        self.push(r);
        Ok(())
    }

    /// A jump back to `target`: the loop closes if it is the header.
    fn close(&mut self, target: usize) -> Result<Step, Abort> {
        if target != self.trace.header as usize || !self.inl.is_empty() {
            return Err(if self.bridge {
                Abort::BridgeEnd
            } else {
                Abort::InnerLoop
            });
        }
        // the value stack must be the one the loop started with (a `for` loop's iterator)
        let nl = self.trace.nlocalsplus;
        if self.root.stack.len() != self.loop_depth as usize
            || (0..self.loop_depth)
                .any(|i| self.params.get(&(nl + i)) != Some(&self.root.stack[i as usize]))
        {
            return Err(Abort::StackMismatch);
        }
        let cur: Vec<(u32, Ref)> = self.root.cur.iter().map(|(&s, &r)| (s, r)).collect();
        for (slot, end) in cur {
            let ty = self.ty(end);
            if self.bridge {
                // a bridge ends by writing its values back; the loop re-reads them
                self.trace.carried.push((slot, NO_REF, end));
                continue;
            }
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
                if p != NO_REF && !s.entries.iter().any(|&(es, _)| es == slot) {
                    s.entries.push((slot, p));
                }
            }
            s.entries.sort_by_key(|&(slot, _)| slot);
        }
        Ok(Step::Closed)
    }
}

fn range_has_next(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match &**o {
        PyObject::Iter(st) => matches!(
            &*st.borrow(),
            pyjit_vm::objects::IterState::Range { stop, .. } if *stop > 0
        ),
        _ => false,
    }
}

/// Item `k` of a list or tuple (Python indexing, `None` out of range).
fn seq_item(o: &ObjRef, k: i64) -> Option<Value> {
    let get = |s: &[Value]| {
        let n = s.len() as i64;
        let i = if k < 0 { k + n } else { k };
        (0..n).contains(&i).then(|| s[i as usize].clone())
    };
    match &**o {
        PyObject::List(l) => get(&l.borrow()),
        PyObject::Tuple(t) => get(t),
        _ => None,
    }
}

/// For a list or tuple iterator: `Some(next item)` (`Some(None)` when exhausted); `None` for any
/// other value.
fn seq_iter_next(v: &Value) -> Option<Option<Value>> {
    let Value::Obj(o) = v else { return None };
    let PyObject::Iter(st) = &**o else {
        return None;
    };
    let st = st.try_borrow().ok()?;
    let pyjit_vm::objects::IterState::Seq { seq, index } = &*st else {
        return None;
    };
    match seq.as_obj()? {
        PyObject::List(l) => Some(l.borrow().get(*index).cloned()),
        PyObject::Tuple(t) => Some(t.get(*index).cloned()),
        _ => None,
    }
}
