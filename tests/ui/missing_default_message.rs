// An entry without a message in the default locale, the first of locales.
errcodes::error_catalog!("missing_default_message");

fn main() {}
