//! The error of parsing a generated type from text.

use core::fmt;

/// Why a text is not an error of a catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text is empty.
    Empty,
    /// The text is neither a definition name of the catalog nor a number.
    NotANameOrNumber,
    /// The text is not a hexadecimal number (`0x2001000A`, `0X2001000a` or `2001000A`).
    InvalidHex,
    /// The text is a number, but outside the catalog's code type.
    OutOfRange,
}

/// The error of parsing a generated error type from text (`FromStr` or `from_hex`).
///
/// Its `Display` says what was expected, with examples from the catalog. It is two words, so
/// that a `Result` of it stays small and parsing stays fast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseError {
    kind: ParseErrorKind,
    catalog: &'static ParseContext,
}

/// What a [`ParseError`] says of its catalog. Generated code makes one per type.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseContext {
    /// The generated type's name.
    pub type_name: &'static str,
    /// `"u16"`, `"u32"` or `"i32"`.
    pub code_type: &'static str,
    /// A definition name of the catalog.
    pub example_name: &'static str,
    /// A code of the catalog, in its notation.
    pub example_code: &'static str,
}

impl ParseError {
    #[doc(hidden)]
    #[cold]
    pub const fn __new(kind: ParseErrorKind, catalog: &'static ParseContext) -> Self {
        Self { kind, catalog }
    }

    /// Why the text was rejected.
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The name of the type that was being parsed (`"AlibabaPlayerError"`).
    pub const fn type_name(&self) -> &'static str {
        self.catalog.type_name
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ParseContext {
            type_name,
            code_type,
            example_name,
            example_code,
        } = self.catalog;
        match self.kind {
            ParseErrorKind::Empty => write!(
                f,
                "cannot parse {type_name} from an empty string: expected a definition name \
                 such as {example_name} or a code such as {example_code}"
            ),
            ParseErrorKind::NotANameOrNumber => write!(
                f,
                "invalid {type_name}: expected a definition name such as {example_name}, or a \
                 code in decimal or in hex with 0x, such as {example_code}"
            ),
            ParseErrorKind::InvalidHex => write!(
                f,
                "invalid hexadecimal {type_name} code: expected hex digits, with or without \
                 0x, such as 0x1F or 1f"
            ),
            ParseErrorKind::OutOfRange => write!(
                f,
                "invalid {type_name} code: the number does not fit in {code_type}"
            ),
        }
    }
}

impl core::error::Error for ParseError {}
