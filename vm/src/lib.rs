//! pyjit's virtual machine: front end (Ruff's parser), compiler, bytecode, objects, interpreter,
//! builtins and native modules. The JIT lives in another crate and hooks in through the interpreter.
//!
//! Pipeline: `compile::compile_module` (source -> `CodeObject` tree) -> `Vm::run_code` (eval loop in
//! `interp/eval.rs`). See `docs/ARCHITECTURE.md` for the layouts of values, code objects and frames.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod errors;
pub mod interp;
pub mod modules;
pub mod objects;
pub mod ops;
pub mod value;

use std::sync::atomic::AtomicUsize;

/// Size of the native stack of the thread running the interpreter (set by the embedder before the
/// `Vm` is created), used to turn deep Rust-level recursion into `RecursionError`.
pub static STACK_SIZE: AtomicUsize = AtomicUsize::new(8 << 20);

/// Compile and run `source` as `__main__`; returns the process exit status.
pub fn run_main(source: &str, filename: &str, argv: Vec<String>) -> i32 {
    run_main_with(source, filename, argv, |_| {})
}

/// `run_main`, with `setup` run on the fresh VM first (the binary installs the JIT there). The
/// JIT's `finish` hook runs after the program, before stdout is flushed.
pub fn run_main_with(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    setup: impl FnOnce(&mut interp::Vm),
) -> i32 {
    let mut vm = interp::Vm::new(argv);
    setup(&mut vm);
    let status = run_main_in(&mut vm, source, filename);
    builtins::io::flush_stdout();
    if let Some(mut j) = vm.jit.take() {
        j.finish();
    }
    status
}

pub fn run_main_in(vm: &mut interp::Vm, source: &str, filename: &str) -> i32 {
    let code = match compile::compile_module(source, filename) {
        Ok(c) => c,
        Err(e) => {
            errors::print_syntax_error(&e, source, filename);
            return 1;
        }
    };
    let (module, globals) = modules::new_module(vm, "__main__");
    let b = value::Value::Obj(vm.builtins.clone());
    vm.str_dict_set(&globals, "__builtins__", b);
    if !filename.starts_with('<') {
        let f = vm.new_str(filename);
        vm.str_dict_set(&globals, "__file__", f);
    }
    vm.str_dict_set(&globals, "__package__", value::Value::None);
    let mods = vm.modules.clone();
    vm.str_dict_set(&mods, "__main__", module);
    match vm.run_code(code, globals) {
        Ok(_) => 0,
        Err(e) => errors::report_uncaught(vm, &e),
    }
}

/// Disassemble a source file (`pyjit dis`).
pub fn dis_source(source: &str, filename: &str) -> Result<String, i32> {
    let mut vm = interp::Vm::new(vec![filename.to_string()]);
    match compile::compile_module(source, filename) {
        Ok(c) => Ok(bytecode::dis::disassemble(&c, &mut vm)),
        Err(e) => {
            errors::print_syntax_error(&e, source, filename);
            Err(1)
        }
    }
}
