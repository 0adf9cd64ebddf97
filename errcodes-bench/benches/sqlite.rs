//! The generated type of `sqlite`, SQLite result codes (106, a layout: the primary code in the low 8 bits of the extended one), against its anchors:
//! `cargo bench -p errcodes-bench --bench sqlite`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod sqlite {
    include!(concat!(env!("OUT_DIR"), "/sqlite.rs"));
}

numeric_benches!(sqlite, layout: 0, primary);
