//! The interpreter: `Vm` (per-interpreter state), frames, the evaluation loop (`eval.rs`) and the
//! call protocol (`call.rs`).
//!
//! Python-to-Python calls do not recurse on the Rust stack: `CALL` pushes a new frame on
//! `Vm::frames` and the loop continues in it; `RETURN_VALUE` pops it. The Rust stack grows only when
//! Rust code calls back into Python (`Vm::call` from a builtin such as `sorted(key=...)`, `map`, or
//! from `repr`): each such re-entry runs a nested loop, counted in `Vm::depth` together with the
//! Python frames, so runaway recursion of either kind is a `RecursionError`.

pub mod call;
pub mod classes;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod jit;

pub use frame::Frame;

use crate::objects::types::{Types, as_type};
use crate::objects::{Dict, ExceptionObj, ObjRef, PyObject, PyStr};
use crate::value::Value;
use std::rc::Rc;

/// A raised Python exception (the exception instance, a `PyObject::Exception`).
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            PyObject::Exception(e) => write!(f, "PyErr({})", as_type(&e.typ).name),
            _ => write!(f, "PyErr(?)"),
        }
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// Rust stack reserved per nested (Rust-level) re-entry into the eval loop; see `Vm::enter`.
const RUST_STACK_RED_ZONE: usize = 256 * 1024;

pub struct Vm {
    pub types: Rc<Types>,
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The frame stack, innermost last.
    pub frames: Vec<Box<Frame>>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub exc_info: Value,
    pub recursion_limit: usize,
    /// Python frames plus Rust-level re-entries currently active.
    pub depth: usize,
    pub argv: Vec<String>,
    /// Recycled frames (box and `localsplus` buffer), so a call does not allocate.
    pub(crate) frame_pool: Vec<Box<Frame>>,
    pub dont_write_bytecode: bool,
    /// Containers whose repr is being computed (to print `[...]` for self-references).
    pub(crate) repr_active: Vec<usize>,
    frame_serial: u64,
    /// Set by `YIELD_VALUE` when the eval loop returns because a generator suspended.
    pub(crate) yielded: bool,
    /// Tuples that are CPython struct sequences (`sys.version_info`): (tuple address, type name,
    /// field names). They stay real tuples; only attribute access and repr consult this.
    pub(crate) struct_seqs: Vec<(usize, &'static str, &'static [&'static str])>,
    /// The tracing JIT's hooks (`None` under `--interp`); see `interp/jit.rs`.
    pub jit: Option<Box<dyn jit::JitHooks>>,
    /// Backward jumps that make a loop header hot.
    pub(crate) jit_threshold: i32,
    /// True while the JIT records a trace (the eval loop runs its recording variant).
    pub(crate) jit_recording: bool,
    /// The interned one-character strings of the ASCII range, by code (CPython keeps such a
    /// table for Latin-1): `s[i]` and `for ch in s` on ASCII text neither hash nor allocate.
    pub(crate) ascii_chars: Box<[Value]>,
}

impl Vm {
    pub fn new(argv: Vec<String>) -> Vm {
        let types = Rc::new(Types::new());
        let mut vm = Vm {
            types,
            builtins: Rc::new(PyObject::Dict(Default::default())),
            modules: Rc::new(PyObject::Dict(Default::default())),
            frames: Vec::new(),
            exc_info: Value::None,
            recursion_limit: 1000,
            depth: 0,
            argv,
            frame_pool: Vec::new(),
            repr_active: Vec::new(),
            frame_serial: 0,
            yielded: false,
            struct_seqs: Vec::new(),
            jit: None,
            jit_threshold: i32::MAX,
            jit_recording: false,
            ascii_chars: (0u8..128)
                .map(|b| Value::Obj(crate::objects::pystr::intern(&(b as char).to_string())))
                .collect(),
            dont_write_bytecode: std::env::var_os("PYTHONDONTWRITEBYTECODE")
                .is_some_and(|v| !v.is_empty()),
        };
        STACK_FLOOR.store(current_stack_floor(), std::sync::atomic::Ordering::Relaxed);
        crate::builtins::init(&mut vm);
        vm
    }

    /// Make `frame` the innermost frame.
    #[inline(always)]
    pub(crate) fn push_frame(&mut self, frame: Box<Frame>) {
        push_inline(&mut self.frames, frame);
    }

    pub(crate) fn next_serial(&mut self) -> u64 {
        self.frame_serial += 1;
        self.frame_serial
    }

    /// An interned `str` value.
    pub fn intern(&mut self, s: &str) -> Value {
        if s.len() <= 64 {
            return Value::Obj(crate::objects::pystr::intern(s));
        }
        Value::obj(PyObject::Str(PyStr::new(s)))
    }

    pub fn new_str(&self, s: impl Into<String>) -> Value {
        Value::obj(PyObject::Str(PyStr::new(s)))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::obj(PyObject::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::obj(PyObject::List(std::cell::RefCell::new(items)))
    }

    pub fn new_dict(&self, d: Dict) -> Value {
        Value::obj(PyObject::Dict(Box::new(std::cell::RefCell::new(d))))
    }

    // ---- exceptions ---------------------------------------------------------------------------

    /// A new exception instance of type `typ` with the given args.
    pub fn new_exception(&self, typ: &ObjRef, args: Vec<Value>) -> PyErr {
        PyErr(Rc::new(PyObject::Exception(Box::new(ExceptionObj::new(
            typ.clone(),
            self.new_tuple(args),
        )))))
    }

    pub fn new_exc_msg(&self, typ: &ObjRef, msg: impl Into<String>) -> PyErr {
        let m = self.new_str(msg);
        self.new_exception(typ, vec![m])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.index_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.overflow_error, msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.zero_division_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.runtime_error, msg)
    }
    pub fn not_implemented(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.not_implemented_error, msg)
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc_msg(&self.types.exc.attribute_error, msg)
    }
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_exc_msg(
            &self.types.exc.name_error,
            format!("name '{name}' is not defined"),
        );
        self.set_exc_attr(&e, "name", self.new_str(name));
        e
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.types.exc.key_error, vec![key])
    }
    pub fn stop_iteration(&self) -> PyErr {
        self.new_exception(&self.types.exc.stop_iteration, vec![])
    }
    pub fn recursion_error(&self) -> PyErr {
        self.new_exc_msg(
            &self.types.exc.recursion_error,
            "maximum recursion depth exceeded",
        )
    }

    /// Store an extra attribute on an exception instance.
    pub fn set_exc_attr(&self, e: &PyErr, name: &str, v: Value) {
        if let PyObject::Exception(x) = &*e.0 {
            let mut d = x.dict.borrow_mut();
            let dict = d.get_or_insert_with(|| Rc::new(PyObject::Dict(Default::default())));
            if let PyObject::Dict(dd) = &**dict {
                let k = PyStr::new(name);
                let h = k.hash();
                let _ = dd
                    .borrow_mut()
                    .insert(h, Value::obj(PyObject::Str(k)), v, |a, b| {
                        Ok::<bool, ()>(crate::objects::types::str_eq(a, b))
                    });
            }
        }
    }

    pub fn exc_type_of(&self, e: &PyErr) -> ObjRef {
        match &*e.0 {
            PyObject::Exception(x) => x.typ.clone(),
            _ => self.types.exc.base_exception.clone(),
        }
    }

    /// Does exception `e` match type `t` (an exception class)?
    pub fn exc_matches(&self, e: &PyErr, t: &ObjRef) -> bool {
        crate::objects::types::is_subtype(&self.exc_type_of(e), t)
    }

    /// Enter a Rust-level re-entry (a nested eval loop, `repr` of a container...): checks both the
    /// Python recursion limit and the real Rust stack, so deep recursion through Rust code raises
    /// RecursionError instead of overflowing the native stack.
    #[inline]
    pub fn enter(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit
            || stack_pointer() < STACK_FLOOR.load(std::sync::atomic::Ordering::Relaxed)
        {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        Ok(())
    }
    #[inline]
    pub fn leave(&mut self) {
        self.depth -= 1;
    }
}

