// Required keys left out: the catalog's title, an entry's code and another entry's name.
errcodes::error_catalog!("missing_key");

fn main() {}
