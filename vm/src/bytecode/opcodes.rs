//! The opcode table: the single source of truth for every bytecode instruction.
//!
//! One row per instruction: name (CPython 3.11's where one exists), number, argument kind, and stack
//! effect without and with the jump taken. From this table come the `Op` enum, `Op::name`,
//! `Op::from_u8`, `Op::arg_kind`, `stack_effect` (used by the compiler's `max_stack` flow analysis),
//! the jump flags (used by the assembler and the disassembler) and the disassembler's argument
//! rendering.
//!
//! Encoding: an instruction is one 2-byte code unit `[opcode, arg]`; arguments wider than 8 bits
//! are built from `EXTENDED_ARG` prefixes, exactly as in CPython. Jump arguments are relative, in code
//! units, from the instruction *after* the jump (forward) or back from it (backward).
//!
//! `RETURN_GENERATOR` is given a stack effect of +1: it stands for the value `send` pushes when the
//! generator first resumes (popped by the `POP_TOP` that follows it), as `YIELD_VALUE`'s 0 stands
//! for the yielded value replaced by the sent one.

/// What an instruction's argument means (drives `dis` and the assembler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The argument is unused (always 0).
    None,
    /// A plain number (counts, flags).
    Num,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `(name index << 1) | push_null`.
    GlobalName,
    /// Index into `co_varnames` (fast locals).
    Local,
    /// Index into the cell+free variables (`co_cellvars + co_freevars`), offset by `co_nlocals`.
    Deref,
    /// Relative forward jump, in code units.
    JumpForward,
    /// Relative backward jump, in code units.
    JumpBackward,
    /// `BINARY_OP` operator (see `BinOpKind`).
    BinOp,
    /// `COMPARE_OP` operator (see `CmpOpKind`).
    CmpOp,
}

macro_rules! define_opcodes {
    ($( $name:ident = $num:literal, $kind:ident, |$a:ident| $eff:expr, $jeff:expr; )*) => {
        /// A bytecode instruction's opcode. The discriminants are the byte stored in `co_code`.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Op { $( $name = $num, )* }

        /// Every opcode, in table order.
        pub const ALL_OPS: &[Op] = &[ $( Op::$name, )* ];

        impl Op {
            /// CPython-style upper-case name, as `dis` prints it.
            pub const fn name(self) -> &'static str {
                match self { $( Op::$name => stringify!($name), )* }
            }
            /// Decode an opcode byte.
            #[inline]
            pub const fn from_u8(b: u8) -> Option<Op> {
                match b { $( $num => Some(Op::$name), )* _ => None }
            }
            /// How the argument is interpreted.
            pub const fn arg_kind(self) -> ArgKind {
                match self { $( Op::$name => ArgKind::$kind, )* }
            }
            /// Net stack effect; `jump` selects the effect when the branch is taken.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                match self {
                    $( Op::$name => { let $a = oparg as i32; if jump { $jeff } else { $eff } } )*
                }
            }
        }
    };
}

