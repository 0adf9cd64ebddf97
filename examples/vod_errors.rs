//! String codes: the ApsaraVideo VOD API's common errors, with HTTP status and retry advice.
//!
//! Run it with `cargo run --example vod_errors`.

use errcodes::MaybeKnown;

errcodes::error_catalog!("alibaba_vod");

fn main() {
    // The `Code` field of an error response, as the API sends it.
    for sent in [
        "OperationDenied.Suspended",
        "ServiceUnAvailable",
        "Throttling.User",
    ] {
        match sent.parse::<AlibabaVodError>() {
            Ok(error) => {
                println!("{error}");
                println!(
                    "  HTTP {:?}, retry: {}, {}",
                    error.http_status(),
                    error.is_retryable(),
                    error.description().unwrap_or_default()
                );
            }
            // A code the catalog does not list yet is an error that keeps the text.
            Err(unknown) => println!("{unknown}"),
        }
    }

    // Where a response must be read whatever the code, keep it as MaybeKnown: with the `serde`
    // feature, a `Code: MaybeKnown<AlibabaVodError>` field deserializes any string.
    let codes: Vec<MaybeKnown<AlibabaVodError>> = ["InternalError", "Throttling.User"]
        .iter()
        .map(|code| MaybeKnown::from_code(code))
        .collect();
    for code in &codes {
        let retry = code.known().is_some_and(|e| e.is_retryable());
        println!("{code}: retry = {retry}");
    }
}
