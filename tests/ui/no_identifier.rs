// Names that give no Rust identifier (empty, or punctuation only) are diagnostics, not a panic
// of the macro: a numeric catalog's `name = ""`, "___" and an alias "--", and a string
// catalog's `code = ""`.
errcodes::error_catalog!("no_identifier");
errcodes::error_catalog!("no_identifier_string");

fn main() {}
