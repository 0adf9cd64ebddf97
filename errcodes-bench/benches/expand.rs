//! Expansion alone: `errcodes_codegen::error_catalog`, the function the `error_catalog!` macro
//! calls (parse the invocation, read the catalog, load it, write the tokens), on `alibaba_player`
//! and on synthetic catalogs of 100, 1,000 and 10,000 entries: `cargo bench --bench expand`.
//!
//! The synthetic catalogs are written to a temporary directory that stands for the calling
//! crate (`manifest_dir`), and named by path, as a user's own catalog is. What is measured ends
//! with the `TokenStream`, as the compiler receives it: nothing is turned into a string. Each
//! catalog's token count is printed once, to follow how much code a catalog makes.
#![allow(missing_docs)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput};
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

/// A directory of its own under the system's temporary directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!("errcodes-expand-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("cannot create a temporary directory");
        Self(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn main() {
    let dir = TempDir::new();
    // (label, entries, the macro's input)
    let mut catalogs: Vec<(String, u64, TokenStream)> = vec![(
        "alibaba_player".to_owned(),
        126,
        quote::quote!("alibaba_player"),
    )];
    for entries in [100_usize, 1_000, 10_000] {
        let file = format!("synth_{entries}.toml");
        std::fs::write(
            dir.0.join(&file),
            errcodes_bench::synth::catalog(entries, "Generated"),
        )
        .expect("cannot write a catalog to the temporary directory");
        catalogs.push((
            format!("synth_{entries}"),
            entries as u64,
            quote::quote!(#file),
        ));
    }

    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1500))
        .configure_from_args();
    let mut group = c.benchmark_group("expand");
    for (label, entries, input) in &catalogs {
        let manifest_dir: &Path = &dir.0;
        let tokens = errcodes_codegen::error_catalog(input.clone(), Some(manifest_dir));
        let text = tokens.to_string();
        assert!(
            !text.contains("compile_error"),
            "{label} does not expand: {text:.500}"
        );
        eprintln!(
            "expand/{label}: {entries} entries, {} tokens",
            count(tokens)
        );
        group.throughput(Throughput::Elements(*entries));
        // Criterion's least; a 10,000-entry expansion takes tens of milliseconds.
        group.sample_size(if *entries >= 10_000 { 10 } else { 20 });
        group.bench_function(label.as_str(), |b| {
            b.iter(|| {
                errcodes_codegen::error_catalog(black_box(input.clone()), Some(manifest_dir))
            });
        });
    }
    group.finish();
    c.final_summary();
}
