// Values of the wrong type: a title in an array, a code in quotes, a message that is not a table
// of texts by locale, aliases that are not an array, a message and a variant that are no strings.
errcodes::error_catalog!("wrong_value_type");

fn main() {}
