//! The backend: one Cranelift function per trace.
//!
//! ```text
//!   fn trace(slots: *mut Value, scratch: *mut Value, vm: *mut Vm) -> i32
//!   entry:   -> jump head
//!   head:    for each Param: check the slot's tag, load it; then the hoisted instructions
//!            (checks on objects the trace never writes); a failed check returns ENTRY_EXIT
//!            -> jump loop(params)
//!   loop(params): the body; each guard branches to its own cold exit block
//!            -> jump loop(values at the end of the iteration)       (a root trace)
//!            -> store the written slots; return BRIDGE_DONE         (a bridge)
//!   exit k:  store the snapshot's values (tag word + payload) into the slots (inlined frames:
//!            into `scratch`); if a bridge is attached to the exit, call it: when it rejoins the
//!            loop, jump head (a bridge returns BRIDGE_DONE instead); otherwise return the exit's
//!            number
//! ```
//!
//! Exit numbers are global (`exit_base + snapshot index`), so an exit taken inside a bridge is
//! reported through the trace that called it. Values stay unboxed in registers across iterations
//! (the loop block's parameters). The same lowering serves the host (through `cranelift-jit`) and
//! other targets (compiled for dumps only).

mod ops;

use crate::ir::{Opc, Ref, Trace, Ty};
use cranelift_codegen::Context;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, ExtFuncData, ExternalName, FuncRef, Function, InstBuilder,
    MemFlagsData, SigRef, Signature, StackSlotData, StackSlotKind, UserExternalName, UserFuncName,
    Value as CValue, types,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig, TargetIsa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use pyjit_vm::value::{PAYLOAD_OFFSET, tag};

/// Returned by a trace whose entry checks failed (the frame is untouched).
pub const ENTRY_EXIT: i32 = -1;
/// Returned by a bridge that reached its loop's header (it has stored the loop's state).
pub const BRIDGE_DONE: i32 = -2;

macro_rules! helpers {
    ($( $name:ident = $sym:literal, $addr:expr, [$($p:ident),*] -> $ret:ident; )*) => {
        /// The runtime helpers a trace may call, in the order of their external-name indices.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Helper { $( $name, )* }

        pub const HELPERS: &[Helper] = &[ $( Helper::$name, )* ];

        impl Helper {
            pub fn name(self) -> &'static str {
                match self { $( Helper::$name => $sym, )* }
            }
            /// The helper's address in this process.
            pub fn addr(self) -> *const u8 {
                match self { $( Helper::$name => $addr as *const u8, )* }
            }
            pub fn signature(self, cc: CallConv) -> Signature {
                let mut s = Signature::new(cc);
                match self {
                    $( Helper::$name => {
                        $( s.params.push(AbiParam::new(types::$p)); )*
                        helpers!(@ret s $ret);
                    } )*
                }
                s
            }
        }
    };
    (@ret $s:ident VOID) => {};
    (@ret $s:ident $t:ident) => { $s.returns.push(AbiParam::new(types::$t)); };
}

use pyjit_vm::interp::jit as rt;

helpers! {
    IsRangeIter = "pyjit_is_range_iter", rt::pyjit_is_range_iter, [I64] -> I8;
    Fault = "pyjit_fault", crate::deopt::pyjit_fault, [] -> I8;
    SeqData = "pyjit_seq_data", rt::pyjit_seq_data, [I64, I64, I64] -> I8;
    ListAppend = "pyjit_list_append", rt::pyjit_list_append, [I64, I64] -> VOID;
    CloneInto = "pyjit_clone_into", rt::pyjit_clone_into, [I64, I64] -> VOID;
    CallPure = "pyjit_call_pure", rt::pyjit_call_pure, [I64, I64, I64, I64, I64, I64] -> I8;
    SeqNext = "pyjit_seq_next", rt::pyjit_seq_next, [I64, I64, I64] -> I8;
    RangeState = "pyjit_range_state", rt::pyjit_range_state, [I64, I64] -> I8;
    RangeSet = "pyjit_range_set", rt::pyjit_range_set, [I64, I64, I64] -> VOID;
    InstValues = "pyjit_inst_values", rt::pyjit_inst_values, [I64, I64] -> I64;
    Assign = "pyjit_assign", rt::pyjit_assign, [I64, I64] -> VOID;
    Release = "pyjit_release", rt::pyjit_release, [I64] -> VOID;
}

/// The trace function's signature.
pub fn trace_signature(cc: CallConv) -> Signature {
    let mut s = Signature::new(cc);
    for _ in 0..3 {
        s.params.push(AbiParam::new(types::I64));
    }
    s.returns.push(AbiParam::new(types::I32));
    s
}

