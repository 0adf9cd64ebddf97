//! Reading the tables and lists of a vendor page with a markdown parser (pulldown-cmark, tables
//! enabled), and collecting the failures of a check over every row.
//!
//! Shared by the test targets through `mod pages;`; not a test target itself (see
//! `autotests = false` in Cargo.toml). Each target uses part of it.
#![allow(dead_code)]

use std::fmt::{self, Debug, Display};
use std::path::PathBuf;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A row of a table on a vendor page.
pub struct Row {
    /// The page's file name, for messages.
    pub page: &'static str,
    /// The line of the row on the page, for messages.
    pub line: usize,
    /// The text of the `##` heading the table stands under.
    pub heading: String,
    /// The header cells of the table.
    pub header: Vec<String>,
    /// The cells of the row: the text of the markdown, without its markup.
    pub cells: Vec<String>,
    /// For each cell, whether all of its text is bold (`**…**`): some pages write a section
    /// header as a table row whose first cell is bold.
    pub bold: Vec<bool>,
}

impl Row {
    /// The cell under the header `name`; panics if the table has no such column.
    pub fn cell(&self, name: &str) -> &str {
        let column = self
            .header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{self}: no column {name:?} in {:?}", self.header));
        &self.cells[column]
    }

    /// Whether the table has a column with the header `name`.
    pub fn has(&self, name: &str) -> bool {
        self.header.iter().any(|h| h == name)
    }

    /// Whether the row is a section header: its first cell is all bold and the others empty.
    pub fn is_section(&self) -> bool {
        self.bold.first() == Some(&true) && self.cells[1..].iter().all(String::is_empty)
    }
}

/// `page:line`, to say which row an assertion is about.
impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.page, self.line)
    }
}

/// The text of `catalogs/sources/<page>` in the errcodes repository (`page` may be in a folder:
/// `windows/winerror.h`).
pub fn read(page: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../catalogs/sources")
        .join(page);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every body row of every table on the page, in page order.
///
/// A cell's text is the concatenation of its `Text` and `Code` events: escapes (`\_`, `\(`) are
/// resolved, emphasis and links are reduced to their text (whether a cell is all bold is kept in
/// `Row::bold`). Any other inline content (HTML, footnotes, math) fails the test, since the
/// tests would not know what it means.
pub fn rows(page: &'static str) -> Vec<Row> {
    let text = read(page);
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;

    let mut rows = Vec::new();
    let mut heading = String::new();
    let mut in_heading = false;
    let mut header: Vec<String> = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut bold: Vec<bool> = Vec::new();
    let mut cell: Option<String> = None;
    // Whether the current cell has text, and text outside bold; how deep in bold it is.
    let (mut has_text, mut has_plain, mut strong) = (false, false, 0_usize);
    let mut row_line = 0;

    for (event, range) in Parser::new_ext(&text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                heading.clear();
                in_heading = true;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => in_heading = false,
            // A table head's cells are collected like a row's, then kept as the header.
            Event::Start(Tag::TableHead) => {
                cells.clear();
                bold.clear();
            }
            Event::End(TagEnd::TableHead) => {
                header = std::mem::take(&mut cells);
                bold.clear();
            }
            Event::Start(Tag::TableRow) => {
                cells.clear();
                bold.clear();
                row_line = line_of(range.start);
            }
            Event::End(TagEnd::TableRow) => rows.push(Row {
                page,
                line: row_line,
                heading: heading.clone(),
                header: header.clone(),
                cells: std::mem::take(&mut cells),
                bold: std::mem::take(&mut bold),
            }),
            Event::Start(Tag::TableCell) => {
                cell = Some(String::new());
                (has_text, has_plain, strong) = (false, false, 0);
            }
            Event::End(TagEnd::TableCell) => {
                let text = cell.take().expect("a cell ends after it starts");
                cells.push(text.trim().to_owned());
                bold.push(has_text && !has_plain);
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(cell) = &mut cell {
                    cell.push_str(&t);
                    if !t.trim().is_empty() {
                        has_text = true;
                        has_plain |= strong == 0;
                    }
                } else if in_heading {
                    heading.push_str(&t);
                }
            }
            Event::Start(Tag::Strong) if cell.is_some() => strong += 1,
            Event::End(TagEnd::Strong) if cell.is_some() => strong -= 1,
            Event::Start(Tag::Emphasis | Tag::Link { .. })
            | Event::End(TagEnd::Emphasis | TagEnd::Link)
                if cell.is_some() => {}
            other if cell.is_some() => {
                panic!(
                    "{page}:{}: unexpected markdown in a table cell: {other:?}",
                    line_of(range.start)
                )
            }
            _ => {}
        }
    }
    rows
}

