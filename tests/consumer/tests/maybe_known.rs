//! `MaybeKnown<T>` is an error like `T`: it converts to `Box<dyn Error>`, and answers what the
//! catalog says of a known code, and sensible defaults for a code the catalog lacks.

use std::error::Error;

use errcodes::MaybeKnown;
use errcodes_consumer::AlibabaVodError;

fn boxed<E: Error + Send + Sync + 'static>(e: E) -> Box<dyn Error + Send + Sync> {
    Box::new(e)
}

#[test]
fn is_an_error() {
    let known = MaybeKnown::Known(AlibabaVodError::OperationDeniedSuspended);
    let unknown = MaybeKnown::<AlibabaVodError>::Unknown("Throttling.User".to_owned());
    assert_eq!(boxed(known.clone()).to_string(), known.to_string());
    assert!(boxed(unknown.clone())
        .to_string()
        .contains("Throttling.User"));
    assert!(known.source().is_none() && unknown.source().is_none());
    let result: Result<(), Box<dyn Error + Send + Sync>> = Err(unknown.into());
    assert!(result.is_err());
}

#[test]
fn known_codes_answer_as_their_entry() {
    let e = AlibabaVodError::OperationDeniedSuspended;
    let known = MaybeKnown::Known(e);
    assert_eq!(known.message(), e.message());
    assert_eq!(known.http_status(), Some(403));
    assert_eq!(known.is_retryable(), e.is_retryable());
    assert_eq!(known.name(), e.name());
    assert_eq!(known.message_in("en"), e.message_in("en"));
    assert_eq!(known.group(), e.group());
    assert_eq!(known.description(), e.description());
    assert!(known.is_known());
    let retryable = AlibabaVodError::ALL
        .iter()
        .find(|e| e.is_retryable())
        .expect("alibaba_vod has a retryable entry");
    assert!(MaybeKnown::Known(*retryable).is_retryable());
}

#[test]
fn unknown_codes_answer_as_an_unknown_entry() {
    let unknown = MaybeKnown::<AlibabaVodError>::Unknown("Throttling.User".to_owned());
    assert_eq!(unknown.http_status(), None);
    assert!(!unknown.is_retryable());
    assert_eq!(unknown.name(), None);
    assert_eq!(unknown.message_in("en"), None);
    assert_eq!(unknown.group(), None);
    assert_eq!(unknown.description(), None);
    assert!(!unknown.is_known());
    assert!(!unknown.message().is_empty());
}
