//! Imports the five vendor pages in `catalogs/sources/` and checks the catalogs against the
//! pages themselves, against the imported catalogs checked in under `tests/data/imported/` (which
//! the root crate compiles with `error_catalog!`), and against the bundled catalogs written from
//! the same pages, whose differences must each be a listed, hand-curated one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use errcodes_catalog::{Catalog, Code, Source};
use errcodes_import::{import_page, ImportOptions, Imported, Severity};

/// A file of the errcodes repository.
fn repo_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(path)
}

fn read(path: &str) -> String {
    let path = repo_file(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn page(file: &str) -> String {
    read(&format!("catalogs/sources/{file}"))
}

/// An import of a page as `errcodes import` makes it: the catalog named after the page.
struct Import {
    page: &'static str,
    catalog: &'static str,
    locale: &'static str,
    merge: Option<(&'static str, &'static str)>,
}

const IMPORTS: &[Import] = &[
    Import {
        page: "alibaba_player.en.md",
        catalog: "alibaba_player",
        locale: "en",
        merge: Some(("zh", "alibaba_player.zh.md")),
    },
    Import {
        page: "alibaba_player.zh.md",
        catalog: "alibaba_player",
        locale: "zh",
        merge: None,
    },
    Import {
        page: "tencent_vod.zh.md",
        catalog: "tencent_vod",
        locale: "zh",
        merge: None,
    },
    Import {
        page: "azure_media_player.en.md",
        catalog: "azure_media_player",
        locale: "en",
        merge: None,
    },
    Import {
        page: "alibaba_vod.en.md",
        catalog: "alibaba_vod",
        locale: "en",
        merge: None,
    },
];

impl Import {
    fn run(&self) -> Imported {
        let options = ImportOptions {
            name: Some(self.catalog.to_owned()),
            locale: self.locale.to_owned(),
            merge: self
                .merge
                .iter()
                .map(|(locale, file)| ((*locale).to_owned(), page(file)))
                .collect(),
        };
        import_page(&page(self.page), &options)
    }

    /// The imported catalog, loaded; panics with every problem if it does not load.
    fn load(&self) -> (Imported, Catalog) {
        let imported = self.run();
        let source = Source::new(self.page, &imported.toml);
        let catalog = errcodes_catalog::load(&source).unwrap_or_else(|errors| {
            let errors: Vec<_> = errors.iter().map(|e| e.render(&source)).collect();
            panic!(
                "{}: the import does not load:\n{}",
                self.page,
                errors.join("\n")
            )
        });
        (imported, catalog)
    }
}

#[test]
fn every_page_imports_without_errors() {
    for import in IMPORTS {
        let (imported, catalog) = import.load();
        let errors: Vec<_> = imported
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| format!("{}:{}: {}", import.page, p.line, p.message))
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        assert!(!catalog.entries.is_empty(), "{}", import.page);
    }
}

/// The codes of a page's rows, read without a markdown parser: every line that starts with `|`,
/// split at `|`, except header and delimiter lines and rows whose code cell is empty (section
/// rows), with the line it is on.
fn page_codes(file: &str, column: usize, parse: fn(&str) -> Code) -> Vec<(usize, Code)> {
    let text = page(file);
    let lines: Vec<&str> = text.lines().collect();
    let is_delimiter =
        |line: &str| line.trim().starts_with('|') && line.chars().all(|c| "|-: ".contains(c));
    let mut codes = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let next_is_delimiter = lines.get(i + 1).is_some_and(|l| is_delimiter(l));
        if !line.trim().starts_with('|') || is_delimiter(line) || next_is_delimiter {
            continue;
        }
        let cell = line.split('|').nth(column + 1).unwrap_or_default().trim();
        if !cell.is_empty() {
            codes.push((i + 1, parse(cell)));
        }
    }
    codes
}

/// How a page writes the codes in a cell.
type CellCode = fn(&str) -> Code;

fn hex(cell: &str) -> Code {
    let digits = cell.trim_start_matches("0x");
    Code::Int(i64::from_str_radix(digits, 16).unwrap_or_else(|_| panic!("{cell} is not hex")))
}

fn decimal(cell: &str) -> Code {
    Code::Int(
        cell.parse()
            .unwrap_or_else(|_| panic!("{cell} is not decimal")),
    )
}

fn text(cell: &str) -> Code {
    Code::Text(cell.to_owned())
}

