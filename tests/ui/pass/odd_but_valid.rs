// Catalogs of docs/bad-input.md that look odd but are valid TOML: a UTF-8 byte order mark, CRLF
// line endings, and a message of escapes (a tab, NUL, braces, a quote, a backslash). They build,
// and their text comes through unchanged.
mod bom {
    errcodes::error_catalog!("bad_input/bom.toml");
}

mod crlf {
    errcodes::error_catalog!("bad_input/crlf.toml");
}

mod escapes {
    errcodes::error_catalog!("bad_input/escapes_in_message.toml");
}

fn main() {
    assert_eq!(bom::MyApiError::from(404).name(), Some("NOT_FOUND"));
    assert_eq!(
        crlf::MyApiError::NotFound.message(),
        "The resource does not exist."
    );
    assert_eq!(
        escapes::MyApiError::NotFound.message(),
        "Tab:\t, NUL:\0, braces: {0} {}, quote: \", backslash: \\."
    );
    assert!(escapes::MyApiError::NotFound
        .to_string()
        .contains(escapes::MyApiError::NotFound.message()));
}
