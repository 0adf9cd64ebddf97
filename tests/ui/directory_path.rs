// A catalog path that is a directory, and a catalog name whose file is a directory: errors that
// say so, not "cannot read".
errcodes::error_catalog!("catalogs/");
errcodes::error_catalog!("dir_not_file");

fn main() {}
