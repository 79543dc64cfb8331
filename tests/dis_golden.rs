//! Golden tests for `pyjit dis`: each `tests/dis/NAME.py` is disassembled and compared with
//! `tests/dis/NAME.dis`. Object addresses (`0x...`) are normalised. `PYJIT_BLESS=1 cargo test --test
//! dis_golden` rewrites the expected files after an intended change to the bytecode.

use std::path::Path;
use std::process::Command;

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("0x?");
        let tail = &rest[i + 2..];
        let n = tail.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

#[test]
fn dis_listings_match_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let bless = std::env::var_os("PYJIT_BLESS").is_some();
    let mut failures = Vec::new();
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
    {
        count += 1;
        let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
            .arg("dis")
            .arg(p.file_name().unwrap())
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pyjit dis failed on {}: {}",
            p.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let got = normalise(&String::from_utf8_lossy(&out.stdout));
        let golden = p.with_extension("dis");
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "{}: listing differs from {} (PYJIT_BLESS=1 to accept)\n{got}",
                p.display(),
                golden.display()
            ));
        }
    }
    assert!(count > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dis_module_prints_the_same_listing() {
    let code = "def f(a, b):\n    return a + b * 2\nimport dis\ndis.dis(f)\n";
    let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .arg("-c")
        .arg(code)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "  1           0 RESUME                   0");
    assert!(text.contains("LOAD_FAST                0 (a)"), "{text}");
    assert!(text.contains("BINARY_OP                5 (*)"), "{text}");
    assert!(text.contains("BINARY_OP                0 (+)"), "{text}");
    assert!(text.trim_end().ends_with("RETURN_VALUE"), "{text}");
}
