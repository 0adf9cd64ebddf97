//! The generated type of `sqlstate`, SQLSTATE codes (260 five-character string codes, from PostgreSQL's `errcodes.txt`), against its anchors:
//! `cargo bench -p errcodes-bench --bench sqlstate`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod sqlstate {
    include!(concat!(env!("OUT_DIR"), "/sqlstate.rs"));
}

string_benches!(sqlstate);
