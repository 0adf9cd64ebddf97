//! Every fact of every entry, as the generated types give it, against the catalog file as
//! `errcodes-catalog` reads it at run time: integer codes (`tests/data/synth_300.toml`), string
//! codes (`strings.toml`) and a layout's kind (`layout.toml`); and every code of catalogs whose
//! codes are close together (found by a table of the range) or spread out (found by a hash),
//! with the codes around them.

use errcodes::{ErrorCode, NumericErrorCode};
use errcodes_catalog::{Catalog, Code, Source};

errcodes::error_catalog!("tests/data/synth_300.toml");
errcodes::error_catalog!("tests/data/strings.toml");
errcodes::error_catalog!("tests/data/layout.toml");

mod bundled {
    errcodes::error_catalog!("grpc");
    errcodes::error_catalog!("errno_linux");
    errcodes::error_catalog!("http_status");
    errcodes::error_catalog!("curl");
    errcodes::error_catalog!("tests/data/negative_codes.toml");
    errcodes::error_catalog!("tests/data/edge.toml");
    errcodes::error_catalog!("windows_hresult");
    errcodes::error_catalog!("sqlite");
    errcodes::error_catalog!("tests/data/layout.toml");
    errcodes::error_catalog!("azure_media_player");
    errcodes::error_catalog!("tests/data/spread_u32.toml");
    errcodes::error_catalog!("tests/data/spread_i32.toml");
    errcodes::error_catalog!("tests/data/spread_u16.toml");
}

/// A catalog file of the tests, or a bundled catalog by name.
fn catalog(path: &str) -> Catalog {
    let text = match errcodes_catalog::bundled(path) {
        Some(text) => text.to_owned(),
        None => std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap(),
    };
    errcodes_catalog::load(&Source::new(path, &text))
        .unwrap_or_else(|problems| panic!("{path}: {problems:?}"))
}

/// Every code of the catalog gives its entry; every other code near one, past either end, at the
/// ends of the code type and at 0 gives `Unknown` holding it.
fn codes_round_trip<E>(all: &[E], path: &str)
where
    E: NumericErrorCode + core::fmt::Debug + PartialEq,
    E::Code: TryFrom<i64> + Into<i64> + Copy + core::fmt::Debug,
{
    let catalog = catalog(path);
    let codes: Vec<i64> = catalog
        .entries
        .iter()
        .map(|e| match e.code {
            Code::Int(code) => code,
            Code::Text(_) => unreachable!("{path} has integer codes"),
        })
        .collect();
    assert_eq!(all.len(), codes.len(), "{path}");
    for (e, &code) in all.iter().zip(&codes) {
        let typed = E::Code::try_from(code).ok().unwrap();
        assert_eq!(E::from_code(typed), *e, "{path}: {code}");
    }
    let (first, last) = (codes.iter().min().unwrap(), codes.iter().max().unwrap());
    let probes = codes
        .iter()
        .flat_map(|c| [c - 3, c - 1, c + 1, c + 3])
        .chain([
            first - 1,
            last + 1,
            0,
            i64::from(i32::MIN),
            i64::from(i32::MAX),
        ])
        .chain([0xFFFF, 0x1_0000, 0xFFFF_FFFF, -0x1_0000])
        .filter(|p| !codes.contains(p));
    let mut unknown = 0;
    for probe in probes {
        if let Ok(typed) = E::Code::try_from(probe) {
            let e = E::from_code(typed);
            assert!(!e.is_known(), "{path}: {probe} gave {e:?}");
            assert_eq!(e.code().into(), probe, "{path}");
            unknown += 1;
        }
    }
    // At least the codes past either end.
    assert!(unknown >= 2, "{path}: {unknown} codes around");
}

#[test]
fn every_code_gives_its_entry_and_the_codes_around_give_unknown() {
    codes_round_trip(bundled::GrpcCode::ALL, "grpc");
    codes_round_trip(bundled::LinuxErrno::ALL, "errno_linux");
    codes_round_trip(bundled::HttpStatus::ALL, "http_status");
    codes_round_trip(bundled::CurlError::ALL, "curl");
    codes_round_trip(
        bundled::NegativeError::ALL,
        "tests/data/negative_codes.toml",
    );
    codes_round_trip(bundled::EdgeError::ALL, "tests/data/edge.toml");
    codes_round_trip(Synth300Error::ALL, "tests/data/synth_300.toml");
    // Few codes spread out: a hash index of one level.
    codes_round_trip(
        bundled::AzureMediaPlayerErrorKind::ALL,
        "azure_media_player",
    );
    codes_round_trip(bundled::SpreadU32Error::ALL, "tests/data/spread_u32.toml");
    codes_round_trip(bundled::SpreadI32Error::ALL, "tests/data/spread_i32.toml");
    codes_round_trip(bundled::SpreadU16Error::ALL, "tests/data/spread_u16.toml");
}

/// The codes of a catalog as a sorted list, to tell a listed code from another.
fn listed<C: TryFrom<i64> + Ord>(path: &str) -> Vec<C> {
    let mut codes: Vec<C> = catalog(path)
        .entries
        .iter()
        .filter_map(|e| match e.code {
            Code::Int(code) => C::try_from(code).ok(),
            Code::Text(_) => None,
        })
        .collect();
    codes.sort_unstable();
    codes
}

