//! Symbol tables: which names each scope binds, and how every name resolves
//! (fast local, cell, free, explicit/implicit global, or module-level name).
//!
//! Two passes, as CPython's `symtable.c`: `Builder` walks the AST recording, per scope, the names it
//! binds, uses and declares `global`/`nonlocal`; `analyze` then resolves free variables top-down,
//! turning the binding of a name captured by an inner function into a cell.
//!
//! Scopes are keyed by the text range of the node that creates them (function definition, lambda,
//! comprehension), so the code generator can find a scope whatever order it visits nodes in.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Fast local (`LOAD_FAST`).
    Local,
    /// Local that an inner scope captures (`LOAD_DEREF` on a cell).
    Cell,
    /// Captured from an enclosing function (`LOAD_DEREF` on a free cell).
    Free,
    /// Declared `global` (`LOAD_GLOBAL`).
    GlobalExplicit,
    /// Not bound anywhere enclosing (`LOAD_GLOBAL` in functions).
    GlobalImplicit,
    /// Module-level name (`LOAD_NAME`).
    Name,
}

#[derive(Default, Clone, Copy)]
struct Flags {
    bound: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
}

pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Parameters in order (they are the first locals).
    pub params: Vec<String>,
    /// Every name, in first-seen order, with its resolution (after `analyze`).
    pub symbols: Vec<(String, Resolution)>,
    flags: HashMap<String, Flags>,
    order: Vec<String>,
    children: Vec<TextRange>,
    /// Class scopes: names the class binds itself but that its methods take from an enclosing
    /// function, passed through as free variables of the class body.
    pub class_free: Vec<String>,
}

impl Scope {
    pub fn resolve(&self, name: &str) -> Resolution {
        match self.symbols.iter().find(|(n, _)| n == name) {
            Some((_, r)) => *r,
            None => {
                if matches!(self.kind, ScopeKind::Module | ScopeKind::Class) {
                    Resolution::Name
                } else {
                    Resolution::GlobalImplicit
                }
            }
        }
    }
}

pub struct SymbolTable {
    pub scopes: HashMap<(u32, u32), Scope>,
    pub module_key: (u32, u32),
}

pub fn key(r: TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

/// A symbol-table error: (message, range) — becomes a SyntaxError.
pub type SymError = (String, TextRange);

pub fn build(module: &[Stmt], module_range: TextRange) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: HashMap::new(),
        stack: Vec::new(),
        dup_param: None,
    };
    let mk = key(module_range);
    b.push(ScopeKind::Module, "<module>", mk);
    for s in module {
        b.stmt(s)?;
    }
    b.pop();
    let mut table = SymbolTable {
        scopes: b.scopes,
        module_key: mk,
    };
    analyze(&mut table, mk, &HashSet::new())?;
    Ok(table)
}