/// What `build` needs besides the trace.
pub struct Env<'a> {
    /// `helper_ids[h]`: the external-name index of helper `h`.
    pub helper_ids: &'a [u32],
    /// Add the fault-injection check to every guard in the loop.
    pub fault: bool,
    /// The global number of the trace's first exit.
    pub exit_base: u32,
    /// Address of the trace's exit table (one bridge entry point per snapshot, 0 = none), or 0.
    pub exit_table: usize,
}

fn clif_ty(t: Ty) -> types::Type {
    if t == Ty::Float {
        types::F64
    } else {
        types::I64
    }
}

pub(crate) fn tag_of(t: Ty) -> i64 {
    (match t {
        Ty::Int => tag::INT,
        Ty::Float => tag::FLOAT,
        Ty::Bool => tag::BOOL,
        Ty::Obj => tag::OBJ,
        Ty::Void => unreachable!("void values are never stored"),
    }) as i64
}

/// The state of one function being built.
pub(crate) struct Lower<'t> {
    pub t: &'t Trace,
    pub vals: Vec<Option<CValue>>,
    /// For each `SeqPtr`: the length it loaded.
    pub lens: Vec<Option<CValue>>,
    pub helpers: Vec<FuncRef>,
    pub vm: CValue,
    /// The frame's slots (`localsplus`).
    pub slots: CValue,
    /// A 16-byte-aligned stack area for helper results and boxed arguments.
    pub tmp: cranelift_codegen::ir::StackSlot,
    pub flags: MemFlagsData,
    pub fault: bool,
    /// Range iterators kept in registers: (the iterator, its next value, values left, step).
    pub ranges: Vec<(Ref, Variable, Variable, CValue)>,
}

impl Lower<'_> {
    /// Store the state of the range iterators kept in registers back into their objects.
    pub fn flush_ranges(&self, b: &mut FunctionBuilder) {
        for &(it, next, left, _) in &self.ranges {
            let (n, l) = (b.use_var(next), b.use_var(left));
            self.call(b, Helper::RangeSet, &[self.v(it), n, l]);
        }
    }

    pub fn v(&self, r: Ref) -> CValue {
        self.vals[r.0 as usize].expect("operand lowered")
    }

    pub fn call(&self, b: &mut FunctionBuilder, h: Helper, args: &[CValue]) -> Option<CValue> {
        let call = b.ins().call(self.helpers[h as usize], args);
        b.inst_results(call).first().copied()
    }

    /// Store the value of `r` as a `Value` at `base + off` (an object is cloned from its address).
    pub fn store_value(&self, b: &mut FunctionBuilder, r: Ref, base: CValue, off: i32) {
        let ty = self.t.ty(r);
        let val = self.v(r);
        if ty == Ty::Obj {
            let dst = b.ins().iadd_imm_s(base, off as i64);
            self.call(b, Helper::CloneInto, &[dst, val]);
            return;
        }
        let tg = b.ins().iconst(types::I64, tag_of(ty));
        b.ins().store(self.flags, tg, base, off);
        b.ins()
            .store(self.flags, val, base, off + PAYLOAD_OFFSET as i32);
    }
}

impl Lower<'_> {
    /// Store the value of `r` into frame slot `slot`. A local (or a stack slot below the loop's
    /// entry depth) may still hold an object the interpreter or a `SetSlot` put there, which a
    /// number stored over it must release; slots above the entry depth hold nothing yet.
    pub fn store_slot(&self, b: &mut FunctionBuilder, r: Ref, slot: u32) {
        let off = (slot as i32) * 16;
        if self.t.ty(r) != Ty::Obj && slot < self.t.nlocalsplus + self.t.entry_depth {
            let tg = b.ins().load(types::I64, self.flags, self.slots, off);
            let is_obj = b.ins().icmp_imm_s(IntCC::Equal, tg, tag::OBJ as i64);
            let release = b.create_block();
            let store = b.create_block();
            b.ins().brif(is_obj, release, &[], store, &[]);
            b.switch_to_block(release);
            b.set_cold_block(release);
            let addr = b.ins().iadd_imm_s(self.slots, off as i64);
            self.call(b, Helper::Release, &[addr]);
            b.ins().jump(store, &[]);
            b.switch_to_block(store);
        }
        self.store_value(b, r, self.slots, off);
    }
}

