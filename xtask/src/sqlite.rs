//! `sqlite`, from the result-code section of SQLite's `sqlite3.h` (public domain), kept as an
//! excerpt in `catalogs/sources/sqlite/`.
//!
//! After the line `** CAPI3REF: Result Codes`, every `#define NAME VALUE` is a result code, with
//! its trailing `/* comment */` as its message when it has one:
//!
//! - `#define SQLITE_IOERR 10 /* Some kind of disk I/O error occurred */`: a primary code, which
//!   is also a value of the layout's `primary` field (the low 8 bits);
//! - `#define SQLITE_IOERR_READ (SQLITE_IOERR | (1<<8))`: an extended code, a primary code
//!   with more bits above the low 8.
//!
//! A `#define` of any other shape there is an error, so that a new header cannot lose entries
//! silently.

use std::collections::HashMap;
use std::path::Path;

use crate::toml_out::{CatalogText, Header};

/// The header excerpt, in the sources folder.
const HEADER: &str = "sqlite3.h";

/// Variants set by name, where the name without its `SQLITE_` prefix gives a Rust name the type
/// has already: `Error` is the error type of `TryFrom`.
const VARIANTS: &[(&str, &str)] = &[("SQLITE_ERROR", "SqliteError")];

/// The line after which the result codes are defined.
const START: &str = "** CAPI3REF: Result Codes";

/// A result code of the header.
struct Code {
    name: String,
    value: i64,
    /// The trailing comment, if the line has one.
    message: Option<String>,
    /// Whether it is a primary code.
    primary: bool,
}

/// `NAME VALUE /* comment */` → the name, the value text and the comment.
fn split_define(rest: &str) -> Option<(&str, &str, Option<&str>)> {
    let (definition, comment) = match rest.split_once("/*") {
        Some((definition, comment)) => (
            definition,
            Some(comment.trim_end().strip_suffix("*/")?.trim()),
        ),
        None => (rest, None),
    };
    let definition = definition.trim();
    let at = definition.find(char::is_whitespace)?;
    Some((&definition[..at], definition[at..].trim(), comment))
}

/// `(SQLITE_IOERR | (1<<8))` → `("SQLITE_IOERR", 1)`.
fn split_extended(value: &str) -> Option<(&str, i64)> {
    let inner = value.strip_prefix('(')?.strip_suffix(')')?;
    let (primary, shifted) = inner.split_once('|')?;
    let shifted = shifted.trim().strip_prefix('(')?.strip_suffix(')')?;
    let (high, eight) = shifted.split_once("<<")?;
    (eight.trim() == "8").then_some(())?;
    Some((primary.trim(), high.trim().parse().ok()?))
}

/// Reads the result codes of the header.
fn read(sources: &Path) -> Result<Vec<Code>, String> {
    let text = crate::read(&sources.join(HEADER))?;
    let mut lines = text.lines().enumerate();
    if !lines.any(|(_, line)| line == START) {
        return Err(format!("{HEADER} has no line {START:?}"));
    }
    let mut codes: Vec<Code> = Vec::new();
    let mut primaries: HashMap<String, i64> = HashMap::new();
    for (number, line) in lines {
        let Some(rest) = line.strip_prefix("#define") else {
            continue;
        };
        let at = |message: &str| format!("{HEADER}:{}: {message}: {line}", number + 1);
        let (name, value, comment) =
            split_define(rest).ok_or_else(|| at("not `#define NAME VALUE /* comment */`"))?;
        let (value, primary) = if let Ok(value) = value.parse::<i64>() {
            primaries.insert(name.to_owned(), value);
            (value, true)
        } else {
            let (primary, high) = split_extended(value)
                .ok_or_else(|| at("neither a number nor (PRIMARY | (n<<8))"))?;
            let primary = primaries
                .get(primary)
                .ok_or_else(|| at("extends a code not defined before it"))?;
            (primary | (high << 8), false)
        };
        codes.push(Code {
            name: name.to_owned(),
            value,
            message: comment.map(str::to_owned),
            primary,
        });
    }
    Ok(codes)
}

/// The `sqlite` catalog.
pub(crate) fn import(sources: &Path) -> Result<String, String> {
    let codes = read(sources)?;
    let primaries = codes.iter().filter(|c| c.primary).count();
    let mut out = CatalogText::new(&format!(
        "SQLite result codes: {primaries} primary and {} extended. Generated from\n\
         catalogs/sources/sqlite/sqlite3.h (an excerpt of SQLite 3.40.1's header, public domain)\n\
         by `cargo run -p errcodes-xtask -- import sqlite` (xtask/src/sqlite.rs): do not edit.\n\
         \n\
         Every `#define` of the header's result-code section is an entry, in header order: a\n\
         number is a primary code, `(SQLITE_IOERR | (n<<8))` an extended one. A define's trailing\n\
         comment is its message; the header gives most extended codes none. The primary codes\n\
         are also the values of the `primary` field (bits 7-0), with the same messages.\n\
         SQLITE_ERROR's variant keeps the prefix: `Error` is taken.",
        codes.len() - primaries
    ));
    out.header(&Header {
        type_name: "SqliteError",
        title: "SQLite result codes, primary and extended.",
        description: "The result codes of the SQLite C library: what sqlite3_errcode and \
            sqlite3_extended_errcode return, and the code of an error from rusqlite or sqlx's \
            SQLite driver. An extended code (SQLITE_CONSTRAINT_UNIQUE, 2067) is a primary code \
            (SQLITE_CONSTRAINT, 19) in its low 8 bits with more detail above them; primary() \
            gives the primary code of any code.\n\n\
            Messages are the header's comments, where it has them; message() is the name of a \
            code without one.",
        vendor: "SQLite",
        source: "https://www.sqlite.org/rescode.html",
        code_type: "i32",
        name_prefix: Some("SQLITE_"),
    });
    out.table("layout");
    out.key("key", [31, 0]);
    out.field(
        "primary",
        Some("SqlitePrimary"),
        [7, 0],
        "The primary result code: the low 8 bits, what sqlite3_errcode gives when extended \
         result codes are off.",
    );
    for code in codes.iter().filter(|c| c.primary) {
        out.field_value(code.value, &code.name, code.message.as_deref());
    }
    for code in &codes {
        out.array_table("error");
        out.key("name", code.name.as_str());
        if let Some((_, variant)) = VARIANTS.iter().find(|(name, _)| *name == code.name) {
            out.key("variant", *variant);
        }
        out.key("code", code.value);
        if let Some(message) = &code.message {
            out.key("message.en", message.as_str());
        }
    }
    Ok(out.finish())
}
