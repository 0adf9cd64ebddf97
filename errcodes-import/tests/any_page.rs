//! Any markdown at all: the importer never panics, each problem is at a place on its page, and
//! the catalog loads unless a problem says why it does not.

use errcodes_catalog::Source;
use errcodes_import::{import_page, ImportOptions};
use proptest::prelude::*;

/// A cell: a code, a name, a message, with escapes, bold, links and stray bars, or empty.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "0x[0-9A-F]{1,9}",
        "-?[0-9]{1,11}",
        "[A-Z]{1,4}(\\\\?_[A-Z0-9]{1,4}){0,3}",
        "[a-z]{1,6}[A-Z][a-z]{1,6}(\\.[A-Z][a-z]{1,5})?",
        "\\*\\*[A-Za-z ]{1,12}\\*\\*",
        "\\[[a-z ]{1,8}\\]\\([a-z /.]{0,12}\\)",
        "[a-z 错误码\\\\`*_()]{0,16}",
    ]
}

/// A table: a header of known and unknown columns, its delimiter row, and rows of about as
/// many cells.
fn table() -> impl Strategy<Value = String> {
    let header = prop::sample::select(vec![
        "Error code",
        "Hex",
        "Decimal",
        "Name",
        "Message",
        "描述",
        "HTTP status",
        "错误类型",
        "Remarks",
    ]);
    prop::collection::vec(header, 1..6).prop_flat_map(|header| {
        let n = header.len();
        let row = prop_oneof![
            8 => prop::collection::vec(cell(), n..=n),
            1 => prop::collection::vec(cell(), n.saturating_sub(1)..=n + 1),
        ];
        prop::collection::vec(row, 0..8).prop_map(move |rows| {
            let mut table = format!("|{}|\n|{}|\n", header.join("|"), vec!["---"; n].join("|"));
            for row in rows {
                table.push('|');
                table.push_str(&row.join("|"));
                table.push_str("|\n");
            }
            table
        })
    })
}

/// A page: tables, headings, text, and rows outside any table.
fn page() -> impl Strategy<Value = String> {
    let block = prop_oneof![
        4 => table(),
        1 => "#{1,3} [A-Za-z 错误]{0,12}\n",
        1 => "[A-Za-z |]{0,20}\n",
        1 => prop::collection::vec(cell(), 1..4).prop_map(|c| format!("|{}|\n", c.join("|"))),
    ];
    prop::collection::vec(block, 0..6).prop_map(|blocks| blocks.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_every_problem_is_reported(
        page in page(),
        merge in page(),
    ) {
        let options = ImportOptions {
            name: Some("any".into()),
            merge: vec![("zh".into(), merge)],
            ..ImportOptions::default()
        };
        let imported = import_page(&page, &options);
        for problem in &imported.problems {
            let text = if problem.page == 0 { &page } else { &options.merge[0].1 };
            prop_assert!(problem.line >= 1 && problem.line <= text.lines().count().max(1));
            prop_assert!(text.get(problem.span.clone()).is_some());
        }
        // The catalog loads, or a problem says why not.
        let source = Source::new("any.toml", &imported.toml);
        if let Err(errors) = errcodes_catalog::load(&source) {
            let said = imported.problems.iter().any(|p| {
                p.message.starts_with("the catalog does not load")
                    || p.message.contains("nothing to import")
            });
            prop_assert!(said, "{}\n{:?}\n{:#?}", imported.toml, errors, imported.problems);
        }
    }
}
