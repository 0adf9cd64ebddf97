//! The macro through a facade: this crate sees errcodes only as `sdk_core::errcodes` (and `ec`).

use sdk_core::errcodes::{ErrorCode, NumericErrorCode};
use sdk_core::{AzureError, PlayerError, VodError};

sdk_core::errcodes::error_catalog! {
    /// The app's errors, through the facade.
    #[errcodes(crate = sdk_core::errcodes)]
    pub enum AppError from "tencent_vod";
}

sdk_core::errcodes::error_catalog! {
    /// A layout catalog through the facade, named by an absolute path.
    #[errcodes(crate = ::sdk_core::errcodes)]
    #[derive(PartialOrd, Ord)]
    pub(crate) enum AppAzureError from "azure_media_player";
}

fn name_of<T: ErrorCode>(e: T) -> Option<&'static str> {
    e.name()
}

#[test]
fn generated_through_the_facade() {
    let e = AppError::from(-43001);
    assert_eq!(e.name(), Some("QUERY_COMMAND_DECODE_FILE_CORRUPTED"));
    assert_eq!(name_of(e), e.name());
    assert_eq!(<AppError as NumericErrorCode>::from_hex("FFFF5807"), Ok(e));
    let azure = AppAzureError::from(0x2020_0194_u32);
    assert_eq!(azure.name(), Some("networkErrHttpUrlNotFound"));
    assert_eq!(azure.area().to_string(), "AzureHtml5JS");
    assert!(AppAzureError::from(1_u32) < AppAzureError::from(2_u32));
}

#[test]
fn generated_through_the_renamed_dependency() {
    assert_eq!(
        PlayerError::from(0x2001_0001_u32),
        PlayerError::ErrorServerNoResponse
    );
    assert_eq!(
        name_of(AzureError::from(0x2020_0194_u32)),
        Some("networkErrHttpUrlNotFound")
    );
    assert_eq!(
        "OperationDenied.Suspended".parse::<VodError>(),
        Ok(VodError::OperationDeniedSuspended)
    );
}
