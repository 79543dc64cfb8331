//! Golden tests for the JIT's `--dump-ir` output (re-bless with `PYJIT_BLESS=1`), and the
//! `--jit-target aarch64` path: traces compiled for another architecture and dumped, not run.

use std::path::Path;
use std::process::Command;

fn pyjit(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn ir_dumps_match_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit");
    let mut progs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    progs.sort();
    assert!(!progs.is_empty());
    let bless = std::env::var_os("PYJIT_BLESS").is_some();
    let mut failures = Vec::new();
    for p in progs {
        let name = p.file_name().unwrap().to_str().unwrap();
        let out = pyjit(&["run", "--jit", "--dump-ir", name], &dir);
        assert!(out.status.success(), "{name} failed");
        let got = String::from_utf8(out.stderr).unwrap();
        let golden = p.with_extension("ir");
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            failures.push(format!("{name}:\n--- expected\n{want}--- got\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "IR dumps differ (PYJIT_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

#[test]
fn aarch64_target_compiles_and_dumps_without_running() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit");
    let out = pyjit(
        &[
            "run",
            "--jit-target",
            "aarch64",
            "--dump-asm",
            "--dump-clif",
            "--jit-stats",
            "sum_loop.py",
        ],
        &dir,
    );
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2999\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--- asm f:5 (aarch64-unknown-linux-gnu) ---"),
        "{err}"
    );
    assert!(
        err.contains("--- CLIF f:5 (aarch64-unknown-linux-gnu) ---"),
        "{err}"
    );
    // aarch64 instructions, and no trace was installed for the host
    assert!(err.contains("ret") && err.contains("ldr"), "{err}");
    assert!(err.contains("traces compiled:    0"), "{err}");
}

#[test]
fn stats_count_compiled_traces_and_guard_exits() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit");
    let out = pyjit(
        &["run", "--jit-stats", "--dump-asm", "float_range.py"],
        &dir,
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("traces compiled:    1"), "{err}");
    assert!(err.contains("guard failures:     1"), "{err}");
    assert!(err.contains("--- asm g:4 ---"), "{err}");
}

#[test]
fn stats_as_json_are_one_line_with_the_same_counts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit");
    let out = pyjit(&["run", "--jit-stats=json", "float_range.py"], &dir);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find_map(|l| l.strip_prefix("jit-stats-json: "))
        .unwrap_or_else(|| panic!("no jit-stats-json line in {err}"));
    assert!(line.starts_with('{') && line.ends_with('}'), "{line}");
    assert!(line.contains("\"traces\":1,"), "{line}");
    assert!(line.contains("\"guard_failures\":1,"), "{line}");
    assert!(line.contains("\"aborts_by_reason\":{"), "{line}");
}
