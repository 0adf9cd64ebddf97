//! TOML text → [`Catalog`]: the shape of the file, its keys and the types of their values.
//!
//! Every problem is pushed to `errors` and reading goes on, so that the user sees all of a
//! file's problems at once; rules that relate entries to each other are in `check`.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::model::{
    Alias, Bits, Catalog, Code, CodeType, Deprecated, Entry, Field, FieldValue, Group, Layout,
    Notation,
};
use crate::naming::{rust_name, upper_camel_case};
use crate::{Diagnostic, Source};

type Value<'i> = Spanned<DeValue<'i>>;

const CATALOG_KEYS: &[&str] = &[
    "type_name",
    "title",
    "description",
    "vendor",
    "source",
    "code_type",
    "notation",
    "locales",
    "name_prefix",
];
const GROUP_KEYS: &[&str] = &["id", "title"];
const LAYOUT_KEYS: &[&str] = &["key", "field"];
const FIELD_KEYS: &[&str] = &["name", "type_name", "bits", "doc", "value"];
const VALUE_KEYS: &[&str] = &["value", "label", "message"];
const ENTRY_KEYS: &[&str] = &[
    "name",
    "code",
    "message",
    "group",
    "variant",
    "aliases",
    "description",
    "http_status",
    "retryable",
    "deprecated",
];

/// Reads the catalog in `source`; `None` if it is too broken to check further. When `errors`
/// is not empty the catalog may be partial (a missing header key is left empty, an entry
/// without messages has none): good enough for `check` to find more problems, not to generate.
pub(crate) fn catalog(source: &Source<'_>, errors: &mut Vec<Diagnostic>) -> Option<Catalog> {
    let root = match DeTable::parse(source.text) {
        Ok(root) => root,
        Err(e) => {
            errors.push(invalid_toml(source.text, &e));
            return None;
        }
    };
    let mut cx = Cx {
        errors,
        text: source.text,
    };
    let whole = root.span();
    let root = root.into_inner();
    if root.is_empty() {
        cx.advise(
            0..0,
            "the catalog is empty",
            "write a [catalog] table and an [[error]] table for each error code, as the catalog \
             format (catalogs/README.md of errcodes) shows",
        );
        return None;
    }
    let mut table = cx.table(
        &root,
        "the top level",
        &["catalog", "layout", "group", "error"],
    );

    let empty = DeTable::new();
    let (header, at) = match table.optional("catalog") {
        Some(value) if value.get_ref().is_table() => (value.get_ref().as_table(), value.span()),
        Some(value) => {
            cx.wrong_type(value, "catalog", "a table, written [catalog]");
            (None, value.span())
        }
        None => {
            cx.advise(
                whole.start..whole.start,
                "missing [catalog] table",
                "add [catalog] with type_name, title, code_type and locales",
            );
            (None, whole.start..whole.start)
        }
    };
    let mut header_fields = cx.table(header.unwrap_or(&empty), "[catalog]", CATALOG_KEYS);
    let header_ok = header.is_some();
    let header_fields_required = |cx: &mut Cx<'_>, fields: &mut Fields<'_, '_>, key: &str| {
        if header_ok {
            fields.required_str(cx, key, at.clone())
        } else {
            None
        }
    };
    let type_name = header_fields_required(&mut cx, &mut header_fields, "type_name");
    let title = header_fields_required(&mut cx, &mut header_fields, "title");
    let description = header_fields.optional_str(&mut cx, "description");
    let vendor = header_fields.optional_str(&mut cx, "vendor");
    let source_url = header_fields.optional_str(&mut cx, "source");
    let code_type =
        header_fields_required(&mut cx, &mut header_fields, "code_type").and_then(|t| {
            match t.get_ref().as_str() {
                "u16" => Some(CodeType::U16),
                "u32" => Some(CodeType::U32),
                "i32" => Some(CodeType::I32),
                "string" => Some(CodeType::String),
                other => {
                    cx.advise(
                        t.span(),
                        format!("unknown code_type `{other}`"),
                        "expected \"u16\", \"u32\", \"i32\" or \"string\"",
                    );
                    None
                }
            }
        });
    let notation = match header_fields.optional_str(&mut cx, "notation") {
        None => Some(Notation::Decimal),
        Some(n) if code_type == Some(CodeType::String) => {
            cx.advise(
                n.span(),
                "notation says how to write integer codes, but code_type is \"string\"",
                "remove notation",
            );
            None
        }
        Some(n) => match n.get_ref().as_str() {
            "decimal" => Some(Notation::Decimal),
            "hex" => Some(Notation::Hex),
            other => {
                cx.advise(
                    n.span(),
                    format!("unknown notation `{other}`"),
                    "expected \"decimal\" or \"hex\"",
                );
                None
            }
        },
    };
    let locales = if header_ok {
        header_fields.locales(&mut cx, at)
    } else {
        None
    };
    let name_prefix = header_fields.optional_str(&mut cx, "name_prefix");
    let prefix = name_prefix.as_ref().map(|p| p.get_ref().as_str());

    let layout = table.optional("layout").and_then(|l| {
        if code_type == Some(CodeType::String) {
            cx.advise(
                l.span(),
                "a [layout] describes integer codes, but code_type is \"string\"",
                "remove one",
            );
            return None;
        }
        if code_type == Some(CodeType::U16) {
            cx.advise(
                l.span(),
                "a [layout] describes 32-bit codes, but code_type is \"u16\"",
                "set code_type = \"u32\" or \"i32\"",
            );
            return None;
        }
        cx.layout(l, locales.as_deref()?)
    });
    let groups = table
        .array_of_tables(&mut cx, "group")
        .iter()
        .filter_map(|g| cx.group(g, locales.as_deref()))
        .collect::<Vec<_>>();
    let entry_tables = table.array_of_tables(&mut cx, "error");
    let wrong_type = table
        .optional("error")
        .is_some_and(|v| !v.get_ref().is_array());
    if entry_tables.is_empty() && !wrong_type {
        cx.advise(
            whole.end..whole.end,
            "the catalog has no entries",
            "add an [[error]] table for each error code",
        );
    }
    let entries = entry_tables
        .iter()
        .filter_map(|e| cx.entry(e, locales.as_deref(), code_type, &groups, prefix))
        .collect::<Vec<_>>();

    // What failed above is reported; the placeholders below only let `check` go on.
    let type_name = type_name.unwrap_or_else(|| Spanned::new(0..0, String::new()));
    Some(Catalog {
        type_name_span: type_name.span(),
        type_name: type_name.into_inner(),
        title: title.map(Spanned::into_inner).unwrap_or_default(),
        description: description.map(Spanned::into_inner),
        vendor: vendor.map(Spanned::into_inner),
        source: source_url.map(Spanned::into_inner),
        code_type: code_type.unwrap_or(CodeType::U32),
        notation: notation.unwrap_or(Notation::Decimal),
        locales: locales.unwrap_or_default(),
        name_prefix: name_prefix.map(Spanned::into_inner),
        layout,
        groups,
        entries,
    })
}