#[test]
fn every_row_code_of_every_page_is_in_its_import() {
    // The page, the column of its codes, how they are written, and how many rows it has.
    let pages: [(&str, usize, CellCode, usize); 5] = [
        ("alibaba_player.en.md", 1, hex, 127),
        ("alibaba_player.zh.md", 1, hex, 127),
        ("tencent_vod.zh.md", 0, decimal, 132),
        ("azure_media_player.en.md", 1, hex, 35),
        ("alibaba_vod.en.md", 0, text, 7),
    ];
    for (file, column, parse, rows) in pages {
        let import = IMPORTS.iter().find(|i| i.page == file).unwrap();
        let (_, catalog) = import.load();
        let imported: BTreeSet<&Code> = catalog.entries.iter().map(|e| &e.code).collect();
        let codes = page_codes(file, column, parse);
        assert_eq!(codes.len(), rows, "{file}: rows read from the page");
        for (line, code) in codes {
            assert!(
                imported.contains(&code),
                "{file}:{line}: code {code:?} is not in the import"
            );
        }
    }
}

/// The imports checked in under `tests/data/imported/`, which the root crate's
/// `tests/imported.rs` compiles with `error_catalog!`. `ERRCODES_IMPORT=overwrite` rewrites them.
#[test]
fn checked_in_imports_are_reproduced_byte_for_byte() {
    for (file, catalog) in [
        ("alibaba_player.en.md", "alibaba_player"),
        ("alibaba_vod.en.md", "alibaba_vod"),
    ] {
        let import = IMPORTS.iter().find(|i| i.page == file).unwrap();
        let imported = import.run();
        let path = repo_file(&format!("tests/data/imported/{catalog}.toml"));
        if std::env::var_os("ERRCODES_IMPORT").is_some_and(|v| v == "overwrite") {
            std::fs::write(&path, &imported.toml).unwrap();
        }
        let checked_in = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "cannot read {}: {e}; run with ERRCODES_IMPORT=overwrite to write it",
                path.display()
            )
        });
        assert!(
            checked_in == imported.toml,
            "{} differs from the import of {file}: run with ERRCODES_IMPORT=overwrite and read the \
             diff",
            path.display()
        );
    }
}

/// One way an imported catalog differs from the bundled one written from the same page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Difference {
    catalog: &'static str,
    /// The entry's code in the bundled catalog's notation; `None` for the catalog as a whole.
    code: Option<String>,
    field: &'static str,
    imported: String,
    bundled: String,
}

fn show<T: std::fmt::Debug>(value: &T) -> String {
    format!("{value:?}")
}

/// Every difference between `imported` and `bundled`: of the catalogs' own keys, of their
/// groups (by title), and entry by entry on the code: name, variant, aliases, messages in each
/// locale, group title, description, HTTP status, retryable; and entries only one of them has.
fn differences(catalog: &'static str, imported: &Catalog, bundled: &Catalog) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut differ = |code: Option<String>, field, a: String, b: String| {
        if a != b {
            out.push(Difference {
                catalog,
                code,
                field,
                imported: a,
                bundled: b,
            });
        }
    };
    differ(
        None,
        "type_name",
        show(&imported.type_name),
        show(&bundled.type_name),
    );
    differ(None, "title", show(&imported.title), show(&bundled.title));
    differ(
        None,
        "description",
        show(&imported.description),
        show(&bundled.description),
    );
    differ(
        None,
        "vendor",
        show(&imported.vendor),
        show(&bundled.vendor),
    );
    differ(
        None,
        "source",
        show(&imported.source),
        show(&bundled.source),
    );
    differ(
        None,
        "code_type",
        show(&imported.code_type),
        show(&bundled.code_type),
    );
    differ(
        None,
        "notation",
        show(&imported.notation),
        show(&bundled.notation),
    );
    differ(
        None,
        "locales",
        show(&imported.locales),
        show(&bundled.locales),
    );
    differ(
        None,
        "layout",
        show(&imported.layout.is_some()),
        show(&bundled.layout.is_some()),
    );
    let titles =
        |c: &Catalog| -> Vec<Vec<String>> { c.groups.iter().map(|g| g.titles.clone()).collect() };
    differ(
        None,
        "group titles",
        show(&titles(imported)),
        show(&titles(bundled)),
    );

    let group_title = |c: &Catalog, e: &errcodes_catalog::Entry| {
        e.group
            .and_then(|g| c.groups.get(g))
            .map(|g| g.titles.clone())
    };
    let by_code = |c: &Catalog| -> BTreeMap<Code, usize> {
        c.entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.code.clone(), i))
            .collect()
    };
    let (imported_codes, bundled_codes) = (by_code(imported), by_code(bundled));
    for (code, &b) in &bundled_codes {
        let be = &bundled.entries[b];
        let at = Some(bundled.format_code(be));
        let Some(&i) = imported_codes.get(code) else {
            differ(at, "entry", "missing".into(), show(&be.name));
            continue;
        };
        let ie = &imported.entries[i];
        differ(at.clone(), "name", show(&ie.name), show(&be.name));
        differ(at.clone(), "variant", show(&ie.variant), show(&be.variant));
        let aliases = |e: &errcodes_catalog::Entry| -> Vec<String> {
            e.aliases.iter().map(|a| a.name.clone()).collect()
        };
        differ(
            at.clone(),
            "aliases",
            show(&aliases(ie)),
            show(&aliases(be)),
        );
        for (l, locale) in bundled.locales.iter().enumerate() {
            let mine = imported
                .locales
                .iter()
                .position(|x| x == locale)
                .map(|il| ie.messages[il].clone());
            differ(
                at.clone(),
                if l == 0 {
                    "message (default locale)"
                } else {
                    "message (other locale)"
                },
                show(&mine),
                show(&Some(be.messages[l].clone())),
            );
        }
        differ(
            at.clone(),
            "group",
            show(&group_title(imported, ie)),
            show(&group_title(bundled, be)),
        );
        differ(
            at.clone(),
            "description",
            show(&ie.description),
            show(&be.description),
        );
        differ(
            at.clone(),
            "http_status",
            show(&ie.http_status),
            show(&be.http_status),
        );
        differ(at, "retryable", show(&ie.retryable), show(&be.retryable));
    }
    for (code, &i) in &imported_codes {
        if !bundled_codes.contains_key(code) {
            let ie = &imported.entries[i];
            differ(
                Some(imported.format_code(ie)),
                "entry",
                show(&ie.name),
                "missing".into(),
            );
        }
    }
    out
}

