//! Type objects and the registry of builtin types.
//!
//! A `TypeObj` has a name, bases, an MRO (computed once at creation), a dict of attributes (methods
//! of builtin types are `Builtin` objects stored there), and a constructor. Every builtin type and the
//! builtin exception hierarchy is created once per interpreter in `Types::new`; `type_of` maps a value
//! to its type object.

use super::fxhash::FxHashMap;
use super::instance::Shape;
use super::{Dict, NativeFn, ObjRef, PyObject};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<ObjRef>,
    /// Method resolution order, starting with the type itself.
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<Dict>,
    /// Called for `T(...)`; receives the type as the first argument. Set once when builtins are
    /// installed.
    pub new: std::cell::Cell<Option<NativeFn>>,
    /// Instances are exceptions (the type derives from BaseException).
    pub is_exception: bool,
    /// What classes made by `class` statements (or `type(name, bases, ns)`) have besides.
    pub heap: Option<Box<HeapInfo>>,
    /// Attribute lookups along the MRO, cached until any class is modified (`cache_epoch`).
    cache: RefCell<FxHashMap<Box<str>, Option<Value>>>,
    cache_epoch: Cell<u64>,
}

/// The parts of a user-defined class that builtin types do not have.
pub struct HeapInfo {
    /// The metaclass (`type`, or a subclass of it).
    pub meta: ObjRef,
    /// The empty shape every new instance starts from (see `instance.rs`).
    pub root_shape: Rc<Shape>,
    /// `__slots__` of the class and its bases; None when instances have a `__dict__`.
    pub slots: Option<Vec<String>>,
    /// The builtin type whose values instances carry as `base` (`int` for `class C(int)`), or
    /// None for plain objects.
    pub layout: Option<ObjRef>,
}

thread_local! {
    /// Bumped whenever a class's dict changes after creation: every type's lookup cache is stale.
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// Invalidate every type's attribute-lookup cache (a class attribute was set or deleted).
pub fn types_modified() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

/// The current type epoch (inline caches compare it to know their entries are still valid).
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// The address of this thread's type epoch (a `u64`), which JIT traces watch: it stays valid
/// while the thread runs.
pub fn type_epoch_addr() -> usize {
    TYPE_EPOCH.with(|e| e.as_ptr() as usize)
}

impl TypeObj {
    /// Look a name up along the MRO (cached).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let epoch = type_epoch();
        if self.cache_epoch.get() != epoch {
            self.cache.borrow_mut().clear();
            self.cache_epoch.set(epoch);
        } else if let Some(v) = self.cache.borrow().get(name) {
            return v.clone();
        }
        let r = self.lookup_uncached(name);
        self.cache.borrow_mut().insert(name.into(), r.clone());
        r
    }

    /// The metaclass (`type` for builtin types).
    pub fn meta<'a>(&'a self, type_: &'a ObjRef) -> &'a ObjRef {
        match &self.heap {
            Some(h) => &h.meta,
            None => type_,
        }
    }

    /// Look a name up along the MRO, without the cache.
    pub fn lookup_uncached(&self, name: &str) -> Option<Value> {
        for t in self.mro.borrow().iter() {
            if let PyObject::Type(t) = &**t
                && let Some(v) = dict_get_str(&t.dict.borrow(), name)
            {
                return Some(v);
            }
        }
        None
    }
}

/// Lookup in a dict whose keys are all `str` (type and module dicts): no Python-level `__eq__` can run.
pub fn dict_get_str(d: &Dict, name: &str) -> Option<Value> {
    // interned probe: no allocation, cached hash, and usually an identity hit
    let probe = Value::Obj(crate::objects::pystr::intern(name));
    let h = probe.str_ref().unwrap().hash();
    d.get(h, &probe, |a, b| Ok::<bool, ()>(str_eq(a, b)))
        .ok()
        .flatten()
        .cloned()
}

/// Equality of two values known to be `str` (false when either is not).
pub fn str_eq(a: &Value, b: &Value) -> bool {
    match (a.str_ref(), b.str_ref()) {
        (Some(x), Some(y)) => x.as_str() == y.as_str(),
        _ => false,
    }
}

