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