/// Why a bundled catalog differs from its page's import: what its authors added by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Why {
    /// Names the page does not give, written by the catalog's authors.
    AuthoredName,
    /// Text in a locale the page does not have.
    Translation,
    /// Codes described as bit fields (`[layout]`).
    Layout,
    /// Facts the page's tables do not hold as columns: vendor, HTTP status, retryable; or a
    /// column the authors chose to leave out.
    Attribute,
    /// The catalog's own title and description, and section titles tidied up.
    AuthoredText,
}

/// Which entries a curated difference is about.
enum Codes {
    /// The catalog as a whole.
    Catalog,
    /// Every entry that differs in the field.
    All,
    /// These entries (codes in the bundled catalog's notation), each of which must differ.
    Only(&'static [&'static str]),
}

/// A difference the bundled catalog's authors made on purpose.
struct Curated {
    catalog: &'static str,
    field: &'static str,
    codes: Codes,
    why: Why,
}

const fn curated(catalog: &'static str, field: &'static str, codes: Codes, why: Why) -> Curated {
    Curated {
        catalog,
        field,
        codes,
        why,
    }
}

const AZURE_HTTP: &[&str] = &[
    "0x00200190",
    "0x00200191",
    "0x00200193",
    "0x00200194",
    "0x00200195",
    "0x0020019A",
    "0x0020019C",
    "0x002001F4",
    "0x002001F6",
    "0x002001F7",
    "0x002001F8",
];

const TENCENT_API: &[&str] = &[
    "4000", "4100", "4200", "4300", "4400", "4500", "4600", "5000", "5100", "5200", "5300", "5400",
    "5500", "6000", "6100", "6200",
];

