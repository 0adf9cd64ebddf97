//! No input makes the loader panic: arbitrary text, and bundled catalogs with a piece cut out or
//! replaced, give a catalog or diagnostics that render.

use std::fmt::Write as _;

use errcodes_catalog::{load, Source, BUNDLED, MAX_PROBLEMS};
use proptest::prelude::*;

fn check(text: &str) {
    let source = Source::new("catalogs/x.toml", text);
    if let Err(errors) = load(&source) {
        assert!(!errors.is_empty());
        for error in errors {
            let rendered = error.render(&source);
            assert!(rendered.starts_with("catalogs/x.toml:"), "{rendered}");
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_text(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn bundled_catalogs_with_a_cut(which in 0..BUNDLED.len(), at in any::<prop::sample::Index>(), len in 0..200_usize) {
        let text = BUNDLED[which].1;
        let start = at.index(text.len());
        let end = (start + len).min(text.len());
        if text.is_char_boundary(start) && text.is_char_boundary(end) {
            check(&format!("{}{}", &text[..start], &text[end..]));
        }
    }

    #[test]
    fn bundled_catalogs_with_a_replacement(
        which in 0..BUNDLED.len(),
        at in any::<prop::sample::Index>(),
        with in r#"[\[\]"=.,0-9a-z_\n-]{1,12}"#,
    ) {
        let text = BUNDLED[which].1;
        let start = at.index(text.len());
        if text.is_char_boundary(start) {
            let end = text[start..].char_indices().nth(4).map_or(text.len(), |(i, _)| start + i);
            check(&format!("{}{}{}", &text[..start], with, &text[end..]));
        }
    }
}

#[test]
fn at_most_max_problems_then_how_many_more() {
    let mut text = "[catalog]\ntype_name = \"E\"\ntitle = \"T.\"\ncode_type = \"u32\"\n\
                    locales = [\"en\"]\n"
        .to_owned();
    for i in 0..MAX_PROBLEMS + 150 {
        let _ = write!(
            text,
            "[[error]]\nname = \"E{i}\"\ncode = -1\nmessage.en = \"M.\"\n"
        );
    }
    let source = Source::new("catalogs/x.toml", &text);
    let errors = load(&source).unwrap_err();
    assert_eq!(errors.len(), MAX_PROBLEMS + 1);
    assert!(errors[MAX_PROBLEMS - 1]
        .message
        .contains("E99 does not fit"));
    let last = errors[MAX_PROBLEMS].render(&source);
    assert!(
        last.starts_with("catalogs/x.toml:408:8: and 150 more problems from here on"),
        "{last}"
    );
}
