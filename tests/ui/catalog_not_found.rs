// A catalog name that is neither in the crate's catalogs/ nor bundled with errcodes.
errcodes::error_catalog!("no_such_catalog");

fn main() {}
