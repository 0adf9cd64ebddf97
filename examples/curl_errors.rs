//! curl's error codes (`CURLcode`), as the curl crate's `Error::code` gives them: name a failed
//! transfer the way curl's own messages do, retry only what curl says may succeed on a second
//! try, and read the old names that older code and logs still use.
//!
//! Run it with `cargo run --example curl_errors`.

errcodes::error_catalog!("curl");

/// Whether to try a transfer again: curl's "try again" code, and failures of the network
/// that a second attempt may not meet.
fn should_retry(error: CurlError) -> bool {
    error.is_retryable()
        || matches!(
            error,
            CurlError::CouldntConnect | CurlError::OperationTimedout | CurlError::RecvError
        )
}

fn main() {
    // Codes a transfer might end with, and one no curl has (a newer curl's, say).
    for code in [6, 7, 28, 81, 60, 1_000] {
        let error = CurlError::from(code);
        println!(
            "curl: ({code}) {error}: {}",
            if should_retry(error) {
                "retry"
            } else {
                "give up"
            }
        );
        assert_eq!(i32::from(error), code, "unknown codes are kept too");
    }

    // An old name from a log (CURLE_OPERATION_TIMEOUTED, before 7.17) is an alias of the new one.
    let old: CurlError = "CURLE_OPERATION_TIMEOUTED"
        .parse()
        .expect("an old name of the catalog");
    assert_eq!(old, CurlError::OperationTimedout);
    println!(
        "CURLE_OPERATION_TIMEOUTED is now {}",
        old.name().unwrap_or_default()
    );
}
