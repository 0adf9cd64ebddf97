//! The structure-aware target's input: a catalog of any shape, and an invocation, built from
//! the fuzzer's bytes with `arbitrary` and written out as TOML.
//!
//! Most choices take the value that keeps the catalog valid (half of the texts, seven codes in
//! eight, what `arbitrary` takes when the bytes run out), and ways to break a catalog are
//! [`Rare`], so that most catalogs reach the code generators; the other options draw from pools
//! of tricky texts and numbers: empty and punctuation-only names, names the generated
//! type reserves, keywords, Unicode whose case changes its length, very long texts, names that
//! collide once converted to UpperCamelCase, numeric-looking names, codes at the edges of their
//! types and in every TOML notation, and values of the wrong type.

use std::fmt::Write as _;

use arbitrary::{Arbitrary, Unstructured};
use proc_macro2::TokenStream;

/// Texts that have broken, or could break, a stage: the pool [`Text`] draws from.
const TEXTS: &[&str] = &[
    "",
    " ",
    "_",
    "___",
    "-",
    ".",
    "!?",
    "\"",
    "\\",
    "'",
    "{}",
    "{0}",
    "{{",
    "}",
    "*/",
    "/*",
    "//",
    "\n",
    "\r\n",
    "\t",
    "\u{0}",
    "\u{7f}",
    "#",
    "# Heading",
    "```",
    "`",
    "[link](x)",
    "<br>",
    "Err",
    "ERR",
    "err",
    "Error",
    "ERROR",
    "Unknown",
    "UNKNOWN",
    "unknown",
    "ALL",
    "All",
    "all",
    "Code",
    "CODE",
    "LOCALES",
    "Locales",
    "Other",
    "OTHER",
    "Kind",
    "Option",
    "Result",
    "Self",
    "self",
    "super",
    "crate",
    "type",
    "fn",
    "match",
    "async",
    "dyn",
    "try",
    "gen",
    "r#type",
    "r#",
    "core",
    "std",
    "errcodes",
    "__e",
    "TABLES",
    "BY_KEY",
    "CODE_INDEX",
    "find_key",
    "index",
    "code",
    "kind",
    "name",
    "message",
    "value",
    "label",
    "bits",
    "0",
    "1",
    "007",
    "123abc",
    "0x10",
    "1e3",
    "-1",
    "NaN",
    "inf",
    "A",
    "a",
    "B",
    "ERROR_A_B",
    "errorAB",
    "ErrorAB",
    "error_a_b",
    "ERROR__A__B",
    "Error_A_B",
    "A_B_C",
    "ABC",
    "aBC",
    "OperationDenied.Suspended",
    "Throttling.User",
    "a.b",
    "a-b",
    "a b",
    "E",
    "T",
    "MyApiError",
    "MyApiErrorKind",
    "错误",
    "服务器返回数据为空。",
    "Ünïcödé",
    "ß",
    "ǅ",
    "İ",
    "ﬁ",
    "ŉ",
    "ΐ",
    "e\u{301}",
    "A\u{200b}B",
    "\u{feff}",
    "𝔘𝔫𝔦",
    "🦀",
    "\u{202e}",
    "en",
    "zh",
    "zh-CN",
    "zh-Hant",
    "pt-BR",
    "EN",
    "en_US",
    "x-",
    "-en",
    "en--US",
    "u32",
    "i32",
    "string",
    "hex",
    "decimal",
    "HEX",
    "https://example.com/errors",
];

/// Numbers at the edges of the code types, the bit widths and HTTP statuses.
const NUMBERS: &[i64] = &[
    0,
    1,
    -1,
    2,
    31,
    32,
    33,
    99,
    100,
    404,
    599,
    600,
    255,
    256,
    65_535,
    65_536,
    0x7fff_ffff,
    0x8000_0000,
    0x8000_4001,
    0xffff_ffff,
    0x1_0000_0000,
    0x2001_0001,
    0x0fff_ffff,
    0x0020_0194,
    -0x8000_0000,
    -0x8000_0001,
    -43_001,
    i64::MAX,
    i64::MIN,
];

