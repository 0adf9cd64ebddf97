//! Every result code of SQLite's header excerpt (`catalogs/sources/sqlite/sqlite3.h`) against
//! `SqliteError`, read here without the import script: each `#define SQLITE_…` line after the
//! `Result Codes` comment, its value evaluated (a number, or `PRIMARY | (n<<8)`, which is the
//! primary code plus n × 256), its trailing comment as the message.

mod pages;

use std::collections::BTreeMap;

use errcodes_consumer::{SqliteError, SqlitePrimary};
use pages::{read, Failures};

const HEADER: &str = "sqlite/sqlite3.h";

#[test]
fn every_result_code_of_the_header() {
    let text = read(HEADER);
    let start = text
        .lines()
        .position(|line| line.contains("CAPI3REF: Result Codes"))
        .expect("the header has its result codes");
    let mut failures = Failures::default();
    let mut values: BTreeMap<&str, i32> = BTreeMap::new();
    let mut count = 0;
    for (line, text) in text.lines().enumerate().skip(start) {
        if !text.starts_with("#define SQLITE_") {
            continue;
        }
        let (definition, message) = match text.split_once("/*") {
            Some((definition, comment)) => {
                (definition, Some(comment.trim_end_matches("*/").trim()))
            }
            None => (text, None),
        };
        let mut words = definition.split_whitespace().skip(1);
        let name = words.next().expect("a name");
        let expression: String = words.collect();
        let value = if let Ok(value) = expression.parse::<i32>() {
            value
        } else {
            // `(SQLITE_IOERR|(1<<8))`, spaces removed.
            let inner = expression.trim_matches(|c| c == '(' || c == ')');
            let (primary, shifted) = inner.split_once("|(").expect("PRIMARY|(n<<8)");
            let n: i32 = shifted
                .split_once("<<8")
                .expect("n<<8")
                .0
                .parse()
                .expect("n");
            values[primary] + n * 256
        };
        values.insert(name, value);
        count += 1;
        let at = format!("{HEADER}:{} {name}", line + 1);
        let Some(e) = SqliteError::from_name(name) else {
            failures.check(&at, "not in SqliteError", false);
            continue;
        };
        failures.eq(&at, "code", e.code(), value);
        failures.eq(&at, "name", e.name(), Some(name));
        failures.eq(&at, "message", e.message_in("en"), message);
        failures.eq(&at, "message()", e.message(), message.unwrap_or(name));
        // The primary code is the low 8 bits, and its label the name of that primary code.
        let primary = values.iter().find(|(_, v)| **v == value & 0xFF);
        failures.eq(
            &at,
            "primary",
            e.primary().label(),
            primary.map(|(n, _)| *n),
        );
        if expression.parse::<i32>().is_ok() {
            let field = SqlitePrimary::from_value(u32::try_from(value).unwrap());
            failures.eq(&at, "primary label", field.label(), Some(name));
            failures.eq(&at, "primary message", field.message(), message);
        }
    }
    failures.eq(HEADER, "entries", SqliteError::ALL.len(), count);
    failures.finish(HEADER);
}

#[test]
fn an_extended_code_is_read_whole() {
    // What rusqlite's `Error::SqliteFailure` holds for a UNIQUE constraint failure.
    let e = SqliteError::from(2067);
    assert_eq!(e.name(), Some("SQLITE_CONSTRAINT_UNIQUE"));
    assert_eq!(e.primary(), SqlitePrimary::SqliteConstraint);
    assert_eq!(
        e.primary().message(),
        Some("Abort due to constraint violation")
    );
    assert_eq!(e.to_string(), "SQLITE_CONSTRAINT_UNIQUE (2067)");
    assert_eq!(
        SqliteError::from(19).to_string(),
        "Abort due to constraint violation (SQLITE_CONSTRAINT, 19)"
    );
    // An extended code a later SQLite adds still gives its primary code.
    let later = SqliteError::from(19 | (99 << 8));
    assert!(!later.is_known());
    assert_eq!(later.primary(), SqlitePrimary::SqliteConstraint);
    assert_eq!(later.to_string(), "unknown SqliteError code 25363");
}
