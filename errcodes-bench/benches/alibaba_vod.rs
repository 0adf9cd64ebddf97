//! The generated type of `alibaba_vod` (string codes) against its anchors:
//! `cargo bench -p errcodes-bench --bench alibaba_vod`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod alibaba_vod {
    include!(concat!(env!("OUT_DIR"), "/alibaba_vod.rs"));
}

string_benches!(alibaba_vod);
