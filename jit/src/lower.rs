//! The backend: one Cranelift function per trace.
//!
//! ```text
//!   fn trace(slots: *mut Value) -> i32          slots = the frame's localsplus
//!   entry:   for each Param: check the slot's tag (and, for a range iterator, its kind), load it
//!            -> jump loop(params)               a failed check returns ENTRY_EXIT (nothing written)
//!   loop(params): the body; each guard branches to its own cold exit block
//!            -> jump loop(values at the end of the iteration)
//!   exit k:  store the snapshot's values (tag word + payload) into the slots; return k
//! ```
//!
//! Values stay unboxed in registers across iterations (the loop block's parameters). The same
//! lowering serves the host (through `cranelift-jit`) and other targets (compiled for dumps only).

use crate::ir::{Opc, Ref, Trace, Ty};
use cranelift_codegen::Context;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    AbiParam, BlockArg, ExtFuncData, ExternalName, FuncRef, Function, InstBuilder, MemFlagsData,
    Signature, StackSlotData, StackSlotKind, UserExternalName, UserFuncName, types,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig, TargetIsa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use pyjit_vm::value::{PAYLOAD_OFFSET, tag};

/// Returned by a trace whose entry checks failed (the frame is untouched).
pub const ENTRY_EXIT: i32 = -1;

/// The runtime helpers a trace may call, in the order of their external-name indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helper {
    IsRangeIter = 0,
    RangeNext = 1,
    Fault = 2,
}

pub const HELPERS: [Helper; 3] = [Helper::IsRangeIter, Helper::RangeNext, Helper::Fault];

impl Helper {
    pub fn name(self) -> &'static str {
        match self {
            Helper::IsRangeIter => "pyjit_is_range_iter",
            Helper::RangeNext => "pyjit_range_next",
            Helper::Fault => "pyjit_fault",
        }
    }

    pub fn signature(self, cc: CallConv) -> Signature {
        let mut s = Signature::new(cc);
        match self {
            Helper::IsRangeIter => s.params.push(AbiParam::new(types::I64)),
            Helper::RangeNext => {
                s.params.push(AbiParam::new(types::I64));
                s.params.push(AbiParam::new(types::I64));
            }
            Helper::Fault => {}
        }
        s.returns.push(AbiParam::new(types::I8));
        s
    }
}

/// The trace function's signature.
pub fn trace_signature(cc: CallConv) -> Signature {
    let mut s = Signature::new(cc);
    s.params.push(AbiParam::new(types::I64));
    s.returns.push(AbiParam::new(types::I32));
    s
}

fn clif_ty(t: Ty) -> types::Type {
    if t == Ty::Float {
        types::F64
    } else {
        types::I64
    }
}

fn tag_of(t: Ty) -> i64 {
    (match t {
        Ty::Int => tag::INT,
        Ty::Float => tag::FLOAT,
        Ty::Bool => tag::BOOL,
        Ty::Obj => tag::OBJ,
        Ty::Void => unreachable!("void values are never stored"),
    }) as i64
}

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

/// The divisor of a `//` or `%` when it is a constant >= 1.
fn const_divisor(t: &Trace, b: Ref) -> Option<i64> {
    let i = &t.insts[b.0 as usize];
    (i.op == Opc::ConstInt && i.imm >= 1).then_some(i.imm)
}

/// Python's `x // d` or `x % d` for a constant `d >= 1` (see `divmagic`).
fn div_by_const(
    b: &mut FunctionBuilder,
    op: Opc,
    x: cranelift_codegen::ir::Value,
    d: i64,
) -> cranelift_codegen::ir::Value {
    if d == 1 {
        return if op == Opc::FloorDiv {
            x
        } else {
            b.ins().iconst(types::I64, 0)
        };
    }
    let (m, s) = crate::divmagic::magic_s64(d);
    let mv = b.ins().iconst(types::I64, m);
    let mut q = b.ins().smulhi(x, mv);
    if m < 0 {
        q = b.ins().iadd(q, x);
    }
    if s > 0 {
        q = b.ins().sshr_imm_u(q, s as u64);
    }
    let sign = b.ins().ushr_imm_u(q, 63);
    let q = b.ins().iadd(q, sign); // truncated quotient
    let dv = b.ins().iconst(types::I64, d);
    let qd = b.ins().imul(q, dv);
    let r = b.ins().isub(x, qd); // truncated remainder, with the sign of x
    // Python floors: a negative remainder moves to r + d, and the quotient down by one
    let neg = b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
    if op == Opc::FloorDiv {
        let n64 = b.ins().uextend(types::I64, neg);
        b.ins().isub(q, n64)
    } else {
        let zero = b.ins().iconst(types::I64, 0);
        let add = b.ins().select(neg, dv, zero);
        b.ins().iadd(r, add)
    }
}

