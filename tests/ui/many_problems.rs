// Several kinds of problem in one catalog, all reported in one pass: an unknown group, a
// duplicate code, a duplicate name, a code outside u32, a typo in a key, a missing message.
errcodes::error_catalog!("many_problems");

fn main() {}
