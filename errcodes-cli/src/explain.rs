//! `errcodes explain`: finds every code and name in texts or log lines and explains each from
//! every catalog that lists it.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::BufRead;

use errcodes_catalog::{Catalog, Code, CodeType, Entry, Notation};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::catalogs::{self, Loaded};
use crate::{out, Failure, Format, Outcome};

/// Find codes and names in texts or log lines, and explain each.
///
/// A TEXT is a code (`0x20200194`, `20200194`, `536936449`, `-43001`), a name
/// (`ERROR_SERVER_NO_RESPONSE`, `OperationDenied.Suspended`) or a whole log line, from which
/// every word that looks like a code or a name is taken. `-` reads lines from standard input.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Codes, names or log lines; `-` reads lines from standard input.
    #[arg(required = true, value_name = "TEXT", allow_negative_numbers = true)]
    texts: Vec<String>,

    /// Also search this catalog: a file, or a name (`catalogs/<name>.toml` here, else bundled).
    /// Every bundled catalog is searched anyway.
    #[arg(long = "catalog", value_name = "FILE_OR_NAME")]
    catalogs: Vec<String>,

    /// `json`: an array of the matches on standard output.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub(crate) fn run(args: &Args) -> Outcome {
    let mut searched = catalogs::bundled()?;
    for name in &args.catalogs {
        let loaded = catalogs::open(name)?;
        // A catalog given twice, or a bundled one given again by name or as its file, is
        // searched once.
        let twice = searched
            .iter()
            .any(|s| s.text.name == loaded.text.name && s.text.toml == loaded.text.toml);
        if !twice {
            searched.push(loaded);
        }
    }

    let mut matches = Vec::new();
    let mut unmatched = Vec::new();
    let mut seen = HashSet::new();
    let mut explain_text = |text: &str, explicit: bool| {
        let mut any = false;
        for token in tokens(text) {
            for found in find(&searched, &token) {
                any = true;
                // Each entry and code once, however often the input names it.
                let key = (found.catalog, found.entry.name.clone(), found.code.clone());
                if seen.insert(key) {
                    matches.push(found);
                }
            }
        }
        if explicit && !any {
            unmatched.push(text.to_owned());
        }
    };
    for text in &args.texts {
        if text == "-" {
            // Logs are not always UTF-8: a line is read as bytes, and what is not UTF-8 in it
            // is no code or name anyway.
            let mut stdin = std::io::stdin().lock();
            let mut line = Vec::new();
            loop {
                line.clear();
                let read = stdin
                    .read_until(b'\n', &mut line)
                    .map_err(|e| Failure::error(format!("cannot read standard input: {e}")))?;
                if read == 0 {
                    break;
                }
                explain_text(&String::from_utf8_lossy(&line), false);
            }
        } else {
            explain_text(text, true);
        }
    }

    let names: Vec<&str> = searched.iter().map(|s| s.text.name.as_str()).collect();
    if matches.is_empty() {
        return Err(Failure::error(format!(
            "no catalog lists a code or name of the input (searched {}): check the code, or add \
             the catalog that lists it with --catalog FILE",
            names.join(", ")
        )));
    }
    for text in &unmatched {
        out::eprint(&format!(
            "{}\n",
            out::warning_line(&format!(
                "no catalog lists a code or name in `{text}` (searched {})",
                names.join(", ")
            ))
        ));
    }
    match args.format {
        Format::Text => {
            let blocks: Vec<String> = matches.iter().map(|m| describe(&searched, m)).collect();
            if !blocks.is_empty() {
                out::print(&format!("{}\n", blocks.join("\n")))?;
            }
        }
        Format::Json => {
            let values: Vec<Value> = matches.iter().map(|m| json(&searched, m)).collect();
            out::print_json(&values)?;
        }
    }
    Ok(0)
}