/// Create a type object with the given bases and compute its MRO (single-inheritance chain plus
/// C3 for multiple bases is done by the class machinery; builtin types have one base).
pub fn new_type(
    name: &str,
    module: &'static str,
    base: Option<&ObjRef>,
    new: Option<NativeFn>,
    is_exception: bool,
) -> ObjRef {
    let t = Rc::new(PyObject::Type(Box::new(TypeObj::new(
        name.to_string(),
        name.to_string(),
        module.to_string(),
        base.into_iter().cloned().collect(),
        Dict::new(),
        new,
        is_exception,
        None,
    ))));
    let mut mro = vec![t.clone()];
    if let Some(b) = base
        && let PyObject::Type(bt) = &**b
    {
        mro.extend(bt.mro.borrow().iter().cloned());
    }
    if let PyObject::Type(tt) = &*t {
        *tt.mro.borrow_mut() = mro;
    }
    t
}

impl TypeObj {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: String,
        qualname: String,
        module: String,
        bases: Vec<ObjRef>,
        dict: Dict,
        new: Option<NativeFn>,
        is_exception: bool,
        heap: Option<Box<HeapInfo>>,
    ) -> TypeObj {
        TypeObj {
            name,
            qualname,
            module,
            bases,
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(dict),
            new: Cell::new(new),
            is_exception,
            heap,
            cache: RefCell::new(FxHashMap::default()),
            cache_epoch: Cell::new(0),
        }
    }
}

pub fn as_type(o: &ObjRef) -> &TypeObj {
    match &**o {
        PyObject::Type(t) => t,
        _ => panic!("not a type object"),
    }
}

/// Is `sub` the same as or a subclass of `sup`?
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    match &**sub {
        PyObject::Type(t) => t.mro.borrow().iter().any(|m| Rc::ptr_eq(m, sup)),
        _ => false,
    }
}

