//! Signed codes with a Chinese default locale: the Tencent Cloud VOD API's error codes.
//!
//! Run it with `cargo run --example tencent_errors`.

errcodes::error_catalog!("tencent_vod");

fn main() {
    // A transcoding task failed with this code.
    let error = TencentVodError::from(-45_029);
    println!("{error}");
    println!("  name:    {:?}", error.name());
    println!("  en:      {:?}", error.message_in("en"));
    println!("  group:   {:?}", error.group());

    // API codes say whether to try again later.
    for code in [4000, 5100, 6200] {
        let error = TencentVodError::from(code);
        println!(
            "{code}: {} -> retry: {}",
            error.message_in("en-US").unwrap_or_default(),
            error.is_retryable()
        );
    }

    // Names and decimal text parse; a code the catalog lacks is kept.
    let parsed: TencentVodError = "TRANSCODE_COMMAND_DECODE_FAILED".parse().expect("a name");
    assert_eq!(parsed, error);
    let unknown: TencentVodError = "-99999".parse().expect("a number");
    println!("{unknown} (known: {})", unknown.is_known());
}
