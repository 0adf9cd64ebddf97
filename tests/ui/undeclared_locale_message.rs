// A message in a locale that locales in [catalog] does not list.
errcodes::error_catalog!("undeclared_locale_message");

fn main() {}
