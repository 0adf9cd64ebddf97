// A catalog name is made of a-z, 0-9 and _ only.
errcodes::error_catalog!("Alibaba-Player");

fn main() {}
