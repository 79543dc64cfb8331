//! Code generation for expressions, including calls, displays, comprehensions, lambdas, f-strings
//! and conditional jumps (`jump_if`).

use super::{CResult, Compiler, Label, str_const};
use crate::bytecode::Op;
use crate::bytecode::opcodes::{BinOpKind, CmpOpKind, format_value};
use crate::objects::PyObject;
use crate::value::Value;
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

pub(crate) fn binop_kind(op: ast::Operator, inplace: bool) -> BinOpKind {
    use ast::Operator as O;
    let k = match op {
        O::Add => BinOpKind::Add,
        O::Sub => BinOpKind::Subtract,
        O::Mult => BinOpKind::Multiply,
        O::MatMult => BinOpKind::MatrixMultiply,
        O::Div => BinOpKind::TrueDivide,
        O::Mod => BinOpKind::Remainder,
        O::Pow => BinOpKind::Power,
        O::LShift => BinOpKind::Lshift,
        O::RShift => BinOpKind::Rshift,
        O::BitOr => BinOpKind::Or,
        O::BitXor => BinOpKind::Xor,
        O::BitAnd => BinOpKind::And,
        O::FloorDiv => BinOpKind::FloorDivide,
    };
    if inplace {
        BinOpKind::from_u32(k as u32 + 13).unwrap()
    } else {
        k
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "literal",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::FString(_) => "f-string expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::Named(_) => "named expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}

/// Does a function body contain `yield` (outside nested scopes)?
pub(crate) fn contains_yield(body: &[Stmt]) -> bool {
    struct V(bool);
    impl<'a> ruff_python_ast::visitor::Visitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => ruff_python_ast::visitor::walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => self.0 = true,
                Expr::Lambda(_)
                | Expr::ListComp(_)
                | Expr::SetComp(_)
                | Expr::DictComp(_)
                | Expr::Generator(_) => {}
                _ => ruff_python_ast::visitor::walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    for s in body {
        ruff_python_ast::visitor::Visitor::visit_stmt(&mut v, s);
    }
    v.0
}

/// The value of a literal expression, if it is one (used for constant tuples and keyword names).
pub(crate) fn literal_value(e: &Expr) -> Option<Value> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Value::Int(v),
                None => Value::from_bigint(parse_big(&i.to_string())?),
            },
            ast::Number::Float(f) => Value::Float(*f),
            ast::Number::Complex { .. } => return None,
        },
        Expr::StringLiteral(s) => str_const(s.value.to_str()),
        Expr::BytesLiteral(b) => {
            let bytes: Vec<u8> = b.value.bytes().collect();
            Value::obj(PyObject::Bytes(bytes.into_boxed_slice()))
        }
        Expr::BooleanLiteral(b) => Value::Bool(b.value),
        Expr::NoneLiteral(_) => Value::None,
        Expr::EllipsisLiteral(_) => Value::obj(PyObject::Ellipsis),
        Expr::Tuple(t) => {
            let items: Option<Vec<Value>> = t.elts.iter().map(literal_value).collect();
            Value::obj(PyObject::Tuple(items?.into_boxed_slice()))
        }
        _ => return None,
    })
}

