//! The compiler: Ruff AST -> `CodeObject` tree.
//!
//! - `symtable.rs` resolves every name (local / cell / free / global / module name).
//! - this file holds the compiler state: a stack of `Unit`s (one per code object being built), label
//!   and instruction emission, constants and names tables, line tracking.
//! - `stmt.rs` and `expr.rs` generate code for statements and expressions.
//! - `assemble.rs` turns a unit's instruction list into code units: resolves labels into relative
//!   jumps (with `EXTENDED_ARG` as needed), builds the line table and the exception table, and computes
//!   `max_stack` by flow analysis over the opcode table's stack effects.
//!
//! Exception handling is zero-cost, as CPython 3.11: while a `try` body (or handler, or `with` body)
//! is being emitted, the unit's `handlers` stack says where an exception must go, and every emitted
//! instruction records the innermost handler. `depth` is the structural value-stack depth at statement
//! level (iterators of enclosing `for` loops, `__exit__` of enclosing `with`s, saved exceptions of
//! enclosing handlers), which is what a handler unwinds the stack to.

mod assemble;
mod expr;
mod stmt;
pub mod symtable;
#[cfg(test)]
mod tests;

use crate::bytecode::{CodeObject, Op, code::flags};
use crate::objects::{PyObject, PyStr};
use crate::value::Value;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{TextRange, TextSize};
use std::rc::Rc;
use symtable::{Resolution, ScopeKind, SymbolTable};

/// A compile error, reported as a Python `SyntaxError` at `line`.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
    pub col: u32,
}

pub type CResult<T = ()> = Result<T, CompileError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Handler {
    label: Label,
    depth: u32,
    lasti: bool,
}

#[derive(Clone, Debug)]
pub(crate) struct Instr {
    op: Op,
    arg: u32,
    target: Option<Label>,
    line: u32,
    handler: Option<Handler>,
}

/// A block the compiler is inside, for `break`/`continue`/`return` unwinding.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// Inside a `try` body with handlers (the handler must be popped when leaving).
    TryExcept,
    /// Inside a `try` body with a `finally`: leaving runs `body` inline.
    FinallyTry {
        body: &'a [Stmt],
    },
    /// Inside the exception path of a `finally` (prev exc + exc on the stack).
    FinallyEnd,
    /// Inside a `with` body (`__exit__` on the stack).
    With,
    /// Inside an `except` handler body (prev exc on the stack); `name` is the `as` target to clear.
    HandlerCleanup {
        name: Option<String>,
    },
    /// A value (a `return` value being preserved) sits on the stack while a finally body runs inline.
    PopValue,
}

pub(crate) struct Unit<'a> {
    scope: (u32, u32),
    kind: ScopeKind,
    instrs: Vec<Instr>,
    labels: Vec<Option<usize>>,
    consts: Vec<Value>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    name: String,
    qualname: String,
    firstlineno: u32,
    fblocks: Vec<FBlock<'a>>,
    handlers: Vec<Handler>,
    depth: u32,
    line: u32,
}

pub struct Compiler<'a> {
    pub(crate) source: &'a str,
    pub(crate) filename: String,
    line_starts: Vec<u32>,
    pub(crate) symtable: SymbolTable,
    pub(crate) units: Vec<Unit<'a>>,
}

/// Byte offsets of the start of each line.
pub fn line_starts(source: &str) -> Vec<u32> {
    let mut v = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            v.push(i as u32 + 1);
        }
    }
    v
}

/// (1-based line, 0-based column in chars) of a byte offset.
pub fn line_col(source: &str, starts: &[u32], off: TextSize) -> (u32, u32) {
    let off = off.to_u32();
    let line = match starts.binary_search(&off) {
        Ok(i) => i,
        Err(i) => i - 1,
    };
    let ls = starts[line] as usize;
    let end = (off as usize).min(source.len());
    let col = source.get(ls..end).map(|s| s.chars().count()).unwrap_or(0);
    (line as u32 + 1, col as u32)
}

