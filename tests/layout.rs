//! A catalog whose codes are built from bit fields (`tests/data/layout.toml`): the whole code is
//! kept, the entry comes from the key bits, and each field has a typed accessor.

use errcodes::{ErrorCode, NumericErrorCode};

errcodes::error_catalog!("tests/data/layout.toml");

#[test]
fn every_code_round_trips_with_all_its_bits() {
    let e = DeviceError::from(0xFF02_1234);
    assert_eq!(u32::from(e), 0xFF02_1234);
    assert_eq!(e.code(), 0xFF02_1234);
    assert!(
        !e.is_known(),
        "0x021234 is not in the table: only 0x020007 is"
    );
    assert_eq!(e.name(), None);
    assert_eq!(e.severity(), DeviceSeverity::Fatal);
    assert_eq!(e.counter(), 0x1234);
    let e = DeviceError::from(0xFF02_0007);
    assert!(e.is_known());
    assert_eq!(e.name(), Some("OVERHEATED"));
    assert_eq!(e.region(), DeviceRegion::WorldWide);
    assert_eq!(e.severity(), DeviceSeverity::Fatal);
    assert_eq!(e.counter(), 7);
    assert_eq!(e.http_status(), Some(503));
}

#[test]
fn fields_display_their_labels_and_have_messages() {
    let e = DeviceError::from(0x0101_0001);
    assert_eq!(e.region().to_string(), "EU");
    assert_eq!(e.severity().to_string(), "warning");
    assert_eq!(e.severity().message(), Some("Something may be wrong."));
    assert_eq!(
        e.severity().message_in("de-AT"),
        Some("Etwas könnte falsch sein.")
    );
    assert_eq!(e.region().message(), None);
    assert_eq!(DeviceSeverity::Fatal.value(), 2);
    assert_eq!(DeviceSeverity::from_value(2), DeviceSeverity::Fatal);
    assert_eq!(DeviceSeverity::ALL.len(), 2);
}

#[test]
fn field_values_sort_in_catalog_order_then_other_by_value() {
    let mut values = vec![DeviceRegion::from_value(9), DeviceRegion::from_value(7)];
    values.extend(DeviceRegion::ALL.iter().rev());
    values.sort();
    let mut expected: Vec<DeviceRegion> = DeviceRegion::ALL.to_vec();
    expected.extend([DeviceRegion::from_value(7), DeviceRegion::from_value(9)]);
    assert_eq!(values, expected);
    assert!(DeviceRegion::from_value(7) > *DeviceRegion::ALL.last().unwrap());
    assert_eq!(
        DeviceRegion::from_value(7).partial_cmp(&DeviceRegion::from_value(7)),
        Some(std::cmp::Ordering::Equal)
    );
}

#[test]
fn unnamed_field_values_are_kept() {
    let e = DeviceError::from(0x0709_0001);
    assert_eq!(e.region().label(), None);
    assert_eq!(e.region().value(), 7);
    assert_eq!(e.region().to_string(), "7");
    let DeviceRegion::Other(other) = e.region() else {
        panic!("7 is not a named region")
    };
    assert_eq!(other.code(), 7);
    assert_eq!(e.kind().code(), 0x09_0001);
    assert!(!e.is_known());
    assert_eq!(e.to_string(), "unknown DeviceError code 0x07090001");
}

#[test]
fn names_and_all_give_the_key_bits() {
    assert_eq!(
        DeviceError::from_name("TOO_HOT"),
        Some(DeviceError::from(0x02_0007))
    );
    assert_eq!("LOW_BATTERY".parse(), Ok(DeviceError::from(0x01_0001)));
    assert_eq!("0x01010001".parse(), Ok(DeviceError::from(0x0101_0001)));
    assert_eq!(
        DeviceError::from_hex("ff020007").map(DeviceError::region),
        Ok(DeviceRegion::WorldWide)
    );
    assert_eq!(
        DeviceError::ALL,
        [DeviceError::from(0x01_0001), DeviceError::from(0x02_0007)]
    );
    assert_eq!(
        DeviceError::from(DeviceErrorKind::LowBattery).code(),
        0x01_0001
    );
    assert!("nope"
        .parse::<DeviceError>()
        .unwrap_err()
        .to_string()
        .contains("LOW_BATTERY"));
}

