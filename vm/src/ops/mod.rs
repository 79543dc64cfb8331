//! Python semantics, one protocol per file, each used by the interpreter, by builtins and (later) by
//! JIT slow paths: `arith` (binary and unary operators), `compare` (equality, ordering, `in`),
//! `repr` (repr/str/format), `attr` (attribute lookup), `iter` (iteration), `subscript`
//! (indexing and slicing), `convert` (index/float/int conversions). This file: types of values,
//! truthiness and hashing.

pub mod arith;
pub mod attr;
pub mod compare;
pub mod convert;
pub mod iter;
pub mod repr;
pub mod subscript;

use crate::interp::{PyResult, Vm};
use crate::objects::hashtable::{hash_big, hash_f64, hash_i64, hash_tuple};
use crate::objects::types::as_type;
use crate::objects::{IterState, ObjRef, PyObject};
use crate::value::Value;
use num_bigint::Sign;

/// Hashes of constants (ints, floats, strs, tuples of those), computed without a VM, for sets the
/// compiler builds; None if any is not such a constant.
pub fn hash_consts(items: &[Value]) -> Option<Vec<i64>> {
    items.iter().map(hash_const).collect()
}

fn hash_const(v: &Value) -> Option<i64> {
    Some(match v {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::Float(f) if !f.is_nan() => hash_f64(*f, 0),
        Value::Obj(o) => match &**o {
            PyObject::Str(s) => s.hash(),
            PyObject::Int(b) => {
                let (sign, digits) = b.to_u32_digits();
                hash_big(sign == Sign::Minus, &digits)
            }
            PyObject::Tuple(t) => hash_tuple(&hash_consts(t)?),
            _ => return None,
        },
        _ => return None,
    })
}

impl Vm {
    /// The type object of a value.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None | Value::Null => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match &**o {
                PyObject::Str(_) => t.str_.clone(),
                PyObject::Int(_) => t.int.clone(),
                PyObject::Bytes(_) => t.bytes.clone(),
                PyObject::Tuple(_) => t.tuple.clone(),
                PyObject::List(_) => t.list.clone(),
                PyObject::Dict(_) => t.dict.clone(),
                PyObject::Set(_) => t.set.clone(),
                PyObject::FrozenSet(_) => t.frozenset.clone(),
                PyObject::Range(_) | PyObject::BigRange(_) => t.range.clone(),
                PyObject::Slice(_) => t.slice.clone(),
                PyObject::Function(_) => t.function.clone(),
                PyObject::Builtin(_) => t.builtin_function.clone(),
                PyObject::Method { .. } => t.method.clone(),
                PyObject::Code(_) => t.code.clone(),
                PyObject::Type(_) => t.type_.clone(),
                PyObject::Exception(e) => e.typ.clone(),
                PyObject::Module(_) => t.module.clone(),
                PyObject::Cell(_) => t.cell.clone(),
                PyObject::Frame(_) => t.frame.clone(),
                PyObject::File(_) => t.text_io.clone(),
                PyObject::Namespace(_) => t.namespace.clone(),
                PyObject::DictView { kind, .. } => match kind {
                    0 => t.dict_keys.clone(),
                    1 => t.dict_values.clone(),
                    _ => t.dict_items.clone(),
                },
                PyObject::NotImplemented => t.not_implemented.clone(),
                PyObject::Ellipsis => t.ellipsis.clone(),
                PyObject::Iter(it) => match &*it.borrow() {
                    IterState::Seq { seq, .. } => match seq.as_obj() {
                        Some(PyObject::Tuple(_)) => t.tuple_iterator.clone(),
                        _ => t.list_iterator.clone(),
                    },
                    IterState::Range { .. } => t.range_iterator.clone(),
                    IterState::BigRange { .. } => t.longrange_iterator.clone(),
                    IterState::Str { .. } => t.str_iterator.clone(),
                    IterState::DictKeys { .. } => t.dict_keyiterator.clone(),
                    IterState::DictValues { .. } => t.dict_valueiterator.clone(),
                    IterState::DictItems { .. } => t.dict_itemiterator.clone(),
                    IterState::Set { .. } => t.set_iterator.clone(),
                    IterState::Enumerate { .. } => t.enumerate.clone(),
                    IterState::Zip { .. } => t.zip.clone(),
                    IterState::Map { .. } => t.map.clone(),
                    IterState::Filter { .. } => t.filter.clone(),
                    IterState::Reversed { seq, .. } => match seq.as_obj() {
                        Some(PyObject::List(_)) => t.list_reverseiterator.clone(),
                        Some(PyObject::Range(_)) => t.range_iterator.clone(),
                        _ => t.reversed.clone(),
                    },
                    IterState::Callable { .. } => t.callable_iterator.clone(),
                    IterState::Exhausted => t.list_iterator.clone(),
                },
            },
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        let t = self.type_of(v);
        as_type(&t).name.clone()
    }

    /// `isinstance(v, t)` for a type object `t`.
    pub fn isinstance(&self, v: &Value, t: &ObjRef) -> bool {
        crate::objects::types::is_subtype(&self.type_of(v), t)
    }

    /// Truthiness (`bool(v)`).
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => s.char_len() > 0,
                PyObject::Int(_) => true,
                PyObject::Bytes(b) => !b.is_empty(),
                PyObject::Tuple(t) => !t.is_empty(),
                PyObject::List(l) => !l.borrow().is_empty(),
                PyObject::Dict(d) => !d.borrow().is_empty(),
                PyObject::Set(s) => s.borrow().len() > 0,
                PyObject::FrozenSet(s) => s.len() > 0,
                PyObject::Range(r) => r.len() > 0,
                PyObject::BigRange(r) => !num_traits::Zero::is_zero(&r.len()),
                _ => true,
            },
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None | Value::Null => 0x7b5f_3a91,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_i64(*i),
            Value::Float(f) => hash_f64(*f, v.identity()),
            Value::Obj(o) => match &**o {
                PyObject::Str(s) => s.hash(),
                PyObject::Int(b) => {
                    let (sign, digits) = b.to_u32_digits();
                    hash_big(sign == Sign::Minus, &digits)
                }
                PyObject::Bytes(b) => crate::objects::pystr::hash_bytes(b),
                PyObject::Tuple(items) => {
                    self.enter()?;
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items.iter() {
                        match self.hash(it) {
                            Ok(h) => hs.push(h),
                            Err(e) => {
                                self.leave();
                                return Err(e);
                            }
                        }
                    }
                    self.leave();
                    hash_tuple(&hs)
                }
                PyObject::FrozenSet(s) => {
                    // CPython's frozenset hash (order independent).
                    let mut h: u64 = 0;
                    for (eh, _) in s.iter() {
                        let x = eh as u64;
                        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
                    }
                    h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h.wrapping_mul(69069).wrapping_add(907133923);
                    let h = h as i64;
                    if h == -1 { 590923713 } else { h }
                }
                PyObject::List(_) | PyObject::Dict(_) | PyObject::Set(_) | PyObject::Slice(_) => {
                    return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
                }
                _ => {
                    let id = v.identity() as i64;
                    (id >> 4) | (id << 60)
                }
            },
        })
    }
}
