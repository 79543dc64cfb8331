//! Recording attribute access on instances of user-defined classes: `LOAD_ATTR`, `STORE_ATTR`
//! and `LOAD_METHOD`, specialised as the interpreter's inline caches are (`ops::attrcache`).
//!
//! ```text
//!   GuardWatch  type epoch          no class dict changed since recording
//!   GuardShape  obj  shape(x,y)     obj is a plain instance with this shape: its values
//!   LoadElem    vals k  tag         self.x (a number, unboxed)
//!   ElemRef     vals k              self.items (an object: the address of its slot)
//!   StoreElem   vals k v            self.x = v (a number over a number)
//!   ConstObj    func                self.method (a function of the class: the call is inlined)
//! ```
//!
//! The shape implies the class and which names the instance holds; the epoch implies what the
//! class (and its bases) hold. Traces never change an instance's shape (they only store into
//! existing slots), so the values' address stays valid and the guards can be hoisted.

use super::{Recorder, value_ty};
use crate::abort::Abort;
use crate::ir::{NO_REF, Opc, Ref, Ty};
use pyjit_vm::interp::Frame;
use pyjit_vm::interp::jit::JitShape;
use pyjit_vm::objects::PyObject;
use pyjit_vm::objects::instance::Shape;
use pyjit_vm::objects::types::{type_epoch, type_epoch_addr};
use pyjit_vm::ops::attrcache::{AttrHit, jit_load_plan, jit_store_plan};
use pyjit_vm::value::Value;
use std::rc::Rc;

/// Whether `v` is an instance of a user-defined class (or of `object`).
pub(super) fn is_instance(v: &Value) -> bool {
    matches!(v.as_obj(), Some(PyObject::Instance(_)))
}

/// The value in slot `k` of instance `obj`.
fn slot_value(obj: &Value, k: usize) -> Option<Value> {
    match obj.as_obj() {
        Some(PyObject::Instance(i)) => i.attrs.borrow().values.get(k).cloned(),
        _ => None,
    }
}

fn name_of(f: &Frame, namei: u32) -> &str {
    f.code.names[namei as usize]
        .str_ref()
        .map_or("", |s| s.as_str())
}

impl Recorder {
    /// Guards that `recv` is a plain instance with `shape` and that no class changed since
    /// recording: the address of its attribute values.
    fn inst_values(&mut self, pc: usize, recv: Ref, shape: Rc<Shape>) -> Result<Ref, Abort> {
        if self.ty(recv) != Ty::Obj {
            return Err(Abort::UnsupportedType);
        }
        self.watch_word(
            type_epoch_addr(),
            type_epoch(),
            "type epoch".to_string(),
            pc,
        );
        let addr = Rc::as_ptr(&shape) as usize;
        let si = match self.trace.shapes.iter().position(|s| s.addr() == addr) {
            Some(i) => i,
            None => {
                self.trace.shapes.push(JitShape(shape));
                self.trace.shapes.len() - 1
            }
        } as i64;
        if let Some(&r) = self.attr_refs.get(&(recv, false, si)) {
            return Ok(r);
        }
        let r = self.guard3(Opc::GuardShape, [recv, NO_REF, NO_REF], si, Ty::Int, pc);
        self.attr_refs.insert((recv, false, si), r);
        Ok(r)
    }

    /// Slot `k` of the values at `vals`, which now holds `cur`: unboxed when it is a number, its
    /// address when it is an object.
    fn slot_load(&mut self, pc: usize, vals: Ref, k: usize, cur: &Value) -> Result<Ref, Abort> {
        match value_ty(cur) {
            Some(t @ (Ty::Int | Ty::Float | Ty::Bool)) => {
                let idx = self.emit(Opc::ConstInt, NO_REF, NO_REF, k as i64, Ty::Int);
                Ok(self.guard3(
                    Opc::LoadElem,
                    [vals, idx, NO_REF],
                    crate::lower::tag_of(t),
                    t,
                    pc,
                ))
            }
            Some(Ty::Obj) => {
                // the slot holds an object: no store in a trace can replace it (`StoreElem`
                // leaves when the old item is an object), so its address stays what it holds
                if let Some(&r) = self.attr_refs.get(&(vals, true, k as i64)) {
                    return Ok(r);
                }
                let r = self.guard3(Opc::ElemRef, [vals, NO_REF, NO_REF], k as i64, Ty::Obj, pc);
                self.attr_refs.insert((vals, true, k as i64), r);
                Ok(r)
            }
            _ => Err(Abort::UnsupportedType),
        }
    }

