//! The generated types with errcodes' `serde` feature, through JSON: numeric catalogs as their
//! number (an unknown code survives), string catalogs as their code string (an unknown code is an
//! error), and `MaybeKnown`, which keeps any string, in the shape of a real VOD error body.

use errcodes::{MaybeKnown, NumericErrorCode};
use errcodes_consumer::{
    AlibabaPlayerError, AlibabaVodError, AzureMediaPlayerError, AzureMediaPlayerErrorKind,
    TencentVodError,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{from_str, from_value, json, to_string, to_value, Value};

/// `e` as JSON and back.
fn round_trip<T: Serialize + DeserializeOwned>(e: &T) -> (String, T) {
    let text = to_string(e).unwrap();
    let back = from_str(&text).unwrap_or_else(|err| panic!("{text}: {err}"));
    (text, back)
}

/// Every entry of a numeric catalog serializes as its code and comes back.
fn numeric_catalog<T>()
where
    T: NumericErrorCode + Serialize + DeserializeOwned,
    T::Code: Serialize,
{
    for e in T::ALL {
        let (text, back) = round_trip(e);
        assert_eq!(text, to_string(&e.code()).unwrap(), "{e:?}");
        assert_eq!(back, *e, "{text}");
    }
}

#[test]
fn alibaba_player_is_its_number() {
    let e = AlibabaPlayerError::ErrorServerNoResponse;
    assert_eq!(to_string(&e).unwrap(), "536936449");
    assert_eq!(to_value(e).unwrap(), json!(0x2001_0001_u32));
    assert_eq!(from_str::<AlibabaPlayerError>("536936449").unwrap(), e);
    numeric_catalog::<AlibabaPlayerError>();
}

#[test]
fn unknown_numbers_survive() {
    let e = AlibabaPlayerError::from(0x2001_9999_u32);
    assert!(!e.is_known());
    let (text, back) = round_trip(&e);
    assert_eq!(text, 0x2001_9999_u32.to_string());
    assert!(
        matches!(back, AlibabaPlayerError::Unknown(u) if u.code() == 0x2001_9999),
        "{back:?}"
    );
    assert_eq!(back, e);
    for code in [0, u32::MAX] {
        let back: AlibabaPlayerError = from_str(&code.to_string()).unwrap();
        assert_eq!(back.code(), code);
        assert!(!back.is_known());
    }
}

#[test]
fn numbers_outside_the_code_type_are_errors() {
    for text in ["-1", "4294967296", "1.5", "\"536936449\"", "null"] {
        assert!(
            from_str::<AlibabaPlayerError>(text).is_err(),
            "{text} is not a u32"
        );
    }
    for text in ["2147483648", "-2147483649", "\"-43001\""] {
        assert!(
            from_str::<TencentVodError>(text).is_err(),
            "{text} is not an i32"
        );
    }
}

#[test]
fn tencent_negative_codes() {
    let e = TencentVodError::from(-43001);
    assert!(e.is_known());
    let (text, back) = round_trip(&e);
    assert_eq!(text, "-43001");
    assert_eq!(back, e);
    assert_eq!(from_str::<TencentVodError>("-43001").unwrap(), e);

    let unknown = TencentVodError::from(-43000);
    assert!(!unknown.is_known());
    let (text, back) = round_trip(&unknown);
    assert_eq!(text, "-43000");
    assert!(matches!(back, TencentVodError::Unknown(u) if u.code() == -43000));
    for code in [i32::MIN, i32::MAX] {
        assert_eq!(round_trip(&TencentVodError::from(code)).1.code(), code);
    }
    numeric_catalog::<TencentVodError>();
}

#[test]
fn azure_is_the_whole_code() {
    let e = AzureMediaPlayerError::from(0x2020_0194_u32);
    let (text, back) = round_trip(&e);
    assert_eq!(text, 0x2020_0194_u32.to_string());
    assert_eq!(back, e);
    assert_eq!(u32::from(back), 0x2020_0194);
    assert_eq!(back.area().to_string(), "AzureHtml5JS");
    assert_eq!(back.name(), Some("networkErrHttpUrlNotFound"));

    // Unknown keys and unnamed field values survive too.
    for code in [0x2020_0999_u32, 0xF070_0001, u32::MAX, 0] {
        let (text, back) = round_trip(&AzureMediaPlayerError::from(code));
        assert_eq!(text, code.to_string());
        assert_eq!(back.code(), code);
    }
    numeric_catalog::<AzureMediaPlayerError>();

    // The kind enum is a numeric catalog of the key bits.
    let kind = AzureMediaPlayerErrorKind::NetworkErrHttpUrlNotFound;
    assert_eq!(to_string(&kind).unwrap(), 0x020_0194.to_string());
    numeric_catalog::<AzureMediaPlayerErrorKind>();
}

#[test]
fn alibaba_vod_is_its_code_string() {
    let e = AlibabaVodError::OperationDeniedSuspended;
    assert_eq!(to_string(&e).unwrap(), r#""OperationDenied.Suspended""#);
    assert_eq!(
        from_str::<AlibabaVodError>(r#""OperationDenied.Suspended""#).unwrap(),
        e
    );
    // An escaped string (not borrowed from the input) and a `Value` read the same.
    assert_eq!(
        from_str::<AlibabaVodError>(r#""OperationDenied\u002eSuspended""#).unwrap(),
        e
    );
    assert_eq!(
        from_value::<AlibabaVodError>(json!("OperationDenied.Suspended")).unwrap(),
        e
    );
    for e in AlibabaVodError::ALL {
        let (text, back) = round_trip(e);
        assert_eq!(text, format!("\"{}\"", e.code()));
        assert_eq!(back, *e);
    }
}

#[test]
fn unknown_strings_are_errors() {
    for text in [
        r#""Throttling.User""#,
        r#""Foo.Bar""#,
        r#""""#,
        "403",
        "null",
    ] {
        assert!(
            from_str::<AlibabaVodError>(text).is_err(),
            "{text} is not a code of the catalog"
        );
    }
    let err = from_str::<AlibabaVodError>(r#""Throttling.User""#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("Throttling.User"), "{err}");
}

#[test]
fn maybe_known() {
    let known: MaybeKnown<AlibabaVodError> = from_str(r#""InternalError""#).unwrap();
    assert_eq!(known, MaybeKnown::Known(AlibabaVodError::InternalError));
    assert_eq!(to_string(&known).unwrap(), r#""InternalError""#);
    let unknown: MaybeKnown<AlibabaVodError> = from_str(r#""Foo.Bar""#).unwrap();
    assert_eq!(unknown, MaybeKnown::Unknown("Foo.Bar".to_owned()));
    assert_eq!(to_string(&unknown).unwrap(), r#""Foo.Bar""#);
    // Any string: empty, escaped, non-ASCII.
    for code in ["", "a\"b\\c", "错误.码"] {
        let json = to_string(code).unwrap();
        let read: MaybeKnown<AlibabaVodError> = from_str(&json).unwrap();
        assert_eq!(read, MaybeKnown::Unknown(code.to_owned()));
        assert_eq!(to_string(&read).unwrap(), json);
    }
    assert!(from_str::<MaybeKnown<AlibabaVodError>>("403").is_err());
}

/// The body of an ApsaraVideo VOD API error response.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct VodErrorBody {
    request_id: String,
    host_id: String,
    code: MaybeKnown<AlibabaVodError>,
    message: String,
}

#[test]
fn vod_error_body_with_a_known_code() {
    let json = json!({
        "RequestId": "25818875-5F78-4AF6-8A7A-CB5D7B5D3E1A",
        "HostId": "vod.cn-shanghai.aliyuncs.com",
        "Code": "OperationDenied.Suspended",
        "Message": "Your VOD service is suspended."
    });
    let body: VodErrorBody = from_str(&json.to_string()).unwrap();
    assert_eq!(
        body.code,
        MaybeKnown::Known(AlibabaVodError::OperationDeniedSuspended)
    );
    let known = body.code.known().unwrap();
    assert_eq!(body.message, known.message());
    assert_eq!(known.http_status(), Some(403));
    assert_eq!(body.request_id, "25818875-5F78-4AF6-8A7A-CB5D7B5D3E1A");
    assert_eq!(body.host_id, "vod.cn-shanghai.aliyuncs.com");
    assert_eq!(to_value(&body).unwrap(), json);
}

#[test]
fn vod_error_body_with_a_code_the_catalog_lacks() {
    let json = json!({
        "RequestId": "25818875-5F78-4AF6-8A7A-CB5D7B5D3E1A",
        "HostId": "vod.cn-shanghai.aliyuncs.com",
        "Code": "Throttling.User",
        "Message": "Request was denied due to user flow control."
    });
    let body: VodErrorBody = from_str(&json.to_string()).unwrap();
    assert_eq!(body.code, MaybeKnown::Unknown("Throttling.User".to_owned()));
    assert_eq!(body.code.code(), "Throttling.User");
    assert_eq!(body.code.known(), None);
    // Written back without loss.
    assert_eq!(to_value(&body).unwrap(), json);
    let again: VodErrorBody = from_value(to_value(&body).unwrap()).unwrap();
    assert_eq!(again, body);
}

/// The types as fields of a user's struct.
#[test]
fn in_a_struct() {
    #[derive(Debug, PartialEq, Deserialize, Serialize)]
    struct Report {
        player: AlibabaPlayerError,
        tencent: TencentVodError,
        azure: AzureMediaPlayerError,
        vod: AlibabaVodError,
    }
    let report = Report {
        player: AlibabaPlayerError::from(0x2001_9999_u32),
        tencent: TencentVodError::from(-43001),
        azure: AzureMediaPlayerError::from(0x1060_0001_u32),
        vod: AlibabaVodError::ServiceUnAvailable,
    };
    let value: Value = to_value(&report).unwrap();
    assert_eq!(
        value,
        json!({
            "player": 0x2001_9999_u32,
            "tencent": -43001,
            "azure": 0x1060_0001_u32,
            "vod": "ServiceUnAvailable"
        })
    );
    assert_eq!(from_value::<Report>(value).unwrap(), report);
}

/// A vendor's JSON may give an integer catalog's error by its name: a definition name or an
/// alias reads as the entry, and the number still reads as before.
#[test]
fn integer_catalogs_read_names_too() {
    #[derive(Debug, PartialEq, Deserialize)]
    struct Response {
        status: TencentVodError,
        player: AlibabaPlayerError,
        azure: AzureMediaPlayerError,
    }
    let by_name: Response = from_value(json!({
        "status": "QUERY_COMMAND_DECODE_FILE_CORRUPTED",
        "player": "ERROR_SERVER_NO_RESPONSE",
        "azure": "networkErrHttpUrlNotFound",
    }))
    .unwrap();
    let by_number: Response = from_value(json!({
        "status": -43001,
        "player": 0x2001_0001_u32,
        "azure": 0x020_0194_u32,
    }))
    .unwrap();
    assert_eq!(by_name, by_number);
    assert_eq!(by_name.status, TencentVodError::from(-43001));
    assert_eq!(by_name.player, AlibabaPlayerError::ErrorServerNoResponse);
    // From text as well as from a `Value`, and through an alias.
    assert_eq!(
        from_str::<AlibabaPlayerError>(r#""ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT""#).unwrap(),
        AlibabaPlayerError::ErrorArtpArtpMediaInfoTimeout
    );
    assert_eq!(
        from_str::<AzureMediaPlayerErrorKind>(r#""networkErrHttpUrlNotFound""#).unwrap(),
        AzureMediaPlayerErrorKind::NetworkErrHttpUrlNotFound
    );
    // A name the catalog lacks is an error that names it.
    let err = from_str::<AlibabaPlayerError>(r#""NOT_A_NAME""#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("NOT_A_NAME"), "{err}");
    assert!(err.contains("ERROR_SERVER_NO_RESPONSE"), "{err}");
}
