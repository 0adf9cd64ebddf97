//! Catalog features that real sources need (`tests/data/statuses.toml`, `sqlstates.toml`): `u16`
//! codes, entries whose source gives no message, deprecated entries, a name prefix, and an alias
//! that gives its entry's own variant. The crate denies warnings, so the generated code must
//! name deprecated variants without a warning of its own.
#![deny(warnings)]

use errcodes::{ErrorCode, NumericErrorCode};

errcodes::error_catalog!("tests/data/statuses.toml");
errcodes::error_catalog!("tests/data/sqlstates.toml");

#[test]
fn u16_codes() {
    let e = StatusError::from(404_u16);
    assert_eq!(e, StatusError::NotFound);
    assert_eq!(u16::from(e), 404);
    assert_eq!(StatusError::from_code(0xFFFF), StatusError::ContentTooLarge);
    assert_eq!("0xFFFF".parse(), Ok(StatusError::ContentTooLarge));
    assert_eq!(
        StatusError::from_hex("ffff"),
        Ok(StatusError::ContentTooLarge)
    );
    assert_eq!(
        "65536".parse::<StatusError>().unwrap_err().kind(),
        errcodes::ParseErrorKind::OutOfRange
    );
    assert_eq!(
        StatusError::from_hex("0x10000").unwrap_err().kind(),
        errcodes::ParseErrorKind::OutOfRange
    );
    let unknown = StatusError::from(500_u16);
    assert!(!unknown.is_known());
    assert_eq!(unknown.code(), 500);
    assert_eq!(unknown.to_string(), "unknown StatusError code 500");
    assert_eq!(format!("{:#06x}", StatusError::NotFound), "0x0194");
    assert_eq!(name_of::<StatusError>(404), Some("ST_NOT_FOUND"));
}

/// The name of `code`, through the runtime's traits: a `u16` catalog is a numeric one.
fn name_of<E: NumericErrorCode<Code = u16>>(code: u16) -> Option<&'static str> {
    E::from_code(code).name()
}

#[test]
fn the_prefix_is_left_out_of_rust_names_only() {
    assert_eq!(StatusError::NotFound.name(), Some("ST_NOT_FOUND"));
    assert_eq!("ST_NOT_FOUND".parse(), Ok(StatusError::NotFound));
    assert_eq!("NOT_FOUND".parse::<StatusError>().ok(), None);
    // An alias's constant loses the prefix too.
    assert_eq!(StatusError::Missing, StatusError::NotFound);
    assert_eq!("ST_MISSING".parse(), Ok(StatusError::NotFound));
}

#[test]
fn an_alias_that_gives_the_variant_s_name_parses() {
    // `not_found` gives `NotFound`, the variant itself: no constant, but the name parses.
    assert_eq!("not_found".parse(), Ok(StatusError::NotFound));
    assert_eq!(
        StatusError::from_name("not_found"),
        Some(StatusError::NotFound)
    );
}

#[test]
fn an_entry_without_a_message_gives_its_name() {
    let gone = StatusError::Gone;
    assert_eq!(gone.message(), "ST_GONE");
    assert_eq!(gone.message_in("en"), None);
    assert_eq!(gone.message_in("fr"), None);
    assert_eq!(gone.to_string(), "ST_GONE (410)");
    assert_eq!(gone.group(), Some("Client errors"));
    assert_eq!(ErrorCode::message(&gone), "ST_GONE");
    // Entries with messages are as before.
    assert_eq!(StatusError::NotFound.message(), "Not found.");
    assert_eq!(
        StatusError::NotFound.message_in("fr-CA"),
        Some("Introuvable.")
    );
    assert_eq!(
        StatusError::NotFound.to_string(),
        "Not found. (ST_NOT_FOUND, 404)"
    );
    assert_eq!(
        StatusError::from(1_u16).message(),
        "An error code that the catalog does not list."
    );
}

#[test]
#[allow(deprecated)]
fn deprecated_entries_are_still_entries() {
    assert_eq!(StatusError::from(413_u16), StatusError::TooLarge);
    assert_eq!("ST_TOO_LARGE".parse(), Ok(StatusError::TooLarge));
    assert_eq!("ST_ENTITY_TOO_LARGE".parse(), Ok(StatusError::TooLarge));
    assert_eq!(StatusError::EntityTooLarge, StatusError::TooLarge);
    assert_eq!(StatusError::from(418_u16), StatusError::Teapot);
    assert_eq!(StatusError::Teapot.to_string(), "ST_TEAPOT (418)");
    assert_eq!(StatusError::ALL.len(), 5);
    assert_eq!(StatusError::ALL[2], StatusError::TooLarge);
}

#[test]
fn string_codes_without_messages() {
    let e: StateError = "23505".parse().unwrap();
    assert_eq!(e, StateError::UniqueViolation);
    assert_eq!(e.message(), "unique_violation");
    assert_eq!(e.message_in("en"), None);
    assert_eq!(e.to_string(), "23505: unique_violation");
    // A code that is its own name is written once.
    assert_eq!(StateError::Xx000.to_string(), "XX000");
    assert_eq!(StateError::Xx000.message(), "XX000");
    assert_eq!(StateError::Warning.to_string(), "01000: A warning.");
}

errcodes::error_catalog!("tests/data/facility.toml");

#[test]
fn layout_entries_without_a_message() {
    let e = FacilityError::from(0x0007_0005_u32);
    assert_eq!(e.facility(), 7);
    assert_eq!(e.name(), Some("ERROR_ACCESS_DENIED"));
    assert_eq!(e.message(), "ERROR_ACCESS_DENIED");
    assert_eq!(e.message_in("en"), None);
    assert_eq!(e.to_string(), "ERROR_ACCESS_DENIED (0x00070005)");
    assert_eq!(
        FacilityError::from(0x0007_0015_u32).to_string(),
        "The device is not ready. (ERROR_NOT_READY, 0x00070015)"
    );
}
