//! Turns a vendor's page of error-code tables (markdown) into an errcodes catalog (TOML).
//!
//! Vendors publish their error codes as markdown pipe tables, one per section of a page.
//! [`import_page`] reads such a page with a markdown parser, recognises the columns vendors use,
//! in English and Chinese (name, hex, decimal, code, message, description, HTTP status, type),
//! and writes a catalog in the format documented in `catalogs/README.md` of the errcodes
//! repository, which `errcodes::error_catalog!` compiles. Every row it cannot turn into an entry,
//! and every guess it makes, is a [`Problem`] with its line on the page: nothing is dropped
//! silently.
//!
//! ```
//! let page = "\
//! ## Request errors
//!
//! |Error definition|Hex|Decimal|Description|
//! |---|---|---|---|
//! |ERROR\\_NO\\_RESPONSE|0x20010001|536936449|The server returns no response.|
//! |ERROR\\_WRONG\\_JSON|20010002|536936451|The response is not JSON.|
//! ";
//! let options = errcodes_import::ImportOptions {
//!     name: Some("my_player".into()),
//!     ..Default::default()
//! };
//! let imported = errcodes_import::import_page(page, &options);
//! assert!(imported.toml.contains("type_name = \"MyPlayerError\""));
//! assert!(imported.toml.contains("name = \"ERROR_NO_RESPONSE\"\ncode = 0x20010001"));
//! // The second row's decimal code is not its hex code: reported at line 6 of the page.
//! assert_eq!(imported.problems[0].line, 6);
//! assert_eq!(imported.problems[0].severity, errcodes_import::Severity::Error);
//! ```
//!
//! # What it reads
//!
//! A table is imported when it has a code column; a header is recognised by the words it
//! contains (case does not matter), the first rule that matches winning:
//!
//! | column | header words |
//! |---|---|
//! | hex | `hex`, `16进制`, `十六进制` |
//! | decimal | `decimal`, `10进制`, `十进制` |
//! | HTTP status | `http` |
//! | name | `name`, `definition`, `定义`, `名称`, `常量` |
//! | type | `type`, `类型` |
//! | message | `message`, `信息`, `消息`, `提示` |
//! | description | `description`, `meaning`, `描述`, `说明`, `含义`, `解释` |
//! | code | `code`, `码`, `错误值`, `value` |
//!
//! A code is read from the hex and decimal columns (which must agree) or from the code column:
//! hex with `0x`, decimal, or else a string code. The message is the message column, or the
//! description column when there is none; the description is then the type column, if any.
//! Headings, and rows alone in bold in a table, start sections, which become groups; the page's
//! first level-1 heading is its title and its first paragraph the catalog's description.
//!
//! # Problems
//!
//! A [`Problem`] is at a page (0 for the main page, `i` for the `i`-th merge page), a 1-based
//! line and a byte span of that page, with a [`Severity`], a message saying what is wrong and
//! what the importer did, and, most often, help saying what to do. A tool prints it as a
//! compiler does, `alibaba_player.en.md:115: warning: …`, or as rustc does, with the page's line,
//! a caret under the span and `= help:`.

mod build;
mod merge;
mod page;
mod table;
mod write;

use std::ops::Range;

use errcodes_catalog::Source;

use crate::page::Lines;

/// What to import, besides the page itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The catalog's name (`alibaba_player`), from which the type name comes
    /// (`AlibabaPlayerError`). A command-line tool passes the page's file stem when the user
    /// gives no name. Without one, the type is `ImportedError`.
    pub name: Option<String>,
    /// The locale of the page's messages and titles, the catalog's default locale: `en` unless
    /// set.
    pub locale: String,
    /// Pages of the same table in other languages, as `(locale, markdown)`: each adds its
    /// messages and section titles as another locale, matched to the main page's rows by name or
    /// code. In [`Problem::page`], the first is page 1.
    pub merge: Vec<(String, String)>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self {
            name: None,
            locale: "en".to_owned(),
            merge: Vec::new(),
        }
    }
}

/// The result of an import: the catalog, and what the importer could not do or had to guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The catalog, in the documented TOML format. It loads without errors with
    /// `errcodes_catalog::load` unless a [`Problem`] says it does not (a page without any
    /// table, or a name Rust cannot take).
    pub toml: String,
    /// Every problem, in page order: the main page's, then each merge page's.
    pub problems: Vec<Problem>,
}

