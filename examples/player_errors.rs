//! The main example: the ApsaraVideo Player SDK's error codes as a typed enum.
//!
//! Run it with `cargo run --example player_errors`.

errcodes::error_catalog!("alibaba_player");

fn main() {
    // A code as the SDK reports it, in a log line or a callback.
    let reported: u32 = 0x2001_0001;
    let error = AlibabaPlayerError::from(reported);
    println!("{reported:#010X} is {error:?}");
    println!("  Display:       {error}");
    println!("  name:          {:?}", error.name());
    println!("  group:         {:?}", error.group());
    println!("  message (zh):  {:?}", error.message_in("zh-CN"));
    assert_eq!(u32::from(error), reported);

    // Matching is by variant, with a catch-all for codes the catalog does not list.
    match error {
        AlibabaPlayerError::ErrorServerNoResponse => println!("  -> retry the request"),
        AlibabaPlayerError::Unknown(unknown) => println!("  -> unlisted code {}", unknown.code()),
        other => println!("  -> {other}"),
    }

    // Parsing accepts names, aliases, hex and decimal.
    for text in [
        "ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT",
        "0x2005000a",
        "537198602",
        "0x2001FFFE",
        "bogus",
    ] {
        match text.parse::<AlibabaPlayerError>() {
            Ok(e) => println!("{text:>36} -> {e:?} ({e:#010X})"),
            Err(e) => println!("{text:>36} -> error: {e}"),
        }
    }
    println!(
        "{:>36} -> {:?}",
        "from_hex(\"2005000a\")",
        AlibabaPlayerError::from_hex("2005000a")
    );

    println!(
        "\nThe catalog lists {} errors; the first three:",
        AlibabaPlayerError::ALL.len()
    );
    for e in &AlibabaPlayerError::ALL[..3] {
        println!(
            "  {e:#010X} {:<28} {}",
            e.name().unwrap_or_default(),
            e.message_in("zh").unwrap_or_default()
        );
    }
}
