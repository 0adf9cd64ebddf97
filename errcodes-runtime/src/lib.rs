//! The small, `no_std` part of [errcodes](https://docs.rs/errcodes) that generated error types
//! and generic user code share.
//!
//! Every type that `errcodes::error_catalog!` generates implements [`ErrorCode`]; types of
//! catalogs with integer codes also implement [`NumericErrorCode`]. Code that handles errors of
//! several vendors can be written once against these traits:
//!
//! ```
//! use errcodes_runtime::ErrorCode;
//!
//! fn log_line<E: ErrorCode>(error: &E) -> String {
//!     match error.name() {
//!         Some(name) => format!("{name}: {}", error.message()),
//!         None => format!("unlisted error: {error}"),
//!     }
//! }
//! ```
//!
//! Users depend on the `errcodes` crate, which re-exports everything here.
//!
//! Features: `alloc` (string catalogs' [`UnknownCode`] and [`MaybeKnown`] hold a `String`) and
//! `serde` (serialization of generated types, through the `errcodes` feature of that name).
#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;

mod index;
#[cfg(feature = "alloc")]
mod maybe_known;
mod parse;
#[cfg(feature = "serde")]
mod serde_impls;
mod unknown;

#[doc(hidden)]
pub mod __private;

#[cfg(feature = "alloc")]
pub use maybe_known::{MaybeKnown, UnknownCode};
pub use parse::{ParseError, ParseErrorKind};
pub use unknown::Unknown;

/// What every generated error type can do, whatever the shape of its codes.
///
/// The generated types have inherent methods of the same names, so calling them needs no
/// import; this trait is for code that is generic over catalogs.
pub trait ErrorCode:
    Copy + Eq + core::hash::Hash + core::fmt::Debug + core::fmt::Display + core::error::Error + 'static
{
    /// The type of the vendor's codes: `u16`, `u32`, `i32`, or `&'static str` for string codes.
    type Code: Copy + Eq + core::fmt::Debug + core::fmt::Display;

    /// The known entries of the catalog, in catalog order.
    const ALL: &'static [Self];

    /// The locales the catalog has messages in; the first is the default locale.
    const LOCALES: &'static [&'static str];

    /// The vendor's code of this error.
    fn code(&self) -> Self::Code;

    /// The vendor's definition name (`"ERROR_SERVER_NO_RESPONSE"`), or `None` for a code the
    /// catalog does not know.
    fn name(&self) -> Option<&'static str>;

    /// The message in the catalog's default locale; for an entry whose source gives no
    /// message, its name; a generic text for an unknown code.
    fn message(&self) -> &'static str;

    /// The message in `locale` (`"zh-CN"` falls back to `"zh"`), or `None` when the catalog has
    /// no message in that locale, the entry has none, or the code is unknown.
    fn message_in(&self, locale: &str) -> Option<&'static str>;

    /// The title, in the default locale, of the section of the vendor's page the entry stands
    /// in, or `None`.
    fn group(&self) -> Option<&'static str>;

    /// Whether the catalog knows this code.
    fn is_known(&self) -> bool;

    /// The HTTP status the vendor's service answers this error with, if the catalog says.
    fn http_status(&self) -> Option<u16>;

    /// Whether the vendor says to try again later; `false` for an unknown code.
    fn is_retryable(&self) -> bool;

    /// The vendor's explanation of the error, beyond its message, if the catalog has one.
    fn description(&self) -> Option<&'static str>;

    /// The entry with this definition name or alias, if there is one.
    fn from_name(name: &str) -> Option<Self>;
}

/// A generated error type whose codes are integers: every value of [`ErrorCode::Code`] converts
/// to this type and back without loss.
pub trait NumericErrorCode:
    ErrorCode
    + From<Self::Code>
    + core::fmt::LowerHex
    + core::fmt::UpperHex
    + core::str::FromStr<Err = ParseError>
{
    /// The error for `code`: a known entry, or `Unknown` holding `code`.
    fn from_code(code: Self::Code) -> Self;

    /// Parses a code written in hex: `0x20010001`, `0X2001000A` or bare `2001000a`.
    fn from_hex(text: &str) -> Result<Self, ParseError>;
}

/// A generated error type whose codes are strings (`"OperationDenied.Suspended"`). Every value
/// is a known entry: a string the catalog does not list is not a value of the type, but an
/// [`UnknownCode`] error when parsed, or [`MaybeKnown::Unknown`] where it must be kept.
pub trait StringErrorCode: ErrorCode<Code = &'static str> {
    /// The entry whose code is `code`, if the catalog lists it.
    fn from_code(code: &str) -> Option<Self>;
}
