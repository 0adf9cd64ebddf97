//! Prints what a structured fuzz input stands for: the invocation and the catalog, and what the
//! macro makes of them. For a crash of the structured target:
//!
//! ```sh
//! cargo run -p errcodes-fuzz --example render -- fuzz/artifacts/structured/crash-…
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: render <structured fuzz input>");
        return ExitCode::FAILURE;
    };
    let data = match std::fs::read(&path) {
        Ok(data) => data,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    let Ok(case) = errcodes_fuzz::Case::from_bytes(&data) else {
        eprintln!("the input stands for no case: the target skips it");
        return ExitCode::FAILURE;
    };
    let (invocation, catalog) = case.render();
    println!("errcodes::error_catalog!({invocation});\n\n{catalog}");
    match errcodes_codegen::expand_catalog(invocation, errcodes_fuzz::PATH, catalog.as_bytes()) {
        Ok(tokens) => println!(
            "// expands to Rust items, {} bytes of code",
            tokens.to_string().len()
        ),
        Err(failure) => {
            for message in failure.messages(errcodes_fuzz::PATH, catalog.as_bytes()) {
                println!("// error: {message}");
            }
        }
    }
    ExitCode::SUCCESS
}
