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
    Mod,          2,    false, true;    // Python %: exits on zero divisor
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
}

/// One IR instruction.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub op: Opc,
    pub a: Ref,
    pub b: Ref,
    pub imm: i64,
    pub ty: Ty,
    /// For guards: the index of the snapshot to resume from.
    pub snap: u32,
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
}

impl Trace {
    pub fn ty(&self, r: Ref) -> Ty {
        self.insts[r.0 as usize].ty
    }
}
