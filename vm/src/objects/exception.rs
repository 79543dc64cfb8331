//! Exception instances: the type, `args`, the traceback collected while unwinding, and the chaining
//! attributes (`__cause__`, `__context__`, `__suppress_context__`).

use super::ObjRef;
use crate::bytecode::CodeObject;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// One traceback entry: a frame the exception passed through and the line it was at.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<CodeObject>,
    pub lineno: u32,
}

pub struct ExceptionObj {
    pub typ: ObjRef,
    /// `args`, always a tuple.
    pub args: RefCell<Value>,
    /// Innermost frame last: entries are appended as the exception unwinds outwards, so printing goes
    /// in reverse (outermost first), as CPython's traceback does.
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Extra attributes (`name` of NameError, `value` of StopIteration, `code` of SystemExit, user
    /// attributes), created on demand.
    pub dict: RefCell<Option<ObjRef>>,
}

impl ExceptionObj {
    pub fn new(typ: ObjRef, args: Value) -> ExceptionObj {
        ExceptionObj {
            typ,
            args: RefCell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        }
    }
}
