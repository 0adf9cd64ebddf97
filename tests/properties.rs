//! Properties over every code, not only the catalog's: conversions are lossless and text round
//! trips, for each shape of catalog.

use proptest::prelude::*;

errcodes::error_catalog!("alibaba_player");
errcodes::error_catalog!("tencent_vod");
errcodes::error_catalog!("azure_media_player");
errcodes::error_catalog!("alibaba_vod");

proptest! {
    #[test]
    fn u32_codes_round_trip(code in any::<u32>()) {
        let e = AlibabaPlayerError::from(code);
        prop_assert_eq!(u32::from(e), code);
        prop_assert_eq!(e.is_known(), e.name().is_some());
        prop_assert_eq!(AlibabaPlayerError::from_hex(&format!("{e:x}")), Ok(e));
        prop_assert_eq!(AlibabaPlayerError::from_hex(&format!("{e:#X}")), Ok(e));
        prop_assert_eq!(code.to_string().parse(), Ok(e));
        prop_assert_eq!(format!("{e:#010x}").parse(), Ok(e));
        if let Some(name) = e.name() {
            prop_assert_eq!(name.parse(), Ok(e));
        }
    }

    #[test]
    fn i32_codes_round_trip(code in any::<i32>()) {
        let e = TencentVodError::from(code);
        prop_assert_eq!(i32::from(e), code);
        prop_assert_eq!(code.to_string().parse(), Ok(e));
        prop_assert_eq!(TencentVodError::from_hex(&format!("{e:08X}")), Ok(e));
        prop_assert!(e.to_string().contains(&code.to_string()));
    }

    #[test]
    fn layout_codes_keep_every_bit(code in any::<u32>()) {
        let e = AzureMediaPlayerError::from(code);
        prop_assert_eq!(u32::from(e), code);
        prop_assert_eq!(e.area().value(), code >> 28);
        prop_assert_eq!(e.category().value(), (code >> 20) & 0xFF);
        prop_assert_eq!(e.detail(), code & 0xF_FFFF);
        prop_assert_eq!(e.kind().code(), code & 0x0FFF_FFFF);
        prop_assert_eq!(format!("{e:#x}").parse(), Ok(e));
    }

    #[test]
    fn no_text_panics_the_parsers(text in any::<String>()) {
        let _ = text.parse::<AlibabaPlayerError>();
        let _ = text.parse::<TencentVodError>();
        let _ = text.parse::<AzureMediaPlayerError>();
        let _ = AlibabaPlayerError::from_hex(&text);
        let _ = AlibabaPlayerError::from_name(&text);
        let _ = AlibabaPlayerError::ErrorServerNoResponse.message_in(&text);
        match text.parse::<AlibabaVodError>() {
            Ok(e) => prop_assert!(e.code() == text || e.name() == Some(text.as_str())),
            Err(unknown) => prop_assert_eq!(unknown.code(), text.as_str()),
        }
    }
}

errcodes::error_catalog!("grpc");
errcodes::error_catalog!("tests/data/edge.toml");
errcodes::error_catalog!("tests/data/punctuated.toml");

/// `FromStr` of a type with numeric codes gives the entry of a name or alias, and for any other
/// text what the text reads as a number (decimal, `-` decimal or `0x` hex) or the error of that.
macro_rules! assert_name_else_number {
    ($ty:ty, $code:ty, $text:expr) => {{
        let text: &str = $text;
        let expected = match <$ty>::from_name(text) {
            Some(e) => Ok(e),
            None => errcodes::__private::parse_number::<$code>(text).map(<$ty>::from_code),
        };
        prop_assert_eq!(
            text.parse::<$ty>().map_err(|e| e.kind()),
            expected,
            "{:?}",
            text
        );
    }};
}

/// A name or alias of the catalogs below with something before or after it, or any text.
fn name_like_text() -> impl Strategy<Value = String> {
    let keys: Vec<&'static str> = AlibabaPlayerError::ALL
        .iter()
        .filter_map(AlibabaPlayerError::name)
        .chain(
            TencentVodError::ALL
                .iter()
                .filter_map(TencentVodError::name),
        )
        .chain(GrpcCode::ALL.iter().filter_map(GrpcCode::name))
        .chain(EdgeError::ALL.iter().filter_map(EdgeError::name))
        .chain(
            PunctuatedError::ALL
                .iter()
                .filter_map(PunctuatedError::name),
        )
        .chain(["COMMENT_CLOSER_OLD", "closer.legacy", ".DOT"])
        .collect();
    prop_oneof![
        any::<String>(),
        "[-+.$0-9xA-Z_ ]{0,12}",
        (
            prop::sample::select(keys),
            "[-+.$0-9x ]{0,2}",
            "[-+.$0-9x ]{0,2}",
            0..4u8
        )
            .prop_map(|(key, before, after, how)| match how {
                0 => key.to_owned(),
                1 => format!("{before}{key}"),
                2 => format!("{key}{after}"),
                _ => format!("{before}{key}{after}"),
            }),
    ]
}

proptest! {
    #[test]
    fn from_str_is_a_name_else_a_number(text in name_like_text()) {
        assert_name_else_number!(AlibabaPlayerError, u32, &text);
        assert_name_else_number!(TencentVodError, i32, &text);
        assert_name_else_number!(AzureMediaPlayerError, u32, &text);
        assert_name_else_number!(GrpcCode, i32, &text);
        assert_name_else_number!(EdgeError, i32, &text);
        assert_name_else_number!(PunctuatedError, u32, &text);
    }
}

#[test]
fn names_that_start_below_the_digits_end_are_found() {
    assert_eq!("+PLUS".parse(), Ok(PunctuatedError::Plus));
    assert_eq!(".DOT".parse(), Ok(PunctuatedError::DotLater));
    assert_eq!("$DOLLAR".parse(), Ok(PunctuatedError::Dollar));
    assert_eq!("3".parse(), Ok(PunctuatedError::Dollar));
    assert_eq!("1ST-PLACE".parse(), Ok(EdgeError::FirstPlace));
}
