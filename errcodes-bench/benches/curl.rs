//! The generated type of `curl`, libcurl's `CURLcode` (101 codes, 34 of them aliases of others, from `curl.h`), against its anchors:
//! `cargo bench -p errcodes-bench --bench curl`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod curl {
    include!(concat!(env!("OUT_DIR"), "/curl.rs"));
}

numeric_benches!(curl);