define_opcodes! {
    // name                     num  arg kind       effect (no jump)            effect (jump)
    CACHE                     = 0,   None,         |a| 0,                      0;
    POP_TOP                   = 1,   None,         |a| -1,                     -1;
    PUSH_NULL                 = 2,   None,         |a| 1,                      1;
    NOP                       = 9,   None,         |a| 0,                      0;
    UNARY_POSITIVE            = 10,  None,         |a| 0,                      0;
    UNARY_NEGATIVE            = 11,  None,         |a| 0,                      0;
    UNARY_NOT                 = 12,  None,         |a| 0,                      0;
    UNARY_INVERT              = 15,  None,         |a| 0,                      0;
    BINARY_SUBSCR             = 25,  None,         |a| -1,                     -1;
    GET_LEN                   = 30,  None,         |a| 1,                      1;
    PUSH_EXC_INFO             = 35,  None,         |a| 1,                      1;
    CHECK_EXC_MATCH           = 36,  None,         |a| 0,                      0;
    WITH_EXCEPT_START         = 49,  None,         |a| 1,                      1;
    BEFORE_WITH               = 53,  None,         |a| 1,                      1;
    STORE_SUBSCR              = 60,  None,         |a| -3,                     -3;
    DELETE_SUBSCR             = 61,  None,         |a| -2,                     -2;
    GET_ITER                  = 68,  None,         |a| 0,                      0;
    GET_YIELD_FROM_ITER       = 69,  None,         |a| 0,                      0;
    PRINT_EXPR                = 70,  None,         |a| -1,                     -1;
    LOAD_BUILD_CLASS          = 71,  None,         |a| 1,                      1;
    LOAD_ASSERTION_ERROR      = 74,  None,         |a| 1,                      1;
    LIST_TO_TUPLE             = 82,  None,         |a| 0,                      0;
    RETURN_VALUE              = 83,  None,         |a| -1,                     -1;
    RETURN_GENERATOR          = 75,  None,         |a| 1,                      1;
    YIELD_VALUE               = 86,  None,         |a| 0,                      0;
    IMPORT_STAR               = 84,  None,         |a| -1,                     -1;
    POP_EXCEPT                = 89,  None,         |a| -1,                     -1;
    STORE_NAME                = 90,  Name,         |a| -1,                     -1;
    DELETE_NAME               = 91,  Name,         |a| 0,                      0;
    UNPACK_SEQUENCE           = 92,  Num,          |a| a - 1,                  a - 1;
    FOR_ITER                  = 93,  JumpForward,  |a| 1,                      -1;
    UNPACK_EX                 = 94,  Num,          |a| (a & 0xff) + (a >> 8),  (a & 0xff) + (a >> 8);
    STORE_ATTR                = 95,  Name,         |a| -2,                     -2;
    DELETE_ATTR               = 96,  Name,         |a| -1,                     -1;
    STORE_GLOBAL              = 97,  Name,         |a| -1,                     -1;
    DELETE_GLOBAL             = 98,  Name,         |a| 0,                      0;
    SWAP                      = 99,  Num,          |a| 0,                      0;
    LOAD_CONST                = 100, Const,        |a| 1,                      1;
    LOAD_NAME                 = 101, Name,         |a| 1,                      1;
    BUILD_TUPLE               = 102, Num,          |a| 1 - a,                  1 - a;
    BUILD_LIST                = 103, Num,          |a| 1 - a,                  1 - a;
    BUILD_SET                 = 104, Num,          |a| 1 - a,                  1 - a;
    BUILD_MAP                 = 105, Num,          |a| 1 - 2 * a,              1 - 2 * a;
    LOAD_ATTR                 = 106, Name,         |a| 0,                      0;
    COMPARE_OP                = 107, CmpOp,        |a| -1,                     -1;
    IMPORT_NAME               = 108, Name,         |a| -1,                     -1;
    IMPORT_FROM               = 109, Name,         |a| 1,                      1;
    JUMP_FORWARD              = 110, JumpForward,  |a| 0,                      0;
    JUMP_IF_FALSE_OR_POP      = 111, JumpForward,  |a| -1,                     0;
    JUMP_IF_TRUE_OR_POP       = 112, JumpForward,  |a| -1,                     0;
    POP_JUMP_FORWARD_IF_FALSE = 114, JumpForward,  |a| -1,                     -1;
    POP_JUMP_FORWARD_IF_TRUE  = 115, JumpForward,  |a| -1,                     -1;
    LOAD_GLOBAL               = 116, GlobalName,   |a| 1 + (a & 1),            1 + (a & 1);
    IS_OP                     = 117, Num,          |a| -1,                     -1;
    CONTAINS_OP               = 118, Num,          |a| -1,                     -1;
    RERAISE                   = 119, Num,          |a| -1,                     -1;
    COPY                      = 120, Num,          |a| 1,                      1;
    BINARY_OP                 = 122, BinOp,        |a| -1,                     -1;
    SEND                      = 123, JumpForward,  |a| 0,                      -1;
    LOAD_FAST                 = 124, Local,        |a| 1,                      1;
    STORE_FAST                = 125, Local,        |a| -1,                     -1;
    DELETE_FAST               = 126, Local,        |a| 0,                      0;
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, JumpForward, |a| -1,                   -1;
    POP_JUMP_FORWARD_IF_NONE  = 129, JumpForward,  |a| -1,                     -1;
    RAISE_VARARGS             = 130, Num,          |a| -a,                     -a;
    MAKE_FUNCTION             = 132, Num,          |a| -((a & 0x0f).count_ones() as i32), -((a & 0x0f).count_ones() as i32);
    BUILD_SLICE               = 133, Num,          |a| 1 - a,                  1 - a;
    JUMP_BACKWARD_NO_INTERRUPT = 134, JumpBackward, |a| 0,                     0;
    MAKE_CELL                 = 135, Deref,        |a| 0,                      0;
    LOAD_CLOSURE              = 136, Deref,        |a| 1,                      1;
    LOAD_DEREF                = 137, Deref,        |a| 1,                      1;
    STORE_DEREF               = 138, Deref,        |a| -1,                     -1;
    DELETE_DEREF              = 139, Deref,        |a| 0,                      0;
    JUMP_BACKWARD             = 140, JumpBackward, |a| 0,                      0;
    CALL_FUNCTION_EX          = 142, Num,          |a| -2 - (a & 1),           -2 - (a & 1);
    EXTENDED_ARG              = 144, Num,          |a| 0,                      0;
    LIST_APPEND               = 145, Num,          |a| -1,                     -1;
    SET_ADD                   = 146, Num,          |a| -1,                     -1;
    MAP_ADD                   = 147, Num,          |a| -2,                     -2;
    LOAD_CLASSDEREF           = 148, Deref,        |a| 1,                      1;
    COPY_FREE_VARS            = 149, Num,          |a| 0,                      0;
    RESUME                    = 151, Num,          |a| 0,                      0;
    FORMAT_VALUE              = 155, Num,          |a| if a & 4 != 0 { -1 } else { 0 }, if a & 4 != 0 { -1 } else { 0 };
    BUILD_CONST_KEY_MAP       = 156, Num,          |a| -a,                     -a;
    BUILD_STRING              = 157, Num,          |a| 1 - a,                  1 - a;
    LOAD_METHOD               = 160, Name,         |a| 1,                      1;
    LIST_EXTEND               = 162, Num,          |a| -1,                     -1;
    SET_UPDATE                = 163, Num,          |a| -1,                     -1;
    DICT_MERGE                = 164, Num,          |a| -1,                     -1;
    DICT_UPDATE               = 165, Num,          |a| -1,                     -1;
    CALL                      = 171, Num,          |a| -(a + 1),               -(a + 1);
    KW_NAMES                  = 172, Const,        |a| 0,                      0;
    POP_JUMP_BACKWARD_IF_FALSE = 175, JumpBackward, |a| -1,                    -1;
    POP_JUMP_BACKWARD_IF_TRUE = 176, JumpBackward, |a| -1,                     -1;
}

