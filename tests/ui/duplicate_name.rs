// The same name twice, and an alias that is another entry's name.
errcodes::error_catalog!("duplicate_name");

fn main() {}
