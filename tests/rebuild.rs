//! Editing a catalog of the calling crate makes cargo rebuild that crate: the generated code
//! includes the file with `include_bytes!`, so it is in the crate's dep-info.
//!
//! The test builds a small crate of its own (in the target directory), runs it, edits its
//! catalog, and runs it again.

use std::fs;
use std::path::Path;
use std::process::Command;

const CATALOG: &str = r#"[catalog]
type_name = "AppError"
title = "Errors of the app."
code_type = "u32"
locales = ["en"]

[[error]]
name = "TEAPOT"
code = 418
message.en = "MESSAGE"
"#;

const MAIN: &str = r#"errcodes::error_catalog!("app");

fn main() {
    print!("{}", AppError::from(418).message());
}
"#;

#[test]
fn editing_the_catalog_rebuilds_the_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let app = tmp.join("rebuild-app");
    let _ = fs::remove_dir_all(&app);
    fs::create_dir_all(app.join("src")).unwrap();
    fs::create_dir_all(app.join("catalogs")).unwrap();
    let manifest = format!(
        "[package]\nname = \"rebuild-app\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[dependencies]\nerrcodes = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    fs::write(app.join("Cargo.toml"), manifest).unwrap();
    fs::write(app.join("src/main.rs"), MAIN).unwrap();
    let catalog = app.join("catalogs/app.toml");

    // Share the consumer's target directory: its dependencies are already built there.
    let target_dir = tmp.parent().unwrap().join("consumer");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let run = || {
        let output = Command::new(&cargo)
            .args(["run", "--quiet", "--manifest-path"])
            .arg(app.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &target_dir)
            .output()
            .expect("cannot run cargo");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };

    fs::write(&catalog, CATALOG.replace("MESSAGE", "I am a teapot.")).unwrap();
    assert_eq!(run(), "I am a teapot.");
    // Only the catalog changes: no source file is touched.
    fs::write(&catalog, CATALOG.replace("MESSAGE", "Still a teapot.")).unwrap();
    assert_eq!(run(), "Still a teapot.");
}
