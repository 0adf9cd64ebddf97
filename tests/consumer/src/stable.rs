//! Types that stay semver-compatible when their catalog gains rows: the long form passes
//! `#[non_exhaustive]` on to the generated enum (and, for a layout, to its kind and field
//! enums), so that a downstream crate cannot `match` them exhaustively.
//!
//! A downstream exhaustive `match` is refused:
//!
//! ```compile_fail,E0004
//! use errcodes_consumer::stable::StableVodError;
//! fn status(e: StableVodError) -> u16 {
//!     match e {
//!         StableVodError::InvalidParameter | StableVodError::MissingParameter => 400,
//!         StableVodError::Forbidden
//!         | StableVodError::OperationDeniedSuspended
//!         | StableVodError::OperationDenied => 403,
//!         StableVodError::InternalError => 500,
//!         StableVodError::ServiceUnAvailable => 503,
//!     }
//! }
//! ```
//!
//! while the same `match` on the type without `#[non_exhaustive]` compiles, and with a `_` arm
//! it compiles on both:
//!
//! ```
//! use errcodes_consumer::{stable::StableVodError, AlibabaVodError};
//! fn status(e: AlibabaVodError) -> u16 {
//!     match e {
//!         AlibabaVodError::InvalidParameter | AlibabaVodError::MissingParameter => 400,
//!         AlibabaVodError::Forbidden
//!         | AlibabaVodError::OperationDeniedSuspended
//!         | AlibabaVodError::OperationDenied => 403,
//!         AlibabaVodError::InternalError => 500,
//!         AlibabaVodError::ServiceUnAvailable => 503,
//!     }
//! }
//! fn stable_status(e: StableVodError) -> u16 {
//!     match e {
//!         StableVodError::InternalError => 500,
//!         _ => 400,
//!     }
//! }
//! assert_eq!(status(AlibabaVodError::Forbidden), 403);
//! assert_eq!(stable_status(StableVodError::InternalError), 500);
//! ```
//!
//! The kind and field enums of a layout are refused too:
//!
//! ```compile_fail,E0004
//! use errcodes_consumer::stable::StableTinyKind;
//! fn f(kind: StableTinyKind) -> u8 {
//!     match kind {
//!         StableTinyKind::Busy => 1,
//!         StableTinyKind::Broken => 2,
//!         StableTinyKind::Unknown(_) => 0,
//!     }
//! }
//! ```
//!
//! ```compile_fail,E0004
//! use errcodes_consumer::stable::StableTinyUnit;
//! fn f(unit: StableTinyUnit) -> u8 {
//!     match unit {
//!         StableTinyUnit::Disk => 1,
//!         StableTinyUnit::Net => 2,
//!         StableTinyUnit::Other(_) => 0,
//!     }
//! }
//! ```
//!
//! ```
//! use errcodes_consumer::{TinyLayoutErrorKind, TinyLayoutUnit};
//! fn f(kind: TinyLayoutErrorKind, unit: TinyLayoutUnit) -> u8 {
//!     let kind = match kind {
//!         TinyLayoutErrorKind::Busy => 1,
//!         TinyLayoutErrorKind::Broken => 2,
//!         TinyLayoutErrorKind::Unknown(_) => 0,
//!     };
//!     let unit = match unit {
//!         TinyLayoutUnit::Disk => 1,
//!         TinyLayoutUnit::Net => 2,
//!         TinyLayoutUnit::Other(_) => 0,
//!     };
//!     kind + unit
//! }
//! assert_eq!(f(TinyLayoutErrorKind::Broken, TinyLayoutUnit::Net), 4);
//! ```

errcodes::error_catalog! {
    /// The VOD API's errors; a later catalog's rows are not a breaking change.
    #[non_exhaustive]
    pub enum StableVodError from "alibaba_vod";
}

errcodes::error_catalog! {
    /// A tiny device's errors, with a layout; its kind and field enums are `#[non_exhaustive]`
    /// too.
    #[non_exhaustive]
    pub enum StableTiny from "tiny_layout";
}

/// Inside the crate that invokes the macro, `#[non_exhaustive]` does not apply: its own
/// `match`es stay exhaustive, so that it sees the rows a new catalog adds.
#[must_use]
pub const fn vod_status(e: StableVodError) -> u16 {
    match e {
        StableVodError::InvalidParameter | StableVodError::MissingParameter => 400,
        StableVodError::Forbidden
        | StableVodError::OperationDeniedSuspended
        | StableVodError::OperationDenied => 403,
        StableVodError::InternalError => 500,
        StableVodError::ServiceUnAvailable => 503,
    }
}
