//! `_bisect`: the binary search loop of `bisect` (`vm/lib/bisect.py`) for a plain list without
//! `key=`, as CPython's `_bisect` module does it in C. Comparisons go through Python's `<` (so
//! `__lt__` runs); the list is re-read at every step, since `__lt__` may change it.

use crate::builtins::{func, set};
use crate::bytecode::opcodes::CmpOpKind;
use crate::interp::{PyResult, Vm};
use crate::objects::function::Args;
use crate::objects::{ObjRef, PyObject};
use crate::value::Value;

/// `bisect_list(a, x, lo, hi, right)`: the insertion index, or None when `lo`/`hi` are not small
/// ints (the Python code then searches itself).
fn bisect_list(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = a.pos();
    let (Some(list), Some(x), Some(Value::Int(lo)), Some(Value::Int(hi)), Some(right)) =
        (p.first(), p.get(1), p.get(2), p.get(3), p.get(4))
    else {
        return Ok(Value::None);
    };
    let Some(PyObject::List(l)) = list.as_obj() else {
        return Ok(Value::None);
    };
    let right = matches!(right, Value::Bool(true));
    let (mut lo, mut hi) = (*lo, *hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = l.borrow().get(mid as usize).cloned();
        let Some(item) = item else {
            return Err(vm.index_error("list index out of range"));
        };
        let go_left = if right {
            vm.order(x, &item, CmpOpKind::Lt)?
        } else {
            !vm.order(&item, x, CmpOpKind::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(Value::Int(lo))
}

pub fn make(vm: &mut Vm, d: &ObjRef) {
    set(
        vm,
        d,
        "bisect_list",
        func("bisect_list", "_bisect", bisect_list),
    );
}
