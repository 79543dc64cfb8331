//! Trace IR: a linear SSA list of instructions recorded from one loop iteration.
//!
//! ```text
//!   Param(slot)        the loop-carried value of a frame slot at the top of an iteration
//!   ...body...         arithmetic, comparisons, guards (each guard names a snapshot)
//!   (implicit jump)    back to the top with the body's final values of the written slots
//! ```
//!
//! Every instruction has a result type (`Ty`); `Ref(i)` names the result of instruction `i`. Guards
//! produce no value (or, for `RangeNext`, the iterated value) and leave the trace through their
//! snapshot's exit when their condition does not hold. The op table below is the single source of
//! truth for names, operand counts and properties.

use std::fmt;

/// A reference to an instruction's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref(pub u32);

impl fmt::Display for Ref {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "%{}", self.0)
    }
}

/// The type of a value in the trace (how it lives in a register and is tagged in a `Value`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    /// An object held by a frame slot the trace never writes; in compiled code, the address of
    /// that slot (helpers take `*const Value`).
    Obj,
    /// No value (guards).
    Void,
}

impl Ty {
    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::Obj => "obj",
            Ty::Void => "void",
        }
    }
}

macro_rules! ir_ops {
    ($( $name:ident, $args:literal, $pure:literal, $guard:literal; )*) => {
        /// IR opcodes. `args` operands; `pure` ops may be folded, CSE'd and removed when unused;
        /// `guard` ops carry a snapshot and exit the trace when their check fails.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opc { $( $name, )* }

        impl Opc {
            pub fn name(self) -> &'static str {
                match self { $( Opc::$name => stringify!($name), )* }
            }
            pub fn nargs(self) -> usize {
                match self { $( Opc::$name => $args, )* }
            }
            pub fn is_pure(self) -> bool {
                match self { $( Opc::$name => $pure, )* }
            }
            pub fn is_guard(self) -> bool {
                match self { $( Opc::$name => $guard, )* }
            }
        }
    };
}

ir_ops! {
    // name       args  pure   guard
    Nop,          0,    false, false;   // removed by an optimisation pass
    Param,        0,    false, false;   // imm = frame slot
    ConstInt,     0,    true,  false;   // imm = value
    ConstFloat,   0,    true,  false;   // imm = f64 bits
    ConstBool,    0,    true,  false;   // imm = 0/1
    AddOv,        2,    false, true;    // int + int, exits on overflow
    SubOv,        2,    false, true;
    MulOv,        2,    false, true;
    NegOv,        1,    false, true;
    FloorDiv,     2,    false, true;    // Python //: exits on zero divisor or MIN // -1
    Mod,          2,    false, true;    // Python %: exits on zero divisor (imm 1: the dividend is
                                        // known non-negative, see opt::sign)
    BitAnd,       2,    true,  false;
    BitOr,        2,    true,  false;
    BitXor,       2,    true,  false;
    FAdd,         2,    true,  false;
    FSub,         2,    true,  false;
    FMul,         2,    true,  false;
    FDiv,         2,    false, true;    // exits on a zero divisor
    FNeg,         1,    true,  false;
    IntToFloat,   1,    true,  false;
    CmpInt,       2,    true,  false;   // imm = CPython compare op (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)
    CmpFloat,     2,    true,  false;
    IntIsTrue,    1,    true,  false;   // int != 0
    FloatIsTrue,  1,    true,  false;
    Not,          1,    true,  false;
    GuardTrue,    1,    false, true;
    GuardFalse,   1,    false, true;
    RangeNext,    1,    false, true;    // next int of a range iterator; exits when exhausted
    SeqNext,      1,    false, true;    // next item of a list/tuple iterator; imm = the tag it must
                                        // have; exits (not advancing) when exhausted or another type
    // objects (an Obj value is the address of a `Value` the trace does not own: a frame slot it
    // never writes, or an entry of `Trace::consts`)
    ConstObj,     0,    true,  false;   // imm = index into Trace::consts
    GuardIs,      1,    false, true;    // a is the object consts[imm] (identity)
    GuardWatch,   0,    false, true;    // imm = index into Trace::watches: a word still holds its value
    GuardRangeIter, 1,  false, true;    // a is a range iterator
    SeqPtr,       1,    false, true;    // imm = kind (0 list, 1 tuple): address of a's items
    SeqLen,       1,    false, false;   // the length of the sequence whose SeqPtr is a
    GuardIndex,   2,    false, true;    // 0 <= a < b
    LoadElem,     2,    false, true;    // item b of the items at a; imm = the tag it must have
    StoreElem,    3,    false, true;    // item b of the items at a = c; exits if the old item is an object
    ListAppend,   2,    false, false;   // list a .append(b)
    IsSame,       2,    false, true;    // a is b (imm 1: is not) for objects and None; exits when
                                        // either is another kind of value
    SetSlot,      1,    false, false;   // slot imm of the loop's frame = a clone of object a (the old
                                        // value dropped after): the slot's address, an Obj
    GuardShape,   1,    false, true;    // a is a plain instance whose shape is Trace::shapes[imm]:
                                        // the address of its attribute values (items, as a list's)
    ElemRef,      1,    false, true;    // the address of item imm of the items at a, which must hold
                                        // an object (an Obj value borrowed from its container)
    CallPure,     3,    false, true;    // consts[imm](a[, b[, c]]): a pure builtin; exits (before the
                                        // call, which the interpreter repeats) unless the result has
                                        // the trace's type
}

