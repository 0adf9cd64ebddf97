//! Codes the catalogs do not list: each gives an `Unknown` that keeps the code.

use errcodes_consumer::{AlibabaPlayerError, TencentVodError};

/// `from_code` is a `const fn`.
const UNLISTED: AlibabaPlayerError = AlibabaPlayerError::from_code(0x2001_9999);

#[test]
fn alibaba_player() {
    assert!(!UNLISTED.is_known());
    for code in [0x2001_9999, u32::MAX, 0, 1, 0x2001_0006, 0x2001_3010] {
        assert!(
            AlibabaPlayerError::ALL.iter().all(|e| e.code() != code),
            "{code:#010X} is in the catalog"
        );
        let e = AlibabaPlayerError::from(code);
        assert!(
            matches!(e, AlibabaPlayerError::Unknown(u) if u.code() == code),
            "{code:#010X}: {e:?}"
        );
        assert!(!e.is_known(), "{code:#010X}");
        assert_eq!(e.name(), None, "{code:#010X}");
        assert_eq!(e.group(), None, "{code:#010X}");
        assert_eq!(e.message_in("en"), None, "{code:#010X}");
        assert_eq!(e.message_in("zh"), None, "{code:#010X}");
        assert!(!e.message().is_empty(), "{code:#010X}");
        assert_eq!(e.code(), code);
        assert_eq!(u32::from(e), code);
        assert_eq!(AlibabaPlayerError::from(u32::from(e)), e);
        assert_eq!(format!("{e:#010X}"), format!("{code:#010X}"));
        assert_eq!(code.to_string().parse(), Ok(e), "{code:#010X}");
        assert_eq!(format!("{code:#x}").parse(), Ok(e), "{code:#010X}");
        assert_eq!(AlibabaPlayerError::from_hex(&format!("{code:X}")), Ok(e));
        let display = e.to_string();
        assert!(
            display.contains("unknown") && display.contains(&format!("{code:#010X}")),
            "{display}"
        );
    }
}

#[test]
fn tencent_vod() {
    for code in [0, i32::MIN, i32::MAX, -1, 1, 4001, -43000] {
        assert!(
            TencentVodError::ALL.iter().all(|e| e.code() != code),
            "{code} is in the catalog"
        );
        let e = TencentVodError::from(code);
        assert!(
            matches!(e, TencentVodError::Unknown(u) if u.code() == code),
            "{code}: {e:?}"
        );
        assert!(!e.is_known(), "{code}");
        assert_eq!(e.name(), None, "{code}");
        assert_eq!(e.group(), None, "{code}");
        assert_eq!(e.message_in("zh"), None, "{code}");
        assert_eq!(e.message_in("en"), None, "{code}");
        assert!(!e.message().is_empty(), "{code}");
        assert_eq!(e.code(), code);
        assert_eq!(i32::from(e), code);
        assert_eq!(TencentVodError::from(i32::from(e)), e);
        assert_eq!(code.to_string().parse(), Ok(e), "{code}");
        // Hex writes the bits: `80000000` is `i32::MIN`.
        assert_eq!(TencentVodError::from_hex(&format!("{code:08x}")), Ok(e));
        let display = e.to_string();
        assert!(
            display.contains("unknown") && display.contains(&code.to_string()),
            "{display}"
        );
    }
}

/// `Unknown`'s payload holds, beside the code, a marker with one valid value, and rustc keeps
/// every other variant in the marker's other values: a generated type is as large as two codes
/// (as with a tag), `Option` of it is no larger, and its position in the tables is the marker.
#[test]
fn the_other_variants_live_in_the_payloads_niche() {
    use core::mem::size_of;
    use errcodes_consumer::{HttpStatus, WindowsError};
    assert_eq!(size_of::<AlibabaPlayerError>(), 8);
    assert_eq!(size_of::<Option<AlibabaPlayerError>>(), 8);
    assert_eq!(size_of::<TencentVodError>(), 8);
    assert_eq!(size_of::<WindowsError>(), 8);
    assert_eq!(size_of::<HttpStatus>(), 4);
    assert_eq!(size_of::<Option<HttpStatus>>(), 4);
}
