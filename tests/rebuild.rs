//! Editing a catalog of the calling crate makes cargo rebuild that crate: the generated code
//! includes the file with `include_bytes!`, so it is in the crate's dep-info. A catalog that
//! does not exist yet cannot be in it (stable Rust has no way for a macro to track a missing
//! file): adding `catalogs/<name>.toml` that shadows a bundled catalog takes the build script
//! the README gives.
//!
//! The tests build small crates of their own (in the target directory), run them, edit their
//! catalogs, and run them again.

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

/// A crate named `name` in the target directory, with `main` as its `src/main.rs`, and a
/// `run` that builds and runs it and gives its output.
fn app(name: &str, main: &str) -> (std::path::PathBuf, impl Fn() -> String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let app = tmp.join(name);
    let _ = fs::remove_dir_all(&app);
    fs::create_dir_all(app.join("src")).unwrap();
    fs::create_dir_all(app.join("catalogs")).unwrap();
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[dependencies]\nerrcodes = {{ path = {:?} }}\n\n[workspace]\n",
        root.display().to_string()
    );
    fs::write(app.join("Cargo.toml"), manifest).unwrap();
    fs::write(app.join("src/main.rs"), main).unwrap();

    // Share the consumer's target directory: its dependencies are already built there.
    let target_dir = tmp.parent().unwrap().join("consumer");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let dir = app.clone();
    let run = move || {
        let output = Command::new(&cargo)
            .args(["run", "--quiet", "--manifest-path"])
            .arg(dir.join("Cargo.toml"))
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
    (app, run)
}

#[test]
fn editing_the_catalog_rebuilds_the_crate() {
    let (app, run) = app("rebuild-app", MAIN);
    let catalog = app.join("catalogs/app.toml");
    fs::write(&catalog, CATALOG.replace("MESSAGE", "I am a teapot.")).unwrap();
    assert_eq!(run(), "I am a teapot.");
    // Only the catalog changes: no source file is touched.
    fs::write(&catalog, CATALOG.replace("MESSAGE", "Still a teapot.")).unwrap();
    assert_eq!(run(), "Still a teapot.");
}

const SHADOWING_MAIN: &str = r#"errcodes::error_catalog!("alibaba_player");

fn main() {
    print!("{}", AlibabaPlayerError::from(0x2001_0001).message());
}
"#;

/// The build script the README gives for a crate that may shadow a bundled catalog.
const BUILD_RS: &str = r#"fn main() {
    println!("cargo:rerun-if-changed=catalogs");
}
"#;

#[test]
fn a_new_catalog_that_shadows_a_bundled_one_is_picked_up_with_the_build_script() {
    let (app, run) = app("shadow-app", SHADOWING_MAIN);
    fs::write(app.join("build.rs"), BUILD_RS).unwrap();
    assert_eq!(
        run(),
        "The error message returned because the server returns no response."
    );
    // Only a catalog is added: no source file is touched.
    let local = CATALOG
        .replace("AppError", "AlibabaPlayerError")
        .replace("code = 418", "code = 0x20010001")
        .replace("MESSAGE", "Shadowed.");
    fs::write(app.join("catalogs/alibaba_player.toml"), &local).unwrap();
    assert_eq!(run(), "Shadowed.");
    // And removed again: back to the bundled catalog.
    fs::remove_file(app.join("catalogs/alibaba_player.toml")).unwrap();
    assert_eq!(
        run(),
        "The error message returned because the server returns no response."
    );
}
