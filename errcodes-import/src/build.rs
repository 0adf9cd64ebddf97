//! A catalog drafted from a page's records: its code type and notation chosen from the data,
//! one entry per code (a row repeating a code becomes an alias), a name for every entry, and a
//! group per section that has entries.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use errcodes_catalog::{upper_camel_case, Code, CodeType, Notation};

use crate::page::Lines;
use crate::table::{Read, Record, Written};
use crate::Note;

/// A catalog to write.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub(crate) type_name: String,
    pub(crate) title: String,
    pub(crate) description: Option<String>,
    pub(crate) code_type: CodeType,
    pub(crate) notation: Notation,
    pub(crate) locales: Vec<String>,
    pub(crate) groups: Vec<Group>,
    pub(crate) entries: Vec<Entry>,
}

/// A `[[group]]`: a section of the main page.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub(crate) id: String,
    /// Per locale of the draft; `None` until a page gives it.
    pub(crate) titles: Vec<Option<String>>,
    /// Its heading (or bold row) on the main page.
    pub(crate) span: Range<usize>,
}

/// An `[[error]]`.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) code: Code,
    /// The variant, when the name gives none that starts with a capital letter.
    pub(crate) variant: Option<String>,
    pub(crate) group: Option<usize>,
    pub(crate) aliases: Vec<String>,
    /// Per locale of the draft; `None` until a page gives it.
    pub(crate) messages: Vec<Option<String>>,
    pub(crate) description: Option<String>,
    pub(crate) http_status: Option<u16>,
    /// Its row on the main page.
    pub(crate) span: Range<usize>,
    /// Comments for the catalog: the guesses made for this entry.
    pub(crate) comments: Vec<String>,
}

/// The catalog of the main page's records.
pub(crate) fn draft(
    read: &Read,
    type_name: String,
    title: String,
    description: Option<String>,
    locale: &str,
    lines: &Lines,
    notes: &mut Vec<Note>,
) -> Draft {
    let code_type = code_type(&read.records);
    let notation = if code_type != CodeType::String
        && read
            .records
            .iter()
            .any(|r| matches!(r.code, Written::Hex(_)))
    {
        Notation::Hex
    } else {
        Notation::Decimal
    };
    let mut draft = Draft {
        type_name,
        title,
        description,
        code_type,
        notation,
        locales: vec![locale.to_owned()],
        groups: Vec::new(),
        entries: Vec::new(),
    };
    let mut by_code: HashMap<Code, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // A proposed name gives way to every name the page gives, wherever it is.
    let given: HashSet<&str> = read
        .records
        .iter()
        .filter_map(|r| r.name.as_deref())
        .collect();
    // The group of each section of the page, made when the first entry needs it.
    let mut group_of: HashMap<usize, usize> = HashMap::new();

    for record in &read.records {
        let Some(code) = code_of(code_type, record, notes) else {
            continue;
        };
        let (name, proposed) = match (&record.name, &code) {
            (Some(name), _) => (name.clone(), false),
            (None, Code::Text(text)) => (text.clone(), false),
            (None, Code::Int(value)) => {
                let taken = |name: &str| by_name.contains_key(name) || given.contains(name);
                (proposed_name(*value, notation, taken), true)
            }
        };
        let line = |entry: &Entry| lines.line(entry.span.start);
        if let Some(&first) = by_code.get(&code) {
            let entry = &draft.entries[first];
            if entry.name == name || entry.aliases.contains(&name) || proposed {
                notes.push(Note::warning(
                    record.span.clone(),
                    format!(
                        "this row repeats the code {} of the row at line {}: it is left out",
                        record.code_text,
                        line(entry)
                    ),
                ));
            } else if let Some(&other) = by_name.get(&name) {
                notes.push(
                    Note::error(
                        record.span.clone(),
                        format!(
                            "this row has the code of {} (line {}) and the name of the row at \
                             line {}: it is left out",
                            entry.name,
                            line(entry),
                            line(&draft.entries[other])
                        ),
                    )
                    .help("correct the page, or add the name as an alias by hand"),
                );
            } else {
                let differs = record.message.is_some()
                    && record.message != entry.messages.first().cloned().flatten();
                notes.push(Note::warning(
                    record.span.clone(),
                    format!(
                        "{name} has the code {} of {} (line {}): it is made an alias of it{}",
                        record.code_text,
                        entry.name,
                        line(entry),
                        if differs {
                            ", and its own message is left out"
                        } else {
                            ""
                        }
                    ),
                ));
                let entry = &mut draft.entries[first];
                entry.comments.push(format!(
                    "{name} (line {}) has the same code: made an alias",
                    lines.line(record.span.start)
                ));
                entry.aliases.push(name.clone());
                by_name.insert(name, first);
            }
            continue;
        }
        if let Some(&other) = by_name.get(&name) {
            let other = &draft.entries[other];
            notes.push(
                Note::error(
                    record.span.clone(),
                    format!(
                        "the name {name} is already the name of the row at line {} (code {}): \
                         this row is left out",
                        line(other),
                        other.code_text(notation)
                    ),
                )
                .help("give one of them another name"),
            );
            continue;
        }
        let mut comments = Vec::new();
        if proposed {
            notes.push(
                Note::warning(
                    record.span.clone(),
                    format!("this row has no name: it is named {name}"),
                )
                .help("give it a better name in the catalog"),
            );
            comments.push("the page gives no name: this one is proposed".to_owned());
        }
        let message = record.message.clone().unwrap_or_else(|| {
            notes.push(
                Note::warning(
                    record.span.clone(),
                    format!("this row has no message: {name} stands in for it"),
                )
                .help("write its message in the catalog"),
            );
            comments.push("the page gives no message: the name stands in".to_owned());
            name.clone()
        });
        let group = record.section.map(|section| {
            *group_of.entry(section).or_insert_with(|| {
                let s = &read.sections[section];
                draft.groups.push(Group {
                    id: String::new(),
                    titles: vec![Some(s.title.clone())],
                    span: s.span.clone(),
                });
                draft.groups.len() - 1
            })
        });
        by_code.insert(code.clone(), draft.entries.len());
        by_name.insert(name.clone(), draft.entries.len());
        let variant = variant_for(&name, draft.entries.len());
        if let Some(variant) = &variant {
            notes.push(
                Note::warning(
                    record.span.clone(),
                    format!(
                        "the name {name} gives no Rust name that starts with a capital letter: \
                         the variant is {variant}"
                    ),
                )
                .help("name the variant better in the catalog"),
            );
            comments.push(format!(
                "{name} gives no Rust name: variant {variant} is proposed"
            ));
        }
        draft.entries.push(Entry {
            name,
            code,
            variant,
            group,
            aliases: Vec::new(),
            messages: vec![Some(message)],
            description: record.description.clone(),
            http_status: record.http_status,
            span: record.span.clone(),
            comments,
        });
    }
    let mut ids: Vec<String> = Vec::new();
    for (i, group) in draft.groups.iter_mut().enumerate() {
        let title = group.titles.first().cloned().flatten().unwrap_or_default();
        group.id = unique(group_id(&title, i + 1), |id| ids.iter().any(|x| x == id));
        ids.push(group.id.clone());
    }
    draft
}

