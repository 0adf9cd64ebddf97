// Codes outside the catalog's code_type: -1 and 0x1_0000_0000 in a u32 catalog, 0x80000000 in
// an i32 catalog.
errcodes::error_catalog!("code_out_of_range_u32");
errcodes::error_catalog!("code_out_of_range_i32");

fn main() {}
