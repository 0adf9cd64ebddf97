//! The catalogs `errcodes-import` makes from two vendor pages, compiled as they stand: the
//! ApsaraVideo Player SDK page in English merged with its Chinese page, and the ApsaraVideo VOD
//! API page (string codes). `errcodes-import/tests/pages.rs` checks that the importer still
//! writes these files byte for byte.

use errcodes::ErrorCode;

errcodes::error_catalog!("tests/data/imported/alibaba_player.toml");
errcodes::error_catalog!("tests/data/imported/alibaba_vod.toml");

#[test]
fn the_player_page_is_a_hex_u32_type_in_two_locales() {
    let e = AlibabaPlayerError::from(0x2001_0001_u32);
    assert_eq!(e, AlibabaPlayerError::ErrorServerNoResponse);
    assert_eq!(e.name(), Some("ERROR_SERVER_NO_RESPONSE"));
    assert_eq!(e.code(), 536_936_449);
    assert_eq!(
        e.message(),
        "The error message returned because the server returns no response."
    );
    assert_eq!(e.message_in("zh"), Some("服务器返回数据为空。"));
    assert_eq!(e.group(), Some("Request error codes"));
    assert_eq!(
        e.to_string(),
        format!("{} (ERROR_SERVER_NO_RESPONSE, 0x20010001)", e.message())
    );
    assert_eq!(format!("{e:#010X}"), "0x20010001");
    assert_eq!(AlibabaPlayerError::LOCALES, ["en", "zh"]);
    assert_eq!(AlibabaPlayerError::ALL.len(), 126);
}

#[test]
fn the_player_page_row_repeating_a_code_is_an_alias() {
    let e: AlibabaPlayerError = "ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT".parse().unwrap();
    assert_eq!(e, AlibabaPlayerError::ErrorArtpSpsppsAacconfTimeout);
    assert_eq!(e.code(), 0x2001_3007);
    assert_eq!(
        AlibabaPlayerError::ErrorArtpArtpMediaInfoTimeout,
        AlibabaPlayerError::ErrorArtpSpsppsAacconfTimeout
    );
}

#[test]
fn the_player_page_markup_is_gone_from_messages() {
    // `[Error codes](/intl.en-US/API Reference/Error codes.md)` on the page, and `\(POP\)`.
    let e = AlibabaPlayerError::ErrorServerPopUnknown;
    assert!(e.message().ends_with("see Error codes."), "{}", e.message());
    assert!(e.message().contains("(POP)"));
    // `**Multiple**` on the page.
    let e = AlibabaPlayerError::ErrorServerVodForbiddenAliyunvodencryption;
    assert!(
        e.message().ends_with("parameter to Multiple."),
        "{}",
        e.message()
    );
    assert_eq!(
        AlibabaPlayerError::from(0x2001_FFFF_u32).message_in("zh"),
        Some("未知错误。")
    );
    assert!(!AlibabaPlayerError::from(0x2001_FFFE_u32).is_known());
}

#[test]
fn the_vod_page_is_a_string_code_type_with_http_statuses() {
    let e: AlibabaVodError = "OperationDenied.Suspended".parse().unwrap();
    assert_eq!(e, AlibabaVodError::OperationDeniedSuspended);
    assert_eq!(e.code(), "OperationDenied.Suspended");
    assert_eq!(e.message(), "Your VOD service is suspended.");
    assert_eq!(e.http_status(), Some(403));
    assert_eq!(e.group(), Some("Common errors"));
    assert_eq!(
        e.description(),
        Some(
            "The error message returned because your Alibaba Cloud account has overdue \
             payments. Add funds to your account."
        )
    );
    assert_eq!(AlibabaVodError::ALL.len(), 7);
    assert!("Throttling.User".parse::<AlibabaVodError>().is_err());
}
