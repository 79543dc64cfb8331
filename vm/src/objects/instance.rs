//! Instances of user-defined classes, their attribute storage by shape (hidden classes, PyPy's
//! maps), and the small descriptor objects classes are made of (`property`, `staticmethod`,
//! `classmethod`, `super`).
//!
//! ```text
//!   Instance (#[repr(C)])
//!   +--------+---------------------------------------------------------------+
//!   | class  | the type object (a heap type, or `object` for `object()`)     |
//!   | attrs  | RefCell<Attrs>: shape + values, or a dict once in dict mode   |
//!   | base   | the builtin value of a subclass of int/str/list/dict/...      |
//!   +--------+---------------------------------------------------------------+
//! ```
//!
//! A shape is the ordered list of attribute names an instance was given; instances that got the
//! same names in the same order share one shape object (a transition tree rooted at the class's
//! root shape), so "is this attribute at slot i" is one pointer comparison, as in an inline cache or
//! a JIT guard. An instance switches to dict mode (a real `dict`, shared with Python code) when its
//! `__dict__` is asked for, when an attribute is deleted, or when it has too many attributes.

use super::types::{dict_get_str, str_eq};
use super::{Dict, ObjRef, PyObject};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Instances with more attributes than this keep them in a dict.
pub const MAX_SHAPE_SLOTS: usize = 48;

pub struct Shape {
    /// Attribute names (interned `str` values) in slot order.
    pub names: Vec<Value>,
    transitions: RefCell<Vec<(Value, Rc<Shape>)>>,
}

impl Shape {
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape {
            names: Vec::new(),
            transitions: RefCell::new(Vec::new()),
        })
    }

    /// The slot of `name`, if this shape has it.
    pub fn index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .position(|n| n.str_ref().is_some_and(|s| s.as_str() == name))
    }

    /// The shape after adding `name` (shared by every instance that takes the same path).
    pub fn with(self: &Rc<Shape>, name: &Value) -> Rc<Shape> {
        let key = name.str_ref().map(|s| s.as_str()).unwrap_or("");
        if let Some((_, s)) = self
            .transitions
            .borrow()
            .iter()
            .find(|(n, _)| n.str_ref().is_some_and(|s| s.as_str() == key))
        {
            return s.clone();
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let s = Rc::new(Shape {
            names,
            transitions: RefCell::new(Vec::new()),
        });
        self.transitions
            .borrow_mut()
            .push((name.clone(), s.clone()));
        s
    }
}

pub struct Attrs {
    pub shape: Rc<Shape>,
    /// One value per name of `shape` (empty in dict mode).
    pub values: Vec<Value>,
    /// Dict mode: all attributes live in this `dict` object.
    pub dict: Option<ObjRef>,
}

#[repr(C)]
pub struct Instance {
    pub class: ObjRef,
    pub attrs: RefCell<Attrs>,
    /// For instances of subclasses of builtin types (`class L(list)`): the builtin value the
    /// builtin methods operate on.
    pub base: Option<Value>,
}

impl Instance {
    /// The attribute `name`, if the instance has it.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let a = self.attrs.borrow();
        if let Some(d) = &a.dict {
            return match &**d {
                PyObject::Dict(d) => dict_get_str(&d.borrow(), name),
                _ => None,
            };
        }
        a.shape.index(name).map(|i| a.values[i].clone())
    }

    /// Set attribute `name` (an interned `str` value).
    pub fn set_attr(&self, name: Value, v: Value) {
        let mut a = self.attrs.borrow_mut();
        let key = name.str_ref().map(|s| s.as_str()).unwrap_or("");
        if a.dict.is_none() {
            if let Some(i) = a.shape.index(key) {
                // the old value is dropped under the borrow: dropping runs no Python code
                a.values[i] = v;
                return;
            }
            if a.values.len() < MAX_SHAPE_SLOTS {
                a.shape = a.shape.with(&name);
                a.values.push(v);
                return;
            }
            drop(a);
            self.dict();
            a = self.attrs.borrow_mut();
        }
        if let Some(PyObject::Dict(d)) = a.dict.as_deref() {
            let h = name.str_ref().map(|s| s.hash()).unwrap_or(0);
            d.borrow_mut()
                .insert(h, name, v, |x, y| Ok::<bool, ()>(str_eq(x, y)))
                .ok();
        }
    }

    /// Delete attribute `name`; false if the instance does not have it.
    pub fn del_attr(&self, name: &Value) -> bool {
        let d = self.dict();
        let PyObject::Dict(d) = &*d else {
            return false;
        };
        let h = name.str_ref().map(|s| s.hash()).unwrap_or(0);
        let r = d
            .borrow_mut()
            .remove(h, name, |x, y| Ok::<bool, ()>(str_eq(x, y)));
        matches!(r, Ok(Some(_)))
    }

    /// The instance's `__dict__`; the instance switches to dict mode for good.
    pub fn dict(&self) -> ObjRef {
        let mut a = self.attrs.borrow_mut();
        if let Some(d) = &a.dict {
            return d.clone();
        }
        let mut d = Dict::new();
        let values = std::mem::take(&mut a.values);
        for (k, v) in a.shape.names.iter().zip(values) {
            let h = k.str_ref().map(|s| s.hash()).unwrap_or(0);
            d.insert(h, k.clone(), v, |x, y| Ok::<bool, ()>(str_eq(x, y)))
                .ok();
        }
        let d = Rc::new(PyObject::Dict(Box::new(RefCell::new(d))));
        a.dict = Some(d.clone());
        // a shape no inline cache refers to: cached slot indexes must not match dict mode
        a.shape = Shape::root();
        d
    }

    pub fn new(class: ObjRef, root: Rc<Shape>, base: Option<Value>) -> Instance {
        Instance {
            class,
            attrs: RefCell::new(Attrs {
                shape: root,
                values: Vec::new(),
                dict: None,
            }),
            base,
        }
    }
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name it was assigned to in a class body (`__set_name__`), for messages.
    pub name: RefCell<Option<String>>,
}

/// `super(type, obj)`: attribute lookup on the MRO of `obj`'s type, after `type`.
pub struct Super {
    pub this: ObjRef,
    /// The instance (or class, in a classmethod) the found methods bind to; None when unbound.
    pub obj: Value,
    /// The type whose MRO is searched (`type(obj)`, or `obj` itself when it is a class).
    pub obj_type: ObjRef,
}
