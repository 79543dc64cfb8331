//! Inline caches for attribute access on instances of user-defined classes (`LOAD_ATTR`,
//! `LOAD_METHOD`, `STORE_ATTR`), one per name of a code object.
//!
//! An entry is keyed by the instance's shape (which implies its class: shapes grow from the
//! class's root shape) and the type epoch (bumped whenever any class dict changes). A hit costs a
//! pointer and an integer comparison, then a load or store at a fixed slot. The entry holds its
//! shape alive, so the address cannot be reused by another shape while cached.

use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::instance::{Instance, Shape};
use crate::objects::types::{as_type, type_epoch};
use crate::ops::objattr::{has_py_special, is_data_descr, is_heap_type};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub enum AttrHit {
    /// The instance's own attribute at this slot.
    Slot(usize),
    /// A function on the class: `LOAD_METHOD` pushes it unbound, `LOAD_ATTR` binds it.
    Method(Value),
    /// A plain (non-descriptor) class attribute.
    ClassValue(Value),
    /// A store that adds the attribute: the instance moves to this shape (slot = old length).
    Append(Rc<Shape>),
}

pub struct AttrCache {
    shape: Rc<Shape>,
    epoch: u64,
    hit: AttrHit,
}

/// A name's cache: the last hit (`fast`, checked inline by the eval loop), then up to `IC_WAYS`
/// entries (a site that sees instances of a few classes, or a few shapes of one class, still
/// hits), the oldest replaced first.
#[derive(Default)]
pub struct AttrCacheSlot {
    ways: RefCell<Vec<AttrCache>>,
    pub fast: AttrFast,
}

/// What the last hit of a name was.
const FAST_NONE: u8 = 0;
const FAST_SLOT: u8 = 1;
const FAST_METHOD: u8 = 2;
const FAST_CLASS_VALUE: u8 = 3;

/// The last hit of a name, for the eval loop's inline check: a shape pointer and epoch compare,
/// then a slot read or write (or the cached function / class value) with no `RefCell` borrow of
/// the cache and no search. It always copies one of the name's `ways` entries, which hold the
/// shape alive; `remember` clears it when it drops that entry, so the address it compares
/// cannot belong to a later shape.
#[derive(Default)]
pub struct AttrFast {
    shape: Cell<usize>,
    epoch: Cell<u64>,
    kind: Cell<u8>,
    slot: Cell<u32>,
    /// The function (method hits) or the class attribute's value (class-value hits).
    value: RefCell<Value>,
}

impl AttrFast {
    /// The instance `obj` and its attributes when `obj` has the cached shape in the current
    /// epoch.
    #[inline(always)]
    fn matches<'a>(&self, obj: &'a Value) -> Option<&'a Instance> {
        let Value::Obj(o) = obj else { return None };
        let PyObject::Instance(i) = &**o else {
            return None;
        };
        if self.kind.get() == FAST_NONE {
            return None;
        }
        // SAFETY: the reference is dropped before this function returns and nothing runs in
        // between; an instance's attrs are only mutably borrowed for the span of a store.
        let a = unsafe { i.attrs.try_borrow_unguarded() }.ok()?;
        (Rc::as_ptr(&a.shape) as usize == self.shape.get() && self.epoch.get() == type_epoch())
            .then_some(i)
    }

    /// `LOAD_ATTR`'s inline hit: an instance slot or a plain class value (methods need a bound
    /// method, left to the cache).
    #[inline(always)]
    pub fn load(&self, obj: &Value) -> Option<Value> {
        let i = self.matches(obj)?;
        match self.kind.get() {
            FAST_SLOT => i
                .attrs
                .borrow()
                .values
                .get(self.slot.get() as usize)
                .cloned(),
            FAST_CLASS_VALUE => Some(self.value.borrow().clone()),
            _ => None,
        }
    }

    /// `LOAD_METHOD`'s inline hit: (callable, self-or-value) as the opcode pushes them.
    #[inline(always)]
    pub fn load_method(&self, obj: &Value) -> Option<(Value, Value)> {
        let i = self.matches(obj)?;
        match self.kind.get() {
            FAST_METHOD => Some((self.value.borrow().clone(), obj.clone())),
            FAST_SLOT => {
                let v = i
                    .attrs
                    .borrow()
                    .values
                    .get(self.slot.get() as usize)
                    .cloned()?;
                Some((Value::Null, v))
            }
            FAST_CLASS_VALUE => Some((Value::Null, self.value.borrow().clone())),
            _ => None,
        }
    }

    /// `STORE_ATTR`'s inline hit: overwrite the slot. Gives `v` back on a miss.
    #[inline(always)]
    pub fn store(&self, obj: &Value, v: Value) -> Result<(), Value> {
        let Some(i) = self.matches(obj).filter(|_| self.kind.get() == FAST_SLOT) else {
            return Err(v);
        };
        let mut a = i.attrs.borrow_mut();
        let Some(slot) = a.values.get_mut(self.slot.get() as usize) else {
            return Err(v);
        };
        let old = std::mem::replace(slot, v);
        drop(a);
        drop(old);
        Ok(())
    }

    fn set(&self, shape: &Rc<Shape>, epoch: u64, hit: &AttrHit) {
        let kind = match hit {
            AttrHit::Slot(k) => {
                self.slot.set(*k as u32);
                FAST_SLOT
            }
            AttrHit::Method(f) | AttrHit::ClassValue(f) => {
                let mut v = self.value.borrow_mut();
                if !v.is(f) {
                    *v = f.clone();
                }
                if matches!(hit, AttrHit::Method(_)) {
                    FAST_METHOD
                } else {
                    FAST_CLASS_VALUE
                }
            }
            AttrHit::Append(_) => return,
        };
        self.shape.set(Rc::as_ptr(shape) as usize);
        self.epoch.set(epoch);
        self.kind.set(kind);
    }

    /// Forget the hit if it was on `shape` (its cache entry is going away).
    fn forget(&self, shape: &Rc<Shape>) {
        if self.shape.get() == Rc::as_ptr(shape) as usize {
            self.kind.set(FAST_NONE);
        }
    }
}

