//! The command line: exit statuses, `-c`, `sys.argv`, syntax errors and tracebacks in CPython's
//! shape, the reserved JIT flags.

use std::process::{Command, Output};

fn pyjit(args: &[&str], dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn tmpdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("pyjit-cli-{}-{}", name, std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn dash_c_runs_code_with_argv() {
    let d = tmpdir("c");
    let out = pyjit(&["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"], &d);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), "['-c', 'a', 'b'] 42\n");
}

#[test]
fn file_argv_and_run_subcommand() {
    let d = tmpdir("argv");
    std::fs::write(d.join("prog.py"), "import sys\nprint(sys.argv)\n").unwrap();
    for args in [
        &["prog.py", "x"][..],
        &["run", "prog.py", "x"],
        &["run", "--interp", "prog.py", "x"],
    ] {
        let out = pyjit(args, &d);
        assert!(out.status.success(), "{args:?}");
        assert_eq!(text(&out.stdout), "['prog.py', 'x']\n");
    }
}

#[test]
fn syntax_error_has_cpythons_shape() {
    let d = tmpdir("syntax");
    std::fs::write(d.join("bad.py"), "x = 1\nif x\n    print(x)\n").unwrap();
    let out = pyjit(&["bad.py"], &d);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines[0], "  File \"bad.py\", line 2");
    assert_eq!(lines[1], "    if x");
    assert!(lines[2].trim_start().starts_with('^'), "{err}");
    assert_eq!(*lines.last().unwrap(), "SyntaxError: invalid syntax");
    assert!(out.stdout.is_empty());
}

#[test]
fn unsupported_constructs_are_named() {
    let d = tmpdir("unsupported");
    let out = pyjit(&["-c", "match 1:\n    case 1:\n        pass\n"], &d);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .contains("SyntaxError: 'match' statements are not supported yet by pyjit")
    );
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let d = tmpdir("tb");
    std::fs::write(
        d.join("boom.py"),
        "def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nouter()\n",
    )
    .unwrap();
    let out = pyjit(&["boom.py"], &d);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    let expected = "Traceback (most recent call last):\n  File \"boom.py\", line 7, in <module>\n    outer()\n  File \"boom.py\", line 5, in outer\n    return inner(0)\n  File \"boom.py\", line 2, in inner\n    return 1 / x\nZeroDivisionError: division by zero\n";
    assert_eq!(err, expected);
}

#[test]
fn chained_exceptions_print_both_tracebacks() {
    let d = tmpdir("chain");
    let code = "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n";
    let out = pyjit(&["-c", code], &d);
    let err = text(&out.stderr);
    assert!(err.contains("KeyError: 'k'"), "{err}");
    assert!(
        err.contains("The above exception was the direct cause of the following exception:"),
        "{err}"
    );
    assert!(err.trim_end().ends_with("ValueError: bad"), "{err}");
    let code2 = "try:\n    1/0\nexcept ZeroDivisionError:\n    undefined_name\n";
    let err2 = text(&pyjit(&["-c", code2], &d).stderr);
    assert!(
        err2.contains("During handling of the above exception, another exception occurred:"),
        "{err2}"
    );
    assert!(
        err2.trim_end()
            .ends_with("NameError: name 'undefined_name' is not defined"),
        "{err2}"
    );
}

#[test]
fn sys_exit_statuses() {
    let d = tmpdir("exit");
    assert_eq!(
        pyjit(&["-c", "import sys; sys.exit(3)"], &d).status.code(),
        Some(3)
    );
    assert_eq!(
        pyjit(&["-c", "import sys; sys.exit()"], &d).status.code(),
        Some(0)
    );
    let out = pyjit(&["-c", "import sys; sys.exit('bye')"], &d);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "bye\n");
    assert_eq!(
        pyjit(&["-c", "raise SystemExit(0)"], &d).status.code(),
        Some(0)
    );
}

#[test]
fn jit_flags_are_checked() {
    let d = tmpdir("jit");
    let bad: [(&[&str], &str); 4] = [
        (&["run", "--jit-threshold"], "--jit-threshold needs a value"),
        (
            &["run", "--jit-threshold", "x", "a.py"],
            "needs a non-negative integer",
        ),
        (
            &["run", "--jit-param", "bogus=1", "a.py"],
            "unknown JIT parameter 'bogus'",
        ),
        (&["run", "--jit-target", "vax", "-c", "pass"], "JIT target"),
    ];
    for (args, msg) in bad {
        let out = pyjit(args, &d);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(msg),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    // the JIT is on by default and gives the interpreter's output
    let code = "def f(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nprint(f(10**6))\n";
    for mode in [&["-c", code][..], &["--interp", "-c", code][..]] {
        let out = pyjit(mode, &d);
        assert_eq!(text(&out.stdout), "499999500000\n", "{mode:?}");
    }
}

#[test]
fn missing_file_is_an_error() {
    let d = tmpdir("missing");
    let out = pyjit(&["nope.py"], &d);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't open file 'nope.py'"));
}

#[test]
fn runaway_recursion_is_a_recursion_error_not_a_crash() {
    let d = tmpdir("rec");
    let code = "def f(n):\n    return f(n + 1)\nf(0)\n";
    let out = pyjit(&["-c", code], &d);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded")
    );
    // recursion through Rust code (a builtin calling back into Python)
    let code2 = "def g(x):\n    return sorted([1], key=g)\ng(1)\n";
    let out2 = pyjit(&["-c", code2], &d);
    assert_eq!(out2.status.code(), Some(1));
    assert!(text(&out2.stderr).contains("RecursionError"));
}
