//! Interpreter frames.
//!
//! ```text
//!   Frame (#[repr(C)], hottest fields first)
//!   +-----------+------------------------------------------------------------+
//!   | code      | Rc<CodeObject> being executed                              |
//!   | pc        | index (code units) of the next instruction                 |
//!   | localsplus| [ locals | cells | free cells | value stack ... ]          |
//!   |           |   0 .. nlocals .. +ncells .. +nfree = nlocalsplus .. len   |
//!   | globals   | module dict                                                |
//!   | locals    | namespace dict for LOAD_NAME/STORE_NAME (module: = globals) |
//!   | func      | the function object (for closures and introspection)       |
//!   | kwnames   | keyword names set by KW_NAMES for the next CALL            |
//!   | entry     | true if the Rust caller waits for this frame's return      |
//!   | serial    | unique id, links frame objects to the live frame           |
//!   +-----------+------------------------------------------------------------+
//! ```
//!
//! `localsplus` is one `Vec` whose capacity is reserved for `nlocalsplus + max_stack` at creation, so
//! pushes never reallocate. An unbound local holds `Value::Null`. Frames are owned by `Vm::frames`
//! (boxed, so their address is stable while the eval loop holds a pointer to the innermost one).

use crate::bytecode::CodeObject;
use crate::objects::ObjRef;
use crate::value::Value;
use std::rc::Rc;

#[repr(C)]
pub struct Frame {
    pub code: Rc<CodeObject>,
    pub pc: usize,
    pub localsplus: Vec<Value>,
    pub globals: ObjRef,
    pub locals: Option<ObjRef>,
    pub func: Option<ObjRef>,
    pub kwnames: Option<Value>,
    pub entry: bool,
    /// For an `__init__` frame pushed by `CALL` of a class (`Vm::call_init_inline`): the new
    /// instance, which the call returns once `__init__` has returned None.
    pub init: Option<Value>,
    /// Unique per frame, so a frame object can tell whether its frame is still executing.
    pub serial: u64,
}

impl Frame {
    /// The instruction being executed (or that made the call this frame waits for): always the
    /// one before `pc`, since an instruction that raises or calls has not moved `pc` further.
    #[inline]
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }

    pub fn lineno(&self) -> u32 {
        self.code.line_at(self.lasti())
    }
}