pub const IC_WAYS: usize = 4;

/// Add `entry` to `cache` (and make it the last hit), dropping entries of an old epoch and, when
/// full, the oldest.
fn remember(cache: &AttrCacheSlot, entry: AttrCache) {
    let mut c = cache.ways.borrow_mut();
    c.retain(|e| {
        let keep = e.epoch == entry.epoch;
        if !keep {
            cache.fast.forget(&e.shape);
        }
        keep
    });
    if c.len() >= IC_WAYS {
        cache.fast.forget(&c[0].shape);
        c.remove(0);
    }
    cache.fast.set(&entry.shape, entry.epoch, &entry.hit);
    c.push(entry);
}

/// May loads of `name` on instances of this class skip the generic protocol?
fn plain_instance<'a>(obj: &'a Value) -> Option<&'a Instance> {
    match obj.as_obj() {
        Some(PyObject::Instance(i))
            if is_heap_type(&i.class) && !has_py_special(obj, "__getattribute__") =>
        {
            Some(i)
        }
        _ => None,
    }
}

impl Vm {
    #[inline]
    fn cached(&self, cache: &AttrCacheSlot, i: &Instance) -> Option<AttrHitRef> {
        let c = cache.ways.borrow();
        let a = i.attrs.borrow();
        let epoch = type_epoch();
        let c = c
            .iter()
            .find(|c| Rc::ptr_eq(&c.shape, &a.shape) && c.epoch == epoch)?;
        cache.fast.set(&c.shape, c.epoch, &c.hit);
        Some(match &c.hit {
            AttrHit::Slot(k) => AttrHitRef::Value(a.values[*k].clone()),
            AttrHit::Method(f) => AttrHitRef::Method(f.clone()),
            AttrHit::ClassValue(v) => AttrHitRef::Value(v.clone()),
            AttrHit::Append(_) => return None,
        })
    }

    /// Record how `name` was found on instance `i`, for the next load with the same shape.
    fn fill_load(&self, cache: &AttrCacheSlot, i: &Instance, name: &str) {
        if let Some((shape, hit)) = load_plan(i, name) {
            remember(
                cache,
                AttrCache {
                    shape,
                    epoch: type_epoch(),
                    hit,
                },
            );
        }
    }

    /// `LOAD_ATTR` through the inline cache.
    pub fn load_attr_ic(
        &mut self,
        cache: &AttrCacheSlot,
        obj: &Value,
        name: &str,
    ) -> PyResult<Value> {
        let Some(PyObject::Instance(i)) = obj.as_obj() else {
            return self.getattr(obj, name);
        };
        match self.cached(cache, i) {
            Some(AttrHitRef::Value(v)) => return Ok(v),
            Some(AttrHitRef::Method(f)) => {
                return Ok(Value::obj(PyObject::Method {
                    func: f,
                    self_: obj.clone(),
                }));
            }
            None => {}
        }
        let v = self.getattr(obj, name)?;
        if plain_instance(obj).is_some() {
            self.fill_load(cache, i, name);
        }
        Ok(v)
    }