/// Rust identifiers the long form may rename the type to.
const IDENTS: &[&str] = &[
    "E",
    "PlayerError",
    "Err",
    "Error",
    "Unknown",
    "Kind",
    "ErrorKind",
    "Option",
    "Result",
    "String",
    "core",
    "errcodes",
    "__e",
    "TABLES",
    "r#type",
    "r#Err",
    "Ünïcödé",
    "错误",
    "a",
    "E1",
];

/// A text: the role's own default (seven times in eight), or one drawn from the pool, a long one,
/// a pair, or any.
#[derive(Debug)]
pub enum Text {
    /// What the role takes when nothing is chosen, which keeps the catalog valid.
    Default,
    /// A text of the pool.
    Pool(u8),
    /// A pool text after another: names that meet after case conversion, and so on.
    Pair(u8, u8),
    /// A pool text repeated up to `LONG` bytes.
    Long(u8, u16),
    /// Any text, up to 64 bytes (some of which may be U+FFFD, where the fuzzer's were not
    /// UTF-8).
    Any(String),
}

impl<'a> Arbitrary<'a> for Text {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(match u8::arbitrary(u)? {
            0..=223 => Self::Default,
            224..=239 => Self::Pool(u.arbitrary()?),
            240..=245 => Self::Pair(u.arbitrary()?, u.arbitrary()?),
            246..=247 => Self::Long(u.arbitrary()?, u.arbitrary()?),
            // Short, so that one text does not take the bytes of every entry after it.
            _ => {
                let len = usize::from(u8::arbitrary(u)? % 64).min(u.len());
                Self::Any(String::from_utf8_lossy(u.bytes(len)?).into_owned())
            }
        })
    }
}

/// The longest text a [`Text::Long`] makes.
const LONG: usize = 5_000;

impl Text {
    fn render(&self, default: impl FnOnce() -> String) -> String {
        let pool = |i: &u8| TEXTS[usize::from(*i) % TEXTS.len()];
        match self {
            Self::Default => default(),
            Self::Pool(i) => pool(i).to_owned(),
            Self::Pair(a, b) => format!("{}{}", pool(a), pool(b)),
            Self::Long(i, n) => {
                let unit = match pool(i) {
                    "" => "A",
                    unit => unit,
                };
                unit.repeat((usize::from(*n) % LONG) / unit.len() + 1)
            }
            Self::Any(text) => text.clone(),
        }
    }
}

/// Something that is there one time in `ONE_IN`: a way to break a catalog that is otherwise
/// valid, rare enough that most catalogs stay valid and reach the generators. What is in every
/// entry is rarer than what is in the catalog once.
#[derive(Debug)]
pub struct Rare<T, const ONE_IN: u8 = 16>(Option<T>);

impl<'a, T: Arbitrary<'a>, const ONE_IN: u8> Arbitrary<'a> for Rare<T, ONE_IN> {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(Self(if u8::arbitrary(u)? % ONE_IN == ONE_IN - 1 {
            Some(u.arbitrary()?)
        } else {
            None
        }))
    }
}

/// Rare in each entry.
type Odd<T> = Rare<T, 255>;

/// An integer and how it is written.
#[derive(Debug, Arbitrary)]
pub struct Int {
    value: IntValue,
    notation: IntNotation,
}

/// An integer's value.
#[derive(Debug, Arbitrary)]
pub enum IntValue {
    /// A number of the pool.
    Pool(u8),
    /// A small number.
    Small(u8),
    /// Any number.
    Any(i64),
}

/// How an integer is written in TOML.
#[derive(Debug, Arbitrary)]
pub enum IntNotation {
    /// `123`
    Decimal,
    /// `0x7B`
    Hex,
    /// `0x7b`
    LowerHex,
    /// `0o173`
    Octal,
    /// `0b1111011`
    Binary,
    /// `1_2_3`
    Underscores,
}

