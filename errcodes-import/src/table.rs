//! The rows of a page's tables read as records: which column holds what, the code each row
//! gives, and the section each row stands in.

use std::fmt::Write as _;
use std::ops::Range;

use pulldown_cmark::HeadingLevel;

use crate::page::{Block, Cell, Page, Row};
use crate::Note;

/// What a table column holds, recognised from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Name,
    Hex,
    Decimal,
    Code,
    Message,
    Description,
    HttpStatus,
    Type,
}

impl Column {
    /// The column a header names, in English or Chinese, if any. The first rule that matches
    /// wins, so that "Error code in hexadecimal notation" is hex, not code, and "HTTP status
    /// code" is the HTTP status.
    pub(crate) fn of(header: &str) -> Option<Self> {
        const RULES: &[(Column, &[&str])] = &[
            (Column::Hex, &["hex", "16进制", "十六进制"]),
            (Column::Decimal, &["decimal", "10进制", "十进制"]),
            (Column::HttpStatus, &["http"]),
            (
                Column::Name,
                &["name", "definition", "定义", "名称", "常量"],
            ),
            (Column::Type, &["type", "类型"]),
            (Column::Message, &["message", "信息", "消息", "提示"]),
            (
                Column::Description,
                &["description", "meaning", "描述", "说明", "含义", "解释"],
            ),
            (Column::Code, &["code", "码", "错误值", "value"]),
        ];
        let header = header.to_lowercase();
        RULES
            .iter()
            .find(|(_, words)| words.iter().any(|w| header.contains(w)))
            .map(|(column, _)| *column)
    }

    fn label(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Hex => "hex",
            Self::Decimal => "decimal",
            Self::Code => "code",
            Self::Message => "message",
            Self::Description => "description",
            Self::HttpStatus => "HTTP status",
            Self::Type => "type",
        }
    }
}

/// A code as a row writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Written {
    /// In hex, with or without `0x`.
    Hex(u64),
    /// In decimal.
    Decimal(i64),
    /// A string code, such as `OperationDenied.Suspended`.
    Text(String),
}

/// A section of a page: a heading, or a table row in bold standing alone.
#[derive(Debug, Clone)]
pub(crate) struct Section {
    pub(crate) title: String,
    pub(crate) span: Range<usize>,
}

/// A table row that gives a code.
#[derive(Debug, Clone)]
pub(crate) struct Record {
    pub(crate) span: Range<usize>,
    pub(crate) section: Option<usize>,
    pub(crate) name: Option<String>,
    pub(crate) code: Written,
    /// The code cell as the page writes it, for messages.
    pub(crate) code_text: String,
    pub(crate) message: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) http_status: Option<u16>,
}

/// A page's sections and records, and what could not be read.
#[derive(Debug, Default)]
pub(crate) struct Read {
    pub(crate) sections: Vec<Section>,
    pub(crate) records: Vec<Record>,
    pub(crate) tables: usize,
}

/// A table's columns: for each kind, the index of the first column of that kind.
#[derive(Debug, Default)]
struct Columns {
    at: Vec<(Column, usize)>,
    count: usize,
}

impl Columns {
    fn get(&self, column: Column) -> Option<usize> {
        self.at.iter().find(|(c, _)| *c == column).map(|(_, i)| *i)
    }

    fn has_code(&self) -> bool {
        [Column::Hex, Column::Decimal, Column::Code]
            .iter()
            .any(|c| self.get(*c).is_some())
    }
}

pub(crate) fn read(page: &Page, notes: &mut Vec<Note>) -> Read {
    let mut read = Read::default();
    let title_block = page.title.as_ref().map(|(_, block)| *block);
    let mut heading_section: Option<usize> = None;
    let mut section: Option<usize> = None;
    // The columns of the current table; `None` for a table without a code column.
    let mut columns: Option<Columns> = None;

    for (i, block) in page.blocks.iter().enumerate() {
        match block {
            Block::Heading { text, span, level } => {
                if Some(i) == title_block && *level == HeadingLevel::H1 {
                    heading_section = None;
                } else {
                    read.sections.push(Section {
                        title: text.clone(),
                        span: span.clone(),
                    });
                    heading_section = Some(read.sections.len() - 1);
                }
                section = heading_section;
                columns = None;
            }
            Block::Table { header, span } => {
                read.tables += 1;
                section = heading_section;
                columns = table_columns(header, span, page, i, notes);
            }
            Block::Row(row) => {
                let Some(columns) = &columns else { continue };
                if let Some(title) = section_row(row) {
                    read.sections.push(Section {
                        title,
                        span: row.span.clone(),
                    });
                    section = Some(read.sections.len() - 1);
                } else if let Some(mut record) = record(row, columns, notes) {
                    record.section = section;
                    read.records.push(record);
                }
            }
            Block::Stray { span, broken } => notes.push(if *broken {
                Note::error(
                    span.clone(),
                    "this line is in a table that markdown does not read as one, because its \
                     header row and its |---| delimiter row have different numbers of cells: it \
                     is left out",
                )
                .help("give the delimiter row one |---| per column")
            } else {
                Note::error(
                    span.clone(),
                    "this line looks like a table row but stands outside any table: it is left \
                     out",
                )
                .help(
                    "join it to its table: a blank line ends a table, and a table starts with a \
                     header row and a |---| delimiter row",
                )
            }),
        }
    }
    read
}

