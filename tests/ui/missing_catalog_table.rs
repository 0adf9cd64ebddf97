// A file with entries but no [catalog] table: an error, not a panic.
errcodes::error_catalog!("missing_catalog_table");

fn main() {}
