//! `Debug` writes codes in the catalog's notation (hex in a hex catalog), for every generated
//! type; `Display` honours width, fill and alignment, as `str`'s does.

use errcodes::MaybeKnown;
use errcodes_consumer::{
    AlibabaPlayerError, AlibabaVodError, AzureMediaPlayerArea, AzureMediaPlayerCategory,
    AzureMediaPlayerError, AzureMediaPlayerErrorKind, TencentVodError,
};

#[test]
fn debug_of_an_unknown_code_uses_the_catalogs_notation() {
    // alibaba_player is a hex catalog, tencent_vod a decimal one.
    let e = AlibabaPlayerError::from(0x2001_FFFE_u32);
    assert_eq!(format!("{e:?}"), "Unknown(0x2001FFFE)");
    assert_eq!(format!("{e:#?}"), "Unknown(\n    0x2001FFFE,\n)");
    assert_eq!(format!("{:?}", TencentVodError::from(-1)), "Unknown(-1)");
    let kind = AzureMediaPlayerErrorKind::from(0x0FF_FFFF_u32);
    assert_eq!(format!("{kind:?}"), "Unknown(0x00FFFFFF)");
}

#[test]
fn debug_of_a_known_code_is_its_variant() {
    let e = AlibabaPlayerError::ErrorServerNoResponse;
    assert_eq!(format!("{e:?}"), "ErrorServerNoResponse");
    assert_eq!(format!("{e:#?}"), "ErrorServerNoResponse");
    assert_eq!(
        format!("{:?}", TencentVodError::from(-43001)),
        "QueryCommandDecodeFileCorrupted"
    );
    assert_eq!(
        format!("{:?}", AlibabaVodError::OperationDeniedSuspended),
        "OperationDeniedSuspended"
    );
    assert_eq!(
        format!("{:?}", MaybeKnown::Known(AlibabaVodError::InternalError)),
        "Known(InternalError)"
    );
}

#[test]
fn debug_of_a_layout_type_and_its_fields_uses_the_catalogs_notation() {
    let e = AzureMediaPlayerError::from(0x2020_0194_u32);
    assert_eq!(
        format!("{e:?}"),
        "AzureMediaPlayerError { kind: NetworkErrHttpUrlNotFound, area: AzureHtml5JS, \
         category: MediaErrNetwork, detail: 0x194, code: 0x20200194 }"
    );
    assert_eq!(
        format!("{:?}", AzureMediaPlayerArea::from_value(9)),
        "Other(0x9)"
    );
    assert_eq!(
        format!("{:?}", AzureMediaPlayerCategory::from_value(0xAB)),
        "Other(0xAB)"
    );
    let unknown = AzureMediaPlayerError::from(0xF0FF_FFFF_u32);
    assert_eq!(
        format!("{unknown:?}"),
        "AzureMediaPlayerError { kind: Unknown(0x00FFFFFF), area: Other(0xF), \
         category: Other(0xF), detail: 0xFFFFF, code: 0xF0FFFFFF }"
    );
}

/// `format!("{:<w$}")`, `{:>w$}` and `{:^w$}` of `e`, with `*` as the fill, against the same of
/// its text.
fn padded<T: std::fmt::Display>(e: &T) {
    let text = e.to_string();
    let width = text.chars().count() + 7;
    assert_eq!(format!("{e:>width$}"), format!("{text:>width$}"));
    assert_eq!(format!("{e:*<width$}"), format!("{text:*<width$}"));
    assert_eq!(format!("{e:-^width$}"), format!("{text:-^width$}"));
    assert_eq!(format!("{e:width$}"), format!("{text:width$}"));
    // Narrower than the text: the text, whole.
    assert_eq!(format!("{e:>1}"), text);
}

#[test]
fn display_honours_width_fill_and_alignment() {
    padded(&AlibabaPlayerError::ErrorServerNoResponse);
    padded(&AlibabaPlayerError::from(0x2001_FFFE_u32));
    padded(&TencentVodError::from(-43001));
    padded(&TencentVodError::from(-1));
    padded(&AzureMediaPlayerError::from(0x2020_0194_u32));
    padded(&AzureMediaPlayerError::from(0xF0FF_FFFF_u32));
    padded(&AzureMediaPlayerErrorKind::NetworkErrHttpUrlNotFound);
    padded(&AzureMediaPlayerError::from(0x2020_0194_u32).area());
    padded(&AzureMediaPlayerArea::from_value(9));
    padded(&AlibabaVodError::OperationDeniedSuspended);
    padded(&MaybeKnown::Known(AlibabaVodError::InternalError));
    padded(&MaybeKnown::<AlibabaVodError>::Unknown(
        "Throttling.User".to_owned(),
    ));
    assert_eq!(
        format!("[{:>40}]", AlibabaVodError::InternalError),
        format!("[{:>40}]", AlibabaVodError::InternalError.to_string())
    );
}
