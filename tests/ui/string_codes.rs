// Mistakes particular to string codes: an integer code, a [layout], a bad http_status and retryable.
errcodes::error_catalog!("string_codes");

fn main() {}
