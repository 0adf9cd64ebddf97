// An entry in a group that no [[group]] defines (a typo of "request").
errcodes::error_catalog!("unknown_group");

fn main() {}