impl Op {
    /// `Some(op)` if byte `b` is one of the four conditional `POP_JUMP_*_IF_FALSE/TRUE` opcodes
    /// (the ones `COMPARE_OP` fuses with); cheaper than `from_u8` on the hot path.
    #[inline(always)]
    pub fn jump_after_compare(b: u8) -> Option<Op> {
        const JUMPS: [Op; 4] = [
            Op::POP_JUMP_FORWARD_IF_FALSE,
            Op::POP_JUMP_FORWARD_IF_TRUE,
            Op::POP_JUMP_BACKWARD_IF_FALSE,
            Op::POP_JUMP_BACKWARD_IF_TRUE,
        ];
        JUMPS.into_iter().find(|&j| j as u8 == b)
    }

    /// True for instructions that may transfer control to their jump target.
    pub const fn is_jump(self) -> bool {
        matches!(
            self.arg_kind(),
            ArgKind::JumpForward | ArgKind::JumpBackward
        )
    }
    /// True for instructions after which control never falls through.
    pub const fn is_terminal(self) -> bool {
        matches!(
            self,
            Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::JUMP_BACKWARD_NO_INTERRUPT
                | Op::RETURN_VALUE
                | Op::RAISE_VARARGS
                | Op::RERAISE
        )
    }
}

macro_rules! define_binops {
    ($( $name:ident = $num:literal, $sym:literal, $dunder:literal; )*) => {
        /// `BINARY_OP` operators, numbered as in CPython 3.11 (in-place forms are +13).
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum BinOpKind { $( $name = $num, )* }
        impl BinOpKind {
            pub const fn from_u32(n: u32) -> Option<BinOpKind> {
                match n { $( $num => Some(BinOpKind::$name), )* _ => None }
            }
            /// The operator as written in source (`+`, `+=`), as `dis` and error messages show it.
            pub const fn symbol(self) -> &'static str {
                match self { $( BinOpKind::$name => $sym, )* }
            }
            /// The special method name (`__add__`, `__iadd__`).
            pub const fn dunder(self) -> &'static str {
                match self { $( BinOpKind::$name => $dunder, )* }
            }
        }
    };
}

