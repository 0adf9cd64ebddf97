//! What generated code uses and users do not: the layout of a catalog's tables and the lookups
//! on them. Not part of the public API; it changes without notice.

pub use crate::parse::{ParseError, ParseErrorKind};
#[cfg(feature = "serde")]
pub use crate::serde_impls::{deserialize_numeric, deserialize_string, serialize};
pub use crate::unknown::Unknown;
#[cfg(feature = "alloc")]
pub use crate::UnknownCode;
pub use crate::{ErrorCode, NumericErrorCode, StringErrorCode};
#[cfg(feature = "serde")]
pub use serde;

/// The message of a code the catalog does not list.
pub const UNKNOWN_MESSAGE: &str = "An error code that the catalog does not list.";

/// The tables of a catalog, each indexed by the entry's position in catalog order.
pub struct Tables<C: 'static> {
    /// The generated type's name, for messages.
    pub type_name: &'static str,
    /// `"u32"` or `"i32"`, for messages.
    pub code_type: &'static str,
    /// A definition name and a code written in the catalog's notation, for messages.
    pub examples: (&'static str, &'static str),
    /// Locale tags; the first is the default.
    pub locales: &'static [&'static str],
    /// Definition names.
    pub names: &'static [&'static str],
    /// Codes.
    pub codes: &'static [C],
    /// Messages: `messages[locale][entry]`.
    pub messages: &'static [&'static [&'static str]],
    /// Group title (default locale) of each entry.
    pub groups: &'static [Option<&'static str>],
    /// HTTP status of each entry.
    pub http_status: &'static [Option<u16>],
    /// Whether each entry is worth retrying.
    pub retryable: &'static [bool],
    /// The vendor's explanation of each entry.
    pub descriptions: &'static [Option<&'static str>],
    /// `(code, entry)` sorted by code.
    pub by_code: &'static [(C, usize)],
    /// `(name or alias, entry)` sorted by name.
    pub by_name: &'static [(&'static str, usize)],
}

impl<C> Tables<C> {
    /// The entry whose definition name or alias is `name`.
    pub fn find_name(&self, name: &str) -> Option<usize> {
        self.by_name
            .binary_search_by(|(n, _)| (*n).cmp(name))
            .ok()
            .map(|i| self.by_name[i].1)
    }

    /// The message of `entry` in `locale`, with `zh-CN` falling back to `zh`.
    pub fn message_in(&self, entry: usize, locale: &str) -> Option<&'static str> {
        locale_index(self.locales, locale).map(|l| self.messages[l][entry])
    }

    /// A [`ParseError`] of this catalog.
    pub const fn error(&self, kind: ParseErrorKind) -> ParseError {
        ParseError::__new(
            kind,
            self.type_name,
            self.code_type,
            self.examples.0,
            self.examples.1,
        )
    }
}

impl Tables<&'static str> {
    /// The entry whose code is `code`.
    pub fn find_code(&self, code: &str) -> Option<usize> {
        self.by_code
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .map(|i| self.by_code[i].1)
    }
}

impl<C: CodeInt> Tables<C> {
    /// Parses a name, a decimal code or a `0x` hex code, as `FromStr` does.
    pub fn parse(&self, text: &str) -> Result<Parsed<C>, ParseError> {
        if let Some(entry) = self.find_name(text) {
            return Ok(Parsed::Entry(entry));
        }
        parse_number::<C>(text)
            .map(Parsed::Code)
            .map_err(|kind| self.error(kind))
    }

    /// Parses a code written in hex, with or without `0x`.
    pub fn parse_hex(&self, text: &str) -> Result<C, ParseError> {
        parse_hex(text).map_err(|kind| self.error(kind))
    }
}

/// What a text names.
pub enum Parsed<C> {
    /// The entry at this index, by name.
    Entry(usize),
    /// A code, which may or may not be in the catalog.
    Code(C),
}

fn strip_hex_prefix(text: &str) -> Option<&str> {
    text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"))
}

/// Parses a code written in hex, with or without `0x`.
pub fn parse_hex<C: CodeInt>(text: &str) -> Result<C, ParseErrorKind> {
    C::from_hex_digits(strip_hex_prefix(text).unwrap_or(text))
}

/// Parses a decimal code or a `0x` hex code.
pub fn parse_number<C: CodeInt>(text: &str) -> Result<C, ParseErrorKind> {
    if text.is_empty() {
        return Err(ParseErrorKind::Empty);
    }
    if let Some(digits) = strip_hex_prefix(text) {
        return C::from_hex_digits(digits);
    }
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseErrorKind::NotANameOrNumber);
    }
    C::from_decimal(text)
}

