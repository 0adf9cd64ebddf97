//! Times `errcodes_codegen::error_catalog` on catalog files, as the macro runs it, to follow how
//! expansion time grows with a catalog's size (docs/BENCHMARKS.md, "Expansion alone"):
//!
//! ```text
//! cargo run --release -p errcodes-codegen --example expand_file -- CATALOG.toml...
//! ```
//!
//! Each catalog is named by its path relative to its own directory, which stands for the calling
//! crate's manifest directory. Prints the seconds of the fastest of three runs and the token trees out;
//! with `EXPAND_PRINT=1`, the generated code itself instead, as one line.

use std::path::Path;
use std::time::Instant;

use proc_macro2::{TokenStream, TokenTree};

/// Token trees in `tokens`, counting those inside groups.
fn count(tokens: TokenStream) -> usize {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 1 + count(group.stream()),
            _ => 1,
        })
        .sum()
}

fn main() {
    // One run under a profiler (`EXPAND_RUNS=1`), the best of three otherwise.
    let runs: usize = std::env::var("EXPAND_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(3);
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: expand_file CATALOG.toml...");
        std::process::exit(2);
    }
    for path in &paths {
        let path = Path::new(path);
        let dir = path.parent().unwrap_or_else(|| Path::new("."));
        let file = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        let mut best = f64::INFINITY;
        let mut tokens = TokenStream::new();
        for _ in 0..runs {
            let start = Instant::now();
            tokens = errcodes_codegen::error_catalog(quote::quote!(#file), Some(dir));
            best = best.min(start.elapsed().as_secs_f64());
        }
        if std::env::var_os("EXPAND_PRINT").is_some() {
            println!("{tokens}");
            continue;
        }
        let trees = count(tokens);
        println!("{}: {best:.3} s, {trees} token trees", path.display());
    }
}