/// Build the Cranelift function for `t` into `func`. `helper_ids[h]` is the external-name index
/// of helper `h`; `fault` adds the fault-injection check to every guard.
pub fn build(
    t: &Trace,
    func: &mut Function,
    helper_ids: &[u32; 3],
    fault: bool,
    cfg: TargetFrontendConfig,
) {
    let cc = func.signature.call_conv;
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut fctx);
    let mut helpers: Vec<FuncRef> = Vec::new();
    for h in HELPERS {
        let sig = b.import_signature(h.signature(cc));
        let name = b
            .func
            .declare_imported_user_function(UserExternalName::new(0, helper_ids[h as usize]));
        helpers.push(b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature: sig,
            colocated: false,
            patchable: false,
        }));
    }
    let flags = MemFlagsData::trusted();
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let entry_fail = b.create_block();
    let lp = b.create_block();
    b.switch_to_block(entry);
    let slots = b.block_params(entry)[0];
    let mut vals: Vec<Option<cranelift_codegen::ir::Value>> = vec![None; t.insts.len()];

    // entry: check and load every Param
    let params: Vec<(Ref, u32, Ty)> = t
        .insts
        .iter()
        .enumerate()
        .filter(|(_, i)| i.op == Opc::Param)
        .map(|(k, i)| (Ref(k as u32), i.imm as u32, i.ty))
        .collect();
    let mut entry_vals = Vec::new();
    for &(_, slot, ty) in &params {
        let off = (slot as i32) * 16;
        let tg = b.ins().load(types::I64, flags, slots, off);
        let ok = b.ins().icmp_imm_s(IntCC::Equal, tg, tag_of(ty));
        let next = b.create_block();
        b.ins().brif(ok, next, &[], entry_fail, &[]);
        b.switch_to_block(next);
        let poff = off + PAYLOAD_OFFSET as i32;
        let v = match ty {
            Ty::Float => b.ins().load(types::F64, flags, slots, poff),
            Ty::Bool => {
                let v = b.ins().load(types::I8, flags, slots, poff);
                b.ins().uextend(types::I64, v)
            }
            // an object is passed to helpers as the address of its slot (which the trace never
            // writes), so compiled code does not depend on how `Rc` lays out its pointer
            Ty::Obj => b.ins().iadd_imm_s(slots, off as i64),
            _ => b.ins().load(types::I64, flags, slots, poff),
        };
        if ty == Ty::Obj {
            let call = b.ins().call(helpers[Helper::IsRangeIter as usize], &[v]);
            let r = b.inst_results(call)[0];
            let next = b.create_block();
            b.ins().brif(r, next, &[], entry_fail, &[]);
            b.switch_to_block(next);
        }
        entry_vals.push(BlockArg::Value(v));
    }
    for &(r, _, ty) in &params {
        let p = b.append_block_param(lp, clif_ty(ty));
        vals[r.0 as usize] = Some(p);
    }
    b.ins().jump(lp, &entry_vals);

    b.switch_to_block(entry_fail);
    let m1 = b.ins().iconst(types::I32, ENTRY_EXIT as i64);
    b.ins().return_(&[m1]);

    b.switch_to_block(lp);
    let out_slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
    let mut exits: Vec<(cranelift_codegen::ir::Block, u32)> = Vec::new();
    for (k, i) in t.insts.iter().enumerate() {
        let v = |r: Ref| vals[r.0 as usize].expect("operand lowered");
        let res = match i.op {
            Opc::Nop | Opc::Param => None,
            Opc::ConstInt | Opc::ConstBool => Some(b.ins().iconst(types::I64, i.imm)),
            Opc::ConstFloat => Some(b.ins().f64const(f64::from_bits(i.imm as u64))),
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
                Some(b.ins().uextend(types::I64, c))
            }
            Opc::CmpFloat => {
                let c = b.ins().fcmp(float_cc(i.imm), v(i.a), v(i.b));
                Some(b.ins().uextend(types::I64, c))
            }
            Opc::IntIsTrue => {
                let c = b.ins().icmp_imm_s(IntCC::NotEqual, v(i.a), 0);
                Some(b.ins().uextend(types::I64, c))
            }
            Opc::FloatIsTrue => {
                let z = b.ins().f64const(0.0);
                let c = b.ins().fcmp(FloatCC::NotEqual, v(i.a), z);
                Some(b.ins().uextend(types::I64, c))
            }
            Opc::Not => {
                let c = b.ins().icmp_imm_s(IntCC::Equal, v(i.a), 0);
                Some(b.ins().uextend(types::I64, c))
            }
            Opc::FloorDiv | Opc::Mod if const_divisor(t, i.b).is_some() => {
                // by a positive constant: no exit, and a multiply instead of a divide
                let d = const_divisor(t, i.b).unwrap();
                Some(div_by_const(&mut b, i.op, v(i.a), d))
            }
            _ => {
                // A guard: `fail` is a value that is non-zero when the trace must exit.
                let exit = b.create_block();
                exits.push((exit, i.snap));
                if fault {
                    let call = b.ins().call(helpers[Helper::Fault as usize], &[]);
                    let f = b.inst_results(call)[0];
                    let next = b.create_block();
                    b.ins().brif(f, exit, &[], next, &[]);
                    b.switch_to_block(next);
                }
                let (fail, result) = match i.op {
                    Opc::AddOv => {
                        let (r, of) = b.ins().sadd_overflow(v(i.a), v(i.b));
                        (of, Some(r))
                    }
                    Opc::SubOv => {
                        let (r, of) = b.ins().ssub_overflow(v(i.a), v(i.b));
                        (of, Some(r))
                    }
                    Opc::MulOv => {
                        let (r, of) = b.ins().smul_overflow(v(i.a), v(i.b));
                        (of, Some(r))
                    }
                    Opc::NegOv => {
                        let z = b.ins().iconst(types::I64, 0);
                        let (r, of) = b.ins().ssub_overflow(z, v(i.a));
                        (of, Some(r))
                    }
                    Opc::FloorDiv | Opc::Mod => {
                        // exit on a zero divisor or MIN / -1 (both left to the interpreter)
                        let (x, y) = (v(i.a), v(i.b));
                        let zero = b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                        let m1 = b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                        let min = b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                        let ovf = b.ins().band(m1, min);
                        let fail = b.ins().bor(zero, ovf);
                        let next = b.create_block();
                        b.ins().brif(fail, exit, &[], next, &[]);
                        b.switch_to_block(next);
                        let q = b.ins().sdiv(x, y);
                        let r = b.ins().srem(x, y);
                        // Python rounds towards minus infinity: adjust when the remainder is
                        // non-zero and its sign differs from the divisor's.
                        let rnz = b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                        let sx = b.ins().bxor(r, y);
                        let sneg = b.ins().icmp_imm_s(IntCC::SignedLessThan, sx, 0);
                        let adj = b.ins().band(rnz, sneg);
                        let res = if i.op == Opc::FloorDiv {
                            let a64 = b.ins().uextend(types::I64, adj);
                            b.ins().isub(q, a64)
                        } else {
                            let zero64 = b.ins().iconst(types::I64, 0);
                            let add = b.ins().select(adj, y, zero64);
                            b.ins().iadd(r, add)
                        };
                        vals[k] = Some(res);
                        continue;
                    }
                    Opc::FDiv => {
                        let z = b.ins().f64const(0.0);
                        let fail = b.ins().fcmp(FloatCC::Equal, v(i.b), z);
                        let next = b.create_block();
                        b.ins().brif(fail, exit, &[], next, &[]);
                        b.switch_to_block(next);
                        vals[k] = Some(b.ins().fdiv(v(i.a), v(i.b)));
                        continue;
                    }
                    Opc::GuardTrue => (b.ins().icmp_imm_s(IntCC::Equal, v(i.a), 0), None),
                    Opc::GuardFalse => (b.ins().icmp_imm_s(IntCC::NotEqual, v(i.a), 0), None),
                    Opc::RangeNext => {
                        let addr = b.ins().stack_addr(types::I64, out_slot, 0);
                        let call = b
                            .ins()
                            .call(helpers[Helper::RangeNext as usize], &[v(i.a), addr]);
                        let got = b.inst_results(call)[0];
                        let next = b.create_block();
                        b.ins().brif(got, next, &[], exit, &[]);
                        b.switch_to_block(next);
                        vals[k] = Some(b.ins().stack_load(types::I64, types::I64, out_slot, 0));
                        continue;
                    }
                    other => unreachable!("unlowered IR op {}", other.name()),
                };
                let next = b.create_block();
                b.ins().brif(fail, exit, &[], next, &[]);
                b.switch_to_block(next);
                result
            }
        };
        if res.is_some() {
            vals[k] = res;
        }
    }
    // back to the top of the loop with the iteration's final values
    let back: Vec<BlockArg> = params
        .iter()
        .map(|&(p, slot, _)| {
            let end = t
                .carried
                .iter()
                .find(|c| c.0 == slot)
                .map(|c| c.2)
                .unwrap_or(p);
            BlockArg::Value(vals[end.0 as usize].expect("loop-carried value lowered"))
        })
        .collect();
    b.ins().jump(lp, &back);

    // the exits: write the snapshot back into the frame's slots
    for (exit, snap) in exits {
        b.switch_to_block(exit);
        b.set_cold_block(exit);
        let s = &t.snaps[snap as usize];
        for &(slot, r) in &s.entries {
            let off = (slot as i32) * 16;
            let ty = t.ty(r);
            let tg = b.ins().iconst(types::I64, tag_of(ty));
            b.ins().store(flags, tg, slots, off);
            let val = vals[r.0 as usize].expect("snapshot value lowered");
            b.ins()
                .store(flags, val, slots, off + PAYLOAD_OFFSET as i32);
        }
        let code = b.ins().iconst(types::I32, snap as i64);
        b.ins().return_(&[code]);
    }
    b.seal_all_blocks();
    b.finalize(cfg);
}

