//! Prints the anchors of a catalog file, the Rust source the benchmarks measure the generated
//! type against: `anchors [--only hand|derive|map|inputs] CATALOG.toml > anchors.rs`.
//!
//! Without `--only`, the whole module of `errcodes_bench::anchors::module`; with it, one part.
//! A catalog that does not load is reported as the macro would report it, with exit status 2.

use std::io::Write as _;
use std::process::ExitCode;

use errcodes_bench::anchors;
use errcodes_catalog::{Catalog, CodeType, Source};

const USAGE: &str = "usage: anchors [--only hand|derive|map|inputs] CATALOG.toml";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        // A closed pipe (`anchors … | head`) is not worth a panic: report it and stop.
        Ok(code) => match std::io::stdout().lock().write_all(code.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("anchors: cannot write the source: {e}");
                ExitCode::from(2)
            }
        },
        Err(message) => {
            eprintln!("anchors: {message}");
            ExitCode::from(2)
        }
    }
}

/// The source to print, or what went wrong.
fn run(args: Vec<String>) -> Result<String, String> {
    let mut only = None;
    let mut path = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--only" => only = Some(args.next().ok_or(USAGE)?),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("one catalog at a time\n{USAGE}")),
        }
    }
    let path = path.ok_or(USAGE)?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let source = Source::new(&path, &text);
    let catalog = errcodes_catalog::load(&source).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.render(&source))
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    part(&catalog, only.as_deref())
}

fn part(catalog: &Catalog, only: Option<&str>) -> Result<String, String> {
    Ok(match only {
        None => anchors::module(catalog),
        Some("hand") => anchors::hand(catalog),
        Some("derive") if catalog.code_type == CodeType::String => {
            return Err("no derive anchor for a catalog of string codes".to_owned())
        }
        Some("derive") => anchors::derive(catalog),
        Some("map") => anchors::map(catalog),
        Some("inputs") => anchors::inputs(catalog),
        Some(other) => return Err(format!("no part named {other}\n{USAGE}")),
    })
}
