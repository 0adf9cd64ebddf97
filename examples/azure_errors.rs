//! Codes built from bit fields: Azure Media Player's errors.
//!
//! A code holds the area of the player (bits 31–28), the category (bits 27–20) and a detail
//! (bits 19–0). Run it with `cargo run --example azure_errors`.

errcodes::error_catalog!("azure_media_player");

use AzureMediaPlayerCategory as Category;

/// What the vendor's page suggests: `code & amp.errorCode.networkErrStart`. The category is a
/// number in bits 27–20, not a set of flags, so the mask also matches other categories whose
/// number shares a bit with 2 (`MEDIA_ERR_DECODE` is 3, `SRC_PLAYER_MISMATCH` is 6, unknown is 0xFF).
fn is_network_error_as_the_page_says(code: u32) -> bool {
    const NETWORK_ERR_START: u32 = 0x0020_0000;
    code & NETWORK_ERR_START != 0
}

/// The typed accessor compares the whole field.
fn is_network_error(error: AzureMediaPlayerError) -> bool {
    error.category() == Category::MediaErrNetwork
}

fn main() {
    for code in [
        0x2020_0194_u32,
        0x1060_0001,
        0x5030_0000,
        0x2FF0_0000,
        0x2020_0999,
    ] {
        let error = AzureMediaPlayerError::from(code);
        println!("{code:#010X}: {error}");
        println!(
            "  area {}, category {} ({}), detail {:#X}",
            error.area(),
            error.category(),
            error.category().message().unwrap_or("no end-user message"),
            error.detail(),
        );
        println!(
            "  network error? page's mask test: {:5}  typed accessor: {}",
            is_network_error_as_the_page_says(code),
            is_network_error(error),
        );
        assert_eq!(u32::from(error), code, "every bit is kept");
    }

    // Matching on the entry ignores the area; matching on the category groups entries.
    let error = AzureMediaPlayerError::from(0x2020_0194_u32);
    match error.kind() {
        AzureMediaPlayerErrorKind::NetworkErrHttpUrlNotFound => {
            println!("\n404 from {}", error.area());
        }
        other => println!("\nsomething else: {other:?}"),
    }
    if let Some(status) = error.http_status() {
        println!("the server answered HTTP {status}");
    }
}