/// Build the Cranelift function for `t` into `func`.
pub fn build(t: &Trace, func: &mut Function, env: &Env, cfg: TargetFrontendConfig) {
    let cc = func.signature.call_conv;
    let mut fctx = FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(func, &mut fctx);
    let mut helpers: Vec<FuncRef> = Vec::new();
    for &h in HELPERS {
        let sig = b.import_signature(h.signature(cc));
        let name = b
            .func
            .declare_imported_user_function(UserExternalName::new(0, env.helper_ids[h as usize]));
        helpers.push(b.import_function(ExtFuncData {
            name: ExternalName::user(name),
            signature: sig,
            colocated: false,
            patchable: false,
        }));
    }
    let bridge_sig: SigRef = b.import_signature(trace_signature(cc));
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let head = b.create_block();
    let entry_fail = b.create_block();
    let lp = b.create_block();
    b.switch_to_block(entry);
    let (slots, scratch, vm) = {
        let p = b.block_params(entry);
        (p[0], p[1], p[2])
    };
    b.ins().jump(head, &[]);
    let tmp = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 64, 4));
    let mut l = Lower {
        t,
        vals: vec![None; t.insts.len()],
        lens: vec![None; t.insts.len()],
        helpers,
        vm,
        slots,
        tmp,
        flags: MemFlagsData::trusted(),
        fault: env.fault,
        ranges: Vec::new(),
    };

    // head: check and load every Param, then run the hoisted instructions
    b.switch_to_block(head);
    let params: Vec<(Ref, u32, Ty)> = t
        .insts
        .iter()
        .enumerate()
        .filter(|(_, i)| i.op == Opc::Param)
        .map(|(k, i)| (Ref(k as u32), i.imm as u32, i.ty))
        .collect();
    let mut entry_vals = Vec::new();
    for &(r, slot, ty) in &params {
        let off = (slot as i32) * 16;
        let tg = b.ins().load(types::I64, l.flags, slots, off);
        let ok = b.ins().icmp_imm_s(IntCC::Equal, tg, tag_of(ty));
        let next = b.create_block();
        b.ins().brif(ok, next, &[], entry_fail, &[]);
        b.switch_to_block(next);
        let poff = off + PAYLOAD_OFFSET as i32;
        let v = match ty {
            Ty::Float => b.ins().load(types::F64, l.flags, slots, poff),
            Ty::Bool => {
                let v = b.ins().load(types::I8, l.flags, slots, poff);
                b.ins().uextend(types::I64, v)
            }
            // an object is passed around as the address of its slot (which the trace never
            // writes), so compiled code does not depend on how `Rc` lays out its pointer
            Ty::Obj => b.ins().iadd_imm_s(slots, off as i64),
            _ => b.ins().load(types::I64, l.flags, slots, poff),
        };
        if t.nonneg_params.contains(&r) {
            // an assumption of opt::sign
            let neg = b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
            let next = b.create_block();
            b.ins().brif(neg, entry_fail, &[], next, &[]);
            b.switch_to_block(next);
        }
        if ty == Ty::Obj {
            // objects are not loop-carried: usable directly in the loop
            l.vals[r.0 as usize] = Some(v);
        } else {
            entry_vals.push(BlockArg::Value(v));
        }
    }
    for (k, i) in t.insts.iter().enumerate() {
        if i.pre {
            ops::inst(&mut l, &mut b, k, Some(entry_fail));
        }
    }
    // range iterators (checked once, above) live in registers while the trace runs
    for i in t
        .insts
        .iter()
        .filter(|i| i.pre && i.op == Opc::GuardRangeIter)
    {
        let out = b.ins().stack_addr(types::I64, l.tmp, 0);
        l.call(&mut b, Helper::RangeState, &[l.v(i.a), out]);
        let next = b.declare_var(types::I64);
        let left = b.declare_var(types::I64);
        let v = b.ins().stack_load(types::I64, types::I64, l.tmp, 0);
        b.def_var(next, v);
        let v = b.ins().stack_load(types::I64, types::I64, l.tmp, 8);
        b.def_var(left, v);
        let step = b.ins().stack_load(types::I64, types::I64, l.tmp, 16);
        l.ranges.push((i.a, next, left, step));
    }
    for &(r, _, ty) in &params {
        if ty != Ty::Obj {
            let p = b.append_block_param(lp, clif_ty(ty));
            l.vals[r.0 as usize] = Some(p);
        }
    }
    b.ins().jump(lp, &entry_vals);

    b.switch_to_block(entry_fail);
    let m1 = b.ins().iconst(types::I32, ENTRY_EXIT as i64);
    b.ins().return_(&[m1]);

    // the loop body
    b.switch_to_block(lp);
    let mut exits: Vec<(Block, u32)> = Vec::new();
    for (k, i) in t.insts.iter().enumerate() {
        if i.pre || i.op == Opc::Param || i.op == Opc::Nop {
            continue;
        }
        if i.op.is_guard() {
            let exit = b.create_block();
            exits.push((exit, i.snap));
            ops::inst(&mut l, &mut b, k, Some(exit));
        } else {
            ops::inst(&mut l, &mut b, k, None);
        }
    }
    let bridge = t.is_bridge();
    if bridge {
        // store what the side path wrote; the loop's trace re-reads it
        l.flush_ranges(&mut b);
        for &(slot, _, end) in &t.carried {
            l.store_slot(&mut b, end, slot);
        }
        let done = b.ins().iconst(types::I32, BRIDGE_DONE as i64);
        b.ins().return_(&[done]);
    } else {
        // back to the top of the loop with the iteration's final values
        let back: Vec<BlockArg> = params
            .iter()
            .filter(|p| p.2 != Ty::Obj)
            .map(|&(p, slot, _)| {
                let end = t
                    .carried
                    .iter()
                    .find(|c| c.0 == slot)
                    .map(|c| c.2)
                    .unwrap_or(p);
                BlockArg::Value(l.v(end))
            })
            .collect();
        b.ins().jump(lp, &back);
    }

    // the exits: write the snapshot back into the frame's slots (and the scratch area), then
    // leave through the shared dispatch block with the exit's number
    let dispatch = b.create_block();
    let code = b.append_block_param(dispatch, types::I32);
    for (exit, snap) in exits {
        b.switch_to_block(exit);
        b.set_cold_block(exit);
        let s = &t.snaps[snap as usize];
        // objects are cloned before any number is stored over a slot (which may release the
        // only owner of something they point into)
        for f in &s.inlined {
            for &(slot, r) in &f.entries {
                l.store_value(&mut b, r, scratch, ((f.scratch + slot) as i32) * 16);
            }
        }
        for obj_pass in [true, false] {
            for &(slot, r) in &s.entries {
                if (t.ty(r) == Ty::Obj) == obj_pass {
                    l.store_slot(&mut b, r, slot);
                }
            }
        }
        let code = b.ins().iconst(types::I32, (env.exit_base + snap) as i64);
        b.ins().jump(dispatch, &[BlockArg::Value(code)]);
    }
    // dispatch: store the range iterators' state; run the bridge attached to the exit, if any
    // (exits that resume inlined frames never get one)
    b.switch_to_block(dispatch);
    b.set_cold_block(dispatch);
    l.flush_ranges(&mut b);
    if env.exit_table != 0 {
        let idx = b.ins().iadd_imm_s(code, -(env.exit_base as i64));
        let idx = b.ins().uextend(types::I64, idx);
        let off = b.ins().ishl_imm_u(idx, 3);
        let table = b.ins().iconst(types::I64, env.exit_table as i64);
        let addr = b.ins().iadd(table, off);
        let fp = b.ins().load(types::I64, l.flags, addr, 0);
        let call_it = b.create_block();
        let leave = b.create_block();
        b.ins().brif(fp, call_it, &[], leave, &[]);
        b.switch_to_block(call_it);
        b.set_cold_block(call_it);
        let call = b.ins().call_indirect(bridge_sig, fp, &[slots, scratch, vm]);
        let r = b.inst_results(call)[0];
        let is_done = b.ins().icmp_imm_s(IntCC::Equal, r, BRIDGE_DONE as i64);
        let not_done = b.create_block();
        let rejoin = b.create_block();
        b.ins().brif(is_done, rejoin, &[], not_done, &[]);
        b.switch_to_block(rejoin);
        b.set_cold_block(rejoin);
        if bridge {
            b.ins().return_(&[r]);
        } else {
            b.ins().jump(head, &[]);
        }
        b.switch_to_block(not_done);
        b.set_cold_block(not_done);
        // the bridge's entry checks failed: leave through this exit after all
        let failed = b.ins().icmp_imm_s(IntCC::Equal, r, ENTRY_EXIT as i64);
        let out = b.ins().select(failed, code, r);
        b.ins().return_(&[out]);
        b.switch_to_block(leave);
        b.set_cold_block(leave);
    }
    b.ins().return_(&[code]);
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
    let ids: Vec<u32> = (0..HELPERS.len() as u32).collect();
    let env = Env {
        helper_ids: &ids,
        fault: false,
        exit_base: 0,
        exit_table: 0,
    };
    build(t, &mut ctx.func, &env, isa.frontend_config());
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