/// The columns of a table, with a note for each header the importer does not know; `None`, with
/// a note, for a table without a code column.
fn table_columns(
    header: &[Cell],
    span: &Range<usize>,
    page: &Page,
    block: usize,
    notes: &mut Vec<Note>,
) -> Option<Columns> {
    let mut columns = Columns {
        at: Vec::new(),
        count: header.len(),
    };
    let mut unknown = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        match Column::of(&cell.text) {
            Some(column) if columns.get(column).is_some() => unknown.push(Note::warning(
                cell.span.clone(),
                format!(
                    "a second {} column, `{}`: its cells are left out",
                    column.label(),
                    cell.text
                ),
            )),
            Some(column) => columns.at.push((column, i)),
            None => unknown.push(
                Note::warning(
                    cell.span.clone(),
                    format!(
                        "column `{}` is none the importer knows: its cells are left out",
                        cell.text
                    ),
                )
                .help(
                    "the importer knows name, hex, decimal, code, message, description, HTTP \
                     status and type columns, in English and Chinese",
                ),
            ),
        }
    }
    if columns.has_code() {
        notes.extend(unknown);
        return Some(columns);
    }
    let rows = page
        .blocks
        .iter()
        .skip(block + 1)
        .take_while(|b| matches!(b, Block::Row(_)))
        .count();
    notes.push(
        Note::error(
            span.start..span.start,
            format!(
                "this table has no code column (hex, decimal or code): its {rows} row{} left out",
                if rows == 1 { " is" } else { "s are" }
            ),
        )
        .help("name the column of the codes `Code`, if it has one"),
    );
    None
}

/// The title of a row that is a section header: its first cell all bold, the others empty.
fn section_row(row: &Row) -> Option<String> {
    let (first, rest) = row.cells.split_first()?;
    (first.bold && !row.extra && rest.iter().all(|c| c.text.is_empty())).then(|| first.text.clone())
}

/// The record of a row, or `None` with a note saying why it is left out. An empty row is left
/// out without a note: it holds nothing.
fn record(row: &Row, columns: &Columns, notes: &mut Vec<Note>) -> Option<Record> {
    if row.cells.iter().all(|c| c.text.is_empty()) && !row.extra {
        return None;
    }
    if row.extra || row.cells.len() != columns.count {
        let what = if row.extra { "more" } else { "fewer" };
        notes.push(
            Note::error(
                row.span.clone(),
                format!(
                    "this row has {what} cells than the table's {} columns, so its cells may be \
                     shifted: it is left out",
                    columns.count
                ),
            )
            .help("give it one cell per column: an empty cell is `| |`, a `|` inside a cell `\\|`"),
        );
        return None;
    }
    let cell = |column: Column| {
        columns
            .get(column)
            .and_then(|i| row.cells.get(i))
            .filter(|c| !c.text.is_empty())
    };
    let (code, code_text) = code(row, &cell, notes)?;
    let message = cell(Column::Message).or_else(|| cell(Column::Description));
    let description = if cell(Column::Message).is_some() {
        cell(Column::Description).or_else(|| cell(Column::Type))
    } else {
        cell(Column::Type)
    };
    let http_status = cell(Column::HttpStatus).and_then(|c| match c.text.parse::<u16>() {
        Ok(status) if (100..=599).contains(&status) => Some(status),
        _ => {
            notes.push(Note::warning(
                c.span.clone(),
                format!(
                    "`{}` is not an HTTP status (100 to 599): it is left out",
                    c.text
                ),
            ));
            None
        }
    });
    Some(Record {
        span: row.span.clone(),
        section: None,
        name: cell(Column::Name).map(|c| c.text.clone()),
        code,
        code_text,
        message: message.map(|c| c.text.clone()),
        description: description.map(|c| c.text.clone()),
        http_status,
    })
}

