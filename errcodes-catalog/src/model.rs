//! A checked catalog: what the generated type is made from.

use std::ops::Range;

/// A catalog, as loaded from its TOML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// The name of the generated type.
    pub type_name: String,
    /// Where the type name is in the file.
    pub type_name_span: Range<usize>,
    /// One line: the first line of the type's docs.
    pub title: String,
    /// More docs for the type.
    pub description: Option<String>,
    /// Who publishes the codes.
    pub vendor: Option<String>,
    /// Where the vendor publishes them.
    pub source: Option<String>,
    /// The type of the codes.
    pub code_type: CodeType,
    /// How codes are written for people.
    pub notation: Notation,
    /// Locale tags; the first is the default locale.
    pub locales: Vec<String>,
    /// The prefix the vendor puts on its names (`ERRCODE_`), left out of the Rust names that
    /// variants and alias constants get from them.
    pub name_prefix: Option<String>,
    /// How codes are built from bit fields, if they are.
    pub layout: Option<Layout>,
    /// Sections of the vendor's page.
    pub groups: Vec<Group>,
    /// The entries, in catalog order.
    pub entries: Vec<Entry>,
}

/// The type of a catalog's codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeType {
    /// `u16`, such as HTTP statuses.
    U16,
    /// `u32`.
    U32,
    /// `i32`.
    I32,
    /// Strings, such as `"OperationDenied.Suspended"`.
    String,
}

impl CodeType {
    /// The Rust name of the type (`&'static str` for strings).
    pub const fn rust_name(self) -> &'static str {
        match self {
            Self::U16 => "u16",
            Self::U32 => "u32",
            Self::I32 => "i32",
            Self::String => "&'static str",
        }
    }

    /// The smallest and largest code of an integer type.
    pub const fn range(self) -> Option<(i64, i64)> {
        match self {
            Self::U16 => Some((0, u16::MAX as i64)),
            Self::U32 => Some((0, u32::MAX as i64)),
            Self::I32 => Some((i32::MIN as i64, i32::MAX as i64)),
            Self::String => None,
        }
    }
}

/// A code: an integer, or a string in a catalog of string codes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// An integer code, whatever the integer type.
    Int(i64),
    /// A string code.
    Text(String),
}

/// How a catalog writes its codes for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    /// `536936449`, `-43001`.
    Decimal,
    /// `0x20010001`: `0x` and eight upper-case digits.
    Hex,
}

impl Notation {
    /// `code` written in this notation; in hex, a negative code is written as its bits. A
    /// string code is written as it is.
    pub fn format(self, code: &Code) -> String {
        match (self, code) {
            (_, Code::Text(text)) => text.clone(),
            (Self::Decimal, Code::Int(code)) => code.to_string(),
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // codes are 32-bit
            (Self::Hex, Code::Int(code)) => format!("{:#010X}", *code as u32),
        }
    }
}

/// A section of the vendor's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// How entries refer to it.
    pub id: String,
    /// Its title per locale, in the order of [`Catalog::locales`].
    pub titles: Vec<String>,
    /// Where `id` is in the file.
    pub id_span: Range<usize>,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The vendor's definition name.
    pub name: String,
    /// The code.
    pub code: Code,
    /// The name of the enum variant.
    pub variant: String,
    /// Its messages, in the order of [`Catalog::locales`]; empty when the vendor's source gives
    /// none (see [`Entry::message`]).
    pub messages: Vec<String>,
    /// The index in [`Catalog::groups`] of the group it stands in.
    pub group: Option<usize>,
    /// Other names of the same code.
    pub aliases: Vec<Alias>,
    /// The HTTP status the vendor's service answers with.
    pub http_status: Option<u16>,
    /// Whether the vendor says to try again later.
    pub retryable: bool,
    /// The vendor's explanation, beyond the message.
    pub description: Option<String>,
    /// Whether the vendor deprecates the code, and why.
    pub deprecated: Option<Deprecated>,
    /// Where `name` is in the file.
    pub name_span: Range<usize>,
    /// Where `code` is in the file.
    pub code_span: Range<usize>,
    /// Where the variant name comes from: `variant` if set, else `name`.
    pub variant_span: Range<usize>,
}

/// What the vendor says of a deprecated entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecated {
    /// Why, or what to use instead, if the catalog says (`deprecated = "…"`).
    pub note: Option<String>,
}

impl Entry {
    /// The message in the locale at `locale` of [`Catalog::locales`], or `None` when the
    /// vendor's source gives the entry no message.
    pub fn message(&self, locale: usize) -> Option<&str> {
        self.messages.get(locale).map(String::as_str)
    }
}

/// Another name of an entry's code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The name.
    pub name: String,
    /// The name of the associated constant that stands for it. When it is the entry's own
    /// variant (`unique_violation` of `UniqueViolation`), the variant has the name already and
    /// no constant is generated.
    pub constant: String,
    /// Where it is in the file.
    pub span: Range<usize>,
}

impl Catalog {
    /// The default locale: the first of [`Catalog::locales`]. A loaded catalog always has one;
    /// a `Catalog` built by hand without locales gives `""`.
    pub fn default_locale(&self) -> &str {
        self.locales.first().map_or("", String::as_str)
    }

    /// The code of `entry` in the catalog's notation; in hex, a `u16` code has four digits.
    pub fn format_code(&self, entry: &Entry) -> String {
        match (self.notation, self.code_type, &entry.code) {
            (Notation::Hex, CodeType::U16, Code::Int(code)) => format!("{code:#06X}"),
            (notation, _, code) => notation.format(code),
        }
    }

    /// The Rust name (variant or constant) that `name` gives: its UpperCamelCase, after the
    /// catalog's [`name_prefix`](Catalog::name_prefix) is removed from it.
    pub fn rust_name(&self, name: &str) -> String {
        crate::naming::rust_name(name, self.name_prefix.as_deref())
    }
}

/// Bits `high` down to `low` of a code, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bits {
    /// The highest bit, 0 to 31.
    pub high: u32,
    /// The lowest bit, 0 to `high`.
    pub low: u32,
}

impl Bits {
    /// The largest value the bits can hold.
    pub const fn max_value(self) -> u64 {
        (1u64 << (self.high - self.low + 1)) - 1
    }

    /// The mask of the bits in place, as a `u32`.
    #[allow(clippy::cast_possible_truncation)] // at most 32 bits by construction
    pub const fn mask(self) -> u32 {
        (self.max_value() << self.low) as u32
    }
}

/// How a catalog's codes are built from bit fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The bits that the entries' codes are values of.
    pub key: Bits,
    /// The named fields, each with an accessor on the generated type.
    pub fields: Vec<Field>,
}

/// A named bit field of a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The accessor's name.
    pub name: String,
    /// The generated enum of its values, if it has values.
    pub type_name: Option<String>,
    /// Where it is in the code.
    pub bits: Bits,
    /// The accessor's docs.
    pub doc: Option<String>,
    /// The values the vendor names.
    pub values: Vec<FieldValue>,
    /// Where `name` is in the file.
    pub name_span: Range<usize>,
}

/// A named value of a bit field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldValue {
    /// The value of the field's bits.
    pub value: u32,
    /// The vendor's name for it.
    pub label: String,
    /// The variant of the field's enum.
    pub variant: String,
    /// Its messages by locale, in the order of [`Catalog::locales`], if it has any.
    pub messages: Option<Vec<String>>,
    /// Where `label` is in the file.
    pub label_span: Range<usize>,
    /// Where `value` is in the file.
    pub value_span: Range<usize>,
}
