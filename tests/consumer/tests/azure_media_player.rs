//! Every row of Azure Media Player's error-code page (`catalogs/sources/azure_media_player.en.md`)
//! against `AzureMediaPlayerError`, in every area the page lists.
//!
//! The page documents a code by its bits 27-0 in a table whose bold rows are section headers,
//! one per category (bits 27-20); it lists the areas (bits 31-28) and the categories' user
//! messages in two bulleted lists. All three are read from the page.

mod pages;

use errcodes_consumer::{
    AzureMediaPlayerArea, AzureMediaPlayerCategory, AzureMediaPlayerError,
    AzureMediaPlayerErrorKind,
};
use pages::{items, reduce_unparsed_links, rows, Failures};

const EN: &str = "azure_media_player.en.md";

/// The heading of the list of areas, of the table, and of the list of user messages.
const AREAS_HEADING: &str = "Error codes, bits [31-28] (4 bits)";
const TABLE_HEADING: &str = "Error codes, bits [27-0] (28 bits)";
const MESSAGES_HEADING: &str = "User error messages";

/// The error rows of the table, its bold section rows, the areas and the categories.
const ERRORS: usize = 35;
const SECTIONS: usize = 7;
const AREAS: usize = 7;
const CATEGORIES: usize = 7;
/// The rows whose description is "Http NNN error response".
const HTTP_ROWS: usize = 11;

/// The one row with no name on the page, and the name the catalog gives it.
const UNNAMED_KEY: u32 = 0x0060_0003;
const UNNAMED_NAME: &str = "srcPlayerMismatchFlashAndSilverlightNotInstalled";

/// The one section whose title does not start with its category's label ("Unknown errors
/// (0x0FF00000)"), and the label the page's list gives that category.
const UNLABELLED_SECTION: &str = "Unknown";
const UNLABELLED_CATEGORY: &str = "MEDIA_ERR_UNKNOWN";

/// An area of the player (bits 31-28), from the page's list.
struct Area {
    value: u32,
    label: String,
}

/// A category (bits 27-20), from the page's list of user messages.
#[derive(Clone)]
struct Category {
    value: u32,
    label: String,
    message: String,
}

/// An error row of the table.
struct PageRow {
    /// Where the row is on the page (`azure_media_player.en.md:50`).
    at: String,
    /// The name column (`networkErrHttpUrlNotFound`); empty on one row.
    name: String,
    /// The code column: bits 27-0.
    key: u32,
    /// The description column, without its markdown.
    description: String,
    /// The title of the bold section row the row stands under.
    section: String,
    /// The category of the section.
    category: Category,
    /// NNN, when the description is "Http NNN error response".
    http_status: Option<u16>,
}

impl PageRow {
    /// The name the catalog has for the row: the page's, or the one it gives the unnamed row.
    fn catalog_name(&self) -> &str {
        if self.name.is_empty() {
            UNNAMED_NAME
        } else {
            &self.name
        }
    }
}