struct Builder {
    scopes: HashMap<(u32, u32), Scope>,
    stack: Vec<(u32, u32)>,
    /// A parameter name seen twice in one definition (reported after the definition's scope).
    dup_param: Option<String>,
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: &str, k: (u32, u32)) {
        if let Some(parent) = self.stack.last() {
            let r = TextRange::new(k.0.into(), k.1.into());
            self.scopes.get_mut(parent).unwrap().children.push(r);
        }
        self.scopes.insert(
            k,
            Scope {
                kind,
                name: name.to_string(),
                params: Vec::new(),
                symbols: Vec::new(),
                flags: HashMap::new(),
                order: Vec::new(),
                children: Vec::new(),
                class_free: Vec::new(),
            },
        );
        self.stack.push(k);
    }
    fn pop(&mut self) {
        self.stack.pop();
    }
    fn cur(&mut self) -> &mut Scope {
        let k = *self.stack.last().unwrap();
        self.scopes.get_mut(&k).unwrap()
    }
    fn flags(&mut self, name: &str) -> &mut Flags {
        let s = self.cur();
        if !s.flags.contains_key(name) {
            s.order.push(name.to_string());
        }
        s.flags.entry(name.to_string()).or_default()
    }
    fn bind(&mut self, name: &str) {
        self.flags(name).bound = true;
    }
    fn use_(&mut self, name: &str) {
        self.flags(name).used = true;
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn declare(
        &mut self,
        names: &[ast::Identifier],
        global: bool,
        range: TextRange,
    ) -> Result<(), SymError> {
        for n in names {
            let name = n.as_str();
            let is_module = self.cur().kind == ScopeKind::Module;
            let f = *self.flags(name);
            let what = if global { "global" } else { "nonlocal" };
            if f.param {
                return Err((format!("name '{name}' is parameter and {what}"), range));
            }
            if f.used && !f.global && !f.nonlocal {
                return Err((
                    format!("name '{name}' is used prior to {what} declaration"),
                    range,
                ));
            }
            if f.bound && !f.global && !f.nonlocal {
                return Err((
                    format!("name '{name}' is assigned to before {what} declaration"),
                    range,
                ));
            }
            if global {
                if f.nonlocal {
                    return Err((format!("name '{name}' is nonlocal and global"), range));
                }
                self.flags(name).global = true;
            } else {
                if is_module {
                    return Err((
                        "nonlocal declaration not allowed at module level".into(),
                        range,
                    ));
                }
                if f.global {
                    return Err((format!("name '{name}' is nonlocal and global"), range));
                }
                self.flags(name).nonlocal = true;
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_defaults(&f.parameters)?;
                self.bind(f.name.as_str());
                self.push(ScopeKind::Function, f.name.as_str(), key(f.range()));
                self.params(&f.parameters);
                if let Some(d) = self.dup_param.take() {
                    return Err((
                        format!("duplicate argument '{d}' in function definition"),
                        f.range(),
                    ));
                }
                self.stmts(&f.body)?;
                self.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.bind(c.name.as_str());
                self.push(ScopeKind::Class, c.name.as_str(), key(c.range()));
                self.stmts(&c.body)?;
                self.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_(n.id.as_str());
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(_) => {}
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str().to_string(),
                        None => a.name.as_str().split('.').next().unwrap().to_string(),
                    };
                    self.bind(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).as_str().to_string();
                    self.bind(&bound);
                }
            }
            Stmt::Global(g) => self.declare(&g.names, true, g.range())?,
            Stmt::Nonlocal(n) => self.declare(&n.names, false, n.range())?,
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => {}
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> Result<(), SymError> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) {
        let mut names: Vec<String> = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.to_string());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.to_string());
        }
        if let Some(v) = &p.vararg {
            // CPython orders *args after the keyword-only parameters in co_varnames.
            names.push(v.name.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.to_string());
        }
        // co_varnames: positional, keyword-only, then *args, then **kwargs.
        let nkwonly = p.kwonlyargs.len();
        let npos = p.posonlyargs.len() + p.args.len();
        let mut ordered: Vec<String> = names[..npos].to_vec();
        ordered.extend(names[npos..npos + nkwonly].iter().cloned());
        ordered.extend(names[npos + nkwonly..].iter().cloned());
        let mut seen = std::collections::HashSet::new();
        for n in &ordered {
            if !seen.insert(n.clone()) {
                self.dup_param = Some(n.clone());
            }
            let f = self.flags(n);
            f.param = true;
            f.bound = true;
        }
        self.cur().params = ordered;
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymError> {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SymError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        self.push(ScopeKind::Comprehension, name, key(range));
        {
            let f = self.flags(".0");
            f.param = true;
            f.bound = true;
        }
        self.cur().params = vec![".0".to_string()];
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.comp_target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop();
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), SymError> {
        self.target(t)
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymError> {
        match e {
            Expr::Name(n) => {
                self.use_(n.id.as_str());
                // zero-argument super() reads the implicit __class__ cell, as in CPython
                if n.id.as_str() == "super" && self.cur().kind != ScopeKind::Module {
                    self.use_("__class__");
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    // A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.
                    let mut idx = self.stack.len() - 1;
                    while idx > 0 && self.scopes[&self.stack[idx]].kind == ScopeKind::Comprehension
                    {
                        idx -= 1;
                    }
                    if idx != self.stack.len() - 1 {
                        let target_scope = self.stack[idx];
                        let name = t.id.to_string();
                        let s = self.scopes.get_mut(&target_scope).unwrap();
                        if !s.flags.contains_key(&name) {
                            s.order.push(name.clone());
                        }
                        s.flags.entry(name.clone()).or_default().bound = true;
                        // Inside the comprehension(s) the name is free (or global at module level).
                        let target_is_module = self.scopes[&target_scope].kind == ScopeKind::Module;
                        for &k in &self.stack[idx + 1..] {
                            let s = self.scopes.get_mut(&k).unwrap();
                            if !s.flags.contains_key(&name) {
                                s.order.push(name.clone());
                            }
                            let f = s.flags.entry(name.clone()).or_default();
                            f.used = true;
                            if target_is_module {
                                f.global = true;
                            } else {
                                f.nonlocal = true;
                            }
                        }
                    } else {
                        self.bind(t.id.as_str());
                    }
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                self.push(ScopeKind::Lambda, "<lambda>", key(l.range()));
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                if let Some(d) = self.dup_param.take() {
                    return Err((
                        format!("duplicate argument '{d}' in function definition"),
                        l.range(),
                    ));
                }
                self.expr(&l.body)?;
                self.pop();
            }
            Expr::ListComp(c) => {
                self.comprehension(c.range(), "<listcomp>", &c.generators, &[&c.elt])?
            }
            Expr::SetComp(c) => {
                self.comprehension(c.range(), "<setcomp>", &c.generators, &[&c.elt])?
            }
            Expr::Generator(c) => {
                self.comprehension(c.range(), "<genexpr>", &c.generators, &[&c.elt])?
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range(), "<dictcomp>", &c.generators, &elts)?
            }
            _ => {
                let mut err = None;
                walk_children(e, &mut |child| {
                    if err.is_none()
                        && let Err(x) = self.expr(child)
                    {
                        err = Some(x);
                    }
                });
                if let Some(x) = err {
                    return Err(x);
                }
            }
        }
        Ok(())
    }
}

