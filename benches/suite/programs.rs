//! The benchmark programs (`benches/programs/*.py`) and what each declares about itself: the
//! docstring's first paragraph (its description), `DEFAULT_SIZE = N` (the size a full run uses) and
//! `# bench-quick-size: Q` (the size of `--quick`).

use std::path::{Path, PathBuf};

pub struct Program {
    pub name: String,
    pub path: PathBuf,
    pub description: String,
    pub default_size: u64,
    pub quick_size: u64,
}

/// Every program in `dir` whose name contains `filter`, sorted by name.
pub fn discover(dir: &Path, filter: &str) -> Result<Vec<Program>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if !name.contains(filter) {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(parse(name, path, &text)?);
    }
    Ok(out)
}

fn parse(name: String, path: PathBuf, text: &str) -> Result<Program, String> {
    let missing = |what: &str| format!("{}: no {what}", path.display());
    let doc = text
        .strip_prefix("\"\"\"")
        .and_then(|rest| rest.split("\"\"\"").next())
        .ok_or_else(|| missing("module docstring"))?;
    let first_paragraph = doc.split("\n\n").next().unwrap_or(doc);
    let description = first_paragraph
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let number = |prefix: &str| -> Result<u64, String> {
        text.lines()
            .find_map(|l| l.strip_prefix(prefix))
            .ok_or_else(|| missing(prefix.trim()))?
            .trim()
            .parse()
            .map_err(|e| format!("{}: {prefix}: {e}", path.display()))
    };
    Ok(Program {
        default_size: number("DEFAULT_SIZE = ")?,
        quick_size: number("# bench-quick-size:")?,
        name,
        path,
        description,
    })
}