/// The index in `locales` of the best match for `locale`: the tag itself, compared without
/// regard to case and with `_` read as `-`, else the tag with its last subtag removed, and so on
/// (`zh-Hant-TW`, `zh-Hant`, `zh`).
pub fn locale_index(locales: &[&str], locale: &str) -> Option<usize> {
    let mut tag = locale;
    loop {
        if let Some(i) = locales.iter().position(|l| same_tag(l, tag)) {
            return Some(i);
        }
        tag = &tag[..tag.rfind(['-', '_'])?];
    }
}

fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            let norm = |c: u8| {
                if c == b'_' {
                    b'-'
                } else {
                    c.to_ascii_lowercase()
                }
            };
            norm(x) == norm(y)
        })
}

/// The integer types a numeric catalog's codes can have.
pub trait CodeInt: Copy + Ord + sealed::Sealed {
    /// Parses optional `-` and decimal digits (already checked to be digits).
    fn from_decimal(text: &str) -> Result<Self, ParseErrorKind>;
    /// Parses hex digits; the bits are taken as they are, so `FFFFFFFF` is `-1` in `i32`.
    fn from_hex_digits(digits: &str) -> Result<Self, ParseErrorKind>;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for u32 {}
    impl Sealed for i32 {}
}

fn hex_u32(digits: &str) -> Result<u32, ParseErrorKind> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ParseErrorKind::InvalidHex);
    }
    u32::from_str_radix(digits, 16).map_err(|_| ParseErrorKind::OutOfRange)
}

impl CodeInt for u32 {
    fn from_decimal(text: &str) -> Result<Self, ParseErrorKind> {
        text.parse().map_err(|_| ParseErrorKind::OutOfRange)
    }
    fn from_hex_digits(digits: &str) -> Result<Self, ParseErrorKind> {
        hex_u32(digits)
    }
}

impl CodeInt for i32 {
    fn from_decimal(text: &str) -> Result<Self, ParseErrorKind> {
        text.parse().map_err(|_| ParseErrorKind::OutOfRange)
    }
    fn from_hex_digits(digits: &str) -> Result<Self, ParseErrorKind> {
        #[allow(clippy::cast_possible_wrap)] // hex writes the bits: 0xFFFFFFFF is -1
        hex_u32(digits).map(|bits| bits as i32)
    }
}

macro_rules! search {
    ($($name:ident: $ty:ty),*) => {$(
        /// The entry whose code is `code`, by binary search of `by_code` (sorted by code).
        pub const fn $name(by_code: &[($ty, usize)], code: $ty) -> Option<usize> {
            let (mut lo, mut hi) = (0, by_code.len());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let (at, entry) = by_code[mid];
                if at == code {
                    return Some(entry);
                } else if at < code {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            None
        }
    )*};
}

search!(search_u32: u32, search_i32: i32);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_fallback() {
        let locales = ["en", "zh", "pt-BR"];
        assert_eq!(locale_index(&locales, "zh-CN"), Some(1));
        assert_eq!(locale_index(&locales, "ZH_cn"), Some(1));
        assert_eq!(locale_index(&locales, "zh-Hant-TW"), Some(1));
        assert_eq!(locale_index(&locales, "pt-br"), Some(2));
        assert_eq!(locale_index(&locales, "pt"), None);
        assert_eq!(locale_index(&locales, "fr"), None);
        assert_eq!(locale_index(&locales, ""), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number::<u32>("0x2001000a"), Ok(0x2001_000A));
        assert_eq!(parse_number::<u32>("0X2001000A"), Ok(0x2001_000A));
        assert_eq!(parse_number::<u32>("536936449"), Ok(536_936_449));
        assert_eq!(parse_number::<u32>("-1"), Err(ParseErrorKind::OutOfRange));
        assert_eq!(
            parse_number::<u32>("4294967296"),
            Err(ParseErrorKind::OutOfRange)
        );
        assert_eq!(parse_number::<i32>("-43001"), Ok(-43001));
        assert_eq!(parse_number::<i32>("0xFFFFFFFF"), Ok(-1));
        assert_eq!(parse_number::<u32>("0x"), Err(ParseErrorKind::InvalidHex));
        assert_eq!(parse_number::<u32>("0x+1"), Err(ParseErrorKind::InvalidHex));
        assert_eq!(
            parse_number::<u32>("+1"),
            Err(ParseErrorKind::NotANameOrNumber)
        );
        assert_eq!(
            parse_number::<u32>("-"),
            Err(ParseErrorKind::NotANameOrNumber)
        );
        assert_eq!(parse_number::<u32>(""), Err(ParseErrorKind::Empty));
        assert_eq!(
            parse_number::<u32>("12a"),
            Err(ParseErrorKind::NotANameOrNumber)
        );
    }

    #[test]
    fn search() {
        let by_code = [(-5, 2), (1, 0), (7, 1)];
        assert_eq!(search_i32(&by_code, 7), Some(1));
        assert_eq!(search_i32(&by_code, -5), Some(2));
        assert_eq!(search_i32(&by_code, 0), None);
        assert_eq!(search_u32(&[], 0), None);
    }
}
