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
