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

impl Bits {
    /// The value of these bits in `code`.
    ///
    /// ```
    /// let category = errcodes_catalog::Bits { high: 27, low: 20 };
    /// assert_eq!(category.get(0x2020_0194), 0x02);
    /// assert_eq!(category.place(0x02), 0x0020_0000);
    /// ```
    #[allow(clippy::cast_possible_truncation)] // at most 32 bits by construction
    pub const fn get(self, code: u32) -> u32 {
        (code >> self.low) & (self.max_value() as u32)
    }

    /// `value` moved into these bits, every other bit zero; bits of `value` that do not fit are
    /// dropped.
    pub const fn place(self, value: u32) -> u32 {
        (value << self.low) & self.mask()
    }
}

/// A code taken apart by a [`Layout`]: the key bits that name its entry, and each field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'c> {
    /// The value of the key bits: the code of the entry in the catalog.
    pub key: u32,
    /// Each field of the layout, in layout order.
    pub fields: Vec<DecodedField<'c>>,
}

/// The value of one field of a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedField<'c> {
    /// The field.
    pub field: &'c Field,
    /// The value of its bits.
    pub value: u32,
    /// The vendor's name for the value, if the field names it.
    pub named: Option<&'c FieldValue>,
}

impl Layout {
    /// `code` taken apart: its key and the value of each field, with the vendor's label.
    pub fn decode(&self, code: u32) -> Decoded<'_> {
        let fields = self
            .fields
            .iter()
            .map(|field| {
                let value = field.bits.get(code);
                DecodedField {
                    field,
                    value,
                    named: field.values.iter().find(|v| v.value == value),
                }
            })
            .collect();
        Decoded {
            key: self.key.get(code),
            fields,
        }
    }
}

impl Catalog {
    /// The entry with the integer code `code`, as the generated type's `from_code` finds it: for
    /// a catalog with a [`Layout`], `code` is a whole code (an `i32` taken as its 32 bits) and
    /// the entry is the one of its key bits.
    ///
    /// ```
    /// let text = errcodes_catalog::bundled("azure_media_player").unwrap();
    /// let source = errcodes_catalog::Source::new("azure_media_player.toml", text);
    /// let catalog = errcodes_catalog::load(&source).unwrap();
    /// let entry = catalog.find_code(0x2020_0194).unwrap();
    /// assert_eq!(entry.name, "networkErrHttpUrlNotFound");
    /// ```
    pub fn find_code(&self, code: i64) -> Option<&Entry> {
        let (lo, hi) = self.code_type.range()?;
        if !(lo..=hi).contains(&code) {
            return None;
        }
        match &self.layout {
            // An `i32` code is taken as its 32 bits, as the generated type takes it.
            Some(layout) => {
                let key = i64::from(layout.key.get(bits_of(code)?));
                self.entries
                    .iter()
                    .find(|e| matches!(e.code, Code::Int(c) if c & 0xFFFF_FFFF == key))
            }
            None => self.entries.iter().find(|e| e.code == Code::Int(code)),
        }
    }

    /// The integer code `code` taken apart by the catalog's [`Layout`] (an `i32` as its 32
    /// bits); `None` without a layout or for a code that is not 32 bits.
    pub fn decode(&self, code: i64) -> Option<Decoded<'_>> {
        Some(self.layout.as_ref()?.decode(bits_of(code)?))
    }

    /// The entry whose name or one of whose aliases is `name`; in a catalog of string codes, the
    /// entry whose code is `name` too.
    pub fn find_name(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.name == name
                || e.aliases.iter().any(|a| a.name == name)
                || matches!(&e.code, Code::Text(code) if code == name)
        })
    }

    /// The whole code of an entry as the generated type's `code()` gives it: for a catalog
    /// with a [`Layout`], its key moved into the key bits (for `i32` codes, the `i32` of those
    /// bits).
    pub fn whole_code(&self, entry: &Entry) -> Code {
        match (&self.layout, &entry.code) {
            (Some(layout), Code::Int(key)) => bits_of(*key).map_or(entry.code.clone(), |key| {
                let bits = layout.key.place(key);
                Code::Int(match self.code_type {
                    CodeType::I32 => i64::from(i32::from_ne_bytes(bits.to_ne_bytes())),
                    _ => i64::from(bits),
                })
            }),
            _ => entry.code.clone(),
        }
    }

    /// The index in [`Catalog::locales`] of the best match for the locale tag `tag`, as the
    /// generated `message_in` finds it: the tag itself, without regard to case and with `_`
    /// read as `-`, else the tag without its last subtag, and so on (`zh-Hant-TW`, `zh-Hant`,
    /// `zh`).
    pub fn locale_index(&self, tag: &str) -> Option<usize> {
        let locales: Vec<&str> = self.locales.iter().map(String::as_str).collect();
        errcodes_runtime::__private::locale_index(&locales, tag)
    }
}

/// The 32 bits of an integer code: a `u32` as it is, an `i32` as its two's complement.
fn bits_of(code: i64) -> Option<u32> {
    if code < 0 {
        i32::try_from(code)
            .ok()
            .map(|c| u32::from_ne_bytes(c.to_ne_bytes()))
    } else {
        u32::try_from(code).ok()
    }
}