/// The lowest native stack address Rust-level recursion may reach (set when a `Vm` is created), for
/// code that recurses without a `Vm` at hand (structural equality of nested containers).
pub static STACK_FLOOR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// An approximation of the current stack pointer.
#[inline(always)]
pub(crate) fn stack_pointer() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// The lowest stack address re-entries may use: the current thread's stack base plus a red zone.
fn current_stack_floor() -> usize {
    // The main thread's stack is at least 8 MiB on Linux (`ulimit -s`); pyjit runs the interpreter on
    // a thread it creates with a known stack size (see `main.rs`), recorded in PYJIT_STACK_SIZE.
    let size = crate::STACK_SIZE.load(std::sync::atomic::Ordering::Relaxed);
    stack_pointer().saturating_sub(size.saturating_sub(RUST_STACK_RED_ZONE))
}

/// `Vec::push`, inlined into the caller (the call path pushes frames on every Python call, and the
/// standard `push` is an out-of-line call there).
#[inline(always)]
pub(crate) fn push_inline<T>(v: &mut Vec<T>, x: T) {
    let n = v.len();
    if n == v.capacity() {
        v.reserve(1);
    }
    // SAFETY: `n < capacity` after the reserve, so slot `n` is allocated and uninitialised; it is
    // written before the length is raised to include it.
    unsafe {
        std::ptr::write(v.as_mut_ptr().add(n), x);
        v.set_len(n + 1);
    }
}
