//! How an entry's facts are read: an HTTP status written as a string or a float is told what
//! type to use, not that it is out of range.

use errcodes_catalog::{load, Source};

/// The rendered problems of a catalog whose one entry has `http_status = <status>`, or its
/// status.
fn http_status(status: &str) -> Result<Option<u16>, Vec<String>> {
    let text = format!(
        "[catalog]\ntype_name = \"ApiError\"\ntitle = \"Errors.\"\ncode_type = \"u32\"\n\
         locales = [\"en\"]\n\n[[error]]\nname = \"NOT_FOUND\"\ncode = 1\nmessage.en = \"m\"\n\
         http_status = {status}\n"
    );
    let source = Source::new("catalogs/x.toml", &text);
    match load(&source) {
        Ok(catalog) => Ok(catalog.entries[0].http_status),
        Err(errors) => Err(errors.iter().map(|e| e.render(&source)).collect()),
    }
}

#[test]
fn a_status_is_an_integer_from_100_to_599() {
    assert_eq!(http_status("404"), Ok(Some(404)));
    assert_eq!(
        http_status("\"404\""),
        Err(vec![
            "catalogs/x.toml:11:15: `http_status` must be an integer from 100 to 599 such as 404, \
             without quotes, not a string"
                .to_owned()
        ])
    );
    assert_eq!(
        http_status("404.0"),
        Err(vec![
            "catalogs/x.toml:11:15: `http_status` must be an integer from 100 to 599 such as 404, \
             without quotes, not a float"
                .to_owned()
        ])
    );
    assert_eq!(
        http_status("99"),
        Err(vec![
            "catalogs/x.toml:11:15: http_status of NOT_FOUND must be an HTTP status code, 100 to \
             599"
            .to_owned()
        ])
    );
}

/// A catalog whose one entry has the lines `entry`, and `header` in `[catalog]`: the catalog,
/// or its rendered problems.
fn one_entry(header: &str, entry: &str) -> Result<errcodes_catalog::Catalog, Vec<String>> {
    let text = format!(
        "[catalog]\ntype_name = \"ApiError\"\ntitle = \"Errors.\"\nlocales = [\"en\"]\n{header}\n\
         \n[[error]]\nname = \"NOT_FOUND\"\n{entry}\n"
    );
    let source = Source::new("catalogs/x.toml", &text);
    load(&source).map_err(|errors| errors.iter().map(|e| e.render(&source)).collect())
}

#[test]
fn an_entry_may_have_no_message_but_not_an_empty_one() {
    let catalog = one_entry("code_type = \"u32\"", "code = 1").unwrap();
    assert_eq!(catalog.entries[0].message(0), None);
    assert_eq!(
        one_entry("code_type = \"u32\"", "code = 1\nmessage.en = \"\"").unwrap_err(),
        vec![
            "catalogs/x.toml:10:1: message.en of NOT_FOUND is empty: leave `message` out when \
             the source gives no message"
                .to_owned()
        ]
    );
}

#[test]
fn deprecated_is_true_or_a_note() {
    let deprecated = |value: &str| {
        one_entry(
            "code_type = \"u32\"",
            &format!("code = 1\ndeprecated = {value}"),
        )
        .map(|c| c.entries[0].deprecated.clone())
    };
    assert_eq!(deprecated("false"), Ok(None));
    assert_eq!(
        deprecated("true"),
        Ok(Some(errcodes_catalog::Deprecated { note: None }))
    );
    assert_eq!(
        deprecated("\"use GONE\""),
        Ok(Some(errcodes_catalog::Deprecated {
            note: Some("use GONE".to_owned())
        }))
    );
    assert_eq!(
        deprecated("1"),
        Err(vec![
            "catalogs/x.toml:10:14: `deprecated` must be true, or a note that says why or what \
             to use instead, not an integer"
                .to_owned()
        ])
    );
    assert_eq!(
        deprecated("\" \""),
        Err(vec![
            "catalogs/x.toml:10:14: the deprecation note of NOT_FOUND is empty: write \
             deprecated = true, or a note that says why or what to use instead"
                .to_owned()
        ])
    );
}

#[test]
fn u16_codes_and_their_hex() {
    let catalog = one_entry("code_type = \"u16\"\nnotation = \"hex\"", "code = 0xFFFF").unwrap();
    assert_eq!(catalog.format_code(&catalog.entries[0]), "0xFFFF");
    assert_eq!(
        one_entry("code_type = \"u16\"", "code = 65536").unwrap_err(),
        vec![
            "catalogs/x.toml:9:8: code of NOT_FOUND does not fit in u16 (0 to 65535): fix the \
             code, or change code_type in [catalog]"
                .to_owned()
        ]
    );
}

#[test]
fn a_name_prefix_is_left_out_of_rust_names() {
    let catalog = one_entry(
        "code_type = \"u32\"\nname_prefix = \"NOT_\"",
        "code = 1\naliases = [\"NOT_THERE\", \"found\", \"NOT_\"]",
    )
    .unwrap();
    let entry = &catalog.entries[0];
    assert_eq!(entry.variant, "Found");
    let constants: Vec<_> = entry.aliases.iter().map(|a| a.constant.as_str()).collect();
    // `found` gives the variant itself, and a name that is the prefix alone keeps it.
    assert_eq!(constants, ["There", "Found", "Not"]);
    assert_eq!(catalog.rust_name("NOT_FOUND"), "Found");
}

/// The rendered problems of an `i32` catalog keyed by `key`, whose one entry has `code`.
fn signed_layout(key: &str, code: &str) -> Result<(), Vec<String>> {
    let text = format!(
        "[catalog]\ntype_name = \"ApiError\"\ntitle = \"Errors.\"\ncode_type = \"i32\"\n\
         locales = [\"en\"]\n\n[layout]\nkey = {key}\n\n[[error]]\nname = \"E_FAIL\"\n\
         code = {code}\nmessage.en = \"m\"\n"
    );
    let source = Source::new("catalogs/x.toml", &text);
    load(&source)
        .map(drop)
        .map_err(|errors| errors.iter().map(|e| e.render(&source)).collect())
}

#[test]
fn a_signed_layout_keys_the_codes_32_bits() {
    assert_eq!(signed_layout("[31, 0]", "0x80004005"), Ok(()));
    assert_eq!(signed_layout("[31, 0]", "-2147467259"), Ok(()));
    assert_eq!(signed_layout("[15, 0]", "0x4005"), Ok(()));
    assert_eq!(
        signed_layout("[27, 0]", "0x80004005"),
        Err(vec![
            "catalogs/x.toml:12:8: code of E_FAIL is not a value of the key bits 27 to 0 (0 to \
             0xFFFFFFF): with a [layout], an entry's code is the value of the key bits only"
                .to_owned()
        ])
    );
}
