//! `windows` and `windows_hresult`, from mingw-w64's `winerror.h` (public domain), kept in
//! `catalogs/sources/windows/`.
//!
//! The header is a list of `#define NAME VALUE` lines. What a line is depends on its value:
//!
//! - `__MSABI_LONG(5)` (a decimal number) or `(WSABASEERR + 4)`: a Win32 error code, in `windows`;
//! - `_HRESULT_TYPEDEF_(0x80070005L)`, `((HRESULT)0x00000001)` or
//!   `HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER)`: an HRESULT, in `windows_hresult`;
//! - another name (`SEC_E_NO_SPM SEC_E_INTERNAL_ERROR`): an alias of that name's entry;
//! - `FACILITY_WIN32 7`: a facility, a value of the HRESULT's facility field (`FACILITY_NT_BIT`
//!   is a bit, not a facility).
//!
//! Everything else is left out, and each kind is named in [`skipped`]: range markers (names
//! ending `_FIRST` or `_LAST`), bare numbers (bases, masks, severities: `WSABASEERR 10000`,
//! `NOERROR 0`), function-like macros and empty defines. A line of any other shape is an error,
//! so that a new header cannot lose entries silently.
//!
//! A value defined under several names is one entry, named by its first definition, with the
//! other names as aliases; except `S_OK`, which the header defines after its alias `SEC_E_OK`.

use std::collections::HashMap;
use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// The header, in the sources folder.
const HEADER: &str = "winerror.h";

/// Names preferred as an entry's name to a name defined before them with the same value.
const PREFERRED: &[&str] = &["S_OK"];

/// `HRESULT_FROM_WIN32`'s facility.
const FACILITY_WIN32: i64 = 7;

/// Which catalog a value belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Win32,
    Hresult,
}

/// One named code of the header.
struct Define {
    name: String,
    family: Family,
    /// The code: for an HRESULT, its 32 bits as a non-negative number.
    value: i64,
}

/// What the header defines.
struct Defines {
    /// Codes and aliases, in header order.
    codes: Vec<Define>,
    /// `FACILITY_*` names and values, in header order.
    facilities: Vec<(String, i64)>,
}

/// What a line's value is.
enum Value {
    Code(Family, i64),
    /// Another name.
    Name(String),
    /// Not a code.
    Skip,
}

/// Whether a `#define` is left out of the catalogs: a function-like macro, an empty define, a
/// range marker, or a bare number.
fn skipped(name: &str, value: &str) -> bool {
    let number = value.trim_end_matches(['U', 'L']);
    name.contains('(')
        || value.is_empty()
        || name.ends_with("_FIRST")
        || name.ends_with("_LAST")
        || (number.starts_with(|c: char| c.is_ascii_digit()) && parse_number(number).is_some())
}

/// A decimal or `0x` hex number.
fn parse_number(text: &str) -> Option<i64> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => i64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

/// What `value` (the text after the name) defines, given the codes defined before it.
fn classify(value: &str, codes: &HashMap<String, (Family, i64)>) -> Result<Value, String> {
    let inner = |prefix: &str, suffix: &str| {
        value
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
    };
    if let Some(number) = inner("__MSABI_LONG(", ")") {
        return Ok(match parse_number(number) {
            // Hex values in __MSABI_LONG are the HRESULT range markers, left out by name.
            Some(code) if !number.starts_with("0x") => Value::Code(Family::Win32, code),
            _ => Value::Skip,
        });
    }
    if let Some(offset) = inner("(WSABASEERR + ", ")") {
        let offset = parse_number(offset).ok_or_else(|| format!("bad offset in {value}"))?;
        return Ok(Value::Code(Family::Win32, 10_000 + offset));
    }
    if let Some(hex) = inner("_HRESULT_TYPEDEF_(", ")").or_else(|| inner("((HRESULT)", ")")) {
        let code = parse_number(hex.trim_end_matches('L'))
            .ok_or_else(|| format!("bad HRESULT in {value}"))?;
        return Ok(Value::Code(Family::Hresult, code));
    }
    if let Some(name) = inner("HRESULT_FROM_WIN32(", ")") {
        return match codes.get(name) {
            Some(&(Family::Win32, code)) if code > 0 => Ok(Value::Code(
                Family::Hresult,
                0x8000_0000 | (FACILITY_WIN32 << 16) | (code & 0xFFFF),
            )),
            _ => Err(format!(
                "HRESULT_FROM_WIN32 of {name}, not a positive Win32 code"
            )),
        };
    }
    if value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Ok(Value::Name(value.to_owned()));
    }
    Err(format!("a value of an unknown shape: {value}"))
}

