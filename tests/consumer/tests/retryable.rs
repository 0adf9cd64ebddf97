//! Which errors the catalogs say to retry: exactly the ones the vendors' pages say are temporary,
//! and nothing else in any catalog.

use errcodes::ErrorCode;
use errcodes_consumer::{
    AlibabaPlayerError, AlibabaVodError, AzureMediaPlayerError, TencentVodError,
};

/// The codes of `T`'s entries that `is_retryable()`, as text, in catalog order.
fn retryable<T: ErrorCode>() -> Vec<String> {
    T::ALL
        .iter()
        .filter(|e| e.is_retryable())
        .map(|e| e.code().to_string())
        .collect()
}

#[test]
fn tencent_vod() {
    assert_eq!(retryable::<TencentVodError>(), ["5100", "6000", "6200"]);
    for code in [5100, 6000, 6200] {
        assert!(TencentVodError::from(code).is_retryable(), "{code}");
    }
    assert_eq!(
        TencentVodError::ALL
            .iter()
            .filter(|e| e.is_retryable())
            .count(),
        3
    );
}

#[test]
fn alibaba_vod() {
    assert_eq!(
        retryable::<AlibabaVodError>(),
        ["InternalError", "ServiceUnAvailable"]
    );
    assert!(AlibabaVodError::InternalError.is_retryable());
    assert!(AlibabaVodError::ServiceUnAvailable.is_retryable());
}

#[test]
fn alibaba_player() {
    assert_eq!(retryable::<AlibabaPlayerError>(), Vec::<String>::new());
}

#[test]
fn azure_media_player() {
    assert_eq!(retryable::<AzureMediaPlayerError>(), Vec::<String>::new());
    // In every area, and for a code the catalog does not list.
    for e in AzureMediaPlayerError::ALL {
        for area in 0..=0xF {
            let e = AzureMediaPlayerError::from(area << 28 | e.code());
            assert!(!e.is_retryable(), "{e:?}");
        }
    }
    assert!(!AzureMediaPlayerError::from(0x2020_0999).is_retryable());
}

#[test]
fn unknown_codes_are_not_retryable() {
    let tencent = TencentVodError::from(6001);
    assert!(!tencent.is_known() && !tencent.is_retryable());
    let player = AlibabaPlayerError::from(0x2001_9999);
    assert!(!player.is_known() && !player.is_retryable());
}
