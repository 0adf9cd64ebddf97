//! Every row of the ApsaraVideo VOD API's common-errors page (`catalogs/sources/alibaba_vod.en.md`)
//! against `AlibabaVodError`, a catalog of string codes.

mod pages;

use errcodes::UnknownCode;
use errcodes_consumer::AlibabaVodError;
use pages::{reduce_unparsed_links, rows, Failures};

const EN: &str = "alibaba_vod.en.md";

/// The rows of the page's one table.
const ROWS: usize = 7;

/// The links on the page whose URLs contain spaces (see `reduce_unparsed_links`).
const UNPARSED_LINKS: usize = 1;

/// A row of the page.
struct PageRow {
    /// Where the row is on the page (`alibaba_vod.en.md:13`).
    at: String,
    /// The code column (`OperationDenied.Suspended`).
    code: String,
    /// The error message column, markdown escapes resolved.
    message: String,
    /// The HTTP status column.
    http_status: u16,
    /// The description column, without its markdown.
    description: String,
    /// The section heading.
    group: String,
}

fn page() -> Vec<PageRow> {
    let rows = rows(EN);
    assert_eq!(rows.len(), ROWS, "rows on {EN}");
    let mut links = 0;
    let page = rows
        .iter()
        .map(|row| {
            // The page's one link has a URL with spaces, which markdown leaves as plain text
            // (`[Overview](/intl.en-US/Developer Guide/…/Overview.md)`): the catalog keeps its
            // label, as for a parsed link.
            let (description, n) = reduce_unparsed_links(row.cell("Description"));
            links += n;
            let status = row.cell("HTTP status code");
            PageRow {
                at: row.to_string(),
                code: row.cell("Error code").to_owned(),
                message: row.cell("Error message").to_owned(),
                http_status: status
                    .parse()
                    .unwrap_or_else(|e| panic!("{row}: status {status:?}: {e}")),
                description,
                group: row.heading.clone(),
            }
        })
        .collect();
    assert_eq!(links, UNPARSED_LINKS, "unparsed links on {EN}");
    page
}

#[test]
fn counts() {
    let page = page();
    assert_eq!(page.len(), ROWS);
    assert_eq!(AlibabaVodError::ALL.len(), ROWS);
    assert_eq!(page.iter().filter(|r| r.http_status >= 500).count(), 2);
}

#[test]
fn every_row() {
    let mut failures = Failures::default();
    for r in &page() {
        let Ok(e) = r.code.parse::<AlibabaVodError>() else {
            failures.check(&r.at, &format!("{:?} parses", r.code), false);
            continue;
        };
        failures.eq(&r.at, "code()", e.code(), r.code.as_str());
        failures.eq(&r.at, "name()", e.name(), Some(r.code.as_str()));
        failures.eq(
            &r.at,
            "from_code(code)",
            AlibabaVodError::from_code(&r.code),
            Some(e),
        );
        failures.eq(
            &r.at,
            "from_name(code)",
            AlibabaVodError::from_name(&r.code),
            Some(e),
        );
        failures.check(&r.at, "is_known()", e.is_known());
        failures.eq(&r.at, "message()", e.message(), r.message.as_str());
        failures.eq(
            &r.at,
            "message_in(\"en-US\")",
            e.message_in("en-US"),
            Some(r.message.as_str()),
        );
        failures.eq(&r.at, "http_status()", e.http_status(), Some(r.http_status));
        failures.eq(
            &r.at,
            "description()",
            e.description(),
            Some(r.description.as_str()),
        );
        failures.eq(
            &r.at,
            "is_retryable() is for 5xx",
            e.is_retryable(),
            r.http_status >= 500,
        );
        failures.eq(
            &r.at,
            "Display",
            e.to_string(),
            format!("{}: {}", r.code, r.message),
        );
        failures.eq(&r.at, "group()", e.group(), Some(r.group.as_str()));
    }
    failures.finish("rows");
}

/// The page writes `\\` where the server's message names the parameter; markdown reads one
/// backslash, and so does the catalog.
#[test]
fn escaped_placeholders() {
    let page = page();
    let row = page.iter().find(|r| r.code == "InvalidParameter").unwrap();
    assert_eq!(row.message, r"The specified parameter \ is not valid.");
    assert_eq!(
        AlibabaVodError::InvalidParameter.message(),
        r"The specified parameter \ is not valid."
    );
}

#[test]
fn all_in_page_order() {
    let codes: Vec<&str> = AlibabaVodError::ALL.iter().map(|e| e.code()).collect();
    let page = page();
    let page_codes: Vec<&str> = page.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, page_codes);
}

#[test]
fn examples() {
    let e: AlibabaVodError = "OperationDenied.Suspended".parse().unwrap();
    assert_eq!(e, AlibabaVodError::OperationDeniedSuspended);
    assert_eq!(e.message(), "Your VOD service is suspended.");
    assert_eq!(e.code(), "OperationDenied.Suspended");
    assert_eq!(e.http_status(), Some(403));
    assert!(!e.is_retryable());
    assert_eq!(
        e.to_string(),
        "OperationDenied.Suspended: Your VOD service is suspended."
    );
    assert!(AlibabaVodError::InternalError.is_retryable());
    assert!(AlibabaVodError::ServiceUnAvailable.is_retryable());
}

#[test]
fn unknown_code() {
    let err: UnknownCode = "Foo.Bar".parse::<AlibabaVodError>().unwrap_err();
    assert_eq!(err.code(), "Foo.Bar");
    assert_eq!(err.type_name(), "AlibabaVodError");
    let display = err.to_string();
    assert!(display.contains("Foo.Bar"), "{display}");
    assert_eq!(err.clone().into_code(), "Foo.Bar");
    assert_eq!(AlibabaVodError::from_code("Foo.Bar"), None);
    // Codes are matched exactly.
    for near in [
        "operationdenied.suspended",
        "OperationDenied.Suspended ",
        "OperationDenied.",
        "",
    ] {
        let err = near.parse::<AlibabaVodError>().unwrap_err();
        assert_eq!(err.code(), near);
    }
}
