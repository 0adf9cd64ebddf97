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
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let col = before.get(line_start..).unwrap_or_default().chars().count() + 1;
        (line, col)
    }

    /// `line:col` of a byte offset, for messages that point at a second place.
    pub fn at(&self, offset: usize) -> String {
        let (line, col) = self.line_col(offset);
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
}
