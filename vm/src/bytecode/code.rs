//! Code objects: the compiled form of a module, function, lambda or comprehension body.
//!
//! Layout of the fields, hottest first (the eval loop reads `code`, `consts`, `names` per
//! instruction; the rest is read at call time or for introspection):
//!
//! - `code`: 2-byte code units `[opcode, arg]` (see `opcodes.rs`), exposed as `co_code`.
//! - `consts`, `names`: operand tables (`co_consts`, `co_names`).
//! - `varnames`, `cellvars`, `freevars`: the frame's `localsplus` layout is
//!   `[varnames..., cellvars..., freevars..., value stack...]`; `nlocalsplus()` is the first stack slot.
//! - `cell2arg[i]`: if cell variable `i` is also an argument, its argument index (the argument's value
//!   is moved into the new cell by `MAKE_CELL` at function start).
//! - `lines[i]`: the source line of code unit `i` (0 = none). `co_lines()`/`dis` derive line starts.
//! - `exception_table`: zero-cost exception handling (as CPython 3.11): for a raising instruction at
//!   unit `i`, the entry with `start <= i < end` gives the handler `target`, the value-stack `depth` to
//!   unwind to, and whether to push the offset of the raising instruction (`lasti`) before the
//!   exception.

use super::opcodes::Op;
use crate::value::Value;

#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeUnit {
    pub op: u8,
    pub arg: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// `co_flags` bits (CPython's values).
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
}

/// Inline cache of one global name (`LOAD_GLOBAL`), shared by every `LOAD_GLOBAL` of that name in
/// the code object: valid while the globals (and, for a builtin, the builtins) dict keeps the keys
/// version recorded here; `pos` is the entry position to read the value from.
#[derive(Clone, Copy, Default, Debug)]
pub struct GlobalCache {
    pub globals_kv: u64,
    pub builtins_kv: u64,
    pub pos: u32,
    pub in_builtins: bool,
}

pub struct CodeObject {
    pub code: Vec<CodeUnit>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub max_stack: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub lines: Vec<u32>,
    pub exception_table: Vec<ExceptionEntry>,
    /// One `LOAD_GLOBAL` cache per entry of `names`.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// One `LOAD_METHOD` cache per entry of `names`: (type object address, method found on it).
    /// Only methods of builtin types are cached; their dicts never change after start-up.
    pub method_cache: Box<[std::cell::RefCell<Option<(usize, Value)>>]>,
    /// `LOAD_ATTR`/`LOAD_METHOD` and `STORE_ATTR` inline caches for instances of user-defined
    /// classes, one per entry of `names` (see `ops/attrcache.rs`).
    pub attr_load_cache: Box<[crate::ops::attrcache::AttrCacheSlot]>,
    pub attr_store_cache: Box<[crate::ops::attrcache::AttrCacheSlot]>,
    /// The tracing JIT's per-loop-header counters and traces (empty unless the JIT runs).
    pub jit_loops: std::cell::RefCell<Vec<crate::interp::jit::LoopSlot>>,
}

impl CodeObject {
    /// Index of the first value-stack slot in a frame's `localsplus`.
    #[inline]
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Name of the deref slot `i` (cells first, then free variables).
    pub fn deref_name(&self, i: usize) -> &str {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }
    /// The source line of the instruction at code-unit index `i`.
    pub fn line_at(&self, i: usize) -> u32 {
        self.lines.get(i).copied().unwrap_or(self.firstlineno)
    }
    /// The handler for an exception raised at code-unit index `i`.
    pub fn handler_for(&self, i: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= i && i < e.end)
    }
    /// `co_code` as bytes.
    pub fn code_bytes(&self) -> Vec<u8> {
        self.code.iter().flat_map(|u| [u.op, u.arg]).collect()
    }
    /// Decode the instruction at unit `i`: (unit index of the opcode, op, full argument, next index).
    pub fn decode(&self, mut i: usize) -> (usize, Op, u32, usize) {
        let mut arg: u32 = 0;
        loop {
            let u = self.code[i];
            arg = (arg << 8) | u.arg as u32;
            let op = Op::from_u8(u.op).expect("valid opcode");
            if op == Op::EXTENDED_ARG {
                i += 1;
                continue;
            }
            return (i, op, arg, i + 1);
        }
    }
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// Total positional + keyword-only + `*args` + `**kwargs` parameter count.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + self.has_flag(flags::VARARGS) as u32
            + self.has_flag(flags::VARKEYWORDS) as u32) as usize
    }
}