/// A fresh function with the trace signature for `isa`.
pub fn new_function(isa: &dyn TargetIsa, n: u32) -> Function {
    Function::with_name_signature(
        UserFuncName::user(1, n),
        trace_signature(isa.default_call_conv()),
    )
}

/// Compile `t` for `isa` without linking (for `--jit-target`): the function's CLIF and the
/// disassembly of its machine code.
pub fn compile_for(isa: &dyn TargetIsa, t: &Trace) -> Result<(String, String), String> {
    let mut ctx = Context::new();
    ctx.func = new_function(isa, 0);
    build(t, &mut ctx.func, &[0, 1, 2], false, isa.frontend_config());
    let clif = ctx.func.display().to_string();
    ctx.set_disasm(true);
    let code = ctx
        .compile(isa, &mut Default::default())
        .map_err(|e| format!("{:?}", e.inner))?;
    let asm = disassemble(isa, code);
    Ok((clif, asm))
}

/// The machine code of a compiled function as text (capstone through Cranelift's `disas`).
pub fn disassemble(isa: &dyn TargetIsa, code: &cranelift_codegen::CompiledCode) -> String {
    match isa.to_capstone() {
        Ok(cs) => code
            .disassemble(None, &cs)
            .unwrap_or_else(|e| format!("(disassembly failed: {e})\n")),
        Err(_) => code.vcode.clone().unwrap_or_default(),
    }
}
