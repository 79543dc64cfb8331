//! Unit tests of the compiler: scopes, code-object layout, jumps, exception tables, errors.

use super::compile_module;
use crate::bytecode::code::flags;
use crate::bytecode::{CodeObject, Op};
use crate::objects::PyObject;
use crate::value::Value;
use std::rc::Rc;

fn compile(src: &str) -> Rc<CodeObject> {
    compile_module(src, "<test>")
        .unwrap_or_else(|e| panic!("compile failed: {} (line {})", e.message, e.line))
}

fn find(code: &CodeObject, name: &str) -> Option<Rc<CodeObject>> {
    for c in &code.consts {
        if let Value::Obj(o) = c
            && let PyObject::Code(inner) = &**o
        {
            if inner.name == name {
                return Some(inner.clone());
            }
            if let Some(found) = find(inner, name) {
                return Some(found);
            }
        }
    }
    None
}

fn nested(code: &CodeObject, name: &str) -> Rc<CodeObject> {
    find(code, name).unwrap_or_else(|| panic!("no code object named {name}"))
}

fn ops(code: &CodeObject) -> Vec<Op> {
    let mut v = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let (_, op, _, next) = code.decode(i);
        v.push(op);
        i = next;
    }
    v
}

fn error(src: &str) -> String {
    match compile_module(src, "<test>") {
        Ok(_) => panic!("expected a compile error for {src:?}"),
        Err(e) => e.message,
    }
}

#[test]
fn scopes_resolve_locals_cells_and_free_variables() {
    let m = compile(
        "g = 1\ndef outer(a):\n    b = 2\n    def inner():\n        global g\n        return a + b + g\n    return inner\n",
    );
    let outer = nested(&m, "outer");
    assert_eq!(outer.varnames, vec!["a".to_string(), "inner".to_string()]);
    assert_eq!(outer.cellvars, vec!["a".to_string(), "b".to_string()]);
    assert_eq!(outer.cell2arg, vec![Some(0), None]);
    let inner = nested(&m, "inner");
    assert_eq!(inner.freevars, vec!["a".to_string(), "b".to_string()]);
    assert!(ops(&inner).contains(&Op::LOAD_DEREF));
    assert!(ops(&inner).contains(&Op::LOAD_GLOBAL));
    assert_eq!(inner.qualname, "outer.<locals>.inner");
    assert!(inner.has_flag(flags::NESTED));
}

#[test]
fn module_level_names_use_name_ops() {
    let m = compile("x = 1\nprint(x)\n");
    let o = ops(&m);
    assert!(o.contains(&Op::STORE_NAME) && o.contains(&Op::LOAD_NAME));
    assert!(!o.contains(&Op::STORE_FAST));
}

#[test]
fn parameters_are_counted_like_cpython() {
    let m = compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n");
    let f = nested(&m, "f");
    assert_eq!(f.argcount, 3);
    assert_eq!(f.posonlyargcount, 2);
    assert_eq!(f.kwonlyargcount, 2);
    assert!(f.has_flag(flags::VARARGS) && f.has_flag(flags::VARKEYWORDS));
    assert_eq!(
        f.varnames,
        ["a", "b", "c", "d", "e", "args", "kw"]
            .map(String::from)
            .to_vec()
    );
}

#[test]
fn docstring_is_first_constant_or_none() {
    let m = compile("def f():\n    \"doc\"\n    return 1\ndef g():\n    return 2\n");
    let f = nested(&m, "f");
    assert_eq!(f.consts[0].str_ref().map(|s| s.as_str()), Some("doc"));
    let g = nested(&m, "g");
    assert!(g.consts[0].is_none());
}

