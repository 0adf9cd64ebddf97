// Entries without a message in a locale the catalog declares (not the default one).
errcodes::error_catalog!("missing_locale_message");

fn main() {}