/// The code of a row: from its hex and decimal cells, cross-checked when it has both, or from
/// its code cell.
fn code<'r>(
    row: &Row,
    cell: &dyn Fn(Column) -> Option<&'r Cell>,
    notes: &mut Vec<Note>,
) -> Option<(Written, String)> {
    let hex = cell(Column::Hex);
    let decimal = cell(Column::Decimal);
    let code = cell(Column::Code);
    let parsed_hex = hex.map(|c| (c, parse_hex(&c.text)));
    let parsed_decimal = decimal.map(|c| (c, c.text.parse::<i64>().ok()));
    for (c, ok, what, help) in [
        parsed_hex.map(|(c, v)| {
            (
                c,
                v.is_some(),
                "a hex number",
                "write it in hex, 0x optional",
            )
        }),
        parsed_decimal.map(|(c, v)| (c, v.is_some(), "a decimal number", "write it in decimal")),
    ]
    .into_iter()
    .flatten()
    {
        if !ok {
            notes.push(
                Note::error(
                    c.span.clone(),
                    format!("`{}` is not {what}: the row is left out", c.text),
                )
                .help(help),
            );
            return None;
        }
    }
    match (parsed_hex, parsed_decimal) {
        (Some((h, Some(hex))), Some((d, Some(decimal)))) => {
            if !same_code(hex, decimal) {
                let mut message = format!(
                    "the hex code `{}` is {hex}, but the decimal column says {decimal}",
                    h.text
                );
                if let Ok(decimal) = u64::try_from(decimal) {
                    let _ = write!(message, " (0x{decimal:X})");
                }
                message.push_str(": the entry takes the hex code");
                notes.push(
                    Note::error(d.span.clone(), message)
                        .help("check which one the vendor means, and correct the catalog"),
                );
            }
            Some((Written::Hex(hex), h.text.clone()))
        }
        (Some((h, Some(hex))), None) => Some((Written::Hex(hex), h.text.clone())),
        (None, Some((d, Some(decimal)))) => Some((Written::Decimal(decimal), d.text.clone())),
        _ => match code {
            Some(c) => Some((parse_code(&c.text), c.text.clone())),
            None => {
                notes.push(
                    Note::error(row.span.clone(), "this row has no code: it is left out")
                        .help("write its code in the code column"),
                );
                None
            }
        },
    }
}

/// Whether a hex and a decimal cell give the same code: the same number, or, for a negative
/// decimal code, its 32 bits (as HRESULTs are written).
fn same_code(hex: u64, decimal: i64) -> bool {
    u64::try_from(decimal).map_or_else(
        |_| {
            i32::try_from(decimal)
                .is_ok_and(|d| u64::from(u32::from_ne_bytes(d.to_ne_bytes())) == hex)
        },
        |d| d == hex,
    )
}

/// A hex number, with or without `0x`.
pub(crate) fn parse_hex(text: &str) -> Option<u64> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(digits, 16).ok()
}

/// A code cell: hex with `0x`, a decimal number, or else a string code.
pub(crate) fn parse_code(text: &str) -> Written {
    if text.starts_with("0x") || text.starts_with("0X") {
        if let Some(hex) = parse_hex(text) {
            return Written::Hex(hex);
        }
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(decimal) = text.parse::<i64>() {
            return Written::Decimal(decimal);
        }
    }
    Written::Text(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_of_the_vendor_pages() {
        let cases = [
            ("Error definition", Column::Name),
            ("Error code in hexadecimal notation", Column::Hex),
            ("Error code in decimal notation", Column::Decimal),
            ("Description", Column::Description),
            ("错误定义", Column::Name),
            ("16进制错误值", Column::Hex),
            ("10进制错误值", Column::Decimal),
            ("错误含义", Column::Description),
            ("Error code", Column::Code),
            ("Error message", Column::Message),
            ("HTTP status code", Column::HttpStatus),
            ("错误码", Column::Code),
            ("错误类型", Column::Type),
            ("描述", Column::Description),
            ("含义说明", Column::Description),
            ("amp.errorCode.[name]", Column::Name),
            ("Codes, Bits [27-0] (28 bits)", Column::Code),
        ];
        for (header, column) in cases {
            assert_eq!(Column::of(header), Some(column), "{header}");
        }
        assert_eq!(Column::of("Remarks"), None);
    }

    #[test]
    fn codes() {
        assert_eq!(parse_hex("0x2001010A"), Some(0x2001_010A));
        assert_eq!(parse_hex("2001010a"), Some(0x2001_010A));
        assert_eq!(parse_hex("0x"), None);
        assert_eq!(parse_hex("20 01"), None);
        assert_eq!(parse_code("-43001"), Written::Decimal(-43001));
        assert_eq!(parse_code("0x0100000"), Written::Hex(0x10_0000));
        assert_eq!(
            parse_code("OperationDenied.Suspended"),
            Written::Text("OperationDenied.Suspended".into())
        );
        assert_eq!(parse_code("-"), Written::Text("-".into()));
        assert!(same_code(0x2001_0001, 536_936_449));
        assert!(same_code(0x8000_4001, -2_147_467_263));
        assert!(!same_code(0x2001_0002, 536_936_451));
    }
}
