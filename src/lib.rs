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
//! assert_eq!(error.message_in("zh-CN"), Some("服务端无响应。"));
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

pub use errcodes_runtime::{ErrorCode, NumericErrorCode, ParseError, ParseErrorKind, Unknown};

pub use errcodes_macros::error_catalog;

// Generated code names everything through this path, so that it works whatever the calling
// crate has in scope (its own `Option`, `Result` or `core`).
#[doc(hidden)]
pub mod __private {
    pub use ::core;
    pub use errcodes_runtime::__private::*;
}
