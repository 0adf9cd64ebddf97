//! Problems found in a catalog, where they are, and how to show them.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

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
    /// What is wrong.
    pub message: String,
    /// What to do about it, when there is something to say.
    pub help: Option<String>,
}

/// How [`Diagnostic::report`] writes: plain text, or with the ANSI colours of rustc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// No escape codes: for compile errors, files and pipes.
    Plain,
    /// ANSI colours and bold, for a terminal.
    Color,
}

/// How much a problem shown by [`Diagnostic::report_as`] matters: `error:` or `warning:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Something is wrong: `error:`.
    Error,
    /// Something to review: `warning:`.
    Warning,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            help: None,
        }
    }

    /// The problem with advice on what to do.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The message and the advice in one sentence: `message: help`.
    pub fn text(&self) -> String {
        match &self.help {
            Some(help) => format!("{}: {help}", self.message),
            None => self.message.clone(),
        }
    }

    /// `path:line:col: message: help`, on one line, as compilers write it in short form.
    pub fn render(&self, source: &Source<'_>) -> String {
        let (line, col) = source.line_col(self.span.start);
        format!("{}:{line}:{col}: {}", source.path, self.text())
    }

    /// The problem as rustc shows one: `error:` and the message, ` --> path:line:col`, the
    /// catalog's line with a caret under the span, and `= help:` with the advice.
    ///
    /// ```
    /// use errcodes_catalog::{Diagnostic, Source, Style};
    ///
    /// let source = Source::new("catalogs/x.toml", "[catalog]\ntitel = \"X\"\n");
    /// let problem = Diagnostic::new(10..15, "unknown key `titel` in [catalog]")
    ///     .with_help("expected one of type_name, title");
    /// assert_eq!(
    ///     problem.report(&source, Style::Plain),
    ///     "\
    /// error: unknown key `titel` in [catalog]
    ///  --> catalogs/x.toml:2:1
    ///   |
    /// 2 | titel = \"X\"
    ///   | ^^^^^
    ///   |
    ///   = help: expected one of type_name, title",
    /// );
    /// ```
    pub fn report(&self, source: &Source<'_>, style: Style) -> String {
        self.report_as(source, style, Severity::Error)
    }

    /// The problem as [`Diagnostic::report`] shows it, as an error or as a warning: for tools
    /// that report on other files in the same look, such as the pages `errcodes import` reads.
    pub fn report_as(&self, source: &Source<'_>, style: Style, severity: Severity) -> String {
        // annotate-snippets wants a span within the text, on character boundaries.
        let text = source.text;
        let mut start = self.span.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = self.span.end.clamp(start, text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        // A span that covers several lines is shown by its first line, as a caret there.
        if let Some(newline) = text.get(start..end).and_then(|s| s.find('\n')) {
            end = start + newline;
        }
        let snippet = Snippet::source(text)
            .path(source.path)
            .annotation(AnnotationKind::Primary.span(start..end));
        let level = match severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut group = level.primary_title(&self.message).element(snippet);
        if let Some(help) = &self.help {
            group = group.element(Level::HELP.message(help));
        }
        let renderer = match style {
            Style::Plain => Renderer::plain(),
            Style::Color => Renderer::styled(),
        };
        renderer.render(&[group])
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
    fn report_of_an_empty_span_at_the_end_and_mid_character() {
        let source = Source::new("x.toml", "a = \"错误\"");
        let end = Diagnostic::new(100..100, "the catalog has no entries");
        let report = end.report(&source, Style::Plain);
        assert!(
            report.starts_with("error: the catalog has no entries\n"),
            "{report}"
        );
        assert!(report.contains(" --> x.toml:1:"), "{report}");
        let inside = Diagnostic::new(6..7, "x").report(&source, Style::Plain);
        assert!(inside.contains("1 | a = \"错误\""), "{inside}");
        let colored = Diagnostic::new(0..1, "x").report(&source, Style::Color);
        assert!(colored.contains("\u{1b}["), "{colored}");
        let warning =
            Diagnostic::new(0..1, "x").report_as(&source, Style::Plain, Severity::Warning);
        assert!(
            warning.starts_with("warning: x\n --> x.toml:1:1\n"),
            "{warning}"
        );
    }

    #[test]
    fn report_of_a_span_over_lines_points_at_its_first_line() {
        let source = Source::new("x.toml", "[catalog]\nx = 1\n[[error]]\n");
        let report = Diagnostic::new(0..16, "y").report(&source, Style::Plain);
        assert!(report.contains("1 | [catalog]\n  | ^^^^^^^^^"), "{report}");
        assert!(!report.contains("x = 1"), "{report}");
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
