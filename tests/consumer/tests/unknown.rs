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