    /// `LOAD_METHOD` through the inline cache: Some((callable, self)) on a hit or after a
    /// cacheable lookup, None when the object is not a plain instance.
    pub fn load_method_ic(
        &mut self,
        cache: &AttrCacheSlot,
        obj: &Value,
        name: &str,
    ) -> Option<PyResult<(Value, Value)>> {
        let Some(PyObject::Instance(i)) = obj.as_obj() else {
            return None;
        };
        match self.cached(cache, i) {
            Some(AttrHitRef::Method(f)) => return Some(Ok((f, obj.clone()))),
            Some(AttrHitRef::Value(v)) => return Some(Ok((Value::Null, v))),
            None => {}
        }
        let r = self.load_method(obj, name);
        if r.is_ok() && plain_instance(obj).is_some() {
            self.fill_load(cache, i, name);
        }
        Some(r)
    }

    /// `STORE_ATTR` through the inline cache.
    pub fn store_attr_ic(
        &mut self,
        cache: &AttrCacheSlot,
        obj: &Value,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let Some(PyObject::Instance(i)) = obj.as_obj() else {
            return self.setattr(obj, name, v);
        };
        {
            let c = cache.ways.borrow();
            let epoch = type_epoch();
            let mut a = i.attrs.borrow_mut();
            if let Some(c) = c
                .iter()
                .find(|c| c.epoch == epoch && Rc::ptr_eq(&c.shape, &a.shape))
            {
                cache.fast.set(&c.shape, c.epoch, &c.hit);
                match &c.hit {
                    AttrHit::Slot(k) => {
                        let old = std::mem::replace(&mut a.values[*k], v);
                        drop(a);
                        drop(old);
                        return Ok(());
                    }
                    AttrHit::Append(next) => {
                        a.shape = next.clone();
                        a.values.push(v);
                        return Ok(());
                    }
                    _ => {}
                }
            }
        }
        let before = i.attrs.borrow().shape.clone();
        self.setattr(obj, name, v)?;
        if !plain_store(obj, i, name) {
            return Ok(());
        }
        let a = i.attrs.borrow();
        let hit = if Rc::ptr_eq(&before, &a.shape) {
            match a.shape.index(name) {
                Some(k) => AttrHit::Slot(k),
                None => return Ok(()),
            }
        } else if a.shape.names.len() == before.names.len() + 1 {
            AttrHit::Append(a.shape.clone())
        } else {
            return Ok(());
        };
        drop(a);
        remember(
            cache,
            AttrCache {
                shape: before,
                epoch: type_epoch(),
                hit,
            },
        );
        Ok(())
    }
}

/// How a load of `name` from instance `i` resolves while its shape and the type epoch stay what
/// they are now: None when it takes the generic protocol (dict mode, a data descriptor, or a
/// class attribute that is a descriptor other than a function). The caller has checked that the
/// instance is plain (`plain_instance`).
fn load_plan(i: &Instance, name: &str) -> Option<(Rc<Shape>, AttrHit)> {
    let a = i.attrs.borrow();
    if a.dict.is_some() {
        return None;
    }
    let descr = as_type(&i.class).lookup(name);
    if descr.as_ref().is_some_and(is_data_descr) {
        return None;
    }
    let hit = match (a.shape.index(name), descr) {
        (Some(k), _) => AttrHit::Slot(k),
        (None, Some(d)) => match d.as_obj() {
            Some(PyObject::Function(_)) => AttrHit::Method(d),
            Some(
                PyObject::Property(_)
                | PyObject::StaticMethod(_)
                | PyObject::ClassMethod(_)
                | PyObject::Builtin(_)
                | PyObject::Instance(_),
            ) => return None,
            _ => AttrHit::ClassValue(d),
        },
        (None, None) => return None,
    };
    Some((a.shape.clone(), hit))
}

/// For the JIT: how a load of `name` from `obj` resolves (see `load_plan`), when `obj` is a plain
/// instance of a user-defined class.
pub fn jit_load_plan(obj: &Value, name: &str) -> Option<(Rc<Shape>, AttrHit)> {
    load_plan(plain_instance(obj)?, name)
}

/// For the JIT: the shape and slot a store of `name` into `obj` overwrites, when it is a plain
/// store into an existing slot (no `__setattr__`, no data descriptor, no shape change).
pub fn jit_store_plan(obj: &Value, name: &str) -> Option<(Rc<Shape>, usize)> {
    let Some(PyObject::Instance(i)) = obj.as_obj() else {
        return None;
    };
    if !plain_store(obj, i, name) {
        return None;
    }
    let a = i.attrs.borrow();
    Some((a.shape.clone(), a.shape.index(name)?))
}

/// Is a store of `name` into instance `i` (the object `obj`) a plain store into its slots: a
/// user class without `__setattr__` or a data descriptor for the name, not in dict mode?
fn plain_store(obj: &Value, i: &Instance, name: &str) -> bool {
    is_heap_type(&i.class)
        && !has_py_special(obj, "__setattr__")
        && !as_type(&i.class)
            .lookup(name)
            .as_ref()
            .is_some_and(is_data_descr)
        && i.attrs.borrow().dict.is_none()
}

enum AttrHitRef {
    Value(Value),
    Method(Value),
}
