//! The generated type of `alibaba_player` against its anchors: `cargo bench --bench alibaba_player`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod alibaba_player {
    include!(concat!(env!("OUT_DIR"), "/alibaba_player.rs"));
}

numeric_benches!(alibaba_player);
