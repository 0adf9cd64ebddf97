// A path (it contains /) that does not exist relative to the crate's Cargo.toml.
errcodes::error_catalog!("missing/x.toml");

fn main() {}
