//! Pages the importer cannot take as they are: each problem is reported at its page and line,
//! and the rest of the page is still imported.

use errcodes_catalog::Source;
use errcodes_import::{import_page, ImportOptions, Imported, Problem, Severity};

fn import(page: &str) -> Imported {
    import_with(page, Vec::new())
}

fn import_with(page: &str, merge: Vec<(&str, &str)>) -> Imported {
    let options = ImportOptions {
        name: Some("test_api".into()),
        merge: merge
            .into_iter()
            .map(|(l, p)| (l.to_owned(), p.to_owned()))
            .collect(),
        ..ImportOptions::default()
    };
    import_page(page, &options)
}

/// `page:line severity: message: help` of each problem.
fn listed(imported: &Imported) -> Vec<String> {
    imported
        .problems
        .iter()
        .map(|p: &Problem| format!("{}:{} {}: {}", p.page, p.line, p.severity, p.text()))
        .collect()
}

/// The problems at `(page, line)`, with their severity.
fn at(imported: &Imported, page: usize, line: usize) -> Vec<(Severity, &str)> {
    imported
        .problems
        .iter()
        .filter(|p| p.page == page && p.line == line)
        .map(|p| (p.severity, p.message.as_str()))
        .collect()
}

fn loads(imported: &Imported) -> errcodes_catalog::Catalog {
    let source = Source::new("imported.toml", &imported.toml);
    errcodes_catalog::load(&source).unwrap_or_else(|errors| {
        let errors: Vec<_> = errors.iter().map(|e| e.render(&source)).collect();
        panic!("{}\n{}", imported.toml, errors.join("\n"))
    })
}

#[test]
fn a_page_without_tables() {
    let imported = import("# Errors\n\nThe service returns codes.\n\n- 1: bad\n- 2: worse\n");
    assert_eq!(imported.problems.len(), 1, "{:#?}", listed(&imported));
    let problem = &imported.problems[0];
    assert_eq!((problem.page, problem.line), (0, 1));
    assert_eq!(problem.severity, Severity::Error);
    assert!(problem.message.contains("no table"), "{}", problem.message);
    assert!(
        problem
            .help
            .as_deref()
            .unwrap()
            .contains("|---| delimiter row"),
        "{:?}",
        problem.help
    );
    assert_eq!(
        problem.text(),
        format!("{}: {}", problem.message, problem.help.as_deref().unwrap())
    );
    assert!(imported.has_errors());
    assert!(!imported.toml.contains("[[error]]"));
}

#[test]
fn a_row_whose_hex_and_decimal_codes_disagree() {
    let page = "\
|Error definition|Hex|Decimal|Description|
|---|---|---|---|
|ERROR_A|0x20010001|536936449|First.|
|ERROR_B|20010002|536936451|Second.|
|ERROR_C|0x2001000A|536936458|Third.|
";
    let imported = import(page);
    assert_eq!(imported.problems.len(), 1, "{:#?}", listed(&imported));
    let [(severity, message)] = at(&imported, 0, 4)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert_eq!(severity, Severity::Error);
    assert!(
        message.contains("`20010002` is 536936450")
            && message.contains("says 536936451 (0x20010003)"),
        "{message}"
    );
    // The entry is kept, with the hex code.
    let catalog = loads(&imported);
    assert_eq!(catalog.entries.len(), 3);
    assert!(imported
        .toml
        .contains("name = \"ERROR_B\"\ncode = 0x20010002\n"));
}

#[test]
fn rows_outside_any_table() {
    let page = "\
## Errors

|Name|Code|Message|
|---|---|---|
|A|1|One.|

|B|2|Two.|
|C|3|Three.|

Text | with a bar.
";
    let imported = import(page);
    assert_eq!(
        listed(&imported).len(),
        2,
        "the two rows, not the text: {:#?}",
        listed(&imported)
    );
    for line in [7, 8] {
        let [(Severity::Error, message)] = at(&imported, 0, line)[..] else {
            panic!("line {line}: {:#?}", listed(&imported))
        };
        assert!(message.contains("outside any table"), "{message}");
    }
    assert_eq!(loads(&imported).entries.len(), 1);
}

