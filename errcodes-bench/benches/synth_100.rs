//! The generated type of `synth_100` against its anchors: `cargo bench --bench synth_100`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod synth_100 {
    include!(concat!(env!("OUT_DIR"), "/synth_100.rs"));
}

numeric_benches!(synth_100);