/// Reads the header's defines.
fn read(sources: &Path) -> Result<Defines, String> {
    let text = crate::read(&sources.join(HEADER))?;
    let mut header = Defines {
        codes: Vec::new(),
        facilities: Vec::new(),
    };
    let mut by_name: HashMap<String, (Family, i64)> = HashMap::new();
    for (number, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix("#define") else {
            continue;
        };
        let rest = rest.trim();
        let (name, value) = match rest.find(|c: char| c.is_whitespace()) {
            // A function-like macro's parameters may hold spaces: its name ends at `)`.
            Some(_)
                if rest
                    .split_whitespace()
                    .next()
                    .is_some_and(|n| n.contains('(')) =>
            {
                (rest, "")
            }
            Some(at) => (&rest[..at], rest[at..].trim()),
            None => (rest, ""),
        };
        if let Some(facility) = name.strip_prefix("FACILITY_") {
            // FACILITY_NT_BIT is a bit of the code, not a facility.
            if let (Some(number), false) = (parse_number(value), facility.ends_with("_BIT")) {
                header.facilities.push((name.to_owned(), number));
            }
            continue;
        }
        if skipped(name, value) {
            continue;
        }
        let (family, value) = match classify(value, &by_name)
            .map_err(|e| format!("{HEADER}:{}: {name}: {e}", number + 1))?
        {
            Value::Skip => continue,
            Value::Code(family, value) => (family, value),
            Value::Name(target) => *by_name.get(&target).ok_or_else(|| {
                format!(
                    "{HEADER}:{}: {name} is defined as {target}, which is not a code defined before it",
                    number + 1
                )
            })?,
        };
        by_name.insert(name.to_owned(), (family, value));
        header.codes.push(Define {
            name: name.to_owned(),
            family,
            value,
        });
    }
    Ok(header)
}

/// One entry of a catalog: its name, code and aliases.
struct Entry<'a> {
    name: &'a str,
    value: i64,
    aliases: Vec<&'a str>,
}

/// The entries of `family`: one per value, in the order of their names' definitions.
fn entries(header: &Defines, family: Family) -> Vec<Entry<'_>> {
    let defines: Vec<&Define> = header.codes.iter().filter(|d| d.family == family).collect();
    let mut names_of: HashMap<i64, Vec<&str>> = HashMap::new();
    for define in &defines {
        names_of.entry(define.value).or_default().push(&define.name);
    }
    let canonical = |names: &[&str]| -> usize {
        names
            .iter()
            .position(|n| PREFERRED.contains(n))
            .unwrap_or(0)
    };
    defines
        .iter()
        .filter_map(|define| {
            let names = &names_of[&define.value];
            let name = names[canonical(names)];
            (name == define.name).then(|| Entry {
                name,
                value: define.value,
                aliases: names.iter().copied().filter(|n| *n != name).collect(),
            })
        })
        .collect()
}

/// One `[[error]]` table, its code as the catalog writes it.
fn write_entry(out: &mut CatalogText, entry: &Entry<'_>, code: &str) {
    out.array_table("error");
    out.key("name", entry.name);
    out.raw("code", code);
    if !entry.aliases.is_empty() {
        out.key("aliases", entry.aliases.as_slice());
    }
}