define_binops! {
    Add = 0, "+", "__add__"; And = 1, "&", "__and__"; FloorDivide = 2, "//", "__floordiv__";
    Lshift = 3, "<<", "__lshift__"; MatrixMultiply = 4, "@", "__matmul__"; Multiply = 5, "*", "__mul__";
    Remainder = 6, "%", "__mod__"; Or = 7, "|", "__or__"; Power = 8, "**", "__pow__";
    Rshift = 9, ">>", "__rshift__"; Subtract = 10, "-", "__sub__"; TrueDivide = 11, "/", "__truediv__";
    Xor = 12, "^", "__xor__";
    InplaceAdd = 13, "+=", "__iadd__"; InplaceAnd = 14, "&=", "__iand__";
    InplaceFloorDivide = 15, "//=", "__ifloordiv__"; InplaceLshift = 16, "<<=", "__ilshift__";
    InplaceMatrixMultiply = 17, "@=", "__imatmul__"; InplaceMultiply = 18, "*=", "__imul__";
    InplaceRemainder = 19, "%=", "__imod__"; InplaceOr = 20, "|=", "__ior__";
    InplacePower = 21, "**=", "__ipow__"; InplaceRshift = 22, ">>=", "__irshift__";
    InplaceSubtract = 23, "-=", "__isub__"; InplaceTrueDivide = 24, "/=", "__itruediv__";
    InplaceXor = 25, "^=", "__ixor__";
}

impl BinOpKind {
    /// The non-in-place operator this one falls back to (`+=` -> `+`).
    pub fn base(self) -> BinOpKind {
        let n = self as u32;
        if n >= 13 {
            BinOpKind::from_u32(n - 13).unwrap()
        } else {
            self
        }
    }
    pub fn is_inplace(self) -> bool {
        (self as u32) >= 13
    }
}

/// `COMPARE_OP` operators, numbered as CPython's `Py_LT`..`Py_GE`.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOpKind {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOpKind {
    pub const fn from_u32(n: u32) -> Option<CmpOpKind> {
        Some(match n {
            0 => CmpOpKind::Lt,
            1 => CmpOpKind::Le,
            2 => CmpOpKind::Eq,
            3 => CmpOpKind::Ne,
            4 => CmpOpKind::Gt,
            5 => CmpOpKind::Ge,
            _ => return None,
        })
    }
    pub const fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The special method name (`__lt__`).
    pub const fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub const fn swapped(self) -> CmpOpKind {
        [
            CmpOpKind::Gt,
            CmpOpKind::Ge,
            CmpOpKind::Eq,
            CmpOpKind::Ne,
            CmpOpKind::Lt,
            CmpOpKind::Le,
        ][self as usize]
    }
}

/// `MAKE_FUNCTION` flag bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` flag bits: low two bits select the conversion, bit 2 says a spec is on the stack.
pub mod format_value {
    pub const CONV_MASK: u32 = 0x03;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAVE_SPEC: u32 = 0x04;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_round_trips() {
        for &op in ALL_OPS {
            assert_eq!(Op::from_u8(op as u8), Some(op), "{}", op.name());
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = ALL_OPS.iter().map(|o| o.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ALL_OPS.len());
    }

    #[test]
    fn binop_base() {
        assert_eq!(BinOpKind::InplaceAdd.base(), BinOpKind::Add);
        assert_eq!(BinOpKind::Xor.base(), BinOpKind::Xor);
        assert_eq!(BinOpKind::InplaceXor.symbol(), "^=");
    }
}
