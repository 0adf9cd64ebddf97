//! The invocations of `errcodes_consumer::beside` compiled side by side; each type works as the
//! short form's does.

use errcodes_consumer::beside::{
    AlibabaPlayerError, AzureMediaPlayerArea, AzureMediaPlayerError, Option, Player, PlayerArea,
    PlayerCategory, PlayerKind, Result, Some,
};

#[test]
fn the_same_catalog_under_two_names() {
    let player = AlibabaPlayerError::from(0x2001_0001_u32);
    let option = Option::from(0x2001_0001_u32);
    assert_eq!(player.name(), option.name());
    assert_eq!(option, Option::ErrorServerNoResponse);
    assert_eq!(
        "ERROR_SERVER_NO_RESPONSE".parse::<Option>(),
        Ok(Option::ErrorServerNoResponse)
    );
    assert_eq!(Option::from_name("nope"), None);
    assert_eq!(Result::from(-43001).code(), -43001);
    assert!(Result::ALL[0] < Result::ALL[1], "the derive is passed on");
    assert_eq!(
        "OperationDenied.Suspended".parse::<Some>(),
        Ok(Some::OperationDeniedSuspended)
    );
    assert!("Throttling.User".parse::<Some>().is_err());
}

#[test]
fn a_layout_catalog_under_two_names() {
    let azure = AzureMediaPlayerError::from(0x2020_0194_u32);
    let player = Player::from(0x2020_0194_u32);
    assert_eq!(azure.name(), player.name());
    assert_eq!(player.kind(), PlayerKind::NetworkErrHttpUrlNotFound);
    assert_eq!(azure.area(), AzureMediaPlayerArea::AzureHtml5JS);
    assert_eq!(player.area(), PlayerArea::AzureHtml5JS);
    assert_eq!(player.category(), PlayerCategory::MediaErrNetwork);
    assert_eq!(player.area().to_string(), azure.area().to_string());
}
