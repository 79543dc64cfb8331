//! Python semantics, one protocol per file, each used by the interpreter, by builtins and (later) by
//! JIT slow paths: `arith` (binary and unary operators), `compare` (equality, ordering, `in`),
//! `repr` (repr/str/format), `attr` (attribute lookup), `iter` (iteration), `subscript`
//! (indexing and slicing), `convert` (index/float/int conversions). This file: types of values,
//! truthiness and hashing.

pub mod arith;
pub mod attr;
pub mod attrcache;
pub mod compare;
pub mod convert;
pub mod iter;
pub mod objattr;
pub mod repr;
pub mod special;
pub mod subscript;

use crate::interp::{PyResult, Vm};
use crate::objects::combinatoric::ComboKind;
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
        self.type_of_ref(v).clone()
    }

    /// The type object of a value, borrowed (no reference-count traffic).
    pub fn type_of_ref<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        let t = &self.types;
        match v {
            Value::None | Value::Null => &t.none,
            Value::Bool(_) => &t.bool_,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Obj(o) => match &**o {
                PyObject::Str(_) => &t.str_,
                PyObject::Int(_) => &t.int,
                PyObject::Bytes(_) => &t.bytes,
                PyObject::Tuple(_) => &t.tuple,
                PyObject::List(_) => &t.list,
                PyObject::Dict(_) => &t.dict,
                PyObject::Set(_) => &t.set,
                PyObject::FrozenSet(_) => &t.frozenset,
                PyObject::Range(_) | PyObject::BigRange(_) => &t.range,
                PyObject::Slice(_) => &t.slice,
                PyObject::Function(_) => &t.function,
                PyObject::Builtin(_) => &t.builtin_function,
                PyObject::Method { .. } => &t.method,
                PyObject::Code(_) => &t.code,
                PyObject::Type(ty) => ty.meta(&t.type_),
                PyObject::Instance(i) => &i.class,
                PyObject::Property(_) => &t.property,
                PyObject::StaticMethod(_) => &t.staticmethod,
                PyObject::ClassMethod(_) => &t.classmethod,
                PyObject::Super(_) => &t.super_,
                PyObject::Exception(e) => &e.typ,
                PyObject::Module(_) => &t.module,
                PyObject::Cell(_) => &t.cell,
                PyObject::Generator(_) => &t.generator,
                PyObject::Frame(_) => &t.frame,
                PyObject::File(_) => &t.text_io,
                PyObject::Namespace(_) => &t.namespace,
                PyObject::DictView { kind, .. } => match kind {
                    0 => &t.dict_keys,
                    1 => &t.dict_values,
                    _ => &t.dict_items,
                },
                PyObject::NotImplemented => &t.not_implemented,
                PyObject::Ellipsis => &t.ellipsis,
                PyObject::MtState(_) => &t.mt_state,
                PyObject::Iter(it) => match &*it.borrow() {
                    IterState::Seq { seq, .. } => match seq.as_obj() {
                        Some(PyObject::Tuple(_)) => &t.tuple_iterator,
                        _ => &t.list_iterator,
                    },
                    IterState::Range { .. } => &t.range_iterator,
                    IterState::BigRange { .. } => &t.longrange_iterator,
                    IterState::Str { .. } => &t.str_iterator,
                    IterState::DictKeys { .. } => &t.dict_keyiterator,
                    IterState::DictValues { .. } => &t.dict_valueiterator,
                    IterState::DictItems { .. } => &t.dict_itemiterator,
                    IterState::Set { .. } => &t.set_iterator,
                    IterState::Enumerate { .. } => &t.enumerate,
                    IterState::Zip { .. } => &t.zip,
                    IterState::Map { .. } => &t.map,
                    IterState::Filter { .. } => &t.filter,
                    IterState::Reversed { seq, .. } => match seq.as_obj() {
                        Some(PyObject::List(_)) => &t.list_reverseiterator,
                        Some(PyObject::Range(_)) => &t.range_iterator,
                        _ => &t.reversed,
                    },
                    IterState::Callable { .. } => &t.callable_iterator,
                    IterState::GetItem { .. } => &t.iterator,
                    IterState::Combinatoric(c) => match c.kind {
                        ComboKind::Permutations => &t.permutations,
                        ComboKind::Combinations => &t.combinations,
                        ComboKind::CombinationsWithReplacement => &t.combinations_with_replacement,
                        ComboKind::Product => &t.product,
                    },
                    IterState::Exhausted => &t.list_iterator,
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
                _ if self.user_class(v).is_some() => return self.user_truth(v),
                _ => true,
            },
        })
    }

    /// Truthiness of an instance of a user-defined class: `__bool__`, else `__len__`.
    fn user_truth(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", &[]) {
            return match r? {
                Value::Bool(b) => Ok(b),
                other => Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&other)
                ))),
            };
        }
        if self.py_special(v, "__len__").is_some() {
            return Ok(crate::builtins::functions::length(self, v)? > 0);
        }
        match Self::inst_base(v) {
            Some(b) => {
                let b = b.clone();
                self.is_true(&b)
            }
            None => Ok(true),
        }
    }

    /// `hash()` of an instance of a user-defined class.
    fn user_hash(&mut self, v: &Value) -> PyResult<i64> {
        let cls = self.user_class(v).unwrap().clone();
        match as_type(&cls).lookup("__hash__") {
            Some(Value::None) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Some(m) if crate::ops::objattr::is_python_level(&m) => {
                let r = self.call_method_value(&m, v, &[])?;
                match &r {
                    Value::Int(_) | Value::Bool(_) => self.hash(&r),
                    Value::Obj(o) if matches!(&**o, PyObject::Int(_)) => self.hash(&r),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => match Self::inst_base(v) {
                Some(b) => {
                    let b = b.clone();
                    self.hash(&b)
                }
                None => {
                    let id = v.identity() as i64;
                    Ok((id >> 4) | (id << 60))
                }
            },
        }
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
                _ if self.user_class(v).is_some() => return self.user_hash(v),
                PyObject::List(_) | PyObject::Dict(_) | PyObject::Set(_) | PyObject::Slice(_) => {
                    return Err(
                        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                    );
                }
                _ => {
                    let id = v.identity() as i64;
                    (id >> 4) | (id << 60)
                }
            },
        })
    }
}