macro_rules! builtin_types {
    ($( $field:ident : $name:literal ),* $(,)?) => {
        /// The builtin types, created once per interpreter.
        pub struct Types {
            pub object: ObjRef,
            $( pub $field: ObjRef, )*
            /// Builtin exception types by name (parents before children), and the common ones by field.
            pub exceptions: Vec<(&'static str, ObjRef)>,
            pub exc: ExcTypes,
        }
        impl Types {
            pub fn new() -> Types {
                let object = new_type("object", "builtins", None, None, false);
                let mut exceptions: Vec<(&'static str, ObjRef)> = Vec::new();
                for &(name, base) in EXCEPTION_HIERARCHY {
                    let base_t = if base.is_empty() {
                        object.clone()
                    } else {
                        exceptions.iter().find(|(n, _)| *n == base).unwrap().1.clone()
                    };
                    exceptions.push((name, new_type(name, "builtins", Some(&base_t), None, true)));
                }
                let exc = ExcTypes::from_list(&exceptions);
                let mut t = Types {
                    $( $field: new_type($name, "builtins", Some(&object), None, false), )*
                    object,
                    exceptions,
                    exc,
                };
                t.bool_ = new_type("bool", "builtins", Some(&t.int), None, false);
                let itertools = |name| new_type(name, "itertools", Some(&t.object), None, false);
                t.permutations = itertools("permutations");
                t.combinations = itertools("combinations");
                t.combinations_with_replacement = itertools("combinations_with_replacement");
                t.product = itertools("product");
                t.mt_state = new_type("MersenneTwister", "_random", Some(&t.object), None, false);
                t
            }
        }
    };
}

builtin_types! {
    type_: "type", int: "int", bool_: "bool", float: "float", str_: "str", bytes: "bytes",
    list: "list", tuple: "tuple", dict: "dict", set: "set", frozenset: "frozenset",
    range: "range", slice: "slice", function: "function",
    builtin_function: "builtin_function_or_method", method: "method", code: "code",
    module: "module", cell: "cell", generator: "generator", none: "NoneType", not_implemented: "NotImplementedType",
    ellipsis: "ellipsis", frame: "frame", text_io: "TextIOWrapper",
    list_iterator: "list_iterator", tuple_iterator: "tuple_iterator",
    range_iterator: "range_iterator", longrange_iterator: "longrange_iterator", str_iterator: "str_ascii_iterator",
    dict_keyiterator: "dict_keyiterator", dict_valueiterator: "dict_valueiterator",
    dict_itemiterator: "dict_itemiterator", set_iterator: "set_iterator",
    enumerate: "enumerate", zip: "zip", map: "map", filter: "filter",
    reversed: "reversed", list_reverseiterator: "list_reverseiterator", callable_iterator: "callable_iterator",
    namespace: "SimpleNamespace", dict_keys: "dict_keys", dict_values: "dict_values",
    dict_items: "dict_items", property: "property", staticmethod: "staticmethod",
    classmethod: "classmethod", super_: "super", mappingproxy: "mappingproxy", iterator: "iterator",
    complex: "complex", permutations: "permutations", combinations: "combinations",
    combinations_with_replacement: "combinations_with_replacement", product: "product",
    mt_state: "MersenneTwister",
}

macro_rules! exception_types {
    ($( $field:ident : $name:literal < $base:literal ),* $(,)?) => {
        /// The builtin exception hierarchy: (name, base name), parents before children.
        pub const EXCEPTION_HIERARCHY: &[(&str, &str)] = &[ $( ($name, $base), )* ];
        pub struct ExcTypes { $( pub $field: ObjRef, )* }
        impl ExcTypes {
            fn from_list(list: &[(&'static str, ObjRef)]) -> ExcTypes {
                let find = |n: &str| list.iter().find(|(k, _)| *k == n).unwrap().1.clone();
                ExcTypes { $( $field: find($name), )* }
            }
        }
    };
}

exception_types! {
    base_exception: "BaseException" < "",
    system_exit: "SystemExit" < "BaseException",
    keyboard_interrupt: "KeyboardInterrupt" < "BaseException",
    generator_exit: "GeneratorExit" < "BaseException",
    exception: "Exception" < "BaseException",
    stop_iteration: "StopIteration" < "Exception",
    stop_async_iteration: "StopAsyncIteration" < "Exception",
    arithmetic_error: "ArithmeticError" < "Exception",
    floating_point_error: "FloatingPointError" < "ArithmeticError",
    overflow_error: "OverflowError" < "ArithmeticError",
    zero_division_error: "ZeroDivisionError" < "ArithmeticError",
    assertion_error: "AssertionError" < "Exception",
    attribute_error: "AttributeError" < "Exception",
    buffer_error: "BufferError" < "Exception",
    eof_error: "EOFError" < "Exception",
    import_error: "ImportError" < "Exception",
    module_not_found_error: "ModuleNotFoundError" < "ImportError",
    lookup_error: "LookupError" < "Exception",
    index_error: "IndexError" < "LookupError",
    key_error: "KeyError" < "LookupError",
    memory_error: "MemoryError" < "Exception",
    name_error: "NameError" < "Exception",
    unbound_local_error: "UnboundLocalError" < "NameError",
    os_error: "OSError" < "Exception",
    blocking_io_error: "BlockingIOError" < "OSError",
    child_process_error: "ChildProcessError" < "OSError",
    connection_error: "ConnectionError" < "OSError",
    broken_pipe_error: "BrokenPipeError" < "ConnectionError",
    connection_aborted_error: "ConnectionAbortedError" < "ConnectionError",
    connection_refused_error: "ConnectionRefusedError" < "ConnectionError",
    connection_reset_error: "ConnectionResetError" < "ConnectionError",
    file_exists_error: "FileExistsError" < "OSError",
    interrupted_error: "InterruptedError" < "OSError",
    process_lookup_error: "ProcessLookupError" < "OSError",
    timeout_error: "TimeoutError" < "OSError",
    file_not_found_error: "FileNotFoundError" < "OSError",
    is_a_directory_error: "IsADirectoryError" < "OSError",
    not_a_directory_error: "NotADirectoryError" < "OSError",
    permission_error: "PermissionError" < "OSError",
    reference_error: "ReferenceError" < "Exception",
    runtime_error: "RuntimeError" < "Exception",
    not_implemented_error: "NotImplementedError" < "RuntimeError",
    recursion_error: "RecursionError" < "RuntimeError",
    syntax_error: "SyntaxError" < "Exception",
    indentation_error: "IndentationError" < "SyntaxError",
    tab_error: "TabError" < "IndentationError",
    system_error: "SystemError" < "Exception",
    type_error: "TypeError" < "Exception",
    value_error: "ValueError" < "Exception",
    unicode_error: "UnicodeError" < "ValueError",
    unicode_decode_error: "UnicodeDecodeError" < "UnicodeError",
    unicode_encode_error: "UnicodeEncodeError" < "UnicodeError",
    unicode_translate_error: "UnicodeTranslateError" < "UnicodeError",
    warning: "Warning" < "Exception",
    deprecation_warning: "DeprecationWarning" < "Warning",
    runtime_warning: "RuntimeWarning" < "Warning",
    user_warning: "UserWarning" < "Warning",
    syntax_warning: "SyntaxWarning" < "Warning",
    future_warning: "FutureWarning" < "Warning",
    pending_deprecation_warning: "PendingDeprecationWarning" < "Warning",
    import_warning: "ImportWarning" < "Warning",
    unicode_warning: "UnicodeWarning" < "Warning",
    bytes_warning: "BytesWarning" < "Warning",
    resource_warning: "ResourceWarning" < "Warning",
    encoding_warning: "EncodingWarning" < "Warning",
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