/// The problem of a text that is not TOML, where it is and what to do, in the words of the
/// TOML parser where they say it well.
fn invalid_toml(text: &str, error: &toml::de::Error) -> Diagnostic {
    // TOML allows no control character but tab, and newline as LF or CR LF; the parser's
    // message for one says what it expected instead, not what it found.
    let control = text.char_indices().find(|&(i, c)| {
        c.is_ascii_control()
            && !matches!(c, '\t' | '\n')
            && !(c == '\r' && text.get(i + 1..).is_some_and(|rest| rest.starts_with('\n')))
    });
    if let Some((at, '\r')) = control {
        return Diagnostic::new(
            at..at + 1,
            "invalid TOML: a carriage return (CR) without a line feed",
        )
        .with_help("TOML lines end in LF or CR LF, so save the file with LF line endings");
    }
    if let Some((at, c)) = control {
        return Diagnostic::new(
            at..at + c.len_utf8(),
            format!(
                "invalid TOML: a control character, U+{:04X}, which TOML does not allow",
                u32::from(c)
            ),
        )
        .with_help(format!(
            "remove it, or in a string write it as the escape \\u{:04X}",
            u32::from(c)
        ));
    }
    let message = error.message().trim_end();
    let message = message
        .strip_suffix(", expected nothing")
        .unwrap_or(message);
    match error.span() {
        _ if message == "recursion limit" => {
            // The parser gives no place for a dotted key of too many parts: find it.
            let at = longest_dotted_key(text);
            Diagnostic::new(
                at..at,
                "invalid TOML: a dotted key of more parts than the TOML parser reads (80)",
            )
            .with_help("shorten it")
        }
        Some(span) if message.starts_with("cannot recurse further") => Diagnostic::new(
            span,
            "invalid TOML: arrays or inline tables nested deeper than the TOML parser reads \
             (80 levels)",
        )
        .with_help("nest them less deep"),
        Some(span) if message == "duplicate key" => {
            let key = text.get(span.clone()).unwrap_or_default().to_owned();
            Diagnostic::new(span, format!("invalid TOML: duplicate key `{key}`"))
                .with_help("a table sets each key once, remove one")
        }
        span => Diagnostic::new(span.unwrap_or(0..0), format!("invalid TOML: {message}")),
    }
}