#[test]
fn rows_without_names_get_proposed_ones() {
    let page = "\
|Code|Meaning|
|---|---|
|4000|Bad request.|
|-43001|Corrupt file.|

|Name|Code|Message|
|---|---|---|
| |5000|No such resource.|
|ERROR_4000|6000|Taken name.|
";
    let imported = import(page);
    let catalog = loads(&imported);
    let names: Vec<&str> = catalog.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ERROR_4000_2",
            "ERROR_MINUS_43001",
            "ERROR_5000",
            "ERROR_4000"
        ]
    );
    // ERROR_4000 on line 9 is the vendor's name: the name proposed for 4000 gives way.
    for line in [3, 4, 8] {
        let [(Severity::Warning, message)] = at(&imported, 0, line)[..] else {
            panic!("line {line}: {:#?}", listed(&imported))
        };
        assert!(message.contains("has no name: it is named"), "{message}");
    }
    assert_eq!(imported.problems.len(), 3, "{:#?}", listed(&imported));
    assert!(imported.toml.contains(
        "# the page gives no name: this one is proposed\n[[error]]\nname = \"ERROR_4000_2\"\n"
    ));
}

#[test]
fn merge_rows_that_match_nothing() {
    let en = "\
## Requests

|Error definition|Code|Description|
|---|---|---|
|ERROR\\_A|0x1|Failed.|
|ERROR\\_B|0x2|Timed out.|
|ERROR\\_C|0x3|Gone.|
";
    let zh = "\
## 请求

|错误定义|错误码|错误含义|
|---|---|---|
|ERROR\\_A|0x1|失败。|
|ERROR\\_X|0x9|无。|
|ERROR\\_RENAMED|0x2|超时。|
";
    let imported = import_with(en, vec![("zh", zh)]);
    // ERROR_X matches nothing: an error on page 1, line 6.
    let [(Severity::Error, message)] = at(&imported, 1, 6)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(
        message.contains("ERROR_X") && message.contains("matches no row"),
        "{message}"
    );
    // ERROR_C has no Chinese row: a warning at its line on page 0, and a copy of its message.
    let [(Severity::Warning, message)] = at(&imported, 0, 7)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(
        message.contains("no row of the zh page matches ERROR_C"),
        "{message}"
    );
    assert_eq!(imported.problems.len(), 2, "{:#?}", listed(&imported));
    let catalog = loads(&imported);
    assert_eq!(catalog.locales, ["en", "zh"]);
    // ERROR_RENAMED matches ERROR_B by its code.
    assert_eq!(catalog.entries[1].messages, ["Timed out.", "超时。"]);
    assert_eq!(catalog.entries[2].messages, ["Gone.", "Gone."]);
    assert_eq!(catalog.groups[0].titles, ["Requests", "请求"]);
}

#[test]
fn a_merge_page_in_the_main_locale_is_left_out() {
    let en = "|Name|Code|Message|\n|-|-|-|\n|A|1|One.|\n";
    let imported = import_with(en, vec![("en", en)]);
    let [(Severity::Error, message)] = at(&imported, 1, 1)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(message.contains("already the locale"), "{message}");
    assert_eq!(loads(&imported).locales, ["en"]);
}

#[test]
fn a_merge_page_without_rows_is_reported_once() {
    let en = "|Name|Code|Message|\n|-|-|-|\n|A|1|One.|\n|B|2|Two.|\n";
    let imported = import_with(en, vec![("zh", "# 错误码\n\n没有表格。\n")]);
    assert_eq!(listed(&imported).len(), 1, "{:#?}", listed(&imported));
    let [(Severity::Error, message)] = at(&imported, 1, 1)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(message.contains("no table"), "{message}");
    assert_eq!(loads(&imported).entries[1].messages, ["Two.", "Two."]);
}

#[test]
fn a_table_whose_delimiter_row_does_not_match_its_header() {
    let page = "|Name|Code|Message|\n|---|---|\n|A|1|One.|\n";
    let imported = import(page);
    for line in 1..=3 {
        assert!(
            at(&imported, 0, line).iter().any(|(severity, message)| {
                *severity == Severity::Error && message.contains("markdown does not read as one")
            }),
            "line {line}: {:#?}",
            listed(&imported)
        );
    }
    // And the page has no table.
    assert_eq!(imported.problems.len(), 4, "{:#?}", listed(&imported));
}

