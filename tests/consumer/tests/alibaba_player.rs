//! Every row of the ApsaraVideo Player SDK's error-code pages, English and Chinese
//! (`catalogs/sources/alibaba_player.{en,zh}.md`), against `AlibabaPlayerError`.

mod pages;

use errcodes_consumer::AlibabaPlayerError;
use pages::{reduce_unparsed_links, rows, Failures};

const EN: &str = "alibaba_player.en.md";
const ZH: &str = "alibaba_player.zh.md";

/// The rows on each page (the two pages have the same rows in the same order).
const ROWS: usize = 127;

/// The one row that gives a second name to the code of the row before it: the catalog makes it
/// an alias of that entry, so it is a row of the pages but not an entry of `ALL`.
const ALIAS: &str = "ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT";
/// The entry `ALIAS` is another name of.
const CANONICAL: &str = "ERROR_ARTP_SPSPPS_AACCONF_TIMEOUT";

/// The links on the English page whose URLs contain spaces (see `reduce_unparsed_links`).
const UNPARSED_LINKS_EN: usize = 2;

/// A row of the pages: the English row and the Chinese row at the same position.
struct PageRow {
    /// Where the row is on the English page (`alibaba_player.en.md:9`).
    at: String,
    /// The definition name.
    name: String,
    /// The hex column as written (`20010001`, or `0x20012000` on some rows).
    hex_cell: String,
    /// The hex column's eight digits, upper-case, without `0x`.
    hex: String,
    /// The decimal column as written.
    decimal: String,
    /// The code, from the hex column.
    code: u32,
    /// The English description.
    en: String,
    /// The Chinese description.
    zh: String,
    /// The English page's section heading.
    group: String,
}

/// The rows of both pages, paired and checked to agree on name and codes.
fn page() -> Vec<PageRow> {
    let en = rows(EN);
    let zh = rows(ZH);
    assert_eq!(en.len(), ROWS, "rows on {EN}");
    assert_eq!(zh.len(), ROWS, "rows on {ZH}");

    let (mut links_en, mut links_zh) = (0, 0);
    let page: Vec<PageRow> = en
        .iter()
        .zip(&zh)
        .map(|(en, zh)| {
            let name = en.cell("Error definition");
            let hex_cell = en.cell("Error code in hexadecimal notation");
            let decimal = en.cell("Error code in decimal notation");
            assert_eq!(zh.cell("错误定义"), name, "{zh}: name differs from {en}");
            assert_eq!(
                zh.cell("16进制错误值"),
                hex_cell,
                "{zh}: hex differs from {en}"
            );
            assert_eq!(
                zh.cell("10进制错误值"),
                decimal,
                "{zh}: decimal differs from {en}"
            );

            let hex = hex_cell.strip_prefix("0x").unwrap_or(hex_cell);
            assert!(
                hex.len() == 8 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
                "{en}: {hex_cell:?} is not 8 hex digits"
            );
            let code = u32::from_str_radix(hex, 16).unwrap();

            // The pages' links are markdown links, which a cell's text reduces to their label,
            // except the two on the English page whose URLs contain spaces: a link destination
            // cannot, so markdown leaves `[Error codes](/intl.en-US/API Reference/Error
            // codes.md)` as plain text. The catalog keeps only the label, as it does for the
            // links markdown does parse; reduce the leftovers the same way, and count them.
            let (en_text, n) = reduce_unparsed_links(en.cell("Description"));
            links_en += n;
            let (zh_text, n) = reduce_unparsed_links(zh.cell("错误含义"));
            links_zh += n;

            PageRow {
                at: en.to_string(),
                name: name.to_owned(),
                hex_cell: hex_cell.to_owned(),
                hex: hex.to_ascii_uppercase(),
                decimal: decimal.to_owned(),
                code,
                en: en_text,
                zh: zh_text,
                group: en.heading.clone(),
            }
        })
        .collect();
    assert_eq!(links_en, UNPARSED_LINKS_EN, "unparsed links on {EN}");
    assert_eq!(links_zh, 0, "unparsed links on {ZH}");
    assert_eq!(
        page.iter().filter(|r| r.name == ALIAS).count(),
        1,
        "{ALIAS} rows"
    );
    page
}

/// The page's row of `name`.
fn row<'a>(page: &'a [PageRow], name: &str) -> &'a PageRow {
    page.iter().find(|r| r.name == name).unwrap()
}

#[test]
fn counts() {
    assert_eq!(page().len(), ROWS);
    assert_eq!(AlibabaPlayerError::ALL.len(), ROWS - 1);
}

#[test]
fn codes_round_trip() {
    let mut failures = Failures::default();
    for r in &page() {
        let decimal: u32 = r.decimal.parse().unwrap();
        let e = AlibabaPlayerError::from(r.code);
        failures.check(&r.at, "from(code).is_known()", e.is_known());
        failures.eq(&r.at, "code() = the hex column", e.code(), r.code);
        failures.eq(&r.at, "code() = the decimal column", e.code(), decimal);
        failures.eq(&r.at, "u32::from(from(code))", u32::from(e), r.code);
        failures.eq(
            &r.at,
            "from_code(code)",
            AlibabaPlayerError::from_code(r.code),
            e,
        );
        let by_name = AlibabaPlayerError::from_name(&r.name);
        failures.eq(&r.at, "from_name(name)", by_name, Some(e));
    }
    failures.finish("codes");
}

