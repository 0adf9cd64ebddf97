//! Runs the tests of `tests/consumer`, a crate outside the workspace that uses errcodes by path
//! the way a downstream crate does, and checks every row of the vendor pages against the
//! generated types. Running them from here makes `cargo test --workspace` cover them.

use std::path::Path;
use std::process::Command;

#[test]
fn consumer_crate_tests_pass() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = root.join("tests/consumer/Cargo.toml");
    // `<target>/tmp`, in whatever target directory this build uses; the consumer gets
    // `<target>/consumer`, apart from the workspace's own build but cleaned with it.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target directory")
        .join("consumer");
    // The cargo running this test, as cargo tells its tests; a plain `cargo` otherwise.
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());

    // No `--locked`: the consumer's Cargo.lock also pins errcodes' own dependencies, which
    // change with the workspace, so it is kept up to date rather than enforced.
    let output = Command::new(&cargo)
        .args(["test", "--workspace", "--manifest-path"])
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", &target_dir)
        .current_dir(root.join("tests/consumer"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", cargo.to_string_lossy()));

    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "`cargo test --manifest-path {}` failed ({}):\n\
         --- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
        manifest.display(),
        output.status,
    );
    // Shown with `--nocapture`, or never.
    println!("{stdout}\n{stderr}");
}
