//! The generated type of `synth_1000` against its anchors: `cargo bench --bench synth_1000`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod synth_1000 {
    include!(concat!(env!("OUT_DIR"), "/synth_1000.rs"));
}

numeric_benches!(synth_1000);
