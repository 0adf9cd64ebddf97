//! A vendor page as the importer sees it: headings, tables and their rows, and lines that look
//! like table rows but stand outside any table, each with its bytes on the page.
//!
//! pulldown-cmark reads the markdown (`CommonMark` with GFM tables); this module only walks its
//! events. The text of a cell is the text the page shows: escapes (`\_`, `\(`) are resolved,
//! bold, emphasis and links are reduced to their text.
//!
//! Vendors' pages, converted from their sites, hold links whose URL has spaces
//! (`[Error codes](/intl.en-US/API Reference/Error codes.md)`), which `CommonMark` does not read as
//! links. The parser reports `[Error codes]` as a link it cannot resolve; when `(` follows it,
//! the importer takes it as a link and leaves its `(…)` destination out, as for any link.

use std::ops::Range;

use pulldown_cmark::{
    BrokenLink, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};

/// A cell of a table: its text without markup, whether all of it is bold, and its bytes.
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    pub(crate) text: String,
    pub(crate) bold: bool,
    pub(crate) span: Range<usize>,
}

/// A body row of a table.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// The cells the row has on the page; a row with fewer cells than its table's header has only
    /// those (the parser's padding is left out), one with more has the header's count.
    pub(crate) cells: Vec<Cell>,
    /// Whether the row has more cells than its table's header (the parser drops them).
    pub(crate) extra: bool,
    pub(crate) span: Range<usize>,
}

/// What the page holds, in page order.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    /// A heading, of any level.
    Heading {
        level: HeadingLevel,
        text: String,
        span: Range<usize>,
    },
    /// The start of a table, with its header cells.
    Table {
        header: Vec<Cell>,
        span: Range<usize>,
    },
    /// A body row of the table last started.
    Row(Row),
    /// A line that starts like a table row but is in a paragraph: a blank line, or a missing
    /// header or delimiter row, put it outside any table. `broken` when the paragraph has a
    /// delimiter row (`|---|---|`), so that it was meant as a table, which markdown does not
    /// read as one because its header and delimiter rows have different numbers of cells.
    Stray { span: Range<usize>, broken: bool },
}

/// A parsed page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Page {
    /// The text of its first level-1 heading, and which block that is.
    pub(crate) title: Option<(String, usize)>,
    /// The text of its first paragraph before any table, as one line.
    pub(crate) intro: Option<String>,
    pub(crate) blocks: Vec<Block>,
}

/// The 1-based line of a byte offset on a page.
#[derive(Debug, Clone)]
pub(crate) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { starts }
    }

    pub(crate) fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).max(1)
    }
}

/// Inline text being collected: a cell's, a heading's or a paragraph's.
#[derive(Default)]
struct Inline {
    text: String,
    /// Whether some text was outside bold, and whether there was text at all.
    plain: bool,
    any: bool,
    strong: usize,
}

impl Inline {
    fn push(&mut self, text: &str) {
        self.text.push_str(text);
        if !text.trim().is_empty() {
            self.any = true;
            self.plain |= self.strong == 0;
        }
    }

    fn finish(self) -> (String, bool) {
        (self.text.trim().to_owned(), self.any && !self.plain)
    }
}