/// A word of the input as a code or a name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    /// The word as it was written.
    text: String,
    /// The codes it may be: its 32 bits when written in hex (a `u32` or the bits of an `i32`),
    /// its value when written in decimal.
    codes: Vec<Number>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Number {
    /// Written in hex: 32 bits.
    Bits(u32),
    /// Written in decimal: a value.
    Value(i64),
}

/// The words of `text` that may be codes or names: runs of letters, digits, `_`, `.` and `-`,
/// without the `.` or `-` that ends a sentence or a clause.
///
/// A word is a code when it is `0x` and hex digits (`0x20200194`), decimal digits with an
/// optional `-` (`536936449`, `-43001`), or six to eight hex digits with at least one decimal
/// digit (`20200194`, `2001000A`: hex as vendors' tables write it without `0x`); a word of
/// decimal digits of that length is tried both ways. Every word is also tried as a name.
///
/// In a text of several words, a decimal word of one or two digits is no code: it is far more
/// often a time (`12:00:01`), a count or a version than an error.
fn tokens(text: &str) -> Vec<Token> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.' || c == '-'))
        .map(|word| word.trim_matches('.').trim_end_matches('-'))
        .filter(|word| !word.is_empty())
        .collect();
    let one_word = words.len() == 1;
    words
        .into_iter()
        .map(|word| Token {
            text: word.to_owned(),
            codes: numbers(word)
                .into_iter()
                .filter(|n| one_word || !matches!(n, Number::Value(v) if v.unsigned_abs() < 100))
                .collect(),
        })
        .collect()
}

fn numbers(word: &str) -> Vec<Number> {
    let mut codes = Vec::new();
    if let Some(hex) = word.strip_prefix("0x").or_else(|| word.strip_prefix("0X")) {
        if (1..=8).contains(&hex.len()) {
            if let Ok(bits) = u32::from_str_radix(hex, 16) {
                codes.push(Number::Bits(bits));
            }
        }
        return codes;
    }
    let digits = word.strip_prefix('-').unwrap_or(word);
    if !digits.is_empty() && digits.len() <= 12 && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(value) = word.parse::<i64>() {
            codes.push(Number::Value(value));
        }
    }
    if (6..=8).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_hexdigit())
        && word.bytes().any(|b| b.is_ascii_digit())
    {
        if let Ok(bits) = u32::from_str_radix(word, 16) {
            codes.push(Number::Bits(bits));
        }
    }
    codes
}

/// An entry that a word names.
#[derive(Debug, Clone)]
struct Match<'c> {
    /// The word.
    token: String,
    /// The index of the catalog in the searched list.
    catalog: usize,
    /// The entry.
    entry: &'c Entry,
    /// The whole code: the word's (with every bit it has) or, for a name, the entry's.
    code: Code,
}

fn find<'c>(searched: &'c [Loaded], token: &Token) -> Vec<Match<'c>> {
    let mut found = Vec::new();
    for (index, loaded) in searched.iter().enumerate() {
        let catalog = &loaded.catalog;
        for number in &token.codes {
            let value = match (*number, catalog.code_type) {
                (_, CodeType::String) => continue,
                (Number::Value(value), _) => value,
                (Number::Bits(bits), CodeType::I32) => {
                    i64::from(i32::from_ne_bytes(bits.to_ne_bytes()))
                }
                // Unsigned: `find_code` knows the type's range.
                (Number::Bits(bits), _) => i64::from(bits),
            };
            if let Some(entry) = catalog.find_code(value) {
                found.push(Match {
                    token: token.text.clone(),
                    catalog: index,
                    entry,
                    code: Code::Int(value),
                });
            }
        }
        if let Some(entry) = catalog.find_name(&token.text) {
            found.push(Match {
                token: token.text.clone(),
                catalog: index,
                entry,
                code: catalog.whole_code(entry),
            });
        }
    }
    found
}

