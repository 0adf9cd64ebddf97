// Keys the format does not know: `homepage` in [catalog] and a typo, `mesage.en`, in an entry.
errcodes::error_catalog!("unknown_key");

fn main() {}
