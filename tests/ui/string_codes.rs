// Mistakes particular to string codes: an integer code, notation on strings, and a [layout].
errcodes::error_catalog!("string_codes");

fn main() {}
