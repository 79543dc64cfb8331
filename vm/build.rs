//! Embeds the Python standard-library modules of `lib/` (one `NAME.py` per module) into the crate:
//! generates `$OUT_DIR/embedded_lib.rs` with a table of (module name, source).

use std::path::Path;

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut entries: Vec<(String, String)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&lib) {
        for e in rd.flatten() {
            let p = e.path();
            println!("cargo:rerun-if-changed={}", p.display());
            if p.extension().is_some_and(|x| x == "py")
                && let Some(stem) = p.file_stem().and_then(|s| s.to_str())
            {
                entries.push((stem.to_string(), p.display().to_string()));
            }
        }
    }
    entries.sort();
    let mut out = String::from(
        "/// The embedded library: (module name, Python source), sorted by name.\n\
         pub const LIB: &[(&str, &str)] = &[\n",
    );
    for (name, path) in entries {
        out.push_str(&format!("    ({name:?}, include_str!({path:?})),\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_lib.rs");
    std::fs::write(dest, out).unwrap();
}
