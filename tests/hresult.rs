//! An `i32` catalog whose codes are written in hex as their 32 bits, as vendors write HRESULTs
//! (`tests/data/hresult.toml`): the generated type takes them as the negative `i32`s they are.

errcodes::error_catalog!("tests/data/hresult.toml");

/// The `i32` with the bits of `code`.
fn bits(code: u32) -> i32 {
    i32::from_ne_bytes(code.to_ne_bytes())
}

#[test]
fn hex_codes_are_their_bits() {
    assert_eq!(HresultError::ENotimpl.code(), -2_147_467_263);
    assert_eq!(HresultError::ENotimpl.code(), bits(0x8000_4001));
    assert_eq!(HresultError::EFail.code(), bits(0x8000_4005));
    assert_eq!(HresultError::EInvalidarg.code(), bits(0x8007_0057));
    assert_eq!(HresultError::SFalse.code(), 1);
    assert_eq!(HresultError::EDecimal.code(), bits(0x8007_000E));
}

#[test]
fn round_trips() {
    for &e in HresultError::ALL {
        assert_eq!(HresultError::from(e.code()), e);
        assert_eq!(HresultError::from_hex(&format!("{e:#010X}")), Ok(e));
    }
    assert_eq!(
        HresultError::from_hex("0x80004001"),
        Ok(HresultError::ENotimpl)
    );
    assert_eq!(HresultError::from(-2_147_467_263), HresultError::ENotimpl);
}

#[test]
fn shown_in_hex() {
    assert_eq!(
        HresultError::ENotimpl.to_string(),
        "Not implemented. (E_NOTIMPL, 0x80004001)"
    );
    assert_eq!(format!("{:#010X}", HresultError::EFail), "0x80004005");
    assert_eq!(
        HresultError::from(bits(0x8000_FFFF)).to_string(),
        "unknown HresultError code 0x8000FFFF"
    );
}