/// An item of a bulleted or numbered list on a vendor page.
pub struct Item {
    /// The page's file name, for messages.
    pub page: &'static str,
    /// The line of the item on the page, for messages.
    pub line: usize,
    /// The text of the `##` heading the list stands under.
    pub heading: String,
    /// The text of the item, without its markup, as a cell's (see `rows`); line breaks inside
    /// the item are spaces.
    pub text: String,
}

/// `page:line`, to say which item an assertion is about.
impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.page, self.line)
    }
}

/// Every item of every list on the page, in page order. Items of nested lists are items of
/// their own, and do not add to their parent's text.
pub fn items(page: &'static str) -> Vec<Item> {
    let text = read(page);
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;

    let mut items = Vec::new();
    let mut heading = String::new();
    let mut in_heading = false;
    // The items being read, innermost last: their line and text.
    let mut open: Vec<(usize, String)> = Vec::new();

    for (event, range) in Parser::new_ext(&text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H2,
                ..
            }) => {
                heading.clear();
                in_heading = true;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => in_heading = false,
            Event::Start(Tag::Item) => open.push((line_of(range.start), String::new())),
            Event::End(TagEnd::Item) => {
                let (line, text) = open.pop().expect("an item ends after it starts");
                items.push(Item {
                    page,
                    line,
                    heading: heading.clone(),
                    text: text.trim().to_owned(),
                });
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, item)) = open.last_mut() {
                    item.push_str(&t);
                } else if in_heading {
                    heading.push_str(&t);
                }
            }
            // A line break, or the end of a paragraph of a loose item, separates words.
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph)
                if !open.is_empty() =>
            {
                open.last_mut().expect("an item is open").1.push(' ');
            }
            Event::Start(
                Tag::Strong | Tag::Emphasis | Tag::Link { .. } | Tag::Paragraph | Tag::List(_),
            )
            | Event::End(TagEnd::Strong | TagEnd::Emphasis | TagEnd::Link | TagEnd::List(_))
                if !open.is_empty() => {}
            other if !open.is_empty() => {
                panic!(
                    "{page}:{}: unexpected markdown in a list item: {other:?}",
                    line_of(range.start)
                )
            }
            _ => {}
        }
    }
    // Nested items end before their parents: page order is the order they start in.
    items.sort_by_key(|item| item.line);
    items
}

/// `text` with every `[label](target)` that markdown left as plain text reduced to `label`, and
/// how many there were.
///
/// A link destination cannot contain spaces, so a vendor link such as
/// `[Error codes](/intl.en-US/API Reference/Error codes.md)` is not a link to a markdown parser:
/// its brackets and URL stay in the text. The catalogs keep only the label (the URL is relative
/// to the vendor's site and useless elsewhere), so the tests reduce these the same way, and
/// count them so that a new case cannot slip in unnoticed.
pub fn reduce_unparsed_links(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut count = 0;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(mid) = after.find("](") else { break };
        let Some(close) = after[mid + 2..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&after[..mid]);
        rest = &after[mid + 2 + close + 1..];
        count += 1;
    }
    out.push_str(rest);
    (out, count)
}

/// The failures of a check over many rows, reported all at once so that one run shows every
/// row that is wrong, not just the first.
#[derive(Default)]
pub struct Failures(Vec<String>);

impl Failures {
    /// Records a failure unless `actual == expected`.
    #[allow(clippy::needless_pass_by_value)] // values, not references, read better at the call
    pub fn eq<T: PartialEq + Debug>(
        &mut self,
        at: impl Display,
        what: &str,
        actual: T,
        expected: T,
    ) {
        if actual != expected {
            self.0.push(format!(
                "{at}: {what}\n      actual: {actual:?}\n    expected: {expected:?}"
            ));
        }
    }

    /// Records a failure unless `ok`.
    pub fn check(&mut self, at: impl Display, what: &str, ok: bool) {
        if !ok {
            self.0.push(format!("{at}: {what}"));
        }
    }

    /// Panics with every failure recorded, if any.
    pub fn finish(self, checked: &str) {
        assert!(
            self.0.is_empty(),
            "{} failure(s) in {checked}:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}
