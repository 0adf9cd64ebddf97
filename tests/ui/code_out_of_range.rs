// Codes outside the catalog's code_type: -1 and 0x1_0000_0000 in a u32 catalog; in an i32
// catalog, 2147483648 in decimal and 0x1_0000_0000 in hex (hex is taken as the code's 32 bits,
// so 0x80000000 would fit).
errcodes::error_catalog!("code_out_of_range_u32");
errcodes::error_catalog!("code_out_of_range_i32");

fn main() {}
