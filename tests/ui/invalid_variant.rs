// Variant names Rust rejects: "404_NOT_FOUND" gives 404NotFound, which is no identifier, and
// variant = "Self" is a keyword.
errcodes::error_catalog!("invalid_variant");

fn main() {}
