//! Typed, documented Rust error types generated at compile time from a vendor's error-code
//! catalog.
//!
//! Cloud and media SDKs report failures as numbers that their vendors document in tables.
//! errcodes reads such a table, written down once as a TOML catalog, and emits an enum with a
//! variant per documented error:
//!
//! ```
//! errcodes::error_catalog!("alibaba_player");
//!
//! let error = AlibabaPlayerError::from(0x2001_0001_u32);
//! assert_eq!(error, AlibabaPlayerError::ErrorServerNoResponse);
//! assert_eq!(error.name(), Some("ERROR_SERVER_NO_RESPONSE"));
//! assert_eq!(format!("{error:#010X}"), "0x20010001");
//! assert_eq!(error.message_in("zh-CN"), Some("服务器返回数据为空。"));
//! assert_eq!("0x20010001".parse(), Ok(error));
//!
//! // A code the catalog does not know is kept, not lost.
//! let unknown = AlibabaPlayerError::from(0x2001_9999_u32);
//! assert!(!unknown.is_known());
//! assert_eq!(u32::from(unknown), 0x2001_9999);
//! ```
//!
//! See [`error_catalog!`] for the invocation and the generated API, and the
//! [catalog format](https://github.com/errcodes/errcodes/blob/main/catalogs/README.md) for
//! writing catalogs. The traits in this crate, [`ErrorCode`] and [`NumericErrorCode`], let code
//! be generic over every generated type.
#![no_std]

pub use errcodes_runtime::{
    ErrorCode, NumericErrorCode, ParseError, ParseErrorKind, StringErrorCode, Unknown,
};
#[cfg(feature = "alloc")]
pub use errcodes_runtime::{MaybeKnown, UnknownCode};