/// Parse an integer literal's text (decimal, 0x, 0o, 0b, underscores).
fn parse_big(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::NumberLiteral(n) => {
                if let ast::Number::Complex { .. } = n.value {
                    return self.error("complex numbers are not supported yet by pyjit", e.range());
                }
                let v = literal_value(e).unwrap();
                self.load_const(v);
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                let v = literal_value(e).unwrap();
                self.load_const(v);
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BINARY_OP, binop_kind(b.op, false) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => Op::UNARY_NOT,
                    ast::UnaryOp::USub => Op::UNARY_NEGATIVE,
                    ast::UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    ast::UnaryOp::Invert => Op::UNARY_INVERT,
                };
                self.emit(op, 0);
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    ast::BoolOp::And => Op::JUMP_IF_FALSE_OR_POP,
                    ast::BoolOp::Or => Op::JUMP_IF_TRUE_OR_POP,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.add_name(a.attr.as_str());
                self.emit(Op::LOAD_ATTR, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::BINARY_SUBSCR, 0);
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                match &s.upper {
                    Some(x) => self.expr(x)?,
                    None => self.load_const(Value::None),
                }
                if let Some(x) = &s.step {
                    self.expr(x)?;
                    n = 3;
                }
                self.emit(Op::BUILD_SLICE, n);
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Tuple(t) => {
                if let Some(v) = literal_value(e)
                    && !t.elts.is_empty()
                {
                    self.load_const(v);
                } else if t.elts.is_empty() {
                    self.load_const(Value::obj(PyObject::Tuple(Box::new([]))));
                } else {
                    self.sequence(&t.elts, Op::BUILD_TUPLE)?;
                }
            }
            Expr::List(l) => self.sequence(&l.elts, Op::BUILD_LIST)?,
            Expr::Set(s) => {
                // CPython 3.11 folds a display of >= 3 constants into BUILD_SET 0 + a frozenset
                // constant + SET_UPDATE, which gives the set the frozenset's (copied) layout.
                let consts: Option<Vec<Value>> = s.elts.iter().map(literal_value).collect();
                match consts.and_then(|c| {
                    if c.len() >= 3 {
                        crate::ops::hash_consts(&c).map(|h| (c, h))
                    } else {
                        None
                    }
                }) {
                    Some((items, hashes)) => {
                        let eq =
                            |a: &Value, b: &Value| crate::ops::compare::eq_pure(a, b).ok_or(());
                        let mut first = crate::objects::SetData::new();
                        for (v, h) in items.into_iter().zip(hashes) {
                            first.insert(h, v, eq).ok();
                        }
                        // CPython's constant merging (merge_consts_recursive) rebuilds the frozenset
                        // once from its own iteration order.
                        let mut t = crate::objects::SetData::new();
                        for (h, v) in first.iter() {
                            t.insert(h, v.clone(), eq).ok();
                        }
                        self.emit(Op::BUILD_SET, 0);
                        self.load_const(Value::obj(PyObject::FrozenSet(Box::new(t))));
                        self.emit(Op::SET_UPDATE, 1);
                    }
                    None => self.sequence(&s.elts, Op::BUILD_SET)?,
                }
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Starred(s) => return self.error("can't use starred expression here", s.range()),
            Expr::Lambda(l) => {
                let flags = match &l.parameters {
                    Some(p) => self.defaults(p)?,
                    None => 0,
                };
                let qualname = self.qualname_for("<lambda>");
                let line = self.line_of(l.range());
                self.enter_unit(
                    super::symtable::key(l.range()),
                    "<lambda>".into(),
                    qualname,
                    line,
                );
                self.set_args(l.parameters.as_deref());
                self.unit().line = line;
                self.emit_prologue();
                self.expr(&l.body)?;
                self.emit(Op::RETURN_VALUE, 0);
                let code = self.leave_unit();
                self.make_closure(code, flags);
            }
            Expr::ListComp(c) => {
                self.comprehension(e, &c.generators, CompKind::List(&c.elt), "<listcomp>")?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, &c.generators, CompKind::Set(&c.elt), "<setcomp>")?
            }
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        e.range(),
                    );
                };
                self.comprehension(
                    e,
                    &c.generators,
                    CompKind::Dict(key, &c.value),
                    "<dictcomp>",
                )?
            }
            Expr::Generator(g) => {
                self.comprehension(e, &g.generators, CompKind::Gen(&g.elt), "<genexpr>")?
            }
            Expr::FString(f) => self.fstring(f)?,
            Expr::Yield(y) => {
                if self.unit_ref().flags & crate::bytecode::code::flags::GENERATOR == 0 {
                    return self.error("'yield' outside function", y.range());
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::YIELD_VALUE, 0);
            }
            Expr::YieldFrom(y) => {
                if !matches!(
                    self.unit_ref().kind,
                    super::symtable::ScopeKind::Function | super::symtable::ScopeKind::Lambda
                ) {
                    return self.error("'yield' outside function", y.range());
                }
                // as CPython 3.11: SEND drives the sub-iterator until it returns
                self.expr(&y.value)?;
                self.emit(Op::GET_YIELD_FROM_ITER, 0);
                self.load_const(Value::None);
                let (top, exit) = (self.new_label(), self.new_label());
                self.bind(top);
                self.emit_jump(Op::SEND, exit);
                self.emit(Op::YIELD_VALUE, 0);
                self.emit(Op::RESUME, 2);
                self.emit_jump(Op::JUMP_BACKWARD_NO_INTERRUPT, top);
                self.bind(exit);
            }
            Expr::Await(a) => {
                return self.error("'await' is not supported yet by pyjit", a.range());
            }
            Expr::TString(t) => {
                return self.error("t-strings are not supported by pyjit", t.range());
            }
            Expr::IpyEscapeCommand(c) => return self.error("invalid syntax", c.range()),
        }
        Ok(())
    }

    /// Build a list/tuple/set from elements, some of which may be starred.
    fn sequence(&mut self, elts: &'a [Expr], build: Op) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, extend, add) = if build == Op::BUILD_SET {
            (Op::BUILD_SET, Op::SET_UPDATE, Op::SET_ADD)
        } else {
            (Op::BUILD_LIST, Op::LIST_EXTEND, Op::LIST_APPEND)
        };
        self.emit(start, 0);
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BUILD_TUPLE {
            self.emit(Op::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                self.expr(item.key.as_ref().unwrap())?;
                self.expr(&item.value)?;
            }
            self.emit(Op::BUILD_MAP, d.items.len() as u32);
            return Ok(());
        }
        self.emit(Op::BUILD_MAP, 0);
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Op::MAP_ADD, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Op::DICT_UPDATE, 1);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.emit(Op::SWAP, 2);
            self.emit(Op::COPY, 2);
            self.emit_cmp(c.ops[i]);
            self.emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.emit_cmp(c.ops[n - 1]);
        self.emit_jump(Op::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.emit(Op::POP_TOP, 0);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::COMPARE_OP, CmpOpKind::Eq as u32),
            C::NotEq => self.emit(Op::COMPARE_OP, CmpOpKind::Ne as u32),
            C::Lt => self.emit(Op::COMPARE_OP, CmpOpKind::Lt as u32),
            C::LtE => self.emit(Op::COMPARE_OP, CmpOpKind::Le as u32),
            C::Gt => self.emit(Op::COMPARE_OP, CmpOpKind::Gt as u32),
            C::GtE => self.emit(Op::COMPARE_OP, CmpOpKind::Ge as u32),
            C::Is => self.emit(Op::IS_OP, 0),
            C::IsNot => self.emit(Op::IS_OP, 1),
            C::In => self.emit(Op::CONTAINS_OP, 0),
            C::NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    /// Jump to `target` if `e` is truthy (`cond == true`) or falsy (`cond == false`); else fall through.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !cond, target);
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on true only if all are true; on false as soon as one is false.
                let n = b.values.len();
                if is_and != cond {
                    // and/false or or/true: every operand may jump straight to target
                    for v in &b.values {
                        self.jump_if(v, cond, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !cond, skip)?;
                        } else {
                            self.jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                self.expr(&c.left)?;
                self.expr(&c.comparators[0])?;
                self.emit_cmp(c.ops[0]);
            }
            _ => self.expr(e)?,
        }
        let op = if cond {
            Op::POP_JUMP_FORWARD_IF_TRUE
        } else {
            Op::POP_JUMP_FORWARD_IF_FALSE
        };
        self.emit_jump(op, target);
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        for (i, k) in kws.iter().enumerate() {
            if let Some(name) = &k.arg
                && kws[..i]
                    .iter()
                    .any(|p| p.arg.as_ref().is_some_and(|q| q.as_str() == name.as_str()))
            {
                return self.error(
                    format!("keyword argument repeated: {}", name.as_str()),
                    k.range(),
                );
            }
        }
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && kws.iter().all(|k| k.arg.is_some());
        // method call: obj.name(...)
        if simple && let Expr::Attribute(a) = &*c.func {
            self.expr(&a.value)?;
            let i = self.add_name(a.attr.as_str());
            self.emit(Op::LOAD_METHOD, i);
        } else if let Expr::Name(n) = &*c.func {
            self.load_name_for_call(n.id.as_str());
        } else {
            self.emit(Op::PUSH_NULL, 0);
            self.expr(&c.func)?;
        }
        if simple {
            for a in args.iter() {
                self.expr(a)?;
            }
            for k in kws.iter() {
                self.expr(&k.value)?;
            }
            if !kws.is_empty() {
                let names: Vec<Value> = kws
                    .iter()
                    .map(|k| str_const(k.arg.as_ref().unwrap().as_str()))
                    .collect();
                let ci = self.add_const(Value::obj(PyObject::Tuple(names.into_boxed_slice())));
                self.emit(Op::KW_NAMES, ci);
            }
            self.set_line(c.range());
            self.emit(Op::CALL, (args.len() + kws.len()) as u32);
            return Ok(());
        }
        // general form: CALL_FUNCTION_EX with a positional tuple and an optional kwargs dict
        if let [Expr::Starred(s)] = &args[..] {
            // f(*x): x goes to CALL_FUNCTION_EX as is (converted to a tuple there), as in CPython
            self.expr(&s.value)?;
        } else {
            self.sequence_for_call(args)?;
        }
        self.call_kwargs(c)
    }

    fn sequence_for_call(&mut self, args: &'a [Expr]) -> CResult {
        self.emit(Op::BUILD_LIST, 0);
        for a in args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::LIST_EXTEND, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::LIST_APPEND, 1);
                }
            }
        }
        self.emit(Op::LIST_TO_TUPLE, 0);
        Ok(())
    }

    fn call_kwargs(&mut self, c: &'a ast::ExprCall) -> CResult {
        let kws = &c.arguments.keywords;
        let mut flags = 0;
        if !kws.is_empty() {
            // As CPython's compiler_subkwargs: runs of `name=value` become dicts merged with
            // DICT_MERGE, so a keyword repeated across runs is reported like a repeated `**` key.
            flags = 1;
            let mut have_dict = false;
            let mut run: Vec<&'a ast::Keyword> = Vec::new();
            for k in kws.iter() {
                if k.arg.is_some() {
                    run.push(k);
                    continue;
                }
                if !run.is_empty() {
                    self.keyword_run(&run)?;
                    if have_dict {
                        self.emit(Op::DICT_MERGE, 1);
                    }
                    have_dict = true;
                    run.clear();
                }
                if !have_dict {
                    self.emit(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&k.value)?;
                self.emit(Op::DICT_MERGE, 1);
            }
            if !run.is_empty() {
                self.keyword_run(&run)?;
                if have_dict {
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.set_line(c.range());
        self.emit(Op::CALL_FUNCTION_EX, flags);
        Ok(())
    }

    fn keyword_run(&mut self, run: &[&'a ast::Keyword]) -> CResult {
        for k in run {
            self.load_const(str_const(k.arg.as_ref().unwrap().as_str()));
            self.expr(&k.value)?;
        }
        self.emit(Op::BUILD_MAP, run.len() as u32);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
        name: &str,
    ) -> CResult {
        if gens.iter().any(|g| g.is_async) {
            return self.error(
                "asynchronous comprehensions are not supported yet by pyjit",
                e.range(),
            );
        }
        let qualname = self.qualname_for(name);
        let line = self.line_of(e.range());
        self.enter_unit(super::symtable::key(e.range()), name.into(), qualname, line);
        self.unit().argcount = 1;
        self.unit().line = line;
        let is_gen = matches!(kind, CompKind::Gen(_));
        if is_gen {
            self.unit().flags |= crate::bytecode::code::flags::GENERATOR;
        }
        self.emit_prologue();
        if is_gen {
            self.emit_generator_start();
        }
        let build = match kind {
            CompKind::Gen(_) => None,
            CompKind::List(_) => Some(Op::BUILD_LIST),
            CompKind::Set(_) => Some(Op::BUILD_SET),
            CompKind::Dict(..) => Some(Op::BUILD_MAP),
        };
        if let Some(b) = build {
            self.emit(b, 0);
        }
        self.comp_generator(gens, 0, kind)?;
        if is_gen {
            self.load_const(Value::None);
        }
        self.emit(Op::RETURN_VALUE, 0);
        let code = self.leave_unit();
        self.unit().line = line;
        self.make_closure(code, 0);
        self.expr(&gens[0].iter)?;
        self.emit(Op::GET_ITER, 0);
        self.emit(Op::CALL, 0);
        Ok(())
    }

    /// One `for` clause of a comprehension (recursing into the next). Stack inside: [result, iters...].
    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LOAD_FAST, 0); // .0
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GET_ITER, 0);
        }
        self.bind(start);
        self.emit_jump(Op::FOR_ITER, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::YIELD_VALUE, 0);
                    self.emit(Op::POP_TOP, 0);
                }
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::LIST_APPEND, depth);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SET_ADD, depth);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MAP_ADD, depth);
                }
            }
        }
        self.emit_jump(Op::JUMP_FORWARD, start);
        self.bind(end);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.load_const(str_const(&s.value));
                        n += 1;
                    }
                }
                ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements)?,
            }
        }
        if n == 0 {
            self.load_const(str_const(""));
        } else if n > 1 {
            self.emit(Op::BUILD_STRING, n);
        }
        Ok(())
    }

    /// Push each piece of an f-string; returns how many were pushed.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        self.load_const(str_const(&l.value));
                        n += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => format_value::CONV_NONE,
                        ast::ConversionFlag::Str => format_value::CONV_STR,
                        ast::ConversionFlag::Repr => format_value::CONV_REPR,
                        ast::ConversionFlag::Ascii => format_value::CONV_ASCII,
                    };
                    if let Some(dbg) = &i.debug_text {
                        // f"{x=}": the text, then repr() unless a conversion or spec is given.
                        let text =
                            format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_const(str_const(&text));
                        n += 1;
                        if conv == format_value::CONV_NONE && i.format_spec.is_none() {
                            conv = format_value::CONV_REPR;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k == 0 {
                            self.load_const(str_const(""));
                        } else if k > 1 {
                            self.emit(Op::BUILD_STRING, k);
                        }
                        conv |= format_value::HAVE_SPEC;
                    }
                    self.emit(Op::FORMAT_VALUE, conv);
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

#[derive(Clone, Copy)]
pub(crate) enum CompKind<'a> {
    Gen(&'a Expr),
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}