impl Opc {
    /// Ops that may change what hoisted loads (`SeqPtr`, `SeqLen`, `GuardWatch`) read. (The
    /// builtins `CallPure` calls change nothing: they only see ints, floats and bools.)
    pub fn clobbers(self) -> bool {
        matches!(self, Opc::ListAppend)
    }

    /// Ops that may be hoisted out of the loop (to the trace's entry) when their operands are
    /// invariant and nothing in the loop clobbers what they read.
    pub fn hoistable(self) -> bool {
        matches!(
            self,
            Opc::ConstObj
                | Opc::GuardIs
                | Opc::GuardWatch
                | Opc::GuardRangeIter
                | Opc::SeqPtr
                | Opc::SeqLen
                | Opc::GuardShape
                | Opc::ElemRef
        )
    }
}

/// One IR instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub op: Opc,
    pub a: Ref,
    pub b: Ref,
    pub c: Ref,
    pub imm: i64,
    pub ty: Ty,
    /// For guards: the index of the snapshot to resume from.
    pub snap: u32,
    /// Hoisted to the trace's entry (computed once per entry, not per iteration); a failing
    /// hoisted guard leaves before the trace has changed anything.
    pub pre: bool,
}

impl Inst {
    /// The operands in use (`nargs` of them).
    pub fn args(&self) -> impl Iterator<Item = Ref> + '_ {
        [self.a, self.b, self.c]
            .into_iter()
            .take(self.op.nargs())
            .filter(|r| *r != NO_REF)
    }

    pub fn args_mut(&mut self) -> [&mut Ref; 3] {
        [&mut self.a, &mut self.b, &mut self.c]
    }

    /// Turn into a `Nop`.
    pub fn kill(&mut self) {
        self.op = Opc::Nop;
        self.a = NO_REF;
        self.b = NO_REF;
        self.c = NO_REF;
        self.snap = NO_SNAP;
        self.pre = false;
    }
}

pub const NO_REF: Ref = Ref(u32::MAX);
pub const NO_SNAP: u32 = u32::MAX;

/// A resume point: where the interpreter continues when a guard fails, and with what state.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// Code-unit index of the instruction to resume at (it is re-executed by the interpreter).
    pub pc: u32,
    /// Depth of the value stack (above the locals) at `pc`.
    pub stack_depth: u32,
    /// Frame slots (locals and stack, indexed within `localsplus`) to write, with their values.
    /// Slots not listed still hold what they held when the trace was entered.
    pub entries: Vec<(u32, Ref)>,
    /// The frames of inlined calls, outermost first (the innermost is where `pc` of the last one
    /// points). The root frame's `pc` is then the return point of the first call.
    pub inlined: Vec<SnapFrame>,
}

