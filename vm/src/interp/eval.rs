//! The evaluation loop: one `match` over opcodes, executing the innermost frame of `Vm::frames`.
//!
//! `eval` runs until the frame marked `entry` returns (or raises). Python calls push a frame and
//! continue in the same loop; returns pop it and push the result on the caller's stack.
//!
//! Exceptions: an instruction that fails produces a `PyErr`; the loop records a traceback entry for
//! the frame (unless the instruction was a re-raise), looks the failing instruction up in the frame's
//! exception table, and either jumps to the handler (value stack unwound to the recorded depth, the
//! exception pushed) or pops the frame and repeats in the caller.
//!
//! Invariant used by the `unsafe` blocks: `fp` points at the innermost frame, which is boxed and owned
//! by `self.frames`; it stays valid until the loop itself pops that frame (after which `fp` is
//! re-derived). Code called from the loop (builtins, nested loops) only pushes and pops frames above
//! it and never mutates a frame below the innermost one.

use super::{Frame, PyErr, PyResult, Vm};
use crate::bytecode::code::GlobalCache;
use crate::bytecode::opcodes::{BinOpKind, CmpOpKind, Op, format_value, make_function};
use crate::objects::exception::TbEntry;
use crate::objects::function::Args;
use crate::objects::types::{dict_get_str, str_eq};
use crate::objects::{Dict, PyObject, PyStr};
use crate::ops::compare::cmp_prim;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// What the loop does after an error: whether the failing instruction adds a traceback entry.
enum Raise {
    New(PyErr),
    Re(PyErr),
}

/// The current frame again, after an instruction's call into other code has returned.
macro_rules! cur_frame {
    ($fp:expr) => {
        // SAFETY: `fp` points at the innermost live frame (module invariant). The code the
        // instruction called has returned, so no other reference to this frame is live.
        unsafe { &mut *$fp }
    };
}

/// Pop the value stack.
///
/// SAFETY (of the `unsafe` inside): the assembler's flow analysis (`compile/assemble.rs`) proves
/// that no instruction pops below the frame's locals, and the eval loop only runs code objects built
/// by the compiler. The debug assertion re-checks it in debug builds.
macro_rules! pop {
    ($f:expr) => {{
        let v: &mut Vec<Value> = &mut $f.localsplus;
        debug_assert!(v.len() > $f.code.nlocalsplus(), "value stack underflow");
        // SAFETY: see the macro documentation.
        unsafe {
            let n = v.len() - 1;
            v.set_len(n);
            std::ptr::read(v.as_ptr().add(n))
        }
    }};
}

/// Push on the value stack.
///
/// SAFETY (of the `unsafe` inside): every frame's `localsplus` has capacity for `nlocalsplus +
/// max_stack` values (reserved when the frame is made), and `max_stack` is the maximum depth found
/// by the assembler's flow analysis, so a push never exceeds the capacity.
macro_rules! push {
    ($f:expr, $val:expr) => {{
        let val: Value = $val;
        let v: &mut Vec<Value> = &mut $f.localsplus;
        debug_assert!(v.len() < v.capacity(), "value stack overflow");
        // SAFETY: see the macro documentation.
        unsafe {
            let n = v.len();
            std::ptr::write(v.as_mut_ptr().add(n), val);
            v.set_len(n + 1);
        }
    }};
}
/// `localsplus[i]` for an index taken from the instruction stream: a local's slot
/// (`LOAD_FAST`/`STORE_FAST` arguments) or a stack position an instruction's stack effect covers.
///
/// SAFETY (of the `unsafe` inside): the compiler only emits local slot numbers below `nlocalsplus`,
/// and every frame's `localsplus` holds its `nlocalsplus` slots from creation to return; stack
/// positions are within the depth the assembler's flow analysis proved. Code objects come only from
/// the compiler (a `.pyc` loader must check the same bounds before building one). The debug
/// assertion re-checks it in debug builds.
macro_rules! slot {
    ($f:expr, $i:expr) => {{
        let i: usize = $i;
        debug_assert!(i < $f.localsplus.len(), "localsplus index out of range");
        // SAFETY: see the macro documentation.
        unsafe { $f.localsplus.get_unchecked(i) }
    }};
}

/// `slot!` as a mutable place (same SAFETY argument).
macro_rules! slot_mut {
    ($f:expr, $i:expr) => {{
        let i: usize = $i;
        debug_assert!(i < $f.localsplus.len(), "localsplus index out of range");
        // SAFETY: see `slot!`.
        unsafe { $f.localsplus.get_unchecked_mut(i) }
    }};
}

/// `co_consts[i]` for a `LOAD_CONST` argument.
///
/// SAFETY (of the `unsafe` inside): the compiler only emits indices of constants it added to the
/// code object's table (a `.pyc` loader must check them); re-checked in debug builds.
macro_rules! const_at {
    ($f:expr, $i:expr) => {{
        let i: usize = $i;
        debug_assert!(i < $f.code.consts.len(), "co_consts index out of range");
        // SAFETY: see the macro documentation.
        unsafe { $f.code.consts.get_unchecked(i) }
    }};
}

/// Pop and release values until the value stack is `$n` deep (inline: only objects need a drop).
macro_rules! drop_to {
    ($f:expr, $n:expr) => {{
        let n: usize = $n;
        while $f.localsplus.len() > n {
            if let Value::Obj(o) = pop!($f) {
                drop(o);
            }
        }
    }};
}

macro_rules! top {
    ($f:expr) => {
        $f.localsplus.last_mut().expect("value stack underflow")
    };
}

impl Vm {
    fn name_at(f: &Frame, i: u32) -> &str {
        f.code.names[i as usize].str_ref().unwrap().as_str()
    }

    /// Look a global up: the frame's globals, then builtins (cached per name, see `GlobalCache`).
    #[inline(always)]
    fn load_global_cached(&mut self, f: &Frame, namei: usize) -> PyResult<Value> {
        let PyObject::Dict(g) = &*f.globals else {
            unreachable!()
        };
        let c = f.code.global_cache[namei].get();
        // SAFETY: the shared reference lives only until the value is cloned below, and
        // nothing in between can run Python code or mutate the dict.
        if let Ok(gd) = unsafe { g.try_borrow_unguarded() }
            && c.globals_kv == gd.keys_version()
        {
            if !c.in_builtins {
                if let Some(v) = gd.value_at(c.pos as usize) {
                    return Ok(v.clone());
                }
            } else if let PyObject::Dict(b) = &*self.builtins
                // SAFETY: as for the globals above.
                && let Ok(bd) = unsafe { b.try_borrow_unguarded() }
                && c.builtins_kv == bd.keys_version()
                && let Some(v) = bd.value_at(c.pos as usize)
            {
                // a builtin (`len`, `range`): the globals still lack the name, the builtins
                // still have it where they had it
                return Ok(v.clone());
            }
        }
        self.load_global_slow(f, namei)
    }

    #[cold]
    #[inline(never)]
    fn load_global_slow(&mut self, f: &Frame, namei: usize) -> PyResult<Value> {
        let PyObject::Dict(g) = &*f.globals else {
            unreachable!()
        };
        let PyObject::Dict(b) = &*self.builtins else {
            unreachable!()
        };
        let cell = &f.code.global_cache[namei];
        let c = cell.get();
        {
            let gd = g.borrow();
            if c.globals_kv == gd.keys_version() {
                if !c.in_builtins {
                    if let Some(v) = gd.value_at(c.pos as usize) {
                        return Ok(v.clone());
                    }
                } else {
                    let bd = b.borrow();
                    if c.builtins_kv == bd.keys_version()
                        && let Some(v) = bd.value_at(c.pos as usize)
                    {
                        return Ok(v.clone());
                    }
                }
            }
        }
        let name_v = &f.code.names[namei];
        let s = name_v.str_ref().unwrap();
        let h = s.hash();
        let gd = g.borrow();
        if let Ok(Some(pos)) = gd.find_index(h, name_v, |a, b| Ok::<bool, ()>(str_eq(a, b))) {
            cell.set(GlobalCache {
                globals_kv: gd.keys_version(),
                builtins_kv: 0,
                pos: pos as u32,
                in_builtins: false,
            });
            return Ok(gd.value_at(pos).unwrap().clone());
        }
        let bd = b.borrow();
        if let Ok(Some(pos)) = bd.find_index(h, name_v, |a, b| Ok::<bool, ()>(str_eq(a, b))) {
            cell.set(GlobalCache {
                globals_kv: gd.keys_version(),
                builtins_kv: bd.keys_version(),
                pos: pos as u32,
                in_builtins: true,
            });
            return Ok(bd.value_at(pos).unwrap().clone());
        }
        Err(self.name_error(s.as_str()))
    }

