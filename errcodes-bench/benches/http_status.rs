//! The generated type of `http_status`, HTTP status codes (62, `u16`), against its anchors:
//! `cargo bench -p errcodes-bench --bench http_status`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod http_status {
    include!(concat!(env!("OUT_DIR"), "/http_status.rs"));
}

numeric_benches!(http_status);