impl Int {
    fn value(&self) -> i64 {
        match self.value {
            IntValue::Pool(i) => NUMBERS[usize::from(i) % NUMBERS.len()],
            IntValue::Small(n) => i64::from(n),
            IntValue::Any(n) => n,
        }
    }

    /// The literal; TOML writes a negative number in decimal only.
    fn render(&self) -> String {
        let n = self.value();
        if n < 0 {
            return n.to_string();
        }
        match self.notation {
            IntNotation::Decimal => n.to_string(),
            IntNotation::Hex => format!("{n:#X}").replacen("0X", "0x", 1),
            IntNotation::LowerHex => format!("{n:#x}"),
            IntNotation::Octal => format!("{n:#o}"),
            IntNotation::Binary => format!("{n:#b}"),
            IntNotation::Underscores => {
                let digits: Vec<String> = n.to_string().chars().map(String::from).collect();
                digits.join("_")
            }
        }
    }
}

/// A bit number: mostly inside 0–31, sometimes just outside.
#[derive(Debug, Arbitrary)]
pub struct Bit(u8);

impl Bit {
    fn render(&self) -> String {
        (self.0 % 34).to_string()
    }
}

/// A value of any TOML type, for a key that expects another.
#[derive(Debug, Arbitrary)]
pub enum Value {
    /// A string.
    Text(Text),
    /// An integer.
    Int(Int),
    /// A boolean.
    Bool(bool),
    /// A float.
    Float(f64),
    /// An array of strings.
    Texts(Vec<Text>),
    /// An empty table.
    Table,
}

impl Value {
    fn render(&self) -> String {
        match self {
            Self::Text(text) => string(&text.render(String::new)),
            Self::Int(int) => int.render(),
            Self::Bool(b) => b.to_string(),
            Self::Float(f) if f.is_nan() => "nan".to_owned(),
            Self::Float(f) if f.is_infinite() => (if *f > 0.0 { "inf" } else { "-inf" }).to_owned(),
            Self::Float(f) => format!("{f:?}"),
            Self::Texts(texts) => array(texts.iter().map(|t| t.render(String::new))),
            Self::Table => "{}".to_owned(),
        }
    }
}

/// Keys a catalog may or may not know, for values added to a table.
const KEYS: &[&str] = &[
    "Name",
    "aliases",
    "bits",
    "code",
    "code_type",
    "description",
    "doc",
    "error",
    "field",
    "group",
    "http_status",
    "id",
    "key",
    "label",
    "layout",
    "locales",
    "message",
    "message.en",
    "nam",
    "name",
    "notation",
    "retryable",
    "source",
    "title",
    "type_name",
    "value",
    "variant",
    "vendor",
];

/// A key (of a pool of keys of every table, and typos) and a value for it, added to a table.
#[derive(Debug, Arbitrary)]
pub struct Extra {
    key: u8,
    value: Value,
}

/// The shape of the catalog's codes.
#[derive(Debug, Arbitrary)]
pub enum Shape {
    /// `u32` codes.
    U32,
    /// `i32` codes.
    I32,
    /// `u16` codes.
    U16,
    /// String codes.
    String,
    /// `u32` codes built from bit fields, or `i32` codes when `signed`.
    Layout {
        /// `i32` codes.
        signed: bool,
        /// The layout.
        layout: LayoutSpec,
    },
}

/// A `[layout]`.
#[derive(Debug, Arbitrary)]
pub struct LayoutSpec {
    /// `key = [high, low]`, or the default `[27, 0]`.
    key: Option<(Bit, Bit)>,
    /// The fields, or one area field with a value by default.
    fields: Option<Vec<FieldSpec>>,
}

/// A `[[layout.field]]`.
#[derive(Debug, Arbitrary)]
pub struct FieldSpec {
    name: Text,
    /// `Default` gives a type name unique to the field; `None` leaves it out.
    type_name: Option<Text>,
    /// `[high, low]`, or the default `[31, 28]`.
    bits: Option<(Bit, Bit)>,
    doc: Option<Text>,
    values: Vec<ValueSpec>,
    extra: Rare<Extra>,
}

