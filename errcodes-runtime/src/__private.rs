//! What generated code uses and users do not: the layout of a catalog's tables and the lookups
//! on them. Not part of the public API; it changes without notice.

pub use crate::index::{
    bools, by_slot, direct_i32, direct_slot, direct_u16, direct_u32, displace, find_i32, find_u16,
    find_u32, hash_code, hash_parts, hash_str, hashed_parts, i32s, key_at_i32, key_at_u16,
    key_at_u32, key_ends, lookup, offset_i32, offset_u16, offset_u32, option_texts, slot_ends,
    u16s, u32s, Index, NameSlots,
};
pub use crate::parse::{ParseContext, ParseError, ParseErrorKind};
#[cfg(feature = "serde")]
pub use crate::serde_impls::{deserialize_numeric, deserialize_string, serialize};
pub use crate::unknown::Unknown;
#[cfg(feature = "alloc")]
pub use crate::UnknownCode;
pub use crate::{ErrorCode, NumericErrorCode, StringErrorCode};
#[cfg(feature = "serde")]
pub use serde;
// Generated code names these through this module, never through the caller's scope, where a
// type of the caller's may be called `Option` or `Some`.
pub use core::option::Option::{self, None, Some};
pub use core::result::Result::{self, Err, Ok};

use core::fmt;

/// Writes `args` into `f` as `str`'s `Display` would write their text: padded to `f`'s width,
/// with its fill and alignment (left by default). Without a width, it is one `write_fmt`; with
/// one, the text is measured by formatting it once into a counter, so nothing is allocated.
#[inline]
pub fn write_padded(f: &mut fmt::Formatter<'_>, args: fmt::Arguments<'_>) -> fmt::Result {
    match f.width() {
        None => f.write_fmt(args),
        Some(width) => write_padded_to(f, args, width),
    }
}

#[cold]
fn write_padded_to(
    f: &mut fmt::Formatter<'_>,
    args: fmt::Arguments<'_>,
    width: usize,
) -> fmt::Result {
    /// Counts the `char`s written to it, as `Formatter::pad` measures a `str`.
    struct Chars(usize);
    impl fmt::Write for Chars {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            self.0 += s.chars().count();
            Ok(())
        }
    }
    let mut chars = Chars(0);
    fmt::write(&mut chars, args)?;
    let padding = width.saturating_sub(chars.0);
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Right) => (padding, 0),
        Some(fmt::Alignment::Center) => (padding / 2, padding - padding / 2),
        Some(fmt::Alignment::Left) | None => (0, padding),
    };
    let fill = f.fill();
    for _ in 0..before {
        fmt::Write::write_char(f, fill)?;
    }
    f.write_fmt(args)?;
    for _ in 0..after {
        fmt::Write::write_char(f, fill)?;
    }
    Ok(())
}

/// The message of a code the catalog does not list.
pub const UNKNOWN_MESSAGE: &str = "An error code that the catalog does not list.";

/// A value that a generated type keeps beside the fields that define it, because it is costly
/// to find again: a layout type's kind, found from its code once. It takes no part in
/// comparisons or hashing (every two are equal, and it hashes to nothing), so that the type's
/// derived `PartialEq`, `Eq`, `PartialOrd`, `Ord` and `Hash`, its own and those its user adds,
/// are those of the defining fields alone, as they were before it was kept.
#[derive(Clone, Copy)]
pub struct Derived<T>(pub T);

impl<T> PartialEq for Derived<T> {
    #[inline]
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T> Eq for Derived<T> {}

impl<T> PartialOrd for Derived<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T> Ord for Derived<T> {
    #[inline]
    fn cmp(&self, _: &Self) -> core::cmp::Ordering {
        core::cmp::Ordering::Equal
    }
}

impl<T> core::hash::Hash for Derived<T> {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, _: &mut H) {}
}

