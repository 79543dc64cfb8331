//! Heap objects. Every heap object is a `PyObject` behind an `Rc` (the reference count of CPython's
//! object header); its Python type is derived from the variant (`types::type_of`), or stored in the
//! object where the variant can hold instances of several types (exceptions, type objects).
//!
//! Mutable containers use `RefCell`. Rule: no `RefCell` borrow is held across a call that can run
//! Python code or re-enter the VM (calls, `__eq__`, `__hash__`, `__repr__`); code clones what it needs
//! out of the borrow first. A violated rule is a panic (a bug), never undefined behaviour.

pub mod combinatoric;
pub mod dict;
pub mod exception;
pub mod format;
pub mod function;
pub mod fxhash;
pub mod hashtable;
pub mod instance;
pub mod mersenne;
pub mod pystr;
pub mod strmethods;
pub mod types;

pub use dict::Dict;
pub use exception::ExceptionObj;
pub use function::{BuiltinFunction, Function, NativeFn};
pub use pystr::PyStr;
pub use types::TypeObj;

use crate::bytecode::CodeObject;
use crate::value::Value;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub type ObjRef = Rc<PyObject>;

/// A set or frozenset: CPython-ordered table of keys.
pub type SetData = hashtable::SetTable<Value>;

/// Large variants are boxed so the common objects (str, int, list, tuple, range) stay small: the
/// size of this enum is the allocation size of every heap object (see `size_tests`).
pub enum PyObject {
    Str(PyStr),
    /// An int outside `i64` range (see `Value` invariants).
    Int(BigInt),
    Bytes(Box<[u8]>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(Box<RefCell<Dict>>),
    Set(Box<RefCell<SetData>>),
    FrozenSet(Box<SetData>),
    Range(RangeObj),
    /// A range beyond `i64` (see `builtins/bigrange.rs`).
    BigRange(Box<crate::builtins::bigrange::BigRange>),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Builtin(Box<BuiltinFunction>),
    /// A Python function bound to an instance (`obj.method`).
    Method {
        func: Value,
        self_: Value,
    },
    Code(Rc<CodeObject>),
    Type(Box<TypeObj>),
    Exception(Box<ExceptionObj>),
    Module(ModuleObj),
    Cell(RefCell<Value>),
    /// A generator: its suspended frame (None once finished) — see `interp/generator.rs`.
    Generator(Box<RefCell<GenState>>),
    Iter(Box<RefCell<IterState>>),
    Frame(Box<FrameObj>),
    File(Box<RefCell<FileObj>>),
    /// `dict.keys()` (kind 0), `.values()` (1), `.items()` (2).
    DictView {
        dict: ObjRef,
        kind: u8,
    },
    /// `sys.implementation`, `sys.float_info`-style attribute bags.
    Namespace(Box<RefCell<Dict>>),
    NotImplemented,
    Ellipsis,
    /// An instance of a user-defined class (or `object()`).
    Instance(Box<instance::Instance>),
    Property(Box<instance::Property>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<instance::Super>),
    /// The Mersenne Twister state of a `random.Random` (module `_random`).
    MtState(Box<RefCell<mersenne::Mt>>),
}

impl PyObject {
    /// A short internal name of the variant (debugging only; Python-visible names come from types).
    pub fn kind_name(&self) -> &'static str {
        match self {
            PyObject::Str(_) => "str",
            PyObject::Int(_) => "int",
            PyObject::Bytes(_) => "bytes",
            PyObject::Tuple(_) => "tuple",
            PyObject::List(_) => "list",
            PyObject::Dict(_) => "dict",
            PyObject::Set(_) => "set",
            PyObject::FrozenSet(_) => "frozenset",
            PyObject::Range(_) | PyObject::BigRange(_) => "range",
            PyObject::Slice(_) => "slice",
            PyObject::Function(_) => "function",
            PyObject::Builtin(_) => "builtin_function_or_method",
            PyObject::Method { .. } => "method",
            PyObject::Code(_) => "code",
            PyObject::Type(_) => "type",
            PyObject::Exception(_) => "exception",
            PyObject::Module(_) => "module",
            PyObject::Cell(_) => "cell",
            PyObject::Generator(_) => "generator",
            PyObject::Iter(_) => "iterator",
            PyObject::Frame(_) => "frame",
            PyObject::File(_) => "file",
            PyObject::Namespace(_) => "namespace",
            PyObject::DictView { .. } => "dict_view",
            PyObject::NotImplemented => "NotImplementedType",
            PyObject::Ellipsis => "ellipsis",
            PyObject::Instance(_) => "instance",
            PyObject::Property(_) => "property",
            PyObject::StaticMethod(_) => "staticmethod",
            PyObject::ClassMethod(_) => "classmethod",
            PyObject::Super(_) => "super",
            PyObject::MtState(_) => "_random.state",
        }
    }
}

