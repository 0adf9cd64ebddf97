//! A catalog of string codes with every entry attribute (`tests/data/strings.toml`).

use errcodes::{ErrorCode, StringErrorCode};

errcodes::error_catalog!("tests/data/strings.toml");

#[test]
fn codes_are_the_vendors_strings() {
    assert_eq!("Cart.Empty".parse(), Ok(ShopError::CartEmpty));
    assert_eq!(ShopError::CartEmpty.code(), "Cart.Empty");
    assert_eq!(ShopError::CartEmpty.name(), Some("Cart.Empty"));
    assert_eq!(
        ShopError::from_code("Throttled"),
        Some(ShopError::Throttled)
    );
    assert_eq!(ShopError::from_code("throttled"), None);
    assert_eq!(ShopError::ServerFault.code(), "Internal");
    assert_eq!(ShopError::ALL.len(), 4);
    assert!(ShopError::ALL.iter().all(ShopError::is_known));
}

#[test]
fn names_and_aliases_parse_too() {
    assert_eq!(ShopError::PaymentDeclined.code(), "Payment.Declined");
    assert_eq!(ShopError::PaymentDeclined.name(), Some("PAYMENT_DECLINED"));
    assert_eq!("PAYMENT_DECLINED".parse(), Ok(ShopError::PaymentDeclined));
    assert_eq!("Payment.Declined".parse(), Ok(ShopError::PaymentDeclined));
    assert_eq!("Card.Declined".parse(), Ok(ShopError::PaymentDeclined));
    assert_eq!(ShopError::CardDeclined, ShopError::PaymentDeclined);
}

#[test]
fn an_unknown_code_is_an_error_that_keeps_the_text() {
    let err = "Cart.Full".parse::<ShopError>().unwrap_err();
    assert_eq!(err.code(), "Cart.Full");
    assert_eq!(err.type_name(), "ShopError");
    assert_eq!(
        err.to_string(),
        "unknown ShopError code \"Cart.Full\": the catalog does not list it"
    );
    assert!("".parse::<ShopError>().is_err());
}

#[test]
fn display_shows_the_code_and_the_message() {
    assert_eq!(
        ShopError::CartEmpty.to_string(),
        "Cart.Empty: Your cart is empty."
    );
    assert_eq!(
        ShopError::PaymentDeclined.message_in("fr-CA"),
        Some("Le paiement a été refusé : {reason}.")
    );
    assert_eq!(ShopError::Throttled.group(), Some("Server errors"));
}

#[test]
fn entry_attributes() {
    let statuses: Vec<_> = ShopError::ALL.iter().map(ShopError::http_status).collect();
    assert_eq!(statuses, [Some(400), Some(402), Some(429), Some(500)]);
    let retryable: Vec<_> = ShopError::ALL.iter().map(ShopError::is_retryable).collect();
    assert_eq!(retryable, [false, false, true, true]);
    assert_eq!(
        ShopError::CartEmpty.description(),
        Some("The cart has no items; add one before checking out.")
    );
    assert_eq!(ShopError::Throttled.description(), None);
}

fn retry_hint<E: ErrorCode>(e: &E) -> String {
    match (e.is_retryable(), e.http_status()) {
        (true, Some(status)) => format!("retry ({status})"),
        (true, None) => "retry".to_owned(),
        (false, _) => "give up".to_owned(),
    }
}

#[test]
fn the_runtime_traits_serve_generic_code() {
    assert_eq!(retry_hint(&ShopError::Throttled), "retry (429)");
    assert_eq!(retry_hint(&ShopError::CartEmpty), "give up");
    assert_eq!(
        <ShopError as StringErrorCode>::from_code("Internal"),
        Some(ShopError::ServerFault)
    );
    let known = errcodes::MaybeKnown::<ShopError>::from_code("Throttled");
    assert_eq!(known.known(), Some(ShopError::Throttled));
    let unknown: errcodes::MaybeKnown<ShopError> = "Cart.Full".parse().unwrap();
    assert_eq!(
        unknown,
        errcodes::MaybeKnown::Unknown("Cart.Full".to_owned())
    );
    assert_eq!(unknown.code(), "Cart.Full");
    assert_eq!(
        unknown.to_string(),
        "Cart.Full (a code the catalog does not list)"
    );
}
