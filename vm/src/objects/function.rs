//! Python functions (code + globals + defaults + closure) and native (builtin) functions.
//!
//! Native functions use CPython's vectorcall convention: one slice of arguments, positional first,
//! then the values of keyword arguments whose names are in `kwnames` (a slice of `str` values).

use super::ObjRef;
use crate::bytecode::CodeObject;
use crate::interp::{PyResult, Vm};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Function {
    pub code: Rc<CodeObject>,
    pub globals: ObjRef,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// Positional defaults (`__defaults__`), a tuple or None.
    pub defaults: RefCell<Value>,
    /// Keyword-only defaults (`__kwdefaults__`), a dict or None.
    pub kwdefaults: RefCell<Value>,
    /// The cells of the free variables, in `co_freevars` order.
    pub closure: Option<Box<[ObjRef]>>,
    pub module: Value,
    pub doc: RefCell<Value>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
}

/// Arguments of a native call: `args[..args.len() - kwnames.len()]` are positional, the rest are the
/// values of the keywords named in `kwnames`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let base = self.args.len() - self.kwnames.len();
        let args = self.args;
        self.kwnames.iter().enumerate().map(move |(i, k)| {
            (
                k.str_ref().map(|s| s.as_str()).unwrap_or(""),
                &args[base + i],
            )
        })
    }
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound object for methods of builtin types (`[].append`); passed as the first argument.
    pub self_: Option<Value>,
    /// The module name shown by repr/`__module__` (`builtins`, `math`, ...), or the owning type's
    /// name for method descriptors.
    pub owner: &'static str,
    /// For method descriptors of a type: that type. Calling the unbound descriptor checks that
    /// the first argument is an instance, as CPython's method descriptors do.
    pub owner_type: Option<super::ObjRef>,
}