/// The state of one inlined call at a guard: the interpreter frame a failing guard creates.
#[derive(Clone, Debug, PartialEq)]
pub struct SnapFrame {
    /// `Trace::consts` index of the function object.
    pub func: u32,
    pub pc: u32,
    pub stack_depth: u32,
    pub nlocalsplus: u32,
    /// Slots of the new frame (locals, then stack at `nlocalsplus + i`) and their values; the
    /// others start unbound.
    pub entries: Vec<(u32, Ref)>,
    /// Where the exit writes this frame's values in the trace's scratch area (in `Value`s).
    pub scratch: u32,
}

impl Snapshot {
    /// Every value the snapshot refers to.
    pub fn refs(&self) -> impl Iterator<Item = Ref> + '_ {
        self.entries
            .iter()
            .chain(self.inlined.iter().flat_map(|f| f.entries.iter()))
            .map(|e| e.1)
    }

    pub fn refs_mut(&mut self) -> impl Iterator<Item = &mut Ref> + '_ {
        self.entries
            .iter_mut()
            .chain(self.inlined.iter_mut().flat_map(|f| f.entries.iter_mut()))
            .map(|e| &mut e.1)
    }
}

/// A word a guard watches: `*addr == expected` (a dictionary's key version, a global's value).
#[derive(Clone, Debug, PartialEq)]
pub struct Watch {
    pub addr: usize,
    pub expected: u64,
    /// What it watches, for dumps.
    pub what: String,
}

/// A recorded (and later optimised) trace of one loop.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub insts: Vec<Inst>,
    pub snaps: Vec<Snapshot>,
    /// The loop-carried slots: (slot, Param ref, the ref holding the slot's value at the end of
    /// the iteration).
    pub carried: Vec<(u32, Ref, Ref)>,
    /// Code-unit index of the loop header.
    pub header: u32,
    /// `nlocalsplus` of the code object.
    pub nlocalsplus: u32,
    /// Value-stack depth at the loop header.
    pub entry_depth: u32,
    /// A name for dumps: `function:line`.
    pub name: String,
    /// Objects the trace refers to (kept alive by it; `ConstObj` is the address of an entry).
    pub consts: Vec<pyjit_vm::value::Value>,
    /// Words the trace's `GuardWatch`es check.
    pub watches: Vec<Watch>,
    /// `Value`s of scratch space the exits of inlined frames need.
    pub scratch_len: u32,
    /// The dictionaries, lists and other objects whose memory `watches` point into, kept alive.
    pub keep: Vec<pyjit_vm::value::Value>,
    /// A side trace (bridge): it starts at a guard's exit and ends where the loop's trace
    /// starts, storing the slots it wrote (`carried` has no params then).
    pub bridge: bool,
    /// The globals dict of the recorded frame (its address; the dict is in `keep`): the trace's
    /// watches are on it, so the trace runs only in frames with the same globals.
    pub globals: usize,
    /// Slots whose value was a non-negative int when the recorder read it.
    pub seen_nonneg: Vec<u32>,
    /// Int params checked to be non-negative on entry (see `opt::sign`).
    pub nonneg_params: Vec<Ref>,
    /// The instance shapes `GuardShape`s compare with (kept alive, so their addresses stay
    /// unique).
    pub shapes: Vec<pyjit_vm::interp::jit::JitShape>,
}

impl Trace {
    pub fn ty(&self, r: Ref) -> Ty {
        self.insts[r.0 as usize].ty
    }

    /// The divisor of a `//` or `%` when it is a constant >= 1 (no exit, a multiply).
    pub fn const_divisor(&self, r: Ref) -> Option<i64> {
        let i = &self.insts[r.0 as usize];
        (i.op == Opc::ConstInt && i.imm >= 1).then_some(i.imm)
    }

    pub fn is_bridge(&self) -> bool {
        self.bridge
    }
}
