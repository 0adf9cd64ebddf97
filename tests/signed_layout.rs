//! A `[layout]` on `i32` codes (`tests/data/signed_layout.toml`), as HRESULTs are: the fields
//! read the code's 32 bits, so bit 31 is the sign bit, and every `i32` round-trips.

use errcodes::{ErrorCode, NumericErrorCode};

errcodes::error_catalog!("tests/data/signed_layout.toml");

/// The `i32` with the bits of `code`.
fn bits(code: u32) -> i32 {
    i32::from_ne_bytes(code.to_ne_bytes())
}

#[test]
fn negative_codes_keep_every_bit_and_read_their_fields() {
    let e = ComError::from(bits(0x8007_0005));
    assert_eq!(e.code(), -2_147_024_891);
    assert_eq!(i32::from(e), bits(0x8007_0005));
    assert_eq!(e.kind(), ComErrorKind::AccessDenied);
    assert_eq!(e.name(), Some("ACCESS_DENIED"));
    assert_eq!(e.severity(), ComSeverity::SeverityError);
    assert_eq!(e.facility(), ComFacility::FacilityWin32);
    assert_eq!(
        e.to_string(),
        "Access is denied. (ACCESS_DENIED, 0x80070005)"
    );
    assert_eq!(format!("{e:#010x}"), "0x80070005");
}

#[test]
fn the_key_of_an_entry_is_its_low_bits() {
    let e = ComError::from(bits(0x8000_FFFF));
    assert_eq!(e.kind(), ComErrorKind::Unexpected);
    assert_eq!(e.facility().value(), 0);
    assert_eq!(ComError::ALL[1].code(), 0xFFFF);
    assert_eq!(ComError::from_kind(ComErrorKind::Unexpected).code(), 0xFFFF);
    assert!(!ComError::from(bits(0x8007_0006)).is_known());
}

#[test]
fn parses_hex_and_names() {
    assert_eq!(
        ComError::from_hex("0x80070005").map(ComError::code),
        Ok(bits(0x8007_0005))
    );
    assert_eq!(
        "ACCESS_DENIED".parse::<ComError>().map(ComError::code),
        Ok(5)
    );
    assert_eq!(
        "-2147024891".parse::<ComError>().map(ComError::code),
        Ok(bits(0x8007_0005))
    );
    assert_eq!(
        <ComError as NumericErrorCode>::from_code(-1).severity(),
        ComSeverity::SeverityError
    );
    assert_eq!(ErrorCode::code(&ComError::from(7)), 7);
}
