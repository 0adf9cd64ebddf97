//! Every code that mingw-w64's `winerror.h` (`catalogs/sources/windows/winerror.h`) defines,
//! against `WindowsError` (Win32 codes) and `WindowsHresult` (HRESULTs), read here without the
//! import script's rules: a define's value is a number once its wrappers are dropped, a
//! `WSABASEERR` offset, `HRESULT_FROM_WIN32` of a name, or another name.
//!
//! A value that mentions `HRESULT` is an HRESULT; any other code is a Win32 code. Range markers
//! (`…_FIRST`, `…_LAST`), bare numbers (bases, masks, severities) and the `FACILITY_*` values
//! are not codes; the facilities are checked against `WindowsFacility`.

mod pages;

use std::collections::BTreeMap;

use errcodes_consumer::{WindowsError, WindowsFacility, WindowsHresult, WindowsSeverity};
use pages::{read, Failures};

const HEADER: &str = "windows/winerror.h";

/// A code of the header: whether it is an HRESULT, and its 32 bits.
type Code = (bool, u32);

/// The codes the header defines, by name, in header order; and the facilities.
struct Header {
    codes: Vec<(String, usize, Code)>,
    facilities: Vec<(String, u32)>,
}

fn number(text: &str) -> Option<u32> {
    let text = text.trim_end_matches(['L', 'U']);
    match text.strip_prefix("0x") {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

fn header() -> Header {
    let text = read(HEADER);
    let mut codes: Vec<(String, usize, Code)> = Vec::new();
    let mut facilities = Vec::new();
    let mut by_name: BTreeMap<String, Code> = BTreeMap::new();
    for (line, text) in text.lines().enumerate() {
        let mut words = text.split_whitespace();
        if words.next() != Some("#define") {
            continue;
        }
        let Some(name) = words.next() else { continue };
        let value: String = words.collect::<Vec<_>>().join(" ");
        if name.contains('(') || name.ends_with("_FIRST") || name.ends_with("_LAST") {
            continue;
        }
        if let Some(facility) = name.strip_prefix("FACILITY_") {
            if facility != "NT_BIT" {
                facilities.push((name.to_owned(), number(&value).expect("a facility number")));
            }
            continue;
        }
        let hresult = value.contains("HRESULT");
        // Drop the wrappers: what is left is a number, `WSABASEERR + n`, or a name.
        let bare = value
            .replace("__MSABI_LONG", "")
            .replace("_HRESULT_TYPEDEF_", "")
            .replace("(HRESULT)", "")
            .replace("HRESULT_FROM_WIN32", "")
            .replace(['(', ')'], "");
        let bare = bare.trim();
        let wrapped = bare != value.trim();
        let code = if let Some(offset) = bare.strip_prefix("WSABASEERR + ") {
            10_000 + number(offset).expect("a WSABASEERR offset")
        } else if let Some(n) = number(bare) {
            if !wrapped {
                continue; // a bare number: a base, a mask or a severity
            }
            n
        } else if let Some(&(_, code)) = by_name.get(bare) {
            if value.starts_with("HRESULT_FROM_WIN32") {
                0x8007_0000 | code
            } else {
                code
            }
        } else {
            continue; // empty, or a name that is not a code
        };
        let code = (hresult || by_name.get(bare).is_some_and(|c| c.0), code);
        by_name.insert(name.to_owned(), code);
        codes.push((name.to_owned(), line + 1, code));
    }
    Header { codes, facilities }
}

/// The bits of an `i32`.
fn bits(code: i32) -> u32 {
    u32::from_ne_bytes(code.to_ne_bytes())
}

#[test]
fn every_code_of_the_header_is_in_its_catalog_with_its_names() {
    let header = header();
    let mut failures = Failures::default();
    // The names of each code, in header order.
    let mut names: BTreeMap<Code, Vec<&str>> = BTreeMap::new();
    for (name, line, code) in &header.codes {
        names.entry(*code).or_default().push(name);
        let at = format!("{HEADER}:{line} {name}");
        if code.0 {
            let e = WindowsHresult::from_name(name);
            failures.eq(&at, "HRESULT", e.map(|e| bits(e.code())), Some(code.1));
        } else {
            let e = WindowsError::from_name(name);
            failures.eq(&at, "Win32 code", e.map(|e| bits(e.code())), Some(code.1));
        }
    }
    // Above, every name of the header (an entry's or an alias) parses to its code. Each entry
    // of a catalog is one code of the header, named by the first name the header gives it (S_OK
    // is preferred to SEC_E_OK, defined before it), with no message: the header gives none.
    for e in WindowsError::ALL {
        let name = e.name().expect("an entry has a name");
        let Some(expected) = names.get(&(false, bits(e.code()))) else {
            failures.check(name, "a code the header does not define", false);
            continue;
        };
        failures.eq(name, "name", name, expected[0]);
        failures.eq(name, "message", e.message(), name);
        failures.eq(name, "message_in", e.message_in("en"), None);
    }
    for e in WindowsHresult::ALL {
        let name = e.name().expect("an entry has a name");
        let Some(expected) = names.get(&(true, bits(e.code()))) else {
            failures.check(name, "a code the header does not define", false);
            continue;
        };
        let canonical = if expected.contains(&"S_OK") {
            "S_OK"
        } else {
            expected[0]
        };
        failures.eq(name, "name", name, canonical);
        failures.eq(name, "message", e.message(), name);
        failures.eq(name, "message_in", e.message_in("en"), None);
    }
    // A code the header does not define has no name, and says so instead of a message.
    let unknown = WindowsError::from(99_999);
    failures.eq("99999", "name", unknown.name(), None);
    failures.eq(
        "99999",
        "message",
        unknown.message(),
        "An error code that the catalog does not list.",
    );
    let count = |hresult: bool| names.keys().filter(|c| c.0 == hresult).count();
    failures.eq("windows", "entries", WindowsError::ALL.len(), count(false));
    failures.eq(
        "windows_hresult",
        "entries",
        WindowsHresult::ALL.len(),
        count(true),
    );
    failures.finish(HEADER);
}

#[test]
fn the_fields_of_an_hresult_are_the_headers() {
    let header = header();
    let mut failures = Failures::default();
    let mut seen = Vec::new();
    for (name, value) in &header.facilities {
        if seen.contains(value) {
            continue; // FACILITY_SECURITY is FACILITY_SSPI's value: the first name is kept
        }
        seen.push(*value);
        failures.eq(
            name,
            "label",
            WindowsFacility::from_value(*value).label(),
            Some(name.as_str()),
        );
    }
    failures.eq(
        "facilities",
        "count",
        WindowsFacility::ALL.len(),
        seen.len(),
    );
    failures.finish("the facilities");

    let e = WindowsHresult::from(bits_i32(0x8007_0005));
    assert_eq!(e.name(), Some("E_ACCESSDENIED"));
    assert_eq!(e.severity(), WindowsSeverity::SeverityError);
    assert_eq!(e.facility(), WindowsFacility::FacilityWin32);
    assert_eq!(
        WindowsError::from(i32::try_from(e.facility_code()).unwrap()),
        WindowsError::AccessDenied
    );
}

fn bits_i32(code: u32) -> i32 {
    i32::from_ne_bytes(code.to_ne_bytes())
}