/// A `[[layout.field.value]]`.
#[derive(Debug, Arbitrary)]
pub struct ValueSpec {
    /// The value, or its position by default.
    value: Option<Int>,
    label: Text,
    messages: Option<Vec<Text>>,
}

/// A `[[group]]`.
#[derive(Debug, Arbitrary)]
pub struct GroupSpec {
    id: Text,
    titles: Vec<Text>,
    odd_title: Odd<(Text, Text)>,
}

/// An entry's code: unique in the catalog but one time in 256.
#[derive(Debug)]
pub enum CodeSpec {
    /// A code unique in the catalog.
    Unique,
    /// An integer.
    Int(Int),
    /// A string.
    Text(Text),
    /// The code of an earlier entry.
    SameAs(u8),
    /// No code.
    Missing,
    /// Any value.
    Value(Value),
}

impl<'a> Arbitrary<'a> for CodeSpec {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        if u8::arbitrary(u)? < 255 {
            return Ok(Self::Unique);
        }
        Ok(match u8::arbitrary(u)? % 8 {
            0..=2 => Self::Int(u.arbitrary()?),
            3 => Self::Text(u.arbitrary()?),
            4 | 5 => Self::SameAs(u.arbitrary()?),
            6 => Self::Missing,
            _ => Self::Value(u.arbitrary()?),
        })
    }
}

/// An `[[error]]`.
#[derive(Debug, Arbitrary)]
pub struct EntrySpec {
    name: Text,
    code: CodeSpec,
    /// The message in each declared locale, in order; `Default` for the rest.
    messages: Vec<Text>,
    /// A message in a locale of any name.
    odd_message: Odd<(Text, Text)>,
    /// The id of a group; `Default` takes the first group's.
    group: Option<Text>,
    variant: Option<Text>,
    aliases: Option<Vec<Text>>,
    description: Option<Text>,
    /// A status, 100–599.
    http_status: Option<u16>,
    /// Another value of `http_status`.
    odd_http_status: Odd<Int>,
    retryable: Option<bool>,
    /// `deprecated = true`, `false` or a note.
    deprecated: Option<Deprecated>,
    /// Leaves out `name` (0), `code` (1) or the messages (2).
    omit: Odd<u8>,
    extra: Odd<Extra>,
}

/// An entry's `deprecated`.
#[derive(Debug, Arbitrary)]
pub enum Deprecated {
    /// `true` or `false`.
    Flag(bool),
    /// A note.
    Note(Text),
}

/// How the macro is called.
#[derive(Debug, Arbitrary)]
pub enum Invocation {
    /// `"fuzz"`
    Short,
    /// `#[doc …] #[errcodes(crate = …)] #[derive(PartialOrd)] pub(crate) enum Name from "fuzz";`
    Long {
        /// Whether the caller writes the type's doc.
        doc: bool,
        /// Whether the caller adds a derive.
        derive: bool,
        /// Nothing, `pub` or `pub(crate)`.
        vis: u8,
        /// No `#[errcodes(crate = …)]`, or one of a few paths.
        krate: u8,
        /// An identifier of a pool (`Err`, `Option`, `r#type`, …).
        name: u8,
    },
}

/// A catalog and an invocation: the structure-aware target's input.
#[derive(Debug, Arbitrary)]
pub struct Case {
    invocation: Invocation,
    shape: Shape,
    type_name: Text,
    title: Text,
    /// `Default` gives the `notation` that suits the shape; `None` leaves it out.
    notation: Option<Text>,
    description: Option<Text>,
    vendor: Option<Text>,
    source: Option<Text>,
    /// The vendor's prefix of names; `Default` gives `ERROR_`.
    name_prefix: Option<Text>,
    /// `None` gives `["en"]`; `Default` a locale of its own.
    locales: Option<(Text, Vec<Text>)>,
    /// No locales.
    no_locales: Rare<()>,
    /// Another `code_type`.
    code_type: Rare<Text>,
    /// Leaves out `[catalog]` (0), `type_name` (1), `title` (2), `code_type` (3) or `locales`
    /// (4).
    omit: Rare<u8>,
    extra: Rare<Extra>,
    groups: Vec<GroupSpec>,
    entries: Entries,
}