    /// `LOAD_ATTR`: an instance's slot or a plain class attribute.
    pub(super) fn load_attr(&mut self, f: &Frame, pc: usize, namei: u32) -> Result<(), Abort> {
        let obj = Self::seen(f, 0);
        let (shape, hit) = jit_load_plan(obj, name_of(f, namei)).ok_or(Abort::UnsupportedAttr)?;
        let recv = self.peek(0);
        let vals = self.inst_values(pc, recv, shape)?;
        let r = match hit {
            AttrHit::Slot(k) => {
                let cur = slot_value(obj, k).ok_or(Abort::UnsupportedAttr)?;
                self.slot_load(pc, vals, k, &cur)?
            }
            AttrHit::ClassValue(v) => self.constant(&v)?,
            // a bound method would be a new object
            AttrHit::Method(_) | AttrHit::Append(_) => return Err(Abort::UnsupportedAttr),
        };
        self.pop();
        self.push(r);
        Ok(())
    }

    /// `LOAD_METHOD` on an instance: a function of its class (the `CALL` that follows inlines
    /// it, with the instance as its first argument), or an attribute called as it is.
    pub(super) fn load_method(&mut self, f: &Frame, pc: usize, namei: u32) -> Result<(), Abort> {
        let obj = Self::seen(f, 0);
        let (shape, hit) = jit_load_plan(obj, name_of(f, namei)).ok_or(Abort::UnsupportedAttr)?;
        let recv = self.peek(0);
        let vals = self.inst_values(pc, recv, shape)?;
        let (callable, self_) = match hit {
            AttrHit::Method(func) => (self.const_obj(func), recv),
            AttrHit::Slot(k) => {
                let cur = slot_value(obj, k).ok_or(Abort::UnsupportedAttr)?;
                let v = self.slot_load(pc, vals, k, &cur)?;
                (self.const_obj(Value::Null), v)
            }
            AttrHit::ClassValue(v) => {
                let v = self.constant(&v)?;
                (self.const_obj(Value::Null), v)
            }
            AttrHit::Append(_) => return Err(Abort::UnsupportedAttr),
        };
        self.pop();
        self.push(callable);
        self.push(self_);
        Ok(())
    }

    /// `STORE_ATTR` of a number into an instance's existing slot that holds a number.
    pub(super) fn store_attr(&mut self, f: &Frame, pc: usize, namei: u32) -> Result<(), Abort> {
        let obj = Self::seen(f, 0);
        let (shape, k) = jit_store_plan(obj, name_of(f, namei)).ok_or(Abort::UnsupportedAttr)?;
        let (v, recv) = (self.peek(1), self.peek(0));
        // the trace never drops a reference: only numbers are stored, over numbers
        let old = slot_value(obj, k).ok_or(Abort::UnsupportedAttr)?;
        if !matches!(self.ty(v), Ty::Int | Ty::Float | Ty::Bool)
            || !matches!(old, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        {
            return Err(Abort::UnsupportedType);
        }
        let vals = self.inst_values(pc, recv, shape)?;
        let idx = self.emit(Opc::ConstInt, NO_REF, NO_REF, k as i64, Ty::Int);
        self.guard3(Opc::StoreElem, [vals, idx, v], 0, Ty::Void, pc);
        self.pop();
        self.pop();
        Ok(())
    }
}

impl Recorder {
    /// `STORE_FAST` of an object in the loop's frame: the trace assigns the slot for real
    /// (`SetSlot`), and later reads of it in the iteration use the slot.
    ///
    /// Assigning drops the slot's old object, and with it possibly the objects only it kept alive,
    /// which other `Obj` values of the trace may point into. So the rest of the value stack may
    /// hold only objects that cannot depend on it: constants, and the slots of other locals (and
    /// the loop's iterators, below the entry depth). Nothing else is live here (no call is being
    /// inlined, and locals hold numbers or their own slots).
    pub(super) fn set_slot(&mut self, slot: u32) -> Result<(), Abort> {
        if self
            .params
            .get(&slot)
            .is_some_and(|&p| self.ty(p) != Ty::Obj)
            || self.root.cur.contains_key(&slot)
        {
            return Err(Abort::TypeUnstable);
        }
        let v = self.pop();
        for &r in &self.root.stack {
            if self.ty(r) != Ty::Obj {
                continue;
            }
            let inst = &self.trace.insts[r.0 as usize];
            let safe = match inst.op {
                Opc::ConstObj => true,
                Opc::Param | Opc::SetSlot => inst.imm as u32 != slot,
                _ => false,
            };
            if !safe {
                return Err(Abort::UnsupportedType);
            }
        }
        let r = self.emit(Opc::SetSlot, v, NO_REF, slot as i64, Ty::Obj);
        self.root_objs.insert(slot, r);
        Ok(())
    }
}
