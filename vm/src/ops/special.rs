//! Operators on instances of user-defined classes: binary operators with their reflected and
//! in-place forms and the `NotImplemented` protocol, unary operators, rich comparisons with their
//! reflections and defaults. The protocol files call in here as soon as an operand's class is
//! user-defined (`Vm::user_class`); builtin operands never reach this file.
//!
//! Instances of subclasses of builtin types (`class C(int)`) fall back to the builtin operation on
//! their builtin value when the class does not define the method in Python.

use crate::bytecode::opcodes::{BinOpKind, CmpOpKind};
use crate::interp::{PyResult, Vm};
use crate::objects::PyObject;
use crate::objects::types::is_subtype;
use crate::value::Value;
use std::rc::Rc;

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.as_obj(), Some(PyObject::NotImplemented))
}

impl Vm {
    /// `fa(a, b)` and the reflected `fb(b, a)`, the reflected one first when `b_first`: the first
    /// result that is not `NotImplemented`.
    fn try_pair(
        &mut self,
        a: &Value,
        b: &Value,
        fa: Option<&Value>,
        fb: Option<&Value>,
        b_first: bool,
    ) -> PyResult<Option<Value>> {
        let calls = if b_first {
            [(fb, b, a), (fa, a, b)]
        } else {
            [(fa, a, b), (fb, b, a)]
        };
        for (m, x, y) in calls {
            if let Some(m) = m {
                let r = self.call_method_value(m, x, std::slice::from_ref(y))?;
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// `a <op> b` where `a` or `b` is an instance of a user-defined class.
    pub(crate) fn binary_special(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOpKind,
    ) -> PyResult<Value> {
        let base = op.base();
        let name = base.dunder();
        let rname = format!("__r{}", &name[2..]);
        if op.is_inplace()
            && let Some(r) = self.call_special(a, op.dunder(), std::slice::from_ref(b))
        {
            let r = r?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let fa = self.py_special(a, name);
        let fb = if Rc::ptr_eq(&ta, &tb) {
            None
        } else {
            self.py_special(b, &rname)
        };
        // a subclass's reflected method goes first when it overrides its parent's
        let b_first = fb.is_some()
            && is_subtype(&tb, &ta)
            && !crate::objects::types::as_type(&ta)
                .lookup(&rname)
                .is_some_and(|m| fb.as_ref().is_some_and(|f| f.is(&m)));
        if let Some(r) = self.try_pair(a, b, fa.as_ref(), fb.as_ref(), b_first)? {
            return Ok(r);
        }
        // subclasses of builtin types: the builtin operation on the builtin values
        let (ua, ub) = (
            Self::inst_base(a).unwrap_or(a).clone(),
            Self::inst_base(b).unwrap_or(b).clone(),
        );
        // builtin sequence operations accept user objects (`"%s" % obj`, `lst += iterable`)
        // (`str % obj` formats the instance itself, unless it is a tuple subclass's values)
        let rhs = if op.base() == BinOpKind::Remainder
            && matches!(ua.as_obj(), Some(PyObject::Str(_) | PyObject::Bytes(_)))
            && !matches!(ub.as_obj(), Some(PyObject::Tuple(_)))
        {
            b.clone()
        } else {
            ub.clone()
        };
        if self.user_class(&ua).is_none()
            && let Some(r) = self.seq_op(&ua, &rhs, op)?
        {
            return Ok(if op.is_inplace() && r.is(&ua) {
                a.clone()
            } else {
                r
            });
        }
        if (Self::inst_base(a).is_some() || Self::inst_base(b).is_some())
            && self.user_class(&ua).is_none()
            && self.user_class(&ub).is_none()
        {
            return match self.binary_op(&ua, &ub, op) {
                // `x += y` on a list subclass extends it in place and keeps the instance
                Ok(r) if op.is_inplace() && r.is(&ua) => Ok(a.clone()),
                Ok(r) => Ok(r),
                Err(e) if self.exc_matches(&e, &self.types.exc.type_error.clone()) => {
                    Err(self.unsupported_binop(op, a, b))
                }
                Err(e) => Err(e),
            };
        }
        // `x * seq`: a sequence repeated by an object with `__index__`
        if op.base() == BinOpKind::Multiply
            && self.user_class(&ua).is_some()
            && let Some(r) = self.times_seq(&ua, &ub)
        {
            return r;
        }
        Err(self.unsupported_binop(op, a, b))
    }

    /// A unary operator (`__neg__`, `__pos__`, `__invert__`, `__abs__`) on a user-defined class;
    /// None when the class does not define it (the caller reports the TypeError).
    pub(crate) fn unary_special(&mut self, v: &Value, name: &str) -> Option<PyResult<Value>> {
        if let Some(r) = self.call_special(v, name, &[]) {
            return Some(r);
        }
        let b = Self::inst_base(v)?.clone();
        Some(match name {
            "__neg__" => self.unary_negative(&b),
            "__pos__" => self.unary_positive(&b),
            "__invert__" => self.unary_invert(&b),
            _ => self.abs(&b),
        })
    }

    /// Rich comparison where `a` or `b` is an instance of a user-defined class.
    pub(crate) fn compare_special(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOpKind,
    ) -> PyResult<Value> {
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let fa = self.py_special(a, op.dunder());
        let fb = self.py_special(b, op.swapped().dunder());
        let b_first = fb.is_some() && !Rc::ptr_eq(&ta, &tb) && is_subtype(&tb, &ta);
        if let Some(r) = self.try_pair(a, b, fa.as_ref(), fb.as_ref(), b_first)? {
            return Ok(r);
        }
        // object.__ne__ inverts a Python-level __eq__
        if op == CmpOpKind::Ne
            && let Some(eq) = self.py_special(a, "__eq__")
        {
            let r = self.call_method_value(&eq, a, std::slice::from_ref(b))?;
            if !is_not_implemented(&r) {
                return Ok(Value::Bool(!self.is_true(&r)?));
            }
        }
        let (ua, ub) = (
            Self::inst_base(a).unwrap_or(a).clone(),
            Self::inst_base(b).unwrap_or(b).clone(),
        );
        if (Self::inst_base(a).is_some() || Self::inst_base(b).is_some())
            && self.user_class(&ua).is_none()
            && self.user_class(&ub).is_none()
        {
            return match self.compare(&ua, &ub, op) {
                Err(e) if self.exc_matches(&e, &self.types.exc.type_error.clone()) => {
                    Err(self.cmp_unsupported(a, b, op))
                }
                r => r,
            };
        }
        match op {
            CmpOpKind::Eq => Ok(Value::Bool(a.is(b))),
            CmpOpKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.cmp_unsupported(a, b, op)),
        }
    }
}