/// The tables of a catalog. Those of facts are indexed by the variant's *position*, so a fact
/// is one read, with no branch. For a type with `Unknown` (integer codes), that is 0 for
/// `Unknown`, whose element comes first, and 1 + the entry's place in catalog order for the
/// others: what the `Unknown` payload's marker holds, so the position is read, not computed;
/// `keys` and `codes` have no element for `Unknown` and are indexed by position - 1. For a
/// type without it (string codes), the position is the entry's place, and no table has an
/// element for `Unknown`.
pub struct Tables<C: 'static> {
    /// The generated type's name and examples, for messages.
    pub parse_context: ParseContext,
    /// Locale tags; the first is the default.
    pub locales: &'static [&'static str],
    /// Definition names, and `None` for `Unknown`.
    pub names: &'static [Option<&'static str>],
    /// Definition names in catalog order, then aliases: what a name lookup gives a position in.
    pub keys: &'static [&'static str],
    /// Codes (no element for `Unknown`).
    pub codes: &'static [C],
    /// Messages: `messages[locale][entry]`; `""` for an entry whose source gives none; for
    /// `Unknown`, the generic message.
    pub messages: &'static [&'static [&'static str]],
    /// Group title (default locale) of each entry.
    pub groups: &'static [Option<&'static str>],
    /// HTTP status of each entry, 0 for none (a status is 100 to 599).
    pub http_status: &'static [u16],
    /// Whether each entry is worth retrying.
    pub retryable: &'static [bool],
    /// The vendor's explanation of each entry.
    pub descriptions: &'static [Option<&'static str>],
}

impl<C> Tables<C> {
    /// The message of the variant at `position` (not `Unknown`'s) in the locale at `locale` of
    /// `locales`. For an entry whose source gives no message it is `Some("")`, which the
    /// generated code of such a catalog turns into `None`.
    #[inline]
    pub fn message_in(&self, position: usize, locale: Option<usize>) -> Option<&'static str> {
        self.messages.get(locale?)?.get(position).copied()
    }

    /// A [`ParseError`] of this catalog.
    #[cold]
    pub const fn error(&'static self, kind: ParseErrorKind) -> ParseError {
        ParseError::__new(kind, &self.parse_context)
    }
}

impl<C: CodeInt> Tables<C> {
    /// Parses a code written in hex, with or without `0x`.
    #[inline]
    pub fn parse_hex(&'static self, text: &str) -> Result<C, ParseError> {
        parse_hex(text).map_err(|kind| self.error(kind))
    }
}

/// Whether `text` starts as a number does: with an ASCII digit or `-`.
#[inline]
#[must_use]
pub const fn looks_like_number(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(b'0'..=b'9' | b'-'))
}

/// Whether `text` starts with a byte above `9` (a letter, `_`, or any byte of a non-ASCII
/// character): where every name of a catalog does, a text that does not (a number, or anything
/// else) is no name, and one comparison tells.
#[inline]
#[must_use]
pub const fn starts_past_digits(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(&first) if first > b'9')
}

fn strip_hex_prefix(text: &str) -> Option<&str> {
    text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"))
}

/// Parses a code written in hex, with or without `0x`.
#[inline]
pub fn parse_hex<C: CodeInt>(text: &str) -> Result<C, ParseErrorKind> {
    C::from_hex_digits(strip_hex_prefix(text).unwrap_or(text))
}

/// Parses a decimal code or a `0x` hex code.
///
/// The first bytes choose the way, with no call: most texts given are short decimal codes, and
/// `FromStr` of a generated type should cost no more than `str::parse` and a `match` would.
#[inline]
pub fn parse_number<C: CodeInt>(text: &str) -> Result<C, ParseErrorKind> {
    // The most common text first, on a path of its own: a few decimal digits.
    if let Some(value) = short_decimal(text.as_bytes()) {
        return C::from_decimal(false, value);
    }
    match text.as_bytes() {
        [] => Err(ParseErrorKind::Empty),
        // The prefix is two ASCII bytes, so the rest is a `str`.
        [b'0', b'x' | b'X', ..] => C::from_hex_digits(text.get(2..).unwrap_or("")),
        [b'-', digits @ ..] => decimal(true, digits),
        digits => decimal(false, digits),
    }
}

/// The number that `bytes` write, if they are one to nine decimal digits and nothing else.
#[inline]
fn short_decimal(bytes: &[u8]) -> Option<u64> {
    if bytes.is_empty() || bytes.len() > 9 {
        return None;
    }
    let mut value = 0;
    for &b in bytes {
        let digit = b.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        value = value * 10 + u64::from(digit);
    }
    Some(value)
}

/// The decimal number `digits` (at least one digit, nothing else), negated if `negative`.
#[inline]
fn decimal<C: CodeInt>(negative: bool, digits: &[u8]) -> Result<C, ParseErrorKind> {
    // After a minus (C libraries' negative errors), the same path for a few digits.
    if let Some(value) = short_decimal(digits) {
        return C::from_decimal(negative, value);
    }
    if digits.is_empty() {
        return Err(ParseErrorKind::NotANameOrNumber);
    }
    let mut value: u64 = 0;
    if digits.len() <= 9 {
        // Below 10^9: no bound to keep in the loop.
        for &b in digits {
            value = value * 10 + decimal_digit(b)?;
        }
        return C::from_decimal(negative, value);
    }
    for &b in digits {
        // Past 2^40 it is out of range for every code type, but every byte must be a digit.
        value = (value * 10 + decimal_digit(b)?).min(1 << 40);
    }
    C::from_decimal(negative, value)
}