proptest::proptest! {
    /// Any code at all gives back itself, and is known exactly when the catalog lists it: for
    /// catalogs found by a table over their range, by a hash of one level and of two.
    #[test]
    fn any_code_gives_itself_and_is_known_when_listed(c32: u32, c16: u16, ci32: i32) {
        fn check<E>(path: &str, code: E::Code) -> Result<(), proptest::test_runner::TestCaseError>
        where
            E: NumericErrorCode,
            E::Code: TryFrom<i64> + Ord + Copy + core::fmt::Debug,
        {
            let e = E::from_code(code);
            proptest::prop_assert_eq!(e.code(), code, "{}", path);
            let known = listed::<E::Code>(path).binary_search(&code).is_ok();
            proptest::prop_assert_eq!(e.is_known(), known, "{}: {:?}", path, code);
            Ok(())
        }
        check::<bundled::SpreadU32Error>("tests/data/spread_u32.toml", c32)?;
        check::<bundled::AzureMediaPlayerErrorKind>("azure_media_player", c32 & 0x0FFF_FFFF)?;
        check::<Synth300Error>("tests/data/synth_300.toml", c32)?;
        check::<bundled::SpreadI32Error>("tests/data/spread_i32.toml", ci32)?;
        check::<bundled::CurlError>("curl", ci32)?;
        check::<bundled::SpreadU16Error>("tests/data/spread_u16.toml", c16)?;
        check::<bundled::HttpStatus>("http_status", c16)?;
    }
}

/// The facts of each of `all` (in catalog order) are those of the catalog's entries; and how
/// many of them have a status.
fn same_facts<E: ErrorCode + core::fmt::Debug>(all: &[E], path: &str) -> usize {
    let catalog = catalog(path);
    assert_eq!(all.len(), catalog.entries.len(), "{path}");
    let mut statuses = 0;
    for (e, entry) in all.iter().zip(&catalog.entries) {
        assert_eq!(e.name(), Some(entry.name.as_str()), "{path}");
        assert_eq!(
            e.group(),
            entry.group.map(|g| catalog.groups[g].titles[0].as_str()),
            "{path}: {e:?}"
        );
        for (l, locale) in catalog.locales.iter().enumerate() {
            assert_eq!(e.message_in(locale), entry.message(l), "{path}: {e:?}");
        }
        assert_eq!(e.http_status(), entry.http_status, "{path}: {e:?}");
        assert_eq!(e.is_retryable(), entry.retryable, "{path}: {e:?}");
        assert_eq!(
            ErrorCode::description(e),
            entry.description.as_deref(),
            "{path}: {e:?}"
        );
        statuses += usize::from(entry.http_status.is_some());
    }
    statuses
}

#[test]
fn every_fact_of_every_entry_is_the_catalogs() {
    // A quarter of the synthetic entries have a status.
    assert_eq!(
        same_facts(Synth300Error::ALL, "tests/data/synth_300.toml"),
        75
    );
    assert_eq!(same_facts(ShopError::ALL, "tests/data/strings.toml"), 4);
    assert_eq!(
        same_facts(DeviceErrorKind::ALL, "tests/data/layout.toml"),
        1
    );
}

#[test]
fn an_unknown_code_has_no_status() {
    assert_eq!(Synth300Error::from_code(0).http_status(), None);
    assert_eq!(DeviceErrorKind::from_code(0).http_status(), None);
    assert_eq!(DeviceError::from(0).http_status(), None);
}

/// Every named value of a field gives its variant, with its label, and every other value near
/// one, past either end and at the ends of the field's bits gives `Other` holding it.
fn field_values<F: Copy + core::fmt::Debug>(
    path: &str,
    field: &str,
    from_value: fn(u32) -> F,
    value: fn(F) -> u32,
    label: fn(F) -> Option<&'static str>,
) {
    let catalog = catalog(path);
    let layout = catalog.layout.as_ref().unwrap();
    let field = layout.fields.iter().find(|f| f.name == field).unwrap();
    let named: Vec<u32> = field.values.iter().map(|v| v.value).collect();
    for v in &field.values {
        let f = from_value(v.value);
        assert_eq!(label(f), Some(v.label.as_str()), "{path}: {f:?}");
        assert_eq!(value(f), v.value, "{path}: {f:?}");
    }
    let max = u32::try_from(field.bits.max_value()).unwrap();
    let probes = named
        .iter()
        .flat_map(|&v| [v.wrapping_sub(1), v.wrapping_add(1), v.wrapping_add(3)])
        .chain([0, max, max / 2])
        .filter(|p| *p <= max && !named.contains(p));
    for probe in probes {
        let f = from_value(probe);
        assert_eq!(label(f), None, "{path}: {probe} gave {f:?}");
        assert_eq!(value(f), probe, "{path}");
    }
}

#[test]
fn every_value_of_a_field_gives_its_variant_and_the_values_around_give_other() {
    use bundled::{DeviceRegion, DeviceSeverity, SqlitePrimary, WindowsFacility, WindowsSeverity};
    let hresult = "windows_hresult";
    field_values(
        hresult,
        "facility",
        WindowsFacility::from_value,
        WindowsFacility::value,
        WindowsFacility::label,
    );
    field_values(
        hresult,
        "severity",
        WindowsSeverity::from_value,
        WindowsSeverity::value,
        WindowsSeverity::label,
    );
    field_values(
        "sqlite",
        "primary",
        SqlitePrimary::from_value,
        SqlitePrimary::value,
        SqlitePrimary::label,
    );
    let device = "tests/data/layout.toml";
    field_values(
        device,
        "region",
        DeviceRegion::from_value,
        DeviceRegion::value,
        DeviceRegion::label,
    );
    field_values(
        device,
        "severity",
        DeviceSeverity::from_value,
        DeviceSeverity::value,
        DeviceSeverity::label,
    );
}