/// Where the dotted key with the most dots starts, by the tokens of the TOML lexer.
fn longest_dotted_key(text: &str) -> usize {
    use toml_parser::lexer::TokenKind;
    let (mut best, mut best_dots) = (0, 0);
    let (mut start, mut dots) = (0, 0);
    for token in toml_parser::Source::new(text).lex() {
        match token.kind() {
            TokenKind::Dot => dots += 1,
            TokenKind::Atom
            | TokenKind::Whitespace
            | TokenKind::BasicString
            | TokenKind::LiteralString => {}
            _ => {
                dots = 0;
                start = token.span().end();
                continue;
            }
        }
        if dots > best_dots {
            (best, best_dots) = (start, dots);
        }
    }
    // The key starts after the whitespace that follows the previous token.
    let rest = text.get(best..).unwrap_or_default();
    best + (rest.len() - rest.trim_start().len())
}

struct Cx<'e> {
    errors: &'e mut Vec<Diagnostic>,
    /// The catalog's text, for messages that name a second place.
    text: &'e str,
}

impl Cx<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.errors.push(Diagnostic::new(span, message));
    }

    /// A problem, and what to do about it.
    fn advise(&mut self, span: Range<usize>, message: impl Into<String>, help: impl Into<String>) {
        self.errors
            .push(Diagnostic::new(span, message).with_help(help));
    }

    /// The fields of `table`, after reporting the keys that are not in `allowed`.
    fn table<'t, 'i>(
        &mut self,
        table: &'t DeTable<'i>,
        what: &str,
        allowed: &[&str],
    ) -> Fields<'t, 'i> {
        for (key, _) in table {
            if !allowed.contains(&key.get_ref().as_ref()) {
                self.advise(
                    key.span(),
                    format!("unknown key `{}` in {what}", key.get_ref()),
                    format!("expected one of {}", allowed.join(", ")),
                );
            }
        }
        Fields { table }
    }

    fn group(&mut self, value: &Value<'_>, locales: Option<&[String]>) -> Option<Group> {
        let table = self.expect_table(value, "a [[group]]")?;
        let mut fields = self.table(table, "[[group]]", GROUP_KEYS);
        let id = fields.required_str(self, "id", value.span());
        if let Some(id) = &id {
            if !crate::is_catalog_name(id.get_ref()) {
                self.error(
                    id.span(),
                    format!("group id `{}` must be made of a-z, 0-9 and _", id.get_ref()),
                );
            }
        }
        let label = id.as_ref().map_or("this group", |id| id.get_ref().as_str());
        let titles = locales.and_then(|l| fields.localized(self, "title", value.span(), label, l));
        let id = id?;
        Some(Group {
            id_span: id.span(),
            id: id.into_inner(),
            titles: titles.unwrap_or_default(),
        })
    }

    fn entry(
        &mut self,
        value: &Value<'_>,
        locales: Option<&[String]>,
        code_type: Option<CodeType>,
        groups: &[Group],
        prefix: Option<&str>,
    ) -> Option<Entry> {
        let table = self.expect_table(value, "an [[error]]")?;
        let mut fields = self.table(table, "[[error]]", ENTRY_KEYS);
        let strings = code_type == Some(CodeType::String);
        // In a catalog of string codes, the code is the name unless a name is given.
        let name = if strings && !fields.has("name") {
            fields.optional("code").and_then(|c| {
                c.get_ref()
                    .as_str()
                    .map(|s| Spanned::new(c.span(), s.to_owned()))
            })
        } else {
            fields.required_str(self, "name", value.span())
        };
        let label = name.as_ref().map_or("this entry", |n| n.get_ref().as_str());
        let label = label.to_owned();
        let code = fields
            .required(self, "code", value.span())
            .and_then(|c| self.code(c, code_type?, &label));
        // An entry whose source gives no message has none: no text is made up for it.
        let messages = if fields.has("message") {
            locales.and_then(|locales| {
                let messages = fields.localized(self, "message", value.span(), &label, locales)?;
                let empty = messages.iter().zip(locales).find(|(m, _)| m.is_empty());
                if let (Some((_, locale)), Some(at)) = (empty, fields.optional("message")) {
                    self.advise(
                        at.span(),
                        format!("message.{locale} of {label} is empty"),
                        "leave `message` out when the source gives no message",
                    );
                }
                Some(messages)
            })
        } else {
            Some(Vec::new())
        };
        let group = fields.optional_str(self, "group").and_then(|g| {
            let found = groups.iter().position(|d| d.id == *g.get_ref());
            if found.is_none() {
                self.advise(
                    g.span(),
                    format!(
                        "{label} is in group `{}`, which no [[group]] defines",
                        g.get_ref()
                    ),
                    format!(
                        "add a [[group]] with id = \"{}\", or fix the id",
                        g.get_ref()
                    ),
                );
            }
            found
        });
        let variant = fields.optional_str(self, "variant");
        let aliases = fields.str_array(self, "aliases");
        let description = fields.optional_str(self, "description");
        let http_status = fields.optional("http_status").and_then(|v| {
            let Some(integer) = v.get_ref().as_integer() else {
                self.wrong_type(
                    v,
                    "http_status",
                    "an integer from 100 to 599 such as 404, without quotes",
                );
                return None;
            };
            let status = u16::from_str_radix(integer.as_str(), integer.radix())
                .ok()
                .filter(|s| (100..=599).contains(s));
            if status.is_none() {
                self.error(
                    v.span(),
                    format!("http_status of {label} must be an HTTP status code, 100 to 599"),
                );
            }
            status
        });
        let retryable = fields.optional("retryable").and_then(|v| {
            let flag = v.get_ref().as_bool();
            if flag.is_none() {
                self.wrong_type(v, "retryable", "true or false");
            }
            flag
        });
        let deprecated = fields
            .optional("deprecated")
            .and_then(|v| match v.get_ref() {
                DeValue::Boolean(flag) => flag.then_some(Deprecated { note: None }),
                DeValue::String(note) if !note.trim().is_empty() => Some(Deprecated {
                    note: Some(note.to_string()),
                }),
                DeValue::String(_) => {
                    self.advise(
                        v.span(),
                        format!("the deprecation note of {label} is empty"),
                        "write deprecated = true, or a note that says why or what to use instead",
                    );
                    None
                }
                _ => {
                    self.wrong_type(
                        v,
                        "deprecated",
                        "true, or a note that says why or what to use instead",
                    );
                    None
                }
            });
        let name = name?;
        let (variant, variant_span) = match variant {
            Some(v) => (v.get_ref().clone(), v.span()),
            None => (rust_name(name.get_ref(), prefix), name.span()),
        };
        let code = code?;
        Some(Entry {
            code_span: code.span(),
            code: code.into_inner(),
            variant,
            variant_span,
            // Missing messages are reported; the entry still takes part in `check`.
            messages: messages.unwrap_or_default(),
            group,
            aliases: aliases
                .into_iter()
                .map(|a| Alias {
                    constant: rust_name(a.get_ref(), prefix),
                    span: a.span(),
                    name: a.into_inner(),
                })
                .collect(),
            http_status,
            retryable: retryable.unwrap_or(false),
            description: description.map(Spanned::into_inner),
            deprecated,
            name_span: name.span(),
            name: name.into_inner(),
        })
    }

    fn layout(&mut self, value: &Value<'_>, locales: &[String]) -> Option<Layout> {
        let table = self.expect_table(value, "a [layout]")?;
        let mut fields = self.table(table, "[layout]", LAYOUT_KEYS);
        let key = fields
            .required(self, "key", value.span())
            .and_then(|k| self.bits(k, "key"));
        let field_values = fields.array_of_tables(self, "field");
        // A field that fails is reported and left out; the others are still checked.
        let fields = field_values
            .iter()
            .filter_map(|f| self.field(f, locales))
            .collect();
        Some(Layout { key: key?, fields })
    }

    fn field(&mut self, value: &Value<'_>, locales: &[String]) -> Option<Field> {
        let table = self.expect_table(value, "a [[layout.field]]")?;
        let mut fields = self.table(table, "[[layout.field]]", FIELD_KEYS);
        let name = fields.required_str(self, "name", value.span());
        let type_name = fields.optional_str(self, "type_name");
        let bits = fields
            .required(self, "bits", value.span())
            .and_then(|b| self.bits(b, "bits"));
        let doc = fields.optional_str(self, "doc");
        let label = name
            .as_ref()
            .map_or("this field", |n| n.get_ref().as_str())
            .to_owned();
        let values: Vec<_> = fields
            .array_of_tables(self, "value")
            .iter()
            .map(|v| self.field_value(v, locales, &label, bits))
            .collect();
        if type_name.is_none() && !values.is_empty() {
            self.advise(
                value.span().start..value.span().start,
                format!("field {label} has values but no type_name"),
                "add type_name = \"…\", the name of the enum of its values",
            );
            return None;
        }
        let name = name?;
        Some(Field {
            name_span: name.span(),
            name: name.into_inner(),
            type_name: type_name.map(Spanned::into_inner),
            bits: bits?,
            doc: doc.map(Spanned::into_inner),
            values: values.into_iter().flatten().collect(),
        })
    }

    fn field_value(
        &mut self,
        value: &Value<'_>,
        locales: &[String],
        field: &str,
        bits: Option<Bits>,
    ) -> Option<FieldValue> {
        let table = self.expect_table(value, "a [[layout.field.value]]")?;
        let mut fields = self.table(table, "[[layout.field.value]]", VALUE_KEYS);
        let number = fields.required(self, "value", value.span()).and_then(|v| {
            let n = v
                .get_ref()
                .as_integer()
                .and_then(|i| u32::from_str_radix(i.as_str(), i.radix()).ok());
            match (n, bits) {
                (Some(n), Some(bits)) if u64::from(n) <= bits.max_value() => {
                    Some(Spanned::new(v.span(), n))
                }
                (_, Some(bits)) => {
                    self.error(
                        v.span(),
                        format!(
                            "a value of field {field} must be an integer from 0 to {} (bits {} \
                             to {})",
                            bits.max_value(),
                            bits.high,
                            bits.low
                        ),
                    );
                    None
                }
                (_, None) => None,
            }
        });
        let label = fields.required_str(self, "label", value.span());
        let messages = if fields.has("message") {
            let what = label
                .as_ref()
                .map_or("this value", |l| l.get_ref().as_str())
                .to_owned();
            Some(fields.localized(self, "message", value.span(), &what, locales)?)
        } else {
            None
        };
        let label = label?;
        let number = number?;
        Some(FieldValue {
            value: *number.get_ref(),
            value_span: number.span(),
            variant: upper_camel_case(label.get_ref()),
            label_span: label.span(),
            label: label.into_inner(),
            messages,
        })
    }

    /// `[high, low]`, bits of a 32-bit code.
    fn bits(&mut self, value: &Value<'_>, key: &str) -> Option<Bits> {
        let bit = |v: &Value<'_>| {
            v.get_ref()
                .as_integer()
                .and_then(|i| u32::from_str_radix(i.as_str(), i.radix()).ok())
        };
        let pair = value
            .get_ref()
            .as_array()
            .and_then(|items| match &items[..] {
                [high, low] => Some((bit(high)?, bit(low)?)),
                _ => None,
            });
        match pair {
            Some((high, low)) if high < 32 && low <= high => Some(Bits { high, low }),
            Some((high, low)) if high < 32 => {
                self.advise(
                    value.span(),
                    format!("`{key}` = [{high}, {low}] is written low bit first"),
                    format!("write [{low}, {high}], [high, low]"),
                );
                None
            }
            Some((high, low)) => {
                self.advise(
                    value.span(),
                    format!("`{key}` = [{high}, {low}] goes beyond the 32 bits of the code"),
                    "bits are numbered from 31, the highest, to 0",
                );
                None
            }
            None => {
                self.error(
                    value.span(),
                    format!(
                        "`{key}` must be [high, low], two bit numbers with 31 >= high >= low >= 0, \
                         such as [27, 0]"
                    ),
                );
                None
            }
        }
    }

    fn code(
        &mut self,
        value: &Value<'_>,
        code_type: CodeType,
        label: &str,
    ) -> Option<Spanned<Code>> {
        let Some((lo, hi)) = code_type.range() else {
            let text = value.get_ref().as_str();
            if text.is_none() {
                self.wrong_type(value, "code", "a string in a catalog of string codes");
            }
            return text.map(|t| Spanned::new(value.span(), Code::Text(t.to_owned())));
        };
        let Some(int) = value.get_ref().as_integer() else {
            self.wrong_type(value, "code", "an integer such as 404 or 0x20010001");
            return None;
        };
        if code_type == CodeType::I32 && int.radix() == 16 {
            // Vendors write negative i32 codes (HRESULTs) as their bits: 0x80004001.
            let bits = u32::from_str_radix(int.as_str(), 16).ok();
            if bits.is_none() {
                self.advise(
                    value.span(),
                    format!(
                        "code of {label} does not fit in i32: a code written in hex is its 32 \
                         bits, 0x0 to 0xFFFFFFFF"
                    ),
                    "fix the code",
                );
            }
            let code = bits.map(|b| i64::from(i32::from_ne_bytes(b.to_ne_bytes())));
            return code.map(|n| Spanned::new(value.span(), Code::Int(n)));
        }
        let code = i64::from_str_radix(int.as_str(), int.radix())
            .ok()
            .filter(|n| (lo..=hi).contains(n));
        if code.is_none() {
            let hint = if code_type == CodeType::I32 {
                " (written in hex, such as 0x80004001, a code is taken as its 32 bits)"
            } else {
                ""
            };
            self.advise(
                value.span(),
                format!(
                    "code of {label} does not fit in {} ({lo} to {hi})",
                    code_type.rust_name()
                ),
                format!("fix the code{hint}, or change code_type in [catalog]"),
            );
        }
        code.map(|n| Spanned::new(value.span(), Code::Int(n)))
    }

    fn expect_table<'t, 'i>(
        &mut self,
        value: &'t Value<'i>,
        what: &str,
    ) -> Option<&'t DeTable<'i>> {
        let table = value.get_ref().as_table();
        if table.is_none() {
            self.error(value.span(), format!("expected {what} table"));
        }
        table
    }

    fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        self.error(
            value.span(),
            format!(
                "`{key}` must be {expected}, not {}",
                a_or_an(value.get_ref().type_str())
            ),
        );
    }
}

