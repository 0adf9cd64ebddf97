//! Any bytes as a catalog file, through the whole pipeline of `error_catalog!`; the checks are
//! `errcodes_fuzz::bytes`, which `cargo test` also replays the corpus through.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    errcodes_fuzz::bytes(data);
});
