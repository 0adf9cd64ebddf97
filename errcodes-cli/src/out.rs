//! Writing to the terminal: colour through anstream, which drops it when the output is not a
//! terminal or `NO_COLOR` is set, and no panic when the reader has gone (`errcodes list | head`).

use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Style};

use crate::Failure;

/// The style of `error:` in rustc's output.
pub(crate) const ERROR: Style = AnsiColor::BrightRed.on_default().effects(Effects::BOLD);
/// The style of `warning:`.
pub(crate) const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
/// The style of headings and names.
pub(crate) const BOLD: Style = Style::new().effects(Effects::BOLD);
/// The style of labels in front of facts.
pub(crate) const LABEL: Style = AnsiColor::BrightBlue.on_default();
/// The style of what is fine.
pub(crate) const GOOD: Style = AnsiColor::Green.on_default().effects(Effects::BOLD);

/// `text` in `style`.
pub(crate) fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// `error: message`, as rustc starts one.
pub(crate) fn error_line(message: &str) -> String {
    format!("{}{} {message}", paint(ERROR, "error"), paint(BOLD, ":"))
}

/// `warning: message`.
pub(crate) fn warning_line(message: &str) -> String {
    format!(
        "{}{} {message}",
        paint(WARNING, "warning"),
        paint(BOLD, ":")
    )
}

/// Texts by locale, as JSON: `{"en": "…", "zh": "…"}`, for messages and group titles.
pub(crate) fn by_locale(
    locales: &[String],
    texts: &[String],
) -> serde_json::Map<String, serde_json::Value> {
    locales
        .iter()
        .zip(texts)
        .map(|(l, t)| (l.clone(), serde_json::Value::String(t.clone())))
        .collect()
}

/// Writes `text` to standard output. A reader that has gone away (a closed pipe) ends the
/// output quietly.
pub(crate) fn print(text: &str) -> Result<(), Failure> {
    ignore_closed_pipe(anstream::stdout().lock().write_all(text.as_bytes()))
}

/// Writes `text` to standard error.
pub(crate) fn eprint(text: &str) {
    // If standard error is closed there is nowhere left to say anything.
    let _ = anstream::stderr().lock().write_all(text.as_bytes());
}

/// Writes `value` as pretty JSON and a newline to standard output.
pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::error(format!("cannot write JSON: {e}")))?;
    // Plain standard output: JSON never carries colour.
    let mut stdout = io::stdout().lock();
    ignore_closed_pipe(
        stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.write_all(b"\n")),
    )
}

fn ignore_closed_pipe(result: io::Result<()>) -> Result<(), Failure> {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Failure::error(format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}
