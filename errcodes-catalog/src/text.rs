//! A catalog file's bytes as text, or where they stop being UTF-8.

use std::fmt;

use crate::{Diagnostic, Source, Style};

/// The text of a catalog file, which TOML requires to be UTF-8; or where it is not.
///
/// ```
/// let error = errcodes_catalog::decode(b"title = \"Caf\xE9\"\n").unwrap_err();
/// assert_eq!((error.line, error.column), (1, 13));
/// assert_eq!(
///     error.render("catalogs/x.toml"),
///     "catalogs/x.toml:1:13: the catalog is not UTF-8 (byte 0xE9 here is no UTF-8 \
///      character): save it as UTF-8",
/// );
/// ```
pub fn decode(bytes: &[u8]) -> Result<&str, NotUtf8> {
    std::str::from_utf8(bytes).map_err(|e| NotUtf8::new(bytes, &e))
}

/// A catalog file that is not UTF-8: where its first byte that is not, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8 {
    /// The offset of the first byte that is not UTF-8.
    pub offset: usize,
    /// Its 1-based line.
    pub line: usize,
    /// Its 1-based column, in characters, as [`Source::line_col`] counts them.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl NotUtf8 {
    fn new(bytes: &[u8], error: &std::str::Utf8Error) -> Self {
        let offset = error.valid_up_to();
        let (before, rest) = bytes.split_at(offset);
        // `before` is UTF-8: `valid_up_to` says so.
        let before = std::str::from_utf8(before).unwrap_or_default();
        let (line, column) = Source::new("", before).line_col(offset);
        let what = match (rest.first(), error.error_len()) {
            _ if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) => {
                "it looks like UTF-16".to_owned()
            }
            (Some(byte), Some(_)) => format!("byte {byte:#04X} here is no UTF-8 character"),
            _ => "the file ends inside a character".to_owned(),
        };
        Self {
            offset,
            line,
            column,
            message: format!("the catalog is not UTF-8 ({what})"),
            help: "save it as UTF-8".to_owned(),
        }
    }

    /// The problem as rustc shows one, as [`Diagnostic::report`] shows a catalog's: the line,
    /// with what is not UTF-8 in it shown as `�`, and a caret under it. `bytes` are the file's.
    ///
    /// ```
    /// let bytes = b"[catalog]\ntitle = \"Caf\xE9\"\n";
    /// let error = errcodes_catalog::decode(bytes).unwrap_err();
    /// let report = error.report("x.toml", bytes, errcodes_catalog::Style::Plain);
    /// assert!(report.contains(" --> x.toml:2:13\n"), "{report}");
    /// assert!(report.contains("2 | title = \"Caf\u{FFFD}\"\n  |             ^"), "{report}");
    /// assert!(report.ends_with("= help: save it as UTF-8"), "{report}");
    /// ```
    pub fn report(&self, path: &str, bytes: &[u8], style: Style) -> String {
        // Everything before the offset is UTF-8, so the offset is the same in the lossy text.
        let text = String::from_utf8_lossy(bytes);
        Diagnostic::new(self.offset..self.offset + 1, &self.message)
            .with_help(&self.help)
            .report(&Source::new(path, &text), style)
    }

    /// `path:line:col: message`, as [`Diagnostic::render`](crate::Diagnostic::render) writes a
    /// problem.
    pub fn render(&self, path: &str) -> String {
        format!("{path}:{self}")
    }
}

impl fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.line, self.column, self.message, self.help
        )
    }
}

impl std::error::Error for NotUtf8 {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_text() {
        assert_eq!(decode("a = \"错误\"\n".as_bytes()), Ok("a = \"错误\"\n"));
        assert_eq!(decode(b""), Ok(""));
    }

    #[test]
    fn where_it_stops() {
        // Line 3, after "b = \"错" (6 characters, 8 bytes).
        let bytes = b"a = 1\n\nb = \"\xE9\x94\x99\xFF\"\n";
        let error = decode(bytes).unwrap_err();
        assert_eq!((error.offset, error.line, error.column), (15, 3, 7));
        assert!(error.message.contains("byte 0xFF"), "{}", error.message);
        assert_eq!(
            error.render("x.toml"),
            "x.toml:3:7: the catalog is not UTF-8 (byte 0xFF here is no UTF-8 character): \
             save it as UTF-8"
        );
    }

    #[test]
    fn a_cut_character_and_utf16() {
        let error = decode(b"a = \"\xE9\x94").unwrap_err();
        assert_eq!((error.line, error.column), (1, 6));
        assert!(error.message.contains("ends inside a character"));
        let error = decode(b"\xFF\xFEa\0").unwrap_err();
        assert_eq!((error.line, error.column), (1, 1));
        assert!(error.message.contains("UTF-16"));
    }
}