/// The entries: up to 23, as the first byte says (a `Vec` would mostly hold one or two); when
/// the input runs out, the rest take their defaults.
#[derive(Debug)]
pub struct Entries(Vec<EntrySpec>);

impl<'a> Arbitrary<'a> for Entries {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let count = u8::arbitrary(u)? % 24;
        (0..count)
            .map(|_| u.arbitrary())
            .collect::<arbitrary::Result<_>>()
            .map(Self)
    }
}

impl Case {
    /// The case `data` chooses, as libfuzzer-sys decodes a typed target's input.
    pub fn from_bytes(data: &[u8]) -> arbitrary::Result<Self> {
        Self::arbitrary_take_rest(Unstructured::new(data))
    }

    /// The invocation, and the catalog's TOML text.
    pub fn render(&self) -> (TokenStream, String) {
        (self.invocation(), self.catalog())
    }

    fn invocation(&self) -> TokenStream {
        let code = match &self.invocation {
            Invocation::Short => "\"fuzz\"".to_owned(),
            Invocation::Long {
                doc,
                derive,
                vis,
                krate,
                name,
            } => {
                let doc = if *doc { "/// The caller's doc.\n" } else { "" };
                let derive = if *derive {
                    "#[derive(PartialOrd, Ord)]\n"
                } else {
                    ""
                };
                let vis = ["", "pub ", "pub(crate) "][usize::from(*vis) % 3];
                let krate = [
                    "",
                    "#[errcodes(crate = ::errcodes)]\n",
                    "#[errcodes(crate = \"sdk::errcodes\")]\n",
                    "#[errcodes(crate = self::r#errcodes)]\n",
                ][usize::from(*krate) % 4];
                let name = IDENTS[usize::from(*name) % IDENTS.len()];
                format!("{doc}{krate}{derive}{vis}enum {name} from \"fuzz\";")
            }
        };
        code.parse().expect("the invocations lex")
    }

