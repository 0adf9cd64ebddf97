//! The generated API on a catalog of the tests' own (`tests/data/edge.toml`): text that is data,
//! not code; locales; aliases; i32 codes in hex; parsing and its errors; the runtime traits.

use errcodes::{ErrorCode, NumericErrorCode, ParseErrorKind};

errcodes::error_catalog!("tests/data/edge.toml");

errcodes::error_catalog! {
    /// The same catalog under another name, with extra derives.
    #[derive(PartialOrd, Ord)]
    pub(crate) enum Renamed from "tests/data/edge.toml";
}

#[test]
fn messages_are_data() {
    assert_eq!(
        EdgeError::FormatBraces.message(),
        "{} {0} {name} {{}} %s %d"
    );
    assert_eq!(
        EdgeError::QuotesAndBackslashes.message(),
        r#"She said "no" \n \\ \" \"#
    );
    assert_eq!(
        EdgeError::CommentCloser.message(),
        "*/ fn main() { panic!() } /* <script>alert(1)</script> [link](x) *bold* _u_ | # ~"
    );
    assert_eq!(
        EdgeError::FirstPlace.message(),
        "Emoji 🚀 and combining é and RTL שלום"
    );
    assert_eq!(
        EdgeError::FormatBraces.to_string(),
        "{} {0} {name} {{}} %s %d (FORMAT_BRACES, 0x00000001)"
    );
    assert_eq!(EdgeError::FormatBraces.group(), Some("Weird {text}"));
}

#[test]
fn locales_fall_back_to_their_language() {
    let e = EdgeError::QuotesAndBackslashes;
    assert_eq!(e.message_in("zh-Hant"), Some("「引號」"));
    assert_eq!(e.message_in("zh-hant-TW"), Some("「引號」"));
    assert_eq!(e.message_in("pt_BR"), Some("aspas \"duplas\""));
    assert_eq!(e.message_in("en-US"), Some(e.message()));
    assert_eq!(e.message_in("zh"), None);
    assert_eq!(e.message_in("pt"), None);
    assert_eq!(EdgeError::from(5).message_in("en"), None);
    assert_eq!(
        <EdgeError as ErrorCode>::LOCALES,
        ["en", "zh-Hant", "pt-BR"]
    );
}

#[test]
fn i32_codes_in_hex() {
    assert_eq!(EdgeError::QuotesAndBackslashes.code(), -1);
    assert_eq!(format!("{:X}", EdgeError::QuotesAndBackslashes), "FFFFFFFF");
    assert_eq!(format!("{:#010x}", EdgeError::FormatBraces), "0x00000001");
    assert_eq!(format!("{:>12X}", EdgeError::FormatBraces), "           1");
    assert_eq!(
        EdgeError::from_hex("ffffffff"),
        Ok(EdgeError::QuotesAndBackslashes)
    );
    assert_eq!(EdgeError::from_hex("0x80000000"), Ok(EdgeError::FirstPlace));
    assert_eq!("-2147483648".parse(), Ok(EdgeError::FirstPlace));
    assert_eq!("0x7fffffff".parse(), Ok(EdgeError::CommentCloser));
    assert!(EdgeError::QuotesAndBackslashes
        .to_string()
        .ends_with("(QUOTES_AND_BACKSLASHES, 0xFFFFFFFF)"));
}

#[test]
fn aliases_and_explicit_variants() {
    assert_eq!(EdgeError::CommentCloserOld, EdgeError::CommentCloser);
    assert_eq!(EdgeError::CloserLegacy, EdgeError::CommentCloser);
    assert_eq!("closer.legacy".parse(), Ok(EdgeError::CommentCloser));
    assert_eq!(
        EdgeError::from_name("COMMENT_CLOSER_OLD"),
        Some(EdgeError::CommentCloser)
    );
    assert_eq!(EdgeError::CommentCloser.name(), Some("COMMENT_CLOSER"));
    assert_eq!(
        EdgeError::from_name("1ST-PLACE"),
        Some(EdgeError::FirstPlace)
    );
    assert_eq!(EdgeError::from_name("FirstPlace"), None);
    assert_eq!(
        EdgeError::ALL,
        [
            EdgeError::FormatBraces,
            EdgeError::QuotesAndBackslashes,
            EdgeError::CommentCloser,
            EdgeError::FirstPlace
        ]
    );
}

#[test]
fn unknown_codes_are_kept() {
    let e = EdgeError::from(42);
    assert!(!e.is_known());
    assert_eq!(e.name(), None);
    assert_eq!(i32::from(e), 42);
    assert_eq!(e.to_string(), "unknown EdgeError code 0x0000002A");
    // In the catalog's notation, hex, as `Display` writes it.
    assert_eq!(format!("{e:?}"), "Unknown(0x0000002A)");
    assert_eq!(e.group(), None);
    assert!(!e.message().is_empty());
    let EdgeError::Unknown(unknown) = e else {
        panic!("42 is not in the catalog")
    };
    assert_eq!(unknown.code(), 42);
    assert_eq!("42".parse(), Ok(e));
}

#[test]
fn parse_errors_say_what_was_expected() {
    let err = "NOPE".parse::<EdgeError>().unwrap_err();
    assert_eq!(err.kind(), ParseErrorKind::NotANameOrNumber);
    assert_eq!(err.type_name(), "EdgeError");
    let text = err.to_string();
    assert!(
        text.contains("FORMAT_BRACES") && text.contains("0x00000001"),
        "{text}"
    );
    assert_eq!(
        "".parse::<EdgeError>().unwrap_err().kind(),
        ParseErrorKind::Empty
    );
    assert_eq!(
        "0xZZ".parse::<EdgeError>().unwrap_err().kind(),
        ParseErrorKind::InvalidHex
    );
    assert_eq!(
        "2147483648".parse::<EdgeError>().unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
    assert_eq!(
        EdgeError::from_hex("1_0000_0000").unwrap_err().kind(),
        ParseErrorKind::InvalidHex
    );
    assert_eq!(
        EdgeError::from_hex("100000000").unwrap_err().kind(),
        ParseErrorKind::OutOfRange
    );
    assert_eq!(
        EdgeError::from_hex("").unwrap_err().kind(),
        ParseErrorKind::InvalidHex
    );
}

#[test]
fn long_form_renames_and_derives() {
    assert!(Renamed::FirstPlace > Renamed::FormatBraces);
    // `Unknown` is declared first (its payload's niche holds the other variants).
    assert!(Renamed::from(7) < Renamed::FirstPlace);
    assert_eq!(Renamed::FirstPlace.name(), EdgeError::FirstPlace.name());
}

fn describe<E: NumericErrorCode>(code: E::Code) -> String {
    let e = E::from_code(code);
    format!("{:?} {:?} {}", e.name(), e.code(), e.is_known())
}

#[test]
fn the_runtime_traits_serve_generic_code() {
    assert_eq!(describe::<EdgeError>(1), "Some(\"FORMAT_BRACES\") 1 true");
    assert_eq!(describe::<EdgeError>(2), "None 2 false");
    assert_eq!(<EdgeError as ErrorCode>::ALL.len(), 4);
    assert_eq!(
        <EdgeError as NumericErrorCode>::from_hex("1"),
        Ok(EdgeError::FormatBraces)
    );
    let boxed: Box<dyn std::error::Error> = Box::new(EdgeError::FormatBraces);
    assert!(boxed.to_string().starts_with("{} {0}"));
}