#[test]
fn long_functions_get_extended_jump_arguments() {
    let mut src = String::from("def f(x):\n    while x:\n");
    for i in 0..300 {
        src.push_str(&format!("        x = x - {i}\n"));
    }
    src.push_str("    return x\n");
    let m = compile(&src);
    let f = nested(&m, "f");
    assert!(ops(&f).contains(&Op::JUMP_BACKWARD));
    assert!(
        f.code.iter().any(|u| u.op == Op::EXTENDED_ARG as u8),
        "a >255-unit loop needs EXTENDED_ARG"
    );
    // every jump lands on an instruction boundary inside the code
    let mut i = 0;
    let mut starts = std::collections::HashSet::new();
    let mut jumps = Vec::new();
    while i < f.code.len() {
        let (at, op, arg, next) = f.decode(i);
        starts.insert(i);
        starts.insert(at);
        match op.arg_kind() {
            crate::bytecode::opcodes::ArgKind::JumpForward => jumps.push(next + arg as usize),
            crate::bytecode::opcodes::ArgKind::JumpBackward => jumps.push(next - arg as usize),
            _ => {}
        }
        i = next;
    }
    for t in jumps {
        assert!(
            starts.contains(&t),
            "jump to {t} is not an instruction start"
        );
    }
}

#[test]
fn try_statements_build_exception_tables() {
    let m = compile(
        "def f():\n    try:\n        g()\n    except ValueError as e:\n        return e\n    finally:\n        h()\n",
    );
    let f = nested(&m, "f");
    assert!(!f.exception_table.is_empty());
    for e in &f.exception_table {
        assert!(
            e.start < e.end
                && (e.end as usize) <= f.code.len()
                && (e.target as usize) < f.code.len()
        );
        assert!(e.depth as usize <= f.max_stack as usize);
    }
    // the handler entries of the except body record lasti, as CPython's do
    assert!(f.exception_table.iter().any(|e| e.lasti));
    assert!(ops(&f).contains(&Op::PUSH_EXC_INFO) && ops(&f).contains(&Op::CHECK_EXC_MATCH));
}

#[test]
fn max_stack_covers_nested_expressions() {
    let m = compile("def f(a, b, c):\n    return [a, (b, [c, (a, b)]), {a: b}]\n");
    let f = nested(&m, "f");
    assert_eq!(f.max_stack, 5, "a, b, c, a, b are live at once");
    let m2 = compile("def g():\n    return 1\n");
    assert_eq!(nested(&m2, "g").max_stack, 1);
}

#[test]
fn line_table_follows_statements() {
    let m = compile("a = 1\n\nb = 2\nc = (a +\n     b)\n");
    let lines: std::collections::BTreeSet<u32> = m.lines.iter().copied().collect();
    assert!(
        lines.contains(&1) && lines.contains(&3) && lines.contains(&4),
        "{lines:?}"
    );
    assert!(!lines.contains(&2));
}

#[test]
fn constants_are_shared_by_value_and_type() {
    let m = compile("x = (1, 1, 1.0, True, 'a', 'a')\ny = 1\n");
    // the tuple is folded into one constant; `1` reused for y
    let ints = m
        .consts
        .iter()
        .filter(|c| matches!(c, Value::Int(1)))
        .count();
    assert_eq!(ints, 1);
}

#[test]
fn comprehensions_are_nested_functions() {
    let m = compile("def f(xs):\n    return [x * 2 for x in xs if x]\n");
    let comp = nested(&m, "<listcomp>");
    assert_eq!(comp.argcount, 1);
    assert_eq!(comp.varnames[0], ".0");
    assert!(ops(&comp).contains(&Op::LIST_APPEND));
}

#[test]
fn invalid_programs_are_syntax_errors() {
    assert_eq!(error("return 1\n"), "'return' outside function");
    assert_eq!(error("break\n"), "'break' outside loop");
    assert_eq!(
        error("for x in y:\n    pass\ncontinue\n"),
        "'continue' not properly in loop"
    );
    assert_eq!(
        error("nonlocal x\n"),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        error("def f():\n    nonlocal q\n"),
        "no binding for nonlocal 'q' found"
    );
    assert_eq!(
        error("def f(a):\n    global a\n"),
        "name 'a' is parameter and global"
    );
    assert_eq!(
        error("def f():\n    x = 1\n    global x\n"),
        "name 'x' is assigned to before global declaration"
    );
    assert!(error("async def f(): pass\n").contains("not supported yet"));
    assert_eq!(error("yield 1\n"), "'yield' outside function");
    assert_eq!(error("f() = 1\n"), "invalid syntax");
    assert_eq!(error("x = (1,\n"), "invalid syntax");
}
