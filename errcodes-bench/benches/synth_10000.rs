//! The generated type of `synth_10000` against its anchors: `cargo bench --bench synth_10000`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod synth_10000 {
    include!(concat!(env!("OUT_DIR"), "/synth_10000.rs"));
}

numeric_benches!(synth_10000);
