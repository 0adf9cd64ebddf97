//! Catalogs of every shape built from tricky parts, with both forms of the invocation, through
//! the whole pipeline of `error_catalog!`; the checks are `errcodes_fuzz::structured`, which
//! `cargo test` also replays the corpus through.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    errcodes_fuzz::structured(data);
});
