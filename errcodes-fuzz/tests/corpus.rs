//! Replays, through both fuzz targets' checks, every input the fuzzers keep: the seed catalogs
//! (the bundled ones and the UI tests'), the minimised corpus of each target in
//! `fuzz/corpus/<target>/`, and every crash ever found, in `fuzz/regressions/<target>/`. So a
//! regression of any of them fails `cargo test`, on stable, without running the fuzzers.

use std::path::{Path, PathBuf};

/// The repository's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The files of `dir` (relative to the root), sorted; none if it does not exist.
fn files(dir: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

/// Runs `check` on every file of `dirs`, and fails naming each file whose check panics;
/// returns how many inputs there were, and how many expanded to items.
fn replay(dirs: &[&str], check: fn(&[u8]) -> bool) -> (usize, usize) {
    let (mut count, mut expanded) = (0, 0);
    let mut failed = Vec::new();
    for file in dirs.iter().flat_map(|dir| files(dir)) {
        let bytes = std::fs::read(&file).unwrap();
        match std::panic::catch_unwind(|| check(&bytes)) {
            Ok(items) => expanded += usize::from(items),
            Err(_) => failed.push(file.display().to_string()),
        }
        count += 1;
    }
    assert!(failed.is_empty(), "the property breaks on {failed:#?}");
    (count, expanded)
}

#[test]
fn bytes_target() {
    let (count, expanded) = replay(
        &[
            "catalogs",
            "tests/ui/catalogs",
            "fuzz/corpus/bytes",
            "fuzz/regressions/bytes",
        ],
        errcodes_fuzz::bytes,
    );
    assert!(count > 30, "only {count} inputs: is the corpus checked in?");
    // The bundled catalogs at least.
    assert!(expanded >= 4, "only {expanded} of {count} inputs expand");
}

#[test]
fn structured_target() {
    let (count, expanded) = replay(
        &["fuzz/corpus/structured", "fuzz/regressions/structured"],
        errcodes_fuzz::structured,
    );
    assert!(count > 30, "only {count} inputs: is the corpus checked in?");
    // The structure-aware target is there to reach the generators with odd catalogs.
    assert!(
        expanded * 10 >= count,
        "only {expanded} of {count} inputs expand"
    );
}