#[test]
fn names() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = AlibabaPlayerError::from(r.code);
        let expected = if r.name == ALIAS { CANONICAL } else { &r.name };
        failures.eq(&r.at, "name()", e.name(), Some(expected));
        failures.eq(&r.at, "name parses", r.name.parse(), Ok(e));
        // Every row's name is its own: the variant's name parses back to it.
        failures.eq(
            &r.at,
            "name() parses",
            e.name().map(str::parse),
            Some(Ok(e)),
        );
    }
    failures.finish("names");
}

#[test]
fn alias() {
    const ALIAS_CONST: AlibabaPlayerError = AlibabaPlayerError::ErrorArtpArtpMediaInfoTimeout;
    let canonical = AlibabaPlayerError::ErrorArtpSpsppsAacconfTimeout;
    assert_eq!(ALIAS_CONST, canonical);
    assert_eq!(ALIAS.parse(), Ok(canonical));
    assert_eq!(AlibabaPlayerError::from_name(ALIAS), Some(canonical));
    assert_eq!(canonical.name(), Some(CANONICAL));
    // The alias is a constant, so it works as a pattern.
    assert!(matches!(
        AlibabaPlayerError::from(0x2001_3007_u32),
        AlibabaPlayerError::ErrorArtpArtpMediaInfoTimeout
    ));
    let page = page();
    let (alias, canonical_row) = (row(&page, ALIAS), row(&page, CANONICAL));
    assert_eq!(alias.code, canonical_row.code);
    assert_eq!(alias.zh, canonical_row.zh);
}

#[test]
fn parsing() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = AlibabaPlayerError::from(r.code);
        let lower = r.hex.to_ascii_lowercase();
        for text in [
            format!("0x{}", r.hex),
            format!("0x{lower}"),
            format!("0X{}", r.hex),
            r.decimal.clone(),
        ] {
            failures.eq(&r.at, &format!("{text:?}.parse()"), text.parse(), Ok(e));
        }
        for text in [
            r.hex_cell.clone(),
            r.hex.clone(),
            lower.clone(),
            format!("0x{}", r.hex),
            format!("0x{lower}"),
            format!("0X{lower}"),
        ] {
            let parsed = AlibabaPlayerError::from_hex(&text);
            failures.eq(&r.at, &format!("from_hex({text:?})"), parsed, Ok(e));
        }
    }
    failures.finish("parsing");
}

#[test]
fn formatting() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = AlibabaPlayerError::from(r.code);
        let hex = format!("0x{}", r.hex);
        failures.eq(&r.at, "{:#010X}", format!("{e:#010X}"), hex.clone());
        failures.eq(
            &r.at,
            "{:08x}",
            format!("{e:08x}"),
            r.hex.to_ascii_lowercase(),
        );
        let display = e.to_string();
        failures.check(
            &r.at,
            &format!("Display {display:?} shows {hex}"),
            display.contains(&hex),
        );
        failures.check(
            &r.at,
            &format!("Display {display:?} shows the message"),
            display.contains(e.message()),
        );
    }
    failures.finish("formatting");
}

#[test]
fn messages() {
    let page = page();
    let mut failures = Failures::default();
    for r in &page {
        let e = AlibabaPlayerError::from(r.code);
        // One variant has one message: the alias row's English text (which abbreviates the
        // canonical row's) is not the message, the canonical row's is.
        let en = if r.name == ALIAS {
            &row(&page, CANONICAL).en
        } else {
            &r.en
        };
        failures.eq(&r.at, "message()", e.message(), en.as_str());
        failures.eq(
            &r.at,
            "message_in(\"en\")",
            e.message_in("en"),
            Some(en.as_str()),
        );
        for locale in ["zh", "zh-CN"] {
            let what = format!("message_in({locale:?})");
            failures.eq(&r.at, &what, e.message_in(locale), Some(r.zh.as_str()));
        }
    }
    failures.finish("messages");
}

#[test]
fn groups() {
    let mut failures = Failures::default();
    for r in &page() {
        let e = AlibabaPlayerError::from(r.code);
        failures.eq(&r.at, "group()", e.group(), Some(r.group.as_str()));
    }
    failures.finish("groups");
}

#[test]
fn all_in_page_order() {
    let page = page();
    let expected: Vec<AlibabaPlayerError> = page
        .iter()
        .filter(|r| r.name != ALIAS)
        .map(|r| AlibabaPlayerError::from(r.code))
        .collect();
    assert_eq!(AlibabaPlayerError::ALL, expected.as_slice());
    let names: Vec<&str> = AlibabaPlayerError::ALL
        .iter()
        .map(|e| e.name().unwrap())
        .collect();
    let page_names: Vec<&str> = page
        .iter()
        .filter(|r| r.name != ALIAS)
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, page_names);
}

#[test]
fn reduces_unparsed_links() {
    assert_eq!(
        reduce_unparsed_links("see [Error codes](/a b/c d.md). [x](y)"),
        ("see Error codes. x".to_owned(), 2)
    );
    assert_eq!(
        reduce_unparsed_links("a [b] (c)"),
        ("a [b] (c)".to_owned(), 0)
    );
}
