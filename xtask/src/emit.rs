//! Writing catalog TOML: the text the imports return.

use std::fmt::Write as _;

/// `text` as a TOML string, with the escapes TOML needs.
pub(crate) fn string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// `items` as a TOML array of strings on one line.
pub(crate) fn strings<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(string).collect();
    format!("[{}]", items.join(", "))
}

/// `text` as comment lines, each starting `# ` (or `#` for a blank line).
pub(crate) fn comment(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                "#\n".to_owned()
            } else {
                format!("# {line}\n")
            }
        })
        .collect()
}

/// A `[[layout.field.value]]` table: a value of a field, its label and its English message.
pub(crate) fn field_value(out: &mut String, value: i64, label: &str, message: Option<&str>) {
    let label = string(label);
    write!(
        out,
        "\n[[layout.field.value]]\nvalue = {value}\nlabel = {label}\n"
    )
    .unwrap();
    if let Some(message) = message {
        writeln!(out, "message.en = {}", string(message)).unwrap();
    }
}

/// Starts an `[[error]]` table: its name, and its code as the catalog writes it (`5`,
/// `0x80070005`).
pub(crate) fn entry(out: &mut String, name: &str, code: &str) {
    write!(out, "\n[[error]]\nname = {}\ncode = {code}\n", string(name)).unwrap();
}

/// A line `key = "text"`, when there is a text.
pub(crate) fn optional(out: &mut String, key: &str, text: Option<&str>) {
    if let Some(text) = text {
        writeln!(out, "{key} = {}", string(text)).unwrap();
    }
}
