//! The generated type of `grpc`, gRPC status codes (17), against its anchors:
//! `cargo bench -p errcodes-bench --bench grpc`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod grpc {
    include!(concat!(env!("OUT_DIR"), "/grpc.rs"));
}

numeric_benches!(grpc);
