// A variant the catalog deprecates carries `#[deprecated]`, with the catalog's note.
#![deny(deprecated)]

errcodes::error_catalog!("deprecated");

fn main() {
    let _ = StatusError::TooLarge;
    let _ = StatusError::Teapot;
    let _ = StatusError::EntityTooLarge;
    let _ = StatusError::ContentTooLarge;
}