#[test]
fn formatting() {
    let e = DeviceError::from(0x0101_0001);
    assert_eq!(format!("{e:#010x}"), "0x01010001");
    assert_eq!(
        e.to_string(),
        "The battery is low. (LOW_BATTERY, 0x01010001)"
    );
    assert_eq!(
        format!("{e:?}"),
        // A hex catalog: the fields' bits in hex too.
        "DeviceError { kind: LowBattery, region: Eu, severity: Warning, counter: 0x1, code: 0x01010001 }"
    );
    assert!(e.is_retryable());
    assert_eq!(e.message_in("de"), Some("Der Akku ist schwach."));
}

fn generic<E: NumericErrorCode<Code = u32>>(code: u32) -> (Option<&'static str>, u32) {
    let e = E::from_code(code);
    (e.name(), e.code())
}

#[test]
fn the_runtime_traits_serve_generic_code() {
    assert_eq!(
        generic::<DeviceError>(0xAA02_0007),
        (Some("OVERHEATED"), 0xAA02_0007)
    );
    assert_eq!(<DeviceError as ErrorCode>::LOCALES, ["en", "de"]);
}

#[test]
fn the_struct_answers_as_its_kind_does_whatever_the_other_bits() {
    use std::hash::{BuildHasher, RandomState};
    let hasher = RandomState::new();
    for key in [0x01_0001, 0x02_0007, 0x02_1234, 0, 0xFF_FFFF] {
        for high in [0, 0x0100_0000, 0xFF00_0000] {
            let e = DeviceError::from_code(key | high);
            let kind = e.kind();
            assert_eq!(kind, DeviceErrorKind::from_code(key));
            assert_eq!(e.is_known(), kind.is_known());
            assert_eq!(e.name(), kind.name());
            assert_eq!(e.message(), kind.message());
            assert_eq!(e.message_in("en-US"), kind.message_in("en-US"));
            assert_eq!(e.group(), kind.group());
            assert_eq!(e.http_status(), kind.http_status());
            assert_eq!(e.is_retryable(), kind.is_retryable());
            assert_eq!(e.description(), kind.description());
            // Equal codes are equal errors, and hash as their code does.
            assert_eq!(e, DeviceError::from(e.code()));
            assert_eq!(hasher.hash_one(e), hasher.hash_one(e.code()));
            assert_eq!(
                DeviceError::from_kind(kind),
                DeviceError::from_code(key),
                "{key:#x}"
            );
        }
    }
    // An unknown kind whose value overflows the key bits keeps, as before, only what fits.
    let wide = DeviceErrorKind::from_code(0x0102_0007);
    assert!(!wide.is_known());
    let e = DeviceError::from_kind(wide);
    assert_eq!(e.code(), 0x0102_0007);
    assert_eq!(e.kind(), DeviceErrorKind::from_code(0x02_0007));
    assert_eq!(e.name(), Some("OVERHEATED"));
}

mod digits {
    errcodes::error_catalog!("tests/data/layout_digits.toml");
}

#[test]
fn a_name_that_starts_as_a_number_does_is_still_a_name() {
    use digits::ModemError;
    assert_eq!("3G_OFF".parse(), Ok(ModemError::from(0x0001)));
    assert_eq!("-NO-SIGNAL".parse(), Ok(ModemError::from(0x0002)));
    assert_eq!("3".parse(), Ok(ModemError::from(3)));
    assert_eq!("0x00050002".parse().map(ModemError::line), Ok(5));
    assert!("3G_ON".parse::<ModemError>().is_err());
}