fn parse_error(source: &str, e: &ruff_python_parser::ParseError) -> CompileError {
    let starts = line_starts(source);
    let (line, col) = line_col(source, &starts, e.location.start());
    CompileError {
        message: crate::errors::syntax_message(&e.error, source, e.location),
        line,
        col,
    }
}

/// Compile a module-level body into a code object: `RESUME`, the body emitted by `emit`, then the
/// module's return (`emit` leaves the return value on the stack when `returns_value`).
fn compile_body<'a>(
    source: &'a str,
    filename: &str,
    body: &'a [Stmt],
    emit: impl FnOnce(&mut Compiler<'a>) -> CResult,
    returns_value: bool,
) -> Result<Rc<CodeObject>, CompileError> {
    let range = TextRange::new(TextSize::from(0), TextSize::from(source.len() as u32));
    let starts = line_starts(source);
    let symtable = symtable::build(body, range).map_err(|(message, r)| {
        let (line, col) = line_col(source, &starts, r.start());
        CompileError { message, line, col }
    })?;
    let mut c = Compiler {
        source,
        filename: filename.to_string(),
        line_starts: starts,
        symtable,
        units: Vec::new(),
    };
    let mk = c.symtable.module_key;
    c.enter_unit(mk, "<module>".into(), "<module>".into(), 1);
    c.emit(Op::RESUME, 0);
    emit(&mut c)?;
    if !returns_value {
        c.load_const(Value::None);
    }
    c.emit(Op::RETURN_VALUE, 0);
    Ok(Rc::new(c.leave_unit()))
}

/// Compile a module's source. `filename` is what tracebacks show.
pub fn compile_module(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let module = ruff_python_parser::parse_module(source)
        .map_err(|e| parse_error(source, &e))?
        .into_syntax();
    compile_body(
        source,
        filename,
        &module.body,
        |c| c.stmts(&module.body),
        false,
    )
}

/// Compile an expression for `eval()`: a code object that returns its value.
pub fn compile_eval(source: &str, filename: &str) -> Result<Rc<CodeObject>, CompileError> {
    let trimmed = source.trim_start_matches([' ', '\t']);
    let expr = ruff_python_parser::parse_expression(trimmed)
        .map_err(|e| parse_error(trimmed, &e))?
        .into_expr();
    let range = TextRange::new(TextSize::from(0), TextSize::from(trimmed.len() as u32));
    let body = vec![Stmt::Expr(ast::StmtExpr {
        node_index: Default::default(),
        range,
        value: Box::new(expr),
    })];
    let Stmt::Expr(e) = &body[0] else {
        unreachable!()
    };
    compile_body(trimmed, filename, &body, |c| c.expr(&e.value), true)
}

impl<'a> Compiler<'a> {
    pub(crate) fn error<T>(&self, message: impl Into<String>, range: TextRange) -> CResult<T> {
        let (line, col) = line_col(self.source, &self.line_starts, range.start());
        Err(CompileError {
            message: message.into(),
            line,
            col,
        })
    }

    pub(crate) fn line_of(&self, range: TextRange) -> u32 {
        line_col(self.source, &self.line_starts, range.start()).0
    }

    pub(crate) fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    pub(crate) fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub(crate) fn set_line(&mut self, range: TextRange) {
        let l = self.line_of(range);
        self.unit().line = l;
    }

