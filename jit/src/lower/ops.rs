//! Lowering of one IR instruction. A guard branches to `fail` when its check does not hold (the
//! exit block of its snapshot, or the entry-failure block for a hoisted guard).

use super::{Helper, Lower, tag_of};
use crate::ir::{Opc, Ty};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{Block, InstBuilder, Value as CValue, types};
use cranelift_frontend::FunctionBuilder;
use pyjit_vm::value::{PAYLOAD_OFFSET, tag};

fn int_cc(op: i64) -> IntCC {
    match op {
        0 => IntCC::SignedLessThan,
        1 => IntCC::SignedLessThanOrEqual,
        2 => IntCC::Equal,
        3 => IntCC::NotEqual,
        4 => IntCC::SignedGreaterThan,
        _ => IntCC::SignedGreaterThanOrEqual,
    }
}

fn float_cc(op: i64) -> FloatCC {
    // Python: every comparison with NaN is false except `!=` (IEEE's unordered-or-not-equal).
    match op {
        0 => FloatCC::LessThan,
        1 => FloatCC::LessThanOrEqual,
        2 => FloatCC::Equal,
        3 => FloatCC::NotEqual,
        4 => FloatCC::GreaterThan,
        _ => FloatCC::GreaterThanOrEqual,
    }
}

/// Leave through `fail` when `cond` is non-zero; continue in a new block otherwise.
fn exit_if(b: &mut FunctionBuilder, cond: CValue, fail: Block) {
    let next = b.create_block();
    b.ins().brif(cond, fail, &[], next, &[]);
    b.switch_to_block(next);
}

/// Python's `x // d` or `x % d` for a constant `d >= 1` (see `divmagic`).
fn div_by_const(b: &mut FunctionBuilder, op: Opc, x: CValue, d: i64, nonneg: bool) -> CValue {
    if d == 1 {
        return if op == Opc::FloorDiv {
            x
        } else {
            b.ins().iconst(types::I64, 0)
        };
    }
    // see `divmagic::floordiv_by_magic`; a dividend known non-negative (opt::sign) needs no
    // sign correction
    let (m, sh) = crate::divmagic::magic_s64(d);
    let s = (!nonneg).then(|| b.ins().sshr_imm_u(x, 63));
    let y = match s {
        Some(s) => b.ins().bxor(x, s),
        None => x,
    };
    let mv = b.ins().iconst(types::I64, m);
    let mut q = b.ins().smulhi(y, mv);
    if m < 0 {
        q = b.ins().iadd(q, y);
    }
    if sh > 0 {
        q = b.ins().sshr_imm_u(q, sh as i64);
    }
    if let Some(s) = s {
        q = b.ins().bxor(q, s); // floor(x / d)
    }
    if op == Opc::FloorDiv {
        return q;
    }
    let dv = b.ins().iconst(types::I64, d);
    let qd = b.ins().imul(q, dv);
    b.ins().isub(x, qd)
}

fn bool64(b: &mut FunctionBuilder, c: CValue) -> CValue {
    b.ins().uextend(types::I64, c)
}

/// Address of item `idx` of the items at `ptr` (16 bytes per `Value`).
fn item_addr(b: &mut FunctionBuilder, ptr: CValue, idx: CValue) -> CValue {
    let off = b.ins().ishl_imm_u(idx, 4);
    b.ins().iadd(ptr, off)
}

