// A catalog whose entry list is empty: an error, not a panic.
errcodes::error_catalog!("no_entries");

fn main() {}
