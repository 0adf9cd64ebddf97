//! Writing a catalog's TOML: the layout (tables, keys, comments) here, the values (strings with
//! their quotes and escapes, arrays, integers) by `toml_writer`.

use toml_writer::{ToTomlValue, WriteTomlValue};

/// The `[catalog]` table of a catalog with one locale, `en`.
pub(crate) struct Header<'a> {
    pub(crate) type_name: &'a str,
    pub(crate) title: &'a str,
    pub(crate) description: &'a str,
    pub(crate) vendor: &'a str,
    pub(crate) source: &'a str,
    pub(crate) code_type: &'a str,
    pub(crate) name_prefix: Option<&'a str>,
}

/// A catalog being written, line by line.
pub(crate) struct CatalogText {
    out: String,
}

impl CatalogText {
    /// A catalog that starts with `comment`, one `#` line per line of it.
    pub(crate) fn new(comment: &str) -> Self {
        let mut text = Self { out: String::new() };
        text.comment(comment);
        text
    }

    /// `# line` for each line of `comment` (a bare `#` for an empty one).
    pub(crate) fn comment(&mut self, comment: &str) {
        for line in comment.lines() {
            self.out.push('#');
            if !line.is_empty() {
                self.out.push(' ');
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
    }

    /// The `[catalog]` table.
    pub(crate) fn header(&mut self, header: &Header<'_>) {
        self.table("catalog");
        self.key("type_name", header.type_name);
        self.key("title", header.title);
        self.key("description", header.description);
        self.key("vendor", header.vendor);
        self.key("source", header.source);
        self.key("code_type", header.code_type);
        self.key("locales", ["en"]);
        if let Some(prefix) = header.name_prefix {
            self.key("name_prefix", prefix);
        }
    }

    /// A `[[layout.field]]` table: the field `name` of bits `[high, low]`, with the enum
    /// `type_name` of its values if it has any.
    pub(crate) fn field(&mut self, name: &str, type_name: Option<&str>, bits: [u32; 2], doc: &str) {
        self.array_table("layout.field");
        self.key("name", name);
        if let Some(type_name) = type_name {
            self.key("type_name", type_name);
        }
        self.key("bits", bits);
        self.key("doc", doc);
    }

    /// A `[[layout.field.value]]` table: a value of the field before it, its label and its
    /// message, if it has one.
    pub(crate) fn field_value(&mut self, value: i64, label: &str, message: Option<&str>) {
        self.array_table("layout.field.value");
        self.key("value", value);
        self.key("label", label);
        if let Some(message) = message {
            self.key("message.en", message);
        }
    }

    /// `[name]`, after a blank line.
    pub(crate) fn table(&mut self, name: &str) {
        self.line(&["\n[", name, "]"]);
    }

    /// `[[name]]`, after a blank line.
    pub(crate) fn array_table(&mut self, name: &str) {
        self.line(&["\n[[", name, "]]"]);
    }

    /// `key = value`; `key` is a bare or dotted key such as `message.en`.
    pub(crate) fn key(&mut self, key: &str, value: impl WriteTomlValue) {
        self.raw(key, &value.to_toml_value());
    }

    /// `key = text`, with `text` written as it is (a code in hex, `0x80070005`).
    pub(crate) fn raw(&mut self, key: &str, text: &str) {
        self.line(&[key, " = ", text]);
    }

    /// `parts`, then a newline.
    fn line(&mut self, parts: &[&str]) {
        self.out.extend(parts.iter().copied());
        self.out.push('\n');
    }

    /// The text.
    pub(crate) fn finish(self) -> String {
        self.out
    }
}