/// `range(start, stop, step)`; `step != 0`.
#[derive(Clone, Copy, Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let RangeObj { start, stop, step } = *self;
        let (lo, hi, st) = if step > 0 {
            (start, stop, step)
        } else {
            (stop, start, -step)
        };
        if lo >= hi {
            0
        } else {
            ((hi as i128 - lo as i128 - 1) / st as i128 + 1) as i64
        }
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct ModuleObj {
    pub name: String,
    pub dict: ObjRef,
}

/// The state of the builtin iterators (list, tuple, range, str, dict views, ...), one enum so that
/// `next()` dispatches on one match.
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        next: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
        step: num_bigint::BigInt,
    },
    Str {
        s: ObjRef,
        byte_pos: usize,
    },
    DictKeys {
        dict: ObjRef,
        pos: usize,
        len_at_start: usize,
        kv: u64,
    },
    DictValues {
        dict: ObjRef,
        pos: usize,
        len_at_start: usize,
        kv: u64,
    },
    DictItems {
        dict: ObjRef,
        pos: usize,
        len_at_start: usize,
        kv: u64,
    },
    Set {
        set: ObjRef,
        pos: usize,
        len_at_start: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    /// The sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError or StopIteration.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `itertools.permutations`, `combinations`, `combinations_with_replacement`, `product`.
    Combinatoric(Box<combinatoric::Combo>),
    Exhausted,
}

/// The state of a generator object.
pub struct GenState {
    /// `gi_code`.
    pub code: Rc<CodeObject>,
    /// The suspended frame; None when the generator has finished.
    pub frame: Option<Box<crate::interp::Frame>>,
    /// True while the generator's frame is executing (re-entering it is a ValueError).
    pub running: bool,
    /// The exception the generator is handling while suspended (its own `sys.exc_info()`).
    pub exc_info: crate::value::Value,
    pub name: String,
    pub qualname: String,
}

/// A frame as seen from Python (`sys._getframe()`, `inspect.currentframe()`): a snapshot taken when
/// the object was requested, linked to its caller's snapshot.
pub struct FrameObj {
    pub code: Rc<CodeObject>,
    pub globals: ObjRef,
    pub locals: ObjRef,
    pub lineno: u32,
    pub lasti: u32,
    pub back: Option<ObjRef>,
    /// The live frame this snapshot was taken from: its serial and index in `Vm::frames`.
    pub serial: u64,
    pub index: usize,
}

pub struct FileObj {
    pub name: String,
    pub mode: String,
    pub kind: FileKind,
    pub closed: bool,
}

pub enum FileKind {
    Stdout,
    Stderr,
    Stdin,
    /// Whole-file read buffer. In text mode `data` is UTF-8 with newlines already translated to
    /// `\n` (universal newlines), and `bad_utf8` records the first undecodable byte (byte, offset),
    /// reported as UnicodeDecodeError when the text is read.
    Read {
        data: Vec<u8>,
        pos: usize,
        binary: bool,
        bad_utf8: Option<(u8, usize)>,
    },
    Write {
        file: std::fs::File,
        binary: bool,
    },
}

/// A cached hash slot: `-1` means "not yet computed" (CPython's convention; -1 is never a hash).
pub type HashCache = Cell<i64>;

#[cfg(test)]
mod size_tests {
    #[test]
    fn heap_objects_stay_small() {
        assert!(
            std::mem::size_of::<super::PyObject>() <= 48,
            "{}",
            std::mem::size_of::<super::PyObject>()
        );
    }
}