/// `type` with its article: "a string", "an array".
fn a_or_an(type_name: &str) -> String {
    let article = if type_name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {type_name}")
}

/// The keys of one table, read one at a time.
struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
}

impl<'t, 'i> Fields<'t, 'i> {
    fn has(&self, key: &str) -> bool {
        self.table.get(key).is_some()
    }

    fn optional(&mut self, key: &str) -> Option<&'t Value<'i>> {
        self.table.get(key)
    }

    fn required(
        &mut self,
        cx: &mut Cx<'_>,
        key: &str,
        table_span: Range<usize>,
    ) -> Option<&'t Value<'i>> {
        let value = self.optional(key);
        if value.is_none() {
            cx.advise(
                table_span.start..table_span.start,
                format!("missing key `{key}` in this table"),
                format!("add {key} = …"),
            );
        }
        value
    }

    fn str_of(cx: &mut Cx<'_>, key: &str, value: &Value<'_>) -> Option<Spanned<String>> {
        let text = value.get_ref().as_str();
        if text.is_none() {
            cx.wrong_type(value, key, "a string");
        }
        text.map(|s| Spanned::new(value.span(), s.to_owned()))
    }

    fn optional_str(&mut self, cx: &mut Cx<'_>, key: &str) -> Option<Spanned<String>> {
        self.optional(key).and_then(|v| Self::str_of(cx, key, v))
    }

