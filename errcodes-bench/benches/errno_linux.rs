//! The generated type of `errno_linux`, Linux `errno` values (131, from the kernel's headers), against its anchors:
//! `cargo bench -p errcodes-bench --bench errno_linux`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod errno_linux {
    include!(concat!(env!("OUT_DIR"), "/errno_linux.rs"));
}

numeric_benches!(errno_linux);