pub(crate) fn parse(markdown: &str) -> Page {
    let options = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut page = Page::default();
    let mut inline: Option<Inline> = None;
    let mut heading_level = HeadingLevel::H1;
    let mut cells: Vec<Cell> = Vec::new();
    let mut row_span = 0..0;
    let mut table_span = 0..0;
    let mut in_metadata = false;
    let mut paragraph: Option<Range<usize>> = None;
    let mut seen_table = false;

    // A label followed by `(`: a link whose destination the parser could not read.
    let broken = |link: BrokenLink<'_>| {
        markdown
            .get(link.span.end..)
            .filter(|rest| rest.starts_with('('))
            .map(|_| (CowStr::from(""), CowStr::from("")))
    };
    let parser = Parser::new_with_broken_link_callback(markdown, options, Some(broken));
    // Whether each open link is such a link, and where its destination's text is.
    let mut links: Vec<bool> = Vec::new();
    let mut destination = Destination::None;

    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            _ if in_metadata => {}
            Event::Start(Tag::Heading { level, .. }) => {
                heading_level = level;
                inline = Some(Inline::default());
            }
            Event::End(TagEnd::Heading(_)) => {
                let (text, _) = inline.take().unwrap_or_default().finish();
                if heading_level == HeadingLevel::H1 && page.title.is_none() {
                    page.title = Some((text.clone(), page.blocks.len()));
                }
                page.blocks.push(Block::Heading {
                    level: heading_level,
                    text,
                    span: range,
                });
            }
            Event::Start(Tag::Paragraph) => {
                paragraph = Some(range);
                inline = Some(Inline::default());
            }
            Event::End(TagEnd::Paragraph) => {
                let (text, _) = inline.take().unwrap_or_default().finish();
                let span = paragraph.take().unwrap_or(range);
                let strays = stray_rows(markdown, span);
                if strays.is_empty() && page.intro.is_none() && !seen_table && !text.is_empty() {
                    page.intro = Some(text);
                }
                page.blocks.extend(
                    strays
                        .into_iter()
                        .map(|(span, broken)| Block::Stray { span, broken }),
                );
            }
            Event::Start(Tag::Table(_)) => {
                seen_table = true;
                table_span = range;
            }
            Event::Start(Tag::TableHead) => cells.clear(),
            Event::End(TagEnd::TableHead) => page.blocks.push(Block::Table {
                header: std::mem::take(&mut cells),
                span: table_span.clone(),
            }),
            Event::Start(Tag::TableRow) => {
                cells.clear();
                row_span = range;
            }
            Event::End(TagEnd::TableRow) => {
                let row = std::mem::take(&mut cells);
                page.blocks
                    .push(Block::Row(finish_row(markdown, row, row_span.clone())));
            }
            Event::Start(Tag::TableCell) => {
                inline = Some(Inline::default());
                cells.push(Cell {
                    text: String::new(),
                    bold: false,
                    span: range,
                });
            }
            Event::End(TagEnd::TableCell) => {
                let (text, bold) = inline.take().unwrap_or_default().finish();
                if let Some(cell) = cells.last_mut() {
                    cell.text = text;
                    cell.bold = bold;
                }
            }
            Event::Start(Tag::Link { link_type, .. }) => {
                links.push(link_type == LinkType::ShortcutUnknown);
            }
            Event::End(TagEnd::Link) if links.pop() == Some(true) => {
                destination = Destination::Next;
            }
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) => {
                let text = destination.skip(&text);
                if let Some(inline) = &mut inline {
                    inline.push(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(inline) = &mut inline {
                    inline.push(" ");
                }
            }
            // `<br>` in a cell is a line break; other inline HTML is markup, left out.
            Event::InlineHtml(html) => {
                if let Some(inline) = &mut inline {
                    if html.trim_start_matches('<').starts_with("br") {
                        inline.push(" ");
                    }
                }
            }
            Event::Start(Tag::Strong) => {
                if let Some(inline) = &mut inline {
                    inline.strong += 1;
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some(inline) = &mut inline {
                    inline.strong = inline.strong.saturating_sub(1);
                }
            }
            _ => {}
        }
    }
    page
}

/// Where the `(…)` destination of a link the parser could not read is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Destination {
    None,
    /// The next text starts with it.
    Next,
    /// The text is in it, up to its `)`.
    Inside,
}

impl Destination {
    /// The part of `text` that is not in the destination.
    fn skip<'t>(&mut self, mut text: &'t str) -> &'t str {
        if *self == Self::Next {
            match text.strip_prefix('(') {
                Some(rest) => (*self, text) = (Self::Inside, rest),
                None => *self = Self::None,
            }
        }
        if *self == Self::Inside {
            match text.split_once(')') {
                Some((_, rest)) => (*self, text) = (Self::None, rest),
                None => text = "",
            }
        }
        text
    }
}

