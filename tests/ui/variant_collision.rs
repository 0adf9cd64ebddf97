// Entries that give the same variant name: ERROR_A_B and errorAB both give ErrorAB, and a third
// entry sets variant = "ErrorAB".
errcodes::error_catalog!("variant_collision");

fn main() {}
