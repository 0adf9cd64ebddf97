//! Every fact of every entry, as the generated types give it, against the catalog file as
//! `errcodes-catalog` reads it at run time: integer codes (`tests/data/synth_300.toml`), string
//! codes (`strings.toml`) and a layout's kind (`layout.toml`).

use errcodes::ErrorCode;
use errcodes_catalog::{Catalog, Source};

errcodes::error_catalog!("tests/data/synth_300.toml");
errcodes::error_catalog!("tests/data/strings.toml");
errcodes::error_catalog!("tests/data/layout.toml");

fn catalog(path: &str) -> Catalog {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap();
    errcodes_catalog::load(&Source::new(path, &text))
        .unwrap_or_else(|problems| panic!("{path}: {problems:?}"))
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
