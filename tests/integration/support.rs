//! Shared helpers: fixture paths, the corpus, outside programs. A test that
//! needs something absent skips with a printed reason, except under
//! `SOPBOOK_CI=1`, where the absence is a failure.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// True when running under `.ci/run`: nothing may be skipped.
pub fn in_ci() -> bool {
    std::env::var("SOPBOOK_CI").is_ok_and(|v| v == "1")
}

/// Prints why a test is skipped, or fails it under CI.
pub fn skip(reason: &str) {
    if in_ci() {
        panic!("SOPBOOK_CI=1 but {reason}");
    }
    eprintln!("skipped: {reason}");
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<feature>/<case>`.
pub fn fixture(feature: &str, case: &str) -> PathBuf {
    repo().join("tests/fixtures").join(feature).join(case)
}

/// `../shared/corpus`, or `None` (with the skip printed) when absent.
pub fn corpus() -> Option<PathBuf> {
    let dir = repo().join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        skip("../shared/corpus is absent");
        None
    }
}

/// Whether a program runs (`PROG --version` exits 0); skips when not.
pub fn have_program(program: &str, args: &[&str]) -> bool {
    let ok = Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        skip(&format!("`{program}` is not installed"));
    }
    ok
}

/// Whether python3 can import a module; skips when not.
pub fn have_python_module(module: &str) -> bool {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        skip(&format!("python module `{module}` is not installed"));
    }
    ok
}

/// The sopbook binary built for these tests.
pub fn sopbook() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sopbook"))
}

/// Copies a folder tree (fixtures into a temporary folder).
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// The corpus's legacy SOPs (`legacy-sops/*/before.txt`), sorted.
pub fn legacy_inputs(corpus: &Path) -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(corpus.join("legacy-sops"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path().join("before.txt"))
        .filter(|p| p.is_file())
        .collect();
    inputs.sort();
    inputs
}

/// Runs `sopbook convert --to TO --out TMP INPUTS...` and returns the
/// folder it wrote, failing the test when the command fails.
pub fn convert_to(to: &str, inputs: &[PathBuf]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let out = sopbook()
        .args(["convert", "--to", to, "--out"])
        .arg(tmp.path())
        .args(inputs)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "convert --to {to}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    tmp
}