impl Entry {
    /// Its code, written in `notation`.
    pub(crate) fn code_text(&self, notation: Notation) -> String {
        notation.format(&self.code)
    }
}

/// A variant for an entry whose name gives none that starts with a capital letter: `Error` and
/// the name's `UpperCamelCase` (`40001` → `Error40001`, `错误` → `Error错误`), or `Error` and
/// its position when the name has no letter or digit. `None` when the name's own will do.
fn variant_for(name: &str, index: usize) -> Option<String> {
    let camel = upper_camel_case(name);
    match camel.chars().next() {
        Some(first) if first.is_uppercase() => None,
        Some(_) => Some(format!("Error{camel}")),
        None => Some(format!("Error{}", index + 1)),
    }
}

/// `u32`, `i32` or `string`, from the codes the rows give: strings if most codes are, else `i32`
/// if any is negative. A code of the other kind is then reported, not taken as the type.
fn code_type(records: &[Record]) -> CodeType {
    let text = records
        .iter()
        .filter(|r| matches!(r.code, Written::Text(_)))
        .count();
    if text * 2 > records.len() {
        CodeType::String
    } else if records
        .iter()
        .any(|r| matches!(r.code, Written::Decimal(d) if d < 0))
    {
        CodeType::I32
    } else {
        CodeType::U32
    }
}

/// The code of a record in a catalog of `code_type`, or `None`, with a note, when it is not one.
/// In an `i32` catalog a code written in hex is its 32 bits.
pub(crate) fn code_of(code_type: CodeType, record: &Record, notes: &mut Vec<Note>) -> Option<Code> {
    let fits = match (&record.code, code_type) {
        (Written::Text(text), CodeType::String) => return Some(Code::Text(text.clone())),
        (Written::Hex(_) | Written::Decimal(_), CodeType::String) => {
            notes.push(Note::warning(
                record.span.clone(),
                format!(
                    "the code {} is a number among string codes: it is kept as the string \"{}\"",
                    record.code_text, record.code_text
                ),
            ));
            return Some(Code::Text(record.code_text.clone()));
        }
        (Written::Text(text), _) => {
            notes.push(
                Note::error(
                    record.span.clone(),
                    format!(
                        "the code `{text}` is not a number, as the page's other codes are: the \
                         row is left out"
                    ),
                )
                .help("write its code in decimal, or in hex with 0x"),
            );
            return None;
        }
        (Written::Hex(hex), CodeType::I32) => u32::try_from(*hex)
            .ok()
            .map(|bits| i64::from(i32::from_ne_bytes(bits.to_ne_bytes()))),
        (Written::Hex(hex), _) => u32::try_from(*hex).ok().map(i64::from),
        (Written::Decimal(decimal), CodeType::I32) => i32::try_from(*decimal).ok().map(i64::from),
        (Written::Decimal(decimal), _) => u32::try_from(*decimal).ok().map(i64::from),
    };
    if fits.is_none() {
        notes.push(Note::error(
            record.span.clone(),
            format!(
                "the code {} does not fit in {}: the row is left out",
                record.code_text,
                if code_type == CodeType::I32 {
                    "an i32 (or 32 bits, in hex)"
                } else {
                    "a u32"
                }
            ),
        ));
    }
    fits.map(Code::Int)
}

