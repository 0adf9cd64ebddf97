// A catalog that is not valid TOML: a string without its closing quote.
errcodes::error_catalog!("toml_syntax_error");

fn main() {}
