//! Constant folding: pure ops (and overflow-checked ops that provably do not overflow) whose
//! operands are constants become constants; guards whose condition is a constant that holds are
//! removed.

use crate::ir::{Opc, Ref, Trace};
use pyjit_vm::ops::compare::cmp_prim;

fn int(t: &Trace, r: Ref) -> Option<i64> {
    let i = t.insts.get(r.0 as usize)?;
    matches!(i.op, Opc::ConstInt | Opc::ConstBool).then_some(i.imm)
}

fn float(t: &Trace, r: Ref) -> Option<f64> {
    let i = t.insts.get(r.0 as usize)?;
    (i.op == Opc::ConstFloat).then(|| f64::from_bits(i.imm as u64))
}

/// Python's `//` and `%` on ints (`None` for a zero divisor or an overflowing `MIN // -1`).
pub fn py_floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    Some(if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

pub fn py_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.wrapping_rem(b);
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

enum Folded {
    Int(i64),
    Float(f64),
    Bool(bool),
    Remove,
}

pub fn run(t: &mut Trace) {
    for at in 0..t.insts.len() {
        let i = &t.insts[at];
        let (a, b) = (i.a, i.b);
        let f = match i.op {
            Opc::AddOv => int(t, a)
                .zip(int(t, b))
                .and_then(|(x, y)| x.checked_add(y))
                .map(Folded::Int),
            Opc::SubOv => int(t, a)
                .zip(int(t, b))
                .and_then(|(x, y)| x.checked_sub(y))
                .map(Folded::Int),
            Opc::MulOv => int(t, a)
                .zip(int(t, b))
                .and_then(|(x, y)| x.checked_mul(y))
                .map(Folded::Int),
            Opc::NegOv => int(t, a).and_then(|x| x.checked_neg()).map(Folded::Int),
            Opc::FloorDiv => int(t, a)
                .zip(int(t, b))
                .and_then(|(x, y)| py_floordiv(x, y))
                .map(Folded::Int),
            Opc::Mod => int(t, a)
                .zip(int(t, b))
                .and_then(|(x, y)| py_mod(x, y))
                .map(Folded::Int),
            Opc::BitAnd => int(t, a).zip(int(t, b)).map(|(x, y)| Folded::Int(x & y)),
            Opc::BitOr => int(t, a).zip(int(t, b)).map(|(x, y)| Folded::Int(x | y)),
            Opc::BitXor => int(t, a).zip(int(t, b)).map(|(x, y)| Folded::Int(x ^ y)),
            Opc::FAdd => float(t, a)
                .zip(float(t, b))
                .map(|(x, y)| Folded::Float(x + y)),
            Opc::FSub => float(t, a)
                .zip(float(t, b))
                .map(|(x, y)| Folded::Float(x - y)),
            Opc::FMul => float(t, a)
                .zip(float(t, b))
                .map(|(x, y)| Folded::Float(x * y)),
            Opc::FDiv => float(t, a)
                .zip(float(t, b))
                .filter(|&(_, y)| y != 0.0)
                .map(|(x, y)| Folded::Float(x / y)),
            Opc::FNeg => float(t, a).map(|x| Folded::Float(-x)),
            Opc::IntToFloat => int(t, a).map(|x| Folded::Float(x as f64)),
            Opc::CmpInt => int(t, a)
                .zip(int(t, b))
                .map(|(x, y)| Folded::Bool(cmp_prim(&x, &y, i.imm as u32))),
            Opc::CmpFloat => float(t, a)
                .zip(float(t, b))
                .map(|(x, y)| Folded::Bool(cmp_prim(&x, &y, i.imm as u32))),
            Opc::IntIsTrue => int(t, a).map(|x| Folded::Bool(x != 0)),
            Opc::FloatIsTrue => float(t, a).map(|x| Folded::Bool(x != 0.0)),
            Opc::Not => int(t, a).map(|x| Folded::Bool(x == 0)),
            Opc::GuardTrue => int(t, a).filter(|&x| x != 0).map(|_| Folded::Remove),
            Opc::GuardFalse => int(t, a).filter(|&x| x == 0).map(|_| Folded::Remove),
            _ => None,
        };
        let Some(f) = f else { continue };
        let i = &mut t.insts[at];
        let (op, imm) = match f {
            Folded::Int(v) => (Opc::ConstInt, v),
            Folded::Float(v) => (Opc::ConstFloat, v.to_bits() as i64),
            Folded::Bool(v) => (Opc::ConstBool, v as i64),
            Folded::Remove => (Opc::Nop, 0),
        };
        i.kill();
        i.op = op;
        i.imm = imm;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_floor_division_and_modulo() {
        assert_eq!(py_floordiv(7, 2), Some(3));
        assert_eq!(py_floordiv(-7, 2), Some(-4));
        assert_eq!(py_floordiv(7, -2), Some(-4));
        assert_eq!(py_floordiv(i64::MIN, -1), None);
        assert_eq!(py_floordiv(1, 0), None);
        assert_eq!(py_mod(-7, 2), Some(1));
        assert_eq!(py_mod(7, -2), Some(-1));
        assert_eq!(py_mod(i64::MIN, -1), Some(0));
    }
}
