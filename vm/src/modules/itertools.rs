//! `_itertools`: the native cores of `itertools`' combinatoric iterators. `vm/lib/itertools.py`
//! checks the arguments (CPython's messages) and passes tuples and a non-negative `r`.

use crate::builtins::{func, set};
use crate::interp::{PyResult, Vm};
use crate::objects::combinatoric::{Combo, ComboKind};
use crate::objects::function::Args;
use crate::objects::{IterState, ObjRef, PyObject};
use crate::value::Value;
use std::cell::RefCell;

fn tuple_arg(vm: &Vm, v: &Value) -> PyResult<Box<[Value]>> {
    match v.as_obj() {
        Some(PyObject::Tuple(t)) => Ok(t.clone()),
        _ => Err(vm.type_error("_itertools: expected a tuple")),
    }
}

fn iter_of(c: Combo) -> Value {
    Value::obj(PyObject::Iter(Box::new(RefCell::new(
        IterState::Combinatoric(Box::new(c)),
    ))))
}

/// `(pool: tuple, r: int >= 0)` of the three one-pool iterators.
fn one_pool(vm: &mut Vm, a: Args, kind: ComboKind) -> PyResult<Value> {
    let p = a.pos();
    let (Some(pool), Some(Value::Int(r))) = (p.first(), p.get(1)) else {
        return Err(vm.type_error("_itertools: expected (tuple, int)"));
    };
    let r = usize::try_from(*r).map_err(|_| vm.value_error("r must be non-negative"))?;
    Ok(iter_of(Combo::new(kind, tuple_arg(vm, pool)?, r)))
}

fn permutations(vm: &mut Vm, a: Args) -> PyResult<Value> {
    one_pool(vm, a, ComboKind::Permutations)
}

fn combinations(vm: &mut Vm, a: Args) -> PyResult<Value> {
    one_pool(vm, a, ComboKind::Combinations)
}

fn combinations_with_replacement(vm: &mut Vm, a: Args) -> PyResult<Value> {
    one_pool(vm, a, ComboKind::CombinationsWithReplacement)
}

/// `product(pools: list of tuples)`.
fn product(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(PyObject::List(l)) = a.pos().first().and_then(|v| v.as_obj()) else {
        return Err(vm.type_error("_itertools.product: expected a list of tuples"));
    };
    let pools = l
        .borrow()
        .iter()
        .map(|p| tuple_arg(vm, p))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(iter_of(Combo::product(pools)))
}

pub fn make(vm: &mut Vm, d: &ObjRef) {
    const M: &str = "_itertools";
    set(vm, d, "permutations", func("permutations", M, permutations));
    set(vm, d, "combinations", func("combinations", M, combinations));
    set(
        vm,
        d,
        "combinations_with_replacement",
        func(
            "combinations_with_replacement",
            M,
            combinations_with_replacement,
        ),
    );
    set(vm, d, "product", func("product", M, product));
}
