//! Code generation for statements.
//!
//! Control flow follows CPython 3.11's compiler: `for` keeps its iterator on the stack, `try`
//! bodies are protected by exception-table entries (no setup instructions at run time), `finally`
//! bodies are emitted twice (normal and exceptional path) and once more inline for every
//! `return`/`break`/`continue` that leaves them.

use super::{CResult, Compiler, FBlock, Resolution, str_const};
use crate::bytecode::Op;
use crate::bytecode::opcodes::make_function;
use crate::value::Value;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) => {
                if self.units.len() == 1 && self.interactive() {
                    self.expr(&e.value)?;
                    self.emit(Op::PRINT_EXPR, 0);
                } else if is_constant_expr(&e.value) {
                    // A bare constant (docstring) has no effect: CPython emits nothing but a NOP.
                    self.emit(Op::NOP, 0);
                } else {
                    self.expr(&e.value)?;
                    self.emit(Op::POP_TOP, 0);
                }
            }
            Stmt::Pass(_) => self.emit(Op::NOP, 0),
            Stmt::Assign(a) => {
                if a.targets.len() == 1 && self.swap_assign(&a.targets[0], &a.value)? {
                    return Ok(());
                }
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                } else {
                    match &*a.target {
                        Expr::Name(_) => self.emit(Op::NOP, 0),
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                            self.emit(Op::POP_TOP, 0);
                        }
                        Expr::Subscript(sub) => {
                            self.expr(&sub.value)?;
                            self.emit(Op::POP_TOP, 0);
                            self.expr(&sub.slice)?;
                            self.emit(Op::POP_TOP, 0);
                        }
                        _ => {}
                    }
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => {
                if f.is_async {
                    return self.error("'async for' is not supported yet by pyjit", s.range());
                }
                self.for_stmt(f)?
            }
            Stmt::Break(b) => self.unwind_jump(true, b.range())?,
            Stmt::Continue(c) => self.unwind_jump(false, c.range())?,
            Stmt::Return(r) => {
                if self.unit_ref().kind == super::symtable::ScopeKind::Module {
                    return self.error("'return' outside function", r.range());
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                let saved = self.unwind_all(true)?;
                self.emit(Op::RETURN_VALUE, 0);
                self.restore_blocks(saved);
            }
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RAISE_VARARGS, n);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return self.error("'except*' is not supported yet by pyjit", t.range());
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                self.emit(Op::LOAD_ASSERTION_ERROR, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::CALL, 0);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
            }
            Stmt::With(w) => {
                if w.is_async {
                    return self.error("'async with' is not supported yet by pyjit", w.range());
                }
                self.with_stmt(&w.items, &w.body)?;
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => self.emit(Op::NOP, 0),
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let idx = self.add_name(a.name.as_str());
                    self.emit(Op::IMPORT_NAME, idx);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.as_str().split('.').collect();
                            if parts.len() > 1 {
                                for p in &parts[1..] {
                                    let pi = self.add_name(p);
                                    self.emit(Op::IMPORT_FROM, pi);
                                    self.emit(Op::SWAP, 2);
                                    self.emit(Op::POP_TOP, 0);
                                }
                            }
                            self.store_name(asname.as_str());
                        }
                        None => {
                            let top = a.name.as_str().split('.').next().unwrap().to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Value::Int(i.level as i64));
                let names: Vec<Value> =
                    i.names.iter().map(|a| str_const(a.name.as_str())).collect();
                self.load_const(Value::obj(crate::objects::PyObject::Tuple(
                    names.into_boxed_slice(),
                )));
                let modname = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let idx = self.add_name(modname);
                self.emit(Op::IMPORT_NAME, idx);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    if self.unit_ref().kind != super::symtable::ScopeKind::Module {
                        return self.error("import * only allowed at module level", i.range());
                    }
                    self.emit(Op::IMPORT_STAR, 0);
                } else {
                    for a in &i.names {
                        let ni = self.add_name(a.name.as_str());
                        self.emit(Op::IMPORT_FROM, ni);
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name).as_str());
                    }
                    self.emit(Op::POP_TOP, 0);
                }
            }
            Stmt::Match(m) => {
                return self.error(
                    "'match' statements are not supported yet by pyjit",
                    m.range(),
                );
            }
            Stmt::TypeAlias(t) => {
                return self.error("'type' statements are not supported by pyjit", t.range());
            }
            Stmt::IpyEscapeCommand(c) => return self.error("invalid syntax", c.range()),
        }
        Ok(())
    }

    fn interactive(&self) -> bool {
        self.filename == "<stdin>"
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop_kind(a.op, true) as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::COPY, 1);
                let ni = self.add_name(at.attr.as_str());
                self.emit(Op::LOAD_ATTR, ni);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_ATTR, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.emit(Op::BINARY_SUBSCR, 0);
                self.expr(&a.value)?;
                self.emit(Op::BINARY_OP, op);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.emit(Op::STORE_SUBSCR, 0);
            }
            other => {
                return self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    other.range(),
                );
            }
        }
        Ok(())
    }

    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.add_name(a.attr.as_str());
                self.emit(Op::STORE_ATTR, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::STORE_SUBSCR, 0);
            }
            Expr::Tuple(tu) => self.unpack_into(&tu.elts, t)?,
            Expr::List(l) => self.unpack_into(&l.elts, t)?,
            Expr::Starred(s) => {
                return self.error(
                    "starred assignment target must be in a list or tuple",
                    s.range(),
                );
            }
            other => {
                let what = super::expr::expr_kind_name(other);
                return self.error(format!("cannot assign to {what}"), other.range());
            }
        }
        Ok(())
    }

    /// `a, b = x, y` (and three targets) as CPython 3.11 compiles it: no tuple is built. The
    /// values are pushed, then stored in reverse order when every target is a distinct fast
    /// local (CPython's static swaps), or after a `SWAP n` otherwise. Returns false (nothing
    /// emitted) when the statement is not of that shape.
    fn swap_assign(&mut self, target: &'a Expr, value: &'a Expr) -> CResult<bool> {
        let (targets, values) = match (target, value) {
            // (a constant tuple is folded to one LOAD_CONST and unpacked, as in CPython)
            (Expr::Tuple(t), Expr::Tuple(v)) if super::expr::literal_value(value).is_none() => {
                (&t.elts, &v.elts)
            }
            (Expr::List(t), Expr::Tuple(v)) if super::expr::literal_value(value).is_none() => {
                (&t.elts, &v.elts)
            }
            _ => return Ok(false),
        };
        let n = targets.len();
        if n != values.len()
            || !(1..=3).contains(&n)
            || targets
                .iter()
                .chain(values.iter())
                .any(|e| matches!(e, Expr::Starred(_)))
        {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        let fast: Vec<Option<&str>> = targets
            .iter()
            .map(|t| match t {
                Expr::Name(nm) if matches!(self.resolve(nm.id.as_str()), Resolution::Local) => {
                    Some(nm.id.as_str())
                }
                _ => None,
            })
            .collect();
        let distinct = fast
            .iter()
            .enumerate()
            .all(|(i, a)| a.is_some() && fast[..i].iter().all(|b| b != a));
        if distinct {
            for t in targets.iter().rev() {
                self.store_target(t)?;
            }
        } else {
            if n > 1 {
                self.emit(Op::SWAP, n as u32);
            }
            for t in targets {
                self.store_target(t)?;
            }
        }
        Ok(true)
    }

    fn unpack_into(&mut self, elts: &'a [Expr], whole: &Expr) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return self.error("multiple starred expressions in assignment", whole.range());
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Op::UNPACK_EX, (i as u32) | ((after as u32) << 8));
            }
            None => self.emit(Op::UNPACK_SEQUENCE, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.add_name(a.attr.as_str());
                self.emit(Op::DELETE_ATTR, ni);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DELETE_SUBSCR, 0);
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                let what = super::expr::expr_kind_name(other);
                return self.error(format!("cannot delete {what}"), other.range());
            }
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Op::JUMP_FORWARD, end);
            self.bind(next);
            next = self.new_label();
            self.set_line(clause.range());
            if let Some(t) = &clause.test {
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let start = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::WhileLoop { start, exit });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.set_line(w.test.range());
        self.emit_jump(Op::JUMP_FORWARD, start);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GET_ITER, 0);
        self.bind(start);
        self.set_line(f.range());
        self.emit_jump(Op::FOR_ITER, cleanup);
        self.unit().depth += 1;
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::ForLoop { start, exit });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.set_line(f.range());
        self.emit_jump(Op::JUMP_FORWARD, start);
        self.unit().depth -= 1;
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `break` (is_break) or `continue`: unwind the blocks inside the innermost loop, then jump.
    fn unwind_jump(&mut self, is_break: bool, range: ruff_text_size::TextRange) -> CResult {
        let has_loop = self
            .unit_ref()
            .fblocks
            .iter()
            .any(|b| matches!(b, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }));
        if !has_loop {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return self.error(msg, range);
        }
        let saved_depth = self.unit_ref().depth;
        let saved_handlers = self.unit_ref().handlers.clone();
        let mut popped = Vec::new();
        while !matches!(
            self.unit_ref().fblocks.last(),
            Some(FBlock::WhileLoop { .. } | FBlock::ForLoop { .. })
        ) {
            let b = self.unit().fblocks.pop().unwrap();
            self.unwind_block(&b, false)?;
            popped.push(b);
        }
        let (start, exit, is_for) = match self.unit_ref().fblocks.last().unwrap() {
            FBlock::WhileLoop { start, exit } => (*start, *exit, false),
            FBlock::ForLoop { start, exit } => (*start, *exit, true),
            _ => unreachable!(),
        };
        if is_break {
            if is_for {
                self.emit(Op::POP_TOP, 0);
            }
            self.emit_jump(Op::JUMP_FORWARD, exit);
        } else {
            self.emit_jump(Op::JUMP_FORWARD, start);
        }
        while let Some(b) = popped.pop() {
            self.unit().fblocks.push(b);
        }
        self.unit().depth = saved_depth;
        self.unit().handlers = saved_handlers;
        Ok(())
    }

    /// `return`: unwind every block (`preserve_tos`: the return value is on top of the stack).
    /// Returns the compiler state to restore once the caller has emitted the exit instruction.
    fn unwind_all(&mut self, preserve_tos: bool) -> CResult<SavedBlocks<'a>> {
        let depth = self.unit_ref().depth;
        let handlers = self.unit_ref().handlers.clone();
        let mut popped = Vec::new();
        while let Some(b) = self.unit().fblocks.pop() {
            self.unwind_block(&b, preserve_tos)?;
            popped.push(b);
        }
        Ok(SavedBlocks {
            depth,
            handlers,
            popped,
        })
    }

    fn restore_blocks(&mut self, mut saved: SavedBlocks<'a>) {
        while let Some(b) = saved.popped.pop() {
            self.unit().fblocks.push(b);
        }
        self.unit().depth = saved.depth;
        self.unit().handlers = saved.handlers;
    }

    /// Emit the code that leaves block `b` early. Handler scopes are popped as we go, so code emitted
    /// for outer blocks is protected only by the handlers still active around it.
    fn unwind_block(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                self.unit().depth -= 1;
            }
            FBlock::TryExcept => {
                self.pop_handler();
            }
            FBlock::FinallyTry { body } => {
                self.pop_handler();
                if preserve_tos {
                    self.unit().depth += 1;
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                // The finally body may itself contain break/continue/return: it runs with only the
                // blocks outside it on the block stack.
                self.stmts(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                    self.unit().depth -= 1;
                }
            }
            FBlock::FinallyEnd => {
                // Leaving the exceptional copy of a finally body: drop the exception, restore the
                // previously handled one.
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.pop_handler();
                self.emit(Op::POP_EXCEPT, 0);
                self.unit().depth -= 2;
            }
            FBlock::With => {
                self.pop_handler();
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.call_exit_none();
                self.unit().depth -= 1;
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_TOP, 0);
                self.unit().depth -= 1;
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.pop_handler();
                }
                self.pop_handler();
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.emit(Op::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
                self.unit().depth -= 1;
            }
        }
        Ok(())
    }

    /// Stack: [..., exit] -> [...]: call `exit(None, None, None)` and drop the result.
    fn call_exit_none(&mut self) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Op::CALL, 2);
        self.emit(Op::POP_TOP, 0);
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return self.error("'async def' is not supported yet by pyjit", f.range());
        }
        for d in &f.decorator_list {
            self.set_line(d.range());
            self.expr(&d.expression)?;
        }
        self.set_line(f.range());
        let flags = self.defaults(&f.parameters)?;
        let qualname = self.qualname_for(f.name.as_str());
        let line = self.line_of(f.range());
        let firstline = f
            .decorator_list
            .first()
            .map(|d| self.line_of(d.range()))
            .unwrap_or(line);
        self.enter_unit(
            super::symtable::key(f.range()),
            f.name.to_string(),
            qualname,
            firstline,
        );
        self.set_args(Some(&f.parameters));
        // co_consts[0] is the docstring, or None.
        let doc = docstring(&f.body);
        self.add_const(match doc {
            Some(d) => str_const(&d),
            None => Value::None,
        });
        let is_generator = super::expr::contains_yield(&f.body);
        if is_generator {
            self.unit().flags |= crate::bytecode::code::flags::GENERATOR;
        }
        self.unit().line = line;
        self.emit_prologue();
        if is_generator {
            self.emit_generator_start();
        }
        self.stmts(&f.body)?;
        if !ends_with_return(&f.body) {
            self.load_const(Value::None);
            self.emit(Op::RETURN_VALUE, 0);
        }
        let code = self.leave_unit();
        self.unit().line = line;
        self.make_closure(code, flags);
        for _ in &f.decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.store_name(f.name.as_str());
        Ok(())
    }

    /// `class C(bases, **kw): body`, as CPython 3.11: the body is a function run by
    /// `__build_class__` with the class namespace as its locals.
    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return self.error(
                "type parameters are not supported by Python 3.11",
                c.range(),
            );
        }
        for d in &c.decorator_list {
            self.set_line(d.range());
            self.expr(&d.expression)?;
        }
        self.set_line(c.range());
        let line = self.line_of(c.range());
        let firstline = c
            .decorator_list
            .first()
            .map(|d| self.line_of(d.range()))
            .unwrap_or(line);
        let qualname = self.qualname_for(c.name.as_str());
        self.emit(Op::PUSH_NULL, 0);
        self.emit(Op::LOAD_BUILD_CLASS, 0);
        self.enter_unit(
            super::symtable::key(c.range()),
            c.name.to_string(),
            qualname.clone(),
            firstline,
        );
        self.unit().line = line;
        self.emit_prologue();
        let module = self.add_name("__name__");
        self.emit(Op::LOAD_NAME, module);
        let m = self.add_name("__module__");
        self.emit(Op::STORE_NAME, m);
        self.load_const(str_const(&qualname));
        let q = self.add_name("__qualname__");
        self.emit(Op::STORE_NAME, q);
        if let Some(d) = docstring(&c.body) {
            self.load_const(str_const(&d));
            let n = self.add_name("__doc__");
            self.emit(Op::STORE_NAME, n);
        }
        self.stmts(&c.body)?;
        if self.unit_ref().cellvars.iter().any(|n| n == "__class__") {
            let i = self.deref_index("__class__");
            self.emit(Op::LOAD_CLOSURE, i);
            self.emit(Op::COPY, 1);
            let n = self.add_name("__classcell__");
            self.emit(Op::STORE_NAME, n);
        } else {
            self.load_const(Value::None);
        }
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_unit();
        self.unit().line = line;
        self.make_closure(code, 0);
        self.load_const(str_const(c.name.as_str()));
        let (bases, kws): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        let simple = !bases.iter().any(|a| matches!(a, Expr::Starred(_)))
            && kws.iter().all(|k| k.arg.is_some());
        if simple {
            for b in bases {
                self.expr(b)?;
            }
            for k in kws {
                self.expr(&k.value)?;
            }
            if !kws.is_empty() {
                let names: Vec<Value> = kws
                    .iter()
                    .map(|k| str_const(k.arg.as_ref().unwrap().as_str()))
                    .collect();
                let ci = self.add_const(Value::obj(crate::objects::PyObject::Tuple(
                    names.into_boxed_slice(),
                )));
                self.emit(Op::KW_NAMES, ci);
            }
            self.set_line(c.range());
            self.emit(Op::CALL, (2 + bases.len() + kws.len()) as u32);
        } else {
            // __build_class__(func, name, *bases, **kw) through CALL_FUNCTION_EX
            self.emit(Op::BUILD_LIST, 2);
            for b in bases {
                match b {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::LIST_EXTEND, 1);
                    }
                    _ => {
                        self.expr(b)?;
                        self.emit(Op::LIST_APPEND, 1);
                    }
                }
            }
            self.emit(Op::LIST_TO_TUPLE, 0);
            let mut flags = 0;
            if !kws.is_empty() {
                flags = 1;
                self.emit(Op::BUILD_MAP, 0);
                for k in kws {
                    match &k.arg {
                        Some(n) => {
                            self.load_const(str_const(n.as_str()));
                            self.expr(&k.value)?;
                            self.emit(Op::BUILD_MAP, 1);
                        }
                        None => self.expr(&k.value)?,
                    }
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
            self.set_line(c.range());
            self.emit(Op::CALL_FUNCTION_EX, flags);
        }
        for _ in &c.decorator_list {
            self.emit(Op::CALL, 0);
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    /// Push positional defaults (a tuple) and keyword-only defaults (a dict); return the
    /// `MAKE_FUNCTION` flags describing what was pushed.
    pub(crate) fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let pos: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !pos.is_empty() {
            for d in &pos {
                self.expr(d)?;
            }
            self.emit(Op::BUILD_TUPLE, pos.len() as u32);
            flags |= make_function::DEFAULTS;
        }
        let kw: Vec<(&str, &Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (name, d) in &kw {
                self.load_const(str_const(name));
                self.expr(d)?;
            }
            self.emit(Op::BUILD_MAP, kw.len() as u32);
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let depth = self.unit_ref().depth;
        // body
        self.emit(Op::NOP, 0);
        self.push_handler(handler, depth, false);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.emit_jump(Op::JUMP_FORWARD, orelse);
        // handlers: stack is [..., exc]
        self.bind(handler);
        self.push_handler(cleanup, depth + 1, true);
        self.emit(Op::PUSH_EXC_INFO, 0);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range());
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CHECK_EXC_MATCH, 0);
                self.emit_jump(Op::POP_JUMP_FORWARD_IF_FALSE, next);
            } else if !std::ptr::eq(
                h,
                match t.handlers.last().unwrap() {
                    ast::ExceptHandler::ExceptHandler(x) => x,
                },
            ) {
                return self.error("default 'except:' must be last", h.range());
            }
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Op::POP_TOP, 0),
            }
            // Handler body: [..., prev_exc]; an exception inside it must clear the `as` name.
            let cleanup_body = if name.is_some() {
                Some(self.new_label())
            } else {
                None
            };
            if let Some(cb) = cleanup_body {
                self.push_handler(cb, depth + 1, true);
            }
            self.unit().depth += 1;
            self.unit()
                .fblocks
                .push(FBlock::HandlerCleanup { name: name.clone() });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().depth -= 1;
            if name.is_some() {
                self.pop_handler();
            }
            self.pop_handler();
            self.emit(Op::POP_EXCEPT, 0);
            if let Some(n) = &name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit_jump(Op::JUMP_FORWARD, end);
            self.push_handler(cleanup, depth + 1, true);
            if let (Some(n), Some(cb)) = (&name, cleanup_body) {
                // exception raised inside the handler body: clear the name, re-raise
                self.bind(cb);
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
                self.emit(Op::RERAISE, 1);
            }
            self.bind(next);
        }
        // no handler matched: re-raise (still protected by `cleanup`)
        self.emit(Op::RERAISE, 0);
        self.pop_handler();
        // cleanup: [..., prev_exc, lasti, exc2]
        self.bind(cleanup);
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let exc_path = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let depth = self.unit_ref().depth;
        self.emit(Op::NOP, 0);
        self.push_handler(exc_path, depth, false);
        self.unit()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        // normal path
        self.stmts(&t.finalbody)?;
        self.emit_jump(Op::JUMP_FORWARD, end);
        // exceptional path: [..., exc]
        self.bind(exc_path);
        self.push_handler(cleanup, depth + 1, true);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.unit().depth += 2;
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.unit().depth -= 2;
        self.emit(Op::RERAISE, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let suppress = self.new_label();
        let depth = self.unit_ref().depth;
        self.expr(&item.context_expr)?;
        self.emit(Op::BEFORE_WITH, 0);
        // [..., exit, enter_result]; the handler is entered with [..., exit, lasti, exc]
        self.push_handler(handler, depth + 1, true);
        self.unit().depth += 1;
        self.unit().fblocks.push(FBlock::With);
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Op::POP_TOP, 0),
        }
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.unit().depth -= 1;
        self.pop_handler();
        self.call_exit_none();
        self.emit_jump(Op::JUMP_FORWARD, end);
        // exception: [..., exit, lasti, exc]
        self.bind(handler);
        self.push_handler(cleanup, depth + 1, true);
        self.emit(Op::PUSH_EXC_INFO, 0);
        self.emit(Op::WITH_EXCEPT_START, 0);
        self.emit_jump(Op::POP_JUMP_FORWARD_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 2);
        self.bind(suppress);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::POP_TOP, 0);
        self.emit(Op::POP_TOP, 0);
        self.pop_handler();
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::COPY, 3);
        self.emit(Op::POP_EXCEPT, 0);
        self.emit(Op::RERAISE, 1);
        self.bind(end);
        Ok(())
    }
}

/// Compiler state saved while emitting an early exit (`return`) through enclosing blocks.
pub(crate) struct SavedBlocks<'a> {
    depth: u32,
    handlers: Vec<super::Handler>,
    popped: Vec<FBlock<'a>>,
}

fn is_constant_expr(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first()
        && let Expr::StringLiteral(s) = &*e.value
    {
        return Some(s.value.to_str().to_string());
    }
    None
}

fn ends_with_return(body: &[Stmt]) -> bool {
    matches!(body.last(), Some(Stmt::Return(_)))
}