/// Generates a typed error enum from an error-code catalog, at compile time.
///
/// # Invocation
///
/// The short form names a catalog; the type's name, docs and visibility (`pub`) come from it:
///
/// ```
/// errcodes::error_catalog!("alibaba_player"); // pub enum AlibabaPlayerError { … }
/// # let _ = AlibabaPlayerError::ErrorServerNoResponse;
/// ```
///
/// The long form lets the caller choose attributes, doc comments, visibility and name. Doc
/// comments replace the catalog's; other attributes are added to the generated ones (extra
/// derives such as `PartialOrd` work, since every field implements them):
///
/// ```
/// errcodes::error_catalog! {
///     /// Errors of the player.
///     #[derive(PartialOrd, Ord)]
///     pub(crate) enum PlayerError from "alibaba_player";
/// }
/// assert!(PlayerError::ErrorServerNoResponse < PlayerError::ErrorServerWrongJson);
/// ```
///
/// The string is a catalog name (`[a-z0-9_]+`), looked up first as `catalogs/<name>.toml` in
/// the calling crate (the directory of its `Cargo.toml`), then among the catalogs bundled with
/// errcodes. A string that contains `/` or ends in `.toml` is a path relative to the calling
/// crate's `Cargo.toml`. Editing a catalog of the calling crate makes cargo rebuild the crate.
/// A catalog that does not exist yet cannot be tracked, so a new `catalogs/<name>.toml` that
/// shadows a bundled catalog is read on the crate's next rebuild; a build script with
/// `println!("cargo:rerun-if-changed=catalogs");` makes it immediate (keep the directory, even
/// empty: cargo reruns a script that watches a missing path on every build). The catalog format is
/// described in `catalogs/README.md` of the repository.
///
/// ## Behind a facade or a renamed dependency
///
/// The generated code names errcodes by the path `::errcodes`. Where errcodes has another path,
/// because the calling crate depends on it under another name
/// (`ec = { package = "errcodes", … }`) or uses it through a crate that re-exports it, the long
/// form says which, as serde's `#[serde(crate = "…")]` does; the path may be written bare or
/// as a string. (Without it, rustc reports ``unresolved import `errcodes` `` at the
/// invocation.)
///
/// ```
/// mod sdk_core {
///     // What an SDK's core crate re-exports (`pub use errcodes;`).
///     pub mod errcodes {
///         pub use ::errcodes::*;
///     }
/// }
///
/// sdk_core::errcodes::error_catalog! {
///     #[errcodes(crate = sdk_core::errcodes)]
///     pub enum PlayerError from "alibaba_player";
/// }
/// assert_eq!(PlayerError::from(0x2001_0001).name(), Some("ERROR_SERVER_NO_RESPONSE"));
/// ```
///
/// Every other path in the generated code is absolute, so its items live beside anything: other
/// catalogs, the same catalog under another name, and the caller's own `Option` or `Result`.
///
/// ## Semver
///
/// A row added to a catalog is a variant added to the type, which breaks another crate's
/// exhaustive `match`. A type in a public API whose catalog may grow is declared
/// `#[non_exhaustive]` in the long form: other crates then need a `_` arm, while the calling
/// crate's own `match`es stay exhaustive. For a catalog with a bit layout, the kind enum and the
/// field enums get the attribute too.
///
/// ```
/// errcodes::error_catalog! {
///     #[non_exhaustive]
///     pub enum VodError from "alibaba_vod";
/// }
/// # let _ = VodError::InternalError;
/// ```
///
/// A catalog with mistakes is a compile error listing each of them as rustc lists the mistakes
/// of your code: what is wrong, the file, line and column, the catalog's line with a caret under
/// the mistake, and what to do (`= help: declare one an alias of the other, …`). The `errcodes`
/// command (`errcodes check`) reports the same problems in the same words.
///
/// # The generated type
///
/// For a catalog whose codes are `u32` (or `i32`), with `T` the generated type:
///
/// - a unit variant per entry, named in `UpperCamelCase` after the vendor's name
///   (`ERROR_SERVER_NO_RESPONSE` → `ErrorServerNoResponse`), with rustdoc giving the messages,
///   the code, the vendor's name and group, and `#[doc(alias)]` for the vendor's name; and
///   `Unknown(Unknown<u32>)` for every other code, declared first. [`Unknown`] gives the code
///   back but cannot be built or matched as a literal; beside the code it holds a marker whose
///   spare values rustc uses for the other variants, so `T` is 8 bytes (4 for `u16` codes), as
///   with a tag, and a variant's position in the generated tables is read, not computed;
/// - derives `Clone, Copy, PartialEq, Eq, Hash`, and has `Debug` as a derive would write it,
///   but with the code of `Unknown` in the catalog's notation (`Unknown(0x2001FFFE)` in a hex
///   catalog);
/// - `const fn from_code(u32) -> T` and `From<u32>`, total; `const fn code(self) -> u32` and
///   `From<T> for u32`: lossless for every value;
/// - `name()`, the vendor's definition name (`None` for `Unknown`); `message()`, in the default
///   locale; `message_in(locale)`, where `"zh-CN"` falls back to `"zh"`; `group()`, the title of
///   the vendor's section; `is_known()`; `from_name(&str)`; and `ALL`, the entries in catalog
///   order;
/// - for each alias the vendor uses, an associated constant equal to the canonical variant;
/// - `Display` (the message, the vendor's name and the code in the catalog's notation), which
///   honours the formatter's width, fill and alignment (`{:>40}`) without allocating, and
///   `core::error::Error`;
/// - `LowerHex` and `UpperHex` of the code, honouring the formatter's flags, and
///   `from_hex(&str)`, which takes `0x20010001`, `0X…` or bare `20010001`, in any case;
/// - `FromStr`: a definition name or alias, a hex code with `0x`, or a decimal code. A
///   well-formed number the catalog does not list gives `Unknown`; anything else a
///   [`ParseError`] that says what was expected;
/// - [`ErrorCode`] and [`NumericErrorCode`], the same operations for generic code;
/// - `http_status()`, `is_retryable()` and `description()`, from the catalog's optional entry
///   facts;
/// - with the `serde` feature, `Serialize` as the number, and `Deserialize` from the number or,
///   in formats people read (JSON, TOML, YAML), from a definition name or alias too.
///
/// A catalog of **string codes** gives an enum without `Unknown`: `code()` is the vendor's
/// string, `from_code(&str)` an `Option`, and `FromStr` fails with an [`UnknownCode`] that keeps
/// the text; [`MaybeKnown`] holds either a known code or the raw string. A catalog with a
/// **bit layout** gives a struct that holds the whole code, with `kind()` (the generated enum of
/// the table's entries, `{Type}Kind`) and an accessor per field, typed by an enum of its values
/// when the catalog names them; when the long form renames the type, these enums are renamed
/// with it (`{Type}{Field}`). The catalog format page describes both.
///
/// ```
/// errcodes::error_catalog!("tencent_vod");
///
/// let e = TencentVodError::from(-43001);
/// assert_eq!(e.name(), Some("QUERY_COMMAND_DECODE_FILE_CORRUPTED"));
/// assert_eq!(e.message(), "查询，查询命令执行: 解码失败, ffmpeg 通知文件已损坏");
/// assert!(e.to_string().contains("-43001"));
/// assert_eq!("-43001".parse::<TencentVodError>(), Ok(e));
/// assert!("-4300x".parse::<TencentVodError>().is_err());
/// ```
pub use errcodes_macros::error_catalog;

// The README's examples are tested as well.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

// Generated code names everything through this path, so that it works whatever the calling
// crate has in scope (its own `Option`, `Result` or `core`).
#[doc(hidden)]
pub mod __private {
    pub use ::core;
    pub use errcodes_runtime::__private::*;
}