    fn required_str(
        &mut self,
        cx: &mut Cx<'_>,
        key: &str,
        table_span: Range<usize>,
    ) -> Option<Spanned<String>> {
        self.required(cx, key, table_span)
            .and_then(|v| Self::str_of(cx, key, v))
    }

    fn str_array(&mut self, cx: &mut Cx<'_>, key: &str) -> Vec<Spanned<String>> {
        let Some(value) = self.optional(key) else {
            return Vec::new();
        };
        let Some(items) = value.get_ref().as_array() else {
            cx.wrong_type(value, key, "an array of strings");
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| Self::str_of(cx, key, item))
            .collect()
    }

    fn array_of_tables(&mut self, cx: &mut Cx<'_>, key: &str) -> &'t [Value<'i>] {
        let Some(value) = self.optional(key) else {
            return &[];
        };
        if let Some(items) = value.get_ref().as_array() {
            return items;
        }
        cx.wrong_type(
            value,
            key,
            &format!("an array of tables, written [[{key}]]"),
        );
        &[]
    }

    fn locales(&mut self, cx: &mut Cx<'_>, table_span: Range<usize>) -> Option<Vec<String>> {
        let value = self.required(cx, "locales", table_span)?;
        let locales = self.str_array(cx, "locales");
        let mut ok = true;
        for (i, l) in locales.iter().enumerate() {
            let tag = l.get_ref();
            if tag.is_empty()
                || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                || tag.starts_with('-')
                || tag.ends_with('-')
            {
                let advice = if tag.contains('_') && !tag.starts_with('_') && !tag.ends_with('_') {
                    format!("write {:?}, with hyphens", tag.replace('_', "-"))
                } else {
                    "write one such as \"en\", \"zh\" or \"pt-BR\"".to_owned()
                };
                cx.advise(l.span(), format!("{tag:?} is not a locale tag"), advice);
                ok = false;
            } else if let Some(first) = locales
                .iter()
                .take(i)
                .find(|m| m.get_ref().eq_ignore_ascii_case(tag))
            {
                cx.advise(
                    l.span(),
                    format!(
                        "locale {tag:?} is listed twice (as {:?} at {}; tags ignore case)",
                        first.get_ref(),
                        Source::new("", cx.text).at(first.span().start)
                    ),
                    "remove one",
                );
                ok = false;
            }
        }
        if locales.is_empty() && value.get_ref().is_array() {
            cx.advise(
                value.span(),
                "`locales` is empty",
                "list the locales of the messages, the default one first, such as [\"en\"]",
            );
            ok = false;
        }
        (ok && !locales.is_empty()).then(|| locales.into_iter().map(Spanned::into_inner).collect())
    }

    /// A table of texts by locale, with every declared locale and no other.
    fn localized(
        &mut self,
        cx: &mut Cx<'_>,
        key: &str,
        table_span: Range<usize>,
        label: &str,
        locales: &[String],
    ) -> Option<Vec<String>> {
        let Some(value) = self.optional(key) else {
            cx.advise(
                table_span.start..table_span.start,
                format!("{label} has no {key}"),
                format!(
                    "add {}",
                    locales
                        .iter()
                        .map(|l| format!("{key}.{l} = \"…\""))
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
            );
            return None;
        };
        let Some(table) = value.get_ref().as_table() else {
            cx.wrong_type(
                value,
                key,
                &format!(
                    "a table of texts by locale, such as {key}.{} = \"…\"",
                    locales.first().map_or("en", String::as_str)
                ),
            );
            return None;
        };
        let mut texts: Vec<Option<String>> = vec![None; locales.len()];
        let mut ok = true;
        for (locale, text) in table {
            let locale_str = locale.get_ref().as_ref();
            let Some(i) = locales.iter().position(|l| l == locale_str) else {
                cx.advise(
                    locale.span(),
                    format!(
                        "{key} of {label} is in locale `{locale_str}`, which the catalog does not \
                         declare"
                    ),
                    format!(
                        "add it to locales in [catalog] ({}), or remove it",
                        locales.join(", ")
                    ),
                );
                ok = false;
                continue;
            };
            match (
                Self::str_of(cx, &format!("{key}.{locale_str}"), text),
                texts.get_mut(i),
            ) {
                // `i` is a position in `locales`, as long as `texts`.
                (Some(t), Some(slot)) => *slot = Some(t.into_inner()),
                _ => ok = false,
            }
        }
        for (i, locale) in locales.iter().enumerate() {
            if table.get(locale.as_str()).is_some() {
                continue;
            }
            ok = false;
            let (message, help) = if i == 0 {
                (
                    format!("{label} has no {key} in the default locale `{locale}`"),
                    format!("add {key}.{locale} = \"…\""),
                )
            } else {
                (
                    format!("{label} has no {key} in `{locale}`, which the catalog declares"),
                    format!("add {key}.{locale} = \"…\", or remove \"{locale}\" from locales"),
                )
            };
            cx.advise(value.span(), message, help);
        }
        if ok {
            texts.into_iter().collect()
        } else {
            None
        }
    }
}