#[inline]
fn decimal_digit(b: u8) -> Result<u64, ParseErrorKind> {
    if b.is_ascii_digit() {
        Ok(u64::from(b - b'0'))
    } else {
        Err(ParseErrorKind::NotANameOrNumber)
    }
}

/// The index in `locales` of the best match for `locale`: the tag itself, compared without
/// regard to case and with `_` read as `-`, else the tag with its last subtag removed, and so on
/// (`zh-Hant-TW`, `zh-Hant`, `zh`).
#[inline]
pub fn locale_index(locales: &[&str], locale: &str) -> Option<usize> {
    let mut tag = locale;
    loop {
        // Tags are usually written as the catalog writes them: compare bytes first.
        let same = |l: &&str| l.len() == tag.len() && (*l == tag || same_tag(l, tag));
        if let Some(i) = locales.iter().position(same) {
            return Some(i);
        }
        let cut = tag.bytes().rposition(|b| b == b'-' || b == b'_')?;
        tag = tag.get(..cut)?;
    }
}

#[inline]
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
    /// The marker [`Unknown`] holds beside a code of this type: as wide as the code, with one
    /// valid value, so that the other variants fit in its niche.
    type Marker: Copy + Eq + Ord + core::hash::Hash + core::fmt::Debug;
    /// The marker's one value.
    const MARKER: Self::Marker;
    /// The code `value`, negated if `negative`, if the type holds it.
    fn from_decimal(negative: bool, value: u64) -> Result<Self, ParseErrorKind>;
    /// Parses hex digits; the bits are taken as they are, so `FFFFFFFF` is `-1` in `i32`.
    fn from_hex_digits(digits: &str) -> Result<Self, ParseErrorKind>;
}

/// The marker of a 16-bit code's [`Unknown`]: 65,535 invalid values for the known variants.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u16)]
pub enum Marker16 {
    /// The one value.
    Unknown = 0,
}

/// The marker of a 32-bit code's [`Unknown`]: 2^32 - 1 invalid values for the known variants.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(u32)]
pub enum Marker32 {
    /// The one value.
    Unknown = 0,
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for u16 {}
    impl Sealed for u32 {}
    impl Sealed for i32 {}
}

#[inline]
fn hex_u32(digits: &str) -> Result<u32, ParseErrorKind> {
    if digits.is_empty() {
        return Err(ParseErrorKind::InvalidHex);
    }
    if digits.len() <= 8 {
        // Eight digits always fit: no bound to keep in the loop.
        let mut value: u32 = 0;
        for b in digits.bytes() {
            value = value << 4 | u32::from(hex_digit(b)?);
        }
        return Ok(value);
    }
    let mut value: u64 = 0;
    for b in digits.bytes() {
        // Past 32 bits it is out of range, but every digit must still be a hex digit.
        value = (value << 4 | u64::from(hex_digit(b)?)).min(1 << 40);
    }
    u32::try_from(value).map_err(|_| ParseErrorKind::OutOfRange)
}

#[inline]
fn hex_digit(b: u8) -> Result<u8, ParseErrorKind> {
    match b {
        b'0'..=b'9' => Ok(b - b'0'),
        b'a'..=b'f' => Ok(b - b'a' + 10),
        b'A'..=b'F' => Ok(b - b'A' + 10),
        _ => Err(ParseErrorKind::InvalidHex),
    }
}

macro_rules! unsigned_code {
    ($($ty:ty: $marker:ident),*) => {$(
        impl CodeInt for $ty {
            type Marker = $marker;
            const MARKER: $marker = $marker::Unknown;
            #[inline]
            fn from_decimal(negative: bool, value: u64) -> Result<Self, ParseErrorKind> {
                if negative {
                    // as `from_str` of the type does, even for -0
                    return Err(ParseErrorKind::OutOfRange);
                }
                <$ty>::try_from(value).map_err(|_| ParseErrorKind::OutOfRange)
            }
            #[inline]
            fn from_hex_digits(digits: &str) -> Result<Self, ParseErrorKind> {
                #[allow(clippy::useless_conversion)] // from u32 to u32
                hex_u32(digits)
                    .and_then(|bits| <$ty>::try_from(bits).map_err(|_| ParseErrorKind::OutOfRange))
            }
        }
    )*};
}

unsigned_code!(u16: Marker16, u32: Marker32);