/// `0x20200194 (538968468)` in the catalog's notation first; a string code as it is.
fn code_text(catalog: &Catalog, code: &Code) -> String {
    match code {
        Code::Text(text) => text.clone(),
        Code::Int(value) => {
            let hex = hex(catalog, *value);
            match catalog.notation {
                Notation::Hex => format!("{hex} (decimal {value})"),
                Notation::Decimal => format!("{value} ({hex})"),
            }
        }
    }
}

/// A code in hex as the generated type's `Display` writes it: `0x0194` for a `u16` code, the
/// 32 bits otherwise (`0x20200194`; a negative `i32` as its bits).
fn hex(catalog: &Catalog, value: i64) -> String {
    match u16::try_from(value) {
        Ok(value) if catalog.code_type == CodeType::U16 => format!("{value:#06X}"),
        _ => Notation::Hex.format(&Code::Int(value)),
    }
}

/// The Rust path of the entry: the variant of the generated enum, or of the kind enum of a
/// catalog with a layout.
fn rust_path(catalog: &Catalog, entry: &Entry) -> String {
    match &catalog.layout {
        Some(_) => format!("{}Kind::{}", catalog.type_name, entry.variant),
        None => format!("{}::{}", catalog.type_name, entry.variant),
    }
}

/// The facts of a match, one `label  value` line each.
fn facts(catalog: &Catalog, m: &Match<'_>) -> Vec<(String, String)> {
    let entry = m.entry;
    let mut lines = vec![
        ("code".to_owned(), code_text(catalog, &m.code)),
        ("rust".to_owned(), rust_path(catalog, entry)),
    ];
    if let Code::Int(value) = &m.code {
        if let Some(decoded) = catalog.decode(*value) {
            for field in decoded.fields {
                let mut text = match field.named {
                    Some(named) => format!("{} ({})", named.label, field.value),
                    None if field.field.values.is_empty() => {
                        format!("{} ({:#X})", field.value, field.value)
                    }
                    None => format!("{} (a value the catalog does not name)", field.value),
                };
                if let Some(message) = field.named.and_then(|n| n.messages.as_ref()?.first()) {
                    let _ = write!(text, ": {message}");
                }
                lines.push((field.field.name.clone(), text));
            }
        }
    }
    if !entry.aliases.is_empty() {
        let aliases: Vec<&str> = entry.aliases.iter().map(|a| a.name.as_str()).collect();
        lines.push(("aliases".to_owned(), aliases.join(", ")));
    }
    if let Some(group) = entry.group.and_then(|g| catalog.groups.get(g)) {
        let title = group
            .titles
            .first()
            .map_or(group.id.as_str(), String::as_str);
        lines.push(("group".to_owned(), title.to_owned()));
    }
    if let Some(status) = entry.http_status {
        lines.push(("HTTP status".to_owned(), status.to_string()));
    }
    lines.push((
        "retryable".to_owned(),
        if entry.retryable { "yes" } else { "no" }.to_owned(),
    ));
    if let Some(description) = &entry.description {
        lines.push(("description".to_owned(), description.clone()));
    }
    for (locale, message) in catalog.locales.iter().zip(&entry.messages) {
        lines.push((format!("message {locale}"), message.clone()));
    }
    lines
}

fn describe(searched: &[Loaded], m: &Match<'_>) -> String {
    let Some(loaded) = searched.get(m.catalog) else {
        return String::new();
    };
    let catalog = &loaded.catalog;
    let mut text = format!(
        "{} {} {}\n",
        out::paint(out::BOLD, &m.token),
        out::paint(out::LABEL, "in"),
        out::paint(
            out::BOLD,
            &format!("{}: {}", loaded.text.name, m.entry.name)
        ),
    );
    let lines = facts(catalog, m);
    let width = lines
        .iter()
        .map(|(label, _)| label.len())
        .max()
        .unwrap_or(0);
    for (label, value) in lines {
        let padded = format!("{label:width$}");
        let _ = writeln!(text, "  {}  {value}", out::paint(out::LABEL, &padded));
    }
    text
}