#[test]
fn rows_with_the_wrong_number_of_cells() {
    let page = "\
|Name|Code|Message|
|---|---|---|
|A|1|One.|
|B|2|
|C|3|Three.|extra|
|D|4|A \\| in a cell.|
";
    let imported = import(page);
    for (line, what) in [(4, "fewer"), (5, "more")] {
        let [(Severity::Error, message)] = at(&imported, 0, line)[..] else {
            panic!("line {line}: {:#?}", listed(&imported))
        };
        assert!(
            message.contains(&format!("has {what} cells than the table's 3")),
            "{message}"
        );
    }
    assert_eq!(imported.problems.len(), 2, "{:#?}", listed(&imported));
    let catalog = loads(&imported);
    assert_eq!(catalog.entries.len(), 2);
    assert_eq!(catalog.entries[1].messages, ["A | in a cell."]);
}

#[test]
fn tables_without_a_code_column_and_unknown_columns() {
    let page = "\
|Parameter|Meaning|
|---|---|
|id|The video.|
|ttl|Seconds.|

|Name|Code|Message|Remarks|
|---|---|---|---|
|A|1|One.|Rare.|
";
    let imported = import(page);
    let [(Severity::Error, message)] = at(&imported, 0, 1)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(
        message.contains("no code column") && message.contains("2 rows are left out"),
        "{message}"
    );
    let [(Severity::Warning, message)] = at(&imported, 0, 6)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(message.contains("column `Remarks`"), "{message}");
    assert_eq!(loads(&imported).entries.len(), 1);
}

#[test]
fn names_and_codes_that_repeat() {
    let page = "\
|Name|Code|Message|
|---|---|---|
|A|1|One.|
|A|2|Two.|
|B|1|One again.|
|B|1|One again.|
|C|x|Not a number.|
";
    let imported = import(page);
    let [(Severity::Error, message)] = at(&imported, 0, 4)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(
        message.contains("already the name of the row at line 3"),
        "{message}"
    );
    let [(Severity::Warning, message)] = at(&imported, 0, 5)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(message.contains("made an alias"), "{message}");
    let [(Severity::Warning, message)] = at(&imported, 0, 6)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(
        message.contains("repeats the code 1 of the row at line 3"),
        "{message}"
    );
    let [(Severity::Error, message)] = at(&imported, 0, 7)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(message.contains("`x` is not a number"), "{message}");
    let catalog = loads(&imported);
    assert_eq!(catalog.entries.len(), 1);
    assert_eq!(catalog.entries[0].aliases[0].name, "B");
}

#[test]
fn names_that_give_no_rust_name_get_a_variant() {
    let page = "\
|Error code|Message|
|---|---|
|Forbidden|Not allowed.|
|40001|A numeric string code.|
|错误|A name in Chinese.|
";
    let imported = import(page);
    // 40001 is also a number among string codes.
    assert_eq!(at(&imported, 0, 4).len(), 2, "{:#?}", listed(&imported));
    for (line, variant) in [(4, "Error40001"), (5, "Error错误")] {
        let message = format!(
            "gives no Rust name that starts with a capital letter: the variant is {variant}"
        );
        assert!(
            at(&imported, 0, line)
                .iter()
                .any(|(severity, m)| *severity == Severity::Warning && m.ends_with(&message)),
            "line {line}: {:#?}",
            listed(&imported)
        );
    }
    let catalog = loads(&imported);
    let variants: Vec<&str> = catalog.entries.iter().map(|e| e.variant.as_str()).collect();
    assert_eq!(variants, ["Forbidden", "Error40001", "Error错误"]);
}

#[test]
fn what_the_catalog_rejects_is_reported_at_its_row() {
    let page = "\
|Name|Code|Message|
|---|---|---|
|OK|1|Fine.|
|ERR|2|A name Rust cannot take: `Err` is the error type of FromStr.|
";
    let imported = import(page);
    let [(Severity::Error, message)] = at(&imported, 0, 4)[..] else {
        panic!("{:#?}", listed(&imported))
    };
    assert!(
        message.starts_with("the catalog does not load: "),
        "{message}"
    );
    assert!(message.contains("Err"), "{message}");
}

#[test]
fn problems_have_spans_on_their_lines() {
    let page = "|Name|Code|Message|\n|-|-|-|\n|A|1|\n";
    let imported = import(page);
    let problem = imported.problems.iter().find(|p| p.line == 3).unwrap();
    assert_eq!(&page[problem.span.clone()], "|A|1|\n");
}
