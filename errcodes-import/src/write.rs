//! The draft written as a catalog in the documented layout: `[catalog]`, the `[[group]]`s, then
//! one `[[error]]` per entry in page order, messages as dotted `message.<locale>` keys, codes in
//! the catalog's notation. `toml_writer` quotes the keys and escapes the strings.

use std::fmt;
use std::ops::Range;

use errcodes_catalog::{Code, CodeType, Notation};
use toml_writer::TomlWrite as _;

use crate::build::{Draft, Entry};

/// The catalog, and for each place in it (a byte offset where a table starts) the bytes of the
/// main page it comes from, in order.
pub(crate) struct Written {
    pub(crate) toml: String,
    pub(crate) places: Vec<(usize, Range<usize>)>,
}

const HEADER: &str = "\
# Imported from a vendor's page by errcodes-import. Review it before use: the title, the
# names the page does not give, and the comments above entries; and add what a page does not
# say (vendor, source, retryable).
";

pub(crate) fn write(draft: &Draft) -> Written {
    let mut out = Written {
        toml: String::new(),
        places: Vec::new(),
    };
    // Writing to a String cannot fail.
    let _ = write_catalog(draft, &mut out);
    out
}

fn write_catalog(draft: &Draft, out: &mut Written) -> fmt::Result {
    let toml = &mut out.toml;
    toml.push_str(HEADER);
    toml.newline()?;
    header(toml, "catalog")?;
    key_value(toml, "type_name", &draft.type_name)?;
    key_value(toml, "title", &draft.title)?;
    if let Some(description) = &draft.description {
        key_value(toml, "description", description)?;
    }
    let code_type = match draft.code_type {
        CodeType::U16 => "u16",
        CodeType::U32 => "u32",
        CodeType::I32 => "i32",
        CodeType::String => "string",
    };
    key_value(toml, "code_type", code_type)?;
    if draft.code_type != CodeType::String {
        let notation = match draft.notation {
            Notation::Hex => "hex",
            Notation::Decimal => "decimal",
        };
        key_value(toml, "notation", notation)?;
    }
    key_value(toml, "locales", &draft.locales)?;

    for group in &draft.groups {
        out.places.push((out.toml.len(), group.span.clone()));
        let toml = &mut out.toml;
        toml.newline()?;
        array_header(toml, "group")?;
        key_value(toml, "id", &group.id)?;
        for (locale, title) in draft.locales.iter().zip(&group.titles) {
            localized(toml, "title", locale, title.as_deref().unwrap_or_default())?;
        }
    }
    for entry in &draft.entries {
        out.places.push((out.toml.len(), entry.span.clone()));
        write_entry(draft, entry, &mut out.toml)?;
    }
    Ok(())
}

fn write_entry(draft: &Draft, entry: &Entry, toml: &mut String) -> fmt::Result {
    toml.newline()?;
    for comment in &entry.comments {
        toml.open_comment()?;
        toml.space()?;
        // A comment ends at the end of its line.
        toml.push_str(&comment.replace(['\n', '\r'], " "));
        toml.newline()?;
    }
    array_header(toml, "error")?;
    match &entry.code {
        Code::Text(code) => {
            if *code != entry.name {
                key_value(toml, "name", &entry.name)?;
            }
            key_value(toml, "code", code)?;
        }
        Code::Int(code) => {
            key_value(toml, "name", &entry.name)?;
            toml.key("code")?;
            keyval_sep(toml)?;
            match draft.notation {
                // `0x` and eight upper-case digits, as the catalog's Display writes it; a
                // negative code in an i32 catalog as its 32 bits.
                Notation::Hex => toml.push_str(&draft.notation.format(&entry.code)),
                Notation::Decimal => toml.value(*code)?,
            }
            toml.newline()?;
        }
    }
    if let Some(variant) = &entry.variant {
        key_value(toml, "variant", variant)?;
    }
    if let Some(group) = entry.group.and_then(|g| draft.groups.get(g)) {
        key_value(toml, "group", &group.id)?;
    }
    if !entry.aliases.is_empty() {
        key_value(toml, "aliases", &entry.aliases)?;
    }
    for (locale, message) in draft.locales.iter().zip(&entry.messages) {
        localized(
            toml,
            "message",
            locale,
            message.as_deref().unwrap_or_default(),
        )?;
    }
    if let Some(description) = &entry.description {
        key_value(toml, "description", description)?;
    }
    if let Some(status) = entry.http_status {
        toml.key("http_status")?;
        keyval_sep(toml)?;
        toml.value(status)?;
        toml.newline()?;
    }
    Ok(())
}

fn header(toml: &mut String, name: &str) -> fmt::Result {
    toml.open_table_header()?;
    toml.key(name)?;
    toml.close_table_header()?;
    toml.newline()
}

fn array_header(toml: &mut String, name: &str) -> fmt::Result {
    toml.open_array_of_tables_header()?;
    toml.key(name)?;
    toml.close_array_of_tables_header()?;
    toml.newline()
}

fn keyval_sep(toml: &mut String) -> fmt::Result {
    toml.space()?;
    toml.keyval_sep()?;
    toml.space()
}

fn key_value(toml: &mut String, key: &str, value: impl toml_writer::WriteTomlValue) -> fmt::Result {
    toml.key(key)?;
    keyval_sep(toml)?;
    toml.value(value)?;
    toml.newline()
}

/// `key.locale = "text"`.
fn localized(toml: &mut String, key: &str, locale: &str, text: &str) -> fmt::Result {
    toml.key(key)?;
    toml.key_sep()?;
    toml.key(locale)?;
    keyval_sep(toml)?;
    toml.value(text)?;
    toml.newline()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_and_keys_quoted() {
        let mut toml = String::new();
        localized(&mut toml, "message", "zh-Hant", "a \"quote\" and \\").unwrap();
        localized(&mut toml, "message", "x y", "plain").unwrap();
        assert_eq!(
            toml,
            "message.zh-Hant = 'a \"quote\" and \\'\nmessage.\"x y\" = \"plain\"\n"
        );
    }
}
