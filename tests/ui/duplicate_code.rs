// Two entries with the same code, and neither declared an alias of the other.
errcodes::error_catalog!("duplicate_code");

fn main() {}