impl Imported {
    /// Whether some problem is an [`Severity::Error`]: something on the page is not in the
    /// catalog, or may be wrong in it.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// A row the importer could not turn into an entry, or a guess it made, at its place on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which page: 0 for the main page, `i` for the `i`-th of [`ImportOptions::merge`].
    pub page: usize,
    /// The 1-based line on that page. A problem about the whole page is at line 1.
    pub line: usize,
    /// The bytes of the page the problem is about (a row, a cell, a header), for a renderer
    /// that underlines them; empty for a problem about the whole page.
    pub span: Range<usize>,
    /// Whether the catalog lacks something of the page, or holds a guess to review.
    pub severity: Severity,
    /// What is wrong, and what the importer did about it, without the place.
    pub message: String,
    /// What to do about it, when there is something to say: a renderer shows it as rustc's
    /// `= help:` line.
    pub help: Option<String>,
}

impl Problem {
    /// The message and the help in one line: `message: help`.
    pub fn text(&self) -> String {
        match &self.help {
            Some(help) => format!("{}: {help}", self.message),
            None => self.message.clone(),
        }
    }
}

/// How much a [`Problem`] matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something on the page is not in the catalog (a row left out, a page without tables, a
    /// merge row that matches nothing) or may be wrong in it (hex and decimal codes that
    /// disagree). A command-line tool exits with a failure status.
    Error,
    /// The catalog holds a guess to review: a proposed name, an alias made of a row repeating a
    /// code, a message copied from the default locale, a column left out.
    Warning,
}

