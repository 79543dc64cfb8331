//! `Value`: the fixed-layout tagged word every Python value is held in.
//!
//! Layout (`#[repr(C, u64)]`, 16 bytes, documented for the JIT, which loads and stores values by offset):
//!
//! ```text
//!   offset 0: u64 tag  0 = None, 1 = Bool, 2 = Int, 3 = Float, 4 = Obj, 5 = Null
//!   offset 8: payload  Bool: u8 0/1; Int: i64; Float: f64 bits; Obj: pointer to the heap object
//! ```
//!
//! The tag is a whole word so that every payload, `Bool`'s too, starts at offset 8: copies are two
//! aligned words, which measurably avoids store-forwarding stalls in the eval loop (a `u8` tag put
//! `Bool`'s payload at offset 1).
//!
//! Invariants:
//! - `int` values that fit in an `i64` are always `Value::Int`; a heap `PyObject::Int` (big int) never
//!   holds a value in `i64` range (`Value::from_bigint` normalises). So equality of small ints never
//!   needs to look at the heap, and integer arithmetic in the interpreter never allocates unless it
//!   overflows.
//! - `float` values are always unboxed `Value::Float`.
//! - `Null` is never visible to Python code: it marks an unbound local slot and the NULL that
//!   `PUSH_NULL`/`LOAD_GLOBAL`/`LOAD_METHOD` leave below a callable (CPython's NULL stack entries).
//! - `Obj` holds one strong reference (an `Rc`), so cloning a `Value` is a refcount increment.

use crate::objects::{ObjRef, PyObject};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

#[repr(C, u64)]
#[derive(Default)]
pub enum Value {
    #[default]
    None = 0,
    Bool(bool) = 1,
    Int(i64) = 2,
    Float(f64) = 3,
    Obj(ObjRef) = 4,
    Null = 5,
}

/// Tag values as stored at offset 0 (for the JIT).
pub mod tag {
    pub const NONE: u8 = 0;
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const FLOAT: u8 = 3;
    pub const OBJ: u8 = 4;
    pub const NULL: u8 = 5;
}

impl Value {
    /// The payload word (an object's reference, an int, a float's bits), for JIT guards that
    /// compare it. Only meaningful for ints, floats and objects, whose payload fills the word.
    pub fn payload_word_for_jit(&self) -> u64 {
        match self {
            Value::Int(i) => *i as u64,
            Value::Float(x) => x.to_bits(),
            // SAFETY: `Value` is `#[repr(C, u64)]`: the payload starts at `PAYLOAD_OFFSET` and an
            // object's reference (a non-null pointer) fills the word.
            Value::Obj(_) => unsafe {
                *((self as *const Value as *const u8).add(PAYLOAD_OFFSET) as *const u64)
            },
            _ => 0,
        }
    }
}

/// Offset of the payload within a `Value` (for the JIT).
pub const PAYLOAD_OFFSET: usize = 8;

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Clone for Value {
    /// A whole-word copy: the derived clone copies each variant's payload at its own offset and
    /// width (`Bool` at byte 1), which costs store-forwarding stalls on the interpreter's hot path.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            return Value::Obj(o.clone());
        }
        // SAFETY: every variant other than `Obj` is plain data that owns nothing, so a bitwise copy
        // of the 16 bytes is a valid, independent value.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    #[inline]
    pub fn obj(o: PyObject) -> Value {
        Value::Obj(Rc::new(o))
    }

    /// Make an `int` from a big integer, normalising to `Value::Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(PyObject::Int(b)),
        }
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The heap object, if this is one.
    #[inline]
    pub fn as_objref(&self) -> Option<&crate::objects::ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_obj(&self) -> Option<&PyObject> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Identity (`is`): same tag and same payload bits; heap objects by address.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::Null, Value::Null) => true,
            _ => false,
        }
    }

    /// A stable identity number for `id()` (addresses for heap objects).
    pub fn identity(&self) -> usize {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::None => 0x1000,
            Value::Null => 0,
            Value::Bool(b) => 0x2000 + *b as usize,
            Value::Int(i) => 0x10_0000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Value::Float(f) => {
                0x20_0000_0000usize.wrapping_add((f.to_bits() as usize).wrapping_mul(32))
            }
        }
    }

    pub fn str_ref(&self) -> Option<&crate::objects::PyStr> {
        match self {
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "<{}>", o.kind_name()),
            Value::Null => write!(f, "<NULL>"),
        }
    }
}
