//! Uses errcodes as a downstream crate does: every bundled catalog, with the `serde` feature,
//! compiled into a `no_std` library under `#![deny(warnings, missing_docs)]` and clippy's
//! pedantic lints.
//!
//! The crate also defines items named like the prelude's (`Option`, `Result`, `Error`, `Some`,
//! `None`, `Ok`) and a module named `core`, next to the invocations: the generated code must
//! name everything by absolute paths to compile here. Its tests (in `tests/`) check every row of
//! the vendor pages, and every entry of the source files, in `catalogs/sources/` against the
//! generated types.
//!
//! ```
//! use errcodes_consumer::{
//!     AlibabaPlayerError, AlibabaVodError, AzureMediaPlayerError, SqliteError, SqlitePrimary,
//!     TencentVodError, WindowsHresult,
//! };
//!
//! assert_eq!(
//!     AlibabaPlayerError::from(0x2001_0001_u32),
//!     AlibabaPlayerError::ErrorServerNoResponse
//! );
//! assert_eq!(i32::from(TencentVodError::from(-43001)), -43001);
//! assert_eq!(
//!     WindowsHresult::from(-2_147_024_891).name(),
//!     Some("E_ACCESSDENIED")
//! );
//! assert_eq!(SqliteError::from(2067).primary(), SqlitePrimary::SqliteConstraint);
//! let e = AzureMediaPlayerError::from(0x2020_0194_u32);
//! assert_eq!(e.name(), Some("networkErrHttpUrlNotFound"));
//! assert_eq!(e.area().to_string(), "AzureHtml5JS");
//! assert_eq!(
//!     "OperationDenied.Suspended".parse(),
//!     Ok(AlibabaVodError::OperationDeniedSuspended)
//! );
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]
#![warn(clippy::pedantic)]

errcodes::error_catalog!("alibaba_player");
errcodes::error_catalog!("tencent_vod");
errcodes::error_catalog!("azure_media_player");
errcodes::error_catalog!("alibaba_vod");
errcodes::error_catalog!("grpc");
errcodes::error_catalog!("http_status");
errcodes::error_catalog!("errno_linux");
errcodes::error_catalog!("sqlstate");
errcodes::error_catalog!("windows");
errcodes::error_catalog!("windows_hresult");
errcodes::error_catalog!("sqlite");
errcodes::error_catalog!("curl");
errcodes::error_catalog!("tiny_layout");

pub mod beside;
pub mod stable;

/// Shadows `core::option::Option` in this crate.
pub struct Option;

/// Shadows `core::result::Result` in this crate.
pub struct Result;

/// Shadows `core::error::Error` (were it imported) in this crate.
pub struct Error;

/// Shadows the prelude's `Some` in this crate.
pub struct Some;

/// Shadows the prelude's `None` in this crate.
pub struct None;

/// Shadows the prelude's `Ok` in this crate.
pub struct Ok;

/// Shadows the `core` crate for relative paths in this crate.
pub mod core {}
