// A catalog saved in Latin-1, not UTF-8: the error gives the line and column of the first byte
// that is not UTF-8 (the é of "Café", 0xE9) and says to save the file as UTF-8.
errcodes::error_catalog!("catalogs/not_utf8.bin.toml");

fn main() {}