/// The `windows` catalog: Win32 error codes.
pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let header = read(sources)?;
    let entries = entries(&header, Family::Win32);
    let mut out = CatalogText::new(&format!(
        "Windows system error codes (Win32), {} entries. Generated from\n\
         catalogs/sources/windows/winerror.h (mingw-w64, public domain) by\n\
         `cargo run -p errcodes-xtask -- import windows` (xtask/src/windows.rs): do not edit.\n\
         \n\
         Every `#define NAME __MSABI_LONG(n)` and `#define NAME (WSABASEERR + n)` of the header is\n\
         an entry; a name defined as another name is an alias of its entry. The header gives no\n\
         messages, so the entries have none.",
        entries.len()
    ));
    out.header(&Header {
        type_name: "WindowsError",
        title: "Windows system error codes (Win32), as GetLastError returns them.",
        description: "The codes of winerror.h below 65536: what GetLastError returns, what \
            std::io::Error::raw_os_error gives on Windows, and the code of an HRESULT whose \
            facility is WIN32 (0x80070005 holds ERROR_ACCESS_DENIED, 5).\n\n\
            The header names the codes but gives no messages: message() is the name. HRESULTs \
            are in the catalog windows_hresult.",
        vendor: "Microsoft",
        source: "https://learn.microsoft.com/en-us/windows/win32/debug/system-error-codes",
        code_type: "i32",
        name_prefix: Some("ERROR_"),
    });
    for entry in &entries {
        write_entry(&mut out, entry, &entry.value.to_string());
    }
    Ok(out.finish())
}

/// The `windows_hresult` catalog: HRESULTs, with the severity, facility and code fields.
pub(crate) fn import_hresult(sources: &Path) -> Result<String, String> {
    let header = read(sources)?;
    let entries = entries(&header, Family::Hresult);
    let mut out = CatalogText::new(&format!(
        "Windows HRESULTs, {} entries. Generated from catalogs/sources/windows/winerror.h\n\
         (mingw-w64, public domain) by `cargo run -p errcodes-xtask -- import windows_hresult`\n\
         (xtask/src/windows.rs): do not edit.\n\
         \n\
         Every `#define NAME _HRESULT_TYPEDEF_(0x…)`, `((HRESULT)0x…)` and\n\
         `HRESULT_FROM_WIN32(ERROR_…)` of the header is an entry, its code written as its 32 bits;\n\
         a name defined as another name is an alias of its entry. The facility values are the\n\
         header's FACILITY_* defines; where two share a value, the first defined is kept; the\n\
         severity values are SEVERITY_SUCCESS and SEVERITY_ERROR. The header gives no messages,\n\
         so the entries have none.",
        entries.len()
    ));
    out.header(&Header {
        type_name: "WindowsHresult",
        title: "Windows HRESULTs: COM and Windows API result codes.",
        description: "An HRESULT is a 32-bit signed code: bit 31 is the severity (1 for a \
            failure), bits 28-16 the facility (the part of Windows that defines the code, \
            HRESULT_FACILITY in winerror.h) and bits 15-0 the code within the facility \
            (HRESULT_CODE). A failure is negative: E_ACCESSDENIED is written 0x80070005 and is \
            -2147024891 as an i32.\n\n\
            The header names the codes but gives no messages: message() is the name. Win32 \
            error codes, such as the code of an HRESULT of the WIN32 facility, are in the \
            catalog windows.",
        vendor: "Microsoft",
        source: "https://learn.microsoft.com/en-us/windows/win32/com/com-error-codes",
        code_type: "i32",
        name_prefix: None,
    });
    out.key("notation", "hex");
    out.table("layout");
    out.key("key", [31, 0]);
    out.field(
        "severity",
        Some("WindowsSeverity"),
        [31, 31],
        "Whether the code reports a failure (HRESULT_SEVERITY, bit 31).",
    );
    out.field_value(0, "SEVERITY_SUCCESS", None);
    out.field_value(1, "SEVERITY_ERROR", None);
    out.field(
        "facility",
        Some("WindowsFacility"),
        [28, 16],
        "The part of Windows that defines the code (HRESULT_FACILITY, bits 28-16).",
    );
    let mut seen = Vec::new();
    for (label, value) in &header.facilities {
        if !seen.contains(value) {
            seen.push(*value);
            out.field_value(*value, label, None);
        }
    }
    out.field(
        "facility_code",
        None,
        [15, 0],
        "The code within the facility (HRESULT_CODE, bits 15-0): for the WIN32 facility, a \
         Win32 error code.",
    );
    for entry in &entries {
        write_entry(
            &mut out,
            entry,
            &format!("{:#010X}", entry.value).replace("0X", "0x"),
        );
    }
    Ok(out.finish())
}