    pub(crate) fn enter_unit(
        &mut self,
        scope: (u32, u32),
        name: String,
        qualname: String,
        firstlineno: u32,
    ) {
        let s = &self.symtable.scopes[&scope];
        let kind = s.kind;
        let mut varnames: Vec<String> = s.params.clone();
        let mut cellvars = Vec::new();
        let mut freevars = Vec::new();
        if kind != ScopeKind::Module {
            for (n, r) in &s.symbols {
                match r {
                    Resolution::Local if !varnames.contains(n) => varnames.push(n.clone()),
                    Resolution::Cell => cellvars.push(n.clone()),
                    Resolution::Free => freevars.push(n.clone()),
                    _ => {}
                }
            }
            freevars.extend(s.class_free.iter().cloned());
            cellvars.sort();
            freevars.sort();
        }
        let mut fl = 0;
        if !matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            fl |= flags::OPTIMIZED | flags::NEWLOCALS;
            if self.units.len() > 1 {
                fl |= flags::NESTED;
            }
        }
        if freevars.is_empty() && cellvars.is_empty() {
            fl |= flags::NOFREE;
        }
        self.units.push(Unit {
            scope,
            kind,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: fl,
            name,
            qualname,
            firstlineno,
            fblocks: Vec::new(),
            handlers: Vec::new(),
            depth: 0,
            line: firstlineno,
        });
    }

    pub(crate) fn leave_unit(&mut self) -> CodeObject {
        let u = self.units.pop().unwrap();
        assemble::assemble(u, &self.filename)
    }

    // ---- emission -------------------------------------------------------------------------

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.instrs.len());
    }

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let u = self.unit();
        let handler = u.handlers.last().copied();
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            line,
            handler,
        });
    }

    /// Emit a jump. `JUMP_FORWARD` and the `POP_JUMP_FORWARD_*` forms stand for "either direction":
    /// the assembler switches them to the backward forms when the target comes first.
    pub(crate) fn emit_jump(&mut self, op: Op, target: Label) {
        let u = self.unit();
        let handler = u.handlers.last().copied();
        let line = u.line;
        u.instrs.push(Instr {
            op,
            arg: 0,
            target: Some(target),
            line,
            handler,
        });
    }

    pub(crate) fn push_handler(&mut self, label: Label, depth: u32, lasti: bool) {
        self.unit().handlers.push(Handler {
            label,
            depth,
            lasti,
        });
    }
    pub(crate) fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    pub(crate) fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        for (i, c) in u.consts.iter().enumerate() {
            if const_identical(c, &v) {
                return i as u32;
            }
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    pub(crate) fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LOAD_CONST, i);
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|n| n == name) {
            return i as u32;
        }
        u.names.push(name.to_string());
        u.names.len() as u32 - 1
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        u.varnames.push(name.to_string());
        u.varnames.len() as u32 - 1
    }

    /// Deref slot index of a cell or free variable (cells first, then free variables).
    pub(crate) fn deref_index(&self, name: &str) -> u32 {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|n| n == name)
            .expect("free variable registered");
        (u.cellvars.len() + i) as u32
    }

    pub(crate) fn resolve(&self, name: &str) -> Resolution {
        let u = self.unit_ref();
        let r = self.symtable.scopes[&u.scope].resolve(name);
        if u.kind == ScopeKind::Module && r == Resolution::GlobalExplicit {
            return Resolution::Name;
        }
        r
    }

    pub(crate) fn load_name(&mut self, name: &str) {
        match self.resolve(name) {
            Resolution::Local => {
                let i = self.varname_index(name);
                self.emit(Op::LOAD_FAST, i)
            }
            Resolution::Free if self.unit_ref().kind == ScopeKind::Class => {
                let i = self.deref_index(name);
                self.emit(Op::LOAD_CLASSDEREF, i)
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.deref_index(name);
                self.emit(Op::LOAD_DEREF, i)
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.add_name(name);
                self.emit(Op::LOAD_GLOBAL, i << 1)
            }
            Resolution::Name => {
                let i = self.add_name(name);
                self.emit(Op::LOAD_NAME, i)
            }
        }
    }

    /// `PUSH_NULL; LOAD name` for a call, folded into `LOAD_GLOBAL` as CPython 3.11 does.
    pub(crate) fn load_name_for_call(&mut self, name: &str) {
        match self.resolve(name) {
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.add_name(name);
                self.emit(Op::LOAD_GLOBAL, (i << 1) | 1)
            }
            _ => {
                self.emit(Op::PUSH_NULL, 0);
                self.load_name(name);
            }
        }
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        match self.resolve(name) {
            Resolution::Local => {
                let i = self.varname_index(name);
                self.emit(Op::STORE_FAST, i)
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.deref_index(name);
                self.emit(Op::STORE_DEREF, i)
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.add_name(name);
                self.emit(Op::STORE_GLOBAL, i)
            }
            Resolution::Name => {
                let i = self.add_name(name);
                self.emit(Op::STORE_NAME, i)
            }
        }
    }

    pub(crate) fn delete_name(&mut self, name: &str) {
        match self.resolve(name) {
            Resolution::Local => {
                let i = self.varname_index(name);
                self.emit(Op::DELETE_FAST, i)
            }
            Resolution::Cell | Resolution::Free => {
                let i = self.deref_index(name);
                self.emit(Op::DELETE_DEREF, i)
            }
            Resolution::GlobalExplicit | Resolution::GlobalImplicit => {
                let i = self.add_name(name);
                self.emit(Op::DELETE_GLOBAL, i)
            }
            Resolution::Name => {
                let i = self.add_name(name);
                self.emit(Op::DELETE_NAME, i)
            }
        }
    }

    /// The qualified name of a new function defined in the current unit.
    pub(crate) fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Compile a function-like body (function, lambda, comprehension) into a code object and emit the
    /// code that creates the function object (closure tuple, `MAKE_FUNCTION`). Defaults must already be
    /// on the stack, as given by `mf_flags`.
    pub(crate) fn make_closure(&mut self, code: CodeObject, mut mf_flags: u32) {
        let code = Rc::new(code);
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone() {
                // The enclosing unit holds the variable as a cell or as a free variable of its own.
                let i = self.deref_index(&fv);
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, code.freevars.len() as u32);
            mf_flags |= crate::bytecode::opcodes::make_function::CLOSURE;
        }
        self.load_const(Value::obj(PyObject::Code(code)));
        self.emit(Op::MAKE_FUNCTION, mf_flags);
    }

    /// Emit the prologue of a function-like unit: cells for captured locals, free-variable copy.
    pub(crate) fn emit_prologue(&mut self) {
        let ncells = self.unit_ref().cellvars.len();
        let nfree = self.unit_ref().freevars.len();
        for i in 0..ncells {
            self.emit(Op::MAKE_CELL, i as u32);
        }
        if nfree > 0 {
            self.emit(Op::COPY_FREE_VARS, nfree as u32);
        }
        self.emit(Op::RESUME, 0);
    }

    /// A generator's code starts like CPython 3.11's: RETURN_GENERATOR (the call returns the
    /// generator object) and, on first resume, POP_TOP of the value `send` pushed.
    pub(crate) fn emit_generator_start(&mut self) {
        self.emit(Op::RETURN_GENERATOR, 0);
        self.emit(Op::POP_TOP, 0);
    }

    pub(crate) fn set_args(&mut self, params: Option<&ast::Parameters>) {
        if let Some(p) = params {
            let u = self.unit();
            u.posonlyargcount = p.posonlyargs.len() as u32;
            u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.kwonlyargcount = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if p.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
    }
}

/// Constants are shared when they are the same value of the same type (`1` and `1.0` and `True` are
/// distinct constants, as in CPython).
fn const_identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (PyObject::Str(s), PyObject::Str(t)) => s.as_str() == t.as_str(),
            (PyObject::Int(s), PyObject::Int(t)) => s == t,
            (PyObject::Bytes(s), PyObject::Bytes(t)) => s == t,
            (PyObject::Tuple(s), PyObject::Tuple(t)) => {
                s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| const_identical(p, q))
            }
            (PyObject::Ellipsis, PyObject::Ellipsis) => true,
            _ => Rc::ptr_eq(x, y),
        },
        _ => false,
    }
}

/// A str constant; short identifier-like strings are interned, as CPython does.
pub(crate) fn str_const(s: &str) -> Value {
    if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return Value::Obj(crate::objects::pystr::intern(s));
    }
    Value::obj(PyObject::Str(PyStr::new(s)))
}