    fn catalog(&self) -> String {
        let mut out = String::new();
        let omit = self.omit.0.map(|n| n % 5);
        let locales: Vec<String> = match &self.locales {
            _ if self.no_locales.0.is_some() => Vec::new(),
            None => vec!["en".to_owned()],
            Some((first, more)) => std::iter::once(first)
                .chain(more)
                .enumerate()
                .map(|(i, l)| l.render(|| ["en", "zh", "zh-CN", "pt-BR", "fr"][i % 5].to_owned()))
                .collect(),
        };
        let (code_type, default_notation) = match &self.shape {
            Shape::U32 | Shape::Layout { signed: false, .. } => ("u32", "hex"),
            Shape::Layout { signed: true, .. } => ("i32", "hex"),
            Shape::I32 => ("i32", "decimal"),
            Shape::U16 => ("u16", "decimal"),
            Shape::String => ("string", ""),
        };
        if omit != Some(0) {
            out.push_str("[catalog]\n");
            if omit != Some(1) {
                let type_name = self.type_name.render(|| "MyApiError".to_owned());
                line(&mut out, "type_name", Some(&type_name));
            }
            if omit != Some(2) {
                let title = self.title.render(|| "Errors of My API.".to_owned());
                line(&mut out, "title", Some(&title));
            }
            for (key, text) in [
                ("description", &self.description),
                ("vendor", &self.vendor),
                ("source", &self.source),
            ] {
                let text = text.as_ref().map(|t| t.render(|| format!("The {key}.")));
                line(&mut out, key, text.as_deref());
            }
            if omit != Some(3) {
                let code_type = match &self.code_type.0 {
                    Some(text) => text.render(|| code_type.to_owned()),
                    None => code_type.to_owned(),
                };
                line(&mut out, "code_type", Some(&code_type));
            }
            let notation = self
                .notation
                .as_ref()
                .map(|t| t.render(|| default_notation.to_owned()))
                .filter(|n| !n.is_empty() || !default_notation.is_empty());
            line(&mut out, "notation", notation.as_deref());
            if omit != Some(4) {
                let _ = writeln!(out, "locales = {}", array(locales.iter().cloned()));
            }
            let prefix = self
                .name_prefix
                .as_ref()
                .map(|t| t.render(|| "ERROR_".to_owned()));
            line(&mut out, "name_prefix", prefix.as_deref());
            extras(&mut out, &self.extra);
        }
        let mut group_ids = Vec::new();
        for (i, group) in self.groups.iter().enumerate() {
            out.push_str("\n[[group]]\n");
            let id = group.id.render(|| format!("group_{i}"));
            line(&mut out, "id", Some(&id));
            group_ids.push(id);
            let title = |l: usize| format!("Group {i} in locale {l}.");
            localized(&mut out, "title", &group.titles, &locales, title);
            odd(&mut out, "title", &group.odd_title);
        }
        if let Shape::Layout { layout, .. } = &self.shape {
            layout.render(&mut out, &locales);
        }
        let string_codes = matches!(self.shape, Shape::String);
        let mut codes: Vec<String> = Vec::new();
        for (i, entry) in self.entries.0.iter().enumerate() {
            out.push_str("\n[[error]]\n");
            let omit = entry.omit.0.map(|n| n % 3);
            if omit != Some(0) {
                line(
                    &mut out,
                    "name",
                    Some(&entry.name.render(|| format!("ERROR_{i}"))),
                );
            }
            let code = match &entry.code {
                CodeSpec::Unique if string_codes => Some(string(&format!("Code.{i}"))),
                CodeSpec::Unique => Some((i + 1).to_string()),
                CodeSpec::Int(int) => Some(int.render()),
                CodeSpec::Text(text) => Some(string(&text.render(|| format!("Code.{i}")))),
                CodeSpec::SameAs(_) if codes.is_empty() => Some((i + 1).to_string()),
                CodeSpec::SameAs(j) => Some(codes[usize::from(*j) % codes.len()].clone()),
                CodeSpec::Missing => None,
                CodeSpec::Value(value) => Some(value.render()),
            };
            if let Some(code) = code.filter(|_| omit != Some(1)) {
                let _ = writeln!(out, "code = {code}");
                codes.push(code);
            }
            if omit != Some(2) {
                let message = |l: usize| format!("Message {i} in locale {l}.");
                localized(&mut out, "message", &entry.messages, &locales, message);
            }
            odd(&mut out, "message", &entry.odd_message);
            let group = entry.group.as_ref().and_then(|g| match g {
                Text::Default => group_ids.first().cloned(),
                g => Some(g.render(String::new)),
            });
            line(&mut out, "group", group.as_deref());
            let variant = entry
                .variant
                .as_ref()
                .map(|t| t.render(|| format!("Variant{i}")));
            line(&mut out, "variant", variant.as_deref());
            if let Some(aliases) = &entry.aliases {
                let aliases = aliases
                    .iter()
                    .enumerate()
                    .map(|(a, t)| t.render(|| format!("ALIAS_{i}_{a}")));
                let _ = writeln!(out, "aliases = {}", array(aliases));
            }
            let description = entry.description.as_ref().map(|t| t.render(String::new));
            line(&mut out, "description", description.as_deref());
            let status = match (&entry.odd_http_status.0, entry.http_status) {
                (Some(odd), _) => Some(odd.render()),
                (None, status) => status.map(|n| (n % 500 + 100).to_string()),
            };
            if let Some(status) = status {
                let _ = writeln!(out, "http_status = {status}");
            }
            if let Some(retryable) = entry.retryable {
                let _ = writeln!(out, "retryable = {retryable}");
            }
            match &entry.deprecated {
                None => {}
                Some(Deprecated::Flag(flag)) => {
                    let _ = writeln!(out, "deprecated = {flag}");
                }
                Some(Deprecated::Note(note)) => {
                    let note = note.render(|| format!("use ERROR_{}", i + 1));
                    line(&mut out, "deprecated", Some(&note));
                }
            }
            extras(&mut out, &entry.extra);
        }
        out
    }
}