/// A hex number as the page writes it (`0x0200194`).
fn hex(text: &str) -> u32 {
    let digits = text
        .strip_prefix("0x")
        .unwrap_or_else(|| panic!("{text:?} does not start with 0x"));
    u32::from_str_radix(digits, 16).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// The page's list of areas: `0 - Unknown`, …
fn areas() -> Vec<Area> {
    let areas: Vec<Area> = items(EN)
        .iter()
        .filter(|item| item.heading == AREAS_HEADING)
        .map(|item| {
            let (value, label) = item
                .text
                .split_once(" - ")
                .unwrap_or_else(|| panic!("{item}: {:?} is not `N - label`", item.text));
            Area {
                value: value.parse().unwrap_or_else(|e| panic!("{item}: {e}")),
                label: label.to_owned(),
            }
        })
        .collect();
    assert_eq!(areas.len(), AREAS, "areas on {EN}");
    areas
}

/// The page's list of user messages: `MEDIA_ERR_NETWORK (2) - "A network error …"`, with or
/// without spaces around the dash.
fn categories() -> Vec<Category> {
    let categories: Vec<Category> = items(EN)
        .iter()
        .filter(|item| item.heading == MESSAGES_HEADING)
        .map(|item| {
            let bad = || panic!("{item}: {:?} is not `LABEL (N) - \"message\"`", item.text);
            let Some((label, rest)) = item.text.split_once(" (") else {
                bad()
            };
            let Some((value, rest)) = rest.split_once(')') else {
                bad()
            };
            let Some(rest) = rest.trim_start().strip_prefix('-') else {
                bad()
            };
            let Some(message) = rest
                .trim()
                .strip_prefix('"')
                .and_then(|m| m.strip_suffix('"'))
            else {
                bad()
            };
            let value = if value.starts_with("0x") {
                hex(value)
            } else {
                value.parse().unwrap_or_else(|e| panic!("{item}: {e}"))
            };
            Category {
                value,
                label: label.to_owned(),
                message: message.to_owned(),
            }
        })
        .collect();
    assert_eq!(categories.len(), CATEGORIES, "categories on {EN}");
    categories
}

/// The error rows of the table, each with the category of its section.
fn page() -> Vec<PageRow> {
    let categories = categories();
    let mut page = Vec::new();
    let mut sections = 0;
    let mut links = 0;
    let mut section: Option<(String, Category)> = None;
    for row in rows(EN) {
        assert_eq!(
            row.heading, TABLE_HEADING,
            "{row}: the only table's heading"
        );
        if row.is_section() {
            sections += 1;
            let title = row.cells[0].clone();
            // "MEDIA_ERR_NETWORK errors start value (0x0200000 - 0x02FFFFF)", "Unknown errors
            // (0x0FF00000)": the category is bits 27-20 of where the range starts.
            let range = title
                .rsplit_once('(')
                .and_then(|(_, r)| r.strip_suffix(')'))
                .unwrap_or_else(|| panic!("{row}: no range in {title:?}"));
            let (start, end) = match range.split_once(" - ") {
                Some((start, end)) => (hex(start), Some(hex(end))),
                None => (hex(range), None),
            };
            assert_eq!(start & 0xF_FFFF, 0, "{row}: {title:?} starts a category");
            if let Some(end) = end {
                assert_eq!(end, start | 0xF_FFFF, "{row}: {title:?} ends the category");
            }
            let value = start >> 20;
            let category = categories
                .iter()
                .find(|c| c.value == value)
                .unwrap_or_else(|| panic!("{row}: no category {value:#X} in the list"))
                .clone();
            let first_word = title.split(' ').next().unwrap();
            if first_word == UNLABELLED_SECTION {
                assert_eq!(category.label, UNLABELLED_CATEGORY, "{row}");
            } else {
                assert_eq!(first_word, category.label, "{row}: the section's label");
            }
            section = Some((title, category));
            continue;
        }
        let (section, category) = section
            .as_ref()
            .unwrap_or_else(|| panic!("{row}: a row before the first section"));
        let key = hex(row.cell("Codes, Bits [27-0] (28 bits)"));
        assert!(key < 1 << 28, "{row}: {key:#X} is more than 28 bits");
        assert_eq!(
            key >> 20,
            category.value,
            "{row}: {key:#X} is in its section"
        );
        let (description, n) = reduce_unparsed_links(row.cell("Description"));
        links += n;
        let http_status = description
            .strip_prefix("Http ")
            .and_then(|d| d.strip_suffix(" error response"))
            .map(|status| status.parse().unwrap_or_else(|e| panic!("{row}: {e}")));
        page.push(PageRow {
            at: row.to_string(),
            name: row.cell("amp.errorCode.[name]").to_owned(),
            key,
            description,
            section: section.clone(),
            category: category.clone(),
            http_status,
        });
    }
    assert_eq!(sections, SECTIONS, "section rows on {EN}");
    assert_eq!(page.len(), ERRORS, "error rows on {EN}");
    // The one link on the page is a markdown link: the cell's text is its label.
    assert_eq!(links, 0, "unparsed links on {EN}");
    page
}

#[test]
fn counts() {
    let page = page();
    assert_eq!(page.len(), ERRORS);
    assert_eq!(AzureMediaPlayerError::ALL.len(), ERRORS);
    assert_eq!(areas().len(), AREAS);
    assert_eq!(categories().len(), CATEGORIES);
    let unnamed: Vec<u32> = page
        .iter()
        .filter(|r| r.name.is_empty())
        .map(|r| r.key)
        .collect();
    assert_eq!(unnamed, [UNNAMED_KEY]);
    let http = page.iter().filter(|r| r.http_status.is_some()).count();
    assert_eq!(http, HTTP_ROWS);
}

/// Every row, as its bits 27-0 and in every area: the entry, the fields, the conversions.
#[test]
fn every_row_in_every_area() {
    let areas = areas();
    let mut failures = Failures::default();
    for r in &page() {
        let key = AzureMediaPlayerError::from(r.key);
        for code in std::iter::once(r.key).chain(areas.iter().map(|a| a.value << 28 | r.key)) {
            let at = format!("{} as {code:#010X}", r.at);
            let e = AzureMediaPlayerError::from(code);
            failures.check(&at, "is_known()", e.is_known());
            failures.eq(&at, "name()", e.name(), Some(r.catalog_name()));
            failures.eq(&at, "message()", e.message(), &r.description);
            failures.eq(
                &at,
                "message_in(\"en-US\")",
                e.message_in("en-US"),
                Some(r.description.as_str()),
            );
            failures.eq(&at, "http_status()", e.http_status(), r.http_status);

            failures.eq(&at, "u32::from(e)", u32::from(e), code);
            failures.eq(&at, "code()", e.code(), code);
            failures.eq(
                &at,
                "kind()",
                e.kind(),
                AzureMediaPlayerErrorKind::from(r.key),
            );
            failures.eq(&at, "kind().code()", e.kind().code(), r.key);
            failures.eq(
                &at,
                "from(kind())",
                AzureMediaPlayerError::from(e.kind()),
                key,
            );
            failures.eq(&at, "detail()", e.detail(), r.key & 0xF_FFFF);

            let category = e.category();
            failures.eq(
                &at,
                "category().value()",
                category.value(),
                r.category.value,
            );
            failures.eq(
                &at,
                "category().label()",
                category.label(),
                Some(r.category.label.as_str()),
            );
            failures.eq(
                &at,
                "category().message()",
                category.message(),
                Some(r.category.message.as_str()),
            );
            failures.eq(
                &at,
                "category().message_in(\"en\")",
                category.message_in("en"),
                Some(r.category.message.as_str()),
            );
            failures.eq(
                &at,
                "category Display",
                category.to_string(),
                r.category.label.clone(),
            );

            let area = areas.iter().find(|a| a.value == code >> 28).unwrap();
            failures.eq(&at, "area().value()", e.area().value(), area.value);
            failures.eq(
                &at,
                "area().label()",
                e.area().label(),
                Some(area.label.as_str()),
            );
            failures.eq(
                &at,
                "area Display",
                e.area().to_string(),
                area.label.clone(),
            );
            failures.eq(&at, "area().message()", e.area().message(), None);

            let hex = format!("{e:#010X}");
            failures.eq(&at, "{:#010X}", hex.clone(), format!("{code:#010X}"));
            failures.eq(&at, &format!("{hex:?}.parse()"), hex.parse(), Ok(e));
            failures.eq(
                &at,
                "from_hex",
                AzureMediaPlayerError::from_hex(&hex),
                Ok(e),
            );
            let lower = format!("{e:08x}");
            failures.eq(&at, "{:08x}", lower.clone(), format!("{code:08x}"));
            failures.eq(
                &at,
                "from_hex",
                AzureMediaPlayerError::from_hex(&lower),
                Ok(e),
            );
            failures.eq(&at, "decimal parses", code.to_string().parse(), Ok(e));

            let display = e.to_string();
            for part in [e.message(), r.catalog_name(), &hex] {
                failures.check(
                    &at,
                    &format!("Display {display:?} shows {part:?}"),
                    display.contains(part),
                );
            }
        }
        // A name gives the key bits, every other bit zero.
        let name = r.catalog_name();
        failures.eq(&r.at, "name parses", name.parse(), Ok(key));
        failures.eq(
            &r.at,
            "from_name(name)",
            AzureMediaPlayerError::from_name(name),
            Some(key),
        );
        failures.eq(&r.at, "name parses to the key", u32::from(key), r.key);
        failures.check(&r.at, "is_retryable() is false", !key.is_retryable());
        // The group is the page's section, whose title the catalog writes without the page's
        // filler ("errors range", "errors start value"): the same label, and the same range.
        let group = key.group().unwrap_or("");
        let label = r.section.split(' ').next().unwrap();
        let range = &r.section[r.section.rfind('(').unwrap()..];
        failures.check(
            &r.at,
            &format!("group() {group:?} is the section {:?}", r.section),
            group.starts_with(&format!("{label} ")) && group.ends_with(range),
        );
    }
    failures.finish("rows");
}

/// The row with no name on the page: the catalog names it.
#[test]
fn unnamed_row() {
    let page = page();
    let row = page.iter().find(|r| r.key == UNNAMED_KEY).unwrap();
    assert_eq!(row.name, "");
    let e = AzureMediaPlayerError::from(UNNAMED_KEY);
    assert_eq!(
        e.name(),
        Some("srcPlayerMismatchFlashAndSilverlightNotInstalled")
    );
    assert_eq!(e.message(), row.description);
    assert_eq!(
        e.kind(),
        AzureMediaPlayerErrorKind::SrcPlayerMismatchFlashAndSilverlightNotInstalled
    );
    assert_eq!(e.category(), AzureMediaPlayerCategory::SrcPlayerMismatch);
    assert_eq!(
        "srcPlayerMismatchFlashAndSilverlightNotInstalled".parse(),
        Ok(e)
    );
}

#[test]
fn all_in_page_order() {
    let page = page();
    let expected: Vec<AzureMediaPlayerError> = page
        .iter()
        .map(|r| AzureMediaPlayerError::from(r.key))
        .collect();
    assert_eq!(AzureMediaPlayerError::ALL, expected.as_slice());
    let names: Vec<&str> = AzureMediaPlayerError::ALL
        .iter()
        .map(|e| e.name().unwrap())
        .collect();
    let page_names: Vec<&str> = page.iter().map(PageRow::catalog_name).collect();
    assert_eq!(names, page_names);
    assert!(AzureMediaPlayerError::ALL
        .iter()
        .all(|e| e.area().value() == 0));
}

/// The examples of the issue, and the page's own (`0x10600001`, `0x20200194`).
#[test]
fn examples() {
    let e = AzureMediaPlayerError::from(0x2020_0194_u32);
    assert!(e.is_known());
    assert_eq!(e.name(), Some("networkErrHttpUrlNotFound"));
    assert!(e.message().contains("Http 404"), "{}", e.message());
    assert_eq!(e.http_status(), Some(404));
    assert_eq!(u32::from(e), 0x2020_0194);
    assert_eq!(e.area().to_string(), "AzureHtml5JS");
    assert_eq!(e.area(), AzureMediaPlayerArea::AzureHtml5JS);
    assert_eq!(e.category().to_string(), "MEDIA_ERR_NETWORK");
    assert_eq!(e.category(), AzureMediaPlayerCategory::MediaErrNetwork);
    assert_eq!(
        e.category().message(),
        Some("A network error caused the video download to fail part-way.")
    );
    assert_eq!(
        e.kind(),
        AzureMediaPlayerErrorKind::NetworkErrHttpUrlNotFound
    );
    assert_eq!(e.detail(), 0x194);
    assert_eq!(format!("{e:#010X}"), "0x20200194");
    assert_eq!("0x20200194".parse(), Ok(e));

    let e = AzureMediaPlayerError::from(0x1060_0001_u32);
    assert_eq!(e.area().to_string(), "AMP");
    assert_eq!(e.area(), AzureMediaPlayerArea::Amp);
    assert_eq!(e.name(), Some("srcPlayerMismatchFlashNotInstalled"));
    assert_eq!(e.category().to_string(), "SRC_PLAYER_MISMATCH");
    assert_eq!(
        e.category().message(),
        Some("No compatible source was found for this video.")
    );

    let e = AzureMediaPlayerError::from(0x2020_0999_u32);
    assert!(!e.is_known());
    assert_eq!(e.name(), None);
    assert_eq!(e.http_status(), None);
    assert!(matches!(e.kind(), AzureMediaPlayerErrorKind::Unknown(u) if u.code() == 0x020_0999));
    assert_eq!(e.area().to_string(), "AzureHtml5JS");
    assert_eq!(e.category().to_string(), "MEDIA_ERR_NETWORK");
    assert_eq!(e.detail(), 0x999);
    assert_eq!(u32::from(e), 0x2020_0999);
    assert_eq!(format!("{e:#010X}"), "0x20200999");
    assert_eq!("0x20200999".parse(), Ok(e));
    assert!(e.to_string().contains("0x20200999"), "{e}");
}

/// Field values the page does not name are kept, as `Other`.
#[test]
fn unnamed_field_values() {
    let e = AzureMediaPlayerError::from(0xF070_0001_u32);
    assert!(!e.is_known());
    assert!(matches!(e.area(), AzureMediaPlayerArea::Other(v) if v.code() == 0xF));
    assert_eq!(e.area().label(), None);
    assert_eq!(e.area().to_string(), "15");
    assert!(matches!(e.category(), AzureMediaPlayerCategory::Other(v) if v.code() == 7));
    assert_eq!(e.category().label(), None);
    assert_eq!(e.category().message(), None);
    assert_eq!(e.category().to_string(), "7");
    assert_eq!(e.detail(), 1);
    assert_eq!(u32::from(e), 0xF070_0001);
    assert_eq!(AzureMediaPlayerArea::ALL.len(), AREAS);
    assert_eq!(AzureMediaPlayerCategory::ALL.len(), CATEGORIES);
}

/// The field enums list the page's areas and categories, in page order.
#[test]
fn field_enums_are_the_pages_lists() {
    let areas: Vec<(u32, String)> = areas().into_iter().map(|a| (a.value, a.label)).collect();
    let enum_areas: Vec<(u32, String)> = AzureMediaPlayerArea::ALL
        .iter()
        .map(|a| (a.value(), a.label().unwrap_or("").to_owned()))
        .collect();
    assert_eq!(enum_areas, areas);
    for c in categories() {
        let category = AzureMediaPlayerCategory::from_value(c.value);
        assert_eq!(category.label(), Some(c.label.as_str()));
        assert_eq!(category.message(), Some(c.message.as_str()));
    }
    let values: Vec<u32> = AzureMediaPlayerCategory::ALL
        .iter()
        .map(|c| c.value())
        .collect();
    let page_values: Vec<u32> = categories().iter().map(|c| c.value).collect();
    assert_eq!(values, page_values);
}