/// Every way the bundled catalogs differ from the imports of their pages. None is about
/// aliases: the importer makes the one alias the bundled catalogs have
/// (`ERROR_ARTP_ARTP_MEDIA_INFO_TIMEOUT`, a second row with the code of
/// `ERROR_ARTP_SPSPPS_AACCONF_TIMEOUT`), as their authors did.
const CURATED: &[Curated] = &[
    // Every bundled catalog has its own title and description, and names its vendor.
    curated("alibaba_player", "title", Codes::Catalog, Why::AuthoredText),
    curated(
        "alibaba_player",
        "description",
        Codes::Catalog,
        Why::AuthoredText,
    ),
    curated("alibaba_player", "vendor", Codes::Catalog, Why::Attribute),
    curated("alibaba_vod", "title", Codes::Catalog, Why::AuthoredText),
    curated(
        "alibaba_vod",
        "description",
        Codes::Catalog,
        Why::AuthoredText,
    ),
    curated("alibaba_vod", "vendor", Codes::Catalog, Why::Attribute),
    curated(
        "azure_media_player",
        "title",
        Codes::Catalog,
        Why::AuthoredText,
    ),
    curated(
        "azure_media_player",
        "description",
        Codes::Catalog,
        Why::AuthoredText,
    ),
    curated(
        "azure_media_player",
        "vendor",
        Codes::Catalog,
        Why::Attribute,
    ),
    curated("tencent_vod", "title", Codes::Catalog, Why::AuthoredText),
    curated(
        "tencent_vod",
        "description",
        Codes::Catalog,
        Why::AuthoredText,
    ),
    curated("tencent_vod", "vendor", Codes::Catalog, Why::Attribute),
    // The VOD API says to try again later on a 500 and a 503, in its descriptions.
    curated(
        "alibaba_vod",
        "retryable",
        Codes::Only(&["InternalError", "ServiceUnAvailable"]),
        Why::Attribute,
    ),
    // Azure: bits 31-28 and 27-20 are fields with labels and end-user messages, from the page's
    // lists; the section titles drop the page's "range" and "start value".
    curated("azure_media_player", "layout", Codes::Catalog, Why::Layout),
    curated(
        "azure_media_player",
        "group titles",
        Codes::Catalog,
        Why::AuthoredText,
    ),
    curated("azure_media_player", "group", Codes::All, Why::AuthoredText),
    // The "Http 404 error response" messages give the status.
    curated(
        "azure_media_player",
        "http_status",
        Codes::Only(AZURE_HTTP),
        Why::Attribute,
    ),
    // The row without a name.
    curated(
        "azure_media_player",
        "name",
        Codes::Only(&["0x00600003"]),
        Why::AuthoredName,
    ),
    curated(
        "azure_media_player",
        "variant",
        Codes::Only(&["0x00600003"]),
        Why::AuthoredName,
    ),
    // Tencent: no names on the page; an English translation of every message and title; the
    // 错误类型 (error type) column left out; three codes that say to try again later.
    curated("tencent_vod", "name", Codes::All, Why::AuthoredName),
    curated("tencent_vod", "variant", Codes::All, Why::AuthoredName),
    curated("tencent_vod", "locales", Codes::Catalog, Why::Translation),
    curated(
        "tencent_vod",
        "group titles",
        Codes::Catalog,
        Why::Translation,
    ),
    curated("tencent_vod", "group", Codes::All, Why::Translation),
    curated(
        "tencent_vod",
        "message (other locale)",
        Codes::All,
        Why::Translation,
    ),
    curated(
        "tencent_vod",
        "description",
        Codes::Only(TENCENT_API),
        Why::Attribute,
    ),
    curated(
        "tencent_vod",
        "retryable",
        Codes::Only(&["5100", "6000", "6200"]),
        Why::Attribute,
    ),
];

impl Curated {
    fn covers(&self, d: &Difference) -> bool {
        self.catalog == d.catalog
            && self.field == d.field
            && match (&self.codes, &d.code) {
                (Codes::Catalog, None) | (Codes::All, Some(_)) => true,
                (Codes::Only(codes), Some(code)) => codes.contains(&code.as_str()),
                _ => false,
            }
    }
}

#[test]
fn imports_differ_from_the_bundled_catalogs_only_where_these_were_curated() {
    let mut uncovered = Vec::new();
    let mut covered: BTreeMap<usize, BTreeSet<Option<String>>> = BTreeMap::new();
    let mut summary: BTreeMap<Why, BTreeMap<(&str, &str), usize>> = BTreeMap::new();
    for import in IMPORTS.iter().filter(|i| i.page != "alibaba_player.zh.md") {
        let (_, imported) = import.load();
        let text = errcodes_catalog::bundled(import.catalog).unwrap();
        let bundled = errcodes_catalog::load(&Source::new(import.catalog, text)).unwrap();
        for d in differences(import.catalog, &imported, &bundled) {
            match CURATED.iter().position(|c| c.covers(&d)) {
                Some(i) => {
                    covered.entry(i).or_default().insert(d.code.clone());
                    *summary
                        .entry(CURATED[i].why)
                        .or_default()
                        .entry((d.catalog, d.field))
                        .or_default() += 1;
                }
                None => uncovered.push(d),
            }
        }
    }
    let mut report = String::new();
    for d in &uncovered {
        let _ = writeln!(
            report,
            "{} {} {}: imported {} but bundled {}",
            d.catalog,
            d.code.as_deref().unwrap_or("(catalog)"),
            d.field,
            d.imported,
            d.bundled
        );
    }
    assert!(
        uncovered.is_empty(),
        "differences that are not listed as curated (a bug in the importer, or a curated \
         difference to list in CURATED):\n{report}"
    );
    for (i, c) in CURATED.iter().enumerate() {
        let seen = covered.get(&i);
        assert!(
            seen.is_some(),
            "CURATED lists {} {} but the import does not differ there: remove it",
            c.catalog,
            c.field
        );
        if let (Codes::Only(codes), Some(seen)) = (&c.codes, seen) {
            for code in *codes {
                assert!(
                    seen.contains(&Some((*code).to_owned())),
                    "CURATED lists {} {} of {code}, which does not differ: remove it",
                    c.catalog,
                    c.field
                );
            }
        }
    }
    // What is curated, for `cargo test -- --nocapture`.
    for (why, fields) in &summary {
        for ((catalog, field), n) in fields {
            println!("{why:?}: {catalog} {field} ({n})");
        }
    }
}