/// Call `f` on each direct sub-expression of `e` (for the expression kinds that do not open a scope).
pub fn walk_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right);
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse);
        }
        Expr::Dict(d) => {
            for item in &d.items {
                if let Some(k) = &item.key {
                    f(k);
                }
                f(&item.value);
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Await(a) => f(&a.value),
        Expr::Yield(y) => {
            if let Some(v) = &y.value {
                f(v);
            }
        }
        Expr::YieldFrom(y) => f(&y.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f);
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut *f);
            for k in &c.arguments.keywords {
                f(&k.value);
            }
        }
        Expr::FString(fs) => {
            for part in fs.value.iter() {
                if let ast::FStringPart::FString(s) = part {
                    walk_fstring_elements(&s.elements, f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice);
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(x);
            }
        }
        _ => {}
    }
}

fn walk_fstring_elements(elements: &ast::InterpolatedStringElements, f: &mut dyn FnMut(&Expr)) {
    for el in elements.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            f(&i.expression);
            if let Some(spec) = &i.format_spec {
                walk_fstring_elements(&spec.elements, f);
            }
        }
    }
}

/// Resolve names top-down. `enclosing` holds the names bound in enclosing *function* scopes (the
/// candidates for free variables). Returns the free names this scope needs from its parents.
fn analyze(
    table: &mut SymbolTable,
    k: (u32, u32),
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, SymError> {
    let (kind, children, order, flags) = {
        let s = &table.scopes[&k];
        (s.kind, s.children.clone(), s.order.clone(), s.flags.clone())
    };
    let is_class = kind == ScopeKind::Class;
    let is_function = kind != ScopeKind::Module && !is_class;
    let mut res: HashMap<String, Resolution> = HashMap::new();
    for name in &order {
        let f = flags[name];
        let r = if f.global {
            Resolution::GlobalExplicit
        } else if f.nonlocal {
            if !enclosing.contains(name) {
                return Err((
                    format!("no binding for nonlocal '{name}' found"),
                    TextRange::new(k.0.into(), k.1.into()),
                ));
            }
            Resolution::Free
        } else if is_class {
            // class bodies use LOAD_NAME, or LOAD_CLASSDEREF for an enclosing function's variable
            if !f.bound && enclosing.contains(name) {
                Resolution::Free
            } else {
                Resolution::Name
            }
        } else if !is_function {
            Resolution::Name
        } else if f.bound {
            Resolution::Local
        } else if enclosing.contains(name) {
            Resolution::Free
        } else {
            Resolution::GlobalImplicit
        };
        res.insert(name.clone(), r);
    }
    // Names visible to children as free-variable candidates.
    let mut child_enclosing = enclosing.clone();
    if is_class {
        // methods see the implicit __class__ cell, never the class's own names
        child_enclosing.insert("__class__".to_string());
    }
    if is_function {
        for (n, r) in &res {
            if matches!(r, Resolution::Local) {
                child_enclosing.insert(n.clone());
            }
            if matches!(r, Resolution::GlobalExplicit) {
                child_enclosing.remove(n);
            }
        }
    }
    let mut my_free: HashSet<String> = HashSet::new();
    for (n, r) in &res {
        if *r == Resolution::Free {
            my_free.insert(n.clone());
        }
    }
    let mut extra_order: Vec<String> = Vec::new();
    for c in children {
        let ck = key(c);
        let needed = analyze(table, ck, &child_enclosing)?;
        let mut needed: Vec<String> = needed.into_iter().collect();
        needed.sort();
        for n in needed {
            if is_class && n == "__class__" {
                if !res.contains_key(&n) {
                    extra_order.push(n.clone());
                }
                res.insert(n.clone(), Resolution::Cell);
                continue;
            }
            if is_class && res.get(&n).copied() == Some(Resolution::Name) {
                let s = table.scopes.get_mut(&k).unwrap();
                if !s.class_free.contains(&n) {
                    s.class_free.push(n.clone());
                }
                my_free.insert(n.clone());
                continue;
            }
            match res.get(&n).copied() {
                Some(Resolution::Local) => {
                    res.insert(n.clone(), Resolution::Cell);
                }
                Some(Resolution::Cell) | Some(Resolution::Free) => {}
                _ => {
                    // Pass-through: a name this scope does not bind, needed by an inner scope.
                    if !res.contains_key(&n) {
                        extra_order.push(n.clone());
                    }
                    res.insert(n.clone(), Resolution::Free);
                    my_free.insert(n.clone());
                }
            }
        }
    }
    let s = table.scopes.get_mut(&k).unwrap();
    s.symbols = order
        .iter()
        .chain(extra_order.iter())
        .map(|n| (n.clone(), res[n]))
        .collect();
    Ok(my_free)
}
