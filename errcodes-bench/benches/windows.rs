//! The generated type of `windows` (2,089 Win32 error codes from `winerror.h`, without messages)
//! against its anchors: `cargo bench --bench windows`. A real catalog of the size of the
//! synthetic 1,000 and 10,000-entry ones, with real names (`ERROR_ACCESS_DENIED`), aliases and
//! gaps between codes.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod windows {
    include!(concat!(env!("OUT_DIR"), "/windows.rs"));
}

numeric_benches!(windows);
