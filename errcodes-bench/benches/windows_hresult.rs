//! The generated type of `windows_hresult`, Windows HRESULTs (1,379, a layout of `i32` codes: severity, facility and code fields), against its anchors:
//! `cargo bench -p errcodes-bench --bench windows_hresult`.
#![allow(missing_docs, clippy::pedantic)]

#[macro_use]
mod common;

#[allow(unreachable_pub, dead_code, clippy::all, clippy::pedantic)]
mod windows_hresult {
    include!(concat!(env!("OUT_DIR"), "/windows_hresult.rs"));
}

numeric_benches!(windows_hresult, layout: 0, severity, facility, facility_code);
