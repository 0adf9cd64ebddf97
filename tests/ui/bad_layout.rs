// Mistakes in a [layout]: bits outside the code, a value too wide for its field, a field named
// like a method, two labels giving one variant, and an entry code outside the key bits.
errcodes::error_catalog!("bad_layout");

fn main() {}