/// A name for a row without one: `ERROR_` and its code (`ERROR_0x00600003`, `ERROR_4000`,
/// `ERROR_MINUS_43001`), made unique.
fn proposed_name(code: i64, notation: Notation, taken: impl Fn(&str) -> bool) -> String {
    let base = match notation {
        Notation::Hex => format!("ERROR_{}", notation.format(&Code::Int(code))),
        Notation::Decimal if code < 0 => format!("ERROR_MINUS_{}", code.unsigned_abs()),
        Notation::Decimal => format!("ERROR_{code}"),
    };
    unique(base, taken)
}

/// `base`, or `base_2`, `base_3`… if it is taken.
fn unique(base: String, taken: impl Fn(&str) -> bool) -> String {
    if !taken(&base) {
        return base;
    }
    // Fewer names are taken than there are numbers to try.
    (2..=usize::MAX)
        .map(|n| format!("{base}_{n}"))
        .find(|name| !taken(name))
        .unwrap_or(base)
}

/// Words a group id leaves out: every section is about error codes.
const FILLER: &[&str] = &[
    "a", "an", "and", "code", "codes", "err", "error", "errors", "for", "in", "of", "range",
    "related", "start", "the", "value", "values",
];

/// A group id from a section title: its first three ASCII words in lower case, without filler
/// words and numbers (`Request error codes` → `request`); `group_N` when none is left.
fn group_id(title: &str, n: usize) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
        .filter(|w| !FILLER.contains(&w.as_str()))
        .take(3)
        .collect();
    if words.is_empty() {
        format!("group_{n}")
    } else {
        words.join("_")
    }
}

/// The type name for a catalog name: `alibaba_player` → `AlibabaPlayerError`.
pub(crate) fn type_name(name: Option<&str>) -> String {
    let base = name.map(upper_camel_case).unwrap_or_default();
    if !base.starts_with(|c: char| c.is_alphabetic()) {
        "ImportedError".to_owned()
    } else if base.ends_with("Error") {
        base
    } else {
        base + "Error"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_ids() {
        assert_eq!(group_id("Request error codes", 1), "request");
        assert_eq!(
            group_id("ApsaraVideo VOD error codes", 1),
            "apsaravideo_vod"
        );
        assert_eq!(
            group_id("Error codes of time-shifting live streaming", 1),
            "time_shifting_live"
        );
        assert_eq!(
            group_id("MEDIA_ERR_ABORTED errors range (0x0100000 - 0x01FFFFF)", 1),
            "media_aborted"
        );
        assert_eq!(group_id("点播API错误码说明", 1), "api");
        assert_eq!(group_id("视频处理类操作错误码说明", 2), "group_2");
    }

    #[test]
    fn type_names() {
        assert_eq!(type_name(Some("alibaba_player")), "AlibabaPlayerError");
        assert_eq!(type_name(Some("MyApiError")), "MyApiError");
        assert_eq!(type_name(Some("404")), "ImportedError");
        assert_eq!(type_name(None), "ImportedError");
    }

    #[test]
    fn variants_for_names_without_a_capital() {
        assert_eq!(variant_for("ERROR_A", 0), None);
        assert_eq!(variant_for("networkErr", 0), None);
        assert_eq!(variant_for("40001", 0).as_deref(), Some("Error40001"));
        assert_eq!(variant_for("错误", 0).as_deref(), Some("Error错误"));
        assert_eq!(variant_for("--", 6).as_deref(), Some("Error7"));
    }

    #[test]
    fn proposed_names() {
        let taken = |name: &str| name == "ERROR_4000";
        assert_eq!(
            proposed_name(0x60_0003, Notation::Hex, taken),
            "ERROR_0x00600003"
        );
        assert_eq!(
            proposed_name(-43001, Notation::Decimal, taken),
            "ERROR_MINUS_43001"
        );
        assert_eq!(
            proposed_name(4000, Notation::Decimal, taken),
            "ERROR_4000_2"
        );
    }
}
