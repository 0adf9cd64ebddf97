//! How codes are read: an `i32` catalog takes a code written in hex as its 32 bits, as vendors
//! write HRESULTs, and decimal codes as numbers.

use std::fmt::Write;

use errcodes_catalog::{load, Code, Source};

/// The codes of an `i32` catalog whose entries have `codes`, or its rendered problems.
fn i32_codes(codes: &[&str]) -> Result<Vec<Code>, Vec<String>> {
    let mut text = String::from(
        "[catalog]\ntype_name = \"HresultError\"\ntitle = \"HRESULTs.\"\ncode_type = \"i32\"\n\
         notation = \"hex\"\nlocales = [\"en\"]\n",
    );
    for (i, code) in codes.iter().enumerate() {
        write!(
            text,
            "\n[[error]]\nname = \"E{i}\"\ncode = {code}\nmessage.en = \"m\"\n"
        )
        .unwrap();
    }
    let source = Source::new("catalogs/x.toml", &text);
    match load(&source) {
        Ok(catalog) => Ok(catalog.entries.into_iter().map(|e| e.code).collect()),
        Err(errors) => Err(errors.iter().map(|e| e.render(&source)).collect()),
    }
}

#[test]
fn hex_in_i32_is_the_bits() {
    assert_eq!(
        i32_codes(&[
            "0x80004001",
            "0x8000_4005",
            "0xFFFFFFFF",
            "0x7FFFFFFF",
            "0x0",
            "-43001"
        ]),
        Ok(vec![
            Code::Int(-2_147_467_263),
            Code::Int(-2_147_467_259),
            Code::Int(-1),
            Code::Int(i64::from(i32::MAX)),
            Code::Int(0),
            Code::Int(-43_001),
        ])
    );
}

#[test]
fn hex_and_decimal_of_one_code_are_duplicates() {
    let problems = i32_codes(&["0x80004001", "-2147467263"]).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("catalogs/x.toml:15:8: duplicate code 0x80004001"),
        "{problems:?}"
    );
}

#[test]
fn out_of_range() {
    for (code, says) in [
        (
            "0x1_0000_0000",
            "a code written in hex is its 32 bits, 0x0 to 0xFFFFFFFF",
        ),
        ("2147483648", "does not fit in i32"),
        ("-2147483649", "does not fit in i32"),
        ("0o20000000000", "does not fit in i32"),
    ] {
        let problems = i32_codes(&[code]).unwrap_err();
        assert_eq!(problems.len(), 1, "{code}: {problems:?}");
        assert!(
            problems[0].starts_with("catalogs/x.toml:10:8: ") && problems[0].contains(says),
            "{code}: {problems:?}"
        );
    }
}