fn json(searched: &[Loaded], m: &Match<'_>) -> Value {
    #[derive(Serialize)]
    struct FieldJson {
        name: String,
        value: u32,
        label: Option<String>,
        messages: Map<String, Value>,
    }
    let Some(loaded) = searched.get(m.catalog) else {
        return Value::Null;
    };
    let catalog = &loaded.catalog;
    let entry = m.entry;
    let messages = |texts: &[String]| crate::out::by_locale(&catalog.locales, texts);
    let (code, hex_code, decimal) = match &m.code {
        Code::Text(text) => (Value::String(text.clone()), None, None),
        Code::Int(value) => (
            Value::from(*value),
            Some(hex(catalog, *value)),
            Some(*value),
        ),
    };
    let decoded = match &m.code {
        Code::Int(value) => catalog.decode(*value),
        Code::Text(_) => None,
    };
    let fields: Vec<FieldJson> = decoded.map_or_else(Vec::new, |decoded| {
        decoded
            .fields
            .into_iter()
            .map(|f| FieldJson {
                name: f.field.name.clone(),
                value: f.value,
                label: f.named.map(|n| n.label.clone()),
                messages: f
                    .named
                    .and_then(|n| n.messages.as_deref())
                    .map(messages)
                    .unwrap_or_default(),
            })
            .collect()
    });
    serde_json::json!({
        "token": m.token,
        "catalog": loaded.text.name,
        "type_name": catalog.type_name,
        "rust": rust_path(catalog, entry),
        "name": entry.name,
        "aliases": entry.aliases.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
        "code": code,
        "hex": hex_code,
        "decimal": decimal,
        "fields": fields,
        "group": entry.group.and_then(|g| catalog.groups.get(g)).map(|g| g.id.clone()),
        "group_titles": entry
            .group
            .and_then(|g| catalog.groups.get(g))
            .map(|g| messages(&g.titles)),
        "http_status": entry.http_status,
        "retryable": entry.retryable,
        "description": entry.description,
        "messages": messages(&entry.messages),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<(String, Vec<Number>)> {
        tokens(line)
            .into_iter()
            .map(|t| (t.text, t.codes))
            .collect()
    }

    #[test]
    fn words_of_a_log_line() {
        assert_eq!(
            texts("player stopped: error 0x20200194 (http 404)."),
            [
                ("player".to_owned(), vec![]),
                ("stopped".to_owned(), vec![]),
                ("error".to_owned(), vec![]),
                ("0x20200194".to_owned(), vec![Number::Bits(0x2020_0194)]),
                ("http".to_owned(), vec![]),
                ("404".to_owned(), vec![Number::Value(404)]),
            ]
        );
        assert_eq!(texts("7"), [("7".to_owned(), vec![Number::Value(7)])]);
        assert_eq!(
            texts("12:00:01 exit 7"),
            [
                ("12".to_owned(), vec![]),
                ("00".to_owned(), vec![]),
                ("01".to_owned(), vec![]),
                ("exit".to_owned(), vec![]),
                ("7".to_owned(), vec![]),
            ]
        );
        assert_eq!(
            texts("code=-43001, OperationDenied.Suspended."),
            [
                ("code".to_owned(), vec![]),
                ("-43001".to_owned(), vec![Number::Value(-43001)]),
                ("OperationDenied.Suspended".to_owned(), vec![]),
            ]
        );
    }

    #[test]
    fn hex_without_0x() {
        assert_eq!(
            numbers("20200194"),
            [Number::Value(20_200_194), Number::Bits(0x2020_0194)]
        );
        assert_eq!(numbers("2001000A"), [Number::Bits(0x2001_000A)]);
        assert_eq!(numbers("deadbeef"), []);
        assert_eq!(numbers("0x123456789"), []);
        assert_eq!(numbers("99999999999999999999"), []);
        assert_eq!(numbers("-"), []);
    }
}
