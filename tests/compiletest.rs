//! Compile-fail UI tests: every bad catalog or invocation in `tests/ui` must be a clean compile
//! error, never a panic, that names the file, line and column and says what to do.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test --test compiletest`, then
//! read every changed `.stderr` before committing it.

use std::io;
use std::path::Path;

#[test]
fn ui() {
    link_catalogs().expect("cannot make tests/ui/catalogs visible to the trybuild crate");
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    // Inputs of docs/bad-input.md that are accepted: they build, and their text comes through.
    t.pass("tests/ui/pass/*.rs");
}

/// Makes the test catalogs visible to the crate trybuild generates.
///
/// trybuild builds the UI tests as a crate of its own in `<target>/tests/trybuild/<package>`,
/// and that directory is the `CARGO_MANIFEST_DIR` the macro sees. The macro looks up
/// `error_catalog!("name")` in `<CARGO_MANIFEST_DIR>/catalogs/name.toml`, so link
/// `tests/ui/catalogs` there (as askama's UI tests do with their templates), and
/// `tests/bad_input`, the inputs of docs/bad-input.md, as `bad_input`.
fn link_catalogs() -> io::Result<()> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    link_dir(
        &manifest_dir.join("tests").join("ui").join("catalogs"),
        "catalogs",
    )?;
    link_dir(&manifest_dir.join("tests").join("bad_input"), "bad_input")
}

/// Links `catalogs` as `<trybuild crate>/<name>`.
fn link_dir(catalogs: &Path, name: &str) -> io::Result<()> {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    // trybuild takes the target directory from `cargo metadata`, run in this package's
    // directory: `CARGO_TARGET_DIR` (relative to here) if set, else `target` here.
    let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => manifest_dir.join(dir),
        None => manifest_dir.join("target"),
    };
    let crate_dir = target_dir
        .join("tests")
        .join("trybuild")
        .join(env!("CARGO_PKG_NAME"));
    std::fs::create_dir_all(&crate_dir)?;
    let link = crate_dir.join(name);
    if std::fs::read_link(&link).is_ok_and(|to| to == catalogs) {
        return Ok(()); // a previous run made it
    }
    remove(&link)?;
    match symlink_dir(catalogs, &link) {
        // Another run of this test made it in the meantime.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        result => result,
    }
}

/// Removes whatever is at `path`: a stale link, or a copy of the catalogs.
fn remove(path: &Path) -> io::Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    if meta.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        // A symbolic link, to a directory or not; on Windows a directory link needs remove_dir.
        std::fs::remove_file(path).or_else(|_| std::fs::remove_dir(path))
    }
}

#[cfg(unix)]
fn symlink_dir(original: &Path, link: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(original, link)
}

#[cfg(windows)]
fn symlink_dir(original: &Path, link: &Path) -> io::Result<()> {
    // Making a symbolic link needs a privilege on Windows; copy the catalogs without it.
    std::os::windows::fs::symlink_dir(original, link).or_else(|_| copy_dir(original, link))
}

#[cfg(not(any(unix, windows)))]
fn symlink_dir(original: &Path, link: &Path) -> io::Result<()> {
    copy_dir(original, link)
}

#[cfg(not(unix))]
fn copy_dir(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        std::fs::copy(entry.path(), to.join(entry.file_name()))?;
    }
    Ok(())
}