/// Lower instruction `k`; `fail` is where a guard goes when its check fails.
pub(crate) fn inst(l: &mut Lower, b: &mut FunctionBuilder, k: usize, fail: Option<Block>) {
    let t = l.t;
    let i = &t.insts[k];
    let v = |r| l.v(r);
    if let Some(fail) = fail
        && l.fault
        && !i.pre
    {
        let f = l.call(b, Helper::Fault, &[]).unwrap();
        exit_if(b, f, fail);
    }
    let fail = || fail.expect("a guard has an exit");
    let res = match i.op {
        Opc::Nop | Opc::Param => None,
        Opc::ConstInt | Opc::ConstBool => Some(b.ins().iconst(types::I64, i.imm)),
        Opc::ConstFloat => Some(b.ins().f64const(f64::from_bits(i.imm as u64))),
        Opc::ConstObj => {
            let addr = &l.t.consts[i.imm as usize] as *const _ as i64;
            Some(b.ins().iconst(types::I64, addr))
        }
        Opc::BitAnd => Some(b.ins().band(v(i.a), v(i.b))),
        Opc::BitOr => Some(b.ins().bor(v(i.a), v(i.b))),
        Opc::BitXor => Some(b.ins().bxor(v(i.a), v(i.b))),
        Opc::FAdd => Some(b.ins().fadd(v(i.a), v(i.b))),
        Opc::FSub => Some(b.ins().fsub(v(i.a), v(i.b))),
        Opc::FMul => Some(b.ins().fmul(v(i.a), v(i.b))),
        Opc::FNeg => Some(b.ins().fneg(v(i.a))),
        Opc::IntToFloat => Some(b.ins().fcvt_from_sint(types::F64, v(i.a))),
        Opc::CmpInt => {
            let c = b.ins().icmp(int_cc(i.imm), v(i.a), v(i.b));
            Some(bool64(b, c))
        }
        Opc::CmpFloat => {
            let c = b.ins().fcmp(float_cc(i.imm), v(i.a), v(i.b));
            Some(bool64(b, c))
        }
        Opc::IntIsTrue => {
            let c = b.ins().icmp_imm_s(IntCC::NotEqual, v(i.a), 0);
            Some(bool64(b, c))
        }
        Opc::FloatIsTrue => {
            let z = b.ins().f64const(0.0);
            let c = b.ins().fcmp(FloatCC::NotEqual, v(i.a), z);
            Some(bool64(b, c))
        }
        Opc::Not => {
            let c = b.ins().icmp_imm_s(IntCC::Equal, v(i.a), 0);
            Some(bool64(b, c))
        }
        Opc::AddOv => {
            let (r, of) = b.ins().sadd_overflow(v(i.a), v(i.b));
            exit_if(b, of, fail());
            Some(r)
        }
        Opc::SubOv => {
            let (r, of) = b.ins().ssub_overflow(v(i.a), v(i.b));
            exit_if(b, of, fail());
            Some(r)
        }
        Opc::MulOv => {
            let (r, of) = b.ins().smul_overflow(v(i.a), v(i.b));
            exit_if(b, of, fail());
            Some(r)
        }
        Opc::NegOv => {
            let z = b.ins().iconst(types::I64, 0);
            let (r, of) = b.ins().ssub_overflow(z, v(i.a));
            exit_if(b, of, fail());
            Some(r)
        }
        Opc::FloorDiv | Opc::Mod if t.const_divisor(i.b).is_some() => {
            // by a positive constant: cannot fail, and a multiply instead of a divide
            let d = t.const_divisor(i.b).unwrap();
            Some(div_by_const(b, i.op, v(i.a), d, i.imm == 1))
        }
        Opc::FloorDiv | Opc::Mod => {
            // exit on a zero divisor or MIN / -1 (both left to the interpreter)
            let (x, y) = (v(i.a), v(i.b));
            let zero = b.ins().icmp_imm_s(IntCC::Equal, y, 0);
            let m1 = b.ins().icmp_imm_s(IntCC::Equal, y, -1);
            let min = b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
            let ovf = b.ins().band(m1, min);
            let bad = b.ins().bor(zero, ovf);
            exit_if(b, bad, fail());
            let q = b.ins().sdiv(x, y);
            let qy = b.ins().imul(q, y);
            let r = b.ins().isub(x, qy);
            // Python rounds towards minus infinity: adjust when the remainder is non-zero and
            // its sign differs from the divisor's.
            let rnz = b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
            let sx = b.ins().bxor(r, y);
            let sneg = b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
            let adj = b.ins().band(rnz, sneg);
            Some(if i.op == Opc::FloorDiv {
                let a64 = bool64(b, adj);
                b.ins().isub(q, a64)
            } else {
                let zero64 = b.ins().iconst(types::I64, 0);
                let add = b.ins().select(adj, y, zero64);
                b.ins().iadd(r, add)
            })
        }
        Opc::FDiv => {
            let z = b.ins().f64const(0.0);
            let bad = b.ins().fcmp(FloatCC::Equal, v(i.b), z);
            exit_if(b, bad, fail());
            Some(b.ins().fdiv(v(i.a), v(i.b)))
        }
        Opc::GuardTrue => {
            let c = b.ins().icmp_imm_s(IntCC::Equal, v(i.a), 0);
            exit_if(b, c, fail());
            None
        }
        Opc::GuardFalse => {
            let c = b.ins().icmp_imm_s(IntCC::NotEqual, v(i.a), 0);
            exit_if(b, c, fail());
            None
        }
        Opc::RangeNext => {
            // the iterator's state is in registers (its GuardRangeIter, on a param the trace never
            // writes, is always hoisted, and the head loads the state): no call
            let &(_, next, left, step) = l
                .ranges
                .iter()
                .find(|r| r.0 == i.a)
                .expect("range iterator state loaded in the head");
            let n = b.use_var(left);
            let done = b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, n, 0);
            exit_if(b, done, fail());
            let val = b.use_var(next);
            let nv = b.ins().iadd(val, step);
            b.def_var(next, nv);
            let nl = b.ins().iadd_imm_s(n, -1);
            b.def_var(left, nl);
            Some(val)
        }
        Opc::SeqNext => {
            let out = b.ins().stack_addr(types::I64, l.tmp, 0);
            let tg = b.ins().iconst(types::I64, i.imm);
            let got = l.call(b, Helper::SeqNext, &[v(i.a), tg, out]).unwrap();
            let none = b.ins().icmp_imm_s(IntCC::Equal, got, 0);
            exit_if(b, none, fail());
            let ty = if i.ty == Ty::Float {
                types::F64
            } else {
                types::I64
            };
            Some(b.ins().stack_load(types::I64, ty, l.tmp, 0))
        }
        Opc::GuardRangeIter => {
            let ok = l.call(b, Helper::IsRangeIter, &[v(i.a)]).unwrap();
            let bad = b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
            exit_if(b, bad, fail());
            None
        }
        Opc::GuardIs => {
            // the payload word of the object's slot is its reference; compare it with the
            // constant's (held by the trace, so it cannot be freed and its address reused)
            // (the tag first: a slot the trace assigns may hold None, whose payload means nothing)
            let tg = b.ins().load(types::I64, l.flags, v(i.a), 0);
            let bad = b.ins().icmp_imm_s(IntCC::NotEqual, tg, tag::OBJ as i64);
            exit_if(b, bad, fail());
            let want = l.t.consts[i.imm as usize].payload_word_for_jit();
            let got = b
                .ins()
                .load(types::I64, l.flags, v(i.a), PAYLOAD_OFFSET as i32);
            let bad = b.ins().icmp_imm_s(IntCC::NotEqual, got, want as i64);
            exit_if(b, bad, fail());
            None
        }
        Opc::GuardWatch => {
            let w = &l.t.watches[i.imm as usize];
            let addr = b.ins().iconst(types::I64, w.addr as i64);
            let got = b.ins().load(types::I64, l.flags, addr, 0);
            let bad = b.ins().icmp_imm_s(IntCC::NotEqual, got, w.expected as i64);
            exit_if(b, bad, fail());
            None
        }
        Opc::SeqPtr => {
            let out = b.ins().stack_addr(types::I64, l.tmp, 0);
            let kind = b.ins().iconst(types::I64, i.imm);
            let ok = l.call(b, Helper::SeqData, &[v(i.a), kind, out]).unwrap();
            let bad = b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
            exit_if(b, bad, fail());
            let ptr = b.ins().stack_load(types::I64, types::I64, l.tmp, 0);
            let len = b.ins().stack_load(types::I64, types::I64, l.tmp, 8);
            l.lens[k] = Some(len);
            Some(ptr)
        }
        Opc::SeqLen => Some(l.lens[i.a.0 as usize].expect("SeqPtr lowered before SeqLen")),
        Opc::GuardIndex => {
            let bad = b
                .ins()
                .icmp(IntCC::UnsignedGreaterThanOrEqual, v(i.a), v(i.b));
            exit_if(b, bad, fail());
            None
        }
        Opc::LoadElem => {
            let addr = item_addr(b, v(i.a), v(i.b));
            let tg = b.ins().load(types::I64, l.flags, addr, 0);
            let bad = b.ins().icmp_imm_s(IntCC::NotEqual, tg, i.imm);
            exit_if(b, bad, fail());
            Some(load_payload(l, b, i.ty, addr))
        }
        Opc::StoreElem => {
            // overwriting is safe only when the old item holds no reference
            let addr = item_addr(b, v(i.a), v(i.b));
            let tg = b.ins().load(types::I64, l.flags, addr, 0);
            let bad = b.ins().icmp_imm_s(IntCC::Equal, tg, tag::OBJ as i64);
            exit_if(b, bad, fail());
            let newtag = b.ins().iconst(types::I64, tag_of(l.t.ty(i.c)));
            b.ins().store(l.flags, newtag, addr, 0);
            b.ins().store(l.flags, v(i.c), addr, PAYLOAD_OFFSET as i32);
            None
        }
        Opc::GuardShape => {
            let shape = b
                .ins()
                .iconst(types::I64, l.t.shapes[i.imm as usize].addr() as i64);
            let ptr = l.call(b, Helper::InstValues, &[v(i.a), shape]).unwrap();
            let bad = b.ins().icmp_imm_s(IntCC::Equal, ptr, 0);
            exit_if(b, bad, fail());
            Some(ptr)
        }
        Opc::ElemRef => {
            let addr = b.ins().iadd_imm_s(v(i.a), i.imm * 16);
            let tg = b.ins().load(types::I64, l.flags, addr, 0);
            let bad = b.ins().icmp_imm_s(IntCC::NotEqual, tg, tag::OBJ as i64);
            exit_if(b, bad, fail());
            Some(addr)
        }
        Opc::IsSame => {
            let (ta, tb) = (
                b.ins().load(types::I64, l.flags, v(i.a), 0),
                b.ins().load(types::I64, l.flags, v(i.b), 0),
            );
            let mut kind_ok = |t| {
                let none = b.ins().icmp_imm_s(IntCC::Equal, t, tag::NONE as i64);
                let obj = b.ins().icmp_imm_s(IntCC::Equal, t, tag::OBJ as i64);
                b.ins().bor(none, obj)
            };
            let (oka, okb) = (kind_ok(ta), kind_ok(tb));
            let ok = b.ins().band(oka, okb);
            let bad = b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
            exit_if(b, bad, fail());
            // the same object, or both None (whose payload word means nothing)
            let off = PAYLOAD_OFFSET as i32;
            let pa = b.ins().load(types::I64, l.flags, v(i.a), off);
            let pb = b.ins().load(types::I64, l.flags, v(i.b), off);
            let same_tag = b.ins().icmp(IntCC::Equal, ta, tb);
            let same_word = b.ins().icmp(IntCC::Equal, pa, pb);
            let none = b.ins().icmp_imm_s(IntCC::Equal, ta, tag::NONE as i64);
            let either = b.ins().bor(none, same_word);
            let is = b.ins().band(same_tag, either);
            let r = bool64(b, is);
            Some(if i.imm != 0 {
                b.ins().bxor_imm_s(r, 1)
            } else {
                r
            })
        }
        Opc::SetSlot => {
            let dst = b.ins().iadd_imm_s(l.slots, i.imm * 16);
            l.call(b, Helper::Assign, &[dst, v(i.a)]);
            Some(dst)
        }
        Opc::ListAppend => {
            let tmp = b.ins().stack_addr(types::I64, l.tmp, 0);
            l.store_value(b, i.b, tmp, 0);
            l.call(b, Helper::ListAppend, &[v(i.a), tmp]);
            None
        }
        Opc::CallPure => {
            // box the arguments into the scratch stack area: [out | arg0 | arg1 | arg2]
            let args: Vec<_> = i.args().collect();
            let base = b.ins().stack_addr(types::I64, l.tmp, 0);
            for (n, &r) in args.iter().enumerate() {
                l.store_value(b, r, base, 16 * (n as i32 + 1));
            }
            let argp = b.ins().iadd_imm_s(base, 16);
            let f = {
                let addr = &l.t.consts[i.imm as usize] as *const _ as i64;
                b.ins().iconst(types::I64, addr)
            };
            let n = b.ins().iconst(types::I64, args.len() as i64);
            let tg = b.ins().iconst(types::I64, tag_of(i.ty));
            let ok = l
                .call(b, Helper::CallPure, &[l.vm, f, argp, n, tg, base])
                .unwrap();
            let bad = b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
            exit_if(b, bad, fail());
            let at = base_minus_payload(b, base);
            Some(load_payload(l, b, i.ty, at))
        }
    };
    if let Some(r) = res {
        l.vals[k] = Some(r);
    }
}

/// `pyjit_call_pure` writes the result's payload word at the start of the area; `load_payload`
/// reads at `PAYLOAD_OFFSET` from the address it is given.
fn base_minus_payload(b: &mut FunctionBuilder, base: CValue) -> CValue {
    b.ins().iadd_imm_s(base, -(PAYLOAD_OFFSET as i64))
}

/// Load the payload of the `Value` at `addr` as a value of type `ty`.
fn load_payload(l: &Lower, b: &mut FunctionBuilder, ty: Ty, addr: CValue) -> CValue {
    let off = PAYLOAD_OFFSET as i32;
    match ty {
        Ty::Float => b.ins().load(types::F64, l.flags, addr, off),
        Ty::Bool => {
            let x = b.ins().load(types::I8, l.flags, addr, off);
            b.ins().uextend(types::I64, x)
        }
        _ => b.ins().load(types::I64, l.flags, addr, off),
    }
}
