// When the catalog is rejected, only the catalog's error is shown: rustc does not go on to
// report the type as missing, and the macro declares no stand-in that would add errors.
errcodes::error_catalog!("fallback_no_cascade");

fn f(_: MyApiError) {}

fn g(error: &MyApiError) -> &MyApiError {
    error
}

fn main() {
    let _ = (f, g);
}