impl LayoutSpec {
    fn render(&self, out: &mut String, locales: &[String]) {
        out.push_str("\n[layout]\n");
        let _ = match &self.key {
            None => writeln!(out, "key = [27, 0]"),
            Some((high, low)) => writeln!(out, "key = [{}, {}]", high.render(), low.render()),
        };
        let Some(fields) = &self.fields else {
            out.push_str(
                "\n[[layout.field]]\nname = \"area\"\ntype_name = \"MyApiArea\"\n\
                 bits = [31, 28]\n\n[[layout.field.value]]\nvalue = 2\nlabel = \"Html5\"\n",
            );
            return;
        };
        for (f, field) in fields.iter().enumerate() {
            out.push_str("\n[[layout.field]]\n");
            line(
                out,
                "name",
                Some(&field.name.render(|| format!("field_{f}"))),
            );
            let type_name = field
                .type_name
                .as_ref()
                .map(|t| t.render(|| format!("MyApiField{f}")));
            line(out, "type_name", type_name.as_deref());
            let _ = match &field.bits {
                None => writeln!(out, "bits = [31, 28]"),
                Some((high, low)) => writeln!(out, "bits = [{}, {}]", high.render(), low.render()),
            };
            let doc = field.doc.as_ref().map(|t| t.render(String::new));
            line(out, "doc", doc.as_deref());
            extras(out, &field.extra);
            for (v, value) in field.values.iter().enumerate() {
                out.push_str("\n[[layout.field.value]]\n");
                let _ = match &value.value {
                    None => writeln!(out, "value = {v}"),
                    Some(int) => writeln!(out, "value = {}", int.render()),
                };
                line(
                    out,
                    "label",
                    Some(&value.label.render(|| format!("LABEL_{v}"))),
                );
                if let Some(messages) = &value.messages {
                    let message = |l: usize| format!("Label {v} in locale {l}.");
                    localized(out, "message", messages, locales, message);
                }
            }
        }
    }
}

/// `key = "value"`, when there is a value.
fn line(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        let _ = writeln!(out, "{key} = {}", string(value));
    }
}

/// `key.<locale> = "text"` for each declared locale: the text of `texts` at its position, or
/// `default`'s.
fn localized(
    out: &mut String,
    key: &str,
    texts: &[Text],
    locales: &[String],
    default: impl Fn(usize) -> String,
) {
    for (l, locale) in locales.iter().enumerate() {
        let text = match texts.get(l) {
            Some(text) => text.render(|| default(l)),
            None => default(l),
        };
        let _ = writeln!(out, "{key}.{} = {}", string(locale), string(&text));
    }
}

/// `key.<locale> = "text"` for a locale of any name.
fn odd(out: &mut String, key: &str, odd: &Odd<(Text, Text)>) {
    if let Some((locale, text)) = &odd.0 {
        let locale = locale.render(|| "en".to_owned());
        let _ = writeln!(
            out,
            "{key}.{} = {}",
            string(&locale),
            string(&text.render(String::new))
        );
    }
}

/// The extra key of a table.
fn extras<const ONE_IN: u8>(out: &mut String, extra: &Rare<Extra, ONE_IN>) {
    if let Some(extra) = &extra.0 {
        let key = KEYS[usize::from(extra.key) % KEYS.len()];
        let _ = writeln!(out, "{key} = {}", extra.value.render());
    }
}

/// An array of strings.
fn array(texts: impl Iterator<Item = String>) -> String {
    let texts: Vec<String> = texts.map(|t| string(&t)).collect();
    format!("[{}]", texts.join(", "))
}

/// A TOML basic string holding `text`, which may also be used as a quoted key.
fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
