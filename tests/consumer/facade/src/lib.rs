//! An SDK's core crate that depends on errcodes as `ec` and re-exports it as
//! [`errcodes`]: no `::errcodes` path resolves here, so the generated code must
//! name the runtime through the path that `#[errcodes(crate = …)]` gives.
//!
//! ```
//! // A user of the SDK, which depends on `sdk_core` only.
//! sdk_core::errcodes::error_catalog! {
//!     /// Errors of the app, through the facade.
//!     #[errcodes(crate = sdk_core::errcodes)]
//!     pub enum AppError from "tencent_vod";
//! }
//! assert_eq!(AppError::from(-43001).name(), Some("QUERY_COMMAND_DECODE_FILE_CORRUPTED"));
//! assert_eq!(sdk_core::PlayerError::from(0x2001_0001).code(), 0x2001_0001);
//! ```
#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]
#![warn(clippy::pedantic)]

/// errcodes, as this crate's users see it.
pub use ec as errcodes;

ec::error_catalog! {
    /// The player's errors, through the renamed dependency.
    #[errcodes(crate = ec)]
    pub enum PlayerError from "alibaba_player";
}

ec::error_catalog! {
    /// Azure's errors (a bit layout), named by an absolute path.
    #[errcodes(crate = ::ec)]
    pub enum AzureError from "azure_media_player";
}

ec::error_catalog! {
    /// The VOD API's errors (string codes), with the path written as serde writes it.
    #[errcodes(crate = "ec")]
    pub enum VodError from "alibaba_vod";
}