    /// Store a global, in place when the cache says where the key is.
    #[inline]
    fn store_global_cached(f: &Frame, namei: usize, v: Value) {
        let PyObject::Dict(g) = &*f.globals else {
            unreachable!()
        };
        let cell = &f.code.global_cache[namei];
        let c = cell.get();
        let mut gd = g.borrow_mut();
        if !c.in_builtins && c.globals_kv == gd.keys_version() {
            let old = gd.set_value_at(c.pos as usize, v);
            drop(gd);
            drop(old);
            return;
        }
        let name = f.code.names[namei].clone();
        let h = name.str_ref().unwrap().hash();
        gd.insert(h, name.clone(), v, |a, b| Ok::<bool, ()>(str_eq(a, b)))
            .ok();
        if let Ok(Some(pos)) = gd.find_index(h, &name, |a, b| Ok::<bool, ()>(str_eq(a, b))) {
            cell.set(GlobalCache {
                globals_kv: gd.keys_version(),
                builtins_kv: 0,
                pos: pos as u32,
                in_builtins: false,
            });
        }
    }

    pub(crate) fn dict_of(o: &crate::objects::ObjRef) -> &RefCell<Dict> {
        match &**o {
            PyObject::Dict(d) => d,
            _ => unreachable!("namespace is a dict"),
        }
    }

