//! The generated type of `tencent_vod` against its anchors: `cargo bench --bench tencent_vod`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod tencent_vod {
    include!(concat!(env!("OUT_DIR"), "/tencent_vod.rs"));
}

numeric_benches!(tencent_vod);