/// A row as the page has it: the parser pads a short row with empty cells at the row's end (left
/// out here) and drops the cells of a long one (noted in `extra`).
fn finish_row(markdown: &str, mut cells: Vec<Cell>, span: Range<usize>) -> Row {
    cells.retain(|cell| !(cell.span.is_empty() && cell.span.start >= span.end));
    let last_end = cells.last().map_or(span.start, |cell| cell.span.end);
    let rest = markdown.get(last_end..span.end).unwrap_or_default().trim();
    let extra = !rest.is_empty() && rest != "|";
    Row { cells, extra, span }
}

/// The lines of a paragraph that start like a table row, `|` and another `|` after it, and
/// whether one of them is a delimiter row, of `|`, `-`, `:` and spaces only.
fn stray_rows(markdown: &str, span: Range<usize>) -> Vec<(Range<usize>, bool)> {
    let Some(text) = markdown.get(span.clone()) else {
        return Vec::new();
    };
    let mut strays = Vec::new();
    let mut delimiter = false;
    let mut start = span.start;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('|') && trimmed.get(1..).is_some_and(|rest| rest.contains('|')) {
            let lead = line.len() - line.trim_start().len();
            strays.push(start + lead..start + lead + trimmed.len());
            delimiter |= trimmed.contains('-') && trimmed.chars().all(|c| "|-: ".contains(c));
        }
        start += line.len();
    }
    strays.into_iter().map(|s| (s, delimiter)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(page: &Page) -> Vec<&Row> {
        page.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Row(row) => Some(row),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn cells_lose_their_markup() {
        let page = parse(
            "# T\n\nIntro\ntext.\n\n|a|b|\n|-|-|\n|ERROR\\_X|see [docs](x.md), **bold** \\(y\\)|\n|**Section**||\n",
        );
        assert_eq!(page.title.as_ref().map(|t| t.0.as_str()), Some("T"));
        assert_eq!(page.intro.as_deref(), Some("Intro text."));
        let rows = rows(&page);
        assert_eq!(rows[0].cells[0].text, "ERROR_X");
        assert_eq!(rows[0].cells[1].text, "see docs, bold (y)");
        assert_eq!(rows[1].cells[0].text, "Section");
        assert!(!rows[0].cells[1].bold);
        assert!(rows[1].cells[0].bold);
        assert_eq!(rows[1].cells.len(), 2);
    }

    #[test]
    fn links_with_spaces_in_their_url_are_links() {
        let page = parse(
            "|a|\n|-|\n|see [Error codes](/en/API Reference/Error codes.md).|\n|[x] and [y](z w) (v)|\n",
        );
        let rows = rows(&page);
        assert_eq!(rows[0].cells[0].text, "see Error codes.");
        assert_eq!(rows[1].cells[0].text, "[x] and y (v)");
    }

    #[test]
    fn short_and_long_rows_are_seen() {
        let page = parse("|a|b|c|\n|-|-|-|\n|1|2|\n|1|2|3|4|\n|1||3|\n");
        let rows = rows(&page);
        assert_eq!(rows[0].cells.len(), 2);
        assert!(!rows[0].extra);
        assert_eq!(rows[1].cells.len(), 3);
        assert!(rows[1].extra);
        assert_eq!(rows[2].cells.len(), 3);
        assert!(!rows[2].extra);
    }

    #[test]
    fn rows_outside_tables_are_strays() {
        let text = "|a|b|\n|-|-|\n|1|2|\n\n|3|4|\nnot a row | really\n";
        let page = parse(text);
        let strays: Vec<_> = page
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Stray { span, .. } => Some(&text[span.clone()]),
                _ => None,
            })
            .collect();
        assert_eq!(strays, ["|3|4|"]);
    }

    #[test]
    fn lines_are_one_based() {
        let lines = Lines::new("a\nb\n\nc");
        assert_eq!(lines.line(0), 1);
        assert_eq!(lines.line(2), 2);
        assert_eq!(lines.line(5), 4);
        assert_eq!(lines.line(100), 4);
    }
}