impl std::fmt::Display for Severity {
    /// `error` or `warning`, as compilers write them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// Imports a vendor's page: its tables become the catalog's entries, its sections the groups.
///
/// Each table needs a code column: hex, decimal (both, and they are cross-checked), or a code
/// column of hex (with `0x`), decimal or string codes; the other columns it recognises are the
/// name, message, description, HTTP status and type (kept as the description when the table
/// has no other). When a table has no message column, its description is the message. A row in
/// bold standing alone in a table starts a section, as a heading does. The code type is `string`
/// if most codes are strings, else `i32` if a code is negative, else `u32`; the notation is hex
/// if a code is written in hex. A row repeating the code of an earlier one becomes its alias.
///
/// Never panics, whatever the markdown; see [`Imported`] for what comes back.
pub fn import_page(markdown: &str, options: &ImportOptions) -> Imported {
    let locale = if options.locale.is_empty() {
        "en"
    } else {
        options.locale.as_str()
    };
    let lines = Lines::new(markdown);
    let mut notes = Vec::new();
    let page = page::parse(markdown);
    let read = table::read(&page, &mut notes);
    no_tables(&read, &mut notes);
    let title = page
        .title
        .as_ref()
        .map(|(text, _)| text.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Error codes.".to_owned());
    let mut draft = build::draft(
        &read,
        build::type_name(options.name.as_deref()),
        title,
        page.intro.clone(),
        locale,
        &lines,
        &mut notes,
    );
    no_entries(&draft, &read, &mut notes);

    let mut merge_problems = Vec::new();
    for (i, (merge_locale, merge_page)) in options.merge.iter().enumerate() {
        let merge_lines = Lines::new(merge_page);
        let mut merge_notes = Vec::new();
        if merge_locale.is_empty() || draft.locales.contains(merge_locale) {
            merge_notes.push(
                Note::error(
                    0..0,
                    format!(
                        "the locale `{merge_locale}` of this page is {}: the page is left out",
                        if merge_locale.is_empty() {
                            "empty"
                        } else {
                            "already the locale of another page"
                        }
                    ),
                )
                .help("give each page its own locale"),
            );
        } else {
            let merge_read = table::read(&page::parse(merge_page), &mut merge_notes);
            no_tables(&merge_read, &mut merge_notes);
            draft.locales.push(merge_locale.clone());
            for group in &mut draft.groups {
                group.titles.push(None);
            }
            for entry in &mut draft.entries {
                entry.messages.push(None);
            }
            merge::merge(&mut draft, &merge_read, &merge_lines, &mut merge_notes);
            // A page without rows is reported once, not at each entry.
            let report = !merge_read.records.is_empty();
            fill_missing(&mut draft, merge_locale, report, &mut notes);
        }
        merge_problems.extend(problems(i + 1, &merge_lines, merge_notes));
    }

    let written = write::write(&draft);
    // A draft without entries is reported by `no_tables`.
    if !draft.entries.is_empty() {
        check(&written, &mut notes);
    }
    let mut all = problems(0, &lines, notes);
    all.extend(merge_problems);
    Imported {
        toml: written.toml,
        problems: all,
    }
}

/// A problem before its page and line are known.
#[derive(Debug, Clone)]
pub(crate) struct Note {
    span: Range<usize>,
    severity: Severity,
    message: String,
    help: Option<String>,
}

impl Note {
    pub(crate) fn error(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span,
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn warning(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span,
            severity: Severity::Warning,
            message: message.into(),
            help: None,
        }
    }

    /// The note with advice on what to do.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// The notes of page `page` as problems, in page order.
fn problems(page: usize, lines: &Lines, mut notes: Vec<Note>) -> Vec<Problem> {
    notes.sort_by_key(|n| n.span.start);
    notes
        .into_iter()
        .map(|n| Problem {
            page,
            line: lines.line(n.span.start),
            span: n.span,
            severity: n.severity,
            message: n.message,
            help: n.help,
        })
        .collect()
}

/// A note when a page gives no entry at all.
fn no_tables(read: &table::Read, notes: &mut Vec<Note>) {
    if read.tables == 0 {
        notes.push(
            Note::error(0..0, "this page has no table: there is nothing to import").help(
                "a table is a header row, a |---| delimiter row under it, and a row per code",
            ),
        );
    } else if read.records.is_empty() {
        notes.push(Note::error(
            0..0,
            "no row of this page's tables gives a code: there is nothing to import",
        ));
    }
}

/// A note when the main page's rows give no entry, each left out for its own reason.
fn no_entries(draft: &build::Draft, read: &table::Read, notes: &mut Vec<Note>) {
    if draft.entries.is_empty() && !read.records.is_empty() {
        notes.push(Note::error(
            0..0,
            "no row of this page's tables could be imported (each is reported at its line): \
             there is nothing to import",
        ));
    }
}

/// Gives the entries and groups that a merge page did not match their default-locale text in
/// `locale`, with a warning on the main page if `report`.
fn fill_missing(draft: &mut build::Draft, locale: &str, report: bool, notes: &mut Vec<Note>) {
    let default = draft.locales.first().cloned().unwrap_or_default();
    let mut warn = |span: &Range<usize>, what: String| {
        if report {
            notes.push(
                Note::warning(
                    span.clone(),
                    format!("{what}: its {locale} text is a copy of its {default} one"),
                )
                .help("translate it in the catalog"),
            );
        }
    };
    for entry in &mut draft.entries {
        if copy_default(&mut entry.messages) {
            warn(
                &entry.span,
                format!("no row of the {locale} page matches {}", entry.name),
            );
            entry.comments.push(format!(
                "no {locale} row matches: message.{locale} is a copy"
            ));
        }
    }
    for group in &mut draft.groups {
        if copy_default(&mut group.titles) {
            warn(
                &group.span,
                format!("no section of the {locale} page matches this one"),
            );
        }
    }
}

/// Copies the first text into the last if the last is missing; whether it did.
fn copy_default(texts: &mut [Option<String>]) -> bool {
    if let [first, .., last @ None] = texts {
        last.clone_from(first);
        return true;
    }
    false
}

/// Loads the catalog as `error_catalog!` would: whatever it would reject (a name Rust cannot
/// take, two names giving one variant) is an error at the row it comes from.
fn check(written: &write::Written, notes: &mut Vec<Note>) {
    let source = Source::new("imported.toml", &written.toml);
    let Err(diagnostics) = errcodes_catalog::load(&source) else {
        return;
    };
    for diagnostic in diagnostics {
        let span = written
            .places
            .iter()
            .rev()
            .find(|(at, _)| *at <= diagnostic.span.start)
            .map_or(0..0, |(_, span)| span.clone());
        notes.push(Note::error(
            span,
            format!("the catalog does not load: {}", diagnostic.message),
        ));
    }
}