impl CodeInt for i32 {
    type Marker = Marker32;
    const MARKER: Marker32 = Marker32::Unknown;
    #[inline]
    fn from_decimal(negative: bool, value: u64) -> Result<Self, ParseErrorKind> {
        #[allow(clippy::cast_possible_wrap)] // below 2^41, so it fits in an i64
        let value = if negative {
            -(value as i64)
        } else {
            value as i64
        };
        i32::try_from(value).map_err(|_| ParseErrorKind::OutOfRange)
    }
    #[inline]
    fn from_hex_digits(digits: &str) -> Result<Self, ParseErrorKind> {
        #[allow(clippy::cast_possible_wrap)] // hex writes the bits: 0xFFFFFFFF is -1
        hex_u32(digits).map(|bits| bits as i32)
    }
}

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

    /// `parse_number` as it was before it chose its way by the first bytes (2026-12-05): the
    /// model the property below holds it to.
    fn parse_number_before<C: CodeInt>(text: &str) -> Result<C, ParseErrorKind> {
        if text.is_empty() {
            return Err(ParseErrorKind::Empty);
        }
        if let Some(digits) = strip_hex_prefix(text) {
            return C::from_hex_digits(digits);
        }
        let (negative, digits) = match text.strip_prefix('-') {
            Some(digits) => (true, digits),
            None => (false, text),
        };
        if digits.is_empty() {
            return Err(ParseErrorKind::NotANameOrNumber);
        }
        let mut value: u64 = 0;
        for b in digits.bytes() {
            value = (value * 10 + decimal_digit(b)?).min(1 << 40);
        }
        C::from_decimal(negative, value)
    }

    proptest::proptest! {
        #[test]
        fn numbers_parse_as_they_did(text in "(0x|0X|-|-0x|0|)[-+0-9xXa-fA-FgG ]{0,20}") {
            proptest::prop_assert_eq!(parse_number::<u16>(&text), parse_number_before::<u16>(&text));
            proptest::prop_assert_eq!(parse_number::<u32>(&text), parse_number_before::<u32>(&text));
            proptest::prop_assert_eq!(parse_number::<i32>(&text), parse_number_before::<i32>(&text));
        }

        #[test]
        fn codes_parse_as_they_did(code: i64, hex: bool, minus: bool) {
            extern crate std;
            use std::{format, string::ToString};
            let text = match (hex, minus) {
                (true, _) => format!("{:#x}", code.unsigned_abs()),
                (false, true) => format!("-{}", code.unsigned_abs()),
                (false, false) => code.unsigned_abs().to_string(),
            };
            proptest::prop_assert_eq!(parse_number::<u16>(&text), parse_number_before::<u16>(&text));
            proptest::prop_assert_eq!(parse_number::<u32>(&text), parse_number_before::<u32>(&text));
            proptest::prop_assert_eq!(parse_number::<i32>(&text), parse_number_before::<i32>(&text));
        }
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
        // Each side of the eight hex digits and nine decimal ones that fit without a bound.
        assert_eq!(parse_number::<u32>("0xFFFFFFFF"), Ok(u32::MAX));
        assert_eq!(parse_number::<u32>("0x0FFFFFFFF"), Ok(u32::MAX));
        assert_eq!(
            parse_number::<u32>("0x1FFFFFFFF"),
            Err(ParseErrorKind::OutOfRange)
        );
        assert_eq!(
            parse_number::<u32>("0x1FFFFFFFFG"),
            Err(ParseErrorKind::InvalidHex)
        );
        assert_eq!(
            parse_number::<u32>("0xFFFFFFFG"),
            Err(ParseErrorKind::InvalidHex)
        );
        assert_eq!(parse_number::<u32>("999999999"), Ok(999_999_999));
        assert_eq!(parse_number::<u32>("4294967295"), Ok(u32::MAX));
        assert_eq!(parse_number::<u32>("0000000000001"), Ok(1));
        assert_eq!(
            parse_number::<u16>("65536"),
            Err(ParseErrorKind::OutOfRange)
        );
        assert_eq!(
            parse_number::<u16>("0x10000"),
            Err(ParseErrorKind::OutOfRange)
        );
        assert_eq!(parse_number::<i32>("-2147483648"), Ok(i32::MIN));
        assert_eq!(
            parse_number::<i32>("2147483648"),
            Err(ParseErrorKind::OutOfRange)
        );
        assert_eq!(
            parse_number::<u32>("99999999999999999999x"),
            Err(ParseErrorKind::NotANameOrNumber)
        );
        assert_eq!(
            parse_number::<u32>("12a"),
            Err(ParseErrorKind::NotANameOrNumber)
        );
    }
}
