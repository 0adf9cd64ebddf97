//! Problems found in a catalog, and where they are.

use std::ops::Range;

/// A catalog's text and the path to show in messages.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The path as the user should read it, such as `catalogs/my_api.toml`.
    pub path: &'a str,
    /// The catalog's TOML text.
    pub text: &'a str,
}

impl<'a> Source<'a> {
    /// A source named `path` with the text `text`.
    pub const fn new(path: &'a str, text: &'a str) -> Self {
        Self { path, text }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = self.text.get(..offset).unwrap_or(self.text);
        // `find` and `chars().count()` run core's optimized search and count, which matters in
        // the unoptimized build of a proc macro reading a catalog of megabytes.
        let mut line = 1;
        let mut rest = before;
        while let Some(newline) = rest.find('\n') {
            line += 1;
            rest = rest.get(newline + 1..).unwrap_or_default();
        }
        (line, rest.chars().count() + 1)
    }

    /// `line:col` of a byte offset, for messages that point at a second place.
    pub fn at(&self, offset: usize) -> String {
        let (line, col) = self.line_col(offset);
        format!("{line}:{col}")
    }
}

/// The starts of a text's lines, to find the line and column of many offsets in a large catalog
/// without reading it from the start each time.
pub(crate) struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        let mut at = 0;
        while let Some(newline) = text.get(at..).and_then(|rest| rest.find('\n')) {
            at += newline + 1;
            starts.push(at);
        }
        Self { text, starts }
    }

    /// `line:col` of a byte offset, as [`Source::at`] gives it.
    pub(crate) fn at(&self, offset: usize) -> String {
        let offset = offset.min(self.text.len());
        // The index of the last line start at or before `offset`; `starts[0]` is 0.
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        format!("{line}:{col}")
    }
}

/// One problem in a catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The bytes of the catalog the problem is at.
    pub span: Range<usize>,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
        }
    }

    /// `path:line:col: message`, as compilers write it.
    pub fn render(&self, source: &Source<'_>) -> String {
        let (line, col) = source.line_col(self.span.start);
        format!("{}:{line}:{col}: {}", source.path, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let source = Source::new("x.toml", "a = 1\nb = \"错误\" c\n");
        assert_eq!(source.line_col(0), (1, 1));
        assert_eq!(source.line_col(6), (2, 1));
        let c = source.text.find(" c").unwrap() + 1;
        assert_eq!(source.line_col(c), (2, 10));
        assert_eq!(source.line_col(10_000), (3, 1));
    }

    #[test]
    fn lines_agree_with_line_col() {
        let source = Source::new("x.toml", "a = 1\r\n\nb = \"错误\" c\nlast");
        let lines = Lines::new(source.text);
        for offset in (0..=source.text.len() + 2)
            .filter(|&o| source.text.is_char_boundary(o.min(source.text.len())))
        {
            assert_eq!(lines.at(offset), source.at(offset), "at {offset}");
        }
    }
}