    /// Run the innermost frame (which must be marked `entry`) to completion.
    pub(crate) fn eval(&mut self) -> PyResult<Value> {
        loop {
            let r = if self.jit_recording {
                self.eval_loop::<true>()
            } else {
                self.eval_loop::<false>()
            };
            match r {
                Ok(Some(v)) => return Ok(v),
                // switch between the normal and the recording loop (see `interp/jit.rs`)
                Ok(None) => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// The evaluation loop; `REC` is its JIT-recording variant, which reports every instruction
    /// to the recorder before running it and leaves out the superinstructions. Returns `None` to
    /// switch variants (the frames hold all the state, so the other variant just continues).
    fn eval_loop<const REC: bool>(&mut self) -> PyResult<Option<Value>> {
        let mut fp: *mut Frame = &mut **self.frames.last_mut().unwrap();
        // A taken backward jump: let the JIT count the loop, run its trace or start recording it.
        macro_rules! backedge {
            () => {
                if !REC && self.jit.is_some() {
                    match self.jit_backedge() {
                        super::jit::BackEdge::Continue => {
                            fp = &mut **self.frames.last_mut().unwrap();
                        }
                        super::jit::BackEdge::Record => return Ok(None),
                    }
                }
            };
        }
        // A bool that the conditional jump `jop` right after would pop (COMPARE_OP, IS_OP): take
        // or skip that jump now, without pushing the bool.
        macro_rules! fused_jump {
            ($f:expr, $jop:expr, $target:expr, $cond:expr) => {{
                $f.pc += 1;
                let jump_if = matches!(
                    $jop,
                    Op::POP_JUMP_FORWARD_IF_TRUE | Op::POP_JUMP_BACKWARD_IF_TRUE
                );
                if $cond == jump_if {
                    if matches!(
                        $jop,
                        Op::POP_JUMP_FORWARD_IF_FALSE | Op::POP_JUMP_FORWARD_IF_TRUE
                    ) {
                        $f.pc += $target as usize;
                    } else {
                        $f.pc -= $target as usize;
                        backedge!();
                    }
                }
            }};
        }
        loop {
            // SAFETY: see the module invariant: `fp` is the innermost, live, boxed frame.
            let f = cur_frame!(fp);
            let result: Result<(), Raise> = 'instr: {
                let pc = f.pc;
                debug_assert!(pc < f.code.code.len());
                // SAFETY: `pc` is a valid index: the assembler proves that control never runs past the
                // last instruction (every path ends in a return, raise or jump) and jumps and handlers
                // target instruction starts within the code.
                let unit = unsafe { *f.code.code.get_unchecked(pc) };
                let mut arg = unit.arg as u32;
                // SAFETY: code units only hold opcodes from the table: the compiler emits only `Op`
                // values and the `.pyc` loader validates every opcode byte before building a code object.
                let mut op: Op = unsafe { std::mem::transmute::<u8, Op>(unit.op) };
                f.pc = pc + 1;
                macro_rules! tryv {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'instr Err(Raise::New(e)),
                        }
                    };
                }
                // Runs once per instruction; again only after an EXTENDED_ARG prefix, which widens
                // the argument of the instruction that follows it (kept off the common path).
                'dispatch: loop {
                    if REC && op != Op::EXTENDED_ARG {
                        if !self.jit_recording {
                            f.pc = pc;
                            return Ok(None);
                        }
                        self.jit_record(pc, op, arg);
                    }
                    match op {
                        Op::EXTENDED_ARG => {
                            let u = f.code.code[f.pc];
                            f.pc += 1;
                            arg = (arg << 8) | u.arg as u32;
                            // SAFETY: as for the first opcode byte above.
                            op = unsafe { std::mem::transmute::<u8, Op>(u.op) };
                            continue 'dispatch;
                        }
                        Op::NOP | Op::RESUME | Op::CACHE => {}
                        Op::LOAD_FAST => {
                            let v = slot!(f, arg as usize).clone();
                            if let Value::Null = v {
                                let name = f.code.varnames[arg as usize].clone();
                                break 'instr Err(Raise::New(self.unbound_local(&name)));
                            }
                            push!(f, v);
                            // `LOAD_FAST; LOAD_CONST` (as in `n - 1`, `i < 10`) runs as one step,
                            // saving a dispatch (CPython's LOAD_FAST__LOAD_CONST superinstruction).
                            // LOAD_CONST cannot fail and nothing observes the frame in between.
                            // SAFETY: a LOAD_FAST is never the last instruction (control cannot fall
                            // off the end, see the `unit` fetch), so `pc` indexes a code unit.
                            let next = unsafe { *f.code.code.get_unchecked(f.pc) };
                            if !REC && next.op == Op::LOAD_CONST as u8 {
                                let c = const_at!(f, next.arg as usize);
                                // ... and `int +/- int constant` right after it, too (`n - 1`).
                                // SAFETY: LOAD_CONST is not a terminal instruction either.
                                let after = unsafe { *f.code.code.get_unchecked(f.pc + 1) };
                                if after.op == Op::BINARY_OP as u8
                                    && let (Value::Int(x), Value::Int(y)) = (top!(f), c)
                                    && let Some(r) = match after.arg {
                                        0 | 13 => x.checked_add(*y),
                                        10 | 23 => x.checked_sub(*y),
                                        _ => None,
                                    }
                                {
                                    *top!(f) = Value::Int(r);
                                    f.pc += 2;
                                } else {
                                    let c = c.clone();
                                    push!(f, c);
                                    f.pc += 1;
                                }
                            }
                        }
                        Op::STORE_FAST => {
                            let v = pop!(f);
                            *slot_mut!(f, arg as usize) = v;
                        }
                        Op::DELETE_FAST => {
                            if let Value::Null = f.localsplus[arg as usize] {
                                let name = f.code.varnames[arg as usize].clone();
                                break 'instr Err(Raise::New(self.unbound_local(&name)));
                            }
                            f.localsplus[arg as usize] = Value::Null;
                        }
                        Op::LOAD_CONST => {
                            let v = const_at!(f, arg as usize).clone();
                            push!(f, v);
                        }
                        Op::POP_TOP => {
                            pop!(f);
                        }
                        Op::PUSH_NULL => push!(f, Value::Null),
                        Op::COPY => {
                            let n = f.localsplus.len();
                            let v = f.localsplus[n - arg as usize].clone();
                            push!(f, v);
                        }
                        Op::SWAP => {
                            let n = f.localsplus.len();
                            f.localsplus.swap(n - 1, n - arg as usize);
                        }
                        Op::LOAD_GLOBAL => {
                            let v = tryv!(self.load_global_cached(f, (arg >> 1) as usize));
                            if arg & 1 != 0 {
                                push!(f, Value::Null);
                            }
                            push!(f, v);
                        }
                        Op::DELETE_GLOBAL => {
                            let name = f.code.names[arg as usize].clone();
                            let h = name.str_ref().unwrap().hash();
                            let r =
                                Self::dict_of(&f.globals)
                                    .borrow_mut()
                                    .remove(h, &name, |a, b| Ok::<bool, ()>(str_eq(a, b)));
                            if !matches!(r, Ok(Some(_))) {
                                break 'instr Err(Raise::New(
                                    self.name_error(name.str_ref().unwrap().as_str()),
                                ));
                            }
                        }
                        Op::LOAD_NAME
                            if f.locals.as_ref().is_none_or(|l| Rc::ptr_eq(l, &f.globals)) =>
                        {
                            // module level: the namespace is the globals, so the global cache applies
                            let v = tryv!(self.load_global_cached(f, arg as usize));
                            push!(f, v);
                        }
                        Op::LOAD_NAME => {
                            let name = f.code.names[arg as usize].clone();
                            let h = name.str_ref().unwrap().hash();
                            let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            let found = Self::dict_of(&ns)
                                .borrow()
                                .get(h, &name, |a, b| Ok::<bool, ()>(str_eq(a, b)))
                                .ok()
                                .flatten()
                                .cloned();
                            let v = match found {
                                Some(v) => v,
                                None => tryv!(self.load_global_cached(f, arg as usize)),
                            };
                            push!(f, v);
                        }
                        Op::STORE_GLOBAL => {
                            let v = pop!(f);
                            Self::store_global_cached(f, arg as usize, v);
                        }
                        Op::STORE_NAME
                            if f.locals.as_ref().is_none_or(|l| Rc::ptr_eq(l, &f.globals)) =>
                        {
                            let v = pop!(f);
                            Self::store_global_cached(f, arg as usize, v);
                        }
                        Op::STORE_NAME => {
                            let v = pop!(f);
                            let name = f.code.names[arg as usize].clone();
                            let h = name.str_ref().unwrap().hash();
                            let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            Self::dict_of(&ns)
                                .borrow_mut()
                                .insert(h, name, v, |a, b| Ok::<bool, ()>(str_eq(a, b)))
                                .ok();
                        }
                        Op::DELETE_NAME => {
                            let name = f.code.names[arg as usize].clone();
                            let h = name.str_ref().unwrap().hash();
                            let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            let r = Self::dict_of(&ns)
                                .borrow_mut()
                                .remove(h, &name, |a, b| Ok::<bool, ()>(str_eq(a, b)));
                            if !matches!(r, Ok(Some(_))) {
                                break 'instr Err(Raise::New(
                                    self.name_error(name.str_ref().unwrap().as_str()),
                                ));
                            }
                        }
                        Op::MAKE_CELL => {
                            let slot = f.code.nlocals() + arg as usize;
                            let init = match f.code.cell2arg[arg as usize] {
                                Some(a) => f.localsplus[a as usize].clone(),
                                None => Value::Null,
                            };
                            f.localsplus[slot] = Value::obj(PyObject::Cell(RefCell::new(init)));
                        }
                        Op::COPY_FREE_VARS => {
                            let base = f.code.nlocals() + f.code.cellvars.len();
                            if let Some(func) = &f.func
                                && let PyObject::Function(fun) = &**func
                                && let Some(cl) = &fun.closure
                            {
                                for (i, c) in cl.iter().enumerate().take(arg as usize) {
                                    f.localsplus[base + i] = Value::Obj(c.clone());
                                }
                            }
                        }
                        Op::LOAD_CLOSURE => {
                            let v = f.localsplus[f.code.nlocals() + arg as usize].clone();
                            push!(f, v);
                        }
                        Op::LOAD_DEREF => {
                            let slot = f.code.nlocals() + arg as usize;
                            let v = match &f.localsplus[slot] {
                                Value::Obj(c) => match &**c {
                                    PyObject::Cell(c) => c.borrow().clone(),
                                    _ => Value::Null,
                                },
                                _ => Value::Null,
                            };
                            if let Value::Null = v {
                                break 'instr Err(Raise::New(self.unbound_deref(f, arg as usize)));
                            }
                            push!(f, v);
                        }
                        Op::STORE_DEREF => {
                            let v = pop!(f);
                            let slot = f.code.nlocals() + arg as usize;
                            if let Value::Obj(c) = &f.localsplus[slot]
                                && let PyObject::Cell(c) = &**c
                            {
                                let old = c.replace(v);
                                drop(old);
                            }
                        }
                        Op::DELETE_DEREF => {
                            let slot = f.code.nlocals() + arg as usize;
                            let was = match &f.localsplus[slot] {
                                Value::Obj(c) => match &**c {
                                    PyObject::Cell(c) => c.replace(Value::Null),
                                    _ => Value::Null,
                                },
                                _ => Value::Null,
                            };
                            if let Value::Null = was {
                                break 'instr Err(Raise::New(self.unbound_deref(f, arg as usize)));
                            }
                        }
                        Op::BINARY_OP => {
                            // int/float fast path in place: the operands hold no references, so the
                            // result overwrites the left one and the right one is dropped by length.
                            let n = f.localsplus.len();
                            let r = match (slot!(f, n - 2), slot!(f, n - 1)) {
                                (Value::Int(x), Value::Int(y)) => match arg {
                                    0 | 13 => x.checked_add(*y).map(Value::Int),
                                    10 | 23 => x.checked_sub(*y).map(Value::Int),
                                    5 | 18 => x.checked_mul(*y).map(Value::Int),
                                    _ => None,
                                },
                                (Value::Float(x), Value::Float(y)) => match arg {
                                    0 | 13 => Some(Value::Float(x + y)),
                                    10 | 23 => Some(Value::Float(x - y)),
                                    5 | 18 => Some(Value::Float(x * y)),
                                    11 | 24 if *y != 0.0 => Some(Value::Float(x / y)),
                                    _ => None,
                                },
                                _ => None,
                            };
                            if let Some(r) = r {
                                // SAFETY: both operands are ints or floats (matched above): overwriting
                                // the left one and cutting the right one off by length drops nothing.
                                unsafe {
                                    std::ptr::write(f.localsplus.as_mut_ptr().add(n - 2), r);
                                    f.localsplus.set_len(n - 1);
                                }
                                break 'instr Ok(());
                            }
                            let b = pop!(f);
                            let a = pop!(f);
                            let r =
                                tryv!(self.binary_op(&a, &b, BinOpKind::from_u32(arg).unwrap()));
                            push!(f, r);
                        }
                        Op::COMPARE_OP => {
                            // Int/float compare followed by a conditional jump: decide the jump here
                            // without materialising the bool (CPython 3.11's COMPARE_OP_*_JUMP).
                            let n = f.localsplus.len();
                            let cond = match (slot!(f, n - 2), slot!(f, n - 1)) {
                                (Value::Int(x), Value::Int(y)) => Some(cmp_prim(x, y, arg)),
                                (Value::Float(x), Value::Float(y)) => Some(cmp_prim(x, y, arg)),
                                _ => None,
                            };
                            if !REC
                                && let Some(c) = cond
                                && let Some(next) = f.code.code.get(f.pc)
                                && let Some(
                                    jop @ (Op::POP_JUMP_FORWARD_IF_FALSE
                                    | Op::POP_JUMP_FORWARD_IF_TRUE
                                    | Op::POP_JUMP_BACKWARD_IF_FALSE
                                    | Op::POP_JUMP_BACKWARD_IF_TRUE),
                                ) = Op::jump_after_compare(next.op)
                            {
                                // SAFETY: the two operands are ints or floats (matched above), which hold
                                // no references: dropping them is just a length change.
                                unsafe { f.localsplus.set_len(n - 2) };
                                fused_jump!(f, jop, next.arg, c);
                                break 'instr Ok(());
                            }
                            let b = pop!(f);
                            let a = pop!(f);
                            let r = match (&a, &b) {
                                (Value::Int(x), Value::Int(y)) => Value::Bool(cmp_prim(x, y, arg)),
                                (Value::Float(x), Value::Float(y)) => {
                                    Value::Bool(cmp_prim(x, y, arg))
                                }
                                _ => tryv!(self.compare(&a, &b, CmpOpKind::from_u32(arg).unwrap())),
                            };
                            push!(f, r);
                        }
                        Op::IS_OP => {
                            let b = pop!(f);
                            let a = pop!(f);
                            let r = a.is(&b) != (arg == 1);
                            // `if x is None:` and co: decide the jump right here (CPython 3.11
                            // compiles these to POP_JUMP_IF_[NOT_]NONE).
                            // SAFETY: IS_OP is never the last instruction (see the fetch).
                            let next = unsafe { *f.code.code.get_unchecked(f.pc) };
                            if !REC && let Some(jop) = Op::jump_after_compare(next.op) {
                                fused_jump!(f, jop, next.arg, r);
                                break 'instr Ok(());
                            }
                            push!(f, Value::Bool(r));
                        }
                        Op::CONTAINS_OP => {
                            let b = pop!(f);
                            let a = pop!(f);
                            let r = tryv!(self.contains(&b, &a));
                            push!(f, Value::Bool(r != (arg == 1)));
                        }
                        Op::UNARY_NOT => {
                            let v = pop!(f);
                            let t = tryv!(self.is_true(&v));
                            push!(f, Value::Bool(!t));
                        }
                        Op::UNARY_NEGATIVE => {
                            let v = pop!(f);
                            let r = tryv!(self.unary_negative(&v));
                            push!(f, r);
                        }
                        Op::UNARY_POSITIVE => {
                            let v = pop!(f);
                            let r = tryv!(self.unary_positive(&v));
                            push!(f, r);
                        }
                        Op::UNARY_INVERT => {
                            let v = pop!(f);
                            let r = tryv!(self.unary_invert(&v));
                            push!(f, r);
                        }
                        Op::BINARY_SUBSCR => {
                            let i = pop!(f);
                            let o = pop!(f);
                            if let (Value::Obj(ob), Value::Int(k)) = (&o, &i)
                                && let PyObject::List(l) = &**ob
                            {
                                let l = l.borrow();
                                let n = l.len() as i64;
                                let k = if *k < 0 { k + n } else { *k };
                                if k >= 0 && k < n {
                                    let v = l[k as usize].clone();
                                    drop(l);
                                    push!(f, v);
                                    break 'instr Ok(());
                                }
                            }
                            let r = tryv!(self.getitem(&o, &i));
                            push!(f, r);
                        }
                        Op::STORE_SUBSCR => {
                            let i = pop!(f);
                            let o = pop!(f);
                            let v = pop!(f);
                            if let (Value::Obj(ob), Value::Int(k)) = (&o, &i)
                                && let PyObject::List(l) = &**ob
                            {
                                let mut l = l.borrow_mut();
                                let n = l.len() as i64;
                                let k = if *k < 0 { k + n } else { *k };
                                if k >= 0 && k < n {
                                    let old = std::mem::replace(&mut l[k as usize], v);
                                    drop(l);
                                    drop(old);
                                    break 'instr Ok(());
                                }
                                drop(l);
                            }
                            tryv!(self.setitem(&o, &i, v));
                        }
                        Op::DELETE_SUBSCR => {
                            let i = pop!(f);
                            let o = pop!(f);
                            tryv!(self.delitem(&o, &i));
                        }
                        Op::BUILD_SLICE => {
                            let step = if arg == 3 { pop!(f) } else { Value::None };
                            let stop = pop!(f);
                            let start = pop!(f);
                            push!(
                                f,
                                Value::obj(PyObject::Slice(Box::new([start, stop, step])))
                            );
                        }
                        Op::BUILD_TUPLE => {
                            let n = f.localsplus.len() - arg as usize;
                            let items: Vec<Value> = f.localsplus.drain(n..).collect();
                            push!(f, Value::obj(PyObject::Tuple(items.into_boxed_slice())));
                        }
                        Op::BUILD_LIST => {
                            let n = f.localsplus.len() - arg as usize;
                            let items: Vec<Value> = f.localsplus.drain(n..).collect();
                            push!(f, Value::obj(PyObject::List(RefCell::new(items))));
                        }
                        Op::BUILD_SET => {
                            let n = f.localsplus.len() - arg as usize;
                            let items: Vec<Value> = f.localsplus.drain(n..).collect();
                            let s = tryv!(crate::builtins::setops::new_set(self, items, false));
                            push!(f, s);
                        }
                        Op::BUILD_MAP => {
                            let n = f.localsplus.len() - 2 * arg as usize;
                            let items: Vec<Value> = f.localsplus.drain(n..).collect();
                            let mut d = Dict::new();
                            let mut it = items.into_iter();
                            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                let h = tryv!(self.hash(&k));
                                tryv!(crate::builtins::dicts::insert(self, &mut d, h, k, v));
                            }
                            push!(f, Value::obj(PyObject::Dict(Box::new(RefCell::new(d)))));
                        }
                        Op::BUILD_CONST_KEY_MAP => {
                            let keys = pop!(f);
                            let n = f.localsplus.len() - arg as usize;
                            let vals: Vec<Value> = f.localsplus.drain(n..).collect();
                            let mut d = Dict::new();
                            if let Some(PyObject::Tuple(ks)) = keys.as_obj() {
                                for (k, v) in ks.iter().zip(vals) {
                                    let h = tryv!(self.hash(k));
                                    tryv!(crate::builtins::dicts::insert(
                                        self,
                                        &mut d,
                                        h,
                                        k.clone(),
                                        v
                                    ));
                                }
                            }
                            push!(f, Value::obj(PyObject::Dict(Box::new(RefCell::new(d)))));
                        }
                        Op::BUILD_STRING => {
                            let n = f.localsplus.len() - arg as usize;
                            let mut s = String::new();
                            for v in f.localsplus.drain(n..) {
                                s.push_str(v.str_ref().map(|x| x.as_str()).unwrap_or(""));
                            }
                            push!(f, Value::obj(PyObject::Str(PyStr::new(s))));
                        }
                        Op::LIST_APPEND => {
                            let v = pop!(f);
                            let n = f.localsplus.len();
                            if let Some(PyObject::List(l)) = f.localsplus[n - arg as usize].as_obj()
                            {
                                l.borrow_mut().push(v);
                            }
                        }
                        Op::SET_ADD => {
                            let v = pop!(f);
                            let n = f.localsplus.len();
                            let s = f.localsplus[n - arg as usize].clone();
                            tryv!(crate::builtins::setops::set_add(self, &s, v));
                        }
                        Op::MAP_ADD => {
                            let v = pop!(f);
                            let k = pop!(f);
                            let n = f.localsplus.len();
                            let d = f.localsplus[n - arg as usize].clone();
                            let h = tryv!(self.hash(&k));
                            if let Some(PyObject::Dict(dd)) = d.as_obj() {
                                tryv!(crate::builtins::dicts::dict_insert_hashed(
                                    self, dd, h, k, v
                                ));
                            }
                        }
                        Op::LIST_EXTEND => {
                            let v = pop!(f);
                            let n = f.localsplus.len();
                            let l = f.localsplus[n - arg as usize].clone();
                            let items = match self.try_iter(&v) {
                                Ok(Some(_)) => tryv!(self.collect(&v)),
                                Ok(None) => {
                                    break 'instr Err(Raise::New(self.type_error(format!(
                                        "Value after * must be an iterable, not {}",
                                        self.type_name(&v)
                                    ))));
                                }
                                Err(e) => break 'instr Err(Raise::New(e)),
                            };
                            if let Some(PyObject::List(l)) = l.as_obj() {
                                l.borrow_mut().extend(items);
                            }
                        }
                        Op::SET_UPDATE => {
                            let v = pop!(f);
                            let n = f.localsplus.len();
                            let s = f.localsplus[n - arg as usize].clone();
                            tryv!(crate::builtins::setops::set_update(self, &s, &v));
                        }
                        Op::DICT_UPDATE | Op::DICT_MERGE => {
                            let v = pop!(f);
                            let n = f.localsplus.len();
                            let d = f.localsplus[n - arg as usize].clone();
                            // DICT_MERGE builds call keywords: the callable sits below the args tuple
                            let func = if op == Op::DICT_MERGE {
                                f.localsplus.get(n - arg as usize - 2).cloned()
                            } else {
                                None
                            };
                            tryv!(self.dict_merge(&d, &v, func.as_ref()));
                        }
                        Op::LIST_TO_TUPLE => {
                            let v = pop!(f);
                            let items = match v.as_obj() {
                                Some(PyObject::List(l)) => l.borrow().clone(),
                                _ => Vec::new(),
                            };
                            push!(f, self.new_tuple(items));
                        }
                        Op::UNPACK_SEQUENCE => {
                            let v = pop!(f);
                            if let Some(PyObject::Tuple(t)) = v.as_obj()
                                && t.len() == arg as usize
                            {
                                f.localsplus.extend(t.iter().rev().cloned());
                                break 'instr Ok(());
                            }
                            let items = tryv!(self.unpack(&v, arg as usize, None));
                            f.localsplus.extend(items.into_iter().rev());
                        }
                        Op::UNPACK_EX => {
                            let v = pop!(f);
                            let before = (arg & 0xff) as usize;
                            let after = (arg >> 8) as usize;
                            let items = tryv!(self.unpack(&v, before, Some(after)));
                            f.localsplus.extend(items.into_iter().rev());
                        }
                        Op::FORMAT_VALUE => {
                            let spec = if arg & format_value::HAVE_SPEC != 0 {
                                Some(pop!(f))
                            } else {
                                None
                            };
                            let v = pop!(f);
                            let v = match arg & format_value::CONV_MASK {
                                format_value::CONV_STR => tryv!(self.to_str_value(&v)),
                                format_value::CONV_REPR => {
                                    let s = tryv!(self.repr(&v));
                                    self.new_str(s)
                                }
                                format_value::CONV_ASCII => {
                                    let s = tryv!(self.repr(&v));
                                    self.new_str(crate::builtins::functions::ascii_escape(&s))
                                }
                                _ => v,
                            };
                            let spec_s = spec
                                .as_ref()
                                .and_then(|s| s.str_ref())
                                .map(|s| s.as_str().to_string())
                                .unwrap_or_default();
                            let r = if spec_s.is_empty() && v.str_ref().is_some() {
                                v
                            } else {
                                let s = tryv!(self.format(&v, &spec_s));
                                self.new_str(s)
                            };
                            push!(f, r);
                        }
                        Op::JUMP_FORWARD => f.pc += arg as usize,
                        Op::JUMP_BACKWARD => {
                            f.pc -= arg as usize;
                            backedge!();
                        }
                        Op::POP_JUMP_FORWARD_IF_FALSE | Op::POP_JUMP_BACKWARD_IF_FALSE => {
                            let v = pop!(f);
                            let t = match v {
                                Value::Bool(b) => b,
                                _ => tryv!(self.is_true(&v)),
                            };
                            if !t {
                                if op == Op::POP_JUMP_FORWARD_IF_FALSE {
                                    f.pc += arg as usize
                                } else {
                                    f.pc -= arg as usize;
                                    backedge!();
                                }
                            }
                        }
                        Op::POP_JUMP_FORWARD_IF_TRUE | Op::POP_JUMP_BACKWARD_IF_TRUE => {
                            let v = pop!(f);
                            let t = match v {
                                Value::Bool(b) => b,
                                _ => tryv!(self.is_true(&v)),
                            };
                            if t {
                                if op == Op::POP_JUMP_FORWARD_IF_TRUE {
                                    f.pc += arg as usize
                                } else {
                                    f.pc -= arg as usize;
                                    backedge!();
                                }
                            }
                        }
                        Op::POP_JUMP_FORWARD_IF_NONE => {
                            let v = pop!(f);
                            if v.is_none() {
                                f.pc += arg as usize;
                            }
                        }
                        Op::POP_JUMP_FORWARD_IF_NOT_NONE => {
                            let v = pop!(f);
                            if !v.is_none() {
                                f.pc += arg as usize;
                            }
                        }
                        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                            let v = top!(f).clone();
                            let t = tryv!(self.is_true(&v));
                            if t == (op == Op::JUMP_IF_TRUE_OR_POP) {
                                f.pc += arg as usize;
                            } else {
                                pop!(f);
                            }
                        }
                        Op::GET_ITER => {
                            let v = pop!(f);
                            let it = tryv!(self.get_iter(&v));
                            push!(f, it);
                        }
                        Op::FOR_ITER => {
                            // fast paths: range and list iterators
                            if let Value::Obj(o) = top!(f)
                                && let PyObject::Iter(cell) = &**o
                            {
                                let mut st = cell.borrow_mut();
                                match &mut *st {
                                    crate::objects::IterState::Range { next, stop, step } => {
                                        if *stop > 0 {
                                            let v = *next;
                                            *stop -= 1;
                                            *next = next.wrapping_add(*step);
                                            drop(st);
                                            push!(f, Value::Int(v));
                                        } else {
                                            drop(st);
                                            pop!(f);
                                            f.pc += arg as usize;
                                        }
                                        break 'instr Ok(());
                                    }
                                    crate::objects::IterState::Seq { seq, index } => {
                                        let item = match seq.as_obj() {
                                            Some(PyObject::List(l)) => {
                                                l.borrow().get(*index).cloned()
                                            }
                                            Some(PyObject::Tuple(t)) => t.get(*index).cloned(),
                                            _ => None,
                                        };
                                        if let Some(v) = item {
                                            *index += 1;
                                            drop(st);
                                            push!(f, v);
                                            break 'instr Ok(());
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            let it = top!(f).clone();
                            // `for a, b in zip(..)` / `enumerate(..)` / `d.items()`: FOR_ITER and
                            // the UNPACK_SEQUENCE after it in one step, without the tuple.
                            // SAFETY: FOR_ITER is never the last instruction (its loop body and
                            // exit follow it), so `pc` indexes a code unit.
                            let next = unsafe { *f.code.code.get_unchecked(f.pc) };
                            if !REC
                                && next.op == Op::UNPACK_SEQUENCE as u8
                                && let Some(r) =
                                    self.next_unpacked(&it, next.arg as usize, &mut f.localsplus)
                            {
                                if tryv!(r) {
                                    f.pc += 1;
                                } else {
                                    pop!(f);
                                    f.pc += arg as usize;
                                }
                                break 'instr Ok(());
                            }
                            match tryv!(self.next(&it)) {
                                Some(v) => push!(f, v),
                                None => {
                                    pop!(f);
                                    f.pc += arg as usize;
                                }
                            }
                        }
                        Op::LOAD_ATTR
                            if !matches!(
                                f.localsplus.last().and_then(|v| v.as_obj()),
                                Some(PyObject::Instance(_))
                            ) =>
                        {
                            let o = pop!(f);
                            let name = Self::name_at(f, arg).to_string();
                            let v = tryv!(self.getattr(&o, &name));
                            push!(f, v);
                        }
                        Op::LOAD_ATTR => {
                            // the name's last hit, inline (`attrcache::AttrFast`)
                            if let Some(v) = f.code.attr_load_cache[arg as usize].fast.load(top!(f))
                            {
                                *top!(f) = v;
                                break 'instr Ok(());
                            }
                            let o = pop!(f);
                            let code = f.code.clone();
                            let name = code.names[arg as usize].str_ref().unwrap().as_str();
                            let v =
                                self.load_attr_ic(&code.attr_load_cache[arg as usize], &o, name);
                            let f = cur_frame!(fp);
                            push!(f, tryv!(v));
                        }
                        Op::STORE_ATTR
                            if !matches!(
                                f.localsplus.last().and_then(|v| v.as_obj()),
                                Some(PyObject::Instance(_))
                            ) =>
                        {
                            let o = pop!(f);
                            let v = pop!(f);
                            let name = Self::name_at(f, arg).to_string();
                            tryv!(self.setattr(&o, &name, v));
                        }
                        Op::STORE_ATTR => {
                            let o = pop!(f);
                            let v = pop!(f);
                            let v = match f.code.attr_store_cache[arg as usize].fast.store(&o, v) {
                                Ok(()) => break 'instr Ok(()),
                                Err(v) => v,
                            };
                            let code = f.code.clone();
                            let name = code.names[arg as usize].str_ref().unwrap().as_str();
                            let r = self.store_attr_ic(
                                &code.attr_store_cache[arg as usize],
                                &o,
                                name,
                                v,
                            );
                            tryv!(r);
                        }
                        Op::DELETE_ATTR => {
                            let o = pop!(f);
                            let name = Self::name_at(f, arg).to_string();
                            tryv!(self.delattr(&o, &name));
                        }
                        Op::LOAD_METHOD => {
                            if let Some((a, b)) = f.code.attr_load_cache[arg as usize]
                                .fast
                                .load_method(top!(f))
                            {
                                *top!(f) = a;
                                push!(f, b);
                                break 'instr Ok(());
                            }
                            let o = pop!(f);
                            if let Value::Obj(oo) = &o
                                && let PyObject::Instance(_) = &**oo
                            {
                                let code = f.code.clone();
                                let name = code.names[arg as usize].str_ref().unwrap().as_str();
                                let cache = &code.attr_load_cache[arg as usize];
                                if let Some(r) = self.load_method_ic(cache, &o, name) {
                                    let (a, b) = tryv!(r);
                                    let f = cur_frame!(fp);
                                    push!(f, a);
                                    push!(f, b);
                                    break 'instr Ok(());
                                }
                            }
                            let tp = Rc::as_ptr(self.type_of_ref(&o)) as usize;
                            let cached = match &*f.code.method_cache[arg as usize].borrow() {
                                Some((p, m)) if *p == tp => Some(m.clone()),
                                _ => None,
                            };
                            if let Some(m) = cached {
                                push!(f, m);
                                push!(f, o);
                                break 'instr Ok(());
                            }
                            let name = Self::name_at(f, arg).to_string();
                            let (a, b) = tryv!(self.load_method(&o, &name));
                            // cache methods of builtin types (a method descriptor was returned unbound)
                            if let Some(PyObject::Builtin(_)) = a.as_obj()
                                && !matches!(o.as_obj(), Some(PyObject::Instance(_)))
                            {
                                *f.code.method_cache[arg as usize].borrow_mut() =
                                    Some((tp, a.clone()));
                            }
                            push!(f, a);
                            push!(f, b);
                        }
                        Op::KW_NAMES => {
                            f.kwnames = Some(f.code.consts[arg as usize].clone());
                        }
                        Op::CALL => {
                            let n = arg as usize;
                            let len = f.localsplus.len();
                            // Fast path: a positional call of a Python function whose parameters take
                            // the arguments one to one (CPython's CALL_PY_EXACT_ARGS).
                            if f.kwnames.is_none() && self.depth < self.recursion_limit {
                                let is_meth = !matches!(f.localsplus[len - n - 2], Value::Null);
                                let ci = len - n - 1 - is_meth as usize;
                                if let Value::Obj(co) = &f.localsplus[ci]
                                    && let PyObject::Function(func) = &**co
                                    && Self::exact_args(func, n + is_meth as usize)
                                {
                                    let Value::Obj(co) =
                                        std::mem::replace(&mut f.localsplus[ci], Value::Null)
                                    else {
                                        unreachable!()
                                    };
                                    let frame =
                                        self.frame_exact_args(co, &mut f.localsplus, ci + 1);
                                    // SAFETY: the arguments were moved out (the stack is `ci + 1` deep)
                                    // and slots `len - n - 2 ..= ci` hold `Null` only (PUSH_NULL's
                                    // marker and the emptied callable slot), which need no drop.
                                    unsafe { f.localsplus.set_len(len - n - 2) };
                                    self.depth += 1;
                                    self.push_frame(frame);
                                    fp = &mut **self.frames.last_mut().unwrap();
                                    break 'instr Ok(());
                                }
                                // a plain class whose `__init__` takes the arguments one to one:
                                // the instance is made here and `__init__` runs as a frame of this
                                // loop (CPython's CALL_ALLOC_AND_ENTER_INIT)
                                if !is_meth
                                    && let Value::Obj(co) = &f.localsplus[ci]
                                    && let Some((obj, init)) = self.init_inline(co, n)
                                {
                                    // the stack holds NULL, the class and the arguments: the
                                    // instance takes the class's slot, the NULL is dropped below
                                    f.localsplus[ci] = obj.clone();
                                    let frame = self.frame_exact_args(init, &mut f.localsplus, ci);
                                    // SAFETY: the instance and the arguments were moved out (the
                                    // stack is `ci` deep) and slot `len - n - 2` holds PUSH_NULL's
                                    // `Null`, which needs no drop.
                                    unsafe { f.localsplus.set_len(len - n - 2) };
                                    let mut frame = frame;
                                    frame.init = Some(obj);
                                    self.depth += 1;
                                    self.push_frame(frame);
                                    fp = &mut **self.frames.last_mut().unwrap();
                                    break 'instr Ok(());
                                }
                            }
                            let kwnames = f.kwnames.take();
                            let is_meth = !matches!(f.localsplus[len - n - 2], Value::Null);
                            let (callable, args_start) = if is_meth {
                                (f.localsplus[len - n - 2].clone(), len - n - 1)
                            } else {
                                (f.localsplus[len - n - 1].clone(), len - n)
                            };
                            let kw: &[Value] = match kwnames.as_ref().and_then(|k| k.as_obj()) {
                                Some(PyObject::Tuple(t)) => t,
                                _ => &[],
                            };
                            // Python function: push a frame and continue in it.
                            if let Value::Obj(co) = &callable
                                && let PyObject::Function(_) = &**co
                            {
                                if self.depth >= self.recursion_limit {
                                    break 'instr Err(Raise::New(self.recursion_error()));
                                }
                                let co = co.clone();
                                let frame = self.bind_args_from_stack(
                                    &co,
                                    &mut f.localsplus,
                                    args_start,
                                    kw,
                                );
                                drop_to!(f, len - n - 2);
                                let frame = tryv!(frame);
                                self.depth += 1;
                                self.push_frame(frame);
                                fp = &mut **self.frames.last_mut().unwrap();
                                break 'instr Ok(());
                            }
                            // SAFETY: the argument slice lives in this frame's `localsplus`, which nothing
                            // mutates until the call returns (module invariant).
                            let args: &[Value] =
                                unsafe { &*(&f.localsplus[args_start..] as *const [Value]) };
                            let r = match &callable {
                                Value::Obj(co) => match &**co {
                                    PyObject::Builtin(b) if b.self_.is_none() => {
                                        match &b.owner_type {
                                            // from LOAD_METHOD the first argument is an instance already
                                            Some(t) if !is_meth => {
                                                match self.check_descriptor_self(b, t, args, kw) {
                                                    Ok(()) => match Self::unwrap_self(args) {
                                                        Some(v) => (b.func)(
                                                            self,
                                                            Args {
                                                                args: &v,
                                                                kwnames: kw,
                                                            },
                                                        ),
                                                        None => (b.func)(
                                                            self,
                                                            Args { args, kwnames: kw },
                                                        ),
                                                    },
                                                    Err(e) => Err(e),
                                                }
                                            }
                                            _ => (b.func)(self, Args { args, kwnames: kw }),
                                        }
                                    }
                                    _ => self.call_kw(&callable, args, kw),
                                },
                                _ => self.call_kw(&callable, args, kw),
                            };
                            let f = cur_frame!(fp);
                            drop_to!(f, len - n - 2);
                            let r = tryv!(r);
                            push!(f, r);
                        }
                        Op::CALL_FUNCTION_EX => {
                            let kwargs = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                            let args = pop!(f);
                            let callable = pop!(f);
                            pop!(f); // NULL
                            let mut argv = match args.as_obj() {
                                Some(PyObject::Tuple(t)) => t.to_vec(),
                                _ => match self.try_iter(&args) {
                                    Ok(Some(_)) => tryv!(self.collect(&args)),
                                    Ok(None) => {
                                        break 'instr Err(Raise::New(self.type_error(format!(
                                            "{} argument after * must be an iterable, not {}",
                                            self.function_str(&callable),
                                            self.type_name(&args)
                                        ))));
                                    }
                                    Err(e) => break 'instr Err(Raise::New(e)),
                                },
                            };
                            let mut names = Vec::new();
                            if let Some(kw) = kwargs
                                && let Some(PyObject::Dict(d)) = kw.as_obj()
                            {
                                for e in d.borrow().iter() {
                                    if e.key.str_ref().is_none() {
                                        break 'instr Err(Raise::New(
                                            self.type_error("keywords must be strings"),
                                        ));
                                    }
                                    names.push(e.key.clone());
                                    argv.push(e.value.clone());
                                }
                            }
                            if let Value::Obj(co) = &callable
                                && let PyObject::Function(_) = &**co
                            {
                                if self.depth >= self.recursion_limit {
                                    break 'instr Err(Raise::New(self.recursion_error()));
                                }
                                let frame = tryv!(self.bind_args(co, &argv, &names));
                                self.depth += 1;
                                self.push_frame(frame);
                                fp = &mut **self.frames.last_mut().unwrap();
                                break 'instr Ok(());
                            }
                            let r = self.call_kw(&callable, &argv, &names);
                            let f = cur_frame!(fp);
                            let r = tryv!(r);
                            push!(f, r);
                        }
                        Op::MAKE_FUNCTION => {
                            let code_v = pop!(f);
                            let closure = if arg & make_function::CLOSURE != 0 {
                                let t = pop!(f);
                                match t.as_obj() {
                                    Some(PyObject::Tuple(items)) => Some(
                                        items
                                            .iter()
                                            .filter_map(|c| {
                                                if let Value::Obj(o) = c {
                                                    Some(o.clone())
                                                } else {
                                                    None
                                                }
                                            })
                                            .collect(),
                                    ),
                                    _ => None,
                                }
                            } else {
                                None
                            };
                            let kwdefaults = if arg & make_function::KWDEFAULTS != 0 {
                                pop!(f)
                            } else {
                                Value::None
                            };
                            let defaults = if arg & make_function::DEFAULTS != 0 {
                                pop!(f)
                            } else {
                                Value::None
                            };
                            let Some(PyObject::Code(code)) = code_v.as_obj() else {
                                unreachable!()
                            };
                            let func = self.make_function(
                                code.clone(),
                                f.globals.clone(),
                                defaults,
                                kwdefaults,
                                closure,
                            );
                            push!(f, func);
                        }
                        Op::RETURN_VALUE => {
                            let v = pop!(f);
                            let mut frame = self.frames.pop().unwrap();
                            self.depth -= 1;
                            let entry = frame.entry;
                            let init = frame.init.take();
                            self.recycle(frame);
                            if entry {
                                self.depth += 1; // run_frame's leave() balances the entry
                                return Ok(Some(v));
                            }
                            fp = &mut **self.frames.last_mut().unwrap();
                            // an inlined `__init__` returns the instance (CPython's check after it)
                            let v = match init {
                                None => v,
                                Some(obj) if v.is_none() => obj,
                                Some(_) => {
                                    break 'instr Err(Raise::New(self.type_error(format!(
                                        "__init__() should return None, not '{}'",
                                        self.type_name(&v)
                                    ))));
                                }
                            };
                            // SAFETY: re-derived from the new innermost frame.
                            push!(cur_frame!(fp), v);
                        }
                        Op::RAISE_VARARGS => {
                            let e = match arg {
                                0 => match &self.exc_info {
                                    Value::Obj(o) => break 'instr Err(Raise::Re(PyErr(o.clone()))),
                                    _ => self.runtime_error("No active exception to reraise"),
                                },
                                1 => {
                                    let exc = pop!(f);
                                    tryv!(self.make_raisable(&exc))
                                }
                                _ => {
                                    let cause = pop!(f);
                                    let exc = pop!(f);
                                    let e = tryv!(self.make_raisable(&exc));
                                    let cause = if cause.is_none() {
                                        Value::None
                                    } else {
                                        match self.make_raisable(&cause) {
                                            Ok(c) => Value::Obj(c.0),
                                            Err(_) => {
                                                break 'instr Err(Raise::New(self.type_error(
                                                "exception causes must derive from BaseException",
                                            )));
                                            }
                                        }
                                    };
                                    if let PyObject::Exception(x) = &*e.0 {
                                        *x.cause.borrow_mut() = cause;
                                        x.suppress_context.set(true);
                                    }
                                    e
                                }
                            };
                            break 'instr Err(Raise::New(e));
                        }
                        Op::RERAISE => {
                            // The saved `lasti` below the exception (arg != 0) only matters for line
                            // reporting, and this frame's traceback entry was recorded when the exception
                            // was first raised; the handler lookup must use this instruction's position.
                            let exc = pop!(f);
                            let Value::Obj(o) = exc else {
                                unreachable!("RERAISE of a non-exception")
                            };
                            break 'instr Err(Raise::Re(PyErr(o)));
                        }
                        Op::PUSH_EXC_INFO => {
                            let exc = pop!(f);
                            let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                            push!(f, prev);
                            push!(f, exc);
                        }
                        Op::POP_EXCEPT => {
                            let prev = pop!(f);
                            self.exc_info = prev;
                        }
                        Op::CHECK_EXC_MATCH => {
                            let t = pop!(f);
                            let exc = top!(f).clone();
                            let r = tryv!(self.exception_matches(&exc, &t));
                            push!(f, Value::Bool(r));
                        }
                        Op::BEFORE_WITH => {
                            let mgr = pop!(f);
                            let enter = match self.getattr(&mgr, "__enter__") {
                                Ok(e) => e,
                                Err(_) => {
                                    break 'instr Err(Raise::New(self.type_error(format!(
                                        "'{}' object does not support the context manager protocol",
                                        self.type_name(&mgr)
                                    ))));
                                }
                            };
                            let exit = match self.getattr(&mgr, "__exit__") {
                                Ok(e) => e,
                                Err(_) => {
                                    break 'instr Err(Raise::New(self.type_error(format!(
                                        "'{}' object does not support the context manager protocol (missed __exit__ method)",
                                        self.type_name(&mgr)
                                    ))));
                                }
                            };
                            push!(f, exit);
                            let r = self.call(&enter, &[]);
                            let f = cur_frame!(fp);
                            let r = tryv!(r);
                            push!(f, r);
                        }
                        Op::WITH_EXCEPT_START => {
                            // stack: [..., exit, lasti, prev_exc, exc] (after PUSH_EXC_INFO)
                            let n = f.localsplus.len();
                            let exc = f.localsplus[n - 1].clone();
                            let exit = f.localsplus[n - 4].clone();
                            let typ = match &exc {
                                Value::Obj(o) => match &**o {
                                    PyObject::Exception(e) => Value::Obj(e.typ.clone()),
                                    _ => Value::None,
                                },
                                _ => Value::None,
                            };
                            let r = self.call(&exit, &[typ, exc, Value::None]);
                            let f = cur_frame!(fp);
                            let r = tryv!(r);
                            push!(f, r);
                        }
                        Op::LOAD_ASSERTION_ERROR => {
                            push!(f, Value::Obj(self.types.exc.assertion_error.clone()));
                        }
                        Op::IMPORT_NAME => {
                            let fromlist = pop!(f);
                            let level = pop!(f);
                            let name = Self::name_at(f, arg).to_string();
                            let m = tryv!(crate::modules::import(self, &name, &fromlist, &level));
                            let f = cur_frame!(fp);
                            push!(f, m);
                        }
                        Op::IMPORT_FROM => {
                            let m = top!(f).clone();
                            let name = Self::name_at(f, arg).to_string();
                            let v = tryv!(crate::modules::import_from(self, &m, &name));
                            push!(f, v);
                        }
                        Op::IMPORT_STAR => {
                            let m = pop!(f);
                            let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            tryv!(crate::modules::import_star(self, &m, &ns));
                        }
                        Op::PRINT_EXPR => {
                            let v = pop!(f);
                            if !v.is_none() {
                                let s = tryv!(self.repr(&v));
                                crate::builtins::io::write_stdout(&format!("{s}\n"));
                            }
                        }
                        Op::RETURN_GENERATOR => {
                            // The call returns a generator holding this frame (suspended after this
                            // instruction); the caller receives it as if the frame had returned it.
                            let frame = self.frames.pop().unwrap();
                            self.depth -= 1;
                            let entry = frame.entry;
                            let g = self.make_generator(frame);
                            if entry {
                                self.depth += 1;
                                return Ok(Some(g));
                            }
                            fp = &mut **self.frames.last_mut().unwrap();
                            push!(cur_frame!(fp), g);
                        }
                        Op::YIELD_VALUE => {
                            // Suspend: the generator's resume (always an entry frame) takes the frame
                            // back from `Vm::frames`.
                            let v = pop!(f);
                            debug_assert!(f.entry, "generator frames run as entry frames");
                            self.yielded = true;
                            return Ok(Some(v));
                        }
                        Op::LOAD_BUILD_CLASS => {
                            let bc = crate::objects::types::dict_get_str(
                                &Self::dict_of(&self.builtins).borrow(),
                                "__build_class__",
                            );
                            match bc {
                                Some(v) => push!(f, v),
                                None => {
                                    break 'instr Err(Raise::New(self.new_exc_msg(
                                        &self.types.exc.name_error,
                                        "__build_class__ not found",
                                    )));
                                }
                            }
                        }
                        Op::LOAD_CLASSDEREF => {
                            // a class body reading an enclosing function's variable: the class
                            // namespace first, then the cell
                            let i = arg as usize;
                            let name = f.code.deref_name(i).to_string();
                            let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                            let found = crate::objects::types::dict_get_str(
                                &Self::dict_of(&ns).borrow(),
                                &name,
                            );
                            let v = match found {
                                Some(v) => v,
                                None => match &f.localsplus[f.code.nlocals() + i] {
                                    Value::Obj(c) => match &**c {
                                        PyObject::Cell(c) => c.borrow().clone(),
                                        _ => Value::Null,
                                    },
                                    _ => Value::Null,
                                },
                            };
                            if let Value::Null = v {
                                break 'instr Err(Raise::New(self.unbound_deref(f, i)));
                            }
                            push!(f, v);
                        }
                        Op::GET_YIELD_FROM_ITER => {
                            let v = pop!(f);
                            let it = match v.as_obj() {
                                Some(PyObject::Generator(_)) => v,
                                _ => tryv!(self.get_iter(&v)),
                            };
                            push!(f, it);
                        }
                        Op::SEND => {
                            let v = pop!(f);
                            let recv = f.localsplus.last().unwrap().clone();
                            let r = self.send_to(&recv, v);
                            let f = cur_frame!(fp);
                            match tryv!(r) {
                                super::generator::Resumed::Yielded(x) => push!(f, x),
                                super::generator::Resumed::Returned(x) => {
                                    pop!(f);
                                    push!(f, x);
                                    f.pc += arg as usize;
                                }
                            }
                        }
                        Op::JUMP_BACKWARD_NO_INTERRUPT => {
                            f.pc -= arg as usize;
                        }
                        Op::GET_LEN => {
                            break 'instr Err(Raise::New(self.not_implemented(format!(
                                "opcode {} is not supported yet",
                                op.name()
                            ))));
                        }
                    }
                    break 'dispatch;
                }
                Ok(())
            };
            if let Err(raise) = result {
                if REC && self.jit_recording {
                    self.jit_abort_recording("exception raised");
                }
                // Exception unwinding.
                let (err, add_tb) = match raise {
                    Raise::New(e) => (e, true),
                    Raise::Re(e) => (e, false),
                };
                if add_tb {
                    self.attach_context(&err);
                }
                if let Err(e) = self.unwind(err, add_tb) {
                    return Err(e);
                }
                fp = &mut **self.frames.last_mut().unwrap();
            }
        }
    }

    /// Unwind `err` from the innermost frame outwards: Ok when a handler in a frame above the entry
    /// frame takes it (that frame's stack and pc are set up for the handler), Err when the
    /// exception leaves the entry frame (which is popped). `add_tb` adds the innermost frame to
    /// the traceback (not for a re-raise); outer frames are always added.
    pub(crate) fn unwind(&mut self, err: PyErr, mut add_tb: bool) -> Result<(), PyErr> {
        loop {
            let f = &mut **self.frames.last_mut().unwrap();
            if add_tb && let PyObject::Exception(x) = &*err.0 {
                x.traceback.borrow_mut().push(TbEntry {
                    code: f.code.clone(),
                    lineno: f.lineno(),
                });
            }
            if let Some(h) = f.code.handler_for(f.lasti() as u32).copied() {
                f.localsplus
                    .truncate(f.code.nlocalsplus() + h.depth as usize);
                if h.lasti {
                    f.localsplus.push(Value::Int(f.lasti() as i64));
                }
                f.localsplus.push(Value::Obj(err.0.clone()));
                f.pc = h.target as usize;
                return Ok(());
            }
            let frame = self.frames.pop().unwrap();
            self.depth -= 1;
            let entry = frame.entry;
            self.recycle(frame);
            if entry {
                self.depth += 1;
                return Err(err);
            }
            add_tb = true;
        }
    }

    fn unbound_local(&self, name: &str) -> PyErr {
        let e = self.new_exc_msg(
            &self.types.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        );
        self.set_exc_attr(&e, "name", self.new_str(name));
        e
    }

    fn unbound_deref(&self, f: &Frame, i: usize) -> PyErr {
        let name = f.code.deref_name(i).to_string();
        if i < f.code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            self.new_exc_msg(
                &self.types.exc.name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// Set `__context__` of a newly raised exception to the exception being handled, if any.
    fn attach_context(&self, err: &PyErr) {
        if let Value::Obj(cur) = &self.exc_info
            && !Rc::ptr_eq(cur, &err.0)
            && let PyObject::Exception(x) = &*err.0
            && x.context.borrow().is_none()
        {
            // avoid creating a cycle: walk the context chain of `cur`
            let mut o = Some(cur.clone());
            while let Some(c) = o {
                if Rc::ptr_eq(&c, &err.0) {
                    return;
                }
                o = match &*c {
                    PyObject::Exception(y) => match &*y.context.borrow() {
                        Value::Obj(n) => Some(n.clone()),
                        _ => None,
                    },
                    _ => None,
                };
            }
            *x.context.borrow_mut() = Value::Obj(cur.clone());
        }
    }

    /// The exception instance to raise for `raise X`: an instance as is, a class instantiated.
    pub fn make_raisable(&mut self, v: &Value) -> PyResult<PyErr> {
        if let Value::Obj(o) = v {
            match &**o {
                PyObject::Exception(_) => return Ok(PyErr(o.clone())),
                PyObject::Type(t) if t.is_exception => {
                    let inst = self.call(v, &[])?;
                    if let Value::Obj(i) = inst
                        && let PyObject::Exception(_) = &*i
                    {
                        return Ok(PyErr(i));
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except T:` matching, where T is a class or a tuple of classes.
    fn exception_matches(&mut self, exc: &Value, t: &Value) -> PyResult<bool> {
        let Value::Obj(eo) = exc else {
            return Ok(false);
        };
        let PyObject::Exception(e) = &**eo else {
            return Ok(false);
        };
        match t.as_obj() {
            Some(PyObject::Type(tt)) if tt.is_exception => {
                let Value::Obj(to) = t else { unreachable!() };
                Ok(crate::objects::types::is_subtype(&e.typ, to))
            }
            Some(PyObject::Tuple(items)) => {
                for it in items.iter() {
                    if self.exception_matches(exc, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Unpack an iterable into exactly `n` values, or (with `after`) `n` + a list + `after` values.
    fn unpack(&mut self, v: &Value, n: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match v.as_obj() {
            Some(PyObject::Tuple(t)) => t.to_vec(),
            Some(PyObject::List(l)) => l.borrow().clone(),
            _ => {
                if self.try_iter(v)?.is_none() {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    )));
                }
                if after.is_none() {
                    // stop early on too many values, as CPython does
                    let it = self.get_iter(v)?;
                    let mut out = Vec::with_capacity(n);
                    while let Some(x) = self.next(&it)? {
                        if out.len() == n {
                            return Err(self
                                .value_error(format!("too many values to unpack (expected {n})")));
                        }
                        out.push(x);
                    }
                    out
                } else {
                    self.collect(v)?
                }
            }
        };
        match after {
            None => {
                if items.len() > n {
                    return Err(
                        self.value_error(format!("too many values to unpack (expected {n})"))
                    );
                }
                if items.len() < n {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(a) => {
                if items.len() < n + a {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + a,
                        items.len()
                    )));
                }
                let mut out = Vec::with_capacity(n + a + 1);
                out.extend_from_slice(&items[..n]);
                out.push(self.new_list(items[n..items.len() - a].to_vec()));
                out.extend_from_slice(&items[items.len() - a..]);
                Ok(out)
            }
        }
    }

    /// `{**v}` / `f(**v)`: merge a mapping into dict `d`. For a call (`func` given, DICT_MERGE),
    /// duplicate keywords are an error naming the function.
    fn dict_merge(&mut self, d: &Value, v: &Value, func: Option<&Value>) -> PyResult<()> {
        let Some(PyObject::Dict(target)) = d.as_obj() else {
            return Ok(());
        };
        let entries: Vec<(i64, Value, Value)> = match v.as_obj() {
            Some(PyObject::Dict(src)) => src
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                .collect(),
            _ => {
                return Err(match func {
                    Some(fv) => self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.function_str(fv),
                        self.type_name(v)
                    )),
                    None => {
                        self.type_error(format!("'{}' object is not a mapping", self.type_name(v)))
                    }
                });
            }
        };
        for (h, k, val) in entries {
            if let Some(fv) = func {
                if k.str_ref().is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                let exists = target
                    .borrow()
                    .get(h, &k, |a, b| Ok::<bool, ()>(str_eq(a, b)))
                    .ok()
                    .flatten()
                    .is_some();
                if exists {
                    let ks = k.str_ref().unwrap().as_str().to_string();
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{ks}'",
                        self.function_str(fv)
                    )));
                }
            }
            crate::builtins::dicts::dict_insert_hashed(self, target, h, k, val)?;
        }
        Ok(())
    }

    /// Run a module-level code object with the given globals (also the locals).
    pub fn run_code(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        globals: crate::objects::ObjRef,
    ) -> PyResult<Value> {
        let locals = globals.clone();
        self.run_code_with(code, globals, locals)
    }

    /// Run a module-level code object with separate globals and locals namespaces (`exec`, `eval`).
    pub fn run_code_with(
        &mut self,
        code: Rc<crate::bytecode::CodeObject>,
        globals: crate::objects::ObjRef,
        locals: crate::objects::ObjRef,
    ) -> PyResult<Value> {
        let mut buf = Vec::with_capacity(code.nlocalsplus() + code.max_stack as usize);
        buf.resize(code.nlocalsplus(), Value::Null);
        let frame = Box::new(Frame {
            code,
            pc: 0,
            localsplus: buf,
            globals,
            locals: Some(locals),
            func: None,
            kwnames: None,
            entry: true,
            init: None,
            serial: self.next_serial(),
        });
        self.run_frame(frame)
    }

    /// `dict_get_str` on the builtins dict.
    pub fn builtin(&self, name: &str) -> Option<Value> {
        match &*self.builtins {
            PyObject::Dict(d) => dict_get_str(&d.borrow(), name),
            _ => None,
        }
    }
}
