//! Every row of the Tencent Cloud VOD API's error-code page
//! (`catalogs/sources/tencent_vod.zh.md`) against `TencentVodError`.

mod pages;

use errcodes_consumer::TencentVodError;
use pages::{rows, Failures};

const ZH: &str = "tencent_vod.zh.md";

/// The rows of the page's two tables: 16 API return codes and 116 processing codes.
const ROWS: usize = 132;

/// A row of the page.
struct PageRow {
    /// Where the row is on the page (`tencent_vod.zh.md:9`).
    at: String,
    /// The code column as written.
    text: String,
    /// The code.
    code: i32,
    /// The description: the API table's 描述 column, the processing table's 含义说明 column.
    description: String,
    /// The section heading.
    group: String,
}

fn page() -> Vec<PageRow> {
    let rows = rows(ZH);
    assert_eq!(rows.len(), ROWS, "rows on {ZH}");
    rows.iter()
        .map(|row| {
            let text = row.cell("错误码");
            let description = if row.has("描述") {
                row.cell("描述")
            } else {
                row.cell("含义说明")
            };
            PageRow {
                at: row.to_string(),
                text: text.to_owned(),
                code: text
                    .parse()
                    .unwrap_or_else(|e| panic!("{row}: code {text:?}: {e}")),
                description: description.to_owned(),
                group: row.heading.clone(),
            }
        })
        .collect()
}

#[test]
fn counts() {
    let page = page();
    assert_eq!(page.len(), ROWS);
    assert_eq!(page.iter().filter(|r| r.code > 0).count(), 16);
    assert_eq!(page.iter().filter(|r| r.code < 0).count(), 116);
    assert_eq!(TencentVodError::ALL.len(), ROWS);
}

#[test]
fn codes_round_trip() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = TencentVodError::from(r.code);
        failures.check(&r.at, "from(code).is_known()", e.is_known());
        failures.eq(&r.at, "code()", e.code(), r.code);
        failures.eq(&r.at, "i32::from(from(code))", i32::from(e), r.code);
        failures.eq(
            &r.at,
            "from_code(code)",
            TencentVodError::from_code(r.code),
            e,
        );
        failures.eq(&r.at, "the code text parses", r.text.parse(), Ok(e));
        failures.eq(
            &r.at,
            "the decimal parses",
            r.code.to_string().parse(),
            Ok(e),
        );
    }
    failures.finish("codes");
}

#[test]
fn names_parse_back() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = TencentVodError::from(r.code);
        let Some(name) = e.name() else {
            failures.check(&r.at, "name() is Some", false);
            continue;
        };
        failures.eq(&r.at, &format!("{name:?}.parse()"), name.parse(), Ok(e));
        failures.eq(
            &r.at,
            "from_name(name)",
            TencentVodError::from_name(name),
            Some(e),
        );
    }
    failures.finish("names");
}

#[test]
fn messages() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = TencentVodError::from(r.code);
        let zh = r.description.as_str();
        failures.eq(&r.at, "message()", e.message(), zh);
        for locale in ["zh", "zh-CN"] {
            let what = format!("message_in({locale:?})");
            failures.eq(&r.at, &what, e.message_in(locale), Some(zh));
        }
        let en = e.message_in("en");
        failures.check(
            &r.at,
            &format!("message_in(\"en\") = {en:?} is some text"),
            en.is_some_and(|en| !en.trim().is_empty()),
        );
    }
    failures.finish("messages");
}

#[test]
fn groups() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = TencentVodError::from(r.code);
        failures.eq(&r.at, "group()", e.group(), Some(r.group.as_str()));
    }
    failures.finish("groups");
}

#[test]
fn display() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = TencentVodError::from(r.code);
        let display = e.to_string();
        failures.check(
            &r.at,
            &format!("Display {display:?} shows {}", r.code),
            display.contains(&r.code.to_string()),
        );
        failures.check(
            &r.at,
            &format!("Display {display:?} shows the message"),
            display.contains(e.message()),
        );
    }
    failures.finish("Display");
}

#[test]
fn all_in_page_order() {
    let expected: Vec<TencentVodError> = page()
        .iter()
        .map(|r| TencentVodError::from(r.code))
        .collect();
    assert_eq!(TencentVodError::ALL, expected.as_slice());
}
